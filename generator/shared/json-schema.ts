import type { PropertyModel, TypeNode, ValueType } from "../model/types.js";

export type JsonSchema = Record<string, unknown>;

/** How a reference to a named enum or shape is written: a $ref in the JSON Schema target, a tsType for json-schema-to-typescript. */
export type NamedReference = (kind: "enum" | "shape", name: string) => JsonSchema;

export const refToDefs: NamedReference = (_kind, name) => ({ $ref: `#/$defs/${name}` });

/** The JSON Schema of one type node. Unknown properties stay allowed: payloads gain fields over time. */
export function typeToJsonSchema(type: TypeNode, reference: NamedReference): JsonSchema {
  switch (type.kind) {
    case "string":
      return type.format ? { type: "string", format: type.format } : { type: "string" };
    case "literal":
      return { type: "string", const: type.value };
    case "enum":
      return reference("enum", type.name);
    case "number":
    case "integer":
      return {
        type: type.kind,
        ...(type.minimum !== undefined ? { minimum: type.minimum } : {}),
        ...(type.maximum !== undefined ? { maximum: type.maximum } : {}),
      };
    case "boolean":
      return { type: "boolean" };
    case "object":
      return { type: "object" };
    case "shape":
      return reference("shape", type.name);
    case "array":
      return { type: "array", items: valueToJsonSchema(type.items, reference) };
    case "record":
      return { type: "object", additionalProperties: valueToJsonSchema(type.values, reference) };
    case "union":
      return { anyOf: type.of.map((member) => valueToJsonSchema(member, reference)) };
    case "unknown":
      return {};
  }
}

export function valueToJsonSchema(value: ValueType, reference: NamedReference): JsonSchema {
  const schema = typeToJsonSchema(value.type, reference);
  if (!value.nullable) return schema;
  if (typeof schema.type === "string" && !("const" in schema)) return { ...schema, type: [schema.type, "null"] };
  return { anyOf: [schema, { type: "null" }] };
}

export function propertyToJsonSchema(property: PropertyModel, reference: NamedReference): JsonSchema {
  const schema = valueToJsonSchema(property, reference);
  // A $ref with siblings is fine in draft 2020-12; the description travels with the property.
  return {
    ...schema,
    description: property.description,
    ...(property.deprecated !== undefined ? { deprecated: true } : {}),
    ...(property.examples ? { examples: property.examples } : {}),
  };
}

/** An object schema for a list of properties (an event or a shape). */
export function objectToJsonSchema(properties: readonly PropertyModel[], reference: NamedReference, description?: string): JsonSchema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties: Object.fromEntries(properties.map((p) => [p.name, propertyToJsonSchema(p, reference)])),
    required: properties.filter((p) => p.required).map((p) => p.name),
  };
}
