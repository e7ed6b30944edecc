/**
 * Every shell and YAML snippet of the READMEs works when pasted. YAML snippets are spec fragments: one
 * that starts with `# in <file>, under <key>:` goes under the first line holding that key, any other is a new
 * file of the catalogue; the spec must then read without a problem. Shell snippets run, in order with
 * the YAML before them, in a copy of the project, except the commands that would reinstall packages or
 * run this suite again or a benchmark: those are checked instead (the script exists, the package or folder is there).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot, readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { deadLinksOfBuiltSite, htmlFiles } from "./built-site.js";
import { brokenLinks } from "./helpers.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-readme-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Snippet {
  language: string;
  text: string;
}

function snippetsOf(markdown: string): Snippet[] {
  return [...markdown.matchAll(/^```(\w+)\n([^]*?)^```$/gm)].map((match) => ({ language: match[1]!, text: match[2]! })).filter((s) => ["sh", "yaml"].includes(s.language));
}

/**
 * The project's sources in a folder of their own, using the installed packages. Its tool cache is its
 * own, started from a copy of the project's content-keyed memos (formatted and printed text, passed
 * type-checks, the compiled spec schema): they only spare work, and the output with them is the output
 * without (test/cli/commands.test.ts). Notes on output folders in step are not copied.
 */
function copyOfProject(name: string): string {
  const copy = join(temp, name);
  for (const entry of ["bin", "generator", "templates", "spec", "generated", "package.json", "package-lock.json", "tsconfig.json"]) cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  mkdirSync(join(copy, "node_modules"));
  for (const entry of readdirSync(join(projectRoot, "node_modules"))) if (entry !== ".cache") symlinkSync(join(projectRoot, "node_modules", entry), join(copy, "node_modules", entry));
  const memos = join(projectRoot, "node_modules/.cache/seam-events");
  if (existsSync(memos)) {
    mkdirSync(join(copy, "node_modules/.cache/seam-events"), { recursive: true });
    for (const entry of readdirSync(memos)) if (/^(cache|spec-validator)-/.test(entry)) cpSync(join(memos, entry), join(copy, "node_modules/.cache/seam-events", entry));
  }
  return copy;
}

/** Puts a YAML snippet into the copy's spec, and reads the spec. */
function applyYaml(copy: string, text: string, index: number): void {
  const document = parseDocument(text, { uniqueKeys: true });
  expect(document.errors.map((error) => error.message)).toEqual([]);
  const placement = /^# in (\S+), under (\w+):\n/.exec(text);
  if (placement) {
    const file = join(copy, placement[1]!);
    const lines = readFileSync(file, "utf8").split("\n");
    const at = lines.findIndex((line) => line.trim() === `${placement[2]}:`);
    expect(at, `${placement[1]} has a line '${placement[2]}:'`).toBeGreaterThanOrEqual(0);
    lines.splice(at + 1, 0, ...text.slice(placement[0].length).trimEnd().split("\n"));
    writeFileSync(file, lines.join("\n"));
  } else {
    writeFileSync(join(copy, `spec/catalogue/readme-snippet-${index}.yaml`), text);
  }
  expect(() => readCatalogue({ specPath: join(copy, "spec/catalogue") })).not.toThrow();
}

/** The file name npm itself gives the generated package's tarball (a dry run writes nothing). */
function packedName(copy: string): string {
  const report = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts", "./generated"], { cwd: copy, encoding: "utf8" })) as { filename: string }[];
  return report[0]!.filename;
}

