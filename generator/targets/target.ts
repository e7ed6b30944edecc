import type { CatalogueModel } from "../model/types.js";
import type { TextMemo } from "../cache/text-memo.js";

/** A file a target produces, its path relative to the output folder (always with forward slashes). */
export interface EmittedFile {
  path: string;
  contents: string;
  /**
   * The independent top-level parts (statements) the contents were joined from, when the target knows
   * them: the format stage then remembers each one formatted, so that an edit reformats only its own.
   */
  pieces?: readonly TextPiece[];
  /**
   * Already laid out as prettier writes it: a runtime copied as it is, kept formatted in the repository.
   * The format stage passes it through; the prettier-judge test checks it like every other file.
   */
  laidOut?: boolean;
}

/** One top-level part of a file, and whether a blank line separates it from the next. */
export interface TextPiece {
  text: string;
  blankLineAfter: boolean;
}

/** A target's name, as --only takes it: the registry (index.ts) lists them. */
export type TargetName = string;

export interface TargetContext {
  /** The names of the targets chosen for this run. */
  selected: readonly TargetName[];
  /** The targets chosen for this run (the package target ships what they add to it). */
  targets?: readonly Target[];
  /** A folder of user templates overriding the built-in ones, for text targets. */
  templatesDir?: string;
  /** The previous release's catalogue, when one is given (the docs write a changelog from it). */
  previous?: CatalogueModel;
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

/** What a target adds to the package around its files. */
export interface PackageParts {
  /** Modules under src/ (without extension) that the package's index re-exports. */
  modules?: readonly string[];
  /** Folders the package ships as they are. */
  folders?: readonly string[];
  /** Entries of package.json's exports map. */
  exports?: Readonly<Record<string, string>>;
}

/**
 * One output of the generator: model in, files out. A target is one folder and imports from no other
 * target; adding one touches its folder and one line of the registry (index.ts).
 */
export interface Target {
  name: TargetName;
  package?: PackageParts;
  /**
   * Its files are whole without a package around them (Markdown pages for a docs site): when every
   * target of a run is standalone, the package target does not run and only their files are written.
   */
  standalone?: true;
  /** The targets whose modules its code imports: choosing it (`--only`) brings them too. */
  uses?: readonly TargetName[];
  emit(model: CatalogueModel, context: TargetContext): EmittedFile[] | Promise<EmittedFile[]>;
}
