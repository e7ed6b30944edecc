/**
 * What `seam-events import` adds to the spec for chosen event types: what upstream has and the spec
 * lacks, as YAML entries. A missing event is composed from the spec's groups whose properties it
 * carries unchanged, plus its own properties; a missing property, enum value or nested property of an
 * event the spec has is added where the spec defines its parent. Enums and shapes are reused when the
 * spec has one with the same content, else made under a name built from where they stand. Every
 * description is a placeholder for a person to write: nothing of upstream's wording is copied.
 */
import { dirname, join } from "node:path";
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
import type { Change } from "../diff/diff.js";
import { pascalCase } from "../model/naming.js";
import type { CatalogueModel, EventModel, PropertyModel, ShapeModel, ValueType } from "../model/types.js";
import { driftOf } from "./drift.js";
import { lastName, parentPath, stepAt } from "./paths.js";

/** Marks every description import writes, so that a person finds and replaces each one. */
export const PLACEHOLDER = "TODO(import): describe in the spec's own words.";

/** One entry to set in a spec file: the YAML path of the entry and its value. */
export interface ImportEdit {
  /** Absolute path of the spec file (created when it does not exist). */
  file: string;
  path: string[];
  value: unknown;
  /** What the edit adds, for the report. */
  summary: string;
}

export interface ImportPlan {
  edits: ImportEdit[];
  /** Differences of the chosen events that import does not settle (another type, format, ...): for a person. */
  leftOver: Change[];
}

export interface ImportContext {
  /** The spec path as given: a file or a folder. */
  specIsFile: boolean;
  /** Absolute path of a spec file, from a location's display path. */
  absolute: (displayPath: string) => string;
}

export class ImportError extends Error {}

