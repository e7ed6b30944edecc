/**
 * `release` for real, in a git repository of its own with a release tag: the version judged against the
 * diff since the tag, the output's step checked, the tarball `npm pack` writes, and `npm publish`
 * against a registry on 127.0.0.1 that records what it is sent (a dry run sends nothing; a release sends
 * the very tarball that was packed).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { canSignProvenance, type ReleaseReport } from "../../generator/cli/commands/release.js";
import { mini, runCli } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-release-"));
const repo = join(temp, "repo");
const spec = join(repo, "spec/catalogue.yaml");
const packs = join(temp, "packs");

/** What the registry was sent: method, URL and body of each request. */
const requests: { method: string; url: string; body: string }[] = [];
let registry: Server;
let env: Record<string, string>;

const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=release@example.com", "-c", "user.name=release", ...args], { cwd: repo, encoding: "utf8" });

function editSpec(edit: (text: string) => string): void {
  writeFileSync(spec, edit(readFileSync(spec, "utf8")));
}

const setVersion = (version: string) => editSpec((text) => text.replace(/^ {2}version: .*$/m, `  version: ${version}`));

/** An optional property added to lock.unlocked: a minor change. */
const addOptionalProperty = (text: string) =>
  text.replace(
    "      access_code_id:\n",
    "      door_name:\n        type: string\n        optional: true\n        description: The name of the door.\n      access_code_id:\n",
  );

const release = (...args: string[]) => runCli(["release", "--spec", "spec/catalogue.yaml", "--out", "generated", ...args], { cwd: repo, env });
const generate = () => runCli(["generate", "--spec", spec, "--out", join(repo, "generated")]);

beforeAll(async () => {
  registry = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      requests.push({ method: request.method ?? "", url: request.url ?? "", body });
      response.writeHead(request.method === "PUT" ? 200 : 404, { "content-type": "application/json" });
      response.end(request.method === "PUT" ? '{"ok":true}' : '{"error":"not found"}');
    });
  });
  await new Promise<void>((resolve) => registry.listen(0, "127.0.0.1", resolve));
  const port = (registry.address() as { port: number }).port;
  const npmrc = join(temp, "npmrc");
  writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=test-token\n`);
  env = {
    npm_config_registry: `http://127.0.0.1:${port}/`,
    npm_config_userconfig: npmrc,
    npm_config_cache: join(temp, "npm-cache"),
    npm_config_fetch_retries: "0",
    npm_config_update_notifier: "false",
    npm_config_audit: "false",
    // Whatever CI runs this suite, the release under test is not in one that can sign provenance.
    GITHUB_ACTIONS: "false",
    GITLAB_CI: "false",
  };

  mkdirSync(join(repo, "spec"), { recursive: true });
  mkdirSync(packs);
  cpSync(mini, spec);
  expect((await generate()).code).toBe(0);
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "First release");
  git("tag", "v1.2.3");
  // A later tag on another branch is not reachable from HEAD, so it is not the last release.
  git("checkout", "-qb", "other");
  git("commit", "-q", "--allow-empty", "-m", "elsewhere");
  git("tag", "v9.0.0");
  git("checkout", "-q", "-");
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => registry.close(resolve));
  rmSync(temp, { recursive: true, force: true });
});

