import { factoryName, validatorName } from "../../model/naming.js";
import type { CatalogueModel } from "../../model/types.js";
import type { GeneratedPackage } from "../target.js";

/**
 * The example payload of one event: the generated fixture factory with a fixed seed and every optional
 * property, checked by the generated validator. A payload that fails validation stops the generation.
 */
const known = new WeakMap<GeneratedPackage, Map<string, unknown>>();

/** The same payload for the same package (watch reuses a package whose code did not change). */
export function examplePayload(generated: GeneratedPackage, model: CatalogueModel, eventName: string): unknown {
  let payloads = known.get(generated);
  if (!payloads) known.set(generated, (payloads = new Map()));
  if (!payloads.has(eventName)) payloads.set(eventName, newExamplePayload(generated, model, eventName));
  return payloads.get(eventName);
}

function newExamplePayload(generated: GeneratedPackage, model: CatalogueModel, eventName: string): unknown {
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
