import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { defaultSpecPath, readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { prettierOptions } from "../../generator/format/prettier.js";
import type { EmittedFile } from "../../generator/targets/target.js";
import { targets } from "../../generator/targets/index.js";
import { compilePackage } from "../../generator/compile/compile.js";
import { formatFiles, formatText } from "../../generator/format/format.js";
import { formatPool, WorkerPool } from "../../generator/format/format-pool.js";

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
  it("keeps leading and trailing comments, and blank lines only where the input had them", async () => {
    const text = "// head\n\n/** doc */\nexport const a=1\nconst b=2\n\n\nfunction f(){return b}\n// tail\n";
    const whole = await prettier.format(text, { parser: "typescript", printWidth: 100 });
    expect(await formatText("src/x.ts", text)).toBe(whole);
    expect(await formatText("src/x.ts", text, { cache: new Map(), batchCharacters: 0 })).toBe(whole);
  });

  it("gives the same text through the worker pool as on the calling thread", async () => {
    const text = Array.from({ length: 400 }, (_, i) => `/** n${i} */\nexport function f${i}(x:number):number{return x+${i}}\n`).join("\n");
    const [inProcess, pooled] = await Promise.all([formatText("src/x.ts", text), formatText("src/x.ts", text, { runner: formatPool() })]);
    expect(pooled).toBe(inProcess);
    expect(await formatText("c.md", "#  Title\n\n\n* item", { runner: formatPool() })).toBe("# Title\n\n- item\n");
  });

  it("formats on the calling thread when the workers cannot start", async () => {
    const broken = new WorkerPool(2, "throw new Error('no worker here')");
    const jobs = ["a", "b", "c"].map((name) => broken.run({ parser: "oxc-ts", texts: [`const ${name}=1`] }));
    expect(await Promise.all(jobs)).toEqual([["const a = 1;\n"], ["const b = 1;\n"], ["const c = 1;\n"]]);
    // Started ahead of the jobs, and dead by the time they come.
    const warmedUp = new WorkerPool(2, "throw new Error('no worker here')");
    warmedUp.warmUp();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await warmedUp.run({ parser: "oxc-ts", texts: ["const d=1"] })).toEqual(["const d = 1;\n"]);
  });

  // A stand-in worker that answers, after a while, with its thread and the job's language.
  const standIn = `
    const { parentPort, threadId } = require("node:worker_threads");
    parentPort.on("message", (job) => setTimeout(() => parentPort.postMessage({ texts: job.texts.map(() => threadId + " " + job.parser) }), 20));
  `;
  const threadsOf = (answers: string[][], parser: string) => new Set(answers.flat().filter((a) => a.endsWith(` ${parser}`)).map((a) => a.split(" ")[0]));
  const jobs = (parser: string, count: number, length: number) => Array.from({ length: count }, () => ({ parser, texts: ["x".repeat(length)] }));

  it("sends each language to the workers warm for it, and a cold one only for a long wait", async () => {
    const pool = new WorkerPool(2, standIn, 1000);
    const first = await Promise.all([...jobs("oxc-ts", 6, 100), ...jobs("json", 3, 100)].map((job) => pool.run(job)));
    const [ts] = threadsOf(first, "oxc-ts");
    expect(threadsOf(first, "oxc-ts").size).toBe(1);
    expect([...threadsOf(first, "json")]).toEqual([expect.not.stringMatching(`^${ts}$`)]);
    // Markdown is new to both: the worker given less so far takes it, and keeps it.
    const second = await Promise.all(jobs("markdown", 3, 100).map((job) => pool.run(job)));
    expect(threadsOf(second, "markdown").size).toBe(1);
    // More TypeScript waiting than a cold start is worth: both workers take some.
    const third = await Promise.all(jobs("oxc-ts", 8, 400).map((job) => pool.run(job)));
    expect(threadsOf(third, "oxc-ts").size).toBe(2);
  });

  it("spreads every language over every worker once the pool is long-lived", async () => {
    const pool = new WorkerPool(2, standIn, 1_000_000, 3000);
    // One worker owns Markdown: little of it waits at a time, less than a cold start is worth.
    const young = await Promise.all([...jobs("oxc-ts", 2, 500), ...jobs("markdown", 4, 200)].map((job) => pool.run(job)));
    expect(threadsOf(young, "markdown").size).toBe(1);
    // 3,000 characters formatted: from now on an idle worker takes any language.
    await Promise.all(jobs("oxc-ts", 4, 500).map((job) => pool.run(job)));
    const old = await Promise.all(jobs("markdown", 4, 200).map((job) => pool.run(job)));
    expect(threadsOf(old, "markdown").size).toBe(2);
  });

  it("reports a syntax error in emitted TypeScript instead of formatting half of it", async () => {
    await expect(formatText("src/bad.ts", "export const a = ;\n")).rejects.toThrow(/cannot format src\/bad.ts/);
  });

  it.each([["the mini spec", "test/fixtures/specs/mini"], ["the full catalogue", defaultSpecPath]])(
    "gives what prettier gives for the whole file, for every TypeScript file emitted for %s",
    async (_name, specPath) => {
      const model = readCatalogue({ specPath });
      const context = { selected: targets.map((t) => t.name as never) };
      const sources = [];
      for (const target of targets.filter((t) => t.name !== "docs")) sources.push(...(await target.emit(model, context)));
      const typescript = sources.filter((f) => f.path.endsWith(".ts"));
      expect(typescript.length).toBeGreaterThan(3);
      const chunked = await formatFiles(typescript);
      // Watch formats statements one by one instead of in batches.
      const oneByOne = await formatFiles(typescript, { cache: new Map(), batchCharacters: 0 });
      for (const [i, file] of typescript.entries()) {
        const whole = await prettier.format(file.contents, { parser: "typescript", printWidth: 100, proseWrap: "preserve" });
        expect(chunked[i]!.contents, file.path).toBe(whole);
        expect(oneByOne[i]!.contents, file.path).toBe(whole);
      }
    },
  );
});

