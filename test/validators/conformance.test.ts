/**
 * Conformance with the official schemas: payloads that the zod `seam_event` schema of @seamapi/types
 * accepts are accepted by the generated validators. The payloads come from the model's arbitraries;
 * those zod rejects are set aside (the spec may allow more than zod), and every event type must keep
 * some, so that no event goes untested. Full catalogue only: its absence fails the test.
 */
import { schemas } from "../helpers/seam-types.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventArbitrary, isoDateTimeArbitrary } from "./arbitraries.js";
import { fullCatalogueExists, fullSpecPath, load } from "./helpers.js";

const PER_EVENT = 60;

describe("conformance with @seamapi/types", async () => {
  it("the full catalogue exists", () => expect(fullCatalogueExists).toBe(true));
  if (!fullCatalogueExists) return;
  const { model, validateUnion, validateEvent } = await load(fullSpecPath);

  it("every payload that zod's seam_event accepts, the generated validators accept", () => {
    const rejectedByOurs: { event: string; errors: unknown; payload: unknown }[] = [];
    const withoutKept: string[] = [];
    let kept = 0;
    for (const event of model.events) {
      // zod accepts date-times in the canonical UTC form only (a subset of RFC 3339).
      const payloads = fc.sample(eventArbitrary(model, event, { dateTime: isoDateTimeArbitrary }), { numRuns: PER_EVENT, seed: 42 });
      const accepted = payloads.filter((p) => schemas.seam_event.safeParse(p).success);
      if (accepted.length === 0) withoutKept.push(event.name);
      kept += accepted.length;
      for (const payload of accepted) {
        for (const result of [validateUnion(payload), validateEvent(event.typeName)(payload)]) {
          if (!result.ok) rejectedByOurs.push({ event: event.name, errors: result.errors, payload });
        }
      }
    }
    expect(rejectedByOurs.slice(0, 3)).toEqual([]);
    expect(withoutKept).toEqual([]);
    expect(kept).toBeGreaterThan(model.events.length * 5);
  });
});
