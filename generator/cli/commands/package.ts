/** The real generated runtime of a spec, built in memory: the factories for fixture and send, the validator for validate. */
import { factoryName, invalidFactoryName } from "../../model/naming.js";
import type { CatalogueModel } from "../../model/types.js";
import type { GeneratedPackage } from "../../targets/target.js";
import { diskCacheDir } from "./shared-options.js";

export interface LoadedCatalogue {
  model: CatalogueModel;
  create(type: string, overrides: object, options: { seed?: number; optional?: string }): unknown;
  /** The negative fixtures of an event type: payloads that each break one rule. */
  createInvalid(type: string, options: { seed?: number }): { description: string; payload: unknown }[];
}

/**
 * The spec's catalogue and its generated runtime built in memory, with the tool's cache on disk as
 * generate keeps it: a spec printed before loads no TypeScript.
 */
export async function specRuntime(specPath: string | undefined): Promise<{ model: CatalogueModel; runtime: GeneratedPackage }> {
  const { defaultSpecPath, loadGeneratedPackage, readCatalogue } = await import("../../pipeline.js");
  const { CacheFile } = await import("../../cache/cache-file.js");
  const model = readCatalogue({ specPath: specPath ?? defaultSpecPath, cacheDir: diskCacheDir });
  return { model, runtime: await loadGeneratedPackage({ model, diskCache: CacheFile.open(diskCacheDir) }) };
}

export async function loadCatalogueRuntime(specPath: string | undefined): Promise<LoadedCatalogue> {
  const { model, runtime } = await specRuntime(specPath);
  const union = model.package.unionName;
  const need = (name: string, target: string) => {
    const value = runtime[name];
    if (typeof value !== "function") throw new Error(`the generated package has no ${name}: is the ${target} target registered?`);
    return value as (...args: unknown[]) => any;
  };
  return {
    model,
    create: (type, overrides, options) => need(factoryName(union), "fixtures")(type, overrides, options),
    createInvalid: (type, options) => need(invalidFactoryName(union), "fixtures")(type, options),
  };
}
