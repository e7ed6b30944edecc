/**
 * Makes the write stage observable and slow, so that a test can kill it between any two steps: with
 * SEAM_EVENTS_WRITE_PAUSE_MS set, each step is announced on stderr and followed by that long a pause.
 */
import { writeSync } from "node:fs";

const pauseMs = Number(process.env.SEAM_EVENTS_WRITE_PAUSE_MS ?? 0);

/** Blocks the thread: the writer is synchronous, and waiting is all it has to do then. */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Marks the end of one step of the write stage (a no-op unless SEAM_EVENTS_WRITE_PAUSE_MS is set). */
export function stepDone(step: string): void {
  if (!(pauseMs > 0)) return;
  writeSync(2, `seam-events write: ${step}\n`);
  sleepSync(pauseMs);
}
