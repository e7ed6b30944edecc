import type { CatalogueModel } from "../../model/types.js";
import { jsonText } from "../../layout/json.js";
import { layoutMarkdown } from "../../layout/markdown.js";
import { Templates, type Helpers } from "../../templating/templates.js";
import type { EmittedFile, Target } from "../target.js";
import { buildChangelog } from "./changelog.js";
import { examplePayloads } from "./examples.js";
import { buildDocsSite, changelogPath, indexPath, sharedPath } from "./view-model.js";

export const DOCS_DIR = "docs";

/** Layout helpers for the docs templates; they format values the view model already made safe. */
export const docsHelpers: Helpers = {
  yesno: (value: unknown) => (value ? "yes" : "no"),
  count: (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`,
  join: (items: unknown, separator: unknown) => (Array.isArray(items) ? items.join(typeof separator === "string" ? separator : ", ") : ""),
};

/**
 * The Markdown reference, ready for a docs site: an index, a folder per family with an overview page,
 * one page per event and the folder's sidebar label for Docusaurus, a page of shared enums and shapes,
 * and, given the previous release's spec, a changelog. Templates under templates/docs/ lay out the data that view-model.ts builds.
 */
export const docsTarget: Target = {
  name: "docs",
  package: { folders: [DOCS_DIR] },
  standalone: true,
  emit(model: CatalogueModel, context) {
    const examples = examplePayloads(model, context.cache?.derived);
    const changelog = context.previous ? buildChangelog(context.previous, model) : undefined;
    const site = buildDocsSite(model, examples, context.cache?.derived, changelog);
    const templates = Templates.load(context.templatesDir, docsHelpers, context.cache?.reuseTemplates);
    const page = (path: string, template: string, data: unknown): EmittedFile => ({
      path: `${DOCS_DIR}/${path}`,
      contents: layoutMarkdown(templates.render(`docs/${template}`, data)),
    });
    return [
      page(indexPath, "index.md", site.index),
      ...site.families.map((family) => page(family.path, "family.md", family)),
      // Docusaurus names a folder's sidebar category by the folder unless told; VitePress and GitHub ignore it.
      ...site.families.map(({ category }) => ({ path: `${DOCS_DIR}/${category.path}`, contents: jsonText({ label: category.label, position: category.position }) })),
      ...site.events.map((event) => page(event.path, "event.md", event)),
      page(sharedPath, "shared.md", site.shared),
      ...(site.changelog ? [page(changelogPath, "changelog.md", site.changelog)] : []),
    ];
  },
};
