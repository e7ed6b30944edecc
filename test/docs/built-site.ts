/**
 * Links and anchors of a site VitePress built: every `#anchor` of every link in the built HTML is
 * resolved against the ids VitePress gave that page (its heading slugs are not GitHub's).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";

/** Every .html file under a folder, relative to it, with forward slashes. */
export function htmlFiles(dir: string): string[] {
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
export function deadLinksOfBuiltSite(dist: string): { dead: string[]; anchorsChecked: number } {
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
