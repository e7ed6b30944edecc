// Generated from the @seam-events/catalogue spec. Do not edit: edit the spec and regenerate.

import type {
  AccessCodeBackupAccessCodePulledEvent,
  AccessCodeChangedEvent,
  AccessCodeCodeChangedEvent,
  AccessCodeCreatedEvent,
  AccessCodeDelayInRemovingFromDeviceEvent,
  AccessCodeDelayInSettingOnDeviceEvent,
  AccessCodeDeletedEvent,
  AccessCodeDeletedExternalToSeamEvent,
  AccessCodeFailedToRemoveFromDeviceEvent,
  AccessCodeFailedToSetOnDeviceEvent,
  AccessCodeModifiedExternalToSeamEvent,
  AccessCodeMutationsRequestedEvent,
  AccessCodeNameChangedEvent,
  AccessCodeRemovedFromDeviceEvent,
  AccessCodeScheduledOnDeviceEvent,
  AccessCodeSetOnDeviceEvent,
  AccessCodeTimeFrameChangedEvent,
  AccessCodeUnmanagedConvertedToManagedEvent,
  AccessCodeUnmanagedCreatedEvent,
  AccessCodeUnmanagedFailedToConvertToManagedEvent,
  AccessCodeUnmanagedRemovedEvent,
  AccessGrantAccessGrantedToAllDoorsEvent,
  AccessGrantAccessGrantedToDoorEvent,
  AccessGrantAccessTimesChangedEvent,
  AccessGrantAccessToDoorLostEvent,
  AccessGrantCouldNotCreateRequestedAccessMethodsEvent,
  AccessGrantCreatedEvent,
  AccessGrantDeletedEvent,
  AccessMethodCardEncodingRequiredEvent,
  AccessMethodCreatedEvent,
  AccessMethodDelayInIssuingEvent,
  AccessMethodDeletedEvent,
  AccessMethodFailedToIssueEvent,
  AccessMethodIssuedEvent,
  AccessMethodReissuedEvent,
  AccessMethodRevokedEvent,
  AcsAccessGroupDeletedEvent,
  AcsCredentialDeletedEvent,
  AcsCredentialInvalidatedEvent,
  AcsCredentialIssuedEvent,
  AcsCredentialReissuedEvent,
  AcsEncoderAddedEvent,
  AcsEncoderRemovedEvent,
  AcsEntranceAddedEvent,
  AcsEntranceRemovedEvent,
  AcsSystemAddedEvent,
  AcsSystemConnectedEvent,
  AcsSystemDisconnectedEvent,
  AcsUserCreatedEvent,
  AcsUserDeletedEvent,
  ActionAttemptLockDoorFailedEvent,
  ActionAttemptLockDoorSucceededEvent,
  ActionAttemptSimulateKeypadCodeEntryFailedEvent,
  ActionAttemptSimulateKeypadCodeEntrySucceededEvent,
  ActionAttemptSimulateManualLockViaKeypadFailedEvent,
  ActionAttemptSimulateManualLockViaKeypadSucceededEvent,
  ActionAttemptUnlockDoorFailedEvent,
  ActionAttemptUnlockDoorSucceededEvent,
  CameraActivatedEvent,
  ClientSessionDeletedEvent,
  ConnectWebviewLoginFailedEvent,
  ConnectWebviewLoginSucceededEvent,
  ConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
  ConnectedAccountCompletedFirstSyncEvent,
  ConnectedAccountConnectedEvent,
  ConnectedAccountCreatedEvent,
  ConnectedAccountDeletedEvent,
  ConnectedAccountDisconnectedEvent,
  ConnectedAccountReauthorizationRequestedEvent,
  ConnectedAccountSuccessfulLoginEvent,
  DeviceAccessoryKeypadConnectedEvent,
  DeviceAccessoryKeypadDisconnectedEvent,
  DeviceAddedEvent,
  DeviceBatteryStatusChangedEvent,
  DeviceConnectedEvent,
  DeviceConnectionBecameFlakyEvent,
  DeviceConnectionStabilizedEvent,
  DeviceConvertedToUnmanagedEvent,
  DeviceDeletedEvent,
  DeviceDisconnectedEvent,
  DeviceDoorbellRangEvent,
  DeviceErrorSubscriptionRequiredEvent,
  DeviceErrorSubscriptionRequiredResolvedEvent,
  DeviceLowBatteryEvent,
  DeviceNameChangedEvent,
  DeviceRemovedEvent,
  DeviceSaltoPrivacyModeActivatedEvent,
  DeviceSaltoPrivacyModeDeactivatedEvent,
  DeviceTamperedEvent,
  DeviceThirdPartyIntegrationDetectedEvent,
  DeviceThirdPartyIntegrationNoLongerDetectedEvent,
  DeviceUnmanagedConnectedEvent,
  DeviceUnmanagedConvertedToManagedEvent,
  DeviceUnmanagedDisconnectedEvent,
  EnrollmentAutomationDeletedEvent,
  LockAccessDeniedEvent,
  LockLockedEvent,
  LockUnlockedEvent,
  NoiseSensorNoiseThresholdTriggeredEvent,
  PhoneDeactivatedEvent,
  SeamEventOf,
  SeamEventType,
  SpaceCreatedEvent,
  SpaceDeletedEvent,
  SpaceDeviceMembershipChangedEvent,
  ThermostatClimatePresetActivatedEvent,
  ThermostatManuallyAdjustedEvent,
  ThermostatTemperatureChangedEvent,
  ThermostatTemperatureReachedSetPointEvent,
  ThermostatTemperatureThresholdExceededEvent,
  ThermostatTemperatureThresholdNoLongerExceededEvent,
} from "./types.js";
import type { ValidationErrorCode } from "./validators.js";
import {
  createFixture,
  createInvalidCases,
  type CatalogueBlueprint,
  type PropertyBlueprint,
} from "./fixture-runtime.js";

/** How a fixture is generated. The same options always give the same payload. */
export interface FixtureOptions {
  /** Any integer; 1 when absent. Neighbouring seeds differ in every value the spec lets vary. */
  seed?: number;
  /**
   * `optional` decides the optional properties: `"all"` (the default) includes every one, `"none"` leaves
   * them all out, `"random"` flips a seeded coin for each. Nullable properties hold a real value under
   * `"all"` and `"none"`; under `"random"` a seeded choice makes some of them null.
   */
  optional?: "all" | "none" | "random";
}

/**
 * Overrides for a fixture: any subset of the payload.
 *
 * `overrides` is merged over the generated payload: nested objects of the spec's shapes are merged
 * property by property; arrays, records, free-form objects and primitives are replaced as a whole. A key
 * set to `undefined` removes that property (meant for optional ones: removing a required one gives an
 * invalid payload). Every other property keeps the value the seed gives it, so ids can be shared across
 * fixtures to build one coherent scenario.
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A payload that breaks one rule of the spec, with the error the validator reports for it. */
export interface InvalidFixture {
  /** Which rule is broken, and where. */
  description: string;
  payload: unknown;
  /** JSON Pointer of the offending value (of the missing property for `required`). */
  path: string;
  code: ValidationErrorCode;
}

const nullableCodeProperty: PropertyBlueprint = {
  name: "code",
  required: true,
  type: { kind: "string" },
  nullable: true,
};

const messageProperty: PropertyBlueprint = {
  name: "message",
  required: true,
  type: { kind: "string" },
};

const createdAtProperty: PropertyBlueprint = {
  name: "created_at",
  required: true,
  type: { kind: "string", format: "date-time" },
};

const eventIdProperty: PropertyBlueprint = {
  name: "event_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const workspaceIdProperty: PropertyBlueprint = {
  name: "workspace_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const occurredAtProperty: PropertyBlueprint = {
  name: "occurred_at",
  required: true,
  type: { kind: "string", format: "date-time" },
};

const optionalEventDescriptionProperty: PropertyBlueprint = {
  name: "event_description",
  required: false,
  type: { kind: "string" },
};

const connectedAccountIdProperty: PropertyBlueprint = {
  name: "connected_account_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const optionalConnectedAccountCustomMetadataProperty: PropertyBlueprint = {
  name: "connected_account_custom_metadata",
  required: false,
  type: {
    kind: "record",
    values: {
      type: { kind: "union", of: [{ type: { kind: "string" } }, { type: { kind: "boolean" } }] },
    },
  },
};

const deviceIdProperty: PropertyBlueprint = {
  name: "device_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const optionalDeviceCustomMetadataProperty: PropertyBlueprint = {
  name: "device_custom_metadata",
  required: false,
  type: {
    kind: "record",
    values: {
      type: { kind: "union", of: [{ type: { kind: "string" } }, { type: { kind: "boolean" } }] },
    },
  },
};

const accessCodeIdProperty: PropertyBlueprint = {
  name: "access_code_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const descriptionProperty: PropertyBlueprint = {
  name: "description",
  required: true,
  type: { kind: "string" },
};

const accessCodeErrorsProperty: PropertyBlueprint = {
  name: "access_code_errors",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } },
};

const accessCodeWarningsProperty: PropertyBlueprint = {
  name: "access_code_warnings",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } },
};

const connectedAccountErrorsProperty: PropertyBlueprint = {
  name: "connected_account_errors",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } },
};

const connectedAccountWarningsProperty: PropertyBlueprint = {
  name: "connected_account_warnings",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } },
};

const deviceErrorsProperty: PropertyBlueprint = {
  name: "device_errors",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } },
};

const deviceWarningsProperty: PropertyBlueprint = {
  name: "device_warnings",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } },
};

const codeProperty: PropertyBlueprint = { name: "code", required: true, type: { kind: "string" } };

const accessGrantIdProperty: PropertyBlueprint = {
  name: "access_grant_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const acsEntranceIdProperty: PropertyBlueprint = {
  name: "acs_entrance_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const accessMethodIdProperty: PropertyBlueprint = {
  name: "access_method_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const accessGrantIdsProperty: PropertyBlueprint = {
  name: "access_grant_ids",
  required: true,
  type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } },
};

const optionalAccessGrantKeysProperty: PropertyBlueprint = {
  name: "access_grant_keys",
  required: false,
  type: { kind: "array", items: { type: { kind: "string" } } },
};

const optionalCodeProperty: PropertyBlueprint = {
  name: "code",
  required: false,
  type: { kind: "string" },
};

const optionalIsBackupCodeProperty: PropertyBlueprint = {
  name: "is_backup_code",
  required: false,
  type: { kind: "boolean" },
};

const optionalConnectedAccountIdProperty: PropertyBlueprint = {
  name: "connected_account_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const acsSystemIdProperty: PropertyBlueprint = {
  name: "acs_system_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const acsCredentialIdProperty: PropertyBlueprint = {
  name: "acs_credential_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const acsEncoderIdProperty: PropertyBlueprint = {
  name: "acs_encoder_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const acsUserIdProperty: PropertyBlueprint = {
  name: "acs_user_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const actionAttemptIdProperty: PropertyBlueprint = {
  name: "action_attempt_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const actionTypeProperty: PropertyBlueprint = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["LOCK_DOOR", "UNLOCK_DOOR"],
};

const statusProperty: PropertyBlueprint = {
  name: "status",
  required: true,
  type: { kind: "string" },
  examples: ["success", "error"],
};

const optionalDeviceIdProperty: PropertyBlueprint = {
  name: "device_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const optionalCustomerKeyProperty: PropertyBlueprint = {
  name: "customer_key",
  required: false,
  type: { kind: "string" },
};

const optionalImageUrlProperty: PropertyBlueprint = {
  name: "image_url",
  required: false,
  type: { kind: "string", format: "uri" },
};

