import { parseSync } from "oxc-parser";
import type { TextMemo } from "../cache/text-memo.js";
import type { EmittedFile, TextPiece } from "../targets/target.js";
import { inProcess, type FormatRunner } from "./format-pool.js";
import { parserByExtension } from "./prettier.js";

export interface FormatOptions {
  /** Formatted batches remembered by their text (watch keeps one in memory; the tool one on disk). */
  cache?: TextMemo;
  /**
   * About how many characters go to prettier at once (default 4,000); 0 formats every piece alone,
   * as watch does, so that an edit reformats only its own pieces.
   */
  batchCharacters?: number;
  /** Where prettier runs: the calling thread by default, or a pool of workers. */
  runner?: FormatRunner;
}

/** Formats every file prettier knows by its extension; other files pass through unchanged. */
export async function formatFiles(files: readonly EmittedFile[], options: FormatOptions = {}): Promise<EmittedFile[]> {
  return Promise.all(files.map(async (file) => ({ path: file.path, contents: await formatText(file.path, file.contents, { ...options, pieces: file.pieces }) })));
}

/**
 * Formats one file's text by its extension; a file prettier does not know is returned unchanged.
 *
 * TypeScript is cut into top-level statements and Markdown into sections (a heading of level 2 or more
 * up to the next one). Prettier formats those pieces independently: it keeps one blank line between two
 * statements where the input had at least one, and always one between Markdown blocks. So the formatted
 * pieces, joined, are the whole file formatted at once (a test checks this on every emitted file), and
 * the pieces can be spread over several threads and remembered one by one. Prettier's time also grows
 * faster than the size of what it formats (5× the events took 11× the time on the types), which pieces avoid.
 */
export async function formatText(path: string, text: string, options: FormatOptions & { pieces?: readonly TextPiece[] } = {}): Promise<string> {
  const parser = parserByExtension[path.split(".").pop() ?? ""];
  if (!parser) return text;
  const pieces = options.pieces ?? (parser === "oxc-ts" ? statements(path, text) : parser === "markdown" ? markdownSections(text) : [{ text, blankLineAfter: false }]);
  return formatPieces(pieces, parser, options);
}

/** The top-level statements, each with the comments before it. */
function statements(path: string, text: string): TextPiece[] {
  const parsed = parseSync(path, text, { lang: "ts" });
  if (parsed.errors.length > 0) throw new Error(`cannot format ${path}: ${parsed.errors[0]!.message}`);
  // A statement's text runs from the end of the one before, so that its leading comments come with it.
  const ends = parsed.program.body.map((statement) => statement.end);
  const blankLineAfter = (end: number) => /\n[ \t]*\r?\n/.test(whiteSpaceAfter(text, end));
  const pieces = ends.map((end, i) => ({ text: text.slice(i === 0 ? 0 : ends[i - 1], end).trim(), blankLineAfter: blankLineAfter(end) }));
  const trailing = text.slice(ends.at(-1) ?? 0).trim();
  if (trailing) pieces.push({ text: trailing, blankLineAfter: false });
  return pieces.filter((piece) => piece.text !== "");
}

/** The white space after a statement, up to the next comment or token. */
function whiteSpaceAfter(text: string, end: number): string {
  const rest = text.slice(end);
  const firstNonSpace = rest.search(/\S/);
  return firstNonSpace < 0 ? rest : rest.slice(0, firstNonSpace);
}

/** The sections of a Markdown page; headings inside fenced code blocks do not split. */
function markdownSections(text: string): TextPiece[] {
  const sections: string[] = [];
  let start = 0;
  let fence: string | undefined;
  let at = 0;
  for (const line of text.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined;
    else if (fence === undefined && /^#{2,6} /.test(line) && at > start) {
      sections.push(text.slice(start, at));
      start = at;
    }
    at += line.length + 1;
  }
  sections.push(text.slice(start));
  return sections.map((section) => section.trim()).filter((section) => section !== "").map((section) => ({ text: section, blankLineAfter: true }));
}

/**
 * Consecutive pieces go to prettier together, about this many characters at a time: each prettier
 * call has a fixed cost (a statement at a time took twice as long on the validators). Larger batches
 * do not help TypeScript and slow Markdown down (16,000 took a third longer than 4,000), and the
 * smaller the batch, the less an edit leaves to reformat.
 */
const BATCH_CHARACTERS = 4_000;

/** Missing batches go to the runner this many characters at a time: fewer messages between threads. */
const JOB_CHARACTERS = 16_000;

/** Formats the pieces in batches, each remembered in the cache, and joins them with their blank lines. */
async function formatPieces(pieces: readonly TextPiece[], parser: string, options: FormatOptions): Promise<string> {
  const { runner = inProcess, cache, batchCharacters = BATCH_CHARACTERS } = options;
  const batches = contentBatches(pieces, batchCharacters);
  const texts = batches.map((batch) => batch.map((piece, i) => piece.text + (i < batch.length - 1 ? (piece.blankLineAfter ? "\n\n" : "\n") : "")).join(""));
  const key = (text: string) => `${parser}\u0000${text}`;
  const formatted = texts.map((text) => cache?.get(key(text)));
  const missing = texts.flatMap((_, i) => (formatted[i] === undefined ? [i] : []));
  // The runner gets several small pieces per job: fewer messages between threads.
  const jobs = inBatches(missing, (i) => texts[i]!.length, JOB_CHARACTERS);
  await Promise.all(
    jobs.map(async (job) => {
      const results = await runner.run({ parser, texts: job.map((i) => texts[i]!) });
      job.forEach((i, j) => {
        formatted[i] = results[j]!;
        cache?.set(key(texts[i]!), results[j]!);
      });
    }),
  );
  let out = "";
  batches.forEach((batch, i) => {
    if (i > 0 && batches[i - 1]!.at(-1)!.blankLineAfter) out += "\n";
    out += formatted[i];
  });
  return out;
}

/**
 * Consecutive pieces grouped into batches of about `size` characters, cut where the pieces' own text
 * says (after half the size, at a piece whose hash is a multiple of 4): an edit changes its own batch,
 * not where every later one starts, so the cache still knows the others.
 */
function contentBatches(pieces: readonly TextPiece[], size: number): TextPiece[][] {
  const batches: TextPiece[][] = [[]];
  let length = 0;
  for (const piece of pieces) {
    const batch = batches.at(-1)!;
    batch.push(piece);
    length += piece.text.length;
    if (length >= 4 * size || (length >= size / 2 && hash(piece.text) % 4 === 0)) {
      batches.push([]);
      length = 0;
    }
  }
  return batches.filter((batch) => batch.length > 0);
}

/** FNV-1a: cheap, and the same on every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Consecutive items grouped until a group reaches `limit` in size. */
function inBatches<T>(items: readonly T[], sizeOf: (item: T) => number, limit: number): T[][] {
  const batches: T[][] = [];
  let size = Infinity;
  for (const item of items) {
    if (size >= limit) batches.push([]), (size = 0);
    batches.at(-1)!.push(item);
    size += sizeOf(item);
  }
  return batches;
}
