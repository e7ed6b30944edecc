/** Terminal output: colour only on a terminal without NO_COLOR, progress only on a terminal. */
import { formatLocation, type Diagnostic, type SpecError } from "../diagnostics/diagnostic.js";

export interface Style {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

export function colourEnabled(stream: NodeJS.WriteStream): boolean {
  const noColour = process.env.NO_COLOR;
  return stream.isTTY === true && (noColour === undefined || noColour === "");
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
    .map((d) => `${stderrStyle.bold(formatLocation(d.location))}: ${stderrStyle.red("error")} ${d.message} [${d.code}]`)
    .join("\n");
}

export function reportSpecError(error: SpecError, what = "The spec"): void {
  const count = error.diagnostics.length;
  process.stderr.write(`${formatDiagnostics(error.diagnostics)}\n${what} has ${count} problem${count === 1 ? "" : "s"}.\n`);
}

/** The writer's refusals (write/output-error.ts) are the user's to act on: their message, no stack. Returns exit code 2. */
export function reportOutputError(error: Error): 2 {
  process.stderr.write(`${stderrStyle.red("error")}: ${error.message}\n`);
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

  constructor(private readonly stream: NodeJS.WriteStream = process.stdout) {
    stream.on("error", (error: NodeJS.ErrnoException) => this.close(error));
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

  private close(error: NodeJS.ErrnoException): void {
    this.closed = true;
    this.parts = [];
    this.size = 0;
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") this.error ??= error;
  }
}
