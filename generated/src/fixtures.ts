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
  atLeastSource,
  buildArray,
  createEventFixture,
  createFixture,
  createInvalidCases,
  displayNameText,
  idText,
  identifierText,
  mappedFromSource,
  notBeforeSource,
  pinCodeText,
  plausibleNumber,
  sentenceText,
  shapeMakers,
  slugText,
  timestampText,
  valueAtPath,
  webLink,
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

const accessCodeMutationCodeValues: readonly string[] = [
  "updating_name",
  "updating_code",
  "updating_time_frame",
  "deleting",
  "creating",
  "deferring_creation",
];

const batteryStatusValues: readonly string[] = ["critical", "low", "good", "full"];

const cameraActivationReasonValues: readonly string[] = ["motion_detected"];

const deviceDisconnectionErrorCodeValues: readonly string[] = [
  "account_disconnected",
  "hub_disconnected",
  "device_disconnected",
];

const fanModeSettingValues: readonly string[] = ["auto", "on", "circulate"];

const hvacModeSettingValues: readonly string[] = ["off", "heat", "cool", "heat_cool", "eco"];

const lockAccessDeniedReasonCodeValues: readonly string[] = [
  "unknown_code",
  "expired_code",
  "blocklisted_code",
  "too_many_attempts",
  "blocked_by_privacy_mode",
  "credential_error",
];

const lockMethodValues: readonly string[] = [
  "keycode",
  "manual",
  "automatic",
  "unknown",
  "remote",
  "card",
];

const motionSubTypeValues: readonly string[] = ["human", "vehicle", "package", "other"];

const thermostatAdjustmentMethodValues: readonly string[] = ["seam", "external"];

const nullableCodeProperty: PropertyBlueprint = {
  name: "code",
  required: true,
  type: { kind: "string" },
  nullable: true,
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

const createdAtNotBeforeOccurredAtProperty: PropertyBlueprint = {
  name: "created_at",
  required: true,
  type: { kind: "string", format: "date-time" },
  derive: { kind: "not_before", of: "occurred_at", maxGap: 120 },
};

const occurredAtProperty: PropertyBlueprint = {
  name: "occurred_at",
  required: true,
  type: { kind: "string", format: "date-time" },
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

const optionalIsBackupCodeWhenCodeProperty: PropertyBlueprint = {
  name: "is_backup_code",
  required: false,
  type: { kind: "boolean" },
  presentWhen: { of: "code" },
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

const actionTypeLikeLockDoorProperty: PropertyBlueprint = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["LOCK_DOOR"],
};

const statusLikeErrorProperty: PropertyBlueprint = {
  name: "status",
  required: true,
  type: { kind: "string" },
  examples: ["error"],
};

const optionalDeviceIdProperty: PropertyBlueprint = {
  name: "device_id",
  required: false,
  type: { kind: "string", format: "uuid" },
};

const statusLikeSuccessProperty: PropertyBlueprint = {
  name: "status",
  required: true,
  type: { kind: "string" },
  examples: ["success"],
};

const actionTypeLikeSimulateKeypadCodeEntryProperty: PropertyBlueprint = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["SIMULATE_KEYPAD_CODE_ENTRY"],
};

const actionTypeLikeSimulateManualLockViaKeypadProperty: PropertyBlueprint = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["SIMULATE_MANUAL_LOCK_VIA_KEYPAD"],
};

const actionTypeLikeUnlockDoorProperty: PropertyBlueprint = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["UNLOCK_DOOR"],
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

const errorCodeByValueDeviceErrors0ErrorCodeProperty: PropertyBlueprint = {
  name: "error_code",
  required: true,
  type: { kind: "enum", name: "DeviceDisconnectionErrorCode" },
  derive: {
    kind: "by_value",
    of: "device_errors/0/error_code",
    values: {
      account_disconnected: "account_disconnected",
      hub_disconnected: "hub_disconnected",
      device_offline: "device_disconnected",
    },
  },
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

const optionalAccessCodeIdWhenMethodKeycodeProperty: PropertyBlueprint = {
  name: "access_code_id",
  required: false,
  type: { kind: "string", format: "uuid" },
  presentWhen: { of: "method", in: ["keycode"] },
};

const methodProperty: PropertyBlueprint = {
  name: "method",
  required: true,
  type: { kind: "enum", name: "LockMethod" },
};

const optionalCodeWhenMethodKeycodeProperty: PropertyBlueprint = {
  name: "code",
  required: false,
  type: { kind: "string" },
  presentWhen: { of: "method", in: ["keycode"] },
};

const optionalAccessCodeIsManagedWhenAccessCodeIdProperty: PropertyBlueprint = {
  name: "access_code_is_managed",
  required: false,
  type: { kind: "boolean" },
  presentWhen: { of: "access_code_id" },
};

const optionalActionAttemptIdWhenMethodRemoteProperty: PropertyBlueprint = {
  name: "action_attempt_id",
  required: false,
  type: { kind: "string", format: "uuid" },
  presentWhen: { of: "method", in: ["remote"] },
};

const optionalIsViaBluetoothWhenMethodRemoteProperty: PropertyBlueprint = {
  name: "is_via_bluetooth",
  required: false,
  type: { kind: "boolean" },
  presentWhen: { of: "method", in: ["remote"] },
};

const optionalIsViaNfcWhenMethodCardProperty: PropertyBlueprint = {
  name: "is_via_nfc",
  required: false,
  type: { kind: "boolean" },
  presentWhen: { of: "method", in: ["card"] },
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

const temperatureFahrenheitLinearTemperatureCelsiusProperty: PropertyBlueprint = {
  name: "temperature_fahrenheit",
  required: true,
  type: { kind: "number" },
  derive: { kind: "linear", of: "temperature_celsius", scale: 1.8, offset: 32 },
};

const nullableLowerLimitCelsiusLike15Property: PropertyBlueprint = {
  name: "lower_limit_celsius",
  required: true,
  type: { kind: "number" },
  nullable: true,
  examples: [15, 16, 17, 18],
};

const nullableLowerLimitFahrenheitLinearLowerLimitCelsiusProperty: PropertyBlueprint = {
  name: "lower_limit_fahrenheit",
  required: true,
  type: { kind: "number" },
  nullable: true,
  derive: { kind: "linear", of: "lower_limit_celsius", scale: 1.8, offset: 32 },
};

const nullableUpperLimitCelsiusAtLeastLowerLimitCelsiusLike24Property: PropertyBlueprint = {
  name: "upper_limit_celsius",
  required: true,
  type: { kind: "number" },
  nullable: true,
  examples: [24, 25, 26, 27],
  derive: { kind: "at_least", of: "lower_limit_celsius", maxGap: 12 },
};

const nullableUpperLimitFahrenheitLinearUpperLimitCelsiusProperty: PropertyBlueprint = {
  name: "upper_limit_fahrenheit",
  required: true,
  type: { kind: "number" },
  nullable: true,
  derive: { kind: "linear", of: "upper_limit_celsius", scale: 1.8, offset: 32 },
};

const accessCodeChangedPropertyProperties: readonly PropertyBlueprint[] = [
  { name: "property", required: true, type: { kind: "string" }, examples: ["code", "name"] },
  {
    name: "from",
    required: true,
    type: { kind: "string" },
    nullable: true,
    derive: {
      kind: "by_value",
      of: "property",
      values: { code: "4821", name: "Front door guest" },
    },
  },
  {
    name: "to",
    required: true,
    type: { kind: "string" },
    nullable: true,
    derive: { kind: "by_value", of: "property", values: { code: "7390", name: "Weekend cleaner" } },
  },
];

const accessCodeNameValueProperties: readonly PropertyBlueprint[] = [
  { name: "name", required: true, type: { kind: "string" }, nullable: true },
];

const accessCodePinValueProperties: readonly PropertyBlueprint[] = [nullableCodeProperty];

const accessCodeRequestedMutationProperties: readonly PropertyBlueprint[] = [
  { name: "mutation_code", required: true, type: { kind: "enum", name: "AccessCodeMutationCode" } },
  {
    name: "from",
    required: false,
    type: { kind: "object" },
    presentWhen: { of: "mutation_code", in: ["deleting"], unless: true },
  },
  {
    name: "to",
    required: false,
    type: { kind: "object" },
    presentWhen: { of: "mutation_code", in: ["deleting"], unless: true },
  },
];

const accessCodeTimeFrameProperties: readonly PropertyBlueprint[] = [
  { name: "starts_at", required: true, type: { kind: "string" }, nullable: true },
  {
    name: "ends_at",
    required: true,
    type: { kind: "string" },
    nullable: true,
    derive: { kind: "not_before", of: "starts_at" },
  },
];

const lockAccessDeniedReasonProperties: readonly PropertyBlueprint[] = [
  {
    name: "reason_code",
    required: true,
    type: { kind: "enum", name: "LockAccessDeniedReasonCode" },
  },
  {
    name: "message",
    required: true,
    type: { kind: "string" },
    derive: {
      kind: "by_value",
      of: "reason_code",
      values: {
        unknown_code: "The code entered is not one this lock knows.",
        expired_code: "The code entered has expired and no longer opens this lock.",
        blocklisted_code: "The code entered is blocked on this lock.",
        too_many_attempts:
          "Too many wrong codes were entered, so the lock stopped accepting codes for a while.",
        blocked_by_privacy_mode: "The lock is in privacy mode and refuses every credential.",
        credential_error: "The card or credential presented could not be read.",
      },
    },
  },
];

const resourceErrorProperties: readonly PropertyBlueprint[] = [
  {
    name: "error_code",
    required: true,
    type: { kind: "string" },
    examples: ["account_disconnected", "device_offline", "hub_disconnected"],
  },
  {
    name: "message",
    required: true,
    type: { kind: "string" },
    derive: {
      kind: "by_value",
      of: "error_code",
      values: {
        account_disconnected:
          "The connected account lost its authorization; its owner needs to sign in again.",
        device_offline: "The device has stopped responding; check its power and its connection.",
        hub_disconnected:
          "The hub this device talks through is offline; check the hub's power and network.",
      },
    },
  },
  createdAtProperty,
];

const resourceWarningProperties: readonly PropertyBlueprint[] = [
  {
    name: "warning_code",
    required: true,
    type: { kind: "string" },
    examples: ["third_party_integration_detected", "device_has_flaky_connection"],
  },
  {
    name: "message",
    required: true,
    type: { kind: "string" },
    derive: {
      kind: "by_value",
      of: "warning_code",
      values: {
        third_party_integration_detected:
          "Another service also controls this device, and its changes may conflict with Seam's.",
        device_has_flaky_connection:
          "The connection to this device keeps dropping; it may miss some changes.",
      },
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A spare code from the backup pool was put into use on a device, usually to stand in for a code that could not be programmed.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Something about an access code is different now, such as its status or one of its settings.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  {
    name: "change_reason",
    required: false,
    type: { kind: "string" },
    examples: [
      "The access code was updated through the Seam API.",
      "The lock reported a change to the access code.",
      "The access code was edited in the lock's own app.",
    ],
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access code got a different PIN on its device." },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  {
    name: "description",
    required: true,
    type: { kind: "string" },
    examples: [
      "The PIN of the access code was changed on the lock.",
      "The access code was given a new PIN in the lock's own app.",
    ],
  },
  { name: "from", required: true, type: { kind: "shape", name: "AccessCodePinValue" } },
  { name: "to", required: true, type: { kind: "shape", name: "AccessCodePinValue" } },
];

const accessCodeCreatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_code.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Seam has a new access code on record; programming it onto the lock is reported by later events.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access code is still on its device well after Seam began removing it.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access code is reaching its device later than usual." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam removed an access code record for good." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Seam noticed that a code it had set on a device was removed there by other means, such as the lock's own app.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Taking an access code off its device went wrong." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Programming an access code onto its device went wrong." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Seam noticed that a code it had set on a device was altered there by other means, such as the lock's own app.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Someone asked for changes to an access code." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Someone gave an access code a different name on its device." },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  {
    name: "description",
    required: true,
    type: { kind: "string" },
    examples: [
      "The access code was renamed on the lock.",
      "The access code got a new name in the lock's own app.",
    ],
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access code was taken off its device and no longer works there.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A device that handles schedules itself now holds an access code ahead of its start time.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access code is now on its device and works there." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "The period in which an access code works was moved on its device, at its start, its end or both.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  accessCodeIdProperty,
  {
    name: "description",
    required: true,
    type: { kind: "string" },
    examples: [
      "The start and end times of the access code were changed on the lock.",
      "The access code now ends at a different time on the lock.",
    ],
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "An access code that Seam found on a device but did not manage is now managed by Seam.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam found a new access code on a device that was not created through Seam.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam could not take over the management of an access code it found on a device.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access code that Seam did not manage disappeared from its device.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Every door an access grant asked for is now open to its holder.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "One of the doors an access grant asked for is now open to its holder.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access grant now begins or ends at a different time." },
  },
  accessGrantIdProperty,
  { name: "access_grant_key", required: false, type: { kind: "string" } },
  { name: "starts_at", required: false, type: { kind: "string" } },
  {
    name: "ends_at",
    required: false,
    type: { kind: "string" },
    derive: { kind: "not_before", of: "starts_at" },
  },
];

const accessGrantAccessToDoorLostEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_to_door_lost" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "The holder of an access grant can no longer open one of the doors the grant asked for.",
    },
  },
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
    createdAtNotBeforeOccurredAtProperty,
    occurredAtProperty,
    {
      name: "event_description",
      required: false,
      type: { kind: "string" },
      derive: {
        kind: "text",
        value:
          "Some access methods that an access grant needs are missing because Seam failed to create them.",
      },
    },
    accessGrantIdProperty,
    {
      name: "error_message",
      required: true,
      type: { kind: "string" },
      examples: [
        "One of the doors in the access grant is on a device that is offline.",
        "The access system refused to create a credential for this user.",
        "A device in the access grant does not support access codes.",
      ],
    },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Someone set up a new access grant." },
  },
  accessGrantIdProperty,
];

const accessGrantDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_grant.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access grant was removed, and the access it gave is being withdrawn.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A card has to be written on an encoder before this access method can be used.",
    },
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const accessMethodCreatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A new access method was created for one or more access grants.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access method is still not issued although its access grant starts soon.",
    },
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const accessMethodDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access method no longer exists because it was deleted." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access grant has begun but one of its access methods is still not issued.",
    },
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
];

const accessMethodIssuedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.issued" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access method is now issued and ready for its holder to use.",
    },
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
  optionalCodeProperty,
  optionalIsBackupCodeWhenCodeProperty,
];

const accessMethodReissuedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.reissued" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access method that had already been issued was issued again.",
    },
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
  optionalCodeProperty,
  optionalIsBackupCodeWhenCodeProperty,
];

const accessMethodRevokedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.revoked" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access method was withdrawn and no longer gives access." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access group was removed from an access control system." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A credential was removed from an access control system." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A credential stopped working because it was invalidated." },
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty,
];

const acsCredentialIssuedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_credential.issued" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access control system issued a credential." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access control system issued a credential again, replacing the earlier issue.",
    },
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty,
];

const acsEncoderAddedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_encoder.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A card encoder became available in an access control system." },
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEncoderIdProperty,
];

const acsEncoderRemovedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_encoder.removed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A card encoder is no longer available in an access control system.",
    },
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEncoderIdProperty,
];

const acsEntranceAddedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_entrance.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access control system reported a new entrance." },
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEntranceIdProperty,
];

const acsEntranceRemovedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_entrance.removed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An entrance is no longer part of an access control system." },
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEntranceIdProperty,
];

const acsSystemAddedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access control system was added to the workspace." },
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
];

const acsSystemConnectedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.connected" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam connected, or reconnected, to an access control system." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam's link to an access control system broke." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access control system has a new user." },
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsUserIdProperty,
];

const acsUserDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_user.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A user was removed from an access control system." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A request to lock a door finished with an error." },
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeLockDoorProperty,
  statusLikeErrorProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A request to lock a door finished successfully." },
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeLockDoorProperty,
  statusLikeSuccessProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A simulated entry of a code on a keypad, used for testing, finished with an error.",
    },
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeSimulateKeypadCodeEntryProperty,
  statusLikeErrorProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A simulated entry of a code on a keypad, used for testing, finished successfully.",
    },
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeSimulateKeypadCodeEntryProperty,
  statusLikeSuccessProperty,
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
    createdAtNotBeforeOccurredAtProperty,
    occurredAtProperty,
    {
      name: "event_description",
      required: false,
      type: { kind: "string" },
      derive: {
        kind: "text",
        value: "A simulated manual lock from a keypad, used for testing, finished with an error.",
      },
    },
    optionalConnectedAccountIdProperty,
    actionAttemptIdProperty,
    actionTypeLikeSimulateManualLockViaKeypadProperty,
    statusLikeErrorProperty,
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
    createdAtNotBeforeOccurredAtProperty,
    occurredAtProperty,
    {
      name: "event_description",
      required: false,
      type: { kind: "string" },
      derive: {
        kind: "text",
        value: "A simulated manual lock from a keypad, used for testing, finished successfully.",
      },
    },
    optionalConnectedAccountIdProperty,
    actionAttemptIdProperty,
    actionTypeLikeSimulateManualLockViaKeypadProperty,
    statusLikeSuccessProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A request to unlock a door finished with an error." },
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeUnlockDoorProperty,
  statusLikeErrorProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A request to unlock a door finished successfully." },
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeUnlockDoorProperty,
  statusLikeSuccessProperty,
  optionalDeviceIdProperty,
];

const cameraActivatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "camera.activated" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A camera began recording, for instance when something moved in view.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A client session was removed, so its token no longer works." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Someone tried to sign in through a Connect Webview, without success.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A person completed sign-in in a Connect Webview, and their account is now linked.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Seam finished syncing a newly connected account for the first time, and its devices and systems can now be used.",
    },
  },
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
    createdAtNotBeforeOccurredAtProperty,
    occurredAtProperty,
    {
      name: "event_description",
      required: false,
      type: { kind: "string" },
      derive: {
        kind: "text",
        value:
          "Seam finished syncing a connected account again after it reconnected, and its devices and systems can be used again.",
      },
    },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Seam established a connection to a connected account, either newly or after a disconnection.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A third-party account was linked to the workspace through a Connect Webview.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A linked third-party account is no longer part of the workspace.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  {
    name: "connected_account_type",
    required: false,
    type: { kind: "string" },
    examples: ["august", "schlage", "salto_ks", "yale_access", "ecobee"],
  },
];

const connectedAccountDisconnectedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.disconnected" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam's link to a connected account broke." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "The owner of a connected account must sign in again to renew Seam's permissions.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Someone signed in to a connected account through a Connect Webview, whether or not it was connected before.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device gained an add-on keypad." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device lost its add-on keypad." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device appeared in the workspace, whether new or back after being removed.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A device's coarse battery status moved to another level, for example from good to low, since the previous such event.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  { name: "battery_level", required: true, type: { kind: "number", minimum: 0, maximum: 1 } },
  {
    name: "battery_status",
    required: true,
    type: { kind: "enum", name: "BatteryStatus" },
    derive: {
      kind: "by_range",
      of: "battery_level",
      bands: [
        { below: 0.05, value: "critical" },
        { below: 0.2, value: "low" },
        { below: 0.95, value: "good" },
        { value: "full" },
      ],
    },
  },
];

const deviceConnectedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.connected" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam can reach a device again, or for the first time." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam noticed that its connection to a device keeps dropping." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device connection that kept dropping is steady again." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device that Seam managed is now unmanaged, so Seam only observes it.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device was deleted through Seam, either on its own or with its connected account.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam can no longer reach a device; its `online` flag is now false.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
  errorCodeByValueDeviceErrors0ErrorCodeProperty,
];

const deviceDoorbellRangEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.doorbell_rang" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A visitor rang a doorbell device." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Some features of a device stay locked until its owner takes out a plan with the provider.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "The provider plan a device needed is now in place, or is no longer needed.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device is running short of battery power." },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  {
    name: "battery_level",
    required: true,
    type: { kind: "number", minimum: 0, maximum: 1 },
    examples: [0.04, 0.07, 0.11, 0.15, 0.18],
  },
];

const deviceNameChangedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.name_changed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device was given a new name." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Someone took a device out of its connected account directly with the provider, not through Seam.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A Salto lock entered privacy mode, which blocks most credentials until it is turned off.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Privacy mode ended on a Salto lock." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A device reported physical interference, such as its cover being removed or the unit being shifted.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Another service is controlling a device in a way that conflicts with Seam.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "The conflicting service on a device is gone, so Seam can manage it fully again.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam can reach a device it does not manage again; its `online` flag is now true.",
    },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device that Seam did not manage is now managed by Seam." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Seam can no longer reach a device it does not manage; its `online` flag is now false.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty,
  deviceErrorsProperty,
  deviceWarningsProperty,
  errorCodeByValueDeviceErrors0ErrorCodeProperty,
];

const enrollmentAutomationDeletedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "enrollment_automation.deleted" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Someone removed an enrollment automation." },
  },
  { name: "enrollment_automation_id", required: true, type: { kind: "string", format: "uuid" } },
];

const lockAccessDeniedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "lock.access_denied" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A lock turned someone away, typically after wrong codes or another rejected credential.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  optionalDeviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  {
    name: "access_code_id",
    required: false,
    type: { kind: "string", format: "uuid" },
    presentWhen: { of: "reason/reason_code", in: ["expired_code", "blocklisted_code"] },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A lock went into the locked state, by any means." },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  optionalAccessCodeIdWhenMethodKeycodeProperty,
  optionalAcsSystemIdProperty,
  optionalAcsEntranceIdProperty,
  optionalAcsUserIdProperty,
  optionalUserIdentityIdProperty,
  methodProperty,
  optionalCodeWhenMethodKeycodeProperty,
  optionalAccessCodeIsManagedWhenAccessCodeIdProperty,
  optionalActionAttemptIdWhenMethodRemoteProperty,
  optionalIsViaBluetoothWhenMethodRemoteProperty,
  optionalIsViaNfcWhenMethodCardProperty,
];

const lockUnlockedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "lock.unlocked" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A lock went into the unlocked state, by any means." },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  optionalDeviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  optionalAccessCodeIdWhenMethodKeycodeProperty,
  optionalAcsSystemIdProperty,
  optionalAcsEntranceIdProperty,
  optionalAcsUserIdProperty,
  optionalUserIdentityIdProperty,
  methodProperty,
  optionalCodeWhenMethodKeycodeProperty,
  optionalAccessCodeIsManagedWhenAccessCodeIdProperty,
  optionalActionAttemptIdWhenMethodRemoteProperty,
  optionalIsViaBluetoothWhenMethodRemoteProperty,
  optionalIsViaNfcWhenMethodCardProperty,
];

const noiseSensorNoiseThresholdTriggeredEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "noise_sensor.noise_threshold_triggered" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A noise sensor heard noise above one of its thresholds, or for longer than the threshold allows.",
    },
  },
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
  {
    name: "noise_level_nrs",
    required: false,
    type: { kind: "number" },
    presentWhen: { of: "minut_metadata", unless: true },
  },
  { name: "minut_metadata", required: false, type: { kind: "object" } },
  {
    name: "noiseaware_metadata",
    required: false,
    type: { kind: "object" },
    presentWhen: { of: "minut_metadata", unless: true },
  },
];

const phoneDeactivatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "phone.deactivated" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A phone registered for mobile access was deactivated and can no longer be used as a credential.",
    },
  },
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
];

const spaceCreatedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "space.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A new space now exists in the workspace." },
  },
  spaceIdProperty,
  optionalSpaceKeyProperty,
  deviceIdsProperty,
  acsEntranceIdsProperty,
];

