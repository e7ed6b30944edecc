/**
 * The resolved catalogue: what every target reads. Composition is done, names are final,
 * order is fixed. No target reads YAML.
 */
import type { SourceLocation } from "../diagnostics/diagnostic.js";

export type StringFormat = "uuid" | "date-time" | "uri";

export type TypeNode =
  | { kind: "string"; format?: StringFormat }
  | { kind: "literal"; value: string }
  | { kind: "enum"; name: string }
  | { kind: "number" | "integer"; minimum?: number; maximum?: number }
  | { kind: "boolean" }
  | { kind: "object" }
  | { kind: "shape"; name: string }
  | { kind: "array"; items: ValueType }
  | { kind: "record"; values: ValueType }
  | { kind: "union"; of: ValueType[] }
  | { kind: "unknown" };

/**
 * A decision that names the drift rules it explains (`seam-events drift`): at its place and below it
 * (the properties of its shape, the events of its group, the values of its enum).
 */
export interface DriftExplanation {
  rules: string[];
  /** Where the decision is written. */
  location: SourceLocation;
}

/** A type with its nullability and example values (used by array items, record values, union members). */
export interface ValueType {
  type: TypeNode;
  nullable: boolean;
  examples?: unknown[];
}

export interface PropertyModel extends ValueType {
  name: string;
  description: string;
  required: boolean;
  /** Reason text when deprecated ("" when deprecated without a reason). */
  deprecated?: string;
  unreleased: boolean;
  /** Why the spec departs from a source document. */
  decision?: string;
  explains?: DriftExplanation;
  /** Group this property was composed from, if any. */
  group?: string;
  location: SourceLocation;
  /** Where an event's override gave the examples, when one did (problems with them are reported there). */
  examplesLocation?: SourceLocation;
}

/**
 * How one property's value or presence follows from another property of the same object (see
 * `relations` in the spec format). `of` names the other property, or is a path into it
 * (`reason/reason_code`, `device_errors/0/error_code`: a shape's property, an array's item).
 */
export type RelationRule =
  | { kind: "not_before" | "at_least"; of: string; maxGap?: number }
  | { kind: "linear"; of: string; scale: number; offset: number }
  | { kind: "by_range"; of: string; bands: { below?: number; value: unknown }[] }
  | { kind: "by_value"; of: string; values: Record<string, unknown> }
  | { kind: "present_when" | "present_unless"; of: string; in?: unknown[] }
  | { kind: "event_text"; text: "summary" };

export type RelationModel = RelationRule & {
  /** The property the relation constrains. */
  property: string;
  location: SourceLocation;
};

export interface EnumValueModel {
  value: string;
  description: string;
  /** Accepted from older payloads, no longer sent: deprecated in the types, never in fixtures. */
  legacy?: true;
}

export interface EnumModel {
  name: string;
  description: string;
  values: EnumValueModel[];
  decision?: string;
  explains?: DriftExplanation;
  location: SourceLocation;
}

export interface ShapeModel {
  name: string;
  description: string;
  properties: PropertyModel[];
  relations: RelationModel[];
  location: SourceLocation;
}

export interface GroupModel {
  key: string;
  title: string;
  description: string;
  /** Groups included directly. */
  includes: string[];
  /** All properties after composition (own and included). */
  properties: PropertyModel[];
  /** The relations of this group and of the groups it includes, outermost first. */
  relations: RelationModel[];
  location: SourceLocation;
}

export interface EventModel {
  /** The discriminator value, e.g. lock.unlocked. */
  name: string;
  /** TypeScript type name, e.g. LockUnlockedEvent. */
  typeName: string;
  family: string;
  summary: string;
  description: string;
  aliases: string[];
  deprecated?: string;
  unreleased: boolean;
  decision?: string;
  explains?: DriftExplanation;
  /** Every group composed into this event, outermost first, without repeats. */
  groups: string[];
  /** Discriminator first, then composed properties in composition order. */
  properties: PropertyModel[];
  /**
   * The relations of its groups (those naming a property the event omits are dropped) and its own,
   * in composition order.
   */
  relations: RelationModel[];
  location: SourceLocation;
}

export interface FamilyModel {
  key: string;
  title: string;
  description: string;
  events: string[];
}

export interface PackageModel {
  name: string;
  version: string;
  description: string;
  /** Union of all events, e.g. SeamEvent. */
  unionName: string;
  /** Union of all event type names, e.g. SeamEventType. */
  eventTypeName: string;
  /** Maps a name to its event type, e.g. SeamEventOf. */
  eventOfName: string;
  /** Runtime list of all names, e.g. SEAM_EVENT_TYPES. */
  eventTypesConstName: string;
  discriminator: string;
  /** SPDX identifier; MIT when the spec names none. */
  license: string;
  /** package.json fields copied as given; absent when the spec leaves them out. */
  engines?: { node?: string };
  repository?: string;
  homepage?: string;
  bugs?: string;
  keywords: string[];
}

export interface CatalogueModel {
  package: PackageModel;
  families: FamilyModel[];
  enums: EnumModel[];
  shapes: ShapeModel[];
  groups: GroupModel[];
  /** Sorted by name. */
  events: EventModel[];
}
