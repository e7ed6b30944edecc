/**
 * npm run bench:generate — the time of each generator stage for the full catalogue and for synthetic
 * catalogues 10× and 50× its size, and the cost per event, to show that the cost grows linearly.
 * Competitor, measured in the same run: json-schema-to-typescript compiling the union's JSON Schema
 * into types (what a generic generator does with the same contract).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compile } from "json-schema-to-typescript";
import { readSpecSources } from "../generator/load/load-spec.js";
import { defaultSpecPath, readCatalogue, renderCatalogue } from "../generator/pipeline.js";
import { scaleCatalogue } from "./synthetic.js";

const base = readSpecSources(process.argv[2] ?? defaultSpecPath);
// BENCH_FACTORS=1,5 for a quicker run; the 50× catalogue needs a heap above Node's default (set in package.json).
const factors = (process.env.BENCH_FACTORS ?? "1,10,50").split(",").map(Number);

// The first run in a process pays for loading modules, starting the format workers and warming up
// the JIT (prettier runs several times faster once warm): it is timed apart. Then more warm-up runs,
// until the format pool is long-lived and has spread every language over every worker.
const coldStart = performance.now();
await renderCatalogue(readCatalogue({ sources: base }));
const coldMs = performance.now() - coldStart;
const WARM_UP_RUNS = Number(process.env.BENCH_WARM_UP ?? 6);
for (let i = 0; i < WARM_UP_RUNS; i++) await renderCatalogue(readCatalogue({ sources: base }));

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

// The full catalogue is timed several times and its median run shown (the machine is noisy); the
// larger catalogues, slow to run, once each.
const REPEATS = 5;
const rows: Awaited<ReturnType<typeof measure>>[] = [];
const fullRuns: number[] = [];
for (const factor of factors) {
  if (factor !== 1) {
    rows.push(await measure(factor));
    continue;
  }
  const runs = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await measure(1));
  runs.sort((a, b) => a.total - b.total);
  fullRuns.push(...runs.map((run) => run.total));
  rows.push(runs[Math.floor(REPEATS / 2)]!);
}

const stageNames = [...new Set(rows.flatMap((r) => [...r.stages.keys()]))];
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\nGenerator stages (ms) — ${base.size} spec files\n`);
console.log(pad("stage", 22) + rows.map((r) => pad(`${r.factor}× (${r.events} events)`, 22)).join(""));
for (const stage of stageNames) {
  console.log(pad(stage, 22) + rows.map((r) => pad((r.stages.get(stage) ?? 0).toFixed(0), 22)).join(""));
}
console.log(pad("total", 22) + rows.map((r) => pad(r.total.toFixed(0), 22)).join(""));
console.log(pad("ms per event", 22) + rows.map((r) => pad((r.total / r.events).toFixed(2), 22)).join(""));
if (fullRuns.length > 0) console.log(`\nFull catalogue, steady (the median of ${REPEATS} runs above): runs took ${fullRuns.map((ms) => ms.toFixed(0)).join(", ")} ms`);
console.log(`First run in this process (cold), full catalogue: ${coldMs.toFixed(0)} ms`);
// What a maintainer waits for: the command in a new process, start-up and writing included, first
// with nothing cached, then as a maintainer meets it: the cache filled by the runs before, and one
// event edited (a description changed, a property added). Each edit is new to the cache (it carries
// this run's time), so that it is printed and formatted afresh, as a real edit is.
const out = mkdtempSync(join(tmpdir(), "seam-events-bench-"));
const tool = (...args: string[]) => {
  const start = performance.now();
  execFileSync(process.execPath, [resolve(import.meta.dirname, "../bin/seam-events.js"), "generate", "--out", out, ...args], { stdio: "ignore" });
  return performance.now() - start;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`seam-events generate in a new process, full catalogue, nothing cached (--no-cache): ${tool("--no-cache").toFixed(0)} ms`);
const edited = mkdtempSync(join(tmpdir(), "seam-events-bench-spec-"));
cpSync(defaultSpecPath, edited, { recursive: true });
tool("--spec", edited);
const lockEvents = join(edited, "events/lock.yaml");
const original = readFileSync(lockEvents, "utf8");
const token = Date.now().toString(36);
const editRuns = [1, 2, 3].map((n) => {
  writeFileSync(
    lockEvents,
    original
      .replace("A lock went into the locked state, by any means.", `A lock went into the locked state, by any means (edit ${token}-${n}).`)
      .replace("    include: [device_event, lock_action]\n", `    include: [device_event, lock_action]\n    properties:\n      bench_note_${n}:\n        type: string\n        optional: true\n        description: Added by the benchmark (${token}).\n`),
  );
  return tool("--spec", edited);
});
console.log(`seam-events generate in a new process, full catalogue, one event edited, cache warm: ${median(editRuns).toFixed(0)} ms (median; runs took ${editRuns.map((ms) => ms.toFixed(0)).join(", ")} ms)`);
console.log(`seam-events generate in a new process, full catalogue, nothing changed, cache warm: ${tool("--spec", edited).toFixed(0)} ms`);
for (const dir of [out, edited]) rmSync(dir, { recursive: true, force: true });
const [one, ...rest] = rows;
for (const row of rest) {
  console.log(`growth ${row.factor}×: time ×${(row.total / one!.total).toFixed(1)} for events ×${(row.events / one!.events).toFixed(0)} (linear would be ×${row.factor})`);
}

// Competitor: json-schema-to-typescript on the same contract (the union's JSON Schema), full catalogue.
const model = readCatalogue({ sources: base });
const files = await renderCatalogue(model, { only: ["schema"] as never });
const unionSchema = files.find((f) => f.path === `schema/${model.package.unionName}.json`);
if (unionSchema) {
  const schemas = Object.fromEntries(files.filter((f) => f.path.startsWith("schema/")).map((f) => [f.path, JSON.parse(f.contents)]));
  const ours = performance.now();
  await renderCatalogue(model, { only: ["types"] as never });
  const oursMs = performance.now() - ours;
  const theirs = performance.now();
  await compile(JSON.parse(unionSchema.contents), model.package.unionName, {
    bannerComment: "",
    cwd: "/",
    $refOptions: { resolve: { external: true, file: { read: (f: { url: string }) => JSON.stringify(schemas[`schema/${f.url.split("/").pop()}`] ?? {}) } } } as never,
  }).catch((error: unknown) => `failed: ${String(error)}`);
  const theirsMs = performance.now() - theirs;
  console.log(`\nTypes for the full catalogue: ours ${oursMs.toFixed(0)} ms (emit + format + compile), json-schema-to-typescript ${theirsMs.toFixed(0)} ms: ratio ${(theirsMs / oursMs).toFixed(2)}× in our favour`);
} else {
  console.log("\n(no schema target registered: competitor comparison skipped)");
}
