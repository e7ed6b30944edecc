/**
 * The shared checks of validators.ts are named by what they check, so that a change to the spec
 * renames nothing it does not touch: adding a property adds its check and leaves every other function
 * of the module, name and body, as it was.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { miniSpecPath } from "./helpers.js";

const specFile = join(miniSpecPath, "catalogue.yaml");
const specText = readFileSync(specFile, "utf8");

/** The functions of the generated validators.ts, by name, with their text. */
async function functionsOf(text: string): Promise<Map<string, string>> {
  const model = readCatalogue({ sources: new Map([[specFile, text]]) });
  const files = await renderCatalogue(model, { only: ["types", "validators"] });
  const source = files.find((f) => f.path === "src/validators.ts")!.contents;
  const functions = new Map<string, string>();
  for (const match of source.matchAll(/^function (\w+)\([^]*?\n}\n/gm)) functions.set(match[1]!, match[0]);
  return functions;
}

describe("names of the shared checks", () => {
  it("say what they check, with no counters", async () => {
    const names = [...(await functionsOf(specText)).keys()];
    expect(names).toEqual(expect.arrayContaining(["checkUuid", "checkNullableUuid", "checkDateTime", "checkString", "checkArrayOfResourceError", "checkRecordOfStringOrBoolean", "checkNumberFrom0To1", "checkIntegerFromMinus5"]));
    expect(names.filter((name) => /^check(Value|Array|Record)\d+$/.test(name))).toEqual([]);
  });

  it("stay as they are when a property is added: only the new property's check and its event change", async () => {
    const before = await functionsOf(specText);
    const doc = parseDocument(specText);
    // Added to the first event, so that it would shift every counter after it.
    doc.setIn(["events", "lock.unlocked", "properties", "temperature"], { type: "number", minimum: -40, nullable: true, description: "Temperature at the lock." });
    const after = await functionsOf(doc.toString());
    const added = [...after.keys()].filter((name) => !before.has(name));
    expect(added).toEqual(["checkNullableNumberFromMinus40"]);
    const changed = [...before.keys()].filter((name) => after.get(name) !== before.get(name));
    expect(changed).toEqual(["checkLockUnlockedEvent"]);
  });
});

describe("the shapes' JSDoc in types.ts", () => {
  it("carries the same type tags as an event's properties", async () => {
    const model = readCatalogue({ sources: new Map([[specFile, specText]]) });
    const types = (await renderCatalogue(model, { only: ["types"] })).find((f) => f.path === "src/types.ts")!.contents;
    const docOf = (owner: string, property: string) => new RegExp(`interface ${owner}\\b[^]*?/\\*\\*((?:(?!\\*/)[^])*)\\*/\\s*${property}\\??:`).exec(types)?.[1] ?? "";
    expect(docOf("ResourceError", "created_at")).toContain("@format date-time");
    expect(docOf("CommonProperties", "created_at")).toContain("@format date-time");
    expect(docOf("ResourceError", "message")).not.toContain("@");
  });
});
