import type { TypeNode, ValueType } from "../../model/types.js";

/** The TypeScript type of a value, as source text. Enums and shapes are referred to by name. */
export function valueTypeText(value: ValueType): string {
  const text = typeText(value.type);
  return value.nullable ? `${text} | null` : text;
}

function typeText(type: TypeNode): string {
  switch (type.kind) {
    case "string":
      return "string";
    case "literal":
      return JSON.stringify(type.value);
    case "enum":
    case "shape":
      return type.name;
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "object":
      return "Record<string, unknown>";
    case "array": {
      const items = valueTypeText(type.items);
      return /^[A-Za-z0-9_]+$/.test(items) ? `${items}[]` : `Array<${items}>`;
    }
    case "record":
      return `Record<string, ${valueTypeText(type.values)}>`;
    case "union":
      return type.of.map(valueTypeText).join(" | ");
    case "unknown":
      return "unknown";
  }
}