const optionalVideoUrlProperty: PropertyBlueprint = {
  name: "video_url",
  required: false,
  type: { kind: "string", format: "uri" },
};

const connectWebviewIdProperty: PropertyBlueprint = {
  name: "connect_webview_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const batteryLevelProperty: PropertyBlueprint = {
  name: "battery_level",
  required: true,
  type: { kind: "number", minimum: 0, maximum: 1 },
};

const errorCodeProperty: PropertyBlueprint = {
  name: "error_code",
  required: true,
  type: { kind: "enum", name: "DeviceDisconnectionErrorCode" },
};

const optionalAccessCodeIdProperty: PropertyBlueprint = {
  name: "access_code_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const optionalAcsSystemIdProperty: PropertyBlueprint = {
  name: "acs_system_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const optionalAcsEntranceIdProperty: PropertyBlueprint = {
  name: "acs_entrance_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const optionalAcsUserIdProperty: PropertyBlueprint = {
  name: "acs_user_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const optionalUserIdentityIdProperty: PropertyBlueprint = {
  name: "user_identity_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const methodProperty: PropertyBlueprint = {
  name: "method",
  required: true,
  type: { kind: "enum", name: "LockMethod" },
};

const optionalAccessCodeIsManagedProperty: PropertyBlueprint = {
  name: "access_code_is_managed",
  required: false,
  type: { kind: "boolean" },
};

const optionalActionAttemptIdProperty: PropertyBlueprint = {
  name: "action_attempt_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const optionalIsViaBluetoothProperty: PropertyBlueprint = {
  name: "is_via_bluetooth",
  required: false,
  type: { kind: "boolean" },
};

const optionalIsViaNfcProperty: PropertyBlueprint = {
  name: "is_via_nfc",
  required: false,
  type: { kind: "boolean" },
};

const spaceIdProperty: PropertyBlueprint = {
  name: "space_id",
  required: true,
  type: { kind: "string", format: "uuid" },
};

const optionalSpaceKeyProperty: PropertyBlueprint = {
  name: "space_key",
  required: false,
  type: { kind: "string" },
};

const deviceIdsProperty: PropertyBlueprint = {
  name: "device_ids",
  required: true,
  type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } },
};

const acsEntranceIdsProperty: PropertyBlueprint = {
  name: "acs_entrance_ids",
  required: true,
  type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } },
};

const temperatureCelsiusProperty: PropertyBlueprint = {
  name: "temperature_celsius",
  required: true,
  type: { kind: "number" },
};

const temperatureFahrenheitProperty: PropertyBlueprint = {
  name: "temperature_fahrenheit",
  required: true,
  type: { kind: "number" },
};

const nullableLowerLimitCelsiusProperty: PropertyBlueprint = {
  name: "lower_limit_celsius",
  required: true,
  type: { kind: "number" },
  nullable: true,
};

const nullableLowerLimitFahrenheitProperty: PropertyBlueprint = {
  name: "lower_limit_fahrenheit",
  required: true,
  type: { kind: "number" },
  nullable: true,
};

const nullableUpperLimitCelsiusProperty: PropertyBlueprint = {
  name: "upper_limit_celsius",
  required: true,
  type: { kind: "number" },
  nullable: true,
};

const nullableUpperLimitFahrenheitProperty: PropertyBlueprint = {
  name: "upper_limit_fahrenheit",
  required: true,
  type: { kind: "number" },
  nullable: true,
};

const accessCodeChangedPropertyProperties: readonly PropertyBlueprint[] = [
  { name: "property", required: true, type: { kind: "string" }, examples: ["code", "name"] },
  { name: "from", required: true, type: { kind: "string" }, nullable: true },
  { name: "to", required: true, type: { kind: "string" }, nullable: true },
];

const accessCodeNameValueProperties: readonly PropertyBlueprint[] = [
  { name: "name", required: true, type: { kind: "string" }, nullable: true },
];

const accessCodePinValueProperties: readonly PropertyBlueprint[] = [nullableCodeProperty];

const accessCodeRequestedMutationProperties: readonly PropertyBlueprint[] = [
  { name: "mutation_code", required: true, type: { kind: "enum", name: "AccessCodeMutationCode" } },
  { name: "from", required: false, type: { kind: "object" } },
  { name: "to", required: false, type: { kind: "object" } },
];

const accessCodeTimeFrameProperties: readonly PropertyBlueprint[] = [
  { name: "starts_at", required: true, type: { kind: "string" }, nullable: true },
  { name: "ends_at", required: true, type: { kind: "string" }, nullable: true },
];

const lockAccessDeniedReasonProperties: readonly PropertyBlueprint[] = [
  {
    name: "reason_code",
    required: true,
    type: { kind: "enum", name: "LockAccessDeniedReasonCode" },
  },
  messageProperty,
];

const resourceErrorProperties: readonly PropertyBlueprint[] = [
  {
    name: "error_code",
    required: true,
    type: { kind: "string" },
    examples: ["account_disconnected"],
  },
  messageProperty,
  createdAtProperty,
];

const resourceWarningProperties: readonly PropertyBlueprint[] = [
  {
    name: "warning_code",
    required: true,
    type: { kind: "string" },
    examples: ["third_party_integration_detected"],
  },
  messageProperty,
  createdAtProperty,
];

const accessCodeBackupAccessCodePulledEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.backup_access_code_pulled" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  { name: "backup_access_code_id", required: true, type: { kind: "string" } },
];

const accessCodeChangedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_code.changed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  { name: "change_reason", required: false, type: { kind: "string" } },
  {
    name: "changed_properties",
    required: false,
    type: { kind: "array", items: { type: { kind: "shape", name: "AccessCodeChangedProperty" } } },
  },
];

const accessCodeCodeChangedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.code_changed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  descriptionProperty,
  { name: "from", required: true, type: { kind: "shape", name: "AccessCodePinValue" } },
  { name: "to", required: true, type: { kind: "shape", name: "AccessCodePinValue" } },
];

const accessCodeCreatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_code.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
];

const accessCodeDelayInRemovingFromDeviceEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.delay_in_removing_from_device" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  accessCodeErrorsProperty,
  accessCodeWarningsProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
];

const accessCodeDelayInSettingOnDeviceEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.delay_in_setting_on_device" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  accessCodeErrorsProperty,
  accessCodeWarningsProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
];

const accessCodeDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_code.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  nullableCodeProperty,
];

const accessCodeDeletedExternalToSeamEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.deleted_external_to_seam" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
];

const accessCodeFailedToRemoveFromDeviceEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.failed_to_remove_from_device" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  accessCodeErrorsProperty,
  accessCodeWarningsProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
];

const accessCodeFailedToSetOnDeviceEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.failed_to_set_on_device" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  accessCodeErrorsProperty,
  accessCodeWarningsProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
];

const accessCodeModifiedExternalToSeamEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.modified_external_to_seam" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
];

const accessCodeMutationsRequestedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.mutations_requested" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  {
    name: "requested_mutations",
    required: true,
    type: {
      kind: "array",
      items: { type: { kind: "shape", name: "AccessCodeRequestedMutation" } },
    },
  },
];

const accessCodeNameChangedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.name_changed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  descriptionProperty,
  { name: "from", required: true, type: { kind: "shape", name: "AccessCodeNameValue" } },
  { name: "to", required: true, type: { kind: "shape", name: "AccessCodeNameValue" } },
];

const accessCodeRemovedFromDeviceEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.removed_from_device" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
];

const accessCodeScheduledOnDeviceEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.scheduled_on_device" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  codeProperty,
];

const accessCodeSetOnDeviceEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.set_on_device" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  codeProperty,
];

const accessCodeTimeFrameChangedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.time_frame_changed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  descriptionProperty,
  { name: "from", required: true, type: { kind: "shape", name: "AccessCodeTimeFrame" } },
  { name: "to", required: true, type: { kind: "shape", name: "AccessCodeTimeFrame" } },
];

const accessCodeUnmanagedConvertedToManagedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.unmanaged.converted_to_managed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
];

const accessCodeUnmanagedCreatedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.unmanaged.created" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
];

const accessCodeUnmanagedFailedToConvertToManagedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.unmanaged.failed_to_convert_to_managed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  accessCodeErrorsProperty,
  accessCodeWarningsProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
];

const accessCodeUnmanagedRemovedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.unmanaged.removed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
];

const accessGrantAccessGrantedToAllDoorsEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_granted_to_all_doors" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
];

const accessGrantAccessGrantedToDoorEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_granted_to_door" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
  acsEntranceIdProperty,
];

const accessGrantAccessTimesChangedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_times_changed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
  { name: "access_grant_key", required: false, type: { kind: "string" } },
  { name: "starts_at", required: false, type: { kind: "string" } },
  { name: "ends_at", required: false, type: { kind: "string" } },
];

const accessGrantAccessToDoorLostEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_to_door_lost" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
  acsEntranceIdProperty,
];

const accessGrantCouldNotCreateRequestedAccessMethodsEventProperties: readonly PropertyBlueprint[] =
  [
    {
      name: "event_type",
      required: true,
      type: { kind: "literal", value: "access_grant.could_not_create_requested_access_methods" },
    },
    eventIdProperty,
    workspaceIdProperty,
    createdAtProperty,
    occurredAtProperty,
    optionalEventDescriptionProperty,
    accessGrantIdProperty,
    { name: "error_message", required: true, type: { kind: "string" } },
    {
      name: "missing_device_ids",
      required: false,
      type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } },
    },
  ];

const accessGrantCreatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_grant.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
];

const accessGrantDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_grant.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
];

const accessMethodCardEncodingRequiredEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.card_encoding_required" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const accessMethodCreatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const accessMethodDelayInIssuingEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.delay_in_issuing" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const accessMethodDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const accessMethodFailedToIssueEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.failed_to_issue" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const accessMethodIssuedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.issued" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
  optionalCodeProperty,
  optionalIsBackupCodeProperty,
];

const accessMethodReissuedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.reissued" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
  optionalCodeProperty,
  optionalIsBackupCodeProperty,
];

const accessMethodRevokedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.revoked" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const acsAccessGroupDeletedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_access_group.deleted" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  { name: "acs_access_group_id", required: true, type: { kind: "string", format: "uuid" } },
];

const acsCredentialDeletedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_credential.deleted" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty,
];

const acsCredentialInvalidatedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_credential.invalidated" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty,
];

const acsCredentialIssuedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_credential.issued" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty,
];

const acsCredentialReissuedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_credential.reissued" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty,
];

const acsEncoderAddedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_encoder.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEncoderIdProperty,
];

const acsEncoderRemovedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_encoder.removed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEncoderIdProperty,
];

const acsEntranceAddedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_entrance.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEntranceIdProperty,
];

const acsEntranceRemovedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_entrance.removed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEntranceIdProperty,
];

const acsSystemAddedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
];

const acsSystemConnectedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.connected" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
];

const acsSystemDisconnectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_system.disconnected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  {
    name: "acs_system_errors",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } },
  },
  {
    name: "acs_system_warnings",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } },
  },
];

const acsUserCreatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_user.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsUserIdProperty,
];

const acsUserDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_user.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsUserIdProperty,
];

const actionAttemptLockDoorFailedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.lock_door.failed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeProperty,
  statusProperty,
  optionalDeviceIdProperty,
];

const actionAttemptLockDoorSucceededEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.lock_door.succeeded" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeProperty,
  statusProperty,
  optionalDeviceIdProperty,
];

const actionAttemptSimulateKeypadCodeEntryFailedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.simulate_keypad_code_entry.failed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeProperty,
  statusProperty,
  optionalDeviceIdProperty,
];

