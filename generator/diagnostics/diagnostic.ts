import type { DiagnosticCode } from "./catalogue.js";

export type { DiagnosticCode };

/** Where something stands in a spec file (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One problem found in a spec, with a stable code and its location. */
export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  location: SourceLocation;
}

export function formatLocation(location: SourceLocation): string {
  return `${printable(location.file)}:${location.line}:${location.column}`;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${formatLocation(diagnostic.location)}: ${printable(diagnostic.message)} [${diagnostic.code}]`;
}

/**
 * Text from a spec as it may be shown on a terminal: control characters, line separators and
 * bidirectional overrides written as escapes, so that a name can neither break the one-line format
 * nor send escape sequences to the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/** Thrown by a stage that found problems: carries all of them, sorted by place. */
export class SpecError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const sorted = [...diagnostics].sort(compareDiagnostics);
    super(
      `The spec has ${sorted.length} problem${sorted.length === 1 ? "" : "s"}:\n` +
        sorted.map(formatDiagnostic).join("\n"),
    );
    this.name = "SpecError";
    this.diagnostics = sorted;
  }
}

/** By file, place and message, comparing UTF-16 code units: the same order on every machine and locale. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.message, b.message) ||
    compareText(a.code, b.code)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
