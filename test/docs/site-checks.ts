import GithubSlugger from "github-slugger";
import { expect, it } from "vitest";
import { factoryName, validatorName } from "../../generator/model/naming.js";
import type { CatalogueModel, EventModel, PropertyModel, TypeNode, ValueType } from "../../generator/model/types.js";
import { EXAMPLE_OPTIONS } from "../../generator/targets/docs/examples.js";
import { eventPagePath, familyPagePath, indexPath, sharedPath } from "../../generator/targets/docs/view-model.js";
import {
  brokenLinks,
  headingsOf,
  jsonBlocksOf,
  linkHrefsOf,
  linkTarget,
  lintPages,
  splitFrontMatter,
  tablesOf,
  tokensOf,
  visibleText,
  type DocsRun,
} from "./helpers.js";

/** The rows of the table that follows the heading `heading` (level 2 unless told), as visible text and hrefs per cell. */
function tableAfter(source: string, heading: string, level = "h2"): { text: string; hrefs: string[] }[][] {
  const tokens = tokensOf(source);
  const at = tokens.findIndex((t, i) => t.type === "heading_open" && t.tag === level && tokens[i + 1]!.content === heading);
  expect(at, `a '${level} ${heading}' heading`).toBeGreaterThanOrEqual(0);
  const table = tablesOf(tokens.slice(at))[0]!;
  return table.slice(1).map((row) => row.map((cell) => ({ text: visibleText(cell), hrefs: linkHrefsOf(cell.children ?? []) })));
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** The enums and shapes a value's type names directly (not through a shape). */
function namedTypes(value: ValueType): { kind: "enum" | "shape"; name: string }[] {
  const of = (type: TypeNode): { kind: "enum" | "shape"; name: string }[] => {
    if (type.kind === "enum" || type.kind === "shape") return [{ kind: type.kind, name: type.name }];
    if (type.kind === "array") return namedTypes(type.items);
    if (type.kind === "record") return namedTypes(type.values);
    if (type.kind === "union") return type.of.flatMap(namedTypes);
    return [];
  };
  return of(value.type);
}

/** The legacy enum values (accepted, no longer sent) a payload holds, as "path: value". */
function legacyValuesIn(model: CatalogueModel, properties: readonly PropertyModel[], payload: unknown, at = ""): string[] {
  const legacy = new Map(model.enums.map((e) => [e.name, new Set(e.values.filter((v) => v.legacy).map((v) => v.value))]));
  const shapes = new Map(model.shapes.map((s) => [s.name, s]));
  const inValue = (type: TypeNode, value: unknown, path: string): string[] => {
    if (value === null || value === undefined) return [];
    if (type.kind === "enum") return legacy.get(type.name)?.has(value as string) ? [`${path}: ${String(value)}`] : [];
    if (type.kind === "shape") return inObject(shapes.get(type.name)!.properties, value, path);
    if (type.kind === "array" && Array.isArray(value)) return value.flatMap((item, i) => inValue(type.items.type, item, `${path}/${i}`));
    if (type.kind === "record") return Object.entries(value as object).flatMap(([key, item]) => inValue(type.values.type, item, `${path}/${key}`));
    if (type.kind === "union") return type.of.every((member) => inValue(member.type, value, path).length > 0) ? inValue(type.of[0]!.type, value, path) : [];
    return [];
  };
  const inObject = (props: readonly PropertyModel[], value: unknown, path: string): string[] =>
    props.flatMap((p) => inValue(p.type, (value as Record<string, unknown>)[p.name], `${path}/${p.name}`));
  return inObject(properties, payload, at);
}

/** What a reader must be told of a property in its row's description, in words. */
export function expectFlags(where: string, property: PropertyModel, description: string): void {
  expect(description, where).toMatch(property.required ? /^Required\. / : /^Optional\. /);
  expect(description.includes("Can be `null`."), `${where}: nullable`).toBe(property.nullable);
  expect(description.includes("Deprecated."), `${where}: deprecated`).toBe(property.deprecated !== undefined);
  if (property.deprecated) expect(description, `${where}: deprecation reason`).toContain(`Deprecated. ${collapse(property.deprecated)}`);
  expect(description.includes("Unreleased: not sent yet."), `${where}: unreleased`).toBe(property.unreleased);
  expect(description.endsWith(collapse(property.description)), `${where}: description`).toBe(true);
}

/** The checks every generated reference must pass, whatever the spec. */
export function itIsASoundReference(load: () => Promise<DocsRun>): void {
  it("passes markdownlint on every page", async () => {
    const run = await load();
    expect(run.pages.size).toBeGreaterThanOrEqual(3);
    expect(lintPages(run.pages)).toBe("");
  });

  it("has no internal link whose page or anchor does not exist, by GitHub's and Docusaurus's rules", async () => {
    expect(brokenLinks((await load()).pages)).toEqual([]);
  });

  it("gives every page front matter a docs site reads: a title, a description and a sidebar position", async () => {
    const { pages } = await load();
    const positions = new Map<string, number[]>();
    for (const [path, source] of pages) {
      const { frontMatter } = splitFrontMatter(source);
      expect(frontMatter, path).toBeDefined();
      expect(Object.keys(frontMatter!), path).toEqual(["title", "description", "sidebar_position"]);
      expect(typeof frontMatter!.title === "string" && frontMatter!.title.length > 0, path).toBe(true);
      expect(typeof frontMatter!.description === "string" && frontMatter!.description.length > 0, path).toBe(true);
      expect(Number.isInteger(frontMatter!.sidebar_position), path).toBe(true);
      // A family's overview is its folder's entry in the sidebar, so it is ordered among the top-level pages.
      const folder = path.includes("/") && !path.endsWith("/index.md") ? path.slice(0, path.lastIndexOf("/")) : "";
      positions.set(folder, [...(positions.get(folder) ?? []), frontMatter!.sidebar_position as number]);
    }
    // Within a family's folder, events each have a place of their own.
    for (const [folder, list] of positions) expect(new Set(list).size, folder).toBe(list.length);
  });

  it("has one page per event, in its family's folder, titled with the event's name, and an overview per family", async () => {
    const { model, pages } = await load();
    const eventPages = [...pages.keys()].filter((p) => p.includes("/") && !p.endsWith("/index.md"));
    expect(eventPages.sort()).toEqual(model.events.map(eventPagePath).sort());
    for (const event of model.events) {
      const source = pages.get(eventPagePath(event))!;
      expect(headingsOf(tokensOf(source))[0], event.name).toEqual({ level: 1, text: event.name });
      expect(splitFrontMatter(source).frontMatter!.title).toBe(event.name);
      const overview = tokensOf(pages.get(familyPagePath(event.family))!);
      const linked = linkHrefsOf(overview).map((href) => linkTarget(familyPagePath(event.family), href).page);
      expect(linked, event.name).toContain(eventPagePath(event));
    }
  });

  it("labels each family folder for Docusaurus's sidebar with the family's title and place, and writes nothing else", async () => {
    const { model, pages, otherFiles } = await load();
    const folders = [...new Set(model.events.map((e) => e.family)), ...model.families.map((f) => f.key)];
    expect([...otherFiles.keys()].sort()).toEqual([...new Set(folders)].map((key) => `${key}/_category_.json`).sort());
    for (const [path, text] of otherFiles) {
      const key = path.slice(0, path.indexOf("/"));
      const overview = splitFrontMatter(pages.get(familyPagePath(key))!).frontMatter!;
      expect(JSON.parse(text), path).toEqual({ label: model.families.find((f) => f.key === key)?.title ?? key, position: overview.sidebar_position });
    }
  });

  it("lists every event on the index and points every older name to its event's page", async () => {
    const { model, pages } = await load();
    const rows = tablesOf(tokensOf(pages.get(indexPath)!)).flat();
    const hrefOfRow = (firstCell: string, cell: number) =>
      rows.find((r) => r[0]!.content.includes(`\`${firstCell}\``))?.[cell]?.children?.find((c) => c.type === "link_open")?.attrGet("href");
    for (const event of model.events) {
      const href = hrefOfRow(event.name, 0);
      expect(href && linkTarget(indexPath, String(href)).page, event.name).toBe(eventPagePath(event));
      for (const alias of event.aliases) expect(hrefOfRow(alias, 1), alias).toBe(href);
    }
  });

  it("lists every property of every event on its page, inherited or not, with its type and flags in words", async () => {
    const { model, pages } = await load();
    const slug = (name: string) => new GithubSlugger().slug(name);
    for (const event of model.events) {
      const rows = tableAfter(pages.get(eventPagePath(event))!, "Properties");
      expect(rows.map((r) => r[0]!.text), event.name).toEqual(event.properties.map((p) => `\`${p.name}\``));
      event.properties.forEach((property, i) => {
        const [, type, description] = rows[i]!;
        const where = `${event.name} ${property.name}`;
        expect(type!.text.length, where).toBeGreaterThan(0);
        for (const named of namedTypes(property)) {
          const targets = type!.hrefs.map((href) => linkTarget(eventPagePath(event), href));
          expect(targets, `${where}: links to ${named.name}`).toContainEqual({ page: sharedPath, anchor: slug(named.name) });
        }
        expectFlags(where, property, description!.text);
      });
    }
  });

  it("lists, under each shared enum and shape, exactly the events whose pages link to it", async () => {
    const { model, pages } = await load();
    const shared = tokensOf(pages.get(sharedPath)!);
    const slugger = new GithubSlugger();
    // Each level-3 heading's anchor, and the links in the "Used by" paragraph of its section.
    const usedBy = new Map<string, string[]>();
    let section = "";
    for (const [i, token] of shared.entries()) {
      if (token.type === "heading_open") {
        const anchor = slugger.slug(shared[i + 1]!.children!.map((c) => c.content).join(""));
        section = token.tag === "h3" ? anchor : "";
      }
      if (section && token.type === "inline" && token.content.startsWith("Used by")) {
        usedBy.set(section, linkHrefsOf([token]).map((href) => linkTarget(sharedPath, href).page));
      }
    }
    const linkedFrom = new Map<string, Set<string>>();
    for (const event of model.events) {
      const path = eventPagePath(event);
      for (const href of linkHrefsOf(tokensOf(pages.get(path)!))) {
        const target = linkTarget(path, href);
        if (target.page === sharedPath && target.anchor) linkedFrom.set(target.anchor, (linkedFrom.get(target.anchor) ?? new Set()).add(path));
      }
    }
    // A shape's page section links to the enums and shapes inside it: their events are the shape's too.
    const nested = new Map(model.shapes.map((s) => [new GithubSlugger().slug(s.name), s.properties.flatMap(namedTypes).map((n) => new GithubSlugger().slug(n.name))]));
    const closure = (anchor: string, seen = new Set<string>()): Set<string> => {
      const users = new Set(linkedFrom.get(anchor) ?? []);
      for (const [shape, inside] of nested) {
        if (inside.includes(anchor) && !seen.has(shape)) for (const user of closure(shape, seen.add(shape))) users.add(user);
      }
      return users;
    };
    expect([...usedBy.keys()].sort()).toEqual([...model.enums, ...model.shapes].map((d) => new GithubSlugger().slug(d.name)).sort());
    for (const [anchor, listed] of usedBy) expect(listed.sort(), anchor).toEqual([...closure(anchor)].sort());
  });

  it("marks every legacy enum value as such, where the enum is described and where an event's type lists it", async () => {
    const { model, pages } = await load();
    const shared = pages.get(sharedPath)!;
    for (const e of model.enums) {
      const rows = tableAfter(shared, e.name, "h3");
      expect(rows.map((r) => r[0]!.text.replace(/ \(legacy.*$/, "")), e.name).toEqual(e.values.map((v) => `\`${JSON.stringify(v.value)}\``));
      e.values.forEach((v, i) => expect(rows[i]![0]!.text.includes("(legacy"), `${e.name} ${v.value}`).toBe(v.legacy === true));
    }
    for (const event of model.events) {
      const rows = tableAfter(pages.get(eventPagePath(event))!, "Properties");
      event.properties.forEach((property, i) => {
        if (property.type.kind !== "enum") return;
        const values = model.enums.find((e) => e.name === (property.type as { name: string }).name)!.values;
        const type = rows[i]![1]!.text;
        // Short enums are listed in the cell; each legacy value there says so.
        for (const v of values) if (v.legacy && type.includes(`\`${JSON.stringify(v.value)}\``)) expect(type, `${event.name} ${property.name}`).toContain(`\`${JSON.stringify(v.value)}\` (legacy)`);
      });
    }
  });

  it("shows one example payload per event: the package's factory's, passing the package's validator", async () => {
    const run = await load();
    const validate = run.generated[validatorName(run.model.package.unionName)] as (input: unknown) => { ok: boolean; errors?: unknown };
    const create = run.generated[factoryName(run.model.package.unionName)] as (type: string, overrides: unknown, options: unknown) => unknown;
    for (const event of run.model.events as EventModel[]) {
      const payloads = jsonBlocksOf(tokensOf(run.pages.get(eventPagePath(event))!));
      expect(payloads, event.name).toHaveLength(1);
      expect(payloads[0], event.name).toEqual(create(event.name, {}, EXAMPLE_OPTIONS));
      const result = validate(payloads[0]);
      expect(result.errors, event.name).toBeUndefined();
      expect(result.ok).toBe(true);
      expect((payloads[0] as Record<string, unknown>)[run.model.package.discriminator]).toBe(event.name);
      // A legacy value is accepted but no longer sent: an example never shows one.
      expect(legacyValuesIn(run.model, event.properties, payloads[0]), event.name).toEqual([]);
    }
  });
}
