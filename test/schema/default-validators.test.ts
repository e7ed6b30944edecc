/**
 * The emitted JSON Schemas work as they are in common validators: every file compiles on its own in
 * ajv with its default options (the 2020-12 build for schema/, the draft-07 build, as Fastify uses it,
 * for schema/draft-07/), with only ajv-formats added, and accepts the fixtures of every event, which
 * the branch of another event rejects.
 */
import Ajv, { type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { schemaTarget } from "../../generator/targets/schema/emit-schema.js";
import { fullCatalogue, loadSubject, miniSpec, optionalModes } from "../fixtures-target/helpers.js";

const SEEDS = 5;
const withFormats = <T>(ajv: T): T => {
  (addFormats as unknown as (ajv: T) => void)(ajv);
  return ajv;
};
const setups = {
  "draft 2020-12 (new Ajv2020())": { dir: "schema/", ajv: () => withFormats(new Ajv2020()) },
  "draft-07 (new Ajv())": { dir: "schema/draft-07/", ajv: () => withFormats(new (Ajv as unknown as typeof Ajv.default)()) },
};

describe.each([
  ["the mini spec", miniSpec],
  ["the full catalogue", fullCatalogue],
])("JSON Schemas of %s", async (_label, specPath) => {
  const subject = await loadSubject({ specPath });
  const files = (await schemaTarget.emit(subject.model, { selected: ["schema"] })).map((f) => ({ path: f.path, schema: JSON.parse(f.contents) }));

  describe.each(Object.entries(setups))("in ajv, %s", (_name, setup) => {
    const mine = files.filter((f) => f.path.startsWith(setup.dir) && !f.path.slice(setup.dir.length).includes("/"));
    const compiled = new Map<string, ValidateFunction>();
    for (const { path, schema } of mine) compiled.set(path.slice(setup.dir.length, -".json".length), setup.ajv().compile(schema));
    const union = compiled.get(subject.model.package.unionName)!;

    it("compiles every file on its own", () => {
      expect(compiled.size).toBe(subject.model.events.length + 1);
    });

    it("accepts every event's fixtures, in its own schema and in the union", () => {
      const failures: string[] = [];
      for (const event of subject.model.events) {
        const own = compiled.get(event.typeName)!;
        for (const optional of optionalModes) {
          for (let seed = 0; seed < SEEDS; seed++) {
            const payload = subject.create(event.name, {}, { seed, optional });
            if (!own(payload)) failures.push(`${event.name} ${optional} ${seed}: ${JSON.stringify(own.errors)}`);
            if (!union(payload)) failures.push(`${event.name} ${optional} ${seed} (union): ${JSON.stringify(union.errors)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it("rejects a payload with another event's type, and one with a property of the wrong type", () => {
      const [first, second] = subject.model.events;
      const payload = subject.create(first!.name, {}, { seed: 1, optional: "all" });
      expect(compiled.get(second!.typeName)!(payload)).toBe(false);
      expect(union({ ...payload, [subject.model.package.discriminator]: "no.such_event" })).toBe(false);
      const required = first!.properties.find((p) => p.required && p.type.kind === "string" && !p.nullable)!;
      expect(union({ ...payload, [required.name]: 42 })).toBe(false);
    });
  });
});
