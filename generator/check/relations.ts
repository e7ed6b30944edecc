/**
 * Relations between the values of one object's properties (`relations:` in the spec format), judged
 * on the composed model: each names properties that exist, of the types its kind needs, and gives
 * values its property accepts. The fixture runtime follows them; a relation this check passes can
 * always be followed.
 */
import type { Diagnostic, DiagnosticCode } from "../diagnostics/diagnostic.js";
import { formatLocation } from "../diagnostics/diagnostic.js";
import type { CatalogueModel, PropertyModel, RelationModel, TypeNode, ValueType } from "../model/types.js";
import { relationSource } from "../model/build.js";
import { exampleProblem, preview } from "./composed.js";

/** The kinds that decide a property's value; a property may have one of them at most. */
const valueKinds = new Set<RelationModel["kind"]>(["not_before", "at_least", "linear", "by_range", "by_value", "event_text"]);

export function checkRelations(model: CatalogueModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (code: DiagnosticCode, message: string, relation: RelationModel) => {
    const key = `${formatLocation(relation.location)} ${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push({ code, message, location: relation.location });
  };
  for (const shape of model.shapes) checkObject(model, `shape '${shape.name}'`, shape.properties, shape.relations, false, report);
  for (const group of model.groups) checkObject(model, `group '${group.key}'`, group.properties, group.relations, true, report);
  for (const event of model.events) checkObject(model, `event '${event.name}'`, event.properties, event.relations, true, report);
  return diagnostics;
}

type Report = (code: DiagnosticCode, message: string, relation: RelationModel) => void;

function checkObject(model: CatalogueModel, owner: string, properties: readonly PropertyModel[], relations: readonly RelationModel[], isEventLike: boolean, report: Report): void {
  const byName = new Map(properties.map((p) => [p.name, p]));
  const decided = new Map<string, RelationModel>();
  const presence = new Map<string, RelationModel>();
  /** Which properties each property's value or presence is computed from. */
  const sources = new Map<string, string[]>();
  for (const relation of relations) {
    const property = byName.get(relation.property);
    const of = "of" in relation ? relation.of : undefined;
    const start = of === undefined ? undefined : relationSource(of);
    const missing = [...(property ? [] : [relation.property]), ...(start !== undefined && !byName.has(start) ? [start] : [])];
    if (missing.length > 0) {
      const names = [...new Set(missing)].map((name) => `'${name}'`).join(" and ");
      report("unknown_relation_property", `${relation.kind} relation names ${names}, which ${owner} does not have`, relation);
      continue;
    }
    if (start === relation.property) {
      report("bad_relation", `${relation.kind} relation relates '${start}' to ${of === start ? "itself" : `a value inside it ('${of}')`}`, relation);
      continue;
    }
    const resolved = of === undefined ? undefined : followPath(model, byName.get(start!)!, of);
    if (typeof resolved === "object" && "code" in resolved) {
      report(resolved.code, `${relation.kind} relation of '${relation.property}': ${resolved.message}`, relation);
      continue;
    }
    const source = resolved;
    const problem = relationProblem(model, relation, property!, source, isEventLike);
    if (problem) {
      report("bad_relation", `${relation.kind} relation of '${relation.property}': ${problem}`, relation);
      continue;
    }
    const table = valueKinds.has(relation.kind) ? decided : presence;
    const earlier = table.get(relation.property);
    if (earlier && earlier !== relation) {
      const what = table === decided ? "value" : "presence";
      report("bad_relation", `'${relation.property}' already has its ${what} decided by the ${earlier.kind} relation at ${formatLocation(earlier.location)}`, relation);
      continue;
    }
    table.set(relation.property, relation);
    if (start !== undefined) sources.set(relation.property, [...(sources.get(relation.property) ?? []), start]);
  }
  // Values are computed in dependency order, so the dependencies may not go round in a circle.
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, chain: string[]): string[] | undefined => {
    if (state.get(name) === "done") return undefined;
    if (state.get(name) === "visiting") return [...chain.slice(chain.indexOf(name)), name];
    state.set(name, "visiting");
    for (const next of sources.get(name) ?? []) {
      const cycle = visit(next, [...chain, name]);
      if (cycle) return cycle;
    }
    state.set(name, "done");
    return undefined;
  };
  for (const name of sources.keys()) {
    const cycle = visit(name, []);
    if (cycle) {
      const relation = decided.get(cycle[0]!) ?? presence.get(cycle[0]!)!;
      report("bad_relation", `relations of ${owner} depend on each other in a circle (${cycle.join(" -> ")}), so no value can be computed first`, relation);
      return;
    }
  }
}

/**
 * The property a path `of` ends at, as the relation sees it: named by the whole path, required only
 * when every step is (an array's item counts as there, since fixtures make at least one), nullable
 * when any step is. A path steps into a shape by a property name and into an array by an item number.
 */
function followPath(model: CatalogueModel, first: PropertyModel, path: string): PropertyModel | { code: DiagnosticCode; message: string } {
  const [, ...steps] = path.split("/");
  let value: ValueType = first;
  let required = first.required;
  let nullable = first.nullable;
  let walked = first.name;
  for (const step of steps) {
    const type = value.type;
    const next: ValueType | PropertyModel | undefined =
      type.kind === "shape" && !/^\d/.test(step) ? model.shapes.find((s) => s.name === type.name)?.properties.find((p) => p.name === step)
      : type.kind === "array" && /^(0|[1-9]\d*)$/.test(step) ? type.items
      : undefined;
    if (next === undefined) {
      if (type.kind === "shape" && !/^\d/.test(step)) return { code: "unknown_relation_property", message: `'${path}' goes into '${walked}', the shape ${type.name}, which has no '${step}'` };
      return { code: "bad_relation", message: `'${path}' takes '${step}' from '${walked}', which is ${describeType(type)}: a path steps into a shape by a property name and into an array by an item number` };
    }
    if ("required" in next) required &&= (next as PropertyModel).required;
    nullable ||= next.nullable;
    value = next;
    walked = `${walked}/${step}`;
  }
  if (steps.length === 0) return first;
  const { examples: _outerExamples, ...outer } = first;
  return { ...outer, type: value.type, ...(value.examples ? { examples: value.examples } : {}), name: path, required, nullable };
}

const describeType = (type: TypeNode): string => (type.kind === "string" && type.format ? `a ${type.format} string` : type.kind === "enum" ? `the enum ${type.name}` : `of type ${type.kind}`);
const isNumber = (p: PropertyModel) => p.type.kind === "number" || p.type.kind === "integer";
const isTimestamp = (p: PropertyModel) => p.type.kind === "string" && (p.type.format === undefined || p.type.format === "date-time");
const isText = (p: PropertyModel) => p.type.kind === "string" || p.type.kind === "enum" || p.type.kind === "literal";

function relationProblem(model: CatalogueModel, relation: RelationModel, property: PropertyModel, source: PropertyModel | undefined, isEventLike: boolean): string | undefined {
  const typeOf = (p: PropertyModel) => `'${p.name}' is ${describeType(p.type)}`;
  switch (relation.kind) {
    case "not_before":
      if (!isTimestamp(property) || !isTimestamp(source!)) return `not_before compares date-time strings, and ${typeOf(isTimestamp(property) ? source! : property)}`;
      return undefined;
    case "at_least":
      if (!isNumber(property) || !isNumber(source!)) return `at_least compares numbers, and ${typeOf(isNumber(property) ? source! : property)}`;
      return undefined;
    case "linear":
      if (property.type.kind !== "number" || !isNumber(source!)) return `linear computes a number (not an integer) from a number, and ${typeOf(property.type.kind === "number" ? source! : property)}`;
      if (!Number.isFinite(relation.scale) || !Number.isFinite(relation.offset)) return "scale and offset must be finite numbers";
      return followsSource(property, source!);
    case "by_range": {
      if (!isNumber(source!)) return `by_range chooses by a number, and ${typeOf(source!)}`;
      const last = relation.bands.length - 1;
      for (const [i, band] of relation.bands.entries()) {
        if (i < last && band.below === undefined) return `band ${i + 1} has no 'below': only the last band, which takes every number left, goes without one`;
        if (i === last && band.below !== undefined) return `the last band has 'below: ${band.below}': leave it out, so that every number falls in a band`;
        if (i > 0 && band.below !== undefined && relation.bands[i - 1]!.below! >= band.below) return `band ${i + 1} has 'below: ${band.below}', not above the band before it`;
        const problem = exampleProblem(model, band.value, property);
        if (problem) return `the value of band ${i + 1} (${preview(band.value)}) ${problem}`;
      }
      return followsSource(property, source!);
    }
    case "by_value": {
      if (!isText(source!)) return `by_value chooses by a text value, and ${typeOf(source!)}`;
      for (const [key, value] of Object.entries(relation.values)) {
        // A legacy source value may still be mapped: an override can set one.
        const keyProblem = exampleProblem(model, key, { type: source!.type, nullable: false }, 0, "accepted");
        if (keyProblem) return `the key ${preview(key)} ${keyProblem}, so '${source!.name}' never holds it`;
        const problem = exampleProblem(model, value, property);
        if (problem) return `the value for ${preview(key)} (${preview(value)}) ${problem}`;
      }
      const produced = producedTextValues(model, source!);
      const unmapped = produced?.filter((value) => !Object.hasOwn(relation.values, value)) ?? [];
      if (unmapped.length > 0) return `'${source!.name}' can take ${unmapped.map((v) => preview(v)).join(", ")}, which 'values' does not map`;
      return followsSource(property, source!);
    }
    case "present_when":
    case "present_unless":
      if (property.required) return `'${property.name}' is required, so its presence cannot depend on '${source!.name}'; make it optional`;
      if (relation.kind === "present_unless" && relation.in === undefined && source!.required && !source!.nullable) return `'${source!.name}' is always there, so '${property.name}' would never be; name an optional property, or values under 'in'`;
      for (const value of relation.in ?? []) {
        const problem = exampleProblem(model, value, { type: source!.type, nullable: false }, 0, "accepted");
        if (problem) return `the value ${preview(value)} under 'in' ${problem}, so '${source!.name}' never holds it`;
      }
      return undefined;
    case "event_text":
      if (!isEventLike) return "event_text takes text from the event, and a shape is not part of one event only";
      if (property.type.kind !== "string" || property.type.format !== undefined) return `event_text gives plain text, and ${typeOf(property)}`;
      return undefined;
  }
}

/** A derived value is absent or null exactly when its source is: the property must allow that. */
function followsSource(property: PropertyModel, source: PropertyModel): string | undefined {
  if (!source.required && property.required) return `'${source.name}' is optional, so the required '${property.name}' would have nothing to follow when it is absent; make '${property.name}' optional too`;
  if (source.nullable && !property.nullable) return `'${source.name}' is nullable, so '${property.name}' would be null with it; make '${property.name}' nullable too`;
  return undefined;
}

/** Every value a text property can take in a fixture, when that is a closed list (enum, literal, examples). */
function producedTextValues(model: CatalogueModel, property: PropertyModel): string[] | undefined {
  if (property.examples) return property.examples.filter((e): e is string => typeof e === "string");
  const type = property.type;
  if (type.kind === "literal") return [type.value];
  if (type.kind === "enum") return model.enums.find((e) => e.name === type.name)?.values.filter((v) => !v.legacy).map((v) => v.value);
  return undefined;
}
