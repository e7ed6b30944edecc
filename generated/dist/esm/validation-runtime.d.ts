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
export type ValidationErrorCode = "required" | "type" | "format" | "enum" | "const" | "range" | "integer" | "unknown_event_type" | "depth";
export interface ValidationError {
	/** JSON Pointer (RFC 6901) to the offending value; "" is the root. For `required`, the missing property. */
	path: string;
	code: ValidationErrorCode;
	/** What was expected and what was received, for people and logs. */
	message: string;
}
export type ValidationResult<T> = {
	ok: true;
	value: T;
} | {
	ok: false;
	errors: ValidationError[];
};
/**
* `strict` (the default) accepts exactly what this version of the catalogue describes: for tests and
* tooling. `lenient` also accepts what a newer catalogue may legitimately send (unknown enum values,
* unknown event types, new properties, older event names) and reports each as a warning: for receiving.
*/
export type ValidationPolicy = "strict" | "lenient";
/** The errors a run collects at most unless `maxErrors` says otherwise. */
export declare const DEFAULT_MAX_ERRORS = 100;
export interface ValidateOptions {
	/** Stop at the first error instead of collecting all of them. */
	abortEarly?: boolean;
	/** The most errors (and, under the lenient policy, warnings) collected; 100 by default. At least 1. */
	maxErrors?: number;
	/** `strict` by default; see {@link ValidationPolicy}. */
	policy?: ValidationPolicy;
}
export type ValidationWarningCode = "unknown_event_type" | "unknown_enum_value" | "unknown_property" | "event_type_alias";
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
export type LenientValidationResult<
	Known,
	Unknown
> = {
	ok: true;
	known: true;
	value: Known;
	warnings: ValidationWarning[];
} | {
	ok: true;
	known: false;
	value: Unknown;
	warnings: ValidationWarning[];
} | {
	ok: false;
	errors: ValidationError[];
	warnings: ValidationWarning[];
};
/** The Standard Schema interface. */
export interface StandardSchemaV1<
	Input = unknown,
	Output = Input
