/**
 * Every fixture of every event type, for 200 seeds in each optional mode, passes the validator; for
 * the Seam catalogue the same fixtures also pass the official @seamapi/types zod schema, follow every
 * relation the model declares, carry no legacy enum value and no timestamp after the reference time.
 * Each fixture is made once and judged by all of these in the same pass.
 */
import { schemas } from "../helpers/seam-types.js";
import { describe, expect, it } from "vitest";
import { REFERENCE_TIME } from "../../generator/shared/fixture-runtime.js";
import { fullCatalogue, loadSubject, miniSpec, optionalModes } from "./helpers.js";
import { judgeRelations, legacyValues, timestampsAfter, type Judgement } from "./relations.js";

const SEEDS = 200;

const zodEvent = (schemas as unknown as { seam_event: { safeParse(v: unknown): { success: boolean; error?: { issues: any[] } } } }).seam_event;

describe("fixtures of the mini spec", () => {
  const subject = loadSubject({ specPath: miniSpec });

  it("cover every event type", async () => {
    const { eventTypes, model, create } = await subject;
    expect(eventTypes.length).toBeGreaterThan(0);
    for (const type of eventTypes) expect(create(type)[model.package.discriminator]).toBe(type);
  });

  it(`pass the validator for every event type, ${SEEDS} seeds × each optional mode`, async () => {
    const { eventTypes, create, validate } = await subject;
    const problems: string[] = [];
    for (const type of eventTypes) {
      for (const optional of optionalModes) {
        for (let seed = 0; seed < SEEDS; seed++) {
          const result = validate(create(type, {}, { seed, optional }));
          if (!result.ok) problems.push(`${type} seed ${seed} ${optional}: ${JSON.stringify(result.errors)}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe("fixtures of the full catalogue", () => {
  const subject = loadSubject({ specPath: fullCatalogue });

  it(`follow every declared relation and pass the generated validator and the official zod schema, every event × ${SEEDS} seeds × each optional mode`, async () => {
    const { model, create, validate } = await subject;
    const judgement: Judgement = { violations: [], judged: new Map() };
    const rejected: string[] = [];
    const late: string[] = [];
    const legacy: string[] = [];
    let fixtures = 0;
    for (const event of model.events) {
      for (const optional of optionalModes) {
        for (let seed = 0; seed < SEEDS; seed++) {
          const payload = create(event.name, {}, { seed, optional });
          fixtures++;
          judgeRelations(model, event, payload, judgement);
          const ours = validate(payload);
          if (!ours.ok) rejected.push(`validator: ${event.name} seed ${seed} ${optional}: ${JSON.stringify(ours.errors)}`);
          const official = zodEvent.safeParse(payload);
          if (!official.success) rejected.push(`zod: ${event.name} seed ${seed} ${optional}: ${official.error!.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
          late.push(...timestampsAfter(model, event.properties, payload, REFERENCE_TIME).map((p) => `${event.name} seed ${seed}: ${p}`));
          legacy.push(...legacyValues(model, event.properties, payload).map((p) => `${event.name} seed ${seed}: ${p}`));
        }
      }
    }
    expect(fixtures).toBe(model.events.length * SEEDS * optionalModes.length);
    expect(judgement.violations.slice(0, 10)).toEqual([]);
    expect(rejected.slice(0, 10)).toEqual([]);
    expect(late.slice(0, 10)).toEqual([]);
    expect(legacy.slice(0, 10)).toEqual([]);
    // Every kind of relation the catalogue declares was judged on real values, and a presence rule
    // was seen both holding and not.
    const declared = new Set([...model.events.flatMap((e) => e.relations), ...model.shapes.flatMap((s) => s.relations)].map((r) => r.kind));
    for (const kind of declared) {
      if (kind === "present_when" || kind === "present_unless") expect([judgement.judged.get(`${kind}:true`), judgement.judged.get(`${kind}:false`)], kind).toEqual([expect.any(Number), expect.any(Number)]);
      else expect(judgement.judged.get(kind), kind).toBeGreaterThan(100);
    }
  });

  it("are judged by a checker that sees a broken relation of each kind", async () => {
    const { model, create } = await subject;
    const judge = (type: string, overrides: Record<string, unknown>, options = {}) => {
      const judgement: Judgement = { violations: [], judged: new Map() };
      judgeRelations(model, model.events.find((e) => e.name === type)!, { ...create(type, {}, { seed: 4, ...options }), ...overrides }, judgement);
      return judgement.violations;
    };
    expect(judge("device.added", {})).toEqual([]);
    expect(judge("device.added", { created_at: "2020-01-01T00:00:00.000Z" })).toEqual([expect.stringContaining("/created_at: not_before occurred_at")]);
    expect(judge("device.added", { event_description: "A thermostat upstairs went offline." })).toEqual([expect.stringContaining("event_text")]);
    expect(judge("thermostat.temperature_changed", { temperature_fahrenheit: 100 })).toEqual([expect.stringContaining("linear")]);
    expect(judge("device.battery_status_changed", { battery_level: 0.5, battery_status: "critical" })).toEqual([expect.stringContaining("by_range")]);
    expect(judge("lock.unlocked", { method: "manual", code: "1234" }).join()).toContain("/code: present_when");
    expect(judge("thermostat.temperature_threshold_exceeded", { lower_limit_celsius: 20, upper_limit_celsius: 18 }).join()).toContain("at_least");
    expect(judge("lock.access_denied", { reason: { reason_code: "expired_code", message: "The hub is offline." } })).toEqual([expect.stringContaining("/reason/message: by_value")]);
    // A relation whose source is a path into a sibling: the first device error names the disconnection.
    const offline = { error_code: "hub_disconnected", message: "The hub this device talks through is offline; check the hub's power and network.", created_at: "2025-01-01T00:00:00.000Z" };
    expect(judge("device.disconnected", { error_code: "hub_disconnected", device_errors: [offline] })).toEqual([]);
    expect(judge("device.disconnected", { error_code: "account_disconnected", device_errors: [offline] })).toEqual([expect.stringContaining("/error_code: by_value")]);
    // Exclusive presence: a sensor sends the metadata of one maker only.
    const noise = "noise_sensor.noise_threshold_triggered";
    expect(judge(noise, {})).toEqual([]);
    expect(judge(noise, { noiseaware_metadata: { score: 3 } })).toEqual([expect.stringContaining("/noiseaware_metadata: present_unless")]);
    expect(judge(noise, { minut_metadata: { room: "lobby" } }, { optional: "none" })).toEqual([expect.stringContaining("/noiseaware_metadata: present_unless"), expect.stringContaining("/noise_level_nrs: present_unless")]);
    // Exclusive presence by value, inside a shape: deleting a code touches none of its fields.
    expect(judge("access_code.mutations_requested", { requested_mutations: [{ mutation_code: "deleting", from: { name: "Front door" } }] })).toEqual([expect.stringContaining("/requested_mutations/0/from: present_unless")]);
    // A presence that follows a value inside a sibling: only a recognised code has an id.
    const cardError = { reason_code: "credential_error", message: "The card or credential presented could not be read." };
    expect(judge("lock.access_denied", { reason: cardError, access_code_id: "5e56349e-18aa-4c32-bb62-bc211421db03" })).toEqual([expect.stringContaining("/access_code_id: present_when")]);
  });
});
