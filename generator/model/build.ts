import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatLocation } from "../diagnostics/diagnostic.js";
import type { Entry, RawCatalogue, RawDecision, RawEvent, RawOverride, RawProperty, RawRelation, RawValueType } from "../check/raw.js";
import type { SpecDocument } from "../load/load-spec.js";
import { eventOfName, eventTypeName, eventTypesConstName } from "./naming.js";
import type { CatalogueModel, DriftExplanation, EventModel, GroupModel, PropertyModel, RelationModel, RelationRule, StringFormat, TypeNode, ValueType } from "./types.js";

/**
 * Resolves composition (include, omit, override) into the model. Expects a catalogue that passed
 * the structure and reference checks; reports conflicts that only composition reveals.
 */
export function buildModel(raw: RawCatalogue): { model: CatalogueModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const pkg = raw.packages[0]!.value;
  const discriminator = pkg.discriminator ?? "event_type";

  const ownProperties = (entry: Entry<unknown>, properties: Record<string, RawProperty> | undefined, group?: string) =>
    Object.entries(properties ?? {}).map(([name, property]) => toProperty(entry, name, property, group));

  // Groups are composed once each, in dependency order; an include seen twice is taken once.
  const groupCache = new Map<string, PropertyModel[]>();
  const composeGroup = (name: string, stack: string[] = []): PropertyModel[] => {
    const cached = groupCache.get(name);
    if (cached) return cached;
    const entry = raw.groups.get(name);
    if (!entry || stack.includes(name)) return [];
    const composed = composeIncludes(entry, entry.value.include, [...stack, name]);
    addOwn(entry, composed, ownProperties(entry, entry.value.properties, name));
    groupCache.set(name, composed);
    return composed;
  };

  const composeIncludes = (entry: Entry<unknown>, include: string[] | undefined, stack: string[]): PropertyModel[] => {
    const composed: PropertyModel[] = [];
    for (const group of include ?? []) {
      for (const property of composeGroup(group, stack)) {
        const existing = composed.find((p) => p.name === property.name);
        if (!existing) composed.push(property);
        else if (!sameDefinition(existing, property)) {
          diagnostics.push({
            code: "duplicate_property",
            message: `property '${property.name}' comes from group '${existing.group}' (${formatLocation(existing.location)}) and from group '${property.group}' (${formatLocation(property.location)}); define it once or omit one`,
            location: entry.doc.locate(entry.path, "key"),
          });
        }
      }
    }
    return composed;
  };

  const addOwn = (entry: Entry<unknown>, composed: PropertyModel[], own: PropertyModel[]) => {
    for (const property of own) {
      const existing = composed.find((p) => p.name === property.name);
      if (existing) {
        diagnostics.push({
          code: "duplicate_property",
          message: `property '${property.name}' is already composed from group '${existing.group}' (${formatLocation(existing.location)}); use override or omit to change it`,
          location: property.location,
        });
      } else {
        composed.push(property);
      }
    }
  };

  const groupsOf = (include: string[] | undefined, seen: string[] = []): string[] => {
    for (const group of include ?? []) {
      if (seen.includes(group)) continue;
      seen.push(group);
      groupsOf(raw.groups.get(group)?.value.include, seen);
    }
    return seen;
  };

  // A group's relations with those of the groups it includes, outermost first, each once.
  const relationCache = new Map<string, RelationModel[]>();
  const groupRelations = (name: string, stack: string[] = []): RelationModel[] => {
    const cached = relationCache.get(name);
    if (cached) return cached;
    const entry = raw.groups.get(name);
    if (!entry || stack.includes(name)) return [];
    const composed = includedRelations(entry.value.include, [...stack, name]);
    composed.push(...relationsOf(entry, entry.value.relations));
    relationCache.set(name, composed);
    return composed;
  };
  const includedRelations = (include: string[] | undefined, stack: string[] = []): RelationModel[] => {
    const composed: RelationModel[] = [];
    for (const group of include ?? []) for (const relation of groupRelations(group, stack)) if (!composed.includes(relation)) composed.push(relation);
    return composed;
  };

  const groups: GroupModel[] = [...raw.groups.values()]
    .sort(byName)
    .map((entry) => ({
      key: entry.name,
      title: entry.value.title,
      description: entry.value.description,
      includes: entry.value.include ?? [],
      properties: composeGroup(entry.name),
      relations: groupRelations(entry.name),
      location: entry.doc.locate(entry.path, "key"),
    }));

  const events: EventModel[] = [...raw.events.values()].sort(byName).map((entry) => {
    const event: RawEvent = entry.value;
    const location = entry.doc.locate(entry.path, "key");
    let properties = composeIncludes(entry, event.include, []);
    (event.omit ?? []).forEach((name, i) => {
      if (!properties.some((p) => p.name === name)) {
        diagnostics.push({
          code: "unknown_omit",
          message: `cannot omit '${name}': no included group gives '${entry.name}' that property`,
          location: entry.doc.locate([...entry.path, "omit", i]),
        });
      }
      properties = properties.filter((p) => p.name !== name);
    });
    for (const [name, change] of Object.entries(event.override ?? {})) {
      const index = properties.findIndex((p) => p.name === name);
      if (index < 0) {
        diagnostics.push({
          code: "unknown_override",
          message: `cannot override '${name}': no included group gives '${entry.name}' that property`,
          location: entry.doc.locate([...entry.path, "override", name], "key"),
        });
        continue;
      }
      properties[index] = applyOverride(properties[index]!, change, entry.doc, [...entry.path, "override", name]);
    }
    addOwn(entry, properties, ownProperties(entry, event.properties));
    const discriminatorProperty: PropertyModel = {
      name: discriminator,
      description: `Always \`${entry.name}\` for this event.`,
      type: { kind: "literal", value: entry.name },
      nullable: false,
      required: true,
      unreleased: false,
      location,
    };
    return {
      name: entry.name,
      typeName: eventTypeName(entry.name),
      family: event.family ?? entry.name.split(".")[0]!,
      summary: event.summary ?? firstSentence(event.description),
      description: event.description,
      aliases: event.aliases ?? [],
      ...deprecation(event.deprecated),
      unreleased: event.unreleased ?? false,
      ...decisionOf(event.decision, entry.doc, entry.path),
      groups: groupsOf(event.include),
      properties: [discriminatorProperty, ...properties],
      // An included relation that names a property the event omits cannot apply to it.
      relations: [
        ...includedRelations(event.include).filter((r) => [r.property, ...("of" in r ? [relationSource(r.of)] : [])].every((name) => properties.some((p) => p.name === name))),
        ...relationsOf(entry, event.relations),
      ],
      location,
    };
  });

  const model: CatalogueModel = {
    package: {
      name: pkg.name,
      version: pkg.version,
      description: pkg.description ?? "",
      unionName: pkg.unionName,
      eventTypeName: pkg.eventTypeName,
      eventOfName: eventOfName(pkg.unionName),
      eventTypesConstName: eventTypesConstName(pkg.eventTypeName),
      discriminator,
      license: pkg.license ?? "MIT",
      ...(pkg.engines ? { engines: pkg.engines } : {}),
      ...(pkg.repository ? { repository: pkg.repository } : {}),
      ...(pkg.homepage ? { homepage: pkg.homepage } : {}),
      ...(pkg.bugs ? { bugs: pkg.bugs } : {}),
      keywords: pkg.keywords ?? [],
    },
    families: [...raw.families.values()].sort(byName).map((entry) => ({
      key: entry.name,
      title: entry.value.title,
      description: entry.value.description,
      events: events.filter((e) => e.family === entry.name).map((e) => e.name),
    })),
    enums: [...raw.enums.values()].sort(byName).map((entry) => ({
      name: entry.name,
      description: entry.value.description,
      values: Object.entries(entry.value.values).map(([value, description]) => ({ value, description, ...(entry.value.legacy?.includes(value) ? { legacy: true as const } : {}) })),
      ...decisionOf(entry.value.decision, entry.doc, entry.path),
      location: entry.doc.locate(entry.path, "key"),
    })),
    shapes: [...raw.shapes.values()].sort(byName).map((entry) => ({
      name: entry.name,
      description: entry.value.description,
      properties: ownProperties(entry, entry.value.properties),
      relations: relationsOf(entry, entry.value.relations),
      location: entry.doc.locate(entry.path, "key"),
    })),
    groups,
    events,
  };
  return { model, diagnostics };
}

