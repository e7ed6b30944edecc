/**
 * The format stage: prettier lays out the TypeScript, one call per file, in this process. JSON and
 * Markdown are laid out by their emitters (generator/layout/) and pass through untouched; a test has
 * prettier check every emitted file, so the output is what prettier would write.
 */
import type { TextMemo } from "../cache/text-memo.js";
import type { EmittedFile } from "../targets/target.js";

/**
 * The options the output is formatted (and judged) with. Code blocks in Markdown are examples laid
 * out by the templates and emitters as they are meant to be read, so prettier leaves them alone.
 */
export const prettierOptions = { printWidth: 100, embeddedLanguageFormatting: "off" } as const;

/**
 * Written between top-level statements and cut out again after formatting: prettier keeps a line
 * comment on its own line and lays out each statement on its own, so one call formats a whole file
 * and still gives each statement's text, which the memo keeps. An edit then formats only new statements.
 */
const CUT = "// <statement boundary>";

/** Formats the TypeScript files not laid out already; the others are returned as they are. */
export function formatFiles(files: readonly EmittedFile[], memo?: TextMemo): Promise<EmittedFile[]> {
  return Promise.all(files.map(async (file) => (file.path.endsWith(".ts") && !file.laidOut ? { path: file.path, contents: await formatTypeScript(file, memo) } : file)));
}

async function formatTypeScript(file: EmittedFile, memo?: TextMemo): Promise<string> {
  // Without a memo there is nothing to remember per statement: the file is formatted whole, unmarked.
  const pieces = (memo && file.pieces) || [{ text: file.contents.trim(), blankLineAfter: false }];
  const formatted = pieces.map((piece) => memo?.get(piece.text));
  const missing = pieces.flatMap((_, i) => (formatted[i] === undefined ? [i] : []));
  if (missing.length > 0) {
    const prettier = await import("prettier");
    // babel-ts: the same output as prettier's typescript parser here (the judging test uses that one), in two thirds of the time.
    const text = await prettier.format(missing.map((i) => pieces[i]!.text).join(`\n\n${CUT}\n`), { ...prettierOptions, parser: "babel-ts" });
    const parts = text.split(`\n${CUT}\n`);
    if (parts.length !== missing.length) throw new Error(`formatting ${file.path}: ${missing.length} statements gave ${parts.length}`);
    missing.forEach((i, j) => {
      formatted[i] = parts[j]!.trim();
      memo?.set(pieces[i]!.text, formatted[i]!);
    });
  }
  return pieces.map((piece, i) => formatted[i] + (i + 1 < pieces.length && piece.blankLineAfter ? "\n\n" : "\n")).join("");
}
