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
