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
    let template = this.compiled.get(name);
    if (!template) {
      const source = this.sources.get(name);
      if (source === undefined) throw new Error(`no template '${name}' (looked for ${name}.hbs under ${builtinTemplatesDir})`);
      template = this.handlebars.compile(source, { noEscape: true });
      this.compiled.set(name, template);
    }
    return template(context);
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
