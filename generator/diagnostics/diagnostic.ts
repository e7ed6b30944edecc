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
  return `${location.file}:${location.line}:${location.column}`;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${formatLocation(diagnostic.location)}: ${diagnostic.message} [${diagnostic.code}]`;
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
