/**
 * One pair of specs per rule: the old side is test/fixtures/specs/diff-base, the new side the same text
 * with one edit. Each case checks the rules found, their severity, and where they point.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { diffCatalogues, highestSeverity, type Change } from "../../generator/diff/diff.js";
import { rules, type RuleId } from "../../generator/diff/rules.js";
import { readCatalogue } from "../../generator/pipeline.js";

const basePath = resolve(import.meta.dirname, "../fixtures/specs/diff-base/catalogue.yaml");
const baseText = readFileSync(basePath, "utf8");
const newPath = "/virtual/new/catalogue.yaml";

function modelOf(path: string, text: string) {
  return readCatalogue({ sources: new Map([[path, text]]) });
}

const before = modelOf(basePath, baseText);

/** The new side: the base spec with `edit` applied to its YAML document. */
function changedBy(edit: (doc: ReturnType<typeof parseDocument>) => void, reverse = false): Change[] {
  const doc = parseDocument(baseText);
  edit(doc);
  const edited = modelOf(newPath, doc.toString());
  return reverse ? diffCatalogues(edited, before) : diffCatalogues(before, edited);
}

const unlocked = ["events", "lock.unlocked", "properties"];

interface Case {
  rule: RuleId;
  edit: (doc: ReturnType<typeof parseDocument>) => void;
  /** Every rule the edit must produce (the rule itself, unless listed otherwise). */
  expected?: RuleId[];
  /** Property path the change names, when it is about a property. */
  path?: string;
  /** The side the location points into. */
  side?: "old" | "new";
  /** The edited spec is the old side (for rules that undo something the base spec lacks). */
  reverse?: boolean;
}

const cases: Case[] = [
  { rule: "EVENT_REMOVED", edit: (d) => d.deleteIn(["events", "lock.locked"]), side: "old" },
  {
    rule: "EVENT_ADDED",
    edit: (d) => d.setIn(["events", "lock.jammed"], { description: "A lock jammed.", include: ["common"] }),
  },
  { rule: "EVENT_ALIAS_ADDED", edit: (d) => d.setIn(["events", "lock.locked", "aliases"], ["lock.closed"]) },
  { rule: "EVENT_ALIAS_REMOVED", edit: (d) => d.setIn(["events", "lock.locked", "aliases"], ["lock.closed"]), reverse: true },
  { rule: "PROPERTY_NULLABLE_REMOVED", edit: (d) => d.setIn([...unlocked, "code_id", "nullable"], true), path: "code_id", reverse: true },
  { rule: "EVENT_DEPRECATED", edit: (d) => d.setIn(["events", "lock.locked", "deprecated"], "Use lock.unlocked.") },
  { rule: "PROPERTY_REMOVED", edit: (d) => d.deleteIn([...unlocked, "battery"]), path: "battery", side: "old" },
  {
    rule: "PROPERTY_ADDED_OPTIONAL",
    edit: (d) => d.setIn([...unlocked, "note"], { type: "string", optional: true, description: "A note." }),
    path: "note",
  },
  {
    rule: "PROPERTY_ADDED_REQUIRED",
    edit: (d) => d.setIn([...unlocked, "note"], { type: "string", description: "A note." }),
    path: "note",
  },
  { rule: "PROPERTY_OPTIONAL_TO_REQUIRED", edit: (d) => d.deleteIn([...unlocked, "code_id", "optional"]), path: "code_id" },
  { rule: "PROPERTY_REQUIRED_TO_OPTIONAL", edit: (d) => d.setIn([...unlocked, "battery", "optional"], true), path: "battery" },
  {
    rule: "PROPERTY_TYPE_CHANGED",
    edit: (d) => {
      d.setIn([...unlocked, "battery"], { type: "string", description: "Battery level." });
    },
    path: "battery",
  },
  { rule: "PROPERTY_TYPE_NARROWED", edit: (d) => d.setIn([...unlocked, "battery", "type"], "integer"), path: "battery" },
  { rule: "PROPERTY_TYPE_CHANGED", edit: (d) => d.setIn([...unlocked, "battery", "type"], "integer"), path: "battery", reverse: true },
  { rule: "PROPERTY_FORMAT_ADDED", edit: (d) => d.setIn([...unlocked, "code_id", "format"], "uuid"), path: "code_id" },
  { rule: "PROPERTY_FORMAT_CHANGED", edit: (d) => d.setIn([...unlocked, "code_id", "format"], "uuid"), path: "code_id", reverse: true },
  {
    rule: "PROPERTY_FORMAT_CHANGED",
    edit: (d) => d.setIn(["shapes", "Problem", "properties", "seen_at", "format"], "uri"),
    path: "problems[].seen_at",
  },
  { rule: "PROPERTY_NULLABLE_ADDED", edit: (d) => d.setIn([...unlocked, "code_id", "nullable"], true), path: "code_id" },
  { rule: "PROPERTY_RANGE_WIDENED", edit: (d) => d.setIn([...unlocked, "battery", "maximum"], 100), path: "battery" },
  { rule: "PROPERTY_RANGE_NARROWED", edit: (d) => d.setIn([...unlocked, "battery", "minimum"], 0.5), path: "battery" },
  {
    rule: "ENUM_VALUE_REMOVED",
    edit: (d) => d.deleteIn(["enums", "LockMethod", "values", "manual"]),
    // The enum is used by both events.
    expected: ["ENUM_VALUE_REMOVED", "ENUM_VALUE_REMOVED"],
    path: "method",
  },
  {
    rule: "ENUM_VALUE_ADDED",
    edit: (d) => d.setIn(["enums", "LockMethod", "values", "remote"], "Through the API."),
    expected: ["ENUM_VALUE_ADDED", "ENUM_VALUE_ADDED"],
    path: "method",
  },
  { rule: "PROPERTY_DEPRECATED", edit: (d) => d.setIn([...unlocked, "code_id", "deprecated"], "Not reported."), path: "code_id" },
  {
    rule: "PROPERTY_REMOVED",
    edit: (d) => d.deleteIn(["shapes", "Problem", "properties", "seen_at"]),
    path: "problems[].seen_at",
    side: "old",
  },
  { rule: "EVENT_DEPRECATION_REMOVED", edit: (d) => d.setIn(["events", "lock.locked", "deprecated"], "Use lock.unlocked."), reverse: true },
  { rule: "PROPERTY_DEPRECATION_REMOVED", edit: (d) => d.setIn([...unlocked, "code_id", "deprecated"], "Not reported."), path: "code_id", reverse: true },
  { rule: "EVENT_UNRELEASED_CHANGED", edit: (d) => d.setIn(["events", "lock.locked", "unreleased"], true) },
  { rule: "PROPERTY_UNRELEASED_CHANGED", edit: (d) => d.setIn([...unlocked, "code_id", "unreleased"], true), path: "code_id" },
  { rule: "DESCRIPTION_CHANGED", edit: (d) => d.setIn(["events", "lock.locked", "description"], "A lock was locked, by any means.") },
  {
    rule: "DESCRIPTION_CHANGED",
    edit: (d) => d.setIn([...unlocked, "battery", "description"], "Battery level, 0 to 1."),
    path: "battery",
  },
  {
    rule: "UNION_NAMES_CHANGED",
    edit: (d) => d.setIn(["package", "unionName"], "LockEvent"),
  },
];

