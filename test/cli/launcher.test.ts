/**
 * The tool runs compiled from a cache under node_modules/.cache: a copy of the project shows that an
 * edited source is compiled again (known by its content, whatever its file time), and that the tool
 * still runs from the sources when nothing can be written there.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
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
  test("compiles the tool once, again after a source changes, and finds an earlier build by its sources' content", () => {
    const copy = copyOfProject("edited");
    expect(help(copy)).toContain("Generate, check and use");
    const builds = join(copy, "node_modules/.cache/seam-events-cli");
    expect(JSON.parse(readFileSync(join(builds, "inputs.json"), "utf8"))).toContain("generator/cli/main.ts");
    const cliBuilds = () => readdirSync(builds).filter((name) => name.endsWith(".cjs")).sort();
    const [first] = cliBuilds();

    const main = join(copy, "generator/cli/main.ts");
    const original = readFileSync(main, "utf8");
    writeFileSync(main, original.replace("Generate, check and use", "Edited: generate, check and use"));
    expect(help(copy)).toContain("Edited: generate, check and use");
    expect(cliBuilds()).toHaveLength(2);
    // Back to the first text: the first build is used again, nothing is compiled.
    writeFileSync(main, original);
    const firstBuilt = statSync(join(builds, first!)).mtimeMs;
    expect(help(copy)).toContain("Generate, check and use");
    expect(cliBuilds()).toHaveLength(2);
    expect(statSync(join(builds, first!)).mtimeMs).toBe(firstBuilt);
  });

  test("uses an edit whose file time was set back (as cp -p, rsync -a or an untar do)", () => {
    const copy = copyOfProject("time-set-back");
    expect(help(copy)).toContain("Generate, check and use");
    const main = join(copy, "generator/cli/main.ts");
    writeFileSync(main, readFileSync(main, "utf8").replace("Generate, check and use", "Older in time, newer in content: generate, check and use"));
    const longAgo = new Date("2020-01-01T00:00:00Z");
    utimesSync(main, longAgo, longAgo);
    expect(help(copy)).toContain("Older in time, newer in content");
  });

  test("runs the sources through tsx when the cache cannot be written", () => {
    const copy = copyOfProject("read-only");
    writeFileSync(join(copy, "node_modules/.cache"), "a file where the cache folder would be");
    expect(help(copy)).toContain("Generate, check and use");
  });
});

describe("a start of the tool", () => {
  /** The packages whose code a run of the tool loaded (CommonJS ones, as TypeScript and ts-morph are), not those whose version it read. */
  function packagesLoadedBy(args: readonly string[], project: string): string[] {
    const hook = join(temp, "loaded-packages.cjs");
    writeFileSync(hook, 'process.on("exit", () => { const names = new Set(Object.keys(require.cache).filter((path) => !path.endsWith("package.json")).flatMap((path) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(path)?.[1] ?? [])); process.stderr.write(`\\nloaded: ${JSON.stringify([...names])}\\n`); });\n');
    const result = spawnSync(process.execPath, ["--require", hook, join(project, "bin/seam-events.js"), ...args], { cwd: project, encoding: "utf8" });
    const line = result.stderr.split("\n").find((l) => l.startsWith("loaded: "));
    expect(line, result.stderr).toBeDefined();
    return JSON.parse(line!.slice("loaded: ".length)) as string[];
  }

  test("loads TypeScript only for a run that prints or checks new TypeScript", () => {
    // In a copy of the project: its cache on disk is its own, so no other test's run changes it meanwhile.
    // TypeScript is a quarter of a CPU-second at every start otherwise (generator/shared/ts-morph.ts).
    const copy = copyOfProject("cached");
    const spec = join(root, "test/fixtures/specs/mini");
    const out = join(temp, "cached-out");
    // ts-morph ships TypeScript inside @ts-morph/common.
    const typescript = (args: readonly string[]) => packagesLoadedBy(args, copy).filter((name) => name.includes("ts-morph") || name === "typescript");
    for (const args of [["--version"], ["diff", "--help"], ["explain", "unknown_group"]]) expect(typescript(args), args.join(" ")).toEqual([]);
    // The first run prints and type-checks the package; the next ones find all of it in the cache.
    expect(typescript(["generate", "--spec", spec, "--out", out])).toEqual(["ts-morph", "@ts-morph/common"]);
    for (const command of ["generate", "check"]) expect(typescript([command, "--spec", spec, "--out", out]), command).toEqual([]);
  });
});
