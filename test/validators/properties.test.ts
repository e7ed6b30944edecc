/**
 * Property-based: for every event of the mini spec and of the full catalogue, random valid payloads
 * (derived from the model) are accepted, and each single mutation is rejected with exactly one error
 * at the expected path with the expected code — by the event's validator and by the union's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMutation, eventArbitrary, eventMutations } from "./arbitraries.js";
import { fullCatalogueExists, fullSpecPath, load, miniSpecPath } from "./helpers.js";

const specs = [
  { name: "mini spec", path: miniSpecPath, runs: 150 },
  { name: "full catalogue", path: fullSpecPath, runs: 25 },
];

it("the full catalogue exists", () => {
  expect(fullCatalogueExists).toBe(true);
});

for (const spec of specs) {
  describe(spec.name, async () => {
    if (spec.path === fullSpecPath && !fullCatalogueExists) return;
    const { model, validateUnion, isUnion, validateEvent } = await load(spec.path);
    const discriminatorPath = `/${model.package.discriminator}`;

    for (const event of model.events) {
      const validate = validateEvent(event.typeName);

      it(`${event.name}: random valid payloads are accepted, as they are`, () => {
        fc.assert(
          fc.property(eventArbitrary(model, event), (payload) => {
            const result = validate(payload);
            expect(result).toEqual({ ok: true, value: payload });
            expect(result.ok && result.value).toBe(payload);
            expect(validateUnion(payload).ok).toBe(true);
            expect(isUnion(payload)).toBe(true);
          }),
          { numRuns: spec.runs },
        );
      });

      it(`${event.name}: every single mutation is rejected with its path and code`, () => {
        fc.assert(
          fc.property(eventArbitrary(model, event), fc.nat(), fc.nat(), (payload, which, pick) => {
            const mutations = eventMutations(model, event, payload, pick);
            expect(mutations.length).toBeGreaterThan(0);
            const mutation = mutations[which % mutations.length]!;
            const broken = applyMutation(payload, mutation);
            const expected = [{ path: mutation.path, code: mutation.code, message: expect.any(String) }];
            expect(validate(broken), mutation.description).toEqual({ ok: false, errors: expected });
            // Through the union, a changed discriminator names an unknown event type.
            const unionCode = mutation.path === discriminatorPath && mutation.code === "const" ? "unknown_event_type" : mutation.code;
            expect(validateUnion(broken), mutation.description).toEqual({ ok: false, errors: [{ ...expected[0], code: unionCode }] });
            expect(isUnion(broken)).toBe(false);
          }),
          { numRuns: spec.runs * 2 },
        );
      });
    }
  });
}
