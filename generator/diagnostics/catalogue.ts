/**
 * Every problem the generator can report about a spec: a stable code, a title, what causes it and how
 * to fix it. `Diagnostic.code` is typed by this table, so a new code cannot be emitted without an
 * entry; `seam-events explain [CODE]` prints it.
 */
export interface CatalogueEntry {
  title: string;
  cause: string;
  fix: string;
}

export const diagnosticCatalogue = {
  // Reading and parsing (generator/load/)
  no_spec_files: {
    title: "No spec files",
    cause: "The spec folder holds no .yaml or .yml file.",
    fix: "Point --spec at a spec file or at a folder of them (default spec/catalogue).",
  },
  unreadable_file: {
    title: "Spec file cannot be read",
    cause: "A file named like a spec file, or a folder of the spec, could not be read: a symbolic link that points nowhere or to a folder, or no permission to read it.",
    fix: "Remove or repair the link, or make the file or folder readable.",
  },
  invalid_utf8: {
    title: "Spec file is not UTF-8",
    cause: "The file holds bytes that are not valid UTF-8 (for example Latin-1 text). They are refused rather than silently replaced by U+FFFD.",
    fix: "Save the file as UTF-8 and retype the character at the reported place.",
  },
  nul_byte: {
    title: "NUL byte in a spec file",
    cause: "The file contains a NUL character (U+0000), which would be copied into generated code and documents.",
    fix: "Delete the character; a spec file is plain text.",
  },
  bare_cr: {
    title: "Bare carriage-return line endings",
    cause: "The file ends lines with a lone CR (old Mac style). YAML does not treat it as a line break, so the file would be read as one long line and its content lost.",
    fix: "Save the file with LF (or CRLF) line endings.",
  },
  yaml_syntax: {
    title: "YAML syntax error",
    cause: "The file is not valid YAML: an unclosed quote, bad indentation, a tab, an alias to no anchor, several documents in one file.",
    fix: "Correct the YAML at the reported place; the message says what the parser expected.",
  },
  duplicate_key: {
    title: "Key given twice in one mapping",
    cause: "A mapping holds the same key twice; YAML would keep only one of them, so the other would be lost.",
    fix: "Remove or rename one of the two keys.",
  },
  key_collision: {
    title: "Two keys become the same name",
    cause: "Two keys of one mapping are different YAML values but the same text (`~` and `\"\"`, `1` and `\"1\"`), so one would silently replace the other.",
    fix: "Quote keys as the strings you mean and keep them distinct.",
  },
  yaml_alias_limit: {
    title: "YAML alias expanded too often",
    cause: "Aliases (`*name`) would expand to more than 100 copies of their anchor's value: the shape of an alias bomb, refused to keep memory bounded.",
    fix: "Write the values out, or use an alias fewer times.",
  },

  // The spec format (spec/spec.schema.json, generator/check/structure.ts)
  unknown_key: {
    title: "Unknown key",
    cause: "A key that the spec format does not define, often a typo.",
    fix: "Correct or remove the key; spec/spec.schema.json lists the keys each place takes.",
  },
  missing_key: {
    title: "Missing required key",
    cause: "A key the spec format requires at this place is absent (a property without description, a package without name).",
    fix: "Add the key.",
  },
  wrong_type: {
    title: "Value of the wrong type",
    cause: "A value is not of the type the spec format expects here (a list where a mapping belongs, text where a number belongs).",
    fix: "Write a value of the type the message names.",
  },
  bad_value: {
    title: "Value not allowed",
    cause: "A value is of the right type but not one the spec format allows: not one of the listed choices, not matching the required pattern, out of range.",
    fix: "Use one of the allowed values the message names.",
  },
  bad_name: {
    title: "Name not allowed",
    cause: "A name that becomes an identifier, a file name or part of a URL does not follow its rule: family, group, property keys and the discriminator are snake_case; enum and shape names PascalCase; event names dotted snake_case.",
    fix: "Rename it to follow the rule the message states.",
  },

  // Names and references (generator/check/references.ts)
  missing_package: {
    title: "No package section",
    cause: "No spec file has the `package:` section the generator needs.",
    fix: "Add `package:` with name, version, unionName and eventTypeName to one file.",
  },
  duplicate_package: {
    title: "Two package sections",
    cause: "More than one spec file has a `package:` section.",
    fix: "Keep one package section.",
  },
  duplicate_family: {
    title: "Family defined twice",
    cause: "Two files define a family with the same key.",
    fix: "Keep one definition.",
  },
  duplicate_enum: {
    title: "Enum defined twice",
    cause: "Two files define an enum with the same name.",
    fix: "Keep one definition, or rename one enum.",
  },
  duplicate_shape: {
    title: "Shape defined twice",
    cause: "Two files define a shape with the same name.",
    fix: "Keep one definition, or rename one shape.",
  },
  duplicate_group: {
    title: "Group defined twice",
    cause: "Two files define a group with the same key.",
    fix: "Keep one definition, or rename one group.",
  },
  duplicate_event: {
    title: "Event defined twice",
    cause: "Two files define an event with the same name.",
    fix: "Keep one definition.",
  },
  bad_type: {
    title: "Inconsistent type attributes",
    cause: "A property's attributes do not fit its type: `format` on a number, `items` missing on an array, both `type` and `oneOf`.",
    fix: "Give the attributes the type takes, as the message says.",
  },
  bad_range: {
    title: "Empty or meaningless range",
    cause: "`minimum` is greater than `maximum`, or a bound is not a finite number (`.nan`, `.inf`), so no value or every value would pass.",
    fix: "Give finite bounds with minimum at most maximum, or leave a bound out.",
  },
  unknown_enum: {
    title: "Unknown enum",
    cause: "A property names an enum that no file defines under `enums:`.",
    fix: "Define the enum, or correct the name (a close one is suggested).",
  },
  unknown_shape: {
    title: "Unknown shape",
    cause: "A property names a shape that no file defines under `shapes:`.",
    fix: "Define the shape, or correct the name (a close one is suggested).",
  },
  unknown_group: {
    title: "Unknown group",
    cause: "An `include:` names a group that no file defines under `groups:`.",
    fix: "Define the group, or correct the name (a close one is suggested).",
  },
  unknown_family: {
    title: "Unknown family",
    cause: "An event belongs (by `family:` or by its name's prefix) to a family that is not defined under `families:`.",
    fix: "Add the family, or set `family:` to an existing one.",
  },
  reserved_property: {
    title: "Discriminator declared by hand",
    cause: "An event or an included group declares the discriminator property (event_type). The generator adds it to every event itself.",
    fix: "Remove the property; the discriminator always holds the event's name.",
  },
  bad_discriminator: {
    title: "Discriminator clashes with a property",
    cause: "The package's discriminator is the name of a property that events already carry, so it would not be new to every event.",
    fix: "Choose a discriminator no event has as a property (the default is event_type).",
  },
  alias_is_event: {
    title: "Alias names an event",
    cause: "An event's alias is also the name of an event.",
    fix: "Remove the alias, or rename one of them.",
  },
  duplicate_alias: {
    title: "Alias used twice",
    cause: "Two events claim the same alias, or one event lists it twice; an alias must lead to one event.",
    fix: "Keep the alias on one event only.",
  },
  include_cycle: {
    title: "Groups include each other",
    cause: "Groups include each other in a cycle, so their properties have no end.",
    fix: "Break the cycle: move the shared properties into a group both include.",
  },
  include_too_deep: {
    title: "Includes nested too deeply",
    cause: "A group starts a chain of more than 64 groups each including the next: far beyond any real catalogue, and too deep to compose safely.",
    fix: "Flatten the chain: include the groups you need directly.",
  },
  shape_cycle: {
    title: "Shape contains itself",
    cause: "A shape contains itself through required, non-nullable properties: no finite payload could be valid.",
    fix: "Make one property on the cycle optional or nullable.",
  },
  identifier_collision: {
    title: "Two spec names become one TypeScript name",
    cause: "Two names of the spec become the same TypeScript identifier (`lock.door_opened` and `lock_door.opened`), or a name becomes one that the generated package already exports (`ValidationError`, `validateSeamEvent`, `<Event>Schema`).",
    fix: "Rename one of them; names are never renamed silently.",
  },
  global_name: {
    title: "Name shadows a global",
    cause: "A spec name becomes a TypeScript or JavaScript global name (`Record`, `Array`, `Promise`), which the generated code relies on.",
    fix: "Choose a more specific name (`LockRecord` rather than `Record`).",
  },

  // Composition (generator/model/build.ts, generator/check/composed.ts)
  unknown_legacy_value: {
    title: "Legacy value that is not in its enum",
    cause: "An enum's `legacy:` list names a value its `values:` do not define, or marks every value legacy, which would leave fixtures nothing to produce.",
    fix: "Correct the name, add the value under `values:`, or keep at least one value current.",
  },
  duplicate_property: {
    title: "Property defined twice",
    cause: "After composition an event gets the same property twice: from two groups, or from a group and its own properties.",
    fix: "Use `override` to change an inherited property, or `omit` to drop it.",
  },
  unknown_omit: {
    title: "Omit of a property that is not there",
    cause: "`omit:` names a property no included group gives the event.",
    fix: "Remove the name from omit, or correct it.",
  },
  unknown_override: {
    title: "Override of a property that is not there",
    cause: "`override:` names a property no included group gives the event.",
    fix: "Remove the override, or correct the property name.",
  },
  bad_example: {
    title: "Example breaks its own property",
    cause: "A value under `examples:` does not satisfy the property it illustrates (wrong type, format, enum value or range); fixtures made from it would fail their own validator.",
    fix: "Correct the example, or the property's type.",
  },

  unknown_relation_property: {
    title: "Relation names a property that is not there",
    cause: "A relation under `relations:` names, as its `property` or its `of`, a property the shape, group or event does not have (after composition), or its `of` is a path (`reason/reason_code`) with a step the shape it goes into does not have.",
    fix: "Correct the name; a relation relates properties of the same object, or reads a value inside one of them through a path.",
  },
  bad_relation: {
    title: "Relation that cannot hold",
    cause: "A relation names properties of the wrong type for its kind (`not_before` compares date-time strings, `at_least`, `linear` and `by_range` numbers, `by_value` keys a text value), gives a value its property does not accept, leaves a value of its source unmapped, derives a required or non-nullable property from an optional or nullable one, makes a required property depend on another's presence, makes a property present unless another that is always there, decides one property twice, derives properties from each other in a circle, or has a path `of` that steps into something other than a shape (by a property name) or an array (by an item number).",
    fix: "Follow the message: change the relation, the property's type or optionality, or the values it maps.",
  },

  // The generated package (generator/typecheck/)
  generated_code_invalid: {
    title: "Generated package does not compile",
    cause: "The emitted TypeScript fails the type-check that generate and check run as a last line of defence: a spec the checks above let through produced code that does not compile. This is a bug of the generator.",
    fix: "Report it with the spec that causes it; meanwhile, rename or simplify what the reported line comes from.",
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof diagnosticCatalogue;

export const diagnosticCodes = Object.keys(diagnosticCatalogue) as DiagnosticCode[];

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(diagnosticCatalogue, code);
}

/** The catalogue entry as text, for the terminal. */
export function explainCode(code: DiagnosticCode): string {
  const entry: CatalogueEntry = diagnosticCatalogue[code];
  return `${code}: ${entry.title}\n  Cause: ${entry.cause}\n  Fix:   ${entry.fix}\n`;
}