describe("formatting Markdown section by section", () => {
  it.each([["the mini spec", "test/fixtures/specs/mini"], ["the full catalogue", defaultSpecPath]])(
    "gives what prettier gives for the whole page, for every page emitted for %s",
    async (_name, specPath) => {
      let pages: EmittedFile[] = [];
      const keep = async (files: readonly EmittedFile[]) => ((pages = pages.concat(files.filter((f) => f.path.endsWith(".md")))), [...files]);
      await renderCatalogue(readCatalogue({ specPath }), { only: ["docs"], stages: { format: keep } });
      expect(pages.length).toBeGreaterThan(2);
      for (const page of pages) {
        const whole = await prettier.format(page.contents, { parser: "markdown", ...prettierOptions });
        expect(await formatText(page.path, page.contents), page.path).toBe(whole);
        expect(await formatText(page.path, page.contents, { cache: new Map(), batchCharacters: 0 }), page.path).toBe(whole);
      }
    },
  );

  it("does not split at a heading inside a fenced code block", async () => {
    const text = "# T\n\n## A\n\n```md\n## not a section\n  *  x\n```\n\n##   B\n\n*  y\n";
    const whole = await prettier.format(text, { parser: "markdown", ...prettierOptions });
    expect(await formatText("x.md", text)).toBe(whole);
  });
});

describe("the compile stage", () => {
  const source = { path: "src/values.ts", contents: 'import type { T } from "./types.js";\nexport const values: T[] = [];\nexport function first(): T | undefined {\n  return values[0];\n}\n' };

  it("writes ES modules and CommonJS, each with declarations, and marks the CommonJS folder", async () => {
    const files = Object.fromEntries((await compilePackage([source])).map((f) => [f.path, f.contents]));
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

  it("refuses a source whose declarations cannot be produced file by file", async () => {
    const untyped = { path: "src/bad.ts", contents: 'import { g } from "./g.js";\nexport function f() {\n  return g();\n}\n' };
    await expect(compilePackage([untyped])).rejects.toThrow(/cannot produce declarations for src\/bad.ts/);
  });

  it("ignores files outside src/", async () => {
    expect((await compilePackage([{ path: "docs/a.ts", contents: "x" }])).map((f) => f.path)).toEqual(["dist/cjs/package.json"]);
  });
});
