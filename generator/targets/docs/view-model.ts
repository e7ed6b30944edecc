/**
 * The docs as plain data for the templates: every string is already Markdown (escaped spec text,
 * code spans, links with resolved anchors), so that templates only lay things out.
 */
import type { CatalogueModel, EventModel, FamilyModel, GroupModel, PropertyModel } from "../../model/types.js";
import { cellCode, codeFence, codeSpan, escapeProse, escapeTableCell, linkDestination, PageAnchors } from "../../escape/markdown.js";
import { typeForPeople, type TypeLinks } from "./type-for-people.js";
import { derive, digest } from "../../shared/derived.js";
import type { EmitCache } from "../target.js";

export interface Link {
  text: string;
  href: string;
}

export interface PropertyRow {
  name: string;
  type: string;
  required: boolean;
  nullable: boolean;
  deprecated: boolean;
  /** The deprecation reason, "" when none is given. */
  deprecationNote: string;
  unreleased: boolean;
  description: string;
  /** The shared group whose definition of this property the event changes. */
  overrides?: Link;
}

export interface EventSection {
  name: string;
  heading: string;
  anchor: string;
  summary: string;
  description: string;
  deprecated: boolean;
  deprecationNote: string;
  unreleased: boolean;
  aliases: string[];
  /** Groups whose properties the event also has (documented on the shared page). */
  groups: Link[];
  /** Properties of those groups that the event leaves out. */
  omitted: string[];
  properties: PropertyRow[];
  example: { fence: string; json: string };
}

export interface FamilyPage {
  path: string;
  title: string;
  description: string;
  indexPath: string;
  sharedPath: string;
  events: EventSection[];
}

export interface IndexEntry {
  link: Link;
  summary: string;
  deprecated: boolean;
  unreleased: boolean;
}

export interface IndexPage {
  title: string;
  description: string;
  sharedPath: string;
  /** Each family with its events, in the order of the family's page. */
  families: { link: Link; eventCount: number; description: string; events: IndexEntry[] }[];
  /** Every event, by name. */
  events: (IndexEntry & { family: Link })[];
  aliases: { name: string; current: Link }[];
}

export interface SharedPage {
  indexPath: string;
  groups: { title: string; anchor: string; description: string; includes: Link[]; properties: PropertyRow[]; usedBy: number }[];
  /** `legacy`: accepted from older payloads, no longer sent (fixtures never show it). */
  enums: { name: string; anchor: string; description: string; values: { value: string; description: string; legacy: boolean }[] }[];
  shapes: { name: string; anchor: string; description: string; properties: PropertyRow[] }[];
}

export interface DocsSite {
  index: IndexPage;
  families: FamilyPage[];
  shared: SharedPage;
}

export const indexPath = "README.md";
export const sharedPath = "shared.md";

/** A family's page; a family named like one of the fixed pages gets a suffix. */
export function familyPagePath(familyKey: string): string {
  const path = `${familyKey}.md`;
  return [indexPath, sharedPath].some((fixed) => fixed.toLowerCase() === path.toLowerCase()) ? `${familyKey}-events.md` : path;
}