/** The property of the same object that a relation's `of` starts at (a path goes on into it). */
export const relationSource = (of: string): string => of.split("/")[0]!;

function relationsOf(entry: Entry<unknown>, relations: RawRelation[] | undefined): RelationModel[] {
  return (relations ?? []).map((raw, i) => ({ ...toRelationRule(raw), property: raw.property, location: entry.doc.locate([...entry.path, "relations", i]) }));
}

/** The one kind a relation names (the spec format allows exactly one). */
function toRelationRule(raw: RawRelation): RelationRule {
  if (raw.not_before) return { kind: "not_before", of: raw.not_before.of, ...(raw.not_before.max_gap !== undefined ? { maxGap: raw.not_before.max_gap } : {}) };
  if (raw.at_least) return { kind: "at_least", of: raw.at_least.of, ...(raw.at_least.max_gap !== undefined ? { maxGap: raw.at_least.max_gap } : {}) };
  if (raw.linear) return { kind: "linear", of: raw.linear.of, scale: raw.linear.scale, offset: raw.linear.offset ?? 0 };
  if (raw.by_range) return { kind: "by_range", of: raw.by_range.of, bands: raw.by_range.bands };
  if (raw.by_value) return { kind: "by_value", of: raw.by_value.of, values: raw.by_value.values };
  if (raw.present_when) return { kind: "present_when", of: raw.present_when.of, ...(raw.present_when.in ? { in: raw.present_when.in } : {}) };
  if (raw.present_unless) return { kind: "present_unless", of: raw.present_unless.of, ...(raw.present_unless.in ? { in: raw.present_unless.in } : {}) };
  return { kind: "event_text", text: raw.event_text ?? "summary" };
}

