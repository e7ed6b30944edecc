import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readCatalogue, SpecError } from "../../generator/pipeline.js";

const dir = "test/fixtures/specs/broken";

/** Loads a broken case together with the shared base file and returns every reported line. */
function problems(...cases: string[]): string[] {
  const files = [`${dir}/_base.yaml`, ...cases.map((c) => `${dir}/${c}`)];
  try {
    readCatalogue({ sources: new Map(files.map((file) => [file, readFileSync(file, "utf8")])) });
  } catch (error) {
    if (error instanceof SpecError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  return [];
}

const at = (file: string, line: number, column: number, message: string) => `${dir}/${file}:${line}:${column}: ${message}`;

describe("a broken spec gives every problem, located", () => {
  it.each([
    {
      name: "YAML syntax",
      cases: ["yaml-syntax.yaml"],
      want: [at("yaml-syntax.yaml", 3, 18, 'YAML: the " quote opened here is never closed [yaml_syntax]')],
    },
    {
      name: "unknown key",
      cases: ["unknown-key.yaml"],
      want: [at("unknown-key.yaml", 5, 5, "unknown key 'propertiez' in events.lock.locked [unknown_key]")],
    },
    {
      name: "wrong value types",
      cases: ["wrong-type.yaml"],
      want: [
        at("wrong-type.yaml", 4, 14, "events.lock.locked.include must be array [wrong_type]"),
        at("wrong-type.yaml", 8, 18, "events.lock.locked.properties.battery_level.minimum must be number [wrong_type]"),
      ],
    },
    {
      name: "undefined group, with a suggestion",
      cases: ["unknown-group.yaml"],
      want: [at("unknown-group.yaml", 4, 15, "unknown group 'comon'; did you mean 'common'? [unknown_group]")],
    },
    {
      name: "duplicate event names across files",
      cases: ["duplicate-event.yaml", "duplicate-event-2.yaml"],
      want: [
        at(
          "duplicate-event-2.yaml",
          5,
          3,
          `duplicate event 'lock.locked': already defined at ${dir}/duplicate-event.yaml:2:3 [duplicate_event]`,
        ),
      ],
    },
    {
      name: "a property redefined after composition",
      cases: ["duplicate-property.yaml"],
      want: [
        at(
          "duplicate-property.yaml",
          6,
          7,
          `property 'event_id' is already composed from group 'common' (${dir}/_base.yaml:17:7); use override or omit to change it [duplicate_property]`,
        ),
      ],
    },
    {
      name: "one property from two groups",
      cases: ["duplicate-property-groups.yaml"],
      want: [
        at(
          "duplicate-property-groups.yaml",
          10,
          3,
          `property 'event_id' comes from group 'common' (${dir}/_base.yaml:17:7) and from group 'other' (${dir}/duplicate-property-groups.yaml:6:7); define it once or omit one [duplicate_property]`,
        ),
      ],
    },
    {
      name: "composition cycle",
      cases: ["cycle.yaml"],
      want: [at("cycle.yaml", 2, 3, "groups include each other in a cycle: a -> b -> a [include_cycle]")],
    },
    {
      name: "two event names, one TypeScript identifier",
      cases: ["identifier-collision.yaml"],
      want: [
        at(
          "identifier-collision.yaml",
          9,
          3,
          `event 'lock_door.opened' becomes the TypeScript name 'LockDoorOpenedEvent', already taken by event 'lock.door_opened' at ${dir}/identifier-collision.yaml:6:3 [identifier_collision]`,
        ),
      ],
    },
    {
      name: "a shape named like a group's interface",
      cases: ["group-identifier-collision.yaml"],
      want: [
        at(
          "group-identifier-collision.yaml",
          2,
          3,
          `shape 'CommonProperties' becomes the TypeScript name 'CommonProperties', already taken by group 'common' at ${dir}/_base.yaml:13:3 [identifier_collision]`,
        ),
      ],
    },
    {
      name: "bad references and type rules, all at once",
      cases: ["bad-reference.yaml"],
      want: [
        at("bad-reference.yaml", 5, 12, "cannot omit 'device_id': no included group gives 'lock.locked' that property [unknown_omit]"),
        at("bad-reference.yaml", 7, 7, "cannot override 'workspace_id': no included group gives 'lock.locked' that property [unknown_override]"),
        at("bad-reference.yaml", 12, 15, "unknown enum 'LockMethod' [unknown_enum]"),
        at("bad-reference.yaml", 15, 15, "an array needs 'items' [bad_type]"),
      ],
    },
  ])("$name", ({ cases, want }) => {
    expect(problems(...cases)).toEqual(want);
  });

  it("reports problems from several files in one run", () => {
    const all = problems("unknown-key.yaml", "cycle.yaml");
    expect(all.some((line) => line.includes("unknown-key.yaml:5:5"))).toBe(true);
    expect(all.some((line) => line.includes("cycle.yaml:2:3"))).toBe(true);
  });

  it("a folder with no spec files says so, instead of reporting nothing", () => {
    const empty = mkdtempSync(join(tmpdir(), "seam-events-empty-spec-"));
    try {
      expect(() => readCatalogue({ specPath: empty })).toThrow(/:1:1: no spec files here: a spec is a \.yaml or \.yml file, or a folder of them \[no_spec_files\]/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("a spec with no package section says so", () => {
    const file = `${dir}/unknown-group.yaml`;
    expect(() => readCatalogue({ sources: new Map([[file, readFileSync(file, "utf8")]]) })).toThrow(/no spec file has a 'package' section/);
  });
});
