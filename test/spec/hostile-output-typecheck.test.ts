/**
 * The last line of defence: output that does not compile stops `generate` and `check` with exit 2,
 * naming the generated file and line, before anything is written.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SpecError } from "../../generator/diagnostics/diagnostic.js";
import { generate, readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { typeCheckPackage } from "../../generator/typecheck/type-check.js";
import { mini, runCli } from "../cli/run.js";
import { strictTypeErrors } from "./hostile-output-checks.js";

const miniSpec = "test/fixtures/specs/mini";
const temp = mkdtempSync(join(tmpdir(), "hostile-typecheck-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the type-check of the generated package", () => {
  it("passes the package of a sound spec, and names the file, line and column of each error otherwise", async () => {
    const files = await renderCatalogue(readCatalogue({ specPath: miniSpec }));
    expect(typeCheckPackage(files, (path) => `out/${path}`)).toEqual([]);
    const validators = files.find((f) => f.path === "src/validators.ts")!;
    const lines = validators.contents.split("\n");
    const at = lines.findIndex((line) => line.startsWith("function "));
    lines.splice(at, 0, `const broken: number = "text";`);
    const broken = files.map((f) => (f === validators ? { ...f, contents: lines.join("\n") } : f));
    const problems = typeCheckPackage(broken, (path) => `out/${path}`);
    expect(problems).toEqual([
      {
        code: "generated_code_invalid",
        location: { file: "out/src/validators.ts", line: at + 1, column: 7 },
        message: expect.stringContaining("Type 'string' is not assignable to type 'number'. (TS2322)"),
      },
    ]);
  });

  it("stops generate before anything is written, for a model whose names clash with TypeScript's own", async () => {
    const model = structuredClone(readCatalogue({ specPath: miniSpec }));
    // An enum named like a global generic type: the generated `Record<string, …>` types stop compiling.
    const renamed = "Record";
    model.enums[0]!.name = renamed;
    for (const event of model.events) for (const p of event.properties) if (p.type.kind === "enum" && p.type.name === "LockMethod") p.type = { kind: "enum", name: renamed };
    const outDir = join(temp, "never");
    const error = await generate({ model, outDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    const first = (error as SpecError).diagnostics[0]!;
    expect(first.code).toBe("generated_code_invalid");
    expect(first.location.file).toMatch(/never\/src\/types\.ts$/);
    expect(first.message).toContain("Type 'Record' is not generic");
    expect(existsSync(outDir)).toBe(false);
  });

  it("makes the CLI exit 2 with located problems and leave the output folder as it was", async () => {
    const spec = join(temp, "spec");
    mkdirSync(spec, { recursive: true });
    writeFileSync(join(spec, "catalogue.yaml"), readFileSync(mini, "utf8").replace(/\bLockMethod\b/g, "Record"));
    const out = join(temp, "out");
    mkdirSync(out);
    for (const command of ["generate", "check"]) {
      const result = await runCli([command, "--spec", spec, "--out", out]);
      expect(result.code).toBe(2);
      // Refused by the spec check (the name clashes with a global type), or by the type-check, which names the generated line.
      expect(result.stderr).toMatch(/^\S+:\d+:\d+: .*\[[a-z_]+\]$/m);
      if (result.stderr.includes("generated_code_invalid")) expect(result.stderr).toMatch(/out\/src\/types\.ts:\d+:\d+: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(out, "src"))).toBe(false);
  });
});

describe("the strict check the hostile-output tests run over generated packages", () => {
  it("finds a type error in a generated module, and a runtime that is not the one copied verbatim", async () => {
    const out = join(temp, "strict");
    await generate({ specPath: miniSpec, outDir: out });
    // A sound package passes (the hostile-output tests show it for every accepted case); here, two faults at once.
    appendFileSync(join(out, "src/validation-runtime.ts"), "\n// changed\n");
    appendFileSync(join(out, "src/validators.ts"), `\nconst broken: number = "text";\n`);
    const problems = strictTypeErrors([out]).get(out)!;
    expect(problems).toHaveLength(2);
    expect(problems).toContain("src/validation-runtime.ts: not the runtime as generated/ holds it");
    expect(problems).toContainEqual(expect.stringMatching(/^src\/validators\.ts:\d+ Type 'string' is not assignable to type 'number'/));
  });
});
