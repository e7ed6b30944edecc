/**
 * Markdown text from spec text. Descriptions are plain text in which `code spans` are kept (writers use
 * them for names); everything else that Markdown would format, link or turn into HTML is escaped.
 */

type Segment = { code: boolean; text: string };

/** Splits text into CommonMark code spans (a run of n backticks closed by exactly n) and plain runs. */
function splitCodeSpans(text: string): Segment[] {
  const segments: Segment[] = [];
  let plain = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "`") {
      plain += text[i++];
      continue;
    }
    const run = /^`+/.exec(text.slice(i))![0];
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, "g");
    close.lastIndex = i + run.length;
    const end = close.exec(text);
    if (!end) {
      plain += run; // unmatched backticks are plain text, escaped below
      i += run.length;
      continue;
    }
    if (plain) segments.push({ code: false, text: plain });
    plain = "";
    segments.push({ code: true, text: text.slice(i + run.length, end.index) });
    i = end.index + run.length;
  }
  if (plain) segments.push({ code: false, text: plain });
  return segments;
}

const url = /\bhttps?:\/\/[^\s<>|`\\"]*[^\s<>|`\\".,;:!?)\]'*_~]/g;

/** Escapes everything inline that would format, link or open HTML; bare URLs become autolinks. */
function escapeInline(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(url)) {
    out += escapeInlineCharacters(text.slice(last, match.index)) + `<${match[0]}>`;
    last = match.index + match[0].length;
  }
  return out + escapeInlineCharacters(text.slice(last));
}

function escapeInlineCharacters(text: string): string {
  return text
    .replace(/[\\`*[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
    // An underscore inside a word never formats (CommonMark), so snake_case names stay readable.
    .replace(/_/g, (underscore, offset: number, whole: string) =>
      /[\p{L}\p{N}]/u.test(whole[offset - 1] ?? "") && /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? "") ? underscore : "\\_",
    );
}

/** A code span around text, with a backtick fence longer than any run inside it. */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || /^ .* $/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function joinSegments(text: string, inTable: boolean): string {
  return splitCodeSpans(text.replace(/\r\n?/g, "\n"))
    .map((segment) => {
      if (!segment.code) return escapeInline(segment.text);
      // A line ending inside a code span renders as a space anyway; a new line could start a block.
      const content = segment.text.replace(/\s*\n\s*/g, " ");
      return codeSpan(inTable ? content.replace(/\|/g, "\\|") : content);
    })
    .join("");
}

/** Spec text for one table cell: one line, pipes escaped, nothing that formats or opens HTML. */
export function escapeTableCell(text: string): string {
  return joinSegments(text.replace(/\s+/g, " ").trim(), true);
}

/** Characters that begin a block (heading, quote, list, setext underline) when they start a line. */
const blockStart = /^(#|>|[-+=]|\d+(?=[.)]))/;

/**
 * Spec text for a paragraph: paragraph breaks kept, each line's start escaped so that it never
 * begins a heading, list, quote or code block, and the rest escaped as inline text.
 */
export function escapeProse(text: string): string {
  const escaped = joinSegments(text.replace(/\r\n?/g, "\n").replace(/\t/g, " ").trim(), false);
  return escaped
    .split("\n")
    .map((line) => line.trim())
    .map((line) => line.replace(blockStart, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`)))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

/**
 * GitHub's heading anchor: the heading's text lower-cased, punctuation removed, spaces as hyphens.
 * Backticks and escapes are punctuation too, so the Markdown source of a heading gives the same anchor.
 */
export function headingAnchor(headingText: string): string {
  return headingText
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors of one page, in heading order: a repeated heading gets -1, -2, ... as on GitHub. */
export class PageAnchors {
  private readonly seen = new Set<string>();

  add(headingText: string): string {
    const base = headingAnchor(headingText);
    let anchor = base;
    for (let n = 1; this.seen.has(anchor); n++) anchor = `${base}-${n}`;
    this.seen.add(anchor);
    return anchor;
  }
}

/** A fenced code block fence that no line of the content can close. */
export function codeFence(content: string): string {
  const longestRun = Math.max(0, ...(content.match(/^`{3,}/gm) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longestRun + 1));
}
