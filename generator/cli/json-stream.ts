/**
 * Cuts a stream of JSON text into payloads without holding more than one payload in memory: a JSON
 * array (elements cut at depth 1), newline-delimited JSON (one value per line), or whitespace-separated
 * values spanning several lines. JSON.parse judges each piece, so a malformed payload is reported at
 * its own location and the next one is still read.
 *
 * Newline-delimited JSON, the form large inputs take, is cut with indexOf("\n") over each chunk: no
 * character of a line is looked at in JavaScript, and a broken line ends at its line end whatever it
 * holds. Arrays and multi-line values are cut by a scanner that tracks strings, escapes and depth.
 */

export type InputFormat = "array" | "ndjson" | "values";

/** One payload's text, where it starts (1-based) and its ordinal (0-based). */
export interface JsonPiece {
  kind: "piece";
  text: string;
  line: number;
  column: number;
  index: number;
}

/** A problem with the input's framing rather than with one payload (e.g. an unclosed array). */
export interface FramingProblem {
  kind: "problem";
  message: string;
  line: number;
  column: number;
}

type Output = (JsonPiece | FramingProblem)[];

const QUOTE = 34, BACKSLASH = 92, NEWLINE = 10, CARRIAGE_RETURN = 13, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, COMMA = 44, COLON = 58;
const BYTE_ORDER_MARK = "\ufeff";
const BLANK_LINE = /^[ \t\r]*$/;
const FIRST_CHARACTER = /[^ \t\r\n\ufeff]/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xfeff;
}

export class JsonSplitter {
  format: InputFormat | undefined;
  /** The input read before its format is known: at most its first two non-blank lines. */
  private head = "";
  /** Whether the first non-blank character is `[`; undefined until one is read. */
  private opensArray: boolean | undefined;
  private cutter: LineCutter | ValueScanner | undefined;

  push(chunk: string): Output {
    if (this.cutter) return this.cutter.push(chunk);
    this.head += chunk;
    // An array shows at its bracket, the other formats only at a line end. Only the new chunk is
    // searched: searching the head again for every chunk of a long first line took time quadratic in its length.
    if (this.opensArray === undefined) {
      const first = FIRST_CHARACTER.exec(chunk);
      if (first) this.opensArray = first[0] === "[";
    }
    return chunk.includes("\n") || this.opensArray ? this.start(false) : [];
  }

  end(): Output {
    const out = this.cutter ? [] : this.start(true);
    return [...out, ...this.cutter!.end()];
  }

  /** Picks the format once the head shows it (or the input ended), and cuts what was held back. */
  private start(final: boolean): Output {
    const format = formatOf(this.head, final);
    if (format === undefined) return [];
    this.format = format;
    this.cutter = format === "ndjson" ? new LineCutter() : new ValueScanner(format);
    const head = this.head;
    this.head = "";
    return this.cutter.push(head);
  }
}

/**
 * The format, from the start of the input: `[` opens an array. Otherwise the input is newline-delimited
 * unless its first line stops inside a value (it ends with `{`, `[`, `,` or `:`) and the next non-blank
 * line continues it (indented, or not starting a value of its own), as in a pretty-printed payload. So a
 * broken first line (an unclosed brace or string) does not turn the rest of a stream into one value.
 */
function formatOf(head: string, final: boolean): InputFormat | undefined {
  const first = /[^ \t\r\n\ufeff]/.exec(head);
  if (!first) return final ? "ndjson" : undefined;
  if (head[first.index] === "[") return "array";
  const lineEnd = head.indexOf("\n", first.index);
  if (lineEnd === -1) return final ? "ndjson" : undefined;
  if (!stopsInsideValue(head, lineEnd)) return "ndjson";
  const next = /[^ \t\r\n]/g;
  next.lastIndex = lineEnd + 1;
  const found = next.exec(head);
  if (!found) return final ? "ndjson" : undefined;
  const startsLine = head[found.index - 1] === "\n";
  return startsLine && (head[found.index] === "{" || head[found.index] === "[") ? "ndjson" : "values";
}

/** Whether the line ending at `lineEnd` ends with a character after which a JSON value must go on. */
function stopsInsideValue(text: string, lineEnd: number): boolean {
  let i = lineEnd - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === CARRIAGE_RETURN)) i--;
  const code = text.charCodeAt(i);
  return code === OPEN_BRACE || code === OPEN_BRACKET || code === COMMA || code === COLON;
}

/** Newline-delimited JSON: each non-blank line is a piece. */
class LineCutter {
  private partial: string[] = [];
  private line = 1;
  private count = 0;

  push(chunk: string): Output {
    const out: Output = [];
    let from = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", from)) {
      let text = chunk.slice(from, end);
      if (this.partial.length > 0) {
        this.partial.push(text);
        text = this.partial.join("");
        this.partial = [];
      }
      this.cut(text, out);
      from = end + 1;
    }
    if (from < chunk.length) this.partial.push(chunk.slice(from));
    return out;
  }

  end(): Output {
    const out: Output = [];
    if (this.partial.length > 0) this.cut(this.partial.join(""), out);
    this.partial = [];
    return out;
  }

  private cut(text: string, out: Output): void {
    const line = this.line++;
    let column = 1;
    if (line === 1 && text.startsWith(BYTE_ORDER_MARK)) {
      text = text.slice(1);
      column = 2;
    }
    if (text.charCodeAt(text.length - 1) === CARRIAGE_RETURN) text = text.slice(0, -1);
    if (BLANK_LINE.test(text)) return;
    out.push({ kind: "piece", text, line, column, index: this.count++ });
  }
}

