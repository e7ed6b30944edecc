/**
 * `validate` and `fixture` on hostile and large input, as child processes: resynchronising after broken
 * lines, --json streamed in constant memory, errors capped per payload, a closed pipe, terminal controls
 * in the input, and the output folder's compiled validators used only while it is in step with the spec.
 */
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadGeneratedPackage } from "../../generator/pipeline.js";
import { bin, mini, root, runCli } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-validate-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const path = join(temp, name);
  writeFileSync(path, text);
  return path;
};

/** Runs the tool with a V8 heap limit, standard output to a file (it may be large), and returns its status. */
function runWithHeap(heapMb: number, args: readonly string[], outFile: string): { code: number | null; stderr: string } {
  // The launcher first compiles the tool when its sources changed; that one-off build is not what the limit measures.
  spawnSync(process.execPath, [bin, "--version"], { cwd: root });
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, bin, ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 30,
    encoding: "buffer",
  });
  writeFileSync(outFile, result.stdout);
  return { code: result.status, stderr: result.stderr.toString("utf8") };
}

/** Runs `command | head -1` in bash: the tool's stderr, its exit status and what head printed. */
function throughHead(args: readonly string[]): { head: string; stderr: string; status: number } {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
  const errFile = join(temp, `stderr-${Math.random().toString(36).slice(2)}`);
  const result = spawnSync("bash", ["-c", `${quoted} 2>'${errFile}' | head -1; echo "status=\${PIPESTATUS[0]}"`], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const lines = result.stdout.trimEnd().split("\n");
  return { head: lines[0]!, status: Number(lines.at(-1)!.replace("status=", "")), stderr: readFileSync(errFile, "utf8") };
}

let valid: Record<string, unknown>[];
beforeAll(async () => {
  const runtime = await loadGeneratedPackage({ specPath: mini });
  valid = ["lock.unlocked", "device.low_battery", "device.removed"].map((type, seed) => runtime.createMiniEvent(type, {}, { seed, optional: "all" }));
});

describe.concurrent("validate resynchronises after broken lines", () => {
  test("a broken first line is one invalid payload; the other 1000 lines are still validated", async () => {
    const lines = Array.from({ length: 1001 }, (_, i) => JSON.stringify(valid[i % 3]));
    lines[0] = '{"event_type": "lock.unlocked", "method": {';
    lines[499] = '{"event_type": "lock.unlocked", "note": "unclosed';
    lines[1000] = "not json at all";
    const path = write("broken.ndjson", `${lines.join("\n")}\n`);
    const [human, json] = await Promise.all([runCli(["validate", "--spec", mini, path]), runCli(["validate", "--spec", mini, "--json", path])]);
    expect(human.code).toBe(1);
    const out = human.stdout.trim().split("\n");
    expect(out.at(-1)).toBe("1001 payloads: 998 valid, 3 invalid");
    expect(out.filter((line) => line.includes(" json_parse: ")).map((line) => line.split(":").slice(1, 2)[0])).toEqual(["1", "500", "1001"]);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ format: "ndjson", total: 1001, valid: 998, invalid: 3, ok: false });
    expect(report.failures.map((f: { line: number; errors: { code: string; line: number }[] }) => [f.line, f.errors[0]!.code, f.errors[0]!.line])).toEqual([
      [1, "json_parse", 1],
      [500, "json_parse", 500],
      [1001, "json_parse", 1001],
    ]);
  });

  test("a pretty-printed payload is still read as one value, and an array as its elements", async () => {
    const pretty = write("pretty.json", `${JSON.stringify(valid[0], null, 2)}\n${JSON.stringify(valid[1], null, 2)}\n`);
    const array = write("array.json", `[\n${valid.map((v) => JSON.stringify(v)).join(",\n")},\n{"event_type": 3}\n]\n`);
    const [values, inArray] = await Promise.all([runCli(["validate", "--spec", mini, "--json", pretty]), runCli(["validate", "--spec", mini, "--json", array])]);
    expect(JSON.parse(values.stdout)).toMatchObject({ format: "values", total: 2, valid: 2, ok: true });
    expect(JSON.parse(inArray.stdout)).toMatchObject({ format: "array", total: 4, valid: 3, invalid: 1, failures: [{ index: 3, line: 5, column: 1 }] });
  });
});

