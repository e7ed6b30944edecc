/**
 * --json on fixture, explain, import, send and watch, on their success and failure paths, and
 * --format github on the spec errors of generate, import and drift (and drift's differences).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bin, broken, brokenAnnotations, brokenDiagnostics, lines, mini, root, runCli, shown, specs, until } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-json-"));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
  rmSync(temp, { recursive: true, force: true });
});


/** An upstream document with one event the mini spec lacks. */
const upstream = `components:
  schemas:
    event:
      oneOf:
        - type: object
          required: [event_type, event_id]
          properties:
            event_type: { type: string, enum: [widget.spun] }
            event_id: { type: string, format: uuid }
`;

function copyOfMini(name: string): { spec: string; source: string } {
  const dir = join(temp, name);
  mkdirSync(dir);
  cpSync(mini, join(dir, "catalogue.yaml"));
  writeFileSync(join(dir, "upstream.yaml"), upstream);
  return { spec: join(dir, "catalogue.yaml"), source: join(dir, "upstream.yaml") };
}

test("every command takes --json", async () => {
  const help = await runCli(["--help"]);
  const commands = help.stdout.split("Commands:\n")[1]!.split("\n\n")[0]!.split("\n").map((line) => line.trim().split(/\s+/)[0]!);
  expect(commands.length).toBeGreaterThanOrEqual(11);
  for (const command of commands) expect((await runCli([command, "--help"])).stdout, command).toContain("    --json ");
});

describe("fixture --json", () => {
  test("prints one object with the event type, seed and payloads, the same payloads as without --json", async () => {
    const [json, plain] = await Promise.all([
      runCli(["fixture", "device.battery_low", "--spec", mini, "--seed", "4", "--count", "2", "--json"]),
      runCli(["fixture", "device.low_battery", "--spec", mini, "--seed", "4", "--count", "2"]),
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(json.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(report).toEqual({ ok: true, eventType: "device.low_battery", seed: 4, count: 2, payloads: JSON.parse(plain.stdout) });
  });

  test("an unknown event type, --ndjson with --json, and an invalid spec are JSON too, exit 2", async () => {
    const [unknown, both, spec] = await Promise.all([
      runCli(["fixture", "lock.unlockd", "--spec", mini, "--json"]),
      runCli(["fixture", "lock.unlocked", "--spec", mini, "--count", "2", "--ndjson", "--json"]),
      runCli(["fixture", "lock.unlocked", "--spec", broken, "--json"]),
    ]);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout)).toEqual({ ok: false, error: "usage", message: "unknown event type 'lock.unlockd'; did you mean lock.unlocked?" });
    expect(both.code).toBe(2);
    expect(JSON.parse(both.stdout)).toEqual({ ok: false, error: "usage", message: "give either --json or --ndjson, not both" });
    expect(spec.code).toBe(2);
    expect(JSON.parse(spec.stdout)).toEqual({ ok: false, error: "spec", diagnostics: brokenDiagnostics });
  });
});

describe("explain --json", () => {
  test("gives code, title, cause and fix, of one code or of all", async () => {
    const [one, all, unknown] = await Promise.all([
      runCli(["explain", "[unknown_key]", "--json"]),
      runCli(["explain", "--json"]),
      runCli(["explain", "unknown_kee", "--json"]),
    ]);
    expect(one.code).toBe(0);
    const { codes } = JSON.parse(one.stdout);
    expect(codes).toHaveLength(1);
    expect(Object.keys(codes[0])).toEqual(["code", "title", "cause", "fix"]);
    expect(codes[0].code).toBe("unknown_key");
    const every = JSON.parse(all.stdout).codes as { code: string }[];
    expect(every.length).toBeGreaterThan(20);
    expect(every.map((c) => c.code)).toContain("unknown_group");
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: "usage", message: expect.stringContaining("no problem code 'unknown_kee'; did you mean unknown_key") });
  });
});

