/** ajv (draft 2020-12, ajv-formats) compiled from the schema files the schema target emits. */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { CatalogueModel } from "../../generator/model/types.js";
import { schemaTarget } from "../../generator/targets/schema/emit-schema.js";

export interface CompiledSchemas {
  union: ValidateFunction;
  byType: Map<string, ValidateFunction>;
  files: { path: string; schema: Record<string, any> }[];
}

export async function compileSchemas(model: CatalogueModel): Promise<CompiledSchemas> {
  const emitted = await schemaTarget.emit(model, { selected: ["schema"] });
  // The draft 2020-12 files; schema/draft-07/ holds the same for draft-07 validators.
  const files = emitted.filter((f) => !f.path.startsWith("schema/draft-07/")).map((f) => ({ path: f.path, schema: JSON.parse(f.contents) as Record<string, any> }));
  // strict mode: any keyword ajv does not know, or a schema it finds dubious, throws.
  const ajv = new Ajv2020({ strict: true, discriminator: true, allowUnionTypes: true, allErrors: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  for (const file of files) ajv.addSchema(file.schema);
  const byType = new Map(model.events.map((event) => [event.name, ajv.getSchema(files.find((f) => f.schema.title === event.typeName)!.schema.$id)!]));
  const union = ajv.getSchema(files.find((f) => f.schema.title === model.package.unionName)!.schema.$id)!;
  return { union, byType, files };
}
