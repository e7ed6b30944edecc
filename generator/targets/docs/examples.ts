import type { CatalogueModel } from "../../model/types.js";
import { catalogueBlueprint } from "../../shared/fixture-blueprint.js";
import { createFixture } from "../../shared/fixture-runtime.js";
import { derive, digest } from "../../shared/derived.js";
import type { EmitCache } from "../target.js";

/**
 * Every event's example payload: what the generated factory gives with a fixed seed and every optional
 * property. The factories are the fixture runtime (fixture-runtime.ts, copied into the package as it
 * is) over the catalogue's blueprint, so the same runtime over the same blueprint is run here, without
 * compiling and importing the package (a test checks the payloads equal the package's and pass its
 * validator). With a memo (watch), an event's payload is kept while what it is made from is unchanged:
 * the event's properties, relations and summary (its event_text), the shapes and the enums, descriptions
 * and source positions aside.
 */
export function examplePayloads(model: CatalogueModel, memo?: EmitCache["derived"]): Map<string, unknown> {
  let blueprint: ReturnType<typeof catalogueBlueprint> | undefined;
  const example = (eventName: string) => createFixture((blueprint ??= catalogueBlueprint(model)), eventName, {}, EXAMPLE_OPTIONS);
  const forPayloads = (key: string, value: unknown) => (key === "description" || key === "location" || key === "decision" ? undefined : value);
  // Hashed once: the key of each of the hundred events would otherwise repeat all of it.
  const shared = memo ? digest(JSON.stringify({ shapes: model.shapes, enums: model.enums, discriminator: model.package.discriminator }, forPayloads)) : "";
  return new Map(
    model.events.map((event) => [
      event.name,
      derive(memo, () => `example\u0000${event.name}\u0000${JSON.stringify([event.properties, event.relations, event.summary], forPayloads)}\u0000${shared}`, () => example(event.name)),
    ]),
  );
}

/** The options the docs' examples are made with (a test makes the same call on the package). */
export const EXAMPLE_OPTIONS = { seed: 1, optional: "all" } as const;
