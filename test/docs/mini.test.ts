import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { groupChanges } from "../../generator/diff/changelog.js";
import { diffCatalogues } from "../../generator/diff/diff.js";
import { readCatalogue } from "../../generator/pipeline.js";
import { changelogPath, eventPagePath, indexPath } from "../../generator/targets/docs/view-model.js";
import { brokenLinks, headingsOf, lintPages, linkHrefsOf, linkTarget, miniSpec, previousMiniSpec, renderDocs, splitFrontMatter, tokensOf, type DocsRun } from "./helpers.js";
import { itIsASoundReference } from "./site-checks.js";

let mini: Promise<DocsRun> | undefined;
const loadMini = () => (mini ??= renderDocs({ specPath: miniSpec }));

describe("docs for the mini spec", () => {
  itIsASoundReference(loadMini);

  // The pages' text is reviewed in the snapshots of the whole package (test/pipeline/snapshot.test.ts);
  // here, that the docs are these pages and no others.
  it("are the reviewed pages", async () => {
    const { pages } = await loadMini();
    expect([...pages.keys()].sort()).toEqual([
      "device/device.low_battery.md",
      "device/device.removed.md",
      "device/index.md",
      "index.md",
      "lock/index.md",
      "lock/lock.unlocked.md",
      "shared.md",
    ]);
  });
});

describe("user templates", () => {
  const dir = mkdtempSync(join(tmpdir(), "docs-templates-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("override a page template and a partial by the same relative path, leaving the rest built in", async () => {
    mkdirSync(join(dir, "docs/partials"), { recursive: true });
    writeFileSync(join(dir, "docs/index.md.hbs"), "# Our events\n\n{{#each families}}\n{{#each events}}\n- [{{link.text}}]({{link.href}})\n{{/each}}\n{{/each}}\n");
    writeFileSync(join(dir, "docs/partials/property-table.hbs"), "{{#each properties}}\n- {{name}}: {{type}}\n{{/each}}\n");
    const builtIn = (await loadMini()).pages;
    const { pages } = await renderDocs({ specPath: miniSpec, templatesDir: dir });
    expect(pages.get("index.md")).toBe(
      "# Our events\n\n- [`device.low_battery`](device/device.low_battery.md)\n- [`device.removed`](device/device.removed.md)\n- [`lock.unlocked`](lock/lock.unlocked.md)\n",
    );
    const page = "lock/lock.unlocked.md";
    expect(pages.get(page)).toContain("- `method`: `\"keycode\"` \\| `\"manual\"` \\| `\"seamapi\"` (legacy) ([LockMethod](../shared.md#lockmethod))\n");
    expect(pages.get(page)).not.toContain("| Property |");
    expect(builtIn.get(page)).toContain("| Property ");
    // The event partial itself is still the built-in one.
    expect(pages.get(page)).toContain("## Example payload");
  });
});

describe("the changelog page", () => {
  const previous = readCatalogue({ sources: previousMiniSpec(), specPath: miniSpec });
  let withChangelog: Promise<DocsRun> | undefined;
  const load = () => (withChangelog ??= renderDocs({ specPath: miniSpec, previous }));

  it("is written only when a previous spec is given, and linked from the index", async () => {
    expect((await loadMini()).pages.has(changelogPath)).toBe(false);
    const { pages } = await load();
    expect(linkHrefsOf(tokensOf(pages.get(indexPath)!))).toContain(changelogPath);
    expect(splitFrontMatter(pages.get(changelogPath)!).frontMatter).toMatchObject({ title: "Changelog" });
    await expect(pages.get(changelogPath)).toMatchFileSnapshot("__snapshots__/mini-changelog/changelog.md");
  });

  it("lists each change the diff finds under its severity, linking the events that are still there", async () => {
    const { model, pages } = await load();
    const source = pages.get(changelogPath)!;
    const changes = groupChanges(diffCatalogues(previous, model));
    expect(new Set(changes.map((c) => c.severity))).toEqual(new Set(["breaking", "minor", "patch"]));
    expect(headingsOf(tokensOf(source)).filter((h) => h.level === 2).map((h) => h.text)).toEqual(["Breaking changes", "New and changed", "Documentation and release status"]);
    const items = tokensOf(source).filter((t) => t.type === "list_item_open");
    expect(items).toHaveLength(changes.length);
    const linked = new Set(linkHrefsOf(tokensOf(source)).map((href) => linkTarget(changelogPath, href).page));
    for (const change of changes) for (const event of change.events) expect(linked.has(eventPagePath(model.events.find((e) => e.name === event)!)), event).toBe(true);
    expect(brokenLinks(pages)).toEqual([]);
    expect(lintPages(pages)).toBe("");
  });
});