const spaceDeletedEventProperties: readonly PropertyBlueprint[] = [
  { name: "event_type", required: true, type: { kind: "literal", value: "space.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A space was removed from the workspace." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "The set of devices in a space changed." },
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A thermostat switched to one of its climate presets, either by schedule or as its fallback.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  {
    name: "climate_preset_key",
    required: true,
    type: { kind: "string" },
    examples: ["home", "away", "sleep", "eco", "occupied"],
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "Someone changed the settings of a thermostat by hand rather than through a schedule or preset.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  { name: "method", required: true, type: { kind: "enum", name: "ThermostatAdjustmentMethod" } },
  { name: "hvac_mode_setting", required: false, type: { kind: "enum", name: "HvacModeSetting" } },
  { name: "fan_mode_setting", required: false, type: { kind: "enum", name: "FanModeSetting" } },
  {
    name: "heating_set_point_celsius",
    required: false,
    type: { kind: "number" },
    presentWhen: { of: "hvac_mode_setting", in: ["heat", "heat_cool"] },
  },
  {
    name: "heating_set_point_fahrenheit",
    required: false,
    type: { kind: "number" },
    derive: { kind: "linear", of: "heating_set_point_celsius", scale: 1.8, offset: 32 },
  },
  {
    name: "cooling_set_point_celsius",
    required: false,
    type: { kind: "number" },
    derive: { kind: "at_least", of: "heating_set_point_celsius", maxGap: 6 },
    presentWhen: { of: "hvac_mode_setting", in: ["cool", "heat_cool"] },
  },
  {
    name: "cooling_set_point_fahrenheit",
    required: false,
    type: { kind: "number" },
    derive: { kind: "linear", of: "cooling_set_point_celsius", scale: 1.8, offset: 32 },
  },
];

const thermostatTemperatureChangedEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_changed" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A thermostat's reading shifted by a degree Celsius or more since it was last reported.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  temperatureCelsiusProperty,
  temperatureFahrenheitLinearTemperatureCelsiusProperty,
];

const thermostatTemperatureReachedSetPointEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_reached_set_point" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value:
        "A room has nearly hit its target: the thermostat reads less than 1 °C away from a heating or cooling set point.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  temperatureCelsiusProperty,
  temperatureFahrenheitLinearTemperatureCelsiusProperty,
  {
    name: "desired_temperature_celsius",
    required: false,
    type: { kind: "number" },
    derive: { kind: "at_least", of: "temperature_celsius", maxGap: 0.9 },
  },
  {
    name: "desired_temperature_fahrenheit",
    required: false,
    type: { kind: "number" },
    derive: { kind: "linear", of: "desired_temperature_celsius", scale: 1.8, offset: 32 },
  },
];

const thermostatTemperatureThresholdExceededEventProperties: readonly PropertyBlueprint[] = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_threshold_exceeded" },
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A thermostat's reading left the acceptable range you set for it.",
    },
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  {
    name: "temperature_celsius",
    required: true,
    type: { kind: "number" },
    examples: [9.5, 11, 12.5, 30.5, 32, 33.5],
  },
  temperatureFahrenheitLinearTemperatureCelsiusProperty,
  nullableLowerLimitCelsiusLike15Property,
  nullableLowerLimitFahrenheitLinearLowerLimitCelsiusProperty,
  nullableUpperLimitCelsiusAtLeastLowerLimitCelsiusLike24Property,
  nullableUpperLimitFahrenheitLinearUpperLimitCelsiusProperty,
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
    createdAtNotBeforeOccurredAtProperty,
    occurredAtProperty,
    {
      name: "event_description",
      required: false,
      type: { kind: "string" },
      derive: {
        kind: "text",
        value: "A thermostat's reading is back within the acceptable range you set for it.",
      },
    },
    connectedAccountIdProperty,
    optionalConnectedAccountCustomMetadataProperty,
    optionalCustomerKeyProperty,
    deviceIdProperty,
    optionalDeviceCustomMetadataProperty,
    {
      name: "temperature_celsius",
      required: true,
      type: { kind: "number" },
      examples: [19, 20.5, 21, 22.5, 23],
    },
    temperatureFahrenheitLinearTemperatureCelsiusProperty,
    nullableLowerLimitCelsiusLike15Property,
    nullableLowerLimitFahrenheitLinearLowerLimitCelsiusProperty,
    nullableUpperLimitCelsiusAtLeastLowerLimitCelsiusLike24Property,
    nullableUpperLimitFahrenheitLinearUpperLimitCelsiusProperty,
  ];

const accessCodeBackupAccessCodePulledEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_code.backup_access_code_pulled": accessCodeBackupAccessCodePulledEventProperties,
  },
  aliases: {},
};

const accessCodeChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { AccessCodeChangedProperty: accessCodeChangedPropertyProperties },
  events: { "access_code.changed": accessCodeChangedEventProperties },
  aliases: {},
};

const accessCodeCodeChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { AccessCodePinValue: accessCodePinValueProperties },
  events: { "access_code.code_changed": accessCodeCodeChangedEventProperties },
  aliases: {},
};

const accessCodeCreatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.created": accessCodeCreatedEventProperties },
  aliases: {},
};

const accessCodeDelayInRemovingFromDeviceEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "access_code.delay_in_removing_from_device": accessCodeDelayInRemovingFromDeviceEventProperties,
  },
  aliases: {},
};

const accessCodeDelayInSettingOnDeviceEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "access_code.delay_in_setting_on_device": accessCodeDelayInSettingOnDeviceEventProperties,
  },
  aliases: {},
};

const accessCodeDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.deleted": accessCodeDeletedEventProperties },
  aliases: {},
};

const accessCodeDeletedExternalToSeamEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_code.deleted_external_to_seam": accessCodeDeletedExternalToSeamEventProperties,
  },
  aliases: {},
};

const accessCodeFailedToRemoveFromDeviceEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "access_code.failed_to_remove_from_device": accessCodeFailedToRemoveFromDeviceEventProperties,
  },
  aliases: {},
};

const accessCodeFailedToSetOnDeviceEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "access_code.failed_to_set_on_device": accessCodeFailedToSetOnDeviceEventProperties },
  aliases: {},
};

const accessCodeModifiedExternalToSeamEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_code.modified_external_to_seam": accessCodeModifiedExternalToSeamEventProperties,
  },
  aliases: {},
};

const accessCodeMutationsRequestedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: { AccessCodeMutationCode: accessCodeMutationCodeValues },
  shapes: { AccessCodeRequestedMutation: accessCodeRequestedMutationProperties },
  events: { "access_code.mutations_requested": accessCodeMutationsRequestedEventProperties },
  aliases: {},
};

const accessCodeNameChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { AccessCodeNameValue: accessCodeNameValueProperties },
  events: { "access_code.name_changed": accessCodeNameChangedEventProperties },
  aliases: {},
};

const accessCodeRemovedFromDeviceEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.removed_from_device": accessCodeRemovedFromDeviceEventProperties },
  aliases: {},
};

const accessCodeScheduledOnDeviceEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.scheduled_on_device": accessCodeScheduledOnDeviceEventProperties },
  aliases: {},
};

const accessCodeSetOnDeviceEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.set_on_device": accessCodeSetOnDeviceEventProperties },
  aliases: {},
};

const accessCodeTimeFrameChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { AccessCodeTimeFrame: accessCodeTimeFrameProperties },
  events: { "access_code.time_frame_changed": accessCodeTimeFrameChangedEventProperties },
  aliases: {},
};

const accessCodeUnmanagedConvertedToManagedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_code.unmanaged.converted_to_managed":
      accessCodeUnmanagedConvertedToManagedEventProperties,
  },
  aliases: {},
};

const accessCodeUnmanagedCreatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.unmanaged.created": accessCodeUnmanagedCreatedEventProperties },
  aliases: {},
};

const accessCodeUnmanagedFailedToConvertToManagedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "access_code.unmanaged.failed_to_convert_to_managed":
      accessCodeUnmanagedFailedToConvertToManagedEventProperties,
  },
  aliases: {},
};

const accessCodeUnmanagedRemovedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.unmanaged.removed": accessCodeUnmanagedRemovedEventProperties },
  aliases: {},
};

const accessGrantAccessGrantedToAllDoorsEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_grant.access_granted_to_all_doors": accessGrantAccessGrantedToAllDoorsEventProperties,
  },
  aliases: {},
};

const accessGrantAccessGrantedToDoorEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.access_granted_to_door": accessGrantAccessGrantedToDoorEventProperties },
  aliases: {},
};

const accessGrantAccessTimesChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.access_times_changed": accessGrantAccessTimesChangedEventProperties },
  aliases: {},
};

const accessGrantAccessToDoorLostEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.access_to_door_lost": accessGrantAccessToDoorLostEventProperties },
  aliases: {},
};

const accessGrantCouldNotCreateRequestedAccessMethodsEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_grant.could_not_create_requested_access_methods":
      accessGrantCouldNotCreateRequestedAccessMethodsEventProperties,
  },
  aliases: {},
};

const accessGrantCreatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.created": accessGrantCreatedEventProperties },
  aliases: {},
};

const accessGrantDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.deleted": accessGrantDeletedEventProperties },
  aliases: {},
};

const accessMethodCardEncodingRequiredEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_method.card_encoding_required": accessMethodCardEncodingRequiredEventProperties,
  },
  aliases: {},
};

const accessMethodCreatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.created": accessMethodCreatedEventProperties },
  aliases: {},
};

const accessMethodDelayInIssuingEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.delay_in_issuing": accessMethodDelayInIssuingEventProperties },
  aliases: {},
};

const accessMethodDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.deleted": accessMethodDeletedEventProperties },
  aliases: {},
};

const accessMethodFailedToIssueEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.failed_to_issue": accessMethodFailedToIssueEventProperties },
  aliases: {},
};

const accessMethodIssuedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.issued": accessMethodIssuedEventProperties },
  aliases: {},
};

const accessMethodReissuedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.reissued": accessMethodReissuedEventProperties },
  aliases: {},
};

const accessMethodRevokedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.revoked": accessMethodRevokedEventProperties },
  aliases: {},
};

const acsAccessGroupDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_access_group.deleted": acsAccessGroupDeletedEventProperties },
  aliases: {},
};

const acsCredentialDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_credential.deleted": acsCredentialDeletedEventProperties },
  aliases: {},
};

const acsCredentialInvalidatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_credential.invalidated": acsCredentialInvalidatedEventProperties },
  aliases: {},
};

const acsCredentialIssuedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_credential.issued": acsCredentialIssuedEventProperties },
  aliases: {},
};

const acsCredentialReissuedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_credential.reissued": acsCredentialReissuedEventProperties },
  aliases: {},
};

const acsEncoderAddedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_encoder.added": acsEncoderAddedEventProperties },
  aliases: {},
};

const acsEncoderRemovedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_encoder.removed": acsEncoderRemovedEventProperties },
  aliases: {},
};

const acsEntranceAddedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_entrance.added": acsEntranceAddedEventProperties },
  aliases: {},
};

const acsEntranceRemovedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_entrance.removed": acsEntranceRemovedEventProperties },
  aliases: {},
};

const acsSystemAddedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_system.added": acsSystemAddedEventProperties },
  aliases: {},
};

const acsSystemConnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_system.connected": acsSystemConnectedEventProperties },
  aliases: {},
};

const acsSystemDisconnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "acs_system.disconnected": acsSystemDisconnectedEventProperties },
  aliases: {},
};

const acsUserCreatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_user.created": acsUserCreatedEventProperties },
  aliases: {},
};

const acsUserDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_user.deleted": acsUserDeletedEventProperties },
  aliases: {},
};

const actionAttemptLockDoorFailedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "action_attempt.lock_door.failed": actionAttemptLockDoorFailedEventProperties },
  aliases: {},
};

const actionAttemptLockDoorSucceededEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "action_attempt.lock_door.succeeded": actionAttemptLockDoorSucceededEventProperties },
  aliases: {},
};

const actionAttemptSimulateKeypadCodeEntryFailedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.simulate_keypad_code_entry.failed":
      actionAttemptSimulateKeypadCodeEntryFailedEventProperties,
  },
  aliases: {},
};

const actionAttemptSimulateKeypadCodeEntrySucceededEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.simulate_keypad_code_entry.succeeded":
      actionAttemptSimulateKeypadCodeEntrySucceededEventProperties,
  },
  aliases: {},
};

const actionAttemptSimulateManualLockViaKeypadFailedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.simulate_manual_lock_via_keypad.failed":
      actionAttemptSimulateManualLockViaKeypadFailedEventProperties,
  },
  aliases: {},
};

