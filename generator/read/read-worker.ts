/** A worker that reads the catalogue (load → check → model) once and answers with the model or the spec's problems. */
import { parentPort, workerData } from "node:worker_threads";
import { SpecError } from "../diagnostics/diagnostic.js";
import { readCatalogue, type ReadOptions } from "./read-catalogue.js";

try {
  parentPort!.postMessage({ model: readCatalogue(workerData as ReadOptions) });
} catch (error) {
  if (error instanceof SpecError) parentPort!.postMessage({ diagnostics: error.diagnostics });
  else {
    // As thrown: its message, the stack where it was thrown, and a system error's code.
    const { message, stack, code } = error instanceof Error ? (error as NodeJS.ErrnoException) : { message: String(error), stack: undefined, code: undefined };
    parentPort!.postMessage({ error: { message, stack, code } });
  }
}
