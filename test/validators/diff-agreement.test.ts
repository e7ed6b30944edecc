/**
 * `diff` and the validators agree. For every rule, the package is generated from an old and a new spec
 * (the diff base spec and one edit, in memory): when `diff` calls the change non-breaking, the old
 * package's lenient validator accepts every fixture of the new package; when it calls it breaking,
 * the old package rejects some fixture of the new one, or code that compiled against the old package
 * no longer compiles against the new one.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { diffCatalogues } from "../../generator/diff/diff.js";
import { rules, type RuleId } from "../../generator/diff/rules.js";
import { loadGeneratedPackage, readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import type { CatalogueModel } from "../../generator/model/types.js";
import type { GeneratedPackage } from "../../generator/targets/target.js";
import { createProgram } from "../helpers/typescript.js";

const basePath = resolve(import.meta.dirname, "../fixtures/specs/diff-base/catalogue.yaml");
const baseText = readFileSync(basePath, "utf8");
const unlocked = ["events", "lock.unlocked", "properties"];
type Doc = ReturnType<typeof parseDocument>;

interface Case {
  rule: RuleId;
  edit: (doc: Doc) => void;
  /** The edited spec is the old side. */
  reverse?: boolean;
  /** For a breaking change no fixture shows: code that compiles against the old package only. */
  breaksCode?: string;
  /**
   * For a breaking change the fixtures' own choice of values does not show (they draw id-like text for
   * any `*_id`): overrides of a lock.unlocked fixture that the new package accepts.
   */
  overrides?: Record<string, unknown>;
}

const cases: Case[] = [
  { rule: "EVENT_ADDED", edit: (d) => d.setIn(["events", "lock.jammed"], { description: "A lock jammed.", include: ["common"] }) },
  { rule: "EVENT_REMOVED", edit: (d) => d.deleteIn(["events", "lock.locked"]), breaksCode: `export type Kept = LockLockedEvent;` },
  { rule: "EVENT_ALIAS_ADDED", edit: (d) => d.setIn(["events", "lock.locked", "aliases"], ["lock.closed"]) },
  { rule: "EVENT_ALIAS_REMOVED", edit: (d) => d.setIn(["events", "lock.locked", "aliases"], ["lock.closed"]), reverse: true },
  { rule: "EVENT_DEPRECATED", edit: (d) => d.setIn(["events", "lock.locked", "deprecated"], "Use lock.unlocked.") },
  { rule: "PROPERTY_REMOVED", edit: (d) => d.deleteIn([...unlocked, "battery"]) },
  { rule: "PROPERTY_REMOVED", edit: (d) => d.deleteIn(["shapes", "Problem", "properties", "seen_at"]) },
  { rule: "PROPERTY_ADDED_OPTIONAL", edit: (d) => d.setIn([...unlocked, "note"], { type: "string", optional: true, description: "A note." }) },
  { rule: "PROPERTY_ADDED_REQUIRED", edit: (d) => d.setIn([...unlocked, "note"], { type: "string", description: "A note." }) },
  {
    rule: "PROPERTY_OPTIONAL_TO_REQUIRED",
    edit: (d) => d.deleteIn([...unlocked, "code_id", "optional"]),
    breaksCode: `export const built: LockUnlockedEvent = { event_type: "lock.unlocked", event_id: "e", method: "keycode", battery: 0.5, problems: [] };`,
  },
  { rule: "PROPERTY_REQUIRED_TO_OPTIONAL", edit: (d) => d.setIn([...unlocked, "battery", "optional"], true) },
  { rule: "PROPERTY_TYPE_CHANGED", edit: (d) => d.setIn([...unlocked, "battery"], { type: "string", description: "Battery level." }) },
  { rule: "PROPERTY_TYPE_CHANGED", edit: (d) => d.setIn([...unlocked, "battery", "type"], "integer"), reverse: true },
  { rule: "PROPERTY_TYPE_NARROWED", edit: (d) => d.setIn([...unlocked, "battery", "type"], "integer") },
  { rule: "PROPERTY_FORMAT_ADDED", edit: (d) => d.setIn([...unlocked, "code_id", "format"], "uuid") },
  { rule: "PROPERTY_FORMAT_CHANGED", edit: (d) => d.setIn([...unlocked, "code_id", "format"], "uuid"), reverse: true, overrides: { code_id: "front door code" } },
  { rule: "PROPERTY_FORMAT_CHANGED", edit: (d) => d.setIn(["shapes", "Problem", "properties", "seen_at", "format"], "uri") },
  {
    rule: "PROPERTY_NULLABLE_ADDED",
    edit: (d) => d.setIn([...unlocked, "code_id", "nullable"], true),
    breaksCode: `export const read = (event: LockUnlockedEvent): string | undefined => event.code_id;`,
  },
  { rule: "PROPERTY_NULLABLE_REMOVED", edit: (d) => d.setIn([...unlocked, "code_id", "nullable"], true), reverse: true },
  { rule: "PROPERTY_RANGE_WIDENED", edit: (d) => d.setIn([...unlocked, "battery", "maximum"], 100) },
  { rule: "PROPERTY_RANGE_NARROWED", edit: (d) => d.setIn([...unlocked, "battery", "minimum"], 0.5) },
  {
    rule: "ENUM_VALUE_REMOVED",
    edit: (d) => d.deleteIn(["enums", "LockMethod", "values", "manual"]),
    breaksCode: `export const named: LockUnlockedEvent["method"] = "manual";`,
  },
  { rule: "ENUM_VALUE_ADDED", edit: (d) => d.setIn(["enums", "LockMethod", "values", "remote"], "Through the API.") },
  { rule: "PROPERTY_DEPRECATED", edit: (d) => d.setIn([...unlocked, "code_id", "deprecated"], "Not reported.") },
  { rule: "DESCRIPTION_CHANGED", edit: (d) => d.setIn([...unlocked, "battery", "description"], "Battery level, 0 to 1.") },
  { rule: "EVENT_DEPRECATION_REMOVED", edit: (d) => d.setIn(["events", "lock.locked", "deprecated"], "Use lock.unlocked."), reverse: true },
  { rule: "PROPERTY_DEPRECATION_REMOVED", edit: (d) => d.setIn([...unlocked, "code_id", "deprecated"], "Not reported."), reverse: true },
  { rule: "EVENT_UNRELEASED_CHANGED", edit: (d) => d.setIn(["events", "lock.locked", "unreleased"], true) },
  { rule: "PROPERTY_UNRELEASED_CHANGED", edit: (d) => d.setIn([...unlocked, "code_id", "unreleased"], true) },
  {
    rule: "UNION_NAMES_CHANGED",
    edit: (d) => d.setIn(["package", "unionName"], "LockEvent"),
    breaksCode: `export const checked = validateDiffEvent({}).ok;`,
  },
];

