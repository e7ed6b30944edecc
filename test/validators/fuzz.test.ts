/**
 * Fuzz: arbitrary values and hostile objects never make a validator throw, and what comes back is
 * always a well-formed result. Every exported validate…, is… and …Schema of the full catalogue, under
 * both policies. Then polluted prototypes, sparse and huge arrays, and a payload of millions of errors
 * whose validation stays bounded in memory.
 */
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PropertyModel } from "../../generator/model/types.js";
import { eventArbitrary } from "./arbitraries.js";
import { fullCatalogueExists, fullSpecPath, load, miniSpecPath } from "./helpers.js";

const spec = fullCatalogueExists ? fullSpecPath : miniSpecPath;
const { model, pkg } = await load(spec);
const typeNames = [...model.events.map((e) => e.typeName), model.package.unionName];
const d = model.package.discriminator;

const errorCodes = ["required", "type", "format", "enum", "const", "range", "integer", "unknown_event_type"];
const warningCodes = ["unknown_event_type", "unknown_enum_value", "unknown_property", "event_type_alias"];
const wellFormedPath = (path: unknown) => path === "" || (typeof path === "string" && path.startsWith("/"));

/**
 * What is wrong with the form of a validation result; nothing when it is well formed. Plain checks
 * rather than one expect() each: the fuzz tests make about a million of them, and expect() was most
 * of their time. A problem found is then asserted, and so reported, by expect().
 */
function formProblems(result: any): string[] {
  const problems: string[] = [];
  if (typeof result.ok !== "boolean") problems.push(`ok is ${typeof result.ok}`);
  if (!result.ok) {
    if (!(result.errors.length > 0)) problems.push("no errors");
    for (const error of result.errors) {
      if (!wellFormedPath(error.path)) problems.push(`error path ${JSON.stringify(error.path)}`);
      if (typeof error.message !== "string") problems.push(`error message ${typeof error.message}`);
      if (!errorCodes.includes(error.code)) problems.push(`error code ${JSON.stringify(error.code)}`);
    }
  }
  if ("warnings" in result) {
    for (const warning of result.warnings) {
      if (!wellFormedPath(warning.path)) problems.push(`warning path ${JSON.stringify(warning.path)}`);
      if (!warningCodes.includes(warning.code)) problems.push(`warning code ${JSON.stringify(warning.code)}`);
    }
  }
  return problems;
}

function expectWellFormed(result: any): void {
  const problems = formProblems(result);
  if (problems.length > 0) expect(problems, JSON.stringify(result)).toEqual([]);
}

/**
 * Runs every validator of the package on the input; any throw fails the test. The lenient policy runs
 * the same checks, so it is tried through the union (which reaches every event's check) unless asked.
 */
function runAll(input: unknown, everyLenient = false): void {
  for (const name of typeNames) {
    for (const abortEarly of [false, true]) expectWellFormed(pkg[`validate${name}`](input, { abortEarly }));
    if (everyLenient || name === model.package.unionName) expectWellFormed(pkg[`validate${name}`](input, { policy: "lenient" }));
    const is = pkg[`is${name}`](input);
    if (typeof is !== "boolean") expect(typeof is).toBe("boolean");
    const standard = pkg[`${name}Schema`]["~standard"].validate(input);
    if (!("value" in standard || Array.isArray(standard.issues))) expect(standard).toHaveProperty("issues");
  }
}

const throwing = () => {
  throw new Error("boom");
};
const validEvent = () => fc.sample(eventArbitrary(model, model.events[0]!), { numRuns: 1, seed: 7 })[0]!;

function deep(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { [d]: model.events[0]!.name, device_custom_metadata: value, errors: [value], x: value };
  return value;
}

