import { lstatSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, type Alias, type Document, type Node, type YAMLError } from "yaml";
import { SpecError, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";

export type SpecPath = readonly (string | number)[];

/** One parsed spec file: its plain data, and a way back from a data path to a source position. */
export interface SpecDocument {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its key when `at` is "key"; falls back to the nearest parent. */
  locate(path: SpecPath, at?: "key" | "value"): SourceLocation;
}

export interface LoadResult {
  documents: SpecDocument[];
  diagnostics: Diagnostic[];
}

/** Source text of a spec file, keyed by its path; lets tests and `watch` load without touching disk. */
export type SpecSources = ReadonlyMap<string, string>;

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

/** 1-based line and column of a text offset, counting CRLF, LF and a lone CR each as one line break (as editors do). */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parsed files kept between runs by path (watch passes one): a file whose text did not change is not parsed again. */
export type LoadCache = Map<string, { text: string; document: SpecDocument; diagnostics: Diagnostic[] }>;

/** Parses every file, keeping source positions; syntax errors become located diagnostics. */
export function loadSpec(sources: SpecSources, displayRoot = process.cwd(), cache?: LoadCache): LoadResult {
  const documents: SpecDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [path, text] of sources) {
    const known = cache?.get(path);
    const one = known?.text === text ? known : { text, ...loadFile(path, text, displayRoot) };
    cache?.set(path, one);
    // Later stages may change the data they are given: each run gets its own copy.
    documents.push(cache ? { ...one.document, data: structuredClone(one.document.data) } : one.document);
    diagnostics.push(...one.diagnostics);
  }
  if (cache) for (const path of cache.keys()) if (!sources.has(path)) cache.delete(path);
  return { documents, diagnostics };
}

/** The yaml library's guard against alias bombs: at most this many copies of anchored values. */
const maxAliasCount = 100;

/** One file: its document, and its syntax errors as located diagnostics. */
function loadFile(path: string, text: string, displayRoot: string): { document: SpecDocument; diagnostics: Diagnostic[] } {
  const file = relative(displayRoot, path) || path;
  const unparsed = (diagnostic: Omit<Diagnostic, "location">, offset: number) => ({
    document: { file, data: undefined, locate: () => ({ file, ...positionAt(text, offset) }) },
    diagnostics: [{ ...diagnostic, location: { file, ...positionAt(text, offset) } }],
  });
  // Both would reach the output unseen: a NUL copied into code, a file of lone CRs read as one comment line.
  const nul = text.indexOf("\0");
  if (nul >= 0) return unparsed({ code: "nul_byte", message: "NUL character in a spec file: delete it" }, nul);
  const bareCr = /\r(?!\n)/.exec(text);
  if (bareCr) return unparsed({ code: "bare_cr", message: "line ends with a lone carriage return (CR): save the file with LF or CRLF line endings" }, bareCr.index);

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const diagnostics: Diagnostic[] = [...doc.errors, ...doc.warnings].map((error) => yamlDiagnostic(doc, text, error, at));
  if (doc.errors.length === 0) diagnostics.push(...findKeyCollisions(doc, text, at));
  let data: unknown;
  if (diagnostics.length === 0) {
    try {
      data = toData(doc);
    } catch (error) {
      diagnostics.push(aliasDiagnostic(doc, error, at));
    }
  }
  const document: SpecDocument = {
    file,
    data: diagnostics.length > 0 ? undefined : data,
    locate: (path, where = "value") => at(findOffset(doc, path, where)),
  };
  return { document, diagnostics };
}

function toData(doc: Document): unknown {
  return doc.toJS({ maxAliasCount }) ?? {};
}

function yamlDiagnostic(doc: Document, text: string, error: YAMLError, at: (offset: number) => SourceLocation): Diagnostic {
  const first = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const message = /call stack/i.test(first) ? "the values are nested too deeply to read" : first;
  if (error.code === "DUPLICATE_KEY") {
    const key = /^[^:\r\n]*/.exec(text.slice(error.pos[0]))![0].trim();
    return { code: "duplicate_key", message: `key ${key} is given twice in this mapping; YAML would keep only one`, location: at(error.pos[0]) };
  }
  if (error.code === "MISSING_CHAR" && /quote/.test(message)) {
    // The parser notices at the end of the text; the quote that was never closed is where it opens.
    let opening: { offset: number; quote: string } | undefined;
    visit(doc, {
      Scalar(_, node) {
        if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && node.range && node.range[1] >= error.pos[0]) {
          opening = { offset: node.range[0], quote: node.type === "QUOTE_DOUBLE" ? '"' : "'" };
          return visit.BREAK;
        }
      },
    });
    if (opening) return { code: "yaml_syntax", message: `YAML: the ${opening.quote} quote opened here is never closed`, location: at(opening.offset) };
  }
  return { code: "yaml_syntax", message: `YAML: ${message}`, location: at(error.pos[0]) };
}

/**
 * Keys that are different YAML values but the same text once read (`~` and `""`, `1` and `"1"`): the
 * data would keep only one of them.
 */
function findKeyCollisions(doc: Document, source: string, at: (offset: number) => SourceLocation): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const text = isScalar(key) ? (key.value === null ? "" : String(key.value)) : undefined;
        if (text === undefined || !key) continue;
        const first = seen.get(text);
        if (!first) {
          seen.set(text, key);
          continue;
        }
        diagnostics.push({
          code: "key_collision",
          message: `key ${sourceOf(source, key)} becomes the same name ${JSON.stringify(text)} as the key ${sourceOf(source, first)} at line ${at(first.range?.[0] ?? 0).line}`,
          location: at(key.range?.[0] ?? 0),
        });
      }
    },
  });
  return diagnostics;
}

/** A node as written in the file. */
function sourceOf(text: string, node: Node): string {
  return node.range ? text.slice(node.range[0], node.range[1]) : String(node);
}

/** toJS refused the document (an alias bomb, an alias to nothing): located at the alias it stopped on. */
function aliasDiagnostic(doc: Document, error: unknown, at: (offset: number) => SourceLocation): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  // Run again, noting the alias reached last: the one the library stopped on.
  let last: Alias | undefined;
  visit(doc, {
    Alias(_, alias) {
      const resolve = alias.resolve.bind(alias);
      alias.resolve = (...args: Parameters<Alias["resolve"]>) => {
        last = alias;
        return resolve(...args);
      };
    },
  });
  try {
    toData(doc);
  } catch {
    // Expected: the same error again.
  }
  const location = at(last?.range?.[0] ?? 0);
  if (/alias count/i.test(message)) {
    return {
      code: "yaml_alias_limit",
      message: `YAML alias *${last?.source ?? ""} would expand to more than ${maxAliasCount} copies of its anchor's value: write the values out or use fewer aliases`,
      location,
    };
  }
  if (/unresolved alias/i.test(message)) {
    return { code: "yaml_syntax", message: `YAML: alias *${last?.source ?? ""} refers to no anchor before it`, location };
  }
  return { code: "yaml_syntax", message: `YAML: ${message}`, location };
}

function findOffset(doc: Document, path: SpecPath, where: "key" | "value"): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const key = pair.key as Node;
      if (last && where === "key") return key.range?.[0] ?? offset;
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment] as Node | undefined;
      if (!node) return offset;
      offset = node.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}
