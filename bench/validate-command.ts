/**
 * npm run bench:validate-command — `seam-events validate` on a file of 100,000 NDJSON events beside a
 * plain readline + ajv script doing the same job, each timed from outside as a child process.
 *
 * Run from the project root, with generated/ in step with spec/catalogue (the benchmark runs `check`
 * first, which also lets `validate` use generated/'s compiled validators). Numbers go to stdout.
 * `tsx bench/validate-command.ts 2000` tries it on a smaller file (so does BENCH_QUICK=1). With
 * BENCH_RESULTS=<file>, the ratios of the script's times to ours are also written there as JSON.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { defaultOutDir, projectRoot, readCatalogue } from "../generator/pipeline.js";

/** Events in the file: 100,000 unless given as the first argument (for a quick try of the benchmark itself). */
const EVENTS = Number(process.argv[2] ?? (process.env.BENCH_QUICK === "1" ? 5_000 : 100_000));
/** One payload in this many breaks one rule (from the package's createInvalid… cases). */
const INVALID_EVERY = 20;
const WARM_UP_RUNS = 2;
const ROUNDS = 7;

const bin = join(projectRoot, "bin/seam-events.js");
const temp = mkdtempSync(join(tmpdir(), "seam-events-bench-validate-"));
process.on("exit", () => rmSync(temp, { recursive: true, force: true }));

// generated/ must be what the spec gives: check says so, and notes it for validate.
const check = spawnSync(process.execPath, [bin, "check"], { cwd: projectRoot, encoding: "utf8" });
if (check.status !== 0) {
  console.error(`generated/ is out of step with the spec; run \`npm run generate\` first.\n${check.stderr}`);
  process.exit(1);
}

// The input: every event type in turn, from the package's own factories, through JSON.
const model = readCatalogue();
const pkg = (await import(pathToFileURL(join(defaultOutDir, "dist/esm/index.js")).href)) as Record<string, any>;
const { unionName } = model.package;
const create = pkg[`create${unionName}`] as (type: string, overrides: object, options: object) => unknown;
const createInvalid = pkg[`createInvalid${unionName}s`] as (type: string, options?: object) => { payload: unknown }[];
const types = model.events.map((event) => event.name);
const invalidCases = new Map(types.map((type) => [type, createInvalid(type, { seed: 1 })]));
const lines: string[] = [];
for (let i = 0; i < EVENTS; i++) {
  const type = types[i % types.length]!;
  const cases = invalidCases.get(type)!;
  const payload = i % INVALID_EVERY === INVALID_EVERY - 1 && cases.length > 0 ? cases[i % cases.length]!.payload : create(type, {}, { seed: i, optional: "random" });
  lines.push(JSON.stringify(payload));
}
const events = join(temp, "events.ndjson");
writeFileSync(events, `${lines.join("\n")}\n`);
const oneEvent = join(temp, "one.ndjson");
writeFileSync(oneEvent, `${lines[0]}\n`);

// The competitor: what a user would write with readline and ajv, one validator per event type compiled
// from the package's JSON Schema files, picked by event_type; ajv stops at the first error by default.
const require = createRequire(join(projectRoot, "package.json"));
const script = join(temp, "readline-ajv.mjs");
writeFileSync(
  script,
  `import { createReadStream, readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(join(projectRoot, "package.json"))});
const { Ajv2020 } = require(${JSON.stringify(require.resolve("ajv/dist/2020"))});
const addFormats = require(${JSON.stringify(require.resolve("ajv-formats"))});
const ajv = new Ajv2020({ allowUnionTypes: true });
(addFormats.default ?? addFormats)(ajv);
const folder = ${JSON.stringify(join(defaultOutDir, "schema"))};
const byType = new Map();
for (const name of readdirSync(folder)) {
  if (!name.endsWith(".json")) continue;
  const schema = JSON.parse(readFileSync(folder + "/" + name, "utf8"));
  const type = schema.properties?.event_type?.const;
  if (typeof type === "string") byType.set(type, ajv.compile(schema));
}
let total = 0, valid = 0, lineNumber = 0;
const out = [];
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  lineNumber++;
  if (line.trim() === "") continue;
  total++;
  let payload;
  try { payload = JSON.parse(line); } catch (error) { out.push(process.argv[2] + ":" + lineNumber + ": json_parse: " + error.message); continue; }
  const validate = byType.get(payload?.event_type);
  if (!validate) { out.push(process.argv[2] + ":" + lineNumber + ": unknown event type"); continue; }
  if (validate(payload)) valid++;
  else for (const e of validate.errors) out.push(process.argv[2] + ":" + lineNumber + ": " + e.instancePath + " " + e.keyword + ": " + e.message);
  if (out.length >= 256) { process.stdout.write(out.join("\\n") + "\\n"); out.length = 0; }
}
out.push(total + " payloads: " + valid + " valid, " + (total - valid) + " invalid");
process.stdout.write(out.join("\\n") + "\\n");
process.exitCode = valid === total ? 0 : 1;
`,
);

// A folder that is not in step (an empty one): validate then builds its validators from the spec, as it
// did on every run before it used the output folder's.
const notInStep = join(temp, "not-generated");

