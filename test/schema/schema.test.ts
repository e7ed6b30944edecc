/**
 * The JSON Schema target: one draft 2020-12 file per event and one for the union (and the same in
 * draft-07), that ajv compiles in strict mode, with stable package-based `urn:` $ids, the union's oneOf
 * covering every event in order, and
 * the model's required properties, enums and shapes. Output is byte-identical from run to run.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { readCatalogue } from "../../generator/pipeline.js";
import { schemaId, schemaTarget } from "../../generator/targets/schema/emit-schema.js";
import type { TargetContext } from "../../generator/targets/target.js";
import { fullCatalogueExists, fullSpecPath, miniSpecPath } from "../validators/helpers.js";

const context: TargetContext = { selected: ["schema"] };
const emit = async (specPath: string) => {
  const model = readCatalogue({ specPath });
  return { model, files: await schemaTarget.emit(model, context) };
};

it("the full catalogue exists", () => expect(fullCatalogueExists).toBe(true));

for (const specPath of [miniSpecPath, ...(fullCatalogueExists ? [fullSpecPath] : [])]) {
  describe(specPath.endsWith("mini") ? "mini spec" : "full catalogue", async () => {
    const { model, files } = await emit(specPath);
    const schemas = files.map((f) => ({ path: f.path, schema: JSON.parse(f.contents) }));

    const latest = schemas.filter((s) => !s.path.startsWith("schema/draft-07/"));

    it("writes schema/<EventTypeName>.json per event and schema/<UnionName>.json, and the same under schema/draft-07/", () => {
      const names = [...model.events.map((e) => e.typeName), model.package.unionName];
      expect(files.map((f) => f.path)).toEqual([...names.map((n) => `schema/${n}.json`), ...names.map((n) => `schema/draft-07/${n}.json`)]);
      for (const { path, schema } of schemas) {
        const draft07 = path.startsWith("schema/draft-07/");
        expect(schema.$schema).toBe(draft07 ? "http://json-schema.org/draft-07/schema#" : "https://json-schema.org/draft/2020-12/schema");
        const name = path.slice(path.lastIndexOf("/") + 1, -".json".length);
        expect(schema.$id).toBe(schemaId(model.package.name, name, draft07 ? "draft-07" : undefined));
        expect(schema.$id).toMatch(/^urn:npm:[^\s#]+:schema:(draft-07:)?[A-Za-z0-9]+$/);
        // Every $ref stays inside its own file: nothing to fetch, nothing to add first.
        for (const [, ref] of JSON.stringify(schema).matchAll(/"\$ref":"([^"]*)"/g)) expect(ref).toMatch(draft07 ? /^#\/definitions\// : /^#\/\$defs\//);
      }
    });

    it("compiles with ajv in strict mode, each file on its own", () => {
      for (const { schema } of latest) {
        const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
        (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
        expect(() => ajv.compile(schema)).not.toThrow();
      }
    });

    it("keeps each event's required properties, discriminator constant and unknown properties allowed", () => {
      for (const event of model.events) {
        const { schema } = latest.find((s) => s.schema.title === event.typeName)!;
        expect(schema.required).toEqual(event.properties.filter((p) => p.required).map((p) => p.name));
        expect(Object.keys(schema.properties)).toEqual(event.properties.map((p) => p.name));
        expect(schema.properties[model.package.discriminator].const).toBe(event.name);
        expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
        // Every local $ref has its definition.
        for (const [, name] of JSON.stringify(schema).matchAll(/"#\/\$defs\/([^"]+)"/g)) expect(schema.$defs).toHaveProperty(name!);
      }
    });

    it("puts every event in the union's oneOf, in model order, with no discriminator keyword", () => {
      const union = latest.at(-1)!.schema;
      expect(union.oneOf).toEqual(model.events.map((e) => ({ $ref: `#/$defs/${e.typeName}` })));
      for (const event of model.events) expect(union.$defs[event.typeName].properties[model.package.discriminator].const).toBe(event.name);
      expect(union).not.toHaveProperty("discriminator");
      expect(union.required).toEqual([model.package.discriminator]);
    });

    it("is byte-identical from one run to the next", async () => {
      expect((await emit(specPath)).files).toEqual(files);
    });
  });
}

it("describes enums and shapes under $defs (mini spec)", async () => {
  const { files } = await emit(miniSpecPath);
  const schema = JSON.parse(files.find((f) => f.path === "schema/DeviceLowBatteryEvent.json")!.contents);
  expect(schema.$defs.BatteryStatus).toMatchObject({ type: "string", enum: ["low", "good"] });
  expect(schema.$defs.ResourceError).toMatchObject({ type: "object", required: ["error_code", "message", "created_at"] });
  expect(schema.properties.errors).toMatchObject({ type: "array", items: { $ref: "#/$defs/ResourceError" } });
  expect(schema.properties.device_custom_metadata).toMatchObject({ type: "object", additionalProperties: { anyOf: [{ type: "string" }, { type: "boolean" }] } });
  const lock = JSON.parse(files.find((f) => f.path === "schema/LockUnlockedEvent.json")!.contents);
  expect(lock.properties.access_code_id.type).toEqual(["string", "null"]);
  expect(lock.required).not.toContain("access_code_id");
  expect(lock.$defs.BatteryStatus).toBeUndefined();
  const removed = JSON.parse(files.find((f) => f.path === "schema/DeviceRemovedEvent.json")!.contents);
  expect(removed.deprecated).toBe(true);
  expect(removed.properties.reading).toMatchObject({ type: "integer", minimum: -5 });
});

it("builds each $id as a URN from the package name, percent-encoding what cannot stand there", () => {
  expect(schemaId("@seam-events/catalogue", "SeamEvent")).toBe("urn:npm:@seam-events/catalogue:schema:SeamEvent");
  expect(schemaId("@seam-events/catalogue", "SeamEvent", "draft-07")).toBe("urn:npm:@seam-events/catalogue:schema:draft-07:SeamEvent");
  const hostile = schemaId("a#b c?d\"e", "X");
  expect(hostile).toBe("urn:npm:a%23b%20c%3Fd%22e:schema:X");
  expect(() => new URL(hostile)).not.toThrow();
});
