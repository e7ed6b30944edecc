import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { Diagnostic, SourceLocation } from "../diagnostics/diagnostic.js";

/** The catalogue this project holds: the spec read when none is named. */
export const defaultSpecPath = resolve(import.meta.dirname, "../../spec/catalogue");

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

/** Lists the YAML files of a spec: the file itself, or every *.yaml / *.yml below a folder, in a stable order. */
export function listSpecFiles(specPath: string): string[] {
  if (!statSync(specPath).isDirectory()) return [specPath];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) files.push(full);
    }
  };
  walk(specPath);
  return files;
}

export function readSpecSources(specPath: string): Map<string, string> {
  return new Map(listSpecFiles(specPath).map((file) => [file, readFileSync(file, "utf8")]));
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

/** One file: its document, and its syntax errors as located diagnostics. */
function loadFile(path: string, text: string, displayRoot: string): { document: SpecDocument; diagnostics: Diagnostic[] } {
  const file = relative(displayRoot, path) || path;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [...doc.errors, ...doc.warnings].map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      code: "yaml_syntax",
      message: `YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
      location: { file, line: pos.line, column: pos.col },
    };
  });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const document: SpecDocument = {
    file,
    data: doc.errors.length > 0 ? undefined : (doc.toJS() ?? {}),
    locate: (path, where = "value") => at(findOffset(doc, path, where)),
  };
  return { document, diagnostics };
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