/** The spec format's `eventName` (spec/spec.schema.json). */
const eventNamePattern = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export function planImport(spec: CatalogueModel, upstream: CatalogueModel, eventNames: readonly string[], context: ImportContext): ImportPlan {
  const edits: ImportEdit[] = [];
  const leftOver: Change[] = [];
  const taken = new Set<string>([
    ...spec.enums.map((e) => e.name),
    ...spec.shapes.map((s) => s.name),
    ...spec.events.map((e) => e.typeName),
    ...spec.groups.map((g) => `${pascalCase(g.key)}Properties`),
    spec.package.unionName,
    spec.package.eventTypeName,
  ]);
  /** Enums and shapes by content signature, the spec's first, then those this import makes. */
  const enumsByValues = new Map(spec.enums.map((e) => [enumSignature(e.values.map((v) => v.value)), e.name]));
  const shapesBySignature = new Map(spec.shapes.map((s) => [shapeSignature(spec, s.properties), s.name]));
  const addedEnumValues = new Set<string>();

  const newName = (owner: string, property: string): string => {
    const name = joinName(owner, pascalCase(property));
    if (taken.has(name)) throw new ImportError(`the name ${name} for the type of ${owner}.${property} is already taken in the spec; add it by hand under another name`);
    taken.add(name);
    return name;
  };

  const enumFor = (values: string[], owner: string, property: string, file: string): string => {
    const signature = enumSignature(values);
    const known = enumsByValues.get(signature);
    if (known) return known;
    const name = newName(owner, property);
    enumsByValues.set(signature, name);
    edits.push({ file, path: ["enums", name], value: { description: PLACEHOLDER, values: Object.fromEntries(values.map((v) => [v, PLACEHOLDER])) }, summary: `enum ${name}` });
    return name;
  };

  const shapeFor = (shape: ShapeModel, owner: string, property: string, file: string): string => {
    const signature = shapeSignature(upstream, shape.properties);
    const known = shapesBySignature.get(signature);
    if (known) return known;
    const name = newName(owner, property);
    shapesBySignature.set(signature, name);
    const properties = Object.fromEntries(shape.properties.map((p) => [p.name, rawProperty(p, name, file)]));
    edits.push({ file, path: ["shapes", name], value: { description: PLACEHOLDER, properties }, summary: `shape ${name}` });
    return name;
  };

  const rawValue = (value: ValueType, owner: string, property: string, file: string): Record<string, unknown> => {
    const type = value.type;
    const raw: Record<string, unknown> = {};
    switch (type.kind) {
      case "string":
        Object.assign(raw, { type: "string" }, type.format ? { format: type.format } : {});
        break;
      case "literal":
        raw.type = "string";
        break;
      case "enum":
        Object.assign(raw, { type: "string", enum: enumFor(upstream.enums.find((e) => e.name === type.name)!.values.map((v) => v.value), owner, property, file) });
        break;
      case "number":
      case "integer":
        Object.assign(raw, { type: type.kind }, type.minimum !== undefined ? { minimum: type.minimum } : {}, type.maximum !== undefined ? { maximum: type.maximum } : {});
        break;
      case "shape":
        Object.assign(raw, { type: "object", shape: shapeFor(upstream.shapes.find((s) => s.name === type.name)!, owner, property, file) });
        break;
      case "array":
        Object.assign(raw, { type: "array", items: rawValue(type.items, owner, property, file) });
        break;
      case "record":
        Object.assign(raw, { type: "record", values: rawValue(type.values, owner, property, file) });
        break;
      case "union":
        raw.oneOf = type.of.map((member) => rawValue(member, owner, property, file));
        break;
      default:
        raw.type = type.kind;
    }
    if (value.nullable) raw.nullable = true;
    return raw;
  };

  const rawProperty = (property: PropertyModel, owner: string, file: string): Record<string, unknown> => ({
    ...rawValue(property, owner, property.name, file),
    ...(property.required ? {} : { optional: true }),
    ...(property.deprecated !== undefined ? { deprecated: property.deprecated || true } : {}),
    ...(property.unreleased ? { unreleased: true } : {}),
    description: PLACEHOLDER,
  });

  const { changes } = driftOf(spec, upstream);
  for (const name of eventNames) {
    const theirs = upstream.events.find((e) => e.name === name);
    if (!theirs) throw new ImportError(`the upstream schemas have no event ${name}`);
    const ours = spec.events.find((e) => e.name === name);
    // The name becomes a YAML key and its family a file name: only names the spec format allows.
    if (!ours && !eventNamePattern.test(name)) throw new ImportError(`cannot import ${JSON.stringify(name)}: not an event name the spec allows (lowercase words joined by dots)`);
    if (!ours) {
      const file = familyFile(spec, theirs.family, context);
      if (!spec.families.some((f) => f.key === theirs.family) && !edits.some((e) => e.path[0] === "families" && e.path[1] === theirs.family)) {
        edits.push({ file, path: ["families", theirs.family], value: { title: PLACEHOLDER, description: PLACEHOLDER }, summary: `family ${theirs.family}` });
      }
      const owner = theirs.typeName.replace(/Event$/, "");
      const { include, own } = composition(spec, upstream, theirs);
      const event = {
        description: PLACEHOLDER,
        ...(theirs.deprecated !== undefined ? { deprecated: theirs.deprecated || true } : {}),
        ...(theirs.unreleased ? { unreleased: true } : {}),
        ...(include.length > 0 ? { include } : {}),
        ...(own.length > 0 ? { properties: Object.fromEntries(own.map((p) => [p.name, rawProperty(p, owner, file)])) } : {}),
      };
      edits.push({ file, path: ["events", name], value: event, summary: `event ${name}` });
      continue;
    }
    for (const change of changes.filter((c) => c.event === name && !c.explainedBy)) {
      if (change.rule === "PROPERTY_ADDED_OPTIONAL" || change.rule === "PROPERTY_ADDED_REQUIRED") {
        const path = change.path!;
        const property = stepAt(upstream, theirs.properties, path)!.property;
        const parent = parentPath(path);
        if (parent === "") {
          const file = context.absolute(ours.location.file);
          edits.push({ file, path: ["events", name, "properties", property.name], value: rawProperty(property, ours.typeName.replace(/Event$/, ""), file), summary: `property ${property.name} of ${name}` });
          continue;
        }
        const type = stepAt(spec, ours.properties, parent)?.value?.type;
        const shape = type?.kind === "shape" ? spec.shapes.find((s) => s.name === type.name) : undefined;
        if (!shape) {
          leftOver.push(change);
          continue;
        }
        if (edits.some((e) => e.path.join("\u0000") === ["shapes", shape.name, "properties", lastName(path)].join("\u0000"))) continue;
        const file = context.absolute(shape.location.file);
        edits.push({ file, path: ["shapes", shape.name, "properties", property.name], value: rawProperty(property, shape.name, file), summary: `property ${property.name} of shape ${shape.name}` });
      } else if (change.rule === "ENUM_VALUE_ADDED") {
        const ourValue = stepAt(spec, ours.properties, change.path!)?.value;
        const theirValue = stepAt(upstream, theirs.properties, change.path!)?.value;
        if (ourValue?.type.kind !== "enum" || theirValue?.type.kind !== "enum") {
          leftOver.push(change);
          continue;
        }
        const ourEnum = spec.enums.find((e) => e.name === (ourValue.type as { name: string }).name)!;
        const theirEnum = upstream.enums.find((e) => e.name === (theirValue.type as { name: string }).name)!;
        for (const { value } of theirEnum.values) {
          const key = `${ourEnum.name}\u0000${value}`;
          if (ourEnum.values.some((v) => v.value === value) || addedEnumValues.has(key)) continue;
          addedEnumValues.add(key);
          edits.push({ file: context.absolute(ourEnum.location.file), path: ["enums", ourEnum.name, "values", value], value: PLACEHOLDER, summary: `value ${value} of enum ${ourEnum.name}` });
        }
      } else {
        leftOver.push(change);
      }
    }
  }
  return { edits, leftOver };
}

