import { relative } from "node:path";
import { ExitCode, type Command } from "../args.js";
import { junitReport, type JunitCase } from "../junit.js";
import { githubAnnotation, outputModeOf, Progress, reportOutputError, stderrStyle, stdoutStyle } from "../output.js";
import { diskCacheOptionSpecs, formatOf, formatOption, generateOptionSpecs, oneShotOptionsOf, jsonOption } from "./shared-options.js";
import { inStepNoter } from "./validate-package.js";

export const checkCommand: Command = {
  spec: {
    name: "check",
    summary: "Fail (exit 1), naming the files, when the output folder is out of step with the spec.",
    usage: "",
    details: "A spec problem is printed as file:line:column: message [code]; `seam-events explain CODE` tells the code's cause and fix.",
    options: { ...generateOptionSpecs, ...diskCacheOptionSpecs, json: jsonOption, format: formatOption },
    positionals: { min: 0, max: 0 },
  },
  async run({ values }) {
    const format = formatOf(values, "check");
    const options = oneShotOptionsOf(values);
    // Hashes the spec before the run, to note afterwards whether validate may use the output.
    const noteInStep = await inStepNoter(options.specPath);
    const { checkOutput, defaultOutDir, readCatalogue } = await import("../../pipeline.js");
    const model = readCatalogue(options);
    const progress = new Progress();
    progress.update("checking…");
    const { OutputError } = await import("../../write/output-error.js");
    let drift;
    try {
      drift = await checkOutput({ ...options, model }).finally(() => progress.done());
    } catch (error) {
      if (error instanceof OutputError) return reportOutputError(error, outputModeOf(values));
      throw error;
    }
    const out = relative(process.cwd(), options.outDir ?? defaultOutDir) || ".";
    const inStep = drift.changed.length + drift.missing.length + drift.extra.length === 0;
    if (inStep && options.only === undefined) await noteInStep(options.outDir ?? defaultOutDir, model);
    if (values.json) {
      const report = { ok: inStep, outDir: out, changed: drift.changed, missing: drift.missing, extra: drift.extra };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return inStep ? ExitCode.ok : ExitCode.failed;
    }
    if (format === "junit") process.stdout.write(junitReport("seam-events check", [{ name: `check ${out}`, cases: checkCases(out, drift, inStep) }]));
    if (inStep) {
      if (format !== "junit") process.stdout.write(`${stdoutStyle.green("ok")} ${out} is in step with the spec\n`);
      return ExitCode.ok;
    }
    if (format === "github") {
      const annotate = (file: string, message: string) =>
        githubAnnotation("error", { file: out === "." ? file : `${out}/${file}`, title: "out_of_step" }, message);
      process.stdout.write(
        [
          ...drift.changed.map((f) => annotate(f, "changed: differs from what the spec gives; run `npm run generate`")),
          ...drift.missing.map((f) => annotate(f, "missing: the spec gives this file; run `npm run generate`")),
          ...drift.extra.map((f) => annotate(f, "not generated: the spec does not give this file")),
        ].join(""),
      );
    }
    const lines = [
      ...drift.changed.map((f) => `  changed:       ${f}`),
      ...drift.missing.map((f) => `  missing:       ${f}`),
      ...drift.extra.map((f) => `  not generated: ${f}`),
    ];
    process.stderr.write(
      `${stderrStyle.red("out of step")}: ${out} differs from what the spec gives; run \`npm run generate\`:\n${lines.join("\n")}\n`,
    );
    return ExitCode.failed;
  },
};

/** JUnit cases of a check: one failing case per file out of step, or one passing case for the folder. */
function checkCases(out: string, drift: { changed: string[]; missing: string[]; extra: string[] }, inStep: boolean): JunitCase[] {
  if (inStep) return [{ name: `${out} is in step with the spec`, classname: "check" }];
  const at = (file: string) => (out === "." ? file : `${out}/${file}`);
  const failing = (file: string, message: string): JunitCase => ({
    name: at(file),
    classname: "check",
    file: at(file),
    failure: { message, type: "out_of_step", text: `${at(file)}: ${message}` },
  });
  return [
    ...drift.changed.map((f) => failing(f, "changed: differs from what the spec gives; run `npm run generate`")),
    ...drift.missing.map((f) => failing(f, "missing: the spec gives this file; run `npm run generate`")),
    ...drift.extra.map((f) => failing(f, "not generated: the spec does not give this file")),
  ];
}
