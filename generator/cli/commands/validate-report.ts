/** What `validate` reports, for people (one line per error) and for machines (--json and --format junit, streamed). */
import { junitCase, junitHeader, junitSuiteStart } from "../junit.js";

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
  /** Present when the payload has more errors than those listed (--max-errors). */
  moreErrors?: true;
}

export type InputFormat = "array" | "ndjson" | "values";

export interface FramingProblemReport {
  message: string;
  line: number;
  column: number;
}

/**
 * Characters that a terminal acts on or that reorder what it shows: C0 and C1 controls (escape
 * sequences start with ESC or CSI), DEL, line and paragraph separators, and bidirectional marks and
 * overrides. Input text is echoed with each of them written as a visible \uXXXX escape.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeOf = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Text from the input made safe to print on a terminal, one line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeOf);
}

/** JSON text with the controls JSON.stringify leaves raw (C1, separators, bidi marks) escaped: the same value, safe on a terminal. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value).replace(UNPRINTABLE, escapeOf);
}

/** `<source>:<line>` (or `<source>:[index]` in an array): `<path> <code>: <message>`, one line per error. */
export function formatFailure(source: string, format: InputFormat, failure: PayloadFailure): string[] {
  const where = format === "array" ? `${source}:[${failure.index}]` : `${source}:${failure.line}`;
  const lines = failure.errors.map((error) => {
    if (error.line !== undefined) return `${source}:${error.line}:${error.column}: ${error.code}: ${error.message}`;
    return `${where}: ${error.path === "" ? "(root)" : error.path} ${error.code}: ${error.message}`;
  });
  if (failure.moreErrors) lines.push(`${where}: more errors not listed (at most ${failure.errors.length} per payload; see --max-errors)`);
  return lines.map(printable);
}

/** Most framing problems listed by --json; later ones are only counted, so that output stays bounded. */
export const MAX_LISTED_PROBLEMS = 100;

/**
 * The --json report, written as it is made: failures are printed one per line as they are found, and
 * the counts, known only at the end, come last. Memory stays flat however many payloads fail.
 */
export class JsonReport {
  private started = false;
  private failures = 0;
  private readonly problems: FramingProblemReport[] = [];
  private problemCount = 0;

  constructor(
    private readonly source: string,
    /** Where the validators came from: the output folder, or the spec built in memory. */
    private readonly validators: "output" | "spec",
    private readonly write: (text: string) => void,
  ) {}

  private start(format: InputFormat): void {
    if (this.started) return;
    this.started = true;
    this.write(`{\n  "source": ${printableJson(this.source)},\n  "format": ${printableJson(format)},\n  "validators": "${this.validators}",\n  "failures": [`);
  }

  failure(format: InputFormat, failure: PayloadFailure): void {
    this.start(format);
    this.write(`${this.failures++ === 0 ? "" : ","}\n    ${printableJson(failure)}`);
  }

  problem(problem: FramingProblemReport): void {
    if (this.problemCount++ < MAX_LISTED_PROBLEMS) this.problems.push(problem);
  }

  end(format: InputFormat, counts: { ok: boolean; total: number; valid: number; invalid: number }): void {
    this.start(format);
    const problems = this.problems.map((problem) => `\n    ${printableJson(problem)}`).join(",");
    const unlisted = this.problemCount - this.problems.length;
    this.write(
      [
        `${this.failures === 0 ? "" : "\n  "}],`,
        `  "problems": [${problems}${problems === "" ? "" : "\n  "}],`,
        ...(unlisted > 0 ? [`  "problemsNotListed": ${unlisted},`] : []),
        `  "total": ${counts.total},`,
        `  "valid": ${counts.valid},`,
        `  "invalid": ${counts.invalid},`,
        `  "ok": ${counts.ok}`,
        "}\n",
      ].join("\n"),
    );
  }
}

/**
 * The --format junit report, written as it is made: one case per payload (failing when invalid, its
 * errors as `source:line:column: path code: message`) and one failing case per framing problem. The
 * counts are known only at the end, so the suite carries none: JUnit readers count the cases.
 */
export class JunitStream {
  private started = false;

  constructor(
    private readonly source: string,
    private readonly write: (text: string) => void,
  ) {}

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.write(`${junitHeader}<testsuites name="seam-events validate">\n${junitSuiteStart(`validate ${this.source}`)}`);
  }

  private where(format: InputFormat, payload: { index: number; line: number }): string {
    return format === "array" ? `${this.source}:[${payload.index}]` : `${this.source}:${payload.line}`;
  }

  passed(format: InputFormat, payload: { index: number; line: number }): void {
    this.start();
    this.write(junitCase({ name: this.where(format, payload), classname: "payload", file: this.source, line: payload.line }));
  }

  failure(format: InputFormat, failure: PayloadFailure): void {
    this.start();
    const first = failure.errors[0]!;
    const at = (line: number, column: number) => `${this.source}:${line}:${column}`;
    const text = failure.errors.map((error) =>
      error.line !== undefined
        ? `${at(error.line, error.column!)}: ${error.code}: ${error.message}`
        : `${at(failure.line, failure.column)}: ${error.path === "" ? "(root)" : error.path} ${error.code}: ${error.message}`,
    );
    if (failure.moreErrors) text.push(`${at(failure.line, failure.column)}: more errors not listed (at most ${failure.errors.length} per payload; see --max-errors)`);
    this.write(
      junitCase({
        name: this.where(format, failure),
        classname: failure.eventType ?? "payload",
        file: this.source,
        line: failure.line,
        failure: { message: `${first.path === "" ? "(root)" : first.path} ${first.code}: ${first.message}`, type: first.code, text: text.join("\n") },
      }),
    );
  }

  problem(problem: FramingProblemReport): void {
    this.start();
    const where = `${this.source}:${problem.line}:${problem.column}`;
    this.write(junitCase({ name: where, classname: "input", file: this.source, line: problem.line, failure: { message: problem.message, type: "json_framing", text: `${where}: ${problem.message}` } }));
  }

  /** Closes the report; an input without payloads is one failing case, as it fails the run. */
  end(total: number): void {
    this.start();
    if (total === 0) this.write(junitCase({ name: this.source, classname: "input", failure: { message: "no payloads in the input", type: "empty_input", text: `${this.source}: no payloads in the input` } }));
    this.write("  </testsuite>\n</testsuites>\n");
  }
}
