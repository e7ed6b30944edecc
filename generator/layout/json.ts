/**
 * JSON laid out as prettier writes it (printWidth 100) for `.json` files: an object with members has
 * one per line, as JSON.stringify(value, null, 2) writes it; an array of plain values stays on one
 * line when that line fits, and has one element per line otherwise. A test has prettier check every
 * emitted file.
 */
import { textWidth } from "./markdown.js";

const PRINT_WIDTH = 100;

export function jsonText(value: unknown): string {
  return `${print(value, "", 0, 0)}\n`;
}

/** `before` and `after`: the columns the line holds before the value (indent aside) and after it (a comma). */
function print(value: unknown, indent: string, before: number, after: number): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const oneLine = flat(value);
    if (oneLine !== undefined && !mustBreak(value) && indent.length + before + textWidth(oneLine) + after <= PRINT_WIDTH) return oneLine;
    // Numbers fill each line, as many as fit; anything else takes a line per element.
    if (value.length > 1 && value.every((item) => typeof item === "number")) return `[\n${fill(value.map((item, i) => `${item}${i + 1 < value.length ? "," : ""}`), inner)}\n${indent}]`;
    return `[\n${value.map((item, i) => inner + print(item, inner, 0, i + 1 < value.length ? 1 : 0)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, member]) => member !== undefined);
    if (entries.length === 0) return "{}";
    const members = entries.map(([key, member], i) => {
      const name = `${JSON.stringify(key)}: `;
      return inner + name + print(member, inner, textWidth(name), i + 1 < entries.length ? 1 : 0);
    });
    return `{\n${members.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The value on one line, when it can be: an object with members never is (its source had them on lines of their own). */
function flat(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const items = value.map(flat);
    return items.every((item) => item !== undefined) && !mustBreak(value) ? `[${items.join(", ")}]` : undefined;
  }
  if (value !== null && typeof value === "object") return Object.keys(value).length === 0 ? "{}" : undefined;
  return JSON.stringify(value);
}

/** Prettier's rule: several elements, all arrays (or all objects) of more than one element, go on lines of their own. */
function mustBreak(items: unknown[]): boolean {
  const size = (item: unknown) => (Array.isArray(item) ? item.length : item !== null && typeof item === "object" ? Object.keys(item).length : 0);
  return items.length > 1 && items.every((item) => size(item) > 1 && Array.isArray(item) === Array.isArray(items[0]));
}

function fill(texts: string[], indent: string): string {
  const lines = [indent + texts[0]];
  for (const text of texts.slice(1)) {
    if (textWidth(lines.at(-1)!) + 1 + textWidth(text) <= PRINT_WIDTH) lines[lines.length - 1] += ` ${text}`;
    else lines.push(indent + text);
  }
  return lines.join("\n");
}
