var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var fixtures_exports = {};
__export(fixtures_exports, {
  createAccessCodeBackupAccessCodePulledEvent: () => createAccessCodeBackupAccessCodePulledEvent,
  createAccessCodeChangedEvent: () => createAccessCodeChangedEvent,
  createAccessCodeCodeChangedEvent: () => createAccessCodeCodeChangedEvent,
  createAccessCodeCreatedEvent: () => createAccessCodeCreatedEvent,
  createAccessCodeDelayInRemovingFromDeviceEvent: () => createAccessCodeDelayInRemovingFromDeviceEvent,
  createAccessCodeDelayInSettingOnDeviceEvent: () => createAccessCodeDelayInSettingOnDeviceEvent,
  createAccessCodeDeletedEvent: () => createAccessCodeDeletedEvent,
  createAccessCodeDeletedExternalToSeamEvent: () => createAccessCodeDeletedExternalToSeamEvent,
  createAccessCodeFailedToRemoveFromDeviceEvent: () => createAccessCodeFailedToRemoveFromDeviceEvent,
  createAccessCodeFailedToSetOnDeviceEvent: () => createAccessCodeFailedToSetOnDeviceEvent,
  createAccessCodeModifiedExternalToSeamEvent: () => createAccessCodeModifiedExternalToSeamEvent,
  createAccessCodeMutationsRequestedEvent: () => createAccessCodeMutationsRequestedEvent,
  createAccessCodeNameChangedEvent: () => createAccessCodeNameChangedEvent,
  createAccessCodeRemovedFromDeviceEvent: () => createAccessCodeRemovedFromDeviceEvent,
  createAccessCodeScheduledOnDeviceEvent: () => createAccessCodeScheduledOnDeviceEvent,
  createAccessCodeSetOnDeviceEvent: () => createAccessCodeSetOnDeviceEvent,
  createAccessCodeTimeFrameChangedEvent: () => createAccessCodeTimeFrameChangedEvent,
  createAccessCodeUnmanagedConvertedToManagedEvent: () => createAccessCodeUnmanagedConvertedToManagedEvent,
  createAccessCodeUnmanagedCreatedEvent: () => createAccessCodeUnmanagedCreatedEvent,
  createAccessCodeUnmanagedFailedToConvertToManagedEvent: () => createAccessCodeUnmanagedFailedToConvertToManagedEvent,
  createAccessCodeUnmanagedRemovedEvent: () => createAccessCodeUnmanagedRemovedEvent,
  createAccessGrantAccessGrantedToAllDoorsEvent: () => createAccessGrantAccessGrantedToAllDoorsEvent,
  createAccessGrantAccessGrantedToDoorEvent: () => createAccessGrantAccessGrantedToDoorEvent,
  createAccessGrantAccessTimesChangedEvent: () => createAccessGrantAccessTimesChangedEvent,
  createAccessGrantAccessToDoorLostEvent: () => createAccessGrantAccessToDoorLostEvent,
  createAccessGrantCouldNotCreateRequestedAccessMethodsEvent: () => createAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
  createAccessGrantCreatedEvent: () => createAccessGrantCreatedEvent,
  createAccessGrantDeletedEvent: () => createAccessGrantDeletedEvent,
  createAccessMethodCardEncodingRequiredEvent: () => createAccessMethodCardEncodingRequiredEvent,
  createAccessMethodCreatedEvent: () => createAccessMethodCreatedEvent,
  createAccessMethodDelayInIssuingEvent: () => createAccessMethodDelayInIssuingEvent,
  createAccessMethodDeletedEvent: () => createAccessMethodDeletedEvent,
  createAccessMethodFailedToIssueEvent: () => createAccessMethodFailedToIssueEvent,
  createAccessMethodIssuedEvent: () => createAccessMethodIssuedEvent,
  createAccessMethodReissuedEvent: () => createAccessMethodReissuedEvent,
  createAccessMethodRevokedEvent: () => createAccessMethodRevokedEvent,
  createAcsAccessGroupDeletedEvent: () => createAcsAccessGroupDeletedEvent,
  createAcsCredentialDeletedEvent: () => createAcsCredentialDeletedEvent,
  createAcsCredentialInvalidatedEvent: () => createAcsCredentialInvalidatedEvent,
  createAcsCredentialIssuedEvent: () => createAcsCredentialIssuedEvent,
  createAcsCredentialReissuedEvent: () => createAcsCredentialReissuedEvent,
  createAcsEncoderAddedEvent: () => createAcsEncoderAddedEvent,
  createAcsEncoderRemovedEvent: () => createAcsEncoderRemovedEvent,
  createAcsEntranceAddedEvent: () => createAcsEntranceAddedEvent,
  createAcsEntranceRemovedEvent: () => createAcsEntranceRemovedEvent,
  createAcsSystemAddedEvent: () => createAcsSystemAddedEvent,
  createAcsSystemConnectedEvent: () => createAcsSystemConnectedEvent,
  createAcsSystemDisconnectedEvent: () => createAcsSystemDisconnectedEvent,
  createAcsUserCreatedEvent: () => createAcsUserCreatedEvent,
  createAcsUserDeletedEvent: () => createAcsUserDeletedEvent,
  createActionAttemptLockDoorFailedEvent: () => createActionAttemptLockDoorFailedEvent,
  createActionAttemptLockDoorSucceededEvent: () => createActionAttemptLockDoorSucceededEvent,
  createActionAttemptSimulateKeypadCodeEntryFailedEvent: () => createActionAttemptSimulateKeypadCodeEntryFailedEvent,
  createActionAttemptSimulateKeypadCodeEntrySucceededEvent: () => createActionAttemptSimulateKeypadCodeEntrySucceededEvent,
  createActionAttemptSimulateManualLockViaKeypadFailedEvent: () => createActionAttemptSimulateManualLockViaKeypadFailedEvent,
  createActionAttemptSimulateManualLockViaKeypadSucceededEvent: () => createActionAttemptSimulateManualLockViaKeypadSucceededEvent,
  createActionAttemptUnlockDoorFailedEvent: () => createActionAttemptUnlockDoorFailedEvent,
  createActionAttemptUnlockDoorSucceededEvent: () => createActionAttemptUnlockDoorSucceededEvent,
  createCameraActivatedEvent: () => createCameraActivatedEvent,
  createClientSessionDeletedEvent: () => createClientSessionDeletedEvent,
  createConnectWebviewLoginFailedEvent: () => createConnectWebviewLoginFailedEvent,
  createConnectWebviewLoginSucceededEvent: () => createConnectWebviewLoginSucceededEvent,
  createConnectedAccountCompletedFirstSyncAfterReconnectionEvent: () => createConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
  createConnectedAccountCompletedFirstSyncEvent: () => createConnectedAccountCompletedFirstSyncEvent,
  createConnectedAccountConnectedEvent: () => createConnectedAccountConnectedEvent,
  createConnectedAccountCreatedEvent: () => createConnectedAccountCreatedEvent,
  createConnectedAccountDeletedEvent: () => createConnectedAccountDeletedEvent,
  createConnectedAccountDisconnectedEvent: () => createConnectedAccountDisconnectedEvent,
  createConnectedAccountReauthorizationRequestedEvent: () => createConnectedAccountReauthorizationRequestedEvent,
  createConnectedAccountSuccessfulLoginEvent: () => createConnectedAccountSuccessfulLoginEvent,
  createDeviceAccessoryKeypadConnectedEvent: () => createDeviceAccessoryKeypadConnectedEvent,
  createDeviceAccessoryKeypadDisconnectedEvent: () => createDeviceAccessoryKeypadDisconnectedEvent,
  createDeviceAddedEvent: () => createDeviceAddedEvent,
  createDeviceBatteryStatusChangedEvent: () => createDeviceBatteryStatusChangedEvent,
  createDeviceConnectedEvent: () => createDeviceConnectedEvent,
  createDeviceConnectionBecameFlakyEvent: () => createDeviceConnectionBecameFlakyEvent,
  createDeviceConnectionStabilizedEvent: () => createDeviceConnectionStabilizedEvent,
  createDeviceConvertedToUnmanagedEvent: () => createDeviceConvertedToUnmanagedEvent,
  createDeviceDeletedEvent: () => createDeviceDeletedEvent,
  createDeviceDisconnectedEvent: () => createDeviceDisconnectedEvent,
  createDeviceDoorbellRangEvent: () => createDeviceDoorbellRangEvent,
  createDeviceErrorSubscriptionRequiredEvent: () => createDeviceErrorSubscriptionRequiredEvent,
  createDeviceErrorSubscriptionRequiredResolvedEvent: () => createDeviceErrorSubscriptionRequiredResolvedEvent,
  createDeviceLowBatteryEvent: () => createDeviceLowBatteryEvent,
  createDeviceNameChangedEvent: () => createDeviceNameChangedEvent,
  createDeviceRemovedEvent: () => createDeviceRemovedEvent,
  createDeviceSaltoPrivacyModeActivatedEvent: () => createDeviceSaltoPrivacyModeActivatedEvent,
  createDeviceSaltoPrivacyModeDeactivatedEvent: () => createDeviceSaltoPrivacyModeDeactivatedEvent,
  createDeviceTamperedEvent: () => createDeviceTamperedEvent,
  createDeviceThirdPartyIntegrationDetectedEvent: () => createDeviceThirdPartyIntegrationDetectedEvent,
  createDeviceThirdPartyIntegrationNoLongerDetectedEvent: () => createDeviceThirdPartyIntegrationNoLongerDetectedEvent,
  createDeviceUnmanagedConnectedEvent: () => createDeviceUnmanagedConnectedEvent,
  createDeviceUnmanagedConvertedToManagedEvent: () => createDeviceUnmanagedConvertedToManagedEvent,
  createDeviceUnmanagedDisconnectedEvent: () => createDeviceUnmanagedDisconnectedEvent,
  createEnrollmentAutomationDeletedEvent: () => createEnrollmentAutomationDeletedEvent,
  createInvalidSeamEvents: () => createInvalidSeamEvents,
  createLockAccessDeniedEvent: () => createLockAccessDeniedEvent,
  createLockLockedEvent: () => createLockLockedEvent,
  createLockUnlockedEvent: () => createLockUnlockedEvent,
  createNoiseSensorNoiseThresholdTriggeredEvent: () => createNoiseSensorNoiseThresholdTriggeredEvent,
  createPhoneDeactivatedEvent: () => createPhoneDeactivatedEvent,
  createSeamEvent: () => createSeamEvent,
  createSpaceCreatedEvent: () => createSpaceCreatedEvent,
  createSpaceDeletedEvent: () => createSpaceDeletedEvent,
  createSpaceDeviceMembershipChangedEvent: () => createSpaceDeviceMembershipChangedEvent,
  createThermostatClimatePresetActivatedEvent: () => createThermostatClimatePresetActivatedEvent,
  createThermostatManuallyAdjustedEvent: () => createThermostatManuallyAdjustedEvent,
  createThermostatTemperatureChangedEvent: () => createThermostatTemperatureChangedEvent,
  createThermostatTemperatureReachedSetPointEvent: () => createThermostatTemperatureReachedSetPointEvent,
  createThermostatTemperatureThresholdExceededEvent: () => createThermostatTemperatureThresholdExceededEvent,
  createThermostatTemperatureThresholdNoLongerExceededEvent: () => createThermostatTemperatureThresholdNoLongerExceededEvent
});
module.exports = __toCommonJS(fixtures_exports);
var import_fixture_runtime = require("./fixture-runtime.js");
const nullableCodeProperty = {
  name: "code",
  required: true,
  type: { kind: "string" },
  nullable: true
};
const messageProperty = {
  name: "message",
  required: true,
  type: { kind: "string" }
};
const createdAtProperty = {
  name: "created_at",
  required: true,
  type: { kind: "string", format: "date-time" }
};
const eventIdProperty = {
  name: "event_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const workspaceIdProperty = {
  name: "workspace_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const occurredAtProperty = {
  name: "occurred_at",
  required: true,
  type: { kind: "string", format: "date-time" }
};
const optionalEventDescriptionProperty = {
  name: "event_description",
  required: false,
  type: { kind: "string" }
};
const connectedAccountIdProperty = {
  name: "connected_account_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const optionalConnectedAccountCustomMetadataProperty = {
  name: "connected_account_custom_metadata",
  required: false,
  type: {
    kind: "record",
    values: {
      type: { kind: "union", of: [{ type: { kind: "string" } }, { type: { kind: "boolean" } }] }
    }
  }
};
const deviceIdProperty = {
  name: "device_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const optionalDeviceCustomMetadataProperty = {
  name: "device_custom_metadata",
  required: false,
  type: {
    kind: "record",
    values: {
      type: { kind: "union", of: [{ type: { kind: "string" } }, { type: { kind: "boolean" } }] }
    }
  }
};
const accessCodeIdProperty = {
  name: "access_code_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const descriptionProperty = {
  name: "description",
  required: true,
  type: { kind: "string" }
};
const accessCodeErrorsProperty = {
  name: "access_code_errors",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } }
};
const accessCodeWarningsProperty = {
  name: "access_code_warnings",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } }
};
const connectedAccountErrorsProperty = {
  name: "connected_account_errors",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } }
};
const connectedAccountWarningsProperty = {
  name: "connected_account_warnings",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } }
};
const deviceErrorsProperty = {
  name: "device_errors",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } }
};
const deviceWarningsProperty = {
  name: "device_warnings",
  required: true,
  type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } }
};
const codeProperty = { name: "code", required: true, type: { kind: "string" } };
const accessGrantIdProperty = {
  name: "access_grant_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const acsEntranceIdProperty = {
  name: "acs_entrance_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const accessMethodIdProperty = {
  name: "access_method_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const accessGrantIdsProperty = {
  name: "access_grant_ids",
  required: true,
  type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } }
};
const optionalAccessGrantKeysProperty = {
  name: "access_grant_keys",
  required: false,
  type: { kind: "array", items: { type: { kind: "string" } } }
};
const optionalCodeProperty = {
  name: "code",
  required: false,
  type: { kind: "string" }
};
const optionalIsBackupCodeProperty = {
  name: "is_backup_code",
  required: false,
  type: { kind: "boolean" }
};
const optionalConnectedAccountIdProperty = {
  name: "connected_account_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const acsSystemIdProperty = {
  name: "acs_system_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const acsCredentialIdProperty = {
  name: "acs_credential_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const acsEncoderIdProperty = {
  name: "acs_encoder_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const acsUserIdProperty = {
  name: "acs_user_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const actionAttemptIdProperty = {
  name: "action_attempt_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const actionTypeProperty = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["LOCK_DOOR", "UNLOCK_DOOR"]
};
const statusProperty = {
  name: "status",
  required: true,
  type: { kind: "string" },
  examples: ["success", "error"]
};
const optionalDeviceIdProperty = {
  name: "device_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const optionalCustomerKeyProperty = {
  name: "customer_key",
  required: false,
  type: { kind: "string" }
};
const optionalImageUrlProperty = {
  name: "image_url",
  required: false,
  type: { kind: "string", format: "uri" }
};
const optionalVideoUrlProperty = {
  name: "video_url",
  required: false,
  type: { kind: "string", format: "uri" }
};
const connectWebviewIdProperty = {
  name: "connect_webview_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const batteryLevelProperty = {
  name: "battery_level",
  required: true,
  type: { kind: "number", minimum: 0, maximum: 1 }
};
const errorCodeProperty = {
  name: "error_code",
  required: true,
  type: { kind: "enum", name: "DeviceDisconnectionErrorCode" }
};
const optionalAccessCodeIdProperty = {
  name: "access_code_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const optionalAcsSystemIdProperty = {
  name: "acs_system_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const optionalAcsEntranceIdProperty = {
  name: "acs_entrance_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const optionalAcsUserIdProperty = {
  name: "acs_user_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const optionalUserIdentityIdProperty = {
  name: "user_identity_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const methodProperty = {
  name: "method",
  required: true,
  type: { kind: "enum", name: "LockMethod" }
};
const optionalAccessCodeIsManagedProperty = {
  name: "access_code_is_managed",
  required: false,
  type: { kind: "boolean" }
};
const optionalActionAttemptIdProperty = {
  name: "action_attempt_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const optionalIsViaBluetoothProperty = {
  name: "is_via_bluetooth",
  required: false,
  type: { kind: "boolean" }
};
const optionalIsViaNfcProperty = {
  name: "is_via_nfc",
  required: false,
  type: { kind: "boolean" }
};
const spaceIdProperty = {
  name: "space_id",
  required: true,
  type: { kind: "string", format: "uuid" }
};
const optionalSpaceKeyProperty = {
  name: "space_key",
  required: false,
  type: { kind: "string" }
};
const deviceIdsProperty = {
  name: "device_ids",
  required: true,
  type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } }
};
const acsEntranceIdsProperty = {
  name: "acs_entrance_ids",
  required: true,
  type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } }
};
const temperatureCelsiusProperty = {
  name: "temperature_celsius",
  required: true,
  type: { kind: "number" }
};
const temperatureFahrenheitProperty = {
  name: "temperature_fahrenheit",
  required: true,
  type: { kind: "number" }
};
const nullableLowerLimitCelsiusProperty = {
  name: "lower_limit_celsius",
  required: true,
  type: { kind: "number" },
  nullable: true
};
const nullableLowerLimitFahrenheitProperty = {
  name: "lower_limit_fahrenheit",
  required: true,
  type: { kind: "number" },
  nullable: true
};
const nullableUpperLimitCelsiusProperty = {
  name: "upper_limit_celsius",
  required: true,
  type: { kind: "number" },
  nullable: true
};
const nullableUpperLimitFahrenheitProperty = {
  name: "upper_limit_fahrenheit",
  required: true,
  type: { kind: "number" },
  nullable: true
};
const accessCodeChangedPropertyProperties = [
  { name: "property", required: true, type: { kind: "string" }, examples: ["code", "name"] },
  { name: "from", required: true, type: { kind: "string" }, nullable: true },
  { name: "to", required: true, type: { kind: "string" }, nullable: true }
];
const accessCodeNameValueProperties = [
  { name: "name", required: true, type: { kind: "string" }, nullable: true }
];
const accessCodePinValueProperties = [nullableCodeProperty];
const accessCodeRequestedMutationProperties = [
  { name: "mutation_code", required: true, type: { kind: "enum", name: "AccessCodeMutationCode" } },
  { name: "from", required: false, type: { kind: "object" } },
  { name: "to", required: false, type: { kind: "object" } }
];
const accessCodeTimeFrameProperties = [
  { name: "starts_at", required: true, type: { kind: "string" }, nullable: true },
  { name: "ends_at", required: true, type: { kind: "string" }, nullable: true }
];
const lockAccessDeniedReasonProperties = [
  {
    name: "reason_code",
    required: true,
    type: { kind: "enum", name: "LockAccessDeniedReasonCode" }
  },
  messageProperty
];
const resourceErrorProperties = [
  {
    name: "error_code",
    required: true,
    type: { kind: "string" },
    examples: ["account_disconnected"]
  },
  messageProperty,
  createdAtProperty
];
const resourceWarningProperties = [
  {
    name: "warning_code",
    required: true,
    type: { kind: "string" },
    examples: ["third_party_integration_detected"]
  },
  messageProperty,
  createdAtProperty
];
const accessCodeBackupAccessCodePulledEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.backup_access_code_pulled" }
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
  { name: "backup_access_code_id", required: true, type: { kind: "string" } }
];
const accessCodeChangedEventProperties = [
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
    type: { kind: "array", items: { type: { kind: "shape", name: "AccessCodeChangedProperty" } } }
  }
];
const accessCodeCodeChangedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.code_changed" }
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
  { name: "to", required: true, type: { kind: "shape", name: "AccessCodePinValue" } }
];
const accessCodeCreatedEventProperties = [
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
  accessCodeIdProperty
];
const accessCodeDelayInRemovingFromDeviceEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.delay_in_removing_from_device" }
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
  deviceWarningsProperty
];
const accessCodeDelayInSettingOnDeviceEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.delay_in_setting_on_device" }
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
  deviceWarningsProperty
];
const accessCodeDeletedEventProperties = [
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
  nullableCodeProperty
];
const accessCodeDeletedExternalToSeamEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.deleted_external_to_seam" }
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
  accessCodeIdProperty
];
const accessCodeFailedToRemoveFromDeviceEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.failed_to_remove_from_device" }
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
  deviceWarningsProperty
];
const accessCodeFailedToSetOnDeviceEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.failed_to_set_on_device" }
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
  deviceWarningsProperty
];
const accessCodeModifiedExternalToSeamEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.modified_external_to_seam" }
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
  accessCodeIdProperty
];
const accessCodeMutationsRequestedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.mutations_requested" }
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
      items: { type: { kind: "shape", name: "AccessCodeRequestedMutation" } }
    }
  }
];
const accessCodeNameChangedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.name_changed" }
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
  { name: "to", required: true, type: { kind: "shape", name: "AccessCodeNameValue" } }
];
const accessCodeRemovedFromDeviceEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.removed_from_device" }
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
  accessCodeIdProperty
];
const accessCodeScheduledOnDeviceEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.scheduled_on_device" }
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
  codeProperty
];
const accessCodeSetOnDeviceEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.set_on_device" }
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
  codeProperty
];
const accessCodeTimeFrameChangedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.time_frame_changed" }
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
  { name: "to", required: true, type: { kind: "shape", name: "AccessCodeTimeFrame" } }
];
const accessCodeUnmanagedConvertedToManagedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.unmanaged.converted_to_managed" }
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
  accessCodeIdProperty
];
const accessCodeUnmanagedCreatedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.unmanaged.created" }
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
  accessCodeIdProperty
];
const accessCodeUnmanagedFailedToConvertToManagedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.unmanaged.failed_to_convert_to_managed" }
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
  deviceWarningsProperty
];
const accessCodeUnmanagedRemovedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_code.unmanaged.removed" }
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
  accessCodeIdProperty
];
const accessGrantAccessGrantedToAllDoorsEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_granted_to_all_doors" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty
];
const accessGrantAccessGrantedToDoorEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_granted_to_door" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
  acsEntranceIdProperty
];
const accessGrantAccessTimesChangedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_times_changed" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
  { name: "access_grant_key", required: false, type: { kind: "string" } },
  { name: "starts_at", required: false, type: { kind: "string" } },
  { name: "ends_at", required: false, type: { kind: "string" } }
];
const accessGrantAccessToDoorLostEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_to_door_lost" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty,
  acsEntranceIdProperty
];
const accessGrantCouldNotCreateRequestedAccessMethodsEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.could_not_create_requested_access_methods" }
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
    type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } }
  }
];
const accessGrantCreatedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_grant.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty
];
const accessGrantDeletedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_grant.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessGrantIdProperty
];
const accessMethodCardEncodingRequiredEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.card_encoding_required" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const accessMethodCreatedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const accessMethodDelayInIssuingEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.delay_in_issuing" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const accessMethodDeletedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const accessMethodFailedToIssueEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.failed_to_issue" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const accessMethodIssuedEventProperties = [
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
  optionalIsBackupCodeProperty
];
const accessMethodReissuedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.reissued" }
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
  optionalIsBackupCodeProperty
];
const accessMethodRevokedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.revoked" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const acsAccessGroupDeletedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_access_group.deleted" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  { name: "acs_access_group_id", required: true, type: { kind: "string", format: "uuid" } }
];
const acsCredentialDeletedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_credential.deleted" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty
];
const acsCredentialInvalidatedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_credential.invalidated" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty
];
const acsCredentialIssuedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_credential.issued" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty
];
const acsCredentialReissuedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_credential.reissued" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty
];
const acsEncoderAddedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_encoder.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEncoderIdProperty
];
const acsEncoderRemovedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_encoder.removed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEncoderIdProperty
];
const acsEntranceAddedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_entrance.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEntranceIdProperty
];
const acsEntranceRemovedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_entrance.removed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEntranceIdProperty
];
const acsSystemAddedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty
];
const acsSystemConnectedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.connected" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty
];
const acsSystemDisconnectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "acs_system.disconnected" }
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
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } }
  },
  {
    name: "acs_system_warnings",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } }
  }
];
const acsUserCreatedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_user.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsUserIdProperty
];
const acsUserDeletedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_user.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsUserIdProperty
];
const actionAttemptLockDoorFailedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.lock_door.failed" }
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
  optionalDeviceIdProperty
];
const actionAttemptLockDoorSucceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.lock_door.succeeded" }
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
  optionalDeviceIdProperty
];
const actionAttemptSimulateKeypadCodeEntryFailedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.simulate_keypad_code_entry.failed" }
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
  optionalDeviceIdProperty
];
const actionAttemptSimulateKeypadCodeEntrySucceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.simulate_keypad_code_entry.succeeded" }
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
  optionalDeviceIdProperty
];
const actionAttemptSimulateManualLockViaKeypadFailedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.simulate_manual_lock_via_keypad.failed" }
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
  optionalDeviceIdProperty
];
const actionAttemptSimulateManualLockViaKeypadSucceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.simulate_manual_lock_via_keypad.succeeded" }
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
  optionalDeviceIdProperty
];
const actionAttemptUnlockDoorFailedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.unlock_door.failed" }
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
  optionalDeviceIdProperty
];
const actionAttemptUnlockDoorSucceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "action_attempt.unlock_door.succeeded" }
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
  optionalDeviceIdProperty
];
const cameraActivatedEventProperties = [
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
    type: { kind: "enum", name: "CameraActivationReason" }
  },
  { name: "motion_sub_type", required: false, type: { kind: "enum", name: "MotionSubType" } }
];
const clientSessionDeletedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "client_session.deleted" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  { name: "client_session_id", required: true, type: { kind: "string", format: "uuid" } }
];
const connectWebviewLoginFailedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connect_webview.login_failed" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectWebviewIdProperty
];
const connectWebviewLoginSucceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connect_webview.login_succeeded" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectWebviewIdProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty
];
const connectedAccountCompletedFirstSyncEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.completed_first_sync" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty
];
const connectedAccountCompletedFirstSyncAfterReconnectionEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.completed_first_sync_after_reconnection" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty
];
const connectedAccountConnectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.connected" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  { name: "connect_webview_id", required: false, type: { kind: "string", format: "uuid" } }
];
const connectedAccountCreatedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.created" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  connectWebviewIdProperty
];
const connectedAccountDeletedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.deleted" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  { name: "connected_account_type", required: false, type: { kind: "string" } }
];
const connectedAccountDisconnectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.disconnected" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty
];
const connectedAccountReauthorizationRequestedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.reauthorization_requested" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  connectedAccountErrorsProperty,
  connectedAccountWarningsProperty
];
const connectedAccountSuccessfulLoginEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.successful_login" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  connectWebviewIdProperty
];
const deviceAccessoryKeypadConnectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.accessory_keypad_connected" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceAccessoryKeypadDisconnectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.accessory_keypad_disconnected" }
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
  deviceWarningsProperty
];
const deviceAddedEventProperties = [
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
  optionalDeviceCustomMetadataProperty
];
const deviceBatteryStatusChangedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.battery_status_changed" }
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
  { name: "battery_status", required: true, type: { kind: "enum", name: "BatteryStatus" } }
];
const deviceConnectedEventProperties = [
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
  optionalDeviceCustomMetadataProperty
];
const deviceConnectionBecameFlakyEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.connection_became_flaky" }
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
  deviceWarningsProperty
];
const deviceConnectionStabilizedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.connection_stabilized" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceConvertedToUnmanagedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.converted_to_unmanaged" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceDeletedEventProperties = [
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
  { name: "device_name", required: false, type: { kind: "string" }, nullable: true }
];
const deviceDisconnectedEventProperties = [
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
  errorCodeProperty
];
const deviceDoorbellRangEventProperties = [
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
  optionalVideoUrlProperty
];
const deviceErrorSubscriptionRequiredEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.error.subscription_required" }
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
  deviceWarningsProperty
];
const deviceErrorSubscriptionRequiredResolvedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.error.subscription_required.resolved" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceLowBatteryEventProperties = [
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
  batteryLevelProperty
];
const deviceNameChangedEventProperties = [
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
  { name: "device_name", required: true, type: { kind: "string" } }
];
const deviceRemovedEventProperties = [
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
  optionalDeviceCustomMetadataProperty
];
const deviceSaltoPrivacyModeActivatedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.salto.privacy_mode_activated" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceSaltoPrivacyModeDeactivatedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.salto.privacy_mode_deactivated" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceTamperedEventProperties = [
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
  optionalDeviceCustomMetadataProperty
];
const deviceThirdPartyIntegrationDetectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.third_party_integration_detected" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceThirdPartyIntegrationNoLongerDetectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.third_party_integration_no_longer_detected" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceUnmanagedConnectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.unmanaged.connected" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceUnmanagedConvertedToManagedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.unmanaged.converted_to_managed" }
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
  optionalDeviceCustomMetadataProperty
];
const deviceUnmanagedDisconnectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "device.unmanaged.disconnected" }
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
  errorCodeProperty
];
const enrollmentAutomationDeletedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "enrollment_automation.deleted" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  { name: "enrollment_automation_id", required: true, type: { kind: "string", format: "uuid" } }
];
const lockAccessDeniedEventProperties = [
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
  { name: "reason", required: false, type: { kind: "shape", name: "LockAccessDeniedReason" } }
];
const lockLockedEventProperties = [
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
  optionalIsViaNfcProperty
];
const lockUnlockedEventProperties = [
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
  optionalIsViaNfcProperty
];
const noiseSensorNoiseThresholdTriggeredEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "noise_sensor.noise_threshold_triggered" }
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
    examples: ["builtin_first_disturbance"]
  },
  { name: "noise_level_decibels", required: false, type: { kind: "number" } },
  { name: "noise_level_nrs", required: false, type: { kind: "number" } },
  { name: "minut_metadata", required: false, type: { kind: "object" } },
  { name: "noiseaware_metadata", required: false, type: { kind: "object" } }
];
const phoneDeactivatedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "phone.deactivated" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty
];
const spaceCreatedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "space.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  spaceIdProperty,
  optionalSpaceKeyProperty,
  deviceIdsProperty,
  acsEntranceIdsProperty
];
const spaceDeletedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "space.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  spaceIdProperty,
  optionalSpaceKeyProperty,
  deviceIdsProperty,
  acsEntranceIdsProperty
];
const spaceDeviceMembershipChangedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "space.device_membership_changed" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtProperty,
  occurredAtProperty,
  optionalEventDescriptionProperty,
  spaceIdProperty,
  optionalSpaceKeyProperty,
  deviceIdsProperty,
  acsEntranceIdsProperty
];
const thermostatClimatePresetActivatedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.climate_preset_activated" }
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
    nullable: true
  },
  { name: "is_fallback_climate_preset", required: true, type: { kind: "boolean" } }
];
const thermostatManuallyAdjustedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.manually_adjusted" }
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
  { name: "cooling_set_point_fahrenheit", required: false, type: { kind: "number" } }
];
const thermostatTemperatureChangedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_changed" }
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
  temperatureFahrenheitProperty
];
const thermostatTemperatureReachedSetPointEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_reached_set_point" }
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
  { name: "desired_temperature_fahrenheit", required: false, type: { kind: "number" } }
];
const thermostatTemperatureThresholdExceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_threshold_exceeded" }
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
  nullableUpperLimitFahrenheitProperty
];
const thermostatTemperatureThresholdNoLongerExceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_threshold_no_longer_exceeded" }
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
  nullableUpperLimitFahrenheitProperty
];
const catalogue = {
  discriminator: "event_type",
  enums: {
    AccessCodeMutationCode: [
      "updating_name",
      "updating_code",
      "updating_time_frame",
      "deleting",
      "creating",
      "deferring_creation"
    ],
    BatteryStatus: ["critical", "low", "good", "full"],
    CameraActivationReason: ["motion_detected"],
    DeviceDisconnectionErrorCode: [
      "account_disconnected",
      "hub_disconnected",
      "device_disconnected"
    ],
    FanModeSetting: ["auto", "on", "circulate"],
    HvacModeSetting: ["off", "heat", "cool", "heat_cool", "eco"],
    LockAccessDeniedReasonCode: [
      "unknown_code",
      "expired_code",
      "blocklisted_code",
      "too_many_attempts",
      "blocked_by_privacy_mode",
      "credential_error"
    ],
    LockMethod: ["keycode", "manual", "automatic", "unknown", "seamapi", "remote", "card"],
    MotionSubType: ["human", "vehicle", "package", "other"],
    ThermostatAdjustmentMethod: ["seam", "external"]
  },
  shapes: {
    AccessCodeChangedProperty: accessCodeChangedPropertyProperties,
    AccessCodeNameValue: accessCodeNameValueProperties,
    AccessCodePinValue: accessCodePinValueProperties,
    AccessCodeRequestedMutation: accessCodeRequestedMutationProperties,
    AccessCodeTimeFrame: accessCodeTimeFrameProperties,
    LockAccessDeniedReason: lockAccessDeniedReasonProperties,
    ResourceError: resourceErrorProperties,
    ResourceWarning: resourceWarningProperties
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
    "access_code.unmanaged.converted_to_managed": accessCodeUnmanagedConvertedToManagedEventProperties,
    "access_code.unmanaged.created": accessCodeUnmanagedCreatedEventProperties,
    "access_code.unmanaged.failed_to_convert_to_managed": accessCodeUnmanagedFailedToConvertToManagedEventProperties,
    "access_code.unmanaged.removed": accessCodeUnmanagedRemovedEventProperties,
    "access_grant.access_granted_to_all_doors": accessGrantAccessGrantedToAllDoorsEventProperties,
    "access_grant.access_granted_to_door": accessGrantAccessGrantedToDoorEventProperties,
    "access_grant.access_times_changed": accessGrantAccessTimesChangedEventProperties,
    "access_grant.access_to_door_lost": accessGrantAccessToDoorLostEventProperties,
    "access_grant.could_not_create_requested_access_methods": accessGrantCouldNotCreateRequestedAccessMethodsEventProperties,
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
    "action_attempt.simulate_keypad_code_entry.failed": actionAttemptSimulateKeypadCodeEntryFailedEventProperties,
    "action_attempt.simulate_keypad_code_entry.succeeded": actionAttemptSimulateKeypadCodeEntrySucceededEventProperties,
    "action_attempt.simulate_manual_lock_via_keypad.failed": actionAttemptSimulateManualLockViaKeypadFailedEventProperties,
    "action_attempt.simulate_manual_lock_via_keypad.succeeded": actionAttemptSimulateManualLockViaKeypadSucceededEventProperties,
    "action_attempt.unlock_door.failed": actionAttemptUnlockDoorFailedEventProperties,
    "action_attempt.unlock_door.succeeded": actionAttemptUnlockDoorSucceededEventProperties,
    "camera.activated": cameraActivatedEventProperties,
    "client_session.deleted": clientSessionDeletedEventProperties,
    "connect_webview.login_failed": connectWebviewLoginFailedEventProperties,
    "connect_webview.login_succeeded": connectWebviewLoginSucceededEventProperties,
    "connected_account.completed_first_sync": connectedAccountCompletedFirstSyncEventProperties,
    "connected_account.completed_first_sync_after_reconnection": connectedAccountCompletedFirstSyncAfterReconnectionEventProperties,
    "connected_account.connected": connectedAccountConnectedEventProperties,
    "connected_account.created": connectedAccountCreatedEventProperties,
    "connected_account.deleted": connectedAccountDeletedEventProperties,
    "connected_account.disconnected": connectedAccountDisconnectedEventProperties,
    "connected_account.reauthorization_requested": connectedAccountReauthorizationRequestedEventProperties,
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
    "device.error.subscription_required.resolved": deviceErrorSubscriptionRequiredResolvedEventProperties,
    "device.low_battery": deviceLowBatteryEventProperties,
    "device.name_changed": deviceNameChangedEventProperties,
    "device.removed": deviceRemovedEventProperties,
    "device.salto.privacy_mode_activated": deviceSaltoPrivacyModeActivatedEventProperties,
    "device.salto.privacy_mode_deactivated": deviceSaltoPrivacyModeDeactivatedEventProperties,
    "device.tampered": deviceTamperedEventProperties,
    "device.third_party_integration_detected": deviceThirdPartyIntegrationDetectedEventProperties,
    "device.third_party_integration_no_longer_detected": deviceThirdPartyIntegrationNoLongerDetectedEventProperties,
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
    "thermostat.temperature_threshold_exceeded": thermostatTemperatureThresholdExceededEventProperties,
    "thermostat.temperature_threshold_no_longer_exceeded": thermostatTemperatureThresholdNoLongerExceededEventProperties
  },
  aliases: { "device.battery_low": "device.low_battery" }
};
function createAccessCodeBackupAccessCodePulledEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.backup_access_code_pulled",
    overrides,
    options
  );
}
function createAccessCodeChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.changed",
    overrides,
    options
  );
}
function createAccessCodeCodeChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.code_changed",
    overrides,
    options
  );
}
function createAccessCodeCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.created",
    overrides,
    options
  );
}
function createAccessCodeDelayInRemovingFromDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.delay_in_removing_from_device",
    overrides,
    options
  );
}
function createAccessCodeDelayInSettingOnDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.delay_in_setting_on_device",
    overrides,
    options
  );
}
function createAccessCodeDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.deleted",
    overrides,
    options
  );
}
function createAccessCodeDeletedExternalToSeamEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.deleted_external_to_seam",
    overrides,
    options
  );
}
function createAccessCodeFailedToRemoveFromDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.failed_to_remove_from_device",
    overrides,
    options
  );
}
function createAccessCodeFailedToSetOnDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.failed_to_set_on_device",
    overrides,
    options
  );
}
function createAccessCodeModifiedExternalToSeamEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.modified_external_to_seam",
    overrides,
    options
  );
}
function createAccessCodeMutationsRequestedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.mutations_requested",
    overrides,
    options
  );
}
function createAccessCodeNameChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.name_changed",
    overrides,
    options
  );
}
function createAccessCodeRemovedFromDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.removed_from_device",
    overrides,
    options
  );
}
function createAccessCodeScheduledOnDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.scheduled_on_device",
    overrides,
    options
  );
}
function createAccessCodeSetOnDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.set_on_device",
    overrides,
    options
  );
}
function createAccessCodeTimeFrameChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.time_frame_changed",
    overrides,
    options
  );
}
function createAccessCodeUnmanagedConvertedToManagedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.unmanaged.converted_to_managed",
    overrides,
    options
  );
}
function createAccessCodeUnmanagedCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.unmanaged.created",
    overrides,
    options
  );
}
function createAccessCodeUnmanagedFailedToConvertToManagedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.unmanaged.failed_to_convert_to_managed",
    overrides,
    options
  );
}
function createAccessCodeUnmanagedRemovedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_code.unmanaged.removed",
    overrides,
    options
  );
}
function createAccessGrantAccessGrantedToAllDoorsEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_grant.access_granted_to_all_doors",
    overrides,
    options
  );
}
function createAccessGrantAccessGrantedToDoorEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_grant.access_granted_to_door",
    overrides,
    options
  );
}
function createAccessGrantAccessTimesChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_grant.access_times_changed",
    overrides,
    options
  );
}
function createAccessGrantAccessToDoorLostEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_grant.access_to_door_lost",
    overrides,
    options
  );
}
function createAccessGrantCouldNotCreateRequestedAccessMethodsEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_grant.could_not_create_requested_access_methods",
    overrides,
    options
  );
}
function createAccessGrantCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_grant.created",
    overrides,
    options
  );
}
function createAccessGrantDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_grant.deleted",
    overrides,
    options
  );
}
function createAccessMethodCardEncodingRequiredEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_method.card_encoding_required",
    overrides,
    options
  );
}
function createAccessMethodCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_method.created",
    overrides,
    options
  );
}
function createAccessMethodDelayInIssuingEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_method.delay_in_issuing",
    overrides,
    options
  );
}
function createAccessMethodDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_method.deleted",
    overrides,
    options
  );
}
function createAccessMethodFailedToIssueEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_method.failed_to_issue",
    overrides,
    options
  );
}
function createAccessMethodIssuedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_method.issued",
    overrides,
    options
  );
}
function createAccessMethodReissuedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_method.reissued",
    overrides,
    options
  );
}
function createAccessMethodRevokedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "access_method.revoked",
    overrides,
    options
  );
}
function createAcsAccessGroupDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_access_group.deleted",
    overrides,
    options
  );
}
function createAcsCredentialDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_credential.deleted",
    overrides,
    options
  );
}
function createAcsCredentialInvalidatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_credential.invalidated",
    overrides,
    options
  );
}
function createAcsCredentialIssuedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_credential.issued",
    overrides,
    options
  );
}
function createAcsCredentialReissuedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_credential.reissued",
    overrides,
    options
  );
}
function createAcsEncoderAddedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_encoder.added",
    overrides,
    options
  );
}
function createAcsEncoderRemovedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_encoder.removed",
    overrides,
    options
  );
}
function createAcsEntranceAddedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_entrance.added",
    overrides,
    options
  );
}
function createAcsEntranceRemovedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_entrance.removed",
    overrides,
    options
  );
}
function createAcsSystemAddedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_system.added",
    overrides,
    options
  );
}
function createAcsSystemConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_system.connected",
    overrides,
    options
  );
}
function createAcsSystemDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_system.disconnected",
    overrides,
    options
  );
}
function createAcsUserCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_user.created",
    overrides,
    options
  );
}
function createAcsUserDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "acs_user.deleted",
    overrides,
    options
  );
}
function createActionAttemptLockDoorFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "action_attempt.lock_door.failed",
    overrides,
    options
  );
}
function createActionAttemptLockDoorSucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "action_attempt.lock_door.succeeded",
    overrides,
    options
  );
}
function createActionAttemptSimulateKeypadCodeEntryFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "action_attempt.simulate_keypad_code_entry.failed",
    overrides,
    options
  );
}
function createActionAttemptSimulateKeypadCodeEntrySucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "action_attempt.simulate_keypad_code_entry.succeeded",
    overrides,
    options
  );
}
function createActionAttemptSimulateManualLockViaKeypadFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "action_attempt.simulate_manual_lock_via_keypad.failed",
    overrides,
    options
  );
}
function createActionAttemptSimulateManualLockViaKeypadSucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "action_attempt.simulate_manual_lock_via_keypad.succeeded",
    overrides,
    options
  );
}
function createActionAttemptUnlockDoorFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "action_attempt.unlock_door.failed",
    overrides,
    options
  );
}
function createActionAttemptUnlockDoorSucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "action_attempt.unlock_door.succeeded",
    overrides,
    options
  );
}
function createCameraActivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "camera.activated",
    overrides,
    options
  );
}
function createClientSessionDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "client_session.deleted",
    overrides,
    options
  );
}
function createConnectWebviewLoginFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connect_webview.login_failed",
    overrides,
    options
  );
}
function createConnectWebviewLoginSucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connect_webview.login_succeeded",
    overrides,
    options
  );
}
function createConnectedAccountCompletedFirstSyncEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connected_account.completed_first_sync",
    overrides,
    options
  );
}
function createConnectedAccountCompletedFirstSyncAfterReconnectionEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connected_account.completed_first_sync_after_reconnection",
    overrides,
    options
  );
}
function createConnectedAccountConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connected_account.connected",
    overrides,
    options
  );
}
function createConnectedAccountCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connected_account.created",
    overrides,
    options
  );
}
function createConnectedAccountDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connected_account.deleted",
    overrides,
    options
  );
}
function createConnectedAccountDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connected_account.disconnected",
    overrides,
    options
  );
}
function createConnectedAccountReauthorizationRequestedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connected_account.reauthorization_requested",
    overrides,
    options
  );
}
function createConnectedAccountSuccessfulLoginEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "connected_account.successful_login",
    overrides,
    options
  );
}
function createDeviceAccessoryKeypadConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.accessory_keypad_connected",
    overrides,
    options
  );
}
function createDeviceAccessoryKeypadDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.accessory_keypad_disconnected",
    overrides,
    options
  );
}
function createDeviceAddedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.added",
    overrides,
    options
  );
}
function createDeviceBatteryStatusChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.battery_status_changed",
    overrides,
    options
  );
}
function createDeviceConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.connected",
    overrides,
    options
  );
}
function createDeviceConnectionBecameFlakyEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.connection_became_flaky",
    overrides,
    options
  );
}
function createDeviceConnectionStabilizedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.connection_stabilized",
    overrides,
    options
  );
}
function createDeviceConvertedToUnmanagedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.converted_to_unmanaged",
    overrides,
    options
  );
}
function createDeviceDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.deleted",
    overrides,
    options
  );
}
function createDeviceDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.disconnected",
    overrides,
    options
  );
}
function createDeviceDoorbellRangEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.doorbell_rang",
    overrides,
    options
  );
}
function createDeviceErrorSubscriptionRequiredEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.error.subscription_required",
    overrides,
    options
  );
}
function createDeviceErrorSubscriptionRequiredResolvedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.error.subscription_required.resolved",
    overrides,
    options
  );
}
function createDeviceLowBatteryEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.low_battery",
    overrides,
    options
  );
}
function createDeviceNameChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.name_changed",
    overrides,
    options
  );
}
function createDeviceRemovedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.removed",
    overrides,
    options
  );
}
function createDeviceSaltoPrivacyModeActivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.salto.privacy_mode_activated",
    overrides,
    options
  );
}
function createDeviceSaltoPrivacyModeDeactivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.salto.privacy_mode_deactivated",
    overrides,
    options
  );
}
function createDeviceTamperedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.tampered",
    overrides,
    options
  );
}
function createDeviceThirdPartyIntegrationDetectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.third_party_integration_detected",
    overrides,
    options
  );
}
function createDeviceThirdPartyIntegrationNoLongerDetectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.third_party_integration_no_longer_detected",
    overrides,
    options
  );
}
function createDeviceUnmanagedConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.unmanaged.connected",
    overrides,
    options
  );
}
function createDeviceUnmanagedConvertedToManagedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.unmanaged.converted_to_managed",
    overrides,
    options
  );
}
function createDeviceUnmanagedDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "device.unmanaged.disconnected",
    overrides,
    options
  );
}
function createEnrollmentAutomationDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "enrollment_automation.deleted",
    overrides,
    options
  );
}
function createLockAccessDeniedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "lock.access_denied",
    overrides,
    options
  );
}
function createLockLockedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(catalogue, "lock.locked", overrides, options);
}
function createLockUnlockedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "lock.unlocked",
    overrides,
    options
  );
}
function createNoiseSensorNoiseThresholdTriggeredEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "noise_sensor.noise_threshold_triggered",
    overrides,
    options
  );
}
function createPhoneDeactivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "phone.deactivated",
    overrides,
    options
  );
}
function createSpaceCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "space.created",
    overrides,
    options
  );
}
function createSpaceDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "space.deleted",
    overrides,
    options
  );
}
function createSpaceDeviceMembershipChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "space.device_membership_changed",
    overrides,
    options
  );
}
function createThermostatClimatePresetActivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "thermostat.climate_preset_activated",
    overrides,
    options
  );
}
function createThermostatManuallyAdjustedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "thermostat.manually_adjusted",
    overrides,
    options
  );
}
function createThermostatTemperatureChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "thermostat.temperature_changed",
    overrides,
    options
  );
}
function createThermostatTemperatureReachedSetPointEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "thermostat.temperature_reached_set_point",
    overrides,
    options
  );
}
function createThermostatTemperatureThresholdExceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "thermostat.temperature_threshold_exceeded",
    overrides,
    options
  );
}
function createThermostatTemperatureThresholdNoLongerExceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createFixture)(
    catalogue,
    "thermostat.temperature_threshold_no_longer_exceeded",
    overrides,
    options
  );
}
function createSeamEvent(type, overrides, options) {
  return (0, import_fixture_runtime.createFixture)(catalogue, type, overrides, options);
}
function createInvalidSeamEvents(type, options) {
  return (0, import_fixture_runtime.createInvalidCases)(catalogue, type, options);
}
