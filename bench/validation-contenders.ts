/**
 * The payload sets and the contenders of the validation benchmarks, built once and shared by
 * bench/validate.ts and its independent check bench/validate-tinybench.ts, so that both time exactly
 * the same functions on exactly the same payloads.
 *
 * Payloads: every event type of the catalogue (the mini spec when it is absent), valid ones from the
 * generated fixture factories (several seeds, random or all optional properties) and invalid ones from
 * createInvalid…s (each breaks one rule), all passed through JSON so they look like parsed webhooks,
 * shuffled so that the types interleave as in a real stream. The same is kept apart for the three
 * event types that have hand-written checks.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { schemas } from "../test/helpers/seam-types.js";
import { defaultSpecPath, loadGeneratedPackage, projectRoot, readCatalogue } from "../generator/pipeline.js";
import type { CatalogueModel } from "../generator/model/types.js";
import { schemaTarget } from "../generator/targets/schema/emit-schema.js";
import { checkHandWritten, HAND_WRITTEN_TYPES } from "./hand-written.js";

export interface PayloadSets {
  valid: unknown[];
  invalid: unknown[];
  /** The payloads of the three hand-written types only. */
  validThree: unknown[];
  invalidThree: unknown[];
}

/** Each returns something truthy when the payload is accepted, as a boolean or a result. */
export interface ValidationContenders {
  oursValidate: (input: unknown) => boolean;
  oursAbortEarly: (input: unknown) => boolean;
  oursGuard: (input: unknown) => boolean;
  ajvFirstError: (input: unknown) => boolean;
  ajvAllErrors: (input: unknown) => boolean;
  zod: (input: unknown) => boolean;
  handWrittenFirst: (input: unknown) => boolean;
  handWrittenAll: (input: unknown) => boolean;
}

export interface ValidationSetup {
  model: CatalogueModel;
  specPath: string;
  payloads: PayloadSets;
  contenders: ValidationContenders;
  ajvVersion: string;
  /** The ajv instance of the first-error validators, for a standalone-code size. */
  ajv: Ajv2020;
  unionId: string;
  /** Whether the catalogue has the three hand-written types (the mini spec has not). */
  hasHandWritten: boolean;
}

