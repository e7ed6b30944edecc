/**
 * npm run bench:generate — what generating costs, in one run:
 * 1. The command a maintainer runs, `seam-events generate`, in new processes, measured in CPU time
 *    (user + system, child processes included: the machine may be shared, and wall time would
 *    measure the neighbours; wall time is printed too): with nothing cached (`--no-cache`), and after
 *    a one-event edit with the cache filled by the run before. Today's tool runs beside the baseline
 *    (BENCH_BASELINE, a git revision; by default the last one with the worker pool, read thread and
 *    V8 code cache), from a copy of that revision, and beside itself with V8's default optimisation
 *    budget (the launcher raises it: this row shows what that buys). All are warmed alike (a first run
 *    builds each launcher's compiled copy) and take turns, each on the catalogue of its own revision;
 *    medians with their spread.
 * 2. Each generator stage in process, for the full catalogue and synthetic catalogues 10× and 50× its
 *    size, and the cost per event, to show that the cost grows linearly.
 * 3. The competitor: json-schema-to-typescript compiling the union's JSON Schema into types, beside our
 *    types target on the same catalogue, both warmed by the same untimed runs, then alternating.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compile } from "json-schema-to-typescript";
import { readSpecSources } from "../generator/load/load-spec.js";
import { defaultSpecPath, projectRoot, readCatalogue, renderCatalogue } from "../generator/pipeline.js";
import { scaleCatalogue } from "./synthetic.js";

const base = readSpecSources(process.argv[2] ?? defaultSpecPath);
// BENCH_FACTORS=1,5 for a quicker run; the 50× catalogue needs a heap above Node's default (set in package.json).
const factors = (process.env.BENCH_FACTORS ?? "1,10,50").split(",").map(Number);
const BASELINE = process.env.BENCH_BASELINE ?? "c6d180f";
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const temp = mkdtempSync(join(tmpdir(), "seam-events-bench-"));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[]) => `median ${median(values).toFixed(2)} s (min ${Math.min(...values).toFixed(2)}, max ${Math.max(...values).toFixed(2)}, ${values.length} runs)`;

interface Tool {
  name: string;
  root: string;
  /** Environment for its runs (SEAM_EVENTS_V8_FLAGS empty: V8's default budget). */
  env?: Record<string, string>;
}

interface Cost {
  cpu: number;
  wall: number;
}