function toProperty(entry: Entry<unknown>, name: string, raw: RawProperty, group?: string): PropertyModel {
  return {
    name,
    description: raw.description,
    ...toValueType(raw),
    required: !raw.optional,
    ...deprecation(raw.deprecated),
    unreleased: raw.unreleased ?? false,
    ...decisionOf(raw.decision, entry.doc, [...entry.path, "properties", name]),
    ...(group ? { group } : {}),
    location: entry.doc.locate([...entry.path, "properties", name], "key"),
  };
}

function toValueType(raw: RawValueType): ValueType {
  return {
    type: toTypeNode(raw),
    nullable: raw.nullable ?? false,
    ...(raw.examples ? { examples: raw.examples } : {}),
  };
}

function toTypeNode(raw: RawValueType): TypeNode {
  if (raw.oneOf) return { kind: "union", of: raw.oneOf.map(toValueType) };
  switch (raw.type) {
    case "string":
      if (raw.enum) return { kind: "enum", name: raw.enum };
      return raw.format ? { kind: "string", format: raw.format as StringFormat } : { kind: "string" };
    case "number":
    case "integer":
      return {
        kind: raw.type,
        ...(raw.minimum !== undefined ? { minimum: raw.minimum } : {}),
        ...(raw.maximum !== undefined ? { maximum: raw.maximum } : {}),
      };
    case "boolean":
      return { kind: "boolean" };
    case "object":
      return raw.shape ? { kind: "shape", name: raw.shape } : { kind: "object" };
    case "array":
      return { kind: "array", items: toValueType(raw.items ?? { type: "unknown" }) };
    case "record":
      return { kind: "record", values: toValueType(raw.values ?? { type: "unknown" }) };
    default:
      return { kind: "unknown" };
  }
}

/** A decision's text, and the drift rules it explains with where it is written, when it names them. */
function decisionOf(raw: RawDecision | undefined, doc: SpecDocument, path: (string | number)[]): { decision?: string; explains?: DriftExplanation } {
  if (!raw) return {};
  if (typeof raw === "string") return { decision: raw };
  return { decision: raw.reason, explains: { rules: raw.explains, location: doc.locate([...path, "decision"], "key") } };
}

function applyOverride(property: PropertyModel, change: RawOverride, doc: SpecDocument, path: (string | number)[]): PropertyModel {
  const next: PropertyModel = { ...property };
  if (change.description !== undefined) next.description = change.description;
  if (change.optional !== undefined) next.required = !change.optional;
  if (change.nullable !== undefined) next.nullable = change.nullable;
  if (change.unreleased !== undefined) next.unreleased = change.unreleased;
  if (change.decision !== undefined) {
    delete next.explains;
    Object.assign(next, decisionOf(change.decision, doc, path));
  }
  if (change.examples !== undefined) {
    next.examples = change.examples;
    next.examplesLocation = doc.locate([...path, "examples"], "key");
  }
  if (change.deprecated !== undefined) {
    delete next.deprecated;
    Object.assign(next, deprecation(change.deprecated));
  }
  return next;
}

function deprecation(value: boolean | string | undefined): { deprecated?: string } {
  if (value === undefined || value === false) return {};
  return { deprecated: value === true ? "" : value };
}

function sameDefinition(a: PropertyModel, b: PropertyModel): boolean {
  return formatLocation(a.location) === formatLocation(b.location);
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return (match ? match[1]! : text.trim()).replace(/\s+/g, " ");
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
