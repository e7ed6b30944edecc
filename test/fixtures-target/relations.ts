/**
 * An independent judge of the spec's relations: given a payload and the model, every relation of the
 * event and of every nested shape is checked as the spec format documents it. It shares no code with
 * the fixture runtime that is meant to follow the relations.
 */
import { isDeepStrictEqual } from "node:util";
import type { CatalogueModel, EventModel, PropertyModel, RelationModel, ValueType } from "../../generator/model/types.js";

export interface Judgement {
  violations: string[];
  /** How many relations were judged, by kind, counting only those whose properties were there to judge. */
  judged: Map<string, number>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function judgeRelations(model: CatalogueModel, event: EventModel, payload: Record<string, unknown>, judgement: Judgement): void {
  const count = (kind: string) => judgement.judged.set(kind, (judgement.judged.get(kind) ?? 0) + 1);
  const fail = (path: string, relation: RelationModel, why: string) => judgement.violations.push(`${event.name} ${path}/${relation.property}: ${relation.kind} ${why}`);

  const judgeObject = (properties: readonly PropertyModel[], relations: readonly RelationModel[], object: Record<string, unknown>, path: string) => {
    const has = (name: string) => Object.hasOwn(object, name);
    const byName = new Map(properties.map((p) => [p.name, p]));
    for (const relation of relations) {
      const name = relation.property;
      const value = object[name];
      if (relation.kind === "event_text") {
        if (!has(name)) continue;
        count(relation.kind);
        if (value !== event.summary) fail(path, relation, `gives ${JSON.stringify(value)}, not the event's summary`);
        continue;
      }
      const of = relation.of;
      // `of` may be a path into a sibling: a shape's property or an array's item at each step.
      const [first, ...steps] = of.split("/");
      const source = steps.reduce<unknown>((value, step) => (typeof value === "object" && value !== null && Object.hasOwn(value, step) ? (value as Record<string, unknown>)[step] : undefined), object[first!]);
      const hasSource = has(first!) && source !== undefined;
      if (relation.kind === "present_when" || relation.kind === "present_unless") {
        const holds = hasSource && source !== null && (relation.in === undefined || relation.in.some((v) => isDeepStrictEqual(v, source)));
        const expected = relation.kind === "present_when" ? holds : !holds;
        count(`${relation.kind}:${expected}`);
        if (has(name) !== expected) fail(path, relation, `: ${has(name) ? "present" : "absent"} with ${of} = ${JSON.stringify(source)}`);
        continue;
      }
      if (relation.kind === "not_before" || relation.kind === "at_least") {
        if (!has(name) || !hasSource || value === null || source === null) continue;
        count(relation.kind);
        const [a, b] = relation.kind === "not_before" ? [Date.parse(String(value)) / 1000, Date.parse(String(source)) / 1000] : [value as number, source as number];
        if (!(a >= b)) fail(path, relation, `${of}: ${JSON.stringify(value)} lies before ${JSON.stringify(source)}`);
        if (relation.maxGap !== undefined && a - b > relation.maxGap + 1e-9) fail(path, relation, `${of}: ${JSON.stringify(value)} lies more than ${relation.maxGap} past ${JSON.stringify(source)}`);
        continue;
      }
      // Derived values: absent and null together with their source.
      const property = byName.get(name)!;
      const sourceProperty = byName.get(first!)!;
      if (!hasSource) {
        if (has(name)) fail(path, relation, `: present without ${of}`);
        continue;
      }
      if (!has(name)) {
        if (property.required || !sourceProperty.required) fail(path, relation, `: absent although ${of} is present`);
        continue;
      }
      if ((source === null) !== (value === null)) fail(path, relation, `: ${JSON.stringify(value)} with ${of} = ${JSON.stringify(source)}`);
      if (source === null || value === null) continue;
      count(relation.kind);
      if (relation.kind === "linear") {
        const expected = (source as number) * relation.scale + relation.offset;
        if (typeof value !== "number" || Math.abs(value - expected) > 0.005 + 1e-9) fail(path, relation, `: ${JSON.stringify(value)}, expected ${expected} from ${of} = ${JSON.stringify(source)}`);
      } else if (relation.kind === "by_range") {
        const band = relation.bands.find((b) => b.below !== undefined && (source as number) < b.below) ?? relation.bands.at(-1)!;
        if (!isDeepStrictEqual(value, band.value)) fail(path, relation, `: ${JSON.stringify(value)} with ${of} = ${JSON.stringify(source)}, expected ${JSON.stringify(band.value)}`);
      } else if (relation.kind === "by_value") {
        if (!Object.hasOwn(relation.values, String(source))) fail(path, relation, `: ${of} = ${JSON.stringify(source)} is not mapped`);
        else if (!isDeepStrictEqual(value, relation.values[String(source)])) fail(path, relation, `: ${JSON.stringify(value)} with ${of} = ${JSON.stringify(source)}`);
      }
    }
    for (const property of properties) if (has(property.name)) visit(property, object[property.name], `${path}/${property.name}`);
  };

  const visit = (value: ValueType, actual: unknown, path: string): void => {
    const type = value.type;
    if (type.kind === "shape" && isPlainObject(actual)) {
      const shape = model.shapes.find((s) => s.name === type.name)!;
      judgeObject(shape.properties, shape.relations, actual, path);
    }
    if (type.kind === "array" && Array.isArray(actual)) actual.forEach((item, i) => visit(type.items, item, `${path}/${i}`));
    if (type.kind === "record" && isPlainObject(actual)) for (const [key, item] of Object.entries(actual)) visit(type.values, item, `${path}/${key}`);
  };

  judgeObject(event.properties, event.relations, payload, "");
}

/** Every timestamp of a payload (a date-time string, or a plain string property named *_at) later than `reference`. */
export function timestampsAfter(model: CatalogueModel, properties: readonly PropertyModel[], payload: Record<string, unknown>, reference: string): string[] {
  const late: string[] = [];
  const visit = (value: ValueType, name: string, actual: unknown, path: string) => {
    const type = value.type;
    if (typeof actual === "string" && type.kind === "string" && (type.format === "date-time" || /_at$/.test(name)) && Date.parse(actual) > Date.parse(reference)) late.push(`${path}: ${actual}`);
    if (type.kind === "shape" && isPlainObject(actual)) for (const p of model.shapes.find((s) => s.name === type.name)!.properties) visit(p, p.name, actual[p.name], `${path}/${p.name}`);
    if (type.kind === "array" && Array.isArray(actual)) actual.forEach((item, i) => visit(type.items, name, item, `${path}/${i}`));
  };
  for (const p of properties) visit(p, p.name, payload[p.name], `/${p.name}`);
  return late;
}

/** Every legacy enum value a payload carries. */
export function legacyValues(model: CatalogueModel, properties: readonly PropertyModel[], payload: Record<string, unknown>): string[] {
  const found: string[] = [];
  const visit = (value: ValueType, actual: unknown, path: string) => {
    const type = value.type;
    if (type.kind === "enum" && model.enums.find((e) => e.name === type.name)!.values.some((v) => v.legacy && v.value === actual)) found.push(`${path}: ${String(actual)}`);
    if (type.kind === "shape" && isPlainObject(actual)) for (const p of model.shapes.find((s) => s.name === type.name)!.properties) visit(p, actual[p.name], `${path}/${p.name}`);
    if (type.kind === "array" && Array.isArray(actual)) actual.forEach((item, i) => visit(type.items, item, `${path}/${i}`));
    if (type.kind === "union") for (const member of type.of) visit(member, actual, path);
  };
  for (const p of properties) visit(p, payload[p.name], `/${p.name}`);
  return found;
}
