import { relative } from "node:path";
import { ExitCode, type Command } from "../args.js";
import { outputModeOf, Progress, reportOutputError, stdoutStyle } from "../output.js";
import { inStepNoter } from "./validate-package.js";
import { diskCacheOptionSpecs, formatOf, generateOptionSpecs, githubFormatOption, jsonOption, oneShotOptionsOf } from "./shared-options.js";

export const generateCommand: Command = {
  spec: {
    name: "generate",
    summary: "Regenerate the output package from the spec.",
    usage: "",
    details:
      "Replaces the output folder whole, and only a folder it made (one holding .seam-events-manifest.json) or an empty one; never one that holds the spec, the templates or a git checkout. Nothing changes unless every stage succeeds, and a run killed part-way is repaired by the next.",
    options: { ...generateOptionSpecs, ...diskCacheOptionSpecs, json: jsonOption, format: githubFormatOption },
    positionals: { min: 0, max: 0 },
  },
  async run({ values }) {
    formatOf(values, "generate", ["text", "github"]);
    const options = oneShotOptionsOf(values);
    // Hashes the spec before the run, to note afterwards whether validate may use the output.
    const noteInStep = await inStepNoter(options.specPath);
    const { defaultOutDir, generate, readCatalogue } = await import("../../pipeline.js");
    const model = readCatalogue(options);
    const progress = new Progress();
    const start = performance.now();
    progress.update("generating…");
    const { OutputError } = await import("../../write/output-error.js");
    let files;
    try {
      files = await generate({ ...options, model, onStage: (stage) => progress.update(`${stage} done…`) }).finally(() => progress.done());
    } catch (error) {
      if (error instanceof OutputError) return reportOutputError(error, outputModeOf(values));
      throw error;
    }
    await noteInStep(options.outDir ?? defaultOutDir, model);
    const out = relative(process.cwd(), options.outDir ?? defaultOutDir) || ".";
    if (values.json) {
      // Paths relative to the output folder, sorted by code unit: the same list on every machine.
      const written = files.map((f) => f.path).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      process.stdout.write(`${JSON.stringify({ ok: true, outDir: out, files: written }, null, 2)}\n`);
      return ExitCode.ok;
    }
    const ms = Math.round(performance.now() - start);
    process.stdout.write(`${stdoutStyle.green("generated")} ${files.length} files in ${out} (${ms} ms)\n`);
    return ExitCode.ok;
  },
};
