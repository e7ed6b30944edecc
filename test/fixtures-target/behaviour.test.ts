/**
 * What the factories promise beyond validity: determinism, seeds that vary every field, stable values
 * per property, overrides, shared ids, the optional modes, realistic values and clear errors.
 */
import { describe, expect, it } from "vitest";
import { readSpecSources } from "../../generator/load/load-spec.js";
import type { PropertyModel, RelationModel, ValueType } from "../../generator/model/types.js";
import { readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { REFERENCE_TIME } from "../../generator/shared/fixture-runtime.js";
import { at, fullCatalogue, leavesOf, loadSubject, miniSpec, optionalModes, type Subject } from "./helpers.js";

const full = loadSubject({ specPath: fullCatalogue });
const mini = loadSubject({ specPath: miniSpec });

const propertiesOf = (subject: Subject, type: string): PropertyModel[] => subject.model.events.find((e) => e.name === type)!.properties;

describe("determinism", () => {
  it("gives byte-identical JSON for the same seed, in separately loaded packages", async () => {
    const first = await full;
    const second = await loadSubject({ specPath: fullCatalogue });
    for (const type of first.eventTypes) {
      for (const optional of optionalModes) {
        for (const seed of [0, 7, 123456789]) {
          expect(JSON.stringify(second.create(type, {}, { seed, optional }))).toBe(JSON.stringify(first.create(type, {}, { seed, optional })));
        }
      }
    }
  });

  it("uses a fixed default: seed 1 with every optional property", async () => {
    const { eventTypes, create } = await full;
    for (const type of eventTypes) expect(create(type)).toEqual(create(type, {}, { seed: 1, optional: "all" }));
  });

  it("varies every non-constant field between neighbouring seeds", async () => {
    const subject = await full;
    const unchanged: string[] = [];
    for (const type of subject.eventTypes) {
      const properties = propertiesOf(subject, type);
      // A value a relation picks from a few (a band, a mapped text, the event's own text) may repeat.
      const event = subject.model.events.find((e) => e.name === type)!;
      const chosenFromFew = new Set(
        [...event.relations, ...subject.model.shapes.flatMap((s) => s.relations)].filter((r) => ["by_range", "by_value", "event_text"].includes(r.kind)).map((r) => r.property),
      );
      for (let seed = 0; seed < 20; seed++) {
        const a = leavesOf(subject.model, properties, subject.create(type, {}, { seed }));
        const b = leavesOf(subject.model, properties, subject.create(type, {}, { seed: seed + 1 }));
        for (const [path, leaf] of a) {
          const other = b.get(path);
          if (other && !leaf.constant && !chosenFromFew.has(path.split("/").at(-1)!) && other.value === leaf.value) unchanged.push(`${type} ${path} seeds ${seed}/${seed + 1}: ${String(leaf.value)}`);
        }
      }
    }
    expect(unchanged).toEqual([]);
  });

  it("keeps every value when the spec gains a property (values depend on seed, event and path only)", async () => {
    const sources = readSpecSources(miniSpec);
    const [file, text] = [...sources][0]!;
    const marker = "  lock.unlocked:\n    description: A lock was unlocked, by any means.\n    include: [device_scoped]\n    properties:\n";
    expect(text).toContain(marker);
    const grown = text.replace(marker, `${marker}      added_first:\n        type: string\n        description: A new property.\n`);
    const before = await mini;
    const after = await loadSubject({ sources: new Map([[file, grown]]) });
    for (const seed of [1, 2, 3]) {
      const { added_first, ...rest } = after.create("lock.unlocked", {}, { seed });
      expect(typeof added_first).toBe("string");
      expect(rest).toEqual(before.create("lock.unlocked", {}, { seed }));
    }
  });

  it("never reads the clock or Math.random", async () => {
    const model = readCatalogue({ specPath: miniSpec });
    const files = await renderCatalogue(model, { only: ["types", "fixtures"] });
    const sources = files.filter((f) => f.path.startsWith("src/fixture"));
    expect(sources.map((f) => f.path).sort()).toEqual(["src/fixture-runtime.ts", "src/fixtures.ts"]);
    for (const { contents } of sources) {
      expect(contents).not.toMatch(/Math\.random|Date\.now|performance\.now|new Date\(\s*\)|crypto/);
    }
  });
});

describe("overrides", () => {
  it("win, keep every other value, and keep the payload valid", async () => {
    const { create, validate } = await full;
    const type = "access_code.time_frame_changed";
    const plain = create(type, {}, { seed: 5 });
    const overridden = create(type, { access_code_id: "3b1f4a5e-2c6d-4e7f-8a9b-0c1d2e3f4a5b", from: { starts_at: "2025-01-01T00:00:00Z" } }, { seed: 5 });
    expect(overridden.access_code_id).toBe("3b1f4a5e-2c6d-4e7f-8a9b-0c1d2e3f4a5b");
    // Nested shapes merge: the other property of `from` keeps its generated value.
    expect(overridden.from).toEqual({ ...(plain.from as object), starts_at: "2025-01-01T00:00:00Z" });
    expect({ ...overridden, access_code_id: plain.access_code_id, from: plain.from }).toEqual(plain);
    expect(validate(overridden).ok).toBe(true);
  });

  it("replace arrays and records whole, and do not leak the caller's objects", async () => {
    const { create } = await mini;
    const errors = [{ error_code: "hub_disconnected", message: "Hub offline.", created_at: "2025-05-05T05:05:05Z" }];
    const metadata = { unit: "4B" };
    const event = create("device.low_battery", { errors, device_custom_metadata: metadata });
    expect(event.errors).toEqual(errors);
    expect(event.device_custom_metadata).toEqual({ unit: "4B" });
    (event.device_custom_metadata as Record<string, unknown>).unit = "changed";
    expect(metadata.unit).toBe("4B");
  });

  it("remove a property set to undefined, and keep keys the spec does not list", async () => {
    const { create } = await mini;
    const event = create("lock.unlocked", { access_code_id: undefined, vendor_extra: 1 } as Record<string, unknown>, { optional: "all" });
    expect(event).not.toHaveProperty("access_code_id");
    expect(event.vendor_extra).toBe(1);
    // An override puts an optional property in even when the mode leaves optional ones out.
    expect(create("lock.unlocked", { access_code_id: null }, { optional: "none" })).toHaveProperty("access_code_id", null);
  });

  it("of a relation's source carry the values that follow from it; an override of the follower wins", async () => {
    const { create, validate } = await full;
    const warm = create("thermostat.temperature_changed", { temperature_celsius: 30 }, { seed: 2 });
    expect(warm.temperature_fahrenheit).toBe(86);
    expect(create("thermostat.temperature_changed", { temperature_celsius: 30, temperature_fahrenheit: 99 }, { seed: 2 }).temperature_fahrenheit).toBe(99);
    expect(create("device.battery_status_changed", { battery_level: 0.01 }, { seed: 2 }).battery_status).toBe("critical");
    const keypad = create("lock.unlocked", { method: "keycode" }, { seed: 2 });
    expect(keypad).toHaveProperty("code");
    expect(keypad).not.toHaveProperty("action_attempt_id");
    expect(create("lock.unlocked", { method: "remote" }, { seed: 2 })).not.toHaveProperty("code");
    const late = create("device.added", { occurred_at: "2025-06-01T12:00:00.000Z" }, { seed: 2 });
    expect(Date.parse(late.created_at as string) - Date.parse("2025-06-01T12:00:00.000Z")).toBeGreaterThanOrEqual(0);
    expect(Date.parse(late.created_at as string) - Date.parse("2025-06-01T12:00:00.000Z")).toBeLessThanOrEqual(120_000);
    for (const payload of [warm, keypad, late]) expect(validate(payload).ok).toBe(true);
  });

  it("share ids across fixtures to build one scenario", async () => {
    const { generated, validate } = await full;
    const device_id = "0f8e7d6c-5b4a-4938-8776-655443322110";
    const locked = generated.createLockLockedEvent({ device_id }, { seed: 1 });
    const low = generated.createDeviceLowBatteryEvent({ device_id }, { seed: 2 });
    expect(locked.device_id).toBe(device_id);
    expect(low.device_id).toBe(device_id);
    expect(locked.event_id).not.toBe(low.event_id);
    expect(validate(locked).ok && validate(low).ok).toBe(true);
  });
});

interface OptionalSlot {
  path: string;
  optional: boolean;
  present: boolean;
  value: unknown;
  /** A relation decides whether it is there, whatever the mode. */
  decided: boolean;
}

/** Each optional or nullable property of a payload, nested shapes and array items included. */
/** Presence relations, and derived values that go with their source, decide their property in every mode (valid.test.ts judges them). */
const decidingKinds = new Set(["present_when", "present_unless", "linear", "by_range", "by_value"]);

function optionalSlots(subject: Subject, properties: readonly PropertyModel[], relations: readonly RelationModel[], payload: Record<string, unknown>, path = ""): OptionalSlot[] {
  const found: OptionalSlot[] = [];
  const decided = new Set(relations.filter((r) => decidingKinds.has(r.kind)).map((r) => r.property));
  const visit = (value: ValueType, actual: unknown, here: string) => {
    const type = value.type;
    if (type.kind === "shape" && actual && typeof actual === "object") {
      const shape = subject.model.shapes.find((s) => s.name === type.name)!;
      found.push(...optionalSlots(subject, shape.properties, shape.relations, actual as Record<string, unknown>, here));
    }
    if (type.kind === "array" && Array.isArray(actual)) actual.forEach((item, i) => visit(type.items, item, `${here}/${i}`));
  };
  for (const property of properties) {
    const here = `${path}/${property.name}`;
    const present = property.name in payload;
    if (!property.required || property.nullable) found.push({ path: here, optional: !property.required, present, value: payload[property.name], decided: decided.has(property.name) });
    if (present) visit(property, payload[property.name], here);
  }
  return found;
}

describe("optional modes", () => {
  it('"all" includes every optional property with a real value; "none" leaves every one out, at every level', async () => {
    const subject = await full;
    let nested = 0;
    for (const event of subject.model.events) {
      for (const seed of [1, 2, 3]) {
        const all = optionalSlots(subject, event.properties, event.relations, subject.create(event.name, {}, { seed, optional: "all" }));
        expect(all.filter((f) => ((f.optional && !f.present) || f.value === null) && !f.decided).map((f) => `${event.name} ${f.path}`)).toEqual([]);
        nested += all.filter((f) => f.path.split("/").length > 2).length;
        const none = optionalSlots(subject, event.properties, event.relations, subject.create(event.name, {}, { seed, optional: "none" }));
        expect(none.filter((f) => ((f.optional && f.present) || f.value === null) && !f.decided).map((f) => `${event.name} ${f.path}`)).toEqual([]);
      }
    }
    expect(nested).toBeGreaterThan(0);
  });

  it('"none" leaves out optional properties of nested objects too', async () => {
    const { create } = await mini;
    const event = create("device.low_battery", {}, { optional: "none" });
    expect(Object.keys(event).sort()).toEqual(["battery_level", "created_at", "device_custom_metadata", "device_id", "errors", "event_id", "event_type", "workspace_id"]);
  });

  it('"random" includes each optional property for some seeds and not others, and makes some nullable ones null', async () => {
    const subject = await full;
    const seen = new Map<string, Set<string>>();
    for (const event of subject.model.events) {
      for (let seed = 0; seed < 40; seed++) {
        const payload = subject.create(event.name, {}, { seed, optional: "random" });
        for (const property of event.properties) {
          const key = `${event.name} /${property.name}`;
          const outcome = !(property.name in payload) ? "absent" : payload[property.name] === null ? "null" : "value";
          seen.set(key, (seen.get(key) ?? new Set()).add(outcome));
          if (!property.required) seen.get(key)!.add(`optional:${property.nullable}`);
          else if (property.nullable) seen.get(key)!.add("nullable");
        }
      }
    }
    const problems: string[] = [];
    for (const [key, outcomes] of seen) {
      if ([...outcomes].some((o) => o.startsWith("optional")) && !(outcomes.has("absent") && (outcomes.has("value") || outcomes.has("null")))) problems.push(`${key}: ${[...outcomes]}`);
      if ((outcomes.has("nullable") || outcomes.has("optional:true")) && !(outcomes.has("null") && outcomes.has("value"))) problems.push(`${key}: ${[...outcomes]}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("realistic values", () => {
  it("gives UUID v4 ids, timestamps in the two years before the reference time, numbers in range, examples and name-based strings", async () => {
    const subject = await full;
    const problems: string[] = [];
    const check = (value: ValueType, name: string, actual: unknown, path: string) => {
      if (actual === null || actual === undefined) return;
      const t = value.type;
      if (value.examples) {
        if (!value.examples.some((e) => JSON.stringify(e) === JSON.stringify(actual))) problems.push(`${path}: not one of the examples`);
        return;
      }
      if (t.kind === "string" && t.format === "uuid" && !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(String(actual))) problems.push(`${path}: ${actual}`);
      if (t.kind === "string" && (t.format === "date-time" || /_at$/.test(name))) {
        if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(String(actual)) || String(actual) < "2024" || String(actual) > REFERENCE_TIME) problems.push(`${path}: ${actual}`);
      }
      if (t.kind === "string" && t.format === "uri" && !String(actual).startsWith("https://")) problems.push(`${path}: ${actual}`);
      if (t.kind === "string" && name === "code" && !/^\d{4,6}$/.test(String(actual))) problems.push(`${path}: ${actual}`);
      if (t.kind === "string" && /_name$/.test(name) && !/^[A-Z][a-z]+ [A-Z][a-z]+( \d+)?$/.test(String(actual))) problems.push(`${path}: ${actual}`);
      if (t.kind === "string" && /_key$/.test(name) && !/^[a-z]+(-[a-z0-9]+)+$/.test(String(actual))) problems.push(`${path}: ${actual}`);
      if (t.kind === "string" && /message$|description$/.test(name) && !/^[A-Z].* .*\.$/.test(String(actual))) problems.push(`${path}: ${actual}`);
      if ((t.kind === "number" || t.kind === "integer") && ((t.minimum !== undefined && (actual as number) < t.minimum) || (t.maximum !== undefined && (actual as number) > t.maximum))) problems.push(`${path}: ${actual}`);
      if (t.kind === "array" && (!Array.isArray(actual) || actual.length < 1 || actual.length > 3)) problems.push(`${path}: ${actual}`);
      if (t.kind === "array") (actual as unknown[]).forEach((item, i) => check(t.items, name.replace(/s$/, ""), item, `${path}/${i}`));
      if (t.kind === "record") Object.entries(actual as object).forEach(([k, v]) => check(t.values, k, v, `${path}/${k}`));
      if (t.kind === "shape") for (const p of subject.model.shapes.find((s) => s.name === t.name)!.properties) check(p, p.name, (actual as Record<string, unknown>)[p.name], `${path}/${p.name}`);
    };
    for (const event of subject.model.events) {
      for (let seed = 0; seed < 10; seed++) {
        const payload = subject.create(event.name, {}, { seed });
        for (const p of event.properties) check(p, p.name, payload[p.name], `${event.name} /${p.name}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    const battery = subject.create("device.low_battery", {}, { seed: 9 }).battery_level as number;
    expect(battery).toBeGreaterThanOrEqual(0);
    expect(battery).toBeLessThanOrEqual(1);
  });

  it("fills records with a few plausible keys", async () => {
    const { create } = await mini;
    for (let seed = 0; seed < 20; seed++) {
      const metadata = at(create("device.low_battery", {}, { seed }), "/device_custom_metadata") as Record<string, unknown>;
      expect(Object.keys(metadata).length).toBeGreaterThanOrEqual(1);
      expect(Object.keys(metadata).length).toBeLessThanOrEqual(3);
      for (const [key, value] of Object.entries(metadata)) {
        expect(key).toMatch(/^[a-z_]+$/);
        expect(["string", "boolean"]).toContain(typeof value);
      }
    }
  });
});

describe("unknown event types", () => {
  it("throw an Error naming the type and the closest known names", async () => {
    const { create } = await full;
    expect(() => create("lock.unlockd")).toThrow('Unknown event type "lock.unlockd". Did you mean "lock.unlocked"');
    expect(() => create("device.battery_low")).toThrow(/older name of "device\.low_battery"/);
    expect(() => create("zzz")).toThrow(/Unknown event type "zzz"\. There are \d+ known event types/);
  });

  it("are looked up among the catalogue's own names: Object.prototype's are unknown like any other", async () => {
    const { create } = await full;
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(() => create(name)).toThrow(new RegExp(`^Unknown event type "${name}"\\. There are \\d+ known event types\\.$`));
    }
  });

  it("are the per-event factories' events, typed by name", async () => {
    const { generated, create } = await mini;
    expect(generated.createLockUnlockedEvent({}, { seed: 4 })).toEqual(create("lock.unlocked", {}, { seed: 4 }));
  });
});
