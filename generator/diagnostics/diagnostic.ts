/** Where something stands in a spec file (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One problem found in a spec, with a stable code and its location. */
export interface Diagnostic {
  code: string;
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

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.message.localeCompare(b.message)
  );
}
