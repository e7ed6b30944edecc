/**
 * `watch` as a child process on a temporary copy of the mini spec: it picks up an edit (made the way
 * editors save, by replacing the file), survives a broken edit keeping the last good output, and
 * recovers. The warm generator's output is also checked byte for byte against a plain generate.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { WarmGenerator } from "../../generator/cli/warm-generator.js";
import { readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { listFiles } from "../../generator/write/write.js";
import { bin, mini, root, until } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-watch-"));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
  rmSync(temp, { recursive: true, force: true });
});

/** Saves like an editor: write a sibling file, then rename it over the original. */
function save(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

test("watch regenerates on an edit, keeps the last good output on a broken edit, and recovers", async () => {
  const spec = join(temp, "spec/catalogue.yaml");
  const out = join(temp, "out");
  cpSync(mini, spec);
  const original = readFileSync(spec, "utf8");
  let stdout = "";
  let stderr = "";
  child = spawn(process.execPath, [bin, "watch", "--spec", spec, "--out", out], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const runs = () => stdout.split("\n").filter((line) => line.startsWith("regenerated")).length;
  const types = () => readFileSync(join(out, "src/types.ts"), "utf8");

  await until("the first generation", () => runs() === 1, 60_000);
  expect(types()).toContain("A lock was unlocked, by any means.");

  save(spec, original.replace("A lock was unlocked, by any means.", "A lock opened, however it happened."));
  await until("the edit to reach the output", () => runs() === 2);
  expect(types()).toContain("A lock opened, however it happened.");
  expect(stdout).toMatch(/regenerated .*: \d+ files \(\d+ changed\) in \d+ ms, \d+ ms after the change/);

  save(spec, original.replace("enum: LockMethod", "enum: NoSuchEnum"));
  await until("the broken edit to be reported", () => stderr.includes("kept the last good output"));
  expect(stderr).toMatch(/catalogue\.yaml:\d+:\d+: error unknown enum 'NoSuchEnum'/);
  expect(types()).toContain("A lock opened, however it happened.");

  save(spec, original.replace("A lock was unlocked, by any means.", "Back in shape."));
  await until("the repaired spec to reach the output", () => runs() === 3);
  expect(types()).toContain("Back in shape.");
  expect(child.exitCode).toBeNull();
  child.kill("SIGTERM");
  await new Promise((resolve) => child!.once("exit", resolve));
  expect(child.exitCode ?? 0).toBe(0);
}, 120_000);

test("the warm generator's output equals a plain render, after edits too", async () => {
  const specDir = join(temp, "warm");
  const spec = join(specDir, "catalogue.yaml");
  cpSync(mini, spec);
  const out = join(temp, "warm-out");
  const warm = new WarmGenerator({ specPath: spec, outDir: out });
  const original = readFileSync(spec, "utf8");
  for (const text of [original, original.replace("Labels.", "Labels, any number."), original.replace("minimum: -5", "minimum: -6")]) {
    writeFileSync(spec, text);
    await warm.run();
    const expected = await renderCatalogue(readCatalogue({ specPath: spec }));
    expect(listFiles(out)).toEqual(expected.map((f) => f.path));
    for (const file of expected) expect(readFileSync(join(out, file.path), "utf8"), file.path).toBe(file.contents);
  }
}, 120_000);
