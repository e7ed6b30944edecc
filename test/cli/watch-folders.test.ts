/**
 * `watch` on a spec folder notices spec files that arrive in folders made after it started (made and
 * filled at once, as `mkdir -p` and a copy or a checkout do, so the files may be there before the
 * folder's watcher is), and notices such a folder going away.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { bin, mini, root, until } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-watch-folders-"));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
  rmSync(temp, { recursive: true, force: true });
});

const jammed = `events:
  lock.jammed:
    description: A lock reported that its bolt is stuck.
    include: [device_scoped]
`;

test("watch picks up spec files in a sub-folder created after it started, and the folder's removal", async () => {
  const spec = join(temp, "spec");
  const out = join(temp, "out");
  mkdirSync(spec);
  cpSync(mini, join(spec, "catalogue.yaml"));
  let stdout = "";
  let stderr = "";
  child = spawn(process.execPath, [bin, "watch", "--spec", spec, "--out", out, "--only", "types"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const runs = () => stdout.split("\n").filter((line) => line.startsWith("regenerated")).length;
  const types = () => readFileSync(join(out, "src/types.ts"), "utf8");

  await until("the first generation", () => runs() === 1, 60_000);
  expect(types()).not.toContain("A lock reported that its bolt is stuck.");

  // Two new levels of folders and the file in the deepest, made as fast as the process can.
  mkdirSync(join(spec, "more/deeper"), { recursive: true });
  writeFileSync(join(spec, "more/deeper/jammed.yaml"), jammed);
  await until(`the new folder's spec file to reach the output (stderr: ${stderr})`, () => types().includes("A lock reported that its bolt is stuck."));

  // A file added later to the (now watched) new folder.
  const before = runs();
  writeFileSync(join(spec, "more/deeper/jammed.yaml"), jammed.replace("its bolt is stuck", "its bolt will not move"));
  await until("an edit in the new folder to reach the output", () => types().includes("its bolt will not move") && runs() > before);

  rmSync(join(spec, "more"), { recursive: true });
  await until("the removed folder's event to leave the output", () => !types().includes("its bolt will not move"));
  expect(stderr).toBe("");
  child.kill("SIGTERM");
  await new Promise((resolve) => child!.once("exit", resolve));
}, 120_000);