describe("never throws", () => {
  it("on arbitrary values (objects with null prototypes, maps, boxed values, sparse arrays…)", () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBoxedValues: true, withSparseArray: true, withBigInt: true, withDate: true, withTypedArray: true, withObjectString: true, maxDepth: 3 }),
        (input) => runAll(input),
      ),
      { numRuns: 150 },
    );
  });

  it("on arbitrary JSON objects that carry a known event type", () => {
    const types = model.events.map((e) => e.name);
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (type, rest) => runAll({ ...rest, [d]: type })),
      { numRuns: 150 },
    );
  });

  it("on hostile objects", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const trapsThrow = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing });
    const cyclic: Record<string, unknown> = { ...validEvent() };
    cyclic.self = cyclic;
    cyclic.device_custom_metadata = cyclic;
    const hostileArray = new Proxy([1, 2], { get: throwing });
    const thrownNonError = Object.defineProperty({ ...validEvent() }, "event_id", { get: () => { throw { toString: throwing }; }, enumerable: true });
    const inputs: unknown[] = [
      null,
      undefined,
      0,
      NaN,
      "",
      "x".repeat(1_000_000),
      Symbol("s"),
      10n,
      () => 1,
      [],
      new Array(100_000).fill(validEvent()),
      revoked.proxy,
      trapsThrow,
      { [d]: trapsThrow },
      { ...validEvent(), errors: hostileArray, device_custom_metadata: trapsThrow, connected_account_custom_metadata: revoked.proxy },
      Object.defineProperty({}, d, { get: throwing, enumerable: true }),
      Object.defineProperty({ ...validEvent() }, "created_at", { get: throwing, enumerable: true }),
      thrownNonError,
      JSON.parse(`{"__proto__": {"${d}": "x"}, "constructor": {"prototype": 1}, "${d}": "${model.events[0]!.name}"}`),
      JSON.parse(`{"${d}": "__proto__"}`),
      JSON.parse(`{"${d}": "constructor"}`),
      { [d]: "toString" },
      { [d]: "hasOwnProperty" },
      cyclic,
      deep(10_000),
      JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`),
    ];
    for (const input of inputs) runAll(input, true);
  });
});

/** A Proxy every trap of which throws, thrown itself by a getter: even `instanceof` on it throws. */
const hostileThrown = new Proxy(
  {},
  Object.fromEntries(["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf", "set", "defineProperty", "deleteProperty", "isExtensible", "preventExtensions", "setPrototypeOf", "apply", "construct"].map((trap) => [trap, throwing])),
);

/** An event with a required array of objects: the property, a valid item and a valid payload. */
const withArray = (() => {
  for (const event of model.events) {
    const property = event.properties.find((p: PropertyModel) => p.required && p.type.kind === "array" && p.type.items.type.kind === "shape" && !p.nullable);
    if (property) {
      const payload = fc.sample(eventArbitrary(model, event), { numRuns: 1, seed: 3 })[0]! as Record<string, unknown>;
      const shape = (property.type as { items: { type: { name: string } } }).items.type.name;
      const item = fc.sample(eventArbitrary(model, { ...event, properties: model.shapes.find((s) => s.name === shape)!.properties }), { numRuns: 1, seed: 4 })[0]!;
      return { event, property: property.name, payload, item, validate: pkg[`validate${event.typeName}`], validateUnion: pkg[`validate${model.package.unionName}`] };
    }
  }
  throw new Error("the catalogue has no event with a required array of objects");
})();

describe("hostile environments and sizes", () => {
  it("reports a getter that throws an all-throwing Proxy at its path, under every option", () => {
    const input = Object.defineProperty({ ...validEvent() }, "event_id", { get: () => { throw hostileThrown; }, enumerable: true });
    for (const options of [undefined, { abortEarly: true }, { policy: "lenient" }]) {
      const result = pkg[`validate${model.package.unionName}`](input, options);
      expect(result).toMatchObject({ ok: false, errors: [{ path: "/event_id", code: "type", message: "could not read the value: unknown reason" }] });
    }
    runAll(input, true);
  });

  it("never reads a polluted prototype: array holes stay holes, inherited keys stay absent", () => {
    const { payload, property, item, validate } = withArray;
    const arrayProto = Array.prototype as unknown as Record<number, unknown>;
    const objectProto = Object.prototype as Record<string, unknown>;
    arrayProto[1] = item;
    objectProto[d] = model.events[0]!.name;
    objectProto.polluted_extra = 1;
    try {
      // eslint-disable-next-line no-sparse-arrays
      const sparse = [item, , item];
      expect(validate({ ...payload, [property]: sparse })).toMatchObject({ ok: false, errors: [{ path: `/${property}/1`, code: "type" }] });
      expect(pkg[`validate${model.package.unionName}`]({})).toMatchObject({ ok: false, errors: [{ path: `/${d}`, code: "required" }] });
      const lenient = validate(payload, { policy: "lenient" });
      expect(lenient.ok && lenient.warnings.filter((w: { path: string }) => w.path === "/polluted_extra")).toEqual([]);
      runAll({ ...payload, [property]: sparse }, true);
    } finally {
      delete arrayProto[1];
      delete objectProto[d];
      delete objectProto.polluted_extra;
    }
    expect(validate(payload).ok).toBe(true);
  });

  it("stops at maxErrors (100 by default) on an array of 2^32-1 holes, and at the first with abortEarly", () => {
    const { payload, property, validate, validateUnion } = withArray;
    const huge = { ...payload, [property]: new Array(2 ** 32 - 1) };
    const result = validate(huge);
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(100);
    expect(result.errors[99].path).toBe(`/${property}/99`);
    expect(validate(huge, { abortEarly: true }).errors).toHaveLength(1);
    expect(validateUnion(huge, { maxErrors: 7 }).errors).toHaveLength(7);
    expect(validateUnion(huge, { maxErrors: 7, policy: "lenient" }).errors).toHaveLength(7);
    expect(pkg[`is${model.package.unionName}`](huge)).toBe(false);
  });

  it("validates a 20 MB payload with ten million bad items in bounded memory", () => {
    // global.gc without a flag on the command line: the flag can be set at run time, and a new context sees it.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const { payload, property, validate } = withArray;
    const count = 10_000_000;
    const text = JSON.stringify({ ...payload, [property]: [] }).replace(`"${property}":[]`, `"${property}":[${"1,".repeat(count - 1)}1]`);
    expect(text.length).toBeGreaterThan(20_000_000);
    const input = JSON.parse(text);
    gc();
    const before = process.memoryUsage().heapUsed;
    const results = [validate(input), validate(input, { policy: "lenient" }), validate(input, { maxErrors: 1000 })];
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(results.map((r) => r.errors.length)).toEqual([100, 100, 1000]);
    // Without the cap the errors alone would take hundreds of megabytes (about 150 bytes each).
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });
});
