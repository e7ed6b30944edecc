import type { AccessCodeBackupAccessCodePulledEvent, AccessCodeChangedEvent, AccessCodeCodeChangedEvent, AccessCodeCreatedEvent, AccessCodeDelayInRemovingFromDeviceEvent, AccessCodeDelayInSettingOnDeviceEvent, AccessCodeDeletedEvent, AccessCodeDeletedExternalToSeamEvent, AccessCodeFailedToRemoveFromDeviceEvent, AccessCodeFailedToSetOnDeviceEvent, AccessCodeModifiedExternalToSeamEvent, AccessCodeMutationsRequestedEvent, AccessCodeNameChangedEvent, AccessCodeRemovedFromDeviceEvent, AccessCodeScheduledOnDeviceEvent, AccessCodeSetOnDeviceEvent, AccessCodeTimeFrameChangedEvent, AccessCodeUnmanagedConvertedToManagedEvent, AccessCodeUnmanagedCreatedEvent, AccessCodeUnmanagedFailedToConvertToManagedEvent, AccessCodeUnmanagedRemovedEvent, AccessGrantAccessGrantedToAllDoorsEvent, AccessGrantAccessGrantedToDoorEvent, AccessGrantAccessTimesChangedEvent, AccessGrantAccessToDoorLostEvent, AccessGrantCouldNotCreateRequestedAccessMethodsEvent, AccessGrantCreatedEvent, AccessGrantDeletedEvent, AccessMethodCardEncodingRequiredEvent, AccessMethodCreatedEvent, AccessMethodDelayInIssuingEvent, AccessMethodDeletedEvent, AccessMethodFailedToIssueEvent, AccessMethodIssuedEvent, AccessMethodReissuedEvent, AccessMethodRevokedEvent, AcsAccessGroupDeletedEvent, AcsCredentialDeletedEvent, AcsCredentialInvalidatedEvent, AcsCredentialIssuedEvent, AcsCredentialReissuedEvent, AcsEncoderAddedEvent, AcsEncoderRemovedEvent, AcsEntranceAddedEvent, AcsEntranceRemovedEvent, AcsSystemAddedEvent, AcsSystemConnectedEvent, AcsSystemDisconnectedEvent, AcsUserCreatedEvent, AcsUserDeletedEvent, ActionAttemptLockDoorFailedEvent, ActionAttemptLockDoorSucceededEvent, ActionAttemptSimulateKeypadCodeEntryFailedEvent, ActionAttemptSimulateKeypadCodeEntrySucceededEvent, ActionAttemptSimulateManualLockViaKeypadFailedEvent, ActionAttemptSimulateManualLockViaKeypadSucceededEvent, ActionAttemptUnlockDoorFailedEvent, ActionAttemptUnlockDoorSucceededEvent, CameraActivatedEvent, ClientSessionDeletedEvent, ConnectWebviewLoginFailedEvent, ConnectWebviewLoginSucceededEvent, ConnectedAccountCompletedFirstSyncEvent, ConnectedAccountCompletedFirstSyncAfterReconnectionEvent, ConnectedAccountConnectedEvent, ConnectedAccountCreatedEvent, ConnectedAccountDeletedEvent, ConnectedAccountDisconnectedEvent, ConnectedAccountReauthorizationRequestedEvent, ConnectedAccountSuccessfulLoginEvent, DeviceAccessoryKeypadConnectedEvent, DeviceAccessoryKeypadDisconnectedEvent, DeviceAddedEvent, DeviceBatteryStatusChangedEvent, DeviceConnectedEvent, DeviceConnectionBecameFlakyEvent, DeviceConnectionStabilizedEvent, DeviceConvertedToUnmanagedEvent, DeviceDeletedEvent, DeviceDisconnectedEvent, DeviceDoorbellRangEvent, DeviceErrorSubscriptionRequiredEvent, DeviceErrorSubscriptionRequiredResolvedEvent, DeviceLowBatteryEvent, DeviceNameChangedEvent, DeviceRemovedEvent, DeviceSaltoPrivacyModeActivatedEvent, DeviceSaltoPrivacyModeDeactivatedEvent, DeviceTamperedEvent, DeviceThirdPartyIntegrationDetectedEvent, DeviceThirdPartyIntegrationNoLongerDetectedEvent, DeviceUnmanagedConnectedEvent, DeviceUnmanagedConvertedToManagedEvent, DeviceUnmanagedDisconnectedEvent, EnrollmentAutomationDeletedEvent, LockAccessDeniedEvent, LockLockedEvent, LockUnlockedEvent, NoiseSensorNoiseThresholdTriggeredEvent, PhoneDeactivatedEvent, SpaceCreatedEvent, SpaceDeletedEvent, SpaceDeviceMembershipChangedEvent, ThermostatClimatePresetActivatedEvent, ThermostatManuallyAdjustedEvent, ThermostatTemperatureChangedEvent, ThermostatTemperatureReachedSetPointEvent, ThermostatTemperatureThresholdExceededEvent, ThermostatTemperatureThresholdNoLongerExceededEvent, SeamEvent } from "./types.js";
import type { StandardSchemaV1, ValidateOptions, ValidationResult } from "./validation-runtime.js";
export type { StandardSchemaV1, ValidateOptions, ValidationError, ValidationErrorCode, ValidationResult, } from "./validation-runtime.js";
/** Validates a `access_code.backup_access_code_pulled` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeBackupAccessCodePulledEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeBackupAccessCodePulledEvent>;
/** True when the input is a `access_code.backup_access_code_pulled` event. */
export declare function isAccessCodeBackupAccessCodePulledEvent(input: unknown): input is AccessCodeBackupAccessCodePulledEvent;
/** Standard Schema v1 object for a `access_code.backup_access_code_pulled` event. */
export declare const AccessCodeBackupAccessCodePulledEventSchema: StandardSchemaV1<AccessCodeBackupAccessCodePulledEvent>;
/** Validates a `access_code.changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeChangedEvent>;
/** True when the input is a `access_code.changed` event. */
export declare function isAccessCodeChangedEvent(input: unknown): input is AccessCodeChangedEvent;
/** Standard Schema v1 object for a `access_code.changed` event. */
export declare const AccessCodeChangedEventSchema: StandardSchemaV1<AccessCodeChangedEvent>;
/** Validates a `access_code.code_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeCodeChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeCodeChangedEvent>;
/** True when the input is a `access_code.code_changed` event. */
export declare function isAccessCodeCodeChangedEvent(input: unknown): input is AccessCodeCodeChangedEvent;
/** Standard Schema v1 object for a `access_code.code_changed` event. */
export declare const AccessCodeCodeChangedEventSchema: StandardSchemaV1<AccessCodeCodeChangedEvent>;
/** Validates a `access_code.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeCreatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeCreatedEvent>;
/** True when the input is a `access_code.created` event. */
export declare function isAccessCodeCreatedEvent(input: unknown): input is AccessCodeCreatedEvent;
/** Standard Schema v1 object for a `access_code.created` event. */
export declare const AccessCodeCreatedEventSchema: StandardSchemaV1<AccessCodeCreatedEvent>;
/** Validates a `access_code.delay_in_removing_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeDelayInRemovingFromDeviceEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeDelayInRemovingFromDeviceEvent>;
/** True when the input is a `access_code.delay_in_removing_from_device` event. */
export declare function isAccessCodeDelayInRemovingFromDeviceEvent(input: unknown): input is AccessCodeDelayInRemovingFromDeviceEvent;
/** Standard Schema v1 object for a `access_code.delay_in_removing_from_device` event. */
export declare const AccessCodeDelayInRemovingFromDeviceEventSchema: StandardSchemaV1<AccessCodeDelayInRemovingFromDeviceEvent>;
/** Validates a `access_code.delay_in_setting_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeDelayInSettingOnDeviceEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeDelayInSettingOnDeviceEvent>;
/** True when the input is a `access_code.delay_in_setting_on_device` event. */
export declare function isAccessCodeDelayInSettingOnDeviceEvent(input: unknown): input is AccessCodeDelayInSettingOnDeviceEvent;
/** Standard Schema v1 object for a `access_code.delay_in_setting_on_device` event. */
export declare const AccessCodeDelayInSettingOnDeviceEventSchema: StandardSchemaV1<AccessCodeDelayInSettingOnDeviceEvent>;
/** Validates a `access_code.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeDeletedEvent>;
/** True when the input is a `access_code.deleted` event. */
export declare function isAccessCodeDeletedEvent(input: unknown): input is AccessCodeDeletedEvent;
/** Standard Schema v1 object for a `access_code.deleted` event. */
export declare const AccessCodeDeletedEventSchema: StandardSchemaV1<AccessCodeDeletedEvent>;
/** Validates a `access_code.deleted_external_to_seam` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeDeletedExternalToSeamEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeDeletedExternalToSeamEvent>;
/** True when the input is a `access_code.deleted_external_to_seam` event. */
export declare function isAccessCodeDeletedExternalToSeamEvent(input: unknown): input is AccessCodeDeletedExternalToSeamEvent;
/** Standard Schema v1 object for a `access_code.deleted_external_to_seam` event. */
export declare const AccessCodeDeletedExternalToSeamEventSchema: StandardSchemaV1<AccessCodeDeletedExternalToSeamEvent>;
/** Validates a `access_code.failed_to_remove_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeFailedToRemoveFromDeviceEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeFailedToRemoveFromDeviceEvent>;
/** True when the input is a `access_code.failed_to_remove_from_device` event. */
export declare function isAccessCodeFailedToRemoveFromDeviceEvent(input: unknown): input is AccessCodeFailedToRemoveFromDeviceEvent;
/** Standard Schema v1 object for a `access_code.failed_to_remove_from_device` event. */
export declare const AccessCodeFailedToRemoveFromDeviceEventSchema: StandardSchemaV1<AccessCodeFailedToRemoveFromDeviceEvent>;
/** Validates a `access_code.failed_to_set_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeFailedToSetOnDeviceEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeFailedToSetOnDeviceEvent>;
/** True when the input is a `access_code.failed_to_set_on_device` event. */
export declare function isAccessCodeFailedToSetOnDeviceEvent(input: unknown): input is AccessCodeFailedToSetOnDeviceEvent;
/** Standard Schema v1 object for a `access_code.failed_to_set_on_device` event. */
export declare const AccessCodeFailedToSetOnDeviceEventSchema: StandardSchemaV1<AccessCodeFailedToSetOnDeviceEvent>;
/** Validates a `access_code.modified_external_to_seam` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeModifiedExternalToSeamEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeModifiedExternalToSeamEvent>;
/** True when the input is a `access_code.modified_external_to_seam` event. */
export declare function isAccessCodeModifiedExternalToSeamEvent(input: unknown): input is AccessCodeModifiedExternalToSeamEvent;
/** Standard Schema v1 object for a `access_code.modified_external_to_seam` event. */
export declare const AccessCodeModifiedExternalToSeamEventSchema: StandardSchemaV1<AccessCodeModifiedExternalToSeamEvent>;
/** Validates a `access_code.mutations_requested` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeMutationsRequestedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeMutationsRequestedEvent>;
/** True when the input is a `access_code.mutations_requested` event. */
export declare function isAccessCodeMutationsRequestedEvent(input: unknown): input is AccessCodeMutationsRequestedEvent;
/** Standard Schema v1 object for a `access_code.mutations_requested` event. */
export declare const AccessCodeMutationsRequestedEventSchema: StandardSchemaV1<AccessCodeMutationsRequestedEvent>;
/** Validates a `access_code.name_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeNameChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeNameChangedEvent>;
/** True when the input is a `access_code.name_changed` event. */
export declare function isAccessCodeNameChangedEvent(input: unknown): input is AccessCodeNameChangedEvent;
/** Standard Schema v1 object for a `access_code.name_changed` event. */
export declare const AccessCodeNameChangedEventSchema: StandardSchemaV1<AccessCodeNameChangedEvent>;
/** Validates a `access_code.removed_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeRemovedFromDeviceEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeRemovedFromDeviceEvent>;
/** True when the input is a `access_code.removed_from_device` event. */
export declare function isAccessCodeRemovedFromDeviceEvent(input: unknown): input is AccessCodeRemovedFromDeviceEvent;
/** Standard Schema v1 object for a `access_code.removed_from_device` event. */
export declare const AccessCodeRemovedFromDeviceEventSchema: StandardSchemaV1<AccessCodeRemovedFromDeviceEvent>;
/** Validates a `access_code.scheduled_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeScheduledOnDeviceEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeScheduledOnDeviceEvent>;
/** True when the input is a `access_code.scheduled_on_device` event. */
export declare function isAccessCodeScheduledOnDeviceEvent(input: unknown): input is AccessCodeScheduledOnDeviceEvent;
/** Standard Schema v1 object for a `access_code.scheduled_on_device` event. */
export declare const AccessCodeScheduledOnDeviceEventSchema: StandardSchemaV1<AccessCodeScheduledOnDeviceEvent>;
/** Validates a `access_code.set_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeSetOnDeviceEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeSetOnDeviceEvent>;
/** True when the input is a `access_code.set_on_device` event. */
export declare function isAccessCodeSetOnDeviceEvent(input: unknown): input is AccessCodeSetOnDeviceEvent;
/** Standard Schema v1 object for a `access_code.set_on_device` event. */
export declare const AccessCodeSetOnDeviceEventSchema: StandardSchemaV1<AccessCodeSetOnDeviceEvent>;
/** Validates a `access_code.time_frame_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeTimeFrameChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeTimeFrameChangedEvent>;
/** True when the input is a `access_code.time_frame_changed` event. */
export declare function isAccessCodeTimeFrameChangedEvent(input: unknown): input is AccessCodeTimeFrameChangedEvent;
/** Standard Schema v1 object for a `access_code.time_frame_changed` event. */
export declare const AccessCodeTimeFrameChangedEventSchema: StandardSchemaV1<AccessCodeTimeFrameChangedEvent>;
/** Validates a `access_code.unmanaged.converted_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeUnmanagedConvertedToManagedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeUnmanagedConvertedToManagedEvent>;
/** True when the input is a `access_code.unmanaged.converted_to_managed` event. */
export declare function isAccessCodeUnmanagedConvertedToManagedEvent(input: unknown): input is AccessCodeUnmanagedConvertedToManagedEvent;
/** Standard Schema v1 object for a `access_code.unmanaged.converted_to_managed` event. */
export declare const AccessCodeUnmanagedConvertedToManagedEventSchema: StandardSchemaV1<AccessCodeUnmanagedConvertedToManagedEvent>;
/** Validates a `access_code.unmanaged.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeUnmanagedCreatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeUnmanagedCreatedEvent>;
/** True when the input is a `access_code.unmanaged.created` event. */
export declare function isAccessCodeUnmanagedCreatedEvent(input: unknown): input is AccessCodeUnmanagedCreatedEvent;
/** Standard Schema v1 object for a `access_code.unmanaged.created` event. */
export declare const AccessCodeUnmanagedCreatedEventSchema: StandardSchemaV1<AccessCodeUnmanagedCreatedEvent>;
/** Validates a `access_code.unmanaged.failed_to_convert_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeUnmanagedFailedToConvertToManagedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeUnmanagedFailedToConvertToManagedEvent>;
/** True when the input is a `access_code.unmanaged.failed_to_convert_to_managed` event. */
export declare function isAccessCodeUnmanagedFailedToConvertToManagedEvent(input: unknown): input is AccessCodeUnmanagedFailedToConvertToManagedEvent;
/** Standard Schema v1 object for a `access_code.unmanaged.failed_to_convert_to_managed` event. */
export declare const AccessCodeUnmanagedFailedToConvertToManagedEventSchema: StandardSchemaV1<AccessCodeUnmanagedFailedToConvertToManagedEvent>;
/** Validates a `access_code.unmanaged.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessCodeUnmanagedRemovedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessCodeUnmanagedRemovedEvent>;
/** True when the input is a `access_code.unmanaged.removed` event. */
export declare function isAccessCodeUnmanagedRemovedEvent(input: unknown): input is AccessCodeUnmanagedRemovedEvent;
/** Standard Schema v1 object for a `access_code.unmanaged.removed` event. */
export declare const AccessCodeUnmanagedRemovedEventSchema: StandardSchemaV1<AccessCodeUnmanagedRemovedEvent>;
/** Validates a `access_grant.access_granted_to_all_doors` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessGrantAccessGrantedToAllDoorsEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessGrantAccessGrantedToAllDoorsEvent>;
/** True when the input is a `access_grant.access_granted_to_all_doors` event. */
export declare function isAccessGrantAccessGrantedToAllDoorsEvent(input: unknown): input is AccessGrantAccessGrantedToAllDoorsEvent;
/** Standard Schema v1 object for a `access_grant.access_granted_to_all_doors` event. */
export declare const AccessGrantAccessGrantedToAllDoorsEventSchema: StandardSchemaV1<AccessGrantAccessGrantedToAllDoorsEvent>;
/** Validates a `access_grant.access_granted_to_door` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessGrantAccessGrantedToDoorEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessGrantAccessGrantedToDoorEvent>;
/** True when the input is a `access_grant.access_granted_to_door` event. */
export declare function isAccessGrantAccessGrantedToDoorEvent(input: unknown): input is AccessGrantAccessGrantedToDoorEvent;
/** Standard Schema v1 object for a `access_grant.access_granted_to_door` event. */
export declare const AccessGrantAccessGrantedToDoorEventSchema: StandardSchemaV1<AccessGrantAccessGrantedToDoorEvent>;
/** Validates a `access_grant.access_times_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessGrantAccessTimesChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessGrantAccessTimesChangedEvent>;
/** True when the input is a `access_grant.access_times_changed` event. */
export declare function isAccessGrantAccessTimesChangedEvent(input: unknown): input is AccessGrantAccessTimesChangedEvent;
/** Standard Schema v1 object for a `access_grant.access_times_changed` event. */
export declare const AccessGrantAccessTimesChangedEventSchema: StandardSchemaV1<AccessGrantAccessTimesChangedEvent>;
/** Validates a `access_grant.access_to_door_lost` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessGrantAccessToDoorLostEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessGrantAccessToDoorLostEvent>;
/** True when the input is a `access_grant.access_to_door_lost` event. */
export declare function isAccessGrantAccessToDoorLostEvent(input: unknown): input is AccessGrantAccessToDoorLostEvent;
/** Standard Schema v1 object for a `access_grant.access_to_door_lost` event. */
export declare const AccessGrantAccessToDoorLostEventSchema: StandardSchemaV1<AccessGrantAccessToDoorLostEvent>;
/** Validates a `access_grant.could_not_create_requested_access_methods` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>;
/** True when the input is a `access_grant.could_not_create_requested_access_methods` event. */
export declare function isAccessGrantCouldNotCreateRequestedAccessMethodsEvent(input: unknown): input is AccessGrantCouldNotCreateRequestedAccessMethodsEvent;
/** Standard Schema v1 object for a `access_grant.could_not_create_requested_access_methods` event. */
export declare const AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema: StandardSchemaV1<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>;
/** Validates a `access_grant.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessGrantCreatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessGrantCreatedEvent>;
/** True when the input is a `access_grant.created` event. */
export declare function isAccessGrantCreatedEvent(input: unknown): input is AccessGrantCreatedEvent;
/** Standard Schema v1 object for a `access_grant.created` event. */
export declare const AccessGrantCreatedEventSchema: StandardSchemaV1<AccessGrantCreatedEvent>;
/** Validates a `access_grant.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessGrantDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessGrantDeletedEvent>;
/** True when the input is a `access_grant.deleted` event. */
export declare function isAccessGrantDeletedEvent(input: unknown): input is AccessGrantDeletedEvent;
/** Standard Schema v1 object for a `access_grant.deleted` event. */
export declare const AccessGrantDeletedEventSchema: StandardSchemaV1<AccessGrantDeletedEvent>;
/** Validates a `access_method.card_encoding_required` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessMethodCardEncodingRequiredEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessMethodCardEncodingRequiredEvent>;
/** True when the input is a `access_method.card_encoding_required` event. */
export declare function isAccessMethodCardEncodingRequiredEvent(input: unknown): input is AccessMethodCardEncodingRequiredEvent;
/** Standard Schema v1 object for a `access_method.card_encoding_required` event. */
export declare const AccessMethodCardEncodingRequiredEventSchema: StandardSchemaV1<AccessMethodCardEncodingRequiredEvent>;
/** Validates a `access_method.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessMethodCreatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessMethodCreatedEvent>;
/** True when the input is a `access_method.created` event. */
export declare function isAccessMethodCreatedEvent(input: unknown): input is AccessMethodCreatedEvent;
/** Standard Schema v1 object for a `access_method.created` event. */
export declare const AccessMethodCreatedEventSchema: StandardSchemaV1<AccessMethodCreatedEvent>;
/** Validates a `access_method.delay_in_issuing` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessMethodDelayInIssuingEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessMethodDelayInIssuingEvent>;
/** True when the input is a `access_method.delay_in_issuing` event. */
export declare function isAccessMethodDelayInIssuingEvent(input: unknown): input is AccessMethodDelayInIssuingEvent;
/** Standard Schema v1 object for a `access_method.delay_in_issuing` event. */
export declare const AccessMethodDelayInIssuingEventSchema: StandardSchemaV1<AccessMethodDelayInIssuingEvent>;
/** Validates a `access_method.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessMethodDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessMethodDeletedEvent>;
/** True when the input is a `access_method.deleted` event. */
export declare function isAccessMethodDeletedEvent(input: unknown): input is AccessMethodDeletedEvent;
/** Standard Schema v1 object for a `access_method.deleted` event. */
export declare const AccessMethodDeletedEventSchema: StandardSchemaV1<AccessMethodDeletedEvent>;
/** Validates a `access_method.failed_to_issue` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessMethodFailedToIssueEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessMethodFailedToIssueEvent>;
/** True when the input is a `access_method.failed_to_issue` event. */
export declare function isAccessMethodFailedToIssueEvent(input: unknown): input is AccessMethodFailedToIssueEvent;
/** Standard Schema v1 object for a `access_method.failed_to_issue` event. */
export declare const AccessMethodFailedToIssueEventSchema: StandardSchemaV1<AccessMethodFailedToIssueEvent>;
/** Validates a `access_method.issued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessMethodIssuedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessMethodIssuedEvent>;
/** True when the input is a `access_method.issued` event. */
export declare function isAccessMethodIssuedEvent(input: unknown): input is AccessMethodIssuedEvent;
/** Standard Schema v1 object for a `access_method.issued` event. */
export declare const AccessMethodIssuedEventSchema: StandardSchemaV1<AccessMethodIssuedEvent>;
/** Validates a `access_method.reissued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessMethodReissuedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessMethodReissuedEvent>;
/** True when the input is a `access_method.reissued` event. */
export declare function isAccessMethodReissuedEvent(input: unknown): input is AccessMethodReissuedEvent;
/** Standard Schema v1 object for a `access_method.reissued` event. */
export declare const AccessMethodReissuedEventSchema: StandardSchemaV1<AccessMethodReissuedEvent>;
/** Validates a `access_method.revoked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAccessMethodRevokedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AccessMethodRevokedEvent>;
/** True when the input is a `access_method.revoked` event. */
export declare function isAccessMethodRevokedEvent(input: unknown): input is AccessMethodRevokedEvent;
/** Standard Schema v1 object for a `access_method.revoked` event. */
export declare const AccessMethodRevokedEventSchema: StandardSchemaV1<AccessMethodRevokedEvent>;
/** Validates a `acs_access_group.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsAccessGroupDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsAccessGroupDeletedEvent>;
/** True when the input is a `acs_access_group.deleted` event. */
export declare function isAcsAccessGroupDeletedEvent(input: unknown): input is AcsAccessGroupDeletedEvent;
/** Standard Schema v1 object for a `acs_access_group.deleted` event. */
export declare const AcsAccessGroupDeletedEventSchema: StandardSchemaV1<AcsAccessGroupDeletedEvent>;
/** Validates a `acs_credential.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsCredentialDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsCredentialDeletedEvent>;
/** True when the input is a `acs_credential.deleted` event. */
export declare function isAcsCredentialDeletedEvent(input: unknown): input is AcsCredentialDeletedEvent;
/** Standard Schema v1 object for a `acs_credential.deleted` event. */
export declare const AcsCredentialDeletedEventSchema: StandardSchemaV1<AcsCredentialDeletedEvent>;
/** Validates a `acs_credential.invalidated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsCredentialInvalidatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsCredentialInvalidatedEvent>;
/** True when the input is a `acs_credential.invalidated` event. */
export declare function isAcsCredentialInvalidatedEvent(input: unknown): input is AcsCredentialInvalidatedEvent;
/** Standard Schema v1 object for a `acs_credential.invalidated` event. */
export declare const AcsCredentialInvalidatedEventSchema: StandardSchemaV1<AcsCredentialInvalidatedEvent>;
/** Validates a `acs_credential.issued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsCredentialIssuedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsCredentialIssuedEvent>;
/** True when the input is a `acs_credential.issued` event. */
export declare function isAcsCredentialIssuedEvent(input: unknown): input is AcsCredentialIssuedEvent;
/** Standard Schema v1 object for a `acs_credential.issued` event. */
export declare const AcsCredentialIssuedEventSchema: StandardSchemaV1<AcsCredentialIssuedEvent>;
/** Validates a `acs_credential.reissued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsCredentialReissuedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsCredentialReissuedEvent>;
/** True when the input is a `acs_credential.reissued` event. */
export declare function isAcsCredentialReissuedEvent(input: unknown): input is AcsCredentialReissuedEvent;
/** Standard Schema v1 object for a `acs_credential.reissued` event. */
export declare const AcsCredentialReissuedEventSchema: StandardSchemaV1<AcsCredentialReissuedEvent>;
/** Validates a `acs_encoder.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsEncoderAddedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsEncoderAddedEvent>;
/** True when the input is a `acs_encoder.added` event. */
export declare function isAcsEncoderAddedEvent(input: unknown): input is AcsEncoderAddedEvent;
/** Standard Schema v1 object for a `acs_encoder.added` event. */
export declare const AcsEncoderAddedEventSchema: StandardSchemaV1<AcsEncoderAddedEvent>;
/** Validates a `acs_encoder.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsEncoderRemovedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsEncoderRemovedEvent>;
/** True when the input is a `acs_encoder.removed` event. */
export declare function isAcsEncoderRemovedEvent(input: unknown): input is AcsEncoderRemovedEvent;
/** Standard Schema v1 object for a `acs_encoder.removed` event. */
export declare const AcsEncoderRemovedEventSchema: StandardSchemaV1<AcsEncoderRemovedEvent>;
/** Validates a `acs_entrance.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsEntranceAddedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsEntranceAddedEvent>;
/** True when the input is a `acs_entrance.added` event. */
export declare function isAcsEntranceAddedEvent(input: unknown): input is AcsEntranceAddedEvent;
/** Standard Schema v1 object for a `acs_entrance.added` event. */
export declare const AcsEntranceAddedEventSchema: StandardSchemaV1<AcsEntranceAddedEvent>;
/** Validates a `acs_entrance.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsEntranceRemovedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsEntranceRemovedEvent>;
/** True when the input is a `acs_entrance.removed` event. */
export declare function isAcsEntranceRemovedEvent(input: unknown): input is AcsEntranceRemovedEvent;
/** Standard Schema v1 object for a `acs_entrance.removed` event. */
export declare const AcsEntranceRemovedEventSchema: StandardSchemaV1<AcsEntranceRemovedEvent>;
/** Validates a `acs_system.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsSystemAddedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsSystemAddedEvent>;
/** True when the input is a `acs_system.added` event. */
export declare function isAcsSystemAddedEvent(input: unknown): input is AcsSystemAddedEvent;
/** Standard Schema v1 object for a `acs_system.added` event. */
export declare const AcsSystemAddedEventSchema: StandardSchemaV1<AcsSystemAddedEvent>;
/** Validates a `acs_system.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsSystemConnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsSystemConnectedEvent>;
/** True when the input is a `acs_system.connected` event. */
export declare function isAcsSystemConnectedEvent(input: unknown): input is AcsSystemConnectedEvent;
/** Standard Schema v1 object for a `acs_system.connected` event. */
export declare const AcsSystemConnectedEventSchema: StandardSchemaV1<AcsSystemConnectedEvent>;
/** Validates a `acs_system.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsSystemDisconnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsSystemDisconnectedEvent>;
/** True when the input is a `acs_system.disconnected` event. */
export declare function isAcsSystemDisconnectedEvent(input: unknown): input is AcsSystemDisconnectedEvent;
/** Standard Schema v1 object for a `acs_system.disconnected` event. */
export declare const AcsSystemDisconnectedEventSchema: StandardSchemaV1<AcsSystemDisconnectedEvent>;
/** Validates a `acs_user.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsUserCreatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsUserCreatedEvent>;
/** True when the input is a `acs_user.created` event. */
export declare function isAcsUserCreatedEvent(input: unknown): input is AcsUserCreatedEvent;
/** Standard Schema v1 object for a `acs_user.created` event. */
export declare const AcsUserCreatedEventSchema: StandardSchemaV1<AcsUserCreatedEvent>;
/** Validates a `acs_user.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateAcsUserDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<AcsUserDeletedEvent>;
/** True when the input is a `acs_user.deleted` event. */
export declare function isAcsUserDeletedEvent(input: unknown): input is AcsUserDeletedEvent;
/** Standard Schema v1 object for a `acs_user.deleted` event. */
export declare const AcsUserDeletedEventSchema: StandardSchemaV1<AcsUserDeletedEvent>;
/** Validates a `action_attempt.lock_door.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateActionAttemptLockDoorFailedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ActionAttemptLockDoorFailedEvent>;
/** True when the input is a `action_attempt.lock_door.failed` event. */
export declare function isActionAttemptLockDoorFailedEvent(input: unknown): input is ActionAttemptLockDoorFailedEvent;
/** Standard Schema v1 object for a `action_attempt.lock_door.failed` event. */
export declare const ActionAttemptLockDoorFailedEventSchema: StandardSchemaV1<ActionAttemptLockDoorFailedEvent>;
/** Validates a `action_attempt.lock_door.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateActionAttemptLockDoorSucceededEvent(input: unknown, options?: ValidateOptions): ValidationResult<ActionAttemptLockDoorSucceededEvent>;
/** True when the input is a `action_attempt.lock_door.succeeded` event. */
export declare function isActionAttemptLockDoorSucceededEvent(input: unknown): input is ActionAttemptLockDoorSucceededEvent;
/** Standard Schema v1 object for a `action_attempt.lock_door.succeeded` event. */
export declare const ActionAttemptLockDoorSucceededEventSchema: StandardSchemaV1<ActionAttemptLockDoorSucceededEvent>;
/** Validates a `action_attempt.simulate_keypad_code_entry.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateActionAttemptSimulateKeypadCodeEntryFailedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ActionAttemptSimulateKeypadCodeEntryFailedEvent>;
/** True when the input is a `action_attempt.simulate_keypad_code_entry.failed` event. */
export declare function isActionAttemptSimulateKeypadCodeEntryFailedEvent(input: unknown): input is ActionAttemptSimulateKeypadCodeEntryFailedEvent;
/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.failed` event. */
export declare const ActionAttemptSimulateKeypadCodeEntryFailedEventSchema: StandardSchemaV1<ActionAttemptSimulateKeypadCodeEntryFailedEvent>;
/** Validates a `action_attempt.simulate_keypad_code_entry.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateActionAttemptSimulateKeypadCodeEntrySucceededEvent(input: unknown, options?: ValidateOptions): ValidationResult<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>;
/** True when the input is a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
export declare function isActionAttemptSimulateKeypadCodeEntrySucceededEvent(input: unknown): input is ActionAttemptSimulateKeypadCodeEntrySucceededEvent;
/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
export declare const ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema: StandardSchemaV1<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>;
/** Validates a `action_attempt.simulate_manual_lock_via_keypad.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateActionAttemptSimulateManualLockViaKeypadFailedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ActionAttemptSimulateManualLockViaKeypadFailedEvent>;
/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
export declare function isActionAttemptSimulateManualLockViaKeypadFailedEvent(input: unknown): input is ActionAttemptSimulateManualLockViaKeypadFailedEvent;
/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
export declare const ActionAttemptSimulateManualLockViaKeypadFailedEventSchema: StandardSchemaV1<ActionAttemptSimulateManualLockViaKeypadFailedEvent>;
/** Validates a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateActionAttemptSimulateManualLockViaKeypadSucceededEvent(input: unknown, options?: ValidateOptions): ValidationResult<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>;
/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
export declare function isActionAttemptSimulateManualLockViaKeypadSucceededEvent(input: unknown): input is ActionAttemptSimulateManualLockViaKeypadSucceededEvent;
/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
export declare const ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema: StandardSchemaV1<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>;
/** Validates a `action_attempt.unlock_door.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateActionAttemptUnlockDoorFailedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ActionAttemptUnlockDoorFailedEvent>;
/** True when the input is a `action_attempt.unlock_door.failed` event. */
export declare function isActionAttemptUnlockDoorFailedEvent(input: unknown): input is ActionAttemptUnlockDoorFailedEvent;
/** Standard Schema v1 object for a `action_attempt.unlock_door.failed` event. */
export declare const ActionAttemptUnlockDoorFailedEventSchema: StandardSchemaV1<ActionAttemptUnlockDoorFailedEvent>;
/** Validates a `action_attempt.unlock_door.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateActionAttemptUnlockDoorSucceededEvent(input: unknown, options?: ValidateOptions): ValidationResult<ActionAttemptUnlockDoorSucceededEvent>;
/** True when the input is a `action_attempt.unlock_door.succeeded` event. */
export declare function isActionAttemptUnlockDoorSucceededEvent(input: unknown): input is ActionAttemptUnlockDoorSucceededEvent;
/** Standard Schema v1 object for a `action_attempt.unlock_door.succeeded` event. */
export declare const ActionAttemptUnlockDoorSucceededEventSchema: StandardSchemaV1<ActionAttemptUnlockDoorSucceededEvent>;
/** Validates a `camera.activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateCameraActivatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<CameraActivatedEvent>;
/** True when the input is a `camera.activated` event. */
export declare function isCameraActivatedEvent(input: unknown): input is CameraActivatedEvent;
/** Standard Schema v1 object for a `camera.activated` event. */
export declare const CameraActivatedEventSchema: StandardSchemaV1<CameraActivatedEvent>;
/** Validates a `client_session.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateClientSessionDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ClientSessionDeletedEvent>;
/** True when the input is a `client_session.deleted` event. */
export declare function isClientSessionDeletedEvent(input: unknown): input is ClientSessionDeletedEvent;
/** Standard Schema v1 object for a `client_session.deleted` event. */
export declare const ClientSessionDeletedEventSchema: StandardSchemaV1<ClientSessionDeletedEvent>;
/** Validates a `connect_webview.login_failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectWebviewLoginFailedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectWebviewLoginFailedEvent>;
/** True when the input is a `connect_webview.login_failed` event. */
export declare function isConnectWebviewLoginFailedEvent(input: unknown): input is ConnectWebviewLoginFailedEvent;
/** Standard Schema v1 object for a `connect_webview.login_failed` event. */
export declare const ConnectWebviewLoginFailedEventSchema: StandardSchemaV1<ConnectWebviewLoginFailedEvent>;
/** Validates a `connect_webview.login_succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectWebviewLoginSucceededEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectWebviewLoginSucceededEvent>;
/** True when the input is a `connect_webview.login_succeeded` event. */
export declare function isConnectWebviewLoginSucceededEvent(input: unknown): input is ConnectWebviewLoginSucceededEvent;
/** Standard Schema v1 object for a `connect_webview.login_succeeded` event. */
export declare const ConnectWebviewLoginSucceededEventSchema: StandardSchemaV1<ConnectWebviewLoginSucceededEvent>;
/** Validates a `connected_account.completed_first_sync` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectedAccountCompletedFirstSyncEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectedAccountCompletedFirstSyncEvent>;
/** True when the input is a `connected_account.completed_first_sync` event. */
export declare function isConnectedAccountCompletedFirstSyncEvent(input: unknown): input is ConnectedAccountCompletedFirstSyncEvent;
/** Standard Schema v1 object for a `connected_account.completed_first_sync` event. */
export declare const ConnectedAccountCompletedFirstSyncEventSchema: StandardSchemaV1<ConnectedAccountCompletedFirstSyncEvent>;
/** Validates a `connected_account.completed_first_sync_after_reconnection` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>;
/** True when the input is a `connected_account.completed_first_sync_after_reconnection` event. */
export declare function isConnectedAccountCompletedFirstSyncAfterReconnectionEvent(input: unknown): input is ConnectedAccountCompletedFirstSyncAfterReconnectionEvent;
/** Standard Schema v1 object for a `connected_account.completed_first_sync_after_reconnection` event. */
export declare const ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema: StandardSchemaV1<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>;
/** Validates a `connected_account.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectedAccountConnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectedAccountConnectedEvent>;
/** True when the input is a `connected_account.connected` event. */
export declare function isConnectedAccountConnectedEvent(input: unknown): input is ConnectedAccountConnectedEvent;
/** Standard Schema v1 object for a `connected_account.connected` event. */
export declare const ConnectedAccountConnectedEventSchema: StandardSchemaV1<ConnectedAccountConnectedEvent>;
/** Validates a `connected_account.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectedAccountCreatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectedAccountCreatedEvent>;
/** True when the input is a `connected_account.created` event. */
export declare function isConnectedAccountCreatedEvent(input: unknown): input is ConnectedAccountCreatedEvent;
/** Standard Schema v1 object for a `connected_account.created` event. */
export declare const ConnectedAccountCreatedEventSchema: StandardSchemaV1<ConnectedAccountCreatedEvent>;
/** Validates a `connected_account.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectedAccountDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectedAccountDeletedEvent>;
/** True when the input is a `connected_account.deleted` event. */
export declare function isConnectedAccountDeletedEvent(input: unknown): input is ConnectedAccountDeletedEvent;
/** Standard Schema v1 object for a `connected_account.deleted` event. */
export declare const ConnectedAccountDeletedEventSchema: StandardSchemaV1<ConnectedAccountDeletedEvent>;
/** Validates a `connected_account.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectedAccountDisconnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectedAccountDisconnectedEvent>;
/** True when the input is a `connected_account.disconnected` event. */
export declare function isConnectedAccountDisconnectedEvent(input: unknown): input is ConnectedAccountDisconnectedEvent;
/** Standard Schema v1 object for a `connected_account.disconnected` event. */
export declare const ConnectedAccountDisconnectedEventSchema: StandardSchemaV1<ConnectedAccountDisconnectedEvent>;
/** Validates a `connected_account.reauthorization_requested` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectedAccountReauthorizationRequestedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectedAccountReauthorizationRequestedEvent>;
/** True when the input is a `connected_account.reauthorization_requested` event. */
export declare function isConnectedAccountReauthorizationRequestedEvent(input: unknown): input is ConnectedAccountReauthorizationRequestedEvent;
/** Standard Schema v1 object for a `connected_account.reauthorization_requested` event. */
export declare const ConnectedAccountReauthorizationRequestedEventSchema: StandardSchemaV1<ConnectedAccountReauthorizationRequestedEvent>;
/** Validates a `connected_account.successful_login` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateConnectedAccountSuccessfulLoginEvent(input: unknown, options?: ValidateOptions): ValidationResult<ConnectedAccountSuccessfulLoginEvent>;
/** True when the input is a `connected_account.successful_login` event. */
export declare function isConnectedAccountSuccessfulLoginEvent(input: unknown): input is ConnectedAccountSuccessfulLoginEvent;
/** Standard Schema v1 object for a `connected_account.successful_login` event. */
export declare const ConnectedAccountSuccessfulLoginEventSchema: StandardSchemaV1<ConnectedAccountSuccessfulLoginEvent>;
/** Validates a `device.accessory_keypad_connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceAccessoryKeypadConnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceAccessoryKeypadConnectedEvent>;
/** True when the input is a `device.accessory_keypad_connected` event. */
export declare function isDeviceAccessoryKeypadConnectedEvent(input: unknown): input is DeviceAccessoryKeypadConnectedEvent;
/** Standard Schema v1 object for a `device.accessory_keypad_connected` event. */
export declare const DeviceAccessoryKeypadConnectedEventSchema: StandardSchemaV1<DeviceAccessoryKeypadConnectedEvent>;
/** Validates a `device.accessory_keypad_disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceAccessoryKeypadDisconnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceAccessoryKeypadDisconnectedEvent>;
/** True when the input is a `device.accessory_keypad_disconnected` event. */
export declare function isDeviceAccessoryKeypadDisconnectedEvent(input: unknown): input is DeviceAccessoryKeypadDisconnectedEvent;
/** Standard Schema v1 object for a `device.accessory_keypad_disconnected` event. */
export declare const DeviceAccessoryKeypadDisconnectedEventSchema: StandardSchemaV1<DeviceAccessoryKeypadDisconnectedEvent>;
/** Validates a `device.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceAddedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceAddedEvent>;
/** True when the input is a `device.added` event. */
export declare function isDeviceAddedEvent(input: unknown): input is DeviceAddedEvent;
/** Standard Schema v1 object for a `device.added` event. */
export declare const DeviceAddedEventSchema: StandardSchemaV1<DeviceAddedEvent>;
/** Validates a `device.battery_status_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceBatteryStatusChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceBatteryStatusChangedEvent>;
/** True when the input is a `device.battery_status_changed` event. */
export declare function isDeviceBatteryStatusChangedEvent(input: unknown): input is DeviceBatteryStatusChangedEvent;
/** Standard Schema v1 object for a `device.battery_status_changed` event. */
export declare const DeviceBatteryStatusChangedEventSchema: StandardSchemaV1<DeviceBatteryStatusChangedEvent>;
/** Validates a `device.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceConnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceConnectedEvent>;
/** True when the input is a `device.connected` event. */
export declare function isDeviceConnectedEvent(input: unknown): input is DeviceConnectedEvent;
/** Standard Schema v1 object for a `device.connected` event. */
export declare const DeviceConnectedEventSchema: StandardSchemaV1<DeviceConnectedEvent>;
/** Validates a `device.connection_became_flaky` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceConnectionBecameFlakyEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceConnectionBecameFlakyEvent>;
/** True when the input is a `device.connection_became_flaky` event. */
export declare function isDeviceConnectionBecameFlakyEvent(input: unknown): input is DeviceConnectionBecameFlakyEvent;
/** Standard Schema v1 object for a `device.connection_became_flaky` event. */
export declare const DeviceConnectionBecameFlakyEventSchema: StandardSchemaV1<DeviceConnectionBecameFlakyEvent>;
/** Validates a `device.connection_stabilized` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceConnectionStabilizedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceConnectionStabilizedEvent>;
/** True when the input is a `device.connection_stabilized` event. */
export declare function isDeviceConnectionStabilizedEvent(input: unknown): input is DeviceConnectionStabilizedEvent;
/** Standard Schema v1 object for a `device.connection_stabilized` event. */
export declare const DeviceConnectionStabilizedEventSchema: StandardSchemaV1<DeviceConnectionStabilizedEvent>;
/** Validates a `device.converted_to_unmanaged` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceConvertedToUnmanagedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceConvertedToUnmanagedEvent>;
/** True when the input is a `device.converted_to_unmanaged` event. */
export declare function isDeviceConvertedToUnmanagedEvent(input: unknown): input is DeviceConvertedToUnmanagedEvent;
/** Standard Schema v1 object for a `device.converted_to_unmanaged` event. */
export declare const DeviceConvertedToUnmanagedEventSchema: StandardSchemaV1<DeviceConvertedToUnmanagedEvent>;
/** Validates a `device.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceDeletedEvent>;
/** True when the input is a `device.deleted` event. */
export declare function isDeviceDeletedEvent(input: unknown): input is DeviceDeletedEvent;
/** Standard Schema v1 object for a `device.deleted` event. */
export declare const DeviceDeletedEventSchema: StandardSchemaV1<DeviceDeletedEvent>;
/** Validates a `device.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceDisconnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceDisconnectedEvent>;
/** True when the input is a `device.disconnected` event. */
export declare function isDeviceDisconnectedEvent(input: unknown): input is DeviceDisconnectedEvent;
/** Standard Schema v1 object for a `device.disconnected` event. */
export declare const DeviceDisconnectedEventSchema: StandardSchemaV1<DeviceDisconnectedEvent>;
/** Validates a `device.doorbell_rang` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceDoorbellRangEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceDoorbellRangEvent>;
/** True when the input is a `device.doorbell_rang` event. */
export declare function isDeviceDoorbellRangEvent(input: unknown): input is DeviceDoorbellRangEvent;
/** Standard Schema v1 object for a `device.doorbell_rang` event. */
export declare const DeviceDoorbellRangEventSchema: StandardSchemaV1<DeviceDoorbellRangEvent>;
/** Validates a `device.error.subscription_required` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceErrorSubscriptionRequiredEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceErrorSubscriptionRequiredEvent>;
/** True when the input is a `device.error.subscription_required` event. */
export declare function isDeviceErrorSubscriptionRequiredEvent(input: unknown): input is DeviceErrorSubscriptionRequiredEvent;
/** Standard Schema v1 object for a `device.error.subscription_required` event. */
export declare const DeviceErrorSubscriptionRequiredEventSchema: StandardSchemaV1<DeviceErrorSubscriptionRequiredEvent>;
/** Validates a `device.error.subscription_required.resolved` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceErrorSubscriptionRequiredResolvedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceErrorSubscriptionRequiredResolvedEvent>;
/** True when the input is a `device.error.subscription_required.resolved` event. */
export declare function isDeviceErrorSubscriptionRequiredResolvedEvent(input: unknown): input is DeviceErrorSubscriptionRequiredResolvedEvent;
/** Standard Schema v1 object for a `device.error.subscription_required.resolved` event. */
export declare const DeviceErrorSubscriptionRequiredResolvedEventSchema: StandardSchemaV1<DeviceErrorSubscriptionRequiredResolvedEvent>;
/** Validates a `device.low_battery` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceLowBatteryEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceLowBatteryEvent>;
/** True when the input is a `device.low_battery` event. */
export declare function isDeviceLowBatteryEvent(input: unknown): input is DeviceLowBatteryEvent;
/** Standard Schema v1 object for a `device.low_battery` event. */
export declare const DeviceLowBatteryEventSchema: StandardSchemaV1<DeviceLowBatteryEvent>;
/** Validates a `device.name_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceNameChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceNameChangedEvent>;
/** True when the input is a `device.name_changed` event. */
export declare function isDeviceNameChangedEvent(input: unknown): input is DeviceNameChangedEvent;
/** Standard Schema v1 object for a `device.name_changed` event. */
export declare const DeviceNameChangedEventSchema: StandardSchemaV1<DeviceNameChangedEvent>;
/** Validates a `device.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceRemovedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceRemovedEvent>;
/** True when the input is a `device.removed` event. */
export declare function isDeviceRemovedEvent(input: unknown): input is DeviceRemovedEvent;
/** Standard Schema v1 object for a `device.removed` event. */
export declare const DeviceRemovedEventSchema: StandardSchemaV1<DeviceRemovedEvent>;
/** Validates a `device.salto.privacy_mode_activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceSaltoPrivacyModeActivatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceSaltoPrivacyModeActivatedEvent>;
/** True when the input is a `device.salto.privacy_mode_activated` event. */
export declare function isDeviceSaltoPrivacyModeActivatedEvent(input: unknown): input is DeviceSaltoPrivacyModeActivatedEvent;
/** Standard Schema v1 object for a `device.salto.privacy_mode_activated` event. */
export declare const DeviceSaltoPrivacyModeActivatedEventSchema: StandardSchemaV1<DeviceSaltoPrivacyModeActivatedEvent>;
/** Validates a `device.salto.privacy_mode_deactivated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceSaltoPrivacyModeDeactivatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceSaltoPrivacyModeDeactivatedEvent>;
/** True when the input is a `device.salto.privacy_mode_deactivated` event. */
export declare function isDeviceSaltoPrivacyModeDeactivatedEvent(input: unknown): input is DeviceSaltoPrivacyModeDeactivatedEvent;
/** Standard Schema v1 object for a `device.salto.privacy_mode_deactivated` event. */
export declare const DeviceSaltoPrivacyModeDeactivatedEventSchema: StandardSchemaV1<DeviceSaltoPrivacyModeDeactivatedEvent>;
/** Validates a `device.tampered` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceTamperedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceTamperedEvent>;
/** True when the input is a `device.tampered` event. */
export declare function isDeviceTamperedEvent(input: unknown): input is DeviceTamperedEvent;
/** Standard Schema v1 object for a `device.tampered` event. */
export declare const DeviceTamperedEventSchema: StandardSchemaV1<DeviceTamperedEvent>;
/** Validates a `device.third_party_integration_detected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceThirdPartyIntegrationDetectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceThirdPartyIntegrationDetectedEvent>;
/** True when the input is a `device.third_party_integration_detected` event. */
export declare function isDeviceThirdPartyIntegrationDetectedEvent(input: unknown): input is DeviceThirdPartyIntegrationDetectedEvent;
/** Standard Schema v1 object for a `device.third_party_integration_detected` event. */
export declare const DeviceThirdPartyIntegrationDetectedEventSchema: StandardSchemaV1<DeviceThirdPartyIntegrationDetectedEvent>;
/** Validates a `device.third_party_integration_no_longer_detected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceThirdPartyIntegrationNoLongerDetectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceThirdPartyIntegrationNoLongerDetectedEvent>;
/** True when the input is a `device.third_party_integration_no_longer_detected` event. */
export declare function isDeviceThirdPartyIntegrationNoLongerDetectedEvent(input: unknown): input is DeviceThirdPartyIntegrationNoLongerDetectedEvent;
/** Standard Schema v1 object for a `device.third_party_integration_no_longer_detected` event. */
export declare const DeviceThirdPartyIntegrationNoLongerDetectedEventSchema: StandardSchemaV1<DeviceThirdPartyIntegrationNoLongerDetectedEvent>;
/** Validates a `device.unmanaged.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceUnmanagedConnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceUnmanagedConnectedEvent>;
/** True when the input is a `device.unmanaged.connected` event. */
export declare function isDeviceUnmanagedConnectedEvent(input: unknown): input is DeviceUnmanagedConnectedEvent;
/** Standard Schema v1 object for a `device.unmanaged.connected` event. */
export declare const DeviceUnmanagedConnectedEventSchema: StandardSchemaV1<DeviceUnmanagedConnectedEvent>;
/** Validates a `device.unmanaged.converted_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceUnmanagedConvertedToManagedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceUnmanagedConvertedToManagedEvent>;
/** True when the input is a `device.unmanaged.converted_to_managed` event. */
export declare function isDeviceUnmanagedConvertedToManagedEvent(input: unknown): input is DeviceUnmanagedConvertedToManagedEvent;
/** Standard Schema v1 object for a `device.unmanaged.converted_to_managed` event. */
export declare const DeviceUnmanagedConvertedToManagedEventSchema: StandardSchemaV1<DeviceUnmanagedConvertedToManagedEvent>;
/** Validates a `device.unmanaged.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateDeviceUnmanagedDisconnectedEvent(input: unknown, options?: ValidateOptions): ValidationResult<DeviceUnmanagedDisconnectedEvent>;
/** True when the input is a `device.unmanaged.disconnected` event. */
export declare function isDeviceUnmanagedDisconnectedEvent(input: unknown): input is DeviceUnmanagedDisconnectedEvent;
/** Standard Schema v1 object for a `device.unmanaged.disconnected` event. */
export declare const DeviceUnmanagedDisconnectedEventSchema: StandardSchemaV1<DeviceUnmanagedDisconnectedEvent>;
/** Validates a `enrollment_automation.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateEnrollmentAutomationDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<EnrollmentAutomationDeletedEvent>;
/** True when the input is a `enrollment_automation.deleted` event. */
export declare function isEnrollmentAutomationDeletedEvent(input: unknown): input is EnrollmentAutomationDeletedEvent;
/** Standard Schema v1 object for a `enrollment_automation.deleted` event. */
export declare const EnrollmentAutomationDeletedEventSchema: StandardSchemaV1<EnrollmentAutomationDeletedEvent>;
/** Validates a `lock.access_denied` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateLockAccessDeniedEvent(input: unknown, options?: ValidateOptions): ValidationResult<LockAccessDeniedEvent>;
/** True when the input is a `lock.access_denied` event. */
export declare function isLockAccessDeniedEvent(input: unknown): input is LockAccessDeniedEvent;
/** Standard Schema v1 object for a `lock.access_denied` event. */
export declare const LockAccessDeniedEventSchema: StandardSchemaV1<LockAccessDeniedEvent>;
/** Validates a `lock.locked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateLockLockedEvent(input: unknown, options?: ValidateOptions): ValidationResult<LockLockedEvent>;
/** True when the input is a `lock.locked` event. */
export declare function isLockLockedEvent(input: unknown): input is LockLockedEvent;
/** Standard Schema v1 object for a `lock.locked` event. */
export declare const LockLockedEventSchema: StandardSchemaV1<LockLockedEvent>;
/** Validates a `lock.unlocked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateLockUnlockedEvent(input: unknown, options?: ValidateOptions): ValidationResult<LockUnlockedEvent>;
/** True when the input is a `lock.unlocked` event. */
export declare function isLockUnlockedEvent(input: unknown): input is LockUnlockedEvent;
/** Standard Schema v1 object for a `lock.unlocked` event. */
export declare const LockUnlockedEventSchema: StandardSchemaV1<LockUnlockedEvent>;
/** Validates a `noise_sensor.noise_threshold_triggered` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateNoiseSensorNoiseThresholdTriggeredEvent(input: unknown, options?: ValidateOptions): ValidationResult<NoiseSensorNoiseThresholdTriggeredEvent>;
/** True when the input is a `noise_sensor.noise_threshold_triggered` event. */
export declare function isNoiseSensorNoiseThresholdTriggeredEvent(input: unknown): input is NoiseSensorNoiseThresholdTriggeredEvent;
/** Standard Schema v1 object for a `noise_sensor.noise_threshold_triggered` event. */
export declare const NoiseSensorNoiseThresholdTriggeredEventSchema: StandardSchemaV1<NoiseSensorNoiseThresholdTriggeredEvent>;
/** Validates a `phone.deactivated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validatePhoneDeactivatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<PhoneDeactivatedEvent>;
/** True when the input is a `phone.deactivated` event. */
export declare function isPhoneDeactivatedEvent(input: unknown): input is PhoneDeactivatedEvent;
/** Standard Schema v1 object for a `phone.deactivated` event. */
export declare const PhoneDeactivatedEventSchema: StandardSchemaV1<PhoneDeactivatedEvent>;
/** Validates a `space.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateSpaceCreatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<SpaceCreatedEvent>;
/** True when the input is a `space.created` event. */
export declare function isSpaceCreatedEvent(input: unknown): input is SpaceCreatedEvent;
/** Standard Schema v1 object for a `space.created` event. */
export declare const SpaceCreatedEventSchema: StandardSchemaV1<SpaceCreatedEvent>;
/** Validates a `space.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateSpaceDeletedEvent(input: unknown, options?: ValidateOptions): ValidationResult<SpaceDeletedEvent>;
/** True when the input is a `space.deleted` event. */
export declare function isSpaceDeletedEvent(input: unknown): input is SpaceDeletedEvent;
/** Standard Schema v1 object for a `space.deleted` event. */
export declare const SpaceDeletedEventSchema: StandardSchemaV1<SpaceDeletedEvent>;
/** Validates a `space.device_membership_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateSpaceDeviceMembershipChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<SpaceDeviceMembershipChangedEvent>;
/** True when the input is a `space.device_membership_changed` event. */
export declare function isSpaceDeviceMembershipChangedEvent(input: unknown): input is SpaceDeviceMembershipChangedEvent;
/** Standard Schema v1 object for a `space.device_membership_changed` event. */
export declare const SpaceDeviceMembershipChangedEventSchema: StandardSchemaV1<SpaceDeviceMembershipChangedEvent>;
/** Validates a `thermostat.climate_preset_activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateThermostatClimatePresetActivatedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ThermostatClimatePresetActivatedEvent>;
/** True when the input is a `thermostat.climate_preset_activated` event. */
export declare function isThermostatClimatePresetActivatedEvent(input: unknown): input is ThermostatClimatePresetActivatedEvent;
/** Standard Schema v1 object for a `thermostat.climate_preset_activated` event. */
export declare const ThermostatClimatePresetActivatedEventSchema: StandardSchemaV1<ThermostatClimatePresetActivatedEvent>;
/** Validates a `thermostat.manually_adjusted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateThermostatManuallyAdjustedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ThermostatManuallyAdjustedEvent>;
/** True when the input is a `thermostat.manually_adjusted` event. */
export declare function isThermostatManuallyAdjustedEvent(input: unknown): input is ThermostatManuallyAdjustedEvent;
/** Standard Schema v1 object for a `thermostat.manually_adjusted` event. */
export declare const ThermostatManuallyAdjustedEventSchema: StandardSchemaV1<ThermostatManuallyAdjustedEvent>;
/** Validates a `thermostat.temperature_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateThermostatTemperatureChangedEvent(input: unknown, options?: ValidateOptions): ValidationResult<ThermostatTemperatureChangedEvent>;
/** True when the input is a `thermostat.temperature_changed` event. */
export declare function isThermostatTemperatureChangedEvent(input: unknown): input is ThermostatTemperatureChangedEvent;
/** Standard Schema v1 object for a `thermostat.temperature_changed` event. */
export declare const ThermostatTemperatureChangedEventSchema: StandardSchemaV1<ThermostatTemperatureChangedEvent>;
/** Validates a `thermostat.temperature_reached_set_point` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateThermostatTemperatureReachedSetPointEvent(input: unknown, options?: ValidateOptions): ValidationResult<ThermostatTemperatureReachedSetPointEvent>;
/** True when the input is a `thermostat.temperature_reached_set_point` event. */
export declare function isThermostatTemperatureReachedSetPointEvent(input: unknown): input is ThermostatTemperatureReachedSetPointEvent;
/** Standard Schema v1 object for a `thermostat.temperature_reached_set_point` event. */
export declare const ThermostatTemperatureReachedSetPointEventSchema: StandardSchemaV1<ThermostatTemperatureReachedSetPointEvent>;
/** Validates a `thermostat.temperature_threshold_exceeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateThermostatTemperatureThresholdExceededEvent(input: unknown, options?: ValidateOptions): ValidationResult<ThermostatTemperatureThresholdExceededEvent>;
/** True when the input is a `thermostat.temperature_threshold_exceeded` event. */
export declare function isThermostatTemperatureThresholdExceededEvent(input: unknown): input is ThermostatTemperatureThresholdExceededEvent;
/** Standard Schema v1 object for a `thermostat.temperature_threshold_exceeded` event. */
export declare const ThermostatTemperatureThresholdExceededEventSchema: StandardSchemaV1<ThermostatTemperatureThresholdExceededEvent>;
/** Validates a `thermostat.temperature_threshold_no_longer_exceeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateThermostatTemperatureThresholdNoLongerExceededEvent(input: unknown, options?: ValidateOptions): ValidationResult<ThermostatTemperatureThresholdNoLongerExceededEvent>;
/** True when the input is a `thermostat.temperature_threshold_no_longer_exceeded` event. */
export declare function isThermostatTemperatureThresholdNoLongerExceededEvent(input: unknown): input is ThermostatTemperatureThresholdNoLongerExceededEvent;
/** Standard Schema v1 object for a `thermostat.temperature_threshold_no_longer_exceeded` event. */
export declare const ThermostatTemperatureThresholdNoLongerExceededEventSchema: StandardSchemaV1<ThermostatTemperatureThresholdNoLongerExceededEvent>;
/** Validates any event of the catalogue, dispatching on `event_type`. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export declare function validateSeamEvent(input: unknown, options?: ValidateOptions): ValidationResult<SeamEvent>;
/** True when the input is any event of the catalogue, dispatching on `event_type`. */
export declare function isSeamEvent(input: unknown): input is SeamEvent;
/** Standard Schema v1 object for any event of the catalogue, dispatching on `event_type`. */
export declare const SeamEventSchema: StandardSchemaV1<SeamEvent>;