interface Side {
  text: string;
  model: CatalogueModel;
  pkg: Promise<GeneratedPackage>;
}

function sideOf(path: string, text: string): Side {
  const sources = new Map([[path, text]]);
  return { text, model: readCatalogue({ sources }), pkg: loadGeneratedPackage({ sources }) };
}

const base = sideOf(basePath, baseText);

function edited(edit: (doc: Doc) => void): Side {
  const doc = parseDocument(baseText);
  edit(doc);
  return sideOf("/virtual/new/catalogue.yaml", doc.toString());
}

/** Every fixture the package makes: each event type, several seeds, every optional-property mode. */
function fixturesOf(model: CatalogueModel, pkg: GeneratedPackage): unknown[] {
  const create = pkg[`create${model.package.unionName}`] as (type: string, overrides: object, options: object) => unknown;
  const out: unknown[] = [];
  for (const event of model.events) {
    for (const optional of ["all", "none", "random"]) {
      for (let seed = 1; seed <= 12; seed++) out.push(JSON.parse(JSON.stringify(create(event.name, {}, { seed, optional }))));
    }
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "diff-agreement-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let programs = 0;

/**
 * Type errors of `code` compiled against the package's generated types and validators: those of the
 * whole program, or (`consumer`) only those in the code itself.
 */
async function typeErrors(model: CatalogueModel, code: string, where: "program" | "consumer" = "program"): Promise<string[]> {
  const root = join(dir, String(programs++));
  // Unformatted: layout changes no type, and prettier would be most of this test's time.
  const files = await renderCatalogue(model, { only: ["types", "validators"], stages: { format: async (emitted) => [...emitted] } });
  for (const file of files.filter((f) => f.path.startsWith("src/"))) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.contents);
  }
  writeFileSync(join(root, "consumer.ts"), `import type { LockLockedEvent, LockUnlockedEvent } from "./src/index.js";\nimport { validateDiffEvent } from "./src/index.js";\n${code}\n`);
  const program = createProgram([join(root, "consumer.ts")], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    // TypeScript's own lib files (the DOM's among them) are not what is tested here: checking them took most of the time.
    skipLibCheck: true,
  });
  const diagnostics = where === "program" ? ts.getPreEmitDiagnostics(program) : ts.getPreEmitDiagnostics(program, program.getSourceFile(join(root, "consumer.ts")));
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("diff and the validators agree", () => {
  for (const c of cases) {
    const severity = rules[c.rule].severity;
    it(`${c.rule} (${severity})${c.reverse ? ", undone" : ""}`, async () => {
      const changed = edited(c.edit);
      const [before, after] = c.reverse ? [changed, base] : [base, changed];
      const changes = diffCatalogues(before.model, after.model);
      expect(changes.map((change) => change.rule)).toContain(c.rule);
      const breaking = changes.some((change) => change.severity === "breaking");
      expect(breaking).toBe(severity === "breaking");

      const [oldPkg, newPkg] = await Promise.all([before.pkg, after.pkg]);
      const validateOld = oldPkg[`validate${before.model.package.unionName}`];
      const fixtures = fixturesOf(after.model, newPkg);
      if (c.overrides !== undefined) {
        const fixture = newPkg[`create${after.model.package.unionName}`]("lock.unlocked", c.overrides, { seed: 1 });
        expect(newPkg[`validate${after.model.package.unionName}`](fixture).ok).toBe(true);
        fixtures.push(fixture);
      }
      const rejected = fixtures.filter((fixture) => !validateOld(fixture, { policy: "lenient" }).ok);
      if (!breaking) {
        expect(rejected).toEqual([]);
        return;
      }
      if (c.breaksCode === undefined) {
        expect(rejected.length).toBeGreaterThan(0);
        return;
      }
      // The code compiles against the old package and not against the new one, by an error in the code itself.
      expect(await typeErrors(before.model, c.breaksCode)).toEqual([]);
      expect((await typeErrors(after.model, c.breaksCode, "consumer")).length).toBeGreaterThan(0);
    });
  }

  it("covers every rule", () => {
    const covered = new Set(cases.map((c) => c.rule));
    expect((Object.keys(rules) as RuleId[]).filter((rule) => !covered.has(rule))).toEqual([]);
  });
});
