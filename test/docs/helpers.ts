import { posix } from "node:path";
import GithubSlugger from "github-slugger";
import MarkdownIt, { type Token } from "markdown-it";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml, stringify } from "yaml";
import { lint } from "markdownlint/sync";
import { formatFiles } from "../../generator/format/format.js";
import type { SpecSources } from "../../generator/load/load-spec.js";
import type { CatalogueModel } from "../../generator/model/types.js";
import { loadGeneratedPackage, readCatalogue } from "../../generator/pipeline.js";
import { docsTarget } from "../../generator/targets/docs/emit-docs.js";
import type { GeneratedPackage } from "../../generator/targets/target.js";

export const miniSpec = "test/fixtures/specs/mini";
export const fullCatalogue = "spec/catalogue";

export interface DocsRun {
  model: CatalogueModel;
  /** The real generated runtime (validators, factories) for the same spec. */
  generated: GeneratedPackage;
  /** Formatted pages by path relative to docs/. */
  pages: Map<string, string>;
  /** The other files under docs/ (each family folder's `_category_.json`). */
  otherFiles: Map<string, string>;
}

/** The docs as the pipeline emits and formats them, and the real generated package to check them against. */
export async function renderDocs(options: { specPath?: string; sources?: SpecSources; templatesDir?: string; previous?: CatalogueModel }): Promise<DocsRun> {
  const model = readCatalogue(options);
  const generated = await loadGeneratedPackage(options);
  const files = await docsTarget.emit(model, { selected: ["docs"], templatesDir: options.templatesDir, ...(options.previous ? { previous: options.previous } : {}) });
  const formatted = await formatFiles(files);
  const byPath = formatted.map((f) => [f.path.slice("docs/".length), f.contents] as const);
  return { model, generated, pages: new Map(byPath.filter(([path]) => path.endsWith(".md"))), otherFiles: new Map(byPath.filter(([path]) => !path.endsWith(".md"))) };
}

/** Rules that do not fit generated reference pages. */
export const markdownlintConfig = {
  default: true,
  // Property tables and descriptions are as wide as their content.
  "line-length": false,
  // Prettier pads table columns; the style rule would only repeat its choice.
  "table-column-style": false,
  // The front matter's title is for the site's navigation and <title>; the page's own heading is its H1.
  "single-title": { front_matter_title: "" },
};

/** markdownlint's findings over every page, one line each ("" when clean). */
export function lintPages(pages: Map<string, string>): string {
  const results = lint({ strings: Object.fromEntries(pages), config: markdownlintConfig });
  return Object.entries(results)
    .flatMap(([page, errors]) => errors.map((e) => `${page}:${e.lineNumber} ${e.ruleNames.join("/")} ${e.ruleDescription} ${e.errorDetail ?? ""} ${e.errorContext ?? ""}`))
    .join("\n");
}

export const markdown = new MarkdownIt();

/** A page's YAML front matter (parsed) and the Markdown after it, as GitHub and docs sites split them. */
export function splitFrontMatter(source: string): { frontMatter: Record<string, unknown> | undefined; body: string } {
  const match = /^---\n([^]*?)\n---\n/.exec(source);
  if (!match) return { frontMatter: undefined, body: source };
  return { frontMatter: parseYaml(match[1]!) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** The Markdown tokens of a page, its front matter left out. */
export function tokensOf(source: string): Token[] {
  return markdown.parse(splitFrontMatter(source).body, {});
}

/** Every token, inline children included, in document order. */
export function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...allTokens(t.children ?? [])]);
}

/** The rendered text of a heading's inline token (text and code spans). */
function inlineText(token: Token): string {
  return (token.children ?? []).filter((c) => c.type === "text" || c.type === "code_inline").map((c) => c.content).join("");
}

/** The anchors GitHub and Docusaurus give the page's headings (github-slugger over each heading's text). */
export function headingAnchorsOf(tokens: Token[]): string[] {
  const slugger = new GithubSlugger();
  return tokens.flatMap((t, i) => (t.type === "heading_open" ? [slugger.slug(inlineText(tokens[i + 1]!))] : []));
}

export interface Heading {
  level: number;
  text: string;
}

export function headingsOf(tokens: Token[]): Heading[] {
  return tokens.flatMap((t, i) => (t.type === "heading_open" ? [{ level: Number(t.tag.slice(1)), text: inlineText(tokens[i + 1]!) }] : []));
}

export function linkHrefsOf(tokens: Token[]): string[] {
  return allTokens(tokens).flatMap((t) => (t.type === "link_open" ? [String(t.attrGet("href") ?? "")] : []));
}

