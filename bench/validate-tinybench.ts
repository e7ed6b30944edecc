/**
 * npm run bench:validate-independent — the same contenders on the same payloads as bench:validate,
 * timed by a harness that shares none of its measuring code: tinybench (the benchmark library vitest
 * uses, here from node_modules), with its own warm-up, loop and statistics, each
 * contender timed in one block after the other rather than in interleaved rounds (each row in a new
 * process, like bench:validate, so that both see the same JIT history). If bench/harness.ts
 * had a flaw that favoured one contender, the two would disagree; npm run bench prints both ratios
 * side by side and how far apart they are.
 *
 * One task iteration is enough passes over the payload set for PAYLOADS_PER_ITERATION payloads; the rate
 * is payloads / median iteration time. Its clock is the process's CPU time, as in bench/harness.ts, since
 * the machines these run on are often shared; BENCH_CLOCK=wall gives tinybench its own wall clock.
 * BENCH_QUICK=1 shortens it; BENCH_RESULTS=<file> writes the ratios as JSON.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { comparisonRows, rowToMeasure, runRowsApart, setUpValidation, type ComparisonRow, type ValidationResults } from "./validation-contenders.js";

const quick = process.env.BENCH_QUICK === "1" || process.argv.includes("--quick");
// ajv compiles a function per event type: a short warm-up leaves most of them unoptimised.
const timing = quick ? { warmupTime: 1500, time: 800 } : { warmupTime: 5000, time: 3000 };
/** BENCH_CLOCK=wall uses tinybench's own clock; by default the process's CPU time, as a busy machine needs. */
const wallClock = process.env.BENCH_CLOCK === "wall";
const cpuNow = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
/** Payloads per iteration at least, so that tinybench's own cost per iteration stays small beside the work. */
const PAYLOADS_PER_ITERATION = 2000;

const setup = await setUpValidation();

const median = (list: readonly number[]): number => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

let kept = 0;
/** Times one row (in its own process, as bench:validate does) and prints it. */
async function timeRow(row: ComparisonRow): Promise<ValidationResults["rows"][number]> {
  const payloads = setup.payloads[row.payloads];
  const bench = new Bench({ ...timing, warmupIterations: 5, iterations: 10, ...(wallClock ? {} : { now: cpuNow }) });
  const passes = Math.ceil(PAYLOADS_PER_ITERATION / payloads.length);
  for (const contender of row.contenders) {
    const run = setup.contenders[contender.run];
    bench.add(contender.name, () => {
      for (let pass = 0; pass < passes; pass++) for (let i = 0; i < payloads.length; i++) if (run(payloads[i])) kept++;
    });
  }
  await bench.warmup();
  await bench.run();
  const rates = bench.tasks.map((task) => ((passes * payloads.length) / median(task.result!.samples)) * 1000);
  console.log(row.title);
  bench.tasks.forEach((task, i) => console.log(`  ${task.name.padEnd(44)}${Math.round(rates[i]!).toLocaleString("en-US").padStart(11)}/s   ±${task.result!.rme.toFixed(1)}% (rme of the mean)   ${task.result!.samples.length} iterations`));
  const ratios = rates.slice(1).map((rate, i) => ({ against: row.contenders[i + 1]!.name, ratio: { median: rates[0]! / rate } }));
  for (const r of ratios) console.log(`  ours / ${r.against.padEnd(38)} ${r.ratio.median.toFixed(2)}×`);
  console.log();
  return { key: row.key, title: row.title, ours: row.contenders[0]!.name, ratios };
}

const rows = comparisonRows(setup);
const inRow = rowToMeasure();
if (inRow) {
  writeFileSync(inRow.resultFile, JSON.stringify(await timeRow(rows.find((r) => r.key === inRow.key)!)));
} else {
  console.log(`\nValidation throughput, independent harness — ${setup.model.events.length} event types of ${setup.specPath}\n`);
  console.log(`Method${quick ? " (QUICK mode: rough figures)" : ""}: tinybench, node ${process.version}, ${wallClock ? "wall-clock time (tinybench's own clock)" : "the process's CPU time as tinybench's clock (BENCH_CLOCK=wall for its own)"}.
Each contender: ${timing.warmupTime} ms of warm-up iterations, then ${timing.time} ms of timed iterations, the contenders one after
the other (not interleaved), each row in a new process. An iteration is enough passes over the payload set
for ${PAYLOADS_PER_ITERATION} payloads at least; rate = payloads / median iteration time. Same payloads and contender
functions as bench:validate (bench/validation-contenders.ts); the loop, warm-up, order and statistics
are tinybench's.
`);
  const only = process.env.BENCH_ONLY?.split(",");
  const results: ValidationResults = { rows: runRowsApart(fileURLToPath(import.meta.url), rows.map((r) => r.key).filter((key) => only === undefined || only.includes(key))) };
  if (process.env.BENCH_RESULTS) writeFileSync(process.env.BENCH_RESULTS, JSON.stringify(results));
}
if (kept < 0) console.log(kept);
