import type { StringFormat, TypeNode, ValueType } from "../../model/types.js";
import { cellCode, escapeTableCell } from "../../escape/markdown.js";

/** Where a named enum or shape is described, relative to the page being written. */
export interface TypeLinks {
  enum(name: string): string;
  shape(name: string): string;
}

const formatNames: Record<StringFormat, string> = { uuid: "UUID", "date-time": "date-time", uri: "URI" };

/** Enums with more values than this are named and linked rather than listed inline. */
const maxInlineEnumValues = 6;

/**
 * A property's type as people read it, as Markdown safe in a table cell: `string (UUID)`,
 * `"good" \| "low"` (a legacy value followed by "(legacy)"), `number, 0–1`, `array of ResourceError`. Nullability of the property itself
 * has its own column; nested values say "or null".
 */
export function typeForPeople(value: ValueType, links: TypeLinks, enumValues: (name: string) => { value: string; legacy?: boolean }[]): string {
  const text = (type: TypeNode): string => {
    switch (type.kind) {
      case "string":
        return type.format ? `string (${formatNames[type.format]})` : "string";
      case "literal":
        return cellCode(JSON.stringify(type.value));
      case "enum": {
        const values = enumValues(type.name);
        const link = `[${escapeTableCell(type.name)}](${links.enum(type.name)})`;
        if (values.length > maxInlineEnumValues) return `${link} (one of ${values.length} values)`;
        // A legacy value is still accepted, so it is listed, but said to be no longer sent.
        return `${values.map((v) => `${cellCode(JSON.stringify(v.value))}${v.legacy ? " (legacy)" : ""}`).join(" \\| ")} (${link})`;
      }
      case "number":
      case "integer":
        return type.kind + range(type.minimum, type.maximum);
      case "boolean":
        return "boolean";
      case "object":
        return "object";
      case "shape":
        return `[${escapeTableCell(type.name)}](${links.shape(type.name)})`;
      case "array":
        return `array of ${nested(type.items)}`;
      case "record":
        return `record of ${nested(type.values)}`;
      case "union":
        return type.of.map(nested).join(" or ");
      case "unknown":
        return "any value";
    }
  };
  const nested = (inner: ValueType): string => (inner.nullable ? `${text(inner.type)} or null` : text(inner.type));
  return text(value.type);
}

function range(minimum: number | undefined, maximum: number | undefined): string {
  if (minimum !== undefined && maximum !== undefined) return `, ${minimum}–${maximum}`;
  if (minimum !== undefined) return `, ≥ ${minimum}`;
  if (maximum !== undefined) return `, ≤ ${maximum}`;
  return "";
}
