/**
 * The spec against Seam's published OpenAPI event schema (@seamapi/types, a devDependency): every event
 * type there is in the spec, and each property agrees in name, required, nullable, format, enum values,
 * range and nested shape. Where the spec departs on purpose, the departure is listed below and the spec
 * carries a `decision` explaining it.
 */
import { openapi } from "../helpers/seam-types.js";
import { describe, expect, it } from "vitest";
import { defaultSpecPath, readCatalogue } from "../../generator/pipeline.js";
import type { CatalogueModel, PropertyModel, ValueType } from "../../generator/model/types.js";

type OpenApiSchema = Record<string, any>;

/** A comparable description of a type: the same shape whichever side it comes from. */
interface Descriptor {
  type: string;
  format?: string;
  nullable: boolean;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  items?: Descriptor;
  values?: Descriptor;
  oneOf?: Descriptor[];
  properties?: Record<string, Descriptor & { required: boolean }>;
}

function fromOpenApi(schema: OpenApiSchema): Descriptor {
  const nullable = schema.nullable === true;
  if (schema.oneOf) return { type: "union", nullable, oneOf: schema.oneOf.map(fromOpenApi) };
  const base: Descriptor = { type: schema.type ?? "unknown", nullable };
  // OpenAPI's `float` on a number says how the server stores it, not which JSON values are valid.
  if (schema.format && !(schema.type === "number" && schema.format === "float")) base.format = schema.format;
  if (schema.enum) base.enum = [...schema.enum].sort();
  if (schema.minimum !== undefined) base.minimum = schema.minimum;
  if (schema.maximum !== undefined) base.maximum = schema.maximum;
  if (schema.type === "array") base.items = fromOpenApi(schema.items ?? {});
  if (schema.type === "object") {
    if (schema.properties) {
      const required = new Set<string>(schema.required ?? []);
      base.properties = Object.fromEntries(
        Object.entries(schema.properties as Record<string, OpenApiSchema>).map(([name, p]) => [name, { ...fromOpenApi(p), required: required.has(name) }]),
      );
    } else if (schema.additionalProperties && Object.keys(schema.additionalProperties).length > 0) {
      return { type: "record", nullable, values: fromOpenApi(schema.additionalProperties) };
    }
  }
  return base;
}

function fromModel(value: ValueType, model: CatalogueModel): Descriptor {
  const nullable = value.nullable;
  const t = value.type;
  switch (t.kind) {
    case "string":
      return t.format ? { type: "string", format: t.format, nullable } : { type: "string", nullable };
    case "literal":
      return { type: "string", enum: [t.value], nullable };
    case "enum":
      return { type: "string", enum: model.enums.find((e) => e.name === t.name)!.values.map((v) => v.value).sort(), nullable };
    case "number":
    case "integer":
      return { type: t.kind, nullable, ...(t.minimum !== undefined ? { minimum: t.minimum } : {}), ...(t.maximum !== undefined ? { maximum: t.maximum } : {}) };
    case "boolean":
      return { type: "boolean", nullable };
    case "object":
      return { type: "object", nullable };
    case "shape":
      return { type: "object", nullable, properties: propertiesOf(model.shapes.find((s) => s.name === t.name)!.properties, model) };
    case "array":
      return { type: "array", nullable, items: fromModel(t.items, model) };
    case "record":
      return { type: "record", nullable, values: fromModel(t.values, model) };
    case "union":
      return { type: "union", nullable, oneOf: t.of.map((m) => fromModel(m, model)) };
    case "unknown":
      return { type: "unknown", nullable };
  }
}

function propertiesOf(properties: readonly PropertyModel[], model: CatalogueModel) {
  return Object.fromEntries(properties.map((p) => [p.name, { ...fromModel(p, model), required: p.required }]));
}

