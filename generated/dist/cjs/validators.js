"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AcsUserDeletedEventSchema = exports.AcsUserCreatedEventSchema = exports.AcsSystemDisconnectedEventSchema = exports.AcsSystemConnectedEventSchema = exports.AcsSystemAddedEventSchema = exports.AcsEntranceRemovedEventSchema = exports.AcsEntranceAddedEventSchema = exports.AcsEncoderRemovedEventSchema = exports.AcsEncoderAddedEventSchema = exports.AcsCredentialReissuedEventSchema = exports.AcsCredentialIssuedEventSchema = exports.AcsCredentialInvalidatedEventSchema = exports.AcsCredentialDeletedEventSchema = exports.AcsAccessGroupDeletedEventSchema = exports.AccessMethodRevokedEventSchema = exports.AccessMethodReissuedEventSchema = exports.AccessMethodIssuedEventSchema = exports.AccessMethodFailedToIssueEventSchema = exports.AccessMethodDeletedEventSchema = exports.AccessMethodDelayInIssuingEventSchema = exports.AccessMethodCreatedEventSchema = exports.AccessMethodCardEncodingRequiredEventSchema = exports.AccessGrantDeletedEventSchema = exports.AccessGrantCreatedEventSchema = exports.AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema = exports.AccessGrantAccessToDoorLostEventSchema = exports.AccessGrantAccessTimesChangedEventSchema = exports.AccessGrantAccessGrantedToDoorEventSchema = exports.AccessGrantAccessGrantedToAllDoorsEventSchema = exports.AccessCodeUnmanagedRemovedEventSchema = exports.AccessCodeUnmanagedFailedToConvertToManagedEventSchema = exports.AccessCodeUnmanagedCreatedEventSchema = exports.AccessCodeUnmanagedConvertedToManagedEventSchema = exports.AccessCodeTimeFrameChangedEventSchema = exports.AccessCodeSetOnDeviceEventSchema = exports.AccessCodeScheduledOnDeviceEventSchema = exports.AccessCodeRemovedFromDeviceEventSchema = exports.AccessCodeNameChangedEventSchema = exports.AccessCodeMutationsRequestedEventSchema = exports.AccessCodeModifiedExternalToSeamEventSchema = exports.AccessCodeFailedToSetOnDeviceEventSchema = exports.AccessCodeFailedToRemoveFromDeviceEventSchema = exports.AccessCodeDeletedExternalToSeamEventSchema = exports.AccessCodeDeletedEventSchema = exports.AccessCodeDelayInSettingOnDeviceEventSchema = exports.AccessCodeDelayInRemovingFromDeviceEventSchema = exports.AccessCodeCreatedEventSchema = exports.AccessCodeCodeChangedEventSchema = exports.AccessCodeChangedEventSchema = exports.AccessCodeBackupAccessCodePulledEventSchema = void 0;
exports.PhoneDeactivatedEventSchema = exports.NoiseSensorNoiseThresholdTriggeredEventSchema = exports.LockUnlockedEventSchema = exports.LockLockedEventSchema = exports.LockAccessDeniedEventSchema = exports.EnrollmentAutomationDeletedEventSchema = exports.DeviceUnmanagedDisconnectedEventSchema = exports.DeviceUnmanagedConvertedToManagedEventSchema = exports.DeviceUnmanagedConnectedEventSchema = exports.DeviceThirdPartyIntegrationNoLongerDetectedEventSchema = exports.DeviceThirdPartyIntegrationDetectedEventSchema = exports.DeviceTamperedEventSchema = exports.DeviceSaltoPrivacyModeDeactivatedEventSchema = exports.DeviceSaltoPrivacyModeActivatedEventSchema = exports.DeviceRemovedEventSchema = exports.DeviceNameChangedEventSchema = exports.DeviceLowBatteryEventSchema = exports.DeviceErrorSubscriptionRequiredResolvedEventSchema = exports.DeviceErrorSubscriptionRequiredEventSchema = exports.DeviceDoorbellRangEventSchema = exports.DeviceDisconnectedEventSchema = exports.DeviceDeletedEventSchema = exports.DeviceConvertedToUnmanagedEventSchema = exports.DeviceConnectionStabilizedEventSchema = exports.DeviceConnectionBecameFlakyEventSchema = exports.DeviceConnectedEventSchema = exports.DeviceBatteryStatusChangedEventSchema = exports.DeviceAddedEventSchema = exports.DeviceAccessoryKeypadDisconnectedEventSchema = exports.DeviceAccessoryKeypadConnectedEventSchema = exports.ConnectedAccountSuccessfulLoginEventSchema = exports.ConnectedAccountReauthorizationRequestedEventSchema = exports.ConnectedAccountDisconnectedEventSchema = exports.ConnectedAccountDeletedEventSchema = exports.ConnectedAccountCreatedEventSchema = exports.ConnectedAccountConnectedEventSchema = exports.ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema = exports.ConnectedAccountCompletedFirstSyncEventSchema = exports.ConnectWebviewLoginSucceededEventSchema = exports.ConnectWebviewLoginFailedEventSchema = exports.ClientSessionDeletedEventSchema = exports.CameraActivatedEventSchema = exports.ActionAttemptUnlockDoorSucceededEventSchema = exports.ActionAttemptUnlockDoorFailedEventSchema = exports.ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema = exports.ActionAttemptSimulateManualLockViaKeypadFailedEventSchema = exports.ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema = exports.ActionAttemptSimulateKeypadCodeEntryFailedEventSchema = exports.ActionAttemptLockDoorSucceededEventSchema = exports.ActionAttemptLockDoorFailedEventSchema = void 0;
exports.SeamEventSchema = exports.ThermostatTemperatureThresholdNoLongerExceededEventSchema = exports.ThermostatTemperatureThresholdExceededEventSchema = exports.ThermostatTemperatureReachedSetPointEventSchema = exports.ThermostatTemperatureChangedEventSchema = exports.ThermostatManuallyAdjustedEventSchema = exports.ThermostatClimatePresetActivatedEventSchema = exports.SpaceDeviceMembershipChangedEventSchema = exports.SpaceDeletedEventSchema = exports.SpaceCreatedEventSchema = void 0;
exports.validateAccessCodeBackupAccessCodePulledEvent = validateAccessCodeBackupAccessCodePulledEvent;
exports.isAccessCodeBackupAccessCodePulledEvent = isAccessCodeBackupAccessCodePulledEvent;
exports.validateAccessCodeChangedEvent = validateAccessCodeChangedEvent;
exports.isAccessCodeChangedEvent = isAccessCodeChangedEvent;
exports.validateAccessCodeCodeChangedEvent = validateAccessCodeCodeChangedEvent;
exports.isAccessCodeCodeChangedEvent = isAccessCodeCodeChangedEvent;
exports.validateAccessCodeCreatedEvent = validateAccessCodeCreatedEvent;
exports.isAccessCodeCreatedEvent = isAccessCodeCreatedEvent;
exports.validateAccessCodeDelayInRemovingFromDeviceEvent = validateAccessCodeDelayInRemovingFromDeviceEvent;
exports.isAccessCodeDelayInRemovingFromDeviceEvent = isAccessCodeDelayInRemovingFromDeviceEvent;
exports.validateAccessCodeDelayInSettingOnDeviceEvent = validateAccessCodeDelayInSettingOnDeviceEvent;
exports.isAccessCodeDelayInSettingOnDeviceEvent = isAccessCodeDelayInSettingOnDeviceEvent;
exports.validateAccessCodeDeletedEvent = validateAccessCodeDeletedEvent;
exports.isAccessCodeDeletedEvent = isAccessCodeDeletedEvent;
exports.validateAccessCodeDeletedExternalToSeamEvent = validateAccessCodeDeletedExternalToSeamEvent;
exports.isAccessCodeDeletedExternalToSeamEvent = isAccessCodeDeletedExternalToSeamEvent;
exports.validateAccessCodeFailedToRemoveFromDeviceEvent = validateAccessCodeFailedToRemoveFromDeviceEvent;
exports.isAccessCodeFailedToRemoveFromDeviceEvent = isAccessCodeFailedToRemoveFromDeviceEvent;
exports.validateAccessCodeFailedToSetOnDeviceEvent = validateAccessCodeFailedToSetOnDeviceEvent;
exports.isAccessCodeFailedToSetOnDeviceEvent = isAccessCodeFailedToSetOnDeviceEvent;
exports.validateAccessCodeModifiedExternalToSeamEvent = validateAccessCodeModifiedExternalToSeamEvent;
exports.isAccessCodeModifiedExternalToSeamEvent = isAccessCodeModifiedExternalToSeamEvent;
exports.validateAccessCodeMutationsRequestedEvent = validateAccessCodeMutationsRequestedEvent;
exports.isAccessCodeMutationsRequestedEvent = isAccessCodeMutationsRequestedEvent;
exports.validateAccessCodeNameChangedEvent = validateAccessCodeNameChangedEvent;
exports.isAccessCodeNameChangedEvent = isAccessCodeNameChangedEvent;
exports.validateAccessCodeRemovedFromDeviceEvent = validateAccessCodeRemovedFromDeviceEvent;
exports.isAccessCodeRemovedFromDeviceEvent = isAccessCodeRemovedFromDeviceEvent;
exports.validateAccessCodeScheduledOnDeviceEvent = validateAccessCodeScheduledOnDeviceEvent;
exports.isAccessCodeScheduledOnDeviceEvent = isAccessCodeScheduledOnDeviceEvent;
exports.validateAccessCodeSetOnDeviceEvent = validateAccessCodeSetOnDeviceEvent;
exports.isAccessCodeSetOnDeviceEvent = isAccessCodeSetOnDeviceEvent;
exports.validateAccessCodeTimeFrameChangedEvent = validateAccessCodeTimeFrameChangedEvent;
exports.isAccessCodeTimeFrameChangedEvent = isAccessCodeTimeFrameChangedEvent;
exports.validateAccessCodeUnmanagedConvertedToManagedEvent = validateAccessCodeUnmanagedConvertedToManagedEvent;
exports.isAccessCodeUnmanagedConvertedToManagedEvent = isAccessCodeUnmanagedConvertedToManagedEvent;
exports.validateAccessCodeUnmanagedCreatedEvent = validateAccessCodeUnmanagedCreatedEvent;
exports.isAccessCodeUnmanagedCreatedEvent = isAccessCodeUnmanagedCreatedEvent;
exports.validateAccessCodeUnmanagedFailedToConvertToManagedEvent = validateAccessCodeUnmanagedFailedToConvertToManagedEvent;
exports.isAccessCodeUnmanagedFailedToConvertToManagedEvent = isAccessCodeUnmanagedFailedToConvertToManagedEvent;
exports.validateAccessCodeUnmanagedRemovedEvent = validateAccessCodeUnmanagedRemovedEvent;
exports.isAccessCodeUnmanagedRemovedEvent = isAccessCodeUnmanagedRemovedEvent;
exports.validateAccessGrantAccessGrantedToAllDoorsEvent = validateAccessGrantAccessGrantedToAllDoorsEvent;
exports.isAccessGrantAccessGrantedToAllDoorsEvent = isAccessGrantAccessGrantedToAllDoorsEvent;
exports.validateAccessGrantAccessGrantedToDoorEvent = validateAccessGrantAccessGrantedToDoorEvent;
exports.isAccessGrantAccessGrantedToDoorEvent = isAccessGrantAccessGrantedToDoorEvent;
exports.validateAccessGrantAccessTimesChangedEvent = validateAccessGrantAccessTimesChangedEvent;
exports.isAccessGrantAccessTimesChangedEvent = isAccessGrantAccessTimesChangedEvent;
exports.validateAccessGrantAccessToDoorLostEvent = validateAccessGrantAccessToDoorLostEvent;
exports.isAccessGrantAccessToDoorLostEvent = isAccessGrantAccessToDoorLostEvent;
exports.validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent = validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent;
exports.isAccessGrantCouldNotCreateRequestedAccessMethodsEvent = isAccessGrantCouldNotCreateRequestedAccessMethodsEvent;
exports.validateAccessGrantCreatedEvent = validateAccessGrantCreatedEvent;
exports.isAccessGrantCreatedEvent = isAccessGrantCreatedEvent;
exports.validateAccessGrantDeletedEvent = validateAccessGrantDeletedEvent;
exports.isAccessGrantDeletedEvent = isAccessGrantDeletedEvent;
exports.validateAccessMethodCardEncodingRequiredEvent = validateAccessMethodCardEncodingRequiredEvent;
exports.isAccessMethodCardEncodingRequiredEvent = isAccessMethodCardEncodingRequiredEvent;
exports.validateAccessMethodCreatedEvent = validateAccessMethodCreatedEvent;
exports.isAccessMethodCreatedEvent = isAccessMethodCreatedEvent;
exports.validateAccessMethodDelayInIssuingEvent = validateAccessMethodDelayInIssuingEvent;
exports.isAccessMethodDelayInIssuingEvent = isAccessMethodDelayInIssuingEvent;
exports.validateAccessMethodDeletedEvent = validateAccessMethodDeletedEvent;
exports.isAccessMethodDeletedEvent = isAccessMethodDeletedEvent;
exports.validateAccessMethodFailedToIssueEvent = validateAccessMethodFailedToIssueEvent;
exports.isAccessMethodFailedToIssueEvent = isAccessMethodFailedToIssueEvent;
exports.validateAccessMethodIssuedEvent = validateAccessMethodIssuedEvent;
exports.isAccessMethodIssuedEvent = isAccessMethodIssuedEvent;
exports.validateAccessMethodReissuedEvent = validateAccessMethodReissuedEvent;
exports.isAccessMethodReissuedEvent = isAccessMethodReissuedEvent;
exports.validateAccessMethodRevokedEvent = validateAccessMethodRevokedEvent;
exports.isAccessMethodRevokedEvent = isAccessMethodRevokedEvent;
exports.validateAcsAccessGroupDeletedEvent = validateAcsAccessGroupDeletedEvent;
exports.isAcsAccessGroupDeletedEvent = isAcsAccessGroupDeletedEvent;
exports.validateAcsCredentialDeletedEvent = validateAcsCredentialDeletedEvent;
exports.isAcsCredentialDeletedEvent = isAcsCredentialDeletedEvent;
exports.validateAcsCredentialInvalidatedEvent = validateAcsCredentialInvalidatedEvent;
exports.isAcsCredentialInvalidatedEvent = isAcsCredentialInvalidatedEvent;
exports.validateAcsCredentialIssuedEvent = validateAcsCredentialIssuedEvent;
exports.isAcsCredentialIssuedEvent = isAcsCredentialIssuedEvent;
exports.validateAcsCredentialReissuedEvent = validateAcsCredentialReissuedEvent;
exports.isAcsCredentialReissuedEvent = isAcsCredentialReissuedEvent;
exports.validateAcsEncoderAddedEvent = validateAcsEncoderAddedEvent;
exports.isAcsEncoderAddedEvent = isAcsEncoderAddedEvent;
exports.validateAcsEncoderRemovedEvent = validateAcsEncoderRemovedEvent;
exports.isAcsEncoderRemovedEvent = isAcsEncoderRemovedEvent;
exports.validateAcsEntranceAddedEvent = validateAcsEntranceAddedEvent;
exports.isAcsEntranceAddedEvent = isAcsEntranceAddedEvent;
exports.validateAcsEntranceRemovedEvent = validateAcsEntranceRemovedEvent;
exports.isAcsEntranceRemovedEvent = isAcsEntranceRemovedEvent;
exports.validateAcsSystemAddedEvent = validateAcsSystemAddedEvent;
exports.isAcsSystemAddedEvent = isAcsSystemAddedEvent;
exports.validateAcsSystemConnectedEvent = validateAcsSystemConnectedEvent;
exports.isAcsSystemConnectedEvent = isAcsSystemConnectedEvent;
exports.validateAcsSystemDisconnectedEvent = validateAcsSystemDisconnectedEvent;
exports.isAcsSystemDisconnectedEvent = isAcsSystemDisconnectedEvent;
exports.validateAcsUserCreatedEvent = validateAcsUserCreatedEvent;
exports.isAcsUserCreatedEvent = isAcsUserCreatedEvent;
exports.validateAcsUserDeletedEvent = validateAcsUserDeletedEvent;
exports.isAcsUserDeletedEvent = isAcsUserDeletedEvent;
exports.validateActionAttemptLockDoorFailedEvent = validateActionAttemptLockDoorFailedEvent;
exports.isActionAttemptLockDoorFailedEvent = isActionAttemptLockDoorFailedEvent;
exports.validateActionAttemptLockDoorSucceededEvent = validateActionAttemptLockDoorSucceededEvent;
exports.isActionAttemptLockDoorSucceededEvent = isActionAttemptLockDoorSucceededEvent;
exports.validateActionAttemptSimulateKeypadCodeEntryFailedEvent = validateActionAttemptSimulateKeypadCodeEntryFailedEvent;
exports.isActionAttemptSimulateKeypadCodeEntryFailedEvent = isActionAttemptSimulateKeypadCodeEntryFailedEvent;
exports.validateActionAttemptSimulateKeypadCodeEntrySucceededEvent = validateActionAttemptSimulateKeypadCodeEntrySucceededEvent;
exports.isActionAttemptSimulateKeypadCodeEntrySucceededEvent = isActionAttemptSimulateKeypadCodeEntrySucceededEvent;
exports.validateActionAttemptSimulateManualLockViaKeypadFailedEvent = validateActionAttemptSimulateManualLockViaKeypadFailedEvent;
exports.isActionAttemptSimulateManualLockViaKeypadFailedEvent = isActionAttemptSimulateManualLockViaKeypadFailedEvent;
exports.validateActionAttemptSimulateManualLockViaKeypadSucceededEvent = validateActionAttemptSimulateManualLockViaKeypadSucceededEvent;
exports.isActionAttemptSimulateManualLockViaKeypadSucceededEvent = isActionAttemptSimulateManualLockViaKeypadSucceededEvent;
exports.validateActionAttemptUnlockDoorFailedEvent = validateActionAttemptUnlockDoorFailedEvent;
exports.isActionAttemptUnlockDoorFailedEvent = isActionAttemptUnlockDoorFailedEvent;
exports.validateActionAttemptUnlockDoorSucceededEvent = validateActionAttemptUnlockDoorSucceededEvent;
exports.isActionAttemptUnlockDoorSucceededEvent = isActionAttemptUnlockDoorSucceededEvent;
exports.validateCameraActivatedEvent = validateCameraActivatedEvent;
exports.isCameraActivatedEvent = isCameraActivatedEvent;
exports.validateClientSessionDeletedEvent = validateClientSessionDeletedEvent;
exports.isClientSessionDeletedEvent = isClientSessionDeletedEvent;
exports.validateConnectWebviewLoginFailedEvent = validateConnectWebviewLoginFailedEvent;
exports.isConnectWebviewLoginFailedEvent = isConnectWebviewLoginFailedEvent;
exports.validateConnectWebviewLoginSucceededEvent = validateConnectWebviewLoginSucceededEvent;
exports.isConnectWebviewLoginSucceededEvent = isConnectWebviewLoginSucceededEvent;
exports.validateConnectedAccountCompletedFirstSyncEvent = validateConnectedAccountCompletedFirstSyncEvent;
exports.isConnectedAccountCompletedFirstSyncEvent = isConnectedAccountCompletedFirstSyncEvent;
exports.validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent = validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent;
exports.isConnectedAccountCompletedFirstSyncAfterReconnectionEvent = isConnectedAccountCompletedFirstSyncAfterReconnectionEvent;
exports.validateConnectedAccountConnectedEvent = validateConnectedAccountConnectedEvent;
exports.isConnectedAccountConnectedEvent = isConnectedAccountConnectedEvent;
exports.validateConnectedAccountCreatedEvent = validateConnectedAccountCreatedEvent;
exports.isConnectedAccountCreatedEvent = isConnectedAccountCreatedEvent;
exports.validateConnectedAccountDeletedEvent = validateConnectedAccountDeletedEvent;
exports.isConnectedAccountDeletedEvent = isConnectedAccountDeletedEvent;
exports.validateConnectedAccountDisconnectedEvent = validateConnectedAccountDisconnectedEvent;
exports.isConnectedAccountDisconnectedEvent = isConnectedAccountDisconnectedEvent;
exports.validateConnectedAccountReauthorizationRequestedEvent = validateConnectedAccountReauthorizationRequestedEvent;
exports.isConnectedAccountReauthorizationRequestedEvent = isConnectedAccountReauthorizationRequestedEvent;
exports.validateConnectedAccountSuccessfulLoginEvent = validateConnectedAccountSuccessfulLoginEvent;
exports.isConnectedAccountSuccessfulLoginEvent = isConnectedAccountSuccessfulLoginEvent;
exports.validateDeviceAccessoryKeypadConnectedEvent = validateDeviceAccessoryKeypadConnectedEvent;
exports.isDeviceAccessoryKeypadConnectedEvent = isDeviceAccessoryKeypadConnectedEvent;
exports.validateDeviceAccessoryKeypadDisconnectedEvent = validateDeviceAccessoryKeypadDisconnectedEvent;
exports.isDeviceAccessoryKeypadDisconnectedEvent = isDeviceAccessoryKeypadDisconnectedEvent;
exports.validateDeviceAddedEvent = validateDeviceAddedEvent;
exports.isDeviceAddedEvent = isDeviceAddedEvent;
exports.validateDeviceBatteryStatusChangedEvent = validateDeviceBatteryStatusChangedEvent;
exports.isDeviceBatteryStatusChangedEvent = isDeviceBatteryStatusChangedEvent;
exports.validateDeviceConnectedEvent = validateDeviceConnectedEvent;
exports.isDeviceConnectedEvent = isDeviceConnectedEvent;
exports.validateDeviceConnectionBecameFlakyEvent = validateDeviceConnectionBecameFlakyEvent;
exports.isDeviceConnectionBecameFlakyEvent = isDeviceConnectionBecameFlakyEvent;
exports.validateDeviceConnectionStabilizedEvent = validateDeviceConnectionStabilizedEvent;
exports.isDeviceConnectionStabilizedEvent = isDeviceConnectionStabilizedEvent;
exports.validateDeviceConvertedToUnmanagedEvent = validateDeviceConvertedToUnmanagedEvent;
exports.isDeviceConvertedToUnmanagedEvent = isDeviceConvertedToUnmanagedEvent;
exports.validateDeviceDeletedEvent = validateDeviceDeletedEvent;
exports.isDeviceDeletedEvent = isDeviceDeletedEvent;
exports.validateDeviceDisconnectedEvent = validateDeviceDisconnectedEvent;
exports.isDeviceDisconnectedEvent = isDeviceDisconnectedEvent;
exports.validateDeviceDoorbellRangEvent = validateDeviceDoorbellRangEvent;
exports.isDeviceDoorbellRangEvent = isDeviceDoorbellRangEvent;
exports.validateDeviceErrorSubscriptionRequiredEvent = validateDeviceErrorSubscriptionRequiredEvent;
exports.isDeviceErrorSubscriptionRequiredEvent = isDeviceErrorSubscriptionRequiredEvent;
exports.validateDeviceErrorSubscriptionRequiredResolvedEvent = validateDeviceErrorSubscriptionRequiredResolvedEvent;
exports.isDeviceErrorSubscriptionRequiredResolvedEvent = isDeviceErrorSubscriptionRequiredResolvedEvent;
exports.validateDeviceLowBatteryEvent = validateDeviceLowBatteryEvent;
exports.isDeviceLowBatteryEvent = isDeviceLowBatteryEvent;
exports.validateDeviceNameChangedEvent = validateDeviceNameChangedEvent;
exports.isDeviceNameChangedEvent = isDeviceNameChangedEvent;
exports.validateDeviceRemovedEvent = validateDeviceRemovedEvent;
exports.isDeviceRemovedEvent = isDeviceRemovedEvent;
exports.validateDeviceSaltoPrivacyModeActivatedEvent = validateDeviceSaltoPrivacyModeActivatedEvent;
exports.isDeviceSaltoPrivacyModeActivatedEvent = isDeviceSaltoPrivacyModeActivatedEvent;
exports.validateDeviceSaltoPrivacyModeDeactivatedEvent = validateDeviceSaltoPrivacyModeDeactivatedEvent;
exports.isDeviceSaltoPrivacyModeDeactivatedEvent = isDeviceSaltoPrivacyModeDeactivatedEvent;
exports.validateDeviceTamperedEvent = validateDeviceTamperedEvent;
exports.isDeviceTamperedEvent = isDeviceTamperedEvent;
exports.validateDeviceThirdPartyIntegrationDetectedEvent = validateDeviceThirdPartyIntegrationDetectedEvent;
exports.isDeviceThirdPartyIntegrationDetectedEvent = isDeviceThirdPartyIntegrationDetectedEvent;
exports.validateDeviceThirdPartyIntegrationNoLongerDetectedEvent = validateDeviceThirdPartyIntegrationNoLongerDetectedEvent;
exports.isDeviceThirdPartyIntegrationNoLongerDetectedEvent = isDeviceThirdPartyIntegrationNoLongerDetectedEvent;
exports.validateDeviceUnmanagedConnectedEvent = validateDeviceUnmanagedConnectedEvent;
exports.isDeviceUnmanagedConnectedEvent = isDeviceUnmanagedConnectedEvent;
exports.validateDeviceUnmanagedConvertedToManagedEvent = validateDeviceUnmanagedConvertedToManagedEvent;
exports.isDeviceUnmanagedConvertedToManagedEvent = isDeviceUnmanagedConvertedToManagedEvent;
exports.validateDeviceUnmanagedDisconnectedEvent = validateDeviceUnmanagedDisconnectedEvent;
exports.isDeviceUnmanagedDisconnectedEvent = isDeviceUnmanagedDisconnectedEvent;
exports.validateEnrollmentAutomationDeletedEvent = validateEnrollmentAutomationDeletedEvent;
exports.isEnrollmentAutomationDeletedEvent = isEnrollmentAutomationDeletedEvent;
exports.validateLockAccessDeniedEvent = validateLockAccessDeniedEvent;
exports.isLockAccessDeniedEvent = isLockAccessDeniedEvent;
exports.validateLockLockedEvent = validateLockLockedEvent;
exports.isLockLockedEvent = isLockLockedEvent;
exports.validateLockUnlockedEvent = validateLockUnlockedEvent;
exports.isLockUnlockedEvent = isLockUnlockedEvent;
exports.validateNoiseSensorNoiseThresholdTriggeredEvent = validateNoiseSensorNoiseThresholdTriggeredEvent;
exports.isNoiseSensorNoiseThresholdTriggeredEvent = isNoiseSensorNoiseThresholdTriggeredEvent;
exports.validatePhoneDeactivatedEvent = validatePhoneDeactivatedEvent;
exports.isPhoneDeactivatedEvent = isPhoneDeactivatedEvent;
exports.validateSpaceCreatedEvent = validateSpaceCreatedEvent;
exports.isSpaceCreatedEvent = isSpaceCreatedEvent;
exports.validateSpaceDeletedEvent = validateSpaceDeletedEvent;
exports.isSpaceDeletedEvent = isSpaceDeletedEvent;
exports.validateSpaceDeviceMembershipChangedEvent = validateSpaceDeviceMembershipChangedEvent;
exports.isSpaceDeviceMembershipChangedEvent = isSpaceDeviceMembershipChangedEvent;
exports.validateThermostatClimatePresetActivatedEvent = validateThermostatClimatePresetActivatedEvent;
exports.isThermostatClimatePresetActivatedEvent = isThermostatClimatePresetActivatedEvent;
exports.validateThermostatManuallyAdjustedEvent = validateThermostatManuallyAdjustedEvent;
exports.isThermostatManuallyAdjustedEvent = isThermostatManuallyAdjustedEvent;
exports.validateThermostatTemperatureChangedEvent = validateThermostatTemperatureChangedEvent;
exports.isThermostatTemperatureChangedEvent = isThermostatTemperatureChangedEvent;
exports.validateThermostatTemperatureReachedSetPointEvent = validateThermostatTemperatureReachedSetPointEvent;
exports.isThermostatTemperatureReachedSetPointEvent = isThermostatTemperatureReachedSetPointEvent;
exports.validateThermostatTemperatureThresholdExceededEvent = validateThermostatTemperatureThresholdExceededEvent;
exports.isThermostatTemperatureThresholdExceededEvent = isThermostatTemperatureThresholdExceededEvent;
exports.validateThermostatTemperatureThresholdNoLongerExceededEvent = validateThermostatTemperatureThresholdNoLongerExceededEvent;
exports.isThermostatTemperatureThresholdNoLongerExceededEvent = isThermostatTemperatureThresholdNoLongerExceededEvent;
exports.validateSeamEvent = validateSeamEvent;
exports.isSeamEvent = isSeamEvent;
const validation_runtime_js_1 = require("./validation-runtime.js");
/** Standard Schema vendor name of every schema object below. */
const vendor = "@seam-events/catalogue";
const AccessCodeMutationCodeValues = '"updating_name", "updating_code", "updating_time_frame", "deleting", "creating", "deferring_creation"';
function inAccessCodeMutationCode(v) {
    switch (v) {
        case "updating_name":
        case "updating_code":
        case "updating_time_frame":
        case "deleting":
        case "creating":
        case "deferring_creation":
            return true;
        default:
            return false;
    }
}
const BatteryStatusValues = '"critical", "low", "good", "full"';
function inBatteryStatus(v) {
    switch (v) {
        case "critical":
        case "low":
        case "good":
        case "full":
            return true;
        default:
            return false;
    }
}
const CameraActivationReasonValues = '"motion_detected"';
function inCameraActivationReason(v) {
    switch (v) {
        case "motion_detected":
            return true;
        default:
            return false;
    }
}
const DeviceDisconnectionErrorCodeValues = '"account_disconnected", "hub_disconnected", "device_disconnected"';
function inDeviceDisconnectionErrorCode(v) {
    switch (v) {
        case "account_disconnected":
        case "hub_disconnected":
        case "device_disconnected":
            return true;
        default:
            return false;
    }
}
const FanModeSettingValues = '"auto", "on", "circulate"';
function inFanModeSetting(v) {
    switch (v) {
        case "auto":
        case "on":
        case "circulate":
            return true;
        default:
            return false;
    }
}
const HvacModeSettingValues = '"off", "heat", "cool", "heat_cool", "eco"';
function inHvacModeSetting(v) {
    switch (v) {
        case "off":
        case "heat":
        case "cool":
        case "heat_cool":
        case "eco":
            return true;
        default:
            return false;
    }
}
const LockAccessDeniedReasonCodeValues = '"unknown_code", "expired_code", "blocklisted_code", "too_many_attempts", "blocked_by_privacy_mode", "credential_error"';
function inLockAccessDeniedReasonCode(v) {
    switch (v) {
        case "unknown_code":
        case "expired_code":
        case "blocklisted_code":
        case "too_many_attempts":
        case "blocked_by_privacy_mode":
        case "credential_error":
            return true;
        default:
            return false;
    }
}
const LockMethodValues = '"keycode", "manual", "automatic", "unknown", "seamapi", "remote", "card"';
function inLockMethod(v) {
    switch (v) {
        case "keycode":
        case "manual":
        case "automatic":
        case "unknown":
        case "seamapi":
        case "remote":
        case "card":
            return true;
        default:
            return false;
    }
}
const MotionSubTypeValues = '"human", "vehicle", "package", "other"';
function inMotionSubType(v) {
    switch (v) {
        case "human":
        case "vehicle":
        case "package":
        case "other":
            return true;
        default:
            return false;
    }
}
const ThermostatAdjustmentMethodValues = '"seam", "external"';
function inThermostatAdjustmentMethod(v) {
    switch (v) {
        case "seam":
        case "external":
            return true;
        default:
            return false;
    }
}
function checkValue1(v, a) {
    let e, r;
    if (typeof v !== "string") {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
        if (a)
            return e;
    }
    return e;
}
function checkValue2(v, a) {
    let e, r;
    if (v !== null) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string or null", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue3(v, a) {
    let e, r;
    if (!inAccessCodeMutationCode(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", AccessCodeMutationCodeValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue4(v, a) {
    let e, r;
    if (!(0, validation_runtime_js_1.isObject)(v)) {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "object", v);
        if (a)
            return e;
    }
    return e;
}
function checkValue5(v, a) {
    let e, r;
    if (!inLockAccessDeniedReasonCode(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", LockAccessDeniedReasonCodeValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue6(v, a) {
    let e, r;
    if (typeof v !== "string") {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
        if (a)
            return e;
    }
    else if (!(0, validation_runtime_js_1.isDateTime)(v)) {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "format", "date-time", v);
        if (a)
            return e;
    }
    return e;
}
function checkValue7(v, a) {
    let e, r;
    if (v !== "access_code.backup_access_code_pulled") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.backup_access_code_pulled", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue8(v, a) {
    let e, r;
    if (typeof v !== "string") {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
        if (a)
            return e;
    }
    else if (!(0, validation_runtime_js_1.isUuid)(v)) {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "format", "uuid", v);
        if (a)
            return e;
    }
    return e;
}
function checkRecord1(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        for (k in o) {
            if (!(0, validation_runtime_js_1.own)(o, k))
                continue;
            v = o[k];
            if (!(typeof v === "string" || typeof v === "boolean")) {
                e = (0, validation_runtime_js_1.fail)(e, k, "type", "string or boolean", v);
                if (a)
                    return e;
            }
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkValue9(v, a) {
    let e, r;
    if ((r = checkRecord1(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue10(v, a) {
    let e, r;
    if (v !== "access_code.changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkArray2(o, a) {
    if (!Array.isArray(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "array", o);
    let e, r, v, k;
    try {
        for (k = 0; k < o.length; k++) {
            v = o[k];
            if ((r = checkAccessCodeChangedProperty(v, a)) !== undefined) {
                e = (0, validation_runtime_js_1.nest)(e, k, r);
                if (a)
                    return e;
            }
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkValue11(v, a) {
    let e, r;
    if ((r = checkArray2(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue12(v, a) {
    let e, r;
    if (v !== "access_code.code_changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.code_changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue13(v, a) {
    let e, r;
    if ((r = checkAccessCodePinValue(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue14(v, a) {
    let e, r;
    if (v !== "access_code.created") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.created", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue15(v, a) {
    let e, r;
    if (v !== "access_code.delay_in_removing_from_device") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.delay_in_removing_from_device", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkArray3(o, a) {
    if (!Array.isArray(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "array", o);
    let e, r, v, k;
    try {
        for (k = 0; k < o.length; k++) {
            v = o[k];
            if ((r = checkResourceError(v, a)) !== undefined) {
                e = (0, validation_runtime_js_1.nest)(e, k, r);
                if (a)
                    return e;
            }
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkValue16(v, a) {
    let e, r;
    if ((r = checkArray3(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkArray4(o, a) {
    if (!Array.isArray(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "array", o);
    let e, r, v, k;
    try {
        for (k = 0; k < o.length; k++) {
            v = o[k];
            if ((r = checkResourceWarning(v, a)) !== undefined) {
                e = (0, validation_runtime_js_1.nest)(e, k, r);
                if (a)
                    return e;
            }
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkValue17(v, a) {
    let e, r;
    if ((r = checkArray4(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue18(v, a) {
    let e, r;
    if (v !== "access_code.delay_in_setting_on_device") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.delay_in_setting_on_device", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue19(v, a) {
    let e, r;
    if (v !== "access_code.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue20(v, a) {
    let e, r;
    if (v !== "access_code.deleted_external_to_seam") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.deleted_external_to_seam", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue21(v, a) {
    let e, r;
    if (v !== "access_code.failed_to_remove_from_device") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.failed_to_remove_from_device", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue22(v, a) {
    let e, r;
    if (v !== "access_code.failed_to_set_on_device") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.failed_to_set_on_device", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue23(v, a) {
    let e, r;
    if (v !== "access_code.modified_external_to_seam") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.modified_external_to_seam", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue24(v, a) {
    let e, r;
    if (v !== "access_code.mutations_requested") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.mutations_requested", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkArray5(o, a) {
    if (!Array.isArray(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "array", o);
    let e, r, v, k;
    try {
        for (k = 0; k < o.length; k++) {
            v = o[k];
            if ((r = checkAccessCodeRequestedMutation(v, a)) !== undefined) {
                e = (0, validation_runtime_js_1.nest)(e, k, r);
                if (a)
                    return e;
            }
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkValue25(v, a) {
    let e, r;
    if ((r = checkArray5(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue26(v, a) {
    let e, r;
    if (v !== "access_code.name_changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.name_changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue27(v, a) {
    let e, r;
    if ((r = checkAccessCodeNameValue(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue28(v, a) {
    let e, r;
    if (v !== "access_code.removed_from_device") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.removed_from_device", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue29(v, a) {
    let e, r;
    if (v !== "access_code.scheduled_on_device") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.scheduled_on_device", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue30(v, a) {
    let e, r;
    if (v !== "access_code.set_on_device") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.set_on_device", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue31(v, a) {
    let e, r;
    if (v !== "access_code.time_frame_changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.time_frame_changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue32(v, a) {
    let e, r;
    if ((r = checkAccessCodeTimeFrame(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue33(v, a) {
    let e, r;
    if (v !== "access_code.unmanaged.converted_to_managed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.unmanaged.converted_to_managed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue34(v, a) {
    let e, r;
    if (v !== "access_code.unmanaged.created") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.unmanaged.created", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue35(v, a) {
    let e, r;
    if (v !== "access_code.unmanaged.failed_to_convert_to_managed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.unmanaged.failed_to_convert_to_managed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue36(v, a) {
    let e, r;
    if (v !== "access_code.unmanaged.removed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_code.unmanaged.removed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue37(v, a) {
    let e, r;
    if (v !== "access_grant.access_granted_to_all_doors") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_grant.access_granted_to_all_doors", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue38(v, a) {
    let e, r;
    if (v !== "access_grant.access_granted_to_door") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_grant.access_granted_to_door", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue39(v, a) {
    let e, r;
    if (v !== "access_grant.access_times_changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_grant.access_times_changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue40(v, a) {
    let e, r;
    if (v !== "access_grant.access_to_door_lost") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_grant.access_to_door_lost", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue41(v, a) {
    let e, r;
    if (v !== "access_grant.could_not_create_requested_access_methods") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_grant.could_not_create_requested_access_methods", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkArray6(o, a) {
    if (!Array.isArray(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "array", o);
    let e, r, v, k;
    try {
        for (k = 0; k < o.length; k++) {
            v = o[k];
            if (typeof v !== "string") {
                e = (0, validation_runtime_js_1.fail)(e, k, "type", "string", v);
                if (a)
                    return e;
            }
            else if (!(0, validation_runtime_js_1.isUuid)(v)) {
                e = (0, validation_runtime_js_1.fail)(e, k, "format", "uuid", v);
                if (a)
                    return e;
            }
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkValue42(v, a) {
    let e, r;
    if ((r = checkArray6(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue43(v, a) {
    let e, r;
    if (v !== "access_grant.created") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_grant.created", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue44(v, a) {
    let e, r;
    if (v !== "access_grant.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_grant.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue45(v, a) {
    let e, r;
    if (v !== "access_method.card_encoding_required") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_method.card_encoding_required", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkArray7(o, a) {
    if (!Array.isArray(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "array", o);
    let e, r, v, k;
    try {
        for (k = 0; k < o.length; k++) {
            v = o[k];
            if (typeof v !== "string") {
                e = (0, validation_runtime_js_1.fail)(e, k, "type", "string", v);
                if (a)
                    return e;
            }
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkValue46(v, a) {
    let e, r;
    if ((r = checkArray7(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue47(v, a) {
    let e, r;
    if (v !== "access_method.created") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_method.created", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue48(v, a) {
    let e, r;
    if (v !== "access_method.delay_in_issuing") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_method.delay_in_issuing", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue49(v, a) {
    let e, r;
    if (v !== "access_method.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_method.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue50(v, a) {
    let e, r;
    if (v !== "access_method.failed_to_issue") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_method.failed_to_issue", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue51(v, a) {
    let e, r;
    if (v !== "access_method.issued") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_method.issued", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue52(v, a) {
    let e, r;
    if (typeof v !== "boolean") {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "boolean", v);
        if (a)
            return e;
    }
    return e;
}
function checkValue53(v, a) {
    let e, r;
    if (v !== "access_method.reissued") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_method.reissued", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue54(v, a) {
    let e, r;
    if (v !== "access_method.revoked") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "access_method.revoked", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue55(v, a) {
    let e, r;
    if (v !== "acs_access_group.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_access_group.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue56(v, a) {
    let e, r;
    if (v !== "acs_credential.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_credential.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue57(v, a) {
    let e, r;
    if (v !== "acs_credential.invalidated") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_credential.invalidated", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue58(v, a) {
    let e, r;
    if (v !== "acs_credential.issued") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_credential.issued", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue59(v, a) {
    let e, r;
    if (v !== "acs_credential.reissued") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_credential.reissued", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue60(v, a) {
    let e, r;
    if (v !== "acs_encoder.added") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_encoder.added", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue61(v, a) {
    let e, r;
    if (v !== "acs_encoder.removed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_encoder.removed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue62(v, a) {
    let e, r;
    if (v !== "acs_entrance.added") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_entrance.added", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue63(v, a) {
    let e, r;
    if (v !== "acs_entrance.removed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_entrance.removed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue64(v, a) {
    let e, r;
    if (v !== "acs_system.added") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_system.added", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue65(v, a) {
    let e, r;
    if (v !== "acs_system.connected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_system.connected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue66(v, a) {
    let e, r;
    if (v !== "acs_system.disconnected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_system.disconnected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue67(v, a) {
    let e, r;
    if (v !== "acs_user.created") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_user.created", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue68(v, a) {
    let e, r;
    if (v !== "acs_user.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "acs_user.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue69(v, a) {
    let e, r;
    if (v !== "action_attempt.lock_door.failed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "action_attempt.lock_door.failed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue70(v, a) {
    let e, r;
    if (v !== "action_attempt.lock_door.succeeded") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "action_attempt.lock_door.succeeded", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue71(v, a) {
    let e, r;
    if (v !== "action_attempt.simulate_keypad_code_entry.failed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "action_attempt.simulate_keypad_code_entry.failed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue72(v, a) {
    let e, r;
    if (v !== "action_attempt.simulate_keypad_code_entry.succeeded") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "action_attempt.simulate_keypad_code_entry.succeeded", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue73(v, a) {
    let e, r;
    if (v !== "action_attempt.simulate_manual_lock_via_keypad.failed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "action_attempt.simulate_manual_lock_via_keypad.failed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue74(v, a) {
    let e, r;
    if (v !== "action_attempt.simulate_manual_lock_via_keypad.succeeded") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "action_attempt.simulate_manual_lock_via_keypad.succeeded", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue75(v, a) {
    let e, r;
    if (v !== "action_attempt.unlock_door.failed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "action_attempt.unlock_door.failed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue76(v, a) {
    let e, r;
    if (v !== "action_attempt.unlock_door.succeeded") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "action_attempt.unlock_door.succeeded", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue77(v, a) {
    let e, r;
    if (v !== "camera.activated") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "camera.activated", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue78(v, a) {
    let e, r;
    if (typeof v !== "string") {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
        if (a)
            return e;
    }
    else if (!(0, validation_runtime_js_1.isUri)(v)) {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "format", "uri", v);
        if (a)
            return e;
    }
    return e;
}
function checkValue79(v, a) {
    let e, r;
    if (!inCameraActivationReason(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", CameraActivationReasonValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue80(v, a) {
    let e, r;
    if (!inMotionSubType(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", MotionSubTypeValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue81(v, a) {
    let e, r;
    if (v !== "client_session.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "client_session.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue82(v, a) {
    let e, r;
    if (v !== "connect_webview.login_failed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connect_webview.login_failed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue83(v, a) {
    let e, r;
    if (v !== "connect_webview.login_succeeded") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connect_webview.login_succeeded", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue84(v, a) {
    let e, r;
    if (v !== "connected_account.completed_first_sync") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connected_account.completed_first_sync", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue85(v, a) {
    let e, r;
    if (v !== "connected_account.completed_first_sync_after_reconnection") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connected_account.completed_first_sync_after_reconnection", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue86(v, a) {
    let e, r;
    if (v !== "connected_account.connected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connected_account.connected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue87(v, a) {
    let e, r;
    if (v !== "connected_account.created") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connected_account.created", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue88(v, a) {
    let e, r;
    if (v !== "connected_account.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connected_account.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue89(v, a) {
    let e, r;
    if (v !== "connected_account.disconnected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connected_account.disconnected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue90(v, a) {
    let e, r;
    if (v !== "connected_account.reauthorization_requested") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connected_account.reauthorization_requested", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue91(v, a) {
    let e, r;
    if (v !== "connected_account.successful_login") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "connected_account.successful_login", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue92(v, a) {
    let e, r;
    if (v !== "device.accessory_keypad_connected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.accessory_keypad_connected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue93(v, a) {
    let e, r;
    if (v !== "device.accessory_keypad_disconnected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.accessory_keypad_disconnected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue94(v, a) {
    let e, r;
    if (v !== "device.added") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.added", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue95(v, a) {
    let e, r;
    if (v !== "device.battery_status_changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.battery_status_changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue96(v, a) {
    let e, r;
    if (!(0, validation_runtime_js_1.isNumber)(v)) {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "number", v);
        if (a)
            return e;
    }
    else if (v < 0 || v > 1) {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "range", ">= 0 and <= 1", v);
        if (a)
            return e;
    }
    return e;
}
function checkValue97(v, a) {
    let e, r;
    if (!inBatteryStatus(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", BatteryStatusValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue98(v, a) {
    let e, r;
    if (v !== "device.connected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.connected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue99(v, a) {
    let e, r;
    if (v !== "device.connection_became_flaky") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.connection_became_flaky", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue100(v, a) {
    let e, r;
    if (v !== "device.connection_stabilized") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.connection_stabilized", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue101(v, a) {
    let e, r;
    if (v !== "device.converted_to_unmanaged") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.converted_to_unmanaged", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue102(v, a) {
    let e, r;
    if (v !== "device.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue103(v, a) {
    let e, r;
    if (v !== "device.disconnected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.disconnected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue104(v, a) {
    let e, r;
    if (!inDeviceDisconnectionErrorCode(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", DeviceDisconnectionErrorCodeValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue105(v, a) {
    let e, r;
    if (v !== "device.doorbell_rang") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.doorbell_rang", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue106(v, a) {
    let e, r;
    if (v !== "device.error.subscription_required") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.error.subscription_required", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue107(v, a) {
    let e, r;
    if (v !== "device.error.subscription_required.resolved") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.error.subscription_required.resolved", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue108(v, a) {
    let e, r;
    if (v !== "device.low_battery") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.low_battery", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue109(v, a) {
    let e, r;
    if (v !== "device.name_changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.name_changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue110(v, a) {
    let e, r;
    if (v !== "device.removed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.removed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue111(v, a) {
    let e, r;
    if (v !== "device.salto.privacy_mode_activated") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.salto.privacy_mode_activated", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue112(v, a) {
    let e, r;
    if (v !== "device.salto.privacy_mode_deactivated") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.salto.privacy_mode_deactivated", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue113(v, a) {
    let e, r;
    if (v !== "device.tampered") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.tampered", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue114(v, a) {
    let e, r;
    if (v !== "device.third_party_integration_detected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.third_party_integration_detected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue115(v, a) {
    let e, r;
    if (v !== "device.third_party_integration_no_longer_detected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.third_party_integration_no_longer_detected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue116(v, a) {
    let e, r;
    if (v !== "device.unmanaged.connected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.unmanaged.connected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue117(v, a) {
    let e, r;
    if (v !== "device.unmanaged.converted_to_managed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.unmanaged.converted_to_managed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue118(v, a) {
    let e, r;
    if (v !== "device.unmanaged.disconnected") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "device.unmanaged.disconnected", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue119(v, a) {
    let e, r;
    if (v !== "enrollment_automation.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "enrollment_automation.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue120(v, a) {
    let e, r;
    if (v !== "lock.access_denied") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "lock.access_denied", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue121(v, a) {
    let e, r;
    if ((r = checkLockAccessDeniedReason(v, a)) !== undefined) {
        e = r;
        if (a)
            return e;
    }
    return e;
}
function checkValue122(v, a) {
    let e, r;
    if (v !== "lock.locked") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "lock.locked", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue123(v, a) {
    let e, r;
    if (!inLockMethod(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", LockMethodValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue124(v, a) {
    let e, r;
    if (v !== "lock.unlocked") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "lock.unlocked", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue125(v, a) {
    let e, r;
    if (v !== "noise_sensor.noise_threshold_triggered") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "noise_sensor.noise_threshold_triggered", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue126(v, a) {
    let e, r;
    if (!(0, validation_runtime_js_1.isNumber)(v)) {
        e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "number", v);
        if (a)
            return e;
    }
    return e;
}
function checkValue127(v, a) {
    let e, r;
    if (v !== "phone.deactivated") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "phone.deactivated", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue128(v, a) {
    let e, r;
    if (v !== "space.created") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "space.created", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue129(v, a) {
    let e, r;
    if (v !== "space.deleted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "space.deleted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue130(v, a) {
    let e, r;
    if (v !== "space.device_membership_changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "space.device_membership_changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue131(v, a) {
    let e, r;
    if (v !== "thermostat.climate_preset_activated") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "thermostat.climate_preset_activated", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue132(v, a) {
    let e, r;
    if (v !== null) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string or null", v);
            if (a)
                return e;
        }
        else if (!(0, validation_runtime_js_1.isUuid)(v)) {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "format", "uuid", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue133(v, a) {
    let e, r;
    if (v !== "thermostat.manually_adjusted") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "thermostat.manually_adjusted", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue134(v, a) {
    let e, r;
    if (!inThermostatAdjustmentMethod(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", ThermostatAdjustmentMethodValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue135(v, a) {
    let e, r;
    if (!inHvacModeSetting(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", HvacModeSettingValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue136(v, a) {
    let e, r;
    if (!inFanModeSetting(v)) {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "enum", FanModeSettingValues, v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue137(v, a) {
    let e, r;
    if (v !== "thermostat.temperature_changed") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "thermostat.temperature_changed", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue138(v, a) {
    let e, r;
    if (v !== "thermostat.temperature_reached_set_point") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "thermostat.temperature_reached_set_point", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue139(v, a) {
    let e, r;
    if (v !== "thermostat.temperature_threshold_exceeded") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "thermostat.temperature_threshold_exceeded", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue140(v, a) {
    let e, r;
    if (v !== null) {
        if (!(0, validation_runtime_js_1.isNumber)(v)) {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "number or null", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkValue141(v, a) {
    let e, r;
    if (v !== "thermostat.temperature_threshold_no_longer_exceeded") {
        if (typeof v !== "string") {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "type", "string", v);
            if (a)
                return e;
        }
        else {
            e = (0, validation_runtime_js_1.fail)(e, undefined, "const", "thermostat.temperature_threshold_no_longer_exceeded", v);
            if (a)
                return e;
        }
    }
    return e;
}
function checkAccessCodeChangedProperty(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "property")) ? o.property : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "from")) ? o.from : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue2(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "to")) ? o.to : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue2(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeNameValue(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "name")) ? o.name : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue2(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodePinValue(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "code")) ? o.code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue2(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeRequestedMutation(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "mutation_code")) ? o.mutation_code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue3(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "from")) ? o.from : undefined;
        if (v !== undefined && (r = checkValue4(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "to")) ? o.to : undefined;
        if (v !== undefined && (r = checkValue4(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeTimeFrame(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "starts_at")) ? o.starts_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue2(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "ends_at")) ? o.ends_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue2(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkLockAccessDeniedReason(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "reason_code")) ? o.reason_code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue5(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "message")) ? o.message : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkResourceError(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "error_code")) ? o.error_code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "message")) ? o.message : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkResourceWarning(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "warning_code")) ? o.warning_code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "message")) ? o.message : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeBackupAccessCodePulledEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue7(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "backup_access_code_id")) ? o.backup_access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue10(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "change_reason")) ? o.change_reason : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "changed_properties")) ? o.changed_properties : undefined;
        if (v !== undefined && (r = checkValue11(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeCodeChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue12(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "description")) ? o.description : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "from")) ? o.from : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue13(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "to")) ? o.to : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue13(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeCreatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue14(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeDelayInRemovingFromDeviceEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue15(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeDelayInSettingOnDeviceEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue18(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue19(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "code")) ? o.code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue2(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeDeletedExternalToSeamEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue20(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeFailedToRemoveFromDeviceEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue21(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeFailedToSetOnDeviceEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue22(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeModifiedExternalToSeamEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue23(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeMutationsRequestedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue24(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "requested_mutations")) ? o.requested_mutations : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue25(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeNameChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue26(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "description")) ? o.description : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "from")) ? o.from : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue27(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "to")) ? o.to : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue27(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeRemovedFromDeviceEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue28(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeScheduledOnDeviceEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue29(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "code")) ? o.code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeSetOnDeviceEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue30(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "code")) ? o.code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeTimeFrameChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue31(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "description")) ? o.description : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "from")) ? o.from : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue32(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "to")) ? o.to : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue32(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeUnmanagedConvertedToManagedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue33(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeUnmanagedCreatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue34(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeUnmanagedFailedToConvertToManagedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue35(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessCodeUnmanagedRemovedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue36(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessGrantAccessGrantedToAllDoorsEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue37(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessGrantAccessGrantedToDoorEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue38(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessGrantAccessTimesChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue39(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_key")) ? o.access_grant_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "starts_at")) ? o.starts_at : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "ends_at")) ? o.ends_at : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessGrantAccessToDoorLostEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue40(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue41(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "error_message")) ? o.error_message : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "missing_device_ids")) ? o.missing_device_ids : undefined;
        if (v !== undefined && (r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessGrantCreatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue43(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessGrantDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue44(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessMethodCardEncodingRequiredEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue45(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_method_id")) ? o.access_method_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
        if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessMethodCreatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue47(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_method_id")) ? o.access_method_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
        if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessMethodDelayInIssuingEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue48(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_method_id")) ? o.access_method_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
        if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessMethodDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue49(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_method_id")) ? o.access_method_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
        if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessMethodFailedToIssueEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue50(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_method_id")) ? o.access_method_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
        if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessMethodIssuedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue51(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_method_id")) ? o.access_method_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
        if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "code")) ? o.code : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "is_backup_code")) ? o.is_backup_code : undefined;
        if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessMethodReissuedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue53(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_method_id")) ? o.access_method_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
        if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "code")) ? o.code : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "is_backup_code")) ? o.is_backup_code : undefined;
        if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAccessMethodRevokedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue54(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_method_id")) ? o.access_method_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
        if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsAccessGroupDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue55(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_access_group_id")) ? o.acs_access_group_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsCredentialDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue56(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsCredentialInvalidatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue57(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsCredentialIssuedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue58(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsCredentialReissuedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue59(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsEncoderAddedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue60(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_encoder_id")) ? o.acs_encoder_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsEncoderRemovedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue61(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_encoder_id")) ? o.acs_encoder_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsEntranceAddedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue62(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsEntranceRemovedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue63(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsSystemAddedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue64(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsSystemConnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue65(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsSystemDisconnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue66(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_errors")) ? o.acs_system_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_warnings")) ? o.acs_system_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsUserCreatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue67(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkAcsUserDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue68(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkActionAttemptLockDoorFailedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue69(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_type")) ? o.action_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "status")) ? o.status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkActionAttemptLockDoorSucceededEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue70(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_type")) ? o.action_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "status")) ? o.status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkActionAttemptSimulateKeypadCodeEntryFailedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue71(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_type")) ? o.action_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "status")) ? o.status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkActionAttemptSimulateKeypadCodeEntrySucceededEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue72(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_type")) ? o.action_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "status")) ? o.status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkActionAttemptSimulateManualLockViaKeypadFailedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue73(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_type")) ? o.action_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "status")) ? o.status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkActionAttemptSimulateManualLockViaKeypadSucceededEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue74(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_type")) ? o.action_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "status")) ? o.status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkActionAttemptUnlockDoorFailedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue75(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_type")) ? o.action_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "status")) ? o.status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkActionAttemptUnlockDoorSucceededEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue76(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_type")) ? o.action_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "status")) ? o.status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkCameraActivatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue77(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "image_url")) ? o.image_url : undefined;
        if (v !== undefined && (r = checkValue78(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "video_url")) ? o.video_url : undefined;
        if (v !== undefined && (r = checkValue78(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "activation_reason")) ? o.activation_reason : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue79(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "motion_sub_type")) ? o.motion_sub_type : undefined;
        if (v !== undefined && (r = checkValue80(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkClientSessionDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue81(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "client_session_id")) ? o.client_session_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectWebviewLoginFailedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue82(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectWebviewLoginSucceededEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue83(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectedAccountCompletedFirstSyncEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue84(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue85(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectedAccountConnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue86(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectedAccountCreatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue87(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectedAccountDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue88(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_type")) ? o.connected_account_type : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectedAccountDisconnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue89(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectedAccountReauthorizationRequestedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue90(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkConnectedAccountSuccessfulLoginEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue91(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceAccessoryKeypadConnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue92(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceAccessoryKeypadDisconnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue93(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceAddedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue94(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceBatteryStatusChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue95(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "battery_level")) ? o.battery_level : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue96(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "battery_status")) ? o.battery_status : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue97(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceConnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue98(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceConnectionBecameFlakyEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue99(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceConnectionStabilizedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue100(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceConvertedToUnmanagedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue101(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue102(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_name")) ? o.device_name : undefined;
        if (v !== undefined && (r = checkValue2(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceDisconnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue103(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "error_code")) ? o.error_code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue104(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceDoorbellRangEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue105(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "image_url")) ? o.image_url : undefined;
        if (v !== undefined && (r = checkValue78(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "video_url")) ? o.video_url : undefined;
        if (v !== undefined && (r = checkValue78(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceErrorSubscriptionRequiredEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue106(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceErrorSubscriptionRequiredResolvedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue107(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceLowBatteryEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue108(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "battery_level")) ? o.battery_level : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue96(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceNameChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue109(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_name")) ? o.device_name : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceRemovedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue110(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceSaltoPrivacyModeActivatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue111(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceSaltoPrivacyModeDeactivatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue112(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceTamperedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue113(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceThirdPartyIntegrationDetectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue114(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceThirdPartyIntegrationNoLongerDetectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue115(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceUnmanagedConnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue116(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceUnmanagedConvertedToManagedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue117(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkDeviceUnmanagedDisconnectedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue118(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_errors")) ? o.device_errors : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue16(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_warnings")) ? o.device_warnings : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue17(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "error_code")) ? o.error_code : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue104(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkEnrollmentAutomationDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue119(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "enrollment_automation_id")) ? o.enrollment_automation_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkLockAccessDeniedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue120(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "user_identity_id")) ? o.user_identity_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "reason")) ? o.reason : undefined;
        if (v !== undefined && (r = checkValue121(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkLockLockedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue122(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "user_identity_id")) ? o.user_identity_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "method")) ? o.method : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue123(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "code")) ? o.code : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_is_managed")) ? o.access_code_is_managed : undefined;
        if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "is_via_bluetooth")) ? o.is_via_bluetooth : undefined;
        if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "is_via_nfc")) ? o.is_via_nfc : undefined;
        if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkLockUnlockedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue124(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_id")) ? o.access_code_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "user_identity_id")) ? o.user_identity_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "method")) ? o.method : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue123(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "code")) ? o.code : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "access_code_is_managed")) ? o.access_code_is_managed : undefined;
        if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "is_via_bluetooth")) ? o.is_via_bluetooth : undefined;
        if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "is_via_nfc")) ? o.is_via_nfc : undefined;
        if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkNoiseSensorNoiseThresholdTriggeredEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue125(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "noise_threshold_id")) ? o.noise_threshold_id : undefined;
        if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "noise_threshold_name")) ? o.noise_threshold_name : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "noise_level_decibels")) ? o.noise_level_decibels : undefined;
        if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "noise_level_nrs")) ? o.noise_level_nrs : undefined;
        if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "minut_metadata")) ? o.minut_metadata : undefined;
        if (v !== undefined && (r = checkValue4(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "noiseaware_metadata")) ? o.noiseaware_metadata : undefined;
        if (v !== undefined && (r = checkValue4(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkPhoneDeactivatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue127(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkSpaceCreatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue128(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "space_id")) ? o.space_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "space_key")) ? o.space_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_ids")) ? o.device_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_ids")) ? o.acs_entrance_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkSpaceDeletedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue129(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "space_id")) ? o.space_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "space_key")) ? o.space_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_ids")) ? o.device_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_ids")) ? o.acs_entrance_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkSpaceDeviceMembershipChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue130(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "space_id")) ? o.space_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "space_key")) ? o.space_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_ids")) ? o.device_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "acs_entrance_ids")) ? o.acs_entrance_ids : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue42(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkThermostatClimatePresetActivatedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue131(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "climate_preset_key")) ? o.climate_preset_key : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "thermostat_schedule_id")) ? o.thermostat_schedule_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue132(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "is_fallback_climate_preset")) ? o.is_fallback_climate_preset : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue52(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkThermostatManuallyAdjustedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue133(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "method")) ? o.method : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue134(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "hvac_mode_setting")) ? o.hvac_mode_setting : undefined;
        if (v !== undefined && (r = checkValue135(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "fan_mode_setting")) ? o.fan_mode_setting : undefined;
        if (v !== undefined && (r = checkValue136(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "heating_set_point_celsius")) ? o.heating_set_point_celsius : undefined;
        if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "heating_set_point_fahrenheit")) ? o.heating_set_point_fahrenheit : undefined;
        if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "cooling_set_point_celsius")) ? o.cooling_set_point_celsius : undefined;
        if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "cooling_set_point_fahrenheit")) ? o.cooling_set_point_fahrenheit : undefined;
        if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkThermostatTemperatureChangedEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue137(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkThermostatTemperatureReachedSetPointEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue138(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "desired_temperature_celsius")) ? o.desired_temperature_celsius : undefined;
        if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "desired_temperature_fahrenheit"))
            ? o.desired_temperature_fahrenheit
            : undefined;
        if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkThermostatTemperatureThresholdExceededEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue139(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "lower_limit_celsius")) ? o.lower_limit_celsius : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue140(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "lower_limit_fahrenheit")) ? o.lower_limit_fahrenheit : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue140(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "upper_limit_celsius")) ? o.upper_limit_celsius : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue140(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "upper_limit_fahrenheit")) ? o.upper_limit_fahrenheit : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue140(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
function checkThermostatTemperatureThresholdNoLongerExceededEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let e, r, v, k;
    try {
        v = (0, validation_runtime_js_1.own)(o, (k = "event_type")) ? o.event_type : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue141(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_id")) ? o.event_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "workspace_id")) ? o.workspace_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "created_at")) ? o.created_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "occurred_at")) ? o.occurred_at : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue6(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "event_description")) ? o.event_description : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "connected_account_custom_metadata"))
            ? o.connected_account_custom_metadata
            : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "customer_key")) ? o.customer_key : undefined;
        if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_id")) ? o.device_id : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue8(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
        if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue126(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "lower_limit_celsius")) ? o.lower_limit_celsius : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue140(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "lower_limit_fahrenheit")) ? o.lower_limit_fahrenheit : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue140(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "upper_limit_celsius")) ? o.upper_limit_celsius : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue140(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
        v = (0, validation_runtime_js_1.own)(o, (k = "upper_limit_fahrenheit")) ? o.upper_limit_fahrenheit : undefined;
        if (v === undefined) {
            e = (0, validation_runtime_js_1.missing)(e, k);
            if (a)
                return e;
        }
        else if ((r = checkValue140(v, a)) !== undefined) {
            e = (0, validation_runtime_js_1.nest)(e, k, r);
            if (a)
                return e;
        }
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(e, k, x);
    }
    return e;
}
/** Constant-time dispatch on event_type: one map lookup, never a trial of each event. */
const checkSeamEventByType = new Map([
    ["access_code.backup_access_code_pulled", checkAccessCodeBackupAccessCodePulledEvent],
    ["access_code.changed", checkAccessCodeChangedEvent],
    ["access_code.code_changed", checkAccessCodeCodeChangedEvent],
    ["access_code.created", checkAccessCodeCreatedEvent],
    ["access_code.delay_in_removing_from_device", checkAccessCodeDelayInRemovingFromDeviceEvent],
    ["access_code.delay_in_setting_on_device", checkAccessCodeDelayInSettingOnDeviceEvent],
    ["access_code.deleted", checkAccessCodeDeletedEvent],
    ["access_code.deleted_external_to_seam", checkAccessCodeDeletedExternalToSeamEvent],
    ["access_code.failed_to_remove_from_device", checkAccessCodeFailedToRemoveFromDeviceEvent],
    ["access_code.failed_to_set_on_device", checkAccessCodeFailedToSetOnDeviceEvent],
    ["access_code.modified_external_to_seam", checkAccessCodeModifiedExternalToSeamEvent],
    ["access_code.mutations_requested", checkAccessCodeMutationsRequestedEvent],
    ["access_code.name_changed", checkAccessCodeNameChangedEvent],
    ["access_code.removed_from_device", checkAccessCodeRemovedFromDeviceEvent],
    ["access_code.scheduled_on_device", checkAccessCodeScheduledOnDeviceEvent],
    ["access_code.set_on_device", checkAccessCodeSetOnDeviceEvent],
    ["access_code.time_frame_changed", checkAccessCodeTimeFrameChangedEvent],
    ["access_code.unmanaged.converted_to_managed", checkAccessCodeUnmanagedConvertedToManagedEvent],
    ["access_code.unmanaged.created", checkAccessCodeUnmanagedCreatedEvent],
    [
        "access_code.unmanaged.failed_to_convert_to_managed",
        checkAccessCodeUnmanagedFailedToConvertToManagedEvent,
    ],
    ["access_code.unmanaged.removed", checkAccessCodeUnmanagedRemovedEvent],
    ["access_grant.access_granted_to_all_doors", checkAccessGrantAccessGrantedToAllDoorsEvent],
    ["access_grant.access_granted_to_door", checkAccessGrantAccessGrantedToDoorEvent],
    ["access_grant.access_times_changed", checkAccessGrantAccessTimesChangedEvent],
    ["access_grant.access_to_door_lost", checkAccessGrantAccessToDoorLostEvent],
    [
        "access_grant.could_not_create_requested_access_methods",
        checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
    ],
    ["access_grant.created", checkAccessGrantCreatedEvent],
    ["access_grant.deleted", checkAccessGrantDeletedEvent],
    ["access_method.card_encoding_required", checkAccessMethodCardEncodingRequiredEvent],
    ["access_method.created", checkAccessMethodCreatedEvent],
    ["access_method.delay_in_issuing", checkAccessMethodDelayInIssuingEvent],
    ["access_method.deleted", checkAccessMethodDeletedEvent],
    ["access_method.failed_to_issue", checkAccessMethodFailedToIssueEvent],
    ["access_method.issued", checkAccessMethodIssuedEvent],
    ["access_method.reissued", checkAccessMethodReissuedEvent],
    ["access_method.revoked", checkAccessMethodRevokedEvent],
    ["acs_access_group.deleted", checkAcsAccessGroupDeletedEvent],
    ["acs_credential.deleted", checkAcsCredentialDeletedEvent],
    ["acs_credential.invalidated", checkAcsCredentialInvalidatedEvent],
    ["acs_credential.issued", checkAcsCredentialIssuedEvent],
    ["acs_credential.reissued", checkAcsCredentialReissuedEvent],
    ["acs_encoder.added", checkAcsEncoderAddedEvent],
    ["acs_encoder.removed", checkAcsEncoderRemovedEvent],
    ["acs_entrance.added", checkAcsEntranceAddedEvent],
    ["acs_entrance.removed", checkAcsEntranceRemovedEvent],
    ["acs_system.added", checkAcsSystemAddedEvent],
    ["acs_system.connected", checkAcsSystemConnectedEvent],
    ["acs_system.disconnected", checkAcsSystemDisconnectedEvent],
    ["acs_user.created", checkAcsUserCreatedEvent],
    ["acs_user.deleted", checkAcsUserDeletedEvent],
    ["action_attempt.lock_door.failed", checkActionAttemptLockDoorFailedEvent],
    ["action_attempt.lock_door.succeeded", checkActionAttemptLockDoorSucceededEvent],
    [
        "action_attempt.simulate_keypad_code_entry.failed",
        checkActionAttemptSimulateKeypadCodeEntryFailedEvent,
    ],
    [
        "action_attempt.simulate_keypad_code_entry.succeeded",
        checkActionAttemptSimulateKeypadCodeEntrySucceededEvent,
    ],
    [
        "action_attempt.simulate_manual_lock_via_keypad.failed",
        checkActionAttemptSimulateManualLockViaKeypadFailedEvent,
    ],
    [
        "action_attempt.simulate_manual_lock_via_keypad.succeeded",
        checkActionAttemptSimulateManualLockViaKeypadSucceededEvent,
    ],
    ["action_attempt.unlock_door.failed", checkActionAttemptUnlockDoorFailedEvent],
    ["action_attempt.unlock_door.succeeded", checkActionAttemptUnlockDoorSucceededEvent],
    ["camera.activated", checkCameraActivatedEvent],
    ["client_session.deleted", checkClientSessionDeletedEvent],
    ["connect_webview.login_failed", checkConnectWebviewLoginFailedEvent],
    ["connect_webview.login_succeeded", checkConnectWebviewLoginSucceededEvent],
    ["connected_account.completed_first_sync", checkConnectedAccountCompletedFirstSyncEvent],
    [
        "connected_account.completed_first_sync_after_reconnection",
        checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
    ],
    ["connected_account.connected", checkConnectedAccountConnectedEvent],
    ["connected_account.created", checkConnectedAccountCreatedEvent],
    ["connected_account.deleted", checkConnectedAccountDeletedEvent],
    ["connected_account.disconnected", checkConnectedAccountDisconnectedEvent],
    [
        "connected_account.reauthorization_requested",
        checkConnectedAccountReauthorizationRequestedEvent,
    ],
    ["connected_account.successful_login", checkConnectedAccountSuccessfulLoginEvent],
    ["device.accessory_keypad_connected", checkDeviceAccessoryKeypadConnectedEvent],
    ["device.accessory_keypad_disconnected", checkDeviceAccessoryKeypadDisconnectedEvent],
    ["device.added", checkDeviceAddedEvent],
    ["device.battery_status_changed", checkDeviceBatteryStatusChangedEvent],
    ["device.connected", checkDeviceConnectedEvent],
    ["device.connection_became_flaky", checkDeviceConnectionBecameFlakyEvent],
    ["device.connection_stabilized", checkDeviceConnectionStabilizedEvent],
    ["device.converted_to_unmanaged", checkDeviceConvertedToUnmanagedEvent],
    ["device.deleted", checkDeviceDeletedEvent],
    ["device.disconnected", checkDeviceDisconnectedEvent],
    ["device.doorbell_rang", checkDeviceDoorbellRangEvent],
    ["device.error.subscription_required", checkDeviceErrorSubscriptionRequiredEvent],
    [
        "device.error.subscription_required.resolved",
        checkDeviceErrorSubscriptionRequiredResolvedEvent,
    ],
    ["device.low_battery", checkDeviceLowBatteryEvent],
    ["device.name_changed", checkDeviceNameChangedEvent],
    ["device.removed", checkDeviceRemovedEvent],
    ["device.salto.privacy_mode_activated", checkDeviceSaltoPrivacyModeActivatedEvent],
    ["device.salto.privacy_mode_deactivated", checkDeviceSaltoPrivacyModeDeactivatedEvent],
    ["device.tampered", checkDeviceTamperedEvent],
    ["device.third_party_integration_detected", checkDeviceThirdPartyIntegrationDetectedEvent],
    [
        "device.third_party_integration_no_longer_detected",
        checkDeviceThirdPartyIntegrationNoLongerDetectedEvent,
    ],
    ["device.unmanaged.connected", checkDeviceUnmanagedConnectedEvent],
    ["device.unmanaged.converted_to_managed", checkDeviceUnmanagedConvertedToManagedEvent],
    ["device.unmanaged.disconnected", checkDeviceUnmanagedDisconnectedEvent],
    ["enrollment_automation.deleted", checkEnrollmentAutomationDeletedEvent],
    ["lock.access_denied", checkLockAccessDeniedEvent],
    ["lock.locked", checkLockLockedEvent],
    ["lock.unlocked", checkLockUnlockedEvent],
    ["noise_sensor.noise_threshold_triggered", checkNoiseSensorNoiseThresholdTriggeredEvent],
    ["phone.deactivated", checkPhoneDeactivatedEvent],
    ["space.created", checkSpaceCreatedEvent],
    ["space.deleted", checkSpaceDeletedEvent],
    ["space.device_membership_changed", checkSpaceDeviceMembershipChangedEvent],
    ["thermostat.climate_preset_activated", checkThermostatClimatePresetActivatedEvent],
    ["thermostat.manually_adjusted", checkThermostatManuallyAdjustedEvent],
    ["thermostat.temperature_changed", checkThermostatTemperatureChangedEvent],
    ["thermostat.temperature_reached_set_point", checkThermostatTemperatureReachedSetPointEvent],
    ["thermostat.temperature_threshold_exceeded", checkThermostatTemperatureThresholdExceededEvent],
    [
        "thermostat.temperature_threshold_no_longer_exceeded",
        checkThermostatTemperatureThresholdNoLongerExceededEvent,
    ],
]);
function checkSeamEvent(o, a) {
    if (!(0, validation_runtime_js_1.isObject)(o))
        return (0, validation_runtime_js_1.fail)(undefined, undefined, "type", "object", o);
    let t;
    try {
        t = (0, validation_runtime_js_1.own)(o, "event_type") ? o["event_type"] : undefined;
    }
    catch (x) {
        return (0, validation_runtime_js_1.threw)(undefined, "event_type", x);
    }
    const check = checkSeamEventByType.get(t);
    if (check !== undefined)
        return check(o, a);
    if (t === undefined)
        return (0, validation_runtime_js_1.missing)(undefined, "event_type");
    if (typeof t !== "string")
        return (0, validation_runtime_js_1.fail)(undefined, "event_type", "type", "string", t);
    return (0, validation_runtime_js_1.fail)(undefined, "event_type", "unknown_event_type", "109", t);
}
/** Validates a `access_code.backup_access_code_pulled` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeBackupAccessCodePulledEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeBackupAccessCodePulledEvent, input, options);
}
/** True when the input is a `access_code.backup_access_code_pulled` event. */
function isAccessCodeBackupAccessCodePulledEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeBackupAccessCodePulledEvent, input);
}
/** Standard Schema v1 object for a `access_code.backup_access_code_pulled` event. */
exports.AccessCodeBackupAccessCodePulledEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeBackupAccessCodePulledEvent, vendor);
/** Validates a `access_code.changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeChangedEvent, input, options);
}
/** True when the input is a `access_code.changed` event. */
function isAccessCodeChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeChangedEvent, input);
}
/** Standard Schema v1 object for a `access_code.changed` event. */
exports.AccessCodeChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeChangedEvent, vendor);
/** Validates a `access_code.code_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeCodeChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeCodeChangedEvent, input, options);
}
/** True when the input is a `access_code.code_changed` event. */
function isAccessCodeCodeChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeCodeChangedEvent, input);
}
/** Standard Schema v1 object for a `access_code.code_changed` event. */
exports.AccessCodeCodeChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeCodeChangedEvent, vendor);
/** Validates a `access_code.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeCreatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeCreatedEvent, input, options);
}
/** True when the input is a `access_code.created` event. */
function isAccessCodeCreatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeCreatedEvent, input);
}
/** Standard Schema v1 object for a `access_code.created` event. */
exports.AccessCodeCreatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeCreatedEvent, vendor);
/** Validates a `access_code.delay_in_removing_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeDelayInRemovingFromDeviceEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeDelayInRemovingFromDeviceEvent, input, options);
}
/** True when the input is a `access_code.delay_in_removing_from_device` event. */
function isAccessCodeDelayInRemovingFromDeviceEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeDelayInRemovingFromDeviceEvent, input);
}
/** Standard Schema v1 object for a `access_code.delay_in_removing_from_device` event. */
exports.AccessCodeDelayInRemovingFromDeviceEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeDelayInRemovingFromDeviceEvent, vendor);
/** Validates a `access_code.delay_in_setting_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeDelayInSettingOnDeviceEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeDelayInSettingOnDeviceEvent, input, options);
}
/** True when the input is a `access_code.delay_in_setting_on_device` event. */
function isAccessCodeDelayInSettingOnDeviceEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeDelayInSettingOnDeviceEvent, input);
}
/** Standard Schema v1 object for a `access_code.delay_in_setting_on_device` event. */
exports.AccessCodeDelayInSettingOnDeviceEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeDelayInSettingOnDeviceEvent, vendor);
/** Validates a `access_code.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeDeletedEvent, input, options);
}
/** True when the input is a `access_code.deleted` event. */
function isAccessCodeDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeDeletedEvent, input);
}
/** Standard Schema v1 object for a `access_code.deleted` event. */
exports.AccessCodeDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeDeletedEvent, vendor);
/** Validates a `access_code.deleted_external_to_seam` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeDeletedExternalToSeamEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeDeletedExternalToSeamEvent, input, options);
}
/** True when the input is a `access_code.deleted_external_to_seam` event. */
function isAccessCodeDeletedExternalToSeamEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeDeletedExternalToSeamEvent, input);
}
/** Standard Schema v1 object for a `access_code.deleted_external_to_seam` event. */
exports.AccessCodeDeletedExternalToSeamEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeDeletedExternalToSeamEvent, vendor);
/** Validates a `access_code.failed_to_remove_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeFailedToRemoveFromDeviceEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeFailedToRemoveFromDeviceEvent, input, options);
}
/** True when the input is a `access_code.failed_to_remove_from_device` event. */
function isAccessCodeFailedToRemoveFromDeviceEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeFailedToRemoveFromDeviceEvent, input);
}
/** Standard Schema v1 object for a `access_code.failed_to_remove_from_device` event. */
exports.AccessCodeFailedToRemoveFromDeviceEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeFailedToRemoveFromDeviceEvent, vendor);
/** Validates a `access_code.failed_to_set_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeFailedToSetOnDeviceEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeFailedToSetOnDeviceEvent, input, options);
}
/** True when the input is a `access_code.failed_to_set_on_device` event. */
function isAccessCodeFailedToSetOnDeviceEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeFailedToSetOnDeviceEvent, input);
}
/** Standard Schema v1 object for a `access_code.failed_to_set_on_device` event. */
exports.AccessCodeFailedToSetOnDeviceEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeFailedToSetOnDeviceEvent, vendor);
/** Validates a `access_code.modified_external_to_seam` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeModifiedExternalToSeamEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeModifiedExternalToSeamEvent, input, options);
}
/** True when the input is a `access_code.modified_external_to_seam` event. */
function isAccessCodeModifiedExternalToSeamEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeModifiedExternalToSeamEvent, input);
}
/** Standard Schema v1 object for a `access_code.modified_external_to_seam` event. */
exports.AccessCodeModifiedExternalToSeamEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeModifiedExternalToSeamEvent, vendor);
/** Validates a `access_code.mutations_requested` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeMutationsRequestedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeMutationsRequestedEvent, input, options);
}
/** True when the input is a `access_code.mutations_requested` event. */
function isAccessCodeMutationsRequestedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeMutationsRequestedEvent, input);
}
/** Standard Schema v1 object for a `access_code.mutations_requested` event. */
exports.AccessCodeMutationsRequestedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeMutationsRequestedEvent, vendor);
/** Validates a `access_code.name_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeNameChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeNameChangedEvent, input, options);
}
/** True when the input is a `access_code.name_changed` event. */
function isAccessCodeNameChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeNameChangedEvent, input);
}
/** Standard Schema v1 object for a `access_code.name_changed` event. */
exports.AccessCodeNameChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeNameChangedEvent, vendor);
/** Validates a `access_code.removed_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeRemovedFromDeviceEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeRemovedFromDeviceEvent, input, options);
}
/** True when the input is a `access_code.removed_from_device` event. */
function isAccessCodeRemovedFromDeviceEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeRemovedFromDeviceEvent, input);
}
/** Standard Schema v1 object for a `access_code.removed_from_device` event. */
exports.AccessCodeRemovedFromDeviceEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeRemovedFromDeviceEvent, vendor);
/** Validates a `access_code.scheduled_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeScheduledOnDeviceEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeScheduledOnDeviceEvent, input, options);
}
/** True when the input is a `access_code.scheduled_on_device` event. */
function isAccessCodeScheduledOnDeviceEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeScheduledOnDeviceEvent, input);
}
/** Standard Schema v1 object for a `access_code.scheduled_on_device` event. */
exports.AccessCodeScheduledOnDeviceEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeScheduledOnDeviceEvent, vendor);
/** Validates a `access_code.set_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeSetOnDeviceEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeSetOnDeviceEvent, input, options);
}
/** True when the input is a `access_code.set_on_device` event. */
function isAccessCodeSetOnDeviceEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeSetOnDeviceEvent, input);
}
/** Standard Schema v1 object for a `access_code.set_on_device` event. */
exports.AccessCodeSetOnDeviceEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeSetOnDeviceEvent, vendor);
/** Validates a `access_code.time_frame_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeTimeFrameChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeTimeFrameChangedEvent, input, options);
}
/** True when the input is a `access_code.time_frame_changed` event. */
function isAccessCodeTimeFrameChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeTimeFrameChangedEvent, input);
}
/** Standard Schema v1 object for a `access_code.time_frame_changed` event. */
exports.AccessCodeTimeFrameChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeTimeFrameChangedEvent, vendor);
/** Validates a `access_code.unmanaged.converted_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeUnmanagedConvertedToManagedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeUnmanagedConvertedToManagedEvent, input, options);
}
/** True when the input is a `access_code.unmanaged.converted_to_managed` event. */
function isAccessCodeUnmanagedConvertedToManagedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeUnmanagedConvertedToManagedEvent, input);
}
/** Standard Schema v1 object for a `access_code.unmanaged.converted_to_managed` event. */
exports.AccessCodeUnmanagedConvertedToManagedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeUnmanagedConvertedToManagedEvent, vendor);
/** Validates a `access_code.unmanaged.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeUnmanagedCreatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeUnmanagedCreatedEvent, input, options);
}
/** True when the input is a `access_code.unmanaged.created` event. */
function isAccessCodeUnmanagedCreatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeUnmanagedCreatedEvent, input);
}
/** Standard Schema v1 object for a `access_code.unmanaged.created` event. */
exports.AccessCodeUnmanagedCreatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeUnmanagedCreatedEvent, vendor);
/** Validates a `access_code.unmanaged.failed_to_convert_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeUnmanagedFailedToConvertToManagedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, input, options);
}
/** True when the input is a `access_code.unmanaged.failed_to_convert_to_managed` event. */
function isAccessCodeUnmanagedFailedToConvertToManagedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, input);
}
/** Standard Schema v1 object for a `access_code.unmanaged.failed_to_convert_to_managed` event. */
exports.AccessCodeUnmanagedFailedToConvertToManagedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, vendor);
/** Validates a `access_code.unmanaged.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessCodeUnmanagedRemovedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessCodeUnmanagedRemovedEvent, input, options);
}
/** True when the input is a `access_code.unmanaged.removed` event. */
function isAccessCodeUnmanagedRemovedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessCodeUnmanagedRemovedEvent, input);
}
/** Standard Schema v1 object for a `access_code.unmanaged.removed` event. */
exports.AccessCodeUnmanagedRemovedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessCodeUnmanagedRemovedEvent, vendor);
/** Validates a `access_grant.access_granted_to_all_doors` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessGrantAccessGrantedToAllDoorsEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessGrantAccessGrantedToAllDoorsEvent, input, options);
}
/** True when the input is a `access_grant.access_granted_to_all_doors` event. */
function isAccessGrantAccessGrantedToAllDoorsEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessGrantAccessGrantedToAllDoorsEvent, input);
}
/** Standard Schema v1 object for a `access_grant.access_granted_to_all_doors` event. */
exports.AccessGrantAccessGrantedToAllDoorsEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessGrantAccessGrantedToAllDoorsEvent, vendor);
/** Validates a `access_grant.access_granted_to_door` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessGrantAccessGrantedToDoorEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessGrantAccessGrantedToDoorEvent, input, options);
}
/** True when the input is a `access_grant.access_granted_to_door` event. */
function isAccessGrantAccessGrantedToDoorEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessGrantAccessGrantedToDoorEvent, input);
}
/** Standard Schema v1 object for a `access_grant.access_granted_to_door` event. */
exports.AccessGrantAccessGrantedToDoorEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessGrantAccessGrantedToDoorEvent, vendor);
/** Validates a `access_grant.access_times_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessGrantAccessTimesChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessGrantAccessTimesChangedEvent, input, options);
}
/** True when the input is a `access_grant.access_times_changed` event. */
function isAccessGrantAccessTimesChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessGrantAccessTimesChangedEvent, input);
}
/** Standard Schema v1 object for a `access_grant.access_times_changed` event. */
exports.AccessGrantAccessTimesChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessGrantAccessTimesChangedEvent, vendor);
/** Validates a `access_grant.access_to_door_lost` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessGrantAccessToDoorLostEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessGrantAccessToDoorLostEvent, input, options);
}
/** True when the input is a `access_grant.access_to_door_lost` event. */
function isAccessGrantAccessToDoorLostEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessGrantAccessToDoorLostEvent, input);
}
/** Standard Schema v1 object for a `access_grant.access_to_door_lost` event. */
exports.AccessGrantAccessToDoorLostEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessGrantAccessToDoorLostEvent, vendor);
/** Validates a `access_grant.could_not_create_requested_access_methods` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, input, options);
}
/** True when the input is a `access_grant.could_not_create_requested_access_methods` event. */
function isAccessGrantCouldNotCreateRequestedAccessMethodsEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, input);
}
/** Standard Schema v1 object for a `access_grant.could_not_create_requested_access_methods` event. */
exports.AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, vendor);
/** Validates a `access_grant.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessGrantCreatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessGrantCreatedEvent, input, options);
}
/** True when the input is a `access_grant.created` event. */
function isAccessGrantCreatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessGrantCreatedEvent, input);
}
/** Standard Schema v1 object for a `access_grant.created` event. */
exports.AccessGrantCreatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessGrantCreatedEvent, vendor);
/** Validates a `access_grant.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessGrantDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessGrantDeletedEvent, input, options);
}
/** True when the input is a `access_grant.deleted` event. */
function isAccessGrantDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessGrantDeletedEvent, input);
}
/** Standard Schema v1 object for a `access_grant.deleted` event. */
exports.AccessGrantDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessGrantDeletedEvent, vendor);
/** Validates a `access_method.card_encoding_required` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessMethodCardEncodingRequiredEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessMethodCardEncodingRequiredEvent, input, options);
}
/** True when the input is a `access_method.card_encoding_required` event. */
function isAccessMethodCardEncodingRequiredEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessMethodCardEncodingRequiredEvent, input);
}
/** Standard Schema v1 object for a `access_method.card_encoding_required` event. */
exports.AccessMethodCardEncodingRequiredEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessMethodCardEncodingRequiredEvent, vendor);
/** Validates a `access_method.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessMethodCreatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessMethodCreatedEvent, input, options);
}
/** True when the input is a `access_method.created` event. */
function isAccessMethodCreatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessMethodCreatedEvent, input);
}
/** Standard Schema v1 object for a `access_method.created` event. */
exports.AccessMethodCreatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessMethodCreatedEvent, vendor);
/** Validates a `access_method.delay_in_issuing` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessMethodDelayInIssuingEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessMethodDelayInIssuingEvent, input, options);
}
/** True when the input is a `access_method.delay_in_issuing` event. */
function isAccessMethodDelayInIssuingEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessMethodDelayInIssuingEvent, input);
}
/** Standard Schema v1 object for a `access_method.delay_in_issuing` event. */
exports.AccessMethodDelayInIssuingEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessMethodDelayInIssuingEvent, vendor);
/** Validates a `access_method.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessMethodDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessMethodDeletedEvent, input, options);
}
/** True when the input is a `access_method.deleted` event. */
function isAccessMethodDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessMethodDeletedEvent, input);
}
/** Standard Schema v1 object for a `access_method.deleted` event. */
exports.AccessMethodDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessMethodDeletedEvent, vendor);
/** Validates a `access_method.failed_to_issue` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessMethodFailedToIssueEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessMethodFailedToIssueEvent, input, options);
}
/** True when the input is a `access_method.failed_to_issue` event. */
function isAccessMethodFailedToIssueEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessMethodFailedToIssueEvent, input);
}
/** Standard Schema v1 object for a `access_method.failed_to_issue` event. */
exports.AccessMethodFailedToIssueEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessMethodFailedToIssueEvent, vendor);
/** Validates a `access_method.issued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessMethodIssuedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessMethodIssuedEvent, input, options);
}
/** True when the input is a `access_method.issued` event. */
function isAccessMethodIssuedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessMethodIssuedEvent, input);
}
/** Standard Schema v1 object for a `access_method.issued` event. */
exports.AccessMethodIssuedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessMethodIssuedEvent, vendor);
/** Validates a `access_method.reissued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessMethodReissuedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessMethodReissuedEvent, input, options);
}
/** True when the input is a `access_method.reissued` event. */
function isAccessMethodReissuedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessMethodReissuedEvent, input);
}
/** Standard Schema v1 object for a `access_method.reissued` event. */
exports.AccessMethodReissuedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessMethodReissuedEvent, vendor);
/** Validates a `access_method.revoked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAccessMethodRevokedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAccessMethodRevokedEvent, input, options);
}
/** True when the input is a `access_method.revoked` event. */
function isAccessMethodRevokedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAccessMethodRevokedEvent, input);
}
/** Standard Schema v1 object for a `access_method.revoked` event. */
exports.AccessMethodRevokedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAccessMethodRevokedEvent, vendor);
/** Validates a `acs_access_group.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsAccessGroupDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsAccessGroupDeletedEvent, input, options);
}
/** True when the input is a `acs_access_group.deleted` event. */
function isAcsAccessGroupDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsAccessGroupDeletedEvent, input);
}
/** Standard Schema v1 object for a `acs_access_group.deleted` event. */
exports.AcsAccessGroupDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsAccessGroupDeletedEvent, vendor);
/** Validates a `acs_credential.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsCredentialDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsCredentialDeletedEvent, input, options);
}
/** True when the input is a `acs_credential.deleted` event. */
function isAcsCredentialDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsCredentialDeletedEvent, input);
}
/** Standard Schema v1 object for a `acs_credential.deleted` event. */
exports.AcsCredentialDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsCredentialDeletedEvent, vendor);
/** Validates a `acs_credential.invalidated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsCredentialInvalidatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsCredentialInvalidatedEvent, input, options);
}
/** True when the input is a `acs_credential.invalidated` event. */
function isAcsCredentialInvalidatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsCredentialInvalidatedEvent, input);
}
/** Standard Schema v1 object for a `acs_credential.invalidated` event. */
exports.AcsCredentialInvalidatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsCredentialInvalidatedEvent, vendor);
/** Validates a `acs_credential.issued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsCredentialIssuedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsCredentialIssuedEvent, input, options);
}
/** True when the input is a `acs_credential.issued` event. */
function isAcsCredentialIssuedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsCredentialIssuedEvent, input);
}
/** Standard Schema v1 object for a `acs_credential.issued` event. */
exports.AcsCredentialIssuedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsCredentialIssuedEvent, vendor);
/** Validates a `acs_credential.reissued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsCredentialReissuedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsCredentialReissuedEvent, input, options);
}
/** True when the input is a `acs_credential.reissued` event. */
function isAcsCredentialReissuedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsCredentialReissuedEvent, input);
}
/** Standard Schema v1 object for a `acs_credential.reissued` event. */
exports.AcsCredentialReissuedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsCredentialReissuedEvent, vendor);
/** Validates a `acs_encoder.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsEncoderAddedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsEncoderAddedEvent, input, options);
}
/** True when the input is a `acs_encoder.added` event. */
function isAcsEncoderAddedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsEncoderAddedEvent, input);
}
/** Standard Schema v1 object for a `acs_encoder.added` event. */
exports.AcsEncoderAddedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsEncoderAddedEvent, vendor);
/** Validates a `acs_encoder.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsEncoderRemovedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsEncoderRemovedEvent, input, options);
}
/** True when the input is a `acs_encoder.removed` event. */
function isAcsEncoderRemovedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsEncoderRemovedEvent, input);
}
/** Standard Schema v1 object for a `acs_encoder.removed` event. */
exports.AcsEncoderRemovedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsEncoderRemovedEvent, vendor);
/** Validates a `acs_entrance.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsEntranceAddedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsEntranceAddedEvent, input, options);
}
/** True when the input is a `acs_entrance.added` event. */
function isAcsEntranceAddedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsEntranceAddedEvent, input);
}
/** Standard Schema v1 object for a `acs_entrance.added` event. */
exports.AcsEntranceAddedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsEntranceAddedEvent, vendor);
/** Validates a `acs_entrance.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsEntranceRemovedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsEntranceRemovedEvent, input, options);
}
/** True when the input is a `acs_entrance.removed` event. */
function isAcsEntranceRemovedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsEntranceRemovedEvent, input);
}
/** Standard Schema v1 object for a `acs_entrance.removed` event. */
exports.AcsEntranceRemovedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsEntranceRemovedEvent, vendor);
/** Validates a `acs_system.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsSystemAddedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsSystemAddedEvent, input, options);
}
/** True when the input is a `acs_system.added` event. */
function isAcsSystemAddedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsSystemAddedEvent, input);
}
/** Standard Schema v1 object for a `acs_system.added` event. */
exports.AcsSystemAddedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsSystemAddedEvent, vendor);
/** Validates a `acs_system.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsSystemConnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsSystemConnectedEvent, input, options);
}
/** True when the input is a `acs_system.connected` event. */
function isAcsSystemConnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsSystemConnectedEvent, input);
}
/** Standard Schema v1 object for a `acs_system.connected` event. */
exports.AcsSystemConnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsSystemConnectedEvent, vendor);
/** Validates a `acs_system.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsSystemDisconnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsSystemDisconnectedEvent, input, options);
}
/** True when the input is a `acs_system.disconnected` event. */
function isAcsSystemDisconnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsSystemDisconnectedEvent, input);
}
/** Standard Schema v1 object for a `acs_system.disconnected` event. */
exports.AcsSystemDisconnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsSystemDisconnectedEvent, vendor);
/** Validates a `acs_user.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsUserCreatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsUserCreatedEvent, input, options);
}
/** True when the input is a `acs_user.created` event. */
function isAcsUserCreatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsUserCreatedEvent, input);
}
/** Standard Schema v1 object for a `acs_user.created` event. */
exports.AcsUserCreatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsUserCreatedEvent, vendor);
/** Validates a `acs_user.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateAcsUserDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkAcsUserDeletedEvent, input, options);
}
/** True when the input is a `acs_user.deleted` event. */
function isAcsUserDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkAcsUserDeletedEvent, input);
}
/** Standard Schema v1 object for a `acs_user.deleted` event. */
exports.AcsUserDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkAcsUserDeletedEvent, vendor);
/** Validates a `action_attempt.lock_door.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateActionAttemptLockDoorFailedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkActionAttemptLockDoorFailedEvent, input, options);
}
/** True when the input is a `action_attempt.lock_door.failed` event. */
function isActionAttemptLockDoorFailedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkActionAttemptLockDoorFailedEvent, input);
}
/** Standard Schema v1 object for a `action_attempt.lock_door.failed` event. */
exports.ActionAttemptLockDoorFailedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkActionAttemptLockDoorFailedEvent, vendor);
/** Validates a `action_attempt.lock_door.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateActionAttemptLockDoorSucceededEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkActionAttemptLockDoorSucceededEvent, input, options);
}
/** True when the input is a `action_attempt.lock_door.succeeded` event. */
function isActionAttemptLockDoorSucceededEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkActionAttemptLockDoorSucceededEvent, input);
}
/** Standard Schema v1 object for a `action_attempt.lock_door.succeeded` event. */
exports.ActionAttemptLockDoorSucceededEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkActionAttemptLockDoorSucceededEvent, vendor);
/** Validates a `action_attempt.simulate_keypad_code_entry.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateActionAttemptSimulateKeypadCodeEntryFailedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, input, options);
}
/** True when the input is a `action_attempt.simulate_keypad_code_entry.failed` event. */
function isActionAttemptSimulateKeypadCodeEntryFailedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, input);
}
/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.failed` event. */
exports.ActionAttemptSimulateKeypadCodeEntryFailedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, vendor);
/** Validates a `action_attempt.simulate_keypad_code_entry.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateActionAttemptSimulateKeypadCodeEntrySucceededEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, input, options);
}
/** True when the input is a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
function isActionAttemptSimulateKeypadCodeEntrySucceededEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, input);
}
/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
exports.ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, vendor);
/** Validates a `action_attempt.simulate_manual_lock_via_keypad.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateActionAttemptSimulateManualLockViaKeypadFailedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, input, options);
}
/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
function isActionAttemptSimulateManualLockViaKeypadFailedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, input);
}
/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
exports.ActionAttemptSimulateManualLockViaKeypadFailedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, vendor);
/** Validates a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateActionAttemptSimulateManualLockViaKeypadSucceededEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, input, options);
}
/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
function isActionAttemptSimulateManualLockViaKeypadSucceededEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, input);
}
/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
exports.ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, vendor);
/** Validates a `action_attempt.unlock_door.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateActionAttemptUnlockDoorFailedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkActionAttemptUnlockDoorFailedEvent, input, options);
}
/** True when the input is a `action_attempt.unlock_door.failed` event. */
function isActionAttemptUnlockDoorFailedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkActionAttemptUnlockDoorFailedEvent, input);
}
/** Standard Schema v1 object for a `action_attempt.unlock_door.failed` event. */
exports.ActionAttemptUnlockDoorFailedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkActionAttemptUnlockDoorFailedEvent, vendor);
/** Validates a `action_attempt.unlock_door.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateActionAttemptUnlockDoorSucceededEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkActionAttemptUnlockDoorSucceededEvent, input, options);
}
/** True when the input is a `action_attempt.unlock_door.succeeded` event. */
function isActionAttemptUnlockDoorSucceededEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkActionAttemptUnlockDoorSucceededEvent, input);
}
/** Standard Schema v1 object for a `action_attempt.unlock_door.succeeded` event. */
exports.ActionAttemptUnlockDoorSucceededEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkActionAttemptUnlockDoorSucceededEvent, vendor);
/** Validates a `camera.activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateCameraActivatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkCameraActivatedEvent, input, options);
}
/** True when the input is a `camera.activated` event. */
function isCameraActivatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkCameraActivatedEvent, input);
}
/** Standard Schema v1 object for a `camera.activated` event. */
exports.CameraActivatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkCameraActivatedEvent, vendor);
/** Validates a `client_session.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateClientSessionDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkClientSessionDeletedEvent, input, options);
}
/** True when the input is a `client_session.deleted` event. */
function isClientSessionDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkClientSessionDeletedEvent, input);
}
/** Standard Schema v1 object for a `client_session.deleted` event. */
exports.ClientSessionDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkClientSessionDeletedEvent, vendor);
/** Validates a `connect_webview.login_failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectWebviewLoginFailedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectWebviewLoginFailedEvent, input, options);
}
/** True when the input is a `connect_webview.login_failed` event. */
function isConnectWebviewLoginFailedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectWebviewLoginFailedEvent, input);
}
/** Standard Schema v1 object for a `connect_webview.login_failed` event. */
exports.ConnectWebviewLoginFailedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectWebviewLoginFailedEvent, vendor);
/** Validates a `connect_webview.login_succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectWebviewLoginSucceededEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectWebviewLoginSucceededEvent, input, options);
}
/** True when the input is a `connect_webview.login_succeeded` event. */
function isConnectWebviewLoginSucceededEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectWebviewLoginSucceededEvent, input);
}
/** Standard Schema v1 object for a `connect_webview.login_succeeded` event. */
exports.ConnectWebviewLoginSucceededEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectWebviewLoginSucceededEvent, vendor);
/** Validates a `connected_account.completed_first_sync` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectedAccountCompletedFirstSyncEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectedAccountCompletedFirstSyncEvent, input, options);
}
/** True when the input is a `connected_account.completed_first_sync` event. */
function isConnectedAccountCompletedFirstSyncEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectedAccountCompletedFirstSyncEvent, input);
}
/** Standard Schema v1 object for a `connected_account.completed_first_sync` event. */
exports.ConnectedAccountCompletedFirstSyncEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectedAccountCompletedFirstSyncEvent, vendor);
/** Validates a `connected_account.completed_first_sync_after_reconnection` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, input, options);
}
/** True when the input is a `connected_account.completed_first_sync_after_reconnection` event. */
function isConnectedAccountCompletedFirstSyncAfterReconnectionEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, input);
}
/** Standard Schema v1 object for a `connected_account.completed_first_sync_after_reconnection` event. */
exports.ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, vendor);
/** Validates a `connected_account.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectedAccountConnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectedAccountConnectedEvent, input, options);
}
/** True when the input is a `connected_account.connected` event. */
function isConnectedAccountConnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectedAccountConnectedEvent, input);
}
/** Standard Schema v1 object for a `connected_account.connected` event. */
exports.ConnectedAccountConnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectedAccountConnectedEvent, vendor);
/** Validates a `connected_account.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectedAccountCreatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectedAccountCreatedEvent, input, options);
}
/** True when the input is a `connected_account.created` event. */
function isConnectedAccountCreatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectedAccountCreatedEvent, input);
}
/** Standard Schema v1 object for a `connected_account.created` event. */
exports.ConnectedAccountCreatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectedAccountCreatedEvent, vendor);
/** Validates a `connected_account.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectedAccountDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectedAccountDeletedEvent, input, options);
}
/** True when the input is a `connected_account.deleted` event. */
function isConnectedAccountDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectedAccountDeletedEvent, input);
}
/** Standard Schema v1 object for a `connected_account.deleted` event. */
exports.ConnectedAccountDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectedAccountDeletedEvent, vendor);
/** Validates a `connected_account.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectedAccountDisconnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectedAccountDisconnectedEvent, input, options);
}
/** True when the input is a `connected_account.disconnected` event. */
function isConnectedAccountDisconnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectedAccountDisconnectedEvent, input);
}
/** Standard Schema v1 object for a `connected_account.disconnected` event. */
exports.ConnectedAccountDisconnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectedAccountDisconnectedEvent, vendor);
/** Validates a `connected_account.reauthorization_requested` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectedAccountReauthorizationRequestedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectedAccountReauthorizationRequestedEvent, input, options);
}
/** True when the input is a `connected_account.reauthorization_requested` event. */
function isConnectedAccountReauthorizationRequestedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectedAccountReauthorizationRequestedEvent, input);
}
/** Standard Schema v1 object for a `connected_account.reauthorization_requested` event. */
exports.ConnectedAccountReauthorizationRequestedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectedAccountReauthorizationRequestedEvent, vendor);
/** Validates a `connected_account.successful_login` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateConnectedAccountSuccessfulLoginEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkConnectedAccountSuccessfulLoginEvent, input, options);
}
/** True when the input is a `connected_account.successful_login` event. */
function isConnectedAccountSuccessfulLoginEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkConnectedAccountSuccessfulLoginEvent, input);
}
/** Standard Schema v1 object for a `connected_account.successful_login` event. */
exports.ConnectedAccountSuccessfulLoginEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkConnectedAccountSuccessfulLoginEvent, vendor);
/** Validates a `device.accessory_keypad_connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceAccessoryKeypadConnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceAccessoryKeypadConnectedEvent, input, options);
}
/** True when the input is a `device.accessory_keypad_connected` event. */
function isDeviceAccessoryKeypadConnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceAccessoryKeypadConnectedEvent, input);
}
/** Standard Schema v1 object for a `device.accessory_keypad_connected` event. */
exports.DeviceAccessoryKeypadConnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceAccessoryKeypadConnectedEvent, vendor);
/** Validates a `device.accessory_keypad_disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceAccessoryKeypadDisconnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceAccessoryKeypadDisconnectedEvent, input, options);
}
/** True when the input is a `device.accessory_keypad_disconnected` event. */
function isDeviceAccessoryKeypadDisconnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceAccessoryKeypadDisconnectedEvent, input);
}
/** Standard Schema v1 object for a `device.accessory_keypad_disconnected` event. */
exports.DeviceAccessoryKeypadDisconnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceAccessoryKeypadDisconnectedEvent, vendor);
/** Validates a `device.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceAddedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceAddedEvent, input, options);
}
/** True when the input is a `device.added` event. */
function isDeviceAddedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceAddedEvent, input);
}
/** Standard Schema v1 object for a `device.added` event. */
exports.DeviceAddedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceAddedEvent, vendor);
/** Validates a `device.battery_status_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceBatteryStatusChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceBatteryStatusChangedEvent, input, options);
}
/** True when the input is a `device.battery_status_changed` event. */
function isDeviceBatteryStatusChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceBatteryStatusChangedEvent, input);
}
/** Standard Schema v1 object for a `device.battery_status_changed` event. */
exports.DeviceBatteryStatusChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceBatteryStatusChangedEvent, vendor);
/** Validates a `device.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceConnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceConnectedEvent, input, options);
}
/** True when the input is a `device.connected` event. */
function isDeviceConnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceConnectedEvent, input);
}
/** Standard Schema v1 object for a `device.connected` event. */
exports.DeviceConnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceConnectedEvent, vendor);
/** Validates a `device.connection_became_flaky` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceConnectionBecameFlakyEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceConnectionBecameFlakyEvent, input, options);
}
/** True when the input is a `device.connection_became_flaky` event. */
function isDeviceConnectionBecameFlakyEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceConnectionBecameFlakyEvent, input);
}
/** Standard Schema v1 object for a `device.connection_became_flaky` event. */
exports.DeviceConnectionBecameFlakyEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceConnectionBecameFlakyEvent, vendor);
/** Validates a `device.connection_stabilized` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceConnectionStabilizedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceConnectionStabilizedEvent, input, options);
}
/** True when the input is a `device.connection_stabilized` event. */
function isDeviceConnectionStabilizedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceConnectionStabilizedEvent, input);
}
/** Standard Schema v1 object for a `device.connection_stabilized` event. */
exports.DeviceConnectionStabilizedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceConnectionStabilizedEvent, vendor);
/** Validates a `device.converted_to_unmanaged` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceConvertedToUnmanagedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceConvertedToUnmanagedEvent, input, options);
}
/** True when the input is a `device.converted_to_unmanaged` event. */
function isDeviceConvertedToUnmanagedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceConvertedToUnmanagedEvent, input);
}
/** Standard Schema v1 object for a `device.converted_to_unmanaged` event. */
exports.DeviceConvertedToUnmanagedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceConvertedToUnmanagedEvent, vendor);
/** Validates a `device.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceDeletedEvent, input, options);
}
/** True when the input is a `device.deleted` event. */
function isDeviceDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceDeletedEvent, input);
}
/** Standard Schema v1 object for a `device.deleted` event. */
exports.DeviceDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceDeletedEvent, vendor);
/** Validates a `device.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceDisconnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceDisconnectedEvent, input, options);
}
/** True when the input is a `device.disconnected` event. */
function isDeviceDisconnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceDisconnectedEvent, input);
}
/** Standard Schema v1 object for a `device.disconnected` event. */
exports.DeviceDisconnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceDisconnectedEvent, vendor);
/** Validates a `device.doorbell_rang` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceDoorbellRangEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceDoorbellRangEvent, input, options);
}
/** True when the input is a `device.doorbell_rang` event. */
function isDeviceDoorbellRangEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceDoorbellRangEvent, input);
}
/** Standard Schema v1 object for a `device.doorbell_rang` event. */
exports.DeviceDoorbellRangEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceDoorbellRangEvent, vendor);
/** Validates a `device.error.subscription_required` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceErrorSubscriptionRequiredEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceErrorSubscriptionRequiredEvent, input, options);
}
/** True when the input is a `device.error.subscription_required` event. */
function isDeviceErrorSubscriptionRequiredEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceErrorSubscriptionRequiredEvent, input);
}
/** Standard Schema v1 object for a `device.error.subscription_required` event. */
exports.DeviceErrorSubscriptionRequiredEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceErrorSubscriptionRequiredEvent, vendor);
/** Validates a `device.error.subscription_required.resolved` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceErrorSubscriptionRequiredResolvedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceErrorSubscriptionRequiredResolvedEvent, input, options);
}
/** True when the input is a `device.error.subscription_required.resolved` event. */
function isDeviceErrorSubscriptionRequiredResolvedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceErrorSubscriptionRequiredResolvedEvent, input);
}
/** Standard Schema v1 object for a `device.error.subscription_required.resolved` event. */
exports.DeviceErrorSubscriptionRequiredResolvedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceErrorSubscriptionRequiredResolvedEvent, vendor);
/** Validates a `device.low_battery` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceLowBatteryEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceLowBatteryEvent, input, options);
}
/** True when the input is a `device.low_battery` event. */
function isDeviceLowBatteryEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceLowBatteryEvent, input);
}
/** Standard Schema v1 object for a `device.low_battery` event. */
exports.DeviceLowBatteryEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceLowBatteryEvent, vendor);
/** Validates a `device.name_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceNameChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceNameChangedEvent, input, options);
}
/** True when the input is a `device.name_changed` event. */
function isDeviceNameChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceNameChangedEvent, input);
}
/** Standard Schema v1 object for a `device.name_changed` event. */
exports.DeviceNameChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceNameChangedEvent, vendor);
/** Validates a `device.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceRemovedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceRemovedEvent, input, options);
}
/** True when the input is a `device.removed` event. */
function isDeviceRemovedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceRemovedEvent, input);
}
/** Standard Schema v1 object for a `device.removed` event. */
exports.DeviceRemovedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceRemovedEvent, vendor);
/** Validates a `device.salto.privacy_mode_activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceSaltoPrivacyModeActivatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceSaltoPrivacyModeActivatedEvent, input, options);
}
/** True when the input is a `device.salto.privacy_mode_activated` event. */
function isDeviceSaltoPrivacyModeActivatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceSaltoPrivacyModeActivatedEvent, input);
}
/** Standard Schema v1 object for a `device.salto.privacy_mode_activated` event. */
exports.DeviceSaltoPrivacyModeActivatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceSaltoPrivacyModeActivatedEvent, vendor);
/** Validates a `device.salto.privacy_mode_deactivated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceSaltoPrivacyModeDeactivatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceSaltoPrivacyModeDeactivatedEvent, input, options);
}
/** True when the input is a `device.salto.privacy_mode_deactivated` event. */
function isDeviceSaltoPrivacyModeDeactivatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceSaltoPrivacyModeDeactivatedEvent, input);
}
/** Standard Schema v1 object for a `device.salto.privacy_mode_deactivated` event. */
exports.DeviceSaltoPrivacyModeDeactivatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceSaltoPrivacyModeDeactivatedEvent, vendor);
/** Validates a `device.tampered` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceTamperedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceTamperedEvent, input, options);
}
/** True when the input is a `device.tampered` event. */
function isDeviceTamperedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceTamperedEvent, input);
}
/** Standard Schema v1 object for a `device.tampered` event. */
exports.DeviceTamperedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceTamperedEvent, vendor);
/** Validates a `device.third_party_integration_detected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceThirdPartyIntegrationDetectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceThirdPartyIntegrationDetectedEvent, input, options);
}
/** True when the input is a `device.third_party_integration_detected` event. */
function isDeviceThirdPartyIntegrationDetectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceThirdPartyIntegrationDetectedEvent, input);
}
/** Standard Schema v1 object for a `device.third_party_integration_detected` event. */
exports.DeviceThirdPartyIntegrationDetectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceThirdPartyIntegrationDetectedEvent, vendor);
/** Validates a `device.third_party_integration_no_longer_detected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceThirdPartyIntegrationNoLongerDetectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, input, options);
}
/** True when the input is a `device.third_party_integration_no_longer_detected` event. */
function isDeviceThirdPartyIntegrationNoLongerDetectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, input);
}
/** Standard Schema v1 object for a `device.third_party_integration_no_longer_detected` event. */
exports.DeviceThirdPartyIntegrationNoLongerDetectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, vendor);
/** Validates a `device.unmanaged.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceUnmanagedConnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceUnmanagedConnectedEvent, input, options);
}
/** True when the input is a `device.unmanaged.connected` event. */
function isDeviceUnmanagedConnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceUnmanagedConnectedEvent, input);
}
/** Standard Schema v1 object for a `device.unmanaged.connected` event. */
exports.DeviceUnmanagedConnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceUnmanagedConnectedEvent, vendor);
/** Validates a `device.unmanaged.converted_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceUnmanagedConvertedToManagedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceUnmanagedConvertedToManagedEvent, input, options);
}
/** True when the input is a `device.unmanaged.converted_to_managed` event. */
function isDeviceUnmanagedConvertedToManagedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceUnmanagedConvertedToManagedEvent, input);
}
/** Standard Schema v1 object for a `device.unmanaged.converted_to_managed` event. */
exports.DeviceUnmanagedConvertedToManagedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceUnmanagedConvertedToManagedEvent, vendor);
/** Validates a `device.unmanaged.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateDeviceUnmanagedDisconnectedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkDeviceUnmanagedDisconnectedEvent, input, options);
}
/** True when the input is a `device.unmanaged.disconnected` event. */
function isDeviceUnmanagedDisconnectedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkDeviceUnmanagedDisconnectedEvent, input);
}
/** Standard Schema v1 object for a `device.unmanaged.disconnected` event. */
exports.DeviceUnmanagedDisconnectedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkDeviceUnmanagedDisconnectedEvent, vendor);
/** Validates a `enrollment_automation.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateEnrollmentAutomationDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkEnrollmentAutomationDeletedEvent, input, options);
}
/** True when the input is a `enrollment_automation.deleted` event. */
function isEnrollmentAutomationDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkEnrollmentAutomationDeletedEvent, input);
}
/** Standard Schema v1 object for a `enrollment_automation.deleted` event. */
exports.EnrollmentAutomationDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkEnrollmentAutomationDeletedEvent, vendor);
/** Validates a `lock.access_denied` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateLockAccessDeniedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkLockAccessDeniedEvent, input, options);
}
/** True when the input is a `lock.access_denied` event. */
function isLockAccessDeniedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkLockAccessDeniedEvent, input);
}
/** Standard Schema v1 object for a `lock.access_denied` event. */
exports.LockAccessDeniedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkLockAccessDeniedEvent, vendor);
/** Validates a `lock.locked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateLockLockedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkLockLockedEvent, input, options);
}
/** True when the input is a `lock.locked` event. */
function isLockLockedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkLockLockedEvent, input);
}
/** Standard Schema v1 object for a `lock.locked` event. */
exports.LockLockedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkLockLockedEvent, vendor);
/** Validates a `lock.unlocked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateLockUnlockedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkLockUnlockedEvent, input, options);
}
/** True when the input is a `lock.unlocked` event. */
function isLockUnlockedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkLockUnlockedEvent, input);
}
/** Standard Schema v1 object for a `lock.unlocked` event. */
exports.LockUnlockedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkLockUnlockedEvent, vendor);
/** Validates a `noise_sensor.noise_threshold_triggered` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateNoiseSensorNoiseThresholdTriggeredEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkNoiseSensorNoiseThresholdTriggeredEvent, input, options);
}
/** True when the input is a `noise_sensor.noise_threshold_triggered` event. */
function isNoiseSensorNoiseThresholdTriggeredEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkNoiseSensorNoiseThresholdTriggeredEvent, input);
}
/** Standard Schema v1 object for a `noise_sensor.noise_threshold_triggered` event. */
exports.NoiseSensorNoiseThresholdTriggeredEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkNoiseSensorNoiseThresholdTriggeredEvent, vendor);
/** Validates a `phone.deactivated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validatePhoneDeactivatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkPhoneDeactivatedEvent, input, options);
}
/** True when the input is a `phone.deactivated` event. */
function isPhoneDeactivatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkPhoneDeactivatedEvent, input);
}
/** Standard Schema v1 object for a `phone.deactivated` event. */
exports.PhoneDeactivatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkPhoneDeactivatedEvent, vendor);
/** Validates a `space.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateSpaceCreatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkSpaceCreatedEvent, input, options);
}
/** True when the input is a `space.created` event. */
function isSpaceCreatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkSpaceCreatedEvent, input);
}
/** Standard Schema v1 object for a `space.created` event. */
exports.SpaceCreatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkSpaceCreatedEvent, vendor);
/** Validates a `space.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateSpaceDeletedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkSpaceDeletedEvent, input, options);
}
/** True when the input is a `space.deleted` event. */
function isSpaceDeletedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkSpaceDeletedEvent, input);
}
/** Standard Schema v1 object for a `space.deleted` event. */
exports.SpaceDeletedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkSpaceDeletedEvent, vendor);
/** Validates a `space.device_membership_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateSpaceDeviceMembershipChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkSpaceDeviceMembershipChangedEvent, input, options);
}
/** True when the input is a `space.device_membership_changed` event. */
function isSpaceDeviceMembershipChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkSpaceDeviceMembershipChangedEvent, input);
}
/** Standard Schema v1 object for a `space.device_membership_changed` event. */
exports.SpaceDeviceMembershipChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkSpaceDeviceMembershipChangedEvent, vendor);
/** Validates a `thermostat.climate_preset_activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateThermostatClimatePresetActivatedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkThermostatClimatePresetActivatedEvent, input, options);
}
/** True when the input is a `thermostat.climate_preset_activated` event. */
function isThermostatClimatePresetActivatedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkThermostatClimatePresetActivatedEvent, input);
}
/** Standard Schema v1 object for a `thermostat.climate_preset_activated` event. */
exports.ThermostatClimatePresetActivatedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkThermostatClimatePresetActivatedEvent, vendor);
/** Validates a `thermostat.manually_adjusted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateThermostatManuallyAdjustedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkThermostatManuallyAdjustedEvent, input, options);
}
/** True when the input is a `thermostat.manually_adjusted` event. */
function isThermostatManuallyAdjustedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkThermostatManuallyAdjustedEvent, input);
}
/** Standard Schema v1 object for a `thermostat.manually_adjusted` event. */
exports.ThermostatManuallyAdjustedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkThermostatManuallyAdjustedEvent, vendor);
/** Validates a `thermostat.temperature_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateThermostatTemperatureChangedEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkThermostatTemperatureChangedEvent, input, options);
}
/** True when the input is a `thermostat.temperature_changed` event. */
function isThermostatTemperatureChangedEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkThermostatTemperatureChangedEvent, input);
}
/** Standard Schema v1 object for a `thermostat.temperature_changed` event. */
exports.ThermostatTemperatureChangedEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkThermostatTemperatureChangedEvent, vendor);
/** Validates a `thermostat.temperature_reached_set_point` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateThermostatTemperatureReachedSetPointEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkThermostatTemperatureReachedSetPointEvent, input, options);
}
/** True when the input is a `thermostat.temperature_reached_set_point` event. */
function isThermostatTemperatureReachedSetPointEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkThermostatTemperatureReachedSetPointEvent, input);
}
/** Standard Schema v1 object for a `thermostat.temperature_reached_set_point` event. */
exports.ThermostatTemperatureReachedSetPointEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkThermostatTemperatureReachedSetPointEvent, vendor);
/** Validates a `thermostat.temperature_threshold_exceeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateThermostatTemperatureThresholdExceededEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkThermostatTemperatureThresholdExceededEvent, input, options);
}
/** True when the input is a `thermostat.temperature_threshold_exceeded` event. */
function isThermostatTemperatureThresholdExceededEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkThermostatTemperatureThresholdExceededEvent, input);
}
/** Standard Schema v1 object for a `thermostat.temperature_threshold_exceeded` event. */
exports.ThermostatTemperatureThresholdExceededEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkThermostatTemperatureThresholdExceededEvent, vendor);
/** Validates a `thermostat.temperature_threshold_no_longer_exceeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateThermostatTemperatureThresholdNoLongerExceededEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkThermostatTemperatureThresholdNoLongerExceededEvent, input, options);
}
/** True when the input is a `thermostat.temperature_threshold_no_longer_exceeded` event. */
function isThermostatTemperatureThresholdNoLongerExceededEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkThermostatTemperatureThresholdNoLongerExceededEvent, input);
}
/** Standard Schema v1 object for a `thermostat.temperature_threshold_no_longer_exceeded` event. */
exports.ThermostatTemperatureThresholdNoLongerExceededEventSchema = 
/* @__PURE__ */ (0, validation_runtime_js_1.standard)(checkThermostatTemperatureThresholdNoLongerExceededEvent, vendor);
/** Validates any event of the catalogue, dispatching on `event_type`. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
function validateSeamEvent(input, options) {
    return (0, validation_runtime_js_1.run)(checkSeamEvent, input, options);
}
/** True when the input is any event of the catalogue, dispatching on `event_type`. */
function isSeamEvent(input) {
    return (0, validation_runtime_js_1.passes)(checkSeamEvent, input);
}
/** Standard Schema v1 object for any event of the catalogue, dispatching on `event_type`. */
exports.SeamEventSchema = (0, validation_runtime_js_1.standard)(checkSeamEvent, vendor);