const actionAttemptSimulateKeypadCodeEntrySucceededEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.simulate_keypad_code_entry.succeeded" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeProperty,
  statusProperty,
  optionalDeviceIdProperty,
];

const actionAttemptSimulateManualLockViaKeypadFailedEventProperties: readonly PropertyBlueprint[] =
  [
    {
      name: "event_type",
      required: true,
      type: { kind: "literal", value: "action_attempt.simulate_manual_lock_via_keypad.failed" },
    },
    eventIdProperty,
    workspaceIdProperty,
    createdAtProperty,
    occurredAtProperty,
    optionalEventDescriptionProperty,
    optionalConnectedAccountIdProperty,
    actionAttemptIdProperty,
    actionTypeProperty,
    statusProperty,
    optionalDeviceIdProperty,
  ];

const actionAttemptSimulateManualLockViaKeypadSucceededEventProperties: readonly PropertyBlueprint[] =
  [
    {
      name: "event_type",
      required: true,
      type: { kind: "literal", value: "action_attempt.simulate_manual_lock_via_keypad.succeeded" },
    },
    eventIdProperty,
    workspaceIdProperty,
    createdAtProperty,
    occurredAtProperty,
    optionalEventDescriptionProperty,
    optionalConnectedAccountIdProperty,
    actionAttemptIdProperty,
    actionTypeProperty,
    statusProperty,
    optionalDeviceIdProperty,
  ];

const actionAttemptUnlockDoorFailedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.unlock_door.failed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeProperty,
  statusProperty,
  optionalDeviceIdProperty,
];

const actionAttemptUnlockDoorSucceededEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.unlock_door.succeeded" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeProperty,
  statusProperty,
  optionalDeviceIdProperty,
];

const cameraActivatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "camera.activated" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  optionalImageUrlProperty,
  optionalVideoUrlProperty,
  {
    name: "activation_reason",
    required: true,
    type: { kind: "enum", name: "CameraActivationReason" },
  },
  { name: "motion_sub_type", required: false, type: { kind: "enum", name: "MotionSubType" } },
];

const clientSessionDeletedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "client_session.deleted" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  { name: "client_session_id", required: true, type: { kind: "string", format: "uuid" } },
];

const connectWebviewLoginFailedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connect_webview.login_failed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectWebviewIdProperty,
];

const connectWebviewLoginSucceededEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connect_webview.login_succeeded" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectWebviewIdProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
];

const connectedAccountCompletedFirstSyncEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.completed_first_sync" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
];

const connectedAccountCompletedFirstSyncAfterReconnectionEventProperties: readonly PropertyBlueprint[] =
  [
    {
      name: "event_type",
      required: true,
      type: { kind: "literal", value: "connected_account.completed_first_sync_after_reconnection" },
    },
    eventIdProperty,
    workspaceIdProperty,
    createdAtProperty,
    occurredAtProperty,
    optionalEventDescriptionProperty,
    connectedAccountIdProperty,
    optionalConnectedAccountCustomMetadataProperty,
  ];

const connectedAccountConnectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.connected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  { name: "connect_webview_id", required: false, type: { kind: "string", format: "uuid" } },
];

const connectedAccountCreatedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.created" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  connectWebviewIdProperty,
];

const connectedAccountDeletedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.deleted" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  { name: "connected_account_type", required: false, type: { kind: "string" } },
];

const connectedAccountDisconnectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.disconnected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
];

const connectedAccountReauthorizationRequestedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.reauthorization_requested" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
];

const connectedAccountSuccessfulLoginEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.successful_login" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  connectWebviewIdProperty,
];

const deviceAccessoryKeypadConnectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.accessory_keypad_connected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceAccessoryKeypadDisconnectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.accessory_keypad_disconnected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
];

const deviceAddedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceBatteryStatusChangedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.battery_status_changed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  batteryLevelProperty,
  { name: "battery_status", required: true, type: { kind: "enum", name: "BatteryStatus" } },
];

const deviceConnectedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.connected" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceConnectionBecameFlakyEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.connection_became_flaky" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
];

const deviceConnectionStabilizedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.connection_stabilized" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceConvertedToUnmanagedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.converted_to_unmanaged" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  { name: "device_name", required: false, type: { kind: "string" }, nullable: true },
];

const deviceDisconnectedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.disconnected" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
  errorCodeProperty,
];

const deviceDoorbellRangEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.doorbell_rang" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  optionalImageUrlProperty,
  optionalVideoUrlProperty,
];

const deviceErrorSubscriptionRequiredEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.error.subscription_required" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
];

const deviceErrorSubscriptionRequiredResolvedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.error.subscription_required.resolved" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceLowBatteryEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.low_battery" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  batteryLevelProperty,
];

const deviceNameChangedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.name_changed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  { name: "device_name", required: true, type: { kind: "string" } },
];

const deviceRemovedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.removed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceSaltoPrivacyModeActivatedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.salto.privacy_mode_activated" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceSaltoPrivacyModeDeactivatedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.salto.privacy_mode_deactivated" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceTamperedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.tampered" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceThirdPartyIntegrationDetectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.third_party_integration_detected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceThirdPartyIntegrationNoLongerDetectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.third_party_integration_no_longer_detected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceUnmanagedConnectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.unmanaged.connected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceUnmanagedConvertedToManagedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.unmanaged.converted_to_managed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const deviceUnmanagedDisconnectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.unmanaged.disconnected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
  errorCodeProperty,
];

const enrollmentAutomationDeletedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "enrollment_automation.deleted" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  { name: "enrollment_automation_id", required: true, type: { kind: "string", format: "uuid" } },
];

const lockAccessDeniedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "lock.access_denied" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  optionalDeviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  optionalAccessCodeIdProperty,
  optionalAcsSystemIdProperty,
  optionalAcsEntranceIdProperty,
  optionalAcsUserIdProperty,
  optionalUserIdentityIdProperty,
  { name: "reason", required: false, type: { kind: "shape", name: "LockAccessDeniedReason" } },
];

const lockLockedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "lock.locked" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  optionalAccessCodeIdProperty,
  optionalAcsSystemIdProperty,
  optionalAcsEntranceIdProperty,
  optionalAcsUserIdProperty,
  optionalUserIdentityIdProperty,
  methodProperty,
  optionalCodeProperty,
  optionalAccessCodeIsManagedProperty,
  optionalActionAttemptIdProperty,
  optionalIsViaBluetoothProperty,
  optionalIsViaNfcProperty,
];

const lockUnlockedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "lock.unlocked" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  optionalDeviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  optionalAccessCodeIdProperty,
  optionalAcsSystemIdProperty,
  optionalAcsEntranceIdProperty,
  optionalAcsUserIdProperty,
  optionalUserIdentityIdProperty,
  methodProperty,
  optionalCodeProperty,
  optionalAccessCodeIsManagedProperty,
  optionalActionAttemptIdProperty,
  optionalIsViaBluetoothProperty,
  optionalIsViaNfcProperty,
];

const noiseSensorNoiseThresholdTriggeredEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "noise_sensor.noise_threshold_triggered" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  { name: "noise_threshold_id", required: false, type: { kind: "string", format: "uuid" } },
  {
    name: "noise_threshold_name",
    required: false,
    type: { kind: "string" },
    examples: ["builtin_first_disturbance"],
  },
  { name: "noise_level_decibels", required: false, type: { kind: "number" } },
  { name: "noise_level_nrs", required: false, type: { kind: "number" } },
  { name: "minut_metadata", required: false, type: { kind: "object" } },
  { name: "noiseaware_metadata", required: false, type: { kind: "object" } },
];

const phoneDeactivatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "phone.deactivated" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const spaceCreatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "space.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  spaceIdProperty,
  optionalSpaceKeyProperty,
  deviceIdsProperty,
  acsEntranceIdsProperty,
];

const spaceDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "space.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  spaceIdProperty,
  optionalSpaceKeyProperty,
  deviceIdsProperty,
  acsEntranceIdsProperty,
];

const spaceDeviceMembershipChangedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "space.device_membership_changed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  spaceIdProperty,
  optionalSpaceKeyProperty,
  deviceIdsProperty,
  acsEntranceIdsProperty,
];

const thermostatClimatePresetActivatedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.climate_preset_activated" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  { name: "climate_preset_key", required: true, type: { kind: "string" } },
  {
    name: "thermostat_schedule_id",
    required: true,
    type: { kind: "string", format: "uuid" },
    nullable: true,
  },
  { name: "is_fallback_climate_preset", required: true, type: { kind: "boolean" } },
];

const thermostatManuallyAdjustedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.manually_adjusted" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  { name: "method", required: true, type: { kind: "enum", name: "ThermostatAdjustmentMethod" } },
  { name: "hvac_mode_setting", required: false, type: { kind: "enum", name: "HvacModeSetting" } },
  { name: "fan_mode_setting", required: false, type: { kind: "enum", name: "FanModeSetting" } },
  { name: "heating_set_point_celsius", required: false, type: { kind: "number" } },
  { name: "heating_set_point_fahrenheit", required: false, type: { kind: "number" } },
  { name: "cooling_set_point_celsius", required: false, type: { kind: "number" } },
  { name: "cooling_set_point_fahrenheit", required: false, type: { kind: "number" } },
];

const thermostatTemperatureChangedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_changed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  temperatureCelsiusProperty,
  temperatureFahrenheitProperty,
];

const thermostatTemperatureReachedSetPointEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_reached_set_point" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  temperatureCelsiusProperty,
  temperatureFahrenheitProperty,
  { name: "desired_temperature_celsius", required: false, type: { kind: "number" } },
  { name: "desired_temperature_fahrenheit", required: false, type: { kind: "number" } },
];

const thermostatTemperatureThresholdExceededEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_threshold_exceeded" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  temperatureCelsiusProperty,
  temperatureFahrenheitProperty,
  nullableLowerLimitCelsiusProperty,
  nullableLowerLimitFahrenheitProperty,
  nullableUpperLimitCelsiusProperty,
  nullableUpperLimitFahrenheitProperty,
];

const thermostatTemperatureThresholdNoLongerExceededEventProperties: readonly PropertyBlueprint[] =
  [
    {
      name: "event_type",
      required: true,
      type: { kind: "literal", value: "thermostat.temperature_threshold_no_longer_exceeded" },
    },
    eventIdProperty,
    workspaceIdProperty,
    createdAtProperty,
    occurredAtProperty,
    optionalEventDescriptionProperty,
    connectedAccountIdProperty,
    optionalConnectedAccountCustomMetadataProperty,
    optionalCustomerKeyProperty,
    deviceIdProperty,
    optionalDeviceCustomMetadataProperty,
    temperatureCelsiusProperty,
    temperatureFahrenheitProperty,
    nullableLowerLimitCelsiusProperty,
    nullableLowerLimitFahrenheitProperty,
    nullableUpperLimitCelsiusProperty,
    nullableUpperLimitFahrenheitProperty,
  ];

