/**
 * Differential: on the same random corpus (valid payloads and their single mutations), the generated
 * validators and ajv compiled from the emitted JSON Schema agree on every accept and reject — for the
 * union (ajv's discriminator) and per event type.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileSchemas } from "./ajv.js";
import { applyMutation, eventArbitrary, eventMutations } from "./arbitraries.js";
import { fullCatalogueExists, fullSpecPath, load, miniSpecPath } from "./helpers.js";

const specs = [
  { name: "mini spec", path: miniSpecPath, runs: 200 },
  { name: "full catalogue", path: fullSpecPath, runs: 30 },
];

for (const spec of specs) {
  describe(spec.name, async () => {
    it("has a catalogue to compare", () => expect(spec.path === miniSpecPath || fullCatalogueExists).toBe(true));
    if (spec.path === fullSpecPath && !fullCatalogueExists) return;
    const { model, isUnion, validateEvent } = await load(spec.path);
    const ajv = await compileSchemas(model);

    it("the union: ours and ajv agree on valid payloads and single mutations of every event", () => {
      let accepted = 0;
      let rejected = 0;
      for (const event of model.events) {
        const validate = validateEvent(event.typeName);
        const ajvEvent = ajv.byType.get(event.name)!;
        fc.assert(
          fc.property(eventArbitrary(model, event), fc.nat(), fc.nat(), fc.boolean(), (payload, which, pick, mutate) => {
            const mutations = eventMutations(model, event, payload, pick);
            const input = mutate ? applyMutation(payload, mutations[which % mutations.length]!) : payload;
            const ours = isUnion(input);
            expect(ajv.union(input), JSON.stringify(input)).toBe(ours);
            expect(ajvEvent(input), JSON.stringify(input)).toBe(validate(input).ok);
            if (ours) accepted++;
            else rejected++;
          }),
          { numRuns: spec.runs },
        );
      }
      // Both sides of the comparison were exercised.
      expect(accepted).toBeGreaterThan(model.events.length * 2);
      expect(rejected).toBeGreaterThan(model.events.length * 2);
    });

    it("the union: unknown and missing event types are rejected by both", () => {
      for (const input of [{ [model.package.discriminator]: "not.an_event" }, {}, { [model.package.discriminator]: 7 }, [], null, "x"]) {
        expect(ajv.union(input)).toBe(false);
        expect(isUnion(input)).toBe(false);
      }
    });
  });
}
