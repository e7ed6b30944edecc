/**
 * Stand-in for the generated validator until the validators target lands: ajv compiled from the JSON
 * Schema that generator/targets/schema/to-json-schema.ts gives, with ajv's errors mapped to the
 * briefing's { path, code } contract.
 */
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { CatalogueModel } from "../../generator/model/types.js";
import { objectToJsonSchema, refToDefs } from "../../generator/targets/schema/to-json-schema.js";

export interface ReportedError {
  path: string;
  code: string;
  message: string;
}

export type Validate = (input: unknown) => { ok: true; value: unknown } | { ok: false; errors: ReportedError[] };

export function ajvValidator(model: CatalogueModel): Validate {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false, verbose: true });
  addFormats.default(ajv);
  const $defs = {
    ...Object.fromEntries(model.enums.map((e) => [e.name, { type: "string", enum: e.values.map((v) => v.value) }])),
    ...Object.fromEntries(model.shapes.map((s) => [s.name, objectToJsonSchema(s.properties, refToDefs)])),
  };
  const byEvent = new Map(model.events.map((event) => [event.name, ajv.compile({ ...objectToJsonSchema(event.properties, refToDefs), $defs })]));
  const discriminator = model.package.discriminator;
  return (input) => {
    const type = (input as Record<string, unknown> | null)?.[discriminator];
    const check = typeof type === "string" ? byEvent.get(type) : undefined;
    if (!check) return { ok: false, errors: [{ path: `/${discriminator}`, code: "unknown_event_type", message: String(type) }] };
    if (check(input)) return { ok: true, value: input };
    return { ok: false, errors: mapErrors(check.errors ?? []) };
  };
}

const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

function codeOf(error: ErrorObject): string {
  switch (error.keyword) {
    case "type":
      return error.params.type === "integer" && typeof error.data === "number" ? "integer" : "type";
    case "minimum":
    case "maximum":
      return "range";
    case "anyOf":
      return "type";
    default:
      return error.keyword;
  }
}

/** One error per broken rule: an anyOf collapses to its only non-null member's errors, or to a type error. */
function mapErrors(errors: ErrorObject[]): ReportedError[] {
  const out: ReportedError[] = [];
  const consumed = new Set<ErrorObject>();
  const outermostFirst = errors.filter((e) => e.keyword === "anyOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const error of outermostFirst) {
    if (consumed.has(error)) continue;
    const inner = errors.filter((e) => e !== error && e.schemaPath.startsWith(`${error.schemaPath}/`));
    inner.forEach((e) => consumed.add(e));
    consumed.add(error);
    const members = new Map<string, ErrorObject[]>();
    for (const e of inner) {
      const member = e.schemaPath.slice(error.schemaPath.length + 1).split("/")[0]!;
      members.set(member, [...(members.get(member) ?? []), e]);
    }
    const real = [...members.values()].filter((list) => !(list.length === 1 && list[0]!.keyword === "type" && list[0]!.params.type === "null"));
    if (real.length === 1) out.push(...mapErrors(real[0]!));
    else out.push({ path: error.instancePath, code: "type", message: error.message ?? "" });
  }
  for (const error of errors) {
    if (consumed.has(error)) continue;
    const path = error.keyword === "required" ? `${error.instancePath}/${escape(error.params.missingProperty)}` : error.instancePath;
    out.push({ path, code: codeOf(error), message: error.message ?? "" });
  }
  return out;
}
