import type { AccessCodeBackupAccessCodePulledEvent, AccessCodeChangedEvent, AccessCodeCodeChangedEvent, AccessCodeCreatedEvent, AccessCodeDelayInRemovingFromDeviceEvent, AccessCodeDelayInSettingOnDeviceEvent, AccessCodeDeletedEvent, AccessCodeDeletedExternalToSeamEvent, AccessCodeFailedToRemoveFromDeviceEvent, AccessCodeFailedToSetOnDeviceEvent, AccessCodeModifiedExternalToSeamEvent, AccessCodeMutationsRequestedEvent, AccessCodeNameChangedEvent, AccessCodeRemovedFromDeviceEvent, AccessCodeScheduledOnDeviceEvent, AccessCodeSetOnDeviceEvent, AccessCodeTimeFrameChangedEvent, AccessCodeUnmanagedConvertedToManagedEvent, AccessCodeUnmanagedCreatedEvent, AccessCodeUnmanagedFailedToConvertToManagedEvent, AccessCodeUnmanagedRemovedEvent, AccessGrantAccessGrantedToAllDoorsEvent, AccessGrantAccessGrantedToDoorEvent, AccessGrantAccessTimesChangedEvent, AccessGrantAccessToDoorLostEvent, AccessGrantCouldNotCreateRequestedAccessMethodsEvent, AccessGrantCreatedEvent, AccessGrantDeletedEvent, AccessMethodCardEncodingRequiredEvent, AccessMethodCreatedEvent, AccessMethodDelayInIssuingEvent, AccessMethodDeletedEvent, AccessMethodFailedToIssueEvent, AccessMethodIssuedEvent, AccessMethodReissuedEvent, AccessMethodRevokedEvent, AcsAccessGroupDeletedEvent, AcsCredentialDeletedEvent, AcsCredentialInvalidatedEvent, AcsCredentialIssuedEvent, AcsCredentialReissuedEvent, AcsEncoderAddedEvent, AcsEncoderRemovedEvent, AcsEntranceAddedEvent, AcsEntranceRemovedEvent, AcsSystemAddedEvent, AcsSystemConnectedEvent, AcsSystemDisconnectedEvent, AcsUserCreatedEvent, AcsUserDeletedEvent, ActionAttemptLockDoorFailedEvent, ActionAttemptLockDoorSucceededEvent, ActionAttemptSimulateKeypadCodeEntryFailedEvent, ActionAttemptSimulateKeypadCodeEntrySucceededEvent, ActionAttemptSimulateManualLockViaKeypadFailedEvent, ActionAttemptSimulateManualLockViaKeypadSucceededEvent, ActionAttemptUnlockDoorFailedEvent, ActionAttemptUnlockDoorSucceededEvent, CameraActivatedEvent, ClientSessionDeletedEvent, ConnectWebviewLoginFailedEvent, ConnectWebviewLoginSucceededEvent, ConnectedAccountCompletedFirstSyncEvent, ConnectedAccountCompletedFirstSyncAfterReconnectionEvent, ConnectedAccountConnectedEvent, ConnectedAccountCreatedEvent, ConnectedAccountDeletedEvent, ConnectedAccountDisconnectedEvent, ConnectedAccountReauthorizationRequestedEvent, ConnectedAccountSuccessfulLoginEvent, DeviceAccessoryKeypadConnectedEvent, DeviceAccessoryKeypadDisconnectedEvent, DeviceAddedEvent, DeviceBatteryStatusChangedEvent, DeviceConnectedEvent, DeviceConnectionBecameFlakyEvent, DeviceConnectionStabilizedEvent, DeviceConvertedToUnmanagedEvent, DeviceDeletedEvent, DeviceDisconnectedEvent, DeviceDoorbellRangEvent, DeviceErrorSubscriptionRequiredEvent, DeviceErrorSubscriptionRequiredResolvedEvent, DeviceLowBatteryEvent, DeviceNameChangedEvent, DeviceRemovedEvent, DeviceSaltoPrivacyModeActivatedEvent, DeviceSaltoPrivacyModeDeactivatedEvent, DeviceTamperedEvent, DeviceThirdPartyIntegrationDetectedEvent, DeviceThirdPartyIntegrationNoLongerDetectedEvent, DeviceUnmanagedConnectedEvent, DeviceUnmanagedConvertedToManagedEvent, DeviceUnmanagedDisconnectedEvent, EnrollmentAutomationDeletedEvent, LockAccessDeniedEvent, LockLockedEvent, LockUnlockedEvent, NoiseSensorNoiseThresholdTriggeredEvent, PhoneDeactivatedEvent, SpaceCreatedEvent, SpaceDeletedEvent, SpaceDeviceMembershipChangedEvent, ThermostatClimatePresetActivatedEvent, ThermostatManuallyAdjustedEvent, ThermostatTemperatureChangedEvent, ThermostatTemperatureReachedSetPointEvent, ThermostatTemperatureThresholdExceededEvent, ThermostatTemperatureThresholdNoLongerExceededEvent, SeamEvent } from "./types.js";
import type { Guard, StandardSchemaV1, Validate } from "./validation-runtime.js";
export type { Guard, LenientValidationResult, StandardSchemaV1, Validate, ValidateOptions, ValidationError, ValidationErrorCode, ValidationPolicy, ValidationResult, ValidationWarning, ValidationWarningCode } from "./validation-runtime.js";
/** An event whose type this version of the catalogue does not know: what the lenient policy accepts in place of a `SeamEvent`. */
export interface UnknownSeamEvent {
	[property: string]: unknown;
	event_type: string;
}
/** Validates a `access_code.backup_access_code_pulled` event; see {@link Validate}. */
export declare const validateAccessCodeBackupAccessCodePulledEvent: Validate<AccessCodeBackupAccessCodePulledEvent>;
/** True when the input is a `access_code.backup_access_code_pulled` event. */
export declare const isAccessCodeBackupAccessCodePulledEvent: Guard<AccessCodeBackupAccessCodePulledEvent>;
/** Standard Schema v1 object for a `access_code.backup_access_code_pulled` event. */
export declare const AccessCodeBackupAccessCodePulledEventSchema: StandardSchemaV1<AccessCodeBackupAccessCodePulledEvent>;
/** Validates a `access_code.changed` event; see {@link Validate}. */
export declare const validateAccessCodeChangedEvent: Validate<AccessCodeChangedEvent>;
/** True when the input is a `access_code.changed` event. */
export declare const isAccessCodeChangedEvent: Guard<AccessCodeChangedEvent>;
/** Standard Schema v1 object for a `access_code.changed` event. */
export declare const AccessCodeChangedEventSchema: StandardSchemaV1<AccessCodeChangedEvent>;
/** Validates a `access_code.code_changed` event; see {@link Validate}. */
export declare const validateAccessCodeCodeChangedEvent: Validate<AccessCodeCodeChangedEvent>;
/** True when the input is a `access_code.code_changed` event. */
export declare const isAccessCodeCodeChangedEvent: Guard<AccessCodeCodeChangedEvent>;
/** Standard Schema v1 object for a `access_code.code_changed` event. */
export declare const AccessCodeCodeChangedEventSchema: StandardSchemaV1<AccessCodeCodeChangedEvent>;
/** Validates a `access_code.created` event; see {@link Validate}. */
export declare const validateAccessCodeCreatedEvent: Validate<AccessCodeCreatedEvent>;
/** True when the input is a `access_code.created` event. */
export declare const isAccessCodeCreatedEvent: Guard<AccessCodeCreatedEvent>;
/** Standard Schema v1 object for a `access_code.created` event. */
export declare const AccessCodeCreatedEventSchema: StandardSchemaV1<AccessCodeCreatedEvent>;
/** Validates a `access_code.delay_in_removing_from_device` event; see {@link Validate}. */
export declare const validateAccessCodeDelayInRemovingFromDeviceEvent: Validate<AccessCodeDelayInRemovingFromDeviceEvent>;
/** True when the input is a `access_code.delay_in_removing_from_device` event. */
export declare const isAccessCodeDelayInRemovingFromDeviceEvent: Guard<AccessCodeDelayInRemovingFromDeviceEvent>;
/** Standard Schema v1 object for a `access_code.delay_in_removing_from_device` event. */
export declare const AccessCodeDelayInRemovingFromDeviceEventSchema: StandardSchemaV1<AccessCodeDelayInRemovingFromDeviceEvent>;
/** Validates a `access_code.delay_in_setting_on_device` event; see {@link Validate}. */
export declare const validateAccessCodeDelayInSettingOnDeviceEvent: Validate<AccessCodeDelayInSettingOnDeviceEvent>;
/** True when the input is a `access_code.delay_in_setting_on_device` event. */
export declare const isAccessCodeDelayInSettingOnDeviceEvent: Guard<AccessCodeDelayInSettingOnDeviceEvent>;
/** Standard Schema v1 object for a `access_code.delay_in_setting_on_device` event. */
export declare const AccessCodeDelayInSettingOnDeviceEventSchema: StandardSchemaV1<AccessCodeDelayInSettingOnDeviceEvent>;
/** Validates a `access_code.deleted` event; see {@link Validate}. */
export declare const validateAccessCodeDeletedEvent: Validate<AccessCodeDeletedEvent>;
/** True when the input is a `access_code.deleted` event. */
export declare const isAccessCodeDeletedEvent: Guard<AccessCodeDeletedEvent>;
/** Standard Schema v1 object for a `access_code.deleted` event. */
export declare const AccessCodeDeletedEventSchema: StandardSchemaV1<AccessCodeDeletedEvent>;
/** Validates a `access_code.deleted_external_to_seam` event; see {@link Validate}. */
export declare const validateAccessCodeDeletedExternalToSeamEvent: Validate<AccessCodeDeletedExternalToSeamEvent>;
/** True when the input is a `access_code.deleted_external_to_seam` event. */
export declare const isAccessCodeDeletedExternalToSeamEvent: Guard<AccessCodeDeletedExternalToSeamEvent>;
/** Standard Schema v1 object for a `access_code.deleted_external_to_seam` event. */
export declare const AccessCodeDeletedExternalToSeamEventSchema: StandardSchemaV1<AccessCodeDeletedExternalToSeamEvent>;
/** Validates a `access_code.failed_to_remove_from_device` event; see {@link Validate}. */
export declare const validateAccessCodeFailedToRemoveFromDeviceEvent: Validate<AccessCodeFailedToRemoveFromDeviceEvent>;
/** True when the input is a `access_code.failed_to_remove_from_device` event. */
export declare const isAccessCodeFailedToRemoveFromDeviceEvent: Guard<AccessCodeFailedToRemoveFromDeviceEvent>;
/** Standard Schema v1 object for a `access_code.failed_to_remove_from_device` event. */
export declare const AccessCodeFailedToRemoveFromDeviceEventSchema: StandardSchemaV1<AccessCodeFailedToRemoveFromDeviceEvent>;
/** Validates a `access_code.failed_to_set_on_device` event; see {@link Validate}. */
export declare const validateAccessCodeFailedToSetOnDeviceEvent: Validate<AccessCodeFailedToSetOnDeviceEvent>;
/** True when the input is a `access_code.failed_to_set_on_device` event. */
export declare const isAccessCodeFailedToSetOnDeviceEvent: Guard<AccessCodeFailedToSetOnDeviceEvent>;
/** Standard Schema v1 object for a `access_code.failed_to_set_on_device` event. */
export declare const AccessCodeFailedToSetOnDeviceEventSchema: StandardSchemaV1<AccessCodeFailedToSetOnDeviceEvent>;
/** Validates a `access_code.modified_external_to_seam` event; see {@link Validate}. */
export declare const validateAccessCodeModifiedExternalToSeamEvent: Validate<AccessCodeModifiedExternalToSeamEvent>;
/** True when the input is a `access_code.modified_external_to_seam` event. */
export declare const isAccessCodeModifiedExternalToSeamEvent: Guard<AccessCodeModifiedExternalToSeamEvent>;
/** Standard Schema v1 object for a `access_code.modified_external_to_seam` event. */
export declare const AccessCodeModifiedExternalToSeamEventSchema: StandardSchemaV1<AccessCodeModifiedExternalToSeamEvent>;
/** Validates a `access_code.mutations_requested` event; see {@link Validate}. */
export declare const validateAccessCodeMutationsRequestedEvent: Validate<AccessCodeMutationsRequestedEvent>;
/** True when the input is a `access_code.mutations_requested` event. */
export declare const isAccessCodeMutationsRequestedEvent: Guard<AccessCodeMutationsRequestedEvent>;
/** Standard Schema v1 object for a `access_code.mutations_requested` event. */
export declare const AccessCodeMutationsRequestedEventSchema: StandardSchemaV1<AccessCodeMutationsRequestedEvent>;
/** Validates a `access_code.name_changed` event; see {@link Validate}. */
export declare const validateAccessCodeNameChangedEvent: Validate<AccessCodeNameChangedEvent>;
/** True when the input is a `access_code.name_changed` event. */
export declare const isAccessCodeNameChangedEvent: Guard<AccessCodeNameChangedEvent>;
/** Standard Schema v1 object for a `access_code.name_changed` event. */
export declare const AccessCodeNameChangedEventSchema: StandardSchemaV1<AccessCodeNameChangedEvent>;
/** Validates a `access_code.removed_from_device` event; see {@link Validate}. */
export declare const validateAccessCodeRemovedFromDeviceEvent: Validate<AccessCodeRemovedFromDeviceEvent>;
/** True when the input is a `access_code.removed_from_device` event. */
export declare const isAccessCodeRemovedFromDeviceEvent: Guard<AccessCodeRemovedFromDeviceEvent>;
/** Standard Schema v1 object for a `access_code.removed_from_device` event. */
export declare const AccessCodeRemovedFromDeviceEventSchema: StandardSchemaV1<AccessCodeRemovedFromDeviceEvent>;
/** Validates a `access_code.scheduled_on_device` event; see {@link Validate}. */
export declare const validateAccessCodeScheduledOnDeviceEvent: Validate<AccessCodeScheduledOnDeviceEvent>;
/** True when the input is a `access_code.scheduled_on_device` event. */
export declare const isAccessCodeScheduledOnDeviceEvent: Guard<AccessCodeScheduledOnDeviceEvent>;
/** Standard Schema v1 object for a `access_code.scheduled_on_device` event. */
export declare const AccessCodeScheduledOnDeviceEventSchema: StandardSchemaV1<AccessCodeScheduledOnDeviceEvent>;
/** Validates a `access_code.set_on_device` event; see {@link Validate}. */
export declare const validateAccessCodeSetOnDeviceEvent: Validate<AccessCodeSetOnDeviceEvent>;
/** True when the input is a `access_code.set_on_device` event. */
export declare const isAccessCodeSetOnDeviceEvent: Guard<AccessCodeSetOnDeviceEvent>;
/** Standard Schema v1 object for a `access_code.set_on_device` event. */
export declare const AccessCodeSetOnDeviceEventSchema: StandardSchemaV1<AccessCodeSetOnDeviceEvent>;
/** Validates a `access_code.time_frame_changed` event; see {@link Validate}. */
export declare const validateAccessCodeTimeFrameChangedEvent: Validate<AccessCodeTimeFrameChangedEvent>;
/** True when the input is a `access_code.time_frame_changed` event. */
export declare const isAccessCodeTimeFrameChangedEvent: Guard<AccessCodeTimeFrameChangedEvent>;
/** Standard Schema v1 object for a `access_code.time_frame_changed` event. */
export declare const AccessCodeTimeFrameChangedEventSchema: StandardSchemaV1<AccessCodeTimeFrameChangedEvent>;
/** Validates a `access_code.unmanaged.converted_to_managed` event; see {@link Validate}. */
export declare const validateAccessCodeUnmanagedConvertedToManagedEvent: Validate<AccessCodeUnmanagedConvertedToManagedEvent>;
/** True when the input is a `access_code.unmanaged.converted_to_managed` event. */
export declare const isAccessCodeUnmanagedConvertedToManagedEvent: Guard<AccessCodeUnmanagedConvertedToManagedEvent>;
/** Standard Schema v1 object for a `access_code.unmanaged.converted_to_managed` event. */
export declare const AccessCodeUnmanagedConvertedToManagedEventSchema: StandardSchemaV1<AccessCodeUnmanagedConvertedToManagedEvent>;
/** Validates a `access_code.unmanaged.created` event; see {@link Validate}. */
export declare const validateAccessCodeUnmanagedCreatedEvent: Validate<AccessCodeUnmanagedCreatedEvent>;
/** True when the input is a `access_code.unmanaged.created` event. */
export declare const isAccessCodeUnmanagedCreatedEvent: Guard<AccessCodeUnmanagedCreatedEvent>;
/** Standard Schema v1 object for a `access_code.unmanaged.created` event. */
export declare const AccessCodeUnmanagedCreatedEventSchema: StandardSchemaV1<AccessCodeUnmanagedCreatedEvent>;
/** Validates a `access_code.unmanaged.failed_to_convert_to_managed` event; see {@link Validate}. */
export declare const validateAccessCodeUnmanagedFailedToConvertToManagedEvent: Validate<AccessCodeUnmanagedFailedToConvertToManagedEvent>;
/** True when the input is a `access_code.unmanaged.failed_to_convert_to_managed` event. */
export declare const isAccessCodeUnmanagedFailedToConvertToManagedEvent: Guard<AccessCodeUnmanagedFailedToConvertToManagedEvent>;
/** Standard Schema v1 object for a `access_code.unmanaged.failed_to_convert_to_managed` event. */
export declare const AccessCodeUnmanagedFailedToConvertToManagedEventSchema: StandardSchemaV1<AccessCodeUnmanagedFailedToConvertToManagedEvent>;
/** Validates a `access_code.unmanaged.removed` event; see {@link Validate}. */
export declare const validateAccessCodeUnmanagedRemovedEvent: Validate<AccessCodeUnmanagedRemovedEvent>;
/** True when the input is a `access_code.unmanaged.removed` event. */
export declare const isAccessCodeUnmanagedRemovedEvent: Guard<AccessCodeUnmanagedRemovedEvent>;
/** Standard Schema v1 object for a `access_code.unmanaged.removed` event. */
export declare const AccessCodeUnmanagedRemovedEventSchema: StandardSchemaV1<AccessCodeUnmanagedRemovedEvent>;
/** Validates a `access_grant.access_granted_to_all_doors` event; see {@link Validate}. */
export declare const validateAccessGrantAccessGrantedToAllDoorsEvent: Validate<AccessGrantAccessGrantedToAllDoorsEvent>;
/** True when the input is a `access_grant.access_granted_to_all_doors` event. */
export declare const isAccessGrantAccessGrantedToAllDoorsEvent: Guard<AccessGrantAccessGrantedToAllDoorsEvent>;
/** Standard Schema v1 object for a `access_grant.access_granted_to_all_doors` event. */
export declare const AccessGrantAccessGrantedToAllDoorsEventSchema: StandardSchemaV1<AccessGrantAccessGrantedToAllDoorsEvent>;
/** Validates a `access_grant.access_granted_to_door` event; see {@link Validate}. */
export declare const validateAccessGrantAccessGrantedToDoorEvent: Validate<AccessGrantAccessGrantedToDoorEvent>;
/** True when the input is a `access_grant.access_granted_to_door` event. */
export declare const isAccessGrantAccessGrantedToDoorEvent: Guard<AccessGrantAccessGrantedToDoorEvent>;
/** Standard Schema v1 object for a `access_grant.access_granted_to_door` event. */
export declare const AccessGrantAccessGrantedToDoorEventSchema: StandardSchemaV1<AccessGrantAccessGrantedToDoorEvent>;
/** Validates a `access_grant.access_times_changed` event; see {@link Validate}. */
export declare const validateAccessGrantAccessTimesChangedEvent: Validate<AccessGrantAccessTimesChangedEvent>;
/** True when the input is a `access_grant.access_times_changed` event. */
export declare const isAccessGrantAccessTimesChangedEvent: Guard<AccessGrantAccessTimesChangedEvent>;
/** Standard Schema v1 object for a `access_grant.access_times_changed` event. */
export declare const AccessGrantAccessTimesChangedEventSchema: StandardSchemaV1<AccessGrantAccessTimesChangedEvent>;
/** Validates a `access_grant.access_to_door_lost` event; see {@link Validate}. */
export declare const validateAccessGrantAccessToDoorLostEvent: Validate<AccessGrantAccessToDoorLostEvent>;
/** True when the input is a `access_grant.access_to_door_lost` event. */
export declare const isAccessGrantAccessToDoorLostEvent: Guard<AccessGrantAccessToDoorLostEvent>;
/** Standard Schema v1 object for a `access_grant.access_to_door_lost` event. */
export declare const AccessGrantAccessToDoorLostEventSchema: StandardSchemaV1<AccessGrantAccessToDoorLostEvent>;
/** Validates a `access_grant.could_not_create_requested_access_methods` event; see {@link Validate}. */
export declare const validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent: Validate<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>;
/** True when the input is a `access_grant.could_not_create_requested_access_methods` event. */
export declare const isAccessGrantCouldNotCreateRequestedAccessMethodsEvent: Guard<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>;
/** Standard Schema v1 object for a `access_grant.could_not_create_requested_access_methods` event. */
export declare const AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema: StandardSchemaV1<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>;
/** Validates a `access_grant.created` event; see {@link Validate}. */
export declare const validateAccessGrantCreatedEvent: Validate<AccessGrantCreatedEvent>;
/** True when the input is a `access_grant.created` event. */
export declare const isAccessGrantCreatedEvent: Guard<AccessGrantCreatedEvent>;
/** Standard Schema v1 object for a `access_grant.created` event. */
export declare const AccessGrantCreatedEventSchema: StandardSchemaV1<AccessGrantCreatedEvent>;
/** Validates a `access_grant.deleted` event; see {@link Validate}. */
export declare const validateAccessGrantDeletedEvent: Validate<AccessGrantDeletedEvent>;
/** True when the input is a `access_grant.deleted` event. */
export declare const isAccessGrantDeletedEvent: Guard<AccessGrantDeletedEvent>;
/** Standard Schema v1 object for a `access_grant.deleted` event. */
export declare const AccessGrantDeletedEventSchema: StandardSchemaV1<AccessGrantDeletedEvent>;
/** Validates a `access_method.card_encoding_required` event; see {@link Validate}. */
export declare const validateAccessMethodCardEncodingRequiredEvent: Validate<AccessMethodCardEncodingRequiredEvent>;
/** True when the input is a `access_method.card_encoding_required` event. */
export declare const isAccessMethodCardEncodingRequiredEvent: Guard<AccessMethodCardEncodingRequiredEvent>;
/** Standard Schema v1 object for a `access_method.card_encoding_required` event. */
export declare const AccessMethodCardEncodingRequiredEventSchema: StandardSchemaV1<AccessMethodCardEncodingRequiredEvent>;
/** Validates a `access_method.created` event; see {@link Validate}. */
export declare const validateAccessMethodCreatedEvent: Validate<AccessMethodCreatedEvent>;
/** True when the input is a `access_method.created` event. */
export declare const isAccessMethodCreatedEvent: Guard<AccessMethodCreatedEvent>;
/** Standard Schema v1 object for a `access_method.created` event. */
export declare const AccessMethodCreatedEventSchema: StandardSchemaV1<AccessMethodCreatedEvent>;
/** Validates a `access_method.delay_in_issuing` event; see {@link Validate}. */
export declare const validateAccessMethodDelayInIssuingEvent: Validate<AccessMethodDelayInIssuingEvent>;
/** True when the input is a `access_method.delay_in_issuing` event. */
export declare const isAccessMethodDelayInIssuingEvent: Guard<AccessMethodDelayInIssuingEvent>;
/** Standard Schema v1 object for a `access_method.delay_in_issuing` event. */
export declare const AccessMethodDelayInIssuingEventSchema: StandardSchemaV1<AccessMethodDelayInIssuingEvent>;
/** Validates a `access_method.deleted` event; see {@link Validate}. */
export declare const validateAccessMethodDeletedEvent: Validate<AccessMethodDeletedEvent>;
/** True when the input is a `access_method.deleted` event. */
export declare const isAccessMethodDeletedEvent: Guard<AccessMethodDeletedEvent>;
/** Standard Schema v1 object for a `access_method.deleted` event. */
export declare const AccessMethodDeletedEventSchema: StandardSchemaV1<AccessMethodDeletedEvent>;
/** Validates a `access_method.failed_to_issue` event; see {@link Validate}. */
export declare const validateAccessMethodFailedToIssueEvent: Validate<AccessMethodFailedToIssueEvent>;
/** True when the input is a `access_method.failed_to_issue` event. */
export declare const isAccessMethodFailedToIssueEvent: Guard<AccessMethodFailedToIssueEvent>;
/** Standard Schema v1 object for a `access_method.failed_to_issue` event. */
export declare const AccessMethodFailedToIssueEventSchema: StandardSchemaV1<AccessMethodFailedToIssueEvent>;
/** Validates a `access_method.issued` event; see {@link Validate}. */
export declare const validateAccessMethodIssuedEvent: Validate<AccessMethodIssuedEvent>;
/** True when the input is a `access_method.issued` event. */
export declare const isAccessMethodIssuedEvent: Guard<AccessMethodIssuedEvent>;
/** Standard Schema v1 object for a `access_method.issued` event. */
export declare const AccessMethodIssuedEventSchema: StandardSchemaV1<AccessMethodIssuedEvent>;
/** Validates a `access_method.reissued` event; see {@link Validate}. */
export declare const validateAccessMethodReissuedEvent: Validate<AccessMethodReissuedEvent>;
/** True when the input is a `access_method.reissued` event. */
export declare const isAccessMethodReissuedEvent: Guard<AccessMethodReissuedEvent>;
/** Standard Schema v1 object for a `access_method.reissued` event. */
export declare const AccessMethodReissuedEventSchema: StandardSchemaV1<AccessMethodReissuedEvent>;
/** Validates a `access_method.revoked` event; see {@link Validate}. */
export declare const validateAccessMethodRevokedEvent: Validate<AccessMethodRevokedEvent>;
/** True when the input is a `access_method.revoked` event. */
export declare const isAccessMethodRevokedEvent: Guard<AccessMethodRevokedEvent>;
/** Standard Schema v1 object for a `access_method.revoked` event. */
export declare const AccessMethodRevokedEventSchema: StandardSchemaV1<AccessMethodRevokedEvent>;
/** Validates a `acs_access_group.deleted` event; see {@link Validate}. */
export declare const validateAcsAccessGroupDeletedEvent: Validate<AcsAccessGroupDeletedEvent>;
/** True when the input is a `acs_access_group.deleted` event. */
export declare const isAcsAccessGroupDeletedEvent: Guard<AcsAccessGroupDeletedEvent>;
/** Standard Schema v1 object for a `acs_access_group.deleted` event. */
export declare const AcsAccessGroupDeletedEventSchema: StandardSchemaV1<AcsAccessGroupDeletedEvent>;
/** Validates a `acs_credential.deleted` event; see {@link Validate}. */
export declare const validateAcsCredentialDeletedEvent: Validate<AcsCredentialDeletedEvent>;
/** True when the input is a `acs_credential.deleted` event. */
export declare const isAcsCredentialDeletedEvent: Guard<AcsCredentialDeletedEvent>;
/** Standard Schema v1 object for a `acs_credential.deleted` event. */
export declare const AcsCredentialDeletedEventSchema: StandardSchemaV1<AcsCredentialDeletedEvent>;
/** Validates a `acs_credential.invalidated` event; see {@link Validate}. */
export declare const validateAcsCredentialInvalidatedEvent: Validate<AcsCredentialInvalidatedEvent>;
/** True when the input is a `acs_credential.invalidated` event. */
export declare const isAcsCredentialInvalidatedEvent: Guard<AcsCredentialInvalidatedEvent>;
/** Standard Schema v1 object for a `acs_credential.invalidated` event. */
export declare const AcsCredentialInvalidatedEventSchema: StandardSchemaV1<AcsCredentialInvalidatedEvent>;
/** Validates a `acs_credential.issued` event; see {@link Validate}. */
export declare const validateAcsCredentialIssuedEvent: Validate<AcsCredentialIssuedEvent>;
/** True when the input is a `acs_credential.issued` event. */
export declare const isAcsCredentialIssuedEvent: Guard<AcsCredentialIssuedEvent>;
/** Standard Schema v1 object for a `acs_credential.issued` event. */
export declare const AcsCredentialIssuedEventSchema: StandardSchemaV1<AcsCredentialIssuedEvent>;
/** Validates a `acs_credential.reissued` event; see {@link Validate}. */
export declare const validateAcsCredentialReissuedEvent: Validate<AcsCredentialReissuedEvent>;
/** True when the input is a `acs_credential.reissued` event. */
export declare const isAcsCredentialReissuedEvent: Guard<AcsCredentialReissuedEvent>;
/** Standard Schema v1 object for a `acs_credential.reissued` event. */
export declare const AcsCredentialReissuedEventSchema: StandardSchemaV1<AcsCredentialReissuedEvent>;
/** Validates a `acs_encoder.added` event; see {@link Validate}. */
export declare const validateAcsEncoderAddedEvent: Validate<AcsEncoderAddedEvent>;
/** True when the input is a `acs_encoder.added` event. */
export declare const isAcsEncoderAddedEvent: Guard<AcsEncoderAddedEvent>;
/** Standard Schema v1 object for a `acs_encoder.added` event. */
export declare const AcsEncoderAddedEventSchema: StandardSchemaV1<AcsEncoderAddedEvent>;
/** Validates a `acs_encoder.removed` event; see {@link Validate}. */
export declare const validateAcsEncoderRemovedEvent: Validate<AcsEncoderRemovedEvent>;
/** True when the input is a `acs_encoder.removed` event. */
export declare const isAcsEncoderRemovedEvent: Guard<AcsEncoderRemovedEvent>;
/** Standard Schema v1 object for a `acs_encoder.removed` event. */
export declare const AcsEncoderRemovedEventSchema: StandardSchemaV1<AcsEncoderRemovedEvent>;
/** Validates a `acs_entrance.added` event; see {@link Validate}. */
export declare const validateAcsEntranceAddedEvent: Validate<AcsEntranceAddedEvent>;
/** True when the input is a `acs_entrance.added` event. */
export declare const isAcsEntranceAddedEvent: Guard<AcsEntranceAddedEvent>;
/** Standard Schema v1 object for a `acs_entrance.added` event. */
export declare const AcsEntranceAddedEventSchema: StandardSchemaV1<AcsEntranceAddedEvent>;
/** Validates a `acs_entrance.removed` event; see {@link Validate}. */
export declare const validateAcsEntranceRemovedEvent: Validate<AcsEntranceRemovedEvent>;
/** True when the input is a `acs_entrance.removed` event. */
export declare const isAcsEntranceRemovedEvent: Guard<AcsEntranceRemovedEvent>;
/** Standard Schema v1 object for a `acs_entrance.removed` event. */
export declare const AcsEntranceRemovedEventSchema: StandardSchemaV1<AcsEntranceRemovedEvent>;
/** Validates a `acs_system.added` event; see {@link Validate}. */
export declare const validateAcsSystemAddedEvent: Validate<AcsSystemAddedEvent>;
/** True when the input is a `acs_system.added` event. */
export declare const isAcsSystemAddedEvent: Guard<AcsSystemAddedEvent>;
/** Standard Schema v1 object for a `acs_system.added` event. */
export declare const AcsSystemAddedEventSchema: StandardSchemaV1<AcsSystemAddedEvent>;
/** Validates a `acs_system.connected` event; see {@link Validate}. */
export declare const validateAcsSystemConnectedEvent: Validate<AcsSystemConnectedEvent>;
/** True when the input is a `acs_system.connected` event. */
export declare const isAcsSystemConnectedEvent: Guard<AcsSystemConnectedEvent>;
/** Standard Schema v1 object for a `acs_system.connected` event. */
export declare const AcsSystemConnectedEventSchema: StandardSchemaV1<AcsSystemConnectedEvent>;
/** Validates a `acs_system.disconnected` event; see {@link Validate}. */
export declare const validateAcsSystemDisconnectedEvent: Validate<AcsSystemDisconnectedEvent>;
/** True when the input is a `acs_system.disconnected` event. */
export declare const isAcsSystemDisconnectedEvent: Guard<AcsSystemDisconnectedEvent>;
/** Standard Schema v1 object for a `acs_system.disconnected` event. */
export declare const AcsSystemDisconnectedEventSchema: StandardSchemaV1<AcsSystemDisconnectedEvent>;
/** Validates a `acs_user.created` event; see {@link Validate}. */
export declare const validateAcsUserCreatedEvent: Validate<AcsUserCreatedEvent>;
/** True when the input is a `acs_user.created` event. */
export declare const isAcsUserCreatedEvent: Guard<AcsUserCreatedEvent>;
/** Standard Schema v1 object for a `acs_user.created` event. */
export declare const AcsUserCreatedEventSchema: StandardSchemaV1<AcsUserCreatedEvent>;
/** Validates a `acs_user.deleted` event; see {@link Validate}. */
export declare const validateAcsUserDeletedEvent: Validate<AcsUserDeletedEvent>;
/** True when the input is a `acs_user.deleted` event. */
export declare const isAcsUserDeletedEvent: Guard<AcsUserDeletedEvent>;
/** Standard Schema v1 object for a `acs_user.deleted` event. */
export declare const AcsUserDeletedEventSchema: StandardSchemaV1<AcsUserDeletedEvent>;
/** Validates a `action_attempt.lock_door.failed` event; see {@link Validate}. */
export declare const validateActionAttemptLockDoorFailedEvent: Validate<ActionAttemptLockDoorFailedEvent>;
/** True when the input is a `action_attempt.lock_door.failed` event. */
export declare const isActionAttemptLockDoorFailedEvent: Guard<ActionAttemptLockDoorFailedEvent>;
/** Standard Schema v1 object for a `action_attempt.lock_door.failed` event. */
export declare const ActionAttemptLockDoorFailedEventSchema: StandardSchemaV1<ActionAttemptLockDoorFailedEvent>;
/** Validates a `action_attempt.lock_door.succeeded` event; see {@link Validate}. */
export declare const validateActionAttemptLockDoorSucceededEvent: Validate<ActionAttemptLockDoorSucceededEvent>;
/** True when the input is a `action_attempt.lock_door.succeeded` event. */
export declare const isActionAttemptLockDoorSucceededEvent: Guard<ActionAttemptLockDoorSucceededEvent>;
/** Standard Schema v1 object for a `action_attempt.lock_door.succeeded` event. */
export declare const ActionAttemptLockDoorSucceededEventSchema: StandardSchemaV1<ActionAttemptLockDoorSucceededEvent>;
/** Validates a `action_attempt.simulate_keypad_code_entry.failed` event; see {@link Validate}. */
export declare const validateActionAttemptSimulateKeypadCodeEntryFailedEvent: Validate<ActionAttemptSimulateKeypadCodeEntryFailedEvent>;
/** True when the input is a `action_attempt.simulate_keypad_code_entry.failed` event. */
export declare const isActionAttemptSimulateKeypadCodeEntryFailedEvent: Guard<ActionAttemptSimulateKeypadCodeEntryFailedEvent>;
/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.failed` event. */
export declare const ActionAttemptSimulateKeypadCodeEntryFailedEventSchema: StandardSchemaV1<ActionAttemptSimulateKeypadCodeEntryFailedEvent>;
/** Validates a `action_attempt.simulate_keypad_code_entry.succeeded` event; see {@link Validate}. */
export declare const validateActionAttemptSimulateKeypadCodeEntrySucceededEvent: Validate<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>;
/** True when the input is a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
export declare const isActionAttemptSimulateKeypadCodeEntrySucceededEvent: Guard<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>;
/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
export declare const ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema: StandardSchemaV1<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>;
/** Validates a `action_attempt.simulate_manual_lock_via_keypad.failed` event; see {@link Validate}. */
export declare const validateActionAttemptSimulateManualLockViaKeypadFailedEvent: Validate<ActionAttemptSimulateManualLockViaKeypadFailedEvent>;
/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
export declare const isActionAttemptSimulateManualLockViaKeypadFailedEvent: Guard<ActionAttemptSimulateManualLockViaKeypadFailedEvent>;
/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
export declare const ActionAttemptSimulateManualLockViaKeypadFailedEventSchema: StandardSchemaV1<ActionAttemptSimulateManualLockViaKeypadFailedEvent>;
/** Validates a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event; see {@link Validate}. */
export declare const validateActionAttemptSimulateManualLockViaKeypadSucceededEvent: Validate<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>;
/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
export declare const isActionAttemptSimulateManualLockViaKeypadSucceededEvent: Guard<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>;
/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
export declare const ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema: StandardSchemaV1<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>;
/** Validates a `action_attempt.unlock_door.failed` event; see {@link Validate}. */
export declare const validateActionAttemptUnlockDoorFailedEvent: Validate<ActionAttemptUnlockDoorFailedEvent>;
/** True when the input is a `action_attempt.unlock_door.failed` event. */
export declare const isActionAttemptUnlockDoorFailedEvent: Guard<ActionAttemptUnlockDoorFailedEvent>;
/** Standard Schema v1 object for a `action_attempt.unlock_door.failed` event. */
export declare const ActionAttemptUnlockDoorFailedEventSchema: StandardSchemaV1<ActionAttemptUnlockDoorFailedEvent>;
/** Validates a `action_attempt.unlock_door.succeeded` event; see {@link Validate}. */
export declare const validateActionAttemptUnlockDoorSucceededEvent: Validate<ActionAttemptUnlockDoorSucceededEvent>;
/** True when the input is a `action_attempt.unlock_door.succeeded` event. */
export declare const isActionAttemptUnlockDoorSucceededEvent: Guard<ActionAttemptUnlockDoorSucceededEvent>;
/** Standard Schema v1 object for a `action_attempt.unlock_door.succeeded` event. */
export declare const ActionAttemptUnlockDoorSucceededEventSchema: StandardSchemaV1<ActionAttemptUnlockDoorSucceededEvent>;
/** Validates a `camera.activated` event; see {@link Validate}. */
export declare const validateCameraActivatedEvent: Validate<CameraActivatedEvent>;
/** True when the input is a `camera.activated` event. */
export declare const isCameraActivatedEvent: Guard<CameraActivatedEvent>;
/** Standard Schema v1 object for a `camera.activated` event. */
export declare const CameraActivatedEventSchema: StandardSchemaV1<CameraActivatedEvent>;
/** Validates a `client_session.deleted` event; see {@link Validate}. */
export declare const validateClientSessionDeletedEvent: Validate<ClientSessionDeletedEvent>;
/** True when the input is a `client_session.deleted` event. */
export declare const isClientSessionDeletedEvent: Guard<ClientSessionDeletedEvent>;
/** Standard Schema v1 object for a `client_session.deleted` event. */
export declare const ClientSessionDeletedEventSchema: StandardSchemaV1<ClientSessionDeletedEvent>;
/** Validates a `connect_webview.login_failed` event; see {@link Validate}. */
export declare const validateConnectWebviewLoginFailedEvent: Validate<ConnectWebviewLoginFailedEvent>;
/** True when the input is a `connect_webview.login_failed` event. */
export declare const isConnectWebviewLoginFailedEvent: Guard<ConnectWebviewLoginFailedEvent>;
/** Standard Schema v1 object for a `connect_webview.login_failed` event. */
export declare const ConnectWebviewLoginFailedEventSchema: StandardSchemaV1<ConnectWebviewLoginFailedEvent>;
/** Validates a `connect_webview.login_succeeded` event; see {@link Validate}. */
export declare const validateConnectWebviewLoginSucceededEvent: Validate<ConnectWebviewLoginSucceededEvent>;
/** True when the input is a `connect_webview.login_succeeded` event. */
export declare const isConnectWebviewLoginSucceededEvent: Guard<ConnectWebviewLoginSucceededEvent>;
/** Standard Schema v1 object for a `connect_webview.login_succeeded` event. */
export declare const ConnectWebviewLoginSucceededEventSchema: StandardSchemaV1<ConnectWebviewLoginSucceededEvent>;
/** Validates a `connected_account.completed_first_sync` event; see {@link Validate}. */
export declare const validateConnectedAccountCompletedFirstSyncEvent: Validate<ConnectedAccountCompletedFirstSyncEvent>;
/** True when the input is a `connected_account.completed_first_sync` event. */
export declare const isConnectedAccountCompletedFirstSyncEvent: Guard<ConnectedAccountCompletedFirstSyncEvent>;
/** Standard Schema v1 object for a `connected_account.completed_first_sync` event. */
export declare const ConnectedAccountCompletedFirstSyncEventSchema: StandardSchemaV1<ConnectedAccountCompletedFirstSyncEvent>;
/** Validates a `connected_account.completed_first_sync_after_reconnection` event; see {@link Validate}. */
export declare const validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent: Validate<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>;
/** True when the input is a `connected_account.completed_first_sync_after_reconnection` event. */
export declare const isConnectedAccountCompletedFirstSyncAfterReconnectionEvent: Guard<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>;
/** Standard Schema v1 object for a `connected_account.completed_first_sync_after_reconnection` event. */
export declare const ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema: StandardSchemaV1<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>;
/** Validates a `connected_account.connected` event; see {@link Validate}. */
export declare const validateConnectedAccountConnectedEvent: Validate<ConnectedAccountConnectedEvent>;
/** True when the input is a `connected_account.connected` event. */
export declare const isConnectedAccountConnectedEvent: Guard<ConnectedAccountConnectedEvent>;
/** Standard Schema v1 object for a `connected_account.connected` event. */
export declare const ConnectedAccountConnectedEventSchema: StandardSchemaV1<ConnectedAccountConnectedEvent>;
/** Validates a `connected_account.created` event; see {@link Validate}. */
export declare const validateConnectedAccountCreatedEvent: Validate<ConnectedAccountCreatedEvent>;
/** True when the input is a `connected_account.created` event. */
export declare const isConnectedAccountCreatedEvent: Guard<ConnectedAccountCreatedEvent>;
/** Standard Schema v1 object for a `connected_account.created` event. */
export declare const ConnectedAccountCreatedEventSchema: StandardSchemaV1<ConnectedAccountCreatedEvent>;
/** Validates a `connected_account.deleted` event; see {@link Validate}. */
export declare const validateConnectedAccountDeletedEvent: Validate<ConnectedAccountDeletedEvent>;
/** True when the input is a `connected_account.deleted` event. */
export declare const isConnectedAccountDeletedEvent: Guard<ConnectedAccountDeletedEvent>;
/** Standard Schema v1 object for a `connected_account.deleted` event. */
export declare const ConnectedAccountDeletedEventSchema: StandardSchemaV1<ConnectedAccountDeletedEvent>;
/** Validates a `connected_account.disconnected` event; see {@link Validate}. */
export declare const validateConnectedAccountDisconnectedEvent: Validate<ConnectedAccountDisconnectedEvent>;
/** True when the input is a `connected_account.disconnected` event. */
export declare const isConnectedAccountDisconnectedEvent: Guard<ConnectedAccountDisconnectedEvent>;
/** Standard Schema v1 object for a `connected_account.disconnected` event. */
export declare const ConnectedAccountDisconnectedEventSchema: StandardSchemaV1<ConnectedAccountDisconnectedEvent>;
/** Validates a `connected_account.reauthorization_requested` event; see {@link Validate}. */
export declare const validateConnectedAccountReauthorizationRequestedEvent: Validate<ConnectedAccountReauthorizationRequestedEvent>;
/** True when the input is a `connected_account.reauthorization_requested` event. */
export declare const isConnectedAccountReauthorizationRequestedEvent: Guard<ConnectedAccountReauthorizationRequestedEvent>;
/** Standard Schema v1 object for a `connected_account.reauthorization_requested` event. */
export declare const ConnectedAccountReauthorizationRequestedEventSchema: StandardSchemaV1<ConnectedAccountReauthorizationRequestedEvent>;
/**
* Validates a `connected_account.successful_login` event; see {@link Validate}.
* @deprecated Use connect_webview.login_succeeded instead.
*/
export declare const validateConnectedAccountSuccessfulLoginEvent: Validate<ConnectedAccountSuccessfulLoginEvent>;
/**
* True when the input is a `connected_account.successful_login` event.
* @deprecated Use connect_webview.login_succeeded instead.
*/
export declare const isConnectedAccountSuccessfulLoginEvent: Guard<ConnectedAccountSuccessfulLoginEvent>;
/**
* Standard Schema v1 object for a `connected_account.successful_login` event.
* @deprecated Use connect_webview.login_succeeded instead.
*/
export declare const ConnectedAccountSuccessfulLoginEventSchema: StandardSchemaV1<ConnectedAccountSuccessfulLoginEvent>;
/** Validates a `device.accessory_keypad_connected` event; see {@link Validate}. */
export declare const validateDeviceAccessoryKeypadConnectedEvent: Validate<DeviceAccessoryKeypadConnectedEvent>;
/** True when the input is a `device.accessory_keypad_connected` event. */
export declare const isDeviceAccessoryKeypadConnectedEvent: Guard<DeviceAccessoryKeypadConnectedEvent>;
/** Standard Schema v1 object for a `device.accessory_keypad_connected` event. */
export declare const DeviceAccessoryKeypadConnectedEventSchema: StandardSchemaV1<DeviceAccessoryKeypadConnectedEvent>;
/** Validates a `device.accessory_keypad_disconnected` event; see {@link Validate}. */
export declare const validateDeviceAccessoryKeypadDisconnectedEvent: Validate<DeviceAccessoryKeypadDisconnectedEvent>;
/** True when the input is a `device.accessory_keypad_disconnected` event. */
export declare const isDeviceAccessoryKeypadDisconnectedEvent: Guard<DeviceAccessoryKeypadDisconnectedEvent>;
/** Standard Schema v1 object for a `device.accessory_keypad_disconnected` event. */
export declare const DeviceAccessoryKeypadDisconnectedEventSchema: StandardSchemaV1<DeviceAccessoryKeypadDisconnectedEvent>;
/** Validates a `device.added` event; see {@link Validate}. */
export declare const validateDeviceAddedEvent: Validate<DeviceAddedEvent>;
/** True when the input is a `device.added` event. */
export declare const isDeviceAddedEvent: Guard<DeviceAddedEvent>;
/** Standard Schema v1 object for a `device.added` event. */
export declare const DeviceAddedEventSchema: StandardSchemaV1<DeviceAddedEvent>;
/** Validates a `device.battery_status_changed` event; see {@link Validate}. */
export declare const validateDeviceBatteryStatusChangedEvent: Validate<DeviceBatteryStatusChangedEvent>;
/** True when the input is a `device.battery_status_changed` event. */
export declare const isDeviceBatteryStatusChangedEvent: Guard<DeviceBatteryStatusChangedEvent>;
/** Standard Schema v1 object for a `device.battery_status_changed` event. */
export declare const DeviceBatteryStatusChangedEventSchema: StandardSchemaV1<DeviceBatteryStatusChangedEvent>;
/** Validates a `device.connected` event; see {@link Validate}. */
export declare const validateDeviceConnectedEvent: Validate<DeviceConnectedEvent>;
/** True when the input is a `device.connected` event. */
export declare const isDeviceConnectedEvent: Guard<DeviceConnectedEvent>;
/** Standard Schema v1 object for a `device.connected` event. */
export declare const DeviceConnectedEventSchema: StandardSchemaV1<DeviceConnectedEvent>;
/** Validates a `device.connection_became_flaky` event; see {@link Validate}. */
export declare const validateDeviceConnectionBecameFlakyEvent: Validate<DeviceConnectionBecameFlakyEvent>;
/** True when the input is a `device.connection_became_flaky` event. */
export declare const isDeviceConnectionBecameFlakyEvent: Guard<DeviceConnectionBecameFlakyEvent>;
/** Standard Schema v1 object for a `device.connection_became_flaky` event. */
export declare const DeviceConnectionBecameFlakyEventSchema: StandardSchemaV1<DeviceConnectionBecameFlakyEvent>;
/** Validates a `device.connection_stabilized` event; see {@link Validate}. */
export declare const validateDeviceConnectionStabilizedEvent: Validate<DeviceConnectionStabilizedEvent>;
/** True when the input is a `device.connection_stabilized` event. */
export declare const isDeviceConnectionStabilizedEvent: Guard<DeviceConnectionStabilizedEvent>;
/** Standard Schema v1 object for a `device.connection_stabilized` event. */
export declare const DeviceConnectionStabilizedEventSchema: StandardSchemaV1<DeviceConnectionStabilizedEvent>;
/** Validates a `device.converted_to_unmanaged` event; see {@link Validate}. */
export declare const validateDeviceConvertedToUnmanagedEvent: Validate<DeviceConvertedToUnmanagedEvent>;
/** True when the input is a `device.converted_to_unmanaged` event. */
export declare const isDeviceConvertedToUnmanagedEvent: Guard<DeviceConvertedToUnmanagedEvent>;
/** Standard Schema v1 object for a `device.converted_to_unmanaged` event. */
export declare const DeviceConvertedToUnmanagedEventSchema: StandardSchemaV1<DeviceConvertedToUnmanagedEvent>;
/** Validates a `device.deleted` event; see {@link Validate}. */
export declare const validateDeviceDeletedEvent: Validate<DeviceDeletedEvent>;
/** True when the input is a `device.deleted` event. */
export declare const isDeviceDeletedEvent: Guard<DeviceDeletedEvent>;
/** Standard Schema v1 object for a `device.deleted` event. */
export declare const DeviceDeletedEventSchema: StandardSchemaV1<DeviceDeletedEvent>;
/** Validates a `device.disconnected` event; see {@link Validate}. */
export declare const validateDeviceDisconnectedEvent: Validate<DeviceDisconnectedEvent>;
/** True when the input is a `device.disconnected` event. */
export declare const isDeviceDisconnectedEvent: Guard<DeviceDisconnectedEvent>;
/** Standard Schema v1 object for a `device.disconnected` event. */
export declare const DeviceDisconnectedEventSchema: StandardSchemaV1<DeviceDisconnectedEvent>;
/** Validates a `device.doorbell_rang` event; see {@link Validate}. */
export declare const validateDeviceDoorbellRangEvent: Validate<DeviceDoorbellRangEvent>;
/** True when the input is a `device.doorbell_rang` event. */
export declare const isDeviceDoorbellRangEvent: Guard<DeviceDoorbellRangEvent>;
/** Standard Schema v1 object for a `device.doorbell_rang` event. */
export declare const DeviceDoorbellRangEventSchema: StandardSchemaV1<DeviceDoorbellRangEvent>;
/** Validates a `device.error.subscription_required` event; see {@link Validate}. */
export declare const validateDeviceErrorSubscriptionRequiredEvent: Validate<DeviceErrorSubscriptionRequiredEvent>;
/** True when the input is a `device.error.subscription_required` event. */
export declare const isDeviceErrorSubscriptionRequiredEvent: Guard<DeviceErrorSubscriptionRequiredEvent>;
/** Standard Schema v1 object for a `device.error.subscription_required` event. */
export declare const DeviceErrorSubscriptionRequiredEventSchema: StandardSchemaV1<DeviceErrorSubscriptionRequiredEvent>;
/** Validates a `device.error.subscription_required.resolved` event; see {@link Validate}. */
export declare const validateDeviceErrorSubscriptionRequiredResolvedEvent: Validate<DeviceErrorSubscriptionRequiredResolvedEvent>;
/** True when the input is a `device.error.subscription_required.resolved` event. */
export declare const isDeviceErrorSubscriptionRequiredResolvedEvent: Guard<DeviceErrorSubscriptionRequiredResolvedEvent>;
/** Standard Schema v1 object for a `device.error.subscription_required.resolved` event. */
export declare const DeviceErrorSubscriptionRequiredResolvedEventSchema: StandardSchemaV1<DeviceErrorSubscriptionRequiredResolvedEvent>;
/** Validates a `device.low_battery` event; see {@link Validate}. */
export declare const validateDeviceLowBatteryEvent: Validate<DeviceLowBatteryEvent>;
/** True when the input is a `device.low_battery` event. */
export declare const isDeviceLowBatteryEvent: Guard<DeviceLowBatteryEvent>;
/** Standard Schema v1 object for a `device.low_battery` event. */
export declare const DeviceLowBatteryEventSchema: StandardSchemaV1<DeviceLowBatteryEvent>;
/** Validates a `device.name_changed` event; see {@link Validate}. */
export declare const validateDeviceNameChangedEvent: Validate<DeviceNameChangedEvent>;
/** True when the input is a `device.name_changed` event. */
export declare const isDeviceNameChangedEvent: Guard<DeviceNameChangedEvent>;
/** Standard Schema v1 object for a `device.name_changed` event. */
export declare const DeviceNameChangedEventSchema: StandardSchemaV1<DeviceNameChangedEvent>;
/** Validates a `device.removed` event; see {@link Validate}. */
export declare const validateDeviceRemovedEvent: Validate<DeviceRemovedEvent>;
/** True when the input is a `device.removed` event. */
export declare const isDeviceRemovedEvent: Guard<DeviceRemovedEvent>;
/** Standard Schema v1 object for a `device.removed` event. */
export declare const DeviceRemovedEventSchema: StandardSchemaV1<DeviceRemovedEvent>;
/** Validates a `device.salto.privacy_mode_activated` event; see {@link Validate}. */
export declare const validateDeviceSaltoPrivacyModeActivatedEvent: Validate<DeviceSaltoPrivacyModeActivatedEvent>;
/** True when the input is a `device.salto.privacy_mode_activated` event. */
export declare const isDeviceSaltoPrivacyModeActivatedEvent: Guard<DeviceSaltoPrivacyModeActivatedEvent>;
/** Standard Schema v1 object for a `device.salto.privacy_mode_activated` event. */
export declare const DeviceSaltoPrivacyModeActivatedEventSchema: StandardSchemaV1<DeviceSaltoPrivacyModeActivatedEvent>;
/** Validates a `device.salto.privacy_mode_deactivated` event; see {@link Validate}. */
export declare const validateDeviceSaltoPrivacyModeDeactivatedEvent: Validate<DeviceSaltoPrivacyModeDeactivatedEvent>;
/** True when the input is a `device.salto.privacy_mode_deactivated` event. */
export declare const isDeviceSaltoPrivacyModeDeactivatedEvent: Guard<DeviceSaltoPrivacyModeDeactivatedEvent>;
/** Standard Schema v1 object for a `device.salto.privacy_mode_deactivated` event. */
export declare const DeviceSaltoPrivacyModeDeactivatedEventSchema: StandardSchemaV1<DeviceSaltoPrivacyModeDeactivatedEvent>;
/** Validates a `device.tampered` event; see {@link Validate}. */
export declare const validateDeviceTamperedEvent: Validate<DeviceTamperedEvent>;
/** True when the input is a `device.tampered` event. */
export declare const isDeviceTamperedEvent: Guard<DeviceTamperedEvent>;
/** Standard Schema v1 object for a `device.tampered` event. */
export declare const DeviceTamperedEventSchema: StandardSchemaV1<DeviceTamperedEvent>;
/** Validates a `device.third_party_integration_detected` event; see {@link Validate}. */
export declare const validateDeviceThirdPartyIntegrationDetectedEvent: Validate<DeviceThirdPartyIntegrationDetectedEvent>;
/** True when the input is a `device.third_party_integration_detected` event. */
export declare const isDeviceThirdPartyIntegrationDetectedEvent: Guard<DeviceThirdPartyIntegrationDetectedEvent>;
/** Standard Schema v1 object for a `device.third_party_integration_detected` event. */
export declare const DeviceThirdPartyIntegrationDetectedEventSchema: StandardSchemaV1<DeviceThirdPartyIntegrationDetectedEvent>;
/** Validates a `device.third_party_integration_no_longer_detected` event; see {@link Validate}. */
export declare const validateDeviceThirdPartyIntegrationNoLongerDetectedEvent: Validate<DeviceThirdPartyIntegrationNoLongerDetectedEvent>;
/** True when the input is a `device.third_party_integration_no_longer_detected` event. */
export declare const isDeviceThirdPartyIntegrationNoLongerDetectedEvent: Guard<DeviceThirdPartyIntegrationNoLongerDetectedEvent>;
/** Standard Schema v1 object for a `device.third_party_integration_no_longer_detected` event. */
export declare const DeviceThirdPartyIntegrationNoLongerDetectedEventSchema: StandardSchemaV1<DeviceThirdPartyIntegrationNoLongerDetectedEvent>;
/** Validates a `device.unmanaged.connected` event; see {@link Validate}. */
export declare const validateDeviceUnmanagedConnectedEvent: Validate<DeviceUnmanagedConnectedEvent>;
/** True when the input is a `device.unmanaged.connected` event. */
export declare const isDeviceUnmanagedConnectedEvent: Guard<DeviceUnmanagedConnectedEvent>;
/** Standard Schema v1 object for a `device.unmanaged.connected` event. */
export declare const DeviceUnmanagedConnectedEventSchema: StandardSchemaV1<DeviceUnmanagedConnectedEvent>;
/** Validates a `device.unmanaged.converted_to_managed` event; see {@link Validate}. */
export declare const validateDeviceUnmanagedConvertedToManagedEvent: Validate<DeviceUnmanagedConvertedToManagedEvent>;
/** True when the input is a `device.unmanaged.converted_to_managed` event. */
export declare const isDeviceUnmanagedConvertedToManagedEvent: Guard<DeviceUnmanagedConvertedToManagedEvent>;
/** Standard Schema v1 object for a `device.unmanaged.converted_to_managed` event. */
export declare const DeviceUnmanagedConvertedToManagedEventSchema: StandardSchemaV1<DeviceUnmanagedConvertedToManagedEvent>;
/** Validates a `device.unmanaged.disconnected` event; see {@link Validate}. */
export declare const validateDeviceUnmanagedDisconnectedEvent: Validate<DeviceUnmanagedDisconnectedEvent>;
/** True when the input is a `device.unmanaged.disconnected` event. */
export declare const isDeviceUnmanagedDisconnectedEvent: Guard<DeviceUnmanagedDisconnectedEvent>;
/** Standard Schema v1 object for a `device.unmanaged.disconnected` event. */
export declare const DeviceUnmanagedDisconnectedEventSchema: StandardSchemaV1<DeviceUnmanagedDisconnectedEvent>;
/** Validates a `enrollment_automation.deleted` event; see {@link Validate}. */
export declare const validateEnrollmentAutomationDeletedEvent: Validate<EnrollmentAutomationDeletedEvent>;
/** True when the input is a `enrollment_automation.deleted` event. */
export declare const isEnrollmentAutomationDeletedEvent: Guard<EnrollmentAutomationDeletedEvent>;
/** Standard Schema v1 object for a `enrollment_automation.deleted` event. */
export declare const EnrollmentAutomationDeletedEventSchema: StandardSchemaV1<EnrollmentAutomationDeletedEvent>;
/** Validates a `lock.access_denied` event; see {@link Validate}. */
export declare const validateLockAccessDeniedEvent: Validate<LockAccessDeniedEvent>;
/** True when the input is a `lock.access_denied` event. */
export declare const isLockAccessDeniedEvent: Guard<LockAccessDeniedEvent>;
/** Standard Schema v1 object for a `lock.access_denied` event. */
export declare const LockAccessDeniedEventSchema: StandardSchemaV1<LockAccessDeniedEvent>;
/** Validates a `lock.locked` event; see {@link Validate}. */
export declare const validateLockLockedEvent: Validate<LockLockedEvent>;
/** True when the input is a `lock.locked` event. */
export declare const isLockLockedEvent: Guard<LockLockedEvent>;
/** Standard Schema v1 object for a `lock.locked` event. */
export declare const LockLockedEventSchema: StandardSchemaV1<LockLockedEvent>;
/** Validates a `lock.unlocked` event; see {@link Validate}. */
export declare const validateLockUnlockedEvent: Validate<LockUnlockedEvent>;
/** True when the input is a `lock.unlocked` event. */
export declare const isLockUnlockedEvent: Guard<LockUnlockedEvent>;
/** Standard Schema v1 object for a `lock.unlocked` event. */
export declare const LockUnlockedEventSchema: StandardSchemaV1<LockUnlockedEvent>;
/** Validates a `noise_sensor.noise_threshold_triggered` event; see {@link Validate}. */
export declare const validateNoiseSensorNoiseThresholdTriggeredEvent: Validate<NoiseSensorNoiseThresholdTriggeredEvent>;
/** True when the input is a `noise_sensor.noise_threshold_triggered` event. */
export declare const isNoiseSensorNoiseThresholdTriggeredEvent: Guard<NoiseSensorNoiseThresholdTriggeredEvent>;
/** Standard Schema v1 object for a `noise_sensor.noise_threshold_triggered` event. */
export declare const NoiseSensorNoiseThresholdTriggeredEventSchema: StandardSchemaV1<NoiseSensorNoiseThresholdTriggeredEvent>;
/** Validates a `phone.deactivated` event; see {@link Validate}. */
export declare const validatePhoneDeactivatedEvent: Validate<PhoneDeactivatedEvent>;
/** True when the input is a `phone.deactivated` event. */
export declare const isPhoneDeactivatedEvent: Guard<PhoneDeactivatedEvent>;
/** Standard Schema v1 object for a `phone.deactivated` event. */
export declare const PhoneDeactivatedEventSchema: StandardSchemaV1<PhoneDeactivatedEvent>;
/** Validates a `space.created` event; see {@link Validate}. */
export declare const validateSpaceCreatedEvent: Validate<SpaceCreatedEvent>;
/** True when the input is a `space.created` event. */
export declare const isSpaceCreatedEvent: Guard<SpaceCreatedEvent>;
/** Standard Schema v1 object for a `space.created` event. */
export declare const SpaceCreatedEventSchema: StandardSchemaV1<SpaceCreatedEvent>;
/** Validates a `space.deleted` event; see {@link Validate}. */
export declare const validateSpaceDeletedEvent: Validate<SpaceDeletedEvent>;
/** True when the input is a `space.deleted` event. */
export declare const isSpaceDeletedEvent: Guard<SpaceDeletedEvent>;
/** Standard Schema v1 object for a `space.deleted` event. */
export declare const SpaceDeletedEventSchema: StandardSchemaV1<SpaceDeletedEvent>;
/** Validates a `space.device_membership_changed` event; see {@link Validate}. */
export declare const validateSpaceDeviceMembershipChangedEvent: Validate<SpaceDeviceMembershipChangedEvent>;
/** True when the input is a `space.device_membership_changed` event. */
export declare const isSpaceDeviceMembershipChangedEvent: Guard<SpaceDeviceMembershipChangedEvent>;
/** Standard Schema v1 object for a `space.device_membership_changed` event. */
export declare const SpaceDeviceMembershipChangedEventSchema: StandardSchemaV1<SpaceDeviceMembershipChangedEvent>;
/** Validates a `thermostat.climate_preset_activated` event; see {@link Validate}. */
export declare const validateThermostatClimatePresetActivatedEvent: Validate<ThermostatClimatePresetActivatedEvent>;
/** True when the input is a `thermostat.climate_preset_activated` event. */
export declare const isThermostatClimatePresetActivatedEvent: Guard<ThermostatClimatePresetActivatedEvent>;
/** Standard Schema v1 object for a `thermostat.climate_preset_activated` event. */
export declare const ThermostatClimatePresetActivatedEventSchema: StandardSchemaV1<ThermostatClimatePresetActivatedEvent>;
/** Validates a `thermostat.manually_adjusted` event; see {@link Validate}. */
export declare const validateThermostatManuallyAdjustedEvent: Validate<ThermostatManuallyAdjustedEvent>;
/** True when the input is a `thermostat.manually_adjusted` event. */
export declare const isThermostatManuallyAdjustedEvent: Guard<ThermostatManuallyAdjustedEvent>;
/** Standard Schema v1 object for a `thermostat.manually_adjusted` event. */
export declare const ThermostatManuallyAdjustedEventSchema: StandardSchemaV1<ThermostatManuallyAdjustedEvent>;
/** Validates a `thermostat.temperature_changed` event; see {@link Validate}. */
export declare const validateThermostatTemperatureChangedEvent: Validate<ThermostatTemperatureChangedEvent>;
/** True when the input is a `thermostat.temperature_changed` event. */
export declare const isThermostatTemperatureChangedEvent: Guard<ThermostatTemperatureChangedEvent>;
/** Standard Schema v1 object for a `thermostat.temperature_changed` event. */
export declare const ThermostatTemperatureChangedEventSchema: StandardSchemaV1<ThermostatTemperatureChangedEvent>;
/** Validates a `thermostat.temperature_reached_set_point` event; see {@link Validate}. */
export declare const validateThermostatTemperatureReachedSetPointEvent: Validate<ThermostatTemperatureReachedSetPointEvent>;
/** True when the input is a `thermostat.temperature_reached_set_point` event. */
export declare const isThermostatTemperatureReachedSetPointEvent: Guard<ThermostatTemperatureReachedSetPointEvent>;
/** Standard Schema v1 object for a `thermostat.temperature_reached_set_point` event. */
export declare const ThermostatTemperatureReachedSetPointEventSchema: StandardSchemaV1<ThermostatTemperatureReachedSetPointEvent>;
/** Validates a `thermostat.temperature_threshold_exceeded` event; see {@link Validate}. */
export declare const validateThermostatTemperatureThresholdExceededEvent: Validate<ThermostatTemperatureThresholdExceededEvent>;
/** True when the input is a `thermostat.temperature_threshold_exceeded` event. */
export declare const isThermostatTemperatureThresholdExceededEvent: Guard<ThermostatTemperatureThresholdExceededEvent>;
/** Standard Schema v1 object for a `thermostat.temperature_threshold_exceeded` event. */
export declare const ThermostatTemperatureThresholdExceededEventSchema: StandardSchemaV1<ThermostatTemperatureThresholdExceededEvent>;
/** Validates a `thermostat.temperature_threshold_no_longer_exceeded` event; see {@link Validate}. */
export declare const validateThermostatTemperatureThresholdNoLongerExceededEvent: Validate<ThermostatTemperatureThresholdNoLongerExceededEvent>;
/** True when the input is a `thermostat.temperature_threshold_no_longer_exceeded` event. */
export declare const isThermostatTemperatureThresholdNoLongerExceededEvent: Guard<ThermostatTemperatureThresholdNoLongerExceededEvent>;
/** Standard Schema v1 object for a `thermostat.temperature_threshold_no_longer_exceeded` event. */
export declare const ThermostatTemperatureThresholdNoLongerExceededEventSchema: StandardSchemaV1<ThermostatTemperatureThresholdNoLongerExceededEvent>;
/** Validates any event of the catalogue, dispatching on `event_type`; see {@link Validate}. */
export declare const validateSeamEvent: Validate<SeamEvent, UnknownSeamEvent>;
/** True when the input is any event of the catalogue, dispatching on `event_type`. */
export declare const isSeamEvent: Guard<SeamEvent>;
/** Standard Schema v1 object for any event of the catalogue, dispatching on `event_type`. */
export declare const SeamEventSchema: StandardSchemaV1<SeamEvent>;
//# sourceMappingURL=validators.d.ts.map
