/**
 * Formatting is most of the generator's work and prettier runs on one thread: a pool of worker threads
 * (one per core) formats jobs side by side, while the main thread goes on emitting. Workers start at
 * the beginning of a run (warmUp) or on the first job, and are kept for the life of the process
 * (watch reuses them, warm), without keeping the process alive when idle.
 *
 * Each job goes to a worker already warm for its language (prettier's parser): a thread's first
 * TypeScript, Markdown or JSON costs it as much as the next few hundred kilobytes (loading and
 * compiling that language's code), and on two cores shared with the emitting thread, paying that once
 * per language instead of once per worker saves more than a second in a cold run. A long-lived pool
 * (watch, a benchmark) stops doing so: paid once, a warm-up lets every later run share the work evenly.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerScript } from "../threads/worker-script.js";
import { formatJob, type FormatJob } from "./prettier.js";

export interface FormatRunner {
  run(job: FormatJob): Promise<string[]>;
  /** Starts what is slow to start (threads, prettier) before the first job needs it. */
  warmUp(): void;
}

/** Formats on the calling thread. */
export const inProcess: FormatRunner = { run: formatJob, warmUp: () => undefined };

interface Pending {
  job: FormatJob;
  size: number;
  resolve: (texts: string[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The job it is running. */
  running?: Pending;
  /** The languages it has formatted. */
  warm: Set<string>;
  /** Characters it has been given, so that a new language goes to the least used worker. */
  given: number;
}

const bootstrap = workerScript(new URL("./format-worker.ts", import.meta.url).href);

/**
 * Waiting text of one language that makes a worker cold for it take some: less is formatted sooner
 * by the warm worker. Measured on the catalogue, a language's warm-up costs a thread about what
 * formatting 500 KB warm does.
 */
const COLD_START_CHARACTERS = 512_000;

/**
 * Text formatted by the whole pool after which it counts as long-lived (watch, a benchmark, a server):
 * about two runs of the catalogue. From then on an idle worker takes any language: its warm-up is paid
 * once for the rest of the process, and every later run shares the work evenly instead of waiting on
 * the worker that owns the slowest language (Markdown).
 */
const LONG_LIVED_CHARACTERS = 2_000_000;

export class WorkerPool implements FormatRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  /** Characters of queued text, by language (kept as jobs come and go: the queue can hold thousands). */
  private readonly waiting = new Map<string, number>();
  /** Set when a worker failed: from then on, jobs run on the calling thread. */
  private failed = false;
  /** Characters handed to the workers since the pool started. */
  private formatted = 0;

  constructor(
    private readonly size: number,
    private readonly script = bootstrap,
    private readonly coldStartCharacters = COLD_START_CHARACTERS,
    private readonly longLivedCharacters = LONG_LIVED_CHARACTERS,
  ) {}

  warmUp(): void {
    // Started idle: a job posted to a worker that is still loading waits for it.
    while (!this.failed && this.slots.length < this.size) this.slots.push(this.start());
  }

  run(job: FormatJob): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const size = job.texts.reduce((sum, text) => sum + text.length, 0);
      this.queue.push({ job, size, resolve, reject });
      this.waiting.set(job.parser, (this.waiting.get(job.parser) ?? 0) + size);
      this.warmUp();
      this.next();
    });
  }

  /** Hands out queued jobs, oldest first, to the idle workers they may go to. */
  private next(): void {
    if (this.failed) {
      for (const pending of this.queue.splice(0)) formatJob(pending.job).then(pending.resolve, pending.reject);
      return;
    }
    for (let i = 0; i < this.queue.length && this.slots.some((slot) => !slot.running); ) {
      const pending = this.queue[i]!;
      const slot = this.slotFor(pending.job.parser);
      if (!slot) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.waiting.set(pending.job.parser, this.waiting.get(pending.job.parser)! - pending.size);
      slot.running = pending;
      slot.warm.add(pending.job.parser);
      slot.given += pending.size;
      this.formatted += pending.size;
      slot.worker.ref();
      slot.worker.postMessage(pending.job);
    }
  }

  /**
   * An idle worker warm for the language; a cold one for a new language, when much of it waits, or
   * in a long-lived pool.
   */
  private slotFor(parser: string): Slot | undefined {
    const idle = this.slots.filter((slot) => !slot.running);
    const warm = idle.find((slot) => slot.warm.has(parser));
    if (warm) return warm;
    const known = this.slots.some((slot) => slot.warm.has(parser));
    const worthACold = this.waiting.get(parser)! >= this.coldStartCharacters || this.formatted >= this.longLivedCharacters;
    if (known && !worthACold) return undefined;
    return idle.sort((a, b) => a.given - b.given)[0];
  }

  private start(): Slot {
    const worker = new Worker(this.script, { eval: true });
    const slot: Slot = { worker, warm: new Set(), given: 0 };
    worker.on("message", (answer: { texts?: string[]; error?: string }) => {
      const pending = slot.running!;
      slot.running = undefined;
      worker.unref();
      if (answer.error !== undefined) pending.reject(new Error(answer.error));
      else pending.resolve(answer.texts!);
      this.next();
    });
    worker.on("error", () => {
      // A worker that could not start or died: its job, and every later one, runs here instead.
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.failed = true;
      if (slot.running) {
        this.queue.unshift(slot.running);
        this.waiting.set(slot.running.job.parser, (this.waiting.get(slot.running.job.parser) ?? 0) + slot.running.size);
      }
      this.next();
    });
    // Idle until a job comes: the process may exit meanwhile (after the listeners, which ref it again).
    worker.unref();
    return slot;
  }
}

let shared: FormatRunner | undefined;

/** The process's pool: one worker per core, or the calling thread alone on a single core. */
export function formatPool(): FormatRunner {
  return (shared ??= availableParallelism() > 1 ? new WorkerPool(availableParallelism()) : inProcess);
}
