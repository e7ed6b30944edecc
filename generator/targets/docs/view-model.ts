/**
 * The docs as plain data for the templates: every string is already Markdown (escaped spec text,
 * code spans, links with resolved anchors) or a front matter value, so that templates only lay things out.
 *
 * The pages drop into a docs site as they are: one page per event (its path is its link, so no heading
 * anchor is needed to reach it), a page per family and an index, and one page of shared enums and
 * shapes whose headings are their PascalCase names. Those anchors come out the same under GitHub and
 * Docusaurus (github-slugger) and VitePress (its own slugify): tests check every link with each rule.
 */
import type { CatalogueModel, EventModel, FamilyModel, PropertyModel, TypeNode, ValueType } from "../../model/types.js";
import { cellCode, codeFence, codeSpan, escapeProse, escapeTableCell, frontMatterString, linkDestination, PageAnchors, pageName } from "../../escape/markdown.js";
import { typeForPeople, type TypeLinks } from "./type-for-people.js";
import { derive, digest } from "../../shared/derived.js";
import type { EmitCache } from "../target.js";
import type { ChangelogPage } from "./changelog.js";

export interface Link {
  text: string;
  href: string;
}

/** What a docs site reads from a page's front matter; each value is YAML already. */
export interface FrontMatter {
  title: string;
  description: string;
  sidebarPosition: number;
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
}

export interface EventPage {
  path: string;
  frontMatter: FrontMatter;
  name: string;
  heading: string;
  summary: string;
  description: string;
  deprecated: boolean;
  deprecationNote: string;
  unreleased: boolean;
  aliases: string[];
  /** The event's family page and the index, relative to this page. */
  family: Link;
  indexHref: string;
  /** Every property the event carries, its own and those of the groups it includes, in payload order. */
  properties: PropertyRow[];
  example: { fence: string; json: string };
}

export interface IndexEntry {
  link: Link;
  summary: string;
  deprecated: boolean;
  unreleased: boolean;
}

export interface FamilyPage {
  path: string;
  frontMatter: FrontMatter;
  /** The family folder's `_category_.json` for Docusaurus's sidebar: plain text, written as JSON. */
  category: { path: string; label: string; position: number };
  title: string;
  description: string;
  indexHref: string;
  events: IndexEntry[];
}

export interface IndexPage {
  frontMatter: FrontMatter;
  /** The package that types and validates these events, as a code span. */
  packageName: string;
  /** The property that names the event, as a code span. */
  discriminator: string;
  sharedHref: string;
  /** The changelog page, when a previous spec was given. */
  changelog?: Link;
  /** Each family with its events, in the order of the family's page. */
  families: { link: Link; eventCount: number; description: string; events: IndexEntry[] }[];
  aliases: { name: string; current: Link }[];
}

export interface UsedBy {
  /** The events whose payload can hold this definition, by name. */
  events: Link[];
}

export interface SharedPage {
  frontMatter: FrontMatter;
  indexHref: string;
  /** `legacy`: accepted from older payloads, no longer sent (fixtures never show it). */
  enums: ({ name: string; anchor: string; description: string; values: { value: string; description: string; legacy: boolean }[] } & UsedBy)[];
  shapes: ({ name: string; anchor: string; description: string; properties: PropertyRow[] } & UsedBy)[];
}

export interface DocsSite {
  index: IndexPage;
  families: FamilyPage[];
  events: EventPage[];
  shared: SharedPage;
  changelog?: ChangelogPage;
}

export const indexPath = "index.md";
export const sharedPath = "shared.md";
export const changelogPath = "changelog.md";

/** A family's overview page: the folder of its events. */
export function familyPagePath(familyKey: string): string {
  return `${pageName("family key", familyKey)}/index.md`;
}

/** An event's page, in its family's folder (event names always hold a dot, so never `index`). */
export function eventPagePath(event: Pick<EventModel, "name" | "family">): string {
  return `${pageName("family key", event.family)}/${pageName("event name", event.name)}.md`;
}

/** Pages of one folder level link up with this prefix. */
const up = "../";

/**
 * Builds every page's data. `examples` holds the example payload of each event; `changelog`, when
 * given, is the changelog page (it is built from two models, in changelog.ts).
 */
