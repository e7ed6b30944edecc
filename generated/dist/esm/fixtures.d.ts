import type { AccessCodeBackupAccessCodePulledEvent, AccessCodeChangedEvent, AccessCodeCodeChangedEvent, AccessCodeCreatedEvent, AccessCodeDelayInRemovingFromDeviceEvent, AccessCodeDelayInSettingOnDeviceEvent, AccessCodeDeletedEvent, AccessCodeDeletedExternalToSeamEvent, AccessCodeFailedToRemoveFromDeviceEvent, AccessCodeFailedToSetOnDeviceEvent, AccessCodeModifiedExternalToSeamEvent, AccessCodeMutationsRequestedEvent, AccessCodeNameChangedEvent, AccessCodeRemovedFromDeviceEvent, AccessCodeScheduledOnDeviceEvent, AccessCodeSetOnDeviceEvent, AccessCodeTimeFrameChangedEvent, AccessCodeUnmanagedConvertedToManagedEvent, AccessCodeUnmanagedCreatedEvent, AccessCodeUnmanagedFailedToConvertToManagedEvent, AccessCodeUnmanagedRemovedEvent, AccessGrantAccessGrantedToAllDoorsEvent, AccessGrantAccessGrantedToDoorEvent, AccessGrantAccessTimesChangedEvent, AccessGrantAccessToDoorLostEvent, AccessGrantCouldNotCreateRequestedAccessMethodsEvent, AccessGrantCreatedEvent, AccessGrantDeletedEvent, AccessMethodCardEncodingRequiredEvent, AccessMethodCreatedEvent, AccessMethodDelayInIssuingEvent, AccessMethodDeletedEvent, AccessMethodFailedToIssueEvent, AccessMethodIssuedEvent, AccessMethodReissuedEvent, AccessMethodRevokedEvent, AcsAccessGroupDeletedEvent, AcsCredentialDeletedEvent, AcsCredentialInvalidatedEvent, AcsCredentialIssuedEvent, AcsCredentialReissuedEvent, AcsEncoderAddedEvent, AcsEncoderRemovedEvent, AcsEntranceAddedEvent, AcsEntranceRemovedEvent, AcsSystemAddedEvent, AcsSystemConnectedEvent, AcsSystemDisconnectedEvent, AcsUserCreatedEvent, AcsUserDeletedEvent, ActionAttemptLockDoorFailedEvent, ActionAttemptLockDoorSucceededEvent, ActionAttemptSimulateKeypadCodeEntryFailedEvent, ActionAttemptSimulateKeypadCodeEntrySucceededEvent, ActionAttemptSimulateManualLockViaKeypadFailedEvent, ActionAttemptSimulateManualLockViaKeypadSucceededEvent, ActionAttemptUnlockDoorFailedEvent, ActionAttemptUnlockDoorSucceededEvent, CameraActivatedEvent, ClientSessionDeletedEvent, ConnectWebviewLoginFailedEvent, ConnectWebviewLoginSucceededEvent, ConnectedAccountCompletedFirstSyncAfterReconnectionEvent, ConnectedAccountCompletedFirstSyncEvent, ConnectedAccountConnectedEvent, ConnectedAccountCreatedEvent, ConnectedAccountDeletedEvent, ConnectedAccountDisconnectedEvent, ConnectedAccountReauthorizationRequestedEvent, ConnectedAccountSuccessfulLoginEvent, DeviceAccessoryKeypadConnectedEvent, DeviceAccessoryKeypadDisconnectedEvent, DeviceAddedEvent, DeviceBatteryStatusChangedEvent, DeviceConnectedEvent, DeviceConnectionBecameFlakyEvent, DeviceConnectionStabilizedEvent, DeviceConvertedToUnmanagedEvent, DeviceDeletedEvent, DeviceDisconnectedEvent, DeviceDoorbellRangEvent, DeviceErrorSubscriptionRequiredEvent, DeviceErrorSubscriptionRequiredResolvedEvent, DeviceLowBatteryEvent, DeviceNameChangedEvent, DeviceRemovedEvent, DeviceSaltoPrivacyModeActivatedEvent, DeviceSaltoPrivacyModeDeactivatedEvent, DeviceTamperedEvent, DeviceThirdPartyIntegrationDetectedEvent, DeviceThirdPartyIntegrationNoLongerDetectedEvent, DeviceUnmanagedConnectedEvent, DeviceUnmanagedConvertedToManagedEvent, DeviceUnmanagedDisconnectedEvent, EnrollmentAutomationDeletedEvent, LockAccessDeniedEvent, LockLockedEvent, LockUnlockedEvent, NoiseSensorNoiseThresholdTriggeredEvent, PhoneDeactivatedEvent, SeamEventOf, SeamEventType, SpaceCreatedEvent, SpaceDeletedEvent, SpaceDeviceMembershipChangedEvent, ThermostatClimatePresetActivatedEvent, ThermostatManuallyAdjustedEvent, ThermostatTemperatureChangedEvent, ThermostatTemperatureReachedSetPointEvent, ThermostatTemperatureThresholdExceededEvent, ThermostatTemperatureThresholdNoLongerExceededEvent } from "./types.js";
import type { ValidationErrorCode } from "./validators.js";
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
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
/** A payload that breaks one rule of the spec, with the error the validator reports for it. */
export interface InvalidFixture {
	/** Which rule is broken, and where. */
	description: string;
	payload: unknown;
	/** JSON Pointer of the offending value (of the missing property for `required`). */
	path: string;
	code: ValidationErrorCode;
}
/** A valid, realistic `access_code.backup_access_code_pulled` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeBackupAccessCodePulledEvent(overrides?: DeepPartial<AccessCodeBackupAccessCodePulledEvent>, options?: FixtureOptions): AccessCodeBackupAccessCodePulledEvent;
/** A valid, realistic `access_code.changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeChangedEvent(overrides?: DeepPartial<AccessCodeChangedEvent>, options?: FixtureOptions): AccessCodeChangedEvent;
/** A valid, realistic `access_code.code_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeCodeChangedEvent(overrides?: DeepPartial<AccessCodeCodeChangedEvent>, options?: FixtureOptions): AccessCodeCodeChangedEvent;
/** A valid, realistic `access_code.created` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeCreatedEvent(overrides?: DeepPartial<AccessCodeCreatedEvent>, options?: FixtureOptions): AccessCodeCreatedEvent;
/** A valid, realistic `access_code.delay_in_removing_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeDelayInRemovingFromDeviceEvent(overrides?: DeepPartial<AccessCodeDelayInRemovingFromDeviceEvent>, options?: FixtureOptions): AccessCodeDelayInRemovingFromDeviceEvent;
/** A valid, realistic `access_code.delay_in_setting_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeDelayInSettingOnDeviceEvent(overrides?: DeepPartial<AccessCodeDelayInSettingOnDeviceEvent>, options?: FixtureOptions): AccessCodeDelayInSettingOnDeviceEvent;
/** A valid, realistic `access_code.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeDeletedEvent(overrides?: DeepPartial<AccessCodeDeletedEvent>, options?: FixtureOptions): AccessCodeDeletedEvent;
/** A valid, realistic `access_code.deleted_external_to_seam` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeDeletedExternalToSeamEvent(overrides?: DeepPartial<AccessCodeDeletedExternalToSeamEvent>, options?: FixtureOptions): AccessCodeDeletedExternalToSeamEvent;
/** A valid, realistic `access_code.failed_to_remove_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeFailedToRemoveFromDeviceEvent(overrides?: DeepPartial<AccessCodeFailedToRemoveFromDeviceEvent>, options?: FixtureOptions): AccessCodeFailedToRemoveFromDeviceEvent;
/** A valid, realistic `access_code.failed_to_set_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeFailedToSetOnDeviceEvent(overrides?: DeepPartial<AccessCodeFailedToSetOnDeviceEvent>, options?: FixtureOptions): AccessCodeFailedToSetOnDeviceEvent;
/** A valid, realistic `access_code.modified_external_to_seam` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeModifiedExternalToSeamEvent(overrides?: DeepPartial<AccessCodeModifiedExternalToSeamEvent>, options?: FixtureOptions): AccessCodeModifiedExternalToSeamEvent;
/** A valid, realistic `access_code.mutations_requested` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeMutationsRequestedEvent(overrides?: DeepPartial<AccessCodeMutationsRequestedEvent>, options?: FixtureOptions): AccessCodeMutationsRequestedEvent;
/** A valid, realistic `access_code.name_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeNameChangedEvent(overrides?: DeepPartial<AccessCodeNameChangedEvent>, options?: FixtureOptions): AccessCodeNameChangedEvent;
/** A valid, realistic `access_code.removed_from_device` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeRemovedFromDeviceEvent(overrides?: DeepPartial<AccessCodeRemovedFromDeviceEvent>, options?: FixtureOptions): AccessCodeRemovedFromDeviceEvent;
/** A valid, realistic `access_code.scheduled_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeScheduledOnDeviceEvent(overrides?: DeepPartial<AccessCodeScheduledOnDeviceEvent>, options?: FixtureOptions): AccessCodeScheduledOnDeviceEvent;
/** A valid, realistic `access_code.set_on_device` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeSetOnDeviceEvent(overrides?: DeepPartial<AccessCodeSetOnDeviceEvent>, options?: FixtureOptions): AccessCodeSetOnDeviceEvent;
/** A valid, realistic `access_code.time_frame_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeTimeFrameChangedEvent(overrides?: DeepPartial<AccessCodeTimeFrameChangedEvent>, options?: FixtureOptions): AccessCodeTimeFrameChangedEvent;
/** A valid, realistic `access_code.unmanaged.converted_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeUnmanagedConvertedToManagedEvent(overrides?: DeepPartial<AccessCodeUnmanagedConvertedToManagedEvent>, options?: FixtureOptions): AccessCodeUnmanagedConvertedToManagedEvent;
/** A valid, realistic `access_code.unmanaged.created` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeUnmanagedCreatedEvent(overrides?: DeepPartial<AccessCodeUnmanagedCreatedEvent>, options?: FixtureOptions): AccessCodeUnmanagedCreatedEvent;
/** A valid, realistic `access_code.unmanaged.failed_to_convert_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeUnmanagedFailedToConvertToManagedEvent(overrides?: DeepPartial<AccessCodeUnmanagedFailedToConvertToManagedEvent>, options?: FixtureOptions): AccessCodeUnmanagedFailedToConvertToManagedEvent;
/** A valid, realistic `access_code.unmanaged.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessCodeUnmanagedRemovedEvent(overrides?: DeepPartial<AccessCodeUnmanagedRemovedEvent>, options?: FixtureOptions): AccessCodeUnmanagedRemovedEvent;
/** A valid, realistic `access_grant.access_granted_to_all_doors` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessGrantAccessGrantedToAllDoorsEvent(overrides?: DeepPartial<AccessGrantAccessGrantedToAllDoorsEvent>, options?: FixtureOptions): AccessGrantAccessGrantedToAllDoorsEvent;
/** A valid, realistic `access_grant.access_granted_to_door` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessGrantAccessGrantedToDoorEvent(overrides?: DeepPartial<AccessGrantAccessGrantedToDoorEvent>, options?: FixtureOptions): AccessGrantAccessGrantedToDoorEvent;
/** A valid, realistic `access_grant.access_times_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessGrantAccessTimesChangedEvent(overrides?: DeepPartial<AccessGrantAccessTimesChangedEvent>, options?: FixtureOptions): AccessGrantAccessTimesChangedEvent;
/** A valid, realistic `access_grant.access_to_door_lost` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessGrantAccessToDoorLostEvent(overrides?: DeepPartial<AccessGrantAccessToDoorLostEvent>, options?: FixtureOptions): AccessGrantAccessToDoorLostEvent;
/** A valid, realistic `access_grant.could_not_create_requested_access_methods` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessGrantCouldNotCreateRequestedAccessMethodsEvent(overrides?: DeepPartial<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>, options?: FixtureOptions): AccessGrantCouldNotCreateRequestedAccessMethodsEvent;
/** A valid, realistic `access_grant.created` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessGrantCreatedEvent(overrides?: DeepPartial<AccessGrantCreatedEvent>, options?: FixtureOptions): AccessGrantCreatedEvent;
/** A valid, realistic `access_grant.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessGrantDeletedEvent(overrides?: DeepPartial<AccessGrantDeletedEvent>, options?: FixtureOptions): AccessGrantDeletedEvent;
/** A valid, realistic `access_method.card_encoding_required` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessMethodCardEncodingRequiredEvent(overrides?: DeepPartial<AccessMethodCardEncodingRequiredEvent>, options?: FixtureOptions): AccessMethodCardEncodingRequiredEvent;
/** A valid, realistic `access_method.created` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessMethodCreatedEvent(overrides?: DeepPartial<AccessMethodCreatedEvent>, options?: FixtureOptions): AccessMethodCreatedEvent;
/** A valid, realistic `access_method.delay_in_issuing` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessMethodDelayInIssuingEvent(overrides?: DeepPartial<AccessMethodDelayInIssuingEvent>, options?: FixtureOptions): AccessMethodDelayInIssuingEvent;
/** A valid, realistic `access_method.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessMethodDeletedEvent(overrides?: DeepPartial<AccessMethodDeletedEvent>, options?: FixtureOptions): AccessMethodDeletedEvent;
/** A valid, realistic `access_method.failed_to_issue` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessMethodFailedToIssueEvent(overrides?: DeepPartial<AccessMethodFailedToIssueEvent>, options?: FixtureOptions): AccessMethodFailedToIssueEvent;
/** A valid, realistic `access_method.issued` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessMethodIssuedEvent(overrides?: DeepPartial<AccessMethodIssuedEvent>, options?: FixtureOptions): AccessMethodIssuedEvent;
/** A valid, realistic `access_method.reissued` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessMethodReissuedEvent(overrides?: DeepPartial<AccessMethodReissuedEvent>, options?: FixtureOptions): AccessMethodReissuedEvent;
/** A valid, realistic `access_method.revoked` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAccessMethodRevokedEvent(overrides?: DeepPartial<AccessMethodRevokedEvent>, options?: FixtureOptions): AccessMethodRevokedEvent;
/** A valid, realistic `acs_access_group.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsAccessGroupDeletedEvent(overrides?: DeepPartial<AcsAccessGroupDeletedEvent>, options?: FixtureOptions): AcsAccessGroupDeletedEvent;
/** A valid, realistic `acs_credential.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsCredentialDeletedEvent(overrides?: DeepPartial<AcsCredentialDeletedEvent>, options?: FixtureOptions): AcsCredentialDeletedEvent;
/** A valid, realistic `acs_credential.invalidated` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsCredentialInvalidatedEvent(overrides?: DeepPartial<AcsCredentialInvalidatedEvent>, options?: FixtureOptions): AcsCredentialInvalidatedEvent;
/** A valid, realistic `acs_credential.issued` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsCredentialIssuedEvent(overrides?: DeepPartial<AcsCredentialIssuedEvent>, options?: FixtureOptions): AcsCredentialIssuedEvent;
/** A valid, realistic `acs_credential.reissued` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsCredentialReissuedEvent(overrides?: DeepPartial<AcsCredentialReissuedEvent>, options?: FixtureOptions): AcsCredentialReissuedEvent;
/** A valid, realistic `acs_encoder.added` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsEncoderAddedEvent(overrides?: DeepPartial<AcsEncoderAddedEvent>, options?: FixtureOptions): AcsEncoderAddedEvent;
/** A valid, realistic `acs_encoder.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsEncoderRemovedEvent(overrides?: DeepPartial<AcsEncoderRemovedEvent>, options?: FixtureOptions): AcsEncoderRemovedEvent;
/** A valid, realistic `acs_entrance.added` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsEntranceAddedEvent(overrides?: DeepPartial<AcsEntranceAddedEvent>, options?: FixtureOptions): AcsEntranceAddedEvent;
/** A valid, realistic `acs_entrance.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsEntranceRemovedEvent(overrides?: DeepPartial<AcsEntranceRemovedEvent>, options?: FixtureOptions): AcsEntranceRemovedEvent;
/** A valid, realistic `acs_system.added` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsSystemAddedEvent(overrides?: DeepPartial<AcsSystemAddedEvent>, options?: FixtureOptions): AcsSystemAddedEvent;
/** A valid, realistic `acs_system.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsSystemConnectedEvent(overrides?: DeepPartial<AcsSystemConnectedEvent>, options?: FixtureOptions): AcsSystemConnectedEvent;
/** A valid, realistic `acs_system.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsSystemDisconnectedEvent(overrides?: DeepPartial<AcsSystemDisconnectedEvent>, options?: FixtureOptions): AcsSystemDisconnectedEvent;
/** A valid, realistic `acs_user.created` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsUserCreatedEvent(overrides?: DeepPartial<AcsUserCreatedEvent>, options?: FixtureOptions): AcsUserCreatedEvent;
/** A valid, realistic `acs_user.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createAcsUserDeletedEvent(overrides?: DeepPartial<AcsUserDeletedEvent>, options?: FixtureOptions): AcsUserDeletedEvent;
/** A valid, realistic `action_attempt.lock_door.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createActionAttemptLockDoorFailedEvent(overrides?: DeepPartial<ActionAttemptLockDoorFailedEvent>, options?: FixtureOptions): ActionAttemptLockDoorFailedEvent;
/** A valid, realistic `action_attempt.lock_door.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createActionAttemptLockDoorSucceededEvent(overrides?: DeepPartial<ActionAttemptLockDoorSucceededEvent>, options?: FixtureOptions): ActionAttemptLockDoorSucceededEvent;
/** A valid, realistic `action_attempt.simulate_keypad_code_entry.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createActionAttemptSimulateKeypadCodeEntryFailedEvent(overrides?: DeepPartial<ActionAttemptSimulateKeypadCodeEntryFailedEvent>, options?: FixtureOptions): ActionAttemptSimulateKeypadCodeEntryFailedEvent;
/** A valid, realistic `action_attempt.simulate_keypad_code_entry.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createActionAttemptSimulateKeypadCodeEntrySucceededEvent(overrides?: DeepPartial<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>, options?: FixtureOptions): ActionAttemptSimulateKeypadCodeEntrySucceededEvent;
/** A valid, realistic `action_attempt.simulate_manual_lock_via_keypad.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createActionAttemptSimulateManualLockViaKeypadFailedEvent(overrides?: DeepPartial<ActionAttemptSimulateManualLockViaKeypadFailedEvent>, options?: FixtureOptions): ActionAttemptSimulateManualLockViaKeypadFailedEvent;
/** A valid, realistic `action_attempt.simulate_manual_lock_via_keypad.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createActionAttemptSimulateManualLockViaKeypadSucceededEvent(overrides?: DeepPartial<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>, options?: FixtureOptions): ActionAttemptSimulateManualLockViaKeypadSucceededEvent;
/** A valid, realistic `action_attempt.unlock_door.failed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createActionAttemptUnlockDoorFailedEvent(overrides?: DeepPartial<ActionAttemptUnlockDoorFailedEvent>, options?: FixtureOptions): ActionAttemptUnlockDoorFailedEvent;
/** A valid, realistic `action_attempt.unlock_door.succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createActionAttemptUnlockDoorSucceededEvent(overrides?: DeepPartial<ActionAttemptUnlockDoorSucceededEvent>, options?: FixtureOptions): ActionAttemptUnlockDoorSucceededEvent;
/** A valid, realistic `camera.activated` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createCameraActivatedEvent(overrides?: DeepPartial<CameraActivatedEvent>, options?: FixtureOptions): CameraActivatedEvent;
/** A valid, realistic `client_session.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createClientSessionDeletedEvent(overrides?: DeepPartial<ClientSessionDeletedEvent>, options?: FixtureOptions): ClientSessionDeletedEvent;
/** A valid, realistic `connect_webview.login_failed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectWebviewLoginFailedEvent(overrides?: DeepPartial<ConnectWebviewLoginFailedEvent>, options?: FixtureOptions): ConnectWebviewLoginFailedEvent;
/** A valid, realistic `connect_webview.login_succeeded` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectWebviewLoginSucceededEvent(overrides?: DeepPartial<ConnectWebviewLoginSucceededEvent>, options?: FixtureOptions): ConnectWebviewLoginSucceededEvent;
/** A valid, realistic `connected_account.completed_first_sync` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectedAccountCompletedFirstSyncEvent(overrides?: DeepPartial<ConnectedAccountCompletedFirstSyncEvent>, options?: FixtureOptions): ConnectedAccountCompletedFirstSyncEvent;
/** A valid, realistic `connected_account.completed_first_sync_after_reconnection` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectedAccountCompletedFirstSyncAfterReconnectionEvent(overrides?: DeepPartial<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>, options?: FixtureOptions): ConnectedAccountCompletedFirstSyncAfterReconnectionEvent;
/** A valid, realistic `connected_account.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectedAccountConnectedEvent(overrides?: DeepPartial<ConnectedAccountConnectedEvent>, options?: FixtureOptions): ConnectedAccountConnectedEvent;
/** A valid, realistic `connected_account.created` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectedAccountCreatedEvent(overrides?: DeepPartial<ConnectedAccountCreatedEvent>, options?: FixtureOptions): ConnectedAccountCreatedEvent;
/** A valid, realistic `connected_account.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectedAccountDeletedEvent(overrides?: DeepPartial<ConnectedAccountDeletedEvent>, options?: FixtureOptions): ConnectedAccountDeletedEvent;
/** A valid, realistic `connected_account.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectedAccountDisconnectedEvent(overrides?: DeepPartial<ConnectedAccountDisconnectedEvent>, options?: FixtureOptions): ConnectedAccountDisconnectedEvent;
/** A valid, realistic `connected_account.reauthorization_requested` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createConnectedAccountReauthorizationRequestedEvent(overrides?: DeepPartial<ConnectedAccountReauthorizationRequestedEvent>, options?: FixtureOptions): ConnectedAccountReauthorizationRequestedEvent;
/**
* A valid, realistic `connected_account.successful_login` payload, the same for the same options: see {@link createSeamEvent}.
* @deprecated Use connect_webview.login_succeeded instead.
*/
export declare function createConnectedAccountSuccessfulLoginEvent(overrides?: DeepPartial<ConnectedAccountSuccessfulLoginEvent>, options?: FixtureOptions): ConnectedAccountSuccessfulLoginEvent;
/** A valid, realistic `device.accessory_keypad_connected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceAccessoryKeypadConnectedEvent(overrides?: DeepPartial<DeviceAccessoryKeypadConnectedEvent>, options?: FixtureOptions): DeviceAccessoryKeypadConnectedEvent;
/** A valid, realistic `device.accessory_keypad_disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceAccessoryKeypadDisconnectedEvent(overrides?: DeepPartial<DeviceAccessoryKeypadDisconnectedEvent>, options?: FixtureOptions): DeviceAccessoryKeypadDisconnectedEvent;
/** A valid, realistic `device.added` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceAddedEvent(overrides?: DeepPartial<DeviceAddedEvent>, options?: FixtureOptions): DeviceAddedEvent;
/** A valid, realistic `device.battery_status_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceBatteryStatusChangedEvent(overrides?: DeepPartial<DeviceBatteryStatusChangedEvent>, options?: FixtureOptions): DeviceBatteryStatusChangedEvent;
/** A valid, realistic `device.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceConnectedEvent(overrides?: DeepPartial<DeviceConnectedEvent>, options?: FixtureOptions): DeviceConnectedEvent;
/** A valid, realistic `device.connection_became_flaky` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceConnectionBecameFlakyEvent(overrides?: DeepPartial<DeviceConnectionBecameFlakyEvent>, options?: FixtureOptions): DeviceConnectionBecameFlakyEvent;
/** A valid, realistic `device.connection_stabilized` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceConnectionStabilizedEvent(overrides?: DeepPartial<DeviceConnectionStabilizedEvent>, options?: FixtureOptions): DeviceConnectionStabilizedEvent;
/** A valid, realistic `device.converted_to_unmanaged` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceConvertedToUnmanagedEvent(overrides?: DeepPartial<DeviceConvertedToUnmanagedEvent>, options?: FixtureOptions): DeviceConvertedToUnmanagedEvent;
/** A valid, realistic `device.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceDeletedEvent(overrides?: DeepPartial<DeviceDeletedEvent>, options?: FixtureOptions): DeviceDeletedEvent;
/** A valid, realistic `device.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceDisconnectedEvent(overrides?: DeepPartial<DeviceDisconnectedEvent>, options?: FixtureOptions): DeviceDisconnectedEvent;
/** A valid, realistic `device.doorbell_rang` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceDoorbellRangEvent(overrides?: DeepPartial<DeviceDoorbellRangEvent>, options?: FixtureOptions): DeviceDoorbellRangEvent;
/** A valid, realistic `device.error.subscription_required` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceErrorSubscriptionRequiredEvent(overrides?: DeepPartial<DeviceErrorSubscriptionRequiredEvent>, options?: FixtureOptions): DeviceErrorSubscriptionRequiredEvent;
/** A valid, realistic `device.error.subscription_required.resolved` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceErrorSubscriptionRequiredResolvedEvent(overrides?: DeepPartial<DeviceErrorSubscriptionRequiredResolvedEvent>, options?: FixtureOptions): DeviceErrorSubscriptionRequiredResolvedEvent;
/** A valid, realistic `device.low_battery` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceLowBatteryEvent(overrides?: DeepPartial<DeviceLowBatteryEvent>, options?: FixtureOptions): DeviceLowBatteryEvent;
/** A valid, realistic `device.name_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceNameChangedEvent(overrides?: DeepPartial<DeviceNameChangedEvent>, options?: FixtureOptions): DeviceNameChangedEvent;
/** A valid, realistic `device.removed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceRemovedEvent(overrides?: DeepPartial<DeviceRemovedEvent>, options?: FixtureOptions): DeviceRemovedEvent;
/** A valid, realistic `device.salto.privacy_mode_activated` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceSaltoPrivacyModeActivatedEvent(overrides?: DeepPartial<DeviceSaltoPrivacyModeActivatedEvent>, options?: FixtureOptions): DeviceSaltoPrivacyModeActivatedEvent;
/** A valid, realistic `device.salto.privacy_mode_deactivated` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceSaltoPrivacyModeDeactivatedEvent(overrides?: DeepPartial<DeviceSaltoPrivacyModeDeactivatedEvent>, options?: FixtureOptions): DeviceSaltoPrivacyModeDeactivatedEvent;
/** A valid, realistic `device.tampered` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceTamperedEvent(overrides?: DeepPartial<DeviceTamperedEvent>, options?: FixtureOptions): DeviceTamperedEvent;
/** A valid, realistic `device.third_party_integration_detected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceThirdPartyIntegrationDetectedEvent(overrides?: DeepPartial<DeviceThirdPartyIntegrationDetectedEvent>, options?: FixtureOptions): DeviceThirdPartyIntegrationDetectedEvent;
/** A valid, realistic `device.third_party_integration_no_longer_detected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceThirdPartyIntegrationNoLongerDetectedEvent(overrides?: DeepPartial<DeviceThirdPartyIntegrationNoLongerDetectedEvent>, options?: FixtureOptions): DeviceThirdPartyIntegrationNoLongerDetectedEvent;
/** A valid, realistic `device.unmanaged.connected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceUnmanagedConnectedEvent(overrides?: DeepPartial<DeviceUnmanagedConnectedEvent>, options?: FixtureOptions): DeviceUnmanagedConnectedEvent;
/** A valid, realistic `device.unmanaged.converted_to_managed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceUnmanagedConvertedToManagedEvent(overrides?: DeepPartial<DeviceUnmanagedConvertedToManagedEvent>, options?: FixtureOptions): DeviceUnmanagedConvertedToManagedEvent;
/** A valid, realistic `device.unmanaged.disconnected` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createDeviceUnmanagedDisconnectedEvent(overrides?: DeepPartial<DeviceUnmanagedDisconnectedEvent>, options?: FixtureOptions): DeviceUnmanagedDisconnectedEvent;
/** A valid, realistic `enrollment_automation.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createEnrollmentAutomationDeletedEvent(overrides?: DeepPartial<EnrollmentAutomationDeletedEvent>, options?: FixtureOptions): EnrollmentAutomationDeletedEvent;
/** A valid, realistic `lock.access_denied` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createLockAccessDeniedEvent(overrides?: DeepPartial<LockAccessDeniedEvent>, options?: FixtureOptions): LockAccessDeniedEvent;
/** A valid, realistic `lock.locked` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createLockLockedEvent(overrides?: DeepPartial<LockLockedEvent>, options?: FixtureOptions): LockLockedEvent;
/** A valid, realistic `lock.unlocked` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createLockUnlockedEvent(overrides?: DeepPartial<LockUnlockedEvent>, options?: FixtureOptions): LockUnlockedEvent;
/** A valid, realistic `noise_sensor.noise_threshold_triggered` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createNoiseSensorNoiseThresholdTriggeredEvent(overrides?: DeepPartial<NoiseSensorNoiseThresholdTriggeredEvent>, options?: FixtureOptions): NoiseSensorNoiseThresholdTriggeredEvent;
/** A valid, realistic `phone.deactivated` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createPhoneDeactivatedEvent(overrides?: DeepPartial<PhoneDeactivatedEvent>, options?: FixtureOptions): PhoneDeactivatedEvent;
/** A valid, realistic `space.created` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createSpaceCreatedEvent(overrides?: DeepPartial<SpaceCreatedEvent>, options?: FixtureOptions): SpaceCreatedEvent;
/** A valid, realistic `space.deleted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createSpaceDeletedEvent(overrides?: DeepPartial<SpaceDeletedEvent>, options?: FixtureOptions): SpaceDeletedEvent;
/** A valid, realistic `space.device_membership_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createSpaceDeviceMembershipChangedEvent(overrides?: DeepPartial<SpaceDeviceMembershipChangedEvent>, options?: FixtureOptions): SpaceDeviceMembershipChangedEvent;
/** A valid, realistic `thermostat.climate_preset_activated` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createThermostatClimatePresetActivatedEvent(overrides?: DeepPartial<ThermostatClimatePresetActivatedEvent>, options?: FixtureOptions): ThermostatClimatePresetActivatedEvent;
/** A valid, realistic `thermostat.manually_adjusted` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createThermostatManuallyAdjustedEvent(overrides?: DeepPartial<ThermostatManuallyAdjustedEvent>, options?: FixtureOptions): ThermostatManuallyAdjustedEvent;
/** A valid, realistic `thermostat.temperature_changed` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createThermostatTemperatureChangedEvent(overrides?: DeepPartial<ThermostatTemperatureChangedEvent>, options?: FixtureOptions): ThermostatTemperatureChangedEvent;
/** A valid, realistic `thermostat.temperature_reached_set_point` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createThermostatTemperatureReachedSetPointEvent(overrides?: DeepPartial<ThermostatTemperatureReachedSetPointEvent>, options?: FixtureOptions): ThermostatTemperatureReachedSetPointEvent;
/** A valid, realistic `thermostat.temperature_threshold_exceeded` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createThermostatTemperatureThresholdExceededEvent(overrides?: DeepPartial<ThermostatTemperatureThresholdExceededEvent>, options?: FixtureOptions): ThermostatTemperatureThresholdExceededEvent;
/** A valid, realistic `thermostat.temperature_threshold_no_longer_exceeded` payload, the same for the same options: see {@link createSeamEvent}. */
export declare function createThermostatTemperatureThresholdNoLongerExceededEvent(overrides?: DeepPartial<ThermostatTemperatureThresholdNoLongerExceededEvent>, options?: FixtureOptions): ThermostatTemperatureThresholdNoLongerExceededEvent;
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
export declare function createSeamEvent<T extends SeamEventType>(type: T, overrides?: DeepPartial<SeamEventOf<T>>, options?: FixtureOptions): SeamEventOf<T>;
/**
* Payloads of one event type for negative tests, each breaking one rule of the spec, with the `path`
* and `code` of the error the validator reports for it: each required property missing, each value of
* a wrong JSON type, a bad UUID, date-time or URI, a value outside its enum or range, a non-integer, and the
* same inside the first item of every array and record and inside nested objects. They start from
* `createSeamEvent(type, {}, options)`, so optional properties are broken only where present; the
* `event_type` stays intact so that each payload reaches the event's own checks. Throws on an
* unknown event type, like the factory.
*/
export declare function createInvalidSeamEvents(type: SeamEventType, options?: FixtureOptions): InvalidFixture[];
//# sourceMappingURL=fixtures.d.ts.map
