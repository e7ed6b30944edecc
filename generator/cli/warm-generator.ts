/**
 * The generator kept warm for `watch`: modules, ts-morph's project, prettier and the TypeScript
 * compiler stay loaded between runs, and the format and compile stages remember their results, so a
 * one-event edit only formats the top-level statements and compiles the files that changed.
 * The output is byte-identical to `generate`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compilePackage, formatMarkers, type CompileOptions } from "../compile/compile.js";
import { formatFiles } from "../format/format.js";
import { readSpecSources, type LoadCache } from "../load/load-spec.js";
import { readCatalogue, renderCatalogue, type GenerateOptions } from "../pipeline.js";
import type { EmittedFile } from "../targets/target.js";
import { listFiles, writeChanges } from "../write/write.js";

/** Results keyed by input text; entries unused in the last run are dropped so memory stays bounded. */
class Memo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  get(key: string): T | undefined {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit !== undefined) this.current.set(key, hit);
    return hit;
  }

  set(key: string, value: T): void {
    this.current.set(key, value);
  }

  nextRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/**
 * The format stage with memory: whole files whose text did not change, and top-level TypeScript
 * statements (the unit the format stage remembers), are not formatted again.
 */
export class ChunkedFormatter {
  private readonly statements = new Memo<string>();
  private readonly files = new Memo<EmittedFile>();

  /** Call once per generator run: results not used since the previous run are then forgotten. */
  nextRun(): void {
    this.statements.nextRun();
    this.files.nextRun();
  }

  async format(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
    return Promise.all(
      files.map(async (file) => {
        const key = `${file.path}\u0000${file.contents}`;
        let formatted = this.files.get(key);
        if (formatted === undefined) {
          [formatted] = await formatFiles([file], this.statements);
          this.files.set(key, formatted!);
        }
        return formatted!;
      }),
    );
  }
}

/** compilePackage, one source file at a time, remembering each file's output by its text. */
export class CachedCompiler {
  private readonly outputs = new Memo<EmittedFile[]>();

  /** Call once per generator run: results not used since the previous run are then forgotten. */
  nextRun(): void {
    this.outputs.nextRun();
  }

  async compile(files: readonly EmittedFile[], options: CompileOptions = {}): Promise<EmittedFile[]> {
    const perFile = await Promise.all(
      files
        .filter((file) => file.path.startsWith("src/") && file.path.endsWith(".ts"))
        .map(async (file) => {
          const key = `${JSON.stringify(options)}\u0000${file.path}\u0000${file.contents}`;
          let compiled = this.outputs.get(key);
          if (compiled === undefined) {
            compiled = (await compilePackage([file], options)).filter((f) => f.path.startsWith("dist/") && !f.path.endsWith("/package.json"));
            this.outputs.set(key, compiled);
          }
          return compiled;
        }),
    );
    // What compilePackage adds for the whole package rather than per file (the CommonJS marker), when anything compiled.
    const compiled = perFile.flat();
    return compiled.length > 0 ? [...compiled, ...formatMarkers(options.formats ?? ["esm", "cjs"])] : compiled;
  }
}

export interface WarmRun {
  /** Files in the output. */
  written: number;
  /** Files whose content differs from the previous output. */
  changed: number;
  ms: number;
}

export class WarmGenerator {
  private readonly formatter = new ChunkedFormatter();
  private readonly compiler = new CachedCompiler();
  private readonly printed = new Memo<string>();
  private readonly derived = new Memo<unknown>();
  private readonly parsed: LoadCache = new Map();
  private last: Map<string, string> | undefined;

  constructor(private readonly options: GenerateOptions & { specPath: string; outDir: string }) {}

  /** Regenerates; throws SpecError (and writes nothing) when the spec is broken. */
  async run(): Promise<WarmRun> {
    const start = performance.now();
    const sources = readSpecSources(this.options.specPath);
    const model = readCatalogue({ sources, loadCache: this.parsed });
    this.compiler.nextRun();
    this.formatter.nextRun();
    this.printed.nextRun();
    this.derived.nextRun();
    const files = await renderCatalogue(model, {
      ...this.options,
      sources,
      cache: { print: this.printed, reuseTemplates: true, derived: this.derived },
      stages: { format: (emitted) => this.formatter.format(emitted), compile: (sourceFiles, compileOptions) => this.compiler.compile(sourceFiles, compileOptions) },
    });
    // Only what changed is written: the first run compares with what is on disk.
    const changed = writeChanges(this.options.outDir, files, (this.last ??= this.readOutput()));
    this.last = new Map(files.map((f) => [f.path, f.contents]));
    return { written: files.length, changed, ms: performance.now() - start };
  }

  private readOutput(): Map<string, string> {
    return new Map(listFiles(this.options.outDir).map((path) => [path, readFileSync(join(this.options.outDir, path), "utf8")]));
  }
}
