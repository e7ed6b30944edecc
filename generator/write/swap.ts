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
import { collectLockLeftovers } from "./lock.js";
import { stepDone } from "./steps.js";

export interface SwapPaths {
  out: string;
  staging: string;
  previous: string;
  lock: string;
}

export const leftoverMark = ".seam-events-";

export function swapPathsOf(outDir: string): SwapPaths {
  const prefix = join(dirname(outDir), `.${basename(outDir)}${leftoverMark}`);
  return { out: outDir, staging: `${prefix}staging`, previous: `${prefix}previous`, lock: `${prefix}lock` };
}

/** Whether an earlier run left anything to repair or collect (cheap: no lock needed to ask). */
export function hasLeftovers(paths: SwapPaths): boolean {
  const prefix = basename(paths.lock).slice(0, -"lock".length);
  try {
    return readdirSync(dirname(paths.out)).some((name) => name.startsWith(prefix));
  } catch {
    return false;
  }
}

/**
 * Brings the folder back to a whole tree after a killed run. Call with the lock held: then no live
 * run is using the staging or previous folder.
 */
export function recoverSwap(paths: SwapPaths): void {
  if (existsSync(paths.previous)) {
    if (existsSync(paths.out)) {
      rmSync(paths.previous, { recursive: true, force: true });
      stepDone("collected the previous output of a killed run");
    } else {
      renameSync(paths.previous, paths.out);
      stepDone("restored the output a killed run had moved aside");
    }
  }
  if (existsSync(paths.staging)) {
    rmSync(paths.staging, { recursive: true, force: true });
    stepDone("collected the staging folder of a killed run");
  }
  collectLockLeftovers(paths.lock);
}
