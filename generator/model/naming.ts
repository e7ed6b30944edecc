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
  verify: `verify${unionName}Webhook`,
});
