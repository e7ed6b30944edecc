/**
 * `--format junit` on check, diff and validate, and on spec errors: the XML is read back with
 * fast-xml-parser (a real XML parser, which also rejects a document that is not well formed), and its
 * structure checked: testsuites › testsuite › testcase › failure, the failure's text `file:line:…`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, test } from "vitest";
import { escapeXml, junitReport } from "../../generator/cli/junit.js";
import { broken, mini, runCli, shown, specs } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-junit-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const base = join(specs, "diff-base/catalogue.yaml");
const variant = (name: string) => join(specs, `diff-${name}/catalogue.yaml`);

interface Failure {
  "#text"?: string;
  "@_message": string;
  "@_type": string;
}
interface TestCase {
  "@_name": string;
  "@_classname": string;
  "@_file"?: string;
  "@_line"?: string;
  failure?: Failure;
  skipped?: { "@_message": string };
}
interface TestSuite {
  "@_name": string;
  "@_tests"?: string;
  "@_failures"?: string;
  "@_skipped"?: string;
  testcase: TestCase[];
}
interface Report {
  "@_tests"?: string;
  "@_failures"?: string;
  testsuite: TestSuite[];
}

/** Parses a JUnit document, failing the test when it is not well-formed XML. */
function parseJunit(xml: string): Report {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, parseAttributeValue: false, isArray: (name) => name === "testsuite" || name === "testcase" });
  const document = parser.parse(xml) as { testsuites: Report };
  expect(document.testsuites).toBeDefined();
  return document.testsuites;
}

const failuresOf = (report: Report) => report.testsuite.flatMap((s) => s.testcase).filter((c) => c.failure);

