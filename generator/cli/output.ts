/** Terminal output: colour only on a terminal without NO_COLOR, progress only on a terminal. */
import { isAbsolute, relative, sep } from "node:path";
import { formatLocation, printable, type Diagnostic, type SpecError } from "../diagnostics/diagnostic.js";
import { junitReport } from "./junit.js";

export interface Style {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

/**
 * NO_COLOR (any non-empty value) turns colour off; FORCE_COLOR turns it on even when the output is not
 * a terminal (CI logs render it), except FORCE_COLOR=0 or false, which turn it off. NO_COLOR wins.
 */
export function colourEnabled(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return stream.isTTY === true;
}

export function style(stream: NodeJS.WriteStream): Style {
  const on = colourEnabled(stream);
  const wrap = (open: number, close: number) => (text: string) => (on ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}

export const stdoutStyle: Style = style(process.stdout);
export const stderrStyle: Style = style(process.stderr);

/** One status line on stderr, rewritten in place; nothing at all when stderr is not a terminal. */
export class Progress {
  private readonly active = process.stderr.isTTY === true;

  update(text: string): void {
    if (this.active) process.stderr.write(`\r\x1b[2K${stderrStyle.dim(text)}`);
  }

  done(): void {
    if (this.active) process.stderr.write("\r\x1b[2K");
  }
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${stderrStyle.bold(formatLocation(d.location))}: ${stderrStyle.red("error")} ${printable(d.message)} [${d.code}]`)
    .join("\n");
}

/** How a command reports to CI: plain text, one JSON object on stdout, GitHub Actions annotations, or JUnit XML. */
export type OutputMode = "text" | "json" | "github" | "junit";

/** The --json shape of a spec error, on every command (documented in generator/cli/README.md). */
export interface SpecErrorReport {
  ok: false;
  error: "spec";
  /** Which spec, when a command reads more than one (diff: "old" or "new"). */
  spec?: string;
  diagnostics: { file: string; line: number; column: number; code: string; message: string }[];
}

export function specErrorReport(error: SpecError, spec?: string): SpecErrorReport {
  const diagnostics = error.diagnostics.map((d) => ({ ...d.location, code: d.code, message: d.message }));
  return { ok: false, error: "spec", ...(spec === undefined ? {} : { spec }), diagnostics };
}

/**
 * The spec's problems: always as located lines on stderr; also as one JSON object (mode json), as
 * GitHub Actions annotations (mode github) or as JUnit XML (mode junit) on stdout, for CI to read.
 */
export function reportSpecError(error: SpecError, what = "The spec", mode: OutputMode = "text", spec?: string): void {
  const count = error.diagnostics.length;
  process.stderr.write(
    `${formatDiagnostics(error.diagnostics)}\n${what} has ${count} problem${count === 1 ? "" : "s"}. \`seam-events explain CODE\` tells a code's cause and fix.\n`,
  );
  if (mode === "json") process.stdout.write(`${JSON.stringify(specErrorReport(error, spec), null, 2)}\n`);
  if (mode === "github") {
    process.stdout.write(
      error.diagnostics
        .map((d) => githubAnnotation("error", { file: workspacePath(d.location.file), line: d.location.line, col: d.location.column, title: d.code }, d.message))
        .join(""),
    );
  }
  if (mode === "junit") process.stdout.write(specErrorJunit(error));
}

/** A spec's problems as JUnit XML: one failing case per problem, in a suite named "spec". */
export function specErrorJunit(error: SpecError): string {
  const cases = error.diagnostics.map((d) => {
    const file = workspacePath(d.location.file);
    const where = `${file}:${d.location.line}:${d.location.column}`;
    return { name: `${d.code} at ${where}`, classname: file, file, line: d.location.line, failure: { message: d.message, type: d.code, text: `${where}: ${d.message} [${d.code}]` } };
  });
  return junitReport("seam-events", [{ name: "spec", cases }]);
}

/** The output mode a command's options ask for: --json, --format github, or text. */
export function outputModeOf(values: Record<string, string | boolean | undefined>): OutputMode {
  if (values.json === true) return "json";
  if (values.format === "github") return "github";
  if (values.format === "junit") return "junit";
  return "text";
}

/** A path as an annotation names it: relative to the working folder (the checkout in CI), with forward slashes. */
export function workspacePath(file: string): string {
  return (isAbsolute(file) ? relative(process.cwd(), file) : file).split(sep).join("/");
}

/**
 * Escapes for a workflow command's message, per GitHub's toolkit (command.ts escapeData). Other control
 * characters are first made visible (printable), so spec text cannot send escape sequences to the log.
 */
export function escapeGithubData(text: string): string {
  return text
    .replace(/[^\r\n]+/g, printable)
    .replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes for a workflow command's property value, per GitHub's toolkit (command.ts escapeProperty). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface AnnotationProperties {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

/** One GitHub Actions annotation line: `::error file=F,line=L,col=C,title=T::message`. */
export function githubAnnotation(level: "error" | "warning" | "notice", properties: AnnotationProperties, message: string): string {
  const props = (["file", "line", "col", "title"] as const)
    .filter((key) => properties[key] !== undefined)
    .map((key) => `${key}=${escapeGithubProperty(String(properties[key]))}`)
    .join(",");
  return `::${level}${props ? ` ${props}` : ""}::${escapeGithubData(message)}\n`;
}

/** The writer's refusals (write/output-error.ts) are the user's to act on: their message, no stack. Returns exit code 2. */
export function reportOutputError(error: Error, mode: OutputMode = "text"): 2 {
  process.stderr.write(`${stderrStyle.red("error")}: ${error.message}\n`);
  if (mode === "json") process.stdout.write(`${JSON.stringify({ ok: false, error: "output", message: error.message }, null, 2)}\n`);
  if (mode === "github") process.stdout.write(githubAnnotation("error", {}, error.message));
  if (mode === "junit") process.stdout.write(junitReport("seam-events", [{ name: "output", cases: [{ name: "output folder", classname: "output", failure: { message: error.message, type: "output", text: error.message } }] }]));
  return 2;
}

/** Writes to stdout and resolves once the data is handed to the OS (so exit does not cut it short). */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}

/**
 * Standard output for commands that print a lot (validate, fixture --count): text is gathered into
 * writes of about 64 KB, and `flush` waits until the OS took it, so a slow reader slows the producer
 * instead of the output piling up in memory. When the reader goes away (`| head -1`: EPIPE), `closed`
 * turns true and the rest is dropped without a word: the command stops, as a Unix tool killed by
 * SIGPIPE would. Any other write error is kept in `error` for the command to report.
 */
export class StdoutWriter {
  closed = false;
  error: Error | undefined;
  private parts: string[] = [];
  private size = 0;

  // Kept to be removed by `end`: the tool also runs in process (runTool), where a listener left on
  // process.stdout by each run would pile up.
  private readonly onError = (error: NodeJS.ErrnoException) => this.close(error);

  constructor(private readonly stream: NodeJS.WriteStream = process.stdout) {
    stream.on("error", this.onError);
  }

  write(text: string): void {
    if (this.closed) return;
    this.parts.push(text);
    this.size += text.length;
  }

  /** Whether enough is gathered for one write. */
  get full(): boolean {
    return this.size >= 65_536;
  }

  async flush(): Promise<void> {
    if (this.closed || this.size === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.size = 0;
    await new Promise<void>((resolve) =>
      this.stream.write(text, (error) => {
        if (error) this.close(error);
        resolve();
      }),
    );
  }

  /**
   * The last flush; afterwards the stream is left as it was found. After a write error the listener
   * stays: the stream emits that error once more, on a later tick, and unheard it would crash the tool.
   */
  async end(): Promise<void> {
    await this.flush();
    if (!this.closed) this.stream.off("error", this.onError);
  }

  private close(error: NodeJS.ErrnoException): void {
    this.closed = true;
    this.parts = [];
    this.size = 0;
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") this.error ??= error;
  }
}