describe("validate in bounded memory", () => {
  test("--json is streamed: 300,000 failing payloads (90 MB of output) under a 128 MB heap", () => {
    const lines = Array.from({ length: 300_000 }, (_, i) => `{"event_type":"lock.unlocked","n":${i}}`);
    const path = write("failing.ndjson", `${lines.join("\n")}\n`);
    const outFile = join(temp, "failing.json");
    const result = runWithHeap(128, ["validate", "--spec", mini, "--json", "--max-errors", "2", path], outFile);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(statSync(outFile).size).toBeGreaterThan(30_000_000);
    const report = JSON.parse(readFileSync(outFile, "utf8"));
    expect(report).toMatchObject({ total: 300_000, valid: 0, invalid: 300_000, ok: false });
    expect(report.failures).toHaveLength(300_000);
    expect(report.failures[299_999]).toMatchObject({ index: 299_999, line: 300_000, moreErrors: true });
    expect(report.failures[299_999].errors).toHaveLength(2);
  });

  test("--json writes each failure before the input ends", async () => {
    const child = spawn(process.execPath, [bin, "validate", "--spec", mini, "--json", "-"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.setEncoding("utf8");
    const firstFailure = new Promise<void>((resolve) => {
      child.stdout.on("data", (data: string) => {
        stdout += data;
        if (stdout.includes('"index":0')) resolve();
      });
    });
    // 200 KB of failing lines, then wait, with standard input still open, for the first failure.
    child.stdin.write(`${'{"event_type":"lock.unlocked"}\n'.repeat(7000)}`);
    await firstFailure;
    expect(stdout).not.toContain('"total"');
    child.stdin.end(`${JSON.stringify(valid[0])}\n`);
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ total: 7001, valid: 1, invalid: 7000 });
  });

  test("a 20 MB payload with ten million bad items: errors capped, no exhausted heap", () => {
    const payload = JSON.stringify({ ...valid[1], errors: [] });
    const items = `1,`.repeat(10_000_000 - 1) + "1";
    const path = write("huge.ndjson", `${payload.replace('"errors":[]', `"errors":[${items}]`)}\n`);
    expect(statSync(path).size).toBeGreaterThan(20_000_000);
    const outFile = join(temp, "huge.out");
    // The payload alone takes about 100 MB once parsed (the text and ten million numbers); ten million
    // error objects would take gigabytes, so a 256 MB heap proves the cap without racing the collector.
    const result = runWithHeap(256, ["validate", "--spec", mini, path], outFile);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const lines = readFileSync(outFile, "utf8").trim().split("\n");
    const errors = lines.filter((line) => / \/errors\/\d+ \w+: /.test(line));
    expect(errors).toHaveLength(100);
    expect(lines).toContainEqual(`${path}:1: more errors not listed (at most 100 per payload; see --max-errors)`);
    expect(lines.at(-1)).toBe("1 payload: 0 valid, 1 invalid");
  });

  test("--max-errors caps the errors listed per payload", async () => {
    const path = write("many.ndjson", `${JSON.stringify({ ...valid[1], errors: [1, 2, 3, 4, 5] })}\n`);
    const [two, all] = await Promise.all([runCli(["validate", "--spec", mini, "--max-errors", "2", path]), runCli(["validate", "--spec", mini, path])]);
    expect(two.stdout.split("\n").filter((line) => line.includes("/errors/"))).toHaveLength(2);
    expect(two.stdout).toContain(`${path}:1: more errors not listed (at most 2 per payload; see --max-errors)`);
    expect(all.stdout.split("\n").filter((line) => line.includes("/errors/"))).toHaveLength(5);
    expect(all.stdout).not.toContain("more errors");
    expect((await runCli(["validate", "--spec", mini, "--max-errors", "0", path])).code).toBe(2);
  });
});

