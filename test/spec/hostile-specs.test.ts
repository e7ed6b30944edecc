/**
 * Hostile and broken specs, one row each: every one must be refused by the real command line
 * (`generate --spec S --out O`, run in this process) with a located `file:line:column` problem of the
 * expected code, exit code 2, no stack trace, and the output folder exactly as it was. Each row edits
 * the mini catalogue (which generates cleanly: the first test shows it), so the edit is what is refused.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { diagnosticCodes, type DiagnosticCode } from "../../generator/diagnostics/catalogue.js";
import { runCli } from "../cli/run.js";

const mini = readFileSync("test/fixtures/specs/mini/catalogue.yaml", "utf8");

/** The mini catalogue with each [from, to] replaced once; every `from` must be there. */
function edit(...changes: [string, string][]): string {
  let text = mini;
  for (const [from, to] of changes) {
    if (!text.includes(from)) throw new Error(`the mini catalogue has no ${JSON.stringify(from)}`);
    text = text.replace(from, () => to);
  }
  return text;
}

/** Adds entries under a top-level section of the mini catalogue (`events:` is last, so appending adds events). */
const addTo = (section: "enums" | "shapes" | "groups" | "families", yaml: string) => edit([`\n${section}:\n`, `\n${section}:\n${yaml}`]);
const addEvents = (yaml: string) => `${mini}${yaml}`;

interface Case {
  name: string;
  code: DiagnosticCode;
  /** The spec folder's files (catalogue.yaml unless named), or a function that makes them in `dir`. */
  files: Record<string, string | Buffer> | ((dir: string) => void);
  /** Where the problem must be reported: the file, and the first occurrence of `at` in it (or line:column). */
  file?: string;
  at?: string | [number, number];
}

const spec = (text: string | Buffer) => ({ "catalogue.yaml": text });
const property = (name: string, body: string) => `      ${name}:\n${body}`;

