/**
 * The tool as CI runs it: --json on the success and failure paths of every command that has it,
 * GitHub Actions annotations (--format github), diff's --fail-on thresholds and ignore entries, a bad
 * git ref, and FORCE_COLOR.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { colourEnabled, escapeGithubData, escapeGithubProperty, githubAnnotation } from "../../generator/cli/output.js";
import { broken, brokenAnnotations, brokenDiagnostics, lines, mini, root, runCli, shown, specs } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-ci-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const base = join(specs, "diff-base/catalogue.yaml");
const variant = (name: string) => join(specs, `diff-${name}/catalogue.yaml`);

function writeTemp(name: string, text: string): string {
  const path = join(temp, name);
  writeFileSync(path, text);
  return path;
}

describe("--json", () => {
  const out = join(temp, "generated");
  let generated: { code: number | null; stdout: string };

  beforeAll(async () => {
    generated = await runCli(["generate", "--spec", mini, "--out", out, "--json"]);
  }, 120_000);

  test("generate --json lists the files it wrote, relative to the output folder and sorted", () => {
    expect(generated.code).toBe(0);
    const report = JSON.parse(generated.stdout);
    expect(Object.keys(report)).toEqual(["ok", "outDir", "files"]);
    expect(report.ok).toBe(true);
    expect(report.outDir).toBe(shown(out));
    expect(report.files).toContain("package.json");
    expect(report.files).toContain("src/types.ts");
    expect(report.files).toEqual([...report.files].sort());
    for (const file of report.files) expect(readFileSync(join(out, file)).length).toBeGreaterThanOrEqual(0);
  });

  test("check --json reports in step after generate", async () => {
    const result = await runCli(["check", "--spec", mini, "--out", out, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, outDir: shown(out), changed: [], missing: [], extra: [] });
  });

  test.concurrent.each([
    ["generate", ["generate", "--spec", broken, "--out", join(temp, "never"), "--json"]],
    ["check", ["check", "--spec", broken, "--out", join(temp, "never"), "--json"]],
    ["validate", ["validate", "--spec", broken, "--json", mini]],
    ["drift", ["drift", "--spec", broken, "--json"]],
  ])("%s --json on an invalid spec prints the located diagnostics and exits 2", async (_name, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({ ok: false, error: "spec", diagnostics: brokenDiagnostics });
    // The log keeps the human lines.
    expect(result.stderr).toContain(`${shown(broken)}:18:15: error unknown group 'no_such_group' [unknown_group]`);
  });

  test("diff --json on an invalid spec names the side", async () => {
    const [newSide, oldSide] = await Promise.all([runCli(["diff", base, broken, "--json"]), runCli(["diff", broken, base, "--json"])]);
    expect(newSide.code).toBe(2);
    expect(JSON.parse(newSide.stdout)).toEqual({ ok: false, error: "spec", spec: "new", diagnostics: brokenDiagnostics });
    expect(oldSide.code).toBe(2);
    expect(JSON.parse(oldSide.stdout)).toEqual({ ok: false, error: "spec", spec: "old", diagnostics: brokenDiagnostics });
  });

  test("generate --json into a folder the tool did not make reports the refusal as JSON and leaves the folder alone", async () => {
    const foreign = join(temp, "foreign");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "notes.txt"), "mine");
    const result = await runCli(["generate", "--spec", mini, "--out", foreign, "--json"]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({ ok: false, error: "output", message: expect.stringContaining(shown(foreign)) });
    expect(readFileSync(join(foreign, "notes.txt"), "utf8")).toBe("mine");
  });

  test("a usage error under --json is a JSON object too, with exit 2", async () => {
    const result = await runCli(["diff", base, variant("minor"), "--json", "--fail-on", "sometimes"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({ ok: false, error: "usage", message: "--fail-on takes one of breaking, minor, patch, never, got 'sometimes'" });
  });
});

describe("--format github", () => {
  test("escapes messages and properties as GitHub's toolkit does", () => {
    expect(escapeGithubData("100% done\r\nnext: a,b")).toBe("100%25 done%0D%0Anext: a,b");
    expect(escapeGithubProperty("dir,x/a:b%\n")).toBe("dir%2Cx/a%3Ab%25%0A");
    expect(escapeGithubData("red \x1b[31m")).toBe("red \\u001b[31m");
    expect(githubAnnotation("error", { file: "a,b.yaml", line: 3, col: 4, title: "T:1" }, "one\ntwo")).toBe("::error file=a%2Cb.yaml,line=3,col=4,title=T%3A1::one%0Atwo\n");
    expect(githubAnnotation("notice", {}, "plain")).toBe("::notice::plain\n");
  });

  test("spec errors of check, diff and validate are annotations", async () => {
    const results = await Promise.all([
      runCli(["check", "--spec", broken, "--out", join(temp, "never"), "--format", "github"]),
      runCli(["diff", base, broken, "--format", "github"]),
      runCli(["validate", "--spec", broken, "--format", "github", mini]),
    ]);
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(lines(result.stdout)).toEqual(brokenAnnotations);
    }
  });

  test("diff: a failing change is an error, others a warning or notice by severity", async () => {
    const [breaking, minor, patchFailing] = await Promise.all([
      runCli(["diff", base, variant("breaking"), "--format", "github"]),
      runCli(["diff", base, variant("minor"), "--format", "github"]),
      runCli(["diff", base, variant("patch"), "--format", "github", "--fail-on", "patch"]),
    ]);
    expect(breaking.code).toBe(1);
    expect(lines(breaking.stdout)).toEqual([
      `::error file=${shown(variant("breaking"))},line=53,col=7,title=PROPERTY_OPTIONAL_TO_REQUIRED::breaking: lock.unlocked: property code_id made required`,
    ]);
    expect(minor.code).toBe(0);
    expect(lines(minor.stdout)).toEqual([
      `::warning file=${shown(variant("minor"))},line=77,col=7,title=PROPERTY_ADDED_OPTIONAL::minor: lock.locked: property auto added (optional)`,
      `::warning file=${shown(variant("minor"))},line=73,col=7,title=ENUM_VALUE_ADDED::minor: lock.locked: property method now also takes "remote"`,
      `::warning file=${shown(variant("minor"))},line=50,col=7,title=ENUM_VALUE_ADDED::minor: lock.unlocked: property method now also takes "remote"`,
    ]);
    expect(patchFailing.code).toBe(1);
    expect(lines(patchFailing.stdout)).toEqual([
      `::error file=${shown(variant("patch"))},line=68,col=3,title=DESCRIPTION_CHANGED::patch: event lock.locked: description changed`,
    ]);
  });

  test("diff: a removal points at no line of the checkout and names where it was", async () => {
    // Swapping the sides turns the added property into a removed one (breaking, located in the old spec).
    const result = await runCli(["diff", variant("minor"), base, "--format", "github"]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toContain(
      `::error title=PROPERTY_REMOVED::breaking: lock.locked: property auto removed (was at ${shown(variant("minor"))}:77:7)`,
    );
  });

  test("check: each out-of-step file is an annotation", async () => {
    const out = join(temp, "drifted");
    const made = await runCli(["generate", "--spec", mini, "--out", out]);
    expect(made.code).toBe(0);
    writeFileSync(join(out, "src/types.ts"), "// edited\n");
    rmSync(join(out, "package.json"));
    writeFileSync(join(out, "stray.txt"), "x");
    const result = await runCli(["check", "--spec", mini, "--out", out, "--format", "github"]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      `::error file=${shown(out)}/src/types.ts,title=out_of_step::changed: differs from what the spec gives; run \`npm run generate\``,
      `::error file=${shown(out)}/package.json,title=out_of_step::missing: the spec gives this file; run \`npm run generate\``,
      `::error file=${shown(out)}/stray.txt,title=out_of_step::not generated: the spec does not give this file`,
    ]);
  }, 120_000);

  test("validate: each error of an invalid payload is an annotation at its line", async () => {
    const fixture = await runCli(["fixture", "device.low_battery", "--spec", mini, "--seed", "1"]);
    const valid = JSON.parse(fixture.stdout);
    const path = writeTemp("payloads.ndjson", `${JSON.stringify(valid)}\n${JSON.stringify({ ...valid, event_type: 3 })}\n{not json}\n`);
    const result = await runCli(["validate", "--spec", mini, "--format", "github", path]);
    expect(result.code).toBe(1);
    const annotations = lines(result.stdout);
    expect(annotations.length).toBeGreaterThanOrEqual(2);
    for (const line of annotations) expect(line).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=[a-z_]+::/);
    expect(annotations.some((line) => line.startsWith(`::error file=${path.replace(/:/g, "%3A")},line=2,col=1,`))).toBe(true);
    expect(annotations.some((line) => line.startsWith(`::error file=${path.replace(/:/g, "%3A")},line=3,`) && line.includes("title=json_parse"))).toBe(true);
    expect(result.stderr).toContain("3 payloads: 1 valid, 2 invalid");
  });

  test("--format takes text, github or junit, and not with --json", async () => {
    const [unknown, both] = await Promise.all([
      runCli(["diff", base, base, "--format", "sarif"]),
      runCli(["diff", base, base, "--format", "github", "--json"]),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--format takes text, github, junit, got 'sarif'");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("give either --json or --format github, not both");
  });
});

describe("diff --fail-on and --ignore", () => {
  test.concurrent.each([
    ["breaking", "breaking", 1],
    ["breaking", "minor", 1],
    ["breaking", "never", 0],
    ["minor", "breaking", 0],
    ["minor", "minor", 1],
    ["minor", "patch", 1],
    ["patch", "minor", 0],
    ["patch", "patch", 1],
    ["patch", "never", 0],
  ] as const)("a %s change with --fail-on %s exits %i", async (change, threshold, code) => {
    const result = await runCli(["diff", base, variant(change), "--fail-on", threshold, "--json"]);
    expect(result.code).toBe(code);
    expect(JSON.parse(result.stdout)).toMatchObject({ failOn: threshold, failed: code === 1 });
  });

  test("without --fail-on only a breaking change fails, as before", async () => {
    const [breaking, minor] = await Promise.all([runCli(["diff", base, variant("breaking")]), runCli(["diff", base, variant("minor")])]);
    expect(breaking.code).toBe(1);
    expect(minor.code).toBe(0);
  });

  test("an ignore entry accepts the change it names; a stale entry is reported", async () => {
    const ignore = writeTemp(
      "accepted.yaml",
      [
        "ignore:",
        "  - rule: PROPERTY_OPTIONAL_TO_REQUIRED",
        "    event: lock.unlocked",
        "    path: code_id",
        "    reason: Seam always sent code_id; reviewed in the 2.0 release.",
        "  - rule: EVENT_REMOVED",
        "    event: lock.jammed",
        "    reason: Never sent.",
        "",
      ].join("\n"),
    );
    const [json, human, github] = await Promise.all([
      runCli(["diff", base, variant("breaking"), "--ignore", ignore, "--json"]),
      runCli(["diff", base, variant("breaking"), "--ignore", ignore]),
      runCli(["diff", base, variant("breaking"), "--ignore", ignore, "--format", "github"]),
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.changes).toEqual([]);
    expect(report.counts).toEqual({ breaking: 0, minor: 0, patch: 0 });
    // The release still needs the major version the accepted change calls for.
    expect(report).toMatchObject({ severity: "breaking", breaking: true, failed: false });
    expect(report.ignored).toEqual([
      expect.objectContaining({ rule: "PROPERTY_OPTIONAL_TO_REQUIRED", event: "lock.unlocked", path: "code_id", reason: "Seam always sent code_id; reviewed in the 2.0 release." }),
    ]);
    expect(report.stale).toEqual([{ rule: "EVENT_REMOVED", event: "lock.jammed", reason: "Never sent." }]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("ignored  PROPERTY_OPTIONAL_TO_REQUIRED lock.unlocked: property code_id made required (Seam always sent code_id; reviewed in the 2.0 release.)");
    expect(human.stderr).toContain(`warning: ${ignore}: stale ignore entry 'EVENT_REMOVED lock.jammed' matches no change; remove it`);
    expect(github.code).toBe(0);
    expect(lines(github.stdout)).toEqual([
      "::notice title=PROPERTY_OPTIONAL_TO_REQUIRED::ignored: lock.unlocked: property code_id made required (Seam always sent code_id; reviewed in the 2.0 release.)",
      "::warning title=stale_ignore_entry::ignore entry 'EVENT_REMOVED lock.jammed' matches no change; remove it",
    ]);
  });

  test("the ignore file shown in generator/cli/README.md accepts the change it names", async () => {
    const readme = readFileSync(join(root, "generator/cli/README.md"), "utf8");
    const example = /^```yml\n(# \.seam-events-ignore\.yaml\n[^]*?)^```$/m.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = await runCli(["diff", base, variant("breaking"), "--ignore", writeTemp("readme-ignore.yaml", example!), "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ changes: [], stale: [], ignored: [{ rule: "PROPERTY_OPTIONAL_TO_REQUIRED" }] });
  });

  test("an entry matches only the path it names, and JSON files work too", async () => {
    const ignore = writeTemp(
      "other-path.json",
      JSON.stringify({ ignore: [{ rule: "PROPERTY_OPTIONAL_TO_REQUIRED", event: "lock.unlocked", path: "method", reason: "Another property." }] }),
    );
    const result = await runCli(["diff", base, variant("breaking"), "--ignore", ignore, "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.changes).toHaveLength(1);
    expect(report.ignored).toEqual([]);
    expect(report.stale).toHaveLength(1);
  });

  test("an entry without a reason, or an unreadable file, is a usage error", async () => {
    const noReason = writeTemp("no-reason.yaml", "ignore:\n  - rule: PROPERTY_OPTIONAL_TO_REQUIRED\n    event: lock.unlocked\n    path: code_id\n");
    const unknownField = writeTemp("unknown-field.yaml", "ignore:\n  - rule: X\n    reason: y\n    paths: z\n");
    const [missing, unknown, absent] = await Promise.all([
      runCli(["diff", base, variant("breaking"), "--ignore", noReason]),
      runCli(["diff", base, variant("breaking"), "--ignore", unknownField]),
      runCli(["diff", base, variant("breaking"), "--ignore", join(temp, "absent.yaml")]),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${noReason}: ignore entry 1 has no 'reason'`);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown field 'paths'");
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain("cannot read");
    expect(absent.stderr).not.toContain("    at ");
  });
});

describe("diff --against and colour", () => {
  test("a bad git ref gives one clear line and exit 2", async () => {
    const repo = join(temp, "repo");
    mkdirSync(join(repo, "spec"), { recursive: true });
    cpSync(base, join(repo, "spec/catalogue.yaml"));
    mkdirSync(join(temp, "norepo"));
    cpSync(base, join(temp, "norepo/catalogue.yaml"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
    git("init", "-q");
    git("-c", "user.email=ci@example.com", "-c", "user.name=ci", "add", ".");
    git("-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-qm", "base");
    const [bad, option, outside] = await Promise.all([
      runCli(["diff", "--against", "no-such-branch", "--spec", "spec/catalogue.yaml"], { cwd: repo }),
      runCli(["diff", "--against=--output=x", "--spec", "spec/catalogue.yaml"], { cwd: repo }),
      runCli(["diff", "--against", "HEAD", "--spec", join(temp, "norepo/catalogue.yaml")], { cwd: temp, env: { GIT_CEILING_DIRECTORIES: temp } }),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("error: --against: 'no-such-branch' is not a branch, tag or commit of this repository\nSee `seam-events diff --help`.\n");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("'--output=x' is not a branch, tag or commit");
    expect(bad.stderr + option.stderr).not.toContain("rev-parse");
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe("error: --against needs a git repository, and norepo is not in one\nSee `seam-events diff --help`.\n");
  });

  test("FORCE_COLOR turns colour on where output is not a terminal; NO_COLOR wins; FORCE_COLOR=0 turns it off", async () => {
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    const tty = { isTTY: true } as NodeJS.WriteStream;
    expect(colourEnabled(pipe, {})).toBe(false);
    expect(colourEnabled(tty, {})).toBe(true);
    expect(colourEnabled(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(colourEnabled(pipe, { FORCE_COLOR: "" })).toBe(true);
    expect(colourEnabled(tty, { FORCE_COLOR: "0" })).toBe(false);
    expect(colourEnabled(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
    expect(colourEnabled(tty, { NO_COLOR: "" })).toBe(true);
    const [forced, plain] = await Promise.all([
      runCli(["diff", base, variant("breaking")], { env: { FORCE_COLOR: "1" } }),
      runCli(["diff", base, variant("breaking")], { env: { FORCE_COLOR: "0" } }),
    ]);
    expect(forced.stdout).toContain("\x1b[31mbreaking");
    expect(plain.stdout).not.toContain("\x1b[");
  });
});

test("the project root is where the tests run, so shown paths are relative to it", () => {
  expect(process.cwd()).toBe(root);
});
