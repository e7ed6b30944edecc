/**
 * Snapshots of everything the generator emits for the mini spec, which uses every spec feature: any
 * change in any target's output shows up here as a reviewable diff (update with `npx vitest run -u`).
 * The compiled dist/ files are left out: they follow from src/ and are covered by the package tests.
 */
import { describe, expect, it } from "vitest";
import { listFiles } from "../../generator/write/write.js";
import { readCatalogue, renderCatalogue } from "../../generator/pipeline.js";

const files = await renderCatalogue(readCatalogue({ specPath: "test/fixtures/specs/mini" }));

describe("output for the mini spec", () => {
  it.each(files.filter((f) => !f.path.startsWith("dist/")).map((f) => [f.path, f.contents]))("%s", async (path, contents) => {
    await expect(contents).toMatchFileSnapshot(`__snapshots__/mini/${path}.snap`);
  });

  it("has a snapshot for exactly the emitted files", () => {
    const snapshots = listFiles(new URL("__snapshots__/mini", import.meta.url).pathname).map((f) => f.replace(/\.snap$/, ""));
    const emitted = files.filter((f) => !f.path.startsWith("dist/")).map((f) => f.path);
    expect(snapshots).toEqual([...emitted].sort());
  });
});
