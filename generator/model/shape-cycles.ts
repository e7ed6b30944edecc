import type { CatalogueModel, ValueType } from "./types.js";

/** The shapes a value refers to directly: through arrays, records and unions, not through other shapes. */
export function shapesIn(value: ValueType): string[] {
  const type = value.type;
  switch (type.kind) {
    case "shape":
      return [type.name];
    case "array":
      return shapesIn(type.items);
    case "record":
      return shapesIn(type.values);
    case "union":
      return type.of.flatMap(shapesIn);
    default:
      return [];
  }
}

/**
 * The shapes that contain themselves, directly or through other shapes, by any property. Their
 * generated checks bound how deep a payload may nest them; their fixtures stop at the second level.
 */
export function recursiveShapes(model: CatalogueModel): Set<string> {
  const references = new Map(model.shapes.map((shape) => [shape.name, [...new Set(shape.properties.flatMap(shapesIn))]]));
  const recursive = new Set<string>();
  for (const start of references.keys()) {
    // A walk with an explicit stack: a long chain of shapes cannot overflow the call stack.
    const seen = new Set<string>();
    const pending = [...(references.get(start) ?? [])];
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (name === start) {
        recursive.add(start);
        break;
      }
      if (seen.has(name)) continue;
      seen.add(name);
      pending.push(...(references.get(name) ?? []));
    }
  }
  return recursive;
}