describe("import --json", () => {
  test("lists the edits; --dry-run writes nothing, a real run names the files it wrote", async () => {
    const { spec, source } = copyOfMini("import");
    const before = readFileSync(spec, "utf8");
    const dry = await runCli(["import", "widget.spun", "--spec", spec, "--against", source, "--dry-run", "--json"]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({
      ok: true,
      dryRun: true,
      edits: [
        { file: shown(spec), summary: "family widget" },
        { file: shown(spec), summary: "event widget.spun" },
      ],
      written: [],
      leftOver: [],
    });
    expect(readFileSync(spec, "utf8")).toBe(before);
    const real = await runCli(["import", "widget.spun", "--spec", spec, "--against", source, "--json"]);
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ ok: true, dryRun: false, written: [shown(spec)] });
    expect(readFileSync(spec, "utf8")).toContain("widget.spun:");
  });

  test("an event upstream lacks is a usage error; an invalid spec is located, as JSON or annotations", async () => {
    const { source } = copyOfMini("import-failures");
    const [unknown, json, github] = await Promise.all([
      runCli(["import", "widget.spin", "--spec", mini, "--against", source, "--json"]),
      runCli(["import", "widget.spun", "--spec", broken, "--against", source, "--json"]),
      runCli(["import", "widget.spun", "--spec", broken, "--against", source, "--format", "github"]),
    ]);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: "usage", message: expect.stringContaining("has no event widget.spin; did you mean widget.spun?") });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, error: "spec", diagnostics: brokenDiagnostics });
    expect(github.code).toBe(2);
    expect(lines(github.stdout)).toEqual(brokenAnnotations);
  });
});