export function buildDocsSite(model: CatalogueModel, examples: ReadonlyMap<string, unknown>, memo?: EmitCache["derived"], changelog?: ChangelogPage): DocsSite {
  const families = familiesOf(model);
  const shared = sharedAnchors(model);
  const eventsByName = new Map(model.events.map((e) => [e.name, e]));
  const enumValues = (name: string) => model.enums.find((e) => e.name === name)?.values.map((v) => ({ value: v.value, legacy: v.legacy === true })) ?? [];
  const linksFrom = (prefix: string): TypeLinks => ({
    enum: (name) => `${prefix}${sharedPath}#${shared.enums.get(name)}`,
    shape: (name) => `${prefix}${sharedPath}#${shared.shapes.get(name)}`,
  });
  const sharedLinks: TypeLinks = { enum: (name) => `#${shared.enums.get(name)}`, shape: (name) => `#${shared.shapes.get(name)}` };
  const row = (property: PropertyModel, links: TypeLinks): PropertyRow => ({
    name: cellCode(property.name),
    type: typeForPeople(property, links, enumValues),
    required: property.required,
    nullable: property.nullable,
    deprecated: property.deprecated !== undefined,
    deprecationNote: escapeTableCell(property.deprecated ?? ""),
    unreleased: property.unreleased,
    description: escapeTableCell(property.description),
  });
  /** A link to an event's page from a page at the top level (`prefix` "") or in a family folder (`../`). */
  const eventLink = (event: EventModel, prefix: string): Link => ({ text: cellCode(event.name), href: linkDestination(`${prefix}${eventPagePath(event)}`) });
  const indexEntry = (e: EventModel, href: string): IndexEntry => ({
    link: { text: cellCode(e.name), href },
    summary: escapeTableCell(e.summary),
    deprecated: e.deprecated !== undefined,
    unreleased: e.unreleased,
  });
  const familyTitle = new Map(families.map((f) => [f.key, f.title]));

  // With a memo (watch), an event's page is kept while the event, its example, its place in the
  // family and what its rows link to or read (enums, shapes and their anchors) are the same.
  const context = memo ? digest(JSON.stringify({ enums: model.enums, anchors: [...shared.enums, ...shared.shapes], families: model.families })) : "";
  const eventPage = (event: EventModel, position: number): EventPage =>
    derive(
      memo,
      () => `docs-event\u0000${context}\u0000${position}\u0000${JSON.stringify(event)}\u0000${JSON.stringify(examples.get(event.name))}`,
      () => buildEventPage(event, position),
    );
  const buildEventPage = (event: EventModel, position: number): EventPage => {
    const json = JSON.stringify(examples.get(event.name), null, 2);
    if (json === undefined) throw new Error(`docs: no example payload for event '${event.name}'`);
    return {
      path: eventPagePath(event),
      frontMatter: { title: frontMatterString(event.name), description: frontMatterString(event.summary), sidebarPosition: position },
      name: event.name,
      heading: codeSpan(event.name),
      summary: escapeTableCell(event.summary),
      description: escapeProse(event.description),
      deprecated: event.deprecated !== undefined,
      deprecationNote: escapeProse(event.deprecated ?? ""),
      unreleased: event.unreleased,
      aliases: event.aliases.map(codeSpan),
      family: { text: escapeTableCell(familyTitle.get(event.family) ?? event.family), href: "index.md" },
      indexHref: `${up}${indexPath}`,
      properties: event.properties.map((p) => row(p, linksFrom(up))),
      example: { fence: codeFence(json), json },
    };
  };

  const usedBy = definitionUsers(model);
  const usersOf = (kind: "enum" | "shape", name: string): Link[] =>
    model.events.filter((e) => usedBy.get(e.name)!.has(`${kind}:${name}`)).map((e) => eventLink(e, ""));

  // Sidebar order: the index, the families in the spec's order, the shared definitions, the changelog.
  const familyPosition = (i: number) => i + 2;
  return {
    index: {
      frontMatter: {
        title: frontMatterString("Webhook events"),
        description: frontMatterString(`Every webhook event, the properties it carries and an example payload.`),
        sidebarPosition: 1,
      },
      packageName: codeSpan(model.package.name),
      discriminator: codeSpan(model.package.discriminator),
      sharedHref: sharedPath,
      ...(changelog ? { changelog: { text: "Changelog", href: changelogPath } } : {}),
      families: families.map((f) => ({
        link: { text: escapeTableCell(f.title), href: linkDestination(familyPagePath(f.key)) },
        eventCount: f.events.length,
        description: escapeTableCell(f.description),
        events: f.events.map((name) => indexEntry(eventsByName.get(name)!, eventLink(eventsByName.get(name)!, "").href)),
      })),
      aliases: model.events
        .flatMap((e) => e.aliases.map((alias) => ({ alias, event: e })))
        .sort((a, b) => (a.alias < b.alias ? -1 : 1))
        .map(({ alias, event }) => ({ name: cellCode(alias), current: eventLink(event, "") })),
    },
    families: families.map((f, i) => ({
      path: familyPagePath(f.key),
      category: { path: `${pageName("family key", f.key)}/_category_.json`, label: f.title, position: familyPosition(i) },
      frontMatter: { title: frontMatterString(f.title), description: frontMatterString(f.description || f.title), sidebarPosition: familyPosition(i) },
      title: escapeTableCell(f.title),
      description: escapeProse(f.description),
      indexHref: `${up}${indexPath}`,
      events: f.events.map((name) => indexEntry(eventsByName.get(name)!, linkDestination(`${name}.md`))),
    })),
    events: families.flatMap((f) => f.events.map((name, i) => eventPage(eventsByName.get(name)!, i + 1))),
    shared: {
      frontMatter: {
        title: frontMatterString("Shared definitions"),
        description: frontMatterString("Enums and object shapes that several events use."),
        sidebarPosition: familyPosition(families.length),
      },
      indexHref: indexPath,
      enums: model.enums.map((e) => ({
        name: escapeTableCell(e.name),
        anchor: shared.enums.get(e.name)!,
        description: escapeProse(e.description),
        values: e.values.map((v) => ({ value: cellCode(JSON.stringify(v.value)), description: escapeTableCell(v.description), legacy: v.legacy === true })),
        events: usersOf("enum", e.name),
      })),
      shapes: model.shapes.map((s) => ({
        name: escapeTableCell(s.name),
        anchor: shared.shapes.get(s.name)!,
        description: escapeProse(s.description),
        properties: s.properties.map((p) => row(p, sharedLinks)),
        events: usersOf("shape", s.name),
      })),
    },
    ...(changelog ? { changelog: { ...changelog, frontMatter: { ...changelog.frontMatter, sidebarPosition: familyPosition(families.length) + 1 } } } : {}),
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

/**
 * Anchors of the shared page, in the heading order of its template (fixed headings included). Its
 * headings are the fixed words and the enum and shape names, which are PascalCase (letters and digits):
 * on such text the slug rules of GitHub, Docusaurus and VitePress agree.
 */
function sharedAnchors(model: CatalogueModel) {
  const anchors = new PageAnchors();
  anchors.add("Shared definitions");
  const section = <T>(heading: string, items: T[], key: (item: T) => string) => {
    if (items.length > 0) anchors.add(heading);
    return new Map(items.map((item) => [key(item), anchors.add(key(item))]));
  };
  const enums = section("Enums", model.enums, (e) => e.name);
  const shapes = section("Shapes", model.shapes, (s) => s.name);
  return { enums, shapes };
}

/** For each event, the enums and shapes (`enum:Name`, `shape:Name`) its payload can hold, through nested shapes too. */
function definitionUsers(model: CatalogueModel): Map<string, Set<string>> {
  const shapes = new Map(model.shapes.map((s) => [s.name, s]));
  const reachable = new Map<string, Set<string>>();
  const fromShape = (name: string): Set<string> => {
    const known = reachable.get(name);
    if (known) return known;
    const found = new Set<string>();
    reachable.set(name, found); // a shape may hold itself
    for (const property of shapes.get(name)?.properties ?? []) for (const used of fromValue(property)) found.add(used);
    return found;
  };
  const fromValue = (value: ValueType): string[] => fromType(value.type);
  const fromType = (type: TypeNode): string[] => {
    switch (type.kind) {
      case "enum":
        return [`enum:${type.name}`];
      case "shape":
        return [`shape:${type.name}`, ...fromShape(type.name)];
      case "array":
        return fromValue(type.items);
      case "record":
        return fromValue(type.values);
      case "union":
        return type.of.flatMap(fromValue);
      default:
        return [];
    }
  };
  return new Map(model.events.map((e) => [e.name, new Set(e.properties.flatMap(fromValue))]));
}
