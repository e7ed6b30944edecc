/**
 * One writer per output folder at a time, across processes: a lock file beside the folder, holding
 * the owner's pid, host and a random token. It is created whole by hard-linking a file already
 * written (link fails if the name exists), so no reader ever sees it half written. A lock whose
 * process is gone (a killed run) is taken over; a live one is waited for, a bounded time.
 */
import { randomBytes } from "node:crypto";
import { linkSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { toolName } from "./manifest.js";
import { OutputError } from "./output-error.js";
import { sleepSync, stepDone } from "./steps.js";

interface Owner {
  pid: number;
  host: string;
  token: string;
}

export interface Lock {
  /** Whether the lock file is still this lock's (a takeover by mistake would change it). */
  held(): boolean;
  release(): void;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(text: string): Owner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<Owner>;
    return typeof owner.pid === "number" && typeof owner.host === "string" && typeof owner.token === "string" ? (owner as Owner) : undefined;
  } catch {
    return undefined;
  }
}

/** A lock of a process that is gone: on another host nobody can tell, so it counts as live. */
function stale(owner: Owner | undefined): boolean {
  return owner === undefined || (owner.host === hostname() && !processAlive(owner.pid));
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Takes lockPath, waiting up to waitMs for a live owner; throws OutputError when it cannot. */
export function acquireLock(lockPath: string, what: string, waitMs: number): Lock {
  const owner: Owner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString("hex") };
  const text = JSON.stringify(owner);
  const prepared = `${lockPath}-${process.pid}-${owner.token}`;
  writeFileSync(prepared, text);
  const deadline = Date.now() + waitMs;
  let lastOwner: Owner | undefined;
  let waiting = false;
  try {
    for (;;) {
      try {
        linkSync(prepared, lockPath);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const current = readText(lockPath);
      if (current === undefined) continue;
      lastOwner = readOwner(current);
      if (stale(lastOwner)) {
        takeOver(lockPath, current, owner);
        continue;
      }
      if (Date.now() >= deadline) {
        const holder = lastOwner ? `pid ${lastOwner.pid}${lastOwner.host === hostname() ? "" : ` on ${lastOwner.host}`}` : "unknown";
        throw new OutputError(
          `another ${toolName} run (${holder}) is writing ${what}; gave up after waiting ${(waitMs / 1000).toFixed(1)} s. If no such run is going on, delete ${relative(process.cwd(), lockPath) || lockPath} and try again.`,
        );
      }
      if (!waiting) stepDone("waiting for another run's lock");
      waiting = true;
      sleepSync(50);
    }
  } finally {
    unlinkSync(prepared);
  }
  return {
    held: () => readText(lockPath) === text,
    release: () => {
      if (readText(lockPath) === text) unlinkSync(lockPath);
    },
  };
}

/**
 * Removes a stale lock. It is moved aside first and compared: if another waiter took the stale lock
 * over in between and the moved file is now that waiter's live lock, it is put back.
 */
function takeOver(lockPath: string, staleText: string, taker: Owner): void {
  const aside = `${lockPath}-${taker.pid}-${taker.token}-stale`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // someone else moved it first
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // A third run holds the name now; the owner of the moved lock sees it lost when it checks held().
    }
  }
  unlinkSync(aside);
}

/** Removes what dead processes left beside lockPath while taking it (prepared and moved-aside files). */
export function collectLockLeftovers(lockPath: string): string[] {
  const prefix = `${basename(lockPath)}-`;
  const removed: string[] = [];
  for (const name of readdirSync(dirname(lockPath))) {
    const pid = name.startsWith(prefix) ? /^(\d+)-/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid === undefined || Number(pid) === process.pid || processAlive(Number(pid))) continue;
    try {
      unlinkSync(join(dirname(lockPath), name));
      removed.push(name);
    } catch {
      // gone already
    }
  }
  return removed;
}
