/** The real generated runtime (factories) of a spec, built in memory, for fixture and send. */
import { factoryName, invalidFactoryName } from "../../model/naming.js";
import type { CatalogueModel } from "../../model/types.js";

export interface LoadedCatalogue {
  model: CatalogueModel;
  create(type: string, overrides: object, options: { seed?: number; optional?: string }): unknown;
  /** The negative fixtures of an event type: payloads that each break one rule. */
  createInvalid(type: string, options: { seed?: number }): { description: string; payload: unknown }[];
}

export async function loadCatalogueRuntime(specPath: string | undefined): Promise<LoadedCatalogue> {
  const { readSpecSources } = await import("../../load/load-spec.js");
  const { defaultSpecPath, loadGeneratedPackage, readCatalogue } = await import("../../pipeline.js");
  const { CacheFile } = await import("../../cache/cache-file.js");
  const { diskCacheDir } = await import("./shared-options.js");
  const sources = readSpecSources(specPath ?? defaultSpecPath);
  // The cache on disk, as generate keeps it: a spec printed before loads no TypeScript.
  const model = readCatalogue({ sources, cacheDir: diskCacheDir });
  const runtime = await loadGeneratedPackage({ model, diskCache: CacheFile.open(diskCacheDir) });
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
