import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { CacheFile } from "../../generator/cache/cache-file.js";
import { checkOutput, generate as generateUncached, readCatalogue, renderCatalogue, SpecError, type GenerateOptions } from "../../generator/pipeline.js";
import { listFiles, writeChanges, writeOutput, type WriteFs } from "../../generator/write/write.js";

const specPath = "test/fixtures/specs/mini";
let workDir: string;
let outDir: string;

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), "seam-events-write-"));
  outDir = join(workDir, "generated");
});
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * What is tested here is writing: the runs share one tool cache (formatted text, passed type-checks),
 * which only spares the format and type-check stages their work (the output is the same without it,
 * test/cli/commands.test.ts), so that only the first run of the file pays for them.
 */
const cacheDir = mkdtempSync(join(tmpdir(), "seam-events-write-cache-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const diskCache = CacheFile.open(cacheDir);
const generate = (options: GenerateOptions, fs?: WriteFs) => generateUncached({ diskCache, ...options }, fs);

/** Every file under a folder with its contents, to compare whole trees. */
function snapshotTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), "utf8")]));
}

describe("writing", () => {
  it("gives byte-identical files for the same spec", async () => {
    const first = await renderCatalogue(readCatalogue({ specPath }));
    const second = await renderCatalogue(readCatalogue({ specPath }));
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(5);
  });

  it("replaces the output folder with exactly the new files", async () => {
    await generate({ specPath, outDir });
    writeFileSync(join(outDir, "stale.txt"), "left over from an older run");
    const files = await generate({ specPath, outDir });
    expect(listFiles(outDir)).toEqual(files.map((f) => f.path).sort());
  });

  it("leaves the output exactly as it was when writing fails part-way", async () => {
    await generate({ specPath, outDir });
    const before = snapshotTree(outDir);
    let writes = 0;
    const failing: WriteFs = {
      writeFile(path, contents) {
        if (++writes === 4) throw new Error("disk full (injected)");
        writeFileSync(path, contents);
      },
      rename() {
        throw new Error("not reached");
      },
    };
    await expect(generate({ specPath, outDir }, failing)).rejects.toThrow("disk full (injected)");
    expect(snapshotTree(outDir)).toEqual(before);
    expect(readdirSync(workDir)).toEqual(["generated"]);
  });

  it("for watch, writes only the files that differ and removes the ones that are gone", () => {
    writeOutput(outDir, [
      { path: "same.txt", contents: "same" },
      { path: "sub/edited.txt", contents: "old" },
      { path: "gone.txt", contents: "bye" },
    ]);
    const written: string[] = [];
    const counting: WriteFs = {
      writeFile: (path, contents) => (written.push(path), writeFileSync(path, contents)),
      rename: (from, to) => renameSync(from, to),
    };
    const next = [
      { path: "same.txt", contents: "same" },
      { path: "sub/edited.txt", contents: "new" },
      { path: "deep/new.txt", contents: "hello" },
    ];
    const changed = writeChanges(outDir, next, new Map(Object.entries(snapshotTree(outDir))), counting);
    expect(changed).toBe(3);
    expect(written.map((path) => path.slice(outDir.length + 1).replace(/\.\d+\.tmp$/, ""))).toEqual(["sub/edited.txt", "deep/new.txt"]);
    expect(snapshotTree(outDir)).toEqual({ "deep/new.txt": "hello", "same.txt": "same", "sub/edited.txt": "new" });
  });

  it("restores the old output when the final swap fails", () => {
    writeOutput(outDir, [{ path: "a.txt", contents: "old" }]);
    let renames = 0;
    const failingSwap: WriteFs = {
      writeFile: (path, contents) => writeFileSync(path, contents),
      rename(from, to) {
        if (++renames === 2) throw new Error("rename failed (injected)");
        // the first rename moves the old output aside
        rmSync(to, { recursive: true, force: true });
        renameSync(from, to);
      },
    };
    expect(() => writeOutput(outDir, [{ path: "a.txt", contents: "new" }], failingSwap)).toThrow("rename failed");
    expect(snapshotTree(outDir)).toEqual({ "a.txt": "old" });
    expect(readdirSync(workDir)).toEqual(["generated"]);
  });

  it("writes nothing for an invalid spec", async () => {
    await generate({ specPath, outDir });
    const before = snapshotTree(outDir);
    const sources = new Map([["bad.yaml", "events:\n  lock.locked:\n    description: no package, no family\n"]]);
    await expect(generate({ sources, outDir })).rejects.toBeInstanceOf(SpecError);
    expect(snapshotTree(outDir)).toEqual(before);
  });
});

describe("check", () => {
  it("finds nothing when the output is in step, and names changed, missing and extra files", async () => {
    await generate({ specPath, outDir });
    expect(await checkOutput({ specPath, outDir, diskCache })).toEqual({ changed: [], missing: [], extra: [] });

    writeFileSync(join(outDir, "src/types.ts"), "// edited by hand\n");
    rmSync(join(outDir, "README.md"));
    writeFileSync(join(outDir, "notes.txt"), "mine");
    expect(await checkOutput({ specPath, outDir, diskCache })).toEqual({
      changed: ["src/types.ts"],
      missing: ["README.md"],
      extra: ["notes.txt"],
    });
  });
});