describe("--format github on spec errors and drift", () => {
  test("generate annotates spec errors; text output is unchanged otherwise", async () => {
    const result = await runCli(["generate", "--spec", broken, "--out", join(temp, "never"), "--format", "github"]);
    expect(result.code).toBe(2);
    expect(lines(result.stdout)).toEqual(brokenAnnotations);
    const wrong = await runCli(["generate", "--spec", mini, "--out", join(temp, "never"), "--format", "junit"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--format takes text, github, got 'junit'");
  });

  test("drift annotates spec errors, and each unexplained difference at its line or with upstream's place", async () => {
    const { spec, source } = copyOfMini("drift");
    const [differences, errors] = await Promise.all([
      runCli(["drift", "--spec", spec, "--against", source, "--format", "github"]),
      runCli(["drift", "--spec", broken, "--against", source, "--format", "github"]),
    ]);
    expect(differences.code).toBe(1);
    // Each removed event is annotated at the line of its key in the spec file.
    const lineOf = (name: string) => readFileSync(spec, "utf8").split("\n").findIndex((line) => line === `  ${name}:`) + 1;
    expect(lines(differences.stdout)).toEqual([
      `::error file=${shown(spec)},line=${lineOf("device.low_battery")},col=3,title=EVENT_REMOVED::breaking: event device.low_battery removed`,
      `::error file=${shown(spec)},line=${lineOf("device.removed")},col=3,title=EVENT_REMOVED::breaking: event device.removed removed`,
      `::error file=${shown(spec)},line=${lineOf("lock.unlocked")},col=3,title=EVENT_REMOVED::breaking: event lock.unlocked removed`,
      `::error title=EVENT_ADDED::minor: event widget.spun added (upstream: ${source}#/components/schemas/event/oneOf/0)`,
    ]);
    expect(errors.code).toBe(2);
    expect(lines(errors.stdout)).toEqual(brokenAnnotations);
  });
});

describe("send --json", () => {
  let server: Server;
  let url: string;
  const received: string[] = [];

  beforeAll(async () => {
    // Accepts a payload whose event_type is a string, refuses anything else with 400.
    server = createServer((request, response) => {
      let body = "";
      request.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      request.on("end", () => {
        received.push(body);
        let ok = false;
        try {
          ok = typeof JSON.parse(body).event_type === "string";
        } catch {
          // not JSON: refused below
        }
        response.writeHead(ok ? 204 : 400).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/webhook`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const secret = `whsec_${Buffer.from("a secret of the test endpoint").toString("base64")}`;

  test("reports each delivery with its line, message id and status, and the counts", async () => {
    const file = join(temp, "deliveries.ndjson");
    writeFileSync(file, `{"event_type":"lock.unlocked"}\n\n{"event_type":3}\n`);
    const result = await runCli(["send", "--file", file, "--to", url, "--secret", secret, "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      to: url,
      deliveries: [
        { eventType: "lock.unlocked", line: 1, messageId: expect.stringMatching(/^msg_/), status: 204, ok: true },
        { eventType: null, line: 3, messageId: expect.stringMatching(/^msg_/), status: 400, ok: false },
      ],
      sent: 2,
      failed: 1,
      ok: false,
    });
    expect(received.slice(-2)).toEqual(['{"event_type":"lock.unlocked"}', '{"event_type":3}']);
  });

  test("a fixture delivered, an unreachable endpoint, and a usage error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const gone = `http://127.0.0.1:${(closed.address() as { port: number }).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    const [fixture, unreachable, usage] = await Promise.all([
      runCli(["send", "lock.unlocked", "--spec", mini, "--invalid", "--to", url, "--secret", secret, "--json"]),
      runCli(["send", "lock.unlocked", "--spec", mini, "--to", gone, "--secret", secret, "--json"]),
      runCli(["send", "lock.unlocked", "--spec", mini, "--secret", secret, "--json"]),
    ]);
    expect(fixture.code).toBe(0);
    expect(JSON.parse(fixture.stdout).deliveries).toEqual([
      { eventType: "lock.unlocked", invalid: expect.any(String), messageId: expect.stringMatching(/^msg_/), status: 204, ok: true },
    ]);
    expect(unreachable.code).toBe(1);
    expect(JSON.parse(unreachable.stdout)).toMatchObject({ deliveries: [{ status: null, ok: false, error: "ECONNREFUSED" }], sent: 1, failed: 1, ok: false });
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toEqual({ ok: false, error: "usage", message: "missing --to URL" });
  });
});

describe("watch --json", () => {
  test("prints one JSON object per line for each event: watching, regenerated, failed with the diagnostics", async () => {
    const dir = join(temp, "watched");
    mkdirSync(dir);
    const spec = join(dir, "catalogue.yaml");
    cpSync(mini, spec);
    const original = readFileSync(spec, "utf8");
    let stdout = "";
    child = spawn(process.execPath, [bin, "watch", "--spec", spec, "--out", join(dir, "out"), "--json"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    const events = () => lines(stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    await until("the first generation", () => events().some((e) => e.event === "regenerated"), 60_000);
    expect(events()[0]).toEqual({ event: "watching", folders: expect.arrayContaining([shown(dir)]) });
    expect(events()[1]).toEqual({ event: "regenerated", ok: true, outDir: shown(join(dir, "out")), files: expect.any(Number), changed: expect.any(Number), ms: expect.any(Number), msSinceChange: null });

    writeFileSync(`${spec}.tmp`, original.replace("enum: LockMethod", "enum: NoSuchEnum"));
    renameSync(`${spec}.tmp`, spec);
    await until("the broken edit", () => events().some((e) => e.event === "failed"), 60_000);
    const failed = events().find((e) => e.event === "failed")!;
    expect(failed).toEqual({
      event: "failed",
      ok: false,
      error: "spec",
      diagnostics: [{ file: shown(spec), line: expect.any(Number), column: expect.any(Number), code: "unknown_enum", message: "unknown enum 'NoSuchEnum'" }],
      kept: shown(join(dir, "out")),
    });

    writeFileSync(`${spec}.tmp`, original);
    renameSync(`${spec}.tmp`, spec);
    await until("the repaired edit", () => events().filter((e) => e.event === "regenerated").length === 2, 60_000);
    expect(events().at(-1)).toMatchObject({ event: "regenerated", ok: true, msSinceChange: expect.any(Number) });
    child.kill();
    child = undefined;
  }, 120_000);

  test("an output folder it must not replace stops it with one JSON line and exit 2", async () => {
    const foreign = join(temp, "foreign");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "notes.txt"), "mine");
    const result = await runCli(["watch", "--spec", mini, "--out", foreign, "--json"], { process: true });
    expect(result.code).toBe(2);
    expect(lines(result.stdout).map((line) => JSON.parse(line))).toEqual([{ event: "stopped", ok: false, error: "output", message: expect.stringContaining(shown(foreign)) }]);
    expect(readFileSync(join(foreign, "notes.txt"), "utf8")).toBe("mine");
  });
});
