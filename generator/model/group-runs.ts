import type { GroupModel, PropertyModel } from "./types.js";

/** A run of properties that is exactly one group of the spec, or one property of its own. */
export type PropertyRun = { group: GroupModel } | { property: PropertyModel };

/** What a target writes for a property, as a string: two properties with the same key are written alike. */
export type PropertyKey = (property: PropertyModel) => string;

const keyCache = new WeakMap<PropertyKey, WeakMap<PropertyModel, string>>();

function cachedKey(keyOf: PropertyKey): PropertyKey {
  let cache = keyCache.get(keyOf);
  if (!cache) keyCache.set(keyOf, (cache = new WeakMap()));
  const known = cache;
  return (property) => {
    let key = known.get(property);
    if (key === undefined) known.set(property, (key = keyOf(property)));
    return key;
  };
}

/**
 * Splits a list of properties into runs: wherever the next properties are exactly a group's (in order,
 * with equal keys), the group stands for them, largest group first; what is left stays a property of
 * its own. An event that includes a group unchanged is then its group plus its own properties, so
 * targets can write a group once (a shared check, a base interface) instead of once per event; a group
 * changed by `override` or `omit` does not match and its properties stay. `within` is the group being
 * split itself, which never stands for itself.
 */
export function groupRuns(properties: readonly PropertyModel[], groups: readonly GroupModel[], keyOf: PropertyKey, within?: GroupModel): PropertyRun[] {
  const key = cachedKey(keyOf);
  // A group of one property saves nothing.
  const candidates = groups
    .filter((g) => g !== within && g.properties.length > 1)
    .sort((a, b) => b.properties.length - a.properties.length || (a.key < b.key ? -1 : 1));
  const runs: PropertyRun[] = [];
  for (let i = 0; i < properties.length; ) {
    const group = candidates.find((g) => g.properties.length <= properties.length - i && g.properties.every((p, j) => key(p) === key(properties[i + j]!)));
    if (group) {
      runs.push({ group });
      i += group.properties.length;
    } else runs.push({ property: properties[i++]! });
  }
  return runs;
}
