import type { CatalogueModel } from "../../model/types.js";
import { layoutMarkdown } from "../../layout/markdown.js";
import { Templates, type Helpers } from "../../templating/templates.js";
import type { EmittedFile, Target } from "../target.js";
import { examplePayloads } from "./examples.js";
import { buildDocsSite, indexPath, sharedPath } from "./view-model.js";

export const DOCS_DIR = "docs";

/** Layout helpers for the docs templates; they format values the view model already made safe. */
export const docsHelpers: Helpers = {
  yesno: (value: unknown) => (value ? "yes" : "no"),
  count: (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`,
  join: (items: unknown, separator: unknown) => (Array.isArray(items) ? items.join(typeof separator === "string" ? separator : ", ") : ""),
};

/**
 * The Markdown reference: an index, one page per family, and a page of shared definitions (property
 * groups, enums, shapes). Templates under templates/docs/ lay out the data that view-model.ts builds.
 */
export const docsTarget: Target = {
  name: "docs",
  package: { folders: [DOCS_DIR] },
  standalone: true,
  emit(model: CatalogueModel, context) {
    const examples = examplePayloads(model, context.cache?.derived);
    const site = buildDocsSite(model, examples, context.cache?.derived);
    const templates = Templates.load(context.templatesDir, docsHelpers, context.cache?.reuseTemplates);
    const page = (path: string, template: string, data: unknown): EmittedFile => ({
      path: `${DOCS_DIR}/${path}`,
      contents: layoutMarkdown(templates.render(`docs/${template}`, data)),
    });
    return [
      page(indexPath, "README.md", site.index),
      ...site.families.map((family) => page(family.path, "family.md", family)),
      page(sharedPath, "shared.md", site.shared),
    ];
  },
};