/** Runs a shell snippet in the copy, the commands that must not run there checked instead. */
function runShell(copy: string, text: string, packageName: string): string {
  const scripts = (JSON.parse(readFileSync(join(copy, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const runnable = text
    .replace(/\bnpm ci\b/g, () => (expect(existsSync(join(copy, "package-lock.json"))).toBe(true), "true"))
    .replace(/\bnpm test\b/g, () => (expect(scripts.test).toBeDefined(), "true"))
    // Benchmarks take minutes and print figures, not results: the script they name must exist.
    .replace(/\bnpm run (bench[\w:-]*)/g, (_, script: string) => (expect(scripts[script], script).toBeDefined(), "true"))
    .replace(/\bnpm install (\S+)/g, (_, what: string) => {
      // A tarball must be the file `npm pack` writes for the generated package; a folder must be a package.
      if (what.endsWith(".tgz")) expect(what.replace(/^\.\//, "")).toBe(packedName(copy));
      else if (what.startsWith(".") || what.startsWith("/")) expect(existsSync(join(copy, what, "package.json")), what).toBe(true);
      else expect(what).toBe(packageName);
      return "true";
    });
  // A snippet that reads the spec from git gets a copy that is a repository with one commit.
  if (/\bgit\b/.test(runnable) && !existsSync(join(copy, ".git"))) {
    writeFileSync(join(copy, ".gitignore"), "node_modules\n");
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=readme", "-c", "user.email=readme@example.com", ...args], { cwd: copy, stdio: "ignore" });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "the project as the README finds it");
  }
  return execFileSync("sh", ["-e", "-c", runnable], { cwd: copy, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** What a README's snippets must have made, checked after they ran (by the README's name). */
const madeBy: Record<string, (copy: string) => void> = {
  "README.md": (copy) => {
    // VitePress built the docs (it fails on a link to a missing page): a page for each Markdown page, and
    // every link's page and #anchor resolved against the ids VitePress gave the built pages.
    const dist = join(copy, "my-site/.vitepress/dist");
    const built = new Set(htmlFiles(dist));
    const markdown = readdirSync(join(copy, "generated/docs"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
    expect(markdown.length).toBeGreaterThan(100);
    for (const page of markdown) expect(built.has(`events/${page.split("\\").join("/").replace(/\.md$/, ".html")}`), page).toBe(true);
    const { dead, anchorsChecked } = deadLinksOfBuiltSite(dist);
    // The theme's title links to the site's home page: the reader's own, which the docs go under.
    expect(dead.filter((link) => !link.endsWith(" -> /"))).toEqual([]);
    // Every type cell that names a shared enum or shape links to its anchor.
    expect(anchorsChecked).toBeGreaterThan(200);
    expect(existsSync(join(copy, "my-site/events/changelog.md"))).toBe(true);
    // Docusaurus resolves links as files and anchors with github-slugger: every one resolves in the copy.
    const docs = join(copy, "my-docusaurus-site/docs/events");
    const pages = new Map(readdirSync(docs, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).map((f) => [f.split("\\").join("/"), readFileSync(join(docs, f), "utf8")]));
    expect(pages.size).toBeGreaterThan(100);
    expect(brokenLinks(pages)).toEqual([]);
  },
};

const model = readCatalogue();
const packageReadme = (await renderCatalogue(model, { only: [] })).find((file) => file.path === "README.md")!.contents;
const readmes: Record<string, string> = {
  "README.md": readFileSync(join(projectRoot, "README.md"), "utf8"),
  "generator/cli/README.md": readFileSync(join(projectRoot, "generator/cli/README.md"), "utf8"),
  "bench/README.md": readFileSync(join(projectRoot, "bench/README.md"), "utf8"),
  "the generated package's README.md": packageReadme,
};

describe("the snippets", () => {
  it.each(Object.entries(readmes))("of %s work when pasted, in order", (name, markdown) => {
    const snippets = snippetsOf(markdown);
    const copy = snippets.length > 0 ? copyOfProject(name.replace(/\W+/g, "-")) : "";
    snippets.forEach((snippet, i) => {
      if (snippet.language === "yaml") applyYaml(copy, snippet.text, i);
      else runShell(copy, snippet.text, model.package.name);
    });
    madeBy[name]?.(copy);
    // Several runs of the tool, each a process: a bound for a loaded machine, not a speed claim.
  }, 300_000);
});

describe("the README", () => {
  it("has shell and YAML snippets for this test to run", () => {
    const snippets = snippetsOf(readmes["README.md"]!);
    expect(snippets.filter((s) => s.language === "yaml").length).toBeGreaterThanOrEqual(2);
    expect(snippets.filter((s) => s.language === "sh").length).toBeGreaterThanOrEqual(3);
  });

  it("opens with the two commands", () => {
    const first = snippetsOf(readmes["README.md"]!)[0]!;
    expect(first.text).toMatch(/^npm ci && npm run generate\b.*\nnpm test\b/);
  });

  it("would have caught a pasted example with a second events: key or an enum that does not exist", () => {
    const copy = copyOfProject("broken-examples");
    const event = "  lock.jammed:\n    description: Stuck.\n    include: [device_event]\n";
    expect(() => applyYaml(copy, `# in spec/catalogue/events/lock.yaml, under events:\nevents:\n${event}`, 0)).toThrow();
    const unknownEnum = `${event}    properties:\n      position:\n        type: string\n        enum: NoSuchEnum\n`;
    expect(() => applyYaml(copyOfProject("broken-enum"), `# in spec/catalogue/events/lock.yaml, under events:\n${unknownEnum}`, 0)).toThrow();
  });
});
