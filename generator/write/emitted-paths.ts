/**
 * The one rule for the paths targets emit: each must name a file inside the output folder, the same
 * file on every platform, and no two may land on the same file. Paths come from spec text (family
 * names become page names), so this is the last line of defence against a spec writing elsewhere.
 */
import { isAbsolute, relative, resolve, win32 } from "node:path";
import { manifestName } from "./manifest.js";
import { OutputError } from "./output-error.js";

// Characters Windows refuses in a file name; a package written here is also checked out there.
const windowsForbidden = /[<>:"|?*]/;
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const controlCharacter = /[\u0000-\u001f\u007f]/;

/** What is wrong with one path on its own, or undefined. */
function problemOf(outDir: string, path: string): string | undefined {
  if (path === "") return "is empty";
  if (controlCharacter.test(path)) return path.includes("\u0000") ? "contains a NUL character" : "contains a control character";
  if (path.includes("\\")) return "contains a backslash (paths use forward slashes)";
  if (path.startsWith("/") || isAbsolute(path) || win32.isAbsolute(path)) return "is absolute";
  for (const segment of path.split("/")) {
    if (segment === "") return "has an empty segment";
    if (segment === "." || segment === "..") return `has a '${segment}' segment`;
    if (windowsForbidden.test(segment)) return "contains a character that Windows forbids in file names";
    if (/[. ]$/.test(segment)) return "has a segment ending in a dot or a space, which Windows drops";
    if (windowsDeviceName.test(segment)) return `has the segment '${segment}', a device name on Windows`;
  }
  const inside = relative(outDir, resolve(outDir, path));
  if (inside === "" || inside === ".." || inside.startsWith("../") || isAbsolute(inside)) return "resolves outside the output folder";
  if (path.toLowerCase() === manifestName) return "is the name of the tool's own manifest";
  return undefined;
}

/** Case-insensitive file systems (macOS, Windows) and macOS's Unicode normalisation make these one file. */
function sameFileKey(path: string): string {
  return path.normalize("NFC").toLowerCase();
}

/** Throws OutputError naming every emitted path that breaks the rule; returns when all are safe. */
export function checkEmittedPaths(outDir: string, paths: readonly string[]): void {
  const problems: string[] = [];
  const shown = (path: string) => JSON.stringify(path);
  for (const path of paths) {
    const problem = problemOf(outDir, path);
    if (problem) problems.push(`${shown(path)} ${problem}`);
  }
  const files = new Map<string, string>();
  for (const path of paths) {
    const key = sameFileKey(path);
    const seen = files.get(key);
    if (seen === undefined) files.set(key, path);
    else if (seen === path) problems.push(`${shown(path)} is emitted more than once (one would be lost)`);
    else problems.push(`${shown(seen)} and ${shown(path)} differ only in case or Unicode form, and would be one file on macOS and Windows`);
  }
  for (const path of paths) {
    const segments = sameFileKey(path).split("/");
    for (let end = 1; end < segments.length; end++) {
      const file = files.get(segments.slice(0, end).join("/"));
      if (file !== undefined) problems.push(`${shown(file)} is a file, and ${shown(path)} needs it to be a folder`);
    }
  }
  if (problems.length > 0) {
    throw new OutputError(`refusing to write: ${problems.length === 1 ? "an emitted path is unsafe" : `${problems.length} emitted paths are unsafe`}, nothing was written:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

/** Whether one path keeps to the rule (for paths read back from a manifest on disk). */
export function isSafeEmittedPath(outDir: string, path: string): boolean {
  return problemOf(outDir, path) === undefined;
}