interface Contender {
  name: string;
  args(file: string): string[];
}
const contenders: Contender[] = [
  { name: "seam-events validate (generated/ in step)", args: (file) => [bin, "validate", file] },
  { name: "seam-events validate (built from the spec)", args: (file) => [bin, "validate", "--out", notInStep, file] },
  { name: "readline + ajv script", args: (file) => [script, file] },
];

/** Wall time of one run, from spawn to exit, its output going to /dev/null; its exit code is checked. */
function timeRun(contender: Contender, file: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, contender.args(file), { cwd: projectRoot, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${contender.name} failed (${result.status}): ${result.stderr}`);
  return ms;
}

/** Both sides report the same counts on the same file (ours collects every error; ajv only the first). */
function summary(contender: Contender): string {
  const result = spawnSync(process.execPath, contender.args(events), { cwd: projectRoot, encoding: "utf8", maxBuffer: 1 << 28 });
  return result.stdout.trimEnd().split("\n").at(-1)!;
}

const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const spread = (list: readonly number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return `${Math.round(sorted[0]!)}–${Math.round(sorted.at(-1)!)}`;
};

/** Warm-up runs for every contender alike, then rounds that run each once, in an order rotated per round. */
function measure(file: string): number[][] {
  for (let i = 0; i < WARM_UP_RUNS; i++) for (const contender of contenders) timeRun(contender, file);
  const times: number[][] = contenders.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let j = 0; j < contenders.length; j++) {
      const i = (j + round) % contenders.length;
      times[i]!.push(timeRun(contenders[i]!, file));
    }
  }
  return times;
}

console.log(`validate command benchmark

Method: each contender is a child process (node ${process.version}), timed from spawn to exit with its
standard output to /dev/null. Every contender first runs ${WARM_UP_RUNS} times untimed on the file being
measured (the OS file cache, the tool's compiled build and V8 code cache warm alike); then ${ROUNDS} rounds
each run every contender once, the order rotated per round. Shown: the median wall time and the
range (min–max) over the rounds; ratios are of medians from this run.
Input: ${EVENTS.toLocaleString("en-US")} NDJSON events of all ${types.length} event types of spec/catalogue, made by the
package's factories (seed = line number, random optional properties), one in ${INVALID_EVERY} broken by one of its
createInvalid cases; ${(lines.join("\n").length / 1e6).toFixed(1)} MB. Start-up: the same on a file of one event.
Competitor: a readline + ajv ${require(require.resolve("ajv/package.json")).version} script, one validator per event type compiled
(with ajv-formats) from generated/schema at start, picked by event_type, stopping at the first error;
ours collects every error (up to --max-errors). Both print one line per error and a summary.
`);
console.log(`Summaries on the ${EVENTS.toLocaleString("en-US")}-event file:`);
// A contender that crashed also exits with 1, like one that found invalid payloads: the counts must be
// there, and the same for all, before any time is worth reading.
const summaries = contenders.map((contender) => summary(contender));
contenders.forEach((contender, i) => console.log(`  ${contender.name.padEnd(44)} ${summaries[i]}`));
const counts = summaries.map((line) => /^(\d+) payloads: (\d+) valid, (\d+) invalid/.exec(line)?.slice(1).join(" "));
if (counts.some((c) => c === undefined || c !== counts[0])) {
  console.error("The contenders do not report the same counts on the same file: see the summaries above.");
  process.exit(1);
}

const rows: { label: string; times: number[][] }[] = [
  { label: `${EVENTS.toLocaleString("en-US")} events`, times: measure(events) },
  { label: "start-up (1 event)", times: measure(oneEvent) },
];
for (const { label, times } of rows) {
  console.log(`\n${label}`);
  console.log(`  ${"contender".padEnd(44)}${"median ms".padStart(10)}${"range ms".padStart(14)}${"events/s".padStart(12)}`);
  contenders.forEach((contender, i) => {
    const rate = label.startsWith("start") ? "" : Math.round(EVENTS / (median(times[i]!) / 1000)).toLocaleString("en-US");
    console.log(`  ${contender.name.padEnd(44)}${String(Math.round(median(times[i]!))).padStart(10)}${spread(times[i]!).padStart(14)}${rate.padStart(12)}`);
  });
  const script = median(times[2]!);
  console.log(`  readline + ajv / seam-events (in step): ${(script / median(times[0]!)).toFixed(2)}×   readline + ajv / seam-events (from the spec): ${(script / median(times[1]!)).toFixed(2)}×`);
}

// For the summary of npm run bench: how many times faster ours (in step) is than the script, per round
// (each round ran both within seconds), as a median with its range.
if (process.env.BENCH_RESULTS) {
  const perRound = (times: number[][]) => {
    const ratios = times[2]!.map((script, round) => script / times[0]![round]!).sort((a, b) => a - b);
    return { median: median(ratios), min: ratios[0]!, max: ratios.at(-1)! };
  };
  writeFileSync(process.env.BENCH_RESULTS, JSON.stringify({ events: EVENTS, file: perRound(rows[0]!.times), startUp: perRound(rows[1]!.times) }));
}
