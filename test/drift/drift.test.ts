/**
 * `drift` and `import` against @seamapi/types, the real upstream: the spec differs only where a decision
 * explains it; a copy with an event, a property, an enum value and a nested shape removed reports
 * exactly those four; `import` of them gives a spec in step again, with no upstream wording copied;
 * decisions that explain nothing are stale. Through the real command-line tool.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openapi } from "../helpers/seam-types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriftReport } from "../../generator/cli/commands/drift.js";
import { rules } from "../../generator/diff/rules.js";
import { PLACEHOLDER } from "../../generator/drift/import.js";
import { root, runCli } from "../cli/run.js";

const drift = async (spec: string, ...args: string[]) => {
  const result = await runCli(["drift", "--spec", spec, "--json", ...args]);
  return { code: result.code, stderr: result.stderr, report: result.stdout ? (JSON.parse(result.stdout) as DriftReport) : undefined };
};
const unexplained = (report: DriftReport) => report.changes.filter((c) => !c.explainedBy).map((c) => `${c.rule} ${c.event}${c.path ? ` ${c.path}` : ""}`);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "seam-events-drift-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the project's spec (with spec.schema.json beside it, as the files' schema comments expect). */
function copySpec(name: string): string {
  const dir = join(work, name);
  cpSync(join(root, "spec"), dir, { recursive: true });
  return join(dir, "catalogue");
}

function edit(file: string, remove: string): void {
  const text = readFileSync(file, "utf8");
  expect(text).toContain(remove);
  writeFileSync(file, text.replace(remove, ""));
}

