/** The spec files' sections merged into one index, each entry remembering where it was written. */
import type { SpecDocument } from "../load/load-spec.js";

export interface Entry<T> {
  name: string;
  value: T;
  doc: SpecDocument;
  /** Data path of the entry inside its document, e.g. ["events", "lock.unlocked"]. */
  path: string[];
}

export interface RawValueType {
  type?: string;
  format?: string;
  enum?: string;
  shape?: string;
  items?: RawValueType;
  values?: RawValueType;
  oneOf?: RawValueType[];
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  examples?: unknown[];
}

/** A decision: a text, or the reason with the drift rules it explains. */
export type RawDecision = string | { reason: string; explains: string[] };

export interface RawProperty extends RawValueType {
  description: string;
  optional?: boolean;
  deprecated?: boolean | string;
  unreleased?: boolean;
  decision?: RawDecision;
}

export type RawOverride = Partial<Pick<RawProperty, "description" | "optional" | "nullable" | "deprecated" | "unreleased" | "decision" | "examples">>;

export interface RawPackage {
  name: string;
  version: string;
  description?: string;
  unionName: string;
  eventTypeName: string;
  discriminator?: string;
  license?: string;
  engines?: { node?: string };
  repository?: string;
  homepage?: string;
  bugs?: string;
  keywords?: string[];
}

export interface RawFamily {
  title: string;
  description: string;
}

export interface RawEnum {
  description: string;
  values: Record<string, string>;
  legacy?: string[];
  decision?: RawDecision;
}

/** One relation as written: the property it constrains and exactly one kind. */
export interface RawRelation {
  property: string;
  not_before?: { of: string; max_gap?: number };
  at_least?: { of: string; max_gap?: number };
  linear?: { of: string; scale: number; offset?: number };
  by_range?: { of: string; bands: { below?: number; value: unknown }[] };
  by_value?: { of: string; values: Record<string, unknown> };
  present_when?: { of: string; in?: unknown[] };
  present_unless?: { of: string; in?: unknown[] };
  event_text?: "summary";
}

export interface RawShape {
  description: string;
  properties: Record<string, RawProperty>;
  relations?: RawRelation[];
}

export interface RawGroup {
  title: string;
  description: string;
  include?: string[];
  properties?: Record<string, RawProperty>;
  relations?: RawRelation[];
}

export interface RawEvent {
  summary?: string;
  description: string;
  family?: string;
  aliases?: string[];
  deprecated?: boolean | string;
  unreleased?: boolean;
  decision?: RawDecision;
  include?: string[];
  omit?: string[];
  override?: Record<string, RawOverride>;
  properties?: Record<string, RawProperty>;
  relations?: RawRelation[];
}

export interface RawCatalogue {
  packages: Entry<RawPackage>[];
  families: Map<string, Entry<RawFamily>>;
  enums: Map<string, Entry<RawEnum>>;
  shapes: Map<string, Entry<RawShape>>;
  groups: Map<string, Entry<RawGroup>>;
  events: Map<string, Entry<RawEvent>>;
}

export const sectionNames = ["families", "enums", "shapes", "groups", "events"] as const;
export type SectionName = (typeof sectionNames)[number];
