/**
 * Which folders `--out` may name. The writer replaces its output folder whole, so it refuses any
 * folder it did not make (non-empty and without the manifest), and any folder that is, holds or lies
 * in the spec or the templates, or that is or holds a git checkout: a mistyped `--out .` must not
 * delete a repository.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { manifestName, readManifest, toolName } from "./manifest.js";
import { OutputError } from "./output-error.js";

/** The real path, also for a path that does not exist yet (its nearest existing folder resolved). */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let existing = absolute;
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    missing.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync.native(existing), ...missing);
}

/** a is b, or lies inside b. */
function within(a: string, b: string): boolean {
  const path = relative(b, a);
  return path === "" || (path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/** The nearest folder at or above dir that holds `.git` (a folder, or a file in a worktree). */
export function checkoutRootOf(dir: string): string | undefined {
  for (let folder = realPathOf(dir); ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

export interface ProtectedPlaces {
  /** The spec file or folder (absent when the spec came as text). */
  specPath?: string;
  /** Template folders: the built-in one and the user's. */
  templatesDirs?: readonly (string | undefined)[];
  /** The generator's own checkout. */
  projectRoot?: string;
  /** Whose repository root is protected too (default: the current directory). */
  cwd?: string;
}

/**
 * Throws OutputError, before anything is touched, when outDir must not be written: it overlaps the
 * spec or the templates, is or holds a checkout, or is a folder the tool does not own.
 */
export function guardOutputFolder(outDir: string, places: ProtectedPlaces = {}): void {
  const out = realPathOf(outDir);
  const shown = (path: string) => relative(process.cwd(), path) || ".";
  const refuse = (why: string) => {
    throw new OutputError(`refusing to write to ${shown(out)}: ${why}. Nothing was changed; choose another --out.`);
  };
  const overlaps = (path: string | undefined, what: string) => {
    if (path === undefined || !existsSync(path)) return;
    const place = realPathOf(path);
    if (place === out) refuse(`it is the ${what} (${shown(place)}), and writing replaces the whole folder`);
    if (within(place, out)) refuse(`it holds the ${what} (${shown(place)}), and writing replaces the whole folder`);
    if (within(out, place)) refuse(`it lies inside the ${what} (${shown(place)})`);
  };
  const holdsCheckout = (root: string | undefined, what: string) => {
    if (root !== undefined && within(root, out)) refuse(`it ${root === out ? "is" : "holds"} ${what} (${shown(root)}), and writing replaces the whole folder`);
  };
  if (places.projectRoot !== undefined && existsSync(join(places.projectRoot, ".git"))) holdsCheckout(realPathOf(places.projectRoot), "the generator's git checkout");
  holdsCheckout(checkoutRootOf(places.cwd ?? process.cwd()), "the git checkout of the current directory");
  if (existsSync(join(out, ".git"))) holdsCheckout(out, "a git checkout");
  if (out.split(sep).includes(".git")) refuse("it lies inside a .git folder");
  overlaps(places.specPath, "spec");
  for (const dir of places.templatesDirs ?? []) overlaps(dir, "templates folder");
  checkOwnership(out);
}

/** Throws OutputError unless outDir is absent, an empty folder, or a folder holding this tool's manifest. */
export function checkOwnership(outDir: string): void {
  const shown = relative(process.cwd(), outDir) || ".";
  let stats;
  try {
    stats = lstatSync(outDir);
  } catch {
    return;
  }
  if (stats.isSymbolicLink()) stats = statSync(outDir);
  if (!stats.isDirectory()) throw new OutputError(`refusing to write to ${shown}: it is a file, not a folder. Nothing was changed; choose another --out.`);
  if (readdirSync(outDir).length === 0) return;
  const manifest = readManifest(outDir);
  if (manifest === "absent" || manifest === "foreign") {
    throw new OutputError(
      `refusing to replace ${shown}: it holds files that ${toolName} did not generate (${manifest === "absent" ? `no ${manifestName} in it` : `its ${manifestName} is not ${toolName}'s`}), and writing replaces the whole folder. Nothing was changed; choose a new or empty folder for --out.`,
    );
  }
}
