/**
 * Formatting is most of the generator's work and prettier runs on one thread: a pool of worker threads
 * (one per core) formats jobs side by side, while the main thread goes on emitting. Workers start at
 * the beginning of a run (warmUp) or on the first job, and are kept for the life of the process
 * (watch reuses them, warm), without keeping the process alive when idle.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { formatJob, type FormatJob } from "./prettier.js";

export interface FormatRunner {
  run(job: FormatJob): Promise<string[]>;
  /** Starts what is slow to start (threads, prettier's parsers) before the first job needs it. */
  warmUp(): void;
}

/** Formats on the calling thread. */
export const inProcess: FormatRunner = { run: formatJob, warmUp: () => undefined };

interface Pending {
  job: FormatJob;
  resolve: (texts: string[]) => void;
  reject: (error: Error) => void;
}

// The worker runs the TypeScript sources through tsx's loader, as the command-line tool does.
const bootstrap = `
import("tsx/esm/api").then(({ register }) => {
  register();
  return import(${JSON.stringify(new URL("./format-worker.ts", import.meta.url).href)});
});
`;

export class WorkerPool implements FormatRunner {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private started = 0;
  /** Set when a worker failed: from then on, jobs run on the calling thread. */
  private failed = false;

  constructor(
    private readonly size: number,
    private readonly script = bootstrap,
  ) {}

  warmUp(): void {
    // Started idle: a job posted to a worker that is still loading waits for it.
    while (!this.failed && this.started < this.size) this.idle.push(this.start());
  }

  run(job: FormatJob): Promise<string[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.queue.length > 0) {
      if (this.failed) {
        const pending = this.queue.shift()!;
        formatJob(pending.job).then(pending.resolve, pending.reject);
        continue;
      }
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.ref();
      worker.postMessage(pending.job);
    }
  }

  private start(): Worker {
    this.started++;
    const worker = new Worker(this.script, { eval: true });
    worker.on("message", (answer: { texts?: string[]; error?: string }) => {
      const pending = this.busy.get(worker)!;
      this.busy.delete(worker);
      this.idle.push(worker);
      worker.unref();
      if (answer.error !== undefined) pending.reject(new Error(answer.error));
      else pending.resolve(answer.texts!);
      this.next();
    });
    worker.on("error", () => {
      // A worker that could not start or died: its job, and every later one, runs here instead.
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
      this.failed = true;
      if (pending) this.queue.unshift(pending);
      this.next();
    });
    // Idle until a job comes: the process may exit meanwhile (after the listeners, which ref it again).
    worker.unref();
    return worker;
  }
}

let shared: FormatRunner | undefined;

/** The process's pool: one worker per core, or the calling thread alone on a single core. */
export function formatPool(): FormatRunner {
  return (shared ??= availableParallelism() > 1 ? new WorkerPool(availableParallelism()) : inProcess);
}
