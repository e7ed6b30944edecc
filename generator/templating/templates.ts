import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import Handlebars from "handlebars";

export const builtinTemplatesDir = resolve(import.meta.dirname, "../../templates");

export type Helpers = Record<string, Handlebars.HelperDelegate>;

/**
 * Handlebars templates from templates/, each of which a user folder can override file by file.
 * Every `*.hbs` file is a template, named by its path without the extension (e.g. "docs/event");
 * files under a `partials/` folder are also registered as partials by their base name.
 */
export class Templates {
  private readonly handlebars = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
  private readonly sources = new Map<string, string>();
  /**
   * Pages already rendered, by template and data, for an instance that is reused (watch renders the
   * same pages again; templates are pure). Undefined for a one-shot run, which would only pay for keys.
   */
  private rendered: Map<string, string> | undefined;

  /** The last instance per folder and helper set, with the template sources it was made from. */
  private static loaded = new Map<string, { sources: string; templates: Templates }>();

  /**
   * The templates of a folder. With `reuse` (watch), the previous instance, its compiled templates and
   * rendered pages, is kept while no template file and no helper changed.
   */
  static load(userDir: string | undefined, helpers: Helpers = {}, reuse = false): Templates {
    const fresh = new Templates(userDir, helpers);
    if (!reuse) return fresh;
    const use = JSON.stringify([userDir ?? "", Object.entries(helpers).map(([name, helper]) => [name, String(helper)])]);
    const sources = JSON.stringify([...fresh.sources]);
    const last = Templates.loaded.get(use);
    if (last?.sources === sources) return last.templates;
    fresh.rendered = new Map();
    Templates.loaded.set(use, { sources, templates: fresh });
    return fresh;
  }

  constructor(userDir?: string, helpers: Helpers = {}) {
    for (const dir of [builtinTemplatesDir, ...(userDir ? [resolve(userDir)] : [])]) {
      for (const file of listTemplates(dir)) {
        this.sources.set(relative(dir, file).replace(/\\/g, "/").replace(/\.hbs$/, ""), readFileSync(file, "utf8"));
      }
    }
    for (const [name, source] of this.sources) {
      const match = /(?:^|\/)partials\/(.+)$/.exec(name);
      if (match) this.handlebars.registerPartial(match[1]!, source);
    }
    this.handlebars.registerHelper(helpers);
  }

  render(name: string, context: unknown): string {
    if (!this.rendered) return this.compile(name)(context);
    const key = `${name}\u0000${JSON.stringify(context)}`;
    const known = this.rendered.get(key);
    if (known !== undefined) return known;
    // Bounded: an edit leaves the pages it changed behind.
    if (this.rendered.size > 2000) this.rendered.clear();
    const text = this.compile(name)(context);
    this.rendered.set(key, text);
    return text;
  }

  private compile(name: string): Handlebars.TemplateDelegate {
    let template = this.compiled.get(name);
    if (!template) {
      const source = this.sources.get(name);
      if (source === undefined) throw new Error(`no template '${name}' (looked for ${name}.hbs under ${builtinTemplatesDir})`);
      template = this.handlebars.compile(source, { noEscape: true });
      this.compiled.set(name, template);
    }
    return template;
  }
}

function listTemplates(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listTemplates(full));
    else if (entry.name.endsWith(".hbs")) files.push(full);
  }
  return files;
}
