import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { EmittedFile } from "../targets/target.js";
import { checkEmittedPaths, isSafeEmittedPath } from "./emitted-paths.js";
import { acquireLock, type Lock } from "./lock.js";
import { manifestFile, manifestListing, manifestName, readManifest } from "./manifest.js";
import { OutputError } from "./output-error.js";
import { checkOwnership, realPathOf } from "./output-folder.js";
import { stepDone } from "./steps.js";
import { hasLeftovers, recoverSwap, swapPathsOf, type SwapPaths } from "./swap.js";

export { OutputError };

/** The file operations the writer uses; tests swap in one that fails part-way. */
export interface WriteFs {
  writeFile(path: string, contents: string): void;
  rename(from: string, to: string): void;
}

export interface WriteOptions {
  /** How long to wait for another run writing the same folder (default 20 s). */
  lockWaitMs?: number;
}

const nodeFs: WriteFs = {
  writeFile: (path, contents) => writeFileSync(path, contents),
  rename: (from, to) => renameSync(from, to),
};

const defaultLockWaitMs = 20_000;

/**
 * Runs `write` with the output folder's lock held, after repairing what a killed run left (swap.ts),
 * and only if the folder is the tool's to write (output-folder.ts).
 */
function withOutputLocked<T>(paths: SwapPaths, options: WriteOptions, write: (lock: Lock) => T): T {
  const shown = relative(process.cwd(), paths.out) || ".";
  try {
    mkdirSync(dirname(paths.out), { recursive: true });
    const lock = acquireLock(paths.lock, shown, options.lockWaitMs ?? defaultLockWaitMs);
    try {
      stepDone("locked");
      recoverSwap(paths);
      checkOwnership(paths.out);
      return write(lock);
    } finally {
      lock.release();
      stepDone("unlocked");
    }
  } catch (error) {
    // A file system error (no permission, no space) is the user's to fix: its message, not a stack.
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof OutputError || typeof code !== "string") throw error;
    throw new OutputError(`could not write ${shown}: ${(error as Error).message}. The folder holds the old files or the new ones (the next run tidies up).`);
  }
}

/**
 * Replaces outDir with exactly these files plus the manifest, so that at every instant either the old
 * tree or the new one is whole (see swap.ts for the steps and what each kill leaves). A failure before
 * the swap leaves outDir as it was and removes the staging folder. Refuses, writing nothing, unsafe
 * paths (emitted-paths.ts) and a folder the tool does not own (output-folder.ts).
 */
export function writeOutput(outDir: string, files: readonly EmittedFile[], fs: WriteFs = nodeFs, options: WriteOptions = {}): void {
  const paths = swapPathsOf(realPathOf(outDir));
  checkEmittedPaths(paths.out, files.map((file) => file.path));
  withOutputLocked(paths, options, (lock) => {
    try {
      for (const file of [...files, manifestFile(files)]) {
        const target = join(paths.staging, file.path);
        mkdirSync(dirname(target), { recursive: true });
        fs.writeFile(target, file.contents);
        stepDone(`staged ${file.path}`);
      }
      if (!lock.held()) throw new OutputError(`lost the lock on ${paths.out} to another run; the output folder is unchanged`);
      if (existsSync(paths.out)) {
        fs.rename(paths.out, paths.previous);
        stepDone("moved the old output aside");
      }
      try {
        fs.rename(paths.staging, paths.out);
      } catch (error) {
        if (existsSync(paths.previous) && !existsSync(paths.out)) renameSync(paths.previous, paths.out);
        throw error;
      }
      stepDone("moved the new output in");
    } catch (error) {
      rmSync(paths.staging, { recursive: true, force: true });
      throw error;
    }
    rmSync(paths.previous, { recursive: true, force: true });
    stepDone("removed the old output");
  });
}

/** Every file that dir holds as paths relative to it with forward slashes, the manifest included. */
function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === "node_modules") continue;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else found.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, "");
  return found.sort();
}

/** The generated files under dir, as paths relative to it with forward slashes: every file but the manifest, which lists them. */
export function listFiles(dir: string): string[] {
  return allFiles(dir).filter((path) => path !== manifestName);
}

export interface Drift {
  changed: string[];
  missing: string[];
  extra: string[];
}

/**
 * Repairs what a killed write left beside outDir (swap.ts), under the lock, so that outDir is a whole
 * tree again; does nothing, and takes no lock, when there is nothing to repair. Every write does
 * the same first.
 */
