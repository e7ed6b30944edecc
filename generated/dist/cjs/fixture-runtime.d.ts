/**
* Runtime of the generated fixture factories: a seeded generator of plausible values, driven by a
* blueprint of the catalogue that the fixtures target writes into fixtures.ts. Copied verbatim into the
* generated package as src/fixture-runtime.ts; it has no dependency and reads neither the clock nor
* any source of randomness, so a seed gives the same payload in every process.
*/
/** The type of a value, mirroring the generator's model. */
export type TypeBlueprint = {
	kind: "string";
	format?: "uuid" | "date-time" | "uri";
} | {
	kind: "literal";
	value: string;
} | {
	kind: "enum";
	name: string;
} | {
	kind: "number" | "integer";
	minimum?: number;
	maximum?: number;
} | {
	kind: "boolean";
} | {
	kind: "object";
} | {
	kind: "shape";
	name: string;
} | {
	kind: "array";
	items: ValueBlueprint;
} | {
	kind: "record";
	values: ValueBlueprint;
} | {
	kind: "union";
	of: readonly ValueBlueprint[];
} | {
	kind: "unknown";
};
export interface ValueBlueprint {
	type: TypeBlueprint;
	nullable?: boolean;
	examples?: readonly unknown[];
}
/**
* How a property's value follows from a sibling's (`of`, or a path into a sibling such as
* `reason/reason_code`), as the spec's relations say: not earlier than a timestamp, not below a
* number, computed linearly, chosen by ranges or by value, or a fixed text.
*/
export type DerivationBlueprint = {
	kind: "not_before";
	of: string;
	maxGap?: number;
} | {
	kind: "at_least";
	of: string;
	maxGap?: number;
} | {
	kind: "linear";
	of: string;
	scale: number;
	offset: number;
} | {
	kind: "by_range";
	of: string;
	bands: readonly {
		below?: number;
		value: unknown;
	}[];
} | {
	kind: "by_value";
	of: string;
	values: Readonly<Record<string, unknown>>;
} | {
	kind: "text";
	value: string;
};
export interface PropertyBlueprint extends ValueBlueprint {
	name: string;
	required: boolean;
	derive?: DerivationBlueprint;
	/**
	* Present exactly when `of` is present (and, with `in`, holds one of those values); with `unless`,
	* exactly when it is not.
	*/
	presentWhen?: {
		of: string;
		in?: readonly unknown[];
		unless?: true;
	};
}
export interface CatalogueBlueprint {
	discriminator: string;
	/** The values fixtures may produce: legacy values are left out. */
	enums: Readonly<Record<string, readonly string[]>>;
	/** Legacy values, which validators still accept: negative fixtures must not pick one as "outside". */
	legacy?: Readonly<Record<string, readonly string[]>>;
	shapes: Readonly<Record<string, readonly PropertyBlueprint[]>>;
	events: Readonly<Record<string, readonly PropertyBlueprint[]>>;
	/** Older names of events, each with its current name. */
	aliases: Readonly<Record<string, string>>;
}
export type OptionalMode = "all" | "none" | "random";
export interface RuntimeOptions {
	seed?: number;
	optional?: OptionalMode;
}
export declare const DEFAULT_SEED = 1;
export declare const DEFAULT_OPTIONAL: OptionalMode;
/** The draws of one value. */
export interface Draw {
	uint32(): number;
	/** In [0, 1). */
	fraction(): number;
	/** An index below count; the first one drawn follows the seed. */
	index(count: number): number;
	pick<T>(list: readonly T[]): T;
}
/**
* Every timestamp a fixture makes lies in the two years up to this instant, never after it, so that
* fixtures stay the same on every day they are made.
*/
export declare const REFERENCE_TIME = "2026-01-01T00:00:00.000Z";
export declare const RECORD_KEYS: readonly string[];
export declare const webLink: (draw: Draw) => string;
/** A way of making free text, for the property names its pattern matches. */
export type TextRule = readonly [RegExp, (draw: Draw) => string];
export declare const pinCodeText: TextRule;
export declare const idText: TextRule;
export declare const timestampText: TextRule;
export declare const linkText: TextRule;
export declare const emailText: TextRule;
export declare const phoneText: TextRule;
export declare const slugText: TextRule;
export declare const displayNameText: TextRule;
export declare const sentenceText: TextRule;
export declare const identifierText: TextRule;
/**
* How a string is made, chosen from the property name: the first rule that matches wins. Spec
* examples take precedence over this table.
*/
export declare const TEXT_RULES: readonly TextRule[];
/** The rule of TEXT_RULES that makes a name's text, or undefined for the plain fallback. */
export declare const textRuleFor: (hint: string) => TextRule | undefined;
export declare function plausibleNumber(type: {
	kind: "number" | "integer";
	minimum?: number;
	maximum?: number;
}, hint: string, draw: Draw): number;
/** Array items are named after their array: `device_ids` gives `device_id` items. */
export declare const singular: (name: string) => string;
export interface Context {
	catalogue: CatalogueBlueprint;
	makers: ValueMakers;
	event: string;
	seed: number;
	optional: OptionalMode;
	/** The shapes being built, outermost first: a value that would enter one of them again is left out. */
	shapes: string[];
}
/**
* The value makers a catalogue needs beyond the core of the runtime. A per-event factory passes only
* those its event's blueprint reaches (the fixtures target works them out), so that a bundle of one
* factory leaves the others out; createFixture passes them all.
*/
export interface ValueMakers {
	/** The text rules the catalogue's free strings can reach, in the order of TEXT_RULES. */
	textRules: readonly TextRule[];
	/** Nested shapes: present exactly when the catalogue reaches one. */
	shapes?: ShapeMakers;
	array?: typeof buildArray;
	/** For strings of the uri format. */
	uri?: typeof webLink;
	number?: typeof plausibleNumber;
	/** For linear, by_range and by_value relations. */
	mapped?: typeof mappedFromSource;
	notBefore?: typeof notBeforeSource;
	atLeast?: typeof atLeastSource;
	/** For relations whose source is a path into a sibling (`reason/reason_code`). */
	path?: typeof valueAtPath;
}
/** Whether a value holds, directly or through arrays, records and unions, a shape already being built. */
declare function reentersShape(context: Context, value: ValueBlueprint): boolean;
/**
* The value at a relation's path into a sibling (`reason/reason_code`, `device_errors/0/error_code`),
* or undefined when a step is missing.
*/
export declare function valueAtPath(values: ReadonlyMap<string, unknown>, of: string): unknown;
type SourceRelation<Kind extends DerivationBlueprint["kind"]> = Extract<DerivationBlueprint, {
	kind: Kind;
}>;
/** The value a linear, by_range or by_value relation gives for a (non-null) source value. */
export declare function mappedFromSource(context: Context, property: PropertyBlueprint, derive: SourceRelation<"linear" | "by_range" | "by_value">, source: unknown, path: string): unknown;
/**
* A timestamp kept when it already lies at or after its source and within maxGap; otherwise moved
* there, staying before the reference time.
*/
export declare function notBeforeSource(context: Context, _property: PropertyBlueprint, derive: SourceRelation<"not_before">, value: unknown, source: unknown, path: string): unknown;
/**
* A number kept when it already lies at or above its source and within maxGap; otherwise moved
* there, staying inside the property's range.
*/
export declare function atLeastSource(context: Context, property: PropertyBlueprint, derive: SourceRelation<"at_least">, value: unknown, source: unknown, path: string): unknown;
declare function buildShape(context: Context, name: string, path: string, overrides: Record<string, unknown> | undefined): Record<string, unknown>;
/** A recursive shape ends where it can: null, an empty array or record, another member of a union. */
declare function endOfRecursion(context: Context, value: ValueBlueprint, path: string, hint: string): {
	value: unknown;
} | undefined;
/** What nested shapes need: building one, and ending one that contains itself. */
export interface ShapeMakers {
	build: typeof buildShape;
	reenters: typeof reentersShape;
	end: typeof endOfRecursion;
}
export declare const shapeMakers: ShapeMakers;
/** One to three items, named after their array. */
export declare function buildArray(context: Context, items: ValueBlueprint, path: string, hint: string, draw: Draw): unknown[];
/**
* A valid payload of one event the catalogue has, with the overrides merged over it. The per-event
* factories call this with the value makers their event needs: it leaves out the search for close
* names that createFixture needs, and every maker the event does not use, so that a bundle of one
* factory does not carry them.
*/
export declare function createEventFixture(catalogue: CatalogueBlueprint, event: string, overrides: unknown, options: RuntimeOptions | undefined, makers: ValueMakers): Record<string, unknown>;
/** A valid payload of one event, with the overrides merged over it. Throws on an unknown event type. */
export declare function createFixture(catalogue: CatalogueBlueprint, event: string, overrides: unknown, options: RuntimeOptions | undefined): Record<string, unknown>;
export type BrokenRule = "required" | "type" | "format" | "enum" | "const" | "range" | "integer";
export interface InvalidCase {
	description: string;
	payload: unknown;
	path: string;
	code: BrokenRule;
}
/**
* Payloads of one event that each break exactly one rule, with the JSON Pointer and error code a
* validator reports. They start from the valid fixture for the same options (every optional property
* present unless options.optional says otherwise).
*/
export declare function createInvalidCases(catalogue: CatalogueBlueprint, event: string, options: RuntimeOptions | undefined): InvalidCase[];
export {};
//# sourceMappingURL=fixture-runtime.d.ts.map
