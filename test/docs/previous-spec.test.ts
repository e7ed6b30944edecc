/** `generate --previous-spec` through the tool: the changelog page is written, and `check` judges it like any page. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { mini, runCli } from "../cli/run.js";
import { previousMiniSpec } from "./helpers.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-previous-spec-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const previous = join(temp, "previous");
mkdirSync(previous);
writeFileSync(join(previous, "catalogue.yaml"), [...previousMiniSpec().values()][0]!);
const out = join(temp, "out");
const docsOf = (...extra: string[]) => ["--spec", mini, "--only", "docs", "--out", out, ...extra];

it("writes docs/changelog.md from the previous spec, and check wants the same option", async () => {
  const generated = await runCli(["generate", ...docsOf("--previous-spec", previous)]);
  expect(generated.stderr).toBe("");
  expect(generated.code).toBe(0);
  const changelog = readFileSync(join(out, "docs/changelog.md"), "utf8");
  expect(changelog).toContain("from version `1.1.0` to `1.2.3`");
  expect(changelog).toContain("## Breaking changes");
  expect(readFileSync(join(out, "docs/index.md"), "utf8")).toContain("(changelog.md)");

  expect((await runCli(["check", ...docsOf("--previous-spec", previous)])).code).toBe(0);
  const without = await runCli(["check", ...docsOf()]);
  expect(without.code).toBe(1);
  expect(without.stderr).toMatch(/not generated: docs\/changelog\.md/);
});

it("stops with a usage error for a previous spec that is not there, and a located error for a broken one", async () => {
  const missing = await runCli(["generate", ...docsOf("--previous-spec", join(temp, "nowhere"))]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("--previous-spec: no spec file or folder at");

  const broken = join(temp, "broken");
  mkdirSync(broken);
  writeFileSync(join(broken, "catalogue.yaml"), readFileSync(mini, "utf8").replace("enum: LockMethod", "enum: NoSuchEnum"));
  const result = await runCli(["generate", ...docsOf("--previous-spec", broken, "--out", join(temp, "never"))]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/catalogue\.yaml:\d+:\d+: .*unknown enum 'NoSuchEnum'/);
  expect(existsSync(join(temp, "never"))).toBe(false);
});
