/**
 * A shape that contains itself through an optional property (a tree's children, its parent; two shapes
 * that refer to each other): the types are recursive, the fixtures stop, the validators bound how deep
 * a payload may nest them, and neither generate nor diff overflows the stack, even on a cycle through
 * required properties that only a model built without the spec check can hold.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffCatalogues } from "../../generator/diff/diff.js";
import type { CatalogueModel } from "../../generator/model/types.js";
import { recursiveShapes } from "../../generator/model/shape-cycles.js";
import { loadGeneratedPackage, readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { typeCheckPackage } from "../../generator/typecheck/type-check.js";
import { runCli } from "../cli/run.js";

const specPath = "test/fixtures/specs/recursive";
const temp = mkdtempSync(join(tmpdir(), "recursive-shapes-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A tree `depth` nodes deep, each node the only child of the one above. */
function tree(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { label: "leaf" };
  for (let i = 1; i < depth; i++) node = { label: `level ${i}`, children: [node] };
  return node;
}

describe("a shape that contains itself through optional properties", () => {
  it("is found recursive, with the shapes of a mutual recursion", () => {
    expect([...recursiveShapes(readCatalogue({ specPath }))].sort()).toEqual(["Ping", "Pong", "TreeNode"]);
  });

  it("generates a package that type-checks, with recursive types", async () => {
    const files = await renderCatalogue(readCatalogue({ specPath }));
    expect(typeCheckPackage(files, (path) => path)).toEqual([]);
    const types = files.find((f) => f.path === "src/types.ts")!.contents;
    expect(types).toMatch(/children\?: TreeNode\[\]/);
    expect(types).toMatch(/parent\?: TreeNode/);
  });

  it("gives fixtures that stop at the second level and pass the validator", async () => {
    const generated = await loadGeneratedPackage({ specPath });
    for (const optional of ["all", "none", "random"]) {
      for (let seed = 1; seed <= 20; seed++) {
        const event = generated.createTreeEvent("tree.changed", {}, { seed, optional });
        expect(generated.validateTreeEvent(event).ok).toBe(true);
        expect(JSON.stringify(event).length).toBeLessThan(2000);
      }
    }
    const event = generated.createTreeEvent("tree.changed", {}, { seed: 1, optional: "all" });
    expect(event.root).not.toHaveProperty("children");
    expect(event.rally).toEqual({ pong: { ping: {} } });
    expect(generated.createInvalidTreeEvents("tree.changed").length).toBeGreaterThan(0);
  });

  it("validates a payload nested to the bound, and reports a depth error past it instead of overflowing", async () => {
    const generated = await loadGeneratedPackage({ specPath });
    const base = generated.createTreeEvent("tree.changed");
    expect(generated.validateTreeEvent({ ...base, root: tree(64) }).ok).toBe(true);
    const deep = generated.validateTreeEvent({ ...base, root: tree(65) });
    expect(deep.ok).toBe(false);
    expect(deep.errors).toEqual([expect.objectContaining({ code: "depth", path: `/root${"/children/0".repeat(64)}` })]);
    // Far beyond the stack's reach of a naive recursive check.
    const huge = generated.validateTreeEvent({ ...base, root: tree(200_000) });
    expect(huge.ok).toBe(false);
    expect(huge.errors[0].code).toBe("depth");
    // The bound is per call: a valid payload after a deep one still passes.
    expect(generated.validateTreeEvent({ ...base, root: tree(64) }).ok).toBe(true);
    expect(generated.isTreeEvent({ ...base, root: tree(100) })).toBe(false);
  });

  it("diffs without recursing forever, each change reported once per path", () => {
    const before = readCatalogue({ specPath });
    const after = structuredClone(before);
    const tree = after.shapes.find((s) => s.name === "TreeNode")!;
    tree.properties = tree.properties.map((p) => (p.name === "label" ? { ...p, description: "What the node says." } : p));
    expect(diffCatalogues(before, after).map((c) => `${c.rule} ${c.path}`)).toEqual(["DESCRIPTION_CHANGED root.label"]);
  });

  it("generates and diffs through the CLI", async () => {
    const generated = await runCli(["generate", "--spec", specPath, "--out", join(temp, "out")]);
    expect(generated.stderr).toBe("");
    expect(generated.code).toBe(0);
    const diffed = await runCli(["diff", specPath, specPath]);
    expect(diffed.code).toBe(0);
  });
});

describe("a cycle through required properties, in a model the spec check would refuse", () => {
  /** Ping requires a Pong, which requires a Ping. */
  function requiredCycle(): CatalogueModel {
    const model = structuredClone(readCatalogue({ specPath }));
    const ping = model.shapes.find((s) => s.name === "Ping")!;
    ping.properties = ping.properties.map((p) => ({ ...p, required: true, nullable: false }));
    const event = model.events[0]!;
    event.properties = event.properties.map((p) => (p.name === "rally" ? { ...p, required: true } : p));
    return model;
  }

  it("neither generate nor diff overflows the stack", async () => {
    const model = requiredCycle();
    const files = await renderCatalogue(model);
    expect(files.some((f) => f.path === "src/validators.ts")).toBe(true);
    expect(() => diffCatalogues(model, requiredCycle())).not.toThrow();
    expect(diffCatalogues(readCatalogue({ specPath }), model).length).toBeGreaterThan(0);
  });
});
