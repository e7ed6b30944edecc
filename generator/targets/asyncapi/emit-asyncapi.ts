import type { CatalogueModel } from "../../model/types.js";
import { jsonText } from "../../layout/json.js";
import { escapeProse } from "../../escape/markdown.js";
import { transformSchema } from "../../shared/rewrite-schema.js";
import { catalogueSchemas, unionObjectSchema } from "../../shared/catalogue-schema.js";
import type { JsonSchema } from "../../shared/json-schema.js";
import type { Target } from "../target.js";

export const ASYNCAPI_PATH = "asyncapi/asyncapi.json";
const CHANNEL = "webhooks";

const componentRef = (name: string) => `#/components/schemas/${name}`;

/**
 * The AsyncAPI 3.0 target: asyncapi/asyncapi.json, one message per event (named by its type name,
 * titled by its event type, with its payload schema and description), one channel for the webhook
 * deliveries and one `receive` operation over every message. AsyncAPI's default schema format is its
 * own dialect of JSON Schema draft-07, which the JSON Schema target's schemas fit once their refs
 * point into components, and in which `discriminator` is the property name itself rather than
 * OpenAPI's object. Descriptions are CommonMark, so spec text goes through the docs' Markdown escaping.
 */
export const asyncapiTarget: Target = {
  name: "asyncapi",
  package: { folders: ["asyncapi"], exports: { "./asyncapi/*": "./asyncapi/*" } },
  emit(model) {
    return [{ path: ASYNCAPI_PATH, contents: jsonText(asyncapiDocument(model)) }];
  },
};

export function asyncapiDocument(model: CatalogueModel): JsonSchema {
  const { package: pkg } = model;
  const schemas = catalogueSchemas(model, componentRef);
  schemas[pkg.unionName] = { ...unionObjectSchema(model, componentRef), discriminator: pkg.discriminator };
  const messages = Object.fromEntries(
    model.events.map((event) => [
      event.typeName,
      {
        name: event.name,
        title: event.name,
        summary: event.summary,
        description: escapeProse(event.description),
        contentType: "application/json",
        payload: { $ref: componentRef(event.typeName) },
      },
    ]),
  );
  return {
    asyncapi: "3.0.0",
    info: { title: `${pkg.name} webhook events`, version: pkg.version, ...(pkg.description ? { description: escapeProse(pkg.description) } : {}) },
    defaultContentType: "application/json",
    channels: {
      [CHANNEL]: {
        description: "The endpoint each event is delivered to, as an HTTP POST with the event as its JSON body.",
        messages: Object.fromEntries(model.events.map((e) => [e.typeName, { $ref: `#/components/messages/${e.typeName}` }])),
      },
    },
    operations: {
      [`receive${pkg.unionName}`]: {
        action: "receive",
        channel: { $ref: `#/channels/${CHANNEL}` },
        summary: "Receive a webhook event.",
        messages: model.events.map((e) => ({ $ref: `#/channels/${CHANNEL}/messages/${e.typeName}` })),
      },
    },
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, transformSchema(schema, { description: escapeProse })])),
      messages,
    },
  };
}
