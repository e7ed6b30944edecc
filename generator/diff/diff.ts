/**
 * Spec-to-spec change classification: pure functions over two resolved models. Properties are compared
 * per event after composition (what a consumer of the event sees), recursing through shapes, array
 * items and record values; enums are compared by their values, not their names.
 */
import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { CatalogueModel, EventModel, PropertyModel, TypeNode, ValueType } from "../model/types.js";
import { breaksExhaustiveSwitch, rules, severityOrder, type RuleId, type Severity } from "./rules.js";

export interface Change {
  rule: RuleId;
  severity: Severity;
  /** The event concerned (absent for catalogue-wide changes). */
  event?: string;
  /** Property path inside the event: `errors[].error_code`, `metadata{}` for record values. */
  path?: string;
  message: string;
  /** Where the change is: in the new spec, or in the old one for removals. */
  location: SourceLocation;
  side: "new" | "old";
  /** True when the change breaks an exhaustive switch although it is not breaking by semver. */
  breaksExhaustiveSwitch: boolean;
}

interface Side {
  model: CatalogueModel;
  enumValues(name: string): string[];
}

function side(model: CatalogueModel): Side {
  const enums = new Map(model.enums.map((e) => [e.name, e]));
  return { model, enumValues: (name) => enums.get(name)?.values.map((v) => v.value) ?? [] };
}

/** What to compare besides the payloads' structure (both by default). */
export interface DiffOptions {
  /** Descriptions and summaries (DESCRIPTION_CHANGED). */
  descriptions?: boolean;
  /** Event aliases, which only the spec knows. */
  aliases?: boolean;
}

/** Every change from `before` to `after`, in a stable order (severity, then event, then path, then rule). */
export function diffCatalogues(before: CatalogueModel, after: CatalogueModel, options: DiffOptions = {}): Change[] {
  const compare = { descriptions: options.descriptions ?? true, aliases: options.aliases ?? true };
  const changes: Change[] = [];
  const add = (rule: RuleId, location: SourceLocation, sideName: "new" | "old", message: string, event?: string, path?: string) =>
    changes.push({
      rule,
      severity: rules[rule].severity,
      ...(event !== undefined ? { event } : {}),
      ...(path !== undefined ? { path } : {}),
      message,
      location,
      side: sideName,
      breaksExhaustiveSwitch: breaksExhaustiveSwitch.includes(rule),
    });
  const oldSide = side(before);
  const newSide = side(after);

  for (const key of ["unionName", "eventTypeName", "discriminator"] as const) {
    if (before.package[key] !== after.package[key]) {
      const location = after.events[0]?.location ?? { file: "", line: 1, column: 1 };
      add("UNION_NAMES_CHANGED", location, "new", `package ${key} changed from ${before.package[key]} to ${after.package[key]}`);
    }
  }

  const oldEvents = new Map(before.events.map((e) => [e.name, e]));
  const newEvents = new Map(after.events.map((e) => [e.name, e]));
  for (const [name, event] of oldEvents) {
    if (!newEvents.has(name)) add("EVENT_REMOVED", event.location, "old", `event ${name} removed`, name);
  }
  for (const [name, event] of newEvents) {
    const old = oldEvents.get(name);
    if (!old) {
      add("EVENT_ADDED", event.location, "new", `event ${name} added`, name);
      continue;
    }
    compareEvent(old, event, oldSide, newSide, add, compare);
  }
  return changes.sort(compareChanges);
}

type Add = (rule: RuleId, location: SourceLocation, side: "new" | "old", message: string, event?: string, path?: string) => void;
type Compare = Required<DiffOptions>;

function compareEvent(old: EventModel, now: EventModel, oldSide: Side, newSide: Side, add: Add, compare: Compare): void {
  const name = now.name;
  if (compare.aliases) {
    for (const alias of old.aliases) {
      if (!now.aliases.includes(alias)) add("EVENT_ALIAS_REMOVED", now.location, "new", `event ${name}: alias ${alias} removed`, name);
    }
    for (const alias of now.aliases) {
      if (!old.aliases.includes(alias)) add("EVENT_ALIAS_ADDED", now.location, "new", `event ${name}: alias ${alias} added`, name);
    }
  }
  if (now.deprecated !== undefined && old.deprecated === undefined) {
    add("EVENT_DEPRECATED", now.location, "new", `event ${name} deprecated${now.deprecated ? `: ${now.deprecated}` : ""}`, name);
  }
  if (now.deprecated === undefined && old.deprecated !== undefined) add("EVENT_DEPRECATION_REMOVED", now.location, "new", `event ${name} no longer deprecated`, name);
  if (now.unreleased !== old.unreleased) add("EVENT_UNRELEASED_CHANGED", now.location, "new", `event ${name} ${now.unreleased ? "marked unreleased" : "no longer marked unreleased"}`, name);
  if (compare.descriptions && (old.description !== now.description || old.summary !== now.summary)) {
    add("DESCRIPTION_CHANGED", now.location, "new", `event ${name}: description changed`, name);
  }
  compareProperties(old.properties, now.properties, "", name, oldSide, newSide, add, compare);
}

