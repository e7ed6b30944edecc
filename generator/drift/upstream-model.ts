/**
 * Seam's published OpenAPI event schemas (`components.schemas.event`, a `oneOf` discriminated on the
 * event type) mapped into the resolved model the spec produces, so that the diff rules compare them
 * as two versions of one catalogue. Nested objects become shapes and string enums become enums with
 * names made from where they stand (`LockAccessDeniedEvent.reason`); the diff compares both by content.
 */
import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { eventTypeName } from "../model/naming.js";
import type { CatalogueModel, EnumModel, EventModel, PackageModel, PropertyModel, ShapeModel, StringFormat, TypeNode, ValueType } from "../model/types.js";

type Schema = Record<string, unknown>;

/** The upstream document is not what drift can read: the message says what is wrong and where. */
export class UpstreamError extends Error {}

const isObject = (value: unknown): value is Schema => value !== null && typeof value === "object" && !Array.isArray(value);
const pointerPart = (part: string | number) => String(part).replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The model of the upstream events. `pkg` is the spec's package, so that names the upstream document
 * does not have (the union's) compare equal. `source` names the document in locations, which are the
 * JSON Pointer of each event and property in it.
 */
export function upstreamModel(document: unknown, source: string, pkg: PackageModel): CatalogueModel {
  const union = isObject(document) && isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas.event : undefined;
  if (!isObject(union) || !Array.isArray(union.oneOf)) throw new UpstreamError(`${source}: no event schemas (components.schemas.event with a oneOf)`);
  const discriminator = isObject(union.discriminator) && typeof union.discriminator.propertyName === "string" ? union.discriminator.propertyName : pkg.discriminator;
  const schemas = (document as { components: { schemas: Record<string, unknown> } }).components.schemas;
  const enums: EnumModel[] = [];
  const shapes: ShapeModel[] = [];
  const at = (pointer: string): SourceLocation => ({ file: `${source}#${pointer}`, line: 1, column: 1 });

  /** Follows a local `$ref` (components only); a cycle or an unknown target is an error. */
  const resolve = (schema: Schema, seen: readonly string[]): { schema: Schema; seen: readonly string[] } => {
    const ref = schema.$ref;
    if (typeof ref !== "string") return { schema, seen };
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
    const target = match ? schemas[match[1]!.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    if (!isObject(target)) throw new UpstreamError(`${source}: cannot resolve $ref ${ref}`);
    if (seen.includes(ref)) throw new UpstreamError(`${source}: $ref ${ref} refers to itself; recursive schemas are not supported`);
    return resolve(target, [...seen, ref]);
  };

  const value = (raw: unknown, name: string, pointer: string, seen: readonly string[]): ValueType => {
    if (!isObject(raw)) return { type: { kind: "unknown" }, nullable: false };
    const { schema, seen: through } = resolve(raw, seen);
    return { type: typeNode(schema, name, pointer, through), nullable: schema.nullable === true };
  };

  const typeNode = (schema: Schema, name: string, pointer: string, seen: readonly string[]): TypeNode => {
    const members = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(members)) return { kind: "union", of: members.map((m, i) => value(m, `${name}|${i}`, `${pointer}/oneOf/${i}`, seen)) };
    switch (schema.type) {
      case "string": {
        if (Array.isArray(schema.enum)) {
          enums.push({ name, description: text(schema.description), values: schema.enum.map((v) => ({ value: String(v), description: "" })), location: at(pointer) });
          return { kind: "enum", name };
        }
        // The model knows three formats; any other is kept as it is so that the diff reports it.
        return typeof schema.format === "string" ? { kind: "string", format: schema.format as StringFormat } : { kind: "string" };
      }
      case "number":
      case "integer":
        // OpenAPI's `float` or `int32` says how the server stores the number, not which values are valid.
        return {
          kind: schema.type,
          ...(typeof schema.minimum === "number" ? { minimum: schema.minimum } : {}),
          ...(typeof schema.maximum === "number" ? { maximum: schema.maximum } : {}),
        };
      case "boolean":
        return { kind: "boolean" };
      case "array":
        return { kind: "array", items: value(schema.items, `${name}[]`, `${pointer}/items`, seen) };
      case "object":
        if (isObject(schema.properties)) {
          shapes.push({ name, description: text(schema.description), properties: properties(schema, name, pointer, seen), relations: [], location: at(pointer) });
          return { kind: "shape", name };
        }
        if (isObject(schema.additionalProperties) && Object.keys(schema.additionalProperties).length > 0) {
          return { kind: "record", values: value(schema.additionalProperties, `${name}{}`, `${pointer}/additionalProperties`, seen) };
        }
        return { kind: "object" };
      default:
        return { kind: "unknown" };
    }
  };

  const properties = (schema: Schema, owner: string, pointer: string, seen: readonly string[]): PropertyModel[] => {
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    return Object.entries(schema.properties as Schema).map(([name, raw]) => {
      const here = `${pointer}/properties/${pointerPart(name)}`;
      const property = isObject(raw) ? resolve(raw, seen).schema : {};
      return {
        name,
        description: text(property.description),
        ...value(raw, `${owner}.${name}`, here, seen),
        required: required.has(name),
        ...markers(property),
        location: at(here),
      };
    });
  };

  const events: EventModel[] = union.oneOf.map((raw, index): EventModel => {
    const pointer = `/components/schemas/event/oneOf/${index}`;
    const schema = isObject(raw) ? resolve(raw, []).schema : undefined;
    const typeSchema = schema && isObject(schema.properties) ? schema.properties[discriminator] : undefined;
    const eventName = isObject(typeSchema) ? (Array.isArray(typeSchema.enum) && typeSchema.enum.length === 1 ? typeSchema.enum[0] : typeSchema.const) : undefined;
    if (!schema || typeof eventName !== "string") throw new UpstreamError(`${source}#${pointer}: no ${discriminator} constant (an enum of one value or a const)`);
    const typeName = eventTypeName(eventName);
    const all = properties(schema, typeName, pointer, []);
    const own = all.find((p) => p.name === discriminator)!;
    const discriminatorProperty: PropertyModel = { ...own, type: { kind: "literal", value: eventName }, nullable: false, required: true };
    const description = text(schema.description);
    return {
      name: eventName,
      typeName,
      family: eventName.split(".")[0]!,
      summary: description,
      description,
      aliases: [],
      ...markers(schema),
      groups: [],
      properties: [discriminatorProperty, ...all.filter((p) => p !== own)],
      relations: [],
      location: at(pointer),
    };
  });
  events.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const families = [...new Set(events.map((e) => e.family))].map((key) => ({ key, title: key, description: "", events: events.filter((e) => e.family === key).map((e) => e.name) }));
  return { package: pkg, families, enums, shapes, groups: [], events };
}

/** `deprecated` (with the reason `x-deprecated` gives) and `x-undocumented`, which the spec calls unreleased. */
function markers(schema: Schema): { deprecated?: string; unreleased: boolean } {
  const deprecated = schema.deprecated === true || schema["x-deprecated"] !== undefined;
  return {
    ...(deprecated ? { deprecated: typeof schema["x-deprecated"] === "string" ? schema["x-deprecated"] : "" } : {}),
    unreleased: schema["x-undocumented"] !== undefined && schema["x-undocumented"] !== false,
  };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
