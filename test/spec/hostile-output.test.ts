/**
 * Specs that a stranger could send in a pull request: each puts text that would break out of a
 * comment, a string, a line or a Markdown block into one field that reaches the output. The spec check
 * accepts every one of them; the generated package must compile, must run none of it, and must show
 * it only as text.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { hostileText, listFiles, unsafeOutputs } from "./hostile-output-checks.js";
import { mini, runCli } from "../cli/run.js";

const temp = mkdtempSync(join(tmpdir(), "hostile-output-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Spec = Record<string, any>;

interface HostileCase {
  name: string;
  /** Puts the text (which sets globalThis[marker] if it ever runs) somewhere into the spec. */
  edit(spec: Spec, text: string, marker: string): void;
  /** A folder of templates to generate with, when the case is about them. */
  templates?: Record<string, string>;
  /** False for text that no output shows (decisions are notes for the spec's maintainers). */
  shown?: false;
}

const cases: HostileCase[] = [
  { name: "group title", edit: (s, t) => (s.groups.common.title = t) },
  { name: "group title with a cron expression", edit: (s, t) => (s.groups.device_scoped.title = `Common properties (every */5 minutes) ${t.slice(0, 40)}`) },
  { name: "group description", edit: (s, t) => (s.groups.common.description = t) },
  { name: "event description", edit: (s, t) => (s.events["lock.unlocked"].description = t) },
  { name: "event summary", edit: (s, t) => (s.events["device.low_battery"].summary = t) },
  { name: "event deprecation reason", edit: (s, t) => (s.events["device.removed"].deprecated = t) },
  { name: "property description", edit: (s, t) => (s.events["lock.unlocked"].properties.method.description = t) },
  { name: "property deprecation reason", edit: (s, t) => (s.events["device.low_battery"].properties.battery_status.deprecated = t) },
  { name: "group property description", edit: (s, t) => (s.groups.common.properties.event_id.description = t) },
  { name: "override description", edit: (s, t) => (s.events["device.low_battery"].override.device_custom_metadata.description = t) },
  {
    name: "decision texts",
    edit: (s, t) => ((s.enums.LockMethod.decision = t), (s.events["device.low_battery"].override.device_custom_metadata.decision = t)),
    shown: false,
  },
  { name: "enum description", edit: (s, t) => (s.enums.LockMethod.description = t) },
  { name: "enum value description", edit: (s, t) => (s.enums.BatteryStatus.values.low = t) },
  { name: "shape description", edit: (s, t) => (s.shapes.ResourceError.description = t) },
  { name: "shape property description", edit: (s, t) => (s.shapes.ResourceError.properties.message.description = t) },
  { name: "family title", edit: (s, t) => (s.families.lock.title = t) },
  { name: "family description", edit: (s, t) => (s.families.device.description = t) },
  { name: "package description", edit: (s, t) => (s.package.description = t) },
  {
    name: "string examples, and the texts a relation maps them to",
    edit: (s, t, m) => {
      const examples = [t, `"; globalThis.${m} = 1; "`];
      s.shapes.ResourceError.properties.error_code.examples = examples;
      s.shapes.ResourceError.relations[0].by_value.values = Object.fromEntries(examples.map((example) => [example, `${example} ${t}`]));
    },
  },
  {
    name: "object examples with hostile keys",
    edit: (s, t) => (s.events["device.removed"].properties.extra.examples = [{ [t]: t, "*/": [t], constructor: { prototype: t } }]),
  },
  {
    name: "record examples",
    edit: (s, t) => (s.groups.device_scoped.properties.device_custom_metadata.examples = [{ "*/ x": t, [`"${t.slice(0, 30)}`]: true }]),
  },
  {
    name: "template data, with a triple-stash template",
    edit: (s, t) => ((s.events["lock.unlocked"].description = t), (s.package.description = t), (s.groups.common.title = t)),
    templates: {
      "docs/partials/event.hbs": "## {{{heading}}}\n\n{{{description}}}\n\n{{> property-table properties=properties}}\n",
      "package/README.md.hbs": "# {{{pkg.name}}}\n\n{{{pkg.description}}}\n",
    },
  },
  {
    name: "every text field at once",
    edit: (s, t) => {
      s.groups.common.title = t;
      s.events["lock.unlocked"].description = t;
      s.enums.LockMethod.values.manual = t;
      s.shapes.ResourceError.description = t;
      s.package.description = t;
    },
  },
];

