/**
 * Runtime of the generated fixture factories: a seeded generator of plausible values, driven by a
 * blueprint of the catalogue that the fixtures target writes into fixtures.ts. Copied verbatim into the
 * generated package as src/fixture-runtime.ts; it has no dependency and reads neither the clock nor
 * any source of randomness, so a seed gives the same payload in every process.
 */

/** The type of a value, mirroring the generator's model. */
export type TypeBlueprint =
  | { kind: "string"; format?: "uuid" | "date-time" | "uri" }
  | { kind: "literal"; value: string }
  | { kind: "enum"; name: string }
  | { kind: "number" | "integer"; minimum?: number; maximum?: number }
  | { kind: "boolean" }
  | { kind: "object" }
  | { kind: "shape"; name: string }
  | { kind: "array"; items: ValueBlueprint }
  | { kind: "record"; values: ValueBlueprint }
  | { kind: "union"; of: readonly ValueBlueprint[] }
  | { kind: "unknown" };

export interface ValueBlueprint {
  type: TypeBlueprint;
  nullable?: boolean;
  examples?: readonly unknown[];
}

/**
 * How a property's value follows from a sibling's (`of`, or a path into a sibling such as
 * `reason/reason_code`), as the spec's relations say: not earlier than a timestamp, not below a
 * number, computed linearly, chosen by ranges or by value, or a fixed text.
 */
export type DerivationBlueprint =
  | { kind: "not_before"; of: string; maxGap?: number }
  | { kind: "at_least"; of: string; maxGap?: number }
  | { kind: "linear"; of: string; scale: number; offset: number }
  | { kind: "by_range"; of: string; bands: readonly { below?: number; value: unknown }[] }
  | { kind: "by_value"; of: string; values: Readonly<Record<string, unknown>> }
  | { kind: "text"; value: string };

export interface PropertyBlueprint extends ValueBlueprint {
  name: string;
  required: boolean;
  derive?: DerivationBlueprint;
  /**
   * Present exactly when `of` is present (and, with `in`, holds one of those values); with `unless`,
   * exactly when it is not.
   */
  presentWhen?: { of: string; in?: readonly unknown[]; unless?: true };
}

export interface CatalogueBlueprint {
  discriminator: string;
  /** The values fixtures may produce: legacy values are left out. */
  enums: Readonly<Record<string, readonly string[]>>;
  /** Legacy values, which validators still accept: negative fixtures must not pick one as "outside". */
  legacy?: Readonly<Record<string, readonly string[]>>;
  shapes: Readonly<Record<string, readonly PropertyBlueprint[]>>;
  events: Readonly<Record<string, readonly PropertyBlueprint[]>>;
  /** Older names of events, each with its current name. */
  aliases: Readonly<Record<string, string>>;
}

export type OptionalMode = "all" | "none" | "random";

