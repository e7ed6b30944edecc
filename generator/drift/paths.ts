/** Diff paths (`errors[].code`, `metadata{}`, `reason.reason_code`) walked through a model. */
import type { CatalogueModel, PropertyModel, ValueType } from "../model/types.js";

export interface PathStep {
  property: PropertyModel;
  /** The property's value after the path's `[]` and `{}` steps. */
  value: ValueType | undefined;
}

/**
 * The properties along `path` from a list of properties, outermost first, as far as the model has
 * them. A segment is a property name with `[]` (array items) or `{}` (record values) steps after it;
 * a shape's properties follow a `.`.
 */
export function stepsAlong(model: CatalogueModel, properties: readonly PropertyModel[], path: string): PathStep[] {
  const steps: PathStep[] = [];
  let here: readonly PropertyModel[] | undefined = properties;
  for (const segment of path === "" ? [] : path.split(".")) {
    const [, name, suffixes] = /^([^[{]*)((?:\[\]|\{\})*)$/.exec(segment) ?? [];
    const property: PropertyModel | undefined = here?.find((p) => p.name === name);
    if (!property) break;
    let value: ValueType | undefined = property;
    for (const suffix of suffixes?.match(/\[\]|\{\}/g) ?? []) {
      if (suffix === "[]" && value?.type.kind === "array") value = value.type.items;
      else if (suffix === "{}" && value?.type.kind === "record") value = value.type.values;
      else value = undefined;
    }
    steps.push({ property, value });
    const type: ValueType["type"] | undefined = value?.type;
    here = type?.kind === "shape" ? model.shapes.find((s) => s.name === type.name)?.properties : undefined;
  }
  return steps;
}

/** The step at the end of `path`, when the model has every property along it. */
export function stepAt(model: CatalogueModel, properties: readonly PropertyModel[], path: string): PathStep | undefined {
  const steps = stepsAlong(model, properties, path);
  return steps.length === (path === "" ? 0 : path.split(".").length) ? steps.at(-1) : undefined;
}

/** The path without its last property: `errors[].code` → `errors[]`, `reason` → ``. */
export function parentPath(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? "" : path.slice(0, dot);
}

export function lastName(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1).replace(/(\[\]|\{\})+$/, "");
}
