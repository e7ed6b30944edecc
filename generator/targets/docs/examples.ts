import { createHash } from "node:crypto";
import { factoryName, validatorName } from "../../model/naming.js";
import type { CatalogueModel } from "../../model/types.js";
import type { EmitCache, GeneratedPackage } from "../target.js";

/**
 * The example payload of one event: the generated fixture factory with a fixed seed and every optional
 * property, checked by the generated validator. A payload that fails validation stops the generation.
 */
/**
 * Every event's example payload. With a memo (watch), an event's payload is kept while what it is made
 * from is unchanged: the event's properties, the shapes and the enums, descriptions and source
 * positions aside (the factories and checks are generated from exactly these).
 */
export function examplePayloads(generated: GeneratedPackage, model: CatalogueModel, memo?: EmitCache["derived"]): Map<string, unknown> {
  const forPayloads = (key: string, value: unknown) => (key === "description" || key === "location" || key === "decision" ? undefined : value);
  // Hashed once: the key of each of the hundred events would otherwise repeat all of it.
  const shared = memo ? digest(JSON.stringify({ shapes: model.shapes, enums: model.enums }, forPayloads)) : "";
  return new Map(
    model.events.map((event) => {
      if (!memo) return [event.name, examplePayload(generated, model, event.name)];
      const key = `example\u0000${event.name}\u0000${JSON.stringify(event.properties, forPayloads)}\u0000${shared}`;
      let payload = memo.get(key);
      if (payload === undefined) memo.set(key, (payload = examplePayload(generated, model, event.name)));
      return [event.name, payload];
    }),
  );
}

export function examplePayload(generated: GeneratedPackage, model: CatalogueModel, eventName: string): unknown {
  const union = model.package.unionName;
  const create = generated[factoryName(union)];
  const validate = generated[validatorName(union)];
  if (typeof create !== "function" || typeof validate !== "function") {
    throw new Error(`docs: example payloads need ${factoryName(union)} (fixtures target) and ${validatorName(union)} (validators target)`);
  }
  const payload: unknown = create(eventName, {}, { seed: 1, optional: "all" });
  const result = validate(payload) as { ok: boolean; errors?: { path: string; message: string }[] };
  if (!result.ok) {
    const problems = (result.errors ?? []).map((e) => `${e.path || "(root)"}: ${e.message}`).join("; ");
    throw new Error(`docs: the example payload for event '${eventName}' fails validation: ${problems}`);
  }
  return payload;
}

/** A short stand-in for a long memo key part. */
export function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
