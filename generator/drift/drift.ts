/**
 * The spec against the upstream event schemas: every difference, classified by the diff rules with
 * the spec read as the old side and upstream as the new one (so `EVENT_ADDED` is an event only
 * upstream has, `ENUM_VALUE_REMOVED` a value only the spec has). Descriptions are the spec's own
 * writing and aliases a spec-only notion, so neither is compared. A difference is explained by a
 * `decision` that names its rule, written at its place or above it; a decision that explains
 * nothing any more is stale.
 */
import { formatLocation, type SourceLocation } from "../diagnostics/diagnostic.js";
import { diffCatalogues, type Change } from "../diff/diff.js";
import type { CatalogueModel, DriftExplanation, EventModel, PropertyModel } from "../model/types.js";
import { stepsAlong } from "./paths.js";

export interface DriftChange extends Change {
  /** Where the difference is in the upstream document (a JSON Pointer), when upstream has that place. */
  upstream?: string;
  /** The decision that explains it. */
  explainedBy?: { reason: string; location: SourceLocation };
}

export interface StaleDecision {
  reason: string;
  rules: string[];
  location: SourceLocation;
}

export interface Drift {
  changes: DriftChange[];
  stale: StaleDecision[];
}

interface Decision {
  reason: string;
  explains: DriftExplanation;
}

export function driftOf(spec: CatalogueModel, upstream: CatalogueModel): Drift {
  const used = new Set<string>();
  const changes = diffCatalogues(spec, upstream, { descriptions: false, aliases: false }).map((change): DriftChange => {
    const event = change.event === undefined ? undefined : spec.events.find((e) => e.name === change.event);
    const places = event ? placesOf(spec, event, change.path ?? "") : undefined;
    const out: DriftChange = { ...change };
    if (change.side === "new") {
      // Upstream locations are pointers into its document; a reader edits the spec, so point there.
      out.upstream = change.location.file;
      if (places) out.location = places.properties[0]?.location ?? event!.location;
    }
    const decision = places && explaining(spec, change, places);
    if (decision) {
      used.add(formatLocation(decision.explains.location));
      out.explainedBy = { reason: decision.reason, location: decision.explains.location };
    }
    return out;
  });
  const stale = decisionsOf(spec)
    .filter((d) => !used.has(formatLocation(d.explains.location)))
    .map((d) => ({ reason: d.reason, rules: d.explains.rules, location: d.explains.location }));
  return { changes, stale };
}

interface Places {
  event: EventModel;
  /** The properties along the path, deepest first. */
  properties: PropertyModel[];
  /** The enum of the value the path ends at, if it is one. */
  enumName?: string;
}

/** The spec's properties along a diff path, deepest first, and the enum the path ends at. */
function placesOf(model: CatalogueModel, event: EventModel, path: string): Places {
  const steps = stepsAlong(model, event.properties, path);
  const complete = steps.length === (path === "" ? 0 : path.split(".").length);
  const last = complete ? steps.at(-1)?.value : undefined;
  const enumName = last?.type.kind === "enum" ? last.type.name : undefined;
  return { event, properties: steps.map((s) => s.property).reverse(), ...(enumName ? { enumName } : {}) };
}

/** The nearest decision naming the change's rule: the enum for its values, then each property up the path, then the event. */
function explaining(model: CatalogueModel, change: Change, places: Places): Decision | undefined {
  const candidates: ({ decision?: string; explains?: DriftExplanation } | undefined)[] = [];
  if (places.enumName && change.rule.startsWith("ENUM_VALUE_")) candidates.push(model.enums.find((e) => e.name === places.enumName));
  candidates.push(...places.properties, places.event);
  return candidates.map(asDecision).find((d) => d?.explains.rules.includes(change.rule));
}

function asDecision(at: { decision?: string; explains?: DriftExplanation } | undefined): Decision | undefined {
  return at?.explains ? { reason: at.decision ?? "", explains: at.explains } : undefined;
}

/** Every decision that names drift rules, once each, in spec order. */
function decisionsOf(model: CatalogueModel): Decision[] {
  const all = new Map<string, Decision>();
  const add = (at: { decision?: string; explains?: DriftExplanation }) => {
    const decision = asDecision(at);
    if (decision) all.set(formatLocation(decision.explains.location), decision);
  };
  model.enums.forEach(add);
  for (const shape of model.shapes) shape.properties.forEach(add);
  for (const group of model.groups) group.properties.forEach(add);
  for (const event of model.events) {
    add(event);
    event.properties.forEach(add);
  }
  return [...all.values()].sort((a, b) => compareLocations(a.explains.location, b.explains.location));
}

function compareLocations(a: SourceLocation, b: SourceLocation): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
