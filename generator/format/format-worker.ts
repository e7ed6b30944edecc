/** A format worker: formats the jobs it is sent, one at a time, and answers with the texts or the error. */
import { parentPort } from "node:worker_threads";
import { formatJob, type FormatJob } from "./prettier.js";

// Load each parser prettier will need now, while the main thread is still emitting: prettier loads a
// language's plugin code on first use.
void Promise.all([formatJob({ parser: "oxc-ts", texts: ["x;"] }), formatJob({ parser: "markdown", texts: ["# x"] }), formatJob({ parser: "json", texts: ["{}"] })]);

parentPort!.on("message", async (job: FormatJob) => {
  try {
    parentPort!.postMessage({ texts: await formatJob(job) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
