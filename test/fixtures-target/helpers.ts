import { CacheFile } from "../../generator/cache/cache-file.js";
import { diskCacheDir } from "../../generator/cli/commands/shared-options.js";
import { factoryName, invalidFactoryName, validatorName } from "../../generator/model/naming.js";
import type { CatalogueModel, PropertyModel, ValueType } from "../../generator/model/types.js";
import { loadGeneratedPackage, readCatalogue } from "../../generator/pipeline.js";
import type { SpecSources } from "../../generator/load/load-spec.js";
import type { GeneratedPackage } from "../../generator/targets/target.js";

export const miniSpec = "test/fixtures/specs/mini";
export const fullCatalogue = "spec/catalogue";
export const optionalModes = ["all", "none", "random"] as const;

export interface FixtureOptions {
  seed?: number;
  optional?: (typeof optionalModes)[number];
}

export interface InvalidFixture {
  description: string;
  payload: unknown;
  path: string;
  code: string;
}

/** A spec with its generated package, reached through the names the package promises. */
export interface Subject {
  model: CatalogueModel;
  generated: GeneratedPackage;
  eventTypes: string[];
  create(type: string, overrides?: unknown, options?: FixtureOptions): Record<string, unknown>;
  createInvalid(type: string, options?: FixtureOptions): InvalidFixture[];
  /** The generated validator of the union. */
  validate: Validate;
}

export interface ReportedError {
  path: string;
  code: string;
  message: string;
}

export type Validate = (input: unknown) => { ok: true; value: unknown } | { ok: false; errors: ReportedError[] };

/** The tool's cache, read once per worker: subjects load with it, as validate and fixture do (the code is the same without it). */
let diskCache: CacheFile | undefined;

export async function loadSubject(options: { specPath?: string; sources?: SpecSources }): Promise<Subject> {
  const model = readCatalogue(options);
  const generated = await loadGeneratedPackage({ model, diskCache: (diskCache ??= CacheFile.open(diskCacheDir)) });
  const union = model.package.unionName;
  const validate = generated[validatorName(union)] as Validate | undefined;
  if (typeof validate !== "function") throw new Error(`the generated package has no ${validatorName(union)}: is the validators target registered?`);
  return {
    model,
    generated,
    eventTypes: model.events.map((e) => e.name),
    create: generated[factoryName(union)],
    createInvalid: generated[invalidFactoryName(union)],
    validate,
  };
}

export interface Leaf {
  value: unknown;
  /** The spec allows a single value here (a literal, a one-member enum, a single example). */
  constant: boolean;
}

/** Every leaf value of a payload by JSON Pointer, walked along the model (unions and free-form values are leaves). */
export function leavesOf(model: CatalogueModel, properties: readonly PropertyModel[], payload: Record<string, unknown>): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const visitObject = (list: readonly PropertyModel[], object: Record<string, unknown>, path: string) => {
    for (const property of list) if (property.name in object) visit(property, object[property.name], `${path}/${property.name}`);
  };
  const visit = (value: ValueType, actual: unknown, path: string): void => {
    if (actual === null || actual === undefined) return;
    const type = value.type;
    if (type.kind === "shape") return visitObject(model.shapes.find((s) => s.name === type.name)!.properties, actual as Record<string, unknown>, path);
    if (type.kind === "array") return (actual as unknown[]).forEach((item, i) => visit(type.items, item, `${path}/${i}`));
    if (type.kind === "record") return Object.entries(actual as object).forEach(([k, v]) => visit(type.values, v, `${path}/${k}`));
    const enumSize = type.kind === "enum" ? model.enums.find((e) => e.name === type.name)!.values.length : Infinity;
    const constant = type.kind === "literal" || enumSize === 1 || value.examples?.length === 1;
    leaves.set(path, { value: JSON.stringify(actual), constant });
  };
  visitObject(properties, payload, "");
  return leaves;
}

/** The value at a JSON Pointer. */
export function at(payload: unknown, pointer: string): unknown {
  let current: any = payload;
  for (const segment of pointer.split("/").slice(1)) current = current?.[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  return current;
}
