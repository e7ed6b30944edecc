/**
 * The generated README's line for importing a JSON Schema works as written: in Node as an ES module,
 * and in TypeScript with `module: nodenext` (which both need the `with { type: "json" }` attribute).
 * It runs against the committed output, installed into a scratch consumer as a linked package.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";

const generatedDir = resolve("generated");
const packageName = (JSON.parse(readFileSync(join(generatedDir, "package.json"), "utf8")) as { name: string }).name;
const readme = readFileSync(join(generatedDir, "README.md"), "utf8");
const tsc = resolve("node_modules/typescript/bin/tsc");

/** The README's import line, as a reader would copy it. */
const importLine = /^import schema from .+ with \{ type: "json" \};$/m.exec(readme)?.[0];

let consumer: string;
beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), "seam-events-schema-import-"));
  const linked = join(consumer, "node_modules", ...packageName.split("/"));
  mkdirSync(dirname(linked), { recursive: true });
  symlinkSync(generatedDir, linked, "dir");
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
});
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

const run = (args: string[]) => {
  try {
    return execFileSync(process.execPath, args, { cwd: consumer, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    throw new Error(`${String(error)}\n${String((error as { stdout?: string }).stdout)}`);
  }
};

it("the README shows an import line with the JSON import attribute", () => {
  expect(importLine).toContain(JSON.stringify(`${packageName}/schema/`).slice(0, -1));
});

it("runs in Node as an ES module", () => {
  writeFileSync(join(consumer, "esm.mjs"), `${importLine}\nconsole.log(schema.$id);\n`);
  expect(run(["esm.mjs"]).trim()).toMatch(/^urn:/);
});

it("loads from CommonJS with the README's require line", () => {
  const requireLine = /`(require\("[^`]+\.json"\))`/.exec(readme)?.[1];
  expect(requireLine).toBeDefined();
  writeFileSync(join(consumer, "cjs.cjs"), `console.log(${requireLine}.$id);\n`);
  expect(run(["cjs.cjs"]).trim()).toMatch(/^urn:/);
});

it("type-checks with TypeScript's nodenext module setting", () => {
  writeFileSync(join(consumer, "index.ts"), `${importLine}\nconst id: string = schema.$id;\nconst branches: readonly { $ref: string }[] = schema.oneOf;\nexport { id, branches };\n`);
  writeFileSync(
    join(consumer, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", resolveJsonModule: true, strict: true, noEmit: true, types: [] }, files: ["index.ts"] }),
  );
  expect(run([tsc, "-p", "tsconfig.json"])).toBe("");
});
