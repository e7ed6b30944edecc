/**
 * `generate` killed (SIGKILL, a real child process) at random points of its write stage, over and
 * over on one output folder (two folders at once, to halve the time): after every kill the folder is
 * the old tree or the new one, byte for byte, or (between the swap's two renames) absent with the old
 * tree whole under the tool's previous name; the repair every run starts with (also run here on a
 * copy) always gives exactly the old or the new tree, and the run after the last kill leaves nothing
 * of the tool's beside it. SEAM_EVENTS_WRITE_PAUSE_MS makes the child announce each step of its write
 * stage and pause after it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { repairOutput } from "../../generator/write/write.js";
import { bin, mini, root, runCli } from "../cli/run.js";
import { treeOf } from "./tree.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-kill-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const pauseMs = 20;
const kills = 20;
const seed = Number(process.env.KILL_TEST_SEED ?? Date.now() % 1_000_000);

/** A small seeded generator (mulberry32), so that a failing sequence of kills can be replayed with KILL_TEST_SEED. */
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
let state = seed;

interface Run {
  killed: boolean;
  steps: string[];
  code: number | null;
  stderr: string;
  /** When each step's announcement arrived. */
  times: Map<string, number>;
}

/**
 * Runs generate and kills it: in the pause after the step named `at`, or once it has announced
 * `after` steps (at a random instant of the pause that follows); never when neither is given.
 */
function generate(spec: string, out: string, kill: { at?: string; after?: number } = {}, onStep?: (step: string, child: ChildProcess) => void, pause = pauseMs): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "generate", "--spec", spec, "--out", out, "--only", "types"], {
      cwd: root,
      env: { ...process.env, SEAM_EVENTS_WRITE_PAUSE_MS: String(pause) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const steps: string[] = [];
    const times = new Map<string, number>();
    let buffered = "";
    let stderr = "";
    let killing = false;
    child.stderr.setEncoding("utf8").on("data", (data: string) => {
      buffered += data;
      stderr += data;
      let end;
      while ((end = buffered.indexOf("\n")) >= 0) {
        const step = /^seam-events write: (.*)$/.exec(buffered.slice(0, end))?.[1];
        buffered = buffered.slice(end + 1);
        if (step === undefined || killing) continue;
        steps.push(step);
        times.set(step, performance.now());
        onStep?.(step, child);
        if (step === kill.at) {
          killing = true;
          child.kill("SIGKILL");
        } else if (kill.after !== undefined && steps.length > kill.after) {
          killing = true;
          setTimeout(() => child.kill("SIGKILL"), Math.floor(random() * pause * 0.75));
        }
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ killed: signal === "SIGKILL", steps, code, stderr, times }));
  });
}

const specs = { a: join(temp, "a/catalogue.yaml"), b: join(temp, "b/catalogue.yaml") };
const trees: Record<"a" | "b", Record<string, string>> = { a: {}, b: {} };
const which = (tree: Record<string, string>) => (JSON.stringify(tree) === JSON.stringify(trees.a) ? "a" : JSON.stringify(tree) === JSON.stringify(trees.b) ? "b" : "neither");

beforeAll(async () => {
  const text = readFileSync(mini, "utf8");
  mkdirSync(join(temp, "a"));
  mkdirSync(join(temp, "b"));
  writeFileSync(specs.a, text);
  writeFileSync(specs.b, text.replace("A lock was unlocked, by any means.", "A lock opened, however it happened."));
  // The two trees, each from an uninterrupted run.
  for (const name of ["a", "b"] as const) {
    const result = await runCli(["generate", "--spec", specs[name], "--out", join(temp, `tree-${name}`), "--only", "types"]);
    expect(result.code, result.stderr).toBe(0);
    trees[name] = treeOf(join(temp, `tree-${name}`));
  }
  expect(trees.a).not.toEqual(trees.b);
});

/**
 * Kills runs of generate on work/out, alternating between the two specs, until `kills` runs were
 * killed, checking the folder after each kill; `aimed` are the steps the first kills aim at.
 */
