/**
 * A legacy enum value end to end (the mini spec marks LockMethod's `seamapi`): the model flags it, the
 * validators accept it, the types keep it with a deprecated note, the docs' view model marks it, the
 * fixture blueprint leaves it out, and no fixture carries it.
 */
import { describe, expect, it } from "vitest";
import { renderCatalogue } from "../../generator/pipeline.js";
import { catalogueBlueprint } from "../../generator/shared/fixture-blueprint.js";
import { examplePayloads } from "../../generator/targets/docs/examples.js";
import { buildDocsSite } from "../../generator/targets/docs/view-model.js";
import { loadSubject, miniSpec, optionalModes } from "./helpers.js";

const subject = loadSubject({ specPath: miniSpec });

describe("a legacy enum value", () => {
  it("is flagged in the model and left out of what fixtures draw from, but kept for negative fixtures", async () => {
    const { model } = await subject;
    const method = model.enums.find((e) => e.name === "LockMethod")!;
    expect(method.values.filter((v) => v.legacy).map((v) => v.value)).toEqual(["seamapi"]);
    const blueprint = catalogueBlueprint(model);
    expect(blueprint.enums.LockMethod).toEqual(["keycode", "manual"]);
    expect(blueprint.legacy).toEqual({ LockMethod: ["seamapi"] });
  });

  it("is accepted by the validator and never produced by a fixture", async () => {
    const { create, validate } = await subject;
    expect(validate(create("lock.unlocked", { method: "seamapi" })).ok).toBe(true);
    const methods = new Set<unknown>();
    for (const optional of optionalModes) for (let seed = 0; seed < 200; seed++) methods.add(create("lock.unlocked", {}, { seed, optional }).method);
    expect([...methods].sort()).toEqual(["keycode", "manual"]);
  });

  it("stays in the type, marked deprecated, and is marked legacy in the docs' view model", async () => {
    const { model } = await subject;
    const files = await renderCatalogue(model, { only: ["types"] });
    const types = files.find((f) => f.path === "src/types.ts")!.contents;
    expect(types).toContain('export type LockMethod = "keycode" | "manual" | "seamapi";');
    expect(types).toMatch(/- `seamapi` \(deprecated, legacy[^)]*\): Older name/);
    const site = buildDocsSite(model, examplePayloads(model));
    const values = site.shared.enums.find((e) => e.name === "LockMethod")!.values;
    expect(values.map((v) => v.legacy)).toEqual([false, false, true]);
  });
});