/** Builds every page's data. `examples` holds the example payload of each event. */
export function buildDocsSite(model: CatalogueModel, examples: ReadonlyMap<string, unknown>, memo?: EmitCache["derived"]): DocsSite {
  const families = familiesOf(model);
  const shared = sharedAnchors(model);
  const eventAnchors = new Map<string, { page: string; anchor: string }>();
  for (const family of families) {
    // Heading order of the family template: the family title, then one heading per event.
    const anchors = new PageAnchors();
    anchors.add(family.title);
    for (const name of family.events) eventAnchors.set(name, { page: familyPagePath(family.key), anchor: anchors.add(name) });
  }
  const eventHref = (name: string) => linkDestination(`${eventAnchors.get(name)!.page}#${eventAnchors.get(name)!.anchor}`);
  const pageHref = (familyKey: string) => linkDestination(familyPagePath(familyKey));
  const enumValues = (name: string) => model.enums.find((e) => e.name === name)?.values.map((v) => v.value) ?? [];
  const linksFrom = (onSharedPage: boolean): TypeLinks & { group(key: string): string } => {
    const prefix = onSharedPage ? "" : sharedPath;
    return {
      enum: (name) => `${prefix}#${shared.enums.get(name)}`,
      shape: (name) => `${prefix}#${shared.shapes.get(name)}`,
      group: (key) => `${prefix}#${shared.groups.get(key)}`,
    };
  };
  const row = (property: PropertyModel, links: TypeLinks, overrides?: Link): PropertyRow => ({
    name: cellCode(property.name),
    type: typeForPeople(property, links, enumValues),
    required: property.required,
    nullable: property.nullable,
    deprecated: property.deprecated !== undefined,
    deprecationNote: escapeTableCell(property.deprecated ?? ""),
    unreleased: property.unreleased,
    description: escapeTableCell(property.description),
    ...(overrides ? { overrides } : {}),
  });
  const groupLink = (group: GroupModel, onSharedPage: boolean): Link => ({
    text: escapeTableCell(group.title),
    href: linksFrom(onSharedPage).group(group.key),
  });
  const groupByKey = new Map(model.groups.map((g) => [g.key, g]));

  // With a memo (watch), an event's section is kept while the event, its example, its anchor and
  // what its rows link to or read (groups, enums, shapes and their anchors) are the same.
  const context = memo ? digest(JSON.stringify({ groups: model.groups, enums: model.enums, anchors: [...shared.groups, ...shared.enums, ...shared.shapes] })) : "";
  const eventSection = (event: EventModel): EventSection =>
    derive(
      memo,
      () => `docs-event\u0000${context}\u0000${eventAnchors.get(event.name)!.anchor}\u0000${JSON.stringify(event)}\u0000${JSON.stringify(examples.get(event.name))}`,
      () => buildEventSection(event),
    );
  const buildEventSection = (event: EventModel): EventSection => {
    const links = linksFrom(false);
    const groups = event.groups.map((key) => groupByKey.get(key)!);
    const fromGroups = new Map(groups.flatMap((g) => g.properties.map((p) => [p.name, { group: g, property: p }] as const)));
    const rows: PropertyRow[] = [];
    for (const property of event.properties) {
      const inherited = property.group !== undefined ? fromGroups.get(property.name) : undefined;
      if (!inherited) rows.push(row(property, links));
      else if (!sameForReaders(property, inherited.property)) {
        const owner = groupByKey.get(property.group!) ?? inherited.group;
        rows.push(row(property, links, groupLink(owner, false)));
      }
    }
    const present = new Set(event.properties.map((p) => p.name));
    const json = JSON.stringify(examples.get(event.name), null, 2);
    if (json === undefined) throw new Error(`docs: no example payload for event '${event.name}'`);
    return {
      name: event.name,
      heading: cellCode(event.name),
      anchor: eventAnchors.get(event.name)!.anchor,
      summary: escapeTableCell(event.summary),
      description: escapeProse(event.description),
      deprecated: event.deprecated !== undefined,
      deprecationNote: escapeProse(event.deprecated ?? ""),
      unreleased: event.unreleased,
      aliases: event.aliases.map(codeSpan),
      groups: groups.map((g) => groupLink(g, false)),
      omitted: [...fromGroups.keys()].filter((name) => !present.has(name)).map(codeSpan),
      properties: rows,
      example: { fence: codeFence(json), json },
    };
  };

  const eventsByName = new Map(model.events.map((e) => [e.name, e]));
  const familyTitle = new Map(families.map((f) => [f.key, escapeTableCell(f.title)]));
  const sharedLinks = linksFrom(true);

  const indexEntry = (e: EventModel): IndexEntry => ({
    link: { text: cellCode(e.name), href: eventHref(e.name) },
    summary: escapeTableCell(e.summary),
    deprecated: e.deprecated !== undefined,
    unreleased: e.unreleased,
  });

  return {
    index: {
      title: escapeTableCell(model.package.name),
      description: escapeProse(model.package.description),
      sharedPath,
      families: families.map((f) => ({
        link: { text: escapeTableCell(f.title), href: pageHref(f.key) },
        eventCount: f.events.length,
        description: escapeTableCell(f.description),
        events: f.events.map((name) => indexEntry(eventsByName.get(name)!)),
      })),
      events: model.events.map((e) => ({ ...indexEntry(e), family: { text: familyTitle.get(e.family)!, href: pageHref(e.family) } })),
      aliases: model.events
        .flatMap((e) => e.aliases.map((alias) => ({ alias, event: e.name })))
        .sort((a, b) => (a.alias < b.alias ? -1 : 1))
        .map(({ alias, event }) => ({ name: cellCode(alias), current: { text: cellCode(event), href: eventHref(event) } })),
    },
    families: families.map((f) => ({
      path: familyPagePath(f.key),
      title: escapeTableCell(f.title),
      description: escapeProse(f.description),
      indexPath,
      sharedPath,
      events: f.events.map((name) => eventSection(eventsByName.get(name)!)),
    })),
    shared: {
      indexPath,
      groups: model.groups.map((g) => ({
        title: escapeTableCell(g.title),
        anchor: shared.groups.get(g.key)!,
        description: escapeProse(g.description),
        includes: g.includes.map((key) => groupLink(groupByKey.get(key)!, true)),
        properties: g.properties.filter((p) => p.group === g.key).map((p) => row(p, sharedLinks)),
        usedBy: model.events.filter((e) => e.groups.includes(g.key)).length,
      })),
      enums: model.enums.map((e) => ({
        name: escapeTableCell(e.name),
        anchor: shared.enums.get(e.name)!,
        description: escapeProse(e.description),
        values: e.values.map((v) => ({ value: cellCode(JSON.stringify(v.value)), description: escapeTableCell(v.description), legacy: v.legacy === true })),
      })),
      shapes: model.shapes.map((s) => ({
        name: escapeTableCell(s.name),
        anchor: shared.shapes.get(s.name)!,
        description: escapeProse(s.description),
        properties: s.properties.map((p) => row(p, sharedLinks)),
      })),
    },
  };
}

