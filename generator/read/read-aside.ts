/**
 * The tool reads the catalogue on a thread of its own while its main thread loads the generator
 * (ts-morph, the targets, the compilers): the two take about the same time, and each is a few hundred
 * milliseconds of a run. The model and the spec's problems are plain data and cross threads as they are.
 */
import { Worker } from "node:worker_threads";
import { SpecError, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { CatalogueModel } from "../model/types.js";
import { workerScript } from "../threads/worker-script.js";
import type { ReadOptions } from "./read-catalogue.js";

type Answer = { model: CatalogueModel } | { diagnostics: Diagnostic[] } | { error: { message: string; stack?: string; code?: string } };

/**
 * Starts reading now. The promise rejects with SpecError as readCatalogue throws it, and is marked
 * handled: a caller that awaits it later still gets the rejection. If the thread cannot run, the
 * catalogue is read on this one. This module loads none of the reading stages itself: the tool
 * imports it at start.
 */
export function readCatalogueAside(
  options: Pick<ReadOptions, "specPath" | "sources" | "cacheDir">,
  script = workerScript(new URL("./read-worker.ts", import.meta.url).href),
): Promise<CatalogueModel> {
  const read = new Promise<CatalogueModel>((resolve, reject) => {
    let answered = false;
    const readHere = () => {
      if (answered) return;
      answered = true;
      import("./read-catalogue.js").then(({ readCatalogue }) => readCatalogue(options)).then(resolve, reject);
    };
    const worker = new Worker(script, { eval: true, workerData: options });
    worker.once("message", (answer: Answer) => {
      answered = true;
      if ("model" in answer) resolve(answer.model);
      else if ("diagnostics" in answer) reject(new SpecError(answer.diagnostics));
      else reject(Object.assign(new Error(answer.error.message), answer.error));
    });
    worker.once("error", readHere);
    worker.once("exit", readHere);
  });
  read.catch(() => undefined);
  return read;
}
