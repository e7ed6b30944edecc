import type { CatalogueModel, EventModel, PropertyModel, TypeNode, ValueType } from "../../model/types.js";
import { jsonText } from "../../layout/json.js";
import type { EmittedFile, Target } from "../target.js";
import { objectToJsonSchema, refToDefs, type JsonSchema } from "../../shared/json-schema.js";

export const SCHEMA_DIR = "schema";
const DRAFT = "https://json-schema.org/draft/2020-12/schema";

/**
 * `$id` of a schema file. One scheme, built from the package name alone so that it stays the same
 * from one release to the next: https://unpkg.com/<package name>/schema/<Name>.json, which is also
 * where the file can be fetched once the package is published. Relative `$ref`s between the files
 * (the union's `LockUnlockedEvent.json`) resolve against it.
 */
export function schemaId(packageName: string, name: string): string {
  return `https://unpkg.com/${packageName}/${SCHEMA_DIR}/${name}.json`;
}

/**
 * The JSON Schema target: schema/<EventTypeName>.json per event (draft 2020-12, self-contained, with
 * the enums and shapes it uses under `$defs`) and schema/<UnionName>.json, the union as `oneOf` of
 * `$ref`s to the event files. Unknown properties stay allowed everywhere.
 *
 * The union carries `discriminator: { propertyName }`: OpenAPI's keyword, which ajv understands with
 * its `discriminator: true` option (it then picks the branch by the property instead of trying each
 * one). It is not a draft 2020-12 keyword, so other validators treat it as an annotation, and ajv in
 * strict mode without that option rejects it as unknown.
 */
export const schemaTarget: Target = {
  name: "schema",
  package: { folders: [SCHEMA_DIR], exports: { [`./${SCHEMA_DIR}/*`]: `./${SCHEMA_DIR}/*` } },
  emit(model) {
    const files: EmittedFile[] = model.events.map((event) => ({ path: `${SCHEMA_DIR}/${event.typeName}.json`, contents: json(eventSchema(model, event)) }));
    files.push({ path: `${SCHEMA_DIR}/${model.package.unionName}.json`, contents: json(unionSchema(model)) });
    return files;
  },
};

const json = (schema: JsonSchema): string => jsonText(schema);

export function eventSchema(model: CatalogueModel, event: EventModel): JsonSchema {
  const defs = namedDefinitions(model, event.properties);
  return {
    $schema: DRAFT,
    $id: schemaId(model.package.name, event.typeName),
    title: event.typeName,
    ...(event.deprecated !== undefined ? { deprecated: true } : {}),
    ...objectToJsonSchema(event.properties, refToDefs, `\`${event.name}\`: ${event.description}`),
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}

export function unionSchema(model: CatalogueModel): JsonSchema {
  const { package: pkg } = model;
  return {
    $schema: DRAFT,
    $id: schemaId(pkg.name, pkg.unionName),
    title: pkg.unionName,
    description: `Any event of the catalogue, told apart by \`${pkg.discriminator}\`.`,
    type: "object",
    properties: { [pkg.discriminator]: { type: "string", description: "Which event this is; picks the branch of `oneOf`." } },
    required: [pkg.discriminator],
    discriminator: { propertyName: pkg.discriminator },
    oneOf: model.events.map((event) => ({ $ref: `${event.typeName}.json` })),
  };
}

/** The enums and shapes that these properties use, directly or through shapes, in model order. */
function namedDefinitions(model: CatalogueModel, properties: readonly PropertyModel[]): Record<string, JsonSchema> {
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
    if (used.has(shape.name)) defs[shape.name] = objectToJsonSchema(shape.properties, refToDefs, shape.description);
  }
  return defs;
}
