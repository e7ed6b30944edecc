/**
 * ts-morph, and the TypeScript under it, loaded on first use: a quarter of a CPU-second at every start
 * that a run printing no new TypeScript (validate, send, explain, diff, a generate whose statements and
 * type-check are all in the cache) does not pay.
 */
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

let loaded: typeof TsMorph | undefined;

export function tsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
  return loaded;
}
