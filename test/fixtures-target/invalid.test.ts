/**
 * The negative helper: each payload breaks one rule, and the validator rejects it with exactly the
 * promised path and code, for every event type.
 */
import { describe, expect, it } from "vitest";
import { fullCatalogue, loadSubject, miniSpec, optionalModes } from "./helpers.js";

describe.each([
  ["the mini spec", miniSpec],
  ["the full catalogue", fullCatalogue],
])("invalid fixtures of %s", (_label, specPath) => {
  const subject = loadSubject({ specPath });

  it("are each rejected with exactly the promised path and code, for every event type", async () => {
    const { eventTypes, createInvalid, validate } = await subject;
    const mismatches: string[] = [];
    let checked = 0;
    for (const type of eventTypes) {
      for (const optional of optionalModes) {
        for (const seed of [1, 2]) {
          for (const invalid of createInvalid(type, { seed, optional })) {
            checked++;
            const result = validate(invalid.payload);
            const reported = result.ok ? [] : result.errors.map((e) => ({ path: e.path, code: e.code }));
            const promised = [{ path: invalid.path, code: invalid.code }];
            if (JSON.stringify(reported) !== JSON.stringify(promised)) {
              mismatches.push(`${type} (${invalid.description}): promised ${JSON.stringify(promised)}, reported ${JSON.stringify(reported)}`);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(eventTypes.length * 6);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it("drop every required property but the discriminator, and are all distinct", async () => {
    const { model, createInvalid } = await subject;
    for (const event of model.events) {
      const cases = createInvalid(event.name, { optional: "none" });
      const dropped = cases.filter((c) => c.code === "required" && c.path.split("/").length === 2).map((c) => c.path);
      const required = event.properties.filter((p) => p.required && p.name !== model.package.discriminator).map((p) => `/${p.name}`);
      expect(dropped).toEqual(required);
      expect(new Set(cases.map((c) => JSON.stringify(c.payload))).size).toBe(cases.length);
      expect(new Set(cases.map((c) => c.description)).size).toBe(cases.length);
    }
  });
});

describe("invalid fixtures of the mini spec", () => {
  const subject = loadSubject({ specPath: miniSpec });

  it("break each kind of rule, nested items included", async () => {
    const { create, createInvalid } = await subject;
    const pairs = (type: string) => createInvalid(type).map((c) => `${c.code} ${c.path}`);
    expect(pairs("device.low_battery")).toEqual(
      expect.arrayContaining([
        "required /event_id",
        "format /event_id",
        "format /created_at",
        "type /battery_level",
        "range /battery_level",
        "enum /battery_status",
        "type /battery_status",
        "type /errors/0",
        "required /errors/0/message",
        "format /errors/0/created_at",
      ]),
    );
    expect(pairs("device.removed")).toEqual(expect.arrayContaining(["range /reading", "integer /reading", "format /when", "type /tags/0", "type /extra"]));
    // A nullable property is never broken with null.
    // (access_code_id comes only with a keypad method: a seed that gives one.)
    const seed = Array.from({ length: 50 }, (_, i) => i).find((i) => "access_code_id" in create("lock.unlocked", {}, { seed: i }))!;
    const nullable = createInvalid("lock.unlocked", { seed }).filter((c) => c.path === "/access_code_id");
    expect(nullable.map((c) => c.code).sort()).toEqual(["format", "type"]);
    for (const c of nullable) expect((c.payload as Record<string, unknown>).access_code_id).not.toBeNull();
  });

  it("leave optional properties alone when they are absent", async () => {
    const { createInvalid } = await subject;
    expect(createInvalid("device.removed", { optional: "none" }).map((c) => c.path)).not.toContain("/reading");
  });

  it("throw on an unknown event type, like the factory", async () => {
    const { createInvalid } = await subject;
    expect(() => createInvalid("lock.unlockd")).toThrow(/lock\.unlockd.*lock\.unlocked/);
  });
});
