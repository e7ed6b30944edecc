import { describe, expect, it } from "vitest";
import { eventPagePath } from "../../generator/targets/docs/view-model.js";
import { fullCatalogue, renderDocs, type DocsRun } from "./helpers.js";
import { itIsASoundReference } from "./site-checks.js";

let catalogue: Promise<DocsRun> | undefined;
const load = () => (catalogue ??= renderDocs({ specPath: fullCatalogue }));

describe("docs for the full catalogue", () => {
  itIsASoundReference(load);

  it("covers events whose properties mostly come from shared groups, and shows those on the event's page", async () => {
    const { model, pages } = await load();
    const inherited = model.events.flatMap((e) => e.properties.filter((p) => p.group !== undefined));
    expect(inherited.length).toBeGreaterThan(model.events.length);
    // The property a reader of lock.locked comes for, which the spec composes from a group.
    const locked = model.events.find((e) => e.name === "lock.locked")!;
    expect(locked.properties.find((p) => p.name === "method")?.group).toBeDefined();
    expect(pages.get(eventPagePath(locked))).toMatch(/^\| `method` +\| \[LockMethod\]\(\.\.\/shared\.md#lockmethod\)/m);
  });
});
