/**
 * Prettier is the judge of the output's layout: the generator formats only TypeScript with prettier
 * and lays out JSON and Markdown itself, so every emitted file (the compiled dist/ aside, which is
 * the compilers' output) must already be exactly what prettier writes, with the parser prettier picks
 * by the file's name and the project's options.
 */
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { prettierOptions } from "../../generator/format/format.js";
import { defaultSpecPath, readCatalogue, renderCatalogue } from "../../generator/pipeline.js";

const specs = { "the full catalogue": defaultSpecPath, "the mini spec": "test/fixtures/specs/mini" };

describe.each(Object.entries(specs))("every file emitted for %s", (_, specPath) => {
  it("is what prettier writes", async () => {
    // LICENSE is plain text, which prettier has no parser for.
    const files = (await renderCatalogue(readCatalogue({ specPath }))).filter((file) => !file.path.startsWith("dist/") && file.path !== "LICENSE");
    expect(files.map((file) => file.path.split(".").pop())).toEqual(expect.arrayContaining(["ts", "json", "md"]));
    const judged = await Promise.all(files.map(async (file) => [file.path, await prettier.check(file.contents, { ...prettierOptions, filepath: file.path })] as const));
    const rejected = judged.filter(([, ok]) => !ok).map(([path]) => path);
    if (rejected.length > 0) {
      // The first difference, to show what the layout got wrong.
      const file = files.find((f) => f.path === rejected[0])!;
      expect(file.contents).toBe(await prettier.format(file.contents, { ...prettierOptions, filepath: file.path }));
    }
    expect(rejected).toEqual([]);
  });
});
