/**
 * `generate --out` never destroys what the tool did not make: run as a user would, in a temporary
 * copy of a project layout (a git checkout with the spec and templates of its own), every dangerous
 * --out is refused with exit 2 and a message, and the whole checkout is byte-for-byte as before.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifestName } from "../../generator/write/manifest.js";
import { mini, runCli, root } from "../cli/run.js";
import { treeOf } from "./tree.js";

let temp: string;
let checkout: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "seam-events-out-"));
  checkout = join(temp, "project");
  mkdirSync(join(checkout, "spec/catalogue"), { recursive: true });
  cpSync(mini, join(checkout, "spec/catalogue/catalogue.yaml"));
  cpSync(join(root, "templates"), join(checkout, "my-templates"), { recursive: true });
  mkdirSync(join(checkout, "my-site"));
  writeFileSync(join(checkout, "my-site/index.html"), "<h1>a docs site that was already there</h1>\n");
  writeFileSync(join(checkout, "README.md"), "# a project\n");
  execFileSync("git", ["init", "-q"], { cwd: checkout });
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A"], { cwd: checkout });
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "start"], { cwd: checkout });
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const generate = (...args: string[]) => runCli(["generate", "--spec", "spec/catalogue", "--templates", "my-templates", ...args], { cwd: checkout, env: { NO_COLOR: "1" } });

describe("generate --out", () => {
  const refused: [string, string, RegExp][] = [
    ["a folder holding a file of someone else's", "my-site", /refusing to replace my-site: it holds files that seam-events did not generate \(no \.seam-events-manifest\.json in it\)/],
    ["the spec folder", "spec/catalogue", /refusing to write to spec\/catalogue: it is the spec \(spec\/catalogue\)/],
    ["a folder holding the spec", "spec", /refusing to write to spec: it holds the spec \(spec\/catalogue\)/],
    ["a folder inside the spec", "spec/catalogue/docs", /refusing to write to spec\/catalogue\/docs: it lies inside the spec \(spec\/catalogue\)/],
    ["the templates folder", "my-templates", /refusing to write to my-templates: it is the templates folder/],
    ["the repository root", ".", /refusing to write to \.: it is the git checkout of the current directory \(\.\)/],
    ["a folder holding the repository", "..", /refusing to write to \.\.: it holds the git checkout of the current directory \(\.\)/],
    ["a file", "README.md", /refusing to write to README\.md: it is a file, not a folder/],
    ["a folder inside .git", ".git/site", /refusing to write to \.git\/site: it lies inside a \.git folder/],
  ];

  it.each(refused)("refuses %s, with exit 2 and nothing lost", async (_, out, message) => {
    const before = treeOf(temp);
    const result = await generate("--out", out);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Nothing was changed/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.code).toBe(2);
    expect(treeOf(temp)).toEqual(before);
  });

  it("reports a folder it cannot make as an error of its own, without a stack trace", async () => {
    const before = treeOf(temp);
    const result = await generate("--out", "README.md/site");
    expect(result.stderr).toMatch(/^error: could not write README\.md\/site: EEXIST/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    expect(treeOf(temp)).toEqual(before);
  });

  it("writes a new folder, and replaces it on the next run since the manifest marks it as the tool's", async () => {
    const first = await generate("--out", "my-docs-site");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(readdirSync(join(checkout, "my-docs-site"))).toContain(manifestName);
    writeFileSync(join(checkout, "my-docs-site/stale.md"), "left from an older run");
    const second = await generate("--out", "my-docs-site");
    expect(second.code).toBe(0);
    expect(readdirSync(join(checkout, "my-docs-site"))).not.toContain("stale.md");
    // Nothing of the tool's is left beside it.
    expect(readdirSync(checkout).filter((name) => name.includes("seam-events"))).toEqual([]);
    rmSync(join(checkout, "my-docs-site"), { recursive: true });
  });

  it("writes into an empty folder", async () => {
    mkdirSync(join(checkout, "empty"));
    const result = await generate("--out", "empty");
    expect(result.code).toBe(0);
    expect(readdirSync(join(checkout, "empty"))).toContain("README.md");
    rmSync(join(checkout, "empty"), { recursive: true });
  });

  it("refuses the same places for watch, before watching", async () => {
    const before = treeOf(temp);
    const result = await runCli(["watch", "--spec", "spec/catalogue", "--out", "my-site"], { cwd: checkout, env: { NO_COLOR: "1" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refusing to replace my-site/);
    expect(result.stdout).not.toMatch(/watching/);
    expect(treeOf(temp)).toEqual(before);
  });
});
