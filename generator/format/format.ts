import { parseSync } from "oxc-parser";
import type { EmittedFile } from "../targets/target.js";
import { inProcess, type FormatRunner } from "./format-pool.js";
import { parserByExtension } from "./prettier.js";

/** Where already formatted statements can be remembered between runs (watch passes one). */
export interface StatementCache {
  get(statement: string): string | undefined;
  set(statement: string, formatted: string): void;
}

export interface FormatOptions {
  cache?: StatementCache;
  /** Where prettier runs: the calling thread by default, or a pool of workers. */
  runner?: FormatRunner;
}

/** Formats every file prettier knows by its extension; other files pass through unchanged. */
export async function formatFiles(files: readonly EmittedFile[], options: FormatOptions = {}): Promise<EmittedFile[]> {
  return Promise.all(files.map(async (file) => ({ path: file.path, contents: await formatText(file.path, file.contents, options) })));
}

/** Formats one file's text by its extension; a file prettier does not know is returned unchanged. */
export async function formatText(path: string, text: string, options: FormatOptions = {}): Promise<string> {
  const parser = parserByExtension[path.split(".").pop() ?? ""];
  if (!parser) return text;
  const runner = options.runner ?? inProcess;
  if (parser === "oxc-ts") return formatTypeScript(path, text, runner, options.cache);
  if (parser === "markdown") return joinMarkdownSections(await formatChunks(markdownSections(text), parser, runner, options.cache));
  const [formatted] = await runner.run({ parser, texts: [text] });
  return formatted!;
}

/**
 * Markdown is formatted one section (from a heading of level 2 or more to the next) at a time, like TypeScript one statement at a time: prettier
 * formats sections independently (a test checks the joined sections equal the whole page formatted
 * on every emitted page), so sections run on several threads and watch reformats only the sections an
 * edit touched. Headings inside fenced code blocks do not split.
 */
function markdownSections(text: string): string[] {
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
  return sections.filter((section) => section.trim() !== "");
}

/** Formatted sections each end in one newline; a blank line goes between two. */
function joinMarkdownSections(sections: string[]): string {
  return sections.join("\n");
}

/** Chunks are sent to the runner in batches of about this many characters: fewer messages, even load. */
const BATCH_CHARACTERS = 16_000;

/**
 * Formats TypeScript one top-level statement at a time. Prettier's time grows faster than the size
 * of the file (5× the events took 11× the time on the types), while it formats top-level statements
 * independently, keeping one blank line between two where the input had at least one: so the joined
 * statements are the whole file formatted at once (a test checks this on every emitted file), in
 * time linear in the number of statements, and they can be formatted on several threads.
 */
async function formatTypeScript(path: string, text: string, runner: FormatRunner, cache?: StatementCache): Promise<string> {
  const parsed = parseSync(path, text, { lang: "ts" });
  if (parsed.errors.length > 0) throw new Error(`cannot format ${path}: ${parsed.errors[0]!.message}`);
  // A statement's text runs from the end of the one before, so that its leading comments come with it.
  const ends = parsed.program.body.map((statement) => statement.end);
  const chunks = ends.map((end, i) => text.slice(i === 0 ? 0 : ends[i - 1], end).trim());
  const trailing = text.slice(ends.at(-1) ?? 0).trim();
  if (trailing) chunks.push(trailing);

  const formatted = await formatChunks(chunks, "oxc-ts", runner, cache);

  const blankLineAfter = (end: number) => /\n[ \t]*\r?\n/.test(leadingSpace(text, end));
  let out = "";
  for (let i = 0; i < ends.length; i++) {
    out += formatted[i];
    if (i + 1 < ends.length && blankLineAfter(ends[i]!)) out += "\n";
  }
  if (trailing) out += (out && blankLineAfter(ends.at(-1)!) ? "\n" : "") + formatted[ends.length];
  return out;
}

/**
 * Formats independent chunks of one file: cached ones are reused, the others go to the runner in
 * batches of about BATCH_CHARACTERS (fewer messages, even load across threads).
 */
async function formatChunks(chunks: readonly string[], parser: string, runner: FormatRunner, cache?: StatementCache): Promise<string[]> {
  const key = (chunk: string) => `${parser}\u0000${chunk}`;
  const formatted = chunks.map((chunk) => cache?.get(key(chunk)));
  const batches: number[][] = [];
  let size = BATCH_CHARACTERS;
  chunks.forEach((chunk, i) => {
    if (formatted[i] !== undefined) return;
    if (size >= BATCH_CHARACTERS) batches.push([]), (size = 0);
    batches.at(-1)!.push(i);
    size += chunk.length;
  });
  await Promise.all(
    batches.map(async (batch) => {
      const texts = await runner.run({ parser, texts: batch.map((i) => chunks[i]!) });
      batch.forEach((chunkIndex, j) => {
        formatted[chunkIndex] = texts[j]!;
        cache?.set(key(chunks[chunkIndex]!), texts[j]!);
      });
    }),
  );
  return formatted as string[];
}

/** The white space after a statement, up to the next comment or token. */
function leadingSpace(text: string, end: number): string {
  const rest = text.slice(end);
  const firstNonSpace = rest.search(/\S/);
  return firstNonSpace < 0 ? rest : rest.slice(0, firstNonSpace);
}