/** What each event and shape is made of: the spec's types without their prose. */
const catalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {
    AccessCodeMutationCode: [
      "updating_name",
      "updating_code",
      "updating_time_frame",
      "deleting",
      "creating",
      "deferring_creation",
    ],
    BatteryStatus: ["critical", "low", "good", "full"],
    CameraActivationReason: ["motion_detected"],
    DeviceDisconnectionErrorCode: [
      "account_disconnected",
      "hub_disconnected",
      "device_disconnected",
    ],
    FanModeSetting: ["auto", "on", "circulate"],
    HvacModeSetting: ["off", "heat", "cool", "heat_cool", "eco"],
    LockAccessDeniedReasonCode: [
      "unknown_code",
      "expired_code",
      "blocklisted_code",
      "too_many_attempts",
      "blocked_by_privacy_mode",
      "credential_error",
    ],
    LockMethod: ["keycode", "manual", "automatic", "unknown", "seamapi", "remote", "card"],
    MotionSubType: ["human", "vehicle", "package", "other"],
    ThermostatAdjustmentMethod: ["seam", "external"],
  },
  shapes: {
    AccessCodeChangedProperty: accessCodeChangedPropertyProperties,
    AccessCodeNameValue: accessCodeNameValueProperties,
    AccessCodePinValue: accessCodePinValueProperties,
    AccessCodeRequestedMutation: accessCodeRequestedMutationProperties,
    AccessCodeTimeFrame: accessCodeTimeFrameProperties,
    LockAccessDeniedReason: lockAccessDeniedReasonProperties,
    ResourceError: resourceErrorProperties,
    ResourceWarning: resourceWarningProperties,
  },
  events: {
    "access_code.backup_access_code_pulled": accessCodeBackupAccessCodePulledEventProperties,
    "access_code.changed": accessCodeChangedEventProperties,
    "access_code.code_changed": accessCodeCodeChangedEventProperties,
    "access_code.created": accessCodeCreatedEventProperties,
    "access_code.delay_in_removing_from_device": accessCodeDelayInRemovingFromDeviceEventProperties,
    "access_code.delay_in_setting_on_device": accessCodeDelayInSettingOnDeviceEventProperties,
    "access_code.deleted": accessCodeDeletedEventProperties,
    "access_code.deleted_external_to_seam": accessCodeDeletedExternalToSeamEventProperties,
    "access_code.failed_to_remove_from_device": accessCodeFailedToRemoveFromDeviceEventProperties,
    "access_code.failed_to_set_on_device": accessCodeFailedToSetOnDeviceEventProperties,
    "access_code.modified_external_to_seam": accessCodeModifiedExternalToSeamEventProperties,
    "access_code.mutations_requested": accessCodeMutationsRequestedEventProperties,
    "access_code.name_changed": accessCodeNameChangedEventProperties,
    "access_code.removed_from_device": accessCodeRemovedFromDeviceEventProperties,
    "access_code.scheduled_on_device": accessCodeScheduledOnDeviceEventProperties,
    "access_code.set_on_device": accessCodeSetOnDeviceEventProperties,
    "access_code.time_frame_changed": accessCodeTimeFrameChangedEventProperties,
    "access_code.unmanaged.converted_to_managed":
      accessCodeUnmanagedConvertedToManagedEventProperties,
    "access_code.unmanaged.created": accessCodeUnmanagedCreatedEventProperties,
    "access_code.unmanaged.failed_to_convert_to_managed":
      accessCodeUnmanagedFailedToConvertToManagedEventProperties,
    "access_code.unmanaged.removed": accessCodeUnmanagedRemovedEventProperties,
    "access_grant.access_granted_to_all_doors": accessGrantAccessGrantedToAllDoorsEventProperties,
    "access_grant.access_granted_to_door": accessGrantAccessGrantedToDoorEventProperties,
    "access_grant.access_times_changed": accessGrantAccessTimesChangedEventProperties,
    "access_grant.access_to_door_lost": accessGrantAccessToDoorLostEventProperties,
    "access_grant.could_not_create_requested_access_methods":
      accessGrantCouldNotCreateRequestedAccessMethodsEventProperties,
    "access_grant.created": accessGrantCreatedEventProperties,
    "access_grant.deleted": accessGrantDeletedEventProperties,
    "access_method.card_encoding_required": accessMethodCardEncodingRequiredEventProperties,
    "access_method.created": accessMethodCreatedEventProperties,
    "access_method.delay_in_issuing": accessMethodDelayInIssuingEventProperties,
    "access_method.deleted": accessMethodDeletedEventProperties,
    "access_method.failed_to_issue": accessMethodFailedToIssueEventProperties,
    "access_method.issued": accessMethodIssuedEventProperties,
    "access_method.reissued": accessMethodReissuedEventProperties,
    "access_method.revoked": accessMethodRevokedEventProperties,
    "acs_access_group.deleted": acsAccessGroupDeletedEventProperties,
    "acs_credential.deleted": acsCredentialDeletedEventProperties,
    "acs_credential.invalidated": acsCredentialInvalidatedEventProperties,
    "acs_credential.issued": acsCredentialIssuedEventProperties,
    "acs_credential.reissued": acsCredentialReissuedEventProperties,
    "acs_encoder.added": acsEncoderAddedEventProperties,
    "acs_encoder.removed": acsEncoderRemovedEventProperties,
    "acs_entrance.added": acsEntranceAddedEventProperties,
    "acs_entrance.removed": acsEntranceRemovedEventProperties,
    "acs_system.added": acsSystemAddedEventProperties,
    "acs_system.connected": acsSystemConnectedEventProperties,
    "acs_system.disconnected": acsSystemDisconnectedEventProperties,
    "acs_user.created": acsUserCreatedEventProperties,
    "acs_user.deleted": acsUserDeletedEventProperties,
    "action_attempt.lock_door.failed": actionAttemptLockDoorFailedEventProperties,
    "action_attempt.lock_door.succeeded": actionAttemptLockDoorSucceededEventProperties,
    "action_attempt.simulate_keypad_code_entry.failed":
      actionAttemptSimulateKeypadCodeEntryFailedEventProperties,
    "action_attempt.simulate_keypad_code_entry.succeeded":
      actionAttemptSimulateKeypadCodeEntrySucceededEventProperties,
    "action_attempt.simulate_manual_lock_via_keypad.failed":
      actionAttemptSimulateManualLockViaKeypadFailedEventProperties,
    "action_attempt.simulate_manual_lock_via_keypad.succeeded":
      actionAttemptSimulateManualLockViaKeypadSucceededEventProperties,
    "action_attempt.unlock_door.failed": actionAttemptUnlockDoorFailedEventProperties,
    "action_attempt.unlock_door.succeeded": actionAttemptUnlockDoorSucceededEventProperties,
    "camera.activated": cameraActivatedEventProperties,
    "client_session.deleted": clientSessionDeletedEventProperties,
    "connect_webview.login_failed": connectWebviewLoginFailedEventProperties,
    "connect_webview.login_succeeded": connectWebviewLoginSucceededEventProperties,
    "connected_account.completed_first_sync": connectedAccountCompletedFirstSyncEventProperties,
    "connected_account.completed_first_sync_after_reconnection":
      connectedAccountCompletedFirstSyncAfterReconnectionEventProperties,
    "connected_account.connected": connectedAccountConnectedEventProperties,
    "connected_account.created": connectedAccountCreatedEventProperties,
    "connected_account.deleted": connectedAccountDeletedEventProperties,
    "connected_account.disconnected": connectedAccountDisconnectedEventProperties,
    "connected_account.reauthorization_requested":
      connectedAccountReauthorizationRequestedEventProperties,
    "connected_account.successful_login": connectedAccountSuccessfulLoginEventProperties,
    "device.accessory_keypad_connected": deviceAccessoryKeypadConnectedEventProperties,
    "device.accessory_keypad_disconnected": deviceAccessoryKeypadDisconnectedEventProperties,
    "device.added": deviceAddedEventProperties,
    "device.battery_status_changed": deviceBatteryStatusChangedEventProperties,
    "device.connected": deviceConnectedEventProperties,
    "device.connection_became_flaky": deviceConnectionBecameFlakyEventProperties,
    "device.connection_stabilized": deviceConnectionStabilizedEventProperties,
    "device.converted_to_unmanaged": deviceConvertedToUnmanagedEventProperties,
    "device.deleted": deviceDeletedEventProperties,
    "device.disconnected": deviceDisconnectedEventProperties,
    "device.doorbell_rang": deviceDoorbellRangEventProperties,
    "device.error.subscription_required": deviceErrorSubscriptionRequiredEventProperties,
    "device.error.subscription_required.resolved":
      deviceErrorSubscriptionRequiredResolvedEventProperties,
    "device.low_battery": deviceLowBatteryEventProperties,
    "device.name_changed": deviceNameChangedEventProperties,
    "device.removed": deviceRemovedEventProperties,
    "device.salto.privacy_mode_activated": deviceSaltoPrivacyModeActivatedEventProperties,
    "device.salto.privacy_mode_deactivated": deviceSaltoPrivacyModeDeactivatedEventProperties,
    "device.tampered": deviceTamperedEventProperties,
    "device.third_party_integration_detected": deviceThirdPartyIntegrationDetectedEventProperties,
    "device.third_party_integration_no_longer_detected":
      deviceThirdPartyIntegrationNoLongerDetectedEventProperties,
    "device.unmanaged.connected": deviceUnmanagedConnectedEventProperties,
    "device.unmanaged.converted_to_managed": deviceUnmanagedConvertedToManagedEventProperties,
    "device.unmanaged.disconnected": deviceUnmanagedDisconnectedEventProperties,
    "enrollment_automation.deleted": enrollmentAutomationDeletedEventProperties,
    "lock.access_denied": lockAccessDeniedEventProperties,
    "lock.locked": lockLockedEventProperties,
    "lock.unlocked": lockUnlockedEventProperties,
    "noise_sensor.noise_threshold_triggered": noiseSensorNoiseThresholdTriggeredEventProperties,
    "phone.deactivated": phoneDeactivatedEventProperties,
    "space.created": spaceCreatedEventProperties,
    "space.deleted": spaceDeletedEventProperties,
    "space.device_membership_changed": spaceDeviceMembershipChangedEventProperties,
    "thermostat.climate_preset_activated": thermostatClimatePresetActivatedEventProperties,
    "thermostat.manually_adjusted": thermostatManuallyAdjustedEventProperties,
    "thermostat.temperature_changed": thermostatTemperatureChangedEventProperties,
    "thermostat.temperature_reached_set_point": thermostatTemperatureReachedSetPointEventProperties,
    "thermostat.temperature_threshold_exceeded":
      thermostatTemperatureThresholdExceededEventProperties,
    "thermostat.temperature_threshold_no_longer_exceeded":
      thermostatTemperatureThresholdNoLongerExceededEventProperties,
  },
  aliases: { "device.battery_low": "device.low_battery" },
};

