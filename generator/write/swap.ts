/**
 * Replacing the output folder so that a kill at any instant loses neither tree. Node has no atomic
 * exchange of two folders, so the swap is two renames, and the state between them is recognisable
 * and repaired by the next run (and by `check`) before anything else:
 *
 *   1. the new tree is written whole to `.<out>.seam-events-staging` beside the output;
 *   2. the output is renamed to `.<out>.seam-events-previous`;
 *   3. the staging folder is renamed to the output;
 *   4. the previous folder is removed.
 *
 * Killed during 1, the output is the old tree and staging is debris. Between 2 and 3 the output is
 * absent, the old tree whole under the previous name: recovery renames it back. After 3 the output is
 * the new tree and the previous folder (whole or half removed) is debris. All of these names start
 * with `.<out>.seam-events-`, beside the output folder, and exist only while a run writes or after
 * one was killed; git ignores them (`.gitignore`). The lock (lock.ts) keeps a second run out meanwhile.
 */
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { collectLockLeftovers, processAlive } from "./lock.js";
import { stepDone } from "./steps.js";

export interface SwapPaths {
  out: string;
  staging: string;
  previous: string;
  lock: string;
}

/** What every name the writer gives beside the output folder starts with. */
function leftoverPrefix(outDir: string): string {
  return `.${basename(outDir)}.seam-events-`;
}

export function swapPathsOf(outDir: string): SwapPaths {
  const prefix = join(dirname(outDir), leftoverPrefix(outDir));
  return { out: outDir, staging: `${prefix}staging`, previous: `${prefix}previous`, lock: `${prefix}lock` };
}

/** Earlier versions of the writer named their folders `.<out>.staging-<pid>` and `.<out>.previous-<pid>`. */
function olderSwapFolders(paths: SwapPaths): { staging: string[]; previous: string[] } {
  const found = { staging: [] as string[], previous: [] as string[] };
  const prefix = `.${basename(paths.out)}.`;
  for (const name of readdirSync(dirname(paths.out))) {
    const match = name.startsWith(prefix) ? /^(staging|previous)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (match && !processAlive(Number(match[2]))) found[match[1] as "staging" | "previous"].push(join(dirname(paths.out), name));
  }
  return found;
}

/** Whether an earlier run left anything to repair or collect (cheap: no lock needed to ask). */
export function hasLeftovers(paths: SwapPaths): boolean {
  try {
    const older = olderSwapFolders(paths);
    return older.staging.length + older.previous.length > 0 || readdirSync(dirname(paths.out)).some((name) => name.startsWith(leftoverPrefix(paths.out)));
  } catch {
    return false;
  }
}

/**
 * Brings the folder back to a whole tree after a killed run. Call with the lock held: then no live
 * run is using the staging or previous folder.
 */
export function recoverSwap(paths: SwapPaths): void {
  const older = olderSwapFolders(paths);
  for (const previous of [paths.previous, ...older.previous]) {
    if (!existsSync(previous)) continue;
    if (existsSync(paths.out)) {
      rmSync(previous, { recursive: true, force: true });
      stepDone("collected the previous output of a killed run");
    } else {
      renameSync(previous, paths.out);
      stepDone("restored the output a killed run had moved aside");
    }
  }
  for (const staging of [paths.staging, ...older.staging]) {
    if (!existsSync(staging)) continue;
    rmSync(staging, { recursive: true, force: true });
    stepDone("collected the staging folder of a killed run");
  }
  collectLockLeftovers(paths.lock);
}
