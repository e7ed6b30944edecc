/**
 * The tool runs compiled from a cache under node_modules/.cache: a copy of the project shows that an
 * edited source is compiled again, and that the tool still runs from the sources when nothing can be
 * written there.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { root } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-launcher-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The project's sources, with its installed packages linked one by one (its own cache stays apart). */
function copyOfProject(name: string): string {
  const copy = join(temp, name);
  for (const entry of ["bin", "generator", "templates", "spec", "package.json"]) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  mkdirSync(join(copy, "node_modules"));
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry !== ".cache") symlinkSync(join(root, "node_modules", entry), join(copy, "node_modules", entry));
  }
  return copy;
}

const help = (copy: string) => execFileSync(process.execPath, [join(copy, "bin/seam-events.js"), "--help"], { encoding: "utf8" });

describe.concurrent("the launcher", () => {
  test("compiles the tool once and again after a source changes", () => {
    const copy = copyOfProject("edited");
    expect(help(copy)).toContain("Generate, check and use");
    const builds = join(copy, "node_modules/.cache/seam-events-cli");
    const [checkout] = readdirSync(builds);
    const { inputs } = JSON.parse(readFileSync(join(builds, checkout!, "inputs.json"), "utf8")) as { inputs: string[] };
    expect(inputs).toContain("generator/cli/main.ts");

    const main = join(copy, "generator/cli/main.ts");
    const original = readFileSync(main, "utf8");
    writeFileSync(main, original.replace("Generate, check and use", "Edited: generate, check and use"));
    expect(help(copy)).toContain("Edited: generate, check and use");
    // Back to the first text: the first build is found by its content, and then kept.
    writeFileSync(main, original);
    expect(help(copy)).toContain("Generate, check and use");
    const record = join(builds, checkout!, "inputs.json");
    const recorded = statSync(record).mtimeMs;
    expect(help(copy)).toContain("Generate, check and use");
    expect(statSync(record).mtimeMs).toBe(recorded);
  });

  test("runs the sources through tsx when the cache cannot be written", () => {
    const copy = copyOfProject("read-only");
    writeFileSync(join(copy, "node_modules/.cache"), "a file where the cache folder would be");
    expect(help(copy)).toContain("Generate, check and use");
  });
});
