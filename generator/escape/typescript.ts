/**
 * The one rule for spec text that reaches generated TypeScript. Every emitter writes spec text through
 * these functions and nothing else: a comment's text through `commentText` (or `lineCommentText`), a
 * value through `literal`, an object key through `propertyKey`; a name that becomes an identifier is
 * checked by `checkIdentifiers` and never escaped. A test scans the emitters for spec text written
 * any other way.
 */

/** JavaScript's line terminators, and NEL, which some editors also break lines at. */
import { groupTypeName } from "../model/naming.js";
import type { CatalogueModel } from "../model/types.js";

const lineBreaks = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Characters that change what a reader sees without being visible: C0/C1 controls (terminal escapes,
 * NUL) and the bidirectional overrides and isolates that can make code read differently from how it
 * runs. In comments they are written as \uXXXX text, in string literals as \uXXXX escapes.
 */
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

const unicodeEscape = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Spec text inside a block comment or JSDoc: it can neither close the comment nor seem to open one (a
 * backslash goes between a star and a slash, either way round), every line break is a plain `\n` (which the JSDoc printer prefixes with ` * `),
 * and invisible characters are spelled out.
 */
export function commentText(text: string): string {
  // An opening too: ts-morph's printer takes a star after a slash, even inside a comment, for a comment it must close.
  return text.replace(lineBreaks, "\n").replace(invisible, unicodeEscape).replace(/\*\//g, "*\\/").replace(/\/\*/g, "/\\*");
}

/** Spec text inside a `//` comment: as in a block comment, on one line, so that nothing after it is code. */
export function lineCommentText(text: string): string {
  return commentText(text).replace(/\n/g, " ");
}

/** Spec text as a `code span` inside a comment: the span cannot close early, nor the comment. */
export function commentCode(text: string): string {
  return `\`${commentText(text).replace(/`/g, "'").replace(/\n/g, " ")}\``;
}

/** The first line of every generated TypeScript module. */
export function generatedHeader(packageName: string): string {
  return `// Generated from the ${lineCommentText(packageName)} spec. Do not edit: edit the spec and regenerate.`;
}

/**
 * A JSON-like value (spec data: strings, numbers, booleans, null, arrays, plain objects) as a
 * TypeScript expression. Strings are JSON strings with the line and paragraph separators and invisible
 * characters escaped too; a `__proto__` key is written computed, so that it stays an own property
 * instead of setting the object's prototype.
 */
export function literal(value: unknown): string {
  if (typeof value === "string") return stringLiteral(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? "null" : literal(item))).join(",")}]`;
  if (typeof value === "object" && value !== null && !("toJSON" in value && typeof value.toJSON === "function")) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== "function");
    return `{${entries.map(([key, item]) => `${propertyKey(key)}:${literal(item)}`).join(",")}}`;
  }
  // Numbers (NaN and the infinities as JSON has them: null), booleans, null, dates.
  return JSON.stringify(value) ?? "undefined";
}

/** A number as a TypeScript expression (NaN and the infinities by their global names). */
export function numberLiteral(value: number): string {
  if (typeof value !== "number") throw new TypeError(`expected a number, got ${typeof value}`);
  return Object.is(value, -0) ? "0" : String(value);
}

/** A string as a TypeScript string literal. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, unicodeEscape).replace(invisible, unicodeEscape);
}

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A key of an object literal or a member of an interface: bare when it is an identifier, else quoted. */
export function propertyKey(name: string): string {
  if (name === "__proto__") return `[${stringLiteral(name)}]`;
  return identifierPattern.test(name) ? name : stringLiteral(name);
}

/** Thrown when a name the spec gives would not be one identifier in the generated code. */
export class UnsafeNameError extends Error {
  constructor(what: string, name: string) {
    super(`${what} ${stringLiteral(name)} cannot become a TypeScript identifier; the spec check should have refused it`);
    this.name = "UnsafeNameError";
  }
}

/** Names that become identifiers are never escaped: each must already be one identifier, or nothing is emitted. */
export function identifier(what: string, name: string): string {
  if (!identifierPattern.test(name)) throw new UnsafeNameError(what, name);
  return name;
}

/** Every name of the model that the code targets write as an identifier (property names are keys, written by propertyKey). */
export function checkIdentifiers(model: CatalogueModel): void {
  const pkg = model.package;
  for (const [what, name] of [
    ["package.unionName", pkg.unionName],
    ["package.eventTypeName", pkg.eventTypeName],
    ["the event map name", pkg.eventOfName],
    ["the event type list name", pkg.eventTypesConstName],
  ] as const) {
    identifier(what, name);
  }
  for (const en of model.enums) identifier("enum", en.name);
  for (const shape of model.shapes) identifier("shape", shape.name);
  for (const group of model.groups) identifier(`the interface of group ${stringLiteral(group.key)}`, groupTypeName(group.key));
  for (const event of model.events) identifier(`the type of event ${stringLiteral(event.name)}`, event.typeName);
}
