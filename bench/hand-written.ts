/**
 * Hand-written checks for three event types, as a careful developer would write them without a
 * library: a switch on the event type, one function per event, a regular expression per format, a
 * path and a message for each problem. The benchmarks compare the generated validators with these on
 * payloads of the same three types. `all` collects every problem; otherwise the first one ends the check.
 */

export const HAND_WRITTEN_TYPES = ["access_code.changed", "lock.unlocked", "thermostat.temperature_threshold_exceeded"] as const;

export interface Problem {
  path: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const LOCK_METHODS = new Set(["keycode", "manual", "automatic", "unknown", "seamapi", "remote", "card"]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function text(o: Record<string, unknown>, key: string, required: boolean, out: Problem[], format?: "uuid" | "date-time"): void {
  const v = has(o, key) ? o[key] : undefined;
  if (v === undefined) {
    if (required) out.push({ path: `/${key}`, message: `missing required property "${key}"` });
  } else if (typeof v !== "string") out.push({ path: `/${key}`, message: `expected string, received ${typeof v}` });
  else if (format === "uuid" && !UUID.test(v)) out.push({ path: `/${key}`, message: `expected a UUID, received ${JSON.stringify(v)}` });
  else if (format === "date-time" && !DATE_TIME.test(v)) out.push({ path: `/${key}`, message: `expected an RFC 3339 date-time, received ${JSON.stringify(v)}` });
}

function flag(o: Record<string, unknown>, key: string, out: Problem[]): void {
  const v = o[key];
  if (v !== undefined && typeof v !== "boolean") out.push({ path: `/${key}`, message: `expected boolean, received ${typeof v}` });
}

function number(o: Record<string, unknown>, key: string, nullable: boolean, out: Problem[]): void {
  const v = has(o, key) ? o[key] : undefined;
  if (v === undefined) out.push({ path: `/${key}`, message: `missing required property "${key}"` });
  else if (!(typeof v === "number" && Number.isFinite(v)) && !(nullable && v === null)) out.push({ path: `/${key}`, message: `expected number${nullable ? " or null" : ""}, received ${typeof v}` });
}

function metadata(o: Record<string, unknown>, key: string, out: Problem[], all: boolean): void {
  const v = o[key];
  if (v === undefined) return;
  if (!isObject(v)) {
    out.push({ path: `/${key}`, message: `expected object, received ${typeof v}` });
    return;
  }
  for (const name of Object.keys(v)) {
    const item = v[name];
    if (typeof item !== "string" && typeof item !== "boolean") {
      out.push({ path: `/${key}/${name}`, message: `expected string or boolean, received ${typeof item}` });
      if (!all) return;
    }
  }
}

/** The properties every event has: type, ids, times, description, connected account. */
function common(o: Record<string, unknown>, type: string, out: Problem[], all: boolean): boolean {
  if (o.event_type !== type) out.push({ path: "/event_type", message: `expected "${type}"` });
  if (!all && out.length > 0) return false;
  text(o, "event_id", true, out, "uuid");
  if (!all && out.length > 0) return false;
  text(o, "workspace_id", true, out, "uuid");
  if (!all && out.length > 0) return false;
  text(o, "created_at", true, out, "date-time");
  if (!all && out.length > 0) return false;
  text(o, "occurred_at", true, out, "date-time");
  if (!all && out.length > 0) return false;
  text(o, "event_description", false, out);
  if (!all && out.length > 0) return false;
  text(o, "connected_account_id", true, out, "uuid");
  if (!all && out.length > 0) return false;
  metadata(o, "connected_account_custom_metadata", out, all);
  return all || out.length === 0;
}

function accessCodeChanged(o: Record<string, unknown>, out: Problem[], all: boolean): void {
  if (!common(o, "access_code.changed", out, all)) return;
  for (const [key, required] of [["device_id", true], ["access_code_id", true]] as const) {
    text(o, key, required, out, "uuid");
    if (!all && out.length > 0) return;
  }
  metadata(o, "device_custom_metadata", out, all);
  if (!all && out.length > 0) return;
  text(o, "change_reason", false, out);
  if (!all && out.length > 0) return;
  const changes = o.changed_properties;
  if (changes === undefined) return;
  if (!Array.isArray(changes)) {
    out.push({ path: "/changed_properties", message: `expected array, received ${typeof changes}` });
    return;
  }
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const at = `/changed_properties/${i}`;
    if (!isObject(change)) out.push({ path: at, message: `expected object, received ${typeof change}` });
    else {
      if (typeof change.property !== "string") out.push({ path: `${at}/property`, message: change.property === undefined ? `missing required property "property"` : `expected string, received ${typeof change.property}` });
      for (const key of ["from", "to"]) {
        const v = change[key];
        if (v !== null && typeof v !== "string") out.push({ path: `${at}/${key}`, message: v === undefined ? `missing required property "${key}"` : `expected string or null, received ${typeof v}` });
      }
    }
    if (!all && out.length > 0) return;
  }
}

function lockUnlocked(o: Record<string, unknown>, out: Problem[], all: boolean): void {
  if (!common(o, "lock.unlocked", out, all)) return;
  text(o, "customer_key", false, out);
  if (!all && out.length > 0) return;
  for (const key of ["device_id", "access_code_id", "acs_system_id", "acs_entrance_id", "acs_user_id", "user_identity_id", "action_attempt_id"]) {
    text(o, key, false, out, "uuid");
    if (!all && out.length > 0) return;
  }
  metadata(o, "device_custom_metadata", out, all);
  if (!all && out.length > 0) return;
  const method = o.method;
  if (method === undefined) out.push({ path: "/method", message: `missing required property "method"` });
  else if (typeof method !== "string" || !LOCK_METHODS.has(method)) out.push({ path: "/method", message: `expected one of ${[...LOCK_METHODS].join(", ")}, received ${JSON.stringify(method)}` });
  if (!all && out.length > 0) return;
  text(o, "code", false, out);
  if (!all && out.length > 0) return;
  for (const key of ["access_code_is_managed", "is_via_bluetooth", "is_via_nfc"]) {
    flag(o, key, out);
    if (!all && out.length > 0) return;
  }
}

function thermostatTemperatureThresholdExceeded(o: Record<string, unknown>, out: Problem[], all: boolean): void {
  if (!common(o, "thermostat.temperature_threshold_exceeded", out, all)) return;
  text(o, "customer_key", false, out);
  if (!all && out.length > 0) return;
  text(o, "device_id", true, out, "uuid");
  if (!all && out.length > 0) return;
  metadata(o, "device_custom_metadata", out, all);
  if (!all && out.length > 0) return;
  for (const [key, nullable] of [
    ["temperature_celsius", false],
    ["temperature_fahrenheit", false],
    ["lower_limit_celsius", true],
    ["lower_limit_fahrenheit", true],
    ["upper_limit_celsius", true],
    ["upper_limit_fahrenheit", true],
  ] as const) {
    number(o, key, nullable, out);
    if (!all && out.length > 0) return;
  }
}

/** The problems of a payload of one of the three types (none when it is valid). */
export function checkHandWritten(input: unknown, all: boolean): Problem[] {
  const out: Problem[] = [];
  if (!isObject(input)) {
    out.push({ path: "", message: "expected object" });
    return out;
  }
  switch (input.event_type) {
    case "access_code.changed":
      accessCodeChanged(input, out, all);
      break;
    case "lock.unlocked":
      lockUnlocked(input, out, all);
      break;
    case "thermostat.temperature_threshold_exceeded":
      thermostatTemperatureThresholdExceeded(input, out, all);
      break;
    default:
      out.push({ path: "/event_type", message: `unknown event type ${JSON.stringify(input.event_type)}` });
  }
  return out;
}
