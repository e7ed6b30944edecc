/**
 * Markdown laid out as prettier writes it (proseWrap "preserve"), for the pages rendered from
 * templates: one blank line between blocks, no trailing spaces, one final newline, and tables padded
 * so that their columns line up. The templates are written in prettier's style (`-` lists, `_`
 * emphasis); a test has prettier check every emitted page.
 */

/** Lays out a rendered page. Code blocks are kept as they are, but for trailing spaces. */
export function layoutMarkdown(text: string): string {
  const out: string[] = [];
  let table: string[] = [];
  let fence: string | undefined;
  const endTable = () => {
    if (table.length > 0) out.push(...padTable(table));
    table = [];
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    const line = raw.trimEnd();
    if (fence !== undefined) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && raw.trim() === marker) fence = undefined;
      continue;
    }
    if (line.startsWith("|")) {
      table.push(line);
      continue;
    }
    endTable();
    if (marker) fence = marker;
    // A blank line only between blocks: never two, never first.
    if (line === "" && (out.length === 0 || out.at(-1) === "")) continue;
    out.push(line);
  }
  endTable();
  while (out.at(-1) === "") out.pop();
  return `${out.join("\n")}\n`;
}

/** Cells of a table row, split at pipes that are not escaped (`\|` stays in its cell). */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** Prettier's table: every column as wide as its widest cell (at least 3), the delimiter row of dashes. */
function padTable(rows: string[]): string[] {
  const table = rows.map(cells);
  const align = table[1]!.map((cell) => (cell.startsWith(":") && cell.endsWith(":") ? "center" : cell.endsWith(":") ? "right" : cell.startsWith(":") ? "left" : "none"));
  const body = [table[0]!, ...table.slice(2)];
  const widths = align.map((_, column) => Math.max(3, ...body.map((row) => textWidth(row[column] ?? ""))));
  const row = (texts: string[]) =>
    `| ${widths
      .map((width, column) => {
        const text = texts[column] ?? "";
        const spaces = width - textWidth(text);
        const before = align[column] === "right" ? spaces : align[column] === "center" ? Math.floor(spaces / 2) : 0;
        return " ".repeat(before) + text + " ".repeat(spaces - before);
      })
      .join(" | ")} |`;
  const delimiter = `| ${widths
    .map((width, column) => {
      const a = align[column];
      return (a === "left" || a === "center" ? ":" : "-") + "-".repeat(width - 2) + (a === "right" || a === "center" ? ":" : "-");
    })
    .join(" | ")} |`;
  return [row(body[0]!), delimiter, ...body.slice(1).map(row)];
}

/** Columns a text takes in a monospace font, as prettier counts them: wide East Asian characters and emoji take two. */
export function textWidth(text: string): number {
  if (!/[^\x20-\x7e]/.test(text)) return text.length;
  let width = 0;
  for (const character of text.replace(/\p{Extended_Pictographic}\uFE0F?/gu, "  ")) {
    const code = character.codePointAt(0)!;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f)) continue;
    width += wide.test(character) ? 2 : 1;
  }
  return width;
}

/**
 * East Asian Wide and Fullwidth characters (Unicode's EastAsianWidth W and F) of the common blocks:
 * CJK, kana, hangul, fullwidth forms. Rarer wide scripts (Tangut, Nushu) count as one column here.
 */
const wide = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
