import type { CatalogueModel } from "../model/types.js";
import type { TextMemo } from "../cache/text-memo.js";

/** A file a target produces, its path relative to the output folder (always with forward slashes). */
export interface EmittedFile {
  path: string;
  contents: string;
  /**
   * The independent top-level parts (statements) the contents were joined from, when the target knows
   * them: the format stage then cuts the file there instead of parsing it.
   */
  pieces?: readonly TextPiece[];
}

/** One top-level part of a file, and whether a blank line separates it from the next. */
export interface TextPiece {
  text: string;
  blankLineAfter: boolean;
}

export const targetNames = ["types", "validators", "fixtures", "receiver", "schema", "docs", "openapi", "asyncapi"] as const;
export type TargetName = (typeof targetNames)[number];

export interface TargetContext {
  /** The targets chosen for this run (the package target adapts its index to them). */
  selected: readonly TargetName[];
  /** A folder of user templates overriding the built-in ones, for text targets. */
  templatesDir?: string;
  /** What is kept between runs: by watch, all of it in memory; by the tool, printed statements on disk. */
  cache?: EmitCache;
}

/**
 * Kept between runs, so that a small edit re-does little: printed TypeScript statements (watch in
 * memory, the tool on disk), and in watch also the templates with the pages they rendered and values
 * derived from parts of the model (example payloads, docs sections). Output is the same with or without it.
 */
export interface EmitCache {
  print?: TextMemo;
  reuseTemplates?: true;
  /** Values a target derived from part of the model, by a key it builds from that part. */
  derived?: { get(key: string): unknown; set(key: string, value: unknown): void };
}

/** The generated package's runtime exports, as loadGeneratedPackage imports them. */
export type GeneratedPackage = Record<string, any>;

/** One output of the generator: model in, files out. Adding a target touches one folder and the registry. */
export interface Target {
  name: TargetName | "package";
  emit(model: CatalogueModel, context: TargetContext): EmittedFile[] | Promise<EmittedFile[]>;
}