> {
	/** The Standard Schema properties. */
	readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
	/** The Standard Schema properties interface. */
	export interface Props<
		Input = unknown,
		Output = Input
	> {
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
	export interface Types<
		Input = unknown,
		Output = Input
	> {
		/** The input type of the schema. */
		readonly input: Input;
		/** The output type of the schema. */
		readonly output: Output;
	}
	/** Infers the input type of a Standard Schema. */
	export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
	/** Infers the output type of a Standard Schema. */
	export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}
/** An error, or (lenient policy only) a warning: both are nested the same way. */
export type Issue = ValidationError | ValidationWarning;
/** Issues relative to the value checked, or undefined when there is none. */
export type Errors = Issue[] | undefined;
/** A generated check: errors relative to the value, stopping at the first one when abortEarly. */
export type Check = (value: any, abortEarly: boolean) => Errors;
/** True when `key` is an own property (or array element): inherited ones never count. */
export declare function own(value: object, key: string | number): boolean;
/** True when the run has collected as many errors as it may: the checks return at once. */
export declare function full(): boolean;
/** True under the lenient policy: object checks then report unknown properties. */
export declare function lenient(): boolean;
/** A JSON object: not null, not an array. */
export declare function isObject(value: unknown): value is Record<string, unknown>;
/** A finite number: NaN and the infinities are not JSON values. */
export declare function isNumber(value: unknown): value is number;
/** 8-4-4-4-12 hexadecimal digits, any version, either case. A table lookup per character. */
export declare function isUuid(text: string): boolean;
/**
* RFC 3339 date-time, read in one pass (no regular expression): YYYY-MM-DD, `T` (either case, or a
* space as RFC 3339 section 5.6 allows), hh:mm:ss, optional fraction, then `Z` or ±hh:mm. Month, day
* (leap years included), hour, minute and second ranges are checked; second 60 only at 23:59 UTC.
*/
export declare function isDateTime(text: string): boolean;
/** An absolute URI: a scheme, a colon, then only URI characters with well-formed percent-encoding. */
export declare function isUri(text: string): boolean;
/** A short, safe description of a received value for messages. Never throws. */
export declare function describe(value: unknown): string;
/** One JSON Pointer segment, with `~` and `/` escaped. */
export declare function pointer(key: string | number): string;
/**
* Adds one error about the value at `key` (undefined: the value itself). `expected` depends on the
* code: a type name, a format, the enum's values, the constant, or the range.
*/
export declare function fail(errors: Errors, key: string | number | undefined, code: ValidationErrorCode, expected: string, received: unknown): Errors;
/** A required property that is absent (or not own). */
export declare function missing(errors: Errors, key: string): Errors;
/** A required property that is absent, as the errors of its value (the parent nests them under the key). */
export declare function absent(key: string): Issue[];
/**
* Under the lenient policy, a warning for each own property of `value` not in `known` (the object's
* own checks stay as they are: unknown properties are accepted by both policies). A failing trap
* ends the listing quietly: warnings are advice, and the properties that matter were read already.
*/
export declare function unknownProperties(errors: Errors, value: object, known: readonly string[]): Errors;
/** The errors of a value that must be the string `expected`. */
export declare function constant(value: unknown, expected: string): Errors;
/**
* A getter or Proxy trap threw inside a group's shared check: carries what the group had found and
* the key it was reading up to the object's check, which reports it (see `threw`).
*/
declare class Interrupted {
	readonly errors: Errors;
	readonly key: string | undefined;
	readonly thrown: unknown;
	constructor(errors: Errors, key: string | undefined, thrown: unknown);
}
export declare function interrupted(errors: Errors, key: string | undefined, thrown: unknown): Interrupted;
/** Reports a getter or Proxy trap that threw while reading `key`. */
export declare function threw(errors: Errors, key: string | number | undefined, thrown: unknown): Issue[];
/** Moves a child's errors under `key` and appends them to the parent's. */
export declare function nest(errors: Errors, key: string | number, inner: Issue[]): Issue[];
/**
* What an event validator knows about event types, for the lenient policy: the discriminator, older
* names with today's, and for the union the types it dispatches on (an event validator has none: any
* other type is an error there).
*/
export interface EventTypes {
	readonly key: string;
	readonly aliases: readonly (readonly [string, string])[];
	readonly known?: {
		has(type: unknown): boolean;
	};
}
/** Runs a check; anything thrown outside a guarded read becomes an error at the root. */
export declare function run<T>(check: Check, input: unknown, options: ValidateOptions | undefined, events?: EventTypes): ValidationResult<T> | LenientValidationResult<T, unknown>;
/** Options that choose the lenient policy. */
export type LenientOptions = ValidateOptions & {
	policy: "lenient";
};
/** Options that keep the strict policy. */
export type StrictOptions = ValidateOptions & {
	policy?: "strict";
};
/**
* A validator: collects errors (at most `maxErrors`, 100 by default) unless `options.abortEarly`,
* keeps unknown properties, and never throws (a getter or Proxy trap that throws is reported as an
* error at its path). With `policy: "lenient"` it accepts what a newer catalogue may send and reports
* it as warnings; `Unknown` is the type of an event this version does not know (never for one event).
*/
export interface Validate<
	T,
	Unknown = never
> {
	(input: unknown, options: LenientOptions): LenientValidationResult<T, Unknown>;
	(input: unknown, options?: StrictOptions): ValidationResult<T>;
	(input: unknown, options?: ValidateOptions): ValidationResult<T> | LenientValidationResult<T, Unknown>;
}
/** A type guard: true when the input is valid. Stops at the first error; never throws. */
export type Guard<T> = (input: unknown) => input is T;
/** The validator over a generated check; `events` gives the lenient policy its event-type rules. */
export declare function validator<
	T,
	Unknown = never
>(check: Check, events?: EventTypes): Validate<T, Unknown>;
/** The type guard over a generated check. */
export declare function guard<T>(check: Check): Guard<T>;
/**
* The type guard behind every `is…` function, and a union's trial of one member: stops at the first
* error, strict, and leaves the state of a run in progress as it was.
*/
export declare function passes(check: Check, input: unknown): boolean;
/** A Standard Schema v1 object over a generated check. */
export declare function standard<T>(check: Check, vendor: string): StandardSchemaV1<T>;
export {};
//# sourceMappingURL=validation-runtime.d.ts.map
