"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createAccessCodeBackupAccessCodePulledEvent = createAccessCodeBackupAccessCodePulledEvent;
exports.createAccessCodeChangedEvent = createAccessCodeChangedEvent;
exports.createAccessCodeCodeChangedEvent = createAccessCodeCodeChangedEvent;
exports.createAccessCodeCreatedEvent = createAccessCodeCreatedEvent;
exports.createAccessCodeDelayInRemovingFromDeviceEvent = createAccessCodeDelayInRemovingFromDeviceEvent;
exports.createAccessCodeDelayInSettingOnDeviceEvent = createAccessCodeDelayInSettingOnDeviceEvent;
exports.createAccessCodeDeletedEvent = createAccessCodeDeletedEvent;
exports.createAccessCodeDeletedExternalToSeamEvent = createAccessCodeDeletedExternalToSeamEvent;
exports.createAccessCodeFailedToRemoveFromDeviceEvent = createAccessCodeFailedToRemoveFromDeviceEvent;
exports.createAccessCodeFailedToSetOnDeviceEvent = createAccessCodeFailedToSetOnDeviceEvent;
exports.createAccessCodeModifiedExternalToSeamEvent = createAccessCodeModifiedExternalToSeamEvent;
exports.createAccessCodeMutationsRequestedEvent = createAccessCodeMutationsRequestedEvent;
exports.createAccessCodeNameChangedEvent = createAccessCodeNameChangedEvent;
exports.createAccessCodeRemovedFromDeviceEvent = createAccessCodeRemovedFromDeviceEvent;
exports.createAccessCodeScheduledOnDeviceEvent = createAccessCodeScheduledOnDeviceEvent;
exports.createAccessCodeSetOnDeviceEvent = createAccessCodeSetOnDeviceEvent;
exports.createAccessCodeTimeFrameChangedEvent = createAccessCodeTimeFrameChangedEvent;
exports.createAccessCodeUnmanagedConvertedToManagedEvent = createAccessCodeUnmanagedConvertedToManagedEvent;
exports.createAccessCodeUnmanagedCreatedEvent = createAccessCodeUnmanagedCreatedEvent;
exports.createAccessCodeUnmanagedFailedToConvertToManagedEvent = createAccessCodeUnmanagedFailedToConvertToManagedEvent;
exports.createAccessCodeUnmanagedRemovedEvent = createAccessCodeUnmanagedRemovedEvent;
exports.createAccessGrantAccessGrantedToAllDoorsEvent = createAccessGrantAccessGrantedToAllDoorsEvent;
exports.createAccessGrantAccessGrantedToDoorEvent = createAccessGrantAccessGrantedToDoorEvent;
exports.createAccessGrantAccessTimesChangedEvent = createAccessGrantAccessTimesChangedEvent;
exports.createAccessGrantAccessToDoorLostEvent = createAccessGrantAccessToDoorLostEvent;
exports.createAccessGrantCouldNotCreateRequestedAccessMethodsEvent = createAccessGrantCouldNotCreateRequestedAccessMethodsEvent;
exports.createAccessGrantCreatedEvent = createAccessGrantCreatedEvent;
exports.createAccessGrantDeletedEvent = createAccessGrantDeletedEvent;
exports.createAccessMethodCardEncodingRequiredEvent = createAccessMethodCardEncodingRequiredEvent;
exports.createAccessMethodCreatedEvent = createAccessMethodCreatedEvent;
exports.createAccessMethodDelayInIssuingEvent = createAccessMethodDelayInIssuingEvent;
exports.createAccessMethodDeletedEvent = createAccessMethodDeletedEvent;
exports.createAccessMethodFailedToIssueEvent = createAccessMethodFailedToIssueEvent;
exports.createAccessMethodIssuedEvent = createAccessMethodIssuedEvent;
exports.createAccessMethodReissuedEvent = createAccessMethodReissuedEvent;
exports.createAccessMethodRevokedEvent = createAccessMethodRevokedEvent;
exports.createAcsAccessGroupDeletedEvent = createAcsAccessGroupDeletedEvent;
exports.createAcsCredentialDeletedEvent = createAcsCredentialDeletedEvent;
exports.createAcsCredentialInvalidatedEvent = createAcsCredentialInvalidatedEvent;
exports.createAcsCredentialIssuedEvent = createAcsCredentialIssuedEvent;
exports.createAcsCredentialReissuedEvent = createAcsCredentialReissuedEvent;
exports.createAcsEncoderAddedEvent = createAcsEncoderAddedEvent;
exports.createAcsEncoderRemovedEvent = createAcsEncoderRemovedEvent;
exports.createAcsEntranceAddedEvent = createAcsEntranceAddedEvent;
exports.createAcsEntranceRemovedEvent = createAcsEntranceRemovedEvent;
exports.createAcsSystemAddedEvent = createAcsSystemAddedEvent;
exports.createAcsSystemConnectedEvent = createAcsSystemConnectedEvent;
exports.createAcsSystemDisconnectedEvent = createAcsSystemDisconnectedEvent;
exports.createAcsUserCreatedEvent = createAcsUserCreatedEvent;
exports.createAcsUserDeletedEvent = createAcsUserDeletedEvent;
exports.createActionAttemptLockDoorFailedEvent = createActionAttemptLockDoorFailedEvent;
exports.createActionAttemptLockDoorSucceededEvent = createActionAttemptLockDoorSucceededEvent;
exports.createActionAttemptSimulateKeypadCodeEntryFailedEvent = createActionAttemptSimulateKeypadCodeEntryFailedEvent;
exports.createActionAttemptSimulateKeypadCodeEntrySucceededEvent = createActionAttemptSimulateKeypadCodeEntrySucceededEvent;
exports.createActionAttemptSimulateManualLockViaKeypadFailedEvent = createActionAttemptSimulateManualLockViaKeypadFailedEvent;
exports.createActionAttemptSimulateManualLockViaKeypadSucceededEvent = createActionAttemptSimulateManualLockViaKeypadSucceededEvent;
exports.createActionAttemptUnlockDoorFailedEvent = createActionAttemptUnlockDoorFailedEvent;
exports.createActionAttemptUnlockDoorSucceededEvent = createActionAttemptUnlockDoorSucceededEvent;
exports.createCameraActivatedEvent = createCameraActivatedEvent;
exports.createClientSessionDeletedEvent = createClientSessionDeletedEvent;
exports.createConnectWebviewLoginFailedEvent = createConnectWebviewLoginFailedEvent;
exports.createConnectWebviewLoginSucceededEvent = createConnectWebviewLoginSucceededEvent;
exports.createConnectedAccountCompletedFirstSyncEvent = createConnectedAccountCompletedFirstSyncEvent;
exports.createConnectedAccountCompletedFirstSyncAfterReconnectionEvent = createConnectedAccountCompletedFirstSyncAfterReconnectionEvent;
exports.createConnectedAccountConnectedEvent = createConnectedAccountConnectedEvent;
exports.createConnectedAccountCreatedEvent = createConnectedAccountCreatedEvent;
exports.createConnectedAccountDeletedEvent = createConnectedAccountDeletedEvent;
exports.createConnectedAccountDisconnectedEvent = createConnectedAccountDisconnectedEvent;
exports.createConnectedAccountReauthorizationRequestedEvent = createConnectedAccountReauthorizationRequestedEvent;
exports.createConnectedAccountSuccessfulLoginEvent = createConnectedAccountSuccessfulLoginEvent;
exports.createDeviceAccessoryKeypadConnectedEvent = createDeviceAccessoryKeypadConnectedEvent;
exports.createDeviceAccessoryKeypadDisconnectedEvent = createDeviceAccessoryKeypadDisconnectedEvent;
exports.createDeviceAddedEvent = createDeviceAddedEvent;
exports.createDeviceBatteryStatusChangedEvent = createDeviceBatteryStatusChangedEvent;
exports.createDeviceConnectedEvent = createDeviceConnectedEvent;
exports.createDeviceConnectionBecameFlakyEvent = createDeviceConnectionBecameFlakyEvent;
exports.createDeviceConnectionStabilizedEvent = createDeviceConnectionStabilizedEvent;
exports.createDeviceConvertedToUnmanagedEvent = createDeviceConvertedToUnmanagedEvent;
exports.createDeviceDeletedEvent = createDeviceDeletedEvent;
exports.createDeviceDisconnectedEvent = createDeviceDisconnectedEvent;
exports.createDeviceDoorbellRangEvent = createDeviceDoorbellRangEvent;
exports.createDeviceErrorSubscriptionRequiredEvent = createDeviceErrorSubscriptionRequiredEvent;
exports.createDeviceErrorSubscriptionRequiredResolvedEvent = createDeviceErrorSubscriptionRequiredResolvedEvent;
exports.createDeviceLowBatteryEvent = createDeviceLowBatteryEvent;
exports.createDeviceNameChangedEvent = createDeviceNameChangedEvent;
exports.createDeviceRemovedEvent = createDeviceRemovedEvent;
exports.createDeviceSaltoPrivacyModeActivatedEvent = createDeviceSaltoPrivacyModeActivatedEvent;
exports.createDeviceSaltoPrivacyModeDeactivatedEvent = createDeviceSaltoPrivacyModeDeactivatedEvent;
exports.createDeviceTamperedEvent = createDeviceTamperedEvent;
exports.createDeviceThirdPartyIntegrationDetectedEvent = createDeviceThirdPartyIntegrationDetectedEvent;
exports.createDeviceThirdPartyIntegrationNoLongerDetectedEvent = createDeviceThirdPartyIntegrationNoLongerDetectedEvent;
exports.createDeviceUnmanagedConnectedEvent = createDeviceUnmanagedConnectedEvent;
exports.createDeviceUnmanagedConvertedToManagedEvent = createDeviceUnmanagedConvertedToManagedEvent;
exports.createDeviceUnmanagedDisconnectedEvent = createDeviceUnmanagedDisconnectedEvent;
exports.createEnrollmentAutomationDeletedEvent = createEnrollmentAutomationDeletedEvent;
exports.createLockAccessDeniedEvent = createLockAccessDeniedEvent;
exports.createLockLockedEvent = createLockLockedEvent;
exports.createLockUnlockedEvent = createLockUnlockedEvent;
exports.createNoiseSensorNoiseThresholdTriggeredEvent = createNoiseSensorNoiseThresholdTriggeredEvent;
exports.createPhoneDeactivatedEvent = createPhoneDeactivatedEvent;
exports.createSpaceCreatedEvent = createSpaceCreatedEvent;
exports.createSpaceDeletedEvent = createSpaceDeletedEvent;
exports.createSpaceDeviceMembershipChangedEvent = createSpaceDeviceMembershipChangedEvent;
exports.createThermostatClimatePresetActivatedEvent = createThermostatClimatePresetActivatedEvent;
exports.createThermostatManuallyAdjustedEvent = createThermostatManuallyAdjustedEvent;
exports.createThermostatTemperatureChangedEvent = createThermostatTemperatureChangedEvent;
exports.createThermostatTemperatureReachedSetPointEvent = createThermostatTemperatureReachedSetPointEvent;
exports.createThermostatTemperatureThresholdExceededEvent = createThermostatTemperatureThresholdExceededEvent;
exports.createThermostatTemperatureThresholdNoLongerExceededEvent = createThermostatTemperatureThresholdNoLongerExceededEvent;
exports.createSeamEvent = createSeamEvent;
exports.createInvalidSeamEvents = createInvalidSeamEvents;
const fixture_runtime_js_1 = require("./fixture-runtime.js");
const nullableCodeProperty = {
    name: "code",
    required: true,
    type: { kind: "string" },
    nullable: true,
};
const messageProperty = {
    name: "message",
    required: true,
    type: { kind: "string" },
};
const createdAtProperty = {
    name: "created_at",
    required: true,
    type: { kind: "string", format: "date-time" },
};
const eventIdProperty = {
    name: "event_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const workspaceIdProperty = {
    name: "workspace_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const occurredAtProperty = {
    name: "occurred_at",
    required: true,
    type: { kind: "string", format: "date-time" },
};
const optionalEventDescriptionProperty = {
    name: "event_description",
    required: false,
    type: { kind: "string" },
};
const connectedAccountIdProperty = {
    name: "connected_account_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const optionalConnectedAccountCustomMetadataProperty = {
    name: "connected_account_custom_metadata",
    required: false,
    type: {
        kind: "record",
        values: {
            type: { kind: "union", of: [{ type: { kind: "string" } }, { type: { kind: "boolean" } }] },
        },
    },
};
const deviceIdProperty = {
    name: "device_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const optionalDeviceCustomMetadataProperty = {
    name: "device_custom_metadata",
    required: false,
    type: {
        kind: "record",
        values: {
            type: { kind: "union", of: [{ type: { kind: "string" } }, { type: { kind: "boolean" } }] },
        },
    },
};
const accessCodeIdProperty = {
    name: "access_code_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const descriptionProperty = {
    name: "description",
    required: true,
    type: { kind: "string" },
};
const accessCodeErrorsProperty = {
    name: "access_code_errors",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } },
};
const accessCodeWarningsProperty = {
    name: "access_code_warnings",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } },
};
const connectedAccountErrorsProperty = {
    name: "connected_account_errors",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } },
};
const connectedAccountWarningsProperty = {
    name: "connected_account_warnings",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } },
};
const deviceErrorsProperty = {
    name: "device_errors",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceError" } } },
};
const deviceWarningsProperty = {
    name: "device_warnings",
    required: true,
    type: { kind: "array", items: { type: { kind: "shape", name: "ResourceWarning" } } },
};
const codeProperty = { name: "code", required: true, type: { kind: "string" } };
const accessGrantIdProperty = {
    name: "access_grant_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const acsEntranceIdProperty = {
    name: "acs_entrance_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const accessMethodIdProperty = {
    name: "access_method_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const accessGrantIdsProperty = {
    name: "access_grant_ids",
    required: true,
    type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } },
};
const optionalAccessGrantKeysProperty = {
    name: "access_grant_keys",
    required: false,
    type: { kind: "array", items: { type: { kind: "string" } } },
};
const optionalCodeProperty = {
    name: "code",
    required: false,
    type: { kind: "string" },
};
const optionalIsBackupCodeProperty = {
    name: "is_backup_code",
    required: false,
    type: { kind: "boolean" },
};
const optionalConnectedAccountIdProperty = {
    name: "connected_account_id",
    required: false,
    type: { kind: "string", format: "uuid" },
};
const acsSystemIdProperty = {
    name: "acs_system_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const acsCredentialIdProperty = {
    name: "acs_credential_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const acsEncoderIdProperty = {
    name: "acs_encoder_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const acsUserIdProperty = {
    name: "acs_user_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const actionAttemptIdProperty = {
    name: "action_attempt_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const actionTypeProperty = {
    name: "action_type",
    required: true,
    type: { kind: "string" },
    examples: ["LOCK_DOOR", "UNLOCK_DOOR"],
};
const statusProperty = {
    name: "status",
    required: true,
    type: { kind: "string" },
    examples: ["success", "error"],
};
const optionalDeviceIdProperty = {
    name: "device_id",
    required: false,
    type: { kind: "string", format: "uuid" },
};
const optionalCustomerKeyProperty = {
    name: "customer_key",
    required: false,
    type: { kind: "string" },
};
const optionalImageUrlProperty = {
    name: "image_url",
    required: false,
    type: { kind: "string", format: "uri" },
};
const optionalVideoUrlProperty = {
    name: "video_url",
    required: false,
    type: { kind: "string", format: "uri" },
};
const connectWebviewIdProperty = {
    name: "connect_webview_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const batteryLevelProperty = {
    name: "battery_level",
    required: true,
    type: { kind: "number", minimum: 0, maximum: 1 },
};
const errorCodeProperty = {
    name: "error_code",
    required: true,
    type: { kind: "enum", name: "DeviceDisconnectionErrorCode" },
};
const optionalAccessCodeIdProperty = {
    name: "access_code_id",
    required: false,
    type: { kind: "string", format: "uuid" },
};
const optionalAcsSystemIdProperty = {
    name: "acs_system_id",
    required: false,
    type: { kind: "string", format: "uuid" },
};
const optionalAcsEntranceIdProperty = {
    name: "acs_entrance_id",
    required: false,
    type: { kind: "string", format: "uuid" },
};
const optionalAcsUserIdProperty = {
    name: "acs_user_id",
    required: false,
    type: { kind: "string", format: "uuid" },
};
const optionalUserIdentityIdProperty = {
    name: "user_identity_id",
    required: false,
    type: { kind: "string", format: "uuid" },
};
const methodProperty = {
    name: "method",
    required: true,
    type: { kind: "enum", name: "LockMethod" },
};
const optionalAccessCodeIsManagedProperty = {
    name: "access_code_is_managed",
    required: false,
    type: { kind: "boolean" },
};
const optionalActionAttemptIdProperty = {
    name: "action_attempt_id",
    required: false,
    type: { kind: "string", format: "uuid" },
};
const optionalIsViaBluetoothProperty = {
    name: "is_via_bluetooth",
    required: false,
    type: { kind: "boolean" },
};
const optionalIsViaNfcProperty = {
    name: "is_via_nfc",
    required: false,
    type: { kind: "boolean" },
};
const spaceIdProperty = {
    name: "space_id",
    required: true,
    type: { kind: "string", format: "uuid" },
};
const optionalSpaceKeyProperty = {
    name: "space_key",
    required: false,
    type: { kind: "string" },
};
const deviceIdsProperty = {
    name: "device_ids",
    required: true,
    type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } },
};
const acsEntranceIdsProperty = {
    name: "acs_entrance_ids",
    required: true,
    type: { kind: "array", items: { type: { kind: "string", format: "uuid" } } },
};
const temperatureCelsiusProperty = {
    name: "temperature_celsius",
    required: true,
    type: { kind: "number" },
};
const temperatureFahrenheitProperty = {
    name: "temperature_fahrenheit",
    required: true,
    type: { kind: "number" },
};
const nullableLowerLimitCelsiusProperty = {
    name: "lower_limit_celsius",
    required: true,
    type: { kind: "number" },
    nullable: true,
};
const nullableLowerLimitFahrenheitProperty = {
    name: "lower_limit_fahrenheit",
    required: true,
    type: { kind: "number" },
    nullable: true,
};
const nullableUpperLimitCelsiusProperty = {
    name: "upper_limit_celsius",
    required: true,
    type: { kind: "number" },
    nullable: true,
};
const nullableUpperLimitFahrenheitProperty = {
    name: "upper_limit_fahrenheit",
    required: true,
    type: { kind: "number" },
    nullable: true,
};
/** What each event and shape is made of: the spec's types without their prose. */
const catalogue = {
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
        AccessCodeChangedProperty: [
            { name: "property", required: true, type: { kind: "string" }, examples: ["code", "name"] },
            { name: "from", required: true, type: { kind: "string" }, nullable: true },
            { name: "to", required: true, type: { kind: "string" }, nullable: true },
        ],
        AccessCodeNameValue: [
            { name: "name", required: true, type: { kind: "string" }, nullable: true },
        ],
        AccessCodePinValue: [nullableCodeProperty],
        AccessCodeRequestedMutation: [
            {
                name: "mutation_code",
                required: true,
                type: { kind: "enum", name: "AccessCodeMutationCode" },
            },
            { name: "from", required: false, type: { kind: "object" } },
            { name: "to", required: false, type: { kind: "object" } },
        ],
        AccessCodeTimeFrame: [
            { name: "starts_at", required: true, type: { kind: "string" }, nullable: true },
            { name: "ends_at", required: true, type: { kind: "string" }, nullable: true },
        ],
        LockAccessDeniedReason: [
            {
                name: "reason_code",
                required: true,
                type: { kind: "enum", name: "LockAccessDeniedReasonCode" },
            },
            messageProperty,
        ],
        ResourceError: [
            {
                name: "error_code",
                required: true,
                type: { kind: "string" },
                examples: ["account_disconnected"],
            },
            messageProperty,
            createdAtProperty,
        ],
        ResourceWarning: [
            {
                name: "warning_code",
                required: true,
                type: { kind: "string" },
                examples: ["third_party_integration_detected"],
            },
            messageProperty,
            createdAtProperty,
        ],
    },
    events: {
        "access_code.backup_access_code_pulled": [
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
        ],
        "access_code.changed": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_code.changed" },
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
            { name: "change_reason", required: false, type: { kind: "string" } },
            {
                name: "changed_properties",
                required: false,
                type: {
                    kind: "array",
                    items: { type: { kind: "shape", name: "AccessCodeChangedProperty" } },
                },
            },
        ],
        "access_code.code_changed": [
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
        ],
        "access_code.created": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_code.created" },
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
        ],
        "access_code.delay_in_removing_from_device": [
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
        ],
        "access_code.delay_in_setting_on_device": [
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
        ],
        "access_code.deleted": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_code.deleted" },
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
            nullableCodeProperty,
        ],
        "access_code.deleted_external_to_seam": [
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
        ],
        "access_code.failed_to_remove_from_device": [
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
        ],
        "access_code.failed_to_set_on_device": [
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
        ],
        "access_code.modified_external_to_seam": [
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
        ],
        "access_code.mutations_requested": [
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
        ],
        "access_code.name_changed": [
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
        ],
        "access_code.removed_from_device": [
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
        ],
        "access_code.scheduled_on_device": [
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
        ],
        "access_code.set_on_device": [
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
        ],
        "access_code.time_frame_changed": [
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
        ],
        "access_code.unmanaged.converted_to_managed": [
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
        ],
        "access_code.unmanaged.created": [
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
        ],
        "access_code.unmanaged.failed_to_convert_to_managed": [
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
        ],
        "access_code.unmanaged.removed": [
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
        ],
        "access_grant.access_granted_to_all_doors": [
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
        ],
        "access_grant.access_granted_to_door": [
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
        ],
        "access_grant.access_times_changed": [
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
        ],
        "access_grant.access_to_door_lost": [
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
        ],
        "access_grant.could_not_create_requested_access_methods": [
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
        ],
        "access_grant.created": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_grant.created" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            accessGrantIdProperty,
        ],
        "access_grant.deleted": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_grant.deleted" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            accessGrantIdProperty,
        ],
        "access_method.card_encoding_required": [
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
        ],
        "access_method.created": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_method.created" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            accessMethodIdProperty,
            accessGrantIdsProperty,
            optionalAccessGrantKeysProperty,
        ],
        "access_method.delay_in_issuing": [
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
        ],
        "access_method.deleted": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_method.deleted" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            accessMethodIdProperty,
            accessGrantIdsProperty,
            optionalAccessGrantKeysProperty,
        ],
        "access_method.failed_to_issue": [
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
        ],
        "access_method.issued": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_method.issued" },
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
        ],
        "access_method.reissued": [
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
        ],
        "access_method.revoked": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "access_method.revoked" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            accessMethodIdProperty,
            accessGrantIdsProperty,
            optionalAccessGrantKeysProperty,
        ],
        "acs_access_group.deleted": [
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
        ],
        "acs_credential.deleted": [
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
        ],
        "acs_credential.invalidated": [
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
        ],
        "acs_credential.issued": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "acs_credential.issued" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
            acsCredentialIdProperty,
        ],
        "acs_credential.reissued": [
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
        ],
        "acs_encoder.added": [
            { name: "event_type", required: true, type: { kind: "literal", value: "acs_encoder.added" } },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
            acsEncoderIdProperty,
        ],
        "acs_encoder.removed": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "acs_encoder.removed" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
            acsEncoderIdProperty,
        ],
        "acs_entrance.added": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "acs_entrance.added" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
            acsEntranceIdProperty,
        ],
        "acs_entrance.removed": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "acs_entrance.removed" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
            acsEntranceIdProperty,
        ],
        "acs_system.added": [
            { name: "event_type", required: true, type: { kind: "literal", value: "acs_system.added" } },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
        ],
        "acs_system.connected": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "acs_system.connected" },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
        ],
        "acs_system.disconnected": [
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
        ],
        "acs_user.created": [
            { name: "event_type", required: true, type: { kind: "literal", value: "acs_user.created" } },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
            acsUserIdProperty,
        ],
        "acs_user.deleted": [
            { name: "event_type", required: true, type: { kind: "literal", value: "acs_user.deleted" } },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            optionalConnectedAccountIdProperty,
            acsSystemIdProperty,
            acsUserIdProperty,
        ],
        "action_attempt.lock_door.failed": [
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
        ],
        "action_attempt.lock_door.succeeded": [
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
        ],
        "action_attempt.simulate_keypad_code_entry.failed": [
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
        ],
        "action_attempt.simulate_keypad_code_entry.succeeded": [
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
        ],
        "action_attempt.simulate_manual_lock_via_keypad.failed": [
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
        ],
        "action_attempt.simulate_manual_lock_via_keypad.succeeded": [
            {
                name: "event_type",
                required: true,
                type: {
                    kind: "literal",
                    value: "action_attempt.simulate_manual_lock_via_keypad.succeeded",
                },
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
        ],
        "action_attempt.unlock_door.failed": [
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
        ],
        "action_attempt.unlock_door.succeeded": [
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
        ],
        "camera.activated": [
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
        ],
        "client_session.deleted": [
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
        ],
        "connect_webview.login_failed": [
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
        ],
        "connect_webview.login_succeeded": [
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
        ],
        "connected_account.completed_first_sync": [
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
        ],
        "connected_account.completed_first_sync_after_reconnection": [
            {
                name: "event_type",
                required: true,
                type: {
                    kind: "literal",
                    value: "connected_account.completed_first_sync_after_reconnection",
                },
            },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            connectedAccountIdProperty,
            optionalConnectedAccountCustomMetadataProperty,
        ],
        "connected_account.connected": [
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
        ],
        "connected_account.created": [
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
        ],
        "connected_account.deleted": [
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
        ],
        "connected_account.disconnected": [
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
        ],
        "connected_account.reauthorization_requested": [
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
        ],
        "connected_account.successful_login": [
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
        ],
        "device.accessory_keypad_connected": [
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
        ],
        "device.accessory_keypad_disconnected": [
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
        ],
        "device.added": [
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
        ],
        "device.battery_status_changed": [
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
        ],
        "device.connected": [
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
        ],
        "device.connection_became_flaky": [
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
        ],
        "device.connection_stabilized": [
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
        ],
        "device.converted_to_unmanaged": [
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
        ],
        "device.deleted": [
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
        ],
        "device.disconnected": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "device.disconnected" },
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
        ],
        "device.doorbell_rang": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "device.doorbell_rang" },
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
            optionalImageUrlProperty,
            optionalVideoUrlProperty,
        ],
        "device.error.subscription_required": [
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
        ],
        "device.error.subscription_required.resolved": [
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
        ],
        "device.low_battery": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "device.low_battery" },
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
        ],
        "device.name_changed": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "device.name_changed" },
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
            { name: "device_name", required: true, type: { kind: "string" } },
        ],
        "device.removed": [
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
        ],
        "device.salto.privacy_mode_activated": [
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
        ],
        "device.salto.privacy_mode_deactivated": [
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
        ],
        "device.tampered": [
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
        ],
        "device.third_party_integration_detected": [
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
        ],
        "device.third_party_integration_no_longer_detected": [
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
        ],
        "device.unmanaged.connected": [
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
        ],
        "device.unmanaged.converted_to_managed": [
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
        ],
        "device.unmanaged.disconnected": [
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
        ],
        "enrollment_automation.deleted": [
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
            {
                name: "enrollment_automation_id",
                required: true,
                type: { kind: "string", format: "uuid" },
            },
        ],
        "lock.access_denied": [
            {
                name: "event_type",
                required: true,
                type: { kind: "literal", value: "lock.access_denied" },
            },
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
        ],
        "lock.locked": [
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
        ],
        "lock.unlocked": [
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
        ],
        "noise_sensor.noise_threshold_triggered": [
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
        ],
        "phone.deactivated": [
            { name: "event_type", required: true, type: { kind: "literal", value: "phone.deactivated" } },
            eventIdProperty,
            workspaceIdProperty,
            createdAtProperty,
            occurredAtProperty,
            optionalEventDescriptionProperty,
            deviceIdProperty,
            optionalDeviceCustomMetadataProperty,
        ],
        "space.created": [
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
        ],
        "space.deleted": [
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
        ],
        "space.device_membership_changed": [
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
        ],
        "thermostat.climate_preset_activated": [
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
        ],
        "thermostat.manually_adjusted": [
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
            {
                name: "method",
                required: true,
                type: { kind: "enum", name: "ThermostatAdjustmentMethod" },
            },
            {
                name: "hvac_mode_setting",
                required: false,
                type: { kind: "enum", name: "HvacModeSetting" },
            },
            { name: "fan_mode_setting", required: false, type: { kind: "enum", name: "FanModeSetting" } },
            { name: "heating_set_point_celsius", required: false, type: { kind: "number" } },
            { name: "heating_set_point_fahrenheit", required: false, type: { kind: "number" } },
            { name: "cooling_set_point_celsius", required: false, type: { kind: "number" } },
            { name: "cooling_set_point_fahrenheit", required: false, type: { kind: "number" } },
        ],
        "thermostat.temperature_changed": [
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
        ],
        "thermostat.temperature_reached_set_point": [
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
        ],
        "thermostat.temperature_threshold_exceeded": [
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
        ],
        "thermostat.temperature_threshold_no_longer_exceeded": [
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
        ],
    },
    aliases: { "device.battery_low": "device.low_battery" },
};
/** A valid, realistic `access_code.backup_access_code_pulled` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeBackupAccessCodePulledEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.backup_access_code_pulled", overrides, options);
}
/** A valid, realistic `access_code.changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.changed", overrides, options);
}
/** A valid, realistic `access_code.code_changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeCodeChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.code_changed", overrides, options);
}
/** A valid, realistic `access_code.created` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeCreatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.created", overrides, options);
}
/** A valid, realistic `access_code.delay_in_removing_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeDelayInRemovingFromDeviceEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.delay_in_removing_from_device", overrides, options);
}
/** A valid, realistic `access_code.delay_in_setting_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeDelayInSettingOnDeviceEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.delay_in_setting_on_device", overrides, options);
}
/** A valid, realistic `access_code.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.deleted", overrides, options);
}
/** A valid, realistic `access_code.deleted_external_to_seam` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeDeletedExternalToSeamEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.deleted_external_to_seam", overrides, options);
}
/** A valid, realistic `access_code.failed_to_remove_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeFailedToRemoveFromDeviceEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.failed_to_remove_from_device", overrides, options);
}
/** A valid, realistic `access_code.failed_to_set_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeFailedToSetOnDeviceEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.failed_to_set_on_device", overrides, options);
}
/** A valid, realistic `access_code.modified_external_to_seam` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeModifiedExternalToSeamEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.modified_external_to_seam", overrides, options);
}
/** A valid, realistic `access_code.mutations_requested` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeMutationsRequestedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.mutations_requested", overrides, options);
}
/** A valid, realistic `access_code.name_changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeNameChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.name_changed", overrides, options);
}
/** A valid, realistic `access_code.removed_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeRemovedFromDeviceEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.removed_from_device", overrides, options);
}
/** A valid, realistic `access_code.scheduled_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeScheduledOnDeviceEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.scheduled_on_device", overrides, options);
}
/** A valid, realistic `access_code.set_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeSetOnDeviceEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.set_on_device", overrides, options);
}
/** A valid, realistic `access_code.time_frame_changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeTimeFrameChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.time_frame_changed", overrides, options);
}
/** A valid, realistic `access_code.unmanaged.converted_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeUnmanagedConvertedToManagedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.unmanaged.converted_to_managed", overrides, options);
}
/** A valid, realistic `access_code.unmanaged.created` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeUnmanagedCreatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.unmanaged.created", overrides, options);
}
/** A valid, realistic `access_code.unmanaged.failed_to_convert_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeUnmanagedFailedToConvertToManagedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.unmanaged.failed_to_convert_to_managed", overrides, options);
}
/** A valid, realistic `access_code.unmanaged.removed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessCodeUnmanagedRemovedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_code.unmanaged.removed", overrides, options);
}
/** A valid, realistic `access_grant.access_granted_to_all_doors` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessGrantAccessGrantedToAllDoorsEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_grant.access_granted_to_all_doors", overrides, options);
}
/** A valid, realistic `access_grant.access_granted_to_door` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessGrantAccessGrantedToDoorEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_grant.access_granted_to_door", overrides, options);
}
/** A valid, realistic `access_grant.access_times_changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessGrantAccessTimesChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_grant.access_times_changed", overrides, options);
}
/** A valid, realistic `access_grant.access_to_door_lost` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessGrantAccessToDoorLostEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_grant.access_to_door_lost", overrides, options);
}
/** A valid, realistic `access_grant.could_not_create_requested_access_methods` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessGrantCouldNotCreateRequestedAccessMethodsEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_grant.could_not_create_requested_access_methods", overrides, options);
}
/** A valid, realistic `access_grant.created` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessGrantCreatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_grant.created", overrides, options);
}
/** A valid, realistic `access_grant.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessGrantDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_grant.deleted", overrides, options);
}
/** A valid, realistic `access_method.card_encoding_required` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessMethodCardEncodingRequiredEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_method.card_encoding_required", overrides, options);
}
/** A valid, realistic `access_method.created` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessMethodCreatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_method.created", overrides, options);
}
/** A valid, realistic `access_method.delay_in_issuing` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessMethodDelayInIssuingEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_method.delay_in_issuing", overrides, options);
}
/** A valid, realistic `access_method.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessMethodDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_method.deleted", overrides, options);
}
/** A valid, realistic `access_method.failed_to_issue` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessMethodFailedToIssueEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_method.failed_to_issue", overrides, options);
}
/** A valid, realistic `access_method.issued` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessMethodIssuedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_method.issued", overrides, options);
}
/** A valid, realistic `access_method.reissued` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessMethodReissuedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_method.reissued", overrides, options);
}
/** A valid, realistic `access_method.revoked` payload, the same for the same options: see {@link createSeamEvent}. */
function createAccessMethodRevokedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "access_method.revoked", overrides, options);
}
/** A valid, realistic `acs_access_group.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsAccessGroupDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_access_group.deleted", overrides, options);
}
/** A valid, realistic `acs_credential.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsCredentialDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_credential.deleted", overrides, options);
}
/** A valid, realistic `acs_credential.invalidated` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsCredentialInvalidatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_credential.invalidated", overrides, options);
}
/** A valid, realistic `acs_credential.issued` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsCredentialIssuedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_credential.issued", overrides, options);
}
/** A valid, realistic `acs_credential.reissued` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsCredentialReissuedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_credential.reissued", overrides, options);
}
/** A valid, realistic `acs_encoder.added` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsEncoderAddedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_encoder.added", overrides, options);
}
/** A valid, realistic `acs_encoder.removed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsEncoderRemovedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_encoder.removed", overrides, options);
}
/** A valid, realistic `acs_entrance.added` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsEntranceAddedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_entrance.added", overrides, options);
}
/** A valid, realistic `acs_entrance.removed` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsEntranceRemovedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_entrance.removed", overrides, options);
}
/** A valid, realistic `acs_system.added` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsSystemAddedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_system.added", overrides, options);
}
/** A valid, realistic `acs_system.connected` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsSystemConnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_system.connected", overrides, options);
}
/** A valid, realistic `acs_system.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsSystemDisconnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_system.disconnected", overrides, options);
}
/** A valid, realistic `acs_user.created` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsUserCreatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_user.created", overrides, options);
}
/** A valid, realistic `acs_user.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createAcsUserDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "acs_user.deleted", overrides, options);
}
/** A valid, realistic `action_attempt.lock_door.failed` payload, the same for the same options: see {@link createSeamEvent}. */
function createActionAttemptLockDoorFailedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "action_attempt.lock_door.failed", overrides, options);
}
/** A valid, realistic `action_attempt.lock_door.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
function createActionAttemptLockDoorSucceededEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "action_attempt.lock_door.succeeded", overrides, options);
}
/** A valid, realistic `action_attempt.simulate_keypad_code_entry.failed` payload, the same for the same options: see {@link createSeamEvent}. */
function createActionAttemptSimulateKeypadCodeEntryFailedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "action_attempt.simulate_keypad_code_entry.failed", overrides, options);
}
/** A valid, realistic `action_attempt.simulate_keypad_code_entry.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
function createActionAttemptSimulateKeypadCodeEntrySucceededEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "action_attempt.simulate_keypad_code_entry.succeeded", overrides, options);
}
/** A valid, realistic `action_attempt.simulate_manual_lock_via_keypad.failed` payload, the same for the same options: see {@link createSeamEvent}. */
function createActionAttemptSimulateManualLockViaKeypadFailedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "action_attempt.simulate_manual_lock_via_keypad.failed", overrides, options);
}
/** A valid, realistic `action_attempt.simulate_manual_lock_via_keypad.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
function createActionAttemptSimulateManualLockViaKeypadSucceededEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "action_attempt.simulate_manual_lock_via_keypad.succeeded", overrides, options);
}
/** A valid, realistic `action_attempt.unlock_door.failed` payload, the same for the same options: see {@link createSeamEvent}. */
function createActionAttemptUnlockDoorFailedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "action_attempt.unlock_door.failed", overrides, options);
}
/** A valid, realistic `action_attempt.unlock_door.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
function createActionAttemptUnlockDoorSucceededEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "action_attempt.unlock_door.succeeded", overrides, options);
}
/** A valid, realistic `camera.activated` payload, the same for the same options: see {@link createSeamEvent}. */
function createCameraActivatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "camera.activated", overrides, options);
}
/** A valid, realistic `client_session.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createClientSessionDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "client_session.deleted", overrides, options);
}
/** A valid, realistic `connect_webview.login_failed` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectWebviewLoginFailedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connect_webview.login_failed", overrides, options);
}
/** A valid, realistic `connect_webview.login_succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectWebviewLoginSucceededEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connect_webview.login_succeeded", overrides, options);
}
/** A valid, realistic `connected_account.completed_first_sync` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectedAccountCompletedFirstSyncEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connected_account.completed_first_sync", overrides, options);
}
/** A valid, realistic `connected_account.completed_first_sync_after_reconnection` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectedAccountCompletedFirstSyncAfterReconnectionEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connected_account.completed_first_sync_after_reconnection", overrides, options);
}
/** A valid, realistic `connected_account.connected` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectedAccountConnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connected_account.connected", overrides, options);
}
/** A valid, realistic `connected_account.created` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectedAccountCreatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connected_account.created", overrides, options);
}
/** A valid, realistic `connected_account.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectedAccountDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connected_account.deleted", overrides, options);
}
/** A valid, realistic `connected_account.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectedAccountDisconnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connected_account.disconnected", overrides, options);
}
/** A valid, realistic `connected_account.reauthorization_requested` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectedAccountReauthorizationRequestedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connected_account.reauthorization_requested", overrides, options);
}
/** A valid, realistic `connected_account.successful_login` payload, the same for the same options: see {@link createSeamEvent}. */
function createConnectedAccountSuccessfulLoginEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "connected_account.successful_login", overrides, options);
}
/** A valid, realistic `device.accessory_keypad_connected` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceAccessoryKeypadConnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.accessory_keypad_connected", overrides, options);
}
/** A valid, realistic `device.accessory_keypad_disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceAccessoryKeypadDisconnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.accessory_keypad_disconnected", overrides, options);
}
/** A valid, realistic `device.added` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceAddedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.added", overrides, options);
}
/** A valid, realistic `device.battery_status_changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceBatteryStatusChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.battery_status_changed", overrides, options);
}
/** A valid, realistic `device.connected` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceConnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.connected", overrides, options);
}
/** A valid, realistic `device.connection_became_flaky` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceConnectionBecameFlakyEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.connection_became_flaky", overrides, options);
}
/** A valid, realistic `device.connection_stabilized` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceConnectionStabilizedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.connection_stabilized", overrides, options);
}
/** A valid, realistic `device.converted_to_unmanaged` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceConvertedToUnmanagedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.converted_to_unmanaged", overrides, options);
}
/** A valid, realistic `device.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.deleted", overrides, options);
}
/** A valid, realistic `device.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceDisconnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.disconnected", overrides, options);
}
/** A valid, realistic `device.doorbell_rang` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceDoorbellRangEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.doorbell_rang", overrides, options);
}
/** A valid, realistic `device.error.subscription_required` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceErrorSubscriptionRequiredEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.error.subscription_required", overrides, options);
}
/** A valid, realistic `device.error.subscription_required.resolved` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceErrorSubscriptionRequiredResolvedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.error.subscription_required.resolved", overrides, options);
}
/** A valid, realistic `device.low_battery` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceLowBatteryEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.low_battery", overrides, options);
}
/** A valid, realistic `device.name_changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceNameChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.name_changed", overrides, options);
}
/** A valid, realistic `device.removed` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceRemovedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.removed", overrides, options);
}
/** A valid, realistic `device.salto.privacy_mode_activated` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceSaltoPrivacyModeActivatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.salto.privacy_mode_activated", overrides, options);
}
/** A valid, realistic `device.salto.privacy_mode_deactivated` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceSaltoPrivacyModeDeactivatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.salto.privacy_mode_deactivated", overrides, options);
}
/** A valid, realistic `device.tampered` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceTamperedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.tampered", overrides, options);
}
/** A valid, realistic `device.third_party_integration_detected` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceThirdPartyIntegrationDetectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.third_party_integration_detected", overrides, options);
}
/** A valid, realistic `device.third_party_integration_no_longer_detected` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceThirdPartyIntegrationNoLongerDetectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.third_party_integration_no_longer_detected", overrides, options);
}
/** A valid, realistic `device.unmanaged.connected` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceUnmanagedConnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.unmanaged.connected", overrides, options);
}
/** A valid, realistic `device.unmanaged.converted_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceUnmanagedConvertedToManagedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.unmanaged.converted_to_managed", overrides, options);
}
/** A valid, realistic `device.unmanaged.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
function createDeviceUnmanagedDisconnectedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "device.unmanaged.disconnected", overrides, options);
}
/** A valid, realistic `enrollment_automation.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createEnrollmentAutomationDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "enrollment_automation.deleted", overrides, options);
}
/** A valid, realistic `lock.access_denied` payload, the same for the same options: see {@link createSeamEvent}. */
function createLockAccessDeniedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "lock.access_denied", overrides, options);
}
/** A valid, realistic `lock.locked` payload, the same for the same options: see {@link createSeamEvent}. */
function createLockLockedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "lock.locked", overrides, options);
}
/** A valid, realistic `lock.unlocked` payload, the same for the same options: see {@link createSeamEvent}. */
function createLockUnlockedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "lock.unlocked", overrides, options);
}
/** A valid, realistic `noise_sensor.noise_threshold_triggered` payload, the same for the same options: see {@link createSeamEvent}. */
function createNoiseSensorNoiseThresholdTriggeredEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "noise_sensor.noise_threshold_triggered", overrides, options);
}
/** A valid, realistic `phone.deactivated` payload, the same for the same options: see {@link createSeamEvent}. */
function createPhoneDeactivatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "phone.deactivated", overrides, options);
}
/** A valid, realistic `space.created` payload, the same for the same options: see {@link createSeamEvent}. */
function createSpaceCreatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "space.created", overrides, options);
}
/** A valid, realistic `space.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
function createSpaceDeletedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "space.deleted", overrides, options);
}
/** A valid, realistic `space.device_membership_changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createSpaceDeviceMembershipChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "space.device_membership_changed", overrides, options);
}
/** A valid, realistic `thermostat.climate_preset_activated` payload, the same for the same options: see {@link createSeamEvent}. */
function createThermostatClimatePresetActivatedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "thermostat.climate_preset_activated", overrides, options);
}
/** A valid, realistic `thermostat.manually_adjusted` payload, the same for the same options: see {@link createSeamEvent}. */
function createThermostatManuallyAdjustedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "thermostat.manually_adjusted", overrides, options);
}
/** A valid, realistic `thermostat.temperature_changed` payload, the same for the same options: see {@link createSeamEvent}. */
function createThermostatTemperatureChangedEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "thermostat.temperature_changed", overrides, options);
}
/** A valid, realistic `thermostat.temperature_reached_set_point` payload, the same for the same options: see {@link createSeamEvent}. */
function createThermostatTemperatureReachedSetPointEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "thermostat.temperature_reached_set_point", overrides, options);
}
/** A valid, realistic `thermostat.temperature_threshold_exceeded` payload, the same for the same options: see {@link createSeamEvent}. */
function createThermostatTemperatureThresholdExceededEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "thermostat.temperature_threshold_exceeded", overrides, options);
}
/** A valid, realistic `thermostat.temperature_threshold_no_longer_exceeded` payload, the same for the same options: see {@link createSeamEvent}. */
function createThermostatTemperatureThresholdNoLongerExceededEvent(overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, "thermostat.temperature_threshold_no_longer_exceeded", overrides, options);
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
function createSeamEvent(type, overrides, options) {
    return (0, fixture_runtime_js_1.createFixture)(catalogue, type, overrides, options);
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
function createInvalidSeamEvents(type, options) {
    return (0, fixture_runtime_js_1.createInvalidCases)(catalogue, type, options);
}
