// Generated from the @seam-events/catalogue spec. Do not edit: edit the spec and regenerate.

/**
 * One property of an access code with its old and new value.
 */
export interface AccessCodeChangedProperty {
  /**
   * Which property changed.
   */
  property: string;
  /**
   * The value before the change, or null when it had none.
   */
  from: string | null;
  /**
   * The value after the change, or null when it was cleared.
   */
  to: string | null;
}

/**
 * The name of an access code at one point in time.
 */
export interface AccessCodeNameValue {
  /**
   * The name, or null when the code had none.
   */
  name: string | null;
}

/**
 * The PIN of an access code at one point in time.
 */
export interface AccessCodePinValue {
  /**
   * The PIN, or null when it was not known or not set.
   */
  code: string | null;
}

/**
 * One change that was requested on an access code.
 */
export interface AccessCodeRequestedMutation {
  /**
   * The kind of change requested.
   */
  mutation_code: AccessCodeMutationCode;
  /**
   * Old values of the fields this change touches, keyed by field name; not sent when no field is touched, as with deleting.
   */
  from?: {};
  /**
   * Requested values of those fields, keyed by field name; not sent when no field is touched.
   */
  to?: {};
}

/**
 * The period in which an access code works, at one point in time.
 */
export interface AccessCodeTimeFrame {
  /**
   * When the code starts to work, or null when it has no start.
   */
  starts_at: string | null;
  /**
   * When the code stops working, or null when it has no end.
   */
  ends_at: string | null;
}

/**
 * Why a lock refused entry.
 */
export interface LockAccessDeniedReason {
  /**
   * The reason, as a code.
   */
  reason_code: LockAccessDeniedReasonCode;
  /**
   * The reason, in words.
   */
  message: string;
}

/**
 * An error that Seam currently reports on a resource.
 */
export interface ResourceError {
  /**
   * Machine-readable kind of error.
   */
  error_code: string;
  /**
   * Explanation of the error for people, often with a hint on how to fix it.
   */
  message: string;
  /**
   * When Seam first raised the error.
   * @format date-time
   */
  created_at: string;
}

/**
 * A warning that Seam currently reports on a resource.
 */
export interface ResourceWarning {
  /**
   * Machine-readable kind of warning.
   */
  warning_code: string;
  /**
   * Explanation of the warning for people, often with a hint on what to do.
   */
  message: string;
  /**
   * When Seam first raised the warning.
   * @format date-time
   */
  created_at: string;
}

/**
 * The kind of change requested on an access code.
 *
 * - `updating_name`: Give the code a new name.
 * - `updating_code`: Give the code a new PIN.
 * - `updating_time_frame`: Move the start or end of the period in which the code works.
 * - `deleting`: Remove the code.
 * - `creating`: Create the code.
 * - `deferring_creation`: Postpone creating the code on the device until later.
 */
export type AccessCodeMutationCode =
  | "updating_name"
  | "updating_code"
  | "updating_time_frame"
  | "deleting"
  | "creating"
  | "deferring_creation";

/**
 * A coarse battery state derived from battery_level.
 *
 * - `critical`: The battery is nearly empty and may stop the device working at any moment.
 * - `low`: The battery should be replaced soon.
 * - `good`: The battery has plenty of charge left.
 * - `full`: The battery is fully or almost fully charged.
 */
export type BatteryStatus = "critical" | "low" | "good" | "full";

/**
 * What made a camera start capturing.
 *
 * - `motion_detected`: The camera saw movement.
 */
export type CameraActivationReason = "motion_detected";

/**
 * Why Seam considers a device to be offline.
 *
 * - `account_disconnected`: The connected account that owns the device lost its connection.
 * - `hub_disconnected`: The hub or bridge the device talks through went offline.
 * - `device_disconnected`: The device itself stopped responding.
 */
export type DeviceDisconnectionErrorCode =
  "account_disconnected" | "hub_disconnected" | "device_disconnected";

/**
 * How a thermostat runs its fan.
 *
 * - `auto`: The fan runs only while heating or cooling.
 * - `on`: The fan runs all the time.
 * - `circulate`: The fan runs now and then to move air, even when not heating or cooling.
 */
export type FanModeSetting = "auto" | "on" | "circulate";

/**
 * Which of heating and cooling a thermostat may use.
 *
 * - `off`: Neither heating nor cooling.
 * - `heat`: Heating only.
 * - `cool`: Cooling only.
 * - `heat_cool`: Heating or cooling, to keep the temperature within a range.
 * - `eco`: An energy-saving mode.
 */
export type HvacModeSetting = "off" | "heat" | "cool" | "heat_cool" | "eco";

/**
 * A provider-neutral reason why a lock refused entry. Not every provider reports every reason.
 *
 * - `unknown_code`: The code entered is not known to the lock.
 * - `expired_code`: The code entered is no longer valid.
 * - `blocklisted_code`: The code entered has been blocked.
 * - `too_many_attempts`: Too many wrong attempts were made in a row.
 * - `blocked_by_privacy_mode`: The lock is in privacy mode and refuses everyone.
 * - `credential_error`: Something was wrong with the credential presented.
 */
export type LockAccessDeniedReasonCode =
  | "unknown_code"
  | "expired_code"
  | "blocklisted_code"
  | "too_many_attempts"
  | "blocked_by_privacy_mode"
  | "credential_error";

/**
 * The way a lock was locked or unlocked.
 *
 * - `keycode`: Someone entered an access code on the keypad.
 * - `manual`: Someone operated the lock by hand, for example with a thumb turn, key or button.
 * - `automatic`: The lock acted on its own, for example when an auto-relock timer or schedule fired.
 * - `unknown`: The lock did not say how it was operated.
 * - `seamapi` (deprecated, legacy: accepted in older payloads, no longer sent): Older name for an action requested through the Seam API.
 * - `remote`: The lock was operated from a distance, through an app, over Bluetooth or through the Seam API.
 * - `card`: Someone presented a card or similar credential to the lock.
 */
export type LockMethod =
  "keycode" | "manual" | "automatic" | "unknown" | "seamapi" | "remote" | "card";

/**
 * What kind of movement a camera saw.
 *
 * - `human`: A person.
 * - `vehicle`: A car or other vehicle.
 * - `package`: A parcel.
 * - `other`: Something else.
 */
export type MotionSubType = "human" | "vehicle" | "package" | "other";

/**
 * Where a manual change to a thermostat came from.
 *
 * - `seam`: Through Seam, by the API, the CLI or the Console.
 * - `external`: Outside Seam, for example on the thermostat itself or in the maker's app.
 */
export type ThermostatAdjustmentMethod = "seam" | "external";

/** Access code event: Everything an event about one access code carries, with its device and connected account. */
export interface AccessCodeEventProperties
  extends CommonProperties, ConnectedAccountScopedProperties, DeviceScopedProperties {
  /**
   * The access code concerned.
   * @format uuid
   */
  access_code_id: string;
}

/** Access code errors and warnings: The errors and warnings the access code has when the event is sent. */
export interface AccessCodeIssuesProperties {
  /** Errors open on the access code when the event was sent. */
  access_code_errors: ResourceError[];
  /** Warnings open on the access code when the event was sent. */
  access_code_warnings: ResourceWarning[];
}

/** Access code trouble: An access code event that also reports the current errors and warnings of the code, its device and its account. */
export interface AccessCodeTroubleProperties
  extends
    AccessCodeEventProperties,
    AccessCodeIssuesProperties,
    ConnectedAccountIssuesProperties,
    DeviceIssuesProperties {}

/** Access method code: Details sent when the access method is a PIN code. */
export interface AccessMethodCodeProperties {
  /** The PIN itself, when the access method is a code. */
  code?: string;
  /** True when the PIN is a backup code taken from the pool; sent only for code access methods. */
  is_backup_code?: boolean;
}

/** Access method: Links the event to one access method and the access grants it serves. */
export interface AccessMethodScopedProperties {
  /**
   * The access method concerned.
   * @format uuid
   */
  access_method_id: string;
  /** Every access grant that this access method serves. */
  access_grant_ids: string[];
  /** Your own keys for those access grants, for the grants that have one. */
  access_grant_keys?: string[];
}

/** Access system event: Everything an event from an access control system carries. */
export interface AcsEventProperties extends CommonProperties {
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
  /**
   * The access control system concerned.
   * @format uuid
   */
  acs_system_id: string;
}

/** Action attempt: Identifies an action attempt, what it tried to do and how it ended. */
export interface ActionAttemptScopedProperties {
  /**
   * The action attempt concerned.
   * @format uuid
   */
  action_attempt_id: string;
  /** The kind of action that was attempted. */
  action_type: string;
  /** The state the action attempt ended in. */
  status: string;
  /**
   * The device the action was aimed at, when there is one.
   * @format uuid
   */
  device_id?: string;
}

/** Common properties: Properties that every event carries. The event type itself is added by the generator. */
export interface CommonProperties {
  /**
   * Unique id of this event.
   * @format uuid
   */
  event_id: string;
  /**
   * The workspace the event belongs to.
   * @format uuid
   */
  workspace_id: string;
  /**
   * When Seam recorded the event.
   * @format date-time
   */
  created_at: string;
  /**
   * When the thing the event reports actually happened.
   * @format date-time
   */
  occurred_at: string;
  /** A readable sentence that sums up the event. */
  event_description?: string;
}

/** Connected account errors and warnings: The errors and warnings the connected account has when the event is sent. */
export interface ConnectedAccountIssuesProperties {
  /** Errors open on the connected account when the event was sent. */
  connected_account_errors: ResourceError[];
  /** Warnings open on the connected account when the event was sent. */
  connected_account_warnings: ResourceWarning[];
}

/** Connected account: Links the event to the connected account it concerns, with that account's custom metadata. */
export interface ConnectedAccountScopedProperties {
  /**
   * The connected account concerned.
   * @format uuid
   */
  connected_account_id: string;
  /** Key-value data you attached to the connected account; included when the event names one. */
  connected_account_custom_metadata?: Record<string, string | boolean>;
}

