import { jsonText } from "../../layout/json.js";
import type { EmittedFile, Target } from "../target.js";
import { eventSchema, SCHEMA_DIR, schemaId, unionSchema } from "../../shared/catalogue-schema.js";
import { toDraft07 } from "../../shared/rewrite-schema.js";

export { SCHEMA_DIR, schemaId };
export const DRAFT_07_DIR = `${SCHEMA_DIR}/draft-07`;

/**
 * The JSON Schema target: schema/<EventTypeName>.json per event (draft 2020-12, self-contained, with
 * the enums and shapes it uses under `$defs`) and schema/<UnionName>.json, the union as `oneOf` of
 * every event, each under `$defs` with the enums and shapes they share. Unknown properties stay
 * allowed everywhere. The same files in draft-07 go to schema/draft-07/, for validators (Fastify's
 * default ajv among them) that speak only that draft.
 *
 * The union has no `discriminator` keyword: it is OpenAPI's, not JSON Schema's, and ajv with its
 * default options rejects it. `event_type` is a `const` in every branch, so exactly one branch matches.
 */
export const schemaTarget: Target = {
  name: "schema",
  package: { folders: [SCHEMA_DIR], exports: { [`./${SCHEMA_DIR}/*`]: `./${SCHEMA_DIR}/*` } },
  emit(model) {
    const named = [
      ...model.events.map((event) => ({ name: event.typeName, schema: eventSchema(model, event) })),
      { name: model.package.unionName, schema: unionSchema(model) },
    ];
    return [
      ...named.map(({ name, schema }) => ({ path: `${SCHEMA_DIR}/${name}.json`, contents: jsonText(schema) })),
      ...named.map(({ name, schema }): EmittedFile => ({
        path: `${DRAFT_07_DIR}/${name}.json`,
        contents: jsonText({ ...toDraft07(schema), $id: schemaId(model.package.name, name, "draft-07") }),
      })),
    ];
  },
};