const actionAttemptSimulateManualLockViaKeypadSucceededEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.simulate_manual_lock_via_keypad.succeeded":
      actionAttemptSimulateManualLockViaKeypadSucceededEventProperties,
  },
  aliases: {},
};

const actionAttemptUnlockDoorFailedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "action_attempt.unlock_door.failed": actionAttemptUnlockDoorFailedEventProperties },
  aliases: {},
};

const actionAttemptUnlockDoorSucceededEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.unlock_door.succeeded": actionAttemptUnlockDoorSucceededEventProperties,
  },
  aliases: {},
};

const cameraActivatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {
    CameraActivationReason: cameraActivationReasonValues,
    MotionSubType: motionSubTypeValues,
  },
  shapes: {},
  events: { "camera.activated": cameraActivatedEventProperties },
  aliases: {},
};

const clientSessionDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "client_session.deleted": clientSessionDeletedEventProperties },
  aliases: {},
};

const connectWebviewLoginFailedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connect_webview.login_failed": connectWebviewLoginFailedEventProperties },
  aliases: {},
};

const connectWebviewLoginSucceededEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connect_webview.login_succeeded": connectWebviewLoginSucceededEventProperties },
  aliases: {},
};

const connectedAccountCompletedFirstSyncEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "connected_account.completed_first_sync": connectedAccountCompletedFirstSyncEventProperties,
  },
  aliases: {},
};

const connectedAccountCompletedFirstSyncAfterReconnectionEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "connected_account.completed_first_sync_after_reconnection":
      connectedAccountCompletedFirstSyncAfterReconnectionEventProperties,
  },
  aliases: {},
};

const connectedAccountConnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connected_account.connected": connectedAccountConnectedEventProperties },
  aliases: {},
};

const connectedAccountCreatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connected_account.created": connectedAccountCreatedEventProperties },
  aliases: {},
};

const connectedAccountDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connected_account.deleted": connectedAccountDeletedEventProperties },
  aliases: {},
};

const connectedAccountDisconnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "connected_account.disconnected": connectedAccountDisconnectedEventProperties },
  aliases: {},
};

const connectedAccountReauthorizationRequestedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "connected_account.reauthorization_requested":
      connectedAccountReauthorizationRequestedEventProperties,
  },
  aliases: {},
};

const connectedAccountSuccessfulLoginEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connected_account.successful_login": connectedAccountSuccessfulLoginEventProperties },
  aliases: {},
};

const deviceAccessoryKeypadConnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.accessory_keypad_connected": deviceAccessoryKeypadConnectedEventProperties },
  aliases: {},
};

const deviceAccessoryKeypadDisconnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "device.accessory_keypad_disconnected": deviceAccessoryKeypadDisconnectedEventProperties,
  },
  aliases: {},
};

const deviceAddedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.added": deviceAddedEventProperties },
  aliases: {},
};

const deviceBatteryStatusChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: { BatteryStatus: batteryStatusValues },
  shapes: {},
  events: { "device.battery_status_changed": deviceBatteryStatusChangedEventProperties },
  aliases: {},
};

const deviceConnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.connected": deviceConnectedEventProperties },
  aliases: {},
};

const deviceConnectionBecameFlakyEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "device.connection_became_flaky": deviceConnectionBecameFlakyEventProperties },
  aliases: {},
};

const deviceConnectionStabilizedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.connection_stabilized": deviceConnectionStabilizedEventProperties },
  aliases: {},
};

const deviceConvertedToUnmanagedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.converted_to_unmanaged": deviceConvertedToUnmanagedEventProperties },
  aliases: {},
};

const deviceDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.deleted": deviceDeletedEventProperties },
  aliases: {},
};

const deviceDisconnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: { DeviceDisconnectionErrorCode: deviceDisconnectionErrorCodeValues },
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "device.disconnected": deviceDisconnectedEventProperties },
  aliases: {},
};

const deviceDoorbellRangEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.doorbell_rang": deviceDoorbellRangEventProperties },
  aliases: {},
};

const deviceErrorSubscriptionRequiredEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "device.error.subscription_required": deviceErrorSubscriptionRequiredEventProperties },
  aliases: {},
};

const deviceErrorSubscriptionRequiredResolvedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.error.subscription_required.resolved":
      deviceErrorSubscriptionRequiredResolvedEventProperties,
  },
  aliases: {},
};

const deviceLowBatteryEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.low_battery": deviceLowBatteryEventProperties },
  aliases: {},
};

const deviceNameChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.name_changed": deviceNameChangedEventProperties },
  aliases: {},
};

const deviceRemovedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.removed": deviceRemovedEventProperties },
  aliases: {},
};

const deviceSaltoPrivacyModeActivatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.salto.privacy_mode_activated": deviceSaltoPrivacyModeActivatedEventProperties },
  aliases: {},
};

const deviceSaltoPrivacyModeDeactivatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.salto.privacy_mode_deactivated": deviceSaltoPrivacyModeDeactivatedEventProperties,
  },
  aliases: {},
};

const deviceTamperedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.tampered": deviceTamperedEventProperties },
  aliases: {},
};

const deviceThirdPartyIntegrationDetectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.third_party_integration_detected": deviceThirdPartyIntegrationDetectedEventProperties,
  },
  aliases: {},
};

const deviceThirdPartyIntegrationNoLongerDetectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.third_party_integration_no_longer_detected":
      deviceThirdPartyIntegrationNoLongerDetectedEventProperties,
  },
  aliases: {},
};

const deviceUnmanagedConnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.unmanaged.connected": deviceUnmanagedConnectedEventProperties },
  aliases: {},
};

const deviceUnmanagedConvertedToManagedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.unmanaged.converted_to_managed": deviceUnmanagedConvertedToManagedEventProperties,
  },
  aliases: {},
};

const deviceUnmanagedDisconnectedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: { DeviceDisconnectionErrorCode: deviceDisconnectionErrorCodeValues },
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "device.unmanaged.disconnected": deviceUnmanagedDisconnectedEventProperties },
  aliases: {},
};

const enrollmentAutomationDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "enrollment_automation.deleted": enrollmentAutomationDeletedEventProperties },
  aliases: {},
};

const lockAccessDeniedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: { LockAccessDeniedReasonCode: lockAccessDeniedReasonCodeValues },
  shapes: { LockAccessDeniedReason: lockAccessDeniedReasonProperties },
  events: { "lock.access_denied": lockAccessDeniedEventProperties },
  aliases: {},
};

const lockLockedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: { LockMethod: lockMethodValues },
  shapes: {},
  events: { "lock.locked": lockLockedEventProperties },
  aliases: {},
};

const lockUnlockedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: { LockMethod: lockMethodValues },
  shapes: {},
  events: { "lock.unlocked": lockUnlockedEventProperties },
  aliases: {},
};

const noiseSensorNoiseThresholdTriggeredEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "noise_sensor.noise_threshold_triggered": noiseSensorNoiseThresholdTriggeredEventProperties,
  },
  aliases: {},
};

const phoneDeactivatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "phone.deactivated": phoneDeactivatedEventProperties },
  aliases: {},
};

const spaceCreatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "space.created": spaceCreatedEventProperties },
  aliases: {},
};

const spaceDeletedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "space.deleted": spaceDeletedEventProperties },
  aliases: {},
};

const spaceDeviceMembershipChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "space.device_membership_changed": spaceDeviceMembershipChangedEventProperties },
  aliases: {},
};

const thermostatClimatePresetActivatedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "thermostat.climate_preset_activated": thermostatClimatePresetActivatedEventProperties,
  },
  aliases: {},
};

const thermostatManuallyAdjustedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {
    FanModeSetting: fanModeSettingValues,
    HvacModeSetting: hvacModeSettingValues,
    ThermostatAdjustmentMethod: thermostatAdjustmentMethodValues,
  },
  shapes: {},
  events: { "thermostat.manually_adjusted": thermostatManuallyAdjustedEventProperties },
  aliases: {},
};

const thermostatTemperatureChangedEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "thermostat.temperature_changed": thermostatTemperatureChangedEventProperties },
  aliases: {},
};

const thermostatTemperatureReachedSetPointEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "thermostat.temperature_reached_set_point": thermostatTemperatureReachedSetPointEventProperties,
  },
  aliases: {},
};

const thermostatTemperatureThresholdExceededEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "thermostat.temperature_threshold_exceeded":
      thermostatTemperatureThresholdExceededEventProperties,
  },
  aliases: {},
};

const thermostatTemperatureThresholdNoLongerExceededEventCatalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "thermostat.temperature_threshold_no_longer_exceeded":
      thermostatTemperatureThresholdNoLongerExceededEventProperties,
  },
  aliases: {},
};