/** Device disconnection: Why a device went offline, with the errors and warnings of the device and its account. */
export interface DeviceDisconnectionProperties
  extends ConnectedAccountIssuesProperties, DeviceIssuesProperties {
  /** The reason Seam gives for the disconnection. */
  error_code: DeviceDisconnectionErrorCode;
}

/** Device event: Everything an event about one device carries, the account it belongs to included. */
export interface DeviceEventProperties
  extends CommonProperties, ConnectedAccountScopedProperties, DeviceScopedProperties {
  /** Identifies the customer that owns the resource, for workspaces that track customers; absent otherwise. */
  customer_key?: string;
}

/** Device errors and warnings: The errors and warnings the device has when the event is sent. */
export interface DeviceIssuesProperties {
  /** Errors open on the device when the event was sent. */
  device_errors: ResourceError[];
  /** Warnings open on the device when the event was sent. */
  device_warnings: ResourceWarning[];
}

/** Device: Links the event to one device, with that device's custom metadata. */
export interface DeviceScopedProperties {
  /**
   * The device concerned.
   * @format uuid
   */
  device_id: string;
  /** Key-value data you attached to the device; included when the event names one. */
  device_custom_metadata?: Record<string, string | boolean>;
}

/** Lock action: How a lock was locked or unlocked and by whom. */
export interface LockActionProperties extends LockActorProperties {
  /** The way the lock was operated. */
  method: LockMethod;
  /** The PIN that was entered, when known, taken from the matching access code or from the lock's own report. */
  code?: string;
  /** True when that access code is one Seam manages, false when it is unmanaged; sent only with access_code_id. */
  access_code_is_managed?: boolean;
  /**
   * The action attempt behind the operation; present only when it was requested through Seam.
   * @format uuid
   */
  action_attempt_id?: string;
  /** True when the lock was operated over Bluetooth from an app, such as the maker's, rather than in person or by Seam. */
  is_via_bluetooth?: boolean;
  /** True when the lock was operated by holding an NFC phone key or fob to it. */
  is_via_nfc?: boolean;
}

/** Lock actor: Who or what was involved in an attempt to use a lock, as far as the lock and Seam can tell. */
export interface LockActorProperties {
  /**
   * The access code entered, when the lock says which one.
   * @format uuid
   */
  access_code_id?: string;
  /**
   * The access control system linked to the lock, when there is one.
   * @format uuid
   */
  acs_system_id?: string;
  /**
   * The access system entrance that matches the lock, when there is one.
   * @format uuid
   */
  acs_entrance_id?: string;
  /**
   * The access system user who used the lock, when known.
   * @format uuid
   */
  acs_user_id?: string;
  /**
   * The user identity of the person who used the lock, when known.
   * @format uuid
   */
  user_identity_id?: string;
}

/** Captured media: Links to media a device captured when the event happened. */
export interface MediaCaptureProperties {
  /**
   * Where to fetch a snapshot from the moment of the event.
   * @format uri
   */
  image_url?: string;
  /**
   * Where to fetch a short clip recorded around that moment.
   * @format uri
   */
  video_url?: string;
}

/** Space: Identifies a space and lists what it contains. */
export interface SpaceScopedProperties {
  /**
   * The space concerned.
   * @format uuid
   */
  space_id: string;
  /** Your identifier for the space, when you gave it one; no two spaces in a workspace share it. */
  space_key?: string;
  /** Devices that belong to the space at the time of the event. */
  device_ids: string[];
  /** Access system entrances that belong to the space at the time of the event. */
  acs_entrance_ids: string[];
}

/** Temperature reading: The temperature a thermostat reported, in both scales. */
export interface TemperatureReadingProperties {
  /** Current reading in degrees Celsius. */
  temperature_celsius: number;
  /** Current reading in degrees Fahrenheit. */
  temperature_fahrenheit: number;
}

/** Temperature threshold limits: The bounds of the temperature threshold set on a thermostat; a bound is null when it is not set. */
export interface TemperatureThresholdLimitsProperties {
  /** Lowest acceptable temperature in degrees Celsius, or null when there is no lower bound. */
  lower_limit_celsius: number | null;
  /** Lowest acceptable temperature in degrees Fahrenheit, or null when there is no lower bound. */
  lower_limit_fahrenheit: number | null;
  /** Highest acceptable temperature in degrees Celsius, or null when there is no upper bound. */
  upper_limit_celsius: number | null;
  /** Highest acceptable temperature in degrees Fahrenheit, or null when there is no upper bound. */
  upper_limit_fahrenheit: number | null;
}

/** `access_code.backup_access_code_pulled`: A spare code from the backup pool was put into use on a device, usually to stand in for a code that could not be programmed. */
export interface AccessCodeBackupAccessCodePulledEvent extends AccessCodeEventProperties {
  /** Always `access_code.backup_access_code_pulled` for this event. */
  event_type: "access_code.backup_access_code_pulled";
  /** Id of the code drawn from the backup pool. */
  backup_access_code_id: string;
}

/** `access_code.changed`: Something about an access code is different now, such as its status or one of its settings. */
export interface AccessCodeChangedEvent extends AccessCodeEventProperties {
  /** Always `access_code.changed` for this event. */
  event_type: "access_code.changed";
  /** Why the code changed, as free text. */
  change_reason?: string;
  /** Each property that changed, with its old and new value. */
  changed_properties?: AccessCodeChangedProperty[];
}

/** `access_code.code_changed`: An access code got a different PIN on its device. */
export interface AccessCodeCodeChangedEvent extends AccessCodeEventProperties {
  /** Always `access_code.code_changed` for this event. */
  event_type: "access_code.code_changed";
  /** A sentence for people that sums up the change and who or what made it. */
  description: string;
  /** The PIN before the change. */
  from: AccessCodePinValue;
  /** The PIN after the change. */
  to: AccessCodePinValue;
}

/** `access_code.created`: Seam has a new access code on record; programming it onto the lock is reported by later events. */
export interface AccessCodeCreatedEvent extends AccessCodeEventProperties {
  /** Always `access_code.created` for this event. */
  event_type: "access_code.created";
}

/** `access_code.delay_in_removing_from_device`: An access code is still on its device well after Seam began removing it. This is not a failure yet, and the removal can still go through. */
export interface AccessCodeDelayInRemovingFromDeviceEvent extends AccessCodeTroubleProperties {
  /** Always `access_code.delay_in_removing_from_device` for this event. */
  event_type: "access_code.delay_in_removing_from_device";
}

/** `access_code.delay_in_setting_on_device`: An access code is reaching its device later than usual; for a timed code, its start time has passed without it. This is not a failure yet, and the code can still arrive. */
export interface AccessCodeDelayInSettingOnDeviceEvent extends AccessCodeTroubleProperties {
  /** Always `access_code.delay_in_setting_on_device` for this event. */
  event_type: "access_code.delay_in_setting_on_device";
}

/** `access_code.deleted`: Seam removed an access code record for good, because the code is gone from the device and will never be active again. The code can no longer be fetched. */
export interface AccessCodeDeletedEvent extends AccessCodeEventProperties {
  /** Always `access_code.deleted` for this event. */
  event_type: "access_code.deleted";
  /** The PIN the access code had, or null when it is not known. */
  code: string | null;
}

/** `access_code.deleted_external_to_seam`: Seam noticed that a code it had set on a device was removed there by other means, such as the lock's own app. */
export interface AccessCodeDeletedExternalToSeamEvent extends AccessCodeEventProperties {
  /** Always `access_code.deleted_external_to_seam` for this event. */
  event_type: "access_code.deleted_external_to_seam";
}

/** `access_code.failed_to_remove_from_device`: Taking an access code off its device went wrong. Seam may still succeed on a retry, and then sends access_code.removed_from_device. */
export interface AccessCodeFailedToRemoveFromDeviceEvent extends AccessCodeTroubleProperties {
  /** Always `access_code.failed_to_remove_from_device` for this event. */
  event_type: "access_code.failed_to_remove_from_device";
}

/** `access_code.failed_to_set_on_device`: Programming an access code onto its device went wrong. Seam may still succeed on a retry, and then sends access_code.set_on_device. */
export interface AccessCodeFailedToSetOnDeviceEvent extends AccessCodeTroubleProperties {
  /** Always `access_code.failed_to_set_on_device` for this event. */
  event_type: "access_code.failed_to_set_on_device";
}

/** `access_code.modified_external_to_seam`: Seam noticed that a code it had set on a device was altered there by other means, such as the lock's own app. */
export interface AccessCodeModifiedExternalToSeamEvent extends AccessCodeEventProperties {
  /** Always `access_code.modified_external_to_seam` for this event. */
  event_type: "access_code.modified_external_to_seam";
}

/** `access_code.mutations_requested`: Someone asked for changes to an access code. It reports the request itself, not its result on the device. */
export interface AccessCodeMutationsRequestedEvent extends AccessCodeEventProperties {
  /** Always `access_code.mutations_requested` for this event. */
  event_type: "access_code.mutations_requested";
  /** One entry per requested change. */
  requested_mutations: AccessCodeRequestedMutation[];
}

/** `access_code.name_changed`: Someone gave an access code a different name on its device. */
export interface AccessCodeNameChangedEvent extends AccessCodeEventProperties {
  /** Always `access_code.name_changed` for this event. */
  event_type: "access_code.name_changed";
  /** A sentence for people that sums up the change and who or what made it. */
  description: string;
  /** The name before the change. */
  from: AccessCodeNameValue;
  /** The name after the change. */
  to: AccessCodeNameValue;
}

/** `access_code.removed_from_device`: An access code was taken off its device and no longer works there. */
export interface AccessCodeRemovedFromDeviceEvent extends AccessCodeEventProperties {
  /** Always `access_code.removed_from_device` for this event. */
  event_type: "access_code.removed_from_device";
}

/** `access_code.scheduled_on_device`: A device that handles schedules itself now holds an access code ahead of its start time. A separate access_code.set_on_device event marks the moment it starts working. */
export interface AccessCodeScheduledOnDeviceEvent extends AccessCodeEventProperties {
  /** Always `access_code.scheduled_on_device` for this event. */
  event_type: "access_code.scheduled_on_device";
  /** The PIN of the access code. */
  code: string;
}