/** A valid, realistic `access_code.backup_access_code_pulled` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeBackupAccessCodePulledEvent(
  overrides?: DeepPartial<AccessCodeBackupAccessCodePulledEvent>,
  options?: FixtureOptions,
): AccessCodeBackupAccessCodePulledEvent {
  return createFixture(
    catalogue,
    "access_code.backup_access_code_pulled",
    overrides,
    options,
  ) as unknown as AccessCodeBackupAccessCodePulledEvent;
}

/** A valid, realistic `access_code.changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeChangedEvent(
  overrides?: DeepPartial<AccessCodeChangedEvent>,
  options?: FixtureOptions,
): AccessCodeChangedEvent {
  return createFixture(
    catalogue,
    "access_code.changed",
    overrides,
    options,
  ) as unknown as AccessCodeChangedEvent;
}

/** A valid, realistic `access_code.code_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeCodeChangedEvent(
  overrides?: DeepPartial<AccessCodeCodeChangedEvent>,
  options?: FixtureOptions,
): AccessCodeCodeChangedEvent {
  return createFixture(
    catalogue,
    "access_code.code_changed",
    overrides,
    options,
  ) as unknown as AccessCodeCodeChangedEvent;
}

/** A valid, realistic `access_code.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeCreatedEvent(
  overrides?: DeepPartial<AccessCodeCreatedEvent>,
  options?: FixtureOptions,
): AccessCodeCreatedEvent {
  return createFixture(
    catalogue,
    "access_code.created",
    overrides,
    options,
  ) as unknown as AccessCodeCreatedEvent;
}

/** A valid, realistic `access_code.delay_in_removing_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeDelayInRemovingFromDeviceEvent(
  overrides?: DeepPartial<AccessCodeDelayInRemovingFromDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeDelayInRemovingFromDeviceEvent {
  return createFixture(
    catalogue,
    "access_code.delay_in_removing_from_device",
    overrides,
    options,
  ) as unknown as AccessCodeDelayInRemovingFromDeviceEvent;
}

/** A valid, realistic `access_code.delay_in_setting_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeDelayInSettingOnDeviceEvent(
  overrides?: DeepPartial<AccessCodeDelayInSettingOnDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeDelayInSettingOnDeviceEvent {
  return createFixture(
    catalogue,
    "access_code.delay_in_setting_on_device",
    overrides,
    options,
  ) as unknown as AccessCodeDelayInSettingOnDeviceEvent;
}

/** A valid, realistic `access_code.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeDeletedEvent(
  overrides?: DeepPartial<AccessCodeDeletedEvent>,
  options?: FixtureOptions,
): AccessCodeDeletedEvent {
  return createFixture(
    catalogue,
    "access_code.deleted",
    overrides,
    options,
  ) as unknown as AccessCodeDeletedEvent;
}

/** A valid, realistic `access_code.deleted_external_to_seam` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeDeletedExternalToSeamEvent(
  overrides?: DeepPartial<AccessCodeDeletedExternalToSeamEvent>,
  options?: FixtureOptions,
): AccessCodeDeletedExternalToSeamEvent {
  return createFixture(
    catalogue,
    "access_code.deleted_external_to_seam",
    overrides,
    options,
  ) as unknown as AccessCodeDeletedExternalToSeamEvent;
}

/** A valid, realistic `access_code.failed_to_remove_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeFailedToRemoveFromDeviceEvent(
  overrides?: DeepPartial<AccessCodeFailedToRemoveFromDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeFailedToRemoveFromDeviceEvent {
  return createFixture(
    catalogue,
    "access_code.failed_to_remove_from_device",
    overrides,
    options,
  ) as unknown as AccessCodeFailedToRemoveFromDeviceEvent;
}

/** A valid, realistic `access_code.failed_to_set_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeFailedToSetOnDeviceEvent(
  overrides?: DeepPartial<AccessCodeFailedToSetOnDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeFailedToSetOnDeviceEvent {
  return createFixture(
    catalogue,
    "access_code.failed_to_set_on_device",
    overrides,
    options,
  ) as unknown as AccessCodeFailedToSetOnDeviceEvent;
}

/** A valid, realistic `access_code.modified_external_to_seam` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeModifiedExternalToSeamEvent(
  overrides?: DeepPartial<AccessCodeModifiedExternalToSeamEvent>,
  options?: FixtureOptions,
): AccessCodeModifiedExternalToSeamEvent {
  return createFixture(
    catalogue,
    "access_code.modified_external_to_seam",
    overrides,
    options,
  ) as unknown as AccessCodeModifiedExternalToSeamEvent;
}

/** A valid, realistic `access_code.mutations_requested` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeMutationsRequestedEvent(
  overrides?: DeepPartial<AccessCodeMutationsRequestedEvent>,
  options?: FixtureOptions,
): AccessCodeMutationsRequestedEvent {
  return createFixture(
    catalogue,
    "access_code.mutations_requested",
    overrides,
    options,
  ) as unknown as AccessCodeMutationsRequestedEvent;
}

/** A valid, realistic `access_code.name_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeNameChangedEvent(
  overrides?: DeepPartial<AccessCodeNameChangedEvent>,
  options?: FixtureOptions,
): AccessCodeNameChangedEvent {
  return createFixture(
    catalogue,
    "access_code.name_changed",
    overrides,
    options,
  ) as unknown as AccessCodeNameChangedEvent;
}

/** A valid, realistic `access_code.removed_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeRemovedFromDeviceEvent(
  overrides?: DeepPartial<AccessCodeRemovedFromDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeRemovedFromDeviceEvent {
  return createFixture(
    catalogue,
    "access_code.removed_from_device",
    overrides,
    options,
  ) as unknown as AccessCodeRemovedFromDeviceEvent;
}

/** A valid, realistic `access_code.scheduled_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeScheduledOnDeviceEvent(
  overrides?: DeepPartial<AccessCodeScheduledOnDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeScheduledOnDeviceEvent {
  return createFixture(
    catalogue,
    "access_code.scheduled_on_device",
    overrides,
    options,
  ) as unknown as AccessCodeScheduledOnDeviceEvent;
}

/** A valid, realistic `access_code.set_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeSetOnDeviceEvent(
  overrides?: DeepPartial<AccessCodeSetOnDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeSetOnDeviceEvent {
  return createFixture(
    catalogue,
    "access_code.set_on_device",
    overrides,
    options,
  ) as unknown as AccessCodeSetOnDeviceEvent;
}

/** A valid, realistic `access_code.time_frame_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeTimeFrameChangedEvent(
  overrides?: DeepPartial<AccessCodeTimeFrameChangedEvent>,
  options?: FixtureOptions,
): AccessCodeTimeFrameChangedEvent {
  return createFixture(
    catalogue,
    "access_code.time_frame_changed",
    overrides,
    options,
  ) as unknown as AccessCodeTimeFrameChangedEvent;
}

/** A valid, realistic `access_code.unmanaged.converted_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeUnmanagedConvertedToManagedEvent(
  overrides?: DeepPartial<AccessCodeUnmanagedConvertedToManagedEvent>,
  options?: FixtureOptions,
): AccessCodeUnmanagedConvertedToManagedEvent {
  return createFixture(
    catalogue,
    "access_code.unmanaged.converted_to_managed",
    overrides,
    options,
  ) as unknown as AccessCodeUnmanagedConvertedToManagedEvent;
}

/** A valid, realistic `access_code.unmanaged.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeUnmanagedCreatedEvent(
  overrides?: DeepPartial<AccessCodeUnmanagedCreatedEvent>,
  options?: FixtureOptions,
): AccessCodeUnmanagedCreatedEvent {
  return createFixture(
    catalogue,
    "access_code.unmanaged.created",
    overrides,
    options,
  ) as unknown as AccessCodeUnmanagedCreatedEvent;
}

/** A valid, realistic `access_code.unmanaged.failed_to_convert_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeUnmanagedFailedToConvertToManagedEvent(
  overrides?: DeepPartial<AccessCodeUnmanagedFailedToConvertToManagedEvent>,
  options?: FixtureOptions,
): AccessCodeUnmanagedFailedToConvertToManagedEvent {
  return createFixture(
    catalogue,
    "access_code.unmanaged.failed_to_convert_to_managed",
    overrides,
    options,
  ) as unknown as AccessCodeUnmanagedFailedToConvertToManagedEvent;
}

/** A valid, realistic `access_code.unmanaged.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeUnmanagedRemovedEvent(
  overrides?: DeepPartial<AccessCodeUnmanagedRemovedEvent>,
  options?: FixtureOptions,
): AccessCodeUnmanagedRemovedEvent {
  return createFixture(
    catalogue,
    "access_code.unmanaged.removed",
    overrides,
    options,
  ) as unknown as AccessCodeUnmanagedRemovedEvent;
}

/** A valid, realistic `access_grant.access_granted_to_all_doors` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantAccessGrantedToAllDoorsEvent(
  overrides?: DeepPartial<AccessGrantAccessGrantedToAllDoorsEvent>,
  options?: FixtureOptions,
): AccessGrantAccessGrantedToAllDoorsEvent {
  return createFixture(
    catalogue,
    "access_grant.access_granted_to_all_doors",
    overrides,
    options,
  ) as unknown as AccessGrantAccessGrantedToAllDoorsEvent;
}

/** A valid, realistic `access_grant.access_granted_to_door` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantAccessGrantedToDoorEvent(
  overrides?: DeepPartial<AccessGrantAccessGrantedToDoorEvent>,
  options?: FixtureOptions,
): AccessGrantAccessGrantedToDoorEvent {
  return createFixture(
    catalogue,
    "access_grant.access_granted_to_door",
    overrides,
    options,
  ) as unknown as AccessGrantAccessGrantedToDoorEvent;
}

/** A valid, realistic `access_grant.access_times_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantAccessTimesChangedEvent(
  overrides?: DeepPartial<AccessGrantAccessTimesChangedEvent>,
  options?: FixtureOptions,
): AccessGrantAccessTimesChangedEvent {
  return createFixture(
    catalogue,
    "access_grant.access_times_changed",
    overrides,
    options,
  ) as unknown as AccessGrantAccessTimesChangedEvent;
}

/** A valid, realistic `access_grant.access_to_door_lost` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantAccessToDoorLostEvent(
  overrides?: DeepPartial<AccessGrantAccessToDoorLostEvent>,
  options?: FixtureOptions,
): AccessGrantAccessToDoorLostEvent {
  return createFixture(
    catalogue,
    "access_grant.access_to_door_lost",
    overrides,
    options,
  ) as unknown as AccessGrantAccessToDoorLostEvent;
}

/** A valid, realistic `access_grant.could_not_create_requested_access_methods` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantCouldNotCreateRequestedAccessMethodsEvent(
  overrides?: DeepPartial<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>,
  options?: FixtureOptions,
): AccessGrantCouldNotCreateRequestedAccessMethodsEvent {
  return createFixture(
    catalogue,
    "access_grant.could_not_create_requested_access_methods",
    overrides,
    options,
  ) as unknown as AccessGrantCouldNotCreateRequestedAccessMethodsEvent;
}

/** A valid, realistic `access_grant.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantCreatedEvent(
  overrides?: DeepPartial<AccessGrantCreatedEvent>,
  options?: FixtureOptions,
): AccessGrantCreatedEvent {
  return createFixture(
    catalogue,
    "access_grant.created",
    overrides,
    options,
  ) as unknown as AccessGrantCreatedEvent;
}

/** A valid, realistic `access_grant.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantDeletedEvent(
  overrides?: DeepPartial<AccessGrantDeletedEvent>,
  options?: FixtureOptions,
): AccessGrantDeletedEvent {
  return createFixture(
    catalogue,
    "access_grant.deleted",
    overrides,
    options,
  ) as unknown as AccessGrantDeletedEvent;
}

/** A valid, realistic `access_method.card_encoding_required` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodCardEncodingRequiredEvent(
  overrides?: DeepPartial<AccessMethodCardEncodingRequiredEvent>,
  options?: FixtureOptions,
): AccessMethodCardEncodingRequiredEvent {
  return createFixture(
    catalogue,
    "access_method.card_encoding_required",
    overrides,
    options,
  ) as unknown as AccessMethodCardEncodingRequiredEvent;
}

/** A valid, realistic `access_method.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodCreatedEvent(
  overrides?: DeepPartial<AccessMethodCreatedEvent>,
  options?: FixtureOptions,
): AccessMethodCreatedEvent {
  return createFixture(
    catalogue,
    "access_method.created",
    overrides,
    options,
  ) as unknown as AccessMethodCreatedEvent;
}

/** A valid, realistic `access_method.delay_in_issuing` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodDelayInIssuingEvent(
  overrides?: DeepPartial<AccessMethodDelayInIssuingEvent>,
  options?: FixtureOptions,
): AccessMethodDelayInIssuingEvent {
  return createFixture(
    catalogue,
    "access_method.delay_in_issuing",
    overrides,
    options,
  ) as unknown as AccessMethodDelayInIssuingEvent;
}

/** A valid, realistic `access_method.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodDeletedEvent(
  overrides?: DeepPartial<AccessMethodDeletedEvent>,
  options?: FixtureOptions,
): AccessMethodDeletedEvent {
  return createFixture(
    catalogue,
    "access_method.deleted",
    overrides,
    options,
  ) as unknown as AccessMethodDeletedEvent;
}

/** A valid, realistic `access_method.failed_to_issue` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodFailedToIssueEvent(
  overrides?: DeepPartial<AccessMethodFailedToIssueEvent>,
  options?: FixtureOptions,
): AccessMethodFailedToIssueEvent {
  return createFixture(
    catalogue,
    "access_method.failed_to_issue",
    overrides,
    options,
  ) as unknown as AccessMethodFailedToIssueEvent;
}

/** A valid, realistic `access_method.issued` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodIssuedEvent(
  overrides?: DeepPartial<AccessMethodIssuedEvent>,
  options?: FixtureOptions,
): AccessMethodIssuedEvent {
  return createFixture(
    catalogue,
    "access_method.issued",
    overrides,
    options,
  ) as unknown as AccessMethodIssuedEvent;
}

/** A valid, realistic `access_method.reissued` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodReissuedEvent(
  overrides?: DeepPartial<AccessMethodReissuedEvent>,
  options?: FixtureOptions,
): AccessMethodReissuedEvent {
  return createFixture(
    catalogue,
    "access_method.reissued",
    overrides,
    options,
  ) as unknown as AccessMethodReissuedEvent;
}

/** A valid, realistic `access_method.revoked` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodRevokedEvent(
  overrides?: DeepPartial<AccessMethodRevokedEvent>,
  options?: FixtureOptions,
): AccessMethodRevokedEvent {
  return createFixture(
    catalogue,
    "access_method.revoked",
    overrides,
    options,
  ) as unknown as AccessMethodRevokedEvent;
}

/** A valid, realistic `acs_access_group.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsAccessGroupDeletedEvent(
  overrides?: DeepPartial<AcsAccessGroupDeletedEvent>,
  options?: FixtureOptions,
): AcsAccessGroupDeletedEvent {
  return createFixture(
    catalogue,
    "acs_access_group.deleted",
    overrides,
    options,
  ) as unknown as AcsAccessGroupDeletedEvent;
}

/** A valid, realistic `acs_credential.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsCredentialDeletedEvent(
  overrides?: DeepPartial<AcsCredentialDeletedEvent>,
  options?: FixtureOptions,
): AcsCredentialDeletedEvent {
  return createFixture(
    catalogue,
    "acs_credential.deleted",
    overrides,
    options,
  ) as unknown as AcsCredentialDeletedEvent;
}

/** A valid, realistic `acs_credential.invalidated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsCredentialInvalidatedEvent(
  overrides?: DeepPartial<AcsCredentialInvalidatedEvent>,
  options?: FixtureOptions,
): AcsCredentialInvalidatedEvent {
  return createFixture(
    catalogue,
    "acs_credential.invalidated",
    overrides,
    options,
  ) as unknown as AcsCredentialInvalidatedEvent;
}

/** A valid, realistic `acs_credential.issued` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsCredentialIssuedEvent(
  overrides?: DeepPartial<AcsCredentialIssuedEvent>,
  options?: FixtureOptions,
): AcsCredentialIssuedEvent {
  return createFixture(
    catalogue,
    "acs_credential.issued",
    overrides,
    options,
  ) as unknown as AcsCredentialIssuedEvent;
}

/** A valid, realistic `acs_credential.reissued` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsCredentialReissuedEvent(
  overrides?: DeepPartial<AcsCredentialReissuedEvent>,
  options?: FixtureOptions,
): AcsCredentialReissuedEvent {
  return createFixture(
    catalogue,
    "acs_credential.reissued",
    overrides,
    options,
  ) as unknown as AcsCredentialReissuedEvent;
}

/** A valid, realistic `acs_encoder.added` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsEncoderAddedEvent(
  overrides?: DeepPartial<AcsEncoderAddedEvent>,
  options?: FixtureOptions,
): AcsEncoderAddedEvent {
  return createFixture(
    catalogue,
    "acs_encoder.added",
    overrides,
    options,
  ) as unknown as AcsEncoderAddedEvent;
}

/** A valid, realistic `acs_encoder.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsEncoderRemovedEvent(
  overrides?: DeepPartial<AcsEncoderRemovedEvent>,
  options?: FixtureOptions,
): AcsEncoderRemovedEvent {
  return createFixture(
    catalogue,
    "acs_encoder.removed",
    overrides,
    options,
  ) as unknown as AcsEncoderRemovedEvent;
}

/** A valid, realistic `acs_entrance.added` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsEntranceAddedEvent(
  overrides?: DeepPartial<AcsEntranceAddedEvent>,
  options?: FixtureOptions,
): AcsEntranceAddedEvent {
  return createFixture(
    catalogue,
    "acs_entrance.added",
    overrides,
    options,
  ) as unknown as AcsEntranceAddedEvent;
}

/** A valid, realistic `acs_entrance.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsEntranceRemovedEvent(
  overrides?: DeepPartial<AcsEntranceRemovedEvent>,
  options?: FixtureOptions,
): AcsEntranceRemovedEvent {
  return createFixture(
    catalogue,
    "acs_entrance.removed",
    overrides,
    options,
  ) as unknown as AcsEntranceRemovedEvent;
}

/** A valid, realistic `acs_system.added` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsSystemAddedEvent(
  overrides?: DeepPartial<AcsSystemAddedEvent>,
  options?: FixtureOptions,
): AcsSystemAddedEvent {
  return createFixture(
    catalogue,
    "acs_system.added",
    overrides,
    options,
  ) as unknown as AcsSystemAddedEvent;
}

/** A valid, realistic `acs_system.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsSystemConnectedEvent(
  overrides?: DeepPartial<AcsSystemConnectedEvent>,
  options?: FixtureOptions,
): AcsSystemConnectedEvent {
  return createFixture(
    catalogue,
    "acs_system.connected",
    overrides,
    options,
  ) as unknown as AcsSystemConnectedEvent;
}

/** A valid, realistic `acs_system.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsSystemDisconnectedEvent(
  overrides?: DeepPartial<AcsSystemDisconnectedEvent>,
  options?: FixtureOptions,
): AcsSystemDisconnectedEvent {
  return createFixture(
    catalogue,
    "acs_system.disconnected",
    overrides,
    options,
  ) as unknown as AcsSystemDisconnectedEvent;
}

/** A valid, realistic `acs_user.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsUserCreatedEvent(
  overrides?: DeepPartial<AcsUserCreatedEvent>,
  options?: FixtureOptions,
): AcsUserCreatedEvent {
  return createFixture(
    catalogue,
    "acs_user.created",
    overrides,
    options,
  ) as unknown as AcsUserCreatedEvent;
}

/** A valid, realistic `acs_user.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsUserDeletedEvent(
  overrides?: DeepPartial<AcsUserDeletedEvent>,
  options?: FixtureOptions,
): AcsUserDeletedEvent {
  return createFixture(
    catalogue,
    "acs_user.deleted",
    overrides,
    options,
  ) as unknown as AcsUserDeletedEvent;
}

/** A valid, realistic `action_attempt.lock_door.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptLockDoorFailedEvent(
  overrides?: DeepPartial<ActionAttemptLockDoorFailedEvent>,
  options?: FixtureOptions,
): ActionAttemptLockDoorFailedEvent {
  return createFixture(
    catalogue,
    "action_attempt.lock_door.failed",
    overrides,
    options,
  ) as unknown as ActionAttemptLockDoorFailedEvent;
}

/** A valid, realistic `action_attempt.lock_door.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptLockDoorSucceededEvent(
  overrides?: DeepPartial<ActionAttemptLockDoorSucceededEvent>,
  options?: FixtureOptions,
): ActionAttemptLockDoorSucceededEvent {
  return createFixture(
    catalogue,
    "action_attempt.lock_door.succeeded",
    overrides,
    options,
  ) as unknown as ActionAttemptLockDoorSucceededEvent;
}

/** A valid, realistic `action_attempt.simulate_keypad_code_entry.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptSimulateKeypadCodeEntryFailedEvent(
  overrides?: DeepPartial<ActionAttemptSimulateKeypadCodeEntryFailedEvent>,
  options?: FixtureOptions,
): ActionAttemptSimulateKeypadCodeEntryFailedEvent {
  return createFixture(
    catalogue,
    "action_attempt.simulate_keypad_code_entry.failed",
    overrides,
    options,
  ) as unknown as ActionAttemptSimulateKeypadCodeEntryFailedEvent;
}

/** A valid, realistic `action_attempt.simulate_keypad_code_entry.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptSimulateKeypadCodeEntrySucceededEvent(
  overrides?: DeepPartial<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>,
  options?: FixtureOptions,
): ActionAttemptSimulateKeypadCodeEntrySucceededEvent {
  return createFixture(
    catalogue,
    "action_attempt.simulate_keypad_code_entry.succeeded",
    overrides,
    options,
  ) as unknown as ActionAttemptSimulateKeypadCodeEntrySucceededEvent;
}

/** A valid, realistic `action_attempt.simulate_manual_lock_via_keypad.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptSimulateManualLockViaKeypadFailedEvent(
  overrides?: DeepPartial<ActionAttemptSimulateManualLockViaKeypadFailedEvent>,
  options?: FixtureOptions,
): ActionAttemptSimulateManualLockViaKeypadFailedEvent {
  return createFixture(
    catalogue,
    "action_attempt.simulate_manual_lock_via_keypad.failed",
    overrides,
    options,
  ) as unknown as ActionAttemptSimulateManualLockViaKeypadFailedEvent;
}

/** A valid, realistic `action_attempt.simulate_manual_lock_via_keypad.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptSimulateManualLockViaKeypadSucceededEvent(
  overrides?: DeepPartial<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>,
  options?: FixtureOptions,
): ActionAttemptSimulateManualLockViaKeypadSucceededEvent {
  return createFixture(
    catalogue,
    "action_attempt.simulate_manual_lock_via_keypad.succeeded",
    overrides,
    options,
  ) as unknown as ActionAttemptSimulateManualLockViaKeypadSucceededEvent;
}

/** A valid, realistic `action_attempt.unlock_door.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptUnlockDoorFailedEvent(
  overrides?: DeepPartial<ActionAttemptUnlockDoorFailedEvent>,
  options?: FixtureOptions,
): ActionAttemptUnlockDoorFailedEvent {
  return createFixture(
    catalogue,
    "action_attempt.unlock_door.failed",
    overrides,
    options,
  ) as unknown as ActionAttemptUnlockDoorFailedEvent;
}

/** A valid, realistic `action_attempt.unlock_door.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptUnlockDoorSucceededEvent(
  overrides?: DeepPartial<ActionAttemptUnlockDoorSucceededEvent>,
  options?: FixtureOptions,
): ActionAttemptUnlockDoorSucceededEvent {
  return createFixture(
    catalogue,
    "action_attempt.unlock_door.succeeded",
    overrides,
    options,
  ) as unknown as ActionAttemptUnlockDoorSucceededEvent;
}

/** A valid, realistic `camera.activated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createCameraActivatedEvent(
  overrides?: DeepPartial<CameraActivatedEvent>,
  options?: FixtureOptions,
): CameraActivatedEvent {
  return createFixture(
    catalogue,
    "camera.activated",
    overrides,
    options,
  ) as unknown as CameraActivatedEvent;
}

/** A valid, realistic `client_session.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createClientSessionDeletedEvent(
  overrides?: DeepPartial<ClientSessionDeletedEvent>,
  options?: FixtureOptions,
): ClientSessionDeletedEvent {
  return createFixture(
    catalogue,
    "client_session.deleted",
    overrides,
    options,
  ) as unknown as ClientSessionDeletedEvent;
}

/** A valid, realistic `connect_webview.login_failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectWebviewLoginFailedEvent(
  overrides?: DeepPartial<ConnectWebviewLoginFailedEvent>,
  options?: FixtureOptions,
): ConnectWebviewLoginFailedEvent {
  return createFixture(
    catalogue,
    "connect_webview.login_failed",
    overrides,
    options,
  ) as unknown as ConnectWebviewLoginFailedEvent;
}

/** A valid, realistic `connect_webview.login_succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectWebviewLoginSucceededEvent(
  overrides?: DeepPartial<ConnectWebviewLoginSucceededEvent>,
  options?: FixtureOptions,
): ConnectWebviewLoginSucceededEvent {
  return createFixture(
    catalogue,
    "connect_webview.login_succeeded",
    overrides,
    options,
  ) as unknown as ConnectWebviewLoginSucceededEvent;
}

/** A valid, realistic `connected_account.completed_first_sync` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountCompletedFirstSyncEvent(
  overrides?: DeepPartial<ConnectedAccountCompletedFirstSyncEvent>,
  options?: FixtureOptions,
): ConnectedAccountCompletedFirstSyncEvent {
  return createFixture(
    catalogue,
    "connected_account.completed_first_sync",
    overrides,
    options,
  ) as unknown as ConnectedAccountCompletedFirstSyncEvent;
}

/** A valid, realistic `connected_account.completed_first_sync_after_reconnection` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountCompletedFirstSyncAfterReconnectionEvent(
  overrides?: DeepPartial<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>,
  options?: FixtureOptions,
): ConnectedAccountCompletedFirstSyncAfterReconnectionEvent {
  return createFixture(
    catalogue,
    "connected_account.completed_first_sync_after_reconnection",
    overrides,
    options,
  ) as unknown as ConnectedAccountCompletedFirstSyncAfterReconnectionEvent;
}

/** A valid, realistic `connected_account.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountConnectedEvent(
  overrides?: DeepPartial<ConnectedAccountConnectedEvent>,
  options?: FixtureOptions,
): ConnectedAccountConnectedEvent {
  return createFixture(
    catalogue,
    "connected_account.connected",
    overrides,
    options,
  ) as unknown as ConnectedAccountConnectedEvent;
}

/** A valid, realistic `connected_account.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountCreatedEvent(
  overrides?: DeepPartial<ConnectedAccountCreatedEvent>,
  options?: FixtureOptions,
): ConnectedAccountCreatedEvent {
  return createFixture(
    catalogue,
    "connected_account.created",
    overrides,
    options,
  ) as unknown as ConnectedAccountCreatedEvent;
}

/** A valid, realistic `connected_account.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountDeletedEvent(
  overrides?: DeepPartial<ConnectedAccountDeletedEvent>,
  options?: FixtureOptions,
): ConnectedAccountDeletedEvent {
  return createFixture(
    catalogue,
    "connected_account.deleted",
    overrides,
    options,
  ) as unknown as ConnectedAccountDeletedEvent;
}

/** A valid, realistic `connected_account.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountDisconnectedEvent(
  overrides?: DeepPartial<ConnectedAccountDisconnectedEvent>,
  options?: FixtureOptions,
): ConnectedAccountDisconnectedEvent {
  return createFixture(
    catalogue,
    "connected_account.disconnected",
    overrides,
    options,
  ) as unknown as ConnectedAccountDisconnectedEvent;
}

/** A valid, realistic `connected_account.reauthorization_requested` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountReauthorizationRequestedEvent(
  overrides?: DeepPartial<ConnectedAccountReauthorizationRequestedEvent>,
  options?: FixtureOptions,
): ConnectedAccountReauthorizationRequestedEvent {
  return createFixture(
    catalogue,
    "connected_account.reauthorization_requested",
    overrides,
    options,
  ) as unknown as ConnectedAccountReauthorizationRequestedEvent;
}

/**
 * A valid, realistic `connected_account.successful_login` payload, the same for the same options: see {@link createSeamEvent}.
 * @deprecated Use connect_webview.login_succeeded instead.
 */
