import { describe, expect, it } from "vitest";
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
