import { parseDocument } from "yaml";
import type { SpecSources } from "../generator/load/load-spec.js";

/**
 * A catalogue `factor` times the size of the given one: every event is repeated with a numbered
 * suffix (lock.unlocked, lock.unlocked_copy2, ...; aliases likewise), so that groups, enums and shapes are shared as in
 * the real spec and only the number of events grows.
 */
export function scaleCatalogue(sources: SpecSources, factor: number): Map<string, string> {
  const scaled = new Map<string, string>();
  for (const [path, text] of sources) {
    const doc = parseDocument(text);
    const events = doc.get("events") as { items?: { key: { value: string }; value: unknown }[] } | undefined;
    if (events?.items && factor > 1) {
      const originals = [...events.items];
      for (let copy = 2; copy <= factor; copy++) {
        for (const item of originals) {
          // A copy of the event's own definition (not the same node: the copy's aliases are its own).
          const copied = (doc.getIn(["events", item.key.value]) as { toJSON(): Record<string, unknown> }).toJSON();
          // An older name belongs to one event only: each copy's aliases get the copy's suffix too.
          if (Array.isArray(copied.aliases)) copied.aliases = copied.aliases.map((alias: string) => `${alias}_copy${copy}`);
          doc.setIn(["events", `${item.key.value}_copy${copy}`], doc.createNode(copied));
        }
      }
    }
    scaled.set(path, doc.toString());
  }
  return scaled;
}