/** `access_code.set_on_device`: An access code is now on its device and works there. */
export interface AccessCodeSetOnDeviceEvent extends AccessCodeEventProperties {
  /** Always `access_code.set_on_device` for this event. */
  event_type: "access_code.set_on_device";
  /** The PIN of the access code. */
  code: string;
}

/** `access_code.time_frame_changed`: The period in which an access code works was moved on its device, at its start, its end or both. */
export interface AccessCodeTimeFrameChangedEvent extends AccessCodeEventProperties {
  /** Always `access_code.time_frame_changed` for this event. */
  event_type: "access_code.time_frame_changed";
  /** A sentence for people that sums up the change and who or what made it. */
  description: string;
  /** The period before the change. */
  from: AccessCodeTimeFrame;
  /** The period after the change. */
  to: AccessCodeTimeFrame;
}

/** `access_code.unmanaged.converted_to_managed`: An access code that Seam found on a device but did not manage is now managed by Seam. */
export interface AccessCodeUnmanagedConvertedToManagedEvent extends AccessCodeEventProperties {
  /** Always `access_code.unmanaged.converted_to_managed` for this event. */
  event_type: "access_code.unmanaged.converted_to_managed";
}

/** `access_code.unmanaged.created`: Seam found a new access code on a device that was not created through Seam. */
export interface AccessCodeUnmanagedCreatedEvent extends AccessCodeEventProperties {
  /** Always `access_code.unmanaged.created` for this event. */
  event_type: "access_code.unmanaged.created";
}

/** `access_code.unmanaged.failed_to_convert_to_managed`: Seam could not take over the management of an access code it found on a device. */
export interface AccessCodeUnmanagedFailedToConvertToManagedEvent extends AccessCodeTroubleProperties {
  /** Always `access_code.unmanaged.failed_to_convert_to_managed` for this event. */
  event_type: "access_code.unmanaged.failed_to_convert_to_managed";
}

/** `access_code.unmanaged.removed`: An access code that Seam did not manage disappeared from its device. */
export interface AccessCodeUnmanagedRemovedEvent extends AccessCodeEventProperties {
  /** Always `access_code.unmanaged.removed` for this event. */
  event_type: "access_code.unmanaged.removed";
}

/** `access_grant.access_granted_to_all_doors`: Every door an access grant asked for is now open to its holder. */
export interface AccessGrantAccessGrantedToAllDoorsEvent extends CommonProperties {
  /** Always `access_grant.access_granted_to_all_doors` for this event. */
  event_type: "access_grant.access_granted_to_all_doors";
  /**
   * The access grant concerned.
   * @format uuid
   */
  access_grant_id: string;
}

/** `access_grant.access_granted_to_door`: One of the doors an access grant asked for is now open to its holder. */
export interface AccessGrantAccessGrantedToDoorEvent extends CommonProperties {
  /** Always `access_grant.access_granted_to_door` for this event. */
  event_type: "access_grant.access_granted_to_door";
  /**
   * The access grant concerned.
   * @format uuid
   */
  access_grant_id: string;
  /**
   * The entrance concerned.
   * @format uuid
   */
  acs_entrance_id: string;
}

/** `access_grant.access_times_changed`: An access grant now begins or ends at a different time. */
export interface AccessGrantAccessTimesChangedEvent extends CommonProperties {
  /** Always `access_grant.access_times_changed` for this event. */
  event_type: "access_grant.access_times_changed";
  /**
   * The access grant concerned.
   * @format uuid
   */
  access_grant_id: string;
  /** Your own key for the access grant, when one is set. */
  access_grant_key?: string;
  /** When the grant now begins. */
  starts_at?: string;
  /** When the grant now ends. */
  ends_at?: string;
}

/** `access_grant.access_to_door_lost`: The holder of an access grant can no longer open one of the doors the grant asked for. */
export interface AccessGrantAccessToDoorLostEvent extends CommonProperties {
  /** Always `access_grant.access_to_door_lost` for this event. */
  event_type: "access_grant.access_to_door_lost";
  /**
   * The access grant concerned.
   * @format uuid
   */
  access_grant_id: string;
  /**
   * The entrance concerned.
   * @format uuid
   */
  acs_entrance_id: string;
}

/** `access_grant.could_not_create_requested_access_methods`: Some access methods that an access grant needs are missing because Seam failed to create them. */
export interface AccessGrantCouldNotCreateRequestedAccessMethodsEvent extends CommonProperties {
  /** Always `access_grant.could_not_create_requested_access_methods` for this event. */
  event_type: "access_grant.could_not_create_requested_access_methods";
  /**
   * The access grant concerned.
   * @format uuid
   */
  access_grant_id: string;
  /** Explanation, in words, of what went wrong. */
  error_message: string;
  /** Devices left without their access method, so you can act on them directly. */
  missing_device_ids?: string[];
}

/** `access_grant.created`: Someone set up a new access grant. Seam then starts creating the access methods it needs. */
export interface AccessGrantCreatedEvent extends CommonProperties {
  /** Always `access_grant.created` for this event. */
  event_type: "access_grant.created";
  /**
   * The access grant concerned.
   * @format uuid
   */
  access_grant_id: string;
}

/** `access_grant.deleted`: An access grant was removed, and the access it gave is being withdrawn. */
export interface AccessGrantDeletedEvent extends CommonProperties {
  /** Always `access_grant.deleted` for this event. */
  event_type: "access_grant.deleted";
  /**
   * The access grant concerned.
   * @format uuid
   */
  access_grant_id: string;
}

/** `access_method.card_encoding_required`: A card has to be written on an encoder before this access method can be used. */
export interface AccessMethodCardEncodingRequiredEvent
  extends CommonProperties, AccessMethodScopedProperties {
  /** Always `access_method.card_encoding_required` for this event. */
  event_type: "access_method.card_encoding_required";
}

/** `access_method.created`: A new access method was created for one or more access grants. */
export interface AccessMethodCreatedEvent extends CommonProperties, AccessMethodScopedProperties {
  /** Always `access_method.created` for this event. */
  event_type: "access_method.created";
}

/** `access_method.delay_in_issuing`: An access method is still not issued although its access grant starts soon, so the holder could find it not working on arrival. Seam keeps trying, and the matching warning clears once issuing works. */
export interface AccessMethodDelayInIssuingEvent
  extends CommonProperties, AccessMethodScopedProperties {
  /** Always `access_method.delay_in_issuing` for this event. */
  event_type: "access_method.delay_in_issuing";
}

/** `access_method.deleted`: An access method no longer exists because it was deleted. */
export interface AccessMethodDeletedEvent extends CommonProperties, AccessMethodScopedProperties {
  /** Always `access_method.deleted` for this event. */
  event_type: "access_method.deleted";
}

/** `access_method.failed_to_issue`: An access grant has begun but one of its access methods is still not issued, often because a device is offline, so the holder may not get in. Seam keeps trying, and the matching error clears if issuing later works. */
export interface AccessMethodFailedToIssueEvent
  extends CommonProperties, AccessMethodScopedProperties {
  /** Always `access_method.failed_to_issue` for this event. */
  event_type: "access_method.failed_to_issue";
}

/** `access_method.issued`: An access method is now issued and ready for its holder to use. */
export interface AccessMethodIssuedEvent
  extends CommonProperties, AccessMethodScopedProperties, AccessMethodCodeProperties {
  /** Always `access_method.issued` for this event. */
  event_type: "access_method.issued";
}

/** `access_method.reissued`: An access method that had already been issued was issued again. */
export interface AccessMethodReissuedEvent
  extends CommonProperties, AccessMethodScopedProperties, AccessMethodCodeProperties {
  /** Always `access_method.reissued` for this event. */
  event_type: "access_method.reissued";
}

/** `access_method.revoked`: An access method was withdrawn and no longer gives access. */
export interface AccessMethodRevokedEvent extends CommonProperties, AccessMethodScopedProperties {
  /** Always `access_method.revoked` for this event. */
  event_type: "access_method.revoked";
}

/** `acs_access_group.deleted`: An access group was removed from an access control system. */
export interface AcsAccessGroupDeletedEvent extends AcsEventProperties {
  /** Always `acs_access_group.deleted` for this event. */
  event_type: "acs_access_group.deleted";
  /**
   * The removed access group.
   * @format uuid
   */
  acs_access_group_id: string;
}

/** `acs_credential.deleted`: A credential was removed from an access control system. */
export interface AcsCredentialDeletedEvent extends AcsEventProperties {
  /** Always `acs_credential.deleted` for this event. */
  event_type: "acs_credential.deleted";
  /**
   * The credential concerned.
   * @format uuid
   */
  acs_credential_id: string;
}

/** `acs_credential.invalidated`: A credential stopped working because it was invalidated. */
export interface AcsCredentialInvalidatedEvent extends AcsEventProperties {
  /** Always `acs_credential.invalidated` for this event. */
  event_type: "acs_credential.invalidated";
  /**
   * The credential concerned.
   * @format uuid
   */
  acs_credential_id: string;
}

/** `acs_credential.issued`: An access control system issued a credential. */
export interface AcsCredentialIssuedEvent extends AcsEventProperties {
  /** Always `acs_credential.issued` for this event. */
  event_type: "acs_credential.issued";
  /**
   * The credential concerned.
   * @format uuid
   */
  acs_credential_id: string;
}

/** `acs_credential.reissued`: An access control system issued a credential again, replacing the earlier issue. */
export interface AcsCredentialReissuedEvent extends AcsEventProperties {
  /** Always `acs_credential.reissued` for this event. */
  event_type: "acs_credential.reissued";
  /**
   * The credential concerned.
   * @format uuid
   */
  acs_credential_id: string;
}

/** `acs_encoder.added`: A card encoder became available in an access control system. */
export interface AcsEncoderAddedEvent extends AcsEventProperties {
  /** Always `acs_encoder.added` for this event. */
  event_type: "acs_encoder.added";
  /**
   * The encoder concerned.
   * @format uuid
   */
  acs_encoder_id: string;
}

