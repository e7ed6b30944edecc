/**
 * The measuring rules the in-process throughput benchmarks share, so that every contender is treated
 * alike and the output says how it was measured.
 *
 * - Warm-up until the rate settles: each contender runs batches until three consecutive batch rates
 *   are within `settle` of each other (or `maxWarmBatches` is reached, which the output then says),
 *   after `minWarmBatches` at least: ajv's 109 validators sit on a plateau of half-optimised code for
 *   seconds (about 45k/s, then 230k/s once the optimising compiler has reached them all, on one run
 *   of this machine), long enough for three batches to agree on the plateau. A fixed
 *   warm-up favours whoever reaches optimised code first: ajv's many small functions need far more
 *   calls than a single round gives them.
 * - A loop of its own per contender (compiled with `new Function`), so that the call site in the loop
 *   never sees another contender's function and every contender gets a monomorphic call.
 * - Interleaved rounds: each round runs every contender once for ROUND_MS, in an order rotated per
 *   round, so that load from elsewhere on the machine falls on all of them alike.
 * - Time is CPU time of the process (see cpuMs), not wall time.
 * - Reported: the median rate with its interquartile range and min–max; a ratio is the median of the
 *   per-round ratios (each round's two rates were taken seconds apart), with their min–max.
 *
 * BENCH_QUICK=1 (or --quick) shortens everything for a try while developing; its figures are rough.
 */

export const quick = process.env.BENCH_QUICK === "1" || process.argv.includes("--quick");

export const settings = quick
  ? { batchMs: 100, settle: 0.05, minWarmBatches: 15, maxWarmBatches: 40, rounds: 5, roundMs: 100 }
  : { batchMs: 200, settle: 0.03, minWarmBatches: 25, maxWarmBatches: 75, rounds: 15, roundMs: 200 };

/** How many consecutive warm-up batches must agree for the rate to count as settled. */
const SETTLED_RUN = 3;

export interface Contender<T = unknown> {
  name: string;
  /** Handles one input; the result is kept (counted when truthy) so that no work can be optimised away. */
  run: (input: T) => unknown;
}

export interface Measurement {
  name: string;
  /** Rate of each round, in round order (inputs per second). */
  rates: number[];
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  warmUp: { batches: number; settled: boolean };
}

export interface Ratio {
  median: number;
  min: number;
  max: number;
}

type Loop = (run: (input: unknown) => unknown, corpus: readonly unknown[]) => number;

/** A fresh loop function: its own bytecode and type feedback, shared with no other contender. */
function loopFor(): Loop {
  return new Function("run", "corpus", "let kept = 0; for (let i = 0; i < corpus.length; i++) if (run(corpus[i])) kept++; return kept;") as Loop;
}

let kept = 0;

/**
 * Milliseconds of CPU time this process has used (all its threads). On a machine shared with other
 * work, wall time also counts the time the process waited for a core; CPU time does not, so the
 * rounds of two contenders stay comparable however busy the machine is.
 */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Inputs per CPU second over passes on the corpus lasting at least `ms` of CPU time. */
function batch(loop: Loop, run: (input: unknown) => unknown, corpus: readonly unknown[], ms: number): number {
  let count = 0;
  const start = cpuMs();
  let elapsed: number;
  do {
    kept += loop(run, corpus);
    count += corpus.length;
    elapsed = cpuMs() - start;
  } while (elapsed < ms);
  return (count / elapsed) * 1000;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Warms every contender up by the same rule, then measures them in interleaved rounds on one corpus. */
export function measure<T>(contenders: readonly Contender<T>[], corpus: readonly T[]): Measurement[] {
  const loops = contenders.map(() => loopFor());
  const warm = contenders.map((contender, i) => {
    const recent: number[] = [];
    for (let batches = 1; batches <= settings.maxWarmBatches; batches++) {
      recent.push(batch(loops[i]!, contender.run as (input: unknown) => unknown, corpus, settings.batchMs));
      if (recent.length > SETTLED_RUN) recent.shift();
      // Two batches agreeing by chance while the JIT is still at work is common: three must agree.
      if (batches >= settings.minWarmBatches && recent.length === SETTLED_RUN && Math.max(...recent) - Math.min(...recent) <= settings.settle * Math.min(...recent)) return { batches, settled: true };
    }
    return { batches: settings.maxWarmBatches, settled: false };
  });
  const rates: number[][] = contenders.map(() => []);
  for (let round = 0; round < settings.rounds; round++) {
    for (let j = 0; j < contenders.length; j++) {
      const i = (j + round) % contenders.length;
      rates[i]![round] = batch(loops[i]!, contenders[i]!.run as (input: unknown) => unknown, corpus, settings.roundMs);
    }
  }
  if (kept < 0) console.log(kept);
  return contenders.map((contender, i) => {
    const sorted = [...rates[i]!].sort((a, b) => a - b);
    return { name: contender.name, rates: rates[i]!, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), min: sorted[0]!, max: sorted.at(-1)!, warmUp: warm[i]! };
  });
}

/** How many times faster `a` is than `b`: the median of the per-round ratios, with their range. */
export function ratio(a: Measurement, b: Measurement): Ratio {
  const sorted = a.rates.map((rate, round) => rate / b.rates[round]!).sort((x, y) => x - y);
  return { median: quantile(sorted, 0.5), min: sorted[0]!, max: sorted.at(-1)! };
}

export const formatCount = (n: number): string => Math.round(n).toLocaleString("en-US");
export const formatRatio = (r: Ratio): string => `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;

/** The method, for the top of a benchmark's output. */
export function methodText(): string {
  const s = settings;
  return [
    `Method${quick ? " (QUICK mode: rough figures)" : ""}: node ${process.version}, the contenders of a row in one process, on the same payload arrays.`,
    `Time is the process's CPU time (process.cpuUsage, all threads), so waiting for a core on a busy machine is not counted.`,
    `Warm-up: each contender runs ${s.batchMs} ms batches until ${SETTLED_RUN} consecutive batch rates are within ${s.settle * 100}%`,
    `(at least ${s.minWarmBatches}, at most ${s.maxWarmBatches} batches; "not settled" is printed if the cap is hit).`,
    `Each contender calls through a loop of its own, so no call site is shared between contenders.`,
    `Then ${s.rounds} interleaved rounds of ${s.roundMs} ms per contender, the order rotated each round.`,
    `Shown: median rate, interquartile range and min–max over the rounds; a ratio is the median of the`,
    `per-round ratios (min–max in brackets). BENCH_QUICK=1 shortens all of this.`,
  ].join("\n");
}

/** A table of measurements, one line per contender. */
export function formatMeasurements(title: string, rows: readonly Measurement[], note?: (m: Measurement) => string): string {
  const lines = [title, `  ${"contender".padEnd(44)}${"median/s".padStart(11)}${"IQR".padStart(21)}${"min–max".padStart(21)}  warm-up`];
  for (const m of rows) {
    lines.push(
      `  ${m.name.padEnd(44)}${formatCount(m.median).padStart(11)}${`${formatCount(m.q1)}–${formatCount(m.q3)}`.padStart(21)}${`${formatCount(m.min)}–${formatCount(m.max)}`.padStart(21)}  ${m.warmUp.batches} batches${m.warmUp.settled ? "" : ", not settled"}${note ? `  ${note(m)}` : ""}`,
    );
  }
  return lines.join("\n");
}
