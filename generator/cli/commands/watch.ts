import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { SpecError } from "../../diagnostics/diagnostic.js";
import { ExitCode, type Command } from "../args.js";
import { reportSpecError, stderrStyle, stdoutStyle } from "../output.js";
import { generateOptionSpecs, generateOptionsOf } from "./shared-options.js";

// Editors often save in two steps (write, then rename): changes this close together make one run.
const debounceMs = 10;

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
    const { defaultOutDir, defaultSpecPath } = await import("../../pipeline.js");
    const { builtinTemplatesDir } = await import("../../templating/templates.js");
    const { WarmGenerator } = await import("../warm-generator.js");
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
    const specIsFile = !statSync(specPath).isDirectory();
    const yaml = (name: string) => /\.ya?ml$/.test(name);
    const template = (name: string) => name.endsWith(".hbs");
    const watched: [string, (name: string) => boolean][] = [
      specIsFile ? [dirname(specPath), (name) => name === basename(specPath)] : [specPath, yaml],
      [builtinTemplatesDir, template],
      ...(options.templatesDir ? [[options.templatesDir, template] as [string, (name: string) => boolean]] : []),
    ];
    const watchers = watched.map(([dir, relevant]) => new TreeWatcher(dir, !(specIsFile && dir === dirname(specPath)), relevant, onChange));
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

/**
 * Watches a folder and its subfolders with one non-recursive watcher per folder. (Node 20's recursive
 * watch on Linux follows files, and loses a file that an editor replaces by renaming; a folder's own
 * watcher sees every entry that appears in it.) New subfolders are picked up as they appear.
 */
class TreeWatcher {
  private readonly watchers = new Map<string, FSWatcher>();

  constructor(
    root: string,
    private readonly recursive: boolean,
    private readonly relevant: (name: string) => boolean,
    private readonly onChange: () => void,
  ) {
    this.add(root);
  }

  private add(dir: string): void {
    if (this.watchers.has(dir)) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const watcher = watch(dir, (event, name) => {
      if (name === null) return this.onChange();
      const file = String(name);
      if (this.recursive && event === "rename") this.add(join(dir, file));
      if (this.relevant(file)) this.onChange();
    });
    watcher.on("error", () => {
      watcher.close();
      this.watchers.delete(dir);
    });
    this.watchers.set(dir, watcher);
    if (this.recursive) for (const entry of entries) if (entry.isDirectory()) this.add(join(dir, entry.name));
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}
