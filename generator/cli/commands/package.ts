/** The real generated runtime (validators, factories) of a spec, built in memory, for validate and fixture. */
import { factoryName, invalidFactoryName, validatorName } from "../../model/naming.js";
import type { CatalogueModel } from "../../model/types.js";
import type { ValidationIssue } from "./validate-report.js";

export interface LoadedCatalogue {
  model: CatalogueModel;
  validate(input: unknown): { ok: true } | { ok: false; errors: ValidationIssue[] };
  create(type: string, overrides: object, options: { seed?: number; optional?: string }): unknown;
  /** The negative fixtures of an event type: payloads that each break one rule. */
  createInvalid(type: string, options: { seed?: number }): { description: string; payload: unknown }[];
}

export async function loadCatalogueRuntime(specPath: string | undefined): Promise<LoadedCatalogue> {
  const { readSpecSources } = await import("../../load/load-spec.js");
  const { defaultSpecPath, loadGeneratedPackage, readCatalogue } = await import("../../pipeline.js");
  const sources = readSpecSources(specPath ?? defaultSpecPath);
  const model = readCatalogue({ sources });
  const runtime = await loadGeneratedPackage({ sources });
  const union = model.package.unionName;
  const need = (name: string, target: string) => {
    const value = runtime[name];
    if (typeof value !== "function") throw new Error(`the generated package has no ${name}: is the ${target} target registered?`);
    return value as (...args: unknown[]) => any;
  };
  return {
    model,
    validate: (input) => need(validatorName(union), "validators")(input),
    create: (type, overrides, options) => need(factoryName(union), "fixtures")(type, overrides, options),
    createInvalid: (type, options) => need(invalidFactoryName(union), "fixtures")(type, options),
  };
}
