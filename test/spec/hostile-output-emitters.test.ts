/**
 * The emitters on their own, with a model the spec check would never let through: names of events,
 * aliases, enum values, properties, the discriminator and the package carry text that breaks out of
 * comments, strings and lines. Escaping must hold without the check; a name that becomes an
 * identifier is refused, never escaped.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UnsafeNameError } from "../../generator/escape/typescript.js";
import type { CatalogueModel } from "../../generator/model/types.js";
import { readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { fixturesTarget } from "../../generator/targets/fixtures/emit-fixtures.js";
import { packageTarget, targetNames } from "../../generator/targets/index.js";
import { typesTarget } from "../../generator/targets/types/emit-types.js";
import { validatorsTarget } from "../../generator/targets/validators/emit-validators.js";
import { typeCheckPackage } from "../../generator/typecheck/type-check.js";
import { hostileText, markdownProblems, unsafeOutput } from "./hostile-output-checks.js";
import { UnsafePageNameError } from "../../generator/escape/markdown.js";
import { docsTarget } from "../../generator/targets/docs/emit-docs.js";

const miniSpec = "test/fixtures/specs/mini";
const temp = mkdtempSync(join(tmpdir(), "hostile-emitters-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const marker = "__pwnedModel";
const text = hostileText(marker);

/** The mini catalogue's model with hostile text in every name that is not an identifier. */
function hostileModel({ eventNames = true } = {}): CatalogueModel {
  const model = structuredClone(readCatalogue({ specPath: miniSpec }));
  model.package.name = `@example/mini${text}`;
  model.package.description = text;
  const discriminator = `kind ${text}`;
  model.package.discriminator = discriminator;
  for (const [index, event] of model.events.entries()) {
    const name = eventNames ? `${event.name}.${text}` : event.name;
    event.name = name;
    event.properties[0] = { ...event.properties[0]!, name: discriminator, type: { kind: "literal", value: name } };
    event.aliases = [`${event.name} alias`, `"${marker} ${index}`];
    event.description = text;
  }
  if (eventNames) for (const family of model.families) family.events = family.events.map((name) => `${name}.${text}`);
  const lockUnlocked = model.events.find((e) => e.typeName === "LockUnlockedEvent")!;
  lockUnlocked.properties = lockUnlocked.properties.map((p) => (p.name === "method" ? { ...p, name: `method ${text}`, description: text } : p));
  for (const en of model.enums) en.values = [...en.values, { value: text, description: text }, { value: "__proto__", description: text }];
  for (const group of model.groups) group.title = text;
  return model;
}

describe("the code and docs emitters, given hostile names the check would refuse", () => {
  it("write them only as comments and strings: the package compiles, and using it runs none of it", { timeout: 300_000 }, async () => {
    const model = hostileModel();
    // The docs refuse such event names, which become page names (below).
    const files = await renderCatalogue(model, { only: targetNames.filter((name) => name !== "docs") });
    expect(typeCheckPackage(files, (path) => path)).toEqual([]);
    const out = join(temp, "package");
    for (const file of files) {
      mkdirSync(dirname(join(out, file.path)), { recursive: true });
      writeFileSync(join(out, file.path), file.contents);
    }
    expect(unsafeOutput(out, [marker], { unionName: "MiniEvent", typesConst: "MINI_EVENT_TYPES" })).toEqual([]);
  });

  it("docs: refuse an event name that cannot be a page name, and write every other name as text", async () => {
    await expect(Promise.resolve().then(() => docsTarget.emit(hostileModel(), { selected: ["docs"] }))).rejects.toThrow(UnsafePageNameError);
    const pages = await docsTarget.emit(hostileModel({ eventNames: false }), { selected: ["docs"] });
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.flatMap((page) => markdownProblems(page.path, page.contents, [marker]))).toEqual([]);
  });

  it.each([
    ["an enum", (m: CatalogueModel) => (m.enums[0]!.name = `LockMethod */ globalThis.${marker} = 1; /*`)],
    ["a shape", (m: CatalogueModel) => (m.shapes[0]!.name = `ResourceError = 1; globalThis.${marker} = 1; type X`)],
    ["an event type", (m: CatalogueModel) => (m.events[0]!.typeName = `Event\nglobalThis.${marker} = 1`)],
    ["a group", (m: CatalogueModel) => (m.groups[0]!.key = `common{}; globalThis.${marker} = 1; interface X`)],
    ["the union", (m: CatalogueModel) => (m.package.unionName = `MiniEvent = 1; globalThis.${marker} = 1; type Y`)],
  ])("refuse %s name that is not an identifier, in every code target", async (_what, edit) => {
    const model = structuredClone(readCatalogue({ specPath: miniSpec }));
    edit(model);
    for (const target of [typesTarget, validatorsTarget, fixturesTarget, packageTarget]) {
      await expect(Promise.resolve().then(() => target.emit(model, { selected: ["types", "validators", "fixtures"] }))).rejects.toThrow(UnsafeNameError);
    }
  });
});
