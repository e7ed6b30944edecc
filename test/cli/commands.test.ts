/**
 * Every subcommand end to end, as a child process on fixture specs: success, each failure class, exit
 * codes and the --json shapes documented in generator/cli/README.md. Independent runs go concurrently.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadGeneratedPackage } from "../../generator/pipeline.js";
import { broken, mini, root, runCli, specs } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const base = join(specs, "diff-base/catalogue.yaml");
const variant = (name: string) => join(specs, `diff-${name}/catalogue.yaml`);

describe.concurrent("the tool", () => {
  test("--help lists every subcommand; --version is the root package's", async () => {
    // Through the launcher, as a process: the exit codes are the process's.
    const [help, version, bare] = await Promise.all([runCli(["--help"], { process: true }), runCli(["--version"], { process: true }), runCli([], { process: true })]);
    expect(help.code).toBe(0);
    for (const name of ["generate", "check", "validate", "fixture", "diff", "watch"]) expect(help.stdout).toContain(`  ${name} `);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
    expect(bare.code).toBe(2);
  });

  test("--help on each subcommand shows its usage and options", async () => {
    const names = ["generate", "check", "validate", "fixture", "diff", "watch"];
    const results = await Promise.all(names.map((name) => runCli([name, "--help"])));
    results.forEach((result, i) => {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: seam-events ${names[i]}`);
      expect(result.stdout).toContain("--help");
    });
    expect(results[3]!.stdout).toContain("--seed N");
  });

  test("bad usage exits 2 with a pointer to the help", async () => {
    const [unknownCommand, unknownOption, extra, badOnly, noSpec] = await Promise.all([
      runCli(["generat"]),
      runCli(["validate", "--frobnicate"]),
      runCli(["diff", "a", "b", "c"]),
      runCli(["generate", "--spec", mini, "--only", "types,nope", "--out", join(temp, "never")]),
      runCli(["check", "--spec", join(temp, "no-such-spec")]),
    ]);
    expect(unknownCommand).toMatchObject({ code: 2 });
    expect(unknownCommand.stderr).toContain("did you mean generate");
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("--frobnicate");
    expect(unknownOption.stderr).toContain("seam-events validate --help");
    expect(extra.code).toBe(2);
    expect(badOnly.code).toBe(2);
    expect(badOnly.stderr).toContain("'nope'");
    expect(noSpec.code).toBe(2);
    expect(noSpec.stderr).toContain("no spec file or folder at");
    expect(noSpec.stderr).not.toContain("    at ");
    expect(existsSync(join(temp, "never"))).toBe(false);
  });

  test("output piped to a file has no colour codes, with or without NO_COLOR", async () => {
    const [plain, noColour] = await Promise.all([runCli(["diff", base, variant("breaking")]), runCli(["diff", base, variant("breaking")], { env: { NO_COLOR: "1" } })]);
    expect(plain.stdout).toContain("PROPERTY_OPTIONAL_TO_REQUIRED");
    expect(plain.stdout + plain.stderr).not.toContain("\x1b[");
    expect(noColour.stdout).toBe(plain.stdout);
  });
});

describe("generate and check", () => {
  const out = join(temp, "generated");

  test("generate writes the package; --only limits the targets, with the package around code", async () => {
    const result = await runCli(["generate", "--spec", mini, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^generated \d+ files in /);
    expect(result.stderr).toBe(""); // no progress when stderr is not a terminal
    for (const file of ["package.json", "src/index.ts", "src/types.ts", "src/validators.ts", "dist/esm/index.js"]) expect(existsSync(join(out, file))).toBe(true);

    const typesOnly = join(temp, "types-only");
    expect((await runCli(["generate", "--spec", mini, "--out", typesOnly, "--only", "types"])).code).toBe(0);
    expect(existsSync(join(typesOnly, "src/types.ts"))).toBe(true);
    expect(existsSync(join(typesOnly, "package.json"))).toBe(true);
    expect(existsSync(join(typesOnly, "src/validators.ts"))).toBe(false);

    // A target brings those whose modules its code imports, and the package compiles (generate type-checks it).
    const receiverOnly = join(temp, "receiver-only");
    const receiver = await runCli(["generate", "--spec", mini, "--out", receiverOnly, "--only", "receiver", "--json"]);
    expect(receiver.code, receiver.stderr).toBe(0);
    const sources = (JSON.parse(receiver.stdout) as { files: string[] }).files.filter((file) => file.startsWith("src/"));
    expect(sources).toEqual(["src/index.ts", "src/receiver-runtime.ts", "src/receiver.ts", "src/types.ts", "src/validation-runtime.ts", "src/validators.ts", "src/webhook-signature.ts"]);
  });

  test("--only docs writes the docs pages alone, with no package around them; check agrees", async () => {
    const docsOnly = join(temp, "docs-only");
    const result = await runCli(["generate", "--spec", mini, "--out", docsOnly, "--only", "docs", "--json"]);
    expect(result.code).toBe(0);
    const { files } = JSON.parse(result.stdout) as { files: string[] };
    expect(files).toEqual([
      "docs/device/_category_.json",
      "docs/device/device.low_battery.md",
      "docs/device/device.removed.md",
      "docs/device/index.md",
      "docs/index.md",
      "docs/lock/_category_.json",
      "docs/lock/index.md",
      "docs/lock/lock.unlocked.md",
      "docs/shared.md",
    ]);
    expect(readdirSync(docsOnly).sort()).toEqual([".seam-events-manifest.json", "docs"]);
    const full = join(temp, "generated");
    for (const file of files) expect(readFileSync(join(docsOnly, file), "utf8")).toBe(readFileSync(join(full, file), "utf8"));
    expect((await runCli(["check", "--spec", mini, "--out", docsOnly, "--only", "docs"])).code).toBe(0);
    // With a target that has code, the package is there again.
    const withTypes = await runCli(["generate", "--spec", mini, "--out", join(temp, "docs-and-types"), "--only", "docs,types", "--json"]);
    expect(JSON.parse(withTypes.stdout).files).toEqual(expect.arrayContaining(["package.json", "src/types.ts", "docs/lock/lock.unlocked.md"]));
  });

  test("check passes on fresh output, then fails naming each changed, missing and extra file", async () => {
    const fresh = await runCli(["check", "--spec", mini, "--out", out]);
    expect(fresh.code).toBe(0);

    const drifted = join(temp, "drifted");
    cpSync(out, drifted, { recursive: true });
    writeFileSync(join(drifted, "src/types.ts"), "// edited by hand\n");
    rmSync(join(drifted, "package.json"));
    writeFileSync(join(drifted, "stray.txt"), "x");
    const [human, json] = await Promise.all([
      runCli(["check", "--spec", mini, "--out", drifted]),
      runCli(["check", "--spec", mini, "--out", drifted, "--json"]),
    ]);
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/changed: +src\/types\.ts/);
    expect(human.stderr).toMatch(/missing: +package\.json/);
    expect(human.stderr).toMatch(/not generated: +stray\.txt/);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, outDir: expect.any(String), changed: ["src/types.ts"], missing: ["package.json"], extra: ["stray.txt"] });
  });

  test("the format cache changes nothing in the output; check --no-cache agrees", async () => {
    const cached = join(temp, "cached");
    const uncached = join(temp, "uncached");
    // The second run finds its batches in the cache the first one left.
    for (const args of [["--out", cached], ["--out", cached], ["--out", uncached, "--no-cache"]]) expect((await runCli(["generate", "--spec", mini, ...args])).code).toBe(0);
    const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort().map((f) => [f, statSync(join(dir, f)).isDirectory() ? "" : readFileSync(join(dir, f), "utf8")]);
    expect(files(cached)).toEqual(files(uncached));
    expect((await runCli(["check", "--spec", mini, "--out", cached, "--no-cache"])).code).toBe(0);
  });

  test("an invalid spec exits 2 with every located problem and writes nothing", async () => {
    const target = join(temp, "from-broken");
    const result = await runCli(["generate", "--spec", broken, "--out", target]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cli-broken\/catalogue\.yaml:18:\d+: error unknown group 'no_such_group'/);
    expect(result.stderr).toMatch(/cli-broken\/catalogue\.yaml:22:\d+: error unknown enum 'NoSuchEnum'/);
    expect(existsSync(target)).toBe(false);
    expect((await runCli(["check", "--spec", broken, "--out", target])).code).toBe(2);
  });
});

describe("validate", () => {
  let valid: Record<string, unknown>[];
  const files = join(temp, "payloads");

  beforeAll(async () => {
    const runtime = await loadGeneratedPackage({ specPath: mini });
    valid = ["lock.unlocked", "device.low_battery", "device.removed"].map((type, seed) => runtime.createMiniEvent(type, {}, { seed, optional: "all" }));
    mkdirSync(files, { recursive: true });
  });

  const write = (name: string, text: string) => {
    const path = join(files, name);
    writeFileSync(path, text);
    return path;
  };

  test("runs in this process leave standard output as they found it (no listener piles up)", async () => {
    const file = write("leak.ndjson", `${JSON.stringify(valid[0])}\n${JSON.stringify({ event_type: "lock.unlocked" })}\n`);
    const before = process.stdout.listenerCount("error");
    for (let run = 0; run < 2; run++) {
      expect((await runCli(["validate", "--spec", mini, file])).code).toBe(1);
      expect((await runCli(["fixture", "lock.unlocked", "--spec", mini, "--count", "2"])).code).toBe(0);
    }
    expect(process.stdout.listenerCount("error")).toBe(before);
  });

  test("valid payloads in each input form exit 0", async () => {
    const ndjson = write("valid.ndjson", valid.map((v) => JSON.stringify(v)).join("\n"));
    const array = write("valid.json", JSON.stringify(valid, null, 2));
    const single = write("one.json", JSON.stringify(valid[0], null, 2));
    const results = await Promise.all([
      runCli(["validate", "--spec", mini, ndjson]),
      runCli(["validate", "--spec", mini, array]),
      runCli(["validate", "--spec", mini, single]),
      runCli(["validate", "--spec", mini, "-"], { input: JSON.stringify(valid) }),
      runCli(["validate", "--spec", mini], { input: valid.map((v) => JSON.stringify(v)).join("\n") }),
    ]);
    for (const result of results) expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(results.map((r) => r.stdout.trim())).toEqual([
      "3 payloads: 3 valid, 0 invalid",
      "3 payloads: 3 valid, 0 invalid",
      "1 payload: 1 valid, 0 invalid",
      "3 payloads: 3 valid, 0 invalid",
      "3 payloads: 3 valid, 0 invalid",
    ]);
  });

  test("each error is printed as source:line: path code: message; exit 1", async () => {
    const wrongEnum = { ...valid[0], method: "telepathy" };
    const { event_id: _, ...missing } = valid[1]!;
    const unknown = { ...valid[2], event_type: "lock.exploded" };
    const path = write("invalid.ndjson", [valid[0], wrongEnum, missing, unknown].map((v) => JSON.stringify(v)).join("\n") + "\n{not json}\n");
    const result = await runCli(["validate", "--spec", mini, path]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path}:2: /method enum: `)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path}:3: /event_id required: `)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path}:4: \\S+ unknown_event_type: `)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path}:5:2: json_parse: `)));
    expect(lines.at(-1)).toBe("5 payloads: 1 valid, 4 invalid");
  });

  test("in an array, errors name the element's index; framing problems fail the run", async () => {
    const array = write("invalid.json", JSON.stringify([valid[0], { ...valid[0], method: 3 }], null, 2));
    const unclosed = write("unclosed.json", `[${JSON.stringify(valid[0])},`);
    const [inArray, open] = await Promise.all([runCli(["validate", "--spec", mini, array]), runCli(["validate", "--spec", mini, unclosed])]);
    expect(inArray.code).toBe(1);
    expect(inArray.stdout).toMatch(new RegExp(`^${array}:\\[1\\]: /method \\w+: `, "m"));
    expect(open.code).toBe(1);
    expect(open.stdout).toContain("not closed");
  });

  test("--json gives the documented shape", async () => {
    const path = write("mixed.ndjson", `${JSON.stringify(valid[0])}\n${JSON.stringify({ ...valid[0], method: "x" })}\n[1,\n`);
    const result = await runCli(["validate", "--spec", mini, "--json", path]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      ok: false,
      source: path,
      format: "ndjson",
      validators: "spec",
      total: 3,
      valid: 1,
      invalid: 2,
      problems: [],
      failures: [
        { index: 1, line: 2, column: 1, eventType: "lock.unlocked", errors: [{ path: "/method", code: "enum", message: expect.any(String) }] },
        { index: 2, line: 3, column: 1, eventType: null, errors: [{ path: "", code: "json_parse", message: expect.any(String), line: 3, column: expect.any(Number) }] },
      ],
    });
  });

  test("no input, a missing file and an empty input", async () => {
    const [missing, empty] = await Promise.all([
      runCli(["validate", "--spec", mini, join(files, "nope.json")]),
      runCli(["validate", "--spec", mini, write("empty.ndjson", "\n")]),
    ]);
    expect(missing.code).toBe(2);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain("no payloads");
  });

  test("a file of 100,000 events", async () => {
    const events = Array.from({ length: 100_000 }, (_, i) => JSON.stringify(valid[i % 3]));
    events[77_777] = JSON.stringify({ ...valid[0], method: "telepathy" });
    const path = write("large.ndjson", `${events.join("\n")}\n`);
    const result = await runCli(["validate", "--spec", mini, path]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${path}:77778: /method enum: .*telepathy`));
    expect(lines[1]).toBe("100000 payloads: 99999 valid, 1 invalid");
  });
});

describe.concurrent("fixture", () => {
  test("one payload, valid and deterministic", async () => {
    const [a, b] = await Promise.all([
      runCli(["fixture", "lock.unlocked", "--spec", mini, "--seed", "7"]),
      runCli(["fixture", "lock.unlocked", "--spec", mini, "--seed", "7"]),
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const payload = JSON.parse(a.stdout);
    expect(payload.event_type).toBe("lock.unlocked");
    const check = await runCli(["validate", "--spec", mini], { input: a.stdout });
    expect(check.code).toBe(0);
  });

  test("--count gives an array made with consecutive seeds, --ndjson one per line", async () => {
    const [array, lines, single, none] = await Promise.all([
      runCli(["fixture", "device.low_battery", "--spec", mini, "--count", "3", "--seed", "5"]),
      runCli(["fixture", "device.low_battery", "--spec", mini, "--count", "3", "--seed", "5", "--ndjson"]),
      runCli(["fixture", "device.low_battery", "--spec", mini, "--seed", "6"]),
      runCli(["fixture", "device.low_battery", "--spec", mini, "--seed", "5", "--optional", "none"]),
    ]);
    const payloads = JSON.parse(array.stdout);
    expect(payloads).toHaveLength(3);
    expect(lines.stdout.trim().split("\n").map((l) => JSON.parse(l))).toEqual(payloads);
    expect(JSON.parse(single.stdout)).toEqual(payloads[1]);
    expect(JSON.parse(none.stdout)).not.toHaveProperty("note");
  });

  test("an unknown event type exits 2 with suggestions; bad numbers are usage errors", async () => {
    const [unknown, badSeed, badMode] = await Promise.all([
      runCli(["fixture", "device.low_batery", "--spec", mini]),
      runCli(["fixture", "lock.unlocked", "--spec", mini, "--seed", "x"]),
      runCli(["fixture", "lock.unlocked", "--spec", mini, "--optional", "some"]),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("did you mean device.low_battery");
    expect(badSeed.code).toBe(2);
    expect(badMode.code).toBe(2);
  });
});

describe.concurrent("diff", () => {
  test("breaking, minor and patch pairs: exit codes and suggested versions", async () => {
    const [breaking, minor, patch, same] = await Promise.all([
      runCli(["diff", base, variant("breaking")]),
      runCli(["diff", base, variant("minor")]),
      runCli(["diff", base, variant("patch")]),
      runCli(["diff", base, base]),
    ]);
    expect(breaking.code).toBe(1);
    expect(breaking.stdout).toMatch(/breaking +PROPERTY_OPTIONAL_TO_REQUIRED lock\.unlocked: property code_id made required/);
    expect(breaking.stdout).toMatch(/at .*diff-breaking\/catalogue\.yaml:\d+:\d+/);
    expect(breaking.stdout).toContain("Suggested version: 2.0.0 (from 1.4.2).");
    expect(minor.code).toBe(0);
    expect(minor.stdout).toContain("ENUM_VALUE_ADDED");
    expect(minor.stdout).toContain("breaks exhaustive switches");
    expect(minor.stdout).toContain("PROPERTY_ADDED_OPTIONAL");
    expect(minor.stdout).toContain("Suggested version: 1.5.0");
    expect(patch.code).toBe(0);
    expect(patch.stdout).toContain("DESCRIPTION_CHANGED");
    expect(patch.stdout).toContain("Suggested version: 1.4.3");
    expect(same.stdout).toContain("No changes");
    expect(same.code).toBe(0);
  });

  test("--json gives the documented shape", async () => {
    const result = await runCli(["diff", base, variant("minor"), "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["old", "new", "severity", "breaking", "suggestedVersion", "counts", "changes", "failOn", "failed", "ignored", "stale"]);
    expect(report).toMatchObject({ severity: "minor", breaking: false, suggestedVersion: "1.5.0", counts: { breaking: 0, minor: 3, patch: 0 }, old: { version: "1.4.2" } });
    expect(report.changes[0]).toEqual({
      rule: expect.any(String),
      severity: "minor",
      event: expect.any(String),
      path: expect.any(String),
      message: expect.any(String),
      location: { file: expect.stringContaining("diff-minor"), line: expect.any(Number), column: expect.any(Number) },
      side: "new",
      breaksExhaustiveSwitch: expect.any(Boolean),
    });
  });

  test("--changelog puts a section at the top of the file", async () => {
    const changelog = join(temp, "CHANGELOG.md");
    writeFileSync(changelog, "# Changelog\n\n## 1.4.2\n\n- Earlier.\n");
    const result = await runCli(["diff", base, variant("breaking"), "--changelog", changelog]);
    expect(result.code).toBe(1);
    const text = readFileSync(changelog, "utf8");
    expect(text).toMatch(/^# Changelog\n\n## 2\.0\.0\n\n### Breaking changes\n\n- lock\.unlocked: property code\\_id made required `PROPERTY_OPTIONAL_TO_REQUIRED`\n\n## 1\.4\.2/);
  });

  test("--against compares with the spec at a git revision", async () => {
    const repo = join(temp, "repo");
    mkdirSync(join(repo, "spec"), { recursive: true });
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo, stdio: "pipe" });
    git("init", "-q");
    cpSync(base, join(repo, "spec/catalogue.yaml"));
    git("add", ".");
    git("commit", "-qm", "base");
    cpSync(variant("patch"), join(repo, "spec/catalogue.yaml"));
    const [patch, badRef] = await Promise.all([
      runCli(["diff", "--against", "HEAD", "--spec", "spec/catalogue.yaml", "--json"], { cwd: repo }),
      runCli(["diff", "--against", "no-such-ref", "--spec", "spec/catalogue.yaml"], { cwd: repo }),
    ]);
    expect(patch.code).toBe(0);
    const report = JSON.parse(patch.stdout);
    expect(report.old.source).toBe("HEAD:spec/catalogue.yaml");
    expect(report.changes.map((c: { rule: string }) => c.rule)).toEqual(["DESCRIPTION_CHANGED"]);
    expect(badRef.code).toBe(2);
  });

  test("an invalid spec on either side exits 2", async () => {
    const result = await runCli(["diff", base, broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown enum 'NoSuchEnum'");
    expect(result.stderr).toContain("The new spec");
  });
});