/** The baseline's sources in a folder of their own, using this checkout's installed packages. */
function checkoutOf(revision: string): string | undefined {
  const dir = join(temp, "baseline");
  mkdirSync(dir);
  try {
    execFileSync("sh", ["-c", `git -C "${projectRoot}" archive "${revision}" bin generator templates spec package.json | tar -x -C "${dir}"`], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  mkdirSync(join(dir, "node_modules"));
  for (const entry of readdirSync(join(projectRoot, "node_modules"))) if (entry !== ".cache") symlinkSync(join(projectRoot, "node_modules", entry), join(dir, "node_modules", entry));
  return dir;
}

/** CPU seconds (user + system, children included) and wall seconds of one `generate` by `tool`. */
function costOfGenerate(tool: Tool, args: string[]): Cost {
  const times = join(temp, "times");
  // An output folder per tool: each writes only to a folder of its own.
  const out = join(temp, `out-${createHash("sha256").update(tool.name).digest("hex").slice(0, 8)}`);
  execFileSync("/usr/bin/time", ["-f", "%U %S %e", "-o", times, process.execPath, join(tool.root, "bin/seam-events.js"), "generate", "--out", out, ...args], {
    stdio: "ignore",
    // Without this script's NODE_OPTIONS (a 12 GB heap for the 50× catalogue below): a user's run has none.
    env: { ...process.env, NODE_OPTIONS: "", ...tool.env },
  });
  const [user, system, wall] = readFileSync(times, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  return { cpu: user! + system!, wall: wall! };
}

const tools: Tool[] = [
  { name: "today", root: projectRoot },
  { name: "today, V8 default", root: projectRoot, env: { SEAM_EVENTS_V8_FLAGS: "" } },
];
const baseline = existsSync("/usr/bin/time") ? checkoutOf(BASELINE) : undefined;
if (baseline) tools.unshift({ name: `baseline ${BASELINE}`, root: baseline });

if (!existsSync("/usr/bin/time")) console.log("(no /usr/bin/time: the command's CPU time cannot be measured; skipped)");
else {
  console.log(`\nseam-events generate in a new process, full catalogue, CPU seconds (user + system)\n`);
  // Each tool reads the catalogue of its own revision (the spec format grows with the tool).
  const specOf = (tool: Tool) => join(temp, `spec-${createHash("sha256").update(tool.name).digest("hex").slice(0, 8)}`);
  for (const tool of tools) cpSync(join(tool.root, "spec/catalogue"), specOf(tool), { recursive: true });
  const token = Date.now().toString(36);
  /** A new edit each time (a description changed, a property added), so that no cache knows it. */
  const edit = (spec: string, n: number) => {
    const lockEvents = join(spec, "events/lock.yaml");
    const original = readFileSync(lockEvents, "utf8").replace(/ \(edit [^)]*\)\./, ".").replace(/\n    properties:\n      bench_note_[^]*?\(bench\)\.\n/, "\n");
    writeFileSync(
      lockEvents,
      original
        .replace("A lock went into the locked state, by any means.", `A lock went into the locked state, by any means (edit ${token}-${n}).`)
        .replace("    include: [device_event, lock_action]\n", `    include: [device_event, lock_action]\n    properties:\n      bench_note_${n}:\n        type: string\n        optional: true\n        description: Added by the benchmark (bench).\n`),
    );
  };
  // Warmed alike: each launcher builds its compiled copy, and each cache is filled, before anything is timed.
  // A baseline that cannot run with today's installed packages is left out, and the output says so.
  for (const tool of [...tools]) {
    try {
      costOfGenerate(tool, ["--spec", specOf(tool)]);
    } catch {
      if (tool.root === projectRoot) throw new Error("seam-events generate failed on this checkout");
      console.log(`(${tool.name} left out: it does not run with the packages installed today; set BENCH_BASELINE to another revision)`);
      tools.splice(tools.indexOf(tool), 1);
    }
  }
  const cold = new Map(tools.map((tool) => [tool.name, [] as Cost[]]));
  const edited = new Map(tools.map((tool) => [tool.name, [] as Cost[]]));
  let n = 0;
  for (let run = 0; run < RUNS; run++) {
    // The order rotates each round, so that no tool always runs right after the same neighbour.
    for (const tool of tools.map((_, i) => tools[(i + run) % tools.length]!)) {
      cold.get(tool.name)!.push(costOfGenerate(tool, ["--no-cache", "--spec", specOf(tool)]));
      edit(specOf(tool), ++n);
      edited.get(tool.name)!.push(costOfGenerate(tool, ["--spec", specOf(tool)]));
    }
  }
  for (const tool of tools) {
    for (const [label, costs] of [["nothing cached (--no-cache)", cold.get(tool.name)!], ["one event edited, cache warm", edited.get(tool.name)!]] as const) {
      console.log(`${tool.name.padEnd(22)} ${label}: CPU ${spread(costs.map((c) => c.cpu))}`);
      console.log(`${"".padEnd(22)} ${"".padEnd(label.length)}  wall ${spread(costs.map((c) => c.wall))}`);
    }
  }
}

// In process: the first run pays for loading modules and warming up the JIT, and is timed apart.
const coldStart = performance.now();
await renderCatalogue(readCatalogue({ sources: base }));
const coldMs = performance.now() - coldStart;
for (let i = 0; i < 2; i++) await renderCatalogue(readCatalogue({ sources: base }));

/** One run of every stage on a catalogue, timed stage by stage. */
async function measure(factor: number) {
  const sources = scaleCatalogue(base, factor);
  const stages = new Map<string, number>();
  const onStage = (stage: string, ms: number) => stages.set(stage, (stages.get(stage) ?? 0) + ms);
  const start = performance.now();
  let t = performance.now();
  const model = readCatalogue({ sources });
  onStage("load, check, model", performance.now() - t);
  const files = await renderCatalogue(model, { onStage });
  t = performance.now();
  // Writing is measured as serialising to bytes: the disk is not what this benchmark is about.
  for (const file of files) Buffer.byteLength(file.contents);
  onStage("write (bytes)", performance.now() - t);
  return { factor, events: model.events.length, stages, total: performance.now() - start };
}

// The full catalogue is timed several times and its median run shown; the larger catalogues, slow to run, once each.
const rows: Awaited<ReturnType<typeof measure>>[] = [];
const fullRuns: number[] = [];
for (const factor of factors) {
  if (factor !== 1) {
    rows.push(await measure(factor));
    continue;
  }
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(1));
  runs.sort((a, b) => a.total - b.total);
  fullRuns.push(...runs.map((run) => run.total));
  rows.push(runs[Math.floor(RUNS / 2)]!);
}

const stageNames = [...new Set(rows.flatMap((r) => [...r.stages.keys()]))];
const pad = (s: string, width: number) => s.padEnd(width);
console.log(`\nGenerator stages in process (ms, wall) — ${base.size} spec files\n`);
console.log(pad("stage", 22) + rows.map((r) => pad(`${r.factor}× (${r.events} events)`, 22)).join(""));
for (const stage of stageNames) console.log(pad(stage, 22) + rows.map((r) => pad((r.stages.get(stage) ?? 0).toFixed(0), 22)).join(""));
console.log(pad("total", 22) + rows.map((r) => pad(r.total.toFixed(0), 22)).join(""));
console.log(pad("ms per event", 22) + rows.map((r) => pad((r.total / r.events).toFixed(2), 22)).join(""));
if (fullRuns.length > 0) console.log(`\nFull catalogue, steady (the median of ${RUNS} runs above): runs took ${fullRuns.map((ms) => ms.toFixed(0)).join(", ")} ms`);
console.log(`First run in this process (cold), full catalogue: ${coldMs.toFixed(0)} ms`);
const [one, ...rest] = rows;
for (const row of rest) console.log(`growth ${row.factor}×: time ×${(row.total / one!.total).toFixed(1)} for events ×${(row.events / one!.events).toFixed(0)} (linear would be ×${row.factor})`);

// Competitor: json-schema-to-typescript on the same contract (the union's JSON Schema), full catalogue.
const model = readCatalogue({ sources: base });
const files = await renderCatalogue(model, { only: ["schema"] });
const unionSchema = files.find((f) => f.path === `schema/${model.package.unionName}.json`);
if (unionSchema) {
  const schemas = Object.fromEntries(files.filter((f) => f.path.startsWith("schema/")).map((f) => [f.path, JSON.parse(f.contents)]));
  const runOurs = () => renderCatalogue(model, { only: ["types"] });
  const runTheirs = () =>
    compile(JSON.parse(unionSchema.contents), model.package.unionName, {
      bannerComment: "",
      cwd: "/",
      $refOptions: { resolve: { external: true, file: { read: (f: { url: string }) => JSON.stringify(schemas[`schema/${f.url.split("/").pop()}`] ?? {}) } } } as never,
    }).catch((error: unknown) => `failed: ${String(error)}`);
  // Warmed alike: both run untimed the same number of times first, then alternate, the order swapped
  // each round; the ratio is the median of the per-round ratios.
  const WARM_UP = 3;
  const ROUNDS = 5;
  for (let i = 0; i < WARM_UP; i++) {
    await runOurs();
    await runTheirs();
  }
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  const timed = async (run: () => Promise<unknown>, into: number[]) => {
    const start = performance.now();
    await run();
    into.push(performance.now() - start);
  };
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      await timed(runOurs, oursMs);
      await timed(runTheirs, theirsMs);
    } else {
      await timed(runTheirs, theirsMs);
      await timed(runOurs, oursMs);
    }
  }
  const middle = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const ratios = theirsMs.map((ms, round) => ms / oursMs[round]!).sort((a, b) => a - b);
  console.log(
    `\nTypes for the full catalogue, both warmed by ${WARM_UP} untimed runs, then ${ROUNDS} alternating rounds (median ms, min–max):` +
      `\n  ours ${middle(oursMs).toFixed(0)} (${Math.min(...oursMs).toFixed(0)}–${Math.max(...oursMs).toFixed(0)}) (emit + format + compile),` +
      ` json-schema-to-typescript ${middle(theirsMs).toFixed(0)} (${Math.min(...theirsMs).toFixed(0)}–${Math.max(...theirsMs).toFixed(0)})` +
      `\n  ratio ${middle(ratios).toFixed(2)}× (${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}) in our favour`,
  );
} else {
  console.log("\n(no schema target registered: competitor comparison skipped)");
}
rmSync(temp, { recursive: true, force: true });
