import type { Diagnostic, DiagnosticCode } from "../diagnostics/diagnostic.js";
import { formatLocation } from "../diagnostics/diagnostic.js";
import type { SpecDocument } from "../load/load-spec.js";
import { specDerivedNames, type NameSource } from "../model/naming.js";
import { walkGraph } from "./cycles.js";
import { fixedPackageNames, standardGlobalNames } from "./reserved-names.js";
import type { Entry, RawCatalogue, RawProperty, RawValueType, SectionName } from "./raw.js";
import { sectionNames } from "./raw.js";
import { editDistance } from "../diagnostics/suggest.js";

const singular = {
  families: "family",
  enums: "enum",
  shapes: "shape",
  groups: "group",
  events: "event",
} as const satisfies Record<SectionName, string>;

/** Merges the documents' sections, reporting names defined twice. */
export function mergeDocuments(documents: readonly SpecDocument[]): { raw: RawCatalogue; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const raw: RawCatalogue = {
    packages: [],
    families: new Map(),
    enums: new Map(),
    shapes: new Map(),
    groups: new Map(),
    events: new Map(),
  };
  for (const doc of documents) {
    const data = doc.data as Record<string, unknown> | undefined;
    if (!isObject(data)) continue;
    if (isObject(data.package)) raw.packages.push({ name: "package", value: data.package as never, doc, path: ["package"] });
    for (const section of sectionNames) {
      const entries = data[section];
      if (!isObject(entries)) continue;
      const index = raw[section] as Map<string, Entry<unknown>>;
      for (const [name, value] of Object.entries(entries)) {
        const entry: Entry<unknown> = { name, value, doc, path: [section, name] };
        const first = index.get(name);
        if (first) {
          diagnostics.push({
            code: `duplicate_${singular[section]}`,
            message: `duplicate ${singular[section]} '${name}': already defined at ${formatLocation(locateKey(first))}`,
            location: locateKey(entry),
          });
        } else {
          index.set(name, entry);
        }
      }
    }
  }
  if (raw.packages.length > 1) {
    for (const extra of raw.packages.slice(1)) {
      diagnostics.push({
        code: "duplicate_package",
        message: `a second 'package' section: already defined at ${formatLocation(locateKey(raw.packages[0]!))}`,
        location: locateKey(extra),
      });
    }
  }
  return { raw, diagnostics };
}

