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
const accessCodeMutationCodeValues = [
  "updating_name",
  "updating_code",
  "updating_time_frame",
  "deleting",
  "creating",
  "deferring_creation"
];
const batteryStatusValues = ["critical", "low", "good", "full"];
const cameraActivationReasonValues = ["motion_detected"];
const deviceDisconnectionErrorCodeValues = [
  "account_disconnected",
  "hub_disconnected",
  "device_disconnected"
];
const fanModeSettingValues = ["auto", "on", "circulate"];
const hvacModeSettingValues = ["off", "heat", "cool", "heat_cool", "eco"];
const lockAccessDeniedReasonCodeValues = [
  "unknown_code",
  "expired_code",
  "blocklisted_code",
  "too_many_attempts",
  "blocked_by_privacy_mode",
  "credential_error"
];
const lockMethodValues = [
  "keycode",
  "manual",
  "automatic",
  "unknown",
  "remote",
  "card"
];
const motionSubTypeValues = ["human", "vehicle", "package", "other"];
const thermostatAdjustmentMethodValues = ["seam", "external"];
const nullableCodeProperty = {
  name: "code",
  required: true,
  type: { kind: "string" },
  nullable: true
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
const createdAtNotBeforeOccurredAtProperty = {
  name: "created_at",
  required: true,
  type: { kind: "string", format: "date-time" },
  derive: { kind: "not_before", of: "occurred_at", maxGap: 120 }
};
const occurredAtProperty = {
  name: "occurred_at",
  required: true,
  type: { kind: "string", format: "date-time" }
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
const optionalIsBackupCodeWhenCodeProperty = {
  name: "is_backup_code",
  required: false,
  type: { kind: "boolean" },
  presentWhen: { of: "code" }
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
const actionTypeLikeLockDoorProperty = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["LOCK_DOOR"]
};
const statusLikeErrorProperty = {
  name: "status",
  required: true,
  type: { kind: "string" },
  examples: ["error"]
};
const optionalDeviceIdProperty = {
  name: "device_id",
  required: false,
  type: { kind: "string", format: "uuid" }
};
const statusLikeSuccessProperty = {
  name: "status",
  required: true,
  type: { kind: "string" },
  examples: ["success"]
};
const actionTypeLikeSimulateKeypadCodeEntryProperty = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["SIMULATE_KEYPAD_CODE_ENTRY"]
};
const actionTypeLikeSimulateManualLockViaKeypadProperty = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["SIMULATE_MANUAL_LOCK_VIA_KEYPAD"]
};
const actionTypeLikeUnlockDoorProperty = {
  name: "action_type",
  required: true,
  type: { kind: "string" },
  examples: ["UNLOCK_DOOR"]
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
const errorCodeByValueDeviceErrors0ErrorCodeProperty = {
  name: "error_code",
  required: true,
  type: { kind: "enum", name: "DeviceDisconnectionErrorCode" },
  derive: {
    kind: "by_value",
    of: "device_errors/0/error_code",
    values: {
      account_disconnected: "account_disconnected",
      hub_disconnected: "hub_disconnected",
      device_offline: "device_disconnected"
    }
  }
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
const optionalAccessCodeIdWhenMethodKeycodeProperty = {
  name: "access_code_id",
  required: false,
  type: { kind: "string", format: "uuid" },
  presentWhen: { of: "method", in: ["keycode"] }
};
const methodProperty = {
  name: "method",
  required: true,
  type: { kind: "enum", name: "LockMethod" }
};
const optionalCodeWhenMethodKeycodeProperty = {
  name: "code",
  required: false,
  type: { kind: "string" },
  presentWhen: { of: "method", in: ["keycode"] }
};
const optionalAccessCodeIsManagedWhenAccessCodeIdProperty = {
  name: "access_code_is_managed",
  required: false,
  type: { kind: "boolean" },
  presentWhen: { of: "access_code_id" }
};
const optionalActionAttemptIdWhenMethodRemoteProperty = {
  name: "action_attempt_id",
  required: false,
  type: { kind: "string", format: "uuid" },
  presentWhen: { of: "method", in: ["remote"] }
};
const optionalIsViaBluetoothWhenMethodRemoteProperty = {
  name: "is_via_bluetooth",
  required: false,
  type: { kind: "boolean" },
  presentWhen: { of: "method", in: ["remote"] }
};
const optionalIsViaNfcWhenMethodCardProperty = {
  name: "is_via_nfc",
  required: false,
  type: { kind: "boolean" },
  presentWhen: { of: "method", in: ["card"] }
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
const temperatureFahrenheitLinearTemperatureCelsiusProperty = {
  name: "temperature_fahrenheit",
  required: true,
  type: { kind: "number" },
  derive: { kind: "linear", of: "temperature_celsius", scale: 1.8, offset: 32 }
};
const nullableLowerLimitCelsiusLike15Property = {
  name: "lower_limit_celsius",
  required: true,
  type: { kind: "number" },
  nullable: true,
  examples: [15, 16, 17, 18]
};
const nullableLowerLimitFahrenheitLinearLowerLimitCelsiusProperty = {
  name: "lower_limit_fahrenheit",
  required: true,
  type: { kind: "number" },
  nullable: true,
  derive: { kind: "linear", of: "lower_limit_celsius", scale: 1.8, offset: 32 }
};
const nullableUpperLimitCelsiusAtLeastLowerLimitCelsiusLike24Property = {
  name: "upper_limit_celsius",
  required: true,
  type: { kind: "number" },
  nullable: true,
  examples: [24, 25, 26, 27],
  derive: { kind: "at_least", of: "lower_limit_celsius", maxGap: 12 }
};
const nullableUpperLimitFahrenheitLinearUpperLimitCelsiusProperty = {
  name: "upper_limit_fahrenheit",
  required: true,
  type: { kind: "number" },
  nullable: true,
  derive: { kind: "linear", of: "upper_limit_celsius", scale: 1.8, offset: 32 }
};
const accessCodeChangedPropertyProperties = [
  { name: "property", required: true, type: { kind: "string" }, examples: ["code", "name"] },
  {
    name: "from",
    required: true,
    type: { kind: "string" },
    nullable: true,
    derive: {
      kind: "by_value",
      of: "property",
      values: { code: "4821", name: "Front door guest" }
    }
  },
  {
    name: "to",
    required: true,
    type: { kind: "string" },
    nullable: true,
    derive: { kind: "by_value", of: "property", values: { code: "7390", name: "Weekend cleaner" } }
  }
];
const accessCodeNameValueProperties = [
  { name: "name", required: true, type: { kind: "string" }, nullable: true }
];
const accessCodePinValueProperties = [nullableCodeProperty];
const accessCodeRequestedMutationProperties = [
  { name: "mutation_code", required: true, type: { kind: "enum", name: "AccessCodeMutationCode" } },
  {
    name: "from",
    required: false,
    type: { kind: "object" },
    presentWhen: { of: "mutation_code", in: ["deleting"], unless: true }
  },
  {
    name: "to",
    required: false,
    type: { kind: "object" },
    presentWhen: { of: "mutation_code", in: ["deleting"], unless: true }
  }
];
const accessCodeTimeFrameProperties = [
  { name: "starts_at", required: true, type: { kind: "string" }, nullable: true },
  {
    name: "ends_at",
    required: true,
    type: { kind: "string" },
    nullable: true,
    derive: { kind: "not_before", of: "starts_at" }
  }
];
const lockAccessDeniedReasonProperties = [
  {
    name: "reason_code",
    required: true,
    type: { kind: "enum", name: "LockAccessDeniedReasonCode" }
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
        too_many_attempts: "Too many wrong codes were entered, so the lock stopped accepting codes for a while.",
        blocked_by_privacy_mode: "The lock is in privacy mode and refuses every credential.",
        credential_error: "The card or credential presented could not be read."
      }
    }
  }
];
const resourceErrorProperties = [
  {
    name: "error_code",
    required: true,
    type: { kind: "string" },
    examples: ["account_disconnected", "device_offline", "hub_disconnected"]
  },
  {
    name: "message",
    required: true,
    type: { kind: "string" },
    derive: {
      kind: "by_value",
      of: "error_code",
      values: {
        account_disconnected: "The connected account lost its authorization; its owner needs to sign in again.",
        device_offline: "The device has stopped responding; check its power and its connection.",
        hub_disconnected: "The hub this device talks through is offline; check the hub's power and network."
      }
    }
  },
  createdAtProperty
];
const resourceWarningProperties = [
  {
    name: "warning_code",
    required: true,
    type: { kind: "string" },
    examples: ["third_party_integration_detected", "device_has_flaky_connection"]
  },
  {
    name: "message",
    required: true,
    type: { kind: "string" },
    derive: {
      kind: "by_value",
      of: "warning_code",
      values: {
        third_party_integration_detected: "Another service also controls this device, and its changes may conflict with Seam's.",
        device_has_flaky_connection: "The connection to this device keeps dropping; it may miss some changes."
      }
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A spare code from the backup pool was put into use on a device, usually to stand in for a code that could not be programmed."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Something about an access code is different now, such as its status or one of its settings."
    }
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
      "The access code was edited in the lock's own app."
    ]
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access code got a different PIN on its device." }
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
      "The access code was given a new PIN in the lock's own app."
    ]
  },
  { name: "from", required: true, type: { kind: "shape", name: "AccessCodePinValue" } },
  { name: "to", required: true, type: { kind: "shape", name: "AccessCodePinValue" } }
];
const accessCodeCreatedEventProperties = [
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
      value: "Seam has a new access code on record; programming it onto the lock is reported by later events."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access code is still on its device well after Seam began removing it."
    }
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access code is reaching its device later than usual." }
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
  deviceWarningsProperty
];
const accessCodeDeletedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_code.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam removed an access code record for good." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam noticed that a code it had set on a device was removed there by other means, such as the lock's own app."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Taking an access code off its device went wrong." }
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Programming an access code onto its device went wrong." }
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam noticed that a code it had set on a device was altered there by other means, such as the lock's own app."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Someone asked for changes to an access code." }
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Someone gave an access code a different name on its device." }
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
      "The access code got a new name in the lock's own app."
    ]
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access code was taken off its device and no longer works there."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device that handles schedules itself now holds an access code ahead of its start time."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access code is now on its device and works there." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "The period in which an access code works was moved on its device, at its start, its end or both."
    }
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
      "The access code now ends at a different time on the lock."
    ]
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access code that Seam found on a device but did not manage is now managed by Seam."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam found a new access code on a device that was not created through Seam."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam could not take over the management of an access code it found on a device."
    }
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access code that Seam did not manage disappeared from its device."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Every door an access grant asked for is now open to its holder."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "One of the doors an access grant asked for is now open to its holder."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access grant now begins or ends at a different time." }
  },
  accessGrantIdProperty,
  { name: "access_grant_key", required: false, type: { kind: "string" } },
  { name: "starts_at", required: false, type: { kind: "string" } },
  {
    name: "ends_at",
    required: false,
    type: { kind: "string" },
    derive: { kind: "not_before", of: "starts_at" }
  }
];
const accessGrantAccessToDoorLostEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_grant.access_to_door_lost" }
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
      value: "The holder of an access grant can no longer open one of the doors the grant asked for."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Some access methods that an access grant needs are missing because Seam failed to create them."
    }
  },
  accessGrantIdProperty,
  {
    name: "error_message",
    required: true,
    type: { kind: "string" },
    examples: [
      "One of the doors in the access grant is on a device that is offline.",
      "The access system refused to create a credential for this user.",
      "A device in the access grant does not support access codes."
    ]
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Someone set up a new access grant." }
  },
  accessGrantIdProperty
];
const accessGrantDeletedEventProperties = [
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
      value: "An access grant was removed, and the access it gave is being withdrawn."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A card has to be written on an encoder before this access method can be used."
    }
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const accessMethodCreatedEventProperties = [
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
      value: "A new access method was created for one or more access grants."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access method is still not issued although its access grant starts soon."
    }
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const accessMethodDeletedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access method no longer exists because it was deleted." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access grant has begun but one of its access methods is still not issued."
    }
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty
];
const accessMethodIssuedEventProperties = [
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
      value: "An access method is now issued and ready for its holder to use."
    }
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
  optionalCodeProperty,
  optionalIsBackupCodeWhenCodeProperty
];
const accessMethodReissuedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "access_method.reissued" }
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
      value: "An access method that had already been issued was issued again."
    }
  },
  accessMethodIdProperty,
  accessGrantIdsProperty,
  optionalAccessGrantKeysProperty,
  optionalCodeProperty,
  optionalIsBackupCodeWhenCodeProperty
];
const accessMethodRevokedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "access_method.revoked" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access method was withdrawn and no longer gives access." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access group was removed from an access control system." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A credential was removed from an access control system." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A credential stopped working because it was invalidated." }
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty
];
const acsCredentialIssuedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_credential.issued" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access control system issued a credential." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "An access control system issued a credential again, replacing the earlier issue."
    }
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsCredentialIdProperty
];
const acsEncoderAddedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_encoder.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A card encoder became available in an access control system." }
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEncoderIdProperty
];
const acsEncoderRemovedEventProperties = [
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
      value: "A card encoder is no longer available in an access control system."
    }
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEncoderIdProperty
];
const acsEntranceAddedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_entrance.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access control system reported a new entrance." }
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEntranceIdProperty
];
const acsEntranceRemovedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_entrance.removed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An entrance is no longer part of an access control system." }
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsEntranceIdProperty
];
const acsSystemAddedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.added" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access control system was added to the workspace." }
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty
];
const acsSystemConnectedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.connected" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam connected, or reconnected, to an access control system." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam's link to an access control system broke." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "An access control system has a new user." }
  },
  optionalConnectedAccountIdProperty,
  acsSystemIdProperty,
  acsUserIdProperty
];
const acsUserDeletedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "acs_user.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A user was removed from an access control system." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A request to lock a door finished with an error." }
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeLockDoorProperty,
  statusLikeErrorProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A request to lock a door finished successfully." }
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeLockDoorProperty,
  statusLikeSuccessProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A simulated entry of a code on a keypad, used for testing, finished with an error."
    }
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeSimulateKeypadCodeEntryProperty,
  statusLikeErrorProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A simulated entry of a code on a keypad, used for testing, finished successfully."
    }
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeSimulateKeypadCodeEntryProperty,
  statusLikeSuccessProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A simulated manual lock from a keypad, used for testing, finished with an error."
    }
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeSimulateManualLockViaKeypadProperty,
  statusLikeErrorProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A simulated manual lock from a keypad, used for testing, finished successfully."
    }
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeSimulateManualLockViaKeypadProperty,
  statusLikeSuccessProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A request to unlock a door finished with an error." }
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeUnlockDoorProperty,
  statusLikeErrorProperty,
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A request to unlock a door finished successfully." }
  },
  optionalConnectedAccountIdProperty,
  actionAttemptIdProperty,
  actionTypeLikeUnlockDoorProperty,
  statusLikeSuccessProperty,
  optionalDeviceIdProperty
];
const cameraActivatedEventProperties = [
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
      value: "A camera began recording, for instance when something moved in view."
    }
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A client session was removed, so its token no longer works." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Someone tried to sign in through a Connect Webview, without success."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A person completed sign-in in a Connect Webview, and their account is now linked."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam finished syncing a newly connected account for the first time, and its devices and systems can now be used."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam finished syncing a connected account again after it reconnected, and its devices and systems can be used again."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam established a connection to a connected account, either newly or after a disconnection."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A third-party account was linked to the workspace through a Connect Webview."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A linked third-party account is no longer part of the workspace."
    }
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  {
    name: "connected_account_type",
    required: false,
    type: { kind: "string" },
    examples: ["august", "schlage", "salto_ks", "yale_access", "ecobee"]
  }
];
const connectedAccountDisconnectedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "connected_account.disconnected" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam's link to a connected account broke." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "The owner of a connected account must sign in again to renew Seam's permissions."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Someone signed in to a connected account through a Connect Webview, whether or not it was connected before."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device gained an add-on keypad." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device lost its add-on keypad." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device appeared in the workspace, whether new or back after being removed."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device's coarse battery status moved to another level, for example from good to low, since the previous such event."
    }
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
        { value: "full" }
      ]
    }
  }
];
const deviceConnectedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.connected" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam can reach a device again, or for the first time." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Seam noticed that its connection to a device keeps dropping." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device connection that kept dropping is steady again." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device that Seam managed is now unmanaged, so Seam only observes it."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device was deleted through Seam, either on its own or with its connected account."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam can no longer reach a device; its `online` flag is now false."
    }
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
  errorCodeByValueDeviceErrors0ErrorCodeProperty
];
const deviceDoorbellRangEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.doorbell_rang" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A visitor rang a doorbell device." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Some features of a device stay locked until its owner takes out a plan with the provider."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "The provider plan a device needed is now in place, or is no longer needed."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device is running short of battery power." }
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
    examples: [0.04, 0.07, 0.11, 0.15, 0.18]
  }
];
const deviceNameChangedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "device.name_changed" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device was given a new name." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Someone took a device out of its connected account directly with the provider, not through Seam."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A Salto lock entered privacy mode, which blocks most credentials until it is turned off."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Privacy mode ended on a Salto lock." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A device reported physical interference, such as its cover being removed or the unit being shifted."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Another service is controlling a device in a way that conflicts with Seam."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "The conflicting service on a device is gone, so Seam can manage it fully again."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam can reach a device it does not manage again; its `online` flag is now true."
    }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A device that Seam did not manage is now managed by Seam." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Seam can no longer reach a device it does not manage; its `online` flag is now false."
    }
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
  errorCodeByValueDeviceErrors0ErrorCodeProperty
];
const enrollmentAutomationDeletedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "enrollment_automation.deleted" }
  },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "Someone removed an enrollment automation." }
  },
  { name: "enrollment_automation_id", required: true, type: { kind: "string", format: "uuid" } }
];
const lockAccessDeniedEventProperties = [
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
      value: "A lock turned someone away, typically after wrong codes or another rejected credential."
    }
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
    presentWhen: { of: "reason/reason_code", in: ["expired_code", "blocklisted_code"] }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A lock went into the locked state, by any means." }
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
  optionalIsViaNfcWhenMethodCardProperty
];
const lockUnlockedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "lock.unlocked" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A lock went into the unlocked state, by any means." }
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
  optionalIsViaNfcWhenMethodCardProperty
];
const noiseSensorNoiseThresholdTriggeredEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "noise_sensor.noise_threshold_triggered" }
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
      value: "A noise sensor heard noise above one of its thresholds, or for longer than the threshold allows."
    }
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
    examples: ["builtin_first_disturbance"]
  },
  { name: "noise_level_decibels", required: false, type: { kind: "number" } },
  {
    name: "noise_level_nrs",
    required: false,
    type: { kind: "number" },
    presentWhen: { of: "minut_metadata", unless: true }
  },
  { name: "minut_metadata", required: false, type: { kind: "object" } },
  {
    name: "noiseaware_metadata",
    required: false,
    type: { kind: "object" },
    presentWhen: { of: "minut_metadata", unless: true }
  }
];
const phoneDeactivatedEventProperties = [
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
      value: "A phone registered for mobile access was deactivated and can no longer be used as a credential."
    }
  },
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty
];
const spaceCreatedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "space.created" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A new space now exists in the workspace." }
  },
  spaceIdProperty,
  optionalSpaceKeyProperty,
  deviceIdsProperty,
  acsEntranceIdsProperty
];
const spaceDeletedEventProperties = [
  { name: "event_type", required: true, type: { kind: "literal", value: "space.deleted" } },
  eventIdProperty,
  workspaceIdProperty,
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "A space was removed from the workspace." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: { kind: "text", value: "The set of devices in a space changed." }
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "A thermostat switched to one of its climate presets, either by schedule or as its fallback."
    }
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
    examples: ["home", "away", "sleep", "eco", "occupied"]
  },
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
  createdAtNotBeforeOccurredAtProperty,
  occurredAtProperty,
  {
    name: "event_description",
    required: false,
    type: { kind: "string" },
    derive: {
      kind: "text",
      value: "Someone changed the settings of a thermostat by hand rather than through a schedule or preset."
    }
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
    presentWhen: { of: "hvac_mode_setting", in: ["heat", "heat_cool"] }
  },
  {
    name: "heating_set_point_fahrenheit",
    required: false,
    type: { kind: "number" },
    derive: { kind: "linear", of: "heating_set_point_celsius", scale: 1.8, offset: 32 }
  },
  {
    name: "cooling_set_point_celsius",
    required: false,
    type: { kind: "number" },
    derive: { kind: "at_least", of: "heating_set_point_celsius", maxGap: 6 },
    presentWhen: { of: "hvac_mode_setting", in: ["cool", "heat_cool"] }
  },
  {
    name: "cooling_set_point_fahrenheit",
    required: false,
    type: { kind: "number" },
    derive: { kind: "linear", of: "cooling_set_point_celsius", scale: 1.8, offset: 32 }
  }
];
const thermostatTemperatureChangedEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_changed" }
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
      value: "A thermostat's reading shifted by a degree Celsius or more since it was last reported."
    }
  },
  connectedAccountIdProperty,
  optionalConnectedAccountCustomMetadataProperty,
  optionalCustomerKeyProperty,
  deviceIdProperty,
  optionalDeviceCustomMetadataProperty,
  temperatureCelsiusProperty,
  temperatureFahrenheitLinearTemperatureCelsiusProperty
];
const thermostatTemperatureReachedSetPointEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_reached_set_point" }
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
      value: "A room has nearly hit its target: the thermostat reads less than 1 \xB0C away from a heating or cooling set point."
    }
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
    derive: { kind: "at_least", of: "temperature_celsius", maxGap: 0.9 }
  },
  {
    name: "desired_temperature_fahrenheit",
    required: false,
    type: { kind: "number" },
    derive: { kind: "linear", of: "desired_temperature_celsius", scale: 1.8, offset: 32 }
  }
];
const thermostatTemperatureThresholdExceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_threshold_exceeded" }
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
      value: "A thermostat's reading left the acceptable range you set for it."
    }
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
    examples: [9.5, 11, 12.5, 30.5, 32, 33.5]
  },
  temperatureFahrenheitLinearTemperatureCelsiusProperty,
  nullableLowerLimitCelsiusLike15Property,
  nullableLowerLimitFahrenheitLinearLowerLimitCelsiusProperty,
  nullableUpperLimitCelsiusAtLeastLowerLimitCelsiusLike24Property,
  nullableUpperLimitFahrenheitLinearUpperLimitCelsiusProperty
];
const thermostatTemperatureThresholdNoLongerExceededEventProperties = [
  {
    name: "event_type",
    required: true,
    type: { kind: "literal", value: "thermostat.temperature_threshold_no_longer_exceeded" }
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
      value: "A thermostat's reading is back within the acceptable range you set for it."
    }
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
    examples: [19, 20.5, 21, 22.5, 23]
  },
  temperatureFahrenheitLinearTemperatureCelsiusProperty,
  nullableLowerLimitCelsiusLike15Property,
  nullableLowerLimitFahrenheitLinearLowerLimitCelsiusProperty,
  nullableUpperLimitCelsiusAtLeastLowerLimitCelsiusLike24Property,
  nullableUpperLimitFahrenheitLinearUpperLimitCelsiusProperty
];
const accessCodeBackupAccessCodePulledEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_code.backup_access_code_pulled": accessCodeBackupAccessCodePulledEventProperties
  },
  aliases: {}
};
const accessCodeChangedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { AccessCodeChangedProperty: accessCodeChangedPropertyProperties },
  events: { "access_code.changed": accessCodeChangedEventProperties },
  aliases: {}
};
const accessCodeCodeChangedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { AccessCodePinValue: accessCodePinValueProperties },
  events: { "access_code.code_changed": accessCodeCodeChangedEventProperties },
  aliases: {}
};
const accessCodeCreatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.created": accessCodeCreatedEventProperties },
  aliases: {}
};
const accessCodeDelayInRemovingFromDeviceEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "access_code.delay_in_removing_from_device": accessCodeDelayInRemovingFromDeviceEventProperties
  },
  aliases: {}
};
const accessCodeDelayInSettingOnDeviceEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "access_code.delay_in_setting_on_device": accessCodeDelayInSettingOnDeviceEventProperties
  },
  aliases: {}
};
const accessCodeDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.deleted": accessCodeDeletedEventProperties },
  aliases: {}
};
const accessCodeDeletedExternalToSeamEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_code.deleted_external_to_seam": accessCodeDeletedExternalToSeamEventProperties
  },
  aliases: {}
};
const accessCodeFailedToRemoveFromDeviceEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "access_code.failed_to_remove_from_device": accessCodeFailedToRemoveFromDeviceEventProperties
  },
  aliases: {}
};
const accessCodeFailedToSetOnDeviceEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "access_code.failed_to_set_on_device": accessCodeFailedToSetOnDeviceEventProperties },
  aliases: {}
};
const accessCodeModifiedExternalToSeamEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_code.modified_external_to_seam": accessCodeModifiedExternalToSeamEventProperties
  },
  aliases: {}
};
const accessCodeMutationsRequestedEventCatalogue = {
  discriminator: "event_type",
  enums: { AccessCodeMutationCode: accessCodeMutationCodeValues },
  shapes: { AccessCodeRequestedMutation: accessCodeRequestedMutationProperties },
  events: { "access_code.mutations_requested": accessCodeMutationsRequestedEventProperties },
  aliases: {}
};
const accessCodeNameChangedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { AccessCodeNameValue: accessCodeNameValueProperties },
  events: { "access_code.name_changed": accessCodeNameChangedEventProperties },
  aliases: {}
};
const accessCodeRemovedFromDeviceEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.removed_from_device": accessCodeRemovedFromDeviceEventProperties },
  aliases: {}
};
const accessCodeScheduledOnDeviceEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.scheduled_on_device": accessCodeScheduledOnDeviceEventProperties },
  aliases: {}
};
const accessCodeSetOnDeviceEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.set_on_device": accessCodeSetOnDeviceEventProperties },
  aliases: {}
};
const accessCodeTimeFrameChangedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { AccessCodeTimeFrame: accessCodeTimeFrameProperties },
  events: { "access_code.time_frame_changed": accessCodeTimeFrameChangedEventProperties },
  aliases: {}
};
const accessCodeUnmanagedConvertedToManagedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_code.unmanaged.converted_to_managed": accessCodeUnmanagedConvertedToManagedEventProperties
  },
  aliases: {}
};
const accessCodeUnmanagedCreatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.unmanaged.created": accessCodeUnmanagedCreatedEventProperties },
  aliases: {}
};
const accessCodeUnmanagedFailedToConvertToManagedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "access_code.unmanaged.failed_to_convert_to_managed": accessCodeUnmanagedFailedToConvertToManagedEventProperties
  },
  aliases: {}
};
const accessCodeUnmanagedRemovedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_code.unmanaged.removed": accessCodeUnmanagedRemovedEventProperties },
  aliases: {}
};
const accessGrantAccessGrantedToAllDoorsEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_grant.access_granted_to_all_doors": accessGrantAccessGrantedToAllDoorsEventProperties
  },
  aliases: {}
};
const accessGrantAccessGrantedToDoorEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.access_granted_to_door": accessGrantAccessGrantedToDoorEventProperties },
  aliases: {}
};
const accessGrantAccessTimesChangedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.access_times_changed": accessGrantAccessTimesChangedEventProperties },
  aliases: {}
};
const accessGrantAccessToDoorLostEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.access_to_door_lost": accessGrantAccessToDoorLostEventProperties },
  aliases: {}
};
const accessGrantCouldNotCreateRequestedAccessMethodsEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_grant.could_not_create_requested_access_methods": accessGrantCouldNotCreateRequestedAccessMethodsEventProperties
  },
  aliases: {}
};
const accessGrantCreatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.created": accessGrantCreatedEventProperties },
  aliases: {}
};
const accessGrantDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_grant.deleted": accessGrantDeletedEventProperties },
  aliases: {}
};
const accessMethodCardEncodingRequiredEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "access_method.card_encoding_required": accessMethodCardEncodingRequiredEventProperties
  },
  aliases: {}
};
const accessMethodCreatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.created": accessMethodCreatedEventProperties },
  aliases: {}
};
const accessMethodDelayInIssuingEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.delay_in_issuing": accessMethodDelayInIssuingEventProperties },
  aliases: {}
};
const accessMethodDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.deleted": accessMethodDeletedEventProperties },
  aliases: {}
};
const accessMethodFailedToIssueEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.failed_to_issue": accessMethodFailedToIssueEventProperties },
  aliases: {}
};
const accessMethodIssuedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.issued": accessMethodIssuedEventProperties },
  aliases: {}
};
const accessMethodReissuedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.reissued": accessMethodReissuedEventProperties },
  aliases: {}
};
const accessMethodRevokedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "access_method.revoked": accessMethodRevokedEventProperties },
  aliases: {}
};
const acsAccessGroupDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_access_group.deleted": acsAccessGroupDeletedEventProperties },
  aliases: {}
};
const acsCredentialDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_credential.deleted": acsCredentialDeletedEventProperties },
  aliases: {}
};
const acsCredentialInvalidatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_credential.invalidated": acsCredentialInvalidatedEventProperties },
  aliases: {}
};
const acsCredentialIssuedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_credential.issued": acsCredentialIssuedEventProperties },
  aliases: {}
};
const acsCredentialReissuedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_credential.reissued": acsCredentialReissuedEventProperties },
  aliases: {}
};
const acsEncoderAddedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_encoder.added": acsEncoderAddedEventProperties },
  aliases: {}
};
const acsEncoderRemovedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_encoder.removed": acsEncoderRemovedEventProperties },
  aliases: {}
};
const acsEntranceAddedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_entrance.added": acsEntranceAddedEventProperties },
  aliases: {}
};
const acsEntranceRemovedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_entrance.removed": acsEntranceRemovedEventProperties },
  aliases: {}
};
const acsSystemAddedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_system.added": acsSystemAddedEventProperties },
  aliases: {}
};
const acsSystemConnectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_system.connected": acsSystemConnectedEventProperties },
  aliases: {}
};
const acsSystemDisconnectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "acs_system.disconnected": acsSystemDisconnectedEventProperties },
  aliases: {}
};
const acsUserCreatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_user.created": acsUserCreatedEventProperties },
  aliases: {}
};
const acsUserDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "acs_user.deleted": acsUserDeletedEventProperties },
  aliases: {}
};
const actionAttemptLockDoorFailedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "action_attempt.lock_door.failed": actionAttemptLockDoorFailedEventProperties },
  aliases: {}
};
const actionAttemptLockDoorSucceededEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "action_attempt.lock_door.succeeded": actionAttemptLockDoorSucceededEventProperties },
  aliases: {}
};
const actionAttemptSimulateKeypadCodeEntryFailedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.simulate_keypad_code_entry.failed": actionAttemptSimulateKeypadCodeEntryFailedEventProperties
  },
  aliases: {}
};
const actionAttemptSimulateKeypadCodeEntrySucceededEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.simulate_keypad_code_entry.succeeded": actionAttemptSimulateKeypadCodeEntrySucceededEventProperties
  },
  aliases: {}
};
const actionAttemptSimulateManualLockViaKeypadFailedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.simulate_manual_lock_via_keypad.failed": actionAttemptSimulateManualLockViaKeypadFailedEventProperties
  },
  aliases: {}
};
const actionAttemptSimulateManualLockViaKeypadSucceededEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.simulate_manual_lock_via_keypad.succeeded": actionAttemptSimulateManualLockViaKeypadSucceededEventProperties
  },
  aliases: {}
};
const actionAttemptUnlockDoorFailedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "action_attempt.unlock_door.failed": actionAttemptUnlockDoorFailedEventProperties },
  aliases: {}
};
const actionAttemptUnlockDoorSucceededEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "action_attempt.unlock_door.succeeded": actionAttemptUnlockDoorSucceededEventProperties
  },
  aliases: {}
};
const cameraActivatedEventCatalogue = {
  discriminator: "event_type",
  enums: {
    CameraActivationReason: cameraActivationReasonValues,
    MotionSubType: motionSubTypeValues
  },
  shapes: {},
  events: { "camera.activated": cameraActivatedEventProperties },
  aliases: {}
};
const clientSessionDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "client_session.deleted": clientSessionDeletedEventProperties },
  aliases: {}
};
const connectWebviewLoginFailedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connect_webview.login_failed": connectWebviewLoginFailedEventProperties },
  aliases: {}
};
const connectWebviewLoginSucceededEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connect_webview.login_succeeded": connectWebviewLoginSucceededEventProperties },
  aliases: {}
};
const connectedAccountCompletedFirstSyncEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "connected_account.completed_first_sync": connectedAccountCompletedFirstSyncEventProperties
  },
  aliases: {}
};
const connectedAccountCompletedFirstSyncAfterReconnectionEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "connected_account.completed_first_sync_after_reconnection": connectedAccountCompletedFirstSyncAfterReconnectionEventProperties
  },
  aliases: {}
};
const connectedAccountConnectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connected_account.connected": connectedAccountConnectedEventProperties },
  aliases: {}
};
const connectedAccountCreatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connected_account.created": connectedAccountCreatedEventProperties },
  aliases: {}
};
const connectedAccountDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connected_account.deleted": connectedAccountDeletedEventProperties },
  aliases: {}
};
const connectedAccountDisconnectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "connected_account.disconnected": connectedAccountDisconnectedEventProperties },
  aliases: {}
};
const connectedAccountReauthorizationRequestedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "connected_account.reauthorization_requested": connectedAccountReauthorizationRequestedEventProperties
  },
  aliases: {}
};
const connectedAccountSuccessfulLoginEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "connected_account.successful_login": connectedAccountSuccessfulLoginEventProperties },
  aliases: {}
};
const deviceAccessoryKeypadConnectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.accessory_keypad_connected": deviceAccessoryKeypadConnectedEventProperties },
  aliases: {}
};
const deviceAccessoryKeypadDisconnectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: {
    "device.accessory_keypad_disconnected": deviceAccessoryKeypadDisconnectedEventProperties
  },
  aliases: {}
};
const deviceAddedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.added": deviceAddedEventProperties },
  aliases: {}
};
const deviceBatteryStatusChangedEventCatalogue = {
  discriminator: "event_type",
  enums: { BatteryStatus: batteryStatusValues },
  shapes: {},
  events: { "device.battery_status_changed": deviceBatteryStatusChangedEventProperties },
  aliases: {}
};
const deviceConnectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.connected": deviceConnectedEventProperties },
  aliases: {}
};
const deviceConnectionBecameFlakyEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "device.connection_became_flaky": deviceConnectionBecameFlakyEventProperties },
  aliases: {}
};
const deviceConnectionStabilizedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.connection_stabilized": deviceConnectionStabilizedEventProperties },
  aliases: {}
};
const deviceConvertedToUnmanagedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.converted_to_unmanaged": deviceConvertedToUnmanagedEventProperties },
  aliases: {}
};
const deviceDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.deleted": deviceDeletedEventProperties },
  aliases: {}
};
const deviceDisconnectedEventCatalogue = {
  discriminator: "event_type",
  enums: { DeviceDisconnectionErrorCode: deviceDisconnectionErrorCodeValues },
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "device.disconnected": deviceDisconnectedEventProperties },
  aliases: {}
};
const deviceDoorbellRangEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.doorbell_rang": deviceDoorbellRangEventProperties },
  aliases: {}
};
const deviceErrorSubscriptionRequiredEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "device.error.subscription_required": deviceErrorSubscriptionRequiredEventProperties },
  aliases: {}
};
const deviceErrorSubscriptionRequiredResolvedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.error.subscription_required.resolved": deviceErrorSubscriptionRequiredResolvedEventProperties
  },
  aliases: {}
};
const deviceLowBatteryEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.low_battery": deviceLowBatteryEventProperties },
  aliases: {}
};
const deviceNameChangedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.name_changed": deviceNameChangedEventProperties },
  aliases: {}
};
const deviceRemovedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.removed": deviceRemovedEventProperties },
  aliases: {}
};
const deviceSaltoPrivacyModeActivatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.salto.privacy_mode_activated": deviceSaltoPrivacyModeActivatedEventProperties },
  aliases: {}
};
const deviceSaltoPrivacyModeDeactivatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.salto.privacy_mode_deactivated": deviceSaltoPrivacyModeDeactivatedEventProperties
  },
  aliases: {}
};
const deviceTamperedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.tampered": deviceTamperedEventProperties },
  aliases: {}
};
const deviceThirdPartyIntegrationDetectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.third_party_integration_detected": deviceThirdPartyIntegrationDetectedEventProperties
  },
  aliases: {}
};
const deviceThirdPartyIntegrationNoLongerDetectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.third_party_integration_no_longer_detected": deviceThirdPartyIntegrationNoLongerDetectedEventProperties
  },
  aliases: {}
};
const deviceUnmanagedConnectedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "device.unmanaged.connected": deviceUnmanagedConnectedEventProperties },
  aliases: {}
};
const deviceUnmanagedConvertedToManagedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "device.unmanaged.converted_to_managed": deviceUnmanagedConvertedToManagedEventProperties
  },
  aliases: {}
};
const deviceUnmanagedDisconnectedEventCatalogue = {
  discriminator: "event_type",
  enums: { DeviceDisconnectionErrorCode: deviceDisconnectionErrorCodeValues },
  shapes: { ResourceError: resourceErrorProperties, ResourceWarning: resourceWarningProperties },
  events: { "device.unmanaged.disconnected": deviceUnmanagedDisconnectedEventProperties },
  aliases: {}
};
const enrollmentAutomationDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "enrollment_automation.deleted": enrollmentAutomationDeletedEventProperties },
  aliases: {}
};
const lockAccessDeniedEventCatalogue = {
  discriminator: "event_type",
  enums: { LockAccessDeniedReasonCode: lockAccessDeniedReasonCodeValues },
  shapes: { LockAccessDeniedReason: lockAccessDeniedReasonProperties },
  events: { "lock.access_denied": lockAccessDeniedEventProperties },
  aliases: {}
};
const lockLockedEventCatalogue = {
  discriminator: "event_type",
  enums: { LockMethod: lockMethodValues },
  shapes: {},
  events: { "lock.locked": lockLockedEventProperties },
  aliases: {}
};
const lockUnlockedEventCatalogue = {
  discriminator: "event_type",
  enums: { LockMethod: lockMethodValues },
  shapes: {},
  events: { "lock.unlocked": lockUnlockedEventProperties },
  aliases: {}
};
const noiseSensorNoiseThresholdTriggeredEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "noise_sensor.noise_threshold_triggered": noiseSensorNoiseThresholdTriggeredEventProperties
  },
  aliases: {}
};
const phoneDeactivatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "phone.deactivated": phoneDeactivatedEventProperties },
  aliases: {}
};
const spaceCreatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "space.created": spaceCreatedEventProperties },
  aliases: {}
};
const spaceDeletedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "space.deleted": spaceDeletedEventProperties },
  aliases: {}
};
const spaceDeviceMembershipChangedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "space.device_membership_changed": spaceDeviceMembershipChangedEventProperties },
  aliases: {}
};
const thermostatClimatePresetActivatedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "thermostat.climate_preset_activated": thermostatClimatePresetActivatedEventProperties
  },
  aliases: {}
};
const thermostatManuallyAdjustedEventCatalogue = {
  discriminator: "event_type",
  enums: {
    FanModeSetting: fanModeSettingValues,
    HvacModeSetting: hvacModeSettingValues,
    ThermostatAdjustmentMethod: thermostatAdjustmentMethodValues
  },
  shapes: {},
  events: { "thermostat.manually_adjusted": thermostatManuallyAdjustedEventProperties },
  aliases: {}
};
const thermostatTemperatureChangedEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: { "thermostat.temperature_changed": thermostatTemperatureChangedEventProperties },
  aliases: {}
};
const thermostatTemperatureReachedSetPointEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "thermostat.temperature_reached_set_point": thermostatTemperatureReachedSetPointEventProperties
  },
  aliases: {}
};
const thermostatTemperatureThresholdExceededEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "thermostat.temperature_threshold_exceeded": thermostatTemperatureThresholdExceededEventProperties
  },
  aliases: {}
};
const thermostatTemperatureThresholdNoLongerExceededEventCatalogue = {
  discriminator: "event_type",
  enums: {},
  shapes: {},
  events: {
    "thermostat.temperature_threshold_no_longer_exceeded": thermostatTemperatureThresholdNoLongerExceededEventProperties
  },
  aliases: {}
};
const catalogue = {
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
    ThermostatAdjustmentMethod: thermostatAdjustmentMethodValues
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
  aliases: { "device.battery_low": "device.low_battery" },
  legacy: { LockMethod: ["seamapi"] }
};
function createAccessCodeBackupAccessCodePulledEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeBackupAccessCodePulledEventCatalogue,
    "access_code.backup_access_code_pulled",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeChangedEventCatalogue,
    "access_code.changed",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeCodeChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeCodeChangedEventCatalogue,
    "access_code.code_changed",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.pinCodeText, import_fixture_runtime.idText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeCreatedEventCatalogue,
    "access_code.created",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeDelayInRemovingFromDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeDelayInRemovingFromDeviceEventCatalogue,
    "access_code.delay_in_removing_from_device",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeDelayInSettingOnDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeDelayInSettingOnDeviceEventCatalogue,
    "access_code.delay_in_setting_on_device",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeDeletedEventCatalogue,
    "access_code.deleted",
    overrides,
    options,
    { textRules: [import_fixture_runtime.pinCodeText, import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeDeletedExternalToSeamEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeDeletedExternalToSeamEventCatalogue,
    "access_code.deleted_external_to_seam",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeFailedToRemoveFromDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeFailedToRemoveFromDeviceEventCatalogue,
    "access_code.failed_to_remove_from_device",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeFailedToSetOnDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeFailedToSetOnDeviceEventCatalogue,
    "access_code.failed_to_set_on_device",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeModifiedExternalToSeamEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeModifiedExternalToSeamEventCatalogue,
    "access_code.modified_external_to_seam",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeMutationsRequestedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeMutationsRequestedEventCatalogue,
    "access_code.mutations_requested",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeNameChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeNameChangedEventCatalogue,
    "access_code.name_changed",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.displayNameText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeRemovedFromDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeRemovedFromDeviceEventCatalogue,
    "access_code.removed_from_device",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeScheduledOnDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeScheduledOnDeviceEventCatalogue,
    "access_code.scheduled_on_device",
    overrides,
    options,
    { textRules: [import_fixture_runtime.pinCodeText, import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeSetOnDeviceEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeSetOnDeviceEventCatalogue,
    "access_code.set_on_device",
    overrides,
    options,
    { textRules: [import_fixture_runtime.pinCodeText, import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeTimeFrameChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeTimeFrameChangedEventCatalogue,
    "access_code.time_frame_changed",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.timestampText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeUnmanagedConvertedToManagedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeUnmanagedConvertedToManagedEventCatalogue,
    "access_code.unmanaged.converted_to_managed",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeUnmanagedCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeUnmanagedCreatedEventCatalogue,
    "access_code.unmanaged.created",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessCodeUnmanagedFailedToConvertToManagedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeUnmanagedFailedToConvertToManagedEventCatalogue,
    "access_code.unmanaged.failed_to_convert_to_managed",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAccessCodeUnmanagedRemovedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessCodeUnmanagedRemovedEventCatalogue,
    "access_code.unmanaged.removed",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessGrantAccessGrantedToAllDoorsEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessGrantAccessGrantedToAllDoorsEventCatalogue,
    "access_grant.access_granted_to_all_doors",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessGrantAccessGrantedToDoorEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessGrantAccessGrantedToDoorEventCatalogue,
    "access_grant.access_granted_to_door",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessGrantAccessTimesChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessGrantAccessTimesChangedEventCatalogue,
    "access_grant.access_times_changed",
    overrides,
    options,
    { textRules: [import_fixture_runtime.timestampText, import_fixture_runtime.slugText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessGrantAccessToDoorLostEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessGrantAccessToDoorLostEventCatalogue,
    "access_grant.access_to_door_lost",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessGrantCouldNotCreateRequestedAccessMethodsEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessGrantCouldNotCreateRequestedAccessMethodsEventCatalogue,
    "access_grant.could_not_create_requested_access_methods",
    overrides,
    options,
    { textRules: [], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessGrantCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessGrantCreatedEventCatalogue,
    "access_grant.created",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessGrantDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessGrantDeletedEventCatalogue,
    "access_grant.deleted",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessMethodCardEncodingRequiredEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessMethodCardEncodingRequiredEventCatalogue,
    "access_method.card_encoding_required",
    overrides,
    options,
    { textRules: [import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessMethodCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessMethodCreatedEventCatalogue,
    "access_method.created",
    overrides,
    options,
    { textRules: [import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessMethodDelayInIssuingEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessMethodDelayInIssuingEventCatalogue,
    "access_method.delay_in_issuing",
    overrides,
    options,
    { textRules: [import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessMethodDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessMethodDeletedEventCatalogue,
    "access_method.deleted",
    overrides,
    options,
    { textRules: [import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessMethodFailedToIssueEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessMethodFailedToIssueEventCatalogue,
    "access_method.failed_to_issue",
    overrides,
    options,
    { textRules: [import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessMethodIssuedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessMethodIssuedEventCatalogue,
    "access_method.issued",
    overrides,
    options,
    { textRules: [import_fixture_runtime.pinCodeText, import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessMethodReissuedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessMethodReissuedEventCatalogue,
    "access_method.reissued",
    overrides,
    options,
    { textRules: [import_fixture_runtime.pinCodeText, import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAccessMethodRevokedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    accessMethodRevokedEventCatalogue,
    "access_method.revoked",
    overrides,
    options,
    { textRules: [import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsAccessGroupDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsAccessGroupDeletedEventCatalogue,
    "acs_access_group.deleted",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsCredentialDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsCredentialDeletedEventCatalogue,
    "acs_credential.deleted",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsCredentialInvalidatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsCredentialInvalidatedEventCatalogue,
    "acs_credential.invalidated",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsCredentialIssuedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsCredentialIssuedEventCatalogue,
    "acs_credential.issued",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsCredentialReissuedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsCredentialReissuedEventCatalogue,
    "acs_credential.reissued",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsEncoderAddedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsEncoderAddedEventCatalogue,
    "acs_encoder.added",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsEncoderRemovedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsEncoderRemovedEventCatalogue,
    "acs_encoder.removed",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsEntranceAddedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsEntranceAddedEventCatalogue,
    "acs_entrance.added",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsEntranceRemovedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsEntranceRemovedEventCatalogue,
    "acs_entrance.removed",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsSystemAddedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(acsSystemAddedEventCatalogue, "acs_system.added", overrides, options, {
    textRules: [],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createAcsSystemConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsSystemConnectedEventCatalogue,
    "acs_system.connected",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createAcsSystemDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    acsSystemDisconnectedEventCatalogue,
    "acs_system.disconnected",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.sentenceText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createAcsUserCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(acsUserCreatedEventCatalogue, "acs_user.created", overrides, options, {
    textRules: [],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createAcsUserDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(acsUserDeletedEventCatalogue, "acs_user.deleted", overrides, options, {
    textRules: [],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createActionAttemptLockDoorFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    actionAttemptLockDoorFailedEventCatalogue,
    "action_attempt.lock_door.failed",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createActionAttemptLockDoorSucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    actionAttemptLockDoorSucceededEventCatalogue,
    "action_attempt.lock_door.succeeded",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createActionAttemptSimulateKeypadCodeEntryFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    actionAttemptSimulateKeypadCodeEntryFailedEventCatalogue,
    "action_attempt.simulate_keypad_code_entry.failed",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createActionAttemptSimulateKeypadCodeEntrySucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    actionAttemptSimulateKeypadCodeEntrySucceededEventCatalogue,
    "action_attempt.simulate_keypad_code_entry.succeeded",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createActionAttemptSimulateManualLockViaKeypadFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    actionAttemptSimulateManualLockViaKeypadFailedEventCatalogue,
    "action_attempt.simulate_manual_lock_via_keypad.failed",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createActionAttemptSimulateManualLockViaKeypadSucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    actionAttemptSimulateManualLockViaKeypadSucceededEventCatalogue,
    "action_attempt.simulate_manual_lock_via_keypad.succeeded",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createActionAttemptUnlockDoorFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    actionAttemptUnlockDoorFailedEventCatalogue,
    "action_attempt.unlock_door.failed",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createActionAttemptUnlockDoorSucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    actionAttemptUnlockDoorSucceededEventCatalogue,
    "action_attempt.unlock_door.succeeded",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createCameraActivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(cameraActivatedEventCatalogue, "camera.activated", overrides, options, {
    textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
    uri: import_fixture_runtime.webLink,
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createClientSessionDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    clientSessionDeletedEventCatalogue,
    "client_session.deleted",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createConnectWebviewLoginFailedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectWebviewLoginFailedEventCatalogue,
    "connect_webview.login_failed",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createConnectWebviewLoginSucceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectWebviewLoginSucceededEventCatalogue,
    "connect_webview.login_succeeded",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createConnectedAccountCompletedFirstSyncEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectedAccountCompletedFirstSyncEventCatalogue,
    "connected_account.completed_first_sync",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createConnectedAccountCompletedFirstSyncAfterReconnectionEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectedAccountCompletedFirstSyncAfterReconnectionEventCatalogue,
    "connected_account.completed_first_sync_after_reconnection",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createConnectedAccountConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectedAccountConnectedEventCatalogue,
    "connected_account.connected",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createConnectedAccountCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectedAccountCreatedEventCatalogue,
    "connected_account.created",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createConnectedAccountDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectedAccountDeletedEventCatalogue,
    "connected_account.deleted",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createConnectedAccountDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectedAccountDisconnectedEventCatalogue,
    "connected_account.disconnected",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createConnectedAccountReauthorizationRequestedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectedAccountReauthorizationRequestedEventCatalogue,
    "connected_account.reauthorization_requested",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createConnectedAccountSuccessfulLoginEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    connectedAccountSuccessfulLoginEventCatalogue,
    "connected_account.successful_login",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceAccessoryKeypadConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceAccessoryKeypadConnectedEventCatalogue,
    "device.accessory_keypad_connected",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceAccessoryKeypadDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceAccessoryKeypadDisconnectedEventCatalogue,
    "device.accessory_keypad_disconnected",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createDeviceAddedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(deviceAddedEventCatalogue, "device.added", overrides, options, {
    textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createDeviceBatteryStatusChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceBatteryStatusChangedEventCatalogue,
    "device.battery_status_changed",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
      number: import_fixture_runtime.plausibleNumber,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createDeviceConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(deviceConnectedEventCatalogue, "device.connected", overrides, options, {
    textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createDeviceConnectionBecameFlakyEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceConnectionBecameFlakyEventCatalogue,
    "device.connection_became_flaky",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createDeviceConnectionStabilizedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceConnectionStabilizedEventCatalogue,
    "device.connection_stabilized",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceConvertedToUnmanagedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceConvertedToUnmanagedEventCatalogue,
    "device.converted_to_unmanaged",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(deviceDeletedEventCatalogue, "device.deleted", overrides, options, {
    textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.displayNameText, import_fixture_runtime.identifierText],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createDeviceDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceDisconnectedEventCatalogue,
    "device.disconnected",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource,
      path: import_fixture_runtime.valueAtPath
    }
  );
}
function createDeviceDoorbellRangEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceDoorbellRangEventCatalogue,
    "device.doorbell_rang",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], uri: import_fixture_runtime.webLink, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceErrorSubscriptionRequiredEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceErrorSubscriptionRequiredEventCatalogue,
    "device.error.subscription_required",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createDeviceErrorSubscriptionRequiredResolvedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceErrorSubscriptionRequiredResolvedEventCatalogue,
    "device.error.subscription_required.resolved",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceLowBatteryEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceLowBatteryEventCatalogue,
    "device.low_battery",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceNameChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceNameChangedEventCatalogue,
    "device.name_changed",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.displayNameText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceRemovedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(deviceRemovedEventCatalogue, "device.removed", overrides, options, {
    textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createDeviceSaltoPrivacyModeActivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceSaltoPrivacyModeActivatedEventCatalogue,
    "device.salto.privacy_mode_activated",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceSaltoPrivacyModeDeactivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceSaltoPrivacyModeDeactivatedEventCatalogue,
    "device.salto.privacy_mode_deactivated",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceTamperedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(deviceTamperedEventCatalogue, "device.tampered", overrides, options, {
    textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createDeviceThirdPartyIntegrationDetectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceThirdPartyIntegrationDetectedEventCatalogue,
    "device.third_party_integration_detected",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceThirdPartyIntegrationNoLongerDetectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceThirdPartyIntegrationNoLongerDetectedEventCatalogue,
    "device.third_party_integration_no_longer_detected",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceUnmanagedConnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceUnmanagedConnectedEventCatalogue,
    "device.unmanaged.connected",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceUnmanagedConvertedToManagedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceUnmanagedConvertedToManagedEventCatalogue,
    "device.unmanaged.converted_to_managed",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createDeviceUnmanagedDisconnectedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    deviceUnmanagedDisconnectedEventCatalogue,
    "device.unmanaged.disconnected",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      array: import_fixture_runtime.buildArray,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource,
      path: import_fixture_runtime.valueAtPath
    }
  );
}
function createEnrollmentAutomationDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    enrollmentAutomationDeletedEventCatalogue,
    "enrollment_automation.deleted",
    overrides,
    options,
    { textRules: [], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createLockAccessDeniedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    lockAccessDeniedEventCatalogue,
    "lock.access_denied",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.sentenceText, import_fixture_runtime.identifierText],
      shapes: import_fixture_runtime.shapeMakers,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource,
      path: import_fixture_runtime.valueAtPath
    }
  );
}
function createLockLockedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(lockLockedEventCatalogue, "lock.locked", overrides, options, {
    textRules: [import_fixture_runtime.pinCodeText, import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createLockUnlockedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(lockUnlockedEventCatalogue, "lock.unlocked", overrides, options, {
    textRules: [import_fixture_runtime.pinCodeText, import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createNoiseSensorNoiseThresholdTriggeredEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    noiseSensorNoiseThresholdTriggeredEventCatalogue,
    "noise_sensor.noise_threshold_triggered",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
      number: import_fixture_runtime.plausibleNumber,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createPhoneDeactivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    phoneDeactivatedEventCatalogue,
    "phone.deactivated",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createSpaceCreatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(spaceCreatedEventCatalogue, "space.created", overrides, options, {
    textRules: [import_fixture_runtime.slugText],
    array: import_fixture_runtime.buildArray,
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createSpaceDeletedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(spaceDeletedEventCatalogue, "space.deleted", overrides, options, {
    textRules: [import_fixture_runtime.slugText],
    array: import_fixture_runtime.buildArray,
    notBefore: import_fixture_runtime.notBeforeSource
  });
}
function createSpaceDeviceMembershipChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    spaceDeviceMembershipChangedEventCatalogue,
    "space.device_membership_changed",
    overrides,
    options,
    { textRules: [import_fixture_runtime.slugText], array: import_fixture_runtime.buildArray, notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createThermostatClimatePresetActivatedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    thermostatClimatePresetActivatedEventCatalogue,
    "thermostat.climate_preset_activated",
    overrides,
    options,
    { textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText], notBefore: import_fixture_runtime.notBeforeSource }
  );
}
function createThermostatManuallyAdjustedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    thermostatManuallyAdjustedEventCatalogue,
    "thermostat.manually_adjusted",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
      number: import_fixture_runtime.plausibleNumber,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource,
      atLeast: import_fixture_runtime.atLeastSource
    }
  );
}
function createThermostatTemperatureChangedEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    thermostatTemperatureChangedEventCatalogue,
    "thermostat.temperature_changed",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
      number: import_fixture_runtime.plausibleNumber,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource
    }
  );
}
function createThermostatTemperatureReachedSetPointEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    thermostatTemperatureReachedSetPointEventCatalogue,
    "thermostat.temperature_reached_set_point",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
      number: import_fixture_runtime.plausibleNumber,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource,
      atLeast: import_fixture_runtime.atLeastSource
    }
  );
}
function createThermostatTemperatureThresholdExceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    thermostatTemperatureThresholdExceededEventCatalogue,
    "thermostat.temperature_threshold_exceeded",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
      number: import_fixture_runtime.plausibleNumber,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource,
      atLeast: import_fixture_runtime.atLeastSource
    }
  );
}
function createThermostatTemperatureThresholdNoLongerExceededEvent(overrides, options) {
  return (0, import_fixture_runtime.createEventFixture)(
    thermostatTemperatureThresholdNoLongerExceededEventCatalogue,
    "thermostat.temperature_threshold_no_longer_exceeded",
    overrides,
    options,
    {
      textRules: [import_fixture_runtime.idText, import_fixture_runtime.slugText, import_fixture_runtime.identifierText],
      number: import_fixture_runtime.plausibleNumber,
      mapped: import_fixture_runtime.mappedFromSource,
      notBefore: import_fixture_runtime.notBeforeSource,
      atLeast: import_fixture_runtime.atLeastSource
    }
  );
}
function createSeamEvent(type, overrides, options) {
  return (0, import_fixture_runtime.createFixture)(catalogue, type, overrides, options);
}
function createInvalidSeamEvents(type, options) {
  return (0, import_fixture_runtime.createInvalidCases)(catalogue, type, options);
}
