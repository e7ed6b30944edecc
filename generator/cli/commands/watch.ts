import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, relative } from "node:path";
import { SpecError } from "../../diagnostics/diagnostic.js";
import { listSpecFiles } from "../../load/load-spec.js";
import { defaultOutDir, defaultSpecPath } from "../../pipeline.js";
import { builtinTemplatesDir } from "../../templating/templates.js";
import { ExitCode, type Command } from "../args.js";
import { reportSpecError, stderrStyle, stdoutStyle } from "../output.js";
import { WarmGenerator } from "../warm-generator.js";
import { generateOptionSpecs, generateOptionsOf } from "./shared-options.js";

const debounceMs = 50;

export const watchCommand: Command = {
  spec: {
    name: "watch",
    summary: "Regenerate whenever a spec file or a template changes; a broken edit keeps the last good output.",
    usage: "",
    details: "Stays running (Ctrl-C to stop). Each run prints how long it took from the change to the written output.",
    options: generateOptionSpecs,
    positionals: { min: 0, max: 0 },
  },
  async run({ values }) {
    const options = generateOptionsOf(values);
    const specPath = options.specPath ?? defaultSpecPath;
    const outDir = options.outDir ?? defaultOutDir;
    const generator = new WarmGenerator({ ...options, specPath, outDir });
    const shown = (path: string) => relative(process.cwd(), path) || ".";

    let timer: NodeJS.Timeout | undefined;
    let firstChange = 0;
    let running: Promise<void> | undefined;
    let again = false;
    const rebuild = async (changedAt: number) => {
      try {
        const result = await generator.run();
        const end = performance.now();
        const latency = changedAt ? `, ${Math.round(end - changedAt)} ms after the change` : "";
        process.stdout.write(
          `${stdoutStyle.green("regenerated")} ${shown(outDir)}: ${result.written} files (${result.changed} changed) in ${Math.round(result.ms)} ms${latency}\n`,
        );
      } catch (error) {
        if (!(error instanceof SpecError)) {
          process.stderr.write(`${stderrStyle.red("error")}: ${error instanceof Error ? error.message : String(error)}\n`);
        } else reportSpecError(error);
        process.stderr.write(`${stderrStyle.yellow("kept")} the last good output in ${shown(outDir)}\n`);
      }
    };
    const runQueued = () => {
      if (running) {
        again = true;
        return;
      }
      const changedAt = firstChange;
      firstChange = 0;
      running = rebuild(changedAt).finally(() => {
        running = undefined;
        if (again) {
          again = false;
          runQueued();
        }
      });
    };
    const onChange = () => {
      if (!firstChange) firstChange = performance.now();
      clearTimeout(timer);
      timer = setTimeout(runQueued, debounceMs);
    };

    // A single spec file is watched through its folder: editors often replace a file rather than write it.
    const specIsFile = listSpecFiles(specPath).length === 1 && listSpecFiles(specPath)[0] === specPath;
    const watched: [string, (name: string | null) => boolean][] = [
      specIsFile ? [dirname(specPath), (name) => name === basename(specPath)] : [specPath, (name) => name === null || /\.ya?ml$/.test(name)],
      [builtinTemplatesDir, (name) => name === null || name.endsWith(".hbs")],
      ...(options.templatesDir ? [[options.templatesDir, (name: string | null) => name === null || name.endsWith(".hbs")] as [string, (name: string | null) => boolean]] : []),
    ];
    const watchers: FSWatcher[] = watched.map(([dir, relevant]) =>
      watch(dir, { recursive: true }, (_event, name) => {
        if (relevant(name === null ? null : String(name))) onChange();
      }),
    );
    process.stdout.write(`watching ${watched.map(([dir]) => shown(dir)).join(", ")} (Ctrl-C to stop)\n`);
    runQueued();

    return new Promise<number>((resolve) => {
      const stop = () => {
        for (const watcher of watchers) watcher.close();
        clearTimeout(timer);
        void (running ?? Promise.resolve()).then(() => resolve(ExitCode.ok));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
  },
};