describe("the current spec against @seamapi/types", () => {
  it("has only explained differences and no stale decision (exit 0)", async () => {
    const { code, report } = await drift(join(root, "spec/catalogue"));
    expect(unexplained(report!)).toEqual([]);
    expect(report!.stale).toEqual([]);
    expect(report!.inStep).toBe(true);
    expect(code).toBe(0);
    expect(report!.upstream.source).toMatch(/^@seamapi\/types@\d/);
    const explained = report!.changes.map((c) => `${c.rule} ${c.event} ${c.path} ${c.explainedBy!.location.file}`);
    expect(explained).toEqual(["ENUM_VALUE_REMOVED lock.locked method spec/catalogue/shared.yaml", "ENUM_VALUE_REMOVED lock.unlocked method spec/catalogue/shared.yaml"]);
  });

  it("says so in text as well", async () => {
    const result = await runCli(["drift"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/explained ENUM_VALUE_REMOVED .*seamapi/);
    expect(result.stdout).toMatch(/0 unexplained .* 2 explained, 0 stale decisions\.\n$/);
  });
});

describe("a spec with an event, a property, an enum value and a nested shape removed", () => {
  let spec: string;
  beforeAll(() => {
    spec = copySpec("removed");
    rmSync(join(spec, "events/phone.yaml"));
    edit(join(spec, "events/noise_sensor.yaml"), "      noise_level_nrs:\n        type: number\n        optional: true\n        description: How loud it was, as a NoiseAware Noise Risk Score.\n");
    edit(join(spec, "events/noise_sensor.yaml"), "      - property: noise_level_nrs\n        present_unless: { of: minut_metadata }\n");
    edit(join(spec, "events/camera.yaml"), "      package: A parcel.\n");
    const lock = join(spec, "events/lock.yaml");
    const text = readFileSync(lock, "utf8");
    // The `reason` property goes, and with it the shape and the enum only it used.
    writeFileSync(lock, text.slice(0, text.indexOf("enums:")) + text.slice(text.indexOf("events:"), text.indexOf("    properties:\n      reason:")));
  });

  it("reports exactly those four, unexplained (exit 1)", async () => {
    const { code, report } = await drift(spec);
    expect(unexplained(report!).sort()).toEqual([
      "ENUM_VALUE_ADDED camera.activated motion_sub_type",
      "EVENT_ADDED phone.deactivated",
      "PROPERTY_ADDED_OPTIONAL lock.access_denied reason",
      "PROPERTY_ADDED_OPTIONAL noise_sensor.noise_threshold_triggered noise_level_nrs",
    ]);
    expect(report!.counts).toMatchObject({ breaking: 0, minor: 4, patch: 0, explained: 2, stale: 0 });
    expect(report!.severity).toBe("minor");
    expect(code).toBe(1);
    const property = report!.changes.find((c) => c.path === "noise_level_nrs")!;
    expect(property.location.file).toContain("events/noise_sensor.yaml");
    expect(property.upstream).toMatch(/^@seamapi\/types@.*#\/components\/schemas\/event\/oneOf\/\d+\/properties\/noise_level_nrs$/);
  });

  it("import --dry-run lists the additions and writes nothing", async () => {
    const before = readdirSync(join(spec, "events")).map((f) => readFileSync(join(spec, "events", f), "utf8"));
    const result = await runCli(["import", "phone.deactivated", "lock.access_denied", "--spec", spec, "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("would add event phone.deactivated");
    expect(readdirSync(join(spec, "events")).map((f) => readFileSync(join(spec, "events", f), "utf8"))).toEqual(before);
  });

  it("is in step again after `import` of those events, with placeholders instead of upstream's wording", async () => {
    const result = await runCli(["import", "phone.deactivated", "camera.activated", "lock.access_denied", "noise_sensor.noise_threshold_triggered", "--spec", spec]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("added event phone.deactivated");
    expect(result.stdout).toContain("added shape LockAccessDeniedReason");
    expect(result.stdout).toContain("added enum LockAccessDeniedReasonCode");
    expect(result.stdout).toContain("added value package of enum MotionSubType");

    const { code, report } = await drift(spec);
    expect(unexplained(report!)).toEqual([]);
    expect(report!.stale).toEqual([]);
    expect(code).toBe(0);

    const phone = readFileSync(join(spec, "events/phone.yaml"), "utf8");
    expect(phone).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/spec\.schema\.json\n/);
    // Composed from the spec's groups, as the original was.
    expect(phone).toContain("include: [common, device_scoped]");
    // New sections go where the spec puts them: enums, shapes, then events, the file's comment first.
    const lock = readFileSync(join(spec, "events/lock.yaml"), "utf8");
    expect(lock).toMatch(/^# yaml-language-server: [^\n]+\nenums:\n(.|\n)+\n\nshapes:\n(.|\n)+\n\nevents:\n/);
    const written = readdirSync(join(spec, "events")).map((f) => readFileSync(join(spec, "events", f), "utf8")).join("\n");
    expect(written).toContain(PLACEHOLDER);
    const upstreamWords = JSON.stringify(openapi).match(/"description":"[^"]{20,}"/g)!.map((d) => d.slice(15, -1));
    for (const sentence of upstreamWords) expect(written).not.toContain(sentence);
  });

  it("import with nothing left to import writes nothing", async () => {
    const before = readFileSync(join(spec, "events/camera.yaml"), "utf8");
    const result = await runCli(["import", "camera.activated", "--spec", spec]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Nothing to import");
    expect(readFileSync(join(spec, "events/camera.yaml"), "utf8")).toBe(before);
  });
});

describe("decisions", () => {
  it("name rules the spec schema knows, which are the diff rules", () => {
    const schema = JSON.parse(readFileSync(join(root, "spec/spec.schema.json"), "utf8"));
    const decision = schema.$defs.decision.oneOf.find((o: { type: string }) => o.type === "object");
    expect(decision.properties.explains.items.enum).toEqual(Object.keys(rules));
  });

  it("a decision naming a rule that no difference has is stale (exit 1)", async () => {
    const spec = copySpec("stale");
    const file = join(spec, "events/noise_sensor.yaml");
    edit(file, "        description: How loud it was, in decibels.\n");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "      noise_level_nrs:",
        "        description: How loud it was, in decibels.\n        decision:\n          reason: Kept as a number.\n          explains: [PROPERTY_TYPE_CHANGED]\n      noise_level_nrs:",
      ),
    );
    const { code, report } = await drift(spec);
    expect(unexplained(report!)).toEqual([]);
    expect(report!.stale).toEqual([{ reason: "Kept as a number.", rules: ["PROPERTY_TYPE_CHANGED"], location: expect.objectContaining({ file: expect.stringContaining("noise_sensor.yaml") }) }]);
    expect(code).toBe(1);
  });

  it("a decision explains only the rules it names", async () => {
    const spec = copySpec("other-rule");
    const file = join(spec, "shared.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("explains: [ENUM_VALUE_REMOVED]", "explains: [ENUM_VALUE_ADDED]"));
    const { code, report } = await drift(spec);
    expect(unexplained(report!)).toEqual(["ENUM_VALUE_REMOVED lock.locked method", "ENUM_VALUE_REMOVED lock.unlocked method"]);
    expect(report!.stale.map((s) => s.rules)).toEqual([["ENUM_VALUE_ADDED"]]);
    expect(report!.severity).toBe("breaking");
    expect(code).toBe(1);
  });

  it("an unknown rule in a decision is a located spec error (exit 2)", async () => {
    const spec = copySpec("bad-rule");
    const file = join(spec, "shared.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("explains: [ENUM_VALUE_REMOVED]", "explains: [ENUM_VALUE_GONE]"));
    const result = await runCli(["drift", "--spec", spec]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/shared\.yaml:\d+:\d+: /);
  });
});

describe("import of an event of a family the spec lacks, into a one-file spec", () => {
  const upstream = `
openapi: 3.0.0
info: { title: sample, version: 0.0.1 }
components:
  schemas:
    event:
      oneOf:
        - type: object
          required: [event_type, event_id, created_at, workspace_id, speed, problems]
          properties:
            event_type: { type: string, enum: [widget.spun] }
            event_id: { type: string, format: uuid }
            created_at: { type: string, format: date-time }
            workspace_id: { type: string, format: uuid }
            speed: { type: integer, minimum: 0 }
            mode: { type: string, enum: [fast, slow] }
            status: { type: string, enum: [good, low] }
            problems:
              type: array
              items:
                type: object
                required: [error_code, message, created_at]
                properties:
                  error_code: { type: string }
                  message: { type: string }
                  created_at: { type: string, format: date-time }
            detail:
              type: object
              nullable: true
              properties:
                note: { type: string, x-undocumented: Not yet. }
`;

  it("adds the family, reuses the groups, enums and shapes that fit, and names the new ones from where they stand", async () => {
    const dir = join(work, "one-file");
    cpSync(join(root, "test/fixtures/specs/mini"), dir, { recursive: true });
    const spec = join(dir, "catalogue.yaml");
    const source = join(dir, "upstream.yaml");
    writeFileSync(source, upstream);
    const result = await runCli(["import", "widget.spun", "--spec", spec, "--against", source]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").filter((l) => l.startsWith("added")).map((l) => l.replace(/ in .*$/, ""))).toEqual([
      "added family widget",
      "added enum WidgetSpunMode",
      "added shape WidgetSpunDetail",
      "added event widget.spun",
    ]);
    const text = readFileSync(spec, "utf8");
    expect(text).toContain("include: [common]");
    expect(text).toMatch(/status:\n {8}type: string\n {8}enum: BatteryStatus\n/);
    expect(text).toMatch(/problems:\n {8}type: array\n {8}items:\n {10}type: object\n {10}shape: ResourceError\n/);
    expect(text).toMatch(/detail:\n {8}type: object\n {8}shape: WidgetSpunDetail\n {8}nullable: true\n {8}optional: true\n/);
    const { report } = await drift(spec, "--against", source);
    expect(report!.changes.filter((c) => c.event === "widget.spun")).toEqual([]);
  });
});

it("import refuses an upstream event name the spec format does not allow, and writes nothing", async () => {
  const dir = join(work, "hostile");
  cpSync(join(root, "test/fixtures/specs/mini"), dir, { recursive: true });
  const source = join(dir, "upstream.yaml");
  writeFileSync(source, `components:\n  schemas:\n    event:\n      oneOf:\n        - type: object\n          properties:\n            event_type: { type: string, enum: ["../../escape.x"] }\n`);
  const before = readdirSync(dir);
  const result = await runCli(["import", "../../escape.x", "--spec", join(dir, "catalogue.yaml"), "--against", source]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("not an event name the spec allows");
  expect(readdirSync(dir)).toEqual(before);
});

it("import adds a nested property to the shape that holds it", async () => {
  const spec = copySpec("nested");
  edit(join(spec, "events/lock.yaml"), "      message:\n        type: string\n        description: The reason, in words.\n");
  // The relation that derives the message goes with it.
  edit(join(spec, "events/lock.yaml"), readFileSync(join(spec, "events/lock.yaml"), "utf8").match(/ {4}relations:\n(?: {6}.*\n)+/)![0]);
  const before = await drift(spec);
  expect(unexplained(before.report!)).toEqual(["PROPERTY_ADDED_REQUIRED lock.access_denied reason.message"]);
  const result = await runCli(["import", "lock.access_denied", "--spec", spec]);
  expect(result.stdout).toContain("added property message of shape LockAccessDeniedReason");
  const after = await drift(spec);
  expect(unexplained(after.report!)).toEqual([]);
  expect(after.code).toBe(0);
});