/** What each event and shape is made of: the spec's types without their prose. */
const catalogue: CatalogueBlueprint = {
  discriminator: "event_type",
  enums: {
    AccessCodeMutationCode: accessCodeMutationCodeValues,
    BatteryStatus: batteryStatusValues,
    CameraActivationReason: cameraActivationReasonValues,
    DeviceDisconnectionErrorCode: deviceDisconnectionErrorCodeValues,
    FanModeSetting: fanModeSettingValues,
    HvacModeSetting: hvacModeSettingValues,
    LockAccessDeniedReasonCode: lockAccessDeniedReasonCodeValues,
    LockMethod: lockMethodValues,
    MotionSubType: motionSubTypeValues,
    ThermostatAdjustmentMethod: thermostatAdjustmentMethodValues,
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
  legacy: { LockMethod: ["seamapi"] },
};

/** A valid, realistic `access_code.backup_access_code_pulled` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeBackupAccessCodePulledEvent(
  overrides?: DeepPartial<AccessCodeBackupAccessCodePulledEvent>,
  options?: FixtureOptions,
): AccessCodeBackupAccessCodePulledEvent {
  return createEventFixture(
    accessCodeBackupAccessCodePulledEventCatalogue,
    "access_code.backup_access_code_pulled",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeBackupAccessCodePulledEvent;
}

/** A valid, realistic `access_code.changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeChangedEvent(
  overrides?: DeepPartial<AccessCodeChangedEvent>,
  options?: FixtureOptions,
): AccessCodeChangedEvent {
  return createEventFixture(
    accessCodeChangedEventCatalogue,
    "access_code.changed",
    overrides,
    options,
    {
      textRules: [idText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeChangedEvent;
}

/** A valid, realistic `access_code.code_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeCodeChangedEvent(
  overrides?: DeepPartial<AccessCodeCodeChangedEvent>,
  options?: FixtureOptions,
): AccessCodeCodeChangedEvent {
  return createEventFixture(
    accessCodeCodeChangedEventCatalogue,
    "access_code.code_changed",
    overrides,
    options,
    {
      textRules: [pinCodeText, idText, identifierText],
      shapes: shapeMakers,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeCodeChangedEvent;
}

/** A valid, realistic `access_code.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeCreatedEvent(
  overrides?: DeepPartial<AccessCodeCreatedEvent>,
  options?: FixtureOptions,
): AccessCodeCreatedEvent {
  return createEventFixture(
    accessCodeCreatedEventCatalogue,
    "access_code.created",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeCreatedEvent;
}

/** A valid, realistic `access_code.delay_in_removing_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeDelayInRemovingFromDeviceEvent(
  overrides?: DeepPartial<AccessCodeDelayInRemovingFromDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeDelayInRemovingFromDeviceEvent {
  return createEventFixture(
    accessCodeDelayInRemovingFromDeviceEventCatalogue,
    "access_code.delay_in_removing_from_device",
    overrides,
    options,
    {
      textRules: [idText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeDelayInRemovingFromDeviceEvent;
}

/** A valid, realistic `access_code.delay_in_setting_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeDelayInSettingOnDeviceEvent(
  overrides?: DeepPartial<AccessCodeDelayInSettingOnDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeDelayInSettingOnDeviceEvent {
  return createEventFixture(
    accessCodeDelayInSettingOnDeviceEventCatalogue,
    "access_code.delay_in_setting_on_device",
    overrides,
    options,
    {
      textRules: [idText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeDelayInSettingOnDeviceEvent;
}

/** A valid, realistic `access_code.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeDeletedEvent(
  overrides?: DeepPartial<AccessCodeDeletedEvent>,
  options?: FixtureOptions,
): AccessCodeDeletedEvent {
  return createEventFixture(
    accessCodeDeletedEventCatalogue,
    "access_code.deleted",
    overrides,
    options,
    { textRules: [pinCodeText, idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeDeletedEvent;
}

/** A valid, realistic `access_code.deleted_external_to_seam` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeDeletedExternalToSeamEvent(
  overrides?: DeepPartial<AccessCodeDeletedExternalToSeamEvent>,
  options?: FixtureOptions,
): AccessCodeDeletedExternalToSeamEvent {
  return createEventFixture(
    accessCodeDeletedExternalToSeamEventCatalogue,
    "access_code.deleted_external_to_seam",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeDeletedExternalToSeamEvent;
}

/** A valid, realistic `access_code.failed_to_remove_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeFailedToRemoveFromDeviceEvent(
  overrides?: DeepPartial<AccessCodeFailedToRemoveFromDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeFailedToRemoveFromDeviceEvent {
  return createEventFixture(
    accessCodeFailedToRemoveFromDeviceEventCatalogue,
    "access_code.failed_to_remove_from_device",
    overrides,
    options,
    {
      textRules: [idText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeFailedToRemoveFromDeviceEvent;
}

/** A valid, realistic `access_code.failed_to_set_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeFailedToSetOnDeviceEvent(
  overrides?: DeepPartial<AccessCodeFailedToSetOnDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeFailedToSetOnDeviceEvent {
  return createEventFixture(
    accessCodeFailedToSetOnDeviceEventCatalogue,
    "access_code.failed_to_set_on_device",
    overrides,
    options,
    {
      textRules: [idText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeFailedToSetOnDeviceEvent;
}

/** A valid, realistic `access_code.modified_external_to_seam` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeModifiedExternalToSeamEvent(
  overrides?: DeepPartial<AccessCodeModifiedExternalToSeamEvent>,
  options?: FixtureOptions,
): AccessCodeModifiedExternalToSeamEvent {
  return createEventFixture(
    accessCodeModifiedExternalToSeamEventCatalogue,
    "access_code.modified_external_to_seam",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeModifiedExternalToSeamEvent;
}

/** A valid, realistic `access_code.mutations_requested` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeMutationsRequestedEvent(
  overrides?: DeepPartial<AccessCodeMutationsRequestedEvent>,
  options?: FixtureOptions,
): AccessCodeMutationsRequestedEvent {
  return createEventFixture(
    accessCodeMutationsRequestedEventCatalogue,
    "access_code.mutations_requested",
    overrides,
    options,
    {
      textRules: [idText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeMutationsRequestedEvent;
}

/** A valid, realistic `access_code.name_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeNameChangedEvent(
  overrides?: DeepPartial<AccessCodeNameChangedEvent>,
  options?: FixtureOptions,
): AccessCodeNameChangedEvent {
  return createEventFixture(
    accessCodeNameChangedEventCatalogue,
    "access_code.name_changed",
    overrides,
    options,
    {
      textRules: [idText, displayNameText, identifierText],
      shapes: shapeMakers,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeNameChangedEvent;
}

/** A valid, realistic `access_code.removed_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeRemovedFromDeviceEvent(
  overrides?: DeepPartial<AccessCodeRemovedFromDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeRemovedFromDeviceEvent {
  return createEventFixture(
    accessCodeRemovedFromDeviceEventCatalogue,
    "access_code.removed_from_device",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeRemovedFromDeviceEvent;
}

/** A valid, realistic `access_code.scheduled_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeScheduledOnDeviceEvent(
  overrides?: DeepPartial<AccessCodeScheduledOnDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeScheduledOnDeviceEvent {
  return createEventFixture(
    accessCodeScheduledOnDeviceEventCatalogue,
    "access_code.scheduled_on_device",
    overrides,
    options,
    { textRules: [pinCodeText, idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeScheduledOnDeviceEvent;
}

/** A valid, realistic `access_code.set_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeSetOnDeviceEvent(
  overrides?: DeepPartial<AccessCodeSetOnDeviceEvent>,
  options?: FixtureOptions,
): AccessCodeSetOnDeviceEvent {
  return createEventFixture(
    accessCodeSetOnDeviceEventCatalogue,
    "access_code.set_on_device",
    overrides,
    options,
    { textRules: [pinCodeText, idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeSetOnDeviceEvent;
}

/** A valid, realistic `access_code.time_frame_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeTimeFrameChangedEvent(
  overrides?: DeepPartial<AccessCodeTimeFrameChangedEvent>,
  options?: FixtureOptions,
): AccessCodeTimeFrameChangedEvent {
  return createEventFixture(
    accessCodeTimeFrameChangedEventCatalogue,
    "access_code.time_frame_changed",
    overrides,
    options,
    {
      textRules: [idText, timestampText, identifierText],
      shapes: shapeMakers,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeTimeFrameChangedEvent;
}

/** A valid, realistic `access_code.unmanaged.converted_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeUnmanagedConvertedToManagedEvent(
  overrides?: DeepPartial<AccessCodeUnmanagedConvertedToManagedEvent>,
  options?: FixtureOptions,
): AccessCodeUnmanagedConvertedToManagedEvent {
  return createEventFixture(
    accessCodeUnmanagedConvertedToManagedEventCatalogue,
    "access_code.unmanaged.converted_to_managed",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeUnmanagedConvertedToManagedEvent;
}

/** A valid, realistic `access_code.unmanaged.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeUnmanagedCreatedEvent(
  overrides?: DeepPartial<AccessCodeUnmanagedCreatedEvent>,
  options?: FixtureOptions,
): AccessCodeUnmanagedCreatedEvent {
  return createEventFixture(
    accessCodeUnmanagedCreatedEventCatalogue,
    "access_code.unmanaged.created",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeUnmanagedCreatedEvent;
}

/** A valid, realistic `access_code.unmanaged.failed_to_convert_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeUnmanagedFailedToConvertToManagedEvent(
  overrides?: DeepPartial<AccessCodeUnmanagedFailedToConvertToManagedEvent>,
  options?: FixtureOptions,
): AccessCodeUnmanagedFailedToConvertToManagedEvent {
  return createEventFixture(
    accessCodeUnmanagedFailedToConvertToManagedEventCatalogue,
    "access_code.unmanaged.failed_to_convert_to_managed",
    overrides,
    options,
    {
      textRules: [idText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as AccessCodeUnmanagedFailedToConvertToManagedEvent;
}

/** A valid, realistic `access_code.unmanaged.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessCodeUnmanagedRemovedEvent(
  overrides?: DeepPartial<AccessCodeUnmanagedRemovedEvent>,
  options?: FixtureOptions,
): AccessCodeUnmanagedRemovedEvent {
  return createEventFixture(
    accessCodeUnmanagedRemovedEventCatalogue,
    "access_code.unmanaged.removed",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as AccessCodeUnmanagedRemovedEvent;
}

/** A valid, realistic `access_grant.access_granted_to_all_doors` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantAccessGrantedToAllDoorsEvent(
  overrides?: DeepPartial<AccessGrantAccessGrantedToAllDoorsEvent>,
  options?: FixtureOptions,
): AccessGrantAccessGrantedToAllDoorsEvent {
  return createEventFixture(
    accessGrantAccessGrantedToAllDoorsEventCatalogue,
    "access_grant.access_granted_to_all_doors",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AccessGrantAccessGrantedToAllDoorsEvent;
}

/** A valid, realistic `access_grant.access_granted_to_door` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantAccessGrantedToDoorEvent(
  overrides?: DeepPartial<AccessGrantAccessGrantedToDoorEvent>,
  options?: FixtureOptions,
): AccessGrantAccessGrantedToDoorEvent {
  return createEventFixture(
    accessGrantAccessGrantedToDoorEventCatalogue,
    "access_grant.access_granted_to_door",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AccessGrantAccessGrantedToDoorEvent;
}

/** A valid, realistic `access_grant.access_times_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantAccessTimesChangedEvent(
  overrides?: DeepPartial<AccessGrantAccessTimesChangedEvent>,
  options?: FixtureOptions,
): AccessGrantAccessTimesChangedEvent {
  return createEventFixture(
    accessGrantAccessTimesChangedEventCatalogue,
    "access_grant.access_times_changed",
    overrides,
    options,
    { textRules: [timestampText, slugText], notBefore: notBeforeSource },
  ) as unknown as AccessGrantAccessTimesChangedEvent;
}

/** A valid, realistic `access_grant.access_to_door_lost` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantAccessToDoorLostEvent(
  overrides?: DeepPartial<AccessGrantAccessToDoorLostEvent>,
  options?: FixtureOptions,
): AccessGrantAccessToDoorLostEvent {
  return createEventFixture(
    accessGrantAccessToDoorLostEventCatalogue,
    "access_grant.access_to_door_lost",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AccessGrantAccessToDoorLostEvent;
}

/** A valid, realistic `access_grant.could_not_create_requested_access_methods` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantCouldNotCreateRequestedAccessMethodsEvent(
  overrides?: DeepPartial<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>,
  options?: FixtureOptions,
): AccessGrantCouldNotCreateRequestedAccessMethodsEvent {
  return createEventFixture(
    accessGrantCouldNotCreateRequestedAccessMethodsEventCatalogue,
    "access_grant.could_not_create_requested_access_methods",
    overrides,
    options,
    { textRules: [], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessGrantCouldNotCreateRequestedAccessMethodsEvent;
}

/** A valid, realistic `access_grant.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantCreatedEvent(
  overrides?: DeepPartial<AccessGrantCreatedEvent>,
  options?: FixtureOptions,
): AccessGrantCreatedEvent {
  return createEventFixture(
    accessGrantCreatedEventCatalogue,
    "access_grant.created",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AccessGrantCreatedEvent;
}

/** A valid, realistic `access_grant.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessGrantDeletedEvent(
  overrides?: DeepPartial<AccessGrantDeletedEvent>,
  options?: FixtureOptions,
): AccessGrantDeletedEvent {
  return createEventFixture(
    accessGrantDeletedEventCatalogue,
    "access_grant.deleted",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AccessGrantDeletedEvent;
}

/** A valid, realistic `access_method.card_encoding_required` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodCardEncodingRequiredEvent(
  overrides?: DeepPartial<AccessMethodCardEncodingRequiredEvent>,
  options?: FixtureOptions,
): AccessMethodCardEncodingRequiredEvent {
  return createEventFixture(
    accessMethodCardEncodingRequiredEventCatalogue,
    "access_method.card_encoding_required",
    overrides,
    options,
    { textRules: [slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessMethodCardEncodingRequiredEvent;
}

/** A valid, realistic `access_method.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodCreatedEvent(
  overrides?: DeepPartial<AccessMethodCreatedEvent>,
  options?: FixtureOptions,
): AccessMethodCreatedEvent {
  return createEventFixture(
    accessMethodCreatedEventCatalogue,
    "access_method.created",
    overrides,
    options,
    { textRules: [slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessMethodCreatedEvent;
}

/** A valid, realistic `access_method.delay_in_issuing` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodDelayInIssuingEvent(
  overrides?: DeepPartial<AccessMethodDelayInIssuingEvent>,
  options?: FixtureOptions,
): AccessMethodDelayInIssuingEvent {
  return createEventFixture(
    accessMethodDelayInIssuingEventCatalogue,
    "access_method.delay_in_issuing",
    overrides,
    options,
    { textRules: [slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessMethodDelayInIssuingEvent;
}

/** A valid, realistic `access_method.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodDeletedEvent(
  overrides?: DeepPartial<AccessMethodDeletedEvent>,
  options?: FixtureOptions,
): AccessMethodDeletedEvent {
  return createEventFixture(
    accessMethodDeletedEventCatalogue,
    "access_method.deleted",
    overrides,
    options,
    { textRules: [slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessMethodDeletedEvent;
}

/** A valid, realistic `access_method.failed_to_issue` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodFailedToIssueEvent(
  overrides?: DeepPartial<AccessMethodFailedToIssueEvent>,
  options?: FixtureOptions,
): AccessMethodFailedToIssueEvent {
  return createEventFixture(
    accessMethodFailedToIssueEventCatalogue,
    "access_method.failed_to_issue",
    overrides,
    options,
    { textRules: [slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessMethodFailedToIssueEvent;
}

/** A valid, realistic `access_method.issued` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodIssuedEvent(
  overrides?: DeepPartial<AccessMethodIssuedEvent>,
  options?: FixtureOptions,
): AccessMethodIssuedEvent {
  return createEventFixture(
    accessMethodIssuedEventCatalogue,
    "access_method.issued",
    overrides,
    options,
    { textRules: [pinCodeText, slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessMethodIssuedEvent;
}

/** A valid, realistic `access_method.reissued` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodReissuedEvent(
  overrides?: DeepPartial<AccessMethodReissuedEvent>,
  options?: FixtureOptions,
): AccessMethodReissuedEvent {
  return createEventFixture(
    accessMethodReissuedEventCatalogue,
    "access_method.reissued",
    overrides,
    options,
    { textRules: [pinCodeText, slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessMethodReissuedEvent;
}

/** A valid, realistic `access_method.revoked` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAccessMethodRevokedEvent(
  overrides?: DeepPartial<AccessMethodRevokedEvent>,
  options?: FixtureOptions,
): AccessMethodRevokedEvent {
  return createEventFixture(
    accessMethodRevokedEventCatalogue,
    "access_method.revoked",
    overrides,
    options,
    { textRules: [slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as AccessMethodRevokedEvent;
}

/** A valid, realistic `acs_access_group.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsAccessGroupDeletedEvent(
  overrides?: DeepPartial<AcsAccessGroupDeletedEvent>,
  options?: FixtureOptions,
): AcsAccessGroupDeletedEvent {
  return createEventFixture(
    acsAccessGroupDeletedEventCatalogue,
    "acs_access_group.deleted",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsAccessGroupDeletedEvent;
}

/** A valid, realistic `acs_credential.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsCredentialDeletedEvent(
  overrides?: DeepPartial<AcsCredentialDeletedEvent>,
  options?: FixtureOptions,
): AcsCredentialDeletedEvent {
  return createEventFixture(
    acsCredentialDeletedEventCatalogue,
    "acs_credential.deleted",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsCredentialDeletedEvent;
}

/** A valid, realistic `acs_credential.invalidated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsCredentialInvalidatedEvent(
  overrides?: DeepPartial<AcsCredentialInvalidatedEvent>,
  options?: FixtureOptions,
): AcsCredentialInvalidatedEvent {
  return createEventFixture(
    acsCredentialInvalidatedEventCatalogue,
    "acs_credential.invalidated",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsCredentialInvalidatedEvent;
}

/** A valid, realistic `acs_credential.issued` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsCredentialIssuedEvent(
  overrides?: DeepPartial<AcsCredentialIssuedEvent>,
  options?: FixtureOptions,
): AcsCredentialIssuedEvent {
  return createEventFixture(
    acsCredentialIssuedEventCatalogue,
    "acs_credential.issued",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsCredentialIssuedEvent;
}

/** A valid, realistic `acs_credential.reissued` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsCredentialReissuedEvent(
  overrides?: DeepPartial<AcsCredentialReissuedEvent>,
  options?: FixtureOptions,
): AcsCredentialReissuedEvent {
  return createEventFixture(
    acsCredentialReissuedEventCatalogue,
    "acs_credential.reissued",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsCredentialReissuedEvent;
}

/** A valid, realistic `acs_encoder.added` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsEncoderAddedEvent(
  overrides?: DeepPartial<AcsEncoderAddedEvent>,
  options?: FixtureOptions,
): AcsEncoderAddedEvent {
  return createEventFixture(
    acsEncoderAddedEventCatalogue,
    "acs_encoder.added",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsEncoderAddedEvent;
}

/** A valid, realistic `acs_encoder.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsEncoderRemovedEvent(
  overrides?: DeepPartial<AcsEncoderRemovedEvent>,
  options?: FixtureOptions,
): AcsEncoderRemovedEvent {
  return createEventFixture(
    acsEncoderRemovedEventCatalogue,
    "acs_encoder.removed",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsEncoderRemovedEvent;
}

/** A valid, realistic `acs_entrance.added` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsEntranceAddedEvent(
  overrides?: DeepPartial<AcsEntranceAddedEvent>,
  options?: FixtureOptions,
): AcsEntranceAddedEvent {
  return createEventFixture(
    acsEntranceAddedEventCatalogue,
    "acs_entrance.added",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsEntranceAddedEvent;
}

/** A valid, realistic `acs_entrance.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsEntranceRemovedEvent(
  overrides?: DeepPartial<AcsEntranceRemovedEvent>,
  options?: FixtureOptions,
): AcsEntranceRemovedEvent {
  return createEventFixture(
    acsEntranceRemovedEventCatalogue,
    "acs_entrance.removed",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsEntranceRemovedEvent;
}

/** A valid, realistic `acs_system.added` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsSystemAddedEvent(
  overrides?: DeepPartial<AcsSystemAddedEvent>,
  options?: FixtureOptions,
): AcsSystemAddedEvent {
  return createEventFixture(acsSystemAddedEventCatalogue, "acs_system.added", overrides, options, {
    textRules: [],
    notBefore: notBeforeSource,
  }) as unknown as AcsSystemAddedEvent;
}

/** A valid, realistic `acs_system.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsSystemConnectedEvent(
  overrides?: DeepPartial<AcsSystemConnectedEvent>,
  options?: FixtureOptions,
): AcsSystemConnectedEvent {
  return createEventFixture(
    acsSystemConnectedEventCatalogue,
    "acs_system.connected",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as AcsSystemConnectedEvent;
}

/** A valid, realistic `acs_system.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsSystemDisconnectedEvent(
  overrides?: DeepPartial<AcsSystemDisconnectedEvent>,
  options?: FixtureOptions,
): AcsSystemDisconnectedEvent {
  return createEventFixture(
    acsSystemDisconnectedEventCatalogue,
    "acs_system.disconnected",
    overrides,
    options,
    {
      textRules: [sentenceText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as AcsSystemDisconnectedEvent;
}

/** A valid, realistic `acs_user.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsUserCreatedEvent(
  overrides?: DeepPartial<AcsUserCreatedEvent>,
  options?: FixtureOptions,
): AcsUserCreatedEvent {
  return createEventFixture(acsUserCreatedEventCatalogue, "acs_user.created", overrides, options, {
    textRules: [],
    notBefore: notBeforeSource,
  }) as unknown as AcsUserCreatedEvent;
}

/** A valid, realistic `acs_user.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createAcsUserDeletedEvent(
  overrides?: DeepPartial<AcsUserDeletedEvent>,
  options?: FixtureOptions,
): AcsUserDeletedEvent {
  return createEventFixture(acsUserDeletedEventCatalogue, "acs_user.deleted", overrides, options, {
    textRules: [],
    notBefore: notBeforeSource,
  }) as unknown as AcsUserDeletedEvent;
}

/** A valid, realistic `action_attempt.lock_door.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptLockDoorFailedEvent(
  overrides?: DeepPartial<ActionAttemptLockDoorFailedEvent>,
  options?: FixtureOptions,
): ActionAttemptLockDoorFailedEvent {
  return createEventFixture(
    actionAttemptLockDoorFailedEventCatalogue,
    "action_attempt.lock_door.failed",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ActionAttemptLockDoorFailedEvent;
}

/** A valid, realistic `action_attempt.lock_door.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptLockDoorSucceededEvent(
  overrides?: DeepPartial<ActionAttemptLockDoorSucceededEvent>,
  options?: FixtureOptions,
): ActionAttemptLockDoorSucceededEvent {
  return createEventFixture(
    actionAttemptLockDoorSucceededEventCatalogue,
    "action_attempt.lock_door.succeeded",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ActionAttemptLockDoorSucceededEvent;
}

/** A valid, realistic `action_attempt.simulate_keypad_code_entry.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptSimulateKeypadCodeEntryFailedEvent(
  overrides?: DeepPartial<ActionAttemptSimulateKeypadCodeEntryFailedEvent>,
  options?: FixtureOptions,
): ActionAttemptSimulateKeypadCodeEntryFailedEvent {
  return createEventFixture(
    actionAttemptSimulateKeypadCodeEntryFailedEventCatalogue,
    "action_attempt.simulate_keypad_code_entry.failed",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ActionAttemptSimulateKeypadCodeEntryFailedEvent;
}

/** A valid, realistic `action_attempt.simulate_keypad_code_entry.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptSimulateKeypadCodeEntrySucceededEvent(
  overrides?: DeepPartial<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>,
  options?: FixtureOptions,
): ActionAttemptSimulateKeypadCodeEntrySucceededEvent {
  return createEventFixture(
    actionAttemptSimulateKeypadCodeEntrySucceededEventCatalogue,
    "action_attempt.simulate_keypad_code_entry.succeeded",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ActionAttemptSimulateKeypadCodeEntrySucceededEvent;
}

/** A valid, realistic `action_attempt.simulate_manual_lock_via_keypad.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptSimulateManualLockViaKeypadFailedEvent(
  overrides?: DeepPartial<ActionAttemptSimulateManualLockViaKeypadFailedEvent>,
  options?: FixtureOptions,
): ActionAttemptSimulateManualLockViaKeypadFailedEvent {
  return createEventFixture(
    actionAttemptSimulateManualLockViaKeypadFailedEventCatalogue,
    "action_attempt.simulate_manual_lock_via_keypad.failed",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ActionAttemptSimulateManualLockViaKeypadFailedEvent;
}

/** A valid, realistic `action_attempt.simulate_manual_lock_via_keypad.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptSimulateManualLockViaKeypadSucceededEvent(
  overrides?: DeepPartial<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>,
  options?: FixtureOptions,
): ActionAttemptSimulateManualLockViaKeypadSucceededEvent {
  return createEventFixture(
    actionAttemptSimulateManualLockViaKeypadSucceededEventCatalogue,
    "action_attempt.simulate_manual_lock_via_keypad.succeeded",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ActionAttemptSimulateManualLockViaKeypadSucceededEvent;
}

/** A valid, realistic `action_attempt.unlock_door.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptUnlockDoorFailedEvent(
  overrides?: DeepPartial<ActionAttemptUnlockDoorFailedEvent>,
  options?: FixtureOptions,
): ActionAttemptUnlockDoorFailedEvent {
  return createEventFixture(
    actionAttemptUnlockDoorFailedEventCatalogue,
    "action_attempt.unlock_door.failed",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ActionAttemptUnlockDoorFailedEvent;
}

/** A valid, realistic `action_attempt.unlock_door.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createActionAttemptUnlockDoorSucceededEvent(
  overrides?: DeepPartial<ActionAttemptUnlockDoorSucceededEvent>,
  options?: FixtureOptions,
): ActionAttemptUnlockDoorSucceededEvent {
  return createEventFixture(
    actionAttemptUnlockDoorSucceededEventCatalogue,
    "action_attempt.unlock_door.succeeded",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ActionAttemptUnlockDoorSucceededEvent;
}

/** A valid, realistic `camera.activated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createCameraActivatedEvent(
  overrides?: DeepPartial<CameraActivatedEvent>,
  options?: FixtureOptions,
): CameraActivatedEvent {
  return createEventFixture(cameraActivatedEventCatalogue, "camera.activated", overrides, options, {
    textRules: [idText, slugText, identifierText],
    uri: webLink,
    notBefore: notBeforeSource,
  }) as unknown as CameraActivatedEvent;
}

/** A valid, realistic `client_session.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createClientSessionDeletedEvent(
  overrides?: DeepPartial<ClientSessionDeletedEvent>,
  options?: FixtureOptions,
): ClientSessionDeletedEvent {
  return createEventFixture(
    clientSessionDeletedEventCatalogue,
    "client_session.deleted",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ClientSessionDeletedEvent;
}

/** A valid, realistic `connect_webview.login_failed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectWebviewLoginFailedEvent(
  overrides?: DeepPartial<ConnectWebviewLoginFailedEvent>,
  options?: FixtureOptions,
): ConnectWebviewLoginFailedEvent {
  return createEventFixture(
    connectWebviewLoginFailedEventCatalogue,
    "connect_webview.login_failed",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as ConnectWebviewLoginFailedEvent;
}

/** A valid, realistic `connect_webview.login_succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectWebviewLoginSucceededEvent(
  overrides?: DeepPartial<ConnectWebviewLoginSucceededEvent>,
  options?: FixtureOptions,
): ConnectWebviewLoginSucceededEvent {
  return createEventFixture(
    connectWebviewLoginSucceededEventCatalogue,
    "connect_webview.login_succeeded",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as ConnectWebviewLoginSucceededEvent;
}

/** A valid, realistic `connected_account.completed_first_sync` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountCompletedFirstSyncEvent(
  overrides?: DeepPartial<ConnectedAccountCompletedFirstSyncEvent>,
  options?: FixtureOptions,
): ConnectedAccountCompletedFirstSyncEvent {
  return createEventFixture(
    connectedAccountCompletedFirstSyncEventCatalogue,
    "connected_account.completed_first_sync",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as ConnectedAccountCompletedFirstSyncEvent;
}

/** A valid, realistic `connected_account.completed_first_sync_after_reconnection` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountCompletedFirstSyncAfterReconnectionEvent(
  overrides?: DeepPartial<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>,
  options?: FixtureOptions,
): ConnectedAccountCompletedFirstSyncAfterReconnectionEvent {
  return createEventFixture(
    connectedAccountCompletedFirstSyncAfterReconnectionEventCatalogue,
    "connected_account.completed_first_sync_after_reconnection",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as ConnectedAccountCompletedFirstSyncAfterReconnectionEvent;
}

/** A valid, realistic `connected_account.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountConnectedEvent(
  overrides?: DeepPartial<ConnectedAccountConnectedEvent>,
  options?: FixtureOptions,
): ConnectedAccountConnectedEvent {
  return createEventFixture(
    connectedAccountConnectedEventCatalogue,
    "connected_account.connected",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as ConnectedAccountConnectedEvent;
}

/** A valid, realistic `connected_account.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountCreatedEvent(
  overrides?: DeepPartial<ConnectedAccountCreatedEvent>,
  options?: FixtureOptions,
): ConnectedAccountCreatedEvent {
  return createEventFixture(
    connectedAccountCreatedEventCatalogue,
    "connected_account.created",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as ConnectedAccountCreatedEvent;
}

/** A valid, realistic `connected_account.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountDeletedEvent(
  overrides?: DeepPartial<ConnectedAccountDeletedEvent>,
  options?: FixtureOptions,
): ConnectedAccountDeletedEvent {
  return createEventFixture(
    connectedAccountDeletedEventCatalogue,
    "connected_account.deleted",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as ConnectedAccountDeletedEvent;
}

/** A valid, realistic `connected_account.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountDisconnectedEvent(
  overrides?: DeepPartial<ConnectedAccountDisconnectedEvent>,
  options?: FixtureOptions,
): ConnectedAccountDisconnectedEvent {
  return createEventFixture(
    connectedAccountDisconnectedEventCatalogue,
    "connected_account.disconnected",
    overrides,
    options,
    {
      textRules: [idText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as ConnectedAccountDisconnectedEvent;
}

/** A valid, realistic `connected_account.reauthorization_requested` payload, the same for the same options: see {@link createSeamEvent}. */
export function createConnectedAccountReauthorizationRequestedEvent(
  overrides?: DeepPartial<ConnectedAccountReauthorizationRequestedEvent>,
  options?: FixtureOptions,
): ConnectedAccountReauthorizationRequestedEvent {
  return createEventFixture(
    connectedAccountReauthorizationRequestedEventCatalogue,
    "connected_account.reauthorization_requested",
    overrides,
    options,
    {
      textRules: [idText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
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
  return createEventFixture(
    connectedAccountSuccessfulLoginEventCatalogue,
    "connected_account.successful_login",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as ConnectedAccountSuccessfulLoginEvent;
}

/** A valid, realistic `device.accessory_keypad_connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceAccessoryKeypadConnectedEvent(
  overrides?: DeepPartial<DeviceAccessoryKeypadConnectedEvent>,
  options?: FixtureOptions,
): DeviceAccessoryKeypadConnectedEvent {
  return createEventFixture(
    deviceAccessoryKeypadConnectedEventCatalogue,
    "device.accessory_keypad_connected",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceAccessoryKeypadConnectedEvent;
}

/** A valid, realistic `device.accessory_keypad_disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceAccessoryKeypadDisconnectedEvent(
  overrides?: DeepPartial<DeviceAccessoryKeypadDisconnectedEvent>,
  options?: FixtureOptions,
): DeviceAccessoryKeypadDisconnectedEvent {
  return createEventFixture(
    deviceAccessoryKeypadDisconnectedEventCatalogue,
    "device.accessory_keypad_disconnected",
    overrides,
    options,
    {
      textRules: [idText, slugText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as DeviceAccessoryKeypadDisconnectedEvent;
}

/** A valid, realistic `device.added` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceAddedEvent(
  overrides?: DeepPartial<DeviceAddedEvent>,
  options?: FixtureOptions,
): DeviceAddedEvent {
  return createEventFixture(deviceAddedEventCatalogue, "device.added", overrides, options, {
    textRules: [idText, slugText, identifierText],
    notBefore: notBeforeSource,
  }) as unknown as DeviceAddedEvent;
}

/** A valid, realistic `device.battery_status_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceBatteryStatusChangedEvent(
  overrides?: DeepPartial<DeviceBatteryStatusChangedEvent>,
  options?: FixtureOptions,
): DeviceBatteryStatusChangedEvent {
  return createEventFixture(
    deviceBatteryStatusChangedEventCatalogue,
    "device.battery_status_changed",
    overrides,
    options,
    {
      textRules: [idText, slugText, identifierText],
      number: plausibleNumber,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as DeviceBatteryStatusChangedEvent;
}

/** A valid, realistic `device.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceConnectedEvent(
  overrides?: DeepPartial<DeviceConnectedEvent>,
  options?: FixtureOptions,
): DeviceConnectedEvent {
  return createEventFixture(deviceConnectedEventCatalogue, "device.connected", overrides, options, {
    textRules: [idText, slugText, identifierText],
    notBefore: notBeforeSource,
  }) as unknown as DeviceConnectedEvent;
}

/** A valid, realistic `device.connection_became_flaky` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceConnectionBecameFlakyEvent(
  overrides?: DeepPartial<DeviceConnectionBecameFlakyEvent>,
  options?: FixtureOptions,
): DeviceConnectionBecameFlakyEvent {
  return createEventFixture(
    deviceConnectionBecameFlakyEventCatalogue,
    "device.connection_became_flaky",
    overrides,
    options,
    {
      textRules: [idText, slugText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as DeviceConnectionBecameFlakyEvent;
}

/** A valid, realistic `device.connection_stabilized` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceConnectionStabilizedEvent(
  overrides?: DeepPartial<DeviceConnectionStabilizedEvent>,
  options?: FixtureOptions,
): DeviceConnectionStabilizedEvent {
  return createEventFixture(
    deviceConnectionStabilizedEventCatalogue,
    "device.connection_stabilized",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceConnectionStabilizedEvent;
}

/** A valid, realistic `device.converted_to_unmanaged` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceConvertedToUnmanagedEvent(
  overrides?: DeepPartial<DeviceConvertedToUnmanagedEvent>,
  options?: FixtureOptions,
): DeviceConvertedToUnmanagedEvent {
  return createEventFixture(
    deviceConvertedToUnmanagedEventCatalogue,
    "device.converted_to_unmanaged",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceConvertedToUnmanagedEvent;
}

/** A valid, realistic `device.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceDeletedEvent(
  overrides?: DeepPartial<DeviceDeletedEvent>,
  options?: FixtureOptions,
): DeviceDeletedEvent {
  return createEventFixture(deviceDeletedEventCatalogue, "device.deleted", overrides, options, {
    textRules: [idText, slugText, displayNameText, identifierText],
    notBefore: notBeforeSource,
  }) as unknown as DeviceDeletedEvent;
}

/** A valid, realistic `device.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceDisconnectedEvent(
  overrides?: DeepPartial<DeviceDisconnectedEvent>,
  options?: FixtureOptions,
): DeviceDisconnectedEvent {
  return createEventFixture(
    deviceDisconnectedEventCatalogue,
    "device.disconnected",
    overrides,
    options,
    {
      textRules: [idText, slugText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
      path: valueAtPath,
    },
  ) as unknown as DeviceDisconnectedEvent;
}

/** A valid, realistic `device.doorbell_rang` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceDoorbellRangEvent(
  overrides?: DeepPartial<DeviceDoorbellRangEvent>,
  options?: FixtureOptions,
): DeviceDoorbellRangEvent {
  return createEventFixture(
    deviceDoorbellRangEventCatalogue,
    "device.doorbell_rang",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], uri: webLink, notBefore: notBeforeSource },
  ) as unknown as DeviceDoorbellRangEvent;
}

/** A valid, realistic `device.error.subscription_required` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceErrorSubscriptionRequiredEvent(
  overrides?: DeepPartial<DeviceErrorSubscriptionRequiredEvent>,
  options?: FixtureOptions,
): DeviceErrorSubscriptionRequiredEvent {
  return createEventFixture(
    deviceErrorSubscriptionRequiredEventCatalogue,
    "device.error.subscription_required",
    overrides,
    options,
    {
      textRules: [idText, slugText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as DeviceErrorSubscriptionRequiredEvent;
}

/** A valid, realistic `device.error.subscription_required.resolved` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceErrorSubscriptionRequiredResolvedEvent(
  overrides?: DeepPartial<DeviceErrorSubscriptionRequiredResolvedEvent>,
  options?: FixtureOptions,
): DeviceErrorSubscriptionRequiredResolvedEvent {
  return createEventFixture(
    deviceErrorSubscriptionRequiredResolvedEventCatalogue,
    "device.error.subscription_required.resolved",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceErrorSubscriptionRequiredResolvedEvent;
}

/** A valid, realistic `device.low_battery` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceLowBatteryEvent(
  overrides?: DeepPartial<DeviceLowBatteryEvent>,
  options?: FixtureOptions,
): DeviceLowBatteryEvent {
  return createEventFixture(
    deviceLowBatteryEventCatalogue,
    "device.low_battery",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceLowBatteryEvent;
}

/** A valid, realistic `device.name_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceNameChangedEvent(
  overrides?: DeepPartial<DeviceNameChangedEvent>,
  options?: FixtureOptions,
): DeviceNameChangedEvent {
  return createEventFixture(
    deviceNameChangedEventCatalogue,
    "device.name_changed",
    overrides,
    options,
    { textRules: [idText, slugText, displayNameText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceNameChangedEvent;
}

/** A valid, realistic `device.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceRemovedEvent(
  overrides?: DeepPartial<DeviceRemovedEvent>,
  options?: FixtureOptions,
): DeviceRemovedEvent {
  return createEventFixture(deviceRemovedEventCatalogue, "device.removed", overrides, options, {
    textRules: [idText, slugText, identifierText],
    notBefore: notBeforeSource,
  }) as unknown as DeviceRemovedEvent;
}

/** A valid, realistic `device.salto.privacy_mode_activated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceSaltoPrivacyModeActivatedEvent(
  overrides?: DeepPartial<DeviceSaltoPrivacyModeActivatedEvent>,
  options?: FixtureOptions,
): DeviceSaltoPrivacyModeActivatedEvent {
  return createEventFixture(
    deviceSaltoPrivacyModeActivatedEventCatalogue,
    "device.salto.privacy_mode_activated",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceSaltoPrivacyModeActivatedEvent;
}

/** A valid, realistic `device.salto.privacy_mode_deactivated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceSaltoPrivacyModeDeactivatedEvent(
  overrides?: DeepPartial<DeviceSaltoPrivacyModeDeactivatedEvent>,
  options?: FixtureOptions,
): DeviceSaltoPrivacyModeDeactivatedEvent {
  return createEventFixture(
    deviceSaltoPrivacyModeDeactivatedEventCatalogue,
    "device.salto.privacy_mode_deactivated",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceSaltoPrivacyModeDeactivatedEvent;
}

/** A valid, realistic `device.tampered` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceTamperedEvent(
  overrides?: DeepPartial<DeviceTamperedEvent>,
  options?: FixtureOptions,
): DeviceTamperedEvent {
  return createEventFixture(deviceTamperedEventCatalogue, "device.tampered", overrides, options, {
    textRules: [idText, slugText, identifierText],
    notBefore: notBeforeSource,
  }) as unknown as DeviceTamperedEvent;
}

/** A valid, realistic `device.third_party_integration_detected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceThirdPartyIntegrationDetectedEvent(
  overrides?: DeepPartial<DeviceThirdPartyIntegrationDetectedEvent>,
  options?: FixtureOptions,
): DeviceThirdPartyIntegrationDetectedEvent {
  return createEventFixture(
    deviceThirdPartyIntegrationDetectedEventCatalogue,
    "device.third_party_integration_detected",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceThirdPartyIntegrationDetectedEvent;
}

/** A valid, realistic `device.third_party_integration_no_longer_detected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceThirdPartyIntegrationNoLongerDetectedEvent(
  overrides?: DeepPartial<DeviceThirdPartyIntegrationNoLongerDetectedEvent>,
  options?: FixtureOptions,
): DeviceThirdPartyIntegrationNoLongerDetectedEvent {
  return createEventFixture(
    deviceThirdPartyIntegrationNoLongerDetectedEventCatalogue,
    "device.third_party_integration_no_longer_detected",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceThirdPartyIntegrationNoLongerDetectedEvent;
}

/** A valid, realistic `device.unmanaged.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceUnmanagedConnectedEvent(
  overrides?: DeepPartial<DeviceUnmanagedConnectedEvent>,
  options?: FixtureOptions,
): DeviceUnmanagedConnectedEvent {
  return createEventFixture(
    deviceUnmanagedConnectedEventCatalogue,
    "device.unmanaged.connected",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceUnmanagedConnectedEvent;
}

/** A valid, realistic `device.unmanaged.converted_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceUnmanagedConvertedToManagedEvent(
  overrides?: DeepPartial<DeviceUnmanagedConvertedToManagedEvent>,
  options?: FixtureOptions,
): DeviceUnmanagedConvertedToManagedEvent {
  return createEventFixture(
    deviceUnmanagedConvertedToManagedEventCatalogue,
    "device.unmanaged.converted_to_managed",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as DeviceUnmanagedConvertedToManagedEvent;
}

/** A valid, realistic `device.unmanaged.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export function createDeviceUnmanagedDisconnectedEvent(
  overrides?: DeepPartial<DeviceUnmanagedDisconnectedEvent>,
  options?: FixtureOptions,
): DeviceUnmanagedDisconnectedEvent {
  return createEventFixture(
    deviceUnmanagedDisconnectedEventCatalogue,
    "device.unmanaged.disconnected",
    overrides,
    options,
    {
      textRules: [idText, slugText, sentenceText, identifierText],
      shapes: shapeMakers,
      array: buildArray,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
      path: valueAtPath,
    },
  ) as unknown as DeviceUnmanagedDisconnectedEvent;
}

/** A valid, realistic `enrollment_automation.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createEnrollmentAutomationDeletedEvent(
  overrides?: DeepPartial<EnrollmentAutomationDeletedEvent>,
  options?: FixtureOptions,
): EnrollmentAutomationDeletedEvent {
  return createEventFixture(
    enrollmentAutomationDeletedEventCatalogue,
    "enrollment_automation.deleted",
    overrides,
    options,
    { textRules: [], notBefore: notBeforeSource },
  ) as unknown as EnrollmentAutomationDeletedEvent;
}

/** A valid, realistic `lock.access_denied` payload, the same for the same options: see {@link createSeamEvent}. */
export function createLockAccessDeniedEvent(
  overrides?: DeepPartial<LockAccessDeniedEvent>,
  options?: FixtureOptions,
): LockAccessDeniedEvent {
  return createEventFixture(
    lockAccessDeniedEventCatalogue,
    "lock.access_denied",
    overrides,
    options,
    {
      textRules: [idText, slugText, sentenceText, identifierText],
      shapes: shapeMakers,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
      path: valueAtPath,
    },
  ) as unknown as LockAccessDeniedEvent;
}

/** A valid, realistic `lock.locked` payload, the same for the same options: see {@link createSeamEvent}. */
export function createLockLockedEvent(
  overrides?: DeepPartial<LockLockedEvent>,
  options?: FixtureOptions,
): LockLockedEvent {
  return createEventFixture(lockLockedEventCatalogue, "lock.locked", overrides, options, {
    textRules: [pinCodeText, idText, slugText, identifierText],
    notBefore: notBeforeSource,
  }) as unknown as LockLockedEvent;
}

/** A valid, realistic `lock.unlocked` payload, the same for the same options: see {@link createSeamEvent}. */
export function createLockUnlockedEvent(
  overrides?: DeepPartial<LockUnlockedEvent>,
  options?: FixtureOptions,
): LockUnlockedEvent {
  return createEventFixture(lockUnlockedEventCatalogue, "lock.unlocked", overrides, options, {
    textRules: [pinCodeText, idText, slugText, identifierText],
    notBefore: notBeforeSource,
  }) as unknown as LockUnlockedEvent;
}

/** A valid, realistic `noise_sensor.noise_threshold_triggered` payload, the same for the same options: see {@link createSeamEvent}. */
export function createNoiseSensorNoiseThresholdTriggeredEvent(
  overrides?: DeepPartial<NoiseSensorNoiseThresholdTriggeredEvent>,
  options?: FixtureOptions,
): NoiseSensorNoiseThresholdTriggeredEvent {
  return createEventFixture(
    noiseSensorNoiseThresholdTriggeredEventCatalogue,
    "noise_sensor.noise_threshold_triggered",
    overrides,
    options,
    {
      textRules: [idText, slugText, identifierText],
      number: plausibleNumber,
      notBefore: notBeforeSource,
    },
  ) as unknown as NoiseSensorNoiseThresholdTriggeredEvent;
}

/** A valid, realistic `phone.deactivated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createPhoneDeactivatedEvent(
  overrides?: DeepPartial<PhoneDeactivatedEvent>,
  options?: FixtureOptions,
): PhoneDeactivatedEvent {
  return createEventFixture(
    phoneDeactivatedEventCatalogue,
    "phone.deactivated",
    overrides,
    options,
    { textRules: [idText, identifierText], notBefore: notBeforeSource },
  ) as unknown as PhoneDeactivatedEvent;
}

/** A valid, realistic `space.created` payload, the same for the same options: see {@link createSeamEvent}. */
export function createSpaceCreatedEvent(
  overrides?: DeepPartial<SpaceCreatedEvent>,
  options?: FixtureOptions,
): SpaceCreatedEvent {
  return createEventFixture(spaceCreatedEventCatalogue, "space.created", overrides, options, {
    textRules: [slugText],
    array: buildArray,
    notBefore: notBeforeSource,
  }) as unknown as SpaceCreatedEvent;
}

/** A valid, realistic `space.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createSpaceDeletedEvent(
  overrides?: DeepPartial<SpaceDeletedEvent>,
  options?: FixtureOptions,
): SpaceDeletedEvent {
  return createEventFixture(spaceDeletedEventCatalogue, "space.deleted", overrides, options, {
    textRules: [slugText],
    array: buildArray,
    notBefore: notBeforeSource,
  }) as unknown as SpaceDeletedEvent;
}

/** A valid, realistic `space.device_membership_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createSpaceDeviceMembershipChangedEvent(
  overrides?: DeepPartial<SpaceDeviceMembershipChangedEvent>,
  options?: FixtureOptions,
): SpaceDeviceMembershipChangedEvent {
  return createEventFixture(
    spaceDeviceMembershipChangedEventCatalogue,
    "space.device_membership_changed",
    overrides,
    options,
    { textRules: [slugText], array: buildArray, notBefore: notBeforeSource },
  ) as unknown as SpaceDeviceMembershipChangedEvent;
}

/** A valid, realistic `thermostat.climate_preset_activated` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatClimatePresetActivatedEvent(
  overrides?: DeepPartial<ThermostatClimatePresetActivatedEvent>,
  options?: FixtureOptions,
): ThermostatClimatePresetActivatedEvent {
  return createEventFixture(
    thermostatClimatePresetActivatedEventCatalogue,
    "thermostat.climate_preset_activated",
    overrides,
    options,
    { textRules: [idText, slugText, identifierText], notBefore: notBeforeSource },
  ) as unknown as ThermostatClimatePresetActivatedEvent;
}

/** A valid, realistic `thermostat.manually_adjusted` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatManuallyAdjustedEvent(
  overrides?: DeepPartial<ThermostatManuallyAdjustedEvent>,
  options?: FixtureOptions,
): ThermostatManuallyAdjustedEvent {
  return createEventFixture(
    thermostatManuallyAdjustedEventCatalogue,
    "thermostat.manually_adjusted",
    overrides,
    options,
    {
      textRules: [idText, slugText, identifierText],
      number: plausibleNumber,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
      atLeast: atLeastSource,
    },
  ) as unknown as ThermostatManuallyAdjustedEvent;
}

/** A valid, realistic `thermostat.temperature_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatTemperatureChangedEvent(
  overrides?: DeepPartial<ThermostatTemperatureChangedEvent>,
  options?: FixtureOptions,
): ThermostatTemperatureChangedEvent {
  return createEventFixture(
    thermostatTemperatureChangedEventCatalogue,
    "thermostat.temperature_changed",
    overrides,
    options,
    {
      textRules: [idText, slugText, identifierText],
      number: plausibleNumber,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
    },
  ) as unknown as ThermostatTemperatureChangedEvent;
}

/** A valid, realistic `thermostat.temperature_reached_set_point` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatTemperatureReachedSetPointEvent(
  overrides?: DeepPartial<ThermostatTemperatureReachedSetPointEvent>,
  options?: FixtureOptions,
): ThermostatTemperatureReachedSetPointEvent {
  return createEventFixture(
    thermostatTemperatureReachedSetPointEventCatalogue,
    "thermostat.temperature_reached_set_point",
    overrides,
    options,
    {
      textRules: [idText, slugText, identifierText],
      number: plausibleNumber,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
      atLeast: atLeastSource,
    },
  ) as unknown as ThermostatTemperatureReachedSetPointEvent;
}

/** A valid, realistic `thermostat.temperature_threshold_exceeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatTemperatureThresholdExceededEvent(
  overrides?: DeepPartial<ThermostatTemperatureThresholdExceededEvent>,
  options?: FixtureOptions,
): ThermostatTemperatureThresholdExceededEvent {
  return createEventFixture(
    thermostatTemperatureThresholdExceededEventCatalogue,
    "thermostat.temperature_threshold_exceeded",
    overrides,
    options,
    {
      textRules: [idText, slugText, identifierText],
      number: plausibleNumber,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
      atLeast: atLeastSource,
    },
  ) as unknown as ThermostatTemperatureThresholdExceededEvent;
}

/** A valid, realistic `thermostat.temperature_threshold_no_longer_exceeded` payload, the same for the same options: see {@link createSeamEvent}. */
export function createThermostatTemperatureThresholdNoLongerExceededEvent(
  overrides?: DeepPartial<ThermostatTemperatureThresholdNoLongerExceededEvent>,
  options?: FixtureOptions,
): ThermostatTemperatureThresholdNoLongerExceededEvent {
  return createEventFixture(
    thermostatTemperatureThresholdNoLongerExceededEventCatalogue,
    "thermostat.temperature_threshold_no_longer_exceeded",
    overrides,
    options,
    {
      textRules: [idText, slugText, identifierText],
      number: plausibleNumber,
      mapped: mappedFromSource,
      notBefore: notBeforeSource,
      atLeast: atLeastSource,
    },
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
