/**
 * The change rules, Buf-style: a stable id, a severity, and why. Webhook payloads are judged as
 * responses (the consumer reads what Seam sends, as oasdiff judges response bodies), and the generated
 * package's TypeScript types are part of the contract: a change is breaking when code written against
 * the old package can stop compiling or meet a value it was told could not occur.
 */

export type Severity = "breaking" | "minor" | "patch";

export const rules = {
  EVENT_REMOVED: { severity: "breaking", why: "consumers handling the event lose its type, validator and factory" },
  PROPERTY_REMOVED: { severity: "breaking", why: "code reading the property stops compiling" },
  PROPERTY_OPTIONAL_TO_REQUIRED: {
    severity: "breaking",
    why: "the validator rejects payloads without the property that the spec declared valid (stored or replayed events), and typed payloads built without it stop compiling",
  },
  PROPERTY_REQUIRED_TO_OPTIONAL: { severity: "breaking", why: "readers may now find the property absent" },
  PROPERTY_TYPE_CHANGED: { severity: "breaking", why: "readers get values of another type" },
  PROPERTY_FORMAT_CHANGED: { severity: "breaking", why: "readers parsing the old format get other strings; the validator accepts a different set" },
  PROPERTY_NULLABLE_ADDED: { severity: "breaking", why: "readers may now get null" },
  PROPERTY_RANGE_WIDENED: { severity: "breaking", why: "readers may get numbers outside the range they were promised" },
  ENUM_VALUE_REMOVED: { severity: "breaking", why: "code naming the value stops compiling; the validator rejects payloads it accepted" },
  UNION_NAMES_CHANGED: { severity: "breaking", why: "exported type and function names change" },
  EVENT_ADDED: { severity: "minor", why: "additive; exhaustive switches over the event type need a new case" },
  EVENT_ALIAS_ADDED: { severity: "minor", why: "additive" },
  EVENT_ALIAS_REMOVED: {
    severity: "minor",
    why: "Seam no longer sends the old name, and the old package accepts every payload of the new one; an event recorded under the old name reaches the new package's lenient validator as an unknown event type, not as an error",
  },
  PROPERTY_ADDED_OPTIONAL: { severity: "minor", why: "additive" },
  PROPERTY_ADDED_REQUIRED: {
    severity: "minor",
    why: "a payload is a response: Seam sends the new property from now on and readers gain a field; only events recorded before the change lack it",
  },
  PROPERTY_NULLABLE_REMOVED: { severity: "minor", why: "readers get a narrower type" },
  PROPERTY_RANGE_NARROWED: { severity: "minor", why: "readers get a narrower set of numbers" },
  PROPERTY_TYPE_NARROWED: { severity: "minor", why: "a number became an integer: readers get a narrower set of numbers, of the same TypeScript type" },
  PROPERTY_FORMAT_ADDED: { severity: "minor", why: "a plain string now has a format: readers get a narrower set of strings, of the same TypeScript type" },
  ENUM_VALUE_ADDED: { severity: "minor", why: "additive, but breaking for exhaustive switches over the enum" },
  EVENT_DEPRECATED: { severity: "minor", why: "semver counts a deprecation as a minor change" },
  PROPERTY_DEPRECATED: { severity: "minor", why: "semver counts a deprecation as a minor change" },
  EVENT_DEPRECATION_REMOVED: { severity: "minor", why: "the event is no longer on its way out; nothing a reader relies on changes" },
  PROPERTY_DEPRECATION_REMOVED: { severity: "minor", why: "the property is no longer on its way out; nothing a reader relies on changes" },
  EVENT_UNRELEASED_CHANGED: { severity: "patch", why: "a documentation marker (`@beta`): payloads, validators and types stay the same" },
  PROPERTY_UNRELEASED_CHANGED: { severity: "patch", why: "a documentation marker (`@beta`): payloads, validators and types stay the same" },
  DESCRIPTION_CHANGED: { severity: "patch", why: "documentation only" },
} as const satisfies Record<string, { severity: Severity; why: string }>;

export type RuleId = keyof typeof rules;

/** Rules whose change, though not breaking by semver, breaks a `switch` that handles every case. */
export const breaksExhaustiveSwitch: readonly RuleId[] = ["EVENT_ADDED", "ENUM_VALUE_ADDED"];

export const severityOrder: readonly Severity[] = ["breaking", "minor", "patch"];