export function repairOutput(outDir: string, options: WriteOptions = {}): SwapPaths {
  const paths = swapPathsOf(realPathOf(outDir));
  if (!hasLeftovers(paths)) return paths;
  const lock = acquireLock(paths.lock, relative(process.cwd(), paths.out) || ".", options.lockWaitMs ?? defaultLockWaitMs);
  try {
    recoverSwap(paths);
  } finally {
    lock.release();
  }
  return paths;
}

/**
 * Compares the output that the spec gives (and its manifest) with what is on disk, after repairing
 * what a killed run may have left, so that an interrupted swap is not reported as drift.
 */
export function findDrift(outDir: string, files: readonly EmittedFile[], options: WriteOptions = {}): Drift {
  const paths = repairOutput(outDir, options);
  const onDisk = new Set(allFiles(paths.out));
  const drift: Drift = { changed: [], missing: [], extra: [] };
  for (const file of [...files, manifestFile(files)]) {
    if (!onDisk.has(file.path)) drift.missing.push(file.path);
    else if (readFileSync(join(paths.out, file.path), "utf8") !== file.contents) drift.changed.push(file.path);
    onDisk.delete(file.path);
  }
  drift.missing.sort();
  drift.changed.sort();
  drift.extra = [...onDisk].sort();
  return drift;
}

/** Refuses to write through a symbolic link inside the output folder: it could point anywhere. */
function assertNoLinkOnTheWay(outDir: string, path: string): void {
  const segments = path.split("/");
  for (let end = 1; end <= segments.length; end++) {
    const partial = join(outDir, ...segments.slice(0, end));
    let isLink;
    try {
      isLink = lstatSync(partial).isSymbolicLink();
    } catch {
      return; // nothing there yet, nor below
    }
    if (isLink && end < segments.length) throw new OutputError(`refusing to write ${path}: ${relative(process.cwd(), partial)} is a symbolic link, and the output stays inside its folder`);
  }
}

/** Writes a file beside its target, then renames it over the target: readers see the old or the new text. */
function replaceFile(target: string, contents: string, fs: WriteFs): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFile(temporary, contents);
  fs.rename(temporary, target);
}

/**
 * Brings outDir from `previous` (what it holds now, by path) to `files`, touching only what differs:
 * watch uses it, where rewriting every file for a one-event edit would cost more than generating it.
 * Each file is replaced atomically (written beside it, then renamed over it); the set as a whole is not.
 * The same rules as writeOutput apply: safe paths, an owned folder, the lock. Files the manifest on
 * disk lists and that are no longer emitted are removed too. Returns the number of files written or
 * removed (the manifest not counted).
 */
export function writeChanges(outDir: string, files: readonly EmittedFile[], previous: ReadonlyMap<string, string>, fs: WriteFs = nodeFs, options: WriteOptions = {}): number {
  const paths = swapPathsOf(realPathOf(outDir));
  checkEmittedPaths(paths.out, files.map((file) => file.path));
  return withOutputLocked(paths, options, () => {
    const manifest = readManifest(paths.out);
    const listed = typeof manifest === "object" ? manifest.files.filter((path) => isSafeEmittedPath(paths.out, path)) : [];
    // The manifest is the writer's own record, not one of the files (nor written through `fs`). It
    // lists every file written here before any is, so that a run killed part-way leaves a folder
    // that is still the tool's, with everything it wrote accounted for; it is trimmed at the end.
    const mark = (listing: EmittedFile) => {
      const path = join(paths.out, manifestName);
      if (!existsSync(path) || readFileSync(path, "utf8") !== listing.contents) replaceFile(path, listing.contents, nodeFs);
    };
    mark(manifestListing([...listed, ...files.map((file) => file.path)]));
    let changed = 0;
    const next = new Set<string>();
    for (const file of files) {
      next.add(file.path);
      if (previous.get(file.path) === file.contents) continue;
      assertNoLinkOnTheWay(paths.out, file.path);
      replaceFile(join(paths.out, file.path), file.contents, fs);
      changed++;
    }
    for (const path of new Set([...previous.keys(), ...listed])) {
      if (next.has(path) || path === manifestName || !isSafeEmittedPath(paths.out, path)) continue;
      assertNoLinkOnTheWay(paths.out, path);
      const target = join(paths.out, path);
      if (!existsSync(target)) continue;
      rmSync(target, { force: true });
      changed++;
    }
    mark(manifestFile(files));
    return changed;
  });
}
