/**
 * The anchors the docs link to, as each tool makes them: GitHub and Docusaurus with github-slugger,
 * VitePress with its own Markdown renderer (whose slugify turns `.` and `_` into `-`). Every anchor a
 * link names must be the same id under both rules; event names, where the rules differ, are page names.
 */
import GithubSlugger from "github-slugger";
import { createMarkdownRenderer } from "vitepress";
import { describe, expect, it } from "vitest";
import { headingAnchorsOf, linkHrefsOf, linkTarget, miniSpec, renderDocs, splitFrontMatter, tokensOf } from "./helpers.js";

let renderer: ReturnType<typeof createMarkdownRenderer> | undefined;

/** The ids VitePress gives a page's headings, in order. */
async function vitepressIds(source: string): Promise<string[]> {
  const html = (await (renderer ??= createMarkdownRenderer(process.cwd(), {}, "/"))).render(splitFrontMatter(source).body, {});
  return [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((m) => m[1]!);
}

describe("heading anchors", () => {
  it("differ between the rules for event names, which is why each event has a page of its own", async () => {
    expect(new GithubSlugger().slug("lock.access_denied")).toBe("lockaccess_denied");
    expect(await vitepressIds("## lock.access_denied\n")).toEqual(["lock-access-denied"]);
  });

  it.each([
    ["the mini spec", miniSpec],
    ["the catalogue", "spec/catalogue"],
  ])("are the same under both rules for every anchor a link of %s names", async (_, specPath) => {
    const { pages } = await renderDocs({ specPath });
    const linked = new Map<string, Set<string>>();
    for (const [path, source] of pages) {
      for (const href of linkHrefsOf(tokensOf(source))) {
        const { page, anchor } = linkTarget(path, href);
        if (anchor !== undefined) linked.set(page, (linked.get(page) ?? new Set()).add(anchor));
      }
    }
    expect(linked.size).toBeGreaterThan(0);
    for (const [page, anchors] of linked) {
      const source = pages.get(page)!;
      const github = headingAnchorsOf(tokensOf(source));
      const vitepress = await vitepressIds(source);
      expect(vitepress).toHaveLength(github.length);
      for (const anchor of anchors) {
        const at = github.indexOf(anchor);
        expect(at, `${page}#${anchor} under github-slugger`).toBeGreaterThanOrEqual(0);
        expect(vitepress[at], `${page}#${anchor} under VitePress`).toBe(anchor);
      }
    }
  });
});