/** An array, or values spanning lines: follows strings, escapes and bracket depth character by character. */
class ValueScanner {
  private line = 1;
  private column = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Parts of the payload being read, and where it started. */
  private parts: string[] = [];
  private active = false;
  private scalar = false;
  private startLine = 0;
  private startColumn = 0;
  private count = 0;
  /** Array framing: the opening bracket seen, inside the array, a comma just seen, the array closed. */
  private arrayStarted = false;
  private arrayOpen = false;
  private sawComma = false;
  private arrayClosed = false;
  private trailingReported = false;

  constructor(private readonly format: "array" | "values") {}

  push(chunk: string): Output {
    const out: Output = [];
    let segment = 0;
    const begin = (i: number, scalar: boolean) => {
      this.active = true;
      this.scalar = scalar;
      this.startLine = this.line;
      this.startColumn = this.column;
      segment = i;
    };
    const finish = (end: number) => {
      this.parts.push(chunk.slice(segment, end));
      const text = this.parts.join("").trimEnd();
      this.parts = [];
      this.active = false;
      out.push({ kind: "piece", text, line: this.startLine, column: this.startColumn, index: this.count++ });
    };
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) {
          this.inString = false;
          if (this.depth === 0 && this.active && this.format === "values") finish(i + 1);
        } else if (code === NEWLINE) {
          // JSON strings cannot hold a raw newline: the string is broken; stop it swallowing what follows.
          this.inString = false;
        }
      } else if (this.format === "array") {
        if (!this.arrayStarted) {
          if (code === OPEN_BRACKET) {
            this.arrayStarted = true;
            this.arrayOpen = true;
            this.depth = 1;
          }
        } else this.arrayCharacter(code, i, out, begin, finish);
      } else if (isSpace(code)) {
        if (this.active && this.depth === 0 && this.scalar) finish(i);
      } else {
        // Values: top-level values at depth 0.
        if (!this.active) begin(i, code !== OPEN_BRACE && code !== OPEN_BRACKET && code !== QUOTE);
        if (code === QUOTE) this.inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          this.depth = Math.max(0, this.depth - 1);
          if (this.depth === 0 && !this.scalar) finish(i + 1);
        }
      }
      if (code === NEWLINE) {
        this.line++;
        this.column = 1;
      } else this.column++;
    }
    if (this.active) this.parts.push(chunk.slice(segment));
    return out;
  }

  private arrayCharacter(code: number, i: number, out: Output, begin: (i: number, scalar: boolean) => void, finish: (end: number) => void): void {
    if (this.arrayClosed) {
      if (!isSpace(code) && !this.trailingReported) {
        this.trailingReported = true;
        out.push({ kind: "problem", message: "unexpected text after the closing ]", line: this.line, column: this.column });
      }
      return;
    }
    if (this.depth === 1 && (code === COMMA || code === CLOSE_BRACKET)) {
      if (this.active) finish(i);
      else if (code === COMMA || this.sawComma) {
        out.push({ kind: "problem", message: code === COMMA ? "missing element before ','" : "trailing ',' before ']'", line: this.line, column: this.column });
      }
      this.sawComma = code === COMMA;
      if (code === CLOSE_BRACKET) {
        this.arrayClosed = true;
        this.arrayOpen = false;
        this.depth = 0;
      }
      return;
    }
    if (isSpace(code)) return;
    if (!this.active) begin(i, false);
    if (code === QUOTE) this.inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) this.depth = Math.max(1, this.depth - 1);
  }

  end(): Output {
    const out: Output = [];
    if (this.active) {
      const text = this.parts.join("").trimEnd();
      this.parts = [];
      this.active = false;
      out.push({ kind: "piece", text, line: this.startLine, column: this.startColumn, index: this.count++ });
    }
    if (this.format === "array" && this.arrayOpen) {
      out.push({ kind: "problem", message: "unexpected end of input: the array is not closed with ]", line: this.line, column: this.column });
    }
    return out;
  }
}

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/** JSON.parse with the error's position turned into a line and column of the whole input. */
export function parsePiece(piece: JsonPiece): Parsed {
  try {
    return { ok: true, value: JSON.parse(piece.text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    let line = piece.line;
    let column = piece.column;
    if (position) {
      const before = piece.text.slice(0, Number(position[1]));
      const newlines = before.split("\n");
      line += newlines.length - 1;
      column = newlines.length > 1 ? newlines.at(-1)!.length + 1 : column + before.length;
    } else if (/end of JSON input|Unterminated/.test(message)) {
      const lines = piece.text.split("\n");
      line += lines.length - 1;
      column = lines.length > 1 ? lines.at(-1)!.length + 1 : column + piece.text.length;
    }
    const clean = message
      .replace(/ in JSON at position \d+.*$/, "")
      .replace(/ \(line \d+ column \d+\)$/, "")
      .replace(/^(Unexpected token .*?), (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "$1");
    return { ok: false, message: clean, line, column };
  }
}