/** Every difference between the two sides, one line each, with the path where it is. */
function compare(path: string, ours: Descriptor | undefined, theirs: Descriptor | undefined, out: string[]): void {
  if (!ours || !theirs) {
    out.push(`${path}: ${ours ? "only in the spec" : "missing from the spec"}`);
    return;
  }
  for (const key of ["type", "format", "nullable", "minimum", "maximum"] as const) {
    if (ours[key] !== theirs[key]) out.push(`${path}: ${key} is ${String(ours[key])} in the spec, ${String(theirs[key])} in @seamapi/types`);
  }
  if ("required" in ours && (ours as { required: boolean }).required !== (theirs as { required?: boolean }).required) {
    out.push(`${path}: required is ${String((ours as { required: boolean }).required)} in the spec`);
  }
  if (ours.enum || theirs.enum) {
    const extra = (ours.enum ?? []).filter((v) => !theirs.enum?.includes(v));
    const missing = (theirs.enum ?? []).filter((v) => !ours.enum?.includes(v));
    if (missing.length) out.push(`${path}: enum lacks ${missing.join(", ")}`);
    if (extra.length) out.push(`${path}: enum adds ${extra.join(", ")}`);
  }
  if (ours.items || theirs.items) compare(`${path}[]`, ours.items, theirs.items, out);
  if (ours.values || theirs.values) compare(`${path}{}`, ours.values, theirs.values, out);
  if (ours.oneOf || theirs.oneOf) {
    const n = Math.max(ours.oneOf?.length ?? 0, theirs.oneOf?.length ?? 0);
    for (let i = 0; i < n; i++) compare(`${path}|${i}`, ours.oneOf?.[i], theirs.oneOf?.[i], out);
  }
  if (ours.properties || theirs.properties) {
    const names = [...new Set([...Object.keys(ours.properties ?? {}), ...Object.keys(theirs.properties ?? {})])].sort();
    for (const name of names) compare(`${path}.${name}`, ours.properties?.[name], theirs.properties?.[name], out);
  }
}

/**
 * The recorded departures: the overview's older lock method `seamapi` is still accepted. Each must
 * have a `decision` next to it in the spec.
 */
const recordedDepartures = ["lock.locked.method: enum adds seamapi", "lock.unlocked.method: enum adds seamapi"];

const model = readCatalogue({ specPath: defaultSpecPath });
const published = (openapi as unknown as { components: { schemas: { event: { oneOf: OpenApiSchema[] } } } }).components.schemas.event.oneOf;
const publishedByName = new Map(published.map((schema) => [schema.properties.event_type.enum[0] as string, schema]));

describe("the spec agrees with @seamapi/types", () => {
  it("has every published event type, and no other", () => {
    expect(model.events.map((e) => e.name).sort()).toEqual([...publishedByName.keys()].sort());
  });

  it("agrees on every property of every event, apart from the recorded decisions", () => {
    const differences: string[] = [];
    for (const event of model.events) {
      const theirs = publishedByName.get(event.name);
      if (!theirs) continue;
      const ours: Descriptor = { type: "object", nullable: false, properties: propertiesOf(event.properties, model) };
      compare(event.name, ours, fromOpenApi(theirs), differences);
    }
    expect(differences.sort()).toEqual([...recordedDepartures].sort());
  });

  it("explains each recorded departure with a decision in the spec", () => {
    for (const departure of recordedDepartures) {
      const [eventName, propertyName] = departure.split(":")[0]!.split(/\.(?=[^.]+$)/) as [string, string];
      const property = model.events.find((e) => e.name === eventName)!.properties.find((p) => p.name === propertyName)!;
      const enumDecision = property.type.kind === "enum" ? model.enums.find((e) => e.name === (property.type as { name: string }).name)?.decision : undefined;
      expect(property.decision ?? enumDecision, departure).toBeTruthy();
    }
  });

  it("marks the same events and properties deprecated and unreleased", () => {
    const flagsOf = (name: string, schema: { deprecated?: unknown; unreleased?: unknown }) => [
      ...(schema.deprecated !== undefined && schema.deprecated !== false ? [`${name} deprecated`] : []),
      ...(schema.unreleased ? [`${name} unreleased`] : []),
    ];
    const ours: string[] = [];
    const theirs: string[] = [];
    for (const event of model.events) {
      ours.push(...flagsOf(event.name, event));
      for (const p of event.properties) ours.push(...flagsOf(`${event.name}.${p.name}`, p));
      const published = publishedByName.get(event.name);
      if (!published) continue;
      theirs.push(...flagsOf(event.name, { deprecated: published.deprecated, unreleased: published["x-undocumented"] }));
      for (const [name, p] of Object.entries(published.properties as Record<string, OpenApiSchema>)) {
        theirs.push(...flagsOf(`${event.name}.${name}`, { deprecated: p.deprecated, unreleased: p["x-undocumented"] }));
      }
    }
    expect(ours.sort()).toEqual(theirs.sort());
  });
});
