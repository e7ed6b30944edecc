/**
 * The generated docs built into a site by VitePress itself: its build fails on a link to a page that
 * does not exist, and every `#anchor` of every link in the built HTML is then resolved against the ids
 * VitePress gave that page (its heading slugs are not GitHub's). The hostile mini docs are built beside
 * them, to see that no spec text runs as a Vue expression.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../generator/pipeline.js";
import { hostileMiniSpec, miniSpec, renderDocs } from "./helpers.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-vitepress-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every .html file under a folder, relative to it, with forward slashes. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split("\\").join("/"));
}

const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" })[name]!);

/**
 * The links of a built site whose page or `#anchor` does not exist, as "page -> href", and how many
 * links with an anchor were resolved. Links with a scheme and to assets are not the docs' own.
 */
function deadLinksOfBuiltSite(dist: string): { dead: string[]; anchorsChecked: number } {
  const pages = htmlFiles(dist);
  const html = new Map(pages.map((page) => [page, readFileSync(join(dist, page), "utf8")]));
  const ids = new Map([...html].map(([page, text]) => [page, new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)))]));
  const dead: string[] = [];
  let anchorsChecked = 0;
  for (const [page, text] of html) {
    for (const match of text.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = decodeEntities(match[1]!);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("/assets/")) continue;
      const [path = "", anchor] = href.split("#") as [string, string | undefined];
      let target = path === "" ? page : path.startsWith("/") ? path.slice(1) : posix.join(posix.dirname(page), decodeURIComponent(path));
      target = posix.normalize(target === "" || target.endsWith("/") || target === "." ? `${target}/index.html` : target).replace(/^\.?\//, "");
      if (!ids.has(target)) {
        dead.push(`${page} -> ${href}`);
        continue;
      }
      if (anchor === undefined || anchor === "") continue;
      anchorsChecked++;
      if (!ids.get(target)!.has(decodeURIComponent(anchor))) dead.push(`${page} -> ${href}`);
    }
  }
  return { dead, anchorsChecked };
}

describe("the dead-link check of a built site", () => {
  it("finds a link to a missing page and a link to a missing anchor", () => {
    const dist = join(temp, "fake-dist");
    mkdirSync(join(dist, "lock"), { recursive: true });
    writeFileSync(join(dist, "index.html"), '<h1 id="top">x</h1><a href="./lock/a.html#here">a</a><a href="./lock/a.html#gone">b</a><a href="./b.html">c</a><a href="https://x.example/#y">d</a>');
    writeFileSync(join(dist, "lock/a.html"), '<h2 id="here">h</h2><a href="./../#top">up</a><a href="./">folder</a>');
    expect(deadLinksOfBuiltSite(dist)).toEqual({ dead: ["index.html -> ./lock/a.html#gone", "index.html -> ./b.html", "lock/a.html -> ./"], anchorsChecked: 3 });
  });
});

describe("the generated docs built with VitePress", () => {
  const site = join(temp, "site");
  const dist = join(site, ".vitepress/dist");
  let build: { stdout: string; stderr: string };

  beforeAll(async () => {
    cpSync(join(projectRoot, "generated/docs"), site, { recursive: true });
    const hostile = await renderDocs({ sources: hostileMiniSpec(), specPath: miniSpec });
    for (const [path, contents] of hostile.pages) {
      mkdirSync(dirname(join(site, "hostile", path)), { recursive: true });
      writeFileSync(join(site, "hostile", path), contents);
    }
    // The site imports vue and VitePress's theme from the project's installed packages.
    symlinkSync(join(projectRoot, "node_modules"), join(site, "node_modules"), "dir");
    mkdirSync(join(site, ".vitepress"));
    // A minimal site: VitePress's defaults, under which a dead link fails the build.
    writeFileSync(join(site, ".vitepress/config.mjs"), 'export default { title: "Webhook events" };\n');
    build = await promisify(execFile)(process.execPath, [join(projectRoot, "node_modules/vitepress/bin/vitepress.js"), "build", site], { cwd: site, maxBuffer: 64 * 1024 * 1024 });
  }, 600_000);

  it("builds without a dead link, a page for each Markdown page", () => {
    expect(build.stdout + build.stderr).toContain("build complete");
    expect(build.stdout + build.stderr).not.toMatch(/dead link/i);
    const built = new Set(htmlFiles(dist));
    const markdown = readdirSync(join(projectRoot, "generated/docs"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
    for (const page of markdown) expect(built.has(page.split("\\").join("/").replace(/\.md$/, ".html")), page).toBe(true);
  });

  it("resolves every link's page and #anchor against the ids VitePress gave the built pages", () => {
    const { dead, anchorsChecked } = deadLinksOfBuiltSite(dist);
    expect(dead).toEqual([]);
    // Every type cell that names a shared enum or shape links to its anchor.
    expect(anchorsChecked).toBeGreaterThan(200);
  });

  it("shows spec text with braces as written and runs none of it as a Vue expression", () => {
    const page = readFileSync(join(dist, "hostile/lock/lock.unlocked.html"), "utf8");
    expect(page).toContain("7*191 }} and {expression} for Vue and MDX");
    expect(page).not.toContain(String(7 * 191));
    expect(existsSync(join(dist, "hostile/index.html"))).toBe(true);
  });
});
