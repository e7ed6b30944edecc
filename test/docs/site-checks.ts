import { expect, it } from "vitest";
import { factoryName, validatorName } from "../../generator/model/naming.js";
import { EXAMPLE_OPTIONS } from "../../generator/targets/docs/examples.js";
import { familyPagePath, indexPath, sharedPath } from "../../generator/targets/docs/view-model.js";
import { brokenLinks, headingsOf, lintPages, tablesOf, tokensOf, type DocsRun } from "./helpers.js";

/** The examples on each family page, by the event section (level-2 heading) they appear in. */
function examplesBySection(run: DocsRun): Map<string, unknown[]> {
  const examples = new Map<string, unknown[]>();
  for (const [path, source] of run.pages) {
    if (path === indexPath || path === sharedPath) continue;
    let section = "";
    const tokens = tokensOf(source);
    for (const [i, token] of tokens.entries()) {
      if (token.type === "heading_open" && token.tag === "h2") section = tokens[i + 1]!.content.replace(/`/g, "");
      if (token.type === "fence" && token.info.trim() === "json") examples.set(section, [...(examples.get(section) ?? []), JSON.parse(token.content)]);
    }
  }
  return examples;
}

/** The checks every generated reference must pass, whatever the spec. */
export function itIsASoundReference(load: () => Promise<DocsRun>): void {
  it("passes markdownlint on every page", async () => {
    const run = await load();
    expect(run.pages.size).toBeGreaterThanOrEqual(3);
    expect(lintPages(run.pages)).toBe("");
  });

  it("has no internal link whose page or anchor does not exist", async () => {
    expect(brokenLinks((await load()).pages)).toEqual([]);
  });

  it("has exactly one section per event, on its family's page", async () => {
    const { model, pages } = await load();
    const sections = [...pages].flatMap(([path, source]) =>
      path === indexPath || path === sharedPath ? [] : headingsOf(tokensOf(source)).filter((h) => h.level === 2).map((h) => `${path} ${h.text}`),
    );
    const expected = model.events.map((e) => `${familyPagePath(e.family)} ${e.name}`);
    expect(sections.sort()).toEqual(expected.sort());
  });

  it("lists every event in the index table and points every older name to its event's section", async () => {
    const { model, pages } = await load();
    const rows = tablesOf(tokensOf(pages.get(indexPath)!)).flat();
    const hrefOfRow = (firstCell: string, cell: number) =>
      rows.find((r) => r[0]!.content.includes(`\`${firstCell}\``))?.[cell]?.children?.find((c) => c.type === "link_open")?.attrGet("href");
    for (const event of model.events) {
      const href = hrefOfRow(event.name, 0);
      expect(href, event.name).toMatch(new RegExp(`^${familyPagePath(event.family).replace(".", "\\.")}#`));
      for (const alias of event.aliases) expect(hrefOfRow(alias, 1), alias).toBe(href);
    }
  });

  it("shows one example payload per event: the package's factory's, passing the package's validator", async () => {
    const run = await load();
    const validate = run.generated[validatorName(run.model.package.unionName)] as (input: unknown) => { ok: boolean; errors?: unknown };
    const create = run.generated[factoryName(run.model.package.unionName)] as (type: string, overrides: unknown, options: unknown) => unknown;
    const examples = examplesBySection(run);
    expect([...examples.keys()].sort()).toEqual(run.model.events.map((e) => e.name).sort());
    for (const [event, payloads] of examples) {
      expect(payloads, event).toHaveLength(1);
      expect(payloads[0], event).toEqual(create(event, {}, EXAMPLE_OPTIONS));
      const result = validate(payloads[0]);
      expect(result.errors, event).toBeUndefined();
      expect(result.ok).toBe(true);
      expect((payloads[0] as Record<string, unknown>)[run.model.package.discriminator]).toBe(event);
    }
  });
}