/** The model's families, plus any family an event names without a family entry (titled by its key). */
function familiesOf(model: CatalogueModel): FamilyModel[] {
  const families = model.families.map((f) => ({ ...f, events: [...f.events] }));
  for (const event of model.events) {
    const family = families.find((f) => f.key === event.family);
    if (!family) families.push({ key: event.family, title: event.family, description: "", events: [event.name] });
    else if (!family.events.includes(event.name)) family.events.push(event.name);
  }
  return families;
}

/** Anchors of the shared page, in the heading order of its template (fixed headings included). */
function sharedAnchors(model: CatalogueModel) {
  const anchors = new PageAnchors();
  anchors.add("Shared definitions");
  const section = <T>(heading: string, items: T[], key: (item: T) => string, text: (item: T) => string) => {
    if (items.length > 0) anchors.add(heading);
    return new Map(items.map((item) => [key(item), anchors.add(text(item))]));
  };
  const groups = section("Property groups", model.groups, (g) => g.key, (g) => g.title);
  const enums = section("Enums", model.enums, (e) => e.name, (e) => e.name);
  const shapes = section("Shapes", model.shapes, (s) => s.name, (s) => s.name);
  return { groups, enums, shapes };
}

/** Whether an event's copy of a group property reads the same as the group's own definition. */
function sameForReaders(a: PropertyModel, b: PropertyModel): boolean {
  const visible = (p: PropertyModel) => [p.description, p.required, p.nullable, p.deprecated, p.unreleased, JSON.stringify(p.type)];
  return JSON.stringify(visible(a)) === JSON.stringify(visible(b));
}
