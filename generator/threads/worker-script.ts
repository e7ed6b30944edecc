import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Defined by the command-line tool's build, which compiles the tool into CommonJS and each worker
 * module `<name>.ts` into the ES module `<name>.mjs` beside it.
 */
declare const COMPILED_WORKERS: boolean | undefined;

/**
 * The code a worker thread is started with (`new Worker(code, { eval: true })`) to run the worker
 * module at `source` (a file URL). Compiled, the worker is plain JavaScript beside the tool; from the
 * sources (tests, benchmarks), it runs the TypeScript through tsx's loader.
 */
export function workerScript(source: string): string {
  if (typeof COMPILED_WORKERS !== "undefined") {
    const compiled = pathToFileURL(join(__dirname, basename(new URL(source).pathname).replace(/\.ts$/, ".mjs")));
    return `import(${JSON.stringify(compiled.href)});`;
  }
  return `
import("tsx/esm/api").then(({ register }) => {
  register();
  return import(${JSON.stringify(source)});
});
`;
}
