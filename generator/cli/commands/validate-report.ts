/** What `validate` reports, for people (one line per error) and for machines (--json). */

export interface ValidationIssue {
  /** JSON Pointer into the payload, "" for the payload itself. */
  path: string;
  /** A validator error code, or "json_parse" for text that is not JSON. */
  code: string;
  message: string;
  /** Where a parse error is, in the input (parse errors only). */
  line?: number;
  column?: number;
}

export interface PayloadFailure {
  /** 0-based position of the payload in the input. */
  index: number;
  /** Where the payload starts in the input (1-based). */
  line: number;
  column: number;
  /** The payload's discriminator value, when it has one. */
  eventType: string | null;
  errors: ValidationIssue[];
}

export interface ValidateReport {
  ok: boolean;
  source: string;
  format: "array" | "ndjson" | "values";
  total: number;
  valid: number;
  invalid: number;
  /** Problems with the input's framing (e.g. an array without its closing bracket). */
  problems: { message: string; line: number; column: number }[];
  failures: PayloadFailure[];
}

/** `<source>:<line>` (or `<source>:[index]` in an array): `<path> <code>: <message>`, one line per error. */
export function formatFailure(source: string, format: ValidateReport["format"], failure: PayloadFailure): string[] {
  return failure.errors.map((error) => {
    if (error.line !== undefined) return `${source}:${error.line}:${error.column}: ${error.code}: ${error.message}`;
    const where = format === "array" ? `[${failure.index}]` : String(failure.line);
    return `${source}:${where}: ${error.path === "" ? "(root)" : error.path} ${error.code}: ${error.message}`;
  });
}
