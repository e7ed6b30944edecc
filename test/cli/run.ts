/**
 * Runs the command-line tool the way users and CI do. By default in this process (the tool's own
 * runTool, with its standard output and error captured): starting a process proves nothing more for
 * most runs and costs a second of CPU each. With `input`, `env`, `cwd` or `process: true` it starts
 * `bin/seam-events.js` as a child process, for what only a process shows (standard input, the
 * environment, the launcher, exit codes).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { spawn } from "node:child_process";
import { relative, resolve } from "node:path";
import { runTool } from "../../generator/cli/main.js";

export const root = resolve(import.meta.dirname, "../..");
export const bin = resolve(root, "bin/seam-events.js");
export const specs = resolve(root, "test/fixtures/specs");
export const mini = resolve(specs, "mini/catalogue.yaml");

/** A spec with two located problems, and how --json and --format github report them. */
export const broken = resolve(specs, "cli-broken/catalogue.yaml");
/** As the tool names files: relative to the working folder (the tests run from the project's root). */
export const shown = (path: string) => relative(process.cwd(), path);
export const brokenDiagnostics = [
  { file: shown(broken), line: 18, column: 15, code: "unknown_group", message: "unknown group 'no_such_group'" },
  { file: shown(broken), line: 22, column: 15, code: "unknown_enum", message: "unknown enum 'NoSuchEnum'" },
];
export const brokenAnnotations = [
  `::error file=${shown(broken)},line=18,col=15,title=unknown_group::unknown group 'no_such_group'`,
  `::error file=${shown(broken)},line=22,col=15,title=unknown_enum::unknown enum 'NoSuchEnum'`,
];
/** The non-empty lines of an output. */
export const lines = (text: string) => text.split("\n").filter((line) => line !== "");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string;
  cwd?: string;
  env?: Record<string, string>;
  /** Start a child process even when none of the above asks for one. */
  process?: boolean;
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const needsProcess = options.process || options.input !== undefined || options.cwd !== undefined || options.env !== undefined;
  return needsProcess ? runProcess(args, options) : runHere(args);
}

/** The output of the runs in progress here: concurrent runs each write to their own. */
const captured = new AsyncLocalStorage<{ stdout: string; stderr: string }>();
let capturing = false;

function capture(): void {
  if (capturing) return;
  capturing = true;
  for (const name of ["stdout", "stderr"] as const) {
    const stream = process[name];
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const run = captured.getStore();
      if (!run) return write(chunk, ...(rest as []));
      run[name] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
      if (callback) queueMicrotask(callback);
      return true;
    }) as typeof stream.write;
  }
}

async function runHere(args: readonly string[]): Promise<RunResult> {
  capture();
  const output = { stdout: "", stderr: "" };
  const code = await captured.run(output, () => runTool(args));
  return { code, ...output };
}

function runProcess(args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    delete env.NO_COLOR;
    if (options.env?.NO_COLOR !== undefined) env.NO_COLOR = options.env.NO_COLOR;
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Waits until `condition` holds, checking every 50 ms; fails with `what` after `ms`. */
export async function until(what: string, condition: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
