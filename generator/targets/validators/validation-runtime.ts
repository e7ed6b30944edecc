/**
 * Runtime of the generated validators: result and error types, the Standard Schema v1 interface,
 * linear-time format checks and the helpers that build errors. Copied verbatim into the generated
 * package as src/validation-runtime.ts; it has no dependency.
 *
 * How the generated checks work: every object type (event or shape) has a check function
 * `(value, abortEarly) => errors | undefined` whose error paths are relative to that value. A valid
 * value allocates nothing; a parent prefixes its key to a child's errors only when there are some.
 * Only own properties are read (hasOwnProperty first, array holes included), so a polluted prototype
 * or an inherited getter is never consulted. A getter or Proxy trap that throws is reported as a
 * `type` error at the path being read, and the rest of that object is not checked.
 *
 * Errors are capped (`maxErrors`): a check returns as soon as the run has collected that many, so time
 * and memory stay bounded on a payload with millions of bad items. The lenient policy reuses the same
 * checks: an unknown enum value and an unknown property become warnings (issues with a warning code,
 * nested like errors) and the result splits them from the errors at the end.
 */

export type ValidationErrorCode =
  | "required"
  | "type"
  | "format"
  | "enum"
  | "const"
  | "range"
  | "integer"
  | "unknown_event_type"
  | "depth";