export interface RuntimeOptions {
  seed?: number;
  optional?: OptionalMode;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_OPTIONAL: OptionalMode = "all";

// ---------------------------------------------------------------------------------------------
// Seeded randomness. Every value draws from its own stream, keyed by (seed, event, JSON Pointer),
// so that adding a property never changes the values of the others.

function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** murmur3's finalizer: spreads every input bit over the output. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A prime larger than any list: consecutive seeds move a first choice by STRIDE mod length, never 0. */
const STRIDE = 2654435761;

/** The draws of one value. */
export interface Draw {
  uint32(): number;
  /** In [0, 1). */
  fraction(): number;
  /** An index below count; the first one drawn follows the seed. */
  index(count: number): number;
  pick<T>(list: readonly T[]): T;
}

/**
 * The first choice is (offset + seed × STRIDE) mod length, so that neighbouring seeds never pick the
 * same member of a list; every other draw comes from mulberry32.
 */
function newDraw(seed: number, key: string): Draw {
  const offset = mix(hashText(key));
  let state = mix(offset ^ mix(seed + 0x9e3779b9));
  let firstChoiceMade = false;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const index = (count: number): number => {
    if (!firstChoiceMade) {
      firstChoiceMade = true;
      return ((offset % count) + (seed % count) * (STRIDE % count)) % count;
    }
    return uint32() % count;
  };
  return {
    uint32,
    fraction: () => uint32() / 4294967296,
    index,
    pick: (list) => list[index(list.length)]!,
  };
}

// ---------------------------------------------------------------------------------------------
// Plausible values.

/**
 * Every timestamp a fixture makes lies in the two years up to this instant, never after it, so that
 * fixtures stay the same on every day they are made.
 */
export const REFERENCE_TIME = "2026-01-01T00:00:00.000Z";
const REFERENCE_SECONDS = Date.UTC(2026, 0, 1) / 1000;
const WINDOW_SECONDS = 2 * 365 * 86400;

function uuidV4(draw: Draw): string {
  const bytes: number[] = [];
  for (let i = 0; i < 4; i++) {
    const word = draw.uint32();
    bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
  }
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const isoSeconds = (seconds: number): string => new Date(seconds * 1000).toISOString();

/** A UTC instant in the two years before the reference time, to the second. */
function timestamp(draw: Draw): string {
  return isoSeconds(REFERENCE_SECONDS - Math.floor(draw.fraction() * WINDOW_SECONDS));
}

const PLACES = [
  "front",
  "back",
  "garden",
  "lobby",
  "north",
  "south",
  "east",
  "west",
  "upper",
  "lower",
  "harbor",
  "maple",
  "cedar",
  "summit",
  "river",
  "studio",
];
const THINGS = [
  "door",
  "gate",
  "suite",
  "unit",
  "office",
  "loft",
  "garage",
  "entrance",
  "room",
  "cabin",
  "annex",
  "gym",
  "storage",
  "patio",
];
// Free text the spec gives no examples for: neutral, so that it fits an event of any family.
const SUBJECTS = ["The change", "The request", "The update", "The operation", "The report"];
const HAPPENINGS = [
  "was recorded",
  "was confirmed",
  "was applied",
  "was received",
  "was processed",
];
const WHEN = ["by Seam", "a few minutes ago", "this morning", "overnight", "after a retry"];
export const RECORD_KEYS: readonly string[] = [
  "unit",
  "building",
  "floor",
  "tenant",
  "region",
  "external_id",
  "zone",
  "property_code",
  "is_managed",
  "owner",
];

const capitalize = (word: string): string => word[0]!.toUpperCase() + word.slice(1);
export const webLink = (draw: Draw): string =>
  `https://${draw.pick(PLACES)}.example.com/${draw.pick(THINGS)}/${draw.uint32().toString(16)}`;

/** A way of making free text, for the property names its pattern matches. */
export type TextRule = readonly [RegExp, (draw: Draw) => string];

// Each rule is exported on its own: a factory hands the runtime only the rules its event's names
// reach, so that a bundle of it leaves the others (and their word lists) out.
export const pinCodeText: TextRule = [
  /^(code|pin|.*_pin)$/,
  (d) =>
    String(1000 + d.index(9000)) + (d.index(3) === 0 ? "" : String(d.index(100)).padStart(2, "0")),
];
export const idText: TextRule = [/(^|_)ids?$/, uuidV4];
export const timestampText: TextRule = [/(^|_)at$/, timestamp];
export const linkText: TextRule = [/(^|_)(url|uri|link)$/, (d) => webLink(d)];
export const emailText: TextRule = [
  /(^|_)email$/,
  (d) => `${d.pick(PLACES)}.${d.pick(THINGS)}@example.com`,
];
export const phoneText: TextRule = [
  /(^|_)phone(_number)?$/,
  (d) => `+1555${String(d.index(10000000)).padStart(7, "0")}`,
];
export const slugText: TextRule = [
  /(^|_)(key|slug)s?$/,
  (d) => `${d.pick(PLACES)}-${d.pick(THINGS)}-${1 + d.index(99)}`,
];
export const displayNameText: TextRule = [
  /(^|_)name$/,
  (d) =>
    `${capitalize(d.pick(PLACES))} ${capitalize(d.pick(THINGS))}${d.index(2) === 0 ? "" : ` ${1 + d.index(20)}`}`,
];
export const sentenceText: TextRule = [
  /(message|description|reason|note|summary|text)$/,
  (d) => `${d.pick(SUBJECTS)} ${d.pick(HAPPENINGS)} ${d.pick(WHEN)}.`,
];
export const identifierText: TextRule = [
  /(^|_)(code|type|status|kind|mode|state|property|action)$/,
  (d) => `${d.pick(PLACES)}_${d.pick(THINGS)}`,
];

/**
 * How a string is made, chosen from the property name: the first rule that matches wins. Spec
 * examples take precedence over this table.
 */
export const TEXT_RULES: readonly TextRule[] = [
  pinCodeText,
  idText,
  timestampText,
  linkText,
  emailText,
  phoneText,
  slugText,
  displayNameText,
  sentenceText,
  identifierText,
];

/** The rule of TEXT_RULES that makes a name's text, or undefined for the plain fallback. */
export const textRuleFor = (hint: string): TextRule | undefined =>
  TEXT_RULES.find(([pattern]) => pattern.test(hint));

/** Text by the first of the given rules that matches, else a place and a thing. */
function plausibleText(rules: readonly TextRule[], hint: string, draw: Draw): string {
  for (const [pattern, make] of rules) if (pattern.test(hint)) return make(draw);
  return `${draw.pick(PLACES)} ${draw.pick(THINGS)}`;
}

/** Plausible ranges for numbers the spec leaves unbounded, by property name. */
const NUMBER_RULES: readonly (readonly [RegExp, number, number])[] = [
  [/celsius$/, 16, 28],
  [/fahrenheit$/, 60, 82],
  [/decibels$/, 35, 85],
  [/(level|ratio|fraction)$/, 0, 1],
  [/(percent|percentage)$/, 0, 100],
];

function numberRange(
  hint: string,
  minimum: number | undefined,
  maximum: number | undefined,
): [number, number] {
  const rule = NUMBER_RULES.find(([pattern]) => pattern.test(hint));
  if (
    rule &&
    (minimum === undefined || rule[1] >= minimum) &&
    (maximum === undefined || rule[2] <= maximum)
  )
    return [rule[1], rule[2]];
  if (minimum !== undefined && maximum !== undefined) return [minimum, maximum];
  if (minimum !== undefined) return [minimum, minimum + 100];
  if (maximum !== undefined) return [maximum - 100, maximum];
  return [0, 100];
}

export function plausibleNumber(
  type: { kind: "number" | "integer"; minimum?: number; maximum?: number },
  hint: string,
  draw: Draw,
): number {
  const [low, high] = numberRange(hint, type.minimum, type.maximum);
  if (type.kind === "integer") {
    const first = Math.ceil(low);
    return first + draw.index(Math.max(1, Math.floor(high) - first + 1));
  }
  // Two decimals for fractions, one otherwise; rounding stays inside the range.
  const scale = high - low <= 1 ? 100 : 10;
  const steps = Math.max(1, Math.floor((high - low) * scale));
  return Math.min(
    high,
    Math.max(
      low,
      Math.round((low + (draw.index(steps + 1) * (high - low)) / steps) * scale) / scale,
    ),
  );
}

/** Array items are named after their array: `device_ids` gives `device_id` items. */
export const singular = (name: string): string => (name.endsWith("s") ? name.slice(0, -1) : name);

// ---------------------------------------------------------------------------------------------
// Building a fixture.

export interface Context {
  catalogue: CatalogueBlueprint;
  makers: ValueMakers;
  event: string;
  seed: number;
  optional: OptionalMode;
  /** The shapes being built, outermost first: a value that would enter one of them again is left out. */
  shapes: string[];
}

/**
 * The value makers a catalogue needs beyond the core of the runtime. A per-event factory passes only
 * those its event's blueprint reaches (the fixtures target works them out), so that a bundle of one
 * factory leaves the others out; createFixture passes them all.
 */
export interface ValueMakers {
  /** The text rules the catalogue's free strings can reach, in the order of TEXT_RULES. */
  textRules: readonly TextRule[];
  /** Nested shapes: present exactly when the catalogue reaches one. */
  shapes?: ShapeMakers;
  array?: typeof buildArray;
  /** For strings of the uri format. */
  uri?: typeof webLink;
  number?: typeof plausibleNumber;
  /** For linear, by_range and by_value relations. */
  mapped?: typeof mappedFromSource;
  notBefore?: typeof notBeforeSource;
  atLeast?: typeof atLeastSource;
  /** For relations whose source is a path into a sibling (`reason/reason_code`). */
  path?: typeof valueAtPath;
}

function maker<Part extends Exclude<keyof ValueMakers, "textRules">>(
  context: Context,
  part: Part,
): NonNullable<ValueMakers[Part]> {
  const found = context.makers[part];
  // Only a factory written by hand can miss one: the fixtures target passes every maker an event reaches.
  if (found === undefined)
    throw new Error(`The factory of "${context.event}" lacks the ${part} value maker.`);
  return found as NonNullable<ValueMakers[Part]>;
}

/**
 * How deep shapes may nest in a fixture. A shape that contains itself only through optional, nullable
 * or container values stops at its second level anyway (see reentersShape); this bounds a spec whose
 * shapes contain each other through required properties, which the spec check refuses.
 */
const MAX_SHAPE_DEPTH = 32;

/** Whether a value holds, directly or through arrays, records and unions, a shape already being built. */
function reentersShape(context: Context, value: ValueBlueprint): boolean {
  const type = value.type;
  switch (type.kind) {
    case "shape":
      return context.shapes.includes(type.name);
    case "array":
      return reentersShape(context, type.items);
    case "record":
      return reentersShape(context, type.values);
    case "union":
      return type.of.some((member) => reentersShape(context, member));
    default:
      return false;
  }
}

const drawAt = (context: Context, path: string, purpose = "value"): Draw =>
  newDraw(context.seed, `${context.event}\u0000${path}\u0000${purpose}`);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const pointerSegment = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** A JSON copy of an override, so that later edits of the fixture never reach the caller's objects. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  return value;
}

function buildObject(
  context: Context,
  properties: readonly PropertyBlueprint[],
  path: string,
  overrides: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const values = new Map<string, unknown>();
  const visited = new Set<string>();
  const byName = new Map(properties.map((p) => [p.name, p]));
  // A relation's source: a sibling, or a path into one; undefined when it is not there.
  const sourceValue = (of: string): unknown =>
    of.includes("/") ? maker(context, "path")(values, of) : values.get(of);
  const sibling = (of: string | undefined): PropertyBlueprint | undefined =>
    byName.get(of?.split("/")[0]!);
  // A property is built after the siblings its relations read; the payload keeps the blueprint's order.
  // Given no property (a relation's source that the object lacks), it has nothing to build.
  const build = (property: PropertyBlueprint | undefined): void => {
    if (!property || visited.has(property.name)) return;
    visited.add(property.name);
    for (const source of [
      (property.derive as { of?: string } | undefined)?.of,
      property.presentWhen?.of,
    ])
      build(sibling(source));
    const propertyPath = `${path}/${pointerSegment(property.name)}`;
    if (overrides && Object.prototype.hasOwnProperty.call(overrides, property.name)) {
      const override = overrides[property.name];
      // An explicit undefined removes the property.
      if (override === undefined) return;
      values.set(
        property.name,
        property.type.kind === "shape" && isPlainObject(override)
          ? maker(context, "shapes").build(context, property.type.name, propertyPath, override)
          : copy(override),
      );
      return;
    }
    // Without shapes in the catalogue nothing is being built that a value could enter again.
    if (context.makers.shapes?.reenters(context, property) && !property.required) return;
    if (property.presentWhen) {
      const { of, in: among, unless } = property.presentWhen;
      const source = sourceValue(of);
      const holds =
        source !== undefined &&
        source !== null &&
        (among === undefined || among.some((value) => value === source));
      if (holds ? unless : !unless) return;
    }
    const derive = property.derive;
    if (
      derive &&
      (derive.kind === "linear" || derive.kind === "by_range" || derive.kind === "by_value")
    ) {
      // A derived value goes with its source: absent or null when the source is (a required one is
      // made freely when an override took its source away).
      const source = sourceValue(derive.of);
      if (source === undefined && !property.required) return;
      // Undefined only for a required property whose source the object lacks: it needs no coin.
      const sourceRequired = sibling(derive.of)?.required;
      if (
        !property.presentWhen &&
        !property.required &&
        sourceRequired &&
        !isPresent(context, propertyPath)
      )
        return;
      values.set(
        property.name,
        source === null
          ? null
          : maker(context, "mapped")(context, property, derive, source, propertyPath),
      );
      return;
    }
    if (!property.presentWhen && !property.required && !isPresent(context, propertyPath)) return;
    if (derive?.kind === "text") {
      values.set(property.name, derive.value);
      return;
    }
    const value = buildValue(context, property, propertyPath, property.name);
    if (derive === undefined || value === null) values.set(property.name, value);
    else if (derive.kind === "not_before")
      values.set(
        property.name,
        maker(context, "notBefore")(
          context,
          property,
          derive,
          value,
          sourceValue(derive.of),
          propertyPath,
        ),
      );
    else
      values.set(
        property.name,
        maker(context, "atLeast")(
          context,
          property,
          derive,
          value,
          sourceValue(derive.of),
          propertyPath,
        ),
      );
  };
  for (const property of properties) build(property);
  const result: Record<string, unknown> = {};
  for (const property of properties)
    if (values.has(property.name)) result[property.name] = values.get(property.name);
  // Keys the blueprint does not know are kept: payloads may carry more than the spec lists.
  if (overrides) {
    for (const [key, value] of Object.entries(overrides)) {
      if (value !== undefined && !(key in result) && !byName.has(key)) result[key] = copy(value);
    }
  }
  return result;
}

/**
 * The value at a relation's path into a sibling (`reason/reason_code`, `device_errors/0/error_code`),
 * or undefined when a step is missing.
 */
export function valueAtPath(values: ReadonlyMap<string, unknown>, of: string): unknown {
  const [first, ...steps] = of.split("/");
  let value = values.get(first!);
  for (const step of steps)
    value =
      typeof value === "object" && value !== null
        ? entry(value as Record<string, unknown>, step)
        : undefined;
  return value;
}

const roundTo2 = (value: number): number => Math.round(value * 100) / 100;

type SourceRelation<Kind extends DerivationBlueprint["kind"]> = Extract<
  DerivationBlueprint,
  { kind: Kind }
>;

/** The value a linear, by_range or by_value relation gives for a (non-null) source value. */
export function mappedFromSource(
  context: Context,
  property: PropertyBlueprint,
  derive: SourceRelation<"linear" | "by_range" | "by_value">,
  source: unknown,
  path: string,
): unknown {
  if (derive.kind === "linear" && typeof source === "number")
    return roundTo2(source * derive.scale + derive.offset);
  if (derive.kind === "by_range" && typeof source === "number") {
    const band =
      derive.bands.find((b) => b.below !== undefined && source < b.below) ??
      derive.bands[derive.bands.length - 1];
    if (band) return copy(band.value);
  }
  if (
    derive.kind === "by_value" &&
    typeof source === "string" &&
    Object.prototype.hasOwnProperty.call(derive.values, source)
  )
    return copy(derive.values[source]);
  // A source the relation does not cover (an override, say) leaves the value free.
  return buildValue(context, property, path, property.name);
}

const fitsGap = (gap: number, maxGap: number | undefined): boolean =>
  gap >= 0 && gap <= (maxGap ?? Infinity);

/**
 * A timestamp kept when it already lies at or after its source and within maxGap; otherwise moved
 * there, staying before the reference time.
 */
export function notBeforeSource(
  context: Context,
  _property: PropertyBlueprint,
  derive: SourceRelation<"not_before">,
  value: unknown,
  source: unknown,
  path: string,
): unknown {
  if (typeof source !== "string") return value;
  const start = Date.parse(source) / 1000;
  if (!Number.isFinite(start)) return value;
  if (typeof value === "string" && fitsGap(Date.parse(value) / 1000 - start, derive.maxGap))
    return value;
  const span = Math.max(0, Math.min(REFERENCE_SECONDS - start, derive.maxGap ?? Infinity));
  return isoSeconds(
    Math.floor(start) +
      Math.floor(drawAt(context, path, "after").fraction() * (Math.floor(span) + 1)),
  );
}

/**
 * A number kept when it already lies at or above its source and within maxGap; otherwise moved
 * there, staying inside the property's range.
 */
export function atLeastSource(
  context: Context,
  property: PropertyBlueprint,
  derive: SourceRelation<"at_least">,
  value: unknown,
  source: unknown,
  path: string,
): unknown {
  const type = property.type;
  if (typeof source !== "number" || (type.kind !== "number" && type.kind !== "integer"))
    return value;
  if (typeof value === "number" && fitsGap(value - source, derive.maxGap)) return value;
  const draw = drawAt(context, path, "after");
  const [, high] = numberRange(property.name, type.minimum, type.maximum);
  const limit = Math.min(
    source + (derive.maxGap ?? Math.max(0, high - source)),
    type.maximum ?? Infinity,
  );
  if (type.kind === "integer")
    return Math.ceil(source) + draw.index(Math.max(1, Math.floor(limit) - Math.ceil(source) + 1));
  return Math.max(
    source,
    roundTo2(source + Math.floor(draw.fraction() * Math.max(0, limit - source) * 10) / 10),
  );
}

function buildShape(
  context: Context,
  name: string,
  path: string,
  overrides: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (context.shapes.length >= MAX_SHAPE_DEPTH)
    return overrides ? (copy(overrides) as Record<string, unknown>) : {};
  context.shapes.push(name);
  try {
    return buildObject(context, entry(context.catalogue.shapes, name) ?? [], path, overrides);
  } finally {
    context.shapes.pop();
  }
}

/** A recursive shape ends where it can: null, an empty array or record, another member of a union. */
function endOfRecursion(
  context: Context,
  value: ValueBlueprint,
  path: string,
  hint: string,
): { value: unknown } | undefined {
  if (!reentersShape(context, value) || value.examples?.length) return undefined;
  const type = value.type;
  if (value.nullable) return { value: null };
  if (type.kind === "array") return { value: [] };
  if (type.kind === "record") return { value: {} };
  if (type.kind === "union") {
    const ending = type.of.filter((member) => !reentersShape(context, member));
    if (ending.length > 0)
      return { value: buildValue(context, { type: { kind: "union", of: ending } }, path, hint) };
  }
  return undefined;
}

/** What nested shapes need: building one, and ending one that contains itself. */
export interface ShapeMakers {
  build: typeof buildShape;
  reenters: typeof reentersShape;
  end: typeof endOfRecursion;
}

export const shapeMakers: ShapeMakers = {
  build: buildShape,
  reenters: reentersShape,
  end: endOfRecursion,
};

function isPresent(context: Context, path: string): boolean {
  if (context.optional === "all") return true;
  if (context.optional === "none") return false;
  return drawAt(context, path, "present").index(2) === 0;
}

function buildValue(context: Context, value: ValueBlueprint, path: string, hint: string): unknown {
  if (
    value.nullable &&
    context.optional === "random" &&
    drawAt(context, path, "null").index(4) === 0
  )
    return null;
  const ending = context.makers.shapes?.end(context, value, path, hint);
  if (ending) return ending.value;
  const draw = drawAt(context, path);
  if (value.examples && value.examples.length > 0) return copy(draw.pick(value.examples));
  const type = value.type;
  switch (type.kind) {
    case "string":
      if (type.format === "uuid") return uuidV4(draw);
      if (type.format === "date-time") return timestamp(draw);
      if (type.format === "uri") return maker(context, "uri")(draw);
      return plausibleText(context.makers.textRules, hint, draw);
    case "literal":
      return type.value;
    case "enum":
      return draw.pick(entry(context.catalogue.enums, type.name) ?? []);
    case "number":
    case "integer":
      return maker(context, "number")(type, hint, draw);
    case "boolean":
      return draw.index(2) === 0;
    case "object":
      return buildRecord(context, { type: { kind: "string" } }, path, draw);
    case "shape":
      return maker(context, "shapes").build(context, type.name, path, undefined);
    case "array":
      return maker(context, "array")(context, type.items, path, hint, draw);
    case "record":
      return buildRecord(context, type.values, path, draw);
    case "union":
      return buildValue(context, draw.pick(type.of), path, hint);
    case "unknown":
      return plausibleText(context.makers.textRules, hint, draw);
  }
}

/** One to three items, named after their array. */
export function buildArray(
  context: Context,
  items: ValueBlueprint,
  path: string,
  hint: string,
  draw: Draw,
): unknown[] {
  const count = 1 + draw.index(3);
  return Array.from({ length: count }, (_, i) =>
    buildValue(context, items, `${path}/${i}`, singular(hint)),
  );
}

/** One to three distinct keys from a list of plausible metadata keys. */
function buildRecord(
  context: Context,
  values: ValueBlueprint,
  path: string,
  draw: Draw,
): Record<string, unknown> {
  const start = draw.index(RECORD_KEYS.length);
  const count = 1 + draw.index(3);
  const result: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const key = RECORD_KEYS[(start + i) % RECORD_KEYS.length]!;
    result[key] = buildValue(context, values, `${path}/${pointerSegment(key)}`, key);
  }
  return result;
}

