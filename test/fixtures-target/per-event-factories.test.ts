/**
 * Each per-event factory hands the runtime only the value makers the fixtures target found its event
 * to reach (so that a bundle of it leaves the others out). Missing one would throw or change values:
 * every event's factory must give exactly what the union factory, which passes every maker, gives.
 */
import { describe, expect, it } from "vitest";
import { factoryName } from "../../generator/model/naming.js";
import { createEventFixture, type CatalogueBlueprint } from "../../generator/shared/fixture-runtime.js";
import { fullCatalogue, loadSubject, optionalModes } from "./helpers.js";

const full = loadSubject({ specPath: fullCatalogue });
// Shapes that contain themselves: the factories must end them as the union factory does.
const recursive = loadSubject({ specPath: "test/fixtures/specs/recursive" });

describe("per-event factories", () => {
  it.each([
    ["the full catalogue", full],
    ["a spec of recursive shapes", recursive],
  ])("give what the union factory gives in %s, for every event, several seeds and each optional mode", async (_, subject) => {
    const { model, generated, create } = await subject;
    for (const event of model.events) {
      const factory = generated[factoryName(event.typeName)] as (overrides?: unknown, options?: object) => unknown;
      for (const seed of [1, 2, 3, 99, 123456])
        for (const optional of optionalModes) expect(factory({}, { seed, optional }), `${event.name} seed ${seed} ${optional}`).toEqual(create(event.name, {}, { seed, optional }));
    }
  });

  it("merge an override of a nested shape like the union factory, for every event that has one", async () => {
    const { model, generated, create } = await full;
    let merged = 0;
    for (const event of model.events) {
      const factory = generated[factoryName(event.typeName)] as (overrides?: unknown, options?: object) => unknown;
      for (const property of event.properties.filter((p) => p.type.kind === "shape")) {
        const overrides = { [property.name]: { not_in_the_spec: true } };
        expect(factory(overrides, { seed: 5 }), `${event.name} ${property.name}`).toEqual(create(event.name, overrides, { seed: 5 }));
        merged++;
      }
    }
    expect(merged).toBeGreaterThan(0);
  });

  it("say which value maker a factory that lacks one did not pass", () => {
    const catalogue: CatalogueBlueprint = {
      discriminator: "event_type",
      enums: {},
      shapes: {},
      events: { "meter.read": [{ name: "reading", required: true, type: { kind: "number" } }] },
      aliases: {},
    };
    expect(() => createEventFixture(catalogue, "meter.read", {}, undefined, { textRules: [] })).toThrow('The factory of "meter.read" lacks the number value maker.');
  });
});
