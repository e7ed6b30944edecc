/**
 * npm run bench:validate — validation throughput and bundle size of the generated validators beside
 * ajv (compiled from the emitted JSON Schema, one validator per event type picked by event_type: the
 * fastest way to use ajv) and the official zod schema `schemas.seam_event` of @seamapi/types.
 *
 * Corpus: every event type of the full catalogue (the mini spec when it is absent), valid payloads from
 * the generated fixture factories (several seeds, random optional properties) and invalid ones from
 * createInvalid…s (each breaks one rule), all passed through JSON so they look like parsed webhooks.
 * Throughput is the median of several rounds; valid and invalid payloads are measured apart.
 */
import { existsSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { schemas } from "@seamapi/types/connect";
import { defaultSpecPath, loadGeneratedPackage, projectRoot, readCatalogue, renderCatalogue } from "../generator/pipeline.js";
import { schemaTarget } from "../generator/targets/schema/emit-schema.js";
import { ajvStandaloneSize, receiverSize, validatorsSize, zodSize, type BundleSize } from "./validate-sizes.js";

const specPath = process.argv[2] ?? (existsSync(defaultSpecPath) ? defaultSpecPath : `${projectRoot}/test/fixtures/specs/mini`);
const model = readCatalogue({ specPath });
const pkg = await loadGeneratedPackage({ specPath });
const { unionName, eventTypesConstName, discriminator } = model.package;
const eventTypes: string[] = pkg[eventTypesConstName];
const createEvent = pkg[`create${unionName}`] as (type: string, overrides: object, options: object) => unknown;
const createInvalid = pkg[`createInvalid${unionName}s`] as (type: string, options?: object) => { payload: unknown }[];
const validateOurs = pkg[`validate${unionName}`] as (input: unknown, options?: { abortEarly?: boolean }) => { ok: boolean };
const isOurs = pkg[`is${unionName}`] as (input: unknown) => boolean;

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const SEEDS = 8;
const valid: unknown[] = [];
const invalid: unknown[] = [];
for (const type of eventTypes) {
  for (let seed = 1; seed <= SEEDS; seed++) valid.push(asJson(createEvent(type, {}, { seed, optional: seed % 2 ? "random" : "all" })));
  // An even spread of the broken rules, as many invalid payloads as valid ones per type.
  const cases = createInvalid(type, { seed: 1 });
  for (let i = 0; i < SEEDS && cases.length > 0; i++) invalid.push(asJson(cases[Math.floor((i * cases.length) / SEEDS)]!.payload));
}
// Interleave the types, as a real stream of webhooks would.
const shuffle = <T>(list: T[]): T[] => {
  let state = 12345;
  for (let i = list.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
};
shuffle(valid);
shuffle(invalid);

// ajv: one compiled validator per event type, from the emitted schema files.
const schemaFiles = (await schemaTarget.emit(model, { selected: ["schema"] })).filter((f) => !f.path.startsWith("schema/draft-07/"));
const ajv = new Ajv2020({ discriminator: true, allowUnionTypes: true, code: { source: true } });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
const ids = schemaFiles.map((f) => JSON.parse(f.contents).$id as string);
for (const file of schemaFiles) ajv.addSchema(JSON.parse(file.contents));
const unionId = ids.at(-1)!;
const ajvByType = new Map(model.events.map((e, i) => [e.name, ajv.getSchema(ids[i]!)!]));
const ajvUnion = ajv.getSchema(unionId)!;
// The same with allErrors: ajv then collects every error, as our validate does by default.
const ajvAll = new Ajv2020({ discriminator: true, allowUnionTypes: true, allErrors: true });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajvAll);
for (const file of schemaFiles) ajvAll.addSchema(JSON.parse(file.contents));
const ajvAllByType = new Map(model.events.map((e, i) => [e.name, ajvAll.getSchema(ids[i]!)!]));
const ajvDispatch = (input: any): boolean => {
  const validate = typeof input === "object" && input !== null ? ajvByType.get(input[discriminator]) : undefined;
  return validate !== undefined && (validate(input) as boolean);
};

const ajvAllDispatch = (input: any): boolean => {
  const validate = typeof input === "object" && input !== null ? ajvAllByType.get(input[discriminator]) : undefined;
  return validate !== undefined && (validate(input) as boolean);
};

const zodEvent = schemas.seam_event;

interface Contender {
  name: string;
  accepts: (input: unknown) => boolean;
}
const contenders: Contender[] = [
  { name: `ours validate${unionName}`, accepts: (p) => validateOurs(p).ok },
  { name: `ours validate${unionName} abortEarly`, accepts: (p) => validateOurs(p, { abortEarly: true }).ok },
  { name: `ours is${unionName}`, accepts: (p) => isOurs(p) },
  { name: "ajv per-type dispatch", accepts: ajvDispatch },
  { name: "ajv per-type dispatch, allErrors", accepts: ajvAllDispatch },
  { name: "ajv union (discriminator)", accepts: (p) => ajvUnion(p) as boolean },
  { name: "zod schemas.seam_event", accepts: (p) => zodEvent.safeParse(p).success },
];

const ROUNDS = 9;
const ROUND_MS = 150;
/** Payloads per second of one run of at least ROUND_MS over the corpus. */
function rate(accepts: (input: unknown) => boolean, corpus: readonly unknown[]): number {
  let sink = 0;
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < corpus.length; i++) if (accepts(corpus[i])) sink++;
    count += corpus.length;
    elapsed = performance.now() - start;
  } while (elapsed < ROUND_MS);
  if (sink < 0) console.log(sink);
  return (count / elapsed) * 1000;
}

