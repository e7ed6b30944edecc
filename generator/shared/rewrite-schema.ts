/** Schemas of this target rewritten for other dialects and documents: draft-07, OpenAPI and AsyncAPI components. */
import type { JsonSchema } from "./json-schema.js";

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

/**
 * A draft 2020-12 schema of this target rewritten for draft-07: `$defs` becomes `definitions` and the
 * `$ref`s follow. Nothing else differs: the schemas use only keywords both drafts share (`const`,
 * `examples`, type arrays, `anyOf`), plus `deprecated`, an annotation draft-07 validators ignore. A
 * `$ref`'s sibling keywords are only ever annotations (description, deprecated, examples), which
 * draft-07 may ignore without changing what validates.
 */
export function toDraft07(schema: JsonSchema): JsonSchema {
  const { $schema: _draft, ...rest } = schema;
  return {
    $schema: DRAFT_07,
    ...transformSchema(rest, { ref: (ref) => ref.replace(/^#\/\$defs\//, "#/definitions/"), defsKeyword: "definitions" }),
  };
}

export interface SchemaTransform {
  /** A new `$ref` for each one. */
  ref?: (ref: string) => string;
  /** A new text for each `description` keyword (not for properties that happen to be named so). */
  description?: (text: string) => string;
  /** The keyword `$defs` is renamed to. */
  defsKeyword?: string;
}

/** A copy of a schema with its refs, descriptions or `$defs` keyword rewritten; property names and values in enum, const, examples and required are data and stay. */
export function transformSchema(schema: JsonSchema, transform: SchemaTransform): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string") out.$ref = transform.ref ? transform.ref(value) : value;
    else if (key === "description" && typeof value === "string") out.description = transform.description ? transform.description(value) : value;
    else if (key === "$defs") out[transform.defsKeyword ?? key] = mapValues(value as JsonSchema, (v) => transformSchema(v, transform));
    else if (key === "properties" || key === "patternProperties") out[key] = mapValues(value as JsonSchema, (v) => transformSchema(v, transform));
    else if (key === "items" || key === "additionalProperties" || key === "not") out[key] = isSchema(value) ? transformSchema(value, transform) : value;
    else if (key === "anyOf" || key === "oneOf" || key === "allOf") out[key] = (value as JsonSchema[]).map((v) => transformSchema(v, transform));
    else out[key] = value;
  }
  return out;
}

const isSchema = (value: unknown): value is JsonSchema => value !== null && typeof value === "object" && !Array.isArray(value);

function mapValues(record: JsonSchema, f: (value: JsonSchema) => JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as JsonSchema)]));
}
