/** Reading a spec from disk: which files it has, and their text, decoded strictly as UTF-8. */
import { lstatSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { SpecError, type Diagnostic } from "../diagnostics/diagnostic.js";
import { positionAt } from "./position.js";

/**
 * Lists the YAML files of a spec: the file itself, or every *.yaml / *.yml below a folder, in a stable
 * order, with the folders that could not be listed.
 */
export function listSpecFiles(specPath: string): { files: string[]; unlisted: { path: string; error: unknown }[] } {
  if (!statSync(specPath).isDirectory()) return { files: [specPath], unlisted: [] };
  const files: string[] = [];
  const unlisted: { path: string; error: unknown }[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unlisted.push({ path: dir, error });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      // A linked folder is not followed (it could lead back up the tree); a linked *.yaml is read, and
      // reported when it cannot be.
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) files.push(full);
    }
  };
  walk(specPath);
  return { files, unlisted };
}

/**
 * Reads every spec file as strict UTF-8 (a byte that is not UTF-8 is reported, never replaced by
 * U+FFFD). Throws SpecError naming every file that cannot be read or decoded; a spec path that does
 * not exist at all throws as fs does.
 */
export function readSpecSources(specPath: string, displayRoot = process.cwd()): Map<string, string> {
  const sources = new Map<string, string>();
  const { files, unlisted } = listSpecFiles(specPath);
  const problems: Diagnostic[] = unlisted.map(({ path, error }) => ({
    code: "unreadable_file",
    message: `cannot list this spec folder: ${whyUnreadable(path, error)}`,
    location: { file: relative(displayRoot, path) || path, line: 1, column: 1 },
  }));
  for (const path of files) {
    const file = relative(displayRoot, path) || path;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      problems.push({ code: "unreadable_file", message: `cannot read this spec file: ${whyUnreadable(path, error)}`, location: { file, line: 1, column: 1 } });
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (typeof decoded === "string") sources.set(path, decoded);
    else {
      problems.push({
        code: "invalid_utf8",
        message: `byte 0x${decoded.byte.toString(16).padStart(2, "0")} is not UTF-8: save the file as UTF-8`,
        location: { file, ...decoded.position },
      });
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return sources;
}

function whyUnreadable(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    // Gone since it was listed: the errno says enough.
  }
  if (code === "ENOENT" && link) return "a symbolic link to nothing";
  if (code === "ENOENT") return "it was removed while the spec was read";
  if (code === "EISDIR") return link ? "a symbolic link to a folder" : "a folder named like a spec file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "a loop of symbolic links";
  return code ?? String(error);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/** The text, or the first byte that is not UTF-8 with its line and column. */
function decodeUtf8(bytes: Uint8Array): string | { byte: number; position: { line: number; column: number } } {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Find the first replacement character that stands for a bad byte rather than a real U+FFFD.
    const text = lenientUtf8.decode(bytes);
    let offset = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
        return { byte: bytes[offset]!, position: positionAt(text, i) };
      }
      if (code > 0xffff) i++;
      offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }
    return { byte: bytes[0] ?? 0, position: { line: 1, column: 1 } };
  }
}
