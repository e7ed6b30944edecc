/**
 * The property constants that fixtures.ts shares between events are named by what they hold (flags,
 * name, and a derivation, a condition or an example that sets a variant apart), so that a change to
 * the spec renames nothing it does not touch.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { fullCatalogue, miniSpec } from "./helpers.js";

/** The shared property constants of the generated fixtures.ts, by name, with their text. */
async function constantsOf(options: Parameters<typeof readCatalogue>[0]): Promise<Map<string, string>> {
  const files = await renderCatalogue(readCatalogue(options), { only: ["fixtures"] });
  const source = files.find((f) => f.path === "src/fixtures.ts")!.contents;
  return new Map([...source.matchAll(/^const (\w+): PropertyBlueprint = [^]*?\n};\n/gm)].map((match) => [match[1]!, match[0]]));
}

describe("the shared property constants of fixtures.ts", () => {
  it("say what sets each variant apart, with no counters", async () => {
    const names = [...(await constantsOf({ specPath: fullCatalogue })).keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        "createdAtProperty",
        "createdAtNotBeforeOccurredAtProperty",
        "optionalCodeProperty",
        "optionalCodeWhenMethodKeycodeProperty",
        "actionTypeLikeLockDoorProperty",
        "actionTypeLikeUnlockDoorProperty",
        "statusLikeErrorProperty",
        "statusLikeSuccessProperty",
      ]),
    );
    expect(names.filter((name) => /\d$/.test(name))).toEqual([]);
  });

  it("stay as they are when a new variant of one is added", async () => {
    const specFile = join(miniSpec, "catalogue.yaml");
    const text = readFileSync(specFile, "utf8");
    const before = await constantsOf({ sources: new Map([[specFile, text]]), specPath: miniSpec });
    expect(before.has("createdAtNotBeforeOccurredAtProperty")).toBe(true);
    // Two events carrying a created_at with no relation: a second variant of the shared constant.
    const doc = parseDocument(text);
    const plain = { type: "string", format: "date-time", description: "When it was recorded." };
    for (const name of ["lock.locked", "lock.jammed"]) doc.setIn(["events", name], doc.createNode({ summary: "A lock event.", description: "A lock event.", properties: { device_id: { type: "string", format: "uuid", description: "The lock." }, created_at: plain } }));
    const after = await constantsOf({ sources: new Map([[specFile, doc.toString()]]), specPath: miniSpec });
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual(["createdAtProperty"]);
    expect([...before].filter(([name, constant]) => after.get(name) !== constant)).toEqual([]);
  });
});
