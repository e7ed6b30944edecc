/** A format worker: formats the jobs it is sent, one at a time, and answers with the texts or the error. */
import { parentPort } from "node:worker_threads";
import { formatJob, loadPrettier, type FormatJob } from "./prettier.js";

// Load prettier now, while the main thread is still reading the spec. A language's own code loads
// with its first job: the pool sends each language to as few workers as it can.
void loadPrettier();

parentPort!.on("message", async (job: FormatJob) => {
  try {
    parentPort!.postMessage({ texts: await formatJob(job) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
