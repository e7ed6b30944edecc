/** The validators' contract, case by case, on the mini spec (every spec feature) built in memory. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventArbitrary } from "./arbitraries.js";
import { load, miniSpecPath } from "./helpers.js";

const { model, pkg, validateUnion, isUnion, validateEvent } = await load(miniSpecPath);
const lock = model.events.find((e) => e.name === "lock.unlocked")!;
const battery = model.events.find((e) => e.name === "device.low_battery")!;
const sample = (event = lock, seed = 1) => fc.sample(eventArbitrary(model, event), { numRuns: 1, seed })[0]!;
const uuid = "0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5f";
const validLock = () => ({
  event_type: "lock.unlocked",
  event_id: uuid,
  created_at: "2024-05-01T10:00:00.123+02:00",
  workspace_id: uuid.toUpperCase(),
  device_id: uuid,
  method: "keycode",
});

describe("results", () => {
  it("returns the input itself, unknown properties kept", () => {
    const input = { ...validLock(), brand_new_field: { nested: [1, 2] } };
    const result = validateUnion(input);
    expect(result.ok && result.value).toBe(input);
    expect(result.ok && (result.value as any).brand_new_field).toEqual({ nested: [1, 2] });
  });

  it("collects every error in property order, or stops at the first with abortEarly", () => {
    const input = { event_type: "lock.unlocked", event_id: "nope", created_at: 5, device_id: uuid, method: "teleport" };
    const all = validateUnion(input);
    expect(all.ok ? [] : all.errors.map((e) => [e.path, e.code])).toEqual([
      ["/event_id", "format"],
      ["/created_at", "type"],
      ["/workspace_id", "required"],
      ["/method", "enum"],
    ]);
    const first = validateUnion(input, { abortEarly: true });
    expect(first.ok ? [] : first.errors.map((e) => [e.path, e.code])).toEqual([["/event_id", "format"]]);
  });

  it("collects at most maxErrors errors, the first ones in property order", () => {
    const input = { event_type: "lock.unlocked", event_id: "nope", created_at: 5, device_id: uuid, method: "teleport" };
    const two = validateUnion(input, { maxErrors: 2 });
    expect(two.ok ? [] : two.errors.map((e) => e.path)).toEqual(["/event_id", "/created_at"]);
    // Not a count of at least one: the default.
    for (const maxErrors of [0, -1, NaN, "3" as unknown as number]) expect(validateUnion(input, { maxErrors })).toEqual(validateUnion(input));
    const tags = { ...sample(model.events.find((e) => e.name === "device.removed")!), tags: Array.from({ length: 250 }, () => 1) };
    const capped = validateUnion(tags);
    expect(capped.ok ? 0 : capped.errors.length).toBe(100);
    expect(validateUnion(tags, { maxErrors: Infinity })).toMatchObject({ ok: false, errors: { length: 250 } });
  });

  it("writes messages that name what was expected and what was received", () => {
    const result = validateEvent(lock.typeName)({ ...validLock(), method: "teleport", event_id: 42, access_code_id: false });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      "expected string, received 42",
      'expected one of "keycode", "manual", "seamapi", received "teleport"',
      "expected string or null, received false",
    ]);
  });

  it("tells an unknown event type from a malformed one", () => {
    expect(validateUnion({ event_type: "lock.exploded" })).toEqual({ ok: false, errors: [{ path: "/event_type", code: "unknown_event_type", message: expect.stringContaining('"lock.exploded"') }] });
    expect(validateUnion({})).toEqual({ ok: false, errors: [{ path: "/event_type", code: "required", message: expect.any(String) }] });
    expect(validateUnion({ event_type: ["lock.unlocked"] })).toEqual({ ok: false, errors: [{ path: "/event_type", code: "type", message: expect.any(String) }] });
    for (const input of [null, [], "lock.unlocked", 1]) expect(validateUnion(input)).toEqual({ ok: false, errors: [{ path: "", code: "type", message: expect.any(String) }] });
    // An event's own validator reports another event's type as a wrong constant.
    expect(validateEvent(battery.typeName)(validLock())).toMatchObject({ ok: false, errors: expect.arrayContaining([{ path: "/event_type", code: "const", message: expect.any(String) }]) });
  });
});

describe("semantics", () => {
  it("nullable is not optional, optional is not nullable", () => {
    expect(validateUnion({ ...validLock(), access_code_id: null }).ok).toBe(true); // optional and nullable
    const withNull = { ...sample(battery), battery_status: null };
    expect(validateUnion(withNull)).toMatchObject({ ok: false, errors: [{ path: "/battery_status", code: "type" }] });
    const { device_custom_metadata: _, ...withoutRequired } = sample(battery);
    expect(validateUnion(withoutRequired)).toMatchObject({ ok: false, errors: [{ path: "/device_custom_metadata", code: "required" }] });
  });

  it("counts own properties only: inherited values are missing, a polluted prototype changes nothing", () => {
    const inherited = Object.create(validLock());
    const result = validateUnion(Object.assign(inherited, { event_type: "lock.unlocked" }));
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(["required", "required", "required", "required", "required"]);
    const proto = Object.prototype as Record<string, unknown>;
    proto.workspace_id = uuid;
    try {
      const { workspace_id: _, ...withoutWorkspace } = validLock();
      expect(validateUnion(withoutWorkspace)).toMatchObject({ ok: false, errors: [{ path: "/workspace_id", code: "required" }] });
    } finally {
      delete proto.workspace_id;
    }
  });

  it("checks numbers: range, integer, and no NaN or infinity", () => {
    const base = sample(battery);
    expect(validateUnion({ ...base, battery_level: 1.01 })).toMatchObject({ ok: false, errors: [{ path: "/battery_level", code: "range" }] });
    expect(validateUnion({ ...base, battery_level: NaN })).toMatchObject({ ok: false, errors: [{ path: "/battery_level", code: "type" }] });
    const removed = sample(model.events.find((e) => e.name === "device.removed")!);
    expect(validateUnion({ ...removed, reading: 2.5 })).toMatchObject({ ok: false, errors: [{ path: "/reading", code: "integer" }] });
    expect(validateUnion({ ...removed, reading: -6 })).toMatchObject({ ok: false, errors: [{ path: "/reading", code: "range" }] });
    expect(validateUnion({ ...removed, reading: Infinity })).toMatchObject({ ok: false, errors: [{ path: "/reading", code: "type" }] });
  });

  it("points into arrays and records with escaped JSON Pointers", () => {
    const base = sample(battery);
    const result = validateUnion({ ...base, errors: [{ error_code: "x", message: "m", created_at: "2024-01-01T00:00:00Z" }, { error_code: "x", created_at: "bad" }], device_custom_metadata: { "a/b~c": 3, ok: true } });
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).toEqual([
      ["/device_custom_metadata/a~1b~0c", "type"],
      ["/errors/1/message", "required"],
      ["/errors/1/created_at", "format"],
    ]);
  });

  it("reports a getter that throws as a type error at its path", () => {
    const input = Object.defineProperty(validLock(), "device_id", {
      enumerable: true,
      get() {
        throw new Error("nope");
      },
    });
    expect(validateUnion(input)).toEqual({ ok: false, errors: [{ path: "/device_id", code: "type", message: "could not read the value: nope" }] });
    expect(isUnion(input)).toBe(false);
  });

  it("inside a group's shared check, keeps the errors found before a getter threw and checks nothing after it", () => {
    // workspace_id belongs to the common group, checked by a function shared by every event.
    const input = Object.defineProperty({ ...validLock(), event_id: "not-a-uuid", method: "teleport" }, "workspace_id", {
      enumerable: true,
      get() {
        throw new Error("gone");
      },
    });
    expect(validateUnion(input)).toEqual({
      ok: false,
      errors: [
        { path: "/event_id", code: "format", message: expect.any(String) },
        { path: "/workspace_id", code: "type", message: "could not read the value: gone" },
      ],
    });
    expect(validateUnion(input, { abortEarly: true })).toMatchObject({ ok: false, errors: [{ path: "/event_id", code: "format" }] });
  });

  it("accepts a record key named __proto__ as data", () => {
    const input = JSON.parse(JSON.stringify({ ...validLock() }).replace("{", '{"device_custom_metadata": {"__proto__": "x", "constructor": true},'));
    expect(validateUnion(input).ok).toBe(true);
    const bad = JSON.parse(JSON.stringify({ ...validLock() }).replace("{", '{"device_custom_metadata": {"__proto__": 1},'));
    expect(validateUnion(bad)).toMatchObject({ ok: false, errors: [{ path: "/device_custom_metadata/__proto__", code: "type" }] });
  });
});

describe("Standard Schema v1", () => {
  it("exposes ~standard with version 1, the package as vendor, and validate", () => {
    const schema = pkg[`${model.package.unionName}Schema`]["~standard"];
    expect(schema.version).toBe(1);
    expect(schema.vendor).toBe(model.package.name);
    const input = validLock();
    expect(schema.validate(input)).toEqual({ value: input });
    expect(schema.validate({ ...input, device_custom_metadata: { "a/b": 1 } })).toEqual({ issues: [{ message: expect.any(String), path: ["device_custom_metadata", "a/b"] }] });
    expect(pkg[`${lock.typeName}Schema`]["~standard"].validate(null)).toEqual({ issues: [{ message: expect.any(String), path: [] }] });
  });
});
