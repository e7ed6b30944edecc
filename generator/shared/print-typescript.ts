/**
 * How the code targets turn their statements into a module's text. ts-morph prints the structures
 * (imports, interfaces, documented exports); code a target already holds as text (check functions,
 * the header comment) is used as it is. Layout is left to the format stage: statements are joined with
 * one blank line, imports without.
 */
import type { StatementStructures } from "ts-morph";
import type { TextMemo } from "../cache/text-memo.js";
import { printStructureOptions } from "./print-options.js";
import { StructureKind, tsMorph } from "./ts-morph.js";
import type { TextPiece } from "../targets/target.js";

export type Statement = string | StatementStructures;

/** The structure's JSON, or undefined when it holds a function (a writer), which JSON cannot capture. */
function memoKey(structure: StatementStructures): string | undefined {
  let writer = false;
  const key = JSON.stringify(structure, (_key, value: unknown) => (typeof value === "function" ? ((writer = true), undefined) : value));
  return writer ? undefined : key;
}

/** A module's text and the statements it was joined from: the body of an emitted file. */
export interface PrintedModule {
  contents: string;
  pieces: TextPiece[];
}

/** Prints the statements; with a memo (watch's, or the tool's on disk), those printed before are reused, by the structure's JSON. */
export function printStatements(statements: readonly Statement[], memo?: TextMemo): PrintedModule {
  const printed = statements.map((statement) => {
    if (typeof statement === "string") return statement.trim();
    const key = memoKey(statement);
    const known = key === undefined ? undefined : memo?.get(key);
    if (known !== undefined) return known;
    const text = tsMorph().printStructure(statement, printStructureOptions).trim();
    if (key !== undefined) memo?.set(key, text);
    return text;
  });
  const isImport = (statement: Statement) => typeof statement !== "string" && statement.kind === StructureKind.ImportDeclaration;
  const pieces = statements.map((statement, i) => ({
    text: printed[i]!,
    blankLineAfter: i + 1 < statements.length && !(isImport(statement) && isImport(statements[i + 1]!)),
  }));
  const contents = pieces.map((piece, i) => piece.text + (i + 1 < pieces.length && piece.blankLineAfter ? "\n\n" : "\n")).join("");
  return { contents, pieces };
}
