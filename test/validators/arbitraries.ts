/**
 * fast-check arbitraries derived from the model: valid payloads of any event, and the single mutations
 * of a payload that break exactly one rule, each with the `path` and `code` the validator must report.
 */
import fc from "fast-check";
import type { CatalogueModel, EventModel, PropertyModel, TypeNode, ValueType } from "../../generator/model/types.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * Fractions of a second of 1 to 9 digits, one arbitrary per length, built once: building a
 * stringMatching arbitrary is costly (fast-check tokenizes its character space), and building it inside
 * `chain` did so on every draw, four fifths of the property suites' time.
 */
const fractionOfLength = Array.from({ length: 9 }, (_, i) => fc.stringMatching(new RegExp(`^[0-9]{${i + 1}}$`)));

/** RFC 3339 date-times in the forms real payloads use: fractions or not, Z or an offset, either case. */
export const dateTimeArbitrary: fc.Arbitrary<string> = fc
  .record({
    date: fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }),
    fraction: fc.option(fc.integer({ min: 1, max: 9 }).chain((n) => fractionOfLength[n - 1]!), { nil: undefined }),
    zone: fc.oneof(fc.constantFrom("Z", "z"), fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`)),
    t: fc.constantFrom("T", "t"),
  })
  .map(({ date, fraction, zone, t }) => {
    const iso = date.toISOString();
    return `${iso.slice(0, 10)}${t}${iso.slice(11, 19)}${fraction !== undefined ? `.${fraction}` : ""}${zone}`;
  });

/** Only the canonical form (what Date#toISOString gives), for consumers stricter than RFC 3339. */
export const isoDateTimeArbitrary: fc.Arbitrary<string> = fc
  .date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString());

const uriArbitrary: fc.Arbitrary<string> = fc.webUrl({ withQueryParameters: true, withFragments: true });

export interface ArbitraryOptions {
  /** Date-time strings to use; every RFC 3339 form by default. */
  dateTime?: fc.Arbitrary<string>;
}

export function valueArbitrary(model: CatalogueModel, value: ValueType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const base = typeArbitrary(model, value.type, options);
  return value.nullable ? fc.option(base, { nil: null, freq: 4 }) : base;
}

function typeArbitrary(model: CatalogueModel, type: TypeNode, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case "string":
      if (type.format === "uuid") return fc.uuid().chain((id) => fc.constantFrom(id, id.toUpperCase()));
      if (type.format === "date-time") return options.dateTime ?? dateTimeArbitrary;
      if (type.format === "uri") return uriArbitrary;
      return fc.string({ maxLength: 12 });
    case "literal":
      return fc.constant(type.value);
    case "enum":
      return fc.constantFrom(...model.enums.find((e) => e.name === type.name)!.values.map((v) => v.value));
    case "number":
    case "integer": {
      const range = { min: type.minimum, max: type.maximum };
      return type.kind === "integer"
        ? fc.integer({ min: range.min ?? -1e6, max: range.max ?? 1e6 })
        : fc.double({ min: range.min ?? -1e6, max: range.max ?? 1e6, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    }
    case "boolean":
      return fc.boolean();
    case "object":
      return fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
    case "shape":
      return objectArbitrary(model, model.shapes.find((s) => s.name === type.name)!.properties, options);
    case "array":
      return fc.array(valueArbitrary(model, type.items, options), { maxLength: 3 });
    case "record":
      return fc.dictionary(fc.string({ maxLength: 8 }), valueArbitrary(model, type.values, options), { maxKeys: 3 });
    case "union":
      return fc.oneof(...type.of.map((member) => valueArbitrary(model, member, options)));
    case "unknown":
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Required properties always, optional ones sometimes, plus unknown properties (which stay allowed). */
export function objectArbitrary(model: CatalogueModel, properties: readonly PropertyModel[], options: ArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const known = fc.record(Object.fromEntries(properties.map((p) => [p.name, valueArbitrary(model, p, options)])), {
    requiredKeys: properties.filter((p) => p.required).map((p) => p.name),
  });
  const unknown = fc.dictionary(fc.string({ maxLength: 6 }).map((k) => `x_${k}`), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
  return fc.tuple(known, unknown).map(([k, u]) => ({ ...u, ...k }));
}

export const eventArbitrary = (model: CatalogueModel, event: EventModel, options: ArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>> =>
  objectArbitrary(model, event.properties, options).map((payload) => JSON.parse(JSON.stringify(payload)) as Record<string, unknown>);

/** One way to break a payload, and the single error it must cause. */
export interface Mutation {
  description: string;
  path: string;
  code: string;
  segments: (string | number)[];
  /** The new value at segments; undefined removes the property. */
  replacement?: unknown;
}

const escape = (s: string | number) => String(s).replace(/~/g, "~0").replace(/\//g, "~1");
const pointerOf = (segments: readonly (string | number)[]) => segments.map((s) => `/${escape(s)}`).join("");

/** A value of another JSON type than the ones this type accepts (never null: null may be allowed). */
function wrongTypeValue(type: TypeNode): unknown {
  switch (type.kind) {
    case "string":
    case "literal":
    case "enum":
      return 12345;
    case "number":
    case "integer":
      return "12";
    case "boolean":
      return "true";
    case "object":
    case "shape":
    case "record":
      return ["not", "an", "object"];
    case "array":
      return { not: "an array" };
    case "union":
      return type.of.some((m) => m.type.kind === "array") ? 42 : [42];
    case "unknown":
      return undefined;
  }
}

const badDateTimes = ["2024-02-30T10:00:00Z", "2023-02-29T10:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T10:60:00Z", "2024-01-01T10:00Z", "2024-01-01", "yesterday", "2024-01-01T10:00:00+25:00", "2024-01-01T10:00:00"];
const badUuids = ["not-a-uuid", "0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5", "0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5g", "0c6d4b5e1a2b4c3d9e8f0a1b2c3d4e5f", "{0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5f}"];

/** Every single mutation of `actual` (a valid value of `value`) that breaks exactly one rule. */
export function valueMutations(model: CatalogueModel, value: ValueType, actual: unknown, segments: (string | number)[], out: Mutation[], pick: number): void {
  if (actual === null) return; // a null here is allowed; its other mutations are covered by non-null draws
  const type = value.type;
  const at = (description: string, code: string, replacement: unknown) =>
    out.push({ description: `${pointerOf(segments)}: ${description}`, path: pointerOf(segments), code, segments, replacement });
  const wrong = wrongTypeValue(type);
  if (wrong !== undefined) at("wrong type", "type", wrong);
  switch (type.kind) {
    case "string":
      if (type.format === "uuid") at("bad uuid", "format", badUuids[pick % badUuids.length]);
      if (type.format === "date-time") at("bad date-time", "format", badDateTimes[pick % badDateTimes.length]);
      if (type.format === "uri") at("bad uri", "format", "no scheme here");
      break;
    case "literal":
      at("other constant", "const", `${type.value}.other`);
      break;
    case "enum":
      at("outside the enum", "enum", "not_a_member");
      break;
    case "number":
    case "integer":
      if (type.minimum !== undefined) at("below the minimum", "range", type.minimum - 1);
      if (type.maximum !== undefined) at("above the maximum", "range", type.maximum + 1);
      if (type.kind === "integer") {
        const inside = (type.minimum ?? (type.maximum !== undefined ? type.maximum - 1 : 0)) + 0.5;
        if (type.maximum === undefined || inside <= type.maximum) at("not an integer", "integer", inside);
      }
      break;
    case "shape":
      objectMutations(model, model.shapes.find((s) => s.name === type.name)!.properties, actual as Record<string, unknown>, segments, out, pick);
      break;
    case "array":
      (actual as unknown[]).forEach((item, i) => valueMutations(model, type.items, item, [...segments, i], out, pick));
      break;
    case "record":
      for (const [key, item] of Object.entries(actual as Record<string, unknown>)) valueMutations(model, type.values, item, [...segments, key], out, pick);
      break;
    default:
      break;
  }
}

export function objectMutations(model: CatalogueModel, properties: readonly PropertyModel[], actual: Record<string, unknown>, segments: (string | number)[], out: Mutation[], pick: number): void {
  for (const property of properties) {
    const path = [...segments, property.name];
    if (!Object.prototype.hasOwnProperty.call(actual, property.name)) continue;
    if (property.required) out.push({ description: `${pointerOf(path)}: removed`, path: pointerOf(path), code: "required", segments: path });
    valueMutations(model, property, actual[property.name], path, out, pick);
  }
}

export function eventMutations(model: CatalogueModel, event: EventModel, payload: Record<string, unknown>, pick = 0): Mutation[] {
  const out: Mutation[] = [];
  objectMutations(model, event.properties, payload, [], out, pick);
  return out;
}

/** A deep copy of the payload with the mutation applied. */
export function applyMutation(payload: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(payload) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const segment of mutation.segments.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = mutation.segments.at(-1)!;
  if (!("replacement" in mutation) || mutation.replacement === undefined) delete parent[last];
  // defineProperty, not assignment: a record key may be "__proto__".
  else Object.defineProperty(parent, last, { value: mutation.replacement, writable: true, enumerable: true, configurable: true });
  return copy;
}
