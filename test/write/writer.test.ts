/**
 * The writer's rules, on the real file system: unsafe emitted paths are refused with nothing written,
 * a folder the tool does not own is never replaced, the state a killed swap leaves is repaired by the
 * next write and by check, and the lock keeps a second writer out (or takes over a dead one's).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { manifestFile, manifestName } from "../../generator/write/manifest.js";
import { findDrift, listFiles, OutputError, writeChanges, writeOutput } from "../../generator/write/write.js";
import { treeOf } from "./tree.js";

let workDir: string;
let outDir: string;
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), "seam-events-writer-"));
  outDir = join(workDir, "out");
});
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

/** Where the writer keeps its lock and the two folders of a swap, beside the output. */
const swapPath = (what: string) => join(workDir, `.out.seam-events-${what}`);

const oldFiles = [
  { path: "README.md", contents: "old readme\n" },
  { path: "docs/lock.md", contents: "# Locks, old\n" },
];
const newFiles = [
  { path: "README.md", contents: "new readme\n" },
  { path: "docs/device.md", contents: "# Devices\n" },
];

describe("emitted paths", () => {
  const unsafe: [string, string[], RegExp][] = [
    ["an absolute path", ["/etc/passwd"], /"\/etc\/passwd" is absolute/],
    ["a Windows drive path", ["C:/Windows/win.ini"], /is absolute/],
    ["a parent segment", ["../README.md"], /has a '\.\.' segment/],
    ["a parent segment further in", ["docs/../../ESCAPED.md"], /has a '\.\.' segment/],
    ["a current-folder segment", ["docs/./lock.md"], /has a '\.' segment/],
    ["an empty segment", ["docs//lock.md"], /has an empty segment/],
    ["a trailing slash", ["docs/"], /has an empty segment/],
    ["an empty path", [""], /is empty/],
    ["a NUL byte", ["docs/lock\u0000.md"], /contains a NUL character/],
    ["a newline", ["docs/lock\n.md"], /contains a control character/],
    ["a backslash", ["docs\\..\\..\\x.md"], /contains a backslash/],
    ["a UNC path", ["\\\\server\\share\\x.md"], /contains a backslash/],
    ["a Windows-forbidden character", ["docs/a:b.md"], /Windows forbids/],
    ["a Windows device name", ["docs/con.md"], /device name on Windows/],
    ["a segment ending in a dot", ["docs./lock.md"], /ending in a dot or a space/],
    ["the manifest's own name", [manifestName], /the tool's own manifest/],
    ["two paths differing only in case", ["docs/README.md", "docs/readme.md"], /differ only in case/],
    ["two paths differing only in Unicode form", ["docs/caf\u00e9.md", "docs/cafe\u0301.md"], /Unicode form/],
    ["the same path twice", ["docs/a.md", "docs/a.md"], /"docs\/a\.md" is emitted more than once/],
    ["a file that another path needs as a folder", ["docs", "docs/lock.md"], /"docs" is a file, and "docs\/lock\.md" needs it to be a folder/],
  ];

  it.each(unsafe)("refuses %s, writing nothing", (_, paths, message) => {
    writeOutput(outDir, oldFiles);
    const before = treeOf(workDir);
    const files = paths.map((path) => ({ path, contents: "x" }));
    for (const write of [() => writeOutput(outDir, files), () => writeChanges(outDir, files, new Map())]) {
      let thrown: unknown;
      try {
        write();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(OutputError);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).toMatch(/nothing was written/);
      expect(treeOf(workDir)).toEqual(before);
    }
  });

  it("names every unsafe path at once", () => {
    expect(() => writeOutput(outDir, [{ path: "/a", contents: "" }, { path: "../b", contents: "" }, { path: "ok.md", contents: "" }])).toThrow(
      /2 emitted paths are unsafe.*\n {2}"\/a" is absolute\n {2}"\.\.\/b" has a '\.\.' segment/,
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it("accepts ordinary nested paths and writes the manifest beside them", () => {
    writeOutput(outDir, [...newFiles, { path: "schema/LockUnlockedEvent.json", contents: "{}\n" }]);
    expect(listFiles(outDir)).toEqual(["README.md", "docs/device.md", "schema/LockUnlockedEvent.json"]);
    const manifest = JSON.parse(readFileSync(join(outDir, manifestName), "utf8")) as { generator: string; files: string[] };
    expect(manifest.generator).toBe("seam-events");
    expect(manifest.files).toEqual(["README.md", "docs/device.md", "schema/LockUnlockedEvent.json"]);
  });
});

describe("the output folder", () => {
  it("is never replaced when it holds files the tool did not write", () => {
    mkdirSync(outDir);
    writeFileSync(join(outDir, "index.html"), "<h1>my site</h1>");
    const before = treeOf(workDir);
    expect(() => writeOutput(outDir, newFiles)).toThrow(/refusing to replace .*no \.seam-events-manifest\.json in it/);
    expect(() => writeChanges(outDir, newFiles, new Map())).toThrow(/refusing to replace/);
    expect(treeOf(workDir)).toEqual(before);
  });

  it("is not replaced when its manifest is not the tool's", () => {
    mkdirSync(outDir);
    writeFileSync(join(outDir, manifestName), '{"generator":"something-else","files":[]}');
    writeFileSync(join(outDir, "keep.txt"), "mine");
    const before = treeOf(workDir);
    expect(() => writeOutput(outDir, newFiles)).toThrow(/is not seam-events's/);
    expect(treeOf(workDir)).toEqual(before);
  });

  it("may be an empty folder, or a folder the tool wrote", () => {
    mkdirSync(outDir);
    writeOutput(outDir, oldFiles);
    writeOutput(outDir, newFiles);
    expect(listFiles(outDir)).toEqual(["README.md", "docs/device.md"]);
    expect(readdirSync(workDir)).toEqual(["out"]);
  });

  it("is written through a link to it, and the link stays", () => {
    writeOutput(join(workDir, "real"), oldFiles);
    symlinkSync(join(workDir, "real"), outDir);
    writeOutput(outDir, newFiles);
    expect(treeOf(workDir)["out"]).toBe(`link -> ${join(workDir, "real")}`);
    expect(listFiles(join(workDir, "real"))).toEqual(["README.md", "docs/device.md"]);
  });

  it("is not written through a link inside it (watch writes in place)", () => {
    writeOutput(outDir, oldFiles);
    const elsewhere = join(workDir, "elsewhere");
    mkdirSync(elsewhere);
    rmSync(join(outDir, "docs"), { recursive: true });
    symlinkSync(elsewhere, join(outDir, "docs"));
    expect(() => writeChanges(outDir, newFiles, new Map())).toThrow(/docs is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe("writing in place (watch)", () => {
  it("marks a new folder as the tool's before writing into it, so a run stopped part-way leaves it the tool's", () => {
    let writes = 0;
    const failing = {
      writeFile(path: string, contents: string) {
        if (++writes === 2) throw new Error("disk full (injected)");
        writeFileSync(path, contents);
      },
      rename: (from: string, to: string) => renameSync(from, to),
    };
    expect(() => writeChanges(outDir, newFiles, new Map(), failing)).toThrow("disk full (injected)");
    const manifest = JSON.parse(readFileSync(join(outDir, manifestName), "utf8")) as { files: string[] };
    expect(manifest.files).toEqual(["README.md", "docs/device.md"]);
    writeOutput(outDir, oldFiles);
    expect(listFiles(outDir)).toEqual(["README.md", "docs/lock.md"]);
  });

  it("removes the files its manifest lists and no longer emitted, even when the caller knows of none", () => {
    writeOutput(outDir, oldFiles);
    const changed = writeChanges(outDir, newFiles, new Map());
    expect(changed).toBe(3);
    expect(listFiles(outDir)).toEqual(["README.md", "docs/device.md"]);
    expect(findDrift(outDir, newFiles)).toEqual({ changed: [], missing: [], extra: [] });
  });

  it("never removes a path a tampered manifest lists outside the folder", () => {
    writeOutput(outDir, oldFiles);
    writeFileSync(join(workDir, "victim.txt"), "keep me");
    const tampered = JSON.parse(readFileSync(join(outDir, manifestName), "utf8")) as { files: string[] };
    tampered.files.push("../victim.txt");
    writeFileSync(join(outDir, manifestName), JSON.stringify(tampered));
    writeChanges(outDir, newFiles, new Map());
    expect(readFileSync(join(workDir, "victim.txt"), "utf8")).toBe("keep me");
  });
});

describe("after a killed run", () => {
  it("puts the old tree back when the run was killed between the two renames", () => {
    writeOutput(outDir, oldFiles);
    const old = treeOf(outDir);
    // What a kill between the renames leaves: the old tree moved aside, the new one whole in staging.
    writeOutput(join(workDir, "new"), newFiles);
    renameSync(outDir, swapPath("previous"));
    renameSync(join(workDir, "new"), swapPath("staging"));
    expect(findDrift(outDir, oldFiles)).toEqual({ changed: [], missing: [], extra: [] });
    expect(treeOf(outDir)).toEqual(old);
    expect(readdirSync(workDir)).toEqual(["out"]);
  });

  it("collects a half-removed previous tree and a half-written staging folder, keeping the output", () => {
    writeOutput(outDir, newFiles);
    mkdirSync(join(swapPath("previous"), "docs"), { recursive: true });
    writeFileSync(join(swapPath("previous"), "docs/lock.md"), "half removed");
    mkdirSync(swapPath("staging"));
    writeFileSync(join(swapPath("staging"), "README.md"), "half written");
    writeOutput(outDir, newFiles);
    expect(listFiles(outDir)).toEqual(["README.md", "docs/device.md"]);
    expect(readdirSync(workDir)).toEqual(["out"]);
  });

  it("also collects the folders that earlier versions of the writer left (.out.staging-PID, .out.previous-PID)", async () => {
    writeOutput(outDir, oldFiles);
    const old = treeOf(outDir);
    const dead = await deadPid();
    renameSync(outDir, join(workDir, `.out.previous-${dead}`));
    mkdirSync(join(workDir, `.out.staging-${dead}`));
    writeFileSync(join(workDir, `.out.staging-${dead}`, "README.md"), "half written");
    mkdirSync(join(workDir, `.out.staging-${process.pid}`)); // a live process's: not ours to touch
    expect(findDrift(outDir, oldFiles)).toEqual({ changed: [], missing: [], extra: [] });
    expect(treeOf(outDir)).toEqual(old);
    expect(readdirSync(workDir).sort()).toEqual([`.out.staging-${process.pid}`, "out"]);
  });

  it("takes over the lock of a dead process, and its half-made lock files", async () => {
    writeOutput(outDir, oldFiles);
    const dead = await deadPid();
    writeFileSync(swapPath("lock"), JSON.stringify({ pid: dead, host: hostname(), token: "aaaa" }));
    writeFileSync(`${swapPath("lock")}-${dead}-bbbb`, "prepared, never linked");
    writeOutput(outDir, newFiles, undefined, { lockWaitMs: 1000 });
    expect(listFiles(outDir)).toEqual(["README.md", "docs/device.md"]);
    expect(readdirSync(workDir)).toEqual(["out"]);
  });
});

describe("the lock", () => {
  it("keeps a writer out while a live process holds it, then lets it in", async () => {
    writeOutput(outDir, oldFiles);
    const before = treeOf(workDir);
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
    try {
      const lock = JSON.stringify({ pid: holder.pid, host: hostname(), token: "cccc" });
      writeFileSync(swapPath("lock"), lock);
      const started = Date.now();
      expect(() => writeOutput(outDir, newFiles, undefined, { lockWaitMs: 300 })).toThrow(
        new RegExp(`another seam-events run \\(pid ${holder.pid}\\) is writing .*out; gave up after waiting 0\\.3 s\\. If no such run is going on, delete .*\\.out\\.seam-events-lock`),
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(treeOf(workDir)).toEqual({ ...before, ".out.seam-events-lock": Buffer.from(lock).toString("base64") });
    } finally {
      holder.kill("SIGKILL");
      await new Promise((resolve) => holder.once("exit", resolve));
    }
    writeOutput(outDir, newFiles, undefined, { lockWaitMs: 1000 });
    expect(listFiles(outDir)).toEqual(["README.md", "docs/device.md"]);
    expect(readdirSync(workDir)).toEqual(["out"]);
  });
});

describe("check", () => {
  it("reports a hand-edited or missing manifest like any other generated file", () => {
    writeOutput(outDir, newFiles);
    expect(findDrift(outDir, newFiles)).toEqual({ changed: [], missing: [], extra: [] });
    writeFileSync(join(outDir, manifestName), manifestFile(oldFiles).contents);
    expect(findDrift(outDir, newFiles)).toEqual({ changed: [manifestName], missing: [], extra: [] });
    rmSync(join(outDir, manifestName));
    expect(findDrift(outDir, newFiles)).toEqual({ changed: [], missing: [manifestName], extra: [] });
  });
});

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}
