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
var validators_exports = {};
__export(validators_exports, {
  AccessCodeBackupAccessCodePulledEventSchema: () => AccessCodeBackupAccessCodePulledEventSchema,
  AccessCodeChangedEventSchema: () => AccessCodeChangedEventSchema,
  AccessCodeCodeChangedEventSchema: () => AccessCodeCodeChangedEventSchema,
  AccessCodeCreatedEventSchema: () => AccessCodeCreatedEventSchema,
  AccessCodeDelayInRemovingFromDeviceEventSchema: () => AccessCodeDelayInRemovingFromDeviceEventSchema,
  AccessCodeDelayInSettingOnDeviceEventSchema: () => AccessCodeDelayInSettingOnDeviceEventSchema,
  AccessCodeDeletedEventSchema: () => AccessCodeDeletedEventSchema,
  AccessCodeDeletedExternalToSeamEventSchema: () => AccessCodeDeletedExternalToSeamEventSchema,
  AccessCodeFailedToRemoveFromDeviceEventSchema: () => AccessCodeFailedToRemoveFromDeviceEventSchema,
  AccessCodeFailedToSetOnDeviceEventSchema: () => AccessCodeFailedToSetOnDeviceEventSchema,
  AccessCodeModifiedExternalToSeamEventSchema: () => AccessCodeModifiedExternalToSeamEventSchema,
  AccessCodeMutationsRequestedEventSchema: () => AccessCodeMutationsRequestedEventSchema,
  AccessCodeNameChangedEventSchema: () => AccessCodeNameChangedEventSchema,
  AccessCodeRemovedFromDeviceEventSchema: () => AccessCodeRemovedFromDeviceEventSchema,
  AccessCodeScheduledOnDeviceEventSchema: () => AccessCodeScheduledOnDeviceEventSchema,
  AccessCodeSetOnDeviceEventSchema: () => AccessCodeSetOnDeviceEventSchema,
  AccessCodeTimeFrameChangedEventSchema: () => AccessCodeTimeFrameChangedEventSchema,
  AccessCodeUnmanagedConvertedToManagedEventSchema: () => AccessCodeUnmanagedConvertedToManagedEventSchema,
  AccessCodeUnmanagedCreatedEventSchema: () => AccessCodeUnmanagedCreatedEventSchema,
  AccessCodeUnmanagedFailedToConvertToManagedEventSchema: () => AccessCodeUnmanagedFailedToConvertToManagedEventSchema,
  AccessCodeUnmanagedRemovedEventSchema: () => AccessCodeUnmanagedRemovedEventSchema,
  AccessGrantAccessGrantedToAllDoorsEventSchema: () => AccessGrantAccessGrantedToAllDoorsEventSchema,
  AccessGrantAccessGrantedToDoorEventSchema: () => AccessGrantAccessGrantedToDoorEventSchema,
  AccessGrantAccessTimesChangedEventSchema: () => AccessGrantAccessTimesChangedEventSchema,
  AccessGrantAccessToDoorLostEventSchema: () => AccessGrantAccessToDoorLostEventSchema,
  AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema: () => AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema,
  AccessGrantCreatedEventSchema: () => AccessGrantCreatedEventSchema,
  AccessGrantDeletedEventSchema: () => AccessGrantDeletedEventSchema,
  AccessMethodCardEncodingRequiredEventSchema: () => AccessMethodCardEncodingRequiredEventSchema,
  AccessMethodCreatedEventSchema: () => AccessMethodCreatedEventSchema,
  AccessMethodDelayInIssuingEventSchema: () => AccessMethodDelayInIssuingEventSchema,
  AccessMethodDeletedEventSchema: () => AccessMethodDeletedEventSchema,
  AccessMethodFailedToIssueEventSchema: () => AccessMethodFailedToIssueEventSchema,
  AccessMethodIssuedEventSchema: () => AccessMethodIssuedEventSchema,
  AccessMethodReissuedEventSchema: () => AccessMethodReissuedEventSchema,
  AccessMethodRevokedEventSchema: () => AccessMethodRevokedEventSchema,
  AcsAccessGroupDeletedEventSchema: () => AcsAccessGroupDeletedEventSchema,
  AcsCredentialDeletedEventSchema: () => AcsCredentialDeletedEventSchema,
  AcsCredentialInvalidatedEventSchema: () => AcsCredentialInvalidatedEventSchema,
  AcsCredentialIssuedEventSchema: () => AcsCredentialIssuedEventSchema,
  AcsCredentialReissuedEventSchema: () => AcsCredentialReissuedEventSchema,
  AcsEncoderAddedEventSchema: () => AcsEncoderAddedEventSchema,
  AcsEncoderRemovedEventSchema: () => AcsEncoderRemovedEventSchema,
  AcsEntranceAddedEventSchema: () => AcsEntranceAddedEventSchema,
  AcsEntranceRemovedEventSchema: () => AcsEntranceRemovedEventSchema,
  AcsSystemAddedEventSchema: () => AcsSystemAddedEventSchema,
  AcsSystemConnectedEventSchema: () => AcsSystemConnectedEventSchema,
  AcsSystemDisconnectedEventSchema: () => AcsSystemDisconnectedEventSchema,
  AcsUserCreatedEventSchema: () => AcsUserCreatedEventSchema,
  AcsUserDeletedEventSchema: () => AcsUserDeletedEventSchema,
  ActionAttemptLockDoorFailedEventSchema: () => ActionAttemptLockDoorFailedEventSchema,
  ActionAttemptLockDoorSucceededEventSchema: () => ActionAttemptLockDoorSucceededEventSchema,
  ActionAttemptSimulateKeypadCodeEntryFailedEventSchema: () => ActionAttemptSimulateKeypadCodeEntryFailedEventSchema,
  ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema: () => ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema,
  ActionAttemptSimulateManualLockViaKeypadFailedEventSchema: () => ActionAttemptSimulateManualLockViaKeypadFailedEventSchema,
  ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema: () => ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema,
  ActionAttemptUnlockDoorFailedEventSchema: () => ActionAttemptUnlockDoorFailedEventSchema,
  ActionAttemptUnlockDoorSucceededEventSchema: () => ActionAttemptUnlockDoorSucceededEventSchema,
  CameraActivatedEventSchema: () => CameraActivatedEventSchema,
  ClientSessionDeletedEventSchema: () => ClientSessionDeletedEventSchema,
  ConnectWebviewLoginFailedEventSchema: () => ConnectWebviewLoginFailedEventSchema,
  ConnectWebviewLoginSucceededEventSchema: () => ConnectWebviewLoginSucceededEventSchema,
  ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema: () => ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema,
  ConnectedAccountCompletedFirstSyncEventSchema: () => ConnectedAccountCompletedFirstSyncEventSchema,
  ConnectedAccountConnectedEventSchema: () => ConnectedAccountConnectedEventSchema,
  ConnectedAccountCreatedEventSchema: () => ConnectedAccountCreatedEventSchema,
  ConnectedAccountDeletedEventSchema: () => ConnectedAccountDeletedEventSchema,
  ConnectedAccountDisconnectedEventSchema: () => ConnectedAccountDisconnectedEventSchema,
  ConnectedAccountReauthorizationRequestedEventSchema: () => ConnectedAccountReauthorizationRequestedEventSchema,
  ConnectedAccountSuccessfulLoginEventSchema: () => ConnectedAccountSuccessfulLoginEventSchema,
  DeviceAccessoryKeypadConnectedEventSchema: () => DeviceAccessoryKeypadConnectedEventSchema,
  DeviceAccessoryKeypadDisconnectedEventSchema: () => DeviceAccessoryKeypadDisconnectedEventSchema,
  DeviceAddedEventSchema: () => DeviceAddedEventSchema,
  DeviceBatteryStatusChangedEventSchema: () => DeviceBatteryStatusChangedEventSchema,
  DeviceConnectedEventSchema: () => DeviceConnectedEventSchema,
  DeviceConnectionBecameFlakyEventSchema: () => DeviceConnectionBecameFlakyEventSchema,
  DeviceConnectionStabilizedEventSchema: () => DeviceConnectionStabilizedEventSchema,
  DeviceConvertedToUnmanagedEventSchema: () => DeviceConvertedToUnmanagedEventSchema,
  DeviceDeletedEventSchema: () => DeviceDeletedEventSchema,
  DeviceDisconnectedEventSchema: () => DeviceDisconnectedEventSchema,
  DeviceDoorbellRangEventSchema: () => DeviceDoorbellRangEventSchema,
  DeviceErrorSubscriptionRequiredEventSchema: () => DeviceErrorSubscriptionRequiredEventSchema,
  DeviceErrorSubscriptionRequiredResolvedEventSchema: () => DeviceErrorSubscriptionRequiredResolvedEventSchema,
  DeviceLowBatteryEventSchema: () => DeviceLowBatteryEventSchema,
  DeviceNameChangedEventSchema: () => DeviceNameChangedEventSchema,
  DeviceRemovedEventSchema: () => DeviceRemovedEventSchema,
  DeviceSaltoPrivacyModeActivatedEventSchema: () => DeviceSaltoPrivacyModeActivatedEventSchema,
  DeviceSaltoPrivacyModeDeactivatedEventSchema: () => DeviceSaltoPrivacyModeDeactivatedEventSchema,
  DeviceTamperedEventSchema: () => DeviceTamperedEventSchema,
  DeviceThirdPartyIntegrationDetectedEventSchema: () => DeviceThirdPartyIntegrationDetectedEventSchema,
  DeviceThirdPartyIntegrationNoLongerDetectedEventSchema: () => DeviceThirdPartyIntegrationNoLongerDetectedEventSchema,
  DeviceUnmanagedConnectedEventSchema: () => DeviceUnmanagedConnectedEventSchema,
  DeviceUnmanagedConvertedToManagedEventSchema: () => DeviceUnmanagedConvertedToManagedEventSchema,
  DeviceUnmanagedDisconnectedEventSchema: () => DeviceUnmanagedDisconnectedEventSchema,
  EnrollmentAutomationDeletedEventSchema: () => EnrollmentAutomationDeletedEventSchema,
  LockAccessDeniedEventSchema: () => LockAccessDeniedEventSchema,
  LockLockedEventSchema: () => LockLockedEventSchema,
  LockUnlockedEventSchema: () => LockUnlockedEventSchema,
  NoiseSensorNoiseThresholdTriggeredEventSchema: () => NoiseSensorNoiseThresholdTriggeredEventSchema,
  PhoneDeactivatedEventSchema: () => PhoneDeactivatedEventSchema,
  SeamEventSchema: () => SeamEventSchema,
  SpaceCreatedEventSchema: () => SpaceCreatedEventSchema,
  SpaceDeletedEventSchema: () => SpaceDeletedEventSchema,
  SpaceDeviceMembershipChangedEventSchema: () => SpaceDeviceMembershipChangedEventSchema,
  ThermostatClimatePresetActivatedEventSchema: () => ThermostatClimatePresetActivatedEventSchema,
  ThermostatManuallyAdjustedEventSchema: () => ThermostatManuallyAdjustedEventSchema,
  ThermostatTemperatureChangedEventSchema: () => ThermostatTemperatureChangedEventSchema,
  ThermostatTemperatureReachedSetPointEventSchema: () => ThermostatTemperatureReachedSetPointEventSchema,
  ThermostatTemperatureThresholdExceededEventSchema: () => ThermostatTemperatureThresholdExceededEventSchema,
  ThermostatTemperatureThresholdNoLongerExceededEventSchema: () => ThermostatTemperatureThresholdNoLongerExceededEventSchema,
  isAccessCodeBackupAccessCodePulledEvent: () => isAccessCodeBackupAccessCodePulledEvent,
  isAccessCodeChangedEvent: () => isAccessCodeChangedEvent,
  isAccessCodeCodeChangedEvent: () => isAccessCodeCodeChangedEvent,
  isAccessCodeCreatedEvent: () => isAccessCodeCreatedEvent,
  isAccessCodeDelayInRemovingFromDeviceEvent: () => isAccessCodeDelayInRemovingFromDeviceEvent,
  isAccessCodeDelayInSettingOnDeviceEvent: () => isAccessCodeDelayInSettingOnDeviceEvent,
  isAccessCodeDeletedEvent: () => isAccessCodeDeletedEvent,
  isAccessCodeDeletedExternalToSeamEvent: () => isAccessCodeDeletedExternalToSeamEvent,
  isAccessCodeFailedToRemoveFromDeviceEvent: () => isAccessCodeFailedToRemoveFromDeviceEvent,
  isAccessCodeFailedToSetOnDeviceEvent: () => isAccessCodeFailedToSetOnDeviceEvent,
  isAccessCodeModifiedExternalToSeamEvent: () => isAccessCodeModifiedExternalToSeamEvent,
  isAccessCodeMutationsRequestedEvent: () => isAccessCodeMutationsRequestedEvent,
  isAccessCodeNameChangedEvent: () => isAccessCodeNameChangedEvent,
  isAccessCodeRemovedFromDeviceEvent: () => isAccessCodeRemovedFromDeviceEvent,
  isAccessCodeScheduledOnDeviceEvent: () => isAccessCodeScheduledOnDeviceEvent,
  isAccessCodeSetOnDeviceEvent: () => isAccessCodeSetOnDeviceEvent,
  isAccessCodeTimeFrameChangedEvent: () => isAccessCodeTimeFrameChangedEvent,
  isAccessCodeUnmanagedConvertedToManagedEvent: () => isAccessCodeUnmanagedConvertedToManagedEvent,
  isAccessCodeUnmanagedCreatedEvent: () => isAccessCodeUnmanagedCreatedEvent,
  isAccessCodeUnmanagedFailedToConvertToManagedEvent: () => isAccessCodeUnmanagedFailedToConvertToManagedEvent,
  isAccessCodeUnmanagedRemovedEvent: () => isAccessCodeUnmanagedRemovedEvent,
  isAccessGrantAccessGrantedToAllDoorsEvent: () => isAccessGrantAccessGrantedToAllDoorsEvent,
  isAccessGrantAccessGrantedToDoorEvent: () => isAccessGrantAccessGrantedToDoorEvent,
  isAccessGrantAccessTimesChangedEvent: () => isAccessGrantAccessTimesChangedEvent,
  isAccessGrantAccessToDoorLostEvent: () => isAccessGrantAccessToDoorLostEvent,
  isAccessGrantCouldNotCreateRequestedAccessMethodsEvent: () => isAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
  isAccessGrantCreatedEvent: () => isAccessGrantCreatedEvent,
  isAccessGrantDeletedEvent: () => isAccessGrantDeletedEvent,
  isAccessMethodCardEncodingRequiredEvent: () => isAccessMethodCardEncodingRequiredEvent,
  isAccessMethodCreatedEvent: () => isAccessMethodCreatedEvent,
  isAccessMethodDelayInIssuingEvent: () => isAccessMethodDelayInIssuingEvent,
  isAccessMethodDeletedEvent: () => isAccessMethodDeletedEvent,
  isAccessMethodFailedToIssueEvent: () => isAccessMethodFailedToIssueEvent,
  isAccessMethodIssuedEvent: () => isAccessMethodIssuedEvent,
  isAccessMethodReissuedEvent: () => isAccessMethodReissuedEvent,
  isAccessMethodRevokedEvent: () => isAccessMethodRevokedEvent,
  isAcsAccessGroupDeletedEvent: () => isAcsAccessGroupDeletedEvent,
  isAcsCredentialDeletedEvent: () => isAcsCredentialDeletedEvent,
  isAcsCredentialInvalidatedEvent: () => isAcsCredentialInvalidatedEvent,
  isAcsCredentialIssuedEvent: () => isAcsCredentialIssuedEvent,
  isAcsCredentialReissuedEvent: () => isAcsCredentialReissuedEvent,
  isAcsEncoderAddedEvent: () => isAcsEncoderAddedEvent,
  isAcsEncoderRemovedEvent: () => isAcsEncoderRemovedEvent,
  isAcsEntranceAddedEvent: () => isAcsEntranceAddedEvent,
  isAcsEntranceRemovedEvent: () => isAcsEntranceRemovedEvent,
  isAcsSystemAddedEvent: () => isAcsSystemAddedEvent,
  isAcsSystemConnectedEvent: () => isAcsSystemConnectedEvent,
  isAcsSystemDisconnectedEvent: () => isAcsSystemDisconnectedEvent,
  isAcsUserCreatedEvent: () => isAcsUserCreatedEvent,
  isAcsUserDeletedEvent: () => isAcsUserDeletedEvent,
  isActionAttemptLockDoorFailedEvent: () => isActionAttemptLockDoorFailedEvent,
  isActionAttemptLockDoorSucceededEvent: () => isActionAttemptLockDoorSucceededEvent,
  isActionAttemptSimulateKeypadCodeEntryFailedEvent: () => isActionAttemptSimulateKeypadCodeEntryFailedEvent,
  isActionAttemptSimulateKeypadCodeEntrySucceededEvent: () => isActionAttemptSimulateKeypadCodeEntrySucceededEvent,
  isActionAttemptSimulateManualLockViaKeypadFailedEvent: () => isActionAttemptSimulateManualLockViaKeypadFailedEvent,
  isActionAttemptSimulateManualLockViaKeypadSucceededEvent: () => isActionAttemptSimulateManualLockViaKeypadSucceededEvent,
  isActionAttemptUnlockDoorFailedEvent: () => isActionAttemptUnlockDoorFailedEvent,
  isActionAttemptUnlockDoorSucceededEvent: () => isActionAttemptUnlockDoorSucceededEvent,
  isCameraActivatedEvent: () => isCameraActivatedEvent,
  isClientSessionDeletedEvent: () => isClientSessionDeletedEvent,
  isConnectWebviewLoginFailedEvent: () => isConnectWebviewLoginFailedEvent,
  isConnectWebviewLoginSucceededEvent: () => isConnectWebviewLoginSucceededEvent,
  isConnectedAccountCompletedFirstSyncAfterReconnectionEvent: () => isConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
  isConnectedAccountCompletedFirstSyncEvent: () => isConnectedAccountCompletedFirstSyncEvent,
  isConnectedAccountConnectedEvent: () => isConnectedAccountConnectedEvent,
  isConnectedAccountCreatedEvent: () => isConnectedAccountCreatedEvent,
  isConnectedAccountDeletedEvent: () => isConnectedAccountDeletedEvent,
  isConnectedAccountDisconnectedEvent: () => isConnectedAccountDisconnectedEvent,
  isConnectedAccountReauthorizationRequestedEvent: () => isConnectedAccountReauthorizationRequestedEvent,
  isConnectedAccountSuccessfulLoginEvent: () => isConnectedAccountSuccessfulLoginEvent,
  isDeviceAccessoryKeypadConnectedEvent: () => isDeviceAccessoryKeypadConnectedEvent,
  isDeviceAccessoryKeypadDisconnectedEvent: () => isDeviceAccessoryKeypadDisconnectedEvent,
  isDeviceAddedEvent: () => isDeviceAddedEvent,
  isDeviceBatteryStatusChangedEvent: () => isDeviceBatteryStatusChangedEvent,
  isDeviceConnectedEvent: () => isDeviceConnectedEvent,
  isDeviceConnectionBecameFlakyEvent: () => isDeviceConnectionBecameFlakyEvent,
  isDeviceConnectionStabilizedEvent: () => isDeviceConnectionStabilizedEvent,
  isDeviceConvertedToUnmanagedEvent: () => isDeviceConvertedToUnmanagedEvent,
  isDeviceDeletedEvent: () => isDeviceDeletedEvent,
  isDeviceDisconnectedEvent: () => isDeviceDisconnectedEvent,
  isDeviceDoorbellRangEvent: () => isDeviceDoorbellRangEvent,
  isDeviceErrorSubscriptionRequiredEvent: () => isDeviceErrorSubscriptionRequiredEvent,
  isDeviceErrorSubscriptionRequiredResolvedEvent: () => isDeviceErrorSubscriptionRequiredResolvedEvent,
  isDeviceLowBatteryEvent: () => isDeviceLowBatteryEvent,
  isDeviceNameChangedEvent: () => isDeviceNameChangedEvent,
  isDeviceRemovedEvent: () => isDeviceRemovedEvent,
  isDeviceSaltoPrivacyModeActivatedEvent: () => isDeviceSaltoPrivacyModeActivatedEvent,
  isDeviceSaltoPrivacyModeDeactivatedEvent: () => isDeviceSaltoPrivacyModeDeactivatedEvent,
  isDeviceTamperedEvent: () => isDeviceTamperedEvent,
  isDeviceThirdPartyIntegrationDetectedEvent: () => isDeviceThirdPartyIntegrationDetectedEvent,
  isDeviceThirdPartyIntegrationNoLongerDetectedEvent: () => isDeviceThirdPartyIntegrationNoLongerDetectedEvent,
  isDeviceUnmanagedConnectedEvent: () => isDeviceUnmanagedConnectedEvent,
  isDeviceUnmanagedConvertedToManagedEvent: () => isDeviceUnmanagedConvertedToManagedEvent,
  isDeviceUnmanagedDisconnectedEvent: () => isDeviceUnmanagedDisconnectedEvent,
  isEnrollmentAutomationDeletedEvent: () => isEnrollmentAutomationDeletedEvent,
  isLockAccessDeniedEvent: () => isLockAccessDeniedEvent,
  isLockLockedEvent: () => isLockLockedEvent,
  isLockUnlockedEvent: () => isLockUnlockedEvent,
  isNoiseSensorNoiseThresholdTriggeredEvent: () => isNoiseSensorNoiseThresholdTriggeredEvent,
  isPhoneDeactivatedEvent: () => isPhoneDeactivatedEvent,
  isSeamEvent: () => isSeamEvent,
  isSpaceCreatedEvent: () => isSpaceCreatedEvent,
  isSpaceDeletedEvent: () => isSpaceDeletedEvent,
  isSpaceDeviceMembershipChangedEvent: () => isSpaceDeviceMembershipChangedEvent,
  isThermostatClimatePresetActivatedEvent: () => isThermostatClimatePresetActivatedEvent,
  isThermostatManuallyAdjustedEvent: () => isThermostatManuallyAdjustedEvent,
  isThermostatTemperatureChangedEvent: () => isThermostatTemperatureChangedEvent,
  isThermostatTemperatureReachedSetPointEvent: () => isThermostatTemperatureReachedSetPointEvent,
  isThermostatTemperatureThresholdExceededEvent: () => isThermostatTemperatureThresholdExceededEvent,
  isThermostatTemperatureThresholdNoLongerExceededEvent: () => isThermostatTemperatureThresholdNoLongerExceededEvent,
  validateAccessCodeBackupAccessCodePulledEvent: () => validateAccessCodeBackupAccessCodePulledEvent,
  validateAccessCodeChangedEvent: () => validateAccessCodeChangedEvent,
  validateAccessCodeCodeChangedEvent: () => validateAccessCodeCodeChangedEvent,
  validateAccessCodeCreatedEvent: () => validateAccessCodeCreatedEvent,
  validateAccessCodeDelayInRemovingFromDeviceEvent: () => validateAccessCodeDelayInRemovingFromDeviceEvent,
  validateAccessCodeDelayInSettingOnDeviceEvent: () => validateAccessCodeDelayInSettingOnDeviceEvent,
  validateAccessCodeDeletedEvent: () => validateAccessCodeDeletedEvent,
  validateAccessCodeDeletedExternalToSeamEvent: () => validateAccessCodeDeletedExternalToSeamEvent,
  validateAccessCodeFailedToRemoveFromDeviceEvent: () => validateAccessCodeFailedToRemoveFromDeviceEvent,
  validateAccessCodeFailedToSetOnDeviceEvent: () => validateAccessCodeFailedToSetOnDeviceEvent,
  validateAccessCodeModifiedExternalToSeamEvent: () => validateAccessCodeModifiedExternalToSeamEvent,
  validateAccessCodeMutationsRequestedEvent: () => validateAccessCodeMutationsRequestedEvent,
  validateAccessCodeNameChangedEvent: () => validateAccessCodeNameChangedEvent,
  validateAccessCodeRemovedFromDeviceEvent: () => validateAccessCodeRemovedFromDeviceEvent,
  validateAccessCodeScheduledOnDeviceEvent: () => validateAccessCodeScheduledOnDeviceEvent,
  validateAccessCodeSetOnDeviceEvent: () => validateAccessCodeSetOnDeviceEvent,
  validateAccessCodeTimeFrameChangedEvent: () => validateAccessCodeTimeFrameChangedEvent,
  validateAccessCodeUnmanagedConvertedToManagedEvent: () => validateAccessCodeUnmanagedConvertedToManagedEvent,
  validateAccessCodeUnmanagedCreatedEvent: () => validateAccessCodeUnmanagedCreatedEvent,
  validateAccessCodeUnmanagedFailedToConvertToManagedEvent: () => validateAccessCodeUnmanagedFailedToConvertToManagedEvent,
  validateAccessCodeUnmanagedRemovedEvent: () => validateAccessCodeUnmanagedRemovedEvent,
  validateAccessGrantAccessGrantedToAllDoorsEvent: () => validateAccessGrantAccessGrantedToAllDoorsEvent,
  validateAccessGrantAccessGrantedToDoorEvent: () => validateAccessGrantAccessGrantedToDoorEvent,
  validateAccessGrantAccessTimesChangedEvent: () => validateAccessGrantAccessTimesChangedEvent,
  validateAccessGrantAccessToDoorLostEvent: () => validateAccessGrantAccessToDoorLostEvent,
  validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent: () => validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
  validateAccessGrantCreatedEvent: () => validateAccessGrantCreatedEvent,
  validateAccessGrantDeletedEvent: () => validateAccessGrantDeletedEvent,
  validateAccessMethodCardEncodingRequiredEvent: () => validateAccessMethodCardEncodingRequiredEvent,
  validateAccessMethodCreatedEvent: () => validateAccessMethodCreatedEvent,
  validateAccessMethodDelayInIssuingEvent: () => validateAccessMethodDelayInIssuingEvent,
  validateAccessMethodDeletedEvent: () => validateAccessMethodDeletedEvent,
  validateAccessMethodFailedToIssueEvent: () => validateAccessMethodFailedToIssueEvent,
  validateAccessMethodIssuedEvent: () => validateAccessMethodIssuedEvent,
  validateAccessMethodReissuedEvent: () => validateAccessMethodReissuedEvent,
  validateAccessMethodRevokedEvent: () => validateAccessMethodRevokedEvent,
  validateAcsAccessGroupDeletedEvent: () => validateAcsAccessGroupDeletedEvent,
  validateAcsCredentialDeletedEvent: () => validateAcsCredentialDeletedEvent,
  validateAcsCredentialInvalidatedEvent: () => validateAcsCredentialInvalidatedEvent,
  validateAcsCredentialIssuedEvent: () => validateAcsCredentialIssuedEvent,
  validateAcsCredentialReissuedEvent: () => validateAcsCredentialReissuedEvent,
  validateAcsEncoderAddedEvent: () => validateAcsEncoderAddedEvent,
  validateAcsEncoderRemovedEvent: () => validateAcsEncoderRemovedEvent,
  validateAcsEntranceAddedEvent: () => validateAcsEntranceAddedEvent,
  validateAcsEntranceRemovedEvent: () => validateAcsEntranceRemovedEvent,
  validateAcsSystemAddedEvent: () => validateAcsSystemAddedEvent,
  validateAcsSystemConnectedEvent: () => validateAcsSystemConnectedEvent,
  validateAcsSystemDisconnectedEvent: () => validateAcsSystemDisconnectedEvent,
  validateAcsUserCreatedEvent: () => validateAcsUserCreatedEvent,
  validateAcsUserDeletedEvent: () => validateAcsUserDeletedEvent,
  validateActionAttemptLockDoorFailedEvent: () => validateActionAttemptLockDoorFailedEvent,
  validateActionAttemptLockDoorSucceededEvent: () => validateActionAttemptLockDoorSucceededEvent,
  validateActionAttemptSimulateKeypadCodeEntryFailedEvent: () => validateActionAttemptSimulateKeypadCodeEntryFailedEvent,
  validateActionAttemptSimulateKeypadCodeEntrySucceededEvent: () => validateActionAttemptSimulateKeypadCodeEntrySucceededEvent,
  validateActionAttemptSimulateManualLockViaKeypadFailedEvent: () => validateActionAttemptSimulateManualLockViaKeypadFailedEvent,
  validateActionAttemptSimulateManualLockViaKeypadSucceededEvent: () => validateActionAttemptSimulateManualLockViaKeypadSucceededEvent,
  validateActionAttemptUnlockDoorFailedEvent: () => validateActionAttemptUnlockDoorFailedEvent,
  validateActionAttemptUnlockDoorSucceededEvent: () => validateActionAttemptUnlockDoorSucceededEvent,
  validateCameraActivatedEvent: () => validateCameraActivatedEvent,
  validateClientSessionDeletedEvent: () => validateClientSessionDeletedEvent,
  validateConnectWebviewLoginFailedEvent: () => validateConnectWebviewLoginFailedEvent,
  validateConnectWebviewLoginSucceededEvent: () => validateConnectWebviewLoginSucceededEvent,
  validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent: () => validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
  validateConnectedAccountCompletedFirstSyncEvent: () => validateConnectedAccountCompletedFirstSyncEvent,
  validateConnectedAccountConnectedEvent: () => validateConnectedAccountConnectedEvent,
  validateConnectedAccountCreatedEvent: () => validateConnectedAccountCreatedEvent,
  validateConnectedAccountDeletedEvent: () => validateConnectedAccountDeletedEvent,
  validateConnectedAccountDisconnectedEvent: () => validateConnectedAccountDisconnectedEvent,
  validateConnectedAccountReauthorizationRequestedEvent: () => validateConnectedAccountReauthorizationRequestedEvent,
  validateConnectedAccountSuccessfulLoginEvent: () => validateConnectedAccountSuccessfulLoginEvent,
  validateDeviceAccessoryKeypadConnectedEvent: () => validateDeviceAccessoryKeypadConnectedEvent,
  validateDeviceAccessoryKeypadDisconnectedEvent: () => validateDeviceAccessoryKeypadDisconnectedEvent,
  validateDeviceAddedEvent: () => validateDeviceAddedEvent,
  validateDeviceBatteryStatusChangedEvent: () => validateDeviceBatteryStatusChangedEvent,
  validateDeviceConnectedEvent: () => validateDeviceConnectedEvent,
  validateDeviceConnectionBecameFlakyEvent: () => validateDeviceConnectionBecameFlakyEvent,
  validateDeviceConnectionStabilizedEvent: () => validateDeviceConnectionStabilizedEvent,
  validateDeviceConvertedToUnmanagedEvent: () => validateDeviceConvertedToUnmanagedEvent,
  validateDeviceDeletedEvent: () => validateDeviceDeletedEvent,
  validateDeviceDisconnectedEvent: () => validateDeviceDisconnectedEvent,
  validateDeviceDoorbellRangEvent: () => validateDeviceDoorbellRangEvent,
  validateDeviceErrorSubscriptionRequiredEvent: () => validateDeviceErrorSubscriptionRequiredEvent,
  validateDeviceErrorSubscriptionRequiredResolvedEvent: () => validateDeviceErrorSubscriptionRequiredResolvedEvent,
  validateDeviceLowBatteryEvent: () => validateDeviceLowBatteryEvent,
  validateDeviceNameChangedEvent: () => validateDeviceNameChangedEvent,
  validateDeviceRemovedEvent: () => validateDeviceRemovedEvent,
  validateDeviceSaltoPrivacyModeActivatedEvent: () => validateDeviceSaltoPrivacyModeActivatedEvent,
  validateDeviceSaltoPrivacyModeDeactivatedEvent: () => validateDeviceSaltoPrivacyModeDeactivatedEvent,
  validateDeviceTamperedEvent: () => validateDeviceTamperedEvent,
  validateDeviceThirdPartyIntegrationDetectedEvent: () => validateDeviceThirdPartyIntegrationDetectedEvent,
  validateDeviceThirdPartyIntegrationNoLongerDetectedEvent: () => validateDeviceThirdPartyIntegrationNoLongerDetectedEvent,
  validateDeviceUnmanagedConnectedEvent: () => validateDeviceUnmanagedConnectedEvent,
  validateDeviceUnmanagedConvertedToManagedEvent: () => validateDeviceUnmanagedConvertedToManagedEvent,
  validateDeviceUnmanagedDisconnectedEvent: () => validateDeviceUnmanagedDisconnectedEvent,
  validateEnrollmentAutomationDeletedEvent: () => validateEnrollmentAutomationDeletedEvent,
  validateLockAccessDeniedEvent: () => validateLockAccessDeniedEvent,
  validateLockLockedEvent: () => validateLockLockedEvent,
  validateLockUnlockedEvent: () => validateLockUnlockedEvent,
  validateNoiseSensorNoiseThresholdTriggeredEvent: () => validateNoiseSensorNoiseThresholdTriggeredEvent,
  validatePhoneDeactivatedEvent: () => validatePhoneDeactivatedEvent,
  validateSeamEvent: () => validateSeamEvent,
  validateSpaceCreatedEvent: () => validateSpaceCreatedEvent,
  validateSpaceDeletedEvent: () => validateSpaceDeletedEvent,
  validateSpaceDeviceMembershipChangedEvent: () => validateSpaceDeviceMembershipChangedEvent,
  validateThermostatClimatePresetActivatedEvent: () => validateThermostatClimatePresetActivatedEvent,
  validateThermostatManuallyAdjustedEvent: () => validateThermostatManuallyAdjustedEvent,
  validateThermostatTemperatureChangedEvent: () => validateThermostatTemperatureChangedEvent,
  validateThermostatTemperatureReachedSetPointEvent: () => validateThermostatTemperatureReachedSetPointEvent,
  validateThermostatTemperatureThresholdExceededEvent: () => validateThermostatTemperatureThresholdExceededEvent,
  validateThermostatTemperatureThresholdNoLongerExceededEvent: () => validateThermostatTemperatureThresholdNoLongerExceededEvent
});
module.exports = __toCommonJS(validators_exports);
var import_validation_runtime = require("./validation-runtime.js");
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
    e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
    if (a) return e;
  }
  return e;
}
function checkValue2(v, a) {
  let e, r;
  if (v !== null) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string or null", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue3(v, a) {
  let e, r;
  if (!inAccessCodeMutationCode(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", AccessCodeMutationCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue4(v, a) {
  let e, r;
  if (!(0, import_validation_runtime.isObject)(v)) {
    e = (0, import_validation_runtime.fail)(e, void 0, "type", "object", v);
    if (a) return e;
  }
  return e;
}
function checkValue5(v, a) {
  let e, r;
  if (!inLockAccessDeniedReasonCode(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", LockAccessDeniedReasonCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue6(v, a) {
  let e, r;
  if (typeof v !== "string") {
    e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
    if (a) return e;
  } else if (!(0, import_validation_runtime.isDateTime)(v)) {
    e = (0, import_validation_runtime.fail)(e, void 0, "format", "date-time", v);
    if (a) return e;
  }
  return e;
}
function checkValue7(v, a) {
  let e, r;
  if (v !== "access_code.backup_access_code_pulled") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.backup_access_code_pulled", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue8(v, a) {
  let e, r;
  if (typeof v !== "string") {
    e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
    if (a) return e;
  } else if (!(0, import_validation_runtime.isUuid)(v)) {
    e = (0, import_validation_runtime.fail)(e, void 0, "format", "uuid", v);
    if (a) return e;
  }
  return e;
}
function checkRecord1(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    for (k in o) {
      if (!(0, import_validation_runtime.own)(o, k)) continue;
      v = o[k];
      if (!(typeof v === "string" || typeof v === "boolean")) {
        e = (0, import_validation_runtime.fail)(e, k, "type", "string or boolean", v);
        if (a) return e;
      }
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkValue9(v, a) {
  let e, r;
  if ((r = checkRecord1(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue10(v, a) {
  let e, r;
  if (v !== "access_code.changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray2(o, a) {
  if (!Array.isArray(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkAccessCodeChangedProperty(v, a)) !== void 0) {
        e = (0, import_validation_runtime.nest)(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkValue11(v, a) {
  let e, r;
  if ((r = checkArray2(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue12(v, a) {
  let e, r;
  if (v !== "access_code.code_changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.code_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue13(v, a) {
  let e, r;
  if ((r = checkAccessCodePinValue(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue14(v, a) {
  let e, r;
  if (v !== "access_code.created") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue15(v, a) {
  let e, r;
  if (v !== "access_code.delay_in_removing_from_device") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.delay_in_removing_from_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray3(o, a) {
  if (!Array.isArray(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkResourceError(v, a)) !== void 0) {
        e = (0, import_validation_runtime.nest)(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkValue16(v, a) {
  let e, r;
  if ((r = checkArray3(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkArray4(o, a) {
  if (!Array.isArray(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkResourceWarning(v, a)) !== void 0) {
        e = (0, import_validation_runtime.nest)(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkValue17(v, a) {
  let e, r;
  if ((r = checkArray4(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue18(v, a) {
  let e, r;
  if (v !== "access_code.delay_in_setting_on_device") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.delay_in_setting_on_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue19(v, a) {
  let e, r;
  if (v !== "access_code.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue20(v, a) {
  let e, r;
  if (v !== "access_code.deleted_external_to_seam") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.deleted_external_to_seam", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue21(v, a) {
  let e, r;
  if (v !== "access_code.failed_to_remove_from_device") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.failed_to_remove_from_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue22(v, a) {
  let e, r;
  if (v !== "access_code.failed_to_set_on_device") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.failed_to_set_on_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue23(v, a) {
  let e, r;
  if (v !== "access_code.modified_external_to_seam") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.modified_external_to_seam", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue24(v, a) {
  let e, r;
  if (v !== "access_code.mutations_requested") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.mutations_requested", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray5(o, a) {
  if (!Array.isArray(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkAccessCodeRequestedMutation(v, a)) !== void 0) {
        e = (0, import_validation_runtime.nest)(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkValue25(v, a) {
  let e, r;
  if ((r = checkArray5(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue26(v, a) {
  let e, r;
  if (v !== "access_code.name_changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.name_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue27(v, a) {
  let e, r;
  if ((r = checkAccessCodeNameValue(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue28(v, a) {
  let e, r;
  if (v !== "access_code.removed_from_device") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.removed_from_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue29(v, a) {
  let e, r;
  if (v !== "access_code.scheduled_on_device") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.scheduled_on_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue30(v, a) {
  let e, r;
  if (v !== "access_code.set_on_device") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.set_on_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue31(v, a) {
  let e, r;
  if (v !== "access_code.time_frame_changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.time_frame_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue32(v, a) {
  let e, r;
  if ((r = checkAccessCodeTimeFrame(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue33(v, a) {
  let e, r;
  if (v !== "access_code.unmanaged.converted_to_managed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.unmanaged.converted_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue34(v, a) {
  let e, r;
  if (v !== "access_code.unmanaged.created") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.unmanaged.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue35(v, a) {
  let e, r;
  if (v !== "access_code.unmanaged.failed_to_convert_to_managed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.unmanaged.failed_to_convert_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue36(v, a) {
  let e, r;
  if (v !== "access_code.unmanaged.removed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_code.unmanaged.removed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue37(v, a) {
  let e, r;
  if (v !== "access_grant.access_granted_to_all_doors") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_grant.access_granted_to_all_doors", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue38(v, a) {
  let e, r;
  if (v !== "access_grant.access_granted_to_door") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_grant.access_granted_to_door", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue39(v, a) {
  let e, r;
  if (v !== "access_grant.access_times_changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_grant.access_times_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue40(v, a) {
  let e, r;
  if (v !== "access_grant.access_to_door_lost") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_grant.access_to_door_lost", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue41(v, a) {
  let e, r;
  if (v !== "access_grant.could_not_create_requested_access_methods") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_grant.could_not_create_requested_access_methods", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray6(o, a) {
  if (!Array.isArray(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if (typeof v !== "string") {
        e = (0, import_validation_runtime.fail)(e, k, "type", "string", v);
        if (a) return e;
      } else if (!(0, import_validation_runtime.isUuid)(v)) {
        e = (0, import_validation_runtime.fail)(e, k, "format", "uuid", v);
        if (a) return e;
      }
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkValue42(v, a) {
  let e, r;
  if ((r = checkArray6(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue43(v, a) {
  let e, r;
  if (v !== "access_grant.created") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_grant.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue44(v, a) {
  let e, r;
  if (v !== "access_grant.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_grant.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue45(v, a) {
  let e, r;
  if (v !== "access_method.card_encoding_required") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_method.card_encoding_required", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray7(o, a) {
  if (!Array.isArray(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if (typeof v !== "string") {
        e = (0, import_validation_runtime.fail)(e, k, "type", "string", v);
        if (a) return e;
      }
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkValue46(v, a) {
  let e, r;
  if ((r = checkArray7(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue47(v, a) {
  let e, r;
  if (v !== "access_method.created") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_method.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue48(v, a) {
  let e, r;
  if (v !== "access_method.delay_in_issuing") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_method.delay_in_issuing", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue49(v, a) {
  let e, r;
  if (v !== "access_method.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_method.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue50(v, a) {
  let e, r;
  if (v !== "access_method.failed_to_issue") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_method.failed_to_issue", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue51(v, a) {
  let e, r;
  if (v !== "access_method.issued") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_method.issued", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue52(v, a) {
  let e, r;
  if (typeof v !== "boolean") {
    e = (0, import_validation_runtime.fail)(e, void 0, "type", "boolean", v);
    if (a) return e;
  }
  return e;
}
function checkValue53(v, a) {
  let e, r;
  if (v !== "access_method.reissued") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_method.reissued", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue54(v, a) {
  let e, r;
  if (v !== "access_method.revoked") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "access_method.revoked", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue55(v, a) {
  let e, r;
  if (v !== "acs_access_group.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_access_group.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue56(v, a) {
  let e, r;
  if (v !== "acs_credential.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_credential.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue57(v, a) {
  let e, r;
  if (v !== "acs_credential.invalidated") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_credential.invalidated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue58(v, a) {
  let e, r;
  if (v !== "acs_credential.issued") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_credential.issued", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue59(v, a) {
  let e, r;
  if (v !== "acs_credential.reissued") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_credential.reissued", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue60(v, a) {
  let e, r;
  if (v !== "acs_encoder.added") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_encoder.added", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue61(v, a) {
  let e, r;
  if (v !== "acs_encoder.removed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_encoder.removed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue62(v, a) {
  let e, r;
  if (v !== "acs_entrance.added") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_entrance.added", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue63(v, a) {
  let e, r;
  if (v !== "acs_entrance.removed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_entrance.removed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue64(v, a) {
  let e, r;
  if (v !== "acs_system.added") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_system.added", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue65(v, a) {
  let e, r;
  if (v !== "acs_system.connected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_system.connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue66(v, a) {
  let e, r;
  if (v !== "acs_system.disconnected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_system.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue67(v, a) {
  let e, r;
  if (v !== "acs_user.created") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_user.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue68(v, a) {
  let e, r;
  if (v !== "acs_user.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "acs_user.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue69(v, a) {
  let e, r;
  if (v !== "action_attempt.lock_door.failed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "action_attempt.lock_door.failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue70(v, a) {
  let e, r;
  if (v !== "action_attempt.lock_door.succeeded") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "action_attempt.lock_door.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue71(v, a) {
  let e, r;
  if (v !== "action_attempt.simulate_keypad_code_entry.failed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "action_attempt.simulate_keypad_code_entry.failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue72(v, a) {
  let e, r;
  if (v !== "action_attempt.simulate_keypad_code_entry.succeeded") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "action_attempt.simulate_keypad_code_entry.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue73(v, a) {
  let e, r;
  if (v !== "action_attempt.simulate_manual_lock_via_keypad.failed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "action_attempt.simulate_manual_lock_via_keypad.failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue74(v, a) {
  let e, r;
  if (v !== "action_attempt.simulate_manual_lock_via_keypad.succeeded") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(
        e,
        void 0,
        "const",
        "action_attempt.simulate_manual_lock_via_keypad.succeeded",
        v
      );
      if (a) return e;
    }
  }
  return e;
}
function checkValue75(v, a) {
  let e, r;
  if (v !== "action_attempt.unlock_door.failed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "action_attempt.unlock_door.failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue76(v, a) {
  let e, r;
  if (v !== "action_attempt.unlock_door.succeeded") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "action_attempt.unlock_door.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue77(v, a) {
  let e, r;
  if (v !== "camera.activated") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "camera.activated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue78(v, a) {
  let e, r;
  if (typeof v !== "string") {
    e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
    if (a) return e;
  } else if (!(0, import_validation_runtime.isUri)(v)) {
    e = (0, import_validation_runtime.fail)(e, void 0, "format", "uri", v);
    if (a) return e;
  }
  return e;
}
function checkValue79(v, a) {
  let e, r;
  if (!inCameraActivationReason(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", CameraActivationReasonValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue80(v, a) {
  let e, r;
  if (!inMotionSubType(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", MotionSubTypeValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue81(v, a) {
  let e, r;
  if (v !== "client_session.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "client_session.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue82(v, a) {
  let e, r;
  if (v !== "connect_webview.login_failed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connect_webview.login_failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue83(v, a) {
  let e, r;
  if (v !== "connect_webview.login_succeeded") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connect_webview.login_succeeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue84(v, a) {
  let e, r;
  if (v !== "connected_account.completed_first_sync") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connected_account.completed_first_sync", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue85(v, a) {
  let e, r;
  if (v !== "connected_account.completed_first_sync_after_reconnection") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(
        e,
        void 0,
        "const",
        "connected_account.completed_first_sync_after_reconnection",
        v
      );
      if (a) return e;
    }
  }
  return e;
}
function checkValue86(v, a) {
  let e, r;
  if (v !== "connected_account.connected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connected_account.connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue87(v, a) {
  let e, r;
  if (v !== "connected_account.created") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connected_account.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue88(v, a) {
  let e, r;
  if (v !== "connected_account.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connected_account.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue89(v, a) {
  let e, r;
  if (v !== "connected_account.disconnected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connected_account.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue90(v, a) {
  let e, r;
  if (v !== "connected_account.reauthorization_requested") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connected_account.reauthorization_requested", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue91(v, a) {
  let e, r;
  if (v !== "connected_account.successful_login") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "connected_account.successful_login", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue92(v, a) {
  let e, r;
  if (v !== "device.accessory_keypad_connected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.accessory_keypad_connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue93(v, a) {
  let e, r;
  if (v !== "device.accessory_keypad_disconnected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.accessory_keypad_disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue94(v, a) {
  let e, r;
  if (v !== "device.added") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.added", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue95(v, a) {
  let e, r;
  if (v !== "device.battery_status_changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.battery_status_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue96(v, a) {
  let e, r;
  if (!(0, import_validation_runtime.isNumber)(v)) {
    e = (0, import_validation_runtime.fail)(e, void 0, "type", "number", v);
    if (a) return e;
  } else if (v < 0 || v > 1) {
    e = (0, import_validation_runtime.fail)(e, void 0, "range", ">= 0 and <= 1", v);
    if (a) return e;
  }
  return e;
}
function checkValue97(v, a) {
  let e, r;
  if (!inBatteryStatus(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", BatteryStatusValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue98(v, a) {
  let e, r;
  if (v !== "device.connected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue99(v, a) {
  let e, r;
  if (v !== "device.connection_became_flaky") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.connection_became_flaky", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue100(v, a) {
  let e, r;
  if (v !== "device.connection_stabilized") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.connection_stabilized", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue101(v, a) {
  let e, r;
  if (v !== "device.converted_to_unmanaged") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.converted_to_unmanaged", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue102(v, a) {
  let e, r;
  if (v !== "device.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue103(v, a) {
  let e, r;
  if (v !== "device.disconnected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue104(v, a) {
  let e, r;
  if (!inDeviceDisconnectionErrorCode(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", DeviceDisconnectionErrorCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue105(v, a) {
  let e, r;
  if (v !== "device.doorbell_rang") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.doorbell_rang", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue106(v, a) {
  let e, r;
  if (v !== "device.error.subscription_required") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.error.subscription_required", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue107(v, a) {
  let e, r;
  if (v !== "device.error.subscription_required.resolved") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.error.subscription_required.resolved", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue108(v, a) {
  let e, r;
  if (v !== "device.low_battery") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.low_battery", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue109(v, a) {
  let e, r;
  if (v !== "device.name_changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.name_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue110(v, a) {
  let e, r;
  if (v !== "device.removed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.removed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue111(v, a) {
  let e, r;
  if (v !== "device.salto.privacy_mode_activated") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.salto.privacy_mode_activated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue112(v, a) {
  let e, r;
  if (v !== "device.salto.privacy_mode_deactivated") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.salto.privacy_mode_deactivated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue113(v, a) {
  let e, r;
  if (v !== "device.tampered") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.tampered", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue114(v, a) {
  let e, r;
  if (v !== "device.third_party_integration_detected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.third_party_integration_detected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue115(v, a) {
  let e, r;
  if (v !== "device.third_party_integration_no_longer_detected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.third_party_integration_no_longer_detected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue116(v, a) {
  let e, r;
  if (v !== "device.unmanaged.connected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.unmanaged.connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue117(v, a) {
  let e, r;
  if (v !== "device.unmanaged.converted_to_managed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.unmanaged.converted_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue118(v, a) {
  let e, r;
  if (v !== "device.unmanaged.disconnected") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "device.unmanaged.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue119(v, a) {
  let e, r;
  if (v !== "enrollment_automation.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "enrollment_automation.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue120(v, a) {
  let e, r;
  if (v !== "lock.access_denied") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "lock.access_denied", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue121(v, a) {
  let e, r;
  if ((r = checkLockAccessDeniedReason(v, a)) !== void 0) {
    e = r;
    if (a) return e;
  }
  return e;
}
function checkValue122(v, a) {
  let e, r;
  if (v !== "lock.locked") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "lock.locked", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue123(v, a) {
  let e, r;
  if (!inLockMethod(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", LockMethodValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue124(v, a) {
  let e, r;
  if (v !== "lock.unlocked") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "lock.unlocked", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue125(v, a) {
  let e, r;
  if (v !== "noise_sensor.noise_threshold_triggered") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "noise_sensor.noise_threshold_triggered", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue126(v, a) {
  let e, r;
  if (!(0, import_validation_runtime.isNumber)(v)) {
    e = (0, import_validation_runtime.fail)(e, void 0, "type", "number", v);
    if (a) return e;
  }
  return e;
}
function checkValue127(v, a) {
  let e, r;
  if (v !== "phone.deactivated") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "phone.deactivated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue128(v, a) {
  let e, r;
  if (v !== "space.created") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "space.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue129(v, a) {
  let e, r;
  if (v !== "space.deleted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "space.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue130(v, a) {
  let e, r;
  if (v !== "space.device_membership_changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "space.device_membership_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue131(v, a) {
  let e, r;
  if (v !== "thermostat.climate_preset_activated") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "thermostat.climate_preset_activated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue132(v, a) {
  let e, r;
  if (v !== null) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string or null", v);
      if (a) return e;
    } else if (!(0, import_validation_runtime.isUuid)(v)) {
      e = (0, import_validation_runtime.fail)(e, void 0, "format", "uuid", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue133(v, a) {
  let e, r;
  if (v !== "thermostat.manually_adjusted") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "thermostat.manually_adjusted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue134(v, a) {
  let e, r;
  if (!inThermostatAdjustmentMethod(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", ThermostatAdjustmentMethodValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue135(v, a) {
  let e, r;
  if (!inHvacModeSetting(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", HvacModeSettingValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue136(v, a) {
  let e, r;
  if (!inFanModeSetting(v)) {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "enum", FanModeSettingValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue137(v, a) {
  let e, r;
  if (v !== "thermostat.temperature_changed") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "thermostat.temperature_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue138(v, a) {
  let e, r;
  if (v !== "thermostat.temperature_reached_set_point") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "thermostat.temperature_reached_set_point", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue139(v, a) {
  let e, r;
  if (v !== "thermostat.temperature_threshold_exceeded") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "thermostat.temperature_threshold_exceeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue140(v, a) {
  let e, r;
  if (v !== null) {
    if (!(0, import_validation_runtime.isNumber)(v)) {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "number or null", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue141(v, a) {
  let e, r;
  if (v !== "thermostat.temperature_threshold_no_longer_exceeded") {
    if (typeof v !== "string") {
      e = (0, import_validation_runtime.fail)(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = (0, import_validation_runtime.fail)(e, void 0, "const", "thermostat.temperature_threshold_no_longer_exceeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkAccessCodeChangedProperty(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "property") ? o.property : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "from") ? o.from : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "to") ? o.to : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeNameValue(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "name") ? o.name : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodePinValue(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "code") ? o.code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeRequestedMutation(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "mutation_code") ? o.mutation_code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue3(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "from") ? o.from : void 0;
    if (v !== void 0 && (r = checkValue4(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "to") ? o.to : void 0;
    if (v !== void 0 && (r = checkValue4(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeTimeFrame(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "starts_at") ? o.starts_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "ends_at") ? o.ends_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkLockAccessDeniedReason(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "reason_code") ? o.reason_code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue5(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "message") ? o.message : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkResourceError(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "error_code") ? o.error_code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "message") ? o.message : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkResourceWarning(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "warning_code") ? o.warning_code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "message") ? o.message : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeBackupAccessCodePulledEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue7(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "backup_access_code_id") ? o.backup_access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue10(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "change_reason") ? o.change_reason : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "changed_properties") ? o.changed_properties : void 0;
    if (v !== void 0 && (r = checkValue11(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeCodeChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue12(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "description") ? o.description : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "from") ? o.from : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue13(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "to") ? o.to : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue13(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeCreatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue14(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeDelayInRemovingFromDeviceEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue15(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeDelayInSettingOnDeviceEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue18(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue19(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "code") ? o.code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeDeletedExternalToSeamEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue20(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeFailedToRemoveFromDeviceEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue21(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeFailedToSetOnDeviceEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue22(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeModifiedExternalToSeamEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue23(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeMutationsRequestedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue24(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "requested_mutations") ? o.requested_mutations : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue25(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeNameChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue26(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "description") ? o.description : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "from") ? o.from : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue27(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "to") ? o.to : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue27(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeRemovedFromDeviceEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue28(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeScheduledOnDeviceEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue29(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "code") ? o.code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeSetOnDeviceEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue30(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "code") ? o.code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeTimeFrameChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue31(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "description") ? o.description : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "from") ? o.from : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue32(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "to") ? o.to : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue32(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeUnmanagedConvertedToManagedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue33(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeUnmanagedCreatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue34(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeUnmanagedFailedToConvertToManagedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue35(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessCodeUnmanagedRemovedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue36(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessGrantAccessGrantedToAllDoorsEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue37(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessGrantAccessGrantedToDoorEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue38(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessGrantAccessTimesChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue39(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_key") ? o.access_grant_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "starts_at") ? o.starts_at : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "ends_at") ? o.ends_at : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessGrantAccessToDoorLostEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue40(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue41(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "error_message") ? o.error_message : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "missing_device_ids") ? o.missing_device_ids : void 0;
    if (v !== void 0 && (r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessGrantCreatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue43(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessGrantDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue44(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessMethodCardEncodingRequiredEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue45(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessMethodCreatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue47(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessMethodDelayInIssuingEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue48(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessMethodDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue49(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessMethodFailedToIssueEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue50(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessMethodIssuedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue51(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "code") ? o.code : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "is_backup_code") ? o.is_backup_code : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessMethodReissuedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue53(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "code") ? o.code : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "is_backup_code") ? o.is_backup_code : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAccessMethodRevokedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue54(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsAccessGroupDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue55(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_access_group_id") ? o.acs_access_group_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsCredentialDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue56(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsCredentialInvalidatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue57(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsCredentialIssuedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue58(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsCredentialReissuedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue59(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsEncoderAddedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue60(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_encoder_id") ? o.acs_encoder_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsEncoderRemovedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue61(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_encoder_id") ? o.acs_encoder_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsEntranceAddedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue62(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsEntranceRemovedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue63(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsSystemAddedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue64(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsSystemConnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue65(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsSystemDisconnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue66(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_errors") ? o.acs_system_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_warnings") ? o.acs_system_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsUserCreatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue67(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkAcsUserDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue68(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkActionAttemptLockDoorFailedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue69(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkActionAttemptLockDoorSucceededEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue70(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkActionAttemptSimulateKeypadCodeEntryFailedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue71(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkActionAttemptSimulateKeypadCodeEntrySucceededEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue72(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkActionAttemptSimulateManualLockViaKeypadFailedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue73(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkActionAttemptSimulateManualLockViaKeypadSucceededEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue74(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkActionAttemptUnlockDoorFailedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue75(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkActionAttemptUnlockDoorSucceededEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue76(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkCameraActivatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue77(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "image_url") ? o.image_url : void 0;
    if (v !== void 0 && (r = checkValue78(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "video_url") ? o.video_url : void 0;
    if (v !== void 0 && (r = checkValue78(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "activation_reason") ? o.activation_reason : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue79(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "motion_sub_type") ? o.motion_sub_type : void 0;
    if (v !== void 0 && (r = checkValue80(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkClientSessionDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue81(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "client_session_id") ? o.client_session_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectWebviewLoginFailedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue82(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectWebviewLoginSucceededEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue83(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectedAccountCompletedFirstSyncEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue84(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue85(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectedAccountConnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue86(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectedAccountCreatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue87(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectedAccountDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue88(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_type") ? o.connected_account_type : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectedAccountDisconnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue89(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectedAccountReauthorizationRequestedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue90(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkConnectedAccountSuccessfulLoginEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue91(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceAccessoryKeypadConnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue92(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceAccessoryKeypadDisconnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue93(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceAddedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue94(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceBatteryStatusChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue95(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "battery_level") ? o.battery_level : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue96(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "battery_status") ? o.battery_status : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue97(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceConnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue98(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceConnectionBecameFlakyEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue99(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceConnectionStabilizedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue100(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceConvertedToUnmanagedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue101(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue102(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_name") ? o.device_name : void 0;
    if (v !== void 0 && (r = checkValue2(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceDisconnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue103(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "error_code") ? o.error_code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue104(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceDoorbellRangEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue105(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "image_url") ? o.image_url : void 0;
    if (v !== void 0 && (r = checkValue78(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "video_url") ? o.video_url : void 0;
    if (v !== void 0 && (r = checkValue78(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceErrorSubscriptionRequiredEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue106(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceErrorSubscriptionRequiredResolvedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue107(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceLowBatteryEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue108(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "battery_level") ? o.battery_level : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue96(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceNameChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue109(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_name") ? o.device_name : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceRemovedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue110(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceSaltoPrivacyModeActivatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue111(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceSaltoPrivacyModeDeactivatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue112(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceTamperedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue113(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceThirdPartyIntegrationDetectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue114(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceThirdPartyIntegrationNoLongerDetectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue115(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceUnmanagedConnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue116(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceUnmanagedConvertedToManagedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue117(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkDeviceUnmanagedDisconnectedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue118(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "error_code") ? o.error_code : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue104(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkEnrollmentAutomationDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue119(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "enrollment_automation_id") ? o.enrollment_automation_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkLockAccessDeniedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue120(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "user_identity_id") ? o.user_identity_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "reason") ? o.reason : void 0;
    if (v !== void 0 && (r = checkValue121(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkLockLockedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue122(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "user_identity_id") ? o.user_identity_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "method") ? o.method : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue123(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "code") ? o.code : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_is_managed") ? o.access_code_is_managed : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "is_via_bluetooth") ? o.is_via_bluetooth : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "is_via_nfc") ? o.is_via_nfc : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkLockUnlockedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue124(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "user_identity_id") ? o.user_identity_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "method") ? o.method : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue123(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "code") ? o.code : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "access_code_is_managed") ? o.access_code_is_managed : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "is_via_bluetooth") ? o.is_via_bluetooth : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "is_via_nfc") ? o.is_via_nfc : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkNoiseSensorNoiseThresholdTriggeredEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue125(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "noise_threshold_id") ? o.noise_threshold_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "noise_threshold_name") ? o.noise_threshold_name : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "noise_level_decibels") ? o.noise_level_decibels : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "noise_level_nrs") ? o.noise_level_nrs : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "minut_metadata") ? o.minut_metadata : void 0;
    if (v !== void 0 && (r = checkValue4(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "noiseaware_metadata") ? o.noiseaware_metadata : void 0;
    if (v !== void 0 && (r = checkValue4(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkPhoneDeactivatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue127(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkSpaceCreatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue128(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "space_id") ? o.space_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "space_key") ? o.space_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_ids") ? o.device_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_ids") ? o.acs_entrance_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkSpaceDeletedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue129(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "space_id") ? o.space_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "space_key") ? o.space_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_ids") ? o.device_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_ids") ? o.acs_entrance_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkSpaceDeviceMembershipChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue130(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "space_id") ? o.space_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "space_key") ? o.space_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_ids") ? o.device_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "acs_entrance_ids") ? o.acs_entrance_ids : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkThermostatClimatePresetActivatedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue131(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "climate_preset_key") ? o.climate_preset_key : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "thermostat_schedule_id") ? o.thermostat_schedule_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue132(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "is_fallback_climate_preset") ? o.is_fallback_climate_preset : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue52(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkThermostatManuallyAdjustedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue133(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "method") ? o.method : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue134(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "hvac_mode_setting") ? o.hvac_mode_setting : void 0;
    if (v !== void 0 && (r = checkValue135(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "fan_mode_setting") ? o.fan_mode_setting : void 0;
    if (v !== void 0 && (r = checkValue136(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "heating_set_point_celsius") ? o.heating_set_point_celsius : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "heating_set_point_fahrenheit") ? o.heating_set_point_fahrenheit : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "cooling_set_point_celsius") ? o.cooling_set_point_celsius : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "cooling_set_point_fahrenheit") ? o.cooling_set_point_fahrenheit : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkThermostatTemperatureChangedEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue137(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkThermostatTemperatureReachedSetPointEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue138(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "desired_temperature_celsius") ? o.desired_temperature_celsius : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "desired_temperature_fahrenheit") ? o.desired_temperature_fahrenheit : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkThermostatTemperatureThresholdExceededEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue139(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "lower_limit_celsius") ? o.lower_limit_celsius : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "lower_limit_fahrenheit") ? o.lower_limit_fahrenheit : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "upper_limit_celsius") ? o.upper_limit_celsius : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "upper_limit_fahrenheit") ? o.upper_limit_fahrenheit : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
function checkThermostatTemperatureThresholdNoLongerExceededEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = (0, import_validation_runtime.own)(o, k = "event_type") ? o.event_type : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue141(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "lower_limit_celsius") ? o.lower_limit_celsius : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "lower_limit_fahrenheit") ? o.lower_limit_fahrenheit : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "upper_limit_celsius") ? o.upper_limit_celsius : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
    v = (0, import_validation_runtime.own)(o, k = "upper_limit_fahrenheit") ? o.upper_limit_fahrenheit : void 0;
    if (v === void 0) {
      e = (0, import_validation_runtime.missing)(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = (0, import_validation_runtime.nest)(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return (0, import_validation_runtime.threw)(e, k, x);
  }
  return e;
}
const checkSeamEventByType = /* @__PURE__ */ new Map([
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
    checkAccessCodeUnmanagedFailedToConvertToManagedEvent
  ],
  ["access_code.unmanaged.removed", checkAccessCodeUnmanagedRemovedEvent],
  ["access_grant.access_granted_to_all_doors", checkAccessGrantAccessGrantedToAllDoorsEvent],
  ["access_grant.access_granted_to_door", checkAccessGrantAccessGrantedToDoorEvent],
  ["access_grant.access_times_changed", checkAccessGrantAccessTimesChangedEvent],
  ["access_grant.access_to_door_lost", checkAccessGrantAccessToDoorLostEvent],
  [
    "access_grant.could_not_create_requested_access_methods",
    checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent
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
    checkActionAttemptSimulateKeypadCodeEntryFailedEvent
  ],
  [
    "action_attempt.simulate_keypad_code_entry.succeeded",
    checkActionAttemptSimulateKeypadCodeEntrySucceededEvent
  ],
  [
    "action_attempt.simulate_manual_lock_via_keypad.failed",
    checkActionAttemptSimulateManualLockViaKeypadFailedEvent
  ],
  [
    "action_attempt.simulate_manual_lock_via_keypad.succeeded",
    checkActionAttemptSimulateManualLockViaKeypadSucceededEvent
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
    checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent
  ],
  ["connected_account.connected", checkConnectedAccountConnectedEvent],
  ["connected_account.created", checkConnectedAccountCreatedEvent],
  ["connected_account.deleted", checkConnectedAccountDeletedEvent],
  ["connected_account.disconnected", checkConnectedAccountDisconnectedEvent],
  [
    "connected_account.reauthorization_requested",
    checkConnectedAccountReauthorizationRequestedEvent
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
    checkDeviceErrorSubscriptionRequiredResolvedEvent
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
    checkDeviceThirdPartyIntegrationNoLongerDetectedEvent
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
    checkThermostatTemperatureThresholdNoLongerExceededEvent
  ]
]);
function checkSeamEvent(o, a) {
  if (!(0, import_validation_runtime.isObject)(o)) return (0, import_validation_runtime.fail)(void 0, void 0, "type", "object", o);
  let t;
  try {
    t = (0, import_validation_runtime.own)(o, "event_type") ? o["event_type"] : void 0;
  } catch (x) {
    return (0, import_validation_runtime.threw)(void 0, "event_type", x);
  }
  const check = checkSeamEventByType.get(t);
  if (check !== void 0) return check(o, a);
  if (t === void 0) return (0, import_validation_runtime.missing)(void 0, "event_type");
  if (typeof t !== "string") return (0, import_validation_runtime.fail)(void 0, "event_type", "type", "string", t);
  return (0, import_validation_runtime.fail)(void 0, "event_type", "unknown_event_type", "109", t);
}
function validateAccessCodeBackupAccessCodePulledEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeBackupAccessCodePulledEvent, input, options);
}
function isAccessCodeBackupAccessCodePulledEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeBackupAccessCodePulledEvent, input);
}
const AccessCodeBackupAccessCodePulledEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeBackupAccessCodePulledEvent,
  vendor
);
function validateAccessCodeChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeChangedEvent, input, options);
}
function isAccessCodeChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeChangedEvent, input);
}
const AccessCodeChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessCodeChangedEvent, vendor);
function validateAccessCodeCodeChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeCodeChangedEvent, input, options);
}
function isAccessCodeCodeChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeCodeChangedEvent, input);
}
const AccessCodeCodeChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessCodeCodeChangedEvent, vendor);
function validateAccessCodeCreatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeCreatedEvent, input, options);
}
function isAccessCodeCreatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeCreatedEvent, input);
}
const AccessCodeCreatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessCodeCreatedEvent, vendor);
function validateAccessCodeDelayInRemovingFromDeviceEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeDelayInRemovingFromDeviceEvent, input, options);
}
function isAccessCodeDelayInRemovingFromDeviceEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeDelayInRemovingFromDeviceEvent, input);
}
const AccessCodeDelayInRemovingFromDeviceEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeDelayInRemovingFromDeviceEvent,
  vendor
);
function validateAccessCodeDelayInSettingOnDeviceEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeDelayInSettingOnDeviceEvent, input, options);
}
function isAccessCodeDelayInSettingOnDeviceEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeDelayInSettingOnDeviceEvent, input);
}
const AccessCodeDelayInSettingOnDeviceEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeDelayInSettingOnDeviceEvent,
  vendor
);
function validateAccessCodeDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeDeletedEvent, input, options);
}
function isAccessCodeDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeDeletedEvent, input);
}
const AccessCodeDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessCodeDeletedEvent, vendor);
function validateAccessCodeDeletedExternalToSeamEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeDeletedExternalToSeamEvent, input, options);
}
function isAccessCodeDeletedExternalToSeamEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeDeletedExternalToSeamEvent, input);
}
const AccessCodeDeletedExternalToSeamEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeDeletedExternalToSeamEvent,
  vendor
);
function validateAccessCodeFailedToRemoveFromDeviceEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeFailedToRemoveFromDeviceEvent, input, options);
}
function isAccessCodeFailedToRemoveFromDeviceEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeFailedToRemoveFromDeviceEvent, input);
}
const AccessCodeFailedToRemoveFromDeviceEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeFailedToRemoveFromDeviceEvent,
  vendor
);
function validateAccessCodeFailedToSetOnDeviceEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeFailedToSetOnDeviceEvent, input, options);
}
function isAccessCodeFailedToSetOnDeviceEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeFailedToSetOnDeviceEvent, input);
}
const AccessCodeFailedToSetOnDeviceEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeFailedToSetOnDeviceEvent,
  vendor
);
function validateAccessCodeModifiedExternalToSeamEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeModifiedExternalToSeamEvent, input, options);
}
function isAccessCodeModifiedExternalToSeamEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeModifiedExternalToSeamEvent, input);
}
const AccessCodeModifiedExternalToSeamEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeModifiedExternalToSeamEvent,
  vendor
);
function validateAccessCodeMutationsRequestedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeMutationsRequestedEvent, input, options);
}
function isAccessCodeMutationsRequestedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeMutationsRequestedEvent, input);
}
const AccessCodeMutationsRequestedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeMutationsRequestedEvent,
  vendor
);
function validateAccessCodeNameChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeNameChangedEvent, input, options);
}
function isAccessCodeNameChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeNameChangedEvent, input);
}
const AccessCodeNameChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessCodeNameChangedEvent, vendor);
function validateAccessCodeRemovedFromDeviceEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeRemovedFromDeviceEvent, input, options);
}
function isAccessCodeRemovedFromDeviceEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeRemovedFromDeviceEvent, input);
}
const AccessCodeRemovedFromDeviceEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeRemovedFromDeviceEvent,
  vendor
);
function validateAccessCodeScheduledOnDeviceEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeScheduledOnDeviceEvent, input, options);
}
function isAccessCodeScheduledOnDeviceEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeScheduledOnDeviceEvent, input);
}
const AccessCodeScheduledOnDeviceEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeScheduledOnDeviceEvent,
  vendor
);
function validateAccessCodeSetOnDeviceEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeSetOnDeviceEvent, input, options);
}
function isAccessCodeSetOnDeviceEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeSetOnDeviceEvent, input);
}
const AccessCodeSetOnDeviceEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessCodeSetOnDeviceEvent, vendor);
function validateAccessCodeTimeFrameChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeTimeFrameChangedEvent, input, options);
}
function isAccessCodeTimeFrameChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeTimeFrameChangedEvent, input);
}
const AccessCodeTimeFrameChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeTimeFrameChangedEvent,
  vendor
);
function validateAccessCodeUnmanagedConvertedToManagedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeUnmanagedConvertedToManagedEvent, input, options);
}
function isAccessCodeUnmanagedConvertedToManagedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeUnmanagedConvertedToManagedEvent, input);
}
const AccessCodeUnmanagedConvertedToManagedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeUnmanagedConvertedToManagedEvent,
  vendor
);
function validateAccessCodeUnmanagedCreatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeUnmanagedCreatedEvent, input, options);
}
function isAccessCodeUnmanagedCreatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeUnmanagedCreatedEvent, input);
}
const AccessCodeUnmanagedCreatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeUnmanagedCreatedEvent,
  vendor
);
function validateAccessCodeUnmanagedFailedToConvertToManagedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, input, options);
}
function isAccessCodeUnmanagedFailedToConvertToManagedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, input);
}
const AccessCodeUnmanagedFailedToConvertToManagedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeUnmanagedFailedToConvertToManagedEvent,
  vendor
);
function validateAccessCodeUnmanagedRemovedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessCodeUnmanagedRemovedEvent, input, options);
}
function isAccessCodeUnmanagedRemovedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessCodeUnmanagedRemovedEvent, input);
}
const AccessCodeUnmanagedRemovedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessCodeUnmanagedRemovedEvent,
  vendor
);
function validateAccessGrantAccessGrantedToAllDoorsEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessGrantAccessGrantedToAllDoorsEvent, input, options);
}
function isAccessGrantAccessGrantedToAllDoorsEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessGrantAccessGrantedToAllDoorsEvent, input);
}
const AccessGrantAccessGrantedToAllDoorsEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessGrantAccessGrantedToAllDoorsEvent,
  vendor
);
function validateAccessGrantAccessGrantedToDoorEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessGrantAccessGrantedToDoorEvent, input, options);
}
function isAccessGrantAccessGrantedToDoorEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessGrantAccessGrantedToDoorEvent, input);
}
const AccessGrantAccessGrantedToDoorEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessGrantAccessGrantedToDoorEvent,
  vendor
);
function validateAccessGrantAccessTimesChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessGrantAccessTimesChangedEvent, input, options);
}
function isAccessGrantAccessTimesChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessGrantAccessTimesChangedEvent, input);
}
const AccessGrantAccessTimesChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessGrantAccessTimesChangedEvent,
  vendor
);
function validateAccessGrantAccessToDoorLostEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessGrantAccessToDoorLostEvent, input, options);
}
function isAccessGrantAccessToDoorLostEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessGrantAccessToDoorLostEvent, input);
}
const AccessGrantAccessToDoorLostEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessGrantAccessToDoorLostEvent,
  vendor
);
function validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, input, options);
}
function isAccessGrantCouldNotCreateRequestedAccessMethodsEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, input);
}
const AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
  vendor
);
function validateAccessGrantCreatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessGrantCreatedEvent, input, options);
}
function isAccessGrantCreatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessGrantCreatedEvent, input);
}
const AccessGrantCreatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessGrantCreatedEvent, vendor);
function validateAccessGrantDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessGrantDeletedEvent, input, options);
}
function isAccessGrantDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessGrantDeletedEvent, input);
}
const AccessGrantDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessGrantDeletedEvent, vendor);
function validateAccessMethodCardEncodingRequiredEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessMethodCardEncodingRequiredEvent, input, options);
}
function isAccessMethodCardEncodingRequiredEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessMethodCardEncodingRequiredEvent, input);
}
const AccessMethodCardEncodingRequiredEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessMethodCardEncodingRequiredEvent,
  vendor
);
function validateAccessMethodCreatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessMethodCreatedEvent, input, options);
}
function isAccessMethodCreatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessMethodCreatedEvent, input);
}
const AccessMethodCreatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessMethodCreatedEvent, vendor);
function validateAccessMethodDelayInIssuingEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessMethodDelayInIssuingEvent, input, options);
}
function isAccessMethodDelayInIssuingEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessMethodDelayInIssuingEvent, input);
}
const AccessMethodDelayInIssuingEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessMethodDelayInIssuingEvent,
  vendor
);
function validateAccessMethodDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessMethodDeletedEvent, input, options);
}
function isAccessMethodDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessMethodDeletedEvent, input);
}
const AccessMethodDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessMethodDeletedEvent, vendor);
function validateAccessMethodFailedToIssueEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessMethodFailedToIssueEvent, input, options);
}
function isAccessMethodFailedToIssueEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessMethodFailedToIssueEvent, input);
}
const AccessMethodFailedToIssueEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAccessMethodFailedToIssueEvent,
  vendor
);
function validateAccessMethodIssuedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessMethodIssuedEvent, input, options);
}
function isAccessMethodIssuedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessMethodIssuedEvent, input);
}
const AccessMethodIssuedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessMethodIssuedEvent, vendor);
function validateAccessMethodReissuedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessMethodReissuedEvent, input, options);
}
function isAccessMethodReissuedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessMethodReissuedEvent, input);
}
const AccessMethodReissuedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessMethodReissuedEvent, vendor);
function validateAccessMethodRevokedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAccessMethodRevokedEvent, input, options);
}
function isAccessMethodRevokedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAccessMethodRevokedEvent, input);
}
const AccessMethodRevokedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAccessMethodRevokedEvent, vendor);
function validateAcsAccessGroupDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsAccessGroupDeletedEvent, input, options);
}
function isAcsAccessGroupDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsAccessGroupDeletedEvent, input);
}
const AcsAccessGroupDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsAccessGroupDeletedEvent, vendor);
function validateAcsCredentialDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsCredentialDeletedEvent, input, options);
}
function isAcsCredentialDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsCredentialDeletedEvent, input);
}
const AcsCredentialDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsCredentialDeletedEvent, vendor);
function validateAcsCredentialInvalidatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsCredentialInvalidatedEvent, input, options);
}
function isAcsCredentialInvalidatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsCredentialInvalidatedEvent, input);
}
const AcsCredentialInvalidatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkAcsCredentialInvalidatedEvent,
  vendor
);
function validateAcsCredentialIssuedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsCredentialIssuedEvent, input, options);
}
function isAcsCredentialIssuedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsCredentialIssuedEvent, input);
}
const AcsCredentialIssuedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsCredentialIssuedEvent, vendor);
function validateAcsCredentialReissuedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsCredentialReissuedEvent, input, options);
}
function isAcsCredentialReissuedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsCredentialReissuedEvent, input);
}
const AcsCredentialReissuedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsCredentialReissuedEvent, vendor);
function validateAcsEncoderAddedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsEncoderAddedEvent, input, options);
}
function isAcsEncoderAddedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsEncoderAddedEvent, input);
}
const AcsEncoderAddedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsEncoderAddedEvent, vendor);
function validateAcsEncoderRemovedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsEncoderRemovedEvent, input, options);
}
function isAcsEncoderRemovedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsEncoderRemovedEvent, input);
}
const AcsEncoderRemovedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsEncoderRemovedEvent, vendor);
function validateAcsEntranceAddedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsEntranceAddedEvent, input, options);
}
function isAcsEntranceAddedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsEntranceAddedEvent, input);
}
const AcsEntranceAddedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsEntranceAddedEvent, vendor);
function validateAcsEntranceRemovedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsEntranceRemovedEvent, input, options);
}
function isAcsEntranceRemovedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsEntranceRemovedEvent, input);
}
const AcsEntranceRemovedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsEntranceRemovedEvent, vendor);
function validateAcsSystemAddedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsSystemAddedEvent, input, options);
}
function isAcsSystemAddedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsSystemAddedEvent, input);
}
const AcsSystemAddedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsSystemAddedEvent, vendor);
function validateAcsSystemConnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsSystemConnectedEvent, input, options);
}
function isAcsSystemConnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsSystemConnectedEvent, input);
}
const AcsSystemConnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsSystemConnectedEvent, vendor);
function validateAcsSystemDisconnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsSystemDisconnectedEvent, input, options);
}
function isAcsSystemDisconnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsSystemDisconnectedEvent, input);
}
const AcsSystemDisconnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsSystemDisconnectedEvent, vendor);
function validateAcsUserCreatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsUserCreatedEvent, input, options);
}
function isAcsUserCreatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsUserCreatedEvent, input);
}
const AcsUserCreatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsUserCreatedEvent, vendor);
function validateAcsUserDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkAcsUserDeletedEvent, input, options);
}
function isAcsUserDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkAcsUserDeletedEvent, input);
}
const AcsUserDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkAcsUserDeletedEvent, vendor);
function validateActionAttemptLockDoorFailedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkActionAttemptLockDoorFailedEvent, input, options);
}
function isActionAttemptLockDoorFailedEvent(input) {
  return (0, import_validation_runtime.passes)(checkActionAttemptLockDoorFailedEvent, input);
}
const ActionAttemptLockDoorFailedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkActionAttemptLockDoorFailedEvent,
  vendor
);
function validateActionAttemptLockDoorSucceededEvent(input, options) {
  return (0, import_validation_runtime.run)(checkActionAttemptLockDoorSucceededEvent, input, options);
}
function isActionAttemptLockDoorSucceededEvent(input) {
  return (0, import_validation_runtime.passes)(checkActionAttemptLockDoorSucceededEvent, input);
}
const ActionAttemptLockDoorSucceededEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkActionAttemptLockDoorSucceededEvent,
  vendor
);
function validateActionAttemptSimulateKeypadCodeEntryFailedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, input, options);
}
function isActionAttemptSimulateKeypadCodeEntryFailedEvent(input) {
  return (0, import_validation_runtime.passes)(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, input);
}
const ActionAttemptSimulateKeypadCodeEntryFailedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkActionAttemptSimulateKeypadCodeEntryFailedEvent,
  vendor
);
function validateActionAttemptSimulateKeypadCodeEntrySucceededEvent(input, options) {
  return (0, import_validation_runtime.run)(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, input, options);
}
function isActionAttemptSimulateKeypadCodeEntrySucceededEvent(input) {
  return (0, import_validation_runtime.passes)(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, input);
}
const ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkActionAttemptSimulateKeypadCodeEntrySucceededEvent,
  vendor
);
function validateActionAttemptSimulateManualLockViaKeypadFailedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, input, options);
}
function isActionAttemptSimulateManualLockViaKeypadFailedEvent(input) {
  return (0, import_validation_runtime.passes)(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, input);
}
const ActionAttemptSimulateManualLockViaKeypadFailedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkActionAttemptSimulateManualLockViaKeypadFailedEvent,
  vendor
);
function validateActionAttemptSimulateManualLockViaKeypadSucceededEvent(input, options) {
  return (0, import_validation_runtime.run)(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, input, options);
}
function isActionAttemptSimulateManualLockViaKeypadSucceededEvent(input) {
  return (0, import_validation_runtime.passes)(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, input);
}
const ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkActionAttemptSimulateManualLockViaKeypadSucceededEvent,
  vendor
);
function validateActionAttemptUnlockDoorFailedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkActionAttemptUnlockDoorFailedEvent, input, options);
}
function isActionAttemptUnlockDoorFailedEvent(input) {
  return (0, import_validation_runtime.passes)(checkActionAttemptUnlockDoorFailedEvent, input);
}
const ActionAttemptUnlockDoorFailedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkActionAttemptUnlockDoorFailedEvent,
  vendor
);
function validateActionAttemptUnlockDoorSucceededEvent(input, options) {
  return (0, import_validation_runtime.run)(checkActionAttemptUnlockDoorSucceededEvent, input, options);
}
function isActionAttemptUnlockDoorSucceededEvent(input) {
  return (0, import_validation_runtime.passes)(checkActionAttemptUnlockDoorSucceededEvent, input);
}
const ActionAttemptUnlockDoorSucceededEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkActionAttemptUnlockDoorSucceededEvent,
  vendor
);
function validateCameraActivatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkCameraActivatedEvent, input, options);
}
function isCameraActivatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkCameraActivatedEvent, input);
}
const CameraActivatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkCameraActivatedEvent, vendor);
function validateClientSessionDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkClientSessionDeletedEvent, input, options);
}
function isClientSessionDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkClientSessionDeletedEvent, input);
}
const ClientSessionDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkClientSessionDeletedEvent, vendor);
function validateConnectWebviewLoginFailedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectWebviewLoginFailedEvent, input, options);
}
function isConnectWebviewLoginFailedEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectWebviewLoginFailedEvent, input);
}
const ConnectWebviewLoginFailedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkConnectWebviewLoginFailedEvent,
  vendor
);
function validateConnectWebviewLoginSucceededEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectWebviewLoginSucceededEvent, input, options);
}
function isConnectWebviewLoginSucceededEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectWebviewLoginSucceededEvent, input);
}
const ConnectWebviewLoginSucceededEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkConnectWebviewLoginSucceededEvent,
  vendor
);
function validateConnectedAccountCompletedFirstSyncEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectedAccountCompletedFirstSyncEvent, input, options);
}
function isConnectedAccountCompletedFirstSyncEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectedAccountCompletedFirstSyncEvent, input);
}
const ConnectedAccountCompletedFirstSyncEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkConnectedAccountCompletedFirstSyncEvent,
  vendor
);
function validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, input, options);
}
function isConnectedAccountCompletedFirstSyncAfterReconnectionEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, input);
}
const ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
  vendor
);
function validateConnectedAccountConnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectedAccountConnectedEvent, input, options);
}
function isConnectedAccountConnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectedAccountConnectedEvent, input);
}
const ConnectedAccountConnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkConnectedAccountConnectedEvent,
  vendor
);
function validateConnectedAccountCreatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectedAccountCreatedEvent, input, options);
}
function isConnectedAccountCreatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectedAccountCreatedEvent, input);
}
const ConnectedAccountCreatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkConnectedAccountCreatedEvent, vendor);
function validateConnectedAccountDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectedAccountDeletedEvent, input, options);
}
function isConnectedAccountDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectedAccountDeletedEvent, input);
}
const ConnectedAccountDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkConnectedAccountDeletedEvent, vendor);
function validateConnectedAccountDisconnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectedAccountDisconnectedEvent, input, options);
}
function isConnectedAccountDisconnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectedAccountDisconnectedEvent, input);
}
const ConnectedAccountDisconnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkConnectedAccountDisconnectedEvent,
  vendor
);
function validateConnectedAccountReauthorizationRequestedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectedAccountReauthorizationRequestedEvent, input, options);
}
function isConnectedAccountReauthorizationRequestedEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectedAccountReauthorizationRequestedEvent, input);
}
const ConnectedAccountReauthorizationRequestedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkConnectedAccountReauthorizationRequestedEvent,
  vendor
);
function validateConnectedAccountSuccessfulLoginEvent(input, options) {
  return (0, import_validation_runtime.run)(checkConnectedAccountSuccessfulLoginEvent, input, options);
}
function isConnectedAccountSuccessfulLoginEvent(input) {
  return (0, import_validation_runtime.passes)(checkConnectedAccountSuccessfulLoginEvent, input);
}
const ConnectedAccountSuccessfulLoginEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkConnectedAccountSuccessfulLoginEvent,
  vendor
);
function validateDeviceAccessoryKeypadConnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceAccessoryKeypadConnectedEvent, input, options);
}
function isDeviceAccessoryKeypadConnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceAccessoryKeypadConnectedEvent, input);
}
const DeviceAccessoryKeypadConnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceAccessoryKeypadConnectedEvent,
  vendor
);
function validateDeviceAccessoryKeypadDisconnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceAccessoryKeypadDisconnectedEvent, input, options);
}
function isDeviceAccessoryKeypadDisconnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceAccessoryKeypadDisconnectedEvent, input);
}
const DeviceAccessoryKeypadDisconnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceAccessoryKeypadDisconnectedEvent,
  vendor
);
function validateDeviceAddedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceAddedEvent, input, options);
}
function isDeviceAddedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceAddedEvent, input);
}
const DeviceAddedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceAddedEvent, vendor);
function validateDeviceBatteryStatusChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceBatteryStatusChangedEvent, input, options);
}
function isDeviceBatteryStatusChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceBatteryStatusChangedEvent, input);
}
const DeviceBatteryStatusChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceBatteryStatusChangedEvent,
  vendor
);
function validateDeviceConnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceConnectedEvent, input, options);
}
function isDeviceConnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceConnectedEvent, input);
}
const DeviceConnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceConnectedEvent, vendor);
function validateDeviceConnectionBecameFlakyEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceConnectionBecameFlakyEvent, input, options);
}
function isDeviceConnectionBecameFlakyEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceConnectionBecameFlakyEvent, input);
}
const DeviceConnectionBecameFlakyEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceConnectionBecameFlakyEvent,
  vendor
);
function validateDeviceConnectionStabilizedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceConnectionStabilizedEvent, input, options);
}
function isDeviceConnectionStabilizedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceConnectionStabilizedEvent, input);
}
const DeviceConnectionStabilizedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceConnectionStabilizedEvent,
  vendor
);
function validateDeviceConvertedToUnmanagedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceConvertedToUnmanagedEvent, input, options);
}
function isDeviceConvertedToUnmanagedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceConvertedToUnmanagedEvent, input);
}
const DeviceConvertedToUnmanagedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceConvertedToUnmanagedEvent,
  vendor
);
function validateDeviceDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceDeletedEvent, input, options);
}
function isDeviceDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceDeletedEvent, input);
}
const DeviceDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceDeletedEvent, vendor);
function validateDeviceDisconnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceDisconnectedEvent, input, options);
}
function isDeviceDisconnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceDisconnectedEvent, input);
}
const DeviceDisconnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceDisconnectedEvent, vendor);
function validateDeviceDoorbellRangEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceDoorbellRangEvent, input, options);
}
function isDeviceDoorbellRangEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceDoorbellRangEvent, input);
}
const DeviceDoorbellRangEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceDoorbellRangEvent, vendor);
function validateDeviceErrorSubscriptionRequiredEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceErrorSubscriptionRequiredEvent, input, options);
}
function isDeviceErrorSubscriptionRequiredEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceErrorSubscriptionRequiredEvent, input);
}
const DeviceErrorSubscriptionRequiredEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceErrorSubscriptionRequiredEvent,
  vendor
);
function validateDeviceErrorSubscriptionRequiredResolvedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceErrorSubscriptionRequiredResolvedEvent, input, options);
}
function isDeviceErrorSubscriptionRequiredResolvedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceErrorSubscriptionRequiredResolvedEvent, input);
}
const DeviceErrorSubscriptionRequiredResolvedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceErrorSubscriptionRequiredResolvedEvent,
  vendor
);
function validateDeviceLowBatteryEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceLowBatteryEvent, input, options);
}
function isDeviceLowBatteryEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceLowBatteryEvent, input);
}
const DeviceLowBatteryEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceLowBatteryEvent, vendor);
function validateDeviceNameChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceNameChangedEvent, input, options);
}
function isDeviceNameChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceNameChangedEvent, input);
}
const DeviceNameChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceNameChangedEvent, vendor);
function validateDeviceRemovedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceRemovedEvent, input, options);
}
function isDeviceRemovedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceRemovedEvent, input);
}
const DeviceRemovedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceRemovedEvent, vendor);
function validateDeviceSaltoPrivacyModeActivatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceSaltoPrivacyModeActivatedEvent, input, options);
}
function isDeviceSaltoPrivacyModeActivatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceSaltoPrivacyModeActivatedEvent, input);
}
const DeviceSaltoPrivacyModeActivatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceSaltoPrivacyModeActivatedEvent,
  vendor
);
function validateDeviceSaltoPrivacyModeDeactivatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceSaltoPrivacyModeDeactivatedEvent, input, options);
}
function isDeviceSaltoPrivacyModeDeactivatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceSaltoPrivacyModeDeactivatedEvent, input);
}
const DeviceSaltoPrivacyModeDeactivatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceSaltoPrivacyModeDeactivatedEvent,
  vendor
);
function validateDeviceTamperedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceTamperedEvent, input, options);
}
function isDeviceTamperedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceTamperedEvent, input);
}
const DeviceTamperedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkDeviceTamperedEvent, vendor);
function validateDeviceThirdPartyIntegrationDetectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceThirdPartyIntegrationDetectedEvent, input, options);
}
function isDeviceThirdPartyIntegrationDetectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceThirdPartyIntegrationDetectedEvent, input);
}
const DeviceThirdPartyIntegrationDetectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceThirdPartyIntegrationDetectedEvent,
  vendor
);
function validateDeviceThirdPartyIntegrationNoLongerDetectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, input, options);
}
function isDeviceThirdPartyIntegrationNoLongerDetectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, input);
}
const DeviceThirdPartyIntegrationNoLongerDetectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceThirdPartyIntegrationNoLongerDetectedEvent,
  vendor
);
function validateDeviceUnmanagedConnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceUnmanagedConnectedEvent, input, options);
}
function isDeviceUnmanagedConnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceUnmanagedConnectedEvent, input);
}
const DeviceUnmanagedConnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceUnmanagedConnectedEvent,
  vendor
);
function validateDeviceUnmanagedConvertedToManagedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceUnmanagedConvertedToManagedEvent, input, options);
}
function isDeviceUnmanagedConvertedToManagedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceUnmanagedConvertedToManagedEvent, input);
}
const DeviceUnmanagedConvertedToManagedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceUnmanagedConvertedToManagedEvent,
  vendor
);
function validateDeviceUnmanagedDisconnectedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkDeviceUnmanagedDisconnectedEvent, input, options);
}
function isDeviceUnmanagedDisconnectedEvent(input) {
  return (0, import_validation_runtime.passes)(checkDeviceUnmanagedDisconnectedEvent, input);
}
const DeviceUnmanagedDisconnectedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkDeviceUnmanagedDisconnectedEvent,
  vendor
);
function validateEnrollmentAutomationDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkEnrollmentAutomationDeletedEvent, input, options);
}
function isEnrollmentAutomationDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkEnrollmentAutomationDeletedEvent, input);
}
const EnrollmentAutomationDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkEnrollmentAutomationDeletedEvent,
  vendor
);
function validateLockAccessDeniedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkLockAccessDeniedEvent, input, options);
}
function isLockAccessDeniedEvent(input) {
  return (0, import_validation_runtime.passes)(checkLockAccessDeniedEvent, input);
}
const LockAccessDeniedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkLockAccessDeniedEvent, vendor);
function validateLockLockedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkLockLockedEvent, input, options);
}
function isLockLockedEvent(input) {
  return (0, import_validation_runtime.passes)(checkLockLockedEvent, input);
}
const LockLockedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkLockLockedEvent, vendor);
function validateLockUnlockedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkLockUnlockedEvent, input, options);
}
function isLockUnlockedEvent(input) {
  return (0, import_validation_runtime.passes)(checkLockUnlockedEvent, input);
}
const LockUnlockedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkLockUnlockedEvent, vendor);
function validateNoiseSensorNoiseThresholdTriggeredEvent(input, options) {
  return (0, import_validation_runtime.run)(checkNoiseSensorNoiseThresholdTriggeredEvent, input, options);
}
function isNoiseSensorNoiseThresholdTriggeredEvent(input) {
  return (0, import_validation_runtime.passes)(checkNoiseSensorNoiseThresholdTriggeredEvent, input);
}
const NoiseSensorNoiseThresholdTriggeredEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkNoiseSensorNoiseThresholdTriggeredEvent,
  vendor
);
function validatePhoneDeactivatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkPhoneDeactivatedEvent, input, options);
}
function isPhoneDeactivatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkPhoneDeactivatedEvent, input);
}
const PhoneDeactivatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkPhoneDeactivatedEvent, vendor);
function validateSpaceCreatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkSpaceCreatedEvent, input, options);
}
function isSpaceCreatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkSpaceCreatedEvent, input);
}
const SpaceCreatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkSpaceCreatedEvent, vendor);
function validateSpaceDeletedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkSpaceDeletedEvent, input, options);
}
function isSpaceDeletedEvent(input) {
  return (0, import_validation_runtime.passes)(checkSpaceDeletedEvent, input);
}
const SpaceDeletedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(checkSpaceDeletedEvent, vendor);
function validateSpaceDeviceMembershipChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkSpaceDeviceMembershipChangedEvent, input, options);
}
function isSpaceDeviceMembershipChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkSpaceDeviceMembershipChangedEvent, input);
}
const SpaceDeviceMembershipChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkSpaceDeviceMembershipChangedEvent,
  vendor
);
function validateThermostatClimatePresetActivatedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkThermostatClimatePresetActivatedEvent, input, options);
}
function isThermostatClimatePresetActivatedEvent(input) {
  return (0, import_validation_runtime.passes)(checkThermostatClimatePresetActivatedEvent, input);
}
const ThermostatClimatePresetActivatedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkThermostatClimatePresetActivatedEvent,
  vendor
);
function validateThermostatManuallyAdjustedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkThermostatManuallyAdjustedEvent, input, options);
}
function isThermostatManuallyAdjustedEvent(input) {
  return (0, import_validation_runtime.passes)(checkThermostatManuallyAdjustedEvent, input);
}
const ThermostatManuallyAdjustedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkThermostatManuallyAdjustedEvent,
  vendor
);
function validateThermostatTemperatureChangedEvent(input, options) {
  return (0, import_validation_runtime.run)(checkThermostatTemperatureChangedEvent, input, options);
}
function isThermostatTemperatureChangedEvent(input) {
  return (0, import_validation_runtime.passes)(checkThermostatTemperatureChangedEvent, input);
}
const ThermostatTemperatureChangedEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkThermostatTemperatureChangedEvent,
  vendor
);
function validateThermostatTemperatureReachedSetPointEvent(input, options) {
  return (0, import_validation_runtime.run)(checkThermostatTemperatureReachedSetPointEvent, input, options);
}
function isThermostatTemperatureReachedSetPointEvent(input) {
  return (0, import_validation_runtime.passes)(checkThermostatTemperatureReachedSetPointEvent, input);
}
const ThermostatTemperatureReachedSetPointEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkThermostatTemperatureReachedSetPointEvent,
  vendor
);
function validateThermostatTemperatureThresholdExceededEvent(input, options) {
  return (0, import_validation_runtime.run)(checkThermostatTemperatureThresholdExceededEvent, input, options);
}
function isThermostatTemperatureThresholdExceededEvent(input) {
  return (0, import_validation_runtime.passes)(checkThermostatTemperatureThresholdExceededEvent, input);
}
const ThermostatTemperatureThresholdExceededEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkThermostatTemperatureThresholdExceededEvent,
  vendor
);
function validateThermostatTemperatureThresholdNoLongerExceededEvent(input, options) {
  return (0, import_validation_runtime.run)(checkThermostatTemperatureThresholdNoLongerExceededEvent, input, options);
}
function isThermostatTemperatureThresholdNoLongerExceededEvent(input) {
  return (0, import_validation_runtime.passes)(checkThermostatTemperatureThresholdNoLongerExceededEvent, input);
}
const ThermostatTemperatureThresholdNoLongerExceededEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkThermostatTemperatureThresholdNoLongerExceededEvent,
  vendor
);
function validateSeamEvent(input, options) {
  return (0, import_validation_runtime.run)(checkSeamEvent, input, options);
}
function isSeamEvent(input) {
  return (0, import_validation_runtime.passes)(checkSeamEvent, input);
}
const SeamEventSchema = /* @__PURE__ */ (0, import_validation_runtime.standard)(
  checkSeamEvent,
  vendor
);
