import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { defaultSpecPath, readCatalogue } from "../../generator/pipeline.js";
import type { EmittedFile } from "../../generator/targets/target.js";
import { targets } from "../../generator/targets/index.js";
import { compilePackage } from "../../generator/compile/compile.js";
import { formatFiles, prettierOptions } from "../../generator/format/format.js";
import { jsonText } from "../../generator/layout/json.js";
import { layoutMarkdown } from "../../generator/layout/markdown.js";

describe("the format stage", () => {
  it("formats TypeScript and leaves the files laid out by their emitters alone", async () => {
    const [ts, json, md] = await formatFiles([
      { path: "src/a.ts", contents: "export const a:number=1" },
      { path: "b.json", contents: '{"a":1}' },
      { path: "c.md", contents: "#  Title" },
    ]);
    expect(ts!.contents).toBe("export const a: number = 1;\n");
    expect(json!.contents).toBe('{"a":1}');
    expect(md!.contents).toBe("#  Title");
  });

  it("reports a syntax error in emitted TypeScript instead of formatting half of it", async () => {
    await expect(formatFiles([{ path: "src/bad.ts", contents: "export const a = ;\n" }])).rejects.toThrow();
  });

  it("keeps leading and trailing comments, and blank lines only where the input had them", async () => {
    const pieces = [
      { text: "// head", blankLineAfter: true },
      { text: "/** doc */\nexport const a=1", blankLineAfter: false },
      { text: "const b=2", blankLineAfter: true },
      { text: "function f(){return b} // tail", blankLineAfter: false },
    ];
    const contents = pieces.map((p) => p.text + (p.blankLineAfter ? "\n\n" : "\n")).join("");
    const whole = await prettier.format(contents, { parser: "typescript", ...prettierOptions });
    const memo = new Map<string, string>();
    expect((await formatFiles([{ path: "src/x.ts", contents, pieces }], memo))[0]!.contents).toBe(whole);
    expect(memo.size).toBe(4);
  });

  it.each([["the mini spec", "test/fixtures/specs/mini"], ["the full catalogue", defaultSpecPath]])(
    "gives what prettier gives for the whole file, statement by statement, for every TypeScript file emitted for %s",
    async (_name, specPath) => {
      const model = readCatalogue({ specPath });
      const context = { selected: targets.map((t) => t.name as never) };
      const sources: EmittedFile[] = [];
      for (const target of targets.filter((t) => t.name !== "docs")) sources.push(...(await target.emit(model, context)));
      const typescript = sources.filter((f) => f.path.endsWith(".ts"));
      expect(typescript.filter((f) => f.pieces).length).toBeGreaterThan(2);
      // Half the statements known from before (as after an edit), half formatted now.
      const memo = new Map<string, string>();
      const halves = typescript.map((file) => ({ ...file, pieces: file.pieces?.filter((_, i) => i % 2 === 0) }));
      await formatFiles(halves.filter((f) => f.pieces), memo);
      const [fresh, mixed] = [await formatFiles(typescript), await formatFiles(typescript, memo)];
      for (const [i, file] of typescript.entries()) {
        const whole = await prettier.format(file.contents, { parser: "typescript", ...prettierOptions });
        expect(fresh[i]!.contents, file.path).toBe(whole);
        expect(mixed[i]!.contents, file.path).toBe(whole);
      }
    },
  );
});

const prettierJson = (value: unknown) => prettier.format(JSON.stringify(value, null, 2), { parser: "json", ...prettierOptions });

