import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { EmittedFile } from "../targets/target.js";

/** The file operations the writer uses; tests swap in one that fails part-way. */
export interface WriteFs {
  writeFile(path: string, contents: string): void;
  rename(from: string, to: string): void;
}

const nodeFs: WriteFs = {
  writeFile: (path, contents) => writeFileSync(path, contents),
  rename: (from, to) => renameSync(from, to),
};

/**
 * Replaces outDir with exactly these files, atomically as far as the file system allows: everything is
 * written to a sibling staging folder first, then the folders are swapped by rename. A failure before
 * the swap leaves outDir as it was and removes the staging folder.
 */
export function writeOutput(outDir: string, files: readonly EmittedFile[], fs: WriteFs = nodeFs): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(outDir)}.staging-${process.pid}`);
  const previous = join(parent, `.${basename(outDir)}.previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      mkdirSync(dirname(target), { recursive: true });
      fs.writeFile(target, file.contents);
    }
    if (existsSync(outDir)) fs.rename(outDir, previous);
    try {
      fs.rename(staging, outDir);
    } catch (error) {
      if (existsSync(previous)) renameSync(previous, outDir);
      throw error;
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Every file under dir, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
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

export interface Drift {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** Compares the output that the spec gives with what is on disk. */
export function findDrift(outDir: string, files: readonly EmittedFile[]): Drift {
  const onDisk = new Set(listFiles(outDir));
  const drift: Drift = { changed: [], missing: [], extra: [] };
  for (const file of files) {
    if (!onDisk.has(file.path)) drift.missing.push(file.path);
    else if (readFileSync(join(outDir, file.path), "utf8") !== file.contents) drift.changed.push(file.path);
    onDisk.delete(file.path);
  }
  drift.extra = [...onDisk].sort();
  return drift;
}

/**
 * Brings outDir from `previous` (what it holds now, by path) to `files`, touching only what differs:
 * watch uses it, where rewriting every file for a one-event edit would cost more than generating it.
 * Each file is replaced atomically (written beside it, then renamed over it); the set as a whole is not.
 * Returns the number of files written or removed.
 */
export function writeChanges(outDir: string, files: readonly EmittedFile[], previous: ReadonlyMap<string, string>, fs: WriteFs = nodeFs): number {
  let changed = 0;
  const next = new Set<string>();
  for (const file of files) {
    next.add(file.path);
    if (previous.get(file.path) === file.contents) continue;
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFile(temporary, file.contents);
    fs.rename(temporary, target);
    changed++;
  }
  for (const path of previous.keys()) {
    if (next.has(path)) continue;
    rmSync(join(outDir, path), { force: true });
    changed++;
  }
  return changed;
}