/** `acs_encoder.removed`: A card encoder is no longer available in an access control system. */
export interface AcsEncoderRemovedEvent extends AcsEventProperties {
  /** Always `acs_encoder.removed` for this event. */
  event_type: "acs_encoder.removed";
  /**
   * The encoder concerned.
   * @format uuid
   */
  acs_encoder_id: string;
}

/** `acs_entrance.added`: An access control system reported a new entrance. */
export interface AcsEntranceAddedEvent extends AcsEventProperties {
  /** Always `acs_entrance.added` for this event. */
  event_type: "acs_entrance.added";
  /**
   * The entrance concerned.
   * @format uuid
   */
  acs_entrance_id: string;
}

/** `acs_entrance.removed`: An entrance is no longer part of an access control system. */
export interface AcsEntranceRemovedEvent extends AcsEventProperties {
  /** Always `acs_entrance.removed` for this event. */
  event_type: "acs_entrance.removed";
  /**
   * The entrance concerned.
   * @format uuid
   */
  acs_entrance_id: string;
}

/** `acs_system.added`: An access control system was added to the workspace. */
export interface AcsSystemAddedEvent extends AcsEventProperties {
  /** Always `acs_system.added` for this event. */
  event_type: "acs_system.added";
}

/** `acs_system.connected`: Seam connected, or reconnected, to an access control system. */
export interface AcsSystemConnectedEvent extends AcsEventProperties {
  /** Always `acs_system.connected` for this event. */
  event_type: "acs_system.connected";
}

/** `acs_system.disconnected`: Seam's link to an access control system broke. The errors and warnings say why. */
export interface AcsSystemDisconnectedEvent
  extends AcsEventProperties, ConnectedAccountIssuesProperties {
  /** Always `acs_system.disconnected` for this event. */
  event_type: "acs_system.disconnected";
  /** Errors open on the access control system when the event was sent. */
  acs_system_errors: ResourceError[];
  /** Warnings open on the access control system when the event was sent. */
  acs_system_warnings: ResourceWarning[];
}

/** `acs_user.created`: An access control system has a new user. */
export interface AcsUserCreatedEvent extends AcsEventProperties {
  /** Always `acs_user.created` for this event. */
  event_type: "acs_user.created";
  /**
   * The access system user concerned.
   * @format uuid
   */
  acs_user_id: string;
}

/** `acs_user.deleted`: A user was removed from an access control system. */
export interface AcsUserDeletedEvent extends AcsEventProperties {
  /** Always `acs_user.deleted` for this event. */
  event_type: "acs_user.deleted";
  /**
   * The access system user concerned.
   * @format uuid
   */
  acs_user_id: string;
}

/** `action_attempt.lock_door.failed`: A request to lock a door finished with an error. */
export interface ActionAttemptLockDoorFailedEvent
  extends CommonProperties, ActionAttemptScopedProperties {
  /** Always `action_attempt.lock_door.failed` for this event. */
  event_type: "action_attempt.lock_door.failed";
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
}

/** `action_attempt.lock_door.succeeded`: A request to lock a door finished successfully. */
export interface ActionAttemptLockDoorSucceededEvent
  extends CommonProperties, ActionAttemptScopedProperties {
  /** Always `action_attempt.lock_door.succeeded` for this event. */
  event_type: "action_attempt.lock_door.succeeded";
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
}

/** `action_attempt.simulate_keypad_code_entry.failed`: A simulated entry of a code on a keypad, used for testing, finished with an error. */
export interface ActionAttemptSimulateKeypadCodeEntryFailedEvent
  extends CommonProperties, ActionAttemptScopedProperties {
  /** Always `action_attempt.simulate_keypad_code_entry.failed` for this event. */
  event_type: "action_attempt.simulate_keypad_code_entry.failed";
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
}

/** `action_attempt.simulate_keypad_code_entry.succeeded`: A simulated entry of a code on a keypad, used for testing, finished successfully. */
export interface ActionAttemptSimulateKeypadCodeEntrySucceededEvent
  extends CommonProperties, ActionAttemptScopedProperties {
  /** Always `action_attempt.simulate_keypad_code_entry.succeeded` for this event. */
  event_type: "action_attempt.simulate_keypad_code_entry.succeeded";
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
}

/** `action_attempt.simulate_manual_lock_via_keypad.failed`: A simulated manual lock from a keypad, used for testing, finished with an error. */
export interface ActionAttemptSimulateManualLockViaKeypadFailedEvent
  extends CommonProperties, ActionAttemptScopedProperties {
  /** Always `action_attempt.simulate_manual_lock_via_keypad.failed` for this event. */
  event_type: "action_attempt.simulate_manual_lock_via_keypad.failed";
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
}

/** `action_attempt.simulate_manual_lock_via_keypad.succeeded`: A simulated manual lock from a keypad, used for testing, finished successfully. */
export interface ActionAttemptSimulateManualLockViaKeypadSucceededEvent
  extends CommonProperties, ActionAttemptScopedProperties {
  /** Always `action_attempt.simulate_manual_lock_via_keypad.succeeded` for this event. */
  event_type: "action_attempt.simulate_manual_lock_via_keypad.succeeded";
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
}

/** `action_attempt.unlock_door.failed`: A request to unlock a door finished with an error. */
export interface ActionAttemptUnlockDoorFailedEvent
  extends CommonProperties, ActionAttemptScopedProperties {
  /** Always `action_attempt.unlock_door.failed` for this event. */
  event_type: "action_attempt.unlock_door.failed";
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
}

/** `action_attempt.unlock_door.succeeded`: A request to unlock a door finished successfully. */
export interface ActionAttemptUnlockDoorSucceededEvent
  extends CommonProperties, ActionAttemptScopedProperties {
  /** Always `action_attempt.unlock_door.succeeded` for this event. */
  event_type: "action_attempt.unlock_door.succeeded";
  /**
   * The connected account behind the event, when there is one.
   * @format uuid
   */
  connected_account_id?: string;
}

/** `camera.activated`: A camera began recording, for instance when something moved in view. */
export interface CameraActivatedEvent extends DeviceEventProperties, MediaCaptureProperties {
  /** Always `camera.activated` for this event. */
  event_type: "camera.activated";
  /** Trigger for the capture. */
  activation_reason: CameraActivationReason;
  /** What kind of movement the camera saw, when it can tell. */
  motion_sub_type?: MotionSubType;
}

/** `client_session.deleted`: A client session was removed, so its token no longer works. */
export interface ClientSessionDeletedEvent extends CommonProperties {
  /** Always `client_session.deleted` for this event. */
  event_type: "client_session.deleted";
  /**
   * The removed client session.
   * @format uuid
   */
  client_session_id: string;
}

/** `connect_webview.login_failed`: Someone tried to sign in through a Connect Webview, without success. */
export interface ConnectWebviewLoginFailedEvent extends CommonProperties {
  /** Always `connect_webview.login_failed` for this event. */
  event_type: "connect_webview.login_failed";
  /**
   * The Connect Webview concerned.
   * @format uuid
   */
  connect_webview_id: string;
}

/** `connect_webview.login_succeeded`: A person completed sign-in in a Connect Webview, and their account is now linked. */
export interface ConnectWebviewLoginSucceededEvent
  extends CommonProperties, ConnectedAccountScopedProperties {
  /** Always `connect_webview.login_succeeded` for this event. */
  event_type: "connect_webview.login_succeeded";
  /**
   * The Connect Webview concerned.
   * @format uuid
   */
  connect_webview_id: string;
  /** Identifies the customer that owns the resource, for workspaces that track customers; absent otherwise. */
  customer_key?: string;
}

/** `connected_account.completed_first_sync`: Seam finished syncing a newly connected account for the first time, and its devices and systems can now be used. */
export interface ConnectedAccountCompletedFirstSyncEvent
  extends CommonProperties, ConnectedAccountScopedProperties {
  /** Always `connected_account.completed_first_sync` for this event. */
  event_type: "connected_account.completed_first_sync";
}

/** `connected_account.completed_first_sync_after_reconnection`: Seam finished syncing a connected account again after it reconnected, and its devices and systems can be used again. */
export interface ConnectedAccountCompletedFirstSyncAfterReconnectionEvent
  extends CommonProperties, ConnectedAccountScopedProperties {
  /** Always `connected_account.completed_first_sync_after_reconnection` for this event. */
  event_type: "connected_account.completed_first_sync_after_reconnection";
}

/** `connected_account.connected`: Seam established a connection to a connected account, either newly or after a disconnection. */
export interface ConnectedAccountConnectedEvent
  extends CommonProperties, ConnectedAccountScopedProperties {
  /** Always `connected_account.connected` for this event. */
  event_type: "connected_account.connected";
  /** Identifies the customer that owns the resource, for workspaces that track customers; absent otherwise. */
  customer_key?: string;
  /**
   * The Connect Webview used to connect the account, when there was one.
   * @format uuid
   */
  connect_webview_id?: string;
}

/** `connected_account.created`: A third-party account was linked to the workspace through a Connect Webview. */
export interface ConnectedAccountCreatedEvent
  extends CommonProperties, ConnectedAccountScopedProperties {
  /** Always `connected_account.created` for this event. */
  event_type: "connected_account.created";
  /**
   * The Connect Webview concerned.
   * @format uuid
   */
  connect_webview_id: string;
}

/** `connected_account.deleted`: A linked third-party account is no longer part of the workspace. */
export interface ConnectedAccountDeletedEvent
  extends CommonProperties, ConnectedAccountScopedProperties {
  /** Always `connected_account.deleted` for this event. */
  event_type: "connected_account.deleted";
  /** Identifies the customer that owns the resource, for workspaces that track customers; absent otherwise. */
  customer_key?: string;
  /** The kind of account, named after the provider it comes from. */
  connected_account_type?: string;
}