describe("--format junit", () => {
  test("escapes markup and makes characters XML cannot hold visible", () => {
    expect(escapeXml(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(escapeXml("bell\x07 lone\ud800 ok\ud83d\ude00")).toBe("bell\\u0007 lone\\ud800 ok\ud83d\ude00");
    const xml = junitReport("hostile <report>", [
      {
        name: "hostile <suite>",
        cases: [{ name: "]]></testcase><x>", classname: "\x1b[31m", failure: { message: "a\nb & <c>", type: "t\"y", text: "line1\nline2 </failure>" } }],
      },
    ]);
    const report = parseJunit(xml);
    const [only] = report.testsuite[0]!.testcase;
    // The parser reads back the very text, markup and all, with the escape sequence made visible.
    expect(only!["@_name"]).toBe("]]></testcase><x>");
    expect(only!["@_classname"]).toBe("\\u001b[31m");
    expect(only!.failure!["#text"]).toBe("line1\nline2 </failure>");
    expect(only!.failure!["@_message"]).toBe("a\\nb & <c>");
    expect(report["@_tests"]).toBe("1");
    expect(report["@_failures"]).toBe("1");
  });

  test("check: one passing case when in step; one failing case per file out of step, at its path", async () => {
    const out = join(temp, "generated");
    expect((await runCli(["generate", "--spec", mini, "--out", out])).code).toBe(0);
    const inStep = await runCli(["check", "--spec", mini, "--out", out, "--format", "junit"]);
    expect(inStep.code).toBe(0);
    const passing = parseJunit(inStep.stdout);
    expect(passing["@_failures"]).toBe("0");
    expect(passing.testsuite[0]!.testcase).toEqual([{ "@_name": `${shown(out)} is in step with the spec`, "@_classname": "check" }]);

    writeFileSync(join(out, "src/types.ts"), "// edited\n");
    rmSync(join(out, "package.json"));
    const drifted = await runCli(["check", "--spec", mini, "--out", out, "--format", "junit"]);
    expect(drifted.code).toBe(1);
    const report = parseJunit(drifted.stdout);
    expect(report.testsuite[0]!["@_name"]).toBe(`check ${shown(out)}`);
    expect(report.testsuite[0]!["@_failures"]).toBe("2");
    expect(failuresOf(report).map((c) => [c["@_file"], c.failure!["@_type"], c.failure!["#text"]])).toEqual([
      [`${shown(out)}/src/types.ts`, "out_of_step", `${shown(out)}/src/types.ts: changed: differs from what the spec gives; run \`npm run generate\``],
      [`${shown(out)}/package.json`, "out_of_step", `${shown(out)}/package.json: missing: the spec gives this file; run \`npm run generate\``],
    ]);
  }, 120_000);

  test("diff: a case per change, failing as --fail-on says, located as --json locates it", async () => {
    const [xml, json, lenient] = await Promise.all([
      runCli(["diff", base, variant("minor"), "--format", "junit", "--fail-on", "minor"]),
      runCli(["diff", base, variant("minor"), "--json"]),
      runCli(["diff", base, variant("minor"), "--format", "junit"]),
    ]);
    expect(xml.code).toBe(1);
    const report = parseJunit(xml.stdout);
    const changes = JSON.parse(json.stdout).changes as { rule: string; message: string; event: string; location: { file: string; line: number; column: number } }[];
    expect(changes.length).toBe(3);
    const cases = report.testsuite[0]!.testcase;
    expect(cases.map((c) => [c["@_classname"], c.failure!["@_type"], c["@_file"], c["@_line"], c.failure!["#text"]])).toEqual(
      changes.map((c) => [c.event, c.rule, c.location.file, String(c.location.line), `${c.location.file}:${c.location.line}:${c.location.column}: minor: ${c.message}`]),
    );
    expect(report["@_failures"]).toBe("3");

    // Under the default threshold the same changes are passing cases.
    expect(lenient.code).toBe(0);
    const passing = parseJunit(lenient.stdout);
    expect(passing["@_tests"]).toBe("3");
    expect(passing["@_failures"]).toBe("0");
    expect(failuresOf(passing)).toEqual([]);
  });

  test("diff: an accepted change is a skipped case with its reason; no change is one passing case", async () => {
    const ignore = join(temp, "accepted.yaml");
    writeFileSync(ignore, "ignore:\n  - rule: PROPERTY_OPTIONAL_TO_REQUIRED\n    event: lock.unlocked\n    path: code_id\n    reason: Reviewed.\n");
    const [accepted, same] = await Promise.all([
      runCli(["diff", base, variant("breaking"), "--format", "junit", "--ignore", ignore]),
      runCli(["diff", base, base, "--format", "junit"]),
    ]);
    expect(accepted.code).toBe(0);
    const report = parseJunit(accepted.stdout);
    expect(report.testsuite[0]!["@_skipped"]).toBe("1");
    expect(report.testsuite[0]!.testcase[0]!.skipped).toEqual({ "@_message": "ignored: Reviewed." });
    expect(same.code).toBe(0);
    expect(parseJunit(same.stdout).testsuite[0]!.testcase).toEqual([{ "@_name": "no changes to the event catalogue", "@_classname": "catalogue" }]);
  });

  test("validate: a case per payload, an invalid one failing with each error at file:line:column", async () => {
    const fixture = await runCli(["fixture", "device.low_battery", "--spec", mini, "--seed", "1"]);
    const valid = JSON.parse(fixture.stdout);
    const path = join(temp, "payloads.ndjson");
    writeFileSync(path, `${JSON.stringify(valid)}\n${JSON.stringify({ ...valid, battery_level: "full", device_id: 3 })}\n{not json}\n`);
    const result = await runCli(["validate", "--spec", mini, "--format", "junit", path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("3 payloads: 1 valid, 2 invalid");
    const report = parseJunit(result.stdout);
    const cases = report.testsuite[0]!.testcase;
    expect(cases.map((c) => [c["@_name"], c["@_classname"], c["@_line"]])).toEqual([
      [`${path}:1`, "payload", "1"],
      [`${path}:2`, "device.low_battery", "2"],
      [`${path}:3`, "payload", "3"],
    ]);
    expect(cases[0]!.failure).toBeUndefined();
    const errors = cases[1]!.failure!["#text"]!.split("\n");
    expect(errors.length).toBe(2);
    for (const line of errors) expect(line).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:1: /\\w+ \\w+: `));
    expect(cases[2]!.failure!["@_type"]).toBe("json_parse");
    expect(cases[2]!.failure!["#text"]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: json_parse: `));
  }, 120_000);

  test("validate: an empty input is a failing case", async () => {
    const path = join(temp, "empty.ndjson");
    writeFileSync(path, "\n");
    const result = await runCli(["validate", "--spec", mini, "--format", "junit", path]);
    expect(result.code).toBe(1);
    expect(failuresOf(parseJunit(result.stdout)).map((c) => c.failure!["@_type"])).toEqual(["empty_input"]);
  }, 120_000);

  test.concurrent.each([
    ["check", ["check", "--spec", broken, "--out", join(temp, "never"), "--format", "junit"]],
    ["diff", ["diff", base, broken, "--format", "junit"]],
    ["validate", ["validate", "--spec", broken, "--format", "junit", mini]],
  ])("%s: spec errors are failing cases at file:line:column, exit 2", async (_name, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    const report = parseJunit(result.stdout);
    expect(report.testsuite.map((s) => s["@_name"])).toEqual(["spec"]);
    expect(failuresOf(report).map((c) => [c["@_file"], c["@_line"], c.failure!["@_type"], c.failure!["#text"]])).toEqual([
      [shown(broken), "18", "unknown_group", `${shown(broken)}:18:15: unknown group 'no_such_group' [unknown_group]`],
      [shown(broken), "22", "unknown_enum", `${shown(broken)}:22:15: unknown enum 'NoSuchEnum' [unknown_enum]`],
    ]);
  });
});