function compareProperties(
  oldProps: readonly PropertyModel[],
  newProps: readonly PropertyModel[],
  prefix: string,
  event: string,
  oldSide: Side,
  newSide: Side,
  add: Add,
  compare: Compare,
  shapesOnPath: readonly string[] = [],
): void {
  const newByName = new Map(newProps.map((p) => [p.name, p]));
  const oldByName = new Map(oldProps.map((p) => [p.name, p]));
  for (const old of oldProps) {
    if (!newByName.has(old.name)) add("PROPERTY_REMOVED", old.location, "old", `${event}: property ${prefix}${old.name} removed`, event, prefix + old.name);
  }
  for (const now of newProps) {
    const path = prefix + now.name;
    const old = oldByName.get(now.name);
    const here = (rule: RuleId, message: string) => add(rule, now.location, "new", `${event}: property ${path} ${message}`, event, path);
    if (!old) {
      here(now.required ? "PROPERTY_ADDED_REQUIRED" : "PROPERTY_ADDED_OPTIONAL", `added (${now.required ? "required" : "optional"})`);
      continue;
    }
    if (!old.required && now.required) here("PROPERTY_OPTIONAL_TO_REQUIRED", "made required");
    if (old.required && !now.required) here("PROPERTY_REQUIRED_TO_OPTIONAL", "made optional");
    if (now.deprecated !== undefined && old.deprecated === undefined) here("PROPERTY_DEPRECATED", `deprecated${now.deprecated ? `: ${now.deprecated}` : ""}`);
    if (now.deprecated === undefined && old.deprecated !== undefined) here("PROPERTY_DEPRECATION_REMOVED", "no longer deprecated");
    if (now.unreleased !== old.unreleased) here("PROPERTY_UNRELEASED_CHANGED", now.unreleased ? "marked unreleased" : "no longer marked unreleased");
    if (compare.descriptions && old.description !== now.description) here("DESCRIPTION_CHANGED", "description changed");
    compareValues(old, now, path, event, now.location, oldSide, newSide, add, compare, shapesOnPath);
  }
}

