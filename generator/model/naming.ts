/** Every generated identifier is derived here, so that names are decided in one place. */

/** lock.unlocked -> LockUnlocked; access_code.set_on_device -> AccessCodeSetOnDevice. */
export function pascalCase(name: string): string {
  return name
    .split(/[._\-\s]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

/** SeamEventType -> SEAM_EVENT_TYPE */
export function constantCase(identifier: string): string {
  return identifier.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

export function eventTypeName(eventName: string): string {
  return `${pascalCase(eventName)}Event`;
}

/** device_scoped -> DeviceScopedProperties: the interface of a group's properties. */
export function groupTypeName(groupKey: string): string {
  return `${pascalCase(groupKey)}Properties`;
}

export const validatorName = (typeName: string): string => `validate${typeName}`;
export const guardName = (typeName: string): string => `is${typeName}`;
export const factoryName = (typeName: string): string => `create${typeName}`;
export const schemaObjectName = (typeName: string): string => `${typeName}Schema`;
/** SeamEvent -> createInvalidSeamEvents: the negative-fixture helper of the fixtures target. */
export const invalidFactoryName = (unionName: string): string => `createInvalid${unionName}s`;
/** LockUnlockedEvent -> checkLockUnlockedEvent: the internal check function behind a validator. */
export const checkerName = (typeName: string): string => `check${typeName}`;
/** SeamEvent -> UnknownSeamEvent: what lenient validation returns for an event type this version does not know. */
export const unknownEventName = (unionName: string): string => `Unknown${unionName}`;
/** SeamEvent -> SeamEventFamily: the dot-separated prefixes of event types, which handlers can register for. */
export const familyTypeName = (unionName: string): string => `${unionName}Family`;
/** SeamEvent -> createSeamEventReceiver, SeamEventReceiver, verifySeamEventWebhook: the receiver target's exports. */
export const receiverNames = (unionName: string) => ({
  receiverType: `${unionName}Receiver`,
  createReceiver: `create${unionName}Receiver`,
  handlerKeyType: `${unionName}Key`,
  matchingType: `${unionName}Matching`,
  verify: `verify${unionName}Webhook`,
});

/** SeamEvent -> SeamEventOf: the type that maps an event type name to its event. */
export const eventOfName = (unionName: string): string => `${unionName}Of`;
/** SeamEvent -> SeamEventMap: the interface behind eventOfName. */
export const eventMapName = (unionName: string): string => `${unionName}Map`;
/** SeamEventType -> SEAM_EVENT_TYPES: the list of event type names at run time. */
export const eventTypesConstName = (eventTypeName: string): string => constantCase(`${eventTypeName}s`);
/** SEAM_EVENT_TYPES -> SEAM_EVENT_TYPES_BY_ALIAS: each alias with the event type it stands for. */
export const aliasTableName = (eventTypesConst: string): string => `${eventTypesConst}_BY_ALIAS`;

/** The spec names that decide what the generated package exports. */
export interface SpecNames {
  unionName: string;
  eventTypeName: string;
  events: readonly string[];
  groups: readonly string[];
  enums: readonly string[];
  shapes: readonly string[];
}

/** Where an exported name comes from: the package section, or one named entry of a section. */
export type NameSource = { section: "package"; what: string } | { section: "events" | "groups" | "enums" | "shapes"; key: string };

/**
 * Every name the generated package exports that the spec decides, with where it comes from: the
 * names each target gives the spec's events, groups, enums and shapes, from the functions above.
 * Derived names come first: when a name is taken twice, the one reported is the name chosen as is
 * (an enum or shape), which is the one to rename.
 * (The runtimes' own exports are fixed; see check/reserved-names.ts.)
 */
export function specDerivedNames(spec: SpecNames): { name: string; source: NameSource }[] {
  const { unionName } = spec;
  const constName = eventTypesConstName(spec.eventTypeName);
  const fromPackage = (what: string, name: string) => ({ name, source: { section: "package", what } as NameSource });
  const names: { name: string; source: NameSource }[] = [
    fromPackage("the package's unionName", unionName),
    fromPackage("the package's eventTypeName", spec.eventTypeName),
    fromPackage("the event lookup type", eventOfName(unionName)),
    fromPackage("the event map", eventMapName(unionName)),
    fromPackage("the list of event types", constName),
    fromPackage("the alias table", aliasTableName(constName)),
    fromPackage("the unknown event type", unknownEventName(unionName)),
    fromPackage("the event family type", familyTypeName(unionName)),
    ...Object.values(receiverNames(unionName)).map((name) => fromPackage(`the package's unionName (${name})`, name)),
    ...[validatorName, guardName, factoryName, schemaObjectName, invalidFactoryName].map((derive) =>
      fromPackage(`the package's unionName (${derive(unionName)})`, derive(unionName)),
    ),
  ];
  for (const key of spec.events) {
    const typeName = eventTypeName(key);
    for (const name of [typeName, validatorName(typeName), guardName(typeName), factoryName(typeName), schemaObjectName(typeName)]) {
      names.push({ name, source: { section: "events", key } });
    }
  }
  for (const key of spec.groups) names.push({ name: groupTypeName(key), source: { section: "groups", key } });
  for (const key of spec.enums) names.push({ name: key, source: { section: "enums", key } });
  for (const key of spec.shapes) names.push({ name: key, source: { section: "shapes", key } });
  return names;
}
