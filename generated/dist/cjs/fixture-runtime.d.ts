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
* How a property's value follows from a sibling's (`of`), as the spec's relations say: not earlier
* than a timestamp, not below a number, computed linearly, chosen by ranges or by value, or a fixed text.
*/
export type DerivationBlueprint = {
	kind: "not_before" | "at_least";
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
	/** Present exactly when `of` is present (and, with `in`, holds one of those values). */
	presentWhen?: {
		of: string;
		in?: readonly unknown[];
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
/**
* Every timestamp a fixture makes lies in the two years up to this instant, never after it, so that
* fixtures stay the same on every day they are made.
*/
export declare const REFERENCE_TIME = "2026-01-01T00:00:00.000Z";
/**
* A valid payload of one event the catalogue has, with the overrides merged over it. The per-event
* factories call this: it leaves out the search for close names that createFixture needs, so that a
* bundle of one factory does not carry it.
*/
export declare function createEventFixture(catalogue: CatalogueBlueprint, event: string, overrides: unknown, options: RuntimeOptions | undefined): Record<string, unknown>;
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
//# sourceMappingURL=fixture-runtime.d.ts.map
