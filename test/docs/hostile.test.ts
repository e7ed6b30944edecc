import { describe, expect, it } from "vitest";
import { markdownProblems } from "../spec/hostile-output-checks.js";
import { allTokens, brokenLinks, splitFrontMatter, cellSeparators, hostile, hostileMiniSpec, lintPages, miniSpec, renderDocs, tablesOf, tokensOf, visibleText, type DocsRun } from "./helpers.js";

let run: Promise<DocsRun> | undefined;
const load = () => (run ??= renderDocs({ sources: hostileMiniSpec(), specPath: miniSpec }));

describe("docs for a spec with hostile descriptions", () => {
  it("opens no HTML, makes no link from spec text and no block the templates did not write", async () => {
    for (const [path, source] of (await load()).pages) {
      const tokens = allTokens(tokensOf(source));
      const types = new Set(tokens.map((t) => t.type));
      for (const unwanted of ["html_inline", "html_block", "code_block", "bullet_list_open", "ordered_list_open", "s_open", "hr"]) {
        expect(types.has(unwanted), `${path}: ${unwanted}`).toBe(false);
      }
      const hrefs = tokens.filter((t) => t.type === "link_open").map((t) => t.attrGet("href"));
      expect(hrefs, path).not.toContain("y");
      expect(source, path).toContain("not a heading");
    }
  });

  it("has no raw HTML and no link with a scheme even for a renderer that allows HTML and every link", async () => {
    // The helpers' parser drops HTML and javascript: links by itself; this one shows them.
    for (const [path, source] of (await load()).pages) expect(markdownProblems(path, source, [])).toEqual([]);
  });

  it("keeps every table's column count and shows each cell's text as written", async () => {
    const { pages } = await load();
    let wholeDescriptions = 0;
    for (const [path, source] of pages) {
      const lines = splitFrontMatter(source).body.split("\n");
      for (const table of tablesOf(tokensOf(source))) {
        const columns = table[0]!.length;
        for (const row of table) {
          // markdown-it pads or cuts rows to the header's width, so also compare the source's cell count.
          expect(row.length, path).toBe(columns);
          expect(cellSeparators(lines[row.line]!), `${path}: ${lines[row.line]}`).toBe(columns + 1);
          // The zero-width space that keeps two braces apart for Vue is the one change a reader cannot see.
          const text = visibleText(row.at(-1)!).replace(/\u200b/g, "");
          // A cell may hold a group title (in a sentence), a deprecation reason and a description;
          // summaries show the first sentence only.
          for (const shown of text.split(/(?=Pipe \| number)/).filter((piece) => piece.startsWith("Pipe | number")).map((piece) => piece.trim().replace(/(quote)\.$/, "$1"))) {
            const written = hostile(Number(/number (\d+)/.exec(shown)![1])).replace(/\s+/g, " ");
            expect(written.startsWith(shown) && shown.includes("</script>"), `${path}: ${shown}`).toBe(true);
            if (shown === written) wholeDescriptions++;
          }
        }
      }
    }
    expect(wholeDescriptions).toBeGreaterThan(10);
    expect(lintPages(pages)).toBe("");
  });

  it("keeps front matter values plain strings, showing the text as written on one line", async () => {
    let fromSpec = 0;
    for (const [path, source] of (await load()).pages) {
      const { frontMatter } = splitFrontMatter(source);
      for (const shown of [frontMatter!.title, frontMatter!.description]) {
        expect(typeof shown, path).toBe("string");
        // No tag can close the <script> block VitePress copies front matter into.
        expect(shown, path).not.toMatch(/<[/a-z]/i);
        const value = (shown as string).replace(/\u200b/g, "");
        const n = /^Pipe \| number (\d+)/.exec(value as string)?.[1];
        if (n === undefined) continue;
        fromSpec++;
        // A summary is the description's first sentence.
        const written = hostile(Number(n)).replace(/\s+/g, " ");
        expect(written.startsWith(value as string) && (value as string).includes("</script>"), `${path}: ${value}`).toBe(true);
      }
    }
    expect(fromSpec).toBeGreaterThanOrEqual(3);
  });

  it("keeps prose as written, in paragraphs, and every link resolving", async () => {
    const { pages } = await load();
    const lock = tokensOf(pages.get("lock/lock.unlocked.md")!);
    const paragraphs = lock.filter((t) => t.type === "inline").map(visibleText).join("\n");
    expect(paragraphs.replace(/\u200b/g, "")).toContain("[x](y) *star* _under_ ~~strike~~ <b>bold</b> &amp; ` lone backtick\n{{ 7*191 }} and {expression} for Vue and MDX\n> not a quote");
    // No two braces meet in what a Vue template compiler reads.
    expect(paragraphs).not.toContain("{{");
    expect(paragraphs).toContain("<script>alert(");
    expect(brokenLinks(pages)).toEqual([]);
  });
});