/** A table's own entry: a name such as "constructor" or "__proto__" never reaches Object.prototype. */
function entry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * A valid payload of one event the catalogue has, with the overrides merged over it. The per-event
 * factories call this with the value makers their event needs: it leaves out the search for close
 * names that createFixture needs, and every maker the event does not use, so that a bundle of one
 * factory does not carry them.
 */
export function createEventFixture(
  catalogue: CatalogueBlueprint,
  event: string,
  overrides: unknown,
  options: RuntimeOptions | undefined,
  makers: ValueMakers,
): Record<string, unknown> {
  const seed = options?.seed ?? DEFAULT_SEED;
  const context: Context = {
    catalogue,
    makers,
    event,
    seed: Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : DEFAULT_SEED,
    optional: options?.optional ?? DEFAULT_OPTIONAL,
    shapes: [],
  };
  return buildObject(
    context,
    entry(catalogue.events, event) ?? [],
    "",
    isPlainObject(overrides) ? overrides : undefined,
  );
}

const ALL_MAKERS: ValueMakers = {
  textRules: TEXT_RULES,
  shapes: shapeMakers,
  array: buildArray,
  uri: webLink,
  number: plausibleNumber,
  mapped: mappedFromSource,
  notBefore: notBeforeSource,
  atLeast: atLeastSource,
  path: valueAtPath,
};

