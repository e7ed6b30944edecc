/** Positions in a spec file's text, for problems found before (or without) the YAML parser. */

/** 1-based line and column of a text offset, counting CRLF, LF and a lone CR each as one line break (as editors do). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