export function createConnectedAccountSuccessfulLoginEvent(
  overrides?: DeepPartial<ConnectedAccountSuccessfulLoginEvent>,
  options?: FixtureOptions,
): ConnectedAccountSuccessfulLoginEvent {
  return createFixture(
    catalogue,
    "connected_account.successful_login",
    overrides,
    options,
  ) as unknown as ConnectedAccountSuccessfulLoginEvent;
}

/** A valid, realistic `device.accessory_keypad_connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceAccessoryKeypadConnectedEvent(
  overrides?: DeepPartial<DeviceAccessoryKeypadConnectedEvent>,
  options?: FixtureOptions,
): DeviceAccessoryKeypadConnectedEvent {
  return createFixture(
    catalogue,
    "device.accessory_keypad_connected",
    overrides,
    options,
  ) as unknown as DeviceAccessoryKeypadConnectedEvent;
}

/** A valid, realistic `device.accessory_keypad_disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceAccessoryKeypadDisconnectedEvent(
  overrides?: DeepPartial<DeviceAccessoryKeypadDisconnectedEvent>,
  options?: FixtureOptions,
): DeviceAccessoryKeypadDisconnectedEvent {
  return createFixture(
    catalogue,
    "device.accessory_keypad_disconnected",
    overrides,
    options,
  ) as unknown as DeviceAccessoryKeypadDisconnectedEvent;
}

/** A valid, realistic `device.added` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceAddedEvent(
  overrides?: DeepPartial<DeviceAddedEvent>,
  options?: FixtureOptions,
): DeviceAddedEvent {
  return createFixture(
    catalogue,
    "device.added",
    overrides,
    options,
  ) as unknown as DeviceAddedEvent;
}

/** A valid, realistic `device.battery_status_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceBatteryStatusChangedEvent(
  overrides?: DeepPartial<DeviceBatteryStatusChangedEvent>,
  options?: FixtureOptions,
): DeviceBatteryStatusChangedEvent {
  return createFixture(
    catalogue,
    "device.battery_status_changed",
    overrides,
    options,
  ) as unknown as DeviceBatteryStatusChangedEvent;
}

/** A valid, realistic `device.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceConnectedEvent(
  overrides?: DeepPartial<DeviceConnectedEvent>,
  options?: FixtureOptions,
): DeviceConnectedEvent {
  return createFixture(
    catalogue,
    "device.connected",
    overrides,
    options,
  ) as unknown as DeviceConnectedEvent;
}

/** A valid, realistic `device.connection_became_flaky` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceConnectionBecameFlakyEvent(
  overrides?: DeepPartial<DeviceConnectionBecameFlakyEvent>,
  options?: FixtureOptions,
): DeviceConnectionBecameFlakyEvent {
  return createFixture(
    catalogue,
    "device.connection_became_flaky",
    overrides,
    options,
  ) as unknown as DeviceConnectionBecameFlakyEvent;
}

/** A valid, realistic `device.connection_stabilized` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceConnectionStabilizedEvent(
  overrides?: DeepPartial<DeviceConnectionStabilizedEvent>,
  options?: FixtureOptions,
): DeviceConnectionStabilizedEvent {
  return createFixture(
    catalogue,
    "device.connection_stabilized",
    overrides,
    options,
  ) as unknown as DeviceConnectionStabilizedEvent;
}

/** A valid, realistic `device.converted_to_unmanaged` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceConvertedToUnmanagedEvent(
  overrides?: DeepPartial<DeviceConvertedToUnmanagedEvent>,
  options?: FixtureOptions,
): DeviceConvertedToUnmanagedEvent {
  return createFixture(
    catalogue,
    "device.converted_to_unmanaged",
    overrides,
    options,
  ) as unknown as DeviceConvertedToUnmanagedEvent;
}

/** A valid, realistic `device.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceDeletedEvent(
  overrides?: DeepPartial<DeviceDeletedEvent>,
  options?: FixtureOptions,
): DeviceDeletedEvent {
  return createFixture(
    catalogue,
    "device.deleted",
    overrides,
    options,
  ) as unknown as DeviceDeletedEvent;
}

/** A valid, realistic `device.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceDisconnectedEvent(
  overrides?: DeepPartial<DeviceDisconnectedEvent>,
  options?: FixtureOptions,
): DeviceDisconnectedEvent {
  return createFixture(
    catalogue,
    "device.disconnected",
    overrides,
    options,
  ) as unknown as DeviceDisconnectedEvent;
}

/** A valid, realistic `device.doorbell_rang` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceDoorbellRangEvent(
  overrides?: DeepPartial<DeviceDoorbellRangEvent>,
  options?: FixtureOptions,
): DeviceDoorbellRangEvent {
  return createFixture(
    catalogue,
    "device.doorbell_rang",
    overrides,
    options,
  ) as unknown as DeviceDoorbellRangEvent;
}

/** A valid, realistic `device.error.subscription_required` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceErrorSubscriptionRequiredEvent(
  overrides?: DeepPartial<DeviceErrorSubscriptionRequiredEvent>,
  options?: FixtureOptions,
): DeviceErrorSubscriptionRequiredEvent {
  return createFixture(
    catalogue,
    "device.error.subscription_required",
    overrides,
    options,
  ) as unknown as DeviceErrorSubscriptionRequiredEvent;
}

/** A valid, realistic `device.error.subscription_required.resolved` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceErrorSubscriptionRequiredResolvedEvent(
  overrides?: DeepPartial<DeviceErrorSubscriptionRequiredResolvedEvent>,
  options?: FixtureOptions,
): DeviceErrorSubscriptionRequiredResolvedEvent {
  return createFixture(
    catalogue,
    "device.error.subscription_required.resolved",
    overrides,
    options,
  ) as unknown as DeviceErrorSubscriptionRequiredResolvedEvent;
}

/** A valid, realistic `device.low_battery` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceLowBatteryEvent(
  overrides?: DeepPartial<DeviceLowBatteryEvent>,
  options?: FixtureOptions,
): DeviceLowBatteryEvent {
  return createFixture(
    catalogue,
    "device.low_battery",
    overrides,
    options,
  ) as unknown as DeviceLowBatteryEvent;
}

/** A valid, realistic `device.name_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceNameChangedEvent(
  overrides?: DeepPartial<DeviceNameChangedEvent>,
  options?: FixtureOptions,
): DeviceNameChangedEvent {
  return createFixture(
    catalogue,
    "device.name_changed",
    overrides,
    options,
  ) as unknown as DeviceNameChangedEvent;
}

/** A valid, realistic `device.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceRemovedEvent(
  overrides?: DeepPartial<DeviceRemovedEvent>,
  options?: FixtureOptions,
): DeviceRemovedEvent {
  return createFixture(
    catalogue,
    "device.removed",
    overrides,
    options,
  ) as unknown as DeviceRemovedEvent;
}

/** A valid, realistic `device.salto.privacy_mode_activated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceSaltoPrivacyModeActivatedEvent(
  overrides?: DeepPartial<DeviceSaltoPrivacyModeActivatedEvent>,
  options?: FixtureOptions,
): DeviceSaltoPrivacyModeActivatedEvent {
  return createFixture(
    catalogue,
    "device.salto.privacy_mode_activated",
    overrides,
    options,
  ) as unknown as DeviceSaltoPrivacyModeActivatedEvent;
}

/** A valid, realistic `device.salto.privacy_mode_deactivated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceSaltoPrivacyModeDeactivatedEvent(
  overrides?: DeepPartial<DeviceSaltoPrivacyModeDeactivatedEvent>,
  options?: FixtureOptions,
): DeviceSaltoPrivacyModeDeactivatedEvent {
  return createFixture(
    catalogue,
    "device.salto.privacy_mode_deactivated",
    overrides,
    options,
  ) as unknown as DeviceSaltoPrivacyModeDeactivatedEvent;
}

/** A valid, realistic `device.tampered` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceTamperedEvent(
  overrides?: DeepPartial<DeviceTamperedEvent>,
  options?: FixtureOptions,
): DeviceTamperedEvent {
  return createFixture(
    catalogue,
    "device.tampered",
    overrides,
    options,
  ) as unknown as DeviceTamperedEvent;
}

/** A valid, realistic `device.third_party_integration_detected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceThirdPartyIntegrationDetectedEvent(
  overrides?: DeepPartial<DeviceThirdPartyIntegrationDetectedEvent>,
  options?: FixtureOptions,
): DeviceThirdPartyIntegrationDetectedEvent {
  return createFixture(
    catalogue,
    "device.third_party_integration_detected",
    overrides,
    options,
  ) as unknown as DeviceThirdPartyIntegrationDetectedEvent;
}

/** A valid, realistic `device.third_party_integration_no_longer_detected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceThirdPartyIntegrationNoLongerDetectedEvent(
  overrides?: DeepPartial<DeviceThirdPartyIntegrationNoLongerDetectedEvent>,
  options?: FixtureOptions,
): DeviceThirdPartyIntegrationNoLongerDetectedEvent {
  return createFixture(
    catalogue,
    "device.third_party_integration_no_longer_detected",
    overrides,
    options,
  ) as unknown as DeviceThirdPartyIntegrationNoLongerDetectedEvent;
}

/** A valid, realistic `device.unmanaged.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceUnmanagedConnectedEvent(
  overrides?: DeepPartial<DeviceUnmanagedConnectedEvent>,
  options?: FixtureOptions,
): DeviceUnmanagedConnectedEvent {
  return createFixture(
    catalogue,
    "device.unmanaged.connected",
    overrides,
    options,
  ) as unknown as DeviceUnmanagedConnectedEvent;
}

/** A valid, realistic `device.unmanaged.converted_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceUnmanagedConvertedToManagedEvent(
  overrides?: DeepPartial<DeviceUnmanagedConvertedToManagedEvent>,
  options?: FixtureOptions,
): DeviceUnmanagedConvertedToManagedEvent {
  return createFixture(
    catalogue,
    "device.unmanaged.converted_to_managed",
    overrides,
    options,
  ) as unknown as DeviceUnmanagedConvertedToManagedEvent;
}

/** A valid, realistic `device.unmanaged.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceUnmanagedDisconnectedEvent(
  overrides?: DeepPartial<DeviceUnmanagedDisconnectedEvent>,
  options?: FixtureOptions,
): DeviceUnmanagedDisconnectedEvent {
  return createFixture(
    catalogue,
    "device.unmanaged.disconnected",
    overrides,
    options,
  ) as unknown as DeviceUnmanagedDisconnectedEvent;
}

/** A valid, realistic `enrollment_automation.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createEnrollmentAutomationDeletedEvent(
  overrides?: DeepPartial<EnrollmentAutomationDeletedEvent>,
  options?: FixtureOptions,
): EnrollmentAutomationDeletedEvent {
  return createFixture(
    catalogue,
    "enrollment_automation.deleted",
    overrides,
    options,
  ) as unknown as EnrollmentAutomationDeletedEvent;
}

/** A valid, realistic `lock.access_denied` payload, the same for the same options: see {@link createSeamEvent}. */
export function createLockAccessDeniedEvent(
  overrides?: DeepPartial<LockAccessDeniedEvent>,
  options?: FixtureOptions,
): LockAccessDeniedEvent {
  return createFixture(
    catalogue,
    "lock.access_denied",
    overrides,
    options,
  ) as unknown as LockAccessDeniedEvent;
}