/** A valid payload of one event, with the overrides merged over it. Throws on an unknown event type. */
export function createFixture(
  catalogue: CatalogueBlueprint,
  event: string,
  overrides: unknown,
  options: RuntimeOptions | undefined,
): Record<string, unknown> {
  if (entry(catalogue.events, event) === undefined) throw unknownEventType(catalogue, event);
  return createEventFixture(catalogue, event, overrides, options, ALL_MAKERS);
}

// ---------------------------------------------------------------------------------------------
// Unknown event types.

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

function unknownEventType(catalogue: CatalogueBlueprint, name: string): Error {
  const text = String(name);
  const current = entry(catalogue.aliases, text);
  if (current !== undefined)
    return new Error(
      `Unknown event type "${text}": it is an older name of "${current}"; use "${current}".`,
    );
  const closest = Object.keys(catalogue.events)
    .map((candidate) => ({ candidate, distance: editDistance(text, candidate) }))
    .filter(({ distance }) => distance <= Math.max(3, Math.floor(text.length / 3)))
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, 3)
    .map(({ candidate }) => `"${candidate}"`);
  const hint =
    closest.length > 0
      ? ` Did you mean ${closest.join(" or ")}?`
      : ` There are ${Object.keys(catalogue.events).length} known event types.`;
  return new Error(`Unknown event type "${text}".${hint}`);
}