/**
 * Median rate of each contender. Rounds interleave the contenders (in a rotating order), so that
 * anything else running on the machine slows them all alike; round 0 is a warm-up.
 */
function throughputs(corpus: readonly unknown[]): number[] {
  const rates: number[][] = contenders.map(() => []);
  for (let round = 0; round <= ROUNDS; round++) {
    for (let j = 0; j < contenders.length; j++) {
      const i = (j + round) % contenders.length;
      const r = rate(contenders[i]!.accepts, corpus);
      if (round > 0) rates[i]!.push(r);
    }
  }
  return rates.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}

const accepted = (c: Contender, corpus: readonly unknown[]) => corpus.filter((p) => c.accepts(p)).length;

console.log(`\nValidation throughput — ${model.events.length} event types, ${valid.length} valid and ${invalid.length} invalid payloads, median of ${ROUNDS} rounds\n`);
const validRates = throughputs(valid);
const invalidRates = throughputs(invalid);
const rows = contenders.map((c, i) => ({
  c,
  acceptedValid: accepted(c, valid),
  acceptedInvalid: accepted(c, invalid),
  valid: validRates[i]!,
  invalid: invalidRates[i]!,
}));
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const pad = (s: string, n: number) => s.padEnd(n);
const padL = (s: string, n: number) => s.padStart(n);
console.log(pad("validator", 40) + padL("valid ops/s", 14) + padL("accepted", 11) + padL("invalid ops/s", 15) + padL("accepted", 11));
for (const r of rows) {
  console.log(
    pad(r.c.name, 40) +
      padL(fmt(r.valid), 14) +
      padL(`${r.acceptedValid}/${valid.length}`, 11) +
      padL(fmt(r.invalid), 15) +
      padL(`${r.acceptedInvalid}/${invalid.length}`, 11),
  );
}
const ours = rows[0]!;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
console.log("\nRatios of ours (validate with default options, collecting every error):");
for (const other of rows.slice(3)) {
  console.log(`  ours / ${pad(other.c.name, 34)} valid ${padL(ratio(ours.valid, other.valid), 7)}   invalid ${padL(ratio(ours.invalid, other.invalid), 7)}`);
}
const early = rows[1]!;
const ajvRow = rows[3]!;
console.log("Ratios of ours with abortEarly (stopping at the first error, as ajv does by default):");
console.log(`  ours abortEarly / ${pad(ajvRow.c.name, 28)} valid ${padL(ratio(early.valid, ajvRow.valid), 7)}   invalid ${padL(ratio(early.invalid, ajvRow.invalid), 7)}`);

const compiled = await renderCatalogue(model, { only: ["types", "validators", "receiver"] });
const sizes: BundleSize[] = [await validatorsSize(compiled), await zodSize(), await ajvStandaloneSize(ajv, unionId), await receiverSize(compiled, `validate${model.events[0]!.typeName}`, discriminator)];
console.log("\nBundle size (esbuild bundle + minify, gzip -9)\n");
console.log(pad("bundle", 40) + padL("minified", 12) + padL("gzipped", 12));
for (const s of sizes) console.log(pad(s.name, 40) + padL(`${fmt(s.minified)} B`, 12) + padL(`${fmt(s.gzipped)} B`, 12));
console.log();
