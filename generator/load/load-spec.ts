/** The load stage: spec files parsed into plain data, each value with its source position. */
import { relative, resolve } from "node:path";
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { Diagnostic, SourceLocation } from "../diagnostics/diagnostic.js";
import { positionAt } from "./position.js";
import { aliasDiagnostic, findKeyCollisions, toData, yamlDiagnostic } from "./yaml-problems.js";

export { listSpecFiles, readSpecSources } from "./read-files.js";

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
  // Duplicate keys are found by findKeyCollisions, in linear time.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const diagnostics: Diagnostic[] = [...doc.errors, ...doc.warnings].map((error) => yamlDiagnostic(doc, error, at));
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

/** Each mapping's pairs by key, made once: a spec of thousands of entries is located in linear time. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let pairs = pairIndex.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const item of map.items) if (isPair(item) && isScalar(item.key) && !pairs.has(String(item.key.value))) pairs.set(String(item.key.value), item);
    pairIndex.set(map, pairs);
  }
  return pairs;
}

function findOffset(doc: Document, path: SpecPath, where: "key" | "value"): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(segment));
      if (!pair) return offset;
      const key = pair.key as Node;
      if (last && where === "key") return key.range?.[0] ?? offset;
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && (typeof segment === "number" || /^(0|[1-9]\d*)$/.test(segment!))) {
      // A JSON Pointer (the spec check's) gives item indices as text.
      node = node.items[Number(segment)] as Node | undefined;
      if (!node) return offset;
      offset = node.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}