/** `connected_account.disconnected`: Seam's link to a connected account broke. Its owner has to sign in once more using a new Connect Webview. */
export interface ConnectedAccountDisconnectedEvent
  extends CommonProperties, ConnectedAccountScopedProperties, ConnectedAccountIssuesProperties {
  /** Always `connected_account.disconnected` for this event. */
  event_type: "connected_account.disconnected";
}

/** `connected_account.reauthorization_requested`: The owner of a connected account must sign in again, using a fresh Connect Webview, to renew Seam's permissions. Until then the account keeps working without newer features; left too long, it ends up disconnected. */
export interface ConnectedAccountReauthorizationRequestedEvent
  extends CommonProperties, ConnectedAccountScopedProperties, ConnectedAccountIssuesProperties {
  /** Always `connected_account.reauthorization_requested` for this event. */
  event_type: "connected_account.reauthorization_requested";
}

/**
 * `connected_account.successful_login`: Someone signed in to a connected account through a Connect Webview, whether or not it was connected before.
 * @deprecated Use connect_webview.login_succeeded instead.
 */
export interface ConnectedAccountSuccessfulLoginEvent
  extends CommonProperties, ConnectedAccountScopedProperties {
  /** Always `connected_account.successful_login` for this event. */
  event_type: "connected_account.successful_login";
  /**
   * The Connect Webview concerned.
   * @format uuid
   */
  connect_webview_id: string;
}

/** `device.accessory_keypad_connected`: A device gained an add-on keypad. */
export interface DeviceAccessoryKeypadConnectedEvent extends DeviceEventProperties {
  /** Always `device.accessory_keypad_connected` for this event. */
  event_type: "device.accessory_keypad_connected";
}

/** `device.accessory_keypad_disconnected`: A device lost its add-on keypad. */
export interface DeviceAccessoryKeypadDisconnectedEvent
  extends DeviceEventProperties, ConnectedAccountIssuesProperties, DeviceIssuesProperties {
  /** Always `device.accessory_keypad_disconnected` for this event. */
  event_type: "device.accessory_keypad_disconnected";
}

/** `device.added`: A device appeared in the workspace, whether new or back after being removed. */
export interface DeviceAddedEvent extends DeviceEventProperties {
  /** Always `device.added` for this event. */
  event_type: "device.added";
}

/** `device.battery_status_changed`: A device's coarse battery status moved to another level, for example from good to low, since the previous such event. */
export interface DeviceBatteryStatusChangedEvent extends DeviceEventProperties {
  /** Always `device.battery_status_changed` for this event. */
  event_type: "device.battery_status_changed";
  /**
   * Remaining battery charge as a fraction, from 0 (empty) to 1 (full).
   * @minimum 0
   * @maximum 1
   */
  battery_level: number;
  /** The new battery status. */
  battery_status: BatteryStatus;
}

/** `device.connected`: Seam can reach a device again, or for the first time; its `online` flag is now true. Devices designed to work without a connection never produce this event. */
export interface DeviceConnectedEvent extends DeviceEventProperties {
  /** Always `device.connected` for this event. */
  event_type: "device.connected";
}

/** `device.connection_became_flaky`: Seam noticed that its connection to a device keeps dropping. */
export interface DeviceConnectionBecameFlakyEvent
  extends DeviceEventProperties, ConnectedAccountIssuesProperties, DeviceIssuesProperties {
  /** Always `device.connection_became_flaky` for this event. */
  event_type: "device.connection_became_flaky";
}

/** `device.connection_stabilized`: A device connection that kept dropping is steady again. */
export interface DeviceConnectionStabilizedEvent extends DeviceEventProperties {
  /** Always `device.connection_stabilized` for this event. */
  event_type: "device.connection_stabilized";
}

/** `device.converted_to_unmanaged`: A device that Seam managed is now unmanaged, so Seam only observes it. */
export interface DeviceConvertedToUnmanagedEvent extends DeviceEventProperties {
  /** Always `device.converted_to_unmanaged` for this event. */
  event_type: "device.converted_to_unmanaged";
}

/** `device.deleted`: A device was deleted through Seam, either on its own or with its connected account. */
export interface DeviceDeletedEvent extends DeviceEventProperties {
  /** Always `device.deleted` for this event. */
  event_type: "device.deleted";
  /** Last known name of the device, or null if it had none. Included here because the device itself can no longer be fetched. */
  device_name?: string | null;
}

/** `device.disconnected`: Seam can no longer reach a device; its `online` flag is now false. */
export interface DeviceDisconnectedEvent
  extends DeviceEventProperties, DeviceDisconnectionProperties {
  /** Always `device.disconnected` for this event. */
  event_type: "device.disconnected";
}

/** `device.doorbell_rang`: A visitor rang a doorbell device. */
export interface DeviceDoorbellRangEvent extends DeviceEventProperties, MediaCaptureProperties {
  /** Always `device.doorbell_rang` for this event. */
  event_type: "device.doorbell_rang";
}

/** `device.error.subscription_required`: Some features of a device stay locked until its owner takes out a plan with the provider. */
export interface DeviceErrorSubscriptionRequiredEvent
  extends DeviceEventProperties, ConnectedAccountIssuesProperties, DeviceIssuesProperties {
  /** Always `device.error.subscription_required` for this event. */
  event_type: "device.error.subscription_required";
}

/** `device.error.subscription_required.resolved`: The provider plan a device needed is now in place, or is no longer needed. */
export interface DeviceErrorSubscriptionRequiredResolvedEvent extends DeviceEventProperties {
  /** Always `device.error.subscription_required.resolved` for this event. */
  event_type: "device.error.subscription_required.resolved";
}

/**
 * `device.low_battery`: A device is running short of battery power. Older documentation calls this device.battery_low.
 * @remarks Also documented as `device.battery_low`.
 */
export interface DeviceLowBatteryEvent extends DeviceEventProperties {
  /** Always `device.low_battery` for this event. */
  event_type: "device.low_battery";
  /**
   * Remaining battery charge as a fraction, from 0 (empty) to 1 (full).
   * @minimum 0
   * @maximum 1
   */
  battery_level: number;
}

/** `device.name_changed`: A device was given a new name. */
export interface DeviceNameChangedEvent extends DeviceEventProperties {
  /** Always `device.name_changed` for this event. */
  event_type: "device.name_changed";
  /** Name the device has now. */
  device_name: string;
}

/** `device.removed`: Someone took a device out of its connected account directly with the provider, not through Seam. */
export interface DeviceRemovedEvent extends DeviceEventProperties {
  /** Always `device.removed` for this event. */
  event_type: "device.removed";
}

/** `device.salto.privacy_mode_activated`: A Salto lock entered privacy mode, which blocks most credentials until it is turned off. */
export interface DeviceSaltoPrivacyModeActivatedEvent extends DeviceEventProperties {
  /** Always `device.salto.privacy_mode_activated` for this event. */
  event_type: "device.salto.privacy_mode_activated";
}

/** `device.salto.privacy_mode_deactivated`: Privacy mode ended on a Salto lock. */
export interface DeviceSaltoPrivacyModeDeactivatedEvent extends DeviceEventProperties {
  /** Always `device.salto.privacy_mode_deactivated` for this event. */
  event_type: "device.salto.privacy_mode_deactivated";
}

/** `device.tampered`: A device reported physical interference, such as its cover being removed or the unit being shifted. */
export interface DeviceTamperedEvent extends DeviceEventProperties {
  /** Always `device.tampered` for this event. */
  event_type: "device.tampered";
}

/** `device.third_party_integration_detected`: Another service is controlling a device in a way that conflicts with Seam. */
export interface DeviceThirdPartyIntegrationDetectedEvent extends DeviceEventProperties {
  /** Always `device.third_party_integration_detected` for this event. */
  event_type: "device.third_party_integration_detected";
}

/** `device.third_party_integration_no_longer_detected`: The conflicting service on a device is gone, so Seam can manage it fully again. */
export interface DeviceThirdPartyIntegrationNoLongerDetectedEvent extends DeviceEventProperties {
  /** Always `device.third_party_integration_no_longer_detected` for this event. */
  event_type: "device.third_party_integration_no_longer_detected";
}

/** `device.unmanaged.connected`: Seam can reach a device it does not manage again; its `online` flag is now true. */
export interface DeviceUnmanagedConnectedEvent extends DeviceEventProperties {
  /** Always `device.unmanaged.connected` for this event. */
  event_type: "device.unmanaged.connected";
}

/** `device.unmanaged.converted_to_managed`: A device that Seam did not manage is now managed by Seam. */
export interface DeviceUnmanagedConvertedToManagedEvent extends DeviceEventProperties {
  /** Always `device.unmanaged.converted_to_managed` for this event. */
  event_type: "device.unmanaged.converted_to_managed";
}

/** `device.unmanaged.disconnected`: Seam can no longer reach a device it does not manage; its `online` flag is now false. */
export interface DeviceUnmanagedDisconnectedEvent
  extends DeviceEventProperties, DeviceDisconnectionProperties {
  /** Always `device.unmanaged.disconnected` for this event. */
  event_type: "device.unmanaged.disconnected";
}

/**
 * `enrollment_automation.deleted`: Someone removed an enrollment automation. Enrollment automations are being phased out, and this event is not documented yet.
 * @beta Not yet released to every workspace.
 */
export interface EnrollmentAutomationDeletedEvent extends CommonProperties {
  /** Always `enrollment_automation.deleted` for this event. */
  event_type: "enrollment_automation.deleted";
  /**
   * The removed enrollment automation.
   * @format uuid
   */
  enrollment_automation_id: string;
}

/** `lock.access_denied`: A lock turned someone away, typically after wrong codes or another rejected credential. */
export interface LockAccessDeniedEvent
  extends CommonProperties, ConnectedAccountScopedProperties, LockActorProperties {
  /** Always `lock.access_denied` for this event. */
  event_type: "lock.access_denied";
  /** Identifies the customer that owns the resource, for workspaces that track customers; absent otherwise. */
  customer_key?: string;
  /**
   * The lock that refused entry, when known.
   * @format uuid
   */
  device_id?: string;
  /** Key-value data you attached to the device; included when the event names one. */
  device_custom_metadata?: Record<string, string | boolean>;
  /** Why entry was refused, when the provider can tell; absent otherwise. */
  reason?: LockAccessDeniedReason;
}