/** A valid, realistic `lock.locked` payload, the same for the same options: see {@link createSeamEvent}. */
export function createLockLockedEvent(
  overrides?: DeepPartial<LockLockedEvent>,
  options?: FixtureOptions,
): LockLockedEvent {
  return createFixture(catalogue, "lock.locked", overrides, options) as unknown as LockLockedEvent;
}

/** A valid, realistic `lock.unlocked` payload, the same for the same options: see {@link createSeamEvent}. */
export function createLockUnlockedEvent(
  overrides?: DeepPartial<LockUnlockedEvent>,
  options?: FixtureOptions,
): LockUnlockedEvent {
  return createFixture(
    catalogue,
    "lock.unlocked",
    overrides,
    options,
  ) as unknown as LockUnlockedEvent;
}

/** A valid, realistic `noise_sensor.noise_threshold_triggered` payload, the same for the same options: see {@link createSeamEvent}. */
export function createNoiseSensorNoiseThresholdTriggeredEvent(
  overrides?: DeepPartial<NoiseSensorNoiseThresholdTriggeredEvent>,
  options?: FixtureOptions,
): NoiseSensorNoiseThresholdTriggeredEvent {
  return createFixture(
    catalogue,
    "noise_sensor.noise_threshold_triggered",
    overrides,
    options,
  ) as unknown as NoiseSensorNoiseThresholdTriggeredEvent;
}

