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

  test("keeps the compiled code of the packages it loads, and makes again an entry V8 cannot use", () => {
    const copy = copyOfProject("code-cache");
    const validate = () => execFileSync(process.execPath, [join(copy, "bin/seam-events.js"), "validate", "--help"], { encoding: "utf8" });
    // A command that loads the generator (and so ts-morph, yaml, ajv).
    const fixture = () => execFileSync(process.execPath, [join(copy, "bin/seam-events.js"), "fixture", "lock.locked", "--seed", "1"], { encoding: "utf8" });
    const first = fixture();
    const builds = join(copy, "node_modules/.cache/seam-events-cli");
    const [checkout] = readdirSync(builds);
    const { dir } = JSON.parse(readFileSync(join(builds, checkout!, "inputs.json"), "utf8")) as { dir: string };
    const cacheDir = join(builds, checkout!, dir, "code-cache");
    const entries = readdirSync(cacheDir);
    // TypeScript's compiler and every other module of the listed packages: dozens of entries.
    expect(entries.length).toBeGreaterThan(20);
    const times = new Map(entries.map((entry) => [entry, statSync(join(cacheDir, entry)).mtimeMs]));
    const largest = entries.reduce((a, b) => (statSync(join(cacheDir, a)).size >= statSync(join(cacheDir, b)).size ? a : b));
    writeFileSync(join(cacheDir, largest), "not code V8 made");

    expect(fixture()).toBe(first);
    expect(validate()).toContain("Validate payloads");
    // The corrupt entry was made again; the others were used as they were, not rewritten.
    expect(statSync(join(cacheDir, largest)).size).toBeGreaterThan(1000);
    const rewritten = entries.filter((entry) => statSync(join(cacheDir, entry)).mtimeMs !== times.get(entry));
    expect(rewritten).toEqual([largest]);
  });

  test("runs the sources through tsx when the cache cannot be written", () => {
    const copy = copyOfProject("read-only");
    writeFileSync(join(copy, "node_modules/.cache"), "a file where the cache folder would be");
    expect(help(copy)).toContain("Generate, check and use");
  });
});
