import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { SpecError } from "../../diagnostics/diagnostic.js";
import { ExitCode, type Command } from "../args.js";
import { reportOutputError, reportSpecError, specErrorReport, stderrStyle, stdoutStyle } from "../output.js";
import { generateOptionSpecs, generateOptionsOf, jsonOption } from "./shared-options.js";
import { printableJson } from "./validate-report.js";

// Editors often save in two steps (write, then rename): changes this close together make one run.
const debounceMs = 10;

export const watchCommand: Command = {
  spec: {
    name: "watch",
    summary: "Regenerate whenever a spec file or a template changes; a broken edit keeps the last good output.",
    usage: "",
    details:
      "Stays running (Ctrl-C to stop). Each run prints how long it took from the change to the written output. With --json, one JSON object per line for each event (watching, regenerated, failed).",
    options: { ...generateOptionSpecs, json: jsonOption },
    positionals: { min: 0, max: 0 },
  },
  async run({ values }) {
    const options = generateOptionsOf(values);
    const { defaultOutDir, defaultSpecPath, guardOutput } = await import("../../pipeline.js");
    const { OutputError } = await import("../../write/output-error.js");
    const { builtinTemplatesDir } = await import("../../templating/templates.js");
    const { WarmGenerator } = await import("../warm-generator.js");
    const specPath = options.specPath ?? defaultSpecPath;
    const outDir = options.outDir ?? defaultOutDir;
    const json = values.json === true;
    // --json: newline-delimited JSON, one object per event, each written whole as it happens.
    const emit = (event: Record<string, unknown>) => process.stdout.write(`${printableJson(event)}\n`);
    try {
      guardOutput({ ...options, specPath, outDir });
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      if (!json) return reportOutputError(error);
      process.stderr.write(`${stderrStyle.red("error")}: ${error.message}\n`);
      emit({ event: "stopped", ok: false, error: "output", message: error.message });
      return ExitCode.usage;
    }
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
        const sinceChange = changedAt ? Math.round(end - changedAt) : null;
        if (json) {
          emit({ event: "regenerated", ok: true, outDir: shown(outDir), files: result.written, changed: result.changed, ms: Math.round(result.ms), msSinceChange: sinceChange });
          return;
        }
        const latency = sinceChange === null ? "" : `, ${sinceChange} ms after the change`;
        process.stdout.write(
          `${stdoutStyle.green("regenerated")} ${shown(outDir)}: ${result.written} files (${result.changed} changed) in ${Math.round(result.ms)} ms${latency}\n`,
        );
      } catch (error) {
        if (!(error instanceof SpecError)) {
          const message = error instanceof Error ? error.message : String(error);
          process.stderr.write(`${stderrStyle.red("error")}: ${message}\n`);
          if (json) emit({ event: "failed", ok: false, error: error instanceof OutputError ? "output" : "internal", message, kept: shown(outDir) });
        } else {
          reportSpecError(error);
          if (json) emit({ event: "failed", ...specErrorReport(error), kept: shown(outDir) });
        }
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
    if (json) emit({ event: "watching", folders: watched.map(([dir]) => shown(dir)) });
    else process.stdout.write(`watching ${watched.map(([dir]) => shown(dir)).join(", ")} (Ctrl-C to stop)\n`);
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
 * watcher sees every entry that appears in it.) A folder that appears later is watched from then on;
 * files that reached it before its watcher did (`mkdir -p x && cp a.yaml x/`, a folder moved in) are
 * found by reading it, and a watched folder that disappears counts as a change too.
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

  /** Watches dir and the folders under it; returns whether any relevant file is already in them. */
  private add(dir: string): boolean {
    if (this.watchers.has(dir)) return false;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    const watcher = watch(dir, (event, name) => {
      if (name === null) return this.onChange();
      const file = String(name);
      if (this.recursive && event === "rename") this.entryRenamed(join(dir, file));
      if (this.relevant(file)) this.onChange();
    });
    watcher.on("error", () => this.remove(dir));
    this.watchers.set(dir, watcher);
    let found = false;
    for (const entry of entries) {
      if (entry.isDirectory()) found = (this.recursive && this.add(join(dir, entry.name))) || found;
      else if (this.relevant(entry.name)) found = true;
    }
    return found;
  }

  /** An entry appeared or went away: a new folder is watched (and may already hold spec files), a gone one dropped. */
  private entryRenamed(path: string): void {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // gone
    }
    if (isFolder) {
      if (this.add(path)) this.onChange();
    } else if (this.watchers.has(path)) {
      this.remove(path);
      this.onChange();
    }
  }

  /** Stops watching dir and every folder under it. */
  private remove(dir: string): void {
    for (const [folder, watcher] of this.watchers) {
      if (folder === dir || folder.startsWith(`${dir}${sep}`)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    }
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}