const cases: Case[] = [
  // Reading
  { name: "an empty spec folder", code: "no_spec_files", files: {}, file: ".", at: [1, 1] },
  {
    name: "a dangling *.yaml symlink",
    code: "unreadable_file",
    files: (dir) => {
      writeFileSync(join(dir, "catalogue.yaml"), mini);
      symlinkSync(join(dir, "nowhere"), join(dir, "extra.yaml"));
    },
    file: "extra.yaml",
    at: [1, 1],
  },
  {
    name: "a *.yaml symlink to a folder",
    code: "unreadable_file",
    files: (dir) => {
      writeFileSync(join(dir, "catalogue.yaml"), mini);
      mkdirSync(join(dir, "elsewhere"));
      symlinkSync(join(dir, "elsewhere"), join(dir, "linked.yaml"));
    },
    file: "linked.yaml",
    at: [1, 1],
  },
  {
    name: "Latin-1 bytes (invalid UTF-8)",
    code: "invalid_utf8",
    files: spec(Buffer.concat([Buffer.from(mini.slice(0, mini.indexOf("How a lock"))), Buffer.from([0xe9]), Buffer.from(mini.slice(mini.indexOf("How a lock")))])),
    at: "\uFFFDHow a lock",
  },
  { name: "a NUL byte", code: "nul_byte", files: spec(edit(["Events about door locks.", "Events about\0 door locks."])), at: "\0" },
  { name: "bare CR line endings (every event would be lost)", code: "bare_cr", files: spec(mini.replace(/\n/g, "\r")), at: [1, mini.indexOf("\n") + 1] },
  { name: "an unclosed quote, located where it opens", code: "yaml_syntax", files: spec(edit(["Events about door locks.", '"Events about door locks.'])), at: '"Events about door' },
  { name: "an alias to no anchor", code: "yaml_syntax", files: spec(edit(["    title: Locks", "    title: *nothing"])), at: "*nothing" },
  { name: "values nested too deeply to read", code: "yaml_syntax", files: spec(`${mini}x-deep: ${"[".repeat(20000)}${"]".repeat(20000)}\n`) },
  { name: "two YAML documents in one file", code: "yaml_syntax", files: spec(`${mini}---\nevents: {}\n`), at: "---" },
  { name: "a key given twice (the second `events:`)", code: "duplicate_key", files: spec(`${mini}events:\n  lock.jammed:\n    description: x\n`), at: [mini.split("\n").length, 1] },
  { name: "YAML keys ~ and \"\" in one enum", code: "key_collision", files: spec(edit(["      good: The battery is fine.", '      ~: Nothing.\n      "": Empty.'])), at: '"": Empty' },
  { name: "YAML keys 1 and \"1\" in one enum", code: "key_collision", files: spec(edit(["      good: The battery is fine.", '      1: One.\n      "1": One again.'])), at: '"1": One again' },
  {
    name: "150 uses of one anchor",
    code: "yaml_alias_limit",
    files: spec(addEvents(`  lock.many:\n    description: &text Many aliases.\n    aliases: [${Array.from({ length: 150 }, () => "*text").join(", ")}]\n`)),
  },
  {
    name: "an alias bomb",
    code: "yaml_alias_limit",
    files: spec(
      `${mini}x-bomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    ),
  },

  // The spec format
  { name: "an unknown key", code: "unknown_key", files: spec(edit(["    include: [device_scoped]\n    properties:\n      method:", "    include: [device_scoped]\n    propertiez:\n      method:"])), at: "propertiez" },
  { name: "a property without description", code: "missing_key", files: spec(edit(["        description: A counter.\n", ""])), at: "reading:" },
  { name: "include given as text", code: "wrong_type", files: spec(edit(["    include: [common]", "    include: common"])), at: "common\n    properties:\n      device_id" },
  { name: "a package name with a newline", code: "bad_value", files: spec(edit(['name: "@example/mini-events"', 'name: "@example/mini-events\\nrequire(\'child_process\')"'])), at: '"@example/mini-events' },
  { name: "a package name with U+2028", code: "bad_value", files: spec(edit(['name: "@example/mini-events"', 'name: "@example/mini\u2028events"'])), at: '"@example/mini' },
  { name: "a package name with markup", code: "bad_value", files: spec(edit(['name: "@example/mini-events"', 'name: "<script>alert(1)</script>"'])), at: '"<script>' },
  { name: "a package name in capitals", code: "bad_value", files: spec(edit(['name: "@example/mini-events"', "name: MiniEvents"])), at: "MiniEvents" },
  { name: "a discriminator that is not snake_case", code: "bad_value", files: spec(edit(["discriminator: event_type", 'discriminator: "type */ alert(1) /*"'])), at: '"type' },
  { name: "an unknown string format", code: "bad_value", files: spec(edit(["        format: uri", "        format: email"])), at: "email" },
  { name: "a family key that climbs out of the output folder", code: "bad_name", files: spec(edit(["  lock:\n    title: Locks", '  "../../ESCAPED":\n    title: Locks'])), at: '"../../ESCAPED"' },
  { name: "a family key that replaces the package README", code: "bad_name", files: spec(edit(["  lock:\n    title: Locks", '  "../README":\n    title: Locks'])), at: '"../README"' },
  { name: "a family key with a javascript: link", code: "bad_name", files: spec(edit(["  lock:\n    title: Locks", '  "x) [y](javascript:alert(1)":\n    title: Locks'])), at: '"x) [y]' },
  { name: "a family key README, whose page would collide", code: "bad_name", files: spec(edit(["  device:\n    title: Devices", "  README:\n    title: Devices"])), at: "README:" },
  { name: "an enum value with a line break", code: "bad_name", files: spec(edit(["      low: The battery", '      "lo\\nw": The battery'])), at: '"lo\\nw"' },
  { name: "an enum name that is not an identifier", code: "bad_name", files: spec(edit(["  BatteryStatus:\n", '  "Battery*/Status":\n'])), at: '"Battery*/Status"' },
  { name: "a property named __proto__", code: "bad_name", files: spec(edit(["      tags:\n", "      __proto__:\n"])), at: "__proto__" },
  { name: "an event name in capitals", code: "bad_name", files: spec(edit(["  device.removed:", "  device.Removed:"])), at: "device.Removed" },
  { name: "an override of a name that is not snake_case", code: "bad_name", files: spec(edit(["    override:\n      device_custom_metadata:", "    override:\n      Device-Custom:"])), at: "Device-Custom" },

  // Names and references
  { name: "no package section", code: "missing_package", files: spec(edit([mini.slice(mini.indexOf("package:"), mini.indexOf("families:")), ""])), at: [1, 1] },
  {
    name: "two package sections",
    code: "duplicate_package",
    files: { "catalogue.yaml": mini, "more.yaml": mini.slice(mini.indexOf("package:"), mini.indexOf("families:")) },
    file: "more.yaml",
    at: "package:",
  },
  { name: "a family defined twice", code: "duplicate_family", files: { "catalogue.yaml": mini, "more.yaml": "families:\n  lock:\n    title: L\n    description: L.\n" }, file: "more.yaml", at: "lock:" },
  { name: "an enum defined twice", code: "duplicate_enum", files: { "catalogue.yaml": mini, "more.yaml": "enums:\n  LockMethod:\n    description: M.\n    values: { a: A. }\n" }, file: "more.yaml", at: "LockMethod:" },
  { name: "a shape defined twice", code: "duplicate_shape", files: { "catalogue.yaml": mini, "more.yaml": "shapes:\n  ResourceError:\n    description: E.\n    properties: {}\n" }, file: "more.yaml", at: "ResourceError:" },
  { name: "a group defined twice", code: "duplicate_group", files: { "catalogue.yaml": mini, "more.yaml": "groups:\n  common:\n    title: C\n    description: C.\n" }, file: "more.yaml", at: "common:" },
  { name: "an event defined twice", code: "duplicate_event", files: { "catalogue.yaml": mini, "more.yaml": "events:\n  lock.unlocked:\n    description: U.\n" }, file: "more.yaml", at: "lock.unlocked:" },
  { name: "a format on a number", code: "bad_type", files: spec(edit(["        minimum: -5", "        minimum: -5\n        format: uuid"])), at: "format: uuid\n        description: A counter" },
  { name: "minimum above maximum", code: "bad_range", files: spec(edit(["        minimum: 0\n        maximum: 1", "        minimum: 2\n        maximum: 1"])), at: "2\n        maximum: 1" },
  { name: "minimum .nan", code: "bad_range", files: spec(edit(["        minimum: -5", "        minimum: .nan"])), at: ".nan" },
  { name: "maximum .inf", code: "bad_range", files: spec(edit(["        maximum: 1", "        maximum: .inf"])), at: ".inf" },
  { name: "an unknown enum", code: "unknown_enum", files: spec(edit(["        enum: BatteryStatus", "        enum: BateryStatus"])), at: "BateryStatus" },
  { name: "an unknown shape", code: "unknown_shape", files: spec(edit(["          shape: ResourceError", "          shape: ResourceErr"])), at: "ResourceErr\n" },
  { name: "an unknown group", code: "unknown_group", files: spec(edit(["    include: [common]", "    include: [comon]"])), at: "comon" },
  { name: "an event of no family", code: "unknown_family", files: spec(addEvents("  door.opened:\n    description: A door opened.\n    include: [common]\n")), at: "door.opened:" },
  { name: "event_type declared in an included group", code: "reserved_property", files: spec(edit(["    properties:\n      event_id:", "    properties:\n      event_type:\n        type: string\n        description: Sneaked in.\n      event_id:"])), at: "event_type:\n        type" },
  { name: "event_type declared by an event", code: "reserved_property", files: spec(edit(["      reading:\n", "      event_type:\n        type: string\n        description: Again.\n      reading:\n"])), at: "event_type:\n        type" },
  { name: "a discriminator that events already carry", code: "bad_discriminator", files: spec(edit(["discriminator: event_type", "discriminator: device_id"])), at: "device_id\n" },
  { name: "an alias that is an event", code: "alias_is_event", files: spec(edit(["    aliases: [device.battery_low]", "    aliases: [device.removed]"])), at: "device.removed]" },
  { name: "two events sharing an alias", code: "duplicate_alias", files: spec(edit(["    deprecated: Use device.deleted.", "    deprecated: Use device.deleted.\n    aliases: [device.battery_low]"])), at: "device.battery_low]\n    include: [device_scoped]\n    omit" },
  { name: "groups that include each other", code: "include_cycle", files: spec(edit(["    description: Carried by every event.", "    description: Carried by every event.\n    include: [device_scoped]"])), at: "common:" },
  {
    name: "a chain of 70 groups, each including the next",
    code: "include_too_deep",
    files: spec(addTo("groups", Array.from({ length: 70 }, (_, i) => `  chain_${i}:\n    title: C\n    description: C.\n${i < 69 ? `    include: [chain_${i + 1}]\n` : ""}`).join(""))),
    at: "chain_0:",
  },
  {
    name: "a chain of 3000 shapes, each requiring the next and the last the first",
    code: "shape_cycle",
    files: spec(addTo("shapes", Array.from({ length: 3000 }, (_, i) => `  Link${i}:\n    description: L.\n    properties:\n      next:\n        description: N.\n        type: object\n        shape: Link${(i + 1) % 3000}\n`).join(""))),
    at: "next:",
  },
  { name: "an enum named ValidationError (a runtime export)", code: "identifier_collision", files: spec(addTo("enums", "  ValidationError:\n    description: E.\n    values: { a: A. }\n")), at: "ValidationError:" },
  { name: "a shape named Validate (a runtime type)", code: "identifier_collision", files: spec(addTo("shapes", "  Validate:\n    description: S.\n    properties: {}\n")), at: "Validate:" },
  { name: "an enum named Object", code: "global_name", files: spec(addTo("enums", "  Object:\n    description: E.\n    values: { a: A. }\n")), at: "Object:" },
  { name: "an enum named StandardSchemaV1", code: "identifier_collision", files: spec(addTo("enums", "  StandardSchemaV1:\n    description: E.\n    values: { a: A. }\n")), at: "StandardSchemaV1:" },
  { name: "a shape named like an event's schema object", code: "identifier_collision", files: spec(addTo("shapes", "  LockUnlockedEventSchema:\n    description: S.\n    properties: {}\n")), at: "LockUnlockedEventSchema:" },
  { name: "a shape named like a group's interface", code: "identifier_collision", files: spec(addTo("shapes", "  CommonProperties:\n    description: S.\n    properties: {}\n")), at: "CommonProperties:" },
  { name: "an enum named like the event map", code: "identifier_collision", files: spec(addTo("enums", "  MiniEventMap:\n    description: E.\n    values: { a: A. }\n")), at: "MiniEventMap:" },
  { name: "an enum named FixtureOptions (a fixed export)", code: "identifier_collision", files: spec(addTo("enums", "  FixtureOptions:\n    description: E.\n    values: { a: A. }\n")), at: "FixtureOptions:" },
  { name: "two event names, one identifier", code: "identifier_collision", files: spec(addEvents("  lock_unlocked.x:\n    description: X.\n  lock.unlocked_x:\n    description: Y.\n")), at: "lock.unlocked_x:" },
  { name: "an enum named Record", code: "global_name", files: spec(addTo("enums", "  Record:\n    description: E.\n    values: { a: A. }\n")), at: "Record:" },
  { name: "a shape named Promise", code: "global_name", files: spec(addTo("shapes", "  Promise:\n    description: S.\n    properties: {}\n")), at: "Promise:" },
  { name: "a union named Array", code: "global_name", files: spec(edit(["unionName: MiniEvent", "unionName: Array"])), at: "package:" },
  {
    name: "a shape that requires itself",
    code: "shape_cycle",
    files: spec(edit(["      created_at:\n        type: string\n        format: date-time\n        description: When the problem", "      cause:\n        type: object\n        shape: ResourceError\n        description: The problem behind it.\n      created_at:\n        type: string\n        format: date-time\n        description: When the problem"])),
    at: "cause:",
  },

  // Composition
  { name: "a property defined again after composition", code: "duplicate_property", files: spec(edit(["      reading:\n", property("event_id", "        type: string\n        description: Again.\n") + "      reading:\n"])), at: "event_id:\n        type: string\n        description: Again" },
  { name: "omit of a property that is not there", code: "unknown_omit", files: spec(edit(["    omit: [device_custom_metadata]", "    omit: [device_custom_metadat]"])), at: "device_custom_metadat]" },
  { name: "override of a property that is not there", code: "unknown_override", files: spec(edit(["    override:\n      device_custom_metadata:", "    override:\n      device_custom_metadat:"])), at: "device_custom_metadat:" },
  { name: "an example that is not of its format", code: "bad_example", files: spec(edit(["        format: uuid\n        description: Unique id", "        format: uuid\n        examples: [not-a-uuid]\n        description: Unique id"])), at: "event_id:" },
  { name: "an example above its maximum", code: "bad_example", files: spec(edit(["        maximum: 1\n", "        maximum: 1\n        examples: [0.5, 1.5]\n"])), at: "battery_level:" },
  { name: "an example outside its enum", code: "bad_example", files: spec(edit(["        enum: LockMethod\n", "        enum: LockMethod\n        examples: [telepathy]\n"])), at: "method:" },
  { name: "an example of the wrong type in an array", code: "bad_example", files: spec(edit(["        items:\n          type: string\n", "        items:\n          type: string\n          examples: [3]\n"])), at: "tags:" },
  { name: "a null example of a property that is not nullable", code: "bad_example", files: spec(edit(["        examples: [device_offline]", "        examples: [null]"])), at: "error_code:" },
  { name: "an event's override example of the wrong type, located at the override", code: "bad_example", files: spec(edit(["      device_custom_metadata:\n        optional: false\n", "      device_custom_metadata:\n        optional: false\n        examples: [3]\n"])), at: "examples: [3]" },
  { name: "an example that is a legacy enum value", code: "bad_example", files: spec(edit(["        enum: LockMethod\n", "        enum: LockMethod\n        examples: [seamapi]\n"])), at: "method:" },
  { name: "a legacy value that is not in its enum", code: "unknown_legacy_value", files: spec(edit(["    legacy: [seamapi]", "    legacy: [seamapy]"])), at: "seamapy" },
  { name: "an enum whose every value is legacy", code: "unknown_legacy_value", files: spec(edit(["    legacy: [seamapi]", "    legacy: [seamapi, keycode, manual]"])), at: "[seamapi, keycode" },

  // Relations
  { name: "a relation of two kinds at once", code: "bad_value", files: spec(edit(["        event_text: summary\n", "        event_text: summary\n        not_before: { of: occurred_at }\n"])), at: "property: event_description" },
  { name: "a relation of a property that is not there", code: "unknown_relation_property", files: spec(edit(["by_range: { of: battery_level", "by_range: { of: battery_lvl"])), at: "property: battery_status\n" },
  { name: "a group relation of a property the group lacks", code: "unknown_relation_property", files: spec(edit(["not_before: { of: occurred_at", "not_before: { of: happened_at"])), at: "property: created_at\n" },
  { name: "not_before between a UUID and a timestamp", code: "bad_relation", files: spec(edit(["      - property: created_at\n        not_before", "      - property: event_id\n        not_before"])), at: "property: event_id\n" },
  { name: "a linear relation from a string", code: "bad_relation", files: spec(edit(["linear: { of: battery_level, scale: 100 }", "linear: { of: note, scale: 100 }"])), at: "property: battery_percent" },
  { name: "a band whose value is not in the enum", code: "bad_relation", files: spec(edit(["{ value: good }", "{ value: great }"])), at: "property: battery_status\n" },
  { name: "a last band with a bound", code: "bad_relation", files: spec(edit(["{ value: good }", "{ below: 0.9, value: good }"])), at: "property: battery_status\n" },
  { name: "a by_value relation that leaves an example unmapped", code: "bad_relation", files: spec(edit(["        examples: [device_offline]", "        examples: [device_offline, hub_offline]"])), at: "property: message" },
  { name: "a required property present only sometimes", code: "bad_relation", files: spec(edit(["      - property: access_code_id\n        present_when", "      - property: device_id\n        present_when"])), at: "property: device_id\n" },
  { name: "a present_when value the source never holds", code: "bad_relation", files: spec(edit(["in: [keycode]", "in: [keypad]"])), at: "property: access_code_id\n" },
  { name: "event text in a shape", code: "bad_relation", files: spec(edit(["    relations:\n      - property: message\n", "    relations:\n      - property: error_code\n        event_text: summary\n      - property: message\n"])), at: "property: error_code\n" },
  { name: "one property decided by two relations", code: "bad_relation", files: spec(edit(["      - property: battery_peak\n", "      - property: battery_percent\n        at_least: { of: battery_level }\n      - property: battery_peak\n"])), at: "property: battery_percent\n        at_least" },
  { name: "a relation path to a property its shape lacks", code: "unknown_relation_property", files: spec(edit(["linear: { of: battery_level, scale: 100 }", "linear: { of: errors/0/level, scale: 100 }"])), at: "property: battery_percent" },
  { name: "a relation path that names an array's item by a name", code: "bad_relation", files: spec(edit(["linear: { of: battery_level, scale: 100 }", "linear: { of: errors/first/message, scale: 100 }"])), at: "property: battery_percent" },
  { name: "a relation path into an enum value", code: "bad_relation", files: spec(edit(["present_when: { of: method, in: [keycode] }", "present_when: { of: method/code, in: [keycode] }"])), at: "property: access_code_id\n" },
  { name: "a relation path to a value of the wrong type", code: "bad_relation", files: spec(edit(["linear: { of: battery_level, scale: 100 }", "linear: { of: errors/0/error_code, scale: 100 }"])), at: "property: battery_percent" },
  { name: "a relation path with an empty step", code: "bad_value", files: spec(edit(["linear: { of: battery_level, scale: 100 }", "linear: { of: errors//error_code, scale: 100 }"])), at: "errors//error_code" },
  { name: "a property present unless another that is always there", code: "bad_relation", files: spec(edit(["present_when: { of: method, in: [keycode] }", "present_unless: { of: method }"])), at: "property: access_code_id\n" },
  { name: "a property present unless another that is not there", code: "unknown_relation_property", files: spec(edit(["present_when: { of: method, in: [keycode] }", "present_unless: { of: methods }"])), at: "property: access_code_id\n" },
  { name: "a required property present unless another", code: "bad_relation", files: spec(edit(["      - property: access_code_id\n        present_when: { of: method, in: [keycode] }", "      - property: device_id\n        present_unless: { of: access_code_id }"])), at: "property: device_id\n" },
  { name: "relations that go round in a circle", code: "bad_relation", files: spec(edit(["      - property: battery_peak\n", "      - property: battery_level\n        at_least: { of: battery_peak }\n      - property: battery_peak\n"])), at: "property: battery_level\n" },
];

let scratch: string;
let out: string;
let before: Map<string, string>;
let runTool: (argv: readonly string[]) => Promise<number>;

/** Every file under `dir` with the digest of its bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(dir, full), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(dir);
  return files;
}

/** Runs the command line in this process, collecting what it writes. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await runTool(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** 1-based line and column of the first occurrence of `needle`, counting a lone CR as a line break too. */
function positionOf(text: string, needle: string): [number, number] {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`not in the spec: ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return [before.length, before[before.length - 1]!.length + 1];
}

beforeAll(async () => {
  ({ runTool } = await import("../../generator/cli/main.js"));
  scratch = mkdtempSync(join(tmpdir(), "seam-events-hostile-"));
  out = join(scratch, "out");
  // The output folder holds a real earlier run, so that a refused spec must leave a generated package alone.
  const first = await run(["generate", "--spec", "test/fixtures/specs/mini", "--out", out]);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  before = tree(out);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("hostile specs are refused, located, and change nothing", () => {
  it("the table has more than 40 specs and reaches every code of the catalogue", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    // Every code but the generated package's own type-check, which no spec that passes the checks should reach.
    expect(diagnosticCodes.filter((code) => code !== "generated_code_invalid" && !cases.some((c) => c.code === code))).toEqual([]);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)("$name [$code]", async (testCase) => {
    const dir = mkdtempSync(join(scratch, "spec-"));
    if (typeof testCase.files === "function") testCase.files(dir);
    else for (const [name, text] of Object.entries(testCase.files)) writeFileSync(join(dir, name), text);

    const { code, stdout, stderr } = await run(["generate", "--spec", dir, "--out", out]);

    expect(stdout).toBe("");
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(2);
    const file = testCase.file ?? "catalogue.yaml";
    const shown = relative(process.cwd(), join(dir, file)) || ".";
    const located = stderr.split("\n").filter((line) => line.endsWith(`[${testCase.code}]`));
    expect(located.length, stderr).toBeGreaterThan(0);
    // The problem is located: file:line:column, and where the table says.
    const [line, column] = Array.isArray(testCase.at) || testCase.at === undefined ? testCase.at ?? [] : positionOf(readFileSync(join(dir, file), "utf8"), testCase.at);
    const where = line === undefined ? `\\d+:\\d+` : `${line}:${column}`;
    expect(located.some((l) => new RegExp(`^${escapeRegExp(shown)}:${where}: error \\S`).test(l)), stderr).toBe(true);
    // No raw control character or line separator from the spec reaches the terminal.
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028\u2029]/);
    expect(tree(out)).toEqual(before);
  });
});

describe("the command line as users run it", () => {
  it("refuses a hostile spec from a child process the same way: located, exit 2, no stack trace, output untouched", async () => {
    const dir = mkdtempSync(join(scratch, "spec-"));
    writeFileSync(join(dir, "catalogue.yaml"), addTo("enums", "  Record:\n    description: E.\n    values: { a: A. }\n"));
    const { code, stdout, stderr } = await runCli(["generate", "--spec", dir, "--out", out], { process: true });
    expect(stdout).toBe("");
    expect(stderr).toMatch(/catalogue\.yaml:\d+:3: error enum 'Record' becomes the TypeScript name 'Record', a global .* \[global_name\]\n/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(code).toBe(2);
    expect(tree(out)).toEqual(before);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
