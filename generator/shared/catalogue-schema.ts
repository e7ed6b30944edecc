/**
 * The catalogue as JSON Schema documents: each event on its own (with the enums and shapes it uses
 * under `$defs`), the union, and the named schemas every schema-speaking target (JSON Schema, OpenAPI,
 * AsyncAPI) lays out its own way.
 */
import type { CatalogueModel, EventModel, PropertyModel, TypeNode, ValueType } from "../model/types.js";
import { objectToJsonSchema, refToDefs, type JsonSchema, type NamedReference } from "./json-schema.js";

export const SCHEMA_DIR = "schema";
const DRAFT = "https://json-schema.org/draft/2020-12/schema";

/**
 * `$id` of a schema file: a `urn:` built from the package name alone, so that it stays the same from
 * one release to the next and no validator tries to fetch it from a network. Every `$ref` inside a
 * file points into the same file (`#/$defs/...`), so each file loads on its own.
 */
export function schemaId(packageName: string, name: string, variant?: "draft-07"): string {
  // Anything that cannot stand in a URN's name (a `#` would start a fragment) is percent-encoded; a
  // package name's `@` and `/` may stand there and stay readable.
  const encoded = encodeURIComponent(packageName).replace(/%40/g, "@").replace(/%2F/g, "/");
  return `urn:npm:${encoded}:${SCHEMA_DIR}:${variant ? `${variant}:` : ""}${name}`;
}

export function eventSchema(model: CatalogueModel, event: EventModel): JsonSchema {
  const defs = namedDefinitions(model, event.properties, refToDefs);
  return {
    $schema: DRAFT,
    $id: schemaId(model.package.name, event.typeName),
    ...eventObjectSchema(event, refToDefs),
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}

/** One event as an object schema, its enums and shapes written with `reference`. */
export function eventObjectSchema(event: EventModel, reference: NamedReference): JsonSchema {
  return {
    title: event.typeName,
    ...(event.deprecated !== undefined ? { deprecated: true } : {}),
    ...objectToJsonSchema(event.properties, reference, `\`${event.name}\`: ${event.description}`),
  };
}

/** The union's own keywords, without the definitions its branches point to. */
export function unionObjectSchema(model: CatalogueModel, reference: (name: string) => string): JsonSchema {
  const { package: pkg } = model;
  return {
    title: pkg.unionName,
    description: `Any event of the catalogue, told apart by \`${pkg.discriminator}\`.`,
    type: "object",
    properties: { [pkg.discriminator]: { type: "string", description: "Which event this is; exactly one branch of `oneOf` has it as a constant." } },
    required: [pkg.discriminator],
    oneOf: model.events.map((event) => ({ $ref: reference(event.typeName) })),
  };
}

/**
 * Every event, enum and shape as named schemas, their references written by `reference`: what a
 * document that holds them side by side (the union's `$defs`, OpenAPI's or AsyncAPI's components) needs.
 */
export function catalogueSchemas(model: CatalogueModel, reference: (name: string) => string): Record<string, JsonSchema> {
  const named: NamedReference = (_kind, name) => ({ $ref: reference(name) });
  const schemas = namedDefinitions(model, model.events.flatMap((event) => event.properties), named);
  for (const event of model.events) schemas[event.typeName] = eventObjectSchema(event, named);
  return schemas;
}

export function unionSchema(model: CatalogueModel): JsonSchema {
  const defs = catalogueSchemas(model, (name) => `#/$defs/${name}`);
  return {
    $schema: DRAFT,
    $id: schemaId(model.package.name, model.package.unionName),
    ...unionObjectSchema(model, (name) => `#/$defs/${name}`),
    $defs: defs,
  };
}

/**
 * The enums and shapes that these properties use, directly or through shapes, in model order. The
 * check stage makes event, enum and shape names distinct, so they can share one namespace.
 */
export function namedDefinitions(model: CatalogueModel, properties: readonly PropertyModel[], reference: NamedReference): Record<string, JsonSchema> {
  const used = new Set<string>();
  const visitValue = (value: ValueType): void => visitType(value.type);
  const visitType = (type: TypeNode): void => {
    if (type.kind === "enum") used.add(type.name);
    else if (type.kind === "shape" && !used.has(type.name)) {
      used.add(type.name);
      model.shapes.find((s) => s.name === type.name)?.properties.forEach(visitValue);
    } else if (type.kind === "array") visitValue(type.items);
    else if (type.kind === "record") visitValue(type.values);
    else if (type.kind === "union") type.of.forEach(visitValue);
  };
  properties.forEach(visitValue);
  const defs: Record<string, JsonSchema> = {};
  for (const en of model.enums) {
    if (used.has(en.name)) defs[en.name] = { type: "string", description: en.description, enum: en.values.map((v) => v.value) };
  }
  for (const shape of model.shapes) {
    if (used.has(shape.name)) defs[shape.name] = objectToJsonSchema(shape.properties, reference, shape.description);
  }
  return defs;
}