/** The page a relative link points to, from the page it is on (both relative to docs/). */
export function linkTarget(from: string, href: string): { page: string; anchor: string | undefined } {
  const [page, anchor] = href.split("#") as [string, string | undefined];
  return { page: page === "" ? from : posix.normalize(posix.join(posix.dirname(from), decodeURI(page))), anchor: anchor === undefined ? undefined : decodeURIComponent(anchor) };
}

/**
 * Internal links (no scheme) whose page or anchor does not exist, as "from -> href": pages resolved as
 * files relative to the page (as GitHub and Docusaurus resolve them), anchors by github-slugger.
 */
export function brokenLinks(pages: Map<string, string>): string[] {
  const parsed = new Map([...pages].map(([path, source]) => [path, tokensOf(source)]));
  const anchors = new Map([...parsed].map(([path, tokens]) => [path, new Set(headingAnchorsOf(tokens))]));
  const broken: string[] = [];
  for (const [path, tokens] of parsed) {
    for (const href of linkHrefsOf(tokens)) {
      if (/^[a-z]+:/i.test(href)) continue;
      const { page, anchor } = linkTarget(path, href);
      if (!anchors.has(page) || (anchor !== undefined && !anchors.get(page)!.has(anchor))) broken.push(`${path} -> ${href}`);
    }
  }
  return broken;
}

/** The JSON of every fenced json block, by page. */
export function jsonBlocksOf(tokens: Token[]): unknown[] {
  return tokens.filter((t) => t.type === "fence" && t.info.trim() === "json").map((t) => JSON.parse(t.content));
}

/** A table row: the inline token of each cell, and the row's source line. */
export type TableRow = Token[] & { line: number };

/** Every table row (header included), table by table. */
export function tablesOf(tokens: Token[]): TableRow[][] {
  const tables: TableRow[][] = [];
  let row: TableRow | undefined;
  for (const [i, token] of tokens.entries()) {
    if (token.type === "table_open") tables.push([]);
    else if (token.type === "tr_open") tables.at(-1)!.push((row = Object.assign([], { line: token.map![0] })));
    else if (token.type === "th_open" || token.type === "td_open") row!.push(tokens[i + 1]!);
  }
  return tables;
}

/** The pipes of a source line that separate cells (an escaped pipe does not). */
export function cellSeparators(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === "|") count++;
  }
  return count;
}

/** What a reader sees of an inline token: text, code spans with their backticks, breaks as newlines. */
export function visibleText(inline: Token): string {
  return (inline.children ?? [])
    .map((c) => (c.type === "text" ? c.content : c.type === "code_inline" ? `\`${c.content}\`` : c.type.endsWith("break") ? "\n" : ""))
    .join("");
}

/** Text that would break a table, open HTML, start blocks or make links if it were not escaped. */
export const hostile = (n: number) =>
  [
    `Pipe | number ${n} with \`code | pipe\` and <script>alert(${n})</script>`,
    "# not a heading",
    "- not a list",
    "",
    "    not a code block",
    "1. not a list either",
    "[x](y) *star* _under_ ~~strike~~ <b>bold</b> &amp; ` lone backtick",
    "{{ 7*191 }} and {expression} for Vue and MDX",
    "> not a quote",
  ].join("\n");

/** The mini spec with every text a writer types (descriptions, summaries, titles, reasons) made hostile. */
export function hostileMiniSpec(): Map<string, string> {
  const path = join(miniSpec, "catalogue.yaml");
  const spec = parseYaml(readFileSync(path, "utf8"));
  let n = 0;
  const textKeys = new Set(["description", "summary", "title", "deprecated"]);
  const visit = (node: unknown, parentKey?: string): void => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      // Enum values map a value to its description.
      if ((textKeys.has(key) || parentKey === "values") && typeof value === "string") (node as Record<string, unknown>)[key] = hostile(++n);
      else visit(value, key);
    }
  };
  visit(spec.families);
  visit(spec.enums);
  visit(spec.shapes);
  visit(spec.groups);
  visit(spec.events);
  return new Map([[path, stringify(spec)]]);
}

/** The mini spec as an older release had it: one event fewer, an enum value fewer, a property more, another description. */
export function previousMiniSpec(): Map<string, string> {
  const path = join(miniSpec, "catalogue.yaml");
  const spec = parseYaml(readFileSync(path, "utf8"));
  spec.package.version = "1.1.0";
  delete spec.events["device.removed"];
  delete spec.enums.LockMethod.values.manual;
  spec.events["lock.unlocked"].properties.code = { type: "string", optional: true, description: "The code typed." };
  spec.events["lock.unlocked"].description = "A lock was unlocked.";
  return new Map([[path, stringify(spec)]]);
}