/** A valid, realistic `phone.deactivated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createPhoneDeactivatedEvent(
  overrides?: DeepPartial<PhoneDeactivatedEvent>,
  options?: FixtureOptions,
): PhoneDeactivatedEvent {
  return createFixture(
    catalogue,
    "phone.deactivated",
    overrides,
    options,
  ) as unknown as PhoneDeactivatedEvent;
}

/** A valid, realistic `space.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createSpaceCreatedEvent(
  overrides?: DeepPartial<SpaceCreatedEvent>,
  options?: FixtureOptions,
): SpaceCreatedEvent {
  return createFixture(
    catalogue,
    "space.created",
    overrides,
    options,
  ) as unknown as SpaceCreatedEvent;
}

/** A valid, realistic `space.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createSpaceDeletedEvent(
  overrides?: DeepPartial<SpaceDeletedEvent>,
  options?: FixtureOptions,
): SpaceDeletedEvent {
  return createFixture(
    catalogue,
    "space.deleted",
    overrides,
    options,
  ) as unknown as SpaceDeletedEvent;
}

/** A valid, realistic `space.device_membership_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createSpaceDeviceMembershipChangedEvent(
  overrides?: DeepPartial<SpaceDeviceMembershipChangedEvent>,
  options?: FixtureOptions,
): SpaceDeviceMembershipChangedEvent {
  return createFixture(
    catalogue,
    "space.device_membership_changed",
    overrides,
    options,
  ) as unknown as SpaceDeviceMembershipChangedEvent;
}

/** A valid, realistic `thermostat.climate_preset_activated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatClimatePresetActivatedEvent(
  overrides?: DeepPartial<ThermostatClimatePresetActivatedEvent>,
  options?: FixtureOptions,
): ThermostatClimatePresetActivatedEvent {
  return createFixture(
    catalogue,
    "thermostat.climate_preset_activated",
    overrides,
    options,
  ) as unknown as ThermostatClimatePresetActivatedEvent;
}

/** A valid, realistic `thermostat.manually_adjusted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatManuallyAdjustedEvent(
  overrides?: DeepPartial<ThermostatManuallyAdjustedEvent>,
  options?: FixtureOptions,
): ThermostatManuallyAdjustedEvent {
  return createFixture(
    catalogue,
    "thermostat.manually_adjusted",
    overrides,
    options,
  ) as unknown as ThermostatManuallyAdjustedEvent;
}

/** A valid, realistic `thermostat.temperature_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatTemperatureChangedEvent(
  overrides?: DeepPartial<ThermostatTemperatureChangedEvent>,
  options?: FixtureOptions,
): ThermostatTemperatureChangedEvent {
  return createFixture(
    catalogue,
    "thermostat.temperature_changed",
    overrides,
    options,
  ) as unknown as ThermostatTemperatureChangedEvent;
}

/** A valid, realistic `thermostat.temperature_reached_set_point` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatTemperatureReachedSetPointEvent(
  overrides?: DeepPartial<ThermostatTemperatureReachedSetPointEvent>,
  options?: FixtureOptions,
): ThermostatTemperatureReachedSetPointEvent {
  return createFixture(
    catalogue,
    "thermostat.temperature_reached_set_point",
    overrides,
    options,
  ) as unknown as ThermostatTemperatureReachedSetPointEvent;
}

/** A valid, realistic `thermostat.temperature_threshold_exceeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatTemperatureThresholdExceededEvent(
  overrides?: DeepPartial<ThermostatTemperatureThresholdExceededEvent>,
  options?: FixtureOptions,
): ThermostatTemperatureThresholdExceededEvent {
  return createFixture(
    catalogue,
    "thermostat.temperature_threshold_exceeded",
    overrides,
    options,
  ) as unknown as ThermostatTemperatureThresholdExceededEvent;
}

/** A valid, realistic `thermostat.temperature_threshold_no_longer_exceeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatTemperatureThresholdNoLongerExceededEvent(
  overrides?: DeepPartial<ThermostatTemperatureThresholdNoLongerExceededEvent>,
  options?: FixtureOptions,
): ThermostatTemperatureThresholdNoLongerExceededEvent {
  return createFixture(
    catalogue,
    "thermostat.temperature_threshold_no_longer_exceeded",
    overrides,
    options,
  ) as unknown as ThermostatTemperatureThresholdNoLongerExceededEvent;
}

/**
 * A valid, realistic payload of the event type `type`, typed as exactly that event.
 *
 * Throws an Error naming the type and the closest known names when `type` is not an event type of
 * the catalogue (older names included): this is a test helper, and a typo should stop the test.
 *
 * `overrides` are merged over it (see {@link DeepPartial}); `options` pick the seed and the optional
 * properties (see {@link FixtureOptions}).
 * @example createSeamEvent("access_code.backup_access_code_pulled", {}, { seed: 1, optional: "all" })
 */
export function createSeamEvent<T extends SeamEventType>(
  type: T,
  overrides?: DeepPartial<SeamEventOf<T>>,
  options?: FixtureOptions,
): SeamEventOf<T> {
  return createFixture(catalogue, type, overrides, options) as unknown as SeamEventOf<T>;
}

/**
 * Payloads of one event type for negative tests, each breaking one rule of the spec, with the `path`
 * and `code` of the error the validator reports for it: each required property missing, each value of
 * a wrong JSON type, a bad UUID, date-time or URI, a value outside its enum or range, a non-integer, and the
 * same inside the first item of every array and record and inside nested objects. They start from
 * `createSeamEvent(type, {}, options)`, so optional properties are broken only where present; the
 * `event_type` stays intact so that each payload reaches the event's own checks. Throws on an
 * unknown event type, like the factory.
 */
export function createInvalidSeamEvents(
  type: SeamEventType,
  options?: FixtureOptions,
): InvalidFixture[] {
  return createInvalidCases(catalogue, type, options);
}
