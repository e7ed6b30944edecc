/**
 * Cuts a stream of JSON text into payloads without holding more than one payload in memory: a JSON
 * array (elements cut at depth 1), newline-delimited JSON (one value per line), or whitespace-separated
 * values spanning several lines. It only tracks strings, escapes and bracket depth; JSON.parse judges each
 * piece, so a malformed payload is reported at its own location and the next one is still read.
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

const QUOTE = 34, BACKSLASH = 92, NEWLINE = 10, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, COMMA = 44;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xfeff;
}

export class JsonSplitter {
  format: InputFormat | undefined;
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
  /** Array framing: inside the array, an element expected after "[" or ",", the array closed. */
  private arrayOpen = false;
  private expectElement = false;
  private sawComma = false;
  private arrayClosed = false;
  private trailingReported = false;

  push(chunk: string): (JsonPiece | FramingProblem)[] {
    const out: (JsonPiece | FramingProblem)[] = [];
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
      if (this.format === undefined) this.format = this.line === this.startLine ? "ndjson" : "values";
    };
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) {
          this.inString = false;
          if (this.depth === 0 && this.active && this.format !== "array") finish(i + 1);
        } else if (code === NEWLINE) {
          // JSON strings cannot hold a raw newline: the string is broken; stop it swallowing what follows.
          this.inString = false;
          if (this.format === "ndjson" && this.active) {
            this.depth = 0;
            finish(i);
          }
        }
      } else if (this.format === undefined && !this.active && code === OPEN_BRACKET) {
        this.format = "array";
        this.arrayOpen = true;
        this.expectElement = true;
        this.depth = 1;
      } else if (this.format === "array") {
        this.arrayCharacter(code, i, chunk, out, begin, finish);
      } else {
        // ndjson / values: top-level values at depth 0.
        if (isSpace(code)) {
          if (this.active && this.depth === 0 && this.scalar) finish(i);
          else if (code === NEWLINE && this.active && this.format === "ndjson") {
            this.depth = 0;
            finish(i);
          }
        } else {
          if (!this.active) begin(i, code !== OPEN_BRACE && code !== OPEN_BRACKET && code !== QUOTE);
          if (code === QUOTE) this.inString = true;
          else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth++;
          else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
            this.depth = Math.max(0, this.depth - 1);
            if (this.depth === 0 && !this.scalar) finish(i + 1);
          }
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

  private arrayCharacter(
    code: number,
    i: number,
    chunk: string,
    out: (JsonPiece | FramingProblem)[],
    begin: (i: number, scalar: boolean) => void,
    finish: (end: number) => void,
  ): void {
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
    void chunk;
  }

  end(): (JsonPiece | FramingProblem)[] {
    const out: (JsonPiece | FramingProblem)[] = [];
    if (this.active) {
      const text = this.parts.join("").trimEnd();
      this.parts = [];
      this.active = false;
      out.push({ kind: "piece", text, line: this.startLine, column: this.startColumn, index: this.count++ });
      this.format ??= "ndjson";
    }
    if (this.format === "array" && this.arrayOpen) {
      out.push({ kind: "problem", message: "unexpected end of input: the array is not closed with ]", line: this.line, column: this.column });
    }
    return out;
  }
}

/** The payloads of a text stream, in order, with framing problems in place. */
export async function* splitJson(chunks: AsyncIterable<string | Buffer>, splitter = new JsonSplitter()): AsyncGenerator<JsonPiece | FramingProblem> {
  for await (const chunk of chunks) yield* splitter.push(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
  yield* splitter.end();
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
      .replace(/^(Unexpected token .*), ".*" is not valid JSON$/, "$1");
    return { ok: false, message: clean, line, column };
  }
}
