import { relative } from "node:path";
import { ExitCode, type Command } from "../args.js";
import { Progress, stdoutStyle } from "../output.js";
import { inStepNoter } from "./validate-package.js";
import { diskCacheOptionSpecs, generateOptionSpecs, oneShotOptionsOf } from "./shared-options.js";

export const generateCommand: Command = {
  spec: {
    name: "generate",
    summary: "Regenerate the output package from the spec.",
    usage: "",
    details: "Writes the output folder atomically: nothing changes unless every stage succeeds.",
    options: { ...generateOptionSpecs, ...diskCacheOptionSpecs },
    positionals: { min: 0, max: 0 },
  },
  async run({ values }) {
    const options = await oneShotOptionsOf(values);
    // Hashes the spec while the read thread reads it, to note afterwards whether validate may use the output.
    const noteInStep = await inStepNoter(options.specPath);
    const { defaultOutDir, generate } = await import("../../pipeline.js");
    const progress = new Progress();
    const start = performance.now();
    progress.update("generating…");
    const files = await generate({ ...options, onStage: (stage) => progress.update(`${stage} done…`) }).finally(() => progress.done());
    await noteInStep(options.outDir ?? defaultOutDir, await options.model!);
    const out = relative(process.cwd(), options.outDir ?? defaultOutDir) || ".";
    const ms = Math.round(performance.now() - start);
    process.stdout.write(`${stdoutStyle.green("generated")} ${files.length} files in ${out} (${ms} ms)\n`);
    return ExitCode.ok;
  },
};