/** Checks that every name a spec refers to exists, types are consistent, groups do not include each other in a cycle and generated identifiers are unique. */
export function checkReferences(raw: RawCatalogue, documents: readonly SpecDocument[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (code: DiagnosticCode, message: string, entry: Entry<unknown>, path: (string | number)[] = [], at: "key" | "value" = "value") =>
    diagnostics.push({ code, message, location: entry.doc.locate([...entry.path, ...path], at) });

  if (raw.packages.length === 0 && documents.length > 0) {
    diagnostics.push({
      code: "missing_package",
      message: "no spec file has a 'package' section (name, version, unionName, eventTypeName)",
      location: { file: documents[0]!.file, line: 1, column: 1 },
    });
  }

  const checkValueType = (entry: Entry<unknown>, path: (string | number)[], value: RawValueType | undefined): void => {
    if (!isObject(value)) return;
    const has = (key: keyof RawValueType) => value[key] !== undefined;
    if (has("type") === has("oneOf")) {
      report("bad_type", `${[...entry.path.slice(1), ...path].join(".")} needs exactly one of 'type' or 'oneOf'`, entry, path);
    }
    const rules: [keyof RawValueType, string[], string][] = [
      ["format", ["string"], "a string"],
      ["enum", ["string"], "a string"],
      ["shape", ["object"], "an object"],
      ["items", ["array"], "an array"],
      ["values", ["record"], "a record"],
      ["minimum", ["number", "integer"], "a number or integer"],
      ["maximum", ["number", "integer"], "a number or integer"],
    ];
    for (const [key, types, what] of rules) {
      if (has(key) && !types.includes(String(value.type))) {
        report("bad_type", `'${key}' applies only to ${what}, not to type '${value.type ?? "oneOf"}'`, entry, [...path, key], "key");
      }
    }
    if (value.type === "array" && !has("items")) report("bad_type", "an array needs 'items'", entry, [...path, "type"]);
    if (value.type === "record" && !has("values")) report("bad_type", "a record needs 'values'", entry, [...path, "type"]);
    for (const bound of ["minimum", "maximum"] as const) {
      const limit = value[bound];
      if (typeof limit === "number" && !Number.isFinite(limit)) {
        report("bad_range", `${bound} ${limit} is not a finite number: give a finite bound or leave it out`, entry, [...path, bound]);
      }
    }
    if (typeof value.minimum === "number" && typeof value.maximum === "number" && value.minimum > value.maximum) {
      report("bad_range", `minimum ${value.minimum} is greater than maximum ${value.maximum}`, entry, [...path, "minimum"]);
    }
    if (typeof value.enum === "string" && !raw.enums.has(value.enum)) {
      report("unknown_enum", `unknown enum '${value.enum}'${suggest(value.enum, raw.enums.keys())}`, entry, [...path, "enum"]);
    }
    if (typeof value.shape === "string" && !raw.shapes.has(value.shape)) {
      report("unknown_shape", `unknown shape '${value.shape}'${suggest(value.shape, raw.shapes.keys())}`, entry, [...path, "shape"]);
    }
    checkValueType(entry, [...path, "items"], value.items);
    checkValueType(entry, [...path, "values"], value.values);
    if (Array.isArray(value.oneOf)) value.oneOf.forEach((member, i) => checkValueType(entry, [...path, "oneOf", i], member));
  };

  const checkProperties = (entry: Entry<unknown>, properties: Record<string, RawProperty> | undefined) => {
    if (!isObject(properties)) return;
    for (const [name, property] of Object.entries(properties)) checkValueType(entry, ["properties", name], property);
  };

  const checkIncludes = (entry: Entry<{ include?: string[] }>) => {
    const include = entry.value.include;
    if (!Array.isArray(include)) return;
    include.forEach((group, i) => {
      if (!raw.groups.has(group)) {
        report("unknown_group", `unknown group '${group}'${suggest(group, raw.groups.keys())}`, entry, ["include", i]);
      }
    });
  };

  const pkg = raw.packages[0];
  const discriminator = pkg?.value.discriminator ?? "event_type";
  // The discriminator is added to every event by the generator, so no event may have it already. With
  // the usual name the property is the mistake; with a chosen one, the choice is reported once.
  const declaring: Entry<unknown>[] = [];
  const checkDiscriminatorFree = (entry: Entry<{ properties?: Record<string, RawProperty> }>) => {
    if (!isObject(entry.value.properties) || !Object.hasOwn(entry.value.properties, discriminator)) return;
    if (discriminator === "event_type") {
      report("reserved_property", `'${discriminator}' is added to every event by the generator; do not declare it`, entry, ["properties", discriminator], "key");
    } else declaring.push(entry);
  };

  for (const entry of raw.enums.values()) {
    const legacy = entry.value.legacy;
    if (!Array.isArray(legacy) || !isObject(entry.value.values)) continue;
    legacy.forEach((value, i) => {
      if (!Object.hasOwn(entry.value.values, value)) {
        report("unknown_legacy_value", `legacy value '${value}' is not a value of the enum '${entry.name}'${suggest(value, Object.keys(entry.value.values))}`, entry, ["legacy", i]);
      }
    });
    if (legacy.length > 0 && Object.keys(entry.value.values).every((value) => legacy.includes(value))) {
      report("unknown_legacy_value", `every value of the enum '${entry.name}' is legacy, so fixtures would have none to produce; keep at least one current value`, entry, ["legacy"]);
    }
  }
  for (const entry of raw.shapes.values()) checkProperties(entry, entry.value.properties);
  for (const entry of raw.groups.values()) {
    checkIncludes(entry);
    checkProperties(entry, entry.value.properties);
    checkDiscriminatorFree(entry);
  }
  const aliasOwners = new Map<string, { entry: Entry<unknown>; index: number }>();
  for (const entry of raw.events.values()) {
    checkIncludes(entry);
    checkProperties(entry, entry.value.properties);
    const family = entry.value.family ?? entry.name.split(".")[0]!;
    if (!raw.families.has(family)) {
      report(
        "unknown_family",
        `event '${entry.name}' belongs to family '${family}', which is not defined under families`,
        entry,
        entry.value.family ? ["family"] : [],
        entry.value.family ? "value" : "key",
      );
    }
    checkDiscriminatorFree(entry);
    (Array.isArray(entry.value.aliases) ? entry.value.aliases : []).forEach((alias, i) => {
      if (raw.events.has(alias)) {
        report("alias_is_event", `alias '${alias}' is also an event name`, entry, ["aliases", i]);
        return;
      }
      const first = aliasOwners.get(alias);
      if (first) {
        const where = formatLocation(first.entry.doc.locate([...first.entry.path, "aliases", first.index]));
        report("duplicate_alias", `alias '${alias}' is already an alias of event '${first.entry.name}' at ${where}`, entry, ["aliases", i]);
      } else aliasOwners.set(alias, { entry, index: i });
    });
  }
  if (pkg && declaring.length > 0) {
    const first = declaring[0]!;
    const where = formatLocation(first.doc.locate([...first.path, "properties", discriminator], "key"));
    report(
      "bad_discriminator",
      `the discriminator '${discriminator}' is not new to every event: ${singular[first.path[0] as SectionName]} '${first.name}' declares it (${where})${declaring.length > 1 ? ` and ${declaring.length - 1} more` : ""}; choose a name no event has`,
      pkg,
      ["discriminator"],
    );
  }

  diagnostics.push(...findIncludeCycles(raw));
  diagnostics.push(...findIdentifierCollisions(raw));
  return diagnostics;
}

/** Deeper than any real catalogue; composition, which recurses through includes, stays far from the stack's limit. */
export const maxIncludeDepth = 64;

function findIncludeCycles(raw: RawCatalogue): Diagnostic[] {
  const edgesOf = (name: string) => {
    const include = raw.groups.get(name)?.value.include;
    return (Array.isArray(include) ? include : []).filter((group) => raw.groups.has(group)).map((group) => ({ to: group, edge: group }));
  };
  const { cycles, tooDeep } = walkGraph([...raw.groups.keys()].sort(), edgesOf, maxIncludeDepth);
  return [
    ...cycles.map((cycle): Diagnostic => {
      const names = [...cycle.map((step) => step.from), cycle[0]!.from];
      return { code: "include_cycle", message: `groups include each other in a cycle: ${names.join(" -> ")}`, location: locateKey(raw.groups.get(names[0]!)!) };
    }),
    // One chain is enough to show: the walk meets a long chain again from each of its groups.
    ...tooDeep.slice(0, 1).map(({ node }): Diagnostic => ({
      code: "include_too_deep",
      message: `group '${node}' starts a chain of includes more than ${maxIncludeDepth} groups deep; flatten the chain`,
      location: locateKey(raw.groups.get(node)!),
    })),
  ];
}

/**
 * Two spec names that would become one TypeScript identifier are reported, never renamed; so is a name
 * that becomes one the package declares whatever the spec (`ValidationError`, `FixtureOptions`) or a
 * global of the standard library (`Record`, `Promise`).
 */
function findIdentifierCollisions(raw: RawCatalogue): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const pkg = raw.packages[0];
  const names = specDerivedNames({
    unionName: typeof pkg?.value.unionName === "string" ? pkg.value.unionName : "",
    eventTypeName: typeof pkg?.value.eventTypeName === "string" ? pkg.value.eventTypeName : "",
    events: [...raw.events.keys()],
    groups: [...raw.groups.keys()],
    enums: [...raw.enums.keys()],
    shapes: [...raw.shapes.keys()],
  });
  const describe = (source: NameSource) => (source.section === "package" ? source.what : `${singular[source.section]} '${source.key}'`);
  const entryOf = (source: NameSource): Entry<unknown> | undefined => (source.section === "package" ? pkg : raw[source.section].get(source.key));
  const fixed = fixedPackageNames();
  const globals = standardGlobalNames();
  const owners = new Map<string, NameSource>();
  // One report per spec entry: an event whose type name is taken would otherwise be reported for each derived name too.
  const reported = new Set<Entry<unknown>>();
  for (const { name, source } of names) {
    const entry = entryOf(source);
    if (!entry || name === "" || reported.has(entry)) continue;
    const report = (code: DiagnosticCode, message: string) => {
      reported.add(entry);
      diagnostics.push({ code, message, location: locateKey(entry) });
    };
    const first = owners.get(name);
    if (first && entryOf(first) !== entry) {
      report("identifier_collision", `${describe(source)} becomes the TypeScript name '${name}', already taken by ${describe(first)} at ${formatLocation(locateKey(entryOf(first)!))}`);
    } else if (fixed.has(name)) {
      report("identifier_collision", `${describe(source)} becomes the TypeScript name '${name}', which the generated package already declares (${fixed.get(name)})`);
    } else if (globals.has(name)) {
      report("global_name", `${describe(source)} becomes the TypeScript name '${name}', a global of JavaScript's standard library that generated code relies on`);
    } else owners.set(name, source);
  }
  return diagnostics;
}

export function locateKey(entry: Entry<unknown>) {
  return entry.doc.locate(entry.path, "key");
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** ", did you mean 'x'?" when a defined name is one or two edits away. */
function suggest(name: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best ? `; did you mean '${best}'?` : "";
}