/** Specs whose names (not only texts) carry the text: the spec check may refuse them; if it accepts them, the output must be as safe. */
const nameCases: HostileCase[] = [
  { name: "package name", edit: (s, t) => (s.package.name = `@example/mini-events${t}`) },
  { name: "discriminator", edit: (s, t) => (s.package.discriminator = `kind${t}`) },
  { name: "enum value names", edit: (s, t, m) => (s.enums.LockMethod.values = { [t.slice(0, 70)]: "hostile", [`*/ globalThis.${m} = 1; //`]: "also", keycode: "A code." }) },
];

const base = readFileSync(mini, "utf8");
let counter = 0;

/** Writes the case's spec (and templates) and generates it into a fresh folder with the CLI. */
async function generateCase(hostile: HostileCase) {
  const marker = `__pwned${++counter}`;
  const dir = join(temp, marker);
  mkdirSync(join(dir, "spec"), { recursive: true });
  const spec = parse(base) as Spec;
  hostile.edit(spec, hostileText(marker), marker);
  writeFileSync(join(dir, "spec/catalogue.yaml"), stringify(spec));
  const args = ["generate", "--spec", join(dir, "spec"), "--out", join(dir, "out")];
  if (hostile.templates) {
    for (const [path, text] of Object.entries(hostile.templates)) {
      mkdirSync(join(dir, "templates", path, ".."), { recursive: true });
      writeFileSync(join(dir, "templates", path), text);
    }
    args.push("--templates", join(dir, "templates"));
  }
  return { marker, out: join(dir, "out"), result: await runCli(args) };
}

const names = { unionName: "MiniEvent", typesConst: "MINI_EVENT_TYPES" };

/**
 * Every case is generated first, then the packages that generated are checked together (one
 * TypeScript program, one process importing them all: hostile-output-checks.ts); each test below
 * asserts its own case's part of the result.
 */
const generated = new Map<HostileCase, Awaited<ReturnType<typeof generateCase>>>();
let problems = new Map<string, string[]>();
beforeAll(async () => {
  for (const hostile of [...cases, ...nameCases]) generated.set(hostile, await generateCase(hostile));
  const accepted = [...generated.values()].filter(({ result }) => result.code === 0);
  problems = unsafeOutputs(accepted.map(({ marker, out }) => ({ out, markers: [marker], ...names })));
}, 600_000);

describe("a hostile but accepted spec generates a package that shows the text and runs none of it", () => {
  it("has at least twenty cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)("$name", (hostile) => {
    const { out, marker, result } = generated.get(hostile)!;
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(problems.get(out)).toEqual([]);
    // The text is there, as text: nothing was dropped to make it safe.
    const shownIn = listFiles(out).filter((path) => readFileSync(join(out, path), "utf8").includes(marker));
    expect(shownIn.length > 0).toBe(hostile.shown ?? true);
  });
});

describe("a spec whose names carry hostile text is refused, or generates as safely", () => {
  it.each(nameCases)("$name", (hostile) => {
    const { out, result } = generated.get(hostile)!;
    if (result.code === 2) {
      // Refused: located, and nothing written.
      expect(result.stderr).toMatch(/catalogue\.yaml:\d+:\d+: /);
      expect(existsSync(out)).toBe(false);
      return;
    }
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(problems.get(out)).toEqual([]);
  });
});
