/**
 * The one place prettier is called, with the project's options. Prettier is loaded on first use:
 * when the workers format, the main thread never pays for loading it.
 */
let loaded: Promise<[typeof import("prettier"), typeof import("@prettier/plugin-oxc")]> | undefined;
export const loadPrettier = () => (loaded ??= Promise.all([import("prettier"), import("@prettier/plugin-oxc")]));

// TypeScript is parsed with oxc: the same output as prettier's own TypeScript parser, in about half the time.
export const parserByExtension: Readonly<Record<string, string>> = { ts: "oxc-ts", js: "oxc", json: "json", md: "markdown" };

/**
 * Code blocks inside Markdown are left as written: the docs' code blocks are example payloads, printed
 * by JSON.stringify with two-space indentation (every array and object on its own lines), and
 * skipping prettier's embedded pass saves a third of the Markdown formatting time.
 */
export const prettierOptions = { printWidth: 100, proseWrap: "preserve", embeddedLanguageFormatting: "off" } as const;

export async function prettierFormat(text: string, parser: string): Promise<string> {
  const [prettier, oxc] = await loadPrettier();
  return prettier.format(text, { parser, plugins: [oxc], ...prettierOptions });
}

/** A unit of work: texts formatted one by one with the same parser. */
export interface FormatJob {
  parser: string;
  texts: string[];
}

export function formatJob(job: FormatJob): Promise<string[]> {
  return Promise.all(job.texts.map((text) => prettierFormat(text, job.parser)));
}