/** Compares two value types at `path`: nullability, then the type itself, recursing into containers. */
function compareValues(
  old: ValueType,
  now: ValueType,
  path: string,
  event: string,
  location: SourceLocation,
  oldSide: Side,
  newSide: Side,
  add: Add,
  compare: Compare,
  shapesOnPath: readonly string[] = [],
): void {
  const here = (rule: RuleId, message: string) => add(rule, location, "new", `${event}: property ${path} ${message}`, event, path);
  if (!old.nullable && now.nullable) here("PROPERTY_NULLABLE_ADDED", "may now be null");
  if (old.nullable && !now.nullable) here("PROPERTY_NULLABLE_REMOVED", "may no longer be null");
  const a = old.type;
  const b = now.type;
  const numeric = (t: TypeNode) => t.kind === "number" || t.kind === "integer";
  if (a.kind !== b.kind && !(numeric(a) && numeric(b))) {
    here("PROPERTY_TYPE_CHANGED", `type changed from ${describe(a, oldSide)} to ${describe(b, newSide)}`);
    return;
  }
  switch (a.kind) {
    case "string": {
      const before = a.format;
      const after = (b as typeof a).format;
      if (before === undefined && after !== undefined) here("PROPERTY_FORMAT_ADDED", `now has the format ${after}`);
      else if (before !== after) here("PROPERTY_FORMAT_CHANGED", `format changed from ${before ?? "none"} to ${after ?? "none"}`);
      return;
    }
    case "literal":
      if (a.value !== (b as typeof a).value) here("PROPERTY_TYPE_CHANGED", `constant changed from ${JSON.stringify(a.value)} to ${JSON.stringify((b as typeof a).value)}`);
      return;
    case "enum": {
      const before = oldSide.enumValues(a.name);
      const after = newSide.enumValues((b as typeof a).name);
      for (const value of before) if (!after.includes(value)) here("ENUM_VALUE_REMOVED", `no longer takes ${JSON.stringify(value)}`);
      for (const value of after) if (!before.includes(value)) here("ENUM_VALUE_ADDED", `now also takes ${JSON.stringify(value)}`);
      return;
    }
    case "number":
    case "integer": {
      const c = b as Extract<TypeNode, { kind: "number" | "integer" }>;
      // An integer is a number: only the way back gives readers values they were told could not occur.
      if (a.kind === "number" && c.kind === "integer") here("PROPERTY_TYPE_NARROWED", "type narrowed from number to integer");
      else if (a.kind !== c.kind) {
        here("PROPERTY_TYPE_CHANGED", `type changed from ${a.kind} to ${c.kind}`);
        return;
      }
      const wider = (a.minimum !== undefined && (c.minimum === undefined || c.minimum < a.minimum)) || (a.maximum !== undefined && (c.maximum === undefined || c.maximum > a.maximum));
      const narrower = (c.minimum !== undefined && (a.minimum === undefined || c.minimum > a.minimum)) || (c.maximum !== undefined && (a.maximum === undefined || c.maximum < a.maximum));
      const range = (t: typeof a) => `[${t.minimum ?? "-∞"}, ${t.maximum ?? "∞"}]`;
      if (wider) here("PROPERTY_RANGE_WIDENED", `range widened from ${range(a)} to ${range(c)}`);
      else if (narrower) here("PROPERTY_RANGE_NARROWED", `range narrowed from ${range(a)} to ${range(c)}`);
      return;
    }
    case "shape": {
      const oldShape = oldSide.model.shapes.find((s) => s.name === a.name);
      const newShape = newSide.model.shapes.find((s) => s.name === (b as typeof a).name);
      // A shape met again inside itself (a recursive shape) was compared further up the path, with every change in it.
      const pair = `${a.name}\u0000${(b as typeof a).name}`;
      if (oldShape && newShape && !shapesOnPath.includes(pair)) {
        compareProperties(oldShape.properties, newShape.properties, `${path}.`, event, oldSide, newSide, add, compare, [...shapesOnPath, pair]);
      }
      return;
    }
    case "array":
      compareValues(a.items, (b as typeof a).items, `${path}[]`, event, location, oldSide, newSide, add, compare, shapesOnPath);
      return;
    case "record":
      compareValues(a.values, (b as typeof a).values, `${path}{}`, event, location, oldSide, newSide, add, compare, shapesOnPath);
      return;
    case "union": {
      const before = a.of.map((v) => describeValue(v, oldSide)).sort().join(" | ");
      const after = (b as typeof a).of.map((v) => describeValue(v, newSide)).sort().join(" | ");
      if (before !== after) here("PROPERTY_TYPE_CHANGED", `type changed from ${before} to ${after}`);
      return;
    }
    default:
      return;
  }
}

/** A structural description of a type, used to compare union members and to name types in messages. */
function describe(type: TypeNode, at: Side, shapesOnPath: readonly string[] = []): string {
  switch (type.kind) {
    case "string":
      return type.format ? `string(${type.format})` : "string";
    case "literal":
      return JSON.stringify(type.value);
    case "enum":
      return `enum(${at.enumValues(type.name).join(",")})`;
    case "number":
    case "integer":
      return `${type.kind}[${type.minimum ?? ""},${type.maximum ?? ""}]`;
    case "shape": {
      // Inside itself, a recursive shape is named rather than described again.
      if (shapesOnPath.includes(type.name)) return type.name;
      const shape = at.model.shapes.find((s) => s.name === type.name);
      const inside = [...shapesOnPath, type.name];
      return `{${shape?.properties.map((p) => `${p.name}${p.required ? "" : "?"}:${describeValue(p, at, inside)}`).join(",") ?? type.name}}`;
    }
    case "array":
      return `array<${describeValue(type.items, at, shapesOnPath)}>`;
    case "record":
      return `record<${describeValue(type.values, at, shapesOnPath)}>`;
    case "union":
      return type.of.map((v) => describeValue(v, at, shapesOnPath)).sort().join(" | ");
    default:
      return type.kind;
  }
}

function describeValue(value: ValueType, at: Side, shapesOnPath: readonly string[] = []): string {
  return `${describe(value.type, at, shapesOnPath)}${value.nullable ? "|null" : ""}`;
}

function compareChanges(a: Change, b: Change): number {
  return (
    severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) ||
    compareText(a.event ?? "", b.event ?? "") ||
    compareText(a.path ?? "", b.path ?? "") ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The highest severity among the changes, or undefined when there are none. */
export function highestSeverity(changes: readonly Change[]): Severity | undefined {
  return severityOrder.find((severity) => changes.some((c) => c.severity === severity));
}
