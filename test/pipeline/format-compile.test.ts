import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { defaultSpecPath, readCatalogue } from "../../generator/pipeline.js";
import { targets } from "../../generator/targets/index.js";
import { compilePackage } from "../../generator/compile/compile.js";
import { formatFiles } from "../../generator/format/format.js";

describe("the format stage", () => {
  it("formats by extension and leaves unknown files alone", async () => {
    const [ts, json, md, txt] = await formatFiles([
      { path: "src/a.ts", contents: "export const a:number=1" },
      { path: "b.json", contents: '{"a":1}' },
      { path: "c.md", contents: "#  Title\n\n\n* item" },
      { path: "d.txt", contents: "as  is" },
    ]);
    expect(ts!.contents).toBe("export const a: number = 1;\n");
    expect(json!.contents).toBe('{ "a": 1 }\n');
    expect(md!.contents).toBe("# Title\n\n- item\n");
    expect(txt!.contents).toBe("as  is");
  });
});

describe("formatting TypeScript statement by statement", () => {
  it.each([["the mini spec", "test/fixtures/specs/mini"], ["the full catalogue", defaultSpecPath]])(
    "gives what prettier gives for the whole file, for every TypeScript file emitted for %s",
    async (_name, specPath) => {
      const model = readCatalogue({ specPath });
      const context = { selected: targets.map((t) => t.name as never), loadPackage: () => Promise.reject(new Error("not needed")) };
      const sources = [];
      for (const target of targets.filter((t) => t.name !== "docs")) sources.push(...(await target.emit(model, context)));
      const typescript = sources.filter((f) => f.path.endsWith(".ts"));
      expect(typescript.length).toBeGreaterThan(3);
      const chunked = await formatFiles(typescript);
      for (const [i, file] of typescript.entries()) {
        const whole = await prettier.format(file.contents, { parser: "typescript", printWidth: 100, proseWrap: "preserve" });
        expect(chunked[i]!.contents, file.path).toBe(whole);
      }
    },
  );
});

describe("the compile stage", () => {
  const source = { path: "src/values.ts", contents: 'import type { T } from "./types.js";\nexport const values: T[] = [];\nexport function first(): T | undefined {\n  return values[0];\n}\n' };

  it("writes ES modules and CommonJS, each with declarations, and marks the CommonJS folder", () => {
    const files = Object.fromEntries(compilePackage([source]).map((f) => [f.path, f.contents]));
    expect(Object.keys(files).sort()).toEqual([
      "dist/cjs/package.json",
      "dist/cjs/values.d.ts",
      "dist/cjs/values.js",
      "dist/esm/values.d.ts",
      "dist/esm/values.js",
    ]);
    expect(files["dist/esm/values.js"]).toMatch(/export \{[^}]*\bfirst\b/);
    const module = { exports: {} as { first?: () => unknown; values?: unknown[] } };
    new Function("module", "exports", "require", files["dist/cjs/values.js"]!)(module, module.exports, () => ({}));
    module.exports.values!.push("a");
    expect(module.exports.first!()).toBe("a");
    expect(files["dist/esm/values.d.ts"]).toContain("export declare function first(): T | undefined;");
    expect(JSON.parse(files["dist/cjs/package.json"]!)).toEqual({ type: "commonjs" });
  });

  it("refuses a source whose declarations cannot be produced file by file", () => {
    const untyped = { path: "src/bad.ts", contents: 'import { g } from "./g.js";\nexport function f() {\n  return g();\n}\n' };
    expect(() => compilePackage([untyped])).toThrow(/cannot produce declarations for src\/bad.ts/);
  });

  it("ignores files outside src/", () => {
    expect(compilePackage([{ path: "docs/a.ts", contents: "x" }]).map((f) => f.path)).toEqual(["dist/cjs/package.json"]);
  });
});