/**
 * The spec's groups that an upstream event carries unchanged (largest first, none overlapping), and
 * the properties left over.
 */
function composition(spec: CatalogueModel, upstream: CatalogueModel, event: EventModel): { include: string[]; own: PropertyModel[] } {
  const theirs = new Map(event.properties.slice(1).map((p) => [p.name, propertySignature(upstream, p)]));
  const covered = new Set<string>();
  const include: string[] = [];
  const candidates = spec.groups.filter((g) => g.properties.length > 0).sort((a, b) => b.properties.length - a.properties.length || (a.key < b.key ? -1 : 1));
  for (const group of candidates) {
    const fits = group.properties.every((p) => !covered.has(p.name) && theirs.get(p.name) === propertySignature(spec, p));
    if (!fits) continue;
    include.push(group.key);
    for (const p of group.properties) covered.add(p.name);
  }
  return { include, own: event.properties.slice(1).filter((p) => !covered.has(p.name)) };
}

/** Where a new event of a family goes: with the family's events, else in a file of its own beside the other event files. */
function familyFile(spec: CatalogueModel, family: string, context: ImportContext): string {
  const sibling = spec.events.find((e) => e.family === family) ?? spec.events[0];
  if (!sibling) throw new ImportError("the spec has no event to place new ones beside");
  const file = context.absolute(sibling.location.file);
  return context.specIsFile || sibling.family === family ? file : join(dirname(file), `${family}.yaml`);
}

/** `LockAccessDeniedReason` + `ReasonCode` → `LockAccessDeniedReasonCode`: a word at the seam is not repeated. */
function joinName(owner: string, part: string): string {
  const words = part.match(/[A-Z][a-z0-9]*/g) ?? [part];
  for (let n = words.length; n > 0; n--) {
    const head = words.slice(0, n).join("");
    if (owner.endsWith(head)) return owner + part.slice(head.length);
  }
  return owner + part;
}

function enumSignature(values: readonly string[]): string {
  return JSON.stringify([...values].sort());
}

function shapeSignature(model: CatalogueModel, properties: readonly PropertyModel[]): string {
  return `{${properties.map((p) => propertySignature(model, p)).sort().join(",")}}`;
}

/** What a property is, in one string, independent of names given to enums and shapes. */
export function propertySignature(model: CatalogueModel, p: PropertyModel): string {
  return `${JSON.stringify(p.name)}${p.required ? "" : "?"}${p.deprecated !== undefined ? "!deprecated" : ""}${p.unreleased ? "!unreleased" : ""}:${valueSignature(model, p)}`;
}