export interface ValidationError {
  /** JSON Pointer (RFC 6901) to the offending value; "" is the root. For `required`, the missing property. */
  path: string;
  code: ValidationErrorCode;
  /** What was expected and what was received, for people and logs. */
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/**
 * `strict` (the default) accepts exactly what this version of the catalogue describes: for tests and
 * tooling. `lenient` also accepts what a newer catalogue may legitimately send (unknown enum values,
 * unknown event types, new properties, older event names) and reports each as a warning: for receiving.
 */
export type ValidationPolicy = "strict" | "lenient";

/** The errors a run collects at most unless `maxErrors` says otherwise. */
export const DEFAULT_MAX_ERRORS = 100;

export interface ValidateOptions {
  /** Stop at the first error instead of collecting all of them. */
  abortEarly?: boolean;
  /** The most errors (and, under the lenient policy, warnings) collected; 100 by default. At least 1. */
  maxErrors?: number;
  /** `strict` by default; see {@link ValidationPolicy}. */
  policy?: ValidationPolicy;
}

export type ValidationWarningCode =
  "unknown_event_type" | "unknown_enum_value" | "unknown_property" | "event_type_alias";

/** Something the lenient policy accepted that this version of the catalogue does not describe. */
export interface ValidationWarning {
  /** JSON Pointer (RFC 6901) to the value concerned. */
  path: string;
  code: ValidationWarningCode;
  message: string;
}

/**
 * The result under the lenient policy. `known: false` is an event whose type this version does not
 * know: its value is only known to be an object with a string event type.
 */
export type LenientValidationResult<Known, Unknown> =
  | { ok: true; known: true; value: Known; warnings: ValidationWarning[] }
  | { ok: true; known: false; value: Unknown; warnings: ValidationWarning[] }
  | { ok: false; errors: ValidationError[]; warnings: ValidationWarning[] };

// The Standard Schema v1 interface, copied from https://standardschema.dev as its FAQ recommends
// (so that this package depends on nothing).
/** The Standard Schema interface. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties interface. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version number of the standard. */
    readonly version: 1;
    /** The vendor name of the schema library. */
    readonly vendor: string;
    /** Validates unknown input values. */
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    /** Inferred types associated with the schema. */
    readonly types?: Types<Input, Output> | undefined;
  }
  /** The result interface of the validate function. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** The result interface if validation succeeds. */
  export interface SuccessResult<Output> {
    /** The typed output value. */
    readonly value: Output;
    /** The non-existent issues. */
    readonly issues?: undefined;
  }
  /** The result interface if validation fails. */
  export interface FailureResult {
    /** The issues of failed validation. */
    readonly issues: ReadonlyArray<Issue>;
  }
  /** The issue interface of the failure output. */
  export interface Issue {
    /** The error message of the issue. */
    readonly message: string;
    /** The path of the issue, if any. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  /** The path segment interface of the issue. */
  export interface PathSegment {
    /** The key representing a path segment. */
    readonly key: PropertyKey;
  }
  /** The Standard Schema types interface. */
  export interface Types<Input = unknown, Output = Input> {
    /** The input type of the schema. */
    readonly input: Input;
    /** The output type of the schema. */
    readonly output: Output;
  }
  /** Infers the input type of a Standard Schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<
    Schema["~standard"]["types"]
  >["input"];
  /** Infers the output type of a Standard Schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<
    Schema["~standard"]["types"]
  >["output"];
}

/** An error, or (lenient policy only) a warning: both are nested the same way. */
export type Issue = ValidationError | ValidationWarning;
/** Issues relative to the value checked, or undefined when there is none. */
export type Errors = Issue[] | undefined;
/** A generated check: errors relative to the value, stopping at the first one when abortEarly. */
export type Check = (value: any, abortEarly: boolean) => Errors;

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** True when `key` is an own property (or array element): inherited ones never count. */
export function own(value: object, key: string | number): boolean {
  return hasOwnProperty.call(value, key);
}

// The state of the run in progress. Validation is synchronous, so module state is safe; run() and the
// guards save and restore it, so a getter that validates something else in the middle cannot disturb
// its caller. Kept in variables rather than passed down so that a valid value allocates nothing.
/** Errors the run may collect; checks return as soon as it is reached. */
let errorLimit = DEFAULT_MAX_ERRORS;
/** Errors collected so far (including the errors of union trials, which run() does not keep). */
let errorCount = 0;
/** Warnings the run may collect; later ones are dropped. */
let warningLimit = DEFAULT_MAX_ERRORS;
let warningCount = 0;
/** Under the lenient policy: enum misses and unknown properties are warnings. */
let lenientPolicy = false;

/** True when the run has collected as many errors as it may: the checks return at once. */
export function full(): boolean {
  return errorCount >= errorLimit;
}

/** True under the lenient policy: object checks then report unknown properties. */
export function lenient(): boolean {
  return lenientPolicy;
}

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A finite number: NaN and the infinities are not JSON values. */
export function isNumber(value: unknown): value is number {
  return typeof value === "number" && value - value === 0;
}

/** 0 for the ASCII hexadecimal digits, 1 for any other code unit below 256, by character code. */
const notHexDigit = /* @__PURE__ */ (() => {
  const table = new Uint8Array(256).fill(1);
  for (const c of "0123456789abcdefABCDEF") table[c.charCodeAt(0)] = 0;
  return table;
})();

/** 1 when a character of text[from, to) is not a hexadecimal digit (past the end included: NaN maps to 0, not a digit), else 0; no branch per character. */
function nonHexIn(text: string, from: number, to: number): number {
  let found = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    found |= (c >> 8) | notHexDigit[c & 255]!;
  }
  return found;
}

/** 8-4-4-4-12 hexadecimal digits, any version, either case. A table lookup per character. */
export function isUuid(text: string): boolean {
  if (
    text.length !== 36 ||
    text.charCodeAt(8) !== 45 ||
    text.charCodeAt(13) !== 45 ||
    text.charCodeAt(18) !== 45 ||
    text.charCodeAt(23) !== 45
  )
    return false;
  return (
    (nonHexIn(text, 0, 8) |
      nonHexIn(text, 9, 13) |
      nonHexIn(text, 14, 18) |
      nonHexIn(text, 19, 23) |
      nonHexIn(text, 24, 36)) ===
    0
  );
}

/** The value of the two ASCII digits at `at`, or -1. Past the end, charCodeAt gives NaN: also -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * RFC 3339 date-time, read in one pass (no regular expression): YYYY-MM-DD, `T` (either case, or a
 * space as RFC 3339 section 5.6 allows), hh:mm:ss, optional fraction, then `Z` or ±hh:mm. Month, day
 * (leap years included), hour, minute and second ranges are checked; second 60 only at 23:59 UTC.
 */
