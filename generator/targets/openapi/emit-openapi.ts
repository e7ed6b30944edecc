import type { CatalogueModel } from "../../model/types.js";
import { jsonText } from "../../layout/json.js";
import { escapeProse } from "../../escape/markdown.js";
import { transformSchema } from "../../shared/rewrite-schema.js";
import { catalogueSchemas, unionObjectSchema } from "../../shared/catalogue-schema.js";
import type { JsonSchema } from "../../shared/json-schema.js";
import type { Target } from "../target.js";

export const OPENAPI_PATH = "openapi/openapi.json";

const componentRef = (name: string) => `#/components/schemas/${name}`;

/**
 * The OpenAPI 3.1 target: openapi/openapi.json, with a `webhooks` entry per event (named by its
 * event type, its payload the request body) and every event, enum and shape under
 * `components.schemas`. OpenAPI 3.1 schemas are JSON Schema 2020-12, so they are the JSON Schema
 * target's, with refs into components. The union adds OpenAPI's `discriminator` with a mapping,
 * which OpenAPI tools use to pick the event. Descriptions are CommonMark in OpenAPI, so spec text
 * goes through the docs' Markdown escaping.
 */
export const openapiTarget: Target = {
  name: "openapi",
  package: { folders: ["openapi"], exports: { "./openapi/*": "./openapi/*" } },
  emit(model) {
    return [{ path: OPENAPI_PATH, contents: jsonText(openapiDocument(model)) }];
  },
};

export function openapiDocument(model: CatalogueModel): JsonSchema {
  const { package: pkg } = model;
  const familyTitle = new Map(model.families.map((f) => [f.key, f.title]));
  const schemas = catalogueSchemas(model, componentRef);
  schemas[pkg.unionName] = {
    ...unionObjectSchema(model, componentRef),
    discriminator: { propertyName: pkg.discriminator, mapping: Object.fromEntries(model.events.map((e) => [e.name, componentRef(e.typeName)])) },
  };
  return {
    openapi: "3.1.0",
    info: { title: `${pkg.name} webhook events`, version: pkg.version, ...(pkg.description ? { description: escapeProse(pkg.description) } : {}) },
    tags: model.families.map((f) => ({ name: f.title, description: escapeProse(f.description) })),
    webhooks: Object.fromEntries(
      model.events.map((event) => [
        event.name,
        {
          post: {
            operationId: event.typeName,
            summary: event.summary,
            description: escapeProse(event.description),
            ...(familyTitle.has(event.family) ? { tags: [familyTitle.get(event.family)] } : {}),
            ...(event.deprecated !== undefined ? { deprecated: true } : {}),
            requestBody: { required: true, content: { "application/json": { schema: { $ref: componentRef(event.typeName) } } } },
            responses: { "2XX": { description: "The event was received." } },
          },
        },
      ]),
    ),
    components: { schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, transformSchema(schema, { description: escapeProse })])) },
  };
}