describe("one pair of specs per rule", () => {
  for (const c of cases) {
    test(`${c.rule}${c.path ? ` (${c.path})` : ""}`, () => {
      const changes = changedBy(c.edit, c.reverse);
      expect(changes.map((change) => change.rule)).toEqual(c.expected ?? [c.rule]);
      for (const change of changes) {
        expect(change.severity).toBe(rules[c.rule].severity);
        if (c.path) expect(change.path).toBe(c.path);
        expect(change.side).toBe(c.side ?? "new");
        const inBase = (c.side === "old") !== (c.reverse === true);
        expect(change.location.file).toContain(inBase ? "diff-base" : "virtual");
        expect(change.location.line).toBeGreaterThan(1);
      }
    });
  }
});

test("every rule has a pair of specs above", () => {
  const covered = new Set(cases.map((c) => c.rule));
  const missing = (Object.keys(rules) as RuleId[]).filter((rule) => !covered.has(rule));
  expect(missing).toEqual([]);
});

test("a removed property points at its place in the old spec", () => {
  const [change] = changedBy((d) => d.deleteIn([...unlocked, "battery"]));
  const line = baseText.split("\n").findIndex((l) => l.trim() === "battery:") + 1;
  expect(change!.location).toMatchObject({ line });
});

test("identical specs have no changes; the order of the result is stable", () => {
  expect(diffCatalogues(before, before)).toEqual([]);
  expect(highestSeverity([])).toBeUndefined();
  const edit = (d: ReturnType<typeof parseDocument>) => {
    d.deleteIn(["events", "lock.locked"]);
    d.setIn([...unlocked, "battery", "description"], "Changed.");
    d.setIn(["enums", "LockMethod", "values", "remote"], "Through the API.");
  };
  const changes = changedBy(edit);
  expect(changes.map((c) => c.severity)).toEqual(["breaking", "minor", "patch"]);
  expect(changedBy(edit)).toEqual(changes);
  expect(highestSeverity(changes)).toBe("breaking");
});

test("exhaustive-switch flag on added events and enum values only", () => {
  const changes = changedBy((d) => {
    d.setIn(["enums", "LockMethod", "values", "remote"], "Through the API.");
    d.setIn([...unlocked, "note"], { type: "string", optional: true, description: "A note." });
  });
  const flagged = changes.filter((c) => c.breaksExhaustiveSwitch).map((c) => c.rule);
  expect(flagged).toEqual(["ENUM_VALUE_ADDED", "ENUM_VALUE_ADDED"]);
});

test("descriptions and aliases can be left out of the comparison", () => {
  const doc = parseDocument(baseText);
  doc.setIn(["events", "lock.locked", "description"], "Another text.");
  doc.setIn(["events", "lock.locked", "aliases"], ["lock.closed"]);
  const edited = modelOf(newPath, doc.toString());
  expect(diffCatalogues(before, edited).map((c) => c.rule).sort()).toEqual(["DESCRIPTION_CHANGED", "EVENT_ALIAS_ADDED"]);
  expect(diffCatalogues(before, edited, { descriptions: false, aliases: false })).toEqual([]);
});
