/**
 * The catalogue as the fixture runtime reads it: the fixtures target prints it into the package, and
 * the docs run the runtime over it for their example payloads.
 */
import type { CatalogueModel, PropertyModel, TypeNode, ValueType } from "../model/types.js";
import type { CatalogueBlueprint, PropertyBlueprint, TypeBlueprint, ValueBlueprint } from "./fixture-runtime.js";

/** The blueprint keeps only what generation needs: no descriptions, no locations. */
export function catalogueBlueprint(model: CatalogueModel): CatalogueBlueprint {
  const properties = (list: readonly PropertyModel[]): PropertyBlueprint[] =>
    list.map((p) => ({ name: p.name, required: p.required, ...valueBlueprint(p) }));
  return {
    discriminator: model.package.discriminator,
    enums: Object.fromEntries(model.enums.map((e) => [e.name, e.values.map((v) => v.value)])),
    shapes: Object.fromEntries(model.shapes.map((s) => [s.name, properties(s.properties)])),
    events: Object.fromEntries(model.events.map((e) => [e.name, properties(e.properties)])),
    aliases: Object.fromEntries(model.events.flatMap((e) => e.aliases.map((alias) => [alias, e.name]))),
  };
}

function valueBlueprint(value: ValueType): ValueBlueprint {
  return {
    type: typeBlueprint(value.type),
    ...(value.nullable ? { nullable: true } : {}),
    ...(value.examples && value.examples.length > 0 ? { examples: value.examples } : {}),
  };
}

function typeBlueprint(type: TypeNode): TypeBlueprint {
  switch (type.kind) {
    case "array":
      return { kind: "array", items: valueBlueprint(type.items) };
    case "record":
      return { kind: "record", values: valueBlueprint(type.values) };
    case "union":
      return { kind: "union", of: type.of.map(valueBlueprint) };
    default:
      return { ...type };
  }
}