describe("the JSON layout", () => {
  it("is prettier's for any JSON value", async () => {
    // Keys and strings long enough to cross the line width at any depth, with characters of every
    // width the layout knows (CJK, kana, hangul and fullwidth forms take two columns, as do emoji).
    const wide = fc.constantFrom("a", "é", "e\u0301", "漢", "字", "か", "한", "Ａ", "🎉", " ", '"', "\\", "\n");
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: wide, maxLength: 16 }));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.constant(null), fc.boolean(), fc.integer(), text, tie("array"), tie("object")),
      array: fc.array(tie("value"), { maxLength: 8 }),
      object: fc.dictionary(text, tie("value"), { maxKeys: 5 }),
    })).value;
    await fc.assert(fc.asyncProperty(json, async (value) => {
        expect(jsonText(value)).toBe(await prettierJson(value));
      }), { numRuns: 150 });
  });

  it("breaks an array exactly where its line would pass 100 columns, trailing comma included", async () => {
    for (let length = 70; length < 100; length++) {
      const value = { key: ["x".repeat(length - 20), "y"], last: { inner: ["x".repeat(length - 30), "y"] } };
      expect(jsonText(value)).toBe(await prettierJson(value));
    }
  });
});

describe("the Markdown layout", () => {
  it("pads tables as prettier does, by alignment and by the width of wide characters", async () => {
    const page = [
      "# Title   ",
      "",
      "",
      "| Name | Left | Centre | Right |",
      "| --- | :-- | :-: | --: |",
      "| `a\\|b` | x | 漢字 | 1 |",
      "| longer name | emoji 🎉 | c | 12345 |",
      "",
      "```json",
      "{  \"kept\":   true }  ",
      "```",
      "",
      "",
      "",
      "Text   ",
    ].join("\n");
    const laidOut = layoutMarkdown(page);
    expect(laidOut).toContain('{  "kept":   true }\n```\n\nText\n');
    expect(laidOut).toBe(await prettier.format(laidOut, { parser: "markdown", ...prettierOptions }));
    expect(laidOut).toContain("| Name        | Left     | Centre | Right |\n| ----------- | :------- | :----: | ----: |");
  });
});

describe("the compile stage", () => {
  const source = { path: "src/values.ts", contents: 'import type { T } from "./types.js";\nexport const values: T[] = [];\nexport function first(): T | undefined {\n  return values[0];\n}\n' };

  it("writes ES modules and CommonJS, each with declarations and their maps, and marks the CommonJS folder", async () => {
    const files = Object.fromEntries((await compilePackage([source])).map((f) => [f.path, f.contents]));
    expect(Object.keys(files).sort()).toEqual([
      "dist/cjs/package.json",
      "dist/cjs/values.d.ts",
      "dist/cjs/values.d.ts.map",
      "dist/cjs/values.js",
      "dist/esm/values.d.ts",
      "dist/esm/values.d.ts.map",
      "dist/esm/values.js",
    ]);
    expect(JSON.parse(files["dist/esm/values.d.ts.map"]!)).toMatchObject({ file: "values.d.ts", sources: [`../../${source.path}`] });
    expect(files["dist/esm/values.js"]).toMatch(/export \{[^}]*\bfirst\b/);
    const module = { exports: {} as { first?: () => unknown; values?: unknown[] } };
    new Function("module", "exports", "require", files["dist/cjs/values.js"]!)(module, module.exports, () => ({}));
    module.exports.values!.push("a");
    expect(module.exports.first!()).toBe("a");
    expect(files["dist/esm/values.d.ts"]).toContain("export declare function first(): T | undefined;");
    expect(JSON.parse(files["dist/cjs/package.json"]!)).toEqual({ type: "commonjs" });
  });

  it("refuses a source whose declarations cannot be produced file by file", async () => {
    const untyped = { path: "src/bad.ts", contents: 'import { g } from "./g.js";\nexport function f() {\n  return g();\n}\n' };
    await expect(compilePackage([untyped])).rejects.toThrow(/cannot produce declarations for src\/bad.ts/);
  });

  it("ignores files outside src/, and with nothing compiled writes no CommonJS marker either", async () => {
    expect((await compilePackage([{ path: "docs/a.ts", contents: "x" }])).map((f) => f.path)).toEqual([]);
  });
});
