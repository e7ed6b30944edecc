/**
 * @seamapi/types, the upstream the tests and benchmarks use as an oracle, with the two members they
 * read, typed as narrowly as they are used. Imported by a specifier TypeScript does not follow: the
 * package's own declarations are 11 MB, most of what the project's type-check would otherwise parse.
 */
const specifier: string = "@seamapi/types/connect";

interface Upstream {
  /** Seam's OpenAPI document, as JSON. */
  openapi: { components: { schemas: Record<string, any> } } & Record<string, unknown>;
  /** Seam's zod schemas; `seam_event` is the union of every event. */
  schemas: { seam_event: { safeParse(value: unknown): { success: boolean } } };
}

export const { openapi, schemas } = (await import(specifier)) as Upstream;
