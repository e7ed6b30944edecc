/**
 * Docs built into a site by VitePress itself: its build fails on a link to a page that does not exist,
 * and every `#anchor` of every link in the built HTML is then resolved (test/docs/built-site.ts). The
 * full catalogue's site is the one the README's snippet builds, checked in readme-snippets.test.ts;
 * here the mini spec with hostile descriptions is built, to see that no spec text runs as a Vue
 * expression, and the dead-link check is shown to find what it must.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../generator/pipeline.js";
import { deadLinksOfBuiltSite, htmlFiles } from "./built-site.js";
import { hostileMiniSpec, miniSpec, renderDocs } from "./helpers.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-vitepress-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the dead-link check of a built site", () => {
  it("finds a link to a missing page and a link to a missing anchor", () => {
    const dist = join(temp, "fake-dist");
    mkdirSync(join(dist, "lock"), { recursive: true });
    writeFileSync(join(dist, "index.html"), '<h1 id="top">x</h1><a href="./lock/a.html#here">a</a><a href="./lock/a.html#gone">b</a><a href="./b.html">c</a><a href="https://x.example/#y">d</a>');
    writeFileSync(join(dist, "lock/a.html"), '<h2 id="here">h</h2><a href="./../#top">up</a><a href="./">folder</a>');
    expect(deadLinksOfBuiltSite(dist)).toEqual({ dead: ["index.html -> ./lock/a.html#gone", "index.html -> ./b.html", "lock/a.html -> ./"], anchorsChecked: 3 });
  });
});

describe("the hostile mini docs built with VitePress", () => {
  const site = join(temp, "site");
  const dist = join(site, ".vitepress/dist");
  let build: { stdout: string; stderr: string };
  let pages: string[];

  beforeAll(async () => {
    const hostile = await renderDocs({ sources: hostileMiniSpec(), specPath: miniSpec });
    pages = [...hostile.pages.keys()];
    for (const [path, contents] of hostile.pages) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), contents);
    }
    // The site imports vue and VitePress's theme from the project's installed packages.
    symlinkSync(join(projectRoot, "node_modules"), join(site, "node_modules"), "dir");
    mkdirSync(join(site, ".vitepress"));
    // A minimal site: VitePress's defaults, under which a dead link fails the build, in its MPA mode:
    // each page is compiled to a Vue component and rendered by the server build as in any site, and
    // the client bundle, which would hydrate those same components, is left out (half the build's time).
    writeFileSync(join(site, ".vitepress/config.mjs"), 'export default { title: "Webhook events", mpa: true };\n');
    build = await promisify(execFile)(process.execPath, [join(projectRoot, "node_modules/vitepress/bin/vitepress.js"), "build", site], { cwd: site, maxBuffer: 64 * 1024 * 1024 });
  }, 600_000);

  it("builds without a dead link, a page for each Markdown page, every link and #anchor resolved", () => {
    expect(build.stdout + build.stderr).toContain("build complete");
    expect(build.stdout + build.stderr).not.toMatch(/dead link/i);
    const built = new Set(htmlFiles(dist));
    for (const page of pages.filter((p) => p.endsWith(".md"))) expect(built.has(page.replace(/\.md$/, ".html")), page).toBe(true);
    const { dead, anchorsChecked } = deadLinksOfBuiltSite(dist);
    expect(dead).toEqual([]);
    expect(anchorsChecked).toBeGreaterThan(0);
  });

  it("shows spec text with braces as written and runs none of it as a Vue expression", () => {
    const page = readFileSync(join(dist, "lock/lock.unlocked.html"), "utf8");
    expect(page).toContain("7*191 }} and {expression} for Vue and MDX");
    expect(page).not.toContain(String(7 * 191));
  });
});