describe.concurrent("a reader that stops early", () => {
  test("validate | head -1: one line, no stack trace, no error", () => {
    const path = write("pipe.ndjson", `${'{"event_type":"lock.unlocked"}\n'.repeat(20_000)}`);
    for (const json of [false, true]) {
      const result = throughHead(["validate", "--spec", mini, ...(json ? ["--json"] : []), path]);
      expect(result.head).toBe(json ? "{" : `${path}:1: /event_id required: missing required property "event_id"`);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(1);
    }
  });

  test("fixture --count 100000 --ndjson | head -1: one payload, no stack trace, exit 0", () => {
    const result = throughHead(["fixture", "lock.unlocked", "--spec", mini, "--count", "100000", "--ndjson"]);
    expect(JSON.parse(result.head)).toMatchObject({ event_type: "lock.unlocked" });
    expect(result).toMatchObject({ stderr: "", status: 0 });
  });

  test("fixture --count prints the same text as one indented JSON array", async () => {
    const result = await runCli(["fixture", "device.low_battery", "--spec", mini, "--count", "4"]);
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout), null, 2)}\n`);
  });
});

describe.concurrent("terminal controls in the input", () => {
  // Every character a terminal acts on or that reorders text, and what a line may legitimately hold.
  const unprintable = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const hostile = [
    "\u001b]0;owned\u0007\u001b[2J{",
    // JSON escapes in the text: the values hold ESC; C1 and bidi characters may stand raw in JSON strings.
    `{"event_type": "lock.unlocked", "\\u001b[31m": 1, "method": "\u009b2J\u202e"}`,
    `{"event_type": "lock.unlocked\\u001b[1m", "method": "x"}`,
    `\u202e{"a": "\u0000"}`,
  ].join("\n");

  test("are escaped in every line printed, and kept as values in --json", async () => {
    const path = write("controls.ndjson", `${hostile}\n`);
    const [human, json] = await Promise.all([runCli(["validate", "--spec", mini, path]), runCli(["validate", "--spec", mini, "--json", path])]);
    expect(human.code).toBe(1);
    expect(human.stdout).not.toMatch(unprintable);
    expect(human.stdout).toContain(`${path}:1:1: json_parse: Unexpected token '\\u001b'`);
    expect(human.stdout).toContain("\\u009b2J\\u202e");
    expect(json.stdout).not.toMatch(unprintable);
    const report = JSON.parse(json.stdout);
    expect(report.failures).toHaveLength(4);
    expect(report.failures[2].eventType).toBe("lock.unlocked\u001b[1m");
    expect(JSON.stringify(report.failures[1].errors)).toContain("\u009b2J\u202e");
  });
});

describe("the output folder's compiled validators", () => {
  test("are used while generate or check found the folder in step, and not after a change to it or to the spec", async () => {
    // As processes: only the compiled tool notes output folders in step.
    const out = join(temp, "package");
    const spec = join(temp, "spec.yaml");
    cpSync(mini, spec);
    expect((await runCli(["generate", "--spec", spec, "--out", out], { process: true })).code).toBe(0);
    const payloads = write("origin.ndjson", `${JSON.stringify(valid[0])}\n${JSON.stringify({ ...valid[0], method: "telepathy" })}\n`);
    const run = async () => JSON.parse((await runCli(["validate", "--spec", spec, "--out", out, "--json", payloads], { process: true })).stdout);

    const inStep = await run();
    expect(inStep).toMatchObject({ validators: "output", total: 2, valid: 1, invalid: 1 });

    // Another spec than the one the folder was made from.
    expect(JSON.parse((await runCli(["validate", "--spec", mini, "--out", out, "--json", payloads], { process: true })).stdout).validators).toBe("spec");

    // The folder changed by hand.
    appendFileSync(join(out, "dist/esm/validators.js"), "\n// edited\n");
    const edited = await run();
    expect(edited.validators).toBe("spec");
    expect(edited.failures).toEqual(inStep.failures);

    // check finds the compiled modules out of step (the edit is in dist/, which check compares too), then in step after generate.
    expect((await runCli(["check", "--spec", spec, "--out", out], { process: true })).code).toBe(1);
    expect((await runCli(["generate", "--spec", spec, "--out", out], { process: true })).code).toBe(0);
    expect((await run()).validators).toBe("output");

    // The spec edited after generate.
    appendFileSync(spec, "\n# a comment\n");
    expect((await run()).validators).toBe("spec");
    expect((await runCli(["check", "--spec", spec, "--out", out], { process: true })).code).toBe(0);
    expect((await run()).validators).toBe("output");
  }, 180_000);
});
