/** Files the tool keeps in its cache folder between runs (the cache file, the compiled spec schema). */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { threadId } from "node:worker_threads";

/**
 * Writes the file whole, then renames it into place (a concurrent run never reads half of it), and
 * removes the files beside it that `others` matches: kept for versions or options no longer installed.
 * Throws if the folder cannot be written: callers skip the cache then.
 */
export function keepFile(path: string, contents: string, others: RegExp): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.${threadId}`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
  for (const name of readdirSync(dirname(path))) {
    if (others.test(name) && name !== basename(path)) rmSync(join(dirname(path), name), { force: true });
  }
}

const require = createRequire(import.meta.url);

/** The installed version of a package: part of what names a kept file. */
export function versionOf(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}