export function isDateTime(text: string): boolean {
  const n = text.length;
  if (n < 20) return false;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const year = century < 0 || yearOfCentury < 0 ? -1 : century * 100 + yearOfCentury;
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const separator = text.charCodeAt(10) | 32;
  if (
    year < 0 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return false;
  if (separator !== 116 && separator !== 32) return false;
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 60
  )
    return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : daysInMonth[month]!)) return false;
  let i = 19;
  if (text.charCodeAt(i) === 46) {
    const start = ++i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(i);
  if ((zone | 32) === 122) {
    if (i + 1 !== n) return false;
  } else if (zone === 43 || zone === 45) {
    const offsetHour = twoDigits(text, i + 1);
    const offsetMinute = twoDigits(text, i + 4);
    if (
      i + 6 !== n ||
      text.charCodeAt(i + 3) !== 58 ||
      offsetHour < 0 ||
      offsetHour > 23 ||
      offsetMinute < 0 ||
      offsetMinute > 59
    )
      return false;
    offsetMinutes = (zone === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else return false;
  if (second < 60) return true;
  // A leap second is inserted at 23:59:60 UTC.
  const utc = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
  return utc === 1439;
}

/** Characters a URI may hold outside percent-encoding (RFC 3986 unreserved, gen-delims, sub-delims). */
const uriCharacters = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]$/;

/** An absolute URI: a scheme, a colon, then only URI characters with well-formed percent-encoding. */
export function isUri(text: string): boolean {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0) | 32;
  if (!(first >= 97 && first <= 122)) return false;
  for (i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) break;
    const lower = c | 32;
    if (!(
      (lower >= 97 && lower <= 122) ||
      (c >= 48 && c <= 57) ||
      c === 43 ||
      c === 45 ||
      c === 46
    ))
      return false;
  }
  if (i === n) return false;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 37) {
      if (nonHexIn(text, i + 1, i + 3) !== 0) return false;
      i += 2;
    } else if (c > 126 || !uriCharacters.test(text[i]!)) return false;
  }
  return true;
}

/** A short, safe description of a received value for messages. Never throws. */
export function describe(value: unknown): string {
  try {
    if (value === null) return "null";
    switch (typeof value) {
      case "string":
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
      case "number":
      case "boolean":
        return String(value);
      case "undefined":
        return "undefined";
      case "object":
        return Array.isArray(value) ? "an array" : "an object";
      default:
        return `a ${typeof value}`;
    }
  } catch {
    return "an unreadable value";
  }
}

