/**
 * The project's own type-check (tsconfig.json: the generator, the tests, the benchmarks), run by the
 * TypeScript that `npm run typecheck` runs, in this worker: as a test it runs beside the others
 * instead of before all of them.
 */
import { join } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";
import { projectRoot } from "../../generator/pipeline.js";

test("the project type-checks under tsconfig.json", () => {
  const problems: ts.Diagnostic[] = [];
  const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => projectRoot, getNewLine: () => "\n" };
  const config = ts.getParsedCommandLineOfConfigFile(join(projectRoot, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => problems.push(diagnostic) });
  expect(config).toBeDefined();
  problems.push(...config!.errors);
  const program = ts.createProgram({ rootNames: config!.fileNames, options: config!.options, projectReferences: config!.projectReferences });
  problems.push(...ts.getPreEmitDiagnostics(program));
  expect(ts.formatDiagnostics(problems, host)).toBe("");
  // What tsconfig.json names is what is checked: the generator, the tests and the benchmarks.
  const checked = config!.fileNames.map((file) => file.slice(projectRoot.length + 1).split("/")[0]);
  expect(new Set(checked)).toEqual(new Set(["generator", "test", "bench", "vitest.config.ts"]));
});