// ---------------------------------------------------------------------------------------------
// Invalid payloads: each breaks one rule of the spec.

export type BrokenRule = "required" | "type" | "format" | "enum" | "const" | "range" | "integer";

export interface InvalidCase {
  description: string;
  payload: unknown;
  path: string;
  code: BrokenRule;
}

interface Break {
  description: string;
  path: string;
  code: BrokenRule;
  /** undefined removes the value at path. */
  replacement?: unknown;
  remove?: boolean;
}

type JsonType = "string" | "number" | "boolean" | "object" | "array";

function jsonTypesOf(catalogue: CatalogueBlueprint, value: ValueBlueprint): JsonType[] {
  const type = value.type;
  switch (type.kind) {
    case "string":
    case "literal":
    case "enum":
      return ["string"];
    case "number":
    case "integer":
      return ["number"];
    case "boolean":
      return ["boolean"];
    case "object":
    case "shape":
    case "record":
      return ["object"];
    case "array":
      return ["array"];
    case "union":
      return type.of.flatMap((member) => jsonTypesOf(catalogue, member));
    case "unknown":
      return ["string", "number", "boolean", "object", "array"];
  }
}

/** A value of a JSON type that the value does not accept, or undefined when it accepts every type. */
const WRONG_TYPE_VALUES: readonly (readonly [JsonType, unknown])[] = [
  ["number", 42],
  ["string", "42"],
  ["boolean", true],
  ["array", []],
  ["object", {}],
];