/** One JSON Pointer segment, with `~` and `/` escaped. */
export function pointer(key: string | number): string {
  if (typeof key === "number" || (key.indexOf("~") < 0 && key.indexOf("/") < 0)) return `/${key}`;
  return `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

function add(errors: Errors, issue: Issue): Issue[] {
  if (errors === undefined) return [issue];
  errors.push(issue);
  return errors;
}

const formatNames: Record<string, string> = {
  uuid: "a UUID",
  "date-time": "an RFC 3339 date-time",
  uri: "an absolute URI",
};

/**
 * Adds one error about the value at `key` (undefined: the value itself). `expected` depends on the
 * code: a type name, a format, the enum's values, the constant, or the range.
 */
export function fail(
  errors: Errors,
  key: string | number | undefined,
  code: ValidationErrorCode,
  expected: string,
  received: unknown,
): Errors {
  const path = key === undefined ? "" : pointer(key);
  if (code === "enum" && lenientPolicy) {
    if (warningCount >= warningLimit) return errors;
    warningCount++;
    return add(errors, {
      path,
      code: "unknown_enum_value",
      message: `unknown value ${describe(received)} accepted; this version knows ${expected}`,
    });
  }
  errorCount++;
  let message: string;
  switch (code) {
    case "required":
      message = requiredMessage(String(key));
      break;
    case "format":
      message = `expected ${own(formatNames, expected) ? formatNames[expected] : expected} string, received ${describe(received)}`;
      break;
    case "enum":
      message = `expected one of ${expected}, received ${describe(received)}`;
      break;
    case "const":
      message = `expected ${JSON.stringify(expected)}, received ${describe(received)}`;
      break;
    case "range":
      message = `expected a number ${expected}, received ${describe(received)}`;
      break;
    case "integer":
      message = `expected an integer, received ${describe(received)}`;
      break;
    case "unknown_event_type":
      message = `unknown event type ${describe(received)}; expected one of the ${expected} event types of the catalogue`;
      break;
    default:
      message = `expected ${expected}, received ${describe(received)}`;
  }
  return add(errors, { path, code, message });
}

/** A required property that is absent (or not own). */
export function missing(errors: Errors, key: string): Errors {
  return fail(errors, key, "required", "", undefined);
}

/**
 * The message of a missing property, made once per key: the keys are the generated code's property
 * names, a fixed and small set, so the cache stays bounded while a stream of payloads that miss the
 * same property costs no string building.
 */
const requiredMessages = new Map<string, string>();
function requiredMessage(key: string): string {
  let message = requiredMessages.get(key);
  if (message === undefined)
    requiredMessages.set(key, (message = `missing required property ${JSON.stringify(key)}`));
  return message;
}

/** A required property that is absent, as the errors of its value (the parent nests them under the key). */
export function absent(key: string): Issue[] {
  errorCount++;
  return [{ path: "", code: "required", message: requiredMessage(key) }];
}

/**
 * Under the lenient policy, a warning for each own property of `value` not in `known` (the object's
 * own checks stay as they are: unknown properties are accepted by both policies). A failing trap
 * ends the listing quietly: warnings are advice, and the properties that matter were read already.
 */
export function unknownProperties(errors: Errors, value: object, known: readonly string[]): Errors {
  try {
    for (const key in value) {
      if (warningCount >= warningLimit) break;
      if (!own(value, key) || known.indexOf(key) >= 0) continue;
      warningCount++;
      errors = add(errors, {
        path: pointer(key),
        code: "unknown_property",
        message: `unknown property ${describe(key)} accepted`,
      });
    }
  } catch {
    // Advice only; see above.
  }
  return errors;
}

/** The errors of a value that must be the string `expected`. */
export function constant(value: unknown, expected: string): Errors {
  if (value === expected) return undefined;
  return typeof value === "string"
    ? fail(undefined, undefined, "const", expected, value)
    : fail(undefined, undefined, "type", "string", value);
}

/**
 * A getter or Proxy trap threw inside a group's shared check: carries what the group had found and
 * the key it was reading up to the object's check, which reports it (see `threw`).
 */
class Interrupted {
  constructor(
    readonly errors: Errors,
    readonly key: string | undefined,
    readonly thrown: unknown,
  ) {}
}

/** `instanceof` that never throws: a thrown Proxy may throw from its getPrototypeOf trap. */
function isInstance<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}

export function interrupted(errors: Errors, key: string | undefined, thrown: unknown): Interrupted {
  return isInstance(thrown, Interrupted) ? thrown : new Interrupted(errors, key, thrown);
}

/** Reports a getter or Proxy trap that threw while reading `key`. */
export function threw(errors: Errors, key: string | number | undefined, thrown: unknown): Issue[] {
  if (isInstance(thrown, Interrupted)) return threw(thrown.errors, thrown.key, thrown.thrown);
  errorCount++;
  let reason: string;
  try {
    reason = isInstance(thrown, Error) ? String(thrown.message) : String(thrown);
  } catch {
    reason = "unknown reason";
  }
  return add(errors, {
    path: key === undefined ? "" : pointer(key),
    code: "type",
    message: `could not read the value: ${reason}`,
  });
}

/** Moves a child's errors under `key` and appends them to the parent's. */
export function nest(errors: Errors, key: string | number, inner: Issue[]): Issue[] {
  const prefix = pointer(key);
  if (errors === undefined) {
    // The parent had no errors yet: the child's list becomes its list, no copy.
    for (let i = 0; i < inner.length; i++) inner[i]!.path = prefix + inner[i]!.path;
    return inner;
  }
  for (const error of inner) {
    error.path = prefix + error.path;
    errors = add(errors, error);
  }
  return errors!;
}

/**
 * What an event validator knows about event types, for the lenient policy: the discriminator, older
 * names with today's, and for the union the types it dispatches on (an event validator has none: any
 * other type is an error there).
 */
export interface EventTypes {
  readonly key: string;
  readonly aliases: readonly (readonly [string, string])[];
  readonly known?: { has(type: unknown): boolean };
}

function isWarning(issue: Issue): issue is ValidationWarning {
  switch (issue.code) {
    case "unknown_enum_value":
    case "unknown_property":
    case "event_type_alias":
    // An error under the strict policy; under the lenient one the union never checks an unknown type,
    // so the only issue with this code is the warning runLenient made.
    case "unknown_event_type":
      return true;
    default:
      return false;
  }
}

function maxErrorsOf(options: ValidateOptions | undefined): number {
  const max = options == null ? undefined : options.maxErrors;
  return typeof max === "number" && max >= 1 ? Math.floor(max) : DEFAULT_MAX_ERRORS;
}

/** Runs a check; anything thrown outside a guarded read becomes an error at the root. */
export function run<T>(
  check: Check,
  input: unknown,
  options: ValidateOptions | undefined,
  events?: EventTypes,
): ValidationResult<T> | LenientValidationResult<T, unknown> {
  if (options != null && options.policy === "lenient")
    return runLenient<T>(check, input, options, events);
  const abortEarly = options != null && options.abortEarly === true;
  const savedLimit = errorLimit;
  const savedCount = errorCount;
  const savedPolicy = lenientPolicy;
  const limit = (errorLimit = abortEarly ? 1 : maxErrorsOf(options));
  errorCount = 0;
  lenientPolicy = false;
  let errors: Errors;
  try {
    errors = check(input, abortEarly);
  } catch (thrown) {
    errors = threw(undefined, undefined, thrown);
  }
  errorLimit = savedLimit;
  errorCount = savedCount;
  lenientPolicy = savedPolicy;
  if (errors === undefined) return { ok: true, value: input as T };
  if (errors.length > limit) errors.length = limit;
  return { ok: false, errors: errors as ValidationError[] };
}

function runLenient<T>(
  check: Check,
  input: unknown,
  options: ValidateOptions,
  events: EventTypes | undefined,
): LenientValidationResult<T, unknown> {
  const saved = [errorLimit, errorCount, warningLimit, warningCount, lenientPolicy] as const;
  const max = maxErrorsOf(options);
  // Warnings are not errors: abortEarly stops at the first error, not at the first warning, so the
  // check collects and the error limit does the stopping.
  const limit = (errorLimit = options.abortEarly === true ? 1 : max);
  warningLimit = max;
  errorCount = warningCount = 0;
  lenientPolicy = true;
  let value = input;
  let issues: Errors;
  let known = true;
  try {
    const type = events === undefined ? undefined : unlistedType(input, events);
    if (type !== undefined) {
      const where = pointer(events!.key);
      let current: string | undefined;
      for (let i = 0; i < events!.aliases.length; i++)
        if (events!.aliases[i]![0] === type) current = events!.aliases[i]![1];
      if (current !== undefined) {
        // A copy, not a change: the caller's object stays as it arrived.
        value = { ...(input as object), [events!.key]: current };
        issues = [
          {
            path: where,
            code: "event_type_alias",
            message: `${describe(type)} is an older name of ${describe(current)}; the value carries ${describe(current)}`,
          },
        ];
      } else if (events!.known !== undefined) {
        known = false;
        issues = [
          {
            path: where,
            code: "unknown_event_type",
            message: `event type ${describe(type)} is not in this version of the catalogue; accepted unchecked`,
          },
        ];
      }
    }
    if (known) {
      const found = check(value, false);
      if (found !== undefined) issues = issues === undefined ? found : issues.concat(found);
    }
  } catch (thrown) {
    issues = threw(issues, undefined, thrown);
  }
  [errorLimit, errorCount, warningLimit, warningCount, lenientPolicy] = saved;
  const errors: ValidationError[] = [];
  const warnings: ValidationWarning[] = [];
  if (issues !== undefined)
    for (const issue of issues)
      isWarning(issue) ? warnings.push(issue) : errors.push(issue as ValidationError);
  if (errors.length > 0)
    return { ok: false, errors: errors.length > limit ? errors.slice(0, limit) : errors, warnings };
  return known
    ? { ok: true, known: true, value: value as T, warnings }
    : { ok: true, known: false, value, warnings };
}

/**
 * The event type of `input` when it is a string the validator does not check as such (an older name,
 * or under the union one this version does not know); undefined otherwise (a known type, or no string
 * type at all: the check reports that). May throw (a hostile getter): the caller reports it.
 */
function unlistedType(input: unknown, events: EventTypes): string | undefined {
  if (!isObject(input) || !own(input, events.key)) return undefined;
  const type = input[events.key];
  if (typeof type !== "string" || (events.known !== undefined && events.known.has(type)))
    return undefined;
  return type;
}

/** Options that choose the lenient policy. */
export type LenientOptions = ValidateOptions & { policy: "lenient" };
/** Options that keep the strict policy. */
export type StrictOptions = ValidateOptions & { policy?: "strict" };

/**
 * A validator: collects errors (at most `maxErrors`, 100 by default) unless `options.abortEarly`,
 * keeps unknown properties, and never throws (a getter or Proxy trap that throws is reported as an
 * error at its path). With `policy: "lenient"` it accepts what a newer catalogue may send and reports
 * it as warnings; `Unknown` is the type of an event this version does not know (never for one event).
 */
export interface Validate<T, Unknown = never> {
  (input: unknown, options: LenientOptions): LenientValidationResult<T, Unknown>;
  (input: unknown, options?: StrictOptions): ValidationResult<T>;
  (
    input: unknown,
    options?: ValidateOptions,
  ): ValidationResult<T> | LenientValidationResult<T, Unknown>;
}

/** A type guard: true when the input is valid. Stops at the first error; never throws. */
export type Guard<T> = (input: unknown) => input is T;

/** The validator over a generated check; `events` gives the lenient policy its event-type rules. */
export function validator<T, Unknown = never>(
  check: Check,
  events?: EventTypes,
): Validate<T, Unknown> {
  return ((input: unknown, options?: ValidateOptions) =>
    run<T>(check, input, options, events)) as Validate<T, Unknown>;
}

/** The type guard over a generated check. */
export function guard<T>(check: Check): Guard<T> {
  return (input): input is T => passes(check, input);
}

/**
 * The type guard behind every `is…` function, and a union's trial of one member: stops at the first
 * error, strict, and leaves the state of a run in progress as it was.
 */
export function passes(check: Check, input: unknown): boolean {
  const count = errorCount;
  const policy = lenientPolicy;
  lenientPolicy = false;
  let valid: boolean;
  try {
    valid = check(input, true) === undefined;
  } catch {
    valid = false;
  }
  errorCount = count;
  lenientPolicy = policy;
  return valid;
}

/** JSON Pointer back to Standard Schema path keys (array indexes stay strings, as in the pointer). */
function pathKeys(path: string): string[] {
  return path === ""
    ? []
    : path
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** A Standard Schema v1 object over a generated check. */
export function standard<T>(check: Check, vendor: string): StandardSchemaV1<T> {
  return {
    "~standard": {
      version: 1,
      vendor,
      validate(value: unknown): StandardSchemaV1.Result<T> {
        const result = run<T>(check, value, undefined) as ValidationResult<T>;
        return result.ok
          ? { value: result.value }
          : { issues: result.errors.map((e) => ({ message: e.message, path: pathKeys(e.path) })) };
      },
    },
  };
}
