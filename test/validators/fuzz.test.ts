/**
 * Fuzz: arbitrary values and hostile objects never make a validator throw, and what comes back is
 * always a well-formed result. Every exported validate…, is… and …Schema of the full catalogue.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventArbitrary } from "./arbitraries.js";
import { fullCatalogueExists, fullSpecPath, load, miniSpecPath } from "./helpers.js";

const spec = fullCatalogueExists ? fullSpecPath : miniSpecPath;
const { model, pkg } = await load(spec);
const typeNames = [...model.events.map((e) => e.typeName), model.package.unionName];
const d = model.package.discriminator;

function expectWellFormed(result: any): void {
  expect(typeof result.ok).toBe("boolean");
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.path === "" || error.path.startsWith("/")).toBe(true);
      expect(typeof error.message).toBe("string");
      expect(["required", "type", "format", "enum", "const", "range", "integer", "unknown_event_type"]).toContain(error.code);
    }
  }
}

/** Runs every validator of the package on the input; any throw fails the test. */
function runAll(input: unknown): void {
  for (const name of typeNames) {
    for (const abortEarly of [false, true]) expectWellFormed(pkg[`validate${name}`](input, { abortEarly }));
    expect(typeof pkg[`is${name}`](input)).toBe("boolean");
    const standard = pkg[`${name}Schema`]["~standard"].validate(input);
    expect("value" in standard || Array.isArray(standard.issues)).toBe(true);
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
    for (const input of inputs) runAll(input);
  });
});