/** `lock.locked`: A lock went into the locked state, by any means. */
export interface LockLockedEvent extends DeviceEventProperties, LockActionProperties {
  /** Always `lock.locked` for this event. */
  event_type: "lock.locked";
}

/** `lock.unlocked`: A lock went into the unlocked state, by any means. */
export interface LockUnlockedEvent
  extends CommonProperties, ConnectedAccountScopedProperties, LockActionProperties {
  /** Always `lock.unlocked` for this event. */
  event_type: "lock.unlocked";
  /** Identifies the customer that owns the resource, for workspaces that track customers; absent otherwise. */
  customer_key?: string;
  /**
   * The lock that was unlocked, when known.
   * @format uuid
   */
  device_id?: string;
  /** Key-value data you attached to the device; included when the event names one. */
  device_custom_metadata?: Record<string, string | boolean>;
}

/** `noise_sensor.noise_threshold_triggered`: A noise sensor heard noise above one of its thresholds, or for longer than the threshold allows. */
export interface NoiseSensorNoiseThresholdTriggeredEvent extends DeviceEventProperties {
  /** Always `noise_sensor.noise_threshold_triggered` for this event. */
  event_type: "noise_sensor.noise_threshold_triggered";
  /**
   * Id of the threshold whose limit was passed.
   * @format uuid
   */
  noise_threshold_id?: string;
  /** Name given to that threshold, in Seam or in the maker's app. */
  noise_threshold_name?: string;
  /** How loud it was, in decibels. */
  noise_level_decibels?: number;
  /** How loud it was, as a NoiseAware Noise Risk Score. */
  noise_level_nrs?: number;
  /** Extra data sent by Minut sensors, passed on as is. */
  minut_metadata?: Record<string, unknown>;
  /** Extra data sent by NoiseAware sensors, passed on as is. */
  noiseaware_metadata?: Record<string, unknown>;
}

/** `phone.deactivated`: A phone registered for mobile access was deactivated and can no longer be used as a credential. */
export interface PhoneDeactivatedEvent extends CommonProperties {
  /** Always `phone.deactivated` for this event. */
  event_type: "phone.deactivated";
  /**
   * Device id of the phone.
   * @format uuid
   */
  device_id: string;
  /** Key-value data you attached to the device; included when the event names one. */
  device_custom_metadata?: Record<string, string | boolean>;
}

/** `space.created`: A new space now exists in the workspace. */
export interface SpaceCreatedEvent extends CommonProperties, SpaceScopedProperties {
  /** Always `space.created` for this event. */
  event_type: "space.created";
}

/** `space.deleted`: A space was removed from the workspace. The lists give what it contained at that moment. */
export interface SpaceDeletedEvent extends CommonProperties, SpaceScopedProperties {
  /** Always `space.deleted` for this event. */
  event_type: "space.deleted";
}

/** `space.device_membership_changed`: The set of devices in a space changed. The lists give what it contains now. */
export interface SpaceDeviceMembershipChangedEvent extends CommonProperties, SpaceScopedProperties {
  /** Always `space.device_membership_changed` for this event. */
  event_type: "space.device_membership_changed";
}

/** `thermostat.climate_preset_activated`: A thermostat switched to one of its climate presets, either by schedule or as its fallback. */
export interface ThermostatClimatePresetActivatedEvent extends DeviceEventProperties {
  /** Always `thermostat.climate_preset_activated` for this event. */
  event_type: "thermostat.climate_preset_activated";
  /** Which climate preset is now in force, by its key. */
  climate_preset_key: string;
  /**
   * The thermostat schedule that switched to the preset, or null when no schedule did.
   * @format uuid
   */
  thermostat_schedule_id: string | null;
  /** True when the preset is the one the thermostat falls back to when nothing else applies. */
  is_fallback_climate_preset: boolean;
}

/** `thermostat.manually_adjusted`: Someone changed the settings of a thermostat by hand rather than through a schedule or preset. */
export interface ThermostatManuallyAdjustedEvent extends DeviceEventProperties {
  /** Always `thermostat.manually_adjusted` for this event. */
  event_type: "thermostat.manually_adjusted";
  /** Whether the change came through Seam or from outside it. */
  method: ThermostatAdjustmentMethod;
  /** The heating and cooling mode after the change. */
  hvac_mode_setting?: HvacModeSetting;
  /** The fan mode after the change. */
  fan_mode_setting?: FanModeSetting;
  /** Heating set point after the change, in degrees Celsius. */
  heating_set_point_celsius?: number;
  /** Heating set point after the change, in degrees Fahrenheit. */
  heating_set_point_fahrenheit?: number;
  /** Cooling set point after the change, in degrees Celsius. */
  cooling_set_point_celsius?: number;
  /** Cooling set point after the change, in degrees Fahrenheit. */
  cooling_set_point_fahrenheit?: number;
}

/** `thermostat.temperature_changed`: A thermostat's reading shifted by a degree Celsius or more since it was last reported. */
export interface ThermostatTemperatureChangedEvent
  extends DeviceEventProperties, TemperatureReadingProperties {
  /** Always `thermostat.temperature_changed` for this event. */
  event_type: "thermostat.temperature_changed";
}

/** `thermostat.temperature_reached_set_point`: A room has nearly hit its target: the thermostat reads less than 1 °C away from a heating or cooling set point. */
export interface ThermostatTemperatureReachedSetPointEvent
  extends DeviceEventProperties, TemperatureReadingProperties {
  /** Always `thermostat.temperature_reached_set_point` for this event. */
  event_type: "thermostat.temperature_reached_set_point";
  /** The set point that was reached, in degrees Celsius. */
  desired_temperature_celsius?: number;
  /** The set point that was reached, in degrees Fahrenheit. */
  desired_temperature_fahrenheit?: number;
}

/** `thermostat.temperature_threshold_exceeded`: A thermostat's reading left the acceptable range you set for it. */
export interface ThermostatTemperatureThresholdExceededEvent
  extends
    DeviceEventProperties,
    TemperatureReadingProperties,
    TemperatureThresholdLimitsProperties {
  /** Always `thermostat.temperature_threshold_exceeded` for this event. */
  event_type: "thermostat.temperature_threshold_exceeded";
}

/** `thermostat.temperature_threshold_no_longer_exceeded`: A thermostat's reading is back within the acceptable range you set for it. */
export interface ThermostatTemperatureThresholdNoLongerExceededEvent
  extends
    DeviceEventProperties,
    TemperatureReadingProperties,
    TemperatureThresholdLimitsProperties {
  /** Always `thermostat.temperature_threshold_no_longer_exceeded` for this event. */
  event_type: "thermostat.temperature_threshold_no_longer_exceeded";
}

/** Any event of the catalogue, discriminated by `event_type`. */
export type SeamEvent =
  | AccessCodeBackupAccessCodePulledEvent
  | AccessCodeChangedEvent
  | AccessCodeCodeChangedEvent
  | AccessCodeCreatedEvent
  | AccessCodeDelayInRemovingFromDeviceEvent
  | AccessCodeDelayInSettingOnDeviceEvent
  | AccessCodeDeletedEvent
  | AccessCodeDeletedExternalToSeamEvent
  | AccessCodeFailedToRemoveFromDeviceEvent
  | AccessCodeFailedToSetOnDeviceEvent
  | AccessCodeModifiedExternalToSeamEvent
  | AccessCodeMutationsRequestedEvent
  | AccessCodeNameChangedEvent
  | AccessCodeRemovedFromDeviceEvent
  | AccessCodeScheduledOnDeviceEvent
  | AccessCodeSetOnDeviceEvent
  | AccessCodeTimeFrameChangedEvent
  | AccessCodeUnmanagedConvertedToManagedEvent
  | AccessCodeUnmanagedCreatedEvent
  | AccessCodeUnmanagedFailedToConvertToManagedEvent
  | AccessCodeUnmanagedRemovedEvent
  | AccessGrantAccessGrantedToAllDoorsEvent
  | AccessGrantAccessGrantedToDoorEvent
  | AccessGrantAccessTimesChangedEvent
  | AccessGrantAccessToDoorLostEvent
  | AccessGrantCouldNotCreateRequestedAccessMethodsEvent
  | AccessGrantCreatedEvent
  | AccessGrantDeletedEvent
  | AccessMethodCardEncodingRequiredEvent
  | AccessMethodCreatedEvent
  | AccessMethodDelayInIssuingEvent
  | AccessMethodDeletedEvent
  | AccessMethodFailedToIssueEvent
  | AccessMethodIssuedEvent
  | AccessMethodReissuedEvent
  | AccessMethodRevokedEvent
  | AcsAccessGroupDeletedEvent
  | AcsCredentialDeletedEvent
  | AcsCredentialInvalidatedEvent
  | AcsCredentialIssuedEvent
  | AcsCredentialReissuedEvent
  | AcsEncoderAddedEvent
  | AcsEncoderRemovedEvent
  | AcsEntranceAddedEvent
  | AcsEntranceRemovedEvent
  | AcsSystemAddedEvent
  | AcsSystemConnectedEvent
  | AcsSystemDisconnectedEvent
  | AcsUserCreatedEvent
  | AcsUserDeletedEvent
  | ActionAttemptLockDoorFailedEvent
  | ActionAttemptLockDoorSucceededEvent
  | ActionAttemptSimulateKeypadCodeEntryFailedEvent
  | ActionAttemptSimulateKeypadCodeEntrySucceededEvent
  | ActionAttemptSimulateManualLockViaKeypadFailedEvent
  | ActionAttemptSimulateManualLockViaKeypadSucceededEvent
  | ActionAttemptUnlockDoorFailedEvent
  | ActionAttemptUnlockDoorSucceededEvent
  | CameraActivatedEvent
  | ClientSessionDeletedEvent
  | ConnectWebviewLoginFailedEvent
  | ConnectWebviewLoginSucceededEvent
  | ConnectedAccountCompletedFirstSyncEvent
  | ConnectedAccountCompletedFirstSyncAfterReconnectionEvent
  | ConnectedAccountConnectedEvent
  | ConnectedAccountCreatedEvent
  | ConnectedAccountDeletedEvent
  | ConnectedAccountDisconnectedEvent
  | ConnectedAccountReauthorizationRequestedEvent
  | ConnectedAccountSuccessfulLoginEvent
  | DeviceAccessoryKeypadConnectedEvent
  | DeviceAccessoryKeypadDisconnectedEvent
  | DeviceAddedEvent
  | DeviceBatteryStatusChangedEvent
  | DeviceConnectedEvent
  | DeviceConnectionBecameFlakyEvent
  | DeviceConnectionStabilizedEvent
  | DeviceConvertedToUnmanagedEvent
  | DeviceDeletedEvent
  | DeviceDisconnectedEvent
  | DeviceDoorbellRangEvent
  | DeviceErrorSubscriptionRequiredEvent
  | DeviceErrorSubscriptionRequiredResolvedEvent
  | DeviceLowBatteryEvent
  | DeviceNameChangedEvent
  | DeviceRemovedEvent
  | DeviceSaltoPrivacyModeActivatedEvent
  | DeviceSaltoPrivacyModeDeactivatedEvent
  | DeviceTamperedEvent
  | DeviceThirdPartyIntegrationDetectedEvent
  | DeviceThirdPartyIntegrationNoLongerDetectedEvent
  | DeviceUnmanagedConnectedEvent
  | DeviceUnmanagedConvertedToManagedEvent
  | DeviceUnmanagedDisconnectedEvent
  | EnrollmentAutomationDeletedEvent
  | LockAccessDeniedEvent
  | LockLockedEvent
  | LockUnlockedEvent
  | NoiseSensorNoiseThresholdTriggeredEvent
  | PhoneDeactivatedEvent
  | SpaceCreatedEvent
  | SpaceDeletedEvent
  | SpaceDeviceMembershipChangedEvent
  | ThermostatClimatePresetActivatedEvent
  | ThermostatManuallyAdjustedEvent
  | ThermostatTemperatureChangedEvent
  | ThermostatTemperatureReachedSetPointEvent
  | ThermostatTemperatureThresholdExceededEvent
  | ThermostatTemperatureThresholdNoLongerExceededEvent;

