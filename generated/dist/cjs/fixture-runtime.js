var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var fixture_runtime_exports = {};
__export(fixture_runtime_exports, {
  DEFAULT_OPTIONAL: () => DEFAULT_OPTIONAL,
  DEFAULT_SEED: () => DEFAULT_SEED,
  RECORD_KEYS: () => RECORD_KEYS,
  REFERENCE_TIME: () => REFERENCE_TIME,
  TEXT_RULES: () => TEXT_RULES,
  atLeastSource: () => atLeastSource,
  buildArray: () => buildArray,
  createEventFixture: () => createEventFixture,
  createFixture: () => createFixture,
  createInvalidCases: () => createInvalidCases,
  displayNameText: () => displayNameText,
  emailText: () => emailText,
  idText: () => idText,
  identifierText: () => identifierText,
  linkText: () => linkText,
  mappedFromSource: () => mappedFromSource,
  notBeforeSource: () => notBeforeSource,
  phoneText: () => phoneText,
  pinCodeText: () => pinCodeText,
  plausibleNumber: () => plausibleNumber,
  sentenceText: () => sentenceText,
  shapeMakers: () => shapeMakers,
  singular: () => singular,
  slugText: () => slugText,
  textRuleFor: () => textRuleFor,
  timestampText: () => timestampText,
  valueAtPath: () => valueAtPath,
  webLink: () => webLink
});
module.exports = __toCommonJS(fixture_runtime_exports);
const DEFAULT_SEED = 1;
const DEFAULT_OPTIONAL = "all";
function hashText(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
function mix(value) {
  let h = value >>> 0;
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
const STRIDE = 2654435761;
function newDraw(seed, key) {
  const offset = mix(hashText(key));
  let state = mix(offset ^ mix(seed + 2654435769));
  let firstChoiceMade = false;
  const uint32 = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return (t ^ t >>> 14) >>> 0;
  };
  const index = (count) => {
    if (!firstChoiceMade) {
      firstChoiceMade = true;
      return (offset % count + seed % count * (STRIDE % count)) % count;
    }
    return uint32() % count;
  };
  return {
    uint32,
    fraction: () => uint32() / 4294967296,
    index,
    pick: (list) => list[index(list.length)]
  };
}
const REFERENCE_TIME = "2026-01-01T00:00:00.000Z";
const REFERENCE_SECONDS = Date.UTC(2026, 0, 1) / 1e3;
const WINDOW_SECONDS = 2 * 365 * 86400;
function uuidV4(draw) {
  const bytes = [];
  for (let i = 0; i < 4; i++) {
    const word = draw.uint32();
    bytes.push(word >>> 24, word >>> 16 & 255, word >>> 8 & 255, word & 255);
  }
  bytes[6] = bytes[6] & 15 | 64;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const isoSeconds = (seconds) => new Date(seconds * 1e3).toISOString();
function timestamp(draw) {
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
  "studio"
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
  "patio"
];
const SUBJECTS = ["The change", "The request", "The update", "The operation", "The report"];
const HAPPENINGS = [
  "was recorded",
  "was confirmed",
  "was applied",
  "was received",
  "was processed"
];
const WHEN = ["by Seam", "a few minutes ago", "this morning", "overnight", "after a retry"];
const RECORD_KEYS = [
  "unit",
  "building",
  "floor",
  "tenant",
  "region",
  "external_id",
  "zone",
  "property_code",
  "is_managed",
  "owner"
];
const capitalize = (word) => word[0].toUpperCase() + word.slice(1);
const webLink = (draw) => `https://${draw.pick(PLACES)}.example.com/${draw.pick(THINGS)}/${draw.uint32().toString(16)}`;
const pinCodeText = [
  /^(code|pin|.*_pin)$/,
  (d) => String(1e3 + d.index(9e3)) + (d.index(3) === 0 ? "" : String(d.index(100)).padStart(2, "0"))
];
const idText = [/(^|_)ids?$/, uuidV4];
const timestampText = [/(^|_)at$/, timestamp];
const linkText = [/(^|_)(url|uri|link)$/, (d) => webLink(d)];
const emailText = [
  /(^|_)email$/,
  (d) => `${d.pick(PLACES)}.${d.pick(THINGS)}@example.com`
];
const phoneText = [
  /(^|_)phone(_number)?$/,
  (d) => `+1555${String(d.index(1e7)).padStart(7, "0")}`
];
const slugText = [
  /(^|_)(key|slug)s?$/,
  (d) => `${d.pick(PLACES)}-${d.pick(THINGS)}-${1 + d.index(99)}`
];
const displayNameText = [
  /(^|_)name$/,
  (d) => `${capitalize(d.pick(PLACES))} ${capitalize(d.pick(THINGS))}${d.index(2) === 0 ? "" : ` ${1 + d.index(20)}`}`
];
const sentenceText = [
  /(message|description|reason|note|summary|text)$/,
  (d) => `${d.pick(SUBJECTS)} ${d.pick(HAPPENINGS)} ${d.pick(WHEN)}.`
];
const identifierText = [
  /(^|_)(code|type|status|kind|mode|state|property|action)$/,
  (d) => `${d.pick(PLACES)}_${d.pick(THINGS)}`
];
const TEXT_RULES = [
  pinCodeText,
  idText,
  timestampText,
  linkText,
  emailText,
  phoneText,
  slugText,
  displayNameText,
  sentenceText,
  identifierText
];
const textRuleFor = (hint) => TEXT_RULES.find(([pattern]) => pattern.test(hint));
function plausibleText(rules, hint, draw) {
  for (const [pattern, make] of rules) if (pattern.test(hint)) return make(draw);
  return `${draw.pick(PLACES)} ${draw.pick(THINGS)}`;
}
const NUMBER_RULES = [
  [/celsius$/, 16, 28],
  [/fahrenheit$/, 60, 82],
  [/decibels$/, 35, 85],
  [/(level|ratio|fraction)$/, 0, 1],
  [/(percent|percentage)$/, 0, 100]
];
function numberRange(hint, minimum, maximum) {
  const rule = NUMBER_RULES.find(([pattern]) => pattern.test(hint));
  if (rule && (minimum === void 0 || rule[1] >= minimum) && (maximum === void 0 || rule[2] <= maximum))
    return [rule[1], rule[2]];
  if (minimum !== void 0 && maximum !== void 0) return [minimum, maximum];
  if (minimum !== void 0) return [minimum, minimum + 100];
  if (maximum !== void 0) return [maximum - 100, maximum];
  return [0, 100];
}
function plausibleNumber(type, hint, draw) {
  const [low, high] = numberRange(hint, type.minimum, type.maximum);
  if (type.kind === "integer") {
    const first = Math.ceil(low);
    return first + draw.index(Math.max(1, Math.floor(high) - first + 1));
  }
  const scale = high - low <= 1 ? 100 : 10;
  const steps = Math.max(1, Math.floor((high - low) * scale));
  return Math.min(
    high,
    Math.max(
      low,
      Math.round((low + draw.index(steps + 1) * (high - low) / steps) * scale) / scale
    )
  );
}
const singular = (name) => name.endsWith("s") ? name.slice(0, -1) : name;
function maker(context, part) {
  const found = context.makers[part];
  if (found === void 0)
    throw new Error(`The factory of "${context.event}" lacks the ${part} value maker.`);
  return found;
}
const MAX_SHAPE_DEPTH = 32;
function reentersShape(context, value) {
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
const drawAt = (context, path, purpose = "value") => newDraw(context.seed, `${context.event}\0${path}\0${purpose}`);
const isPlainObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const pointerSegment = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
function copy(value) {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  return value;
}
function buildObject(context, properties, path, overrides) {
  const values = /* @__PURE__ */ new Map();
  const visited = /* @__PURE__ */ new Set();
  const byName = new Map(properties.map((p) => [p.name, p]));
  const sourceValue = (of) => of.includes("/") ? maker(context, "path")(values, of) : values.get(of);
  const sibling = (of) => byName.get(of?.split("/")[0]);
  const build = (property) => {
    if (!property || visited.has(property.name)) return;
    visited.add(property.name);
    for (const source of [
      property.derive?.of,
      property.presentWhen?.of
    ])
      build(sibling(source));
    const propertyPath = `${path}/${pointerSegment(property.name)}`;
    if (overrides && Object.prototype.hasOwnProperty.call(overrides, property.name)) {
      const override = overrides[property.name];
      if (override === void 0) return;
      values.set(
        property.name,
        property.type.kind === "shape" && isPlainObject(override) ? maker(context, "shapes").build(context, property.type.name, propertyPath, override) : copy(override)
      );
      return;
    }
    if (context.makers.shapes?.reenters(context, property) && !property.required) return;
    if (property.presentWhen) {
      const { of, in: among, unless } = property.presentWhen;
      const source = sourceValue(of);
      const holds = source !== void 0 && source !== null && (among === void 0 || among.some((value2) => value2 === source));
      if (holds ? unless : !unless) return;
    }
    const derive = property.derive;
    if (derive && (derive.kind === "linear" || derive.kind === "by_range" || derive.kind === "by_value")) {
      const source = sourceValue(derive.of);
      if (source === void 0 && !property.required) return;
      const sourceRequired = sibling(derive.of)?.required;
      if (!property.presentWhen && !property.required && sourceRequired && !isPresent(context, propertyPath))
        return;
      values.set(
        property.name,
        source === null ? null : maker(context, "mapped")(context, property, derive, source, propertyPath)
      );
      return;
    }
    if (!property.presentWhen && !property.required && !isPresent(context, propertyPath)) return;
    if (derive?.kind === "text") {
      values.set(property.name, derive.value);
      return;
    }
    const value = buildValue(context, property, propertyPath, property.name);
    if (derive === void 0 || value === null) values.set(property.name, value);
    else if (derive.kind === "not_before")
      values.set(
        property.name,
        maker(context, "notBefore")(
          context,
          property,
          derive,
          value,
          sourceValue(derive.of),
          propertyPath
        )
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
          propertyPath
        )
      );
  };
  for (const property of properties) build(property);
  const result = {};
  for (const property of properties)
    if (values.has(property.name)) result[property.name] = values.get(property.name);
  if (overrides) {
    for (const [key, value] of Object.entries(overrides)) {
      if (value !== void 0 && !(key in result) && !byName.has(key)) result[key] = copy(value);
    }
  }
  return result;
}
function valueAtPath(values, of) {
  const [first, ...steps] = of.split("/");
  let value = values.get(first);
  for (const step of steps)
    value = typeof value === "object" && value !== null ? entry(value, step) : void 0;
  return value;
}
const roundTo2 = (value) => Math.round(value * 100) / 100;
function mappedFromSource(context, property, derive, source, path) {
  if (derive.kind === "linear" && typeof source === "number")
    return roundTo2(source * derive.scale + derive.offset);
  if (derive.kind === "by_range" && typeof source === "number") {
    const band = derive.bands.find((b) => b.below !== void 0 && source < b.below) ?? derive.bands[derive.bands.length - 1];
    if (band) return copy(band.value);
  }
  if (derive.kind === "by_value" && typeof source === "string" && Object.prototype.hasOwnProperty.call(derive.values, source))
    return copy(derive.values[source]);
  return buildValue(context, property, path, property.name);
}
const fitsGap = (gap, maxGap) => gap >= 0 && gap <= (maxGap ?? Infinity);
function notBeforeSource(context, _property, derive, value, source, path) {
  if (typeof source !== "string") return value;
  const start = Date.parse(source) / 1e3;
  if (!Number.isFinite(start)) return value;
  if (typeof value === "string" && fitsGap(Date.parse(value) / 1e3 - start, derive.maxGap))
    return value;
  const span = Math.max(0, Math.min(REFERENCE_SECONDS - start, derive.maxGap ?? Infinity));
  return isoSeconds(
    Math.floor(start) + Math.floor(drawAt(context, path, "after").fraction() * (Math.floor(span) + 1))
  );
}
function atLeastSource(context, property, derive, value, source, path) {
  const type = property.type;
  if (typeof source !== "number" || type.kind !== "number" && type.kind !== "integer")
    return value;
  if (typeof value === "number" && fitsGap(value - source, derive.maxGap)) return value;
  const draw = drawAt(context, path, "after");
  const [, high] = numberRange(property.name, type.minimum, type.maximum);
  const limit = Math.min(
    source + (derive.maxGap ?? Math.max(0, high - source)),
    type.maximum ?? Infinity
  );
  if (type.kind === "integer")
    return Math.ceil(source) + draw.index(Math.max(1, Math.floor(limit) - Math.ceil(source) + 1));
  return Math.max(
    source,
    roundTo2(source + Math.floor(draw.fraction() * Math.max(0, limit - source) * 10) / 10)
  );
}
function buildShape(context, name, path, overrides) {
  if (context.shapes.length >= MAX_SHAPE_DEPTH)
    return overrides ? copy(overrides) : {};
  context.shapes.push(name);
  try {
    return buildObject(context, entry(context.catalogue.shapes, name) ?? [], path, overrides);
  } finally {
    context.shapes.pop();
  }
}
function endOfRecursion(context, value, path, hint) {
  if (!reentersShape(context, value) || value.examples?.length) return void 0;
  const type = value.type;
  if (value.nullable) return { value: null };
  if (type.kind === "array") return { value: [] };
  if (type.kind === "record") return { value: {} };
  if (type.kind === "union") {
    const ending = type.of.filter((member) => !reentersShape(context, member));
    if (ending.length > 0)
      return { value: buildValue(context, { type: { kind: "union", of: ending } }, path, hint) };
  }
  return void 0;
}
const shapeMakers = {
  build: buildShape,
  reenters: reentersShape,
  end: endOfRecursion
};
function isPresent(context, path) {
  if (context.optional === "all") return true;
  if (context.optional === "none") return false;
  return drawAt(context, path, "present").index(2) === 0;
}
function buildValue(context, value, path, hint) {
  if (value.nullable && context.optional === "random" && drawAt(context, path, "null").index(4) === 0)
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
      return maker(context, "shapes").build(context, type.name, path, void 0);
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
function buildArray(context, items, path, hint, draw) {
  const count = 1 + draw.index(3);
  return Array.from(
    { length: count },
    (_, i) => buildValue(context, items, `${path}/${i}`, singular(hint))
  );
}
function buildRecord(context, values, path, draw) {
  const start = draw.index(RECORD_KEYS.length);
  const count = 1 + draw.index(3);
  const result = {};
  for (let i = 0; i < count; i++) {
    const key = RECORD_KEYS[(start + i) % RECORD_KEYS.length];
    result[key] = buildValue(context, values, `${path}/${pointerSegment(key)}`, key);
  }
  return result;
}
function entry(table, key) {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : void 0;
}
function createEventFixture(catalogue, event, overrides, options, makers) {
  const seed = options?.seed ?? DEFAULT_SEED;
  const context = {
    catalogue,
    makers,
    event,
    seed: Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : DEFAULT_SEED,
    optional: options?.optional ?? DEFAULT_OPTIONAL,
    shapes: []
  };
  return buildObject(
    context,
    entry(catalogue.events, event) ?? [],
    "",
    isPlainObject(overrides) ? overrides : void 0
  );
}
const ALL_MAKERS = {
  textRules: TEXT_RULES,
  shapes: shapeMakers,
  array: buildArray,
  uri: webLink,
  number: plausibleNumber,
  mapped: mappedFromSource,
  notBefore: notBeforeSource,
  atLeast: atLeastSource,
  path: valueAtPath
};
function createFixture(catalogue, event, overrides, options) {
  if (entry(catalogue.events, event) === void 0) throw unknownEventType(catalogue, event);
  return createEventFixture(catalogue, event, overrides, options, ALL_MAKERS);
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length];
}
function unknownEventType(catalogue, name) {
  const text = String(name);
  const current = entry(catalogue.aliases, text);
  if (current !== void 0)
    return new Error(
      `Unknown event type "${text}": it is an older name of "${current}"; use "${current}".`
    );
  const closest = Object.keys(catalogue.events).map((candidate) => ({ candidate, distance: editDistance(text, candidate) })).filter(({ distance }) => distance <= Math.max(3, Math.floor(text.length / 3))).sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1)).slice(0, 3).map(({ candidate }) => `"${candidate}"`);
  const hint = closest.length > 0 ? ` Did you mean ${closest.join(" or ")}?` : ` There are ${Object.keys(catalogue.events).length} known event types.`;
  return new Error(`Unknown event type "${text}".${hint}`);
}
function jsonTypesOf(catalogue, value) {
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
const WRONG_TYPE_VALUES = [
  ["number", 42],
  ["string", "42"],
  ["boolean", true],
  ["array", []],
  ["object", {}]
];
function breaksOfValue(catalogue, value, actual, path, out) {
  const accepted = jsonTypesOf(catalogue, value);
  const wrong = WRONG_TYPE_VALUES.find(([jsonType]) => !accepted.includes(jsonType));
  if (wrong)
    out.push({
      description: `${path}: ${wrong[0]} where ${accepted.join(" or ")} is expected`,
      path,
      code: "type",
      replacement: wrong[1]
    });
  if (actual === null || actual === void 0) return;
  const type = value.type;
  switch (type.kind) {
    case "string":
      if (type.format === "uuid")
        out.push({
          description: `${path}: not a UUID`,
          path,
          code: "format",
          replacement: "not-a-uuid"
        });
      if (type.format === "date-time")
        out.push({
          description: `${path}: not an RFC 3339 date-time`,
          path,
          code: "format",
          replacement: "last tuesday"
        });
      if (type.format === "uri")
        out.push({
          description: `${path}: not an absolute URI`,
          path,
          code: "format",
          replacement: "not a link"
        });
      return;
    case "literal":
      out.push({
        description: `${path}: not "${type.value}"`,
        path,
        code: "const",
        replacement: `${type.value}_other`
      });
      return;
    case "enum": {
      const members = [
        ...entry(catalogue.enums, type.name) ?? [],
        ...catalogue.legacy ? entry(catalogue.legacy, type.name) ?? [] : []
      ];
      let outside = "not_a_member";
      while (members.includes(outside)) outside += "_";
      out.push({
        description: `${path}: not a member of ${type.name}`,
        path,
        code: "enum",
        replacement: outside
      });
      return;
    }
    case "number":
    case "integer":
      if (type.minimum !== void 0)
        out.push({
          description: `${path}: below the minimum ${type.minimum}`,
          path,
          code: "range",
          replacement: Math.floor(type.minimum) - 1
        });
      if (type.maximum !== void 0)
        out.push({
          description: `${path}: above the maximum ${type.maximum}`,
          path,
          code: "range",
          replacement: Math.ceil(type.maximum) + 1
        });
      if (type.kind === "integer") {
        const inside = typeof actual === "number" && (type.maximum === void 0 || actual + 0.5 <= type.maximum) ? actual + 0.5 : actual - 0.5;
        out.push({
          description: `${path}: not an integer`,
          path,
          code: "integer",
          replacement: inside
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
          out
        );
      return;
    case "array":
      if (Array.isArray(actual) && actual.length > 0)
        breaksOfValue(catalogue, type.items, actual[0], `${path}/0`, out);
      return;
    case "record": {
      const first = isPlainObject(actual) ? Object.keys(actual)[0] : void 0;
      if (first !== void 0)
        breaksOfValue(
          catalogue,
          type.values,
          actual[first],
          `${path}/${pointerSegment(first)}`,
          out
        );
      return;
    }
    default:
      return;
  }
}
function breaksOfObject(catalogue, properties, actual, path, isEvent, out) {
  for (const property of properties) {
    if (isEvent && property.name === catalogue.discriminator) continue;
    const propertyPath = `${path}/${pointerSegment(property.name)}`;
    if (property.required)
      out.push({
        description: `${propertyPath}: required property missing`,
        path: propertyPath,
        code: "required",
        remove: true
      });
    if (Object.prototype.hasOwnProperty.call(actual, property.name))
      breaksOfValue(catalogue, property, actual[property.name], propertyPath, out);
  }
}
function applyBreak(payload, change) {
  const result = copy(payload);
  const segments = change.path.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = segments.pop();
  let parent = result;
  for (const segment of segments) parent = parent[segment];
  if (change.remove) delete parent[last];
  else parent[last] = copy(change.replacement);
  return result;
}
function createInvalidCases(catalogue, event, options) {
  const base = createFixture(catalogue, event, void 0, options);
  const breaks = [];
  breaksOfObject(catalogue, entry(catalogue.events, event) ?? [], base, "", true, breaks);
  return breaks.map((change) => ({
    description: change.description,
    payload: applyBreak(base, change),
    path: change.path,
    code: change.code
  }));
}
