/** The generated validators of the mini spec and of the full catalogue, built in memory once per file. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defaultSpecPath, loadGeneratedPackage, projectRoot, readCatalogue, type GenerateOptions } from "../../generator/pipeline.js";
import type { CatalogueModel } from "../../generator/model/types.js";
import type { GeneratedPackage } from "../../generator/targets/target.js";

export const miniSpecPath = resolve(projectRoot, "test/fixtures/specs/mini");
export const fullSpecPath = defaultSpecPath;
/** The full catalogue is expected from now on: its absence must fail, not skip. */
export const fullCatalogueExists = existsSync(fullSpecPath);

export interface ValidationErrorLike {
  path: string;
  code: string;
  message: string;
}
export type Result = { ok: true; value: unknown; known?: boolean; warnings?: ValidationErrorLike[] } | { ok: false; errors: ValidationErrorLike[]; warnings?: ValidationErrorLike[] };
export type Validate = (input: unknown, options?: { abortEarly?: boolean; maxErrors?: number; policy?: "strict" | "lenient" }) => Result;

export interface Loaded {
  model: CatalogueModel;
  pkg: GeneratedPackage;
  validateUnion: Validate;
  isUnion: (input: unknown) => boolean;
  validateEvent: (typeName: string) => Validate;
}

export async function load(specPath: string): Promise<Loaded> {
  const options: Pick<GenerateOptions, "specPath"> = { specPath };
  const model = readCatalogue(options);
  const pkg = await loadGeneratedPackage(options);
  const validateEvent = (typeName: string): Validate => {
    const validate = pkg[`validate${typeName}`];
    if (typeof validate !== "function") throw new Error(`validate${typeName} is not exported`);
    return validate as Validate;
  };
  return { model, pkg, validateUnion: validateEvent(model.package.unionName), isUnion: pkg[`is${model.package.unionName}`], validateEvent };
}