const SEEDS = 8;

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A fixed-seed shuffle: the same order on every run. */
function shuffle<T>(list: T[]): T[] {
  let state = 12345;
  for (let i = list.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

export async function setUpValidation(specPath = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? (existsSync(defaultSpecPath) ? defaultSpecPath : `${projectRoot}/test/fixtures/specs/mini`)): Promise<ValidationSetup> {
  const model = readCatalogue({ specPath });
  const pkg = await loadGeneratedPackage({ specPath });
  const { unionName, eventTypesConstName, discriminator } = model.package;
  const eventTypes: string[] = pkg[eventTypesConstName];
  const createEvent = pkg[`create${unionName}`] as (type: string, overrides: object, options: object) => unknown;
  const createInvalid = pkg[`createInvalid${unionName}s`] as (type: string, options?: object) => { payload: unknown }[];
  const validateOurs = pkg[`validate${unionName}`] as (input: unknown, options?: { abortEarly?: boolean }) => { ok: boolean };
  const isOurs = pkg[`is${unionName}`] as (input: unknown) => boolean;

  const payloads: PayloadSets = { valid: [], invalid: [], validThree: [], invalidThree: [] };
  const handWrittenTypes: readonly string[] = HAND_WRITTEN_TYPES;
  for (const type of eventTypes) {
    const three = handWrittenTypes.includes(type);
    for (let seed = 1; seed <= SEEDS; seed++) {
      const payload = asJson(createEvent(type, {}, { seed, optional: seed % 2 ? "random" : "all" }));
      payloads.valid.push(payload);
      if (three) payloads.validThree.push(payload);
    }
    // Invalid: an even spread of the broken rules, as many as valid payloads per type; for the three
    // types every broken rule, so that each check of theirs is exercised.
    const cases = createInvalid(type, { seed: 1 });
    for (let i = 0; i < SEEDS && cases.length > 0; i++) payloads.invalid.push(asJson(cases[Math.floor((i * cases.length) / SEEDS)]!.payload));
    if (three) for (const c of cases) payloads.invalidThree.push(asJson(c.payload));
  }
  for (const list of Object.values(payloads)) shuffle(list);

  // ajv: one compiled validator per event type, from the emitted schema files, picked by the event type
  // (the fastest way to use ajv here: the union schema makes ajv try the members), with and without allErrors.
  const schemaFiles = (await schemaTarget.emit(model, { selected: ["schema"] })).filter((f) => !f.path.startsWith("schema/draft-07/"));
  const ids = schemaFiles.map((f) => JSON.parse(f.contents).$id as string);
  const compileAll = (allErrors: boolean): { ajv: Ajv2020; byType: Map<unknown, ValidateFunction> } => {
    const ajv = new Ajv2020({ discriminator: true, allowUnionTypes: true, allErrors, code: { source: !allErrors } });
    (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
    for (const file of schemaFiles) ajv.addSchema(JSON.parse(file.contents));
    return { ajv, byType: new Map(model.events.map((e, i) => [e.name, ajv.getSchema(ids[i]!)!])) };
  };
  const first = compileAll(false);
  const all = compileAll(true);
  const dispatch = (byType: Map<unknown, ValidateFunction>) => (input: any): boolean => {
    const validate = typeof input === "object" && input !== null ? byType.get(input[discriminator]) : undefined;
    return validate !== undefined && (validate(input) as boolean);
  };

  const zodEvent = schemas.seam_event;
  const { createRequire } = await import("node:module");
  const require = createRequire(`${projectRoot}/package.json`);
  return {
    model,
    specPath,
    payloads,
    ajv: first.ajv,
    unionId: ids.at(-1)!,
    ajvVersion: (require("ajv/package.json") as { version: string }).version,
    hasHandWritten: payloads.validThree.length > 0,
    contenders: {
      oursValidate: (p) => validateOurs(p).ok,
      oursAbortEarly: (p) => validateOurs(p, { abortEarly: true }).ok,
      oursGuard: (p) => isOurs(p),
      ajvFirstError: dispatch(first.byType),
      ajvAllErrors: dispatch(all.byType),
      zod: (p) => zodEvent.safeParse(p).success,
      handWrittenFirst: (p) => checkHandWritten(p, false).length === 0,
      handWrittenAll: (p) => checkHandWritten(p, true).length === 0,
    },
  };
}

/**
 * The rows of the comparison: which contenders are timed on which payload set. Each row's first
 * contender is ours, the others its competitors; `goals` are the ratios of ours to a competitor aimed at.
 */
export interface ComparisonRow {
  key: "valid" | "invalidFirst" | "invalidAll" | "validThree" | "invalidFirstThree" | "invalidAllThree";
  title: string;
  payloads: keyof PayloadSets;
  contenders: { name: string; run: keyof ValidationContenders }[];
  goals: { against: keyof ValidationContenders; atLeast: number }[];
}

export function comparisonRows(setup: ValidationSetup): ComparisonRow[] {
  const { unionName } = setup.model.package;
  const ours = `validate${unionName}`;
  const rows: ComparisonRow[] = [
    {
      key: "valid",
      title: "valid payloads, all types",
      payloads: "valid",
      contenders: [
        { name: `ours ${ours}`, run: "oursValidate" },
        { name: `ours is${unionName}`, run: "oursGuard" },
        { name: "ajv per type, first error", run: "ajvFirstError" },
        { name: "ajv per type, allErrors", run: "ajvAllErrors" },
        { name: "zod schemas.seam_event", run: "zod" },
      ],
      goals: [{ against: "ajvFirstError", atLeast: 3 }],
    },
    {
      key: "invalidFirst",
      title: "invalid payloads, all types, stop at the first error",
      payloads: "invalid",
      contenders: [
        { name: `ours ${ours} abortEarly`, run: "oursAbortEarly" },
        { name: `ours is${unionName}`, run: "oursGuard" },
        { name: "ajv per type, first error", run: "ajvFirstError" },
      ],
      goals: [{ against: "ajvFirstError", atLeast: 3 }],
    },
    {
      key: "invalidAll",
      title: "invalid payloads, all types, every error collected",
      payloads: "invalid",
      contenders: [
        { name: `ours ${ours} (default: all errors)`, run: "oursValidate" },
        { name: "ajv per type, allErrors", run: "ajvAllErrors" },
        { name: "zod schemas.seam_event (always all)", run: "zod" },
      ],
      goals: [{ against: "ajvAllErrors", atLeast: 1.5 }],
    },
  ];
  if (!setup.hasHandWritten) return rows;
  return rows.concat([
    {
      key: "validThree",
      title: `valid payloads of the three hand-written types (${HAND_WRITTEN_TYPES.join(", ")})`,
      payloads: "validThree",
      contenders: [
        { name: `ours ${ours}`, run: "oursValidate" },
        { name: "hand-written", run: "handWrittenAll" },
        { name: "ajv per type, first error", run: "ajvFirstError" },
      ],
      goals: [{ against: "handWrittenAll", atLeast: 1.3 }],
    },
    {
      key: "invalidFirstThree",
      title: "invalid payloads of the three types, stop at the first error",
      payloads: "invalidThree",
      contenders: [
        { name: `ours ${ours} abortEarly`, run: "oursAbortEarly" },
        { name: "hand-written, first problem", run: "handWrittenFirst" },
        { name: "ajv per type, first error", run: "ajvFirstError" },
      ],
      goals: [{ against: "handWrittenFirst", atLeast: 1 }],
    },
    {
      key: "invalidAllThree",
      title: "invalid payloads of the three types, every error collected",
      payloads: "invalidThree",
      contenders: [
        { name: `ours ${ours} (default: all errors)`, run: "oursValidate" },
        { name: "hand-written, every problem", run: "handWrittenAll" },
        { name: "ajv per type, allErrors", run: "ajvAllErrors" },
      ],
      goals: [],
    },
  ]);
}

/** What a validation benchmark hands to the summary of npm run bench: ours / each competitor, per row. */
export interface ValidationResults {
  rows: { key: ComparisonRow["key"]; title: string; ours: string; ratios: { against: string; ratio: { median: number; min?: number; max?: number }; goal?: number }[] }[];
}

type RowResult = ValidationResults["rows"][number];

/**
 * Runs `script` once per row, each in a new process (BENCH_ROW=<key>), and gathers the rows' results.
 * A fresh process per row keeps one row's type feedback out of the next: after seconds of stopping at
 * the first error, V8 has optimised the checks for that path, and collecting every error then runs on
 * code shaped for another mode, which no user's process would see.
 */
export function runRowsApart(script: string, keys: readonly ComparisonRow["key"][]): RowResult[] {
  const dir = mkdtempSync(join(tmpdir(), "seam-events-bench-rows-"));
  try {
    return keys.map((key) => {
      const file = join(dir, `${key}.json`);
      const child = spawnSync(process.execPath, [...process.execArgv, script, ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, BENCH_ROW: key, BENCH_ROW_RESULT: file } });
      if (child.status !== 0) throw new Error(`the ${key} row failed (exit ${child.status})`);
      return JSON.parse(readFileSync(file, "utf8")) as RowResult;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In a row's process: the row to measure, and where its result goes. */
export const rowToMeasure = (): { key: string; resultFile: string } | undefined => (process.env.BENCH_ROW ? { key: process.env.BENCH_ROW, resultFile: process.env.BENCH_ROW_RESULT! } : undefined);