function breaksOfValue(
  catalogue: CatalogueBlueprint,
  value: ValueBlueprint,
  actual: unknown,
  path: string,
  out: Break[],
): void {
  const accepted = jsonTypesOf(catalogue, value);
  const wrong = WRONG_TYPE_VALUES.find(([jsonType]) => !accepted.includes(jsonType));
  if (wrong)
    out.push({
      description: `${path}: ${wrong[0]} where ${accepted.join(" or ")} is expected`,
      path,
      code: "type",
      replacement: wrong[1],
    });
  if (actual === null || actual === undefined) return;
  const type = value.type;
  switch (type.kind) {
    case "string":
      if (type.format === "uuid")
        out.push({
          description: `${path}: not a UUID`,
          path,
          code: "format",
          replacement: "not-a-uuid",
        });
      if (type.format === "date-time")
        out.push({
          description: `${path}: not an RFC 3339 date-time`,
          path,
          code: "format",
          replacement: "last tuesday",
        });
      if (type.format === "uri")
        out.push({
          description: `${path}: not an absolute URI`,
          path,
          code: "format",
          replacement: "not a link",
        });
      return;
    case "literal":
      out.push({
        description: `${path}: not "${type.value}"`,
        path,
        code: "const",
        replacement: `${type.value}_other`,
      });
      return;
    case "enum": {
      const members = [
        ...(entry(catalogue.enums, type.name) ?? []),
        ...(catalogue.legacy ? (entry(catalogue.legacy, type.name) ?? []) : []),
      ];
      let outside = "not_a_member";
      while (members.includes(outside)) outside += "_";
      out.push({
        description: `${path}: not a member of ${type.name}`,
        path,
        code: "enum",
        replacement: outside,
      });
      return;
    }
    case "number":
    case "integer":
      if (type.minimum !== undefined)
        out.push({
          description: `${path}: below the minimum ${type.minimum}`,
          path,
          code: "range",
          replacement: Math.floor(type.minimum) - 1,
        });
      if (type.maximum !== undefined)
        out.push({
          description: `${path}: above the maximum ${type.maximum}`,
          path,
          code: "range",
          replacement: Math.ceil(type.maximum) + 1,
        });
      if (type.kind === "integer") {
        const inside =
          typeof actual === "number" && (type.maximum === undefined || actual + 0.5 <= type.maximum)
            ? actual + 0.5
            : (actual as number) - 0.5;
        out.push({
          description: `${path}: not an integer`,
          path,
          code: "integer",
          replacement: inside,
        });
      }
      return;
    case "shape":
      if (isPlainObject(actual))
        breaksOfObject(
          catalogue,
          entry(catalogue.shapes, type.name) ?? [],
          actual,
          path,
          false,
          out,
        );
      return;
    case "array":
      if (Array.isArray(actual) && actual.length > 0)
        breaksOfValue(catalogue, type.items, actual[0], `${path}/0`, out);
      return;
    case "record": {
      const first = isPlainObject(actual) ? Object.keys(actual)[0] : undefined;
      if (first !== undefined)
        breaksOfValue(
          catalogue,
          type.values,
          (actual as Record<string, unknown>)[first],
          `${path}/${pointerSegment(first)}`,
          out,
        );
      return;
    }
    default:
      // Free-form objects, unions and unknown values have nothing more to break without guessing
      // which member a validator would blame.
      return;
  }
}

