/**
 * npm run bench:validate-independent — the same contenders on the same payloads as bench:validate,
 * timed by a harness that shares none of its measuring code: tinybench (the benchmark library vitest
 * uses, here from node_modules), with its own warm-up, its wall clock and its own statistics, each
 * contender timed in one block after the other rather than in interleaved rounds (each row in a new
 * process, like bench:validate, so that both see the same JIT history). If bench/harness.ts
 * had a flaw that favoured one contender, the two would disagree; npm run bench prints both ratios
 * side by side and how far apart they are.
 *
 * One task iteration is one pass over the payload set; the rate is payloads / median iteration time.
 * BENCH_QUICK=1 shortens it; BENCH_RESULTS=<file> writes the ratios as JSON.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { comparisonRows, rowToMeasure, runRowsApart, setUpValidation, type ComparisonRow, type ValidationResults } from "./validation-contenders.js";

const quick = process.env.BENCH_QUICK === "1" || process.argv.includes("--quick");
const timing = quick ? { warmupTime: 400, time: 500 } : { warmupTime: 1500, time: 2000 };

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
  const bench = new Bench({ ...timing, warmupIterations: 5, iterations: 10 });
  for (const contender of row.contenders) {
    const run = setup.contenders[contender.run];
    bench.add(contender.name, () => {
      for (let i = 0; i < payloads.length; i++) if (run(payloads[i])) kept++;
    });
  }
  await bench.warmup();
  await bench.run();
  const rates = bench.tasks.map((task) => (payloads.length / median(task.result!.samples)) * 1000);
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
  console.log(`Method${quick ? " (QUICK mode: rough figures)" : ""}: tinybench, node ${process.version}, wall-clock time (tinybench's own clock). Each contender:
${timing.warmupTime} ms of warm-up iterations, then ${timing.time} ms of timed iterations, the contenders one after the other,
each row in a new process. An iteration is one pass over the payload set; rate = payloads / median
iteration time. Same payloads and contender functions as bench:validate (bench/validation-contenders.ts);
nothing else is shared.
`);
  const only = process.env.BENCH_ONLY?.split(",");
  const results: ValidationResults = { rows: runRowsApart(fileURLToPath(import.meta.url), rows.map((r) => r.key).filter((key) => only === undefined || only.includes(key))) };
  if (process.env.BENCH_RESULTS) writeFileSync(process.env.BENCH_RESULTS, JSON.stringify(results));
}
if (kept < 0) console.log(kept);
