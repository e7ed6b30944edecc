/**
 * npm run bench:validate — throughput of the generated validators beside ajv (compiled from the
 * emitted JSON Schema, one validator per event type picked by the event type, with and without
 * allErrors), the official zod schema `schemas.seam_event` of @seamapi/types, and hand-written checks
 * for three event types; then bundle sizes. See bench/harness.ts for how it measures (printed at the
 * top) and bench/validation-contenders.ts for the payloads. BENCH_QUICK=1 for a short, rough run.
 * BENCH_ONLY=<row key,…> measures only some rows. With BENCH_RESULTS=<file>, the ratios are also written there as JSON (for the summary of npm run bench).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderCatalogue } from "../generator/pipeline.js";
import { formatMeasurements, formatRatio, measure, methodText, ratio } from "./harness.js";
import { comparisonRows, rowToMeasure, runRowsApart, setUpValidation, type ComparisonRow, type ValidationResults } from "./validation-contenders.js";
import { ajvStandaloneSize, receiverSize, validatorsSize, zodSize, type BundleSize } from "./validate-sizes.js";

/** What the profile showed and what was tried on the rejection path: printed when a goal is missed. */
const TRIED = [
  "What was measured and tried (details in bench/README.md):",
  "- Profile (node --cpu-prof) of invalid payloads of the three types: building errors (messages, paths,",
  "  allocation, GC) is about a tenth of the time; the rest is checking the properties read before the",
  "  broken one, most of it the uuid and date-time scans, which the hand-written checks pay too.",
  "- Kept: uuid digits by table lookup with no branch per character, date-time digits read two at a time,",
  "  a child's error list taken over by its parent instead of copied, the missing-property message made",
  "  once per key.",
  "- Dropped: hasOwnProperty written out instead of own() (no difference once inlined), a regular",
  "  expression for uuids (the same speed as the scan); removing the try/catch that reports throwing",
  "  getters would gain at most 5% and lose documented behaviour.",
  "- All types, stopping at the first error: each payload enters a different one of the event checks, many",
  "  of them not yet fully optimised, so the profile shows the own-property reads as calls (about 12%) and",
  "  garbage collection (about 7%); ajv, once warm, stops at its first failing keyword as cheaply.",
  "- Lazy messages are not possible: an error is plain data whose message is an own property (compared",
  "  as such by the tests and written by JSON output), so a getter would change the documented shape.",
];

const setup = await setUpValidation();
const { payloads, contenders, model } = setup;
const rows = comparisonRows(setup);
const inRow = rowToMeasure();

/** Measures one row (in its own process) and prints it. */
function measureRow(row: ComparisonRow): ValidationResults["rows"][number] {
  const measured = measure(
    row.contenders.map((c) => ({ name: c.name, run: contenders[c.run] })),
    payloads[row.payloads],
  );
  console.log(`\n${formatMeasurements(row.title, measured)}`);
  const ours = measured[0]!;
  const ratios: ValidationResults["rows"][number]["ratios"] = [];
  for (let i = 1; i < measured.length; i++) {
    const r = ratio(ours, measured[i]!);
    const goal = row.goals.find((g) => g.against === row.contenders[i]!.run)?.atLeast;
    const verdict = goal === undefined ? "" : r.median >= goal ? `   goal ≥ ${goal}×: met` : `   goal ≥ ${goal}×: NOT met`;
    console.log(`  ours / ${measured[i]!.name.padEnd(38)} ${formatRatio(r)}${verdict}`);
    ratios.push({ against: measured[i]!.name, ratio: r, ...(goal === undefined ? {} : { goal }) });
  }
  return { key: row.key, title: row.title, ours: ours.name, ratios };
}

if (inRow) {
  writeFileSync(inRow.resultFile, JSON.stringify(measureRow(rows.find((r) => r.key === inRow.key)!)));
} else {
  console.log(`\nValidation throughput — ${model.events.length} event types of ${setup.specPath}\n`);
  console.log(methodText());
  console.log(`Each row below runs in a new process, so that no row's JIT state (type feedback from another mode) carries into the next.

Payloads (the same arrays for every contender): ${payloads.valid.length} valid and ${payloads.invalid.length} invalid of all types (each invalid one
breaks one rule); of the three hand-written types, ${payloads.validThree.length} valid and ${payloads.invalidThree.length} invalid (every broken rule).
Contenders: ajv ${setup.ajvVersion} (+ ajv-formats) compiled per event type from the emitted JSON Schema and picked by
event type, stopping at the first error or with allErrors; zod schemas.seam_event of @seamapi/types
(always collects); hand-written checks (bench/hand-written.ts). Ours stopping at the first error is
compared with ajv and hand-written stopping at the first; ours collecting all with ajv allErrors.
`);

  // Each contender must agree on every payload set before its speed means anything.
  const accepted = (run: (p: unknown) => boolean, list: readonly unknown[]) => list.filter((p) => run(p)).length;
  console.log("Accepted (valid set / invalid set):");
  for (const [name, run] of Object.entries(contenders)) {
    const three = name.startsWith("handWritten");
    const valid = three ? payloads.validThree : payloads.valid;
    const invalid = three ? payloads.invalidThree : payloads.invalid;
    if (three && !setup.hasHandWritten) continue;
    console.log(`  ${name.padEnd(18)} ${accepted(run, valid)}/${valid.length}   ${accepted(run, invalid)}/${invalid.length}${name === "zod" ? "   (the zod schema of @seamapi/types differs from the catalogue in places)" : ""}`);
  }

  // BENCH_ONLY=valid,invalidFirstThree measures only those rows (while developing).
  const only = process.env.BENCH_ONLY?.split(",");
  const keys = rows.map((r) => r.key).filter((key) => only === undefined || only.includes(key));
  const results: ValidationResults = { rows: runRowsApart(fileURLToPath(import.meta.url), keys) };
  if (results.rows.some((row) => row.ratios.some((r) => r.goal !== undefined && r.ratio.median < r.goal))) console.log(`\n${TRIED.join("\n")}`);

  const compiled = await renderCatalogue(model, { only: ["types", "validators", "receiver"] });
  const sizes: BundleSize[] = [
    await validatorsSize(compiled),
    await zodSize(),
    await ajvStandaloneSize(setup.ajv, setup.unionId),
    await receiverSize(compiled, `validate${model.events[0]!.typeName}`, model.package.discriminator),
  ];
  console.log("\nBundle size (esbuild bundle + minify, gzip -9)\n");
  console.log(`${"bundle".padEnd(56)}${"minified".padStart(12)}${"gzipped".padStart(12)}`);
  for (const s of sizes) console.log(`${s.name.padEnd(56)}${`${s.minified.toLocaleString("en-US")} B`.padStart(12)}${`${s.gzipped.toLocaleString("en-US")} B`.padStart(12)}`);
  console.log();

  if (process.env.BENCH_RESULTS) writeFileSync(process.env.BENCH_RESULTS, JSON.stringify(results));
}
