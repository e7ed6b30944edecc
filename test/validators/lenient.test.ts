/**
 * The lenient policy: what a newer catalogue may legitimately send (unknown enum values, unknown
 * event types, new properties, older event names) is accepted with a warning each; real errors still
 * fail; the strict policy is unchanged. On the mini spec, and property-based on every event.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMutation, eventArbitrary, eventMutations } from "./arbitraries.js";
import { load, miniSpecPath, type Result } from "./helpers.js";

const { model, validateUnion, validateEvent } = await load(miniSpecPath);
const lenient = { policy: "lenient" } as const;
const uuid = "0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5f";
const validLock = () => ({
  event_type: "lock.unlocked",
  event_id: uuid,
  created_at: "2024-05-01T10:00:00Z",
  workspace_id: uuid,
  device_id: uuid,
  method: "keycode",
});
const battery = model.events.find((e) => e.name === "device.low_battery")!;
const sample = (event = battery, seed = 1) => fc.sample(eventArbitrary(model, event), { numRuns: 1, seed })[0]!;
const warning = (path: string, code: string) => ({ path, code, message: expect.any(String) });

describe("lenient policy", () => {
  it("accepts a valid event as strict does, with no warning and the input itself", () => {
    const input = validLock();
    const result = validateUnion(input, lenient);
    expect(result).toEqual({ ok: true, known: true, value: input, warnings: [] });
    expect(result.ok && result.value).toBe(input);
  });

  it("accepts an unknown enum value with a warning, at any depth, where strict rejects it", () => {
    const input = { ...validLock(), method: "telepathy" };
    expect(validateUnion(input)).toMatchObject({ ok: false, errors: [{ path: "/method", code: "enum" }] });
    expect(validateUnion(input, lenient)).toEqual({ ok: true, known: true, value: input, warnings: [warning("/method", "unknown_enum_value")] });
    const low = { ...sample(), battery_status: "critical" };
    expect(validateEvent(battery.typeName)(low, lenient)).toEqual({ ok: true, known: true, value: low, warnings: [warning("/battery_status", "unknown_enum_value")] });
  });

  it("reports unknown properties, nested ones with their full path, and only own ones", () => {
    const low = sample();
    const input = { ...low, brand_new: 1, errors: [{ error_code: "x", message: "m", created_at: "2024-01-01T00:00:00Z", severity: "high" }] };
    expect(validateUnion(input).ok).toBe(true);
    expect(validateUnion(input, lenient)).toEqual({
      ok: true,
      known: true,
      value: input,
      warnings: [warning("/errors/0/severity", "unknown_property"), warning("/brand_new", "unknown_property")],
    });
    const inherited = Object.assign(Object.create({ inherited_extra: 1 }), validLock());
    expect(validateUnion(inherited, lenient)).toMatchObject({ ok: true, warnings: [] });
    // Record keys are data, not properties.
    expect(validateUnion({ ...validLock(), device_custom_metadata: { anything: "x" } }, lenient)).toMatchObject({ ok: true, warnings: [] });
  });

  it("accepts an unknown event type as known: false, unchecked, the input itself", () => {
    const input = { event_type: "lock.exploded", whatever: [1] };
    const result = validateUnion(input, lenient);
    expect(result).toEqual({ ok: true, known: false, value: input, warnings: [warning("/event_type", "unknown_event_type")] });
    expect(result.ok && result.value).toBe(input);
    // Not an event at all stays an error.
    expect(validateUnion({}, lenient)).toMatchObject({ ok: false, errors: [{ path: "/event_type", code: "required" }] });
    expect(validateUnion({ event_type: 5 }, lenient)).toMatchObject({ ok: false, errors: [{ path: "/event_type", code: "type" }] });
    expect(validateUnion([], lenient)).toMatchObject({ ok: false, errors: [{ path: "", code: "type" }] });
    // One event's validator does not accept another event.
    expect(validateEvent(battery.typeName)(validLock(), lenient)).toMatchObject({ ok: false, errors: expect.arrayContaining([expect.objectContaining({ path: "/event_type", code: "const" })]) });
  });

  it("maps an older event name to today's in a copy, and checks the copy", () => {
    const today = sample();
    const older = { ...today, event_type: "device.battery_low" };
    for (const validate of [validateUnion, validateEvent(battery.typeName)]) {
      const result = validate(older, lenient);
      expect(result).toEqual({ ok: true, known: true, value: today, warnings: [warning("/event_type", "event_type_alias")] });
      expect(result.ok && result.value).not.toBe(older);
      expect(older.event_type).toBe("device.battery_low");
      expect(validate({ ...older, battery_level: 7 }, lenient)).toMatchObject({ ok: false, errors: [{ path: "/battery_level", code: "range" }], warnings: [{ code: "event_type_alias" }] });
    }
    expect(validateUnion(older)).toMatchObject({ ok: false, errors: [{ path: "/event_type", code: "unknown_event_type" }] });
    // An alias of another event is no name of this one.
    expect(validateEvent(model.events.find((e) => e.name === "lock.unlocked")!.typeName)({ ...validLock(), event_type: "device.battery_low" }, lenient).ok).toBe(false);
  });

  it("still fails on real errors, keeping the warnings found beside them", () => {
    const input = { ...validLock(), method: "telepathy", event_id: 5, extra: true };
    expect(validateUnion(input, lenient)).toEqual({
      ok: false,
      errors: [{ path: "/event_id", code: "type", message: "expected string, received 5" }],
      warnings: [warning("/method", "unknown_enum_value"), warning("/extra", "unknown_property")],
    });
  });

  it("with abortEarly stops at the first error, not at the first warning", () => {
    const input = { ...validLock(), method: "telepathy", device_id: "x", workspace_id: 1 };
    expect(validateUnion(input, { ...lenient, abortEarly: true })).toEqual({ ok: false, errors: [warning("/workspace_id", "type")], warnings: [] });
    const later = { ...validLock(), method: "telepathy", access_code_id: 3 };
    expect(validateUnion(later, { ...lenient, abortEarly: true })).toMatchObject({ ok: false, errors: [{ path: "/access_code_id" }], warnings: [{ path: "/method" }] });
  });

  it("caps warnings at maxErrors and never lets them hide an error", () => {
    const extras = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`new_${i}`, i]));
    const input = { ...validLock(), ...extras, access_code_id: 3 };
    const result = validateUnion(input, { ...lenient, maxErrors: 10 });
    expect(result).toMatchObject({ ok: false, errors: [{ path: "/access_code_id", code: "type" }] });
    expect((result as { warnings: unknown[] }).warnings).toHaveLength(10);
  });

  it("never throws: a getter that throws while copying an aliased event is an error", () => {
    const older = Object.defineProperty({ ...sample(), event_type: "device.battery_low" }, "note", {
      enumerable: true,
      get() {
        throw new Error("gone");
      },
    });
    expect(validateUnion(older, lenient)).toMatchObject({ ok: false, errors: [{ path: "", code: "type", message: "could not read the value: gone" }] });
  });

  it("leaves strict as it was: the same options without a policy, or policy strict", () => {
    const input = { ...validLock(), method: "telepathy" };
    expect(validateUnion(input, { policy: "strict" })).toEqual(validateUnion(input));
    expect(validateUnion({ event_type: "lock.exploded" }, { policy: "strict" })).toMatchObject({ ok: false, errors: [{ code: "unknown_event_type" }] });
  });
});

describe("lenient policy, property-based on every event of the mini spec", () => {
  for (const event of model.events) {
    const validate = validateEvent(event.typeName);
    it(`${event.name}: accepts what strict accepts; an enum mutation is a warning, any other still the same error`, () => {
      fc.assert(
        fc.property(eventArbitrary(model, event), fc.nat(), fc.nat(), (payload, which, pick) => {
          // The payloads carry random extra properties: those warnings are set aside here (tested above).
          const apart = (result: Result): Result => ({ ...result, warnings: result.warnings?.filter((w) => w.code !== "unknown_property") });
          expect(apart(validate(payload, lenient))).toEqual({ ok: true, known: true, value: payload, warnings: [] });
          const mutations = eventMutations(model, event, payload, pick);
          const mutation = mutations[which % mutations.length]!;
          const broken = applyMutation(payload, mutation);
          const result = apart(validate(broken, lenient));
          if (mutation.code === "enum") expect(result, mutation.description).toEqual({ ok: true, known: true, value: broken, warnings: [warning(mutation.path, "unknown_enum_value")] });
          else expect(result, mutation.description).toEqual({ ok: false, errors: [warning(mutation.path, mutation.code)], warnings: [] });
        }),
        { numRuns: 150 },
      );
    });
  }
});