describe("release", () => {
  test("a version not above the last release is refused, saying which to set, before anything is packed", async () => {
    editSpec(addOptionalProperty);
    git("commit", "-qam", "Work after the release");
    const result = await release("--dry-run", "--json", "--pack-destination", packs);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as ReleaseReport;
    expect(report.ok).toBe(false);
    expect(report.lastRelease).toEqual({ tag: "v1.2.3", version: "1.2.3" });
    expect(report.severity).toBe("minor");
    expect(report.suggestedVersion).toBe("1.3.0");
    expect(report.problems[0]).toBe("package.version 1.2.3 is not above the last release, 1.2.3 (v1.2.3); set it to 1.3.0 in spec/catalogue.yaml");
    expect(report.problems[1]).toMatch(/^generated is out of step with the spec \(.*src\/types\.ts.*\); run `npm run generate`$/);
    expect(report.tarball).toBeNull();
    expect(report.publish).toBeNull();
  });

  test("a patch version for a minor change is refused in text too", async () => {
    setVersion("1.2.4");
    const result = await release("--dry-run", "--pack-destination", packs);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("release @example/mini-events@1.2.4 (dry run)\n  last release:      v1.2.3 (1.2.3)\n");
    expect(result.stdout).toContain("suggested version: 1.3.0");
    expect(result.stderr).toContain("error: the changes since v1.2.3 are minor: package.version must be at least 1.3.0, not 1.2.4 (in spec/catalogue.yaml)\n");
  });

  test("the dry run packs the tarball, runs npm publish --dry-run, and sends nothing nor writes the changelog", async () => {
    setVersion("1.3.0");
    expect((await generate()).code).toBe(0);
    const before = requests.length;
    const result = await release("--dry-run", "--json", "--pack-destination", packs);
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ReleaseReport;
    expect(report).toMatchObject({ ok: true, dryRun: true, package: { name: "@example/mini-events", version: "1.3.0" }, tag: "v1.3.0", problems: [] });
    expect(report.changes.map((c) => [c.rule, c.event, c.path])).toEqual([["PROPERTY_ADDED_OPTIONAL", "lock.unlocked", "door_name"]]);
    expect(report.changelog).toEqual({
      file: "CHANGELOG.md",
      written: false,
      section: "## 1.3.0\n\n### Added and changed\n\n- lock.unlocked: property door\\_name added (optional) `PROPERTY_ADDED_OPTIONAL`\n",
    });
    expect(existsSync(join(repo, "CHANGELOG.md"))).toBe(false);

    // The tarball is the generated package at the new version, and npm's integrity is that of the file.
    const tarball = join(packs, "example-mini-events-1.3.0.tgz");
    expect(report.tarball!.file).toBe("../packs/example-mini-events-1.3.0.tgz");
    const bytes = readFileSync(tarball);
    expect(report.tarball!.integrity).toBe(`sha512-${createHash("sha512").update(bytes).digest("base64")}`);
    const unpacked = join(temp, "unpacked");
    mkdirSync(unpacked);
    execFileSync("tar", ["-xzf", tarball, "-C", unpacked]);
    const manifest = JSON.parse(readFileSync(join(unpacked, "package/package.json"), "utf8"));
    expect([manifest.name, manifest.version]).toEqual(["@example/mini-events", "1.3.0"]);
    expect(existsSync(join(unpacked, "package/dist/esm/index.js"))).toBe(true);
    expect(existsSync(join(unpacked, "package/.seam-events-manifest.json"))).toBe(false);

    expect(report.publish).toEqual({ command: ["npm", "publish", "generated", "--access", "public", "--dry-run"], provenance: false, ok: true });
    expect(requests.slice(before).filter((r) => r.method !== "GET")).toEqual([]);
  }, 120_000);

  test("a release of changes git does not hold is refused; the dry run allowed them", async () => {
    const result = await release("--json", "--pack-destination", packs);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as ReleaseReport;
    expect(report.problems).toEqual([expect.stringMatching(/^spec\/catalogue\.yaml or generated has changes git does not hold \(\d+ files\); commit them before releasing$/)]);
    expect(report.publish).toBeNull();
    expect(requests.filter((r) => r.method === "PUT")).toEqual([]);
  });

  test("the release publishes the packed tarball to the registry, then writes the changelog and names the tag to push", async () => {
    git("add", ".");
    git("commit", "-qm", "Version 1.3.0");
    const result = await release("--pack-destination", packs);
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  npm publish generated --access public: published\n");
    expect(result.stdout).toContain("Commit CHANGELOG.md, then tag the release: git tag v1.3.0 && git push origin v1.3.0\n");
    const put = requests.find((r) => r.method === "PUT");
    expect(put?.url).toBe("/@example%2fmini-events");
    const document = JSON.parse(put!.body) as { versions: Record<string, { dist: { integrity: string } }>; _attachments: Record<string, { data: string }> };
    const sent = Buffer.from(document._attachments["@example/mini-events-1.3.0.tgz"]!.data, "base64");
    expect(sent.equals(readFileSync(join(packs, "example-mini-events-1.3.0.tgz")))).toBe(true);
    expect(Object.keys(document.versions)).toEqual(["1.3.0"]);
    expect(readFileSync(join(repo, "CHANGELOG.md"), "utf8")).toBe(
      "# Changelog\n\n## 1.3.0\n\n### Added and changed\n\n- lock.unlocked: property door\\_name added (optional) `PROPERTY_ADDED_OPTIONAL`\n",
    );
  }, 120_000);

  test("run from the release's own tag (a tag push in CI), the last release is still the one before", async () => {
    git("add", "CHANGELOG.md");
    git("commit", "-qm", "Changelog of 1.3.0");
    git("tag", "v1.3.0");
    const result = await release("--dry-run", "--json", "--pack-destination", packs);
    const report = JSON.parse(result.stdout) as ReleaseReport;
    expect(report.lastRelease).toEqual({ tag: "v1.2.3", version: "1.2.3" });
    expect(result.code).toBe(0);
  }, 120_000);

  test("without any release tag, the release is the first", async () => {
    const clone = join(temp, "clone");
    execFileSync("git", ["clone", "-q", "--no-tags", repo, clone]);
    const result = await runCli(["release", "--spec", "spec/catalogue.yaml", "--out", "generated", "--dry-run", "--json", "--pack-destination", packs], { cwd: clone, env });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ReleaseReport;
    expect(report).toMatchObject({ ok: true, lastRelease: null, suggestedVersion: "1.3.0", changes: [], changelog: { section: "## 1.3.0\n\nFirst release.\n", written: false } });
  }, 120_000);

  test("npm's own dry-run setting (`npm run release --dry-run`, without the `--`) makes a dry run too", async () => {
    const before = requests.filter((r) => r.method === "PUT").length;
    const result = await runCli(["release", "--spec", "spec/catalogue.yaml", "--out", "generated", "--json", "--pack-destination", packs], { cwd: repo, env: { ...env, npm_config_dry_run: "true" } });
    const report = JSON.parse(result.stdout) as ReleaseReport;
    expect(report.dryRun).toBe(true);
    expect(report.publish?.command).toContain("--dry-run");
    expect(requests.filter((r) => r.method === "PUT").length).toBe(before);
  }, 120_000);

  test("provenance is asked for only where the CI can sign it", () => {
    expect(canSignProvenance({})).toBe(false);
    expect(canSignProvenance({ GITHUB_ACTIONS: "true" })).toBe(false);
    expect(canSignProvenance({ GITHUB_ACTIONS: "true", ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.example" })).toBe(true);
    expect(canSignProvenance({ GITLAB_CI: "true", SIGSTORE_ID_TOKEN: "token" })).toBe(true);
    expect(canSignProvenance({ GITLAB_CI: "true" })).toBe(false);
  });
});