/** The name of any event type of the catalogue. */
export type SeamEventType =
  | "access_code.backup_access_code_pulled"
  | "access_code.changed"
  | "access_code.code_changed"
  | "access_code.created"
  | "access_code.delay_in_removing_from_device"
  | "access_code.delay_in_setting_on_device"
  | "access_code.deleted"
  | "access_code.deleted_external_to_seam"
  | "access_code.failed_to_remove_from_device"
  | "access_code.failed_to_set_on_device"
  | "access_code.modified_external_to_seam"
  | "access_code.mutations_requested"
  | "access_code.name_changed"
  | "access_code.removed_from_device"
  | "access_code.scheduled_on_device"
  | "access_code.set_on_device"
  | "access_code.time_frame_changed"
  | "access_code.unmanaged.converted_to_managed"
  | "access_code.unmanaged.created"
  | "access_code.unmanaged.failed_to_convert_to_managed"
  | "access_code.unmanaged.removed"
  | "access_grant.access_granted_to_all_doors"
  | "access_grant.access_granted_to_door"
  | "access_grant.access_times_changed"
  | "access_grant.access_to_door_lost"
  | "access_grant.could_not_create_requested_access_methods"
  | "access_grant.created"
  | "access_grant.deleted"
  | "access_method.card_encoding_required"
  | "access_method.created"
  | "access_method.delay_in_issuing"
  | "access_method.deleted"
  | "access_method.failed_to_issue"
  | "access_method.issued"
  | "access_method.reissued"
  | "access_method.revoked"
  | "acs_access_group.deleted"
  | "acs_credential.deleted"
  | "acs_credential.invalidated"
  | "acs_credential.issued"
  | "acs_credential.reissued"
  | "acs_encoder.added"
  | "acs_encoder.removed"
  | "acs_entrance.added"
  | "acs_entrance.removed"
  | "acs_system.added"
  | "acs_system.connected"
  | "acs_system.disconnected"
  | "acs_user.created"
  | "acs_user.deleted"
  | "action_attempt.lock_door.failed"
  | "action_attempt.lock_door.succeeded"
  | "action_attempt.simulate_keypad_code_entry.failed"
  | "action_attempt.simulate_keypad_code_entry.succeeded"
  | "action_attempt.simulate_manual_lock_via_keypad.failed"
  | "action_attempt.simulate_manual_lock_via_keypad.succeeded"
  | "action_attempt.unlock_door.failed"
  | "action_attempt.unlock_door.succeeded"
  | "camera.activated"
  | "client_session.deleted"
  | "connect_webview.login_failed"
  | "connect_webview.login_succeeded"
  | "connected_account.completed_first_sync"
  | "connected_account.completed_first_sync_after_reconnection"
  | "connected_account.connected"
  | "connected_account.created"
  | "connected_account.deleted"
  | "connected_account.disconnected"
  | "connected_account.reauthorization_requested"
  | "connected_account.successful_login"
  | "device.accessory_keypad_connected"
  | "device.accessory_keypad_disconnected"
  | "device.added"
  | "device.battery_status_changed"
  | "device.connected"
  | "device.connection_became_flaky"
  | "device.connection_stabilized"
  | "device.converted_to_unmanaged"
  | "device.deleted"
  | "device.disconnected"
  | "device.doorbell_rang"
  | "device.error.subscription_required"
  | "device.error.subscription_required.resolved"
  | "device.low_battery"
  | "device.name_changed"
  | "device.removed"
  | "device.salto.privacy_mode_activated"
  | "device.salto.privacy_mode_deactivated"
  | "device.tampered"
  | "device.third_party_integration_detected"
  | "device.third_party_integration_no_longer_detected"
  | "device.unmanaged.connected"
  | "device.unmanaged.converted_to_managed"
  | "device.unmanaged.disconnected"
  | "enrollment_automation.deleted"
  | "lock.access_denied"
  | "lock.locked"
  | "lock.unlocked"
  | "noise_sensor.noise_threshold_triggered"
  | "phone.deactivated"
  | "space.created"
  | "space.deleted"
  | "space.device_membership_changed"
  | "thermostat.climate_preset_activated"
  | "thermostat.manually_adjusted"
  | "thermostat.temperature_changed"
  | "thermostat.temperature_reached_set_point"
  | "thermostat.temperature_threshold_exceeded"
  | "thermostat.temperature_threshold_no_longer_exceeded";

