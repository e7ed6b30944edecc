/**
 * The catalogue as the fixture runtime reads it: the fixtures target prints it into the package, and
 * the docs run the runtime over it for their example payloads.
 */
import type { CatalogueModel, EventModel, PropertyModel, RelationModel, TypeNode, ValueType } from "../model/types.js";
import type { CatalogueBlueprint, DerivationBlueprint, PropertyBlueprint, TypeBlueprint, ValueBlueprint } from "./fixture-runtime.js";

/** The blueprint keeps only what generation needs: no descriptions, no locations. */
export function catalogueBlueprint(model: CatalogueModel): CatalogueBlueprint {
  const legacy = model.enums.filter((e) => e.values.some((v) => v.legacy)).map((e) => [e.name, e.values.filter((v) => v.legacy).map((v) => v.value)]);
  return {
    discriminator: model.package.discriminator,
    enums: Object.fromEntries(model.enums.map((e) => [e.name, e.values.filter((v) => !v.legacy).map((v) => v.value)])),
    ...(legacy.length > 0 ? { legacy: Object.fromEntries(legacy) } : {}),
    shapes: Object.fromEntries(model.shapes.map((s) => [s.name, propertyBlueprints(s.properties, s.relations)])),
    events: Object.fromEntries(model.events.map((e) => [e.name, propertyBlueprints(e.properties, e.relations, e)])),
    aliases: Object.fromEntries(model.events.flatMap((e) => e.aliases.map((alias) => [alias, e.name]))),
  };
}

/** An object's properties, each carrying the relations that decide its value or presence. */
function propertyBlueprints(list: readonly PropertyModel[], relations: readonly RelationModel[], event?: EventModel): PropertyBlueprint[] {
  return list.map((p) => {
    const own = relations.filter((r) => r.property === p.name);
    const derive = own.map((r) => derivation(r, event)).find((d) => d !== undefined);
    const presence = own.find((r) => r.kind === "present_when" || r.kind === "present_unless");
    return {
      name: p.name,
      required: p.required,
      ...valueBlueprint(p),
      ...(derive ? { derive } : {}),
      ...(presence?.kind === "present_when" || presence?.kind === "present_unless"
        ? { presentWhen: { of: presence.of, ...(presence.in ? { in: presence.in } : {}), ...(presence.kind === "present_unless" ? { unless: true as const } : {}) } }
        : {}),
    };
  });
}

function derivation(relation: RelationModel, event: EventModel | undefined): DerivationBlueprint | undefined {
  switch (relation.kind) {
    case "not_before":
    case "at_least":
      return { kind: relation.kind, of: relation.of, ...(relation.maxGap !== undefined ? { maxGap: relation.maxGap } : {}) };
    case "linear":
      return { kind: "linear", of: relation.of, scale: relation.scale, offset: relation.offset };
    case "by_range":
      return { kind: "by_range", of: relation.of, bands: relation.bands };
    case "by_value":
      return { kind: "by_value", of: relation.of, values: relation.values };
    case "event_text":
      return event ? { kind: "text", value: event.summary } : undefined;
    case "present_when":
    case "present_unless":
      return undefined;
  }
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