function breaksOfObject(
  catalogue: CatalogueBlueprint,
  properties: readonly PropertyBlueprint[],
  actual: Record<string, unknown>,
  path: string,
  isEvent: boolean,
  out: Break[],
): void {
  for (const property of properties) {
    // The discriminator stays intact, so that each payload reaches its event's own checks.
    if (isEvent && property.name === catalogue.discriminator) continue;
    const propertyPath = `${path}/${pointerSegment(property.name)}`;
    if (property.required)
      out.push({
        description: `${propertyPath}: required property missing`,
        path: propertyPath,
        code: "required",
        remove: true,
      });
    if (Object.prototype.hasOwnProperty.call(actual, property.name))
      breaksOfValue(catalogue, property, actual[property.name], propertyPath, out);
  }
}

function applyBreak(payload: Record<string, unknown>, change: Break): unknown {
  const result = copy(payload) as Record<string, unknown>;
  const segments = change.path
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = segments.pop()!;
  let parent: any = result;
  for (const segment of segments) parent = parent[segment];
  if (change.remove) delete parent[last];
  else parent[last] = copy(change.replacement);
  return result;
}

/**
 * Payloads of one event that each break exactly one rule, with the JSON Pointer and error code a
 * validator reports. They start from the valid fixture for the same options (every optional property
 * present unless options.optional says otherwise).
 */
export function createInvalidCases(
  catalogue: CatalogueBlueprint,
  event: string,
  options: RuntimeOptions | undefined,
): InvalidCase[] {
  const base = createFixture(catalogue, event, undefined, options);
  const breaks: Break[] = [];
  breaksOfObject(catalogue, entry(catalogue.events, event) ?? [], base, "", true, breaks);
  return breaks.map((change) => ({
    description: change.description,
    payload: applyBreak(base, change),
    path: change.path,
    code: change.code,
  }));
}