async function killChain(work: string, kills: number, aimed: readonly string[]): Promise<Record<"old" | "new" | "betweenRenames", number>> {
  const out = join(work, "out");
  cpSync(join(temp, "tree-a"), out, { recursive: true });
  let current: "a" | "b" = "a";
  const seen = { old: 0, new: 0, betweenRenames: 0 };
  let done = 0;
  for (let attempt = 0; done < kills && attempt < kills * 3; attempt++) {
    const next: "a" | "b" = current === "a" ? "b" : "a";
    const aim = aimed[done];
    // An aimed kill gets longer pauses, so that it lands in the pause after its step however busy the machine.
    const run = aim === undefined ? await generate(specs[next], out, { after: Math.floor(random() * 20) }) : await generate(specs[next], out, { at: aim }, undefined, pauseMs * 3);
    const context = `${work}: kill ${done + 1} (seed ${seed}), after: ${run.steps.join(" | ")}`;
    if (!run.killed) {
      expect(run.code, context).toBe(0);
      expect(which(treeOf(out)), context).toBe(next);
      current = next;
      continue;
    }
    done++;

    // The instant of the kill, as it is on disk.
    const leftovers = readdirSync(work).filter((name) => name !== "out");
    for (const name of leftovers) expect(name, context).toMatch(/^\.out\.seam-events-(staging|previous|lock(-\d+-[0-9a-f]+(-stale)?)?)$/);
    if (existsSync(out)) {
      const now = which(treeOf(out));
      expect(now === current || now === next, `${context}: the output is ${now}`).toBe(true);
      seen[now === current ? "old" : "new"]++;
    } else {
      seen.betweenRenames++;
      expect(which(treeOf(join(work, ".out.seam-events-previous"))), `${context}: the old tree moved aside`).toBe(current);
      expect(which(treeOf(join(work, ".out.seam-events-staging"))), `${context}: the new tree staged`).toBe(next);
    }

    // The repair the next run starts with, on a copy: the next run repairs the original itself.
    const copy = `${work}-copy`;
    cpSync(work, copy, { recursive: true });
    repairOutput(join(copy, "out"), { lockWaitMs: 2000 });
    const repaired = which(treeOf(join(copy, "out")));
    expect(repaired === current || repaired === next, `${context}: repaired to ${repaired}`).toBe(true);
    expect(readdirSync(copy), context).toEqual(["out"]);
    rmSync(copy, { recursive: true });
    current = repaired as "a" | "b";
  }
  expect(done).toBe(kills);

  // The run after the last kill repairs, writes, and leaves nothing beside the output.
  const last = current === "a" ? "b" : "a";
  const final = await generate(specs[last], out);
  expect(final.code, final.stderr).toBe(0);
  expect(which(treeOf(out))).toBe(last);
  expect(readdirSync(work)).toEqual(["out"]);
  return seen;
}

test(`the output folder is always the old or the new tree, however generate is killed (seed ${seed})`, async () => {
  // Two folders at once, half the kills each. The first kills aim at the steps that matter most, the
  // window between the two renames above all; the rest at any step announced, the repair a run
  // starts with included.
  const chains = await Promise.all([
    killChain(join(temp, "work-1"), kills / 2, ["moved the old output aside", "locked", "staged src/types.ts", "removed the old output"]),
    killChain(join(temp, "work-2"), kills / 2, ["moved the old output aside", "moved the new output in", "moved the old output aside"]),
  ]);
  const seen = { old: chains[0].old + chains[1].old, new: chains[0].new + chains[1].new, betweenRenames: chains[0].betweenRenames + chains[1].betweenRenames };
  expect(seen.old + seen.new + seen.betweenRenames).toBe(kills);
  expect(seen.betweenRenames, JSON.stringify(seen)).toBeGreaterThan(0);
  expect(seen.old, JSON.stringify(seen)).toBeGreaterThan(0);
  expect(seen.new, JSON.stringify(seen)).toBeGreaterThan(0);
}, 300_000);

test("a second run writing the same folder waits for the first: neither fails, and the output is whole", async () => {
  const work = join(temp, "together");
  const out = join(work, "out");
  cpSync(join(temp, "tree-a"), out, { recursive: true });
  // The first run is stopped between its two renames, the worst moment; it goes on once the second
  // run has reached its write stage and is waiting for the lock.
  let second: Promise<Run> | undefined;
  const first = await generate(specs.a, out, {}, (step, firstChild) => {
    if (step !== "moved the old output aside") return;
    firstChild.kill("SIGSTOP");
    second = generate(specs.b, out, {}, (secondStep) => {
      if (secondStep === "waiting for another run's lock") firstChild.kill("SIGCONT");
    });
  });
  const later = await second!;
  for (const run of [first, later]) expect(run.code, run.stderr).toBe(0);
  expect(later.steps[0]).toBe("waiting for another run's lock");
  // The first run's write stage was over before the second took the lock.
  expect(first.times.get("removed the old output")).toBeLessThan(later.times.get("locked")!);
  expect(which(treeOf(out))).toBe("b");
  expect(readdirSync(work)).toEqual(["out"]);
}, 60_000);
