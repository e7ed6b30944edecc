/**
 * The generator kept warm for `watch`: modules, ts-morph's project, prettier and the TypeScript
 * compiler stay loaded between runs, and the format and compile stages remember their results, so a
 * one-event edit only formats the top-level statements and compiles the files that changed.
 * The output is byte-identical to `generate` (checked against whole-file formatting at start-up).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ts } from "ts-morph";
import { compilePackage, type CompileOptions } from "../compile/compile.js";
import { formatFiles, formatText } from "../format/format.js";
import { readSpecSources } from "../load/load-spec.js";
import { readCatalogue, renderCatalogue, type GenerateOptions } from "../pipeline.js";
import type { EmittedFile } from "../targets/target.js";
import { listFiles, writeOutput } from "../write/write.js";


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
 * Formats a TypeScript file statement by statement. Prettier formats top-level statements
 * independently, keeping at most one blank line between them where the input had one, so the joined
 * chunks equal the whole file formatted at once; `verified` holds the files for which that was checked.
 */
export class ChunkedFormatter {
  private readonly chunks = new Memo<string>();
  private readonly files = new Memo<string>();
  /** Files where chunking was checked against whole-file formatting: true if it matched. */
  private readonly verified = new Map<string, boolean>();

  async format(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
    this.chunks.nextRun();
    this.files.nextRun();
    return Promise.all(files.map(async (file) => ({ path: file.path, contents: await this.formatOne(file) })));
  }

  private async formatOne(file: EmittedFile): Promise<string> {
    const key = `${file.path}\u0000${file.contents}`;
    const known = this.files.get(key);
    if (known !== undefined) return known;
    let formatted: string;
    const verdict = this.verified.get(file.path);
    if (!file.path.endsWith(".ts") || verdict === false) {
      formatted = (await formatFiles([file]))[0]!.contents;
    } else if (verdict === undefined) {
      const [whole, chunked] = await Promise.all([formatFiles([file]).then((f) => f[0]!.contents), this.formatChunks(file.contents)]);
      this.verified.set(file.path, whole === chunked);
      formatted = whole;
    } else {
      formatted = await this.formatChunks(file.contents);
    }
    this.files.set(key, formatted);
    return formatted;
  }

  private async formatChunks(text: string): Promise<string> {
    const source = ts.createSourceFile("chunk.ts", text, ts.ScriptTarget.Latest, false);
    const statements = source.statements;
    const parts = await Promise.all(
      statements.map(async (statement) => {
        const chunk = text.slice(statement.pos, statement.end).trim();
        let formatted = this.chunks.get(chunk);
        if (formatted === undefined) {
          formatted = await formatText("chunk.ts", chunk);
          this.chunks.set(chunk, formatted);
        }
        return formatted;
      }),
    );
    let out = "";
    statements.forEach((statement, i) => {
      out += parts[i]!;
      const next = statements[i + 1];
      // Prettier keeps one blank line where the input had at least one after the statement.
      if (next && /\n[ \t]*\r?\n/.test(leadingBlank(text, statement.end, next))) out += "\n";
    });
    const trailing = text.slice(statements.at(-1)?.end ?? 0).trim();
    if (trailing) out += (out ? "\n" : "") + (await formatText("chunk.ts", trailing));
    return out;
  }

  /** How many files are formatted in chunks (verified) and how many whole. */
  get verdicts(): { chunked: number; whole: number } {
    const all = [...this.verified.values()];
    return { chunked: all.filter(Boolean).length, whole: all.filter((v) => !v).length };
  }
}

/** The text between a statement's end and the start of the next statement's first comment or token. */
function leadingBlank(text: string, end: number, next: ts.Statement): string {
  const between = text.slice(end, next.end);
  const firstNonSpace = between.search(/\S/);
  return firstNonSpace < 0 ? between : between.slice(0, firstNonSpace);
}

/** compilePackage, one source file at a time, remembering each file's output by its text. */
export class CachedCompiler {
  private readonly outputs = new Memo<EmittedFile[]>();

  /** Call once per generator run: results not used since the previous run are then forgotten. */
  nextRun(): void {
    this.outputs.nextRun();
  }

  compile(files: readonly EmittedFile[], options: CompileOptions = {}): EmittedFile[] {
    const output: EmittedFile[] = [];
    for (const file of files) {
      if (!file.path.startsWith("src/") || !file.path.endsWith(".ts")) continue;
      const key = `${JSON.stringify(options)}\u0000${file.path}\u0000${file.contents}`;
      let compiled = this.outputs.get(key);
      if (compiled === undefined) {
        compiled = compilePackage([file], options).filter((f) => f.path.startsWith("dist/") && !f.path.endsWith("/package.json"));
        this.outputs.set(key, compiled);
      }
      output.push(...compiled);
    }
    // What compilePackage adds for the whole package rather than per file (the CommonJS marker).
    output.push(...compilePackage([], options));
    return output;
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
  private last: Map<string, string> | undefined;

  constructor(private readonly options: GenerateOptions & { specPath: string; outDir: string }) {}

  /** Regenerates; throws SpecError (and writes nothing) when the spec is broken. */
  async run(): Promise<WarmRun> {
    const start = performance.now();
    const sources = readSpecSources(this.options.specPath);
    const model = readCatalogue({ sources });
    this.compiler.nextRun();
    const files = await renderCatalogue(model, {
      ...this.options,
      sources,
      stages: { format: (emitted) => this.formatter.format(emitted), compile: (sourceFiles, compileOptions) => this.compiler.compile(sourceFiles, compileOptions) },
    });
    const previous = (this.last ??= this.readOutput());
    const changed = files.filter((f) => previous.get(f.path) !== f.contents).length + [...previous.keys()].filter((p) => !files.some((f) => f.path === p)).length;
    if (changed > 0) writeOutput(this.options.outDir, files);
    this.last = new Map(files.map((f) => [f.path, f.contents]));
    return { written: files.length, changed, ms: performance.now() - start };
  }

  get formatVerdicts(): { chunked: number; whole: number } {
    return this.formatter.verdicts;
  }

  private readOutput(): Map<string, string> {
    return new Map(listFiles(this.options.outDir).map((path) => [path, readFileSync(join(this.options.outDir, path), "utf8")]));
  }
}
