/** Runs the command-line tool as a child process, the way users and CI do. */
import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");
export const bin = resolve(root, "bin/seam-events.js");
export const specs = resolve(root, "test/fixtures/specs");
export const mini = resolve(specs, "mini/catalogue.yaml");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
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
