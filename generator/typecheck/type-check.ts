/**
 * The last line of defence: the emitted package's TypeScript is type-checked, in process, before
 * anything is written. Spec text is escaped where it enters the output and names are checked before
 * that; this stage catches whatever slips past both (a clash with a global name, a key written twice,
 * a literal that no longer fits its type) and names the generated file and line.
 */
import { createRequire } from "node:module";
import type * as TsMorphCommon from "@ts-morph/common";
import type { ts } from "ts-morph";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { stringLiteral } from "../escape/typescript.js";
import type { TextMemo } from "../cache/text-memo.js";
import type { EmittedFile } from "../targets/target.js";
import { FIXTURE_RUNTIME_MODULE } from "../targets/fixtures/emit-fixtures.js";
import { VALIDATION_RUNTIME_MODULE } from "../targets/validators/emit-validators.js";
import { tsMorph } from "../shared/ts-morph.js";

/**
 * What a consumer with the strictest usual settings compiles the package with, as a tsconfig.json
 * writes it: the memo's key, known without loading TypeScript.
 */
const compilerOptionsJson = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  target: "es2020",
  module: "nodenext",
  moduleResolution: "nodenext",
  lib: ["es2020"],
  types: [],
  skipLibCheck: true,
};

/**
 * The runtimes are copied into the package verbatim from generator/targets/: no spec text reaches
 * them, and the project's own type-check (same strict options) covers them. They are part of the
 * program, since the generated modules import them, but their own diagnostics are not asked for:
 * that is a third of the time of the check.
 */
export const VERBATIM_MODULES: ReadonlySet<string> = new Set([VALIDATION_RUNTIME_MODULE, FIXTURE_RUNTIME_MODULE, "src/receiver-runtime.ts", "src/webhook-signature.ts"]);

const root = "/package/";
const libFolder = "/typescript-lib/";

/**
 * TypeScript, its options for the check and its lib files by path: the text of all of them, and those a
 * program asked for, parsed once per process (watch checks again after every edit). Loaded at the
 * first check the memo does not already know.
 */
let loaded: { ts: typeof ts; options: ts.CompilerOptions; libTexts: Map<string, string> } | undefined;
const libFiles = new Map<string, ts.SourceFile>();

function typescript(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const { ts } = tsMorph();
  const common = createRequire(import.meta.url)("@ts-morph/common") as typeof TsMorphCommon;
  const { options, errors } = ts.convertCompilerOptionsFromJson(compilerOptionsJson, root);
  if (errors.length > 0) throw new Error(`type-check options: ${ts.flattenDiagnosticMessageText(errors[0]!.messageText, " ")}`);
  loaded = { ts, options, libTexts: new Map(common.getLibFiles().map((lib) => [libFolder + lib.fileName, lib.text])) };
  return loaded;
}

/** Parsed on first use: the program needs the ES2020 libs only, a tenth of the text (the DOM libs are most of it). */
function libSourceFile(name: string): ts.SourceFile | undefined {
  const { ts, libTexts } = typescript();
  const text = libTexts.get(name);
  if (text === undefined) return undefined;
  let file = libFiles.get(name);
  if (!file) libFiles.set(name, (file = ts.createSourceFile(name, text, ts.ScriptTarget.ES2020)));
  return file;
}

/**
 * Type-checks the package's TypeScript sources (`src/*.ts` of `files`) and returns one diagnostic per
 * error, located in the generated file: `locate(path)` gives the name to report for a package path.
 */
export function typeCheckPackage(files: readonly EmittedFile[], locate: (path: string) => string, memo?: TextMemo): Diagnostic[] {
  const sources = new Map(files.filter((file) => file.path.startsWith("src/") && file.path.endsWith(".ts")).map((file) => [root + file.path, file.contents]));
  if (sources.size === 0) return [];
  // Sources that passed before pass again (the memo's file is named for the tools' versions): an
  // unchanged spec, or `check` after `generate`, costs no type-check.
  const key = JSON.stringify([compilerOptionsJson, [...sources]]);
  if (memo?.get(key) !== undefined) return [];
  const found = diagnosticsOf(sources);
  if (found.length === 0) memo?.set(key, "");
  return found.map((diagnostic) => toDiagnostic(diagnostic, locate));
}

function diagnosticsOf(sources: ReadonlyMap<string, string>): ts.Diagnostic[] {
  const { ts, options, libTexts } = typescript();
  const texts = new Map<string, string>([[`${root}package.json`, JSON.stringify({ type: "module" })], ...sources]);
  const host: ts.CompilerHost = {
    getSourceFile: (name, languageVersion) => libSourceFile(name) ?? (sources.has(name) ? ts.createSourceFile(name, sources.get(name)!, languageVersion) : undefined),
    getDefaultLibFileName: () => `${libFolder}lib.d.ts`,
    getDefaultLibLocation: () => libFolder,
    writeFile: () => undefined,
    getCurrentDirectory: () => root,
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (name) => texts.has(name) || libTexts.has(name),
    readFile: (name) => texts.get(name) ?? libTexts.get(name),
    directoryExists: (name) => [...texts.keys()].some((path) => path.startsWith(name.endsWith("/") ? name : `${name}/`)),
  };
  const program = ts.createProgram({ rootNames: [...sources.keys()], options, host });
  const found = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const name of sources.keys()) {
    if (VERBATIM_MODULES.has(name.slice(root.length))) continue;
    const file = program.getSourceFile(name)!;
    found.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file));
  }
  return found;
}

function toDiagnostic(diagnostic: ts.Diagnostic, locate: (path: string) => string): Diagnostic {
  const { ts } = typescript();
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
  const file = diagnostic.file;
  if (!file || diagnostic.start === undefined) {
    return { code: "generated_code_invalid", message: `the generated package does not compile: ${message} (TS${diagnostic.code})`, location: { file: locate("src"), line: 1, column: 1 } };
  }
  const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
  // TypeScript's lines, which also end at the separators that the escaping rule keeps out of code.
  const starts = file.getLineStarts();
  const lineText = file.text.slice(starts[line], starts[line + 1] ?? file.text.length).trim();
  const shown = lineText.length > 120 ? `${lineText.slice(0, 117)}...` : lineText;
  return {
    code: "generated_code_invalid",
    message: `the generated package does not compile: ${message} (TS${diagnostic.code}), in: ${stringLiteral(shown)}`,
    location: { file: locate(file.fileName.slice(root.length)), line: line + 1, column: character + 1 },
  };
}
