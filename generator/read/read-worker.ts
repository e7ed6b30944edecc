/** A worker that reads the catalogue (load → check → model) once and answers with the model or the spec's problems. */
import { parentPort, workerData } from "node:worker_threads";
import { SpecError } from "../diagnostics/diagnostic.js";
import { readCatalogue, type ReadOptions } from "./read-catalogue.js";

try {
  parentPort!.postMessage({ model: readCatalogue(workerData as ReadOptions) });
} catch (error) {
  if (error instanceof SpecError) parentPort!.postMessage({ diagnostics: error.diagnostics });
  else parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