/** Each event type name with its event: a lookup that stays fast to type-check however many events there are. */
export interface SeamEventMap {
  "access_code.backup_access_code_pulled": AccessCodeBackupAccessCodePulledEvent;
  "access_code.changed": AccessCodeChangedEvent;
  "access_code.code_changed": AccessCodeCodeChangedEvent;
  "access_code.created": AccessCodeCreatedEvent;
  "access_code.delay_in_removing_from_device": AccessCodeDelayInRemovingFromDeviceEvent;
  "access_code.delay_in_setting_on_device": AccessCodeDelayInSettingOnDeviceEvent;
  "access_code.deleted": AccessCodeDeletedEvent;
  "access_code.deleted_external_to_seam": AccessCodeDeletedExternalToSeamEvent;
  "access_code.failed_to_remove_from_device": AccessCodeFailedToRemoveFromDeviceEvent;
  "access_code.failed_to_set_on_device": AccessCodeFailedToSetOnDeviceEvent;
  "access_code.modified_external_to_seam": AccessCodeModifiedExternalToSeamEvent;
  "access_code.mutations_requested": AccessCodeMutationsRequestedEvent;
  "access_code.name_changed": AccessCodeNameChangedEvent;
  "access_code.removed_from_device": AccessCodeRemovedFromDeviceEvent;
  "access_code.scheduled_on_device": AccessCodeScheduledOnDeviceEvent;
  "access_code.set_on_device": AccessCodeSetOnDeviceEvent;
  "access_code.time_frame_changed": AccessCodeTimeFrameChangedEvent;
  "access_code.unmanaged.converted_to_managed": AccessCodeUnmanagedConvertedToManagedEvent;
  "access_code.unmanaged.created": AccessCodeUnmanagedCreatedEvent;
  "access_code.unmanaged.failed_to_convert_to_managed": AccessCodeUnmanagedFailedToConvertToManagedEvent;
  "access_code.unmanaged.removed": AccessCodeUnmanagedRemovedEvent;
  "access_grant.access_granted_to_all_doors": AccessGrantAccessGrantedToAllDoorsEvent;
  "access_grant.access_granted_to_door": AccessGrantAccessGrantedToDoorEvent;
  "access_grant.access_times_changed": AccessGrantAccessTimesChangedEvent;
  "access_grant.access_to_door_lost": AccessGrantAccessToDoorLostEvent;
  "access_grant.could_not_create_requested_access_methods": AccessGrantCouldNotCreateRequestedAccessMethodsEvent;
  "access_grant.created": AccessGrantCreatedEvent;
  "access_grant.deleted": AccessGrantDeletedEvent;
  "access_method.card_encoding_required": AccessMethodCardEncodingRequiredEvent;
  "access_method.created": AccessMethodCreatedEvent;
  "access_method.delay_in_issuing": AccessMethodDelayInIssuingEvent;
  "access_method.deleted": AccessMethodDeletedEvent;
  "access_method.failed_to_issue": AccessMethodFailedToIssueEvent;
  "access_method.issued": AccessMethodIssuedEvent;
  "access_method.reissued": AccessMethodReissuedEvent;
  "access_method.revoked": AccessMethodRevokedEvent;
  "acs_access_group.deleted": AcsAccessGroupDeletedEvent;
  "acs_credential.deleted": AcsCredentialDeletedEvent;
  "acs_credential.invalidated": AcsCredentialInvalidatedEvent;
  "acs_credential.issued": AcsCredentialIssuedEvent;
  "acs_credential.reissued": AcsCredentialReissuedEvent;
  "acs_encoder.added": AcsEncoderAddedEvent;
  "acs_encoder.removed": AcsEncoderRemovedEvent;
  "acs_entrance.added": AcsEntranceAddedEvent;
  "acs_entrance.removed": AcsEntranceRemovedEvent;
  "acs_system.added": AcsSystemAddedEvent;
  "acs_system.connected": AcsSystemConnectedEvent;
  "acs_system.disconnected": AcsSystemDisconnectedEvent;
  "acs_user.created": AcsUserCreatedEvent;
  "acs_user.deleted": AcsUserDeletedEvent;
  "action_attempt.lock_door.failed": ActionAttemptLockDoorFailedEvent;
  "action_attempt.lock_door.succeeded": ActionAttemptLockDoorSucceededEvent;
  "action_attempt.simulate_keypad_code_entry.failed": ActionAttemptSimulateKeypadCodeEntryFailedEvent;
  "action_attempt.simulate_keypad_code_entry.succeeded": ActionAttemptSimulateKeypadCodeEntrySucceededEvent;
  "action_attempt.simulate_manual_lock_via_keypad.failed": ActionAttemptSimulateManualLockViaKeypadFailedEvent;
  "action_attempt.simulate_manual_lock_via_keypad.succeeded": ActionAttemptSimulateManualLockViaKeypadSucceededEvent;
  "action_attempt.unlock_door.failed": ActionAttemptUnlockDoorFailedEvent;
  "action_attempt.unlock_door.succeeded": ActionAttemptUnlockDoorSucceededEvent;
  "camera.activated": CameraActivatedEvent;
  "client_session.deleted": ClientSessionDeletedEvent;
  "connect_webview.login_failed": ConnectWebviewLoginFailedEvent;
  "connect_webview.login_succeeded": ConnectWebviewLoginSucceededEvent;
  "connected_account.completed_first_sync": ConnectedAccountCompletedFirstSyncEvent;
  "connected_account.completed_first_sync_after_reconnection": ConnectedAccountCompletedFirstSyncAfterReconnectionEvent;
  "connected_account.connected": ConnectedAccountConnectedEvent;
  "connected_account.created": ConnectedAccountCreatedEvent;
  "connected_account.deleted": ConnectedAccountDeletedEvent;
  "connected_account.disconnected": ConnectedAccountDisconnectedEvent;
  "connected_account.reauthorization_requested": ConnectedAccountReauthorizationRequestedEvent;
  "connected_account.successful_login": ConnectedAccountSuccessfulLoginEvent;
  "device.accessory_keypad_connected": DeviceAccessoryKeypadConnectedEvent;
  "device.accessory_keypad_disconnected": DeviceAccessoryKeypadDisconnectedEvent;
  "device.added": DeviceAddedEvent;
  "device.battery_status_changed": DeviceBatteryStatusChangedEvent;
  "device.connected": DeviceConnectedEvent;
  "device.connection_became_flaky": DeviceConnectionBecameFlakyEvent;
  "device.connection_stabilized": DeviceConnectionStabilizedEvent;
  "device.converted_to_unmanaged": DeviceConvertedToUnmanagedEvent;
  "device.deleted": DeviceDeletedEvent;
  "device.disconnected": DeviceDisconnectedEvent;
  "device.doorbell_rang": DeviceDoorbellRangEvent;
  "device.error.subscription_required": DeviceErrorSubscriptionRequiredEvent;
  "device.error.subscription_required.resolved": DeviceErrorSubscriptionRequiredResolvedEvent;
  "device.low_battery": DeviceLowBatteryEvent;
  "device.name_changed": DeviceNameChangedEvent;
  "device.removed": DeviceRemovedEvent;
  "device.salto.privacy_mode_activated": DeviceSaltoPrivacyModeActivatedEvent;
  "device.salto.privacy_mode_deactivated": DeviceSaltoPrivacyModeDeactivatedEvent;
  "device.tampered": DeviceTamperedEvent;
  "device.third_party_integration_detected": DeviceThirdPartyIntegrationDetectedEvent;
  "device.third_party_integration_no_longer_detected": DeviceThirdPartyIntegrationNoLongerDetectedEvent;
  "device.unmanaged.connected": DeviceUnmanagedConnectedEvent;
  "device.unmanaged.converted_to_managed": DeviceUnmanagedConvertedToManagedEvent;
  "device.unmanaged.disconnected": DeviceUnmanagedDisconnectedEvent;
  "enrollment_automation.deleted": EnrollmentAutomationDeletedEvent;
  "lock.access_denied": LockAccessDeniedEvent;
  "lock.locked": LockLockedEvent;
  "lock.unlocked": LockUnlockedEvent;
  "noise_sensor.noise_threshold_triggered": NoiseSensorNoiseThresholdTriggeredEvent;
  "phone.deactivated": PhoneDeactivatedEvent;
  "space.created": SpaceCreatedEvent;
  "space.deleted": SpaceDeletedEvent;
  "space.device_membership_changed": SpaceDeviceMembershipChangedEvent;
  "thermostat.climate_preset_activated": ThermostatClimatePresetActivatedEvent;
  "thermostat.manually_adjusted": ThermostatManuallyAdjustedEvent;
  "thermostat.temperature_changed": ThermostatTemperatureChangedEvent;
  "thermostat.temperature_reached_set_point": ThermostatTemperatureReachedSetPointEvent;
  "thermostat.temperature_threshold_exceeded": ThermostatTemperatureThresholdExceededEvent;
  "thermostat.temperature_threshold_no_longer_exceeded": ThermostatTemperatureThresholdNoLongerExceededEvent;
}

/** The event whose `event_type` is T. */
export type SeamEventOf<T extends SeamEventType> = SeamEventMap[T];

/** Every event type name, in alphabetical order. */
export const SEAM_EVENT_TYPES: readonly SeamEventType[] = [
  "access_code.backup_access_code_pulled",
  "access_code.changed",
  "access_code.code_changed",
  "access_code.created",
  "access_code.delay_in_removing_from_device",
  "access_code.delay_in_setting_on_device",
  "access_code.deleted",
  "access_code.deleted_external_to_seam",
  "access_code.failed_to_remove_from_device",
  "access_code.failed_to_set_on_device",
  "access_code.modified_external_to_seam",
  "access_code.mutations_requested",
  "access_code.name_changed",
  "access_code.removed_from_device",
  "access_code.scheduled_on_device",
  "access_code.set_on_device",
  "access_code.time_frame_changed",
  "access_code.unmanaged.converted_to_managed",
  "access_code.unmanaged.created",
  "access_code.unmanaged.failed_to_convert_to_managed",
  "access_code.unmanaged.removed",
  "access_grant.access_granted_to_all_doors",
  "access_grant.access_granted_to_door",
  "access_grant.access_times_changed",
  "access_grant.access_to_door_lost",
  "access_grant.could_not_create_requested_access_methods",
  "access_grant.created",
  "access_grant.deleted",
  "access_method.card_encoding_required",
  "access_method.created",
  "access_method.delay_in_issuing",
  "access_method.deleted",
  "access_method.failed_to_issue",
  "access_method.issued",
  "access_method.reissued",
  "access_method.revoked",
  "acs_access_group.deleted",
  "acs_credential.deleted",
  "acs_credential.invalidated",
  "acs_credential.issued",
  "acs_credential.reissued",
  "acs_encoder.added",
  "acs_encoder.removed",
  "acs_entrance.added",
  "acs_entrance.removed",
  "acs_system.added",
  "acs_system.connected",
  "acs_system.disconnected",
  "acs_user.created",
  "acs_user.deleted",
  "action_attempt.lock_door.failed",
  "action_attempt.lock_door.succeeded",
  "action_attempt.simulate_keypad_code_entry.failed",
  "action_attempt.simulate_keypad_code_entry.succeeded",
  "action_attempt.simulate_manual_lock_via_keypad.failed",
  "action_attempt.simulate_manual_lock_via_keypad.succeeded",
  "action_attempt.unlock_door.failed",
  "action_attempt.unlock_door.succeeded",
  "camera.activated",
  "client_session.deleted",
  "connect_webview.login_failed",
  "connect_webview.login_succeeded",
  "connected_account.completed_first_sync",
  "connected_account.completed_first_sync_after_reconnection",
  "connected_account.connected",
  "connected_account.created",
  "connected_account.deleted",
  "connected_account.disconnected",
  "connected_account.reauthorization_requested",
  "connected_account.successful_login",
  "device.accessory_keypad_connected",
  "device.accessory_keypad_disconnected",
  "device.added",
  "device.battery_status_changed",
  "device.connected",
  "device.connection_became_flaky",
  "device.connection_stabilized",
  "device.converted_to_unmanaged",
  "device.deleted",
  "device.disconnected",
  "device.doorbell_rang",
  "device.error.subscription_required",
  "device.error.subscription_required.resolved",
  "device.low_battery",
  "device.name_changed",
  "device.removed",
  "device.salto.privacy_mode_activated",
  "device.salto.privacy_mode_deactivated",
  "device.tampered",
  "device.third_party_integration_detected",
  "device.third_party_integration_no_longer_detected",
  "device.unmanaged.connected",
  "device.unmanaged.converted_to_managed",
  "device.unmanaged.disconnected",
  "enrollment_automation.deleted",
  "lock.access_denied",
  "lock.locked",
  "lock.unlocked",
  "noise_sensor.noise_threshold_triggered",
  "phone.deactivated",
  "space.created",
  "space.deleted",
  "space.device_membership_changed",
  "thermostat.climate_preset_activated",
  "thermostat.manually_adjusted",
  "thermostat.temperature_changed",
  "thermostat.temperature_reached_set_point",
  "thermostat.temperature_threshold_exceeded",
  "thermostat.temperature_threshold_no_longer_exceeded",
];

/** Older or documented names of events, each with the event type it stands for today. */
export const SEAM_EVENT_TYPES_BY_ALIAS: Readonly<Record<string, SeamEventType>> = {
  "device.battery_low": "device.low_battery",
};