function valueSignature(model: CatalogueModel, value: ValueType): string {
  const t = value.type;
  let text: string;
  switch (t.kind) {
    case "string":
      text = `string(${t.format ?? ""})`;
      break;
    case "literal":
      text = `const(${JSON.stringify(t.value)})`;
      break;
    case "enum":
      text = `enum${enumSignature(model.enums.find((e) => e.name === t.name)?.values.map((v) => v.value) ?? [])}`;
      break;
    case "number":
    case "integer":
      text = `${t.kind}[${t.minimum ?? ""},${t.maximum ?? ""}]`;
      break;
    case "shape":
      text = shapeSignature(model, model.shapes.find((s) => s.name === t.name)?.properties ?? []);
      break;
    case "array":
      text = `array<${valueSignature(model, t.items)}>`;
      break;
    case "record":
      text = `record<${valueSignature(model, t.values)}>`;
      break;
    case "union":
      text = `(${t.of.map((m) => valueSignature(model, m)).sort().join("|")})`;
      break;
    default:
      text = t.kind;
  }
  return value.nullable ? `${text}|null` : text;
}

/**
 * The new text of every file the edits touch, comments and layout of the rest kept (the yaml
 * library's document model). `existing` gives a file's current text, or undefined for a new file,
 * which starts with the comment `header` gives for it.
 */
export function applyEdits(edits: readonly ImportEdit[], existing: (file: string) => string | undefined, header: (file: string) => string): Map<string, string> {
  const documents = new Map<string, Document>();
  for (const edit of edits) {
    let doc = documents.get(edit.file);
    if (!doc) {
      const text = existing(edit.file);
      doc = text === undefined ? newDocument(header(edit.file)) : parseDocument(text);
      documents.set(edit.file, doc);
    }
    const node = doc.createNode(edit.value);
    // `include` lists stay on one line, as the spec writes them.
    visit(node, { Pair: (_key, pair) => void (isScalar(pair.key) && pair.key.value === "include" && isSeq(pair.value) && (pair.value.flow = true)) });
    const newSection = !doc.has(edit.path[0]);
    doc.setIn(edit.path, node);
    if (newSection) placeSection(doc, edit.path[0]!);
  }
  return new Map([...documents].map(([file, doc]) => [file, doc.toString({ lineWidth: 0, flowCollectionPadding: false })]));
}

function newDocument(header: string): Document {
  const doc = new Document({});
  // The comment's lines are written back with a "#" in front of each.
  if (header) doc.commentBefore = header.split("\n").map((line) => line.replace(/^#/, "")).join("\n");
  return doc;
}

/** The order of a spec file's sections; a new one goes before the first that follows it, after a blank line. */
const sectionOrder = ["package", "families", "enums", "shapes", "groups", "events"];

function placeSection(doc: Document, section: string): void {
  const map = doc.contents;
  if (!isMap(map)) return;
  const items = map.items;
  // Keys that setIn made are plain values; nodes carry the blank line and comment before them.
  for (const pair of items) if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key);
  const keyOf = (pair: (typeof items)[number] | undefined) => (pair && isScalar(pair.key) ? pair.key : undefined);
  const at = items.findIndex((pair) => keyOf(pair)?.value === section);
  const [pair] = items.splice(at, 1);
  const rank = sectionOrder.indexOf(section);
  const next = items.findIndex((other) => sectionOrder.indexOf(String(keyOf(other)?.value)) > rank);
  const index = next < 0 ? items.length : next;
  items.splice(index, 0, pair!);
  const first = keyOf(items[0]);
  const second = keyOf(items[1]);
  // The comment that opens the file stays at the top.
  if (index === 0 && first && second?.commentBefore) {
    first.commentBefore = second.commentBefore;
    second.commentBefore = undefined;
  }
  for (const key of [keyOf(items[index]), keyOf(items[index + 1])]) if (key && key !== first) key.spaceBefore = true;
}
