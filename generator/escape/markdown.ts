/**
 * Markdown text from spec text. Descriptions are plain text in which `code spans` are kept (writers use
 * them for names); everything else that Markdown would format, link or turn into HTML is escaped.
 */

/** Control characters (NUL, terminal escapes) and bidirectional overrides are spelled out, never copied. */
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const spelledOut = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

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

/**
 * Escapes everything inline that would format, link or open HTML; a bare URL becomes a link whose text
 * is the URL, so that no trailing punctuation joins it. Not an autolink (`<https://…>`): MDX reads `<`
 * as the start of JSX.
 */
function escapeInline(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(url)) {
    // The pattern admits http(s) URLs only; parentheses are encoded so that none ends the destination.
    const destination = encodeURI(match[0]).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    out += escapeInlineCharacters(text.slice(last, match.index)) + `[${escapeInlineCharacters(match[0])}](${destination})`;
    last = match.index + match[0].length;
  }
  return out + escapeInlineCharacters(text.slice(last));
}

function escapeInlineCharacters(text: string): string {
  return text
    // Braces too: MDX (Docusaurus) reads `{` as the start of a JavaScript expression. VitePress
    // compiles a page as a Vue template, where `{{` in text starts an expression whatever the escape:
    // a zero-width space keeps two braces apart in the HTML.
    .replace(/[\\`*[\]<>|~{}]/g, "\\$&")
    .replace(/\\\{(?=\\\{)/g, "\\{\u200b")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
    // An underscore inside a word never formats (CommonMark), so snake_case names stay readable.
    .replace(/_/g, (underscore, offset: number, whole: string) =>
      /[\p{L}\p{N}]/u.test(whole[offset - 1] ?? "") && /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? "") ? underscore : "\\_",
    );
}

/** A code span around text, with a backtick fence longer than any run inside it. */
export function codeSpan(spanText: string): string {
  // A line break could end a heading or a table row, and what follows would be read as a new block.
  const text = spanText.replace(/\s*(?:\r\n?|[\n\u2028\u2029])\s*/g, " ").replace(invisible, spelledOut);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || /^ .* $/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A code span for a table cell (a name in a row, a link text): the pipes escaped too, as GFM tables need. */
export function cellCode(text: string): string {
  return codeSpan(text).replace(/\|/g, "\\|");
}

function joinSegments(text: string, inTable: boolean): string {
  const visible = text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(invisible, spelledOut);
  return splitCodeSpans(visible)
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

/**
 * A link destination built from spec names (a page path): percent-encoded except for the characters
 * of a plain relative path and its #anchor, so that it can neither end the link nor change its scheme.
 */
export function linkDestination(href: string): string {
  const wellFormed = href.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  const encoded = encodeURI(wellFormed).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  // A colon before the first slash would read as a scheme (javascript:); a relative path never needs one.
  return encoded.replace(/^[^/#?]*:/, (head) => head.replace(/:/g, "%3A"));
}

/**
 * Spec text as a front matter value (YAML): one line, in double quotes. JSON's string syntax is YAML's
 * double-quoted scalar; characters YAML does not allow in it as they are are spelled out first, as in
 * the page's Markdown. VitePress copies front matter as JSON into a `<script>` block of the page's
 * Vue component, where a `</script>` would end it: a zero-width space after each `<` prevents that.
 */
export function frontMatterString(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, " ").trim().replace(invisible, spelledOut).replace(/</g, "<\u200b"));
}

export class UnsafePageNameError extends Error {
  constructor(what: string, name: string) {
    super(`${what} ${JSON.stringify(name)} cannot become the name of a docs page; the spec check should have refused it`);
    this.name = "UnsafePageNameError";
  }
}

/**
 * Names that become page or folder names (a family key, an event name) are never escaped: each must
 * already be a portable file name of lower-case letters, digits, `_`, `.` and `-`, or nothing is emitted.
 */
export function pageName(what: string, name: string): string {
  if (!/^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/.test(name)) throw new UnsafePageNameError(what, name);
  return name;
}

/** A fenced code block fence that no line of the content can close. */
export function codeFence(content: string): string {
  const longestRun = Math.max(0, ...(content.match(/^`{3,}/gm) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longestRun + 1));
}
