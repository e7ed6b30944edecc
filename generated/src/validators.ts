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
  ConnectedAccountCompletedFirstSyncEvent,
  ConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
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
  SpaceCreatedEvent,
  SpaceDeletedEvent,
  SpaceDeviceMembershipChangedEvent,
  ThermostatClimatePresetActivatedEvent,
  ThermostatManuallyAdjustedEvent,
  ThermostatTemperatureChangedEvent,
  ThermostatTemperatureReachedSetPointEvent,
  ThermostatTemperatureThresholdExceededEvent,
  ThermostatTemperatureThresholdNoLongerExceededEvent,
  SeamEvent,
} from "./types.js";
import {
  fail,
  isDateTime,
  isNumber,
  isObject,
  isUri,
  isUuid,
  missing,
  nest,
  own,
  passes,
  run,
  standard,
  threw,
} from "./validation-runtime.js";
import type {
  Check,
  Errors,
  StandardSchemaV1,
  ValidateOptions,
  ValidationResult,
} from "./validation-runtime.js";
export type {
  StandardSchemaV1,
  ValidateOptions,
  ValidationError,
  ValidationErrorCode,
  ValidationResult,
} from "./validation-runtime.js";
/** Standard Schema vendor name of every schema object below. */
const vendor = "@seam-events/catalogue";
const AccessCodeMutationCodeValues =
  '"updating_name", "updating_code", "updating_time_frame", "deleting", "creating", "deferring_creation"';
function inAccessCodeMutationCode(v: unknown): boolean {
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
function inBatteryStatus(v: unknown): boolean {
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
function inCameraActivationReason(v: unknown): boolean {
  switch (v) {
    case "motion_detected":
      return true;
    default:
      return false;
  }
}

const DeviceDisconnectionErrorCodeValues =
  '"account_disconnected", "hub_disconnected", "device_disconnected"';
function inDeviceDisconnectionErrorCode(v: unknown): boolean {
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
function inFanModeSetting(v: unknown): boolean {
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
function inHvacModeSetting(v: unknown): boolean {
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

const LockAccessDeniedReasonCodeValues =
  '"unknown_code", "expired_code", "blocklisted_code", "too_many_attempts", "blocked_by_privacy_mode", "credential_error"';
function inLockAccessDeniedReasonCode(v: unknown): boolean {
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
function inLockMethod(v: unknown): boolean {
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
function inMotionSubType(v: unknown): boolean {
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
function inThermostatAdjustmentMethod(v: unknown): boolean {
  switch (v) {
    case "seam":
    case "external":
      return true;
    default:
      return false;
  }
}

function checkValue1(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (typeof v !== "string") {
    e = fail(e, undefined, "type", "string", v);
    if (a) return e;
  }
  return e;
}

function checkValue2(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== null) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string or null", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue3(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inAccessCodeMutationCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", AccessCodeMutationCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue4(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!isObject(v)) {
    e = fail(e, undefined, "type", "object", v);
    if (a) return e;
  }
  return e;
}

function checkValue5(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inLockAccessDeniedReasonCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", LockAccessDeniedReasonCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue6(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (typeof v !== "string") {
    e = fail(e, undefined, "type", "string", v);
    if (a) return e;
  } else if (!isDateTime(v)) {
    e = fail(e, undefined, "format", "date-time", v);
    if (a) return e;
  }
  return e;
}

function checkValue7(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.backup_access_code_pulled") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.backup_access_code_pulled", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue8(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (typeof v !== "string") {
    e = fail(e, undefined, "type", "string", v);
    if (a) return e;
  } else if (!isUuid(v)) {
    e = fail(e, undefined, "format", "uuid", v);
    if (a) return e;
  }
  return e;
}

function checkRecord1(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    for (k in o) {
      if (!own(o, k)) continue;
      v = o[k];
      if (!(typeof v === "string" || typeof v === "boolean")) {
        e = fail(e, k, "type", "string or boolean", v);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkValue9(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkRecord1(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue10(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkArray2(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkAccessCodeChangedProperty(v, a)) !== undefined) {
        e = nest(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkValue11(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkArray2(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue12(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.code_changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.code_changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue13(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkAccessCodePinValue(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue14(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.created") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.created", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue15(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.delay_in_removing_from_device") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.delay_in_removing_from_device", v);
      if (a) return e;
    }
  }
  return e;
}

function checkArray3(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkResourceError(v, a)) !== undefined) {
        e = nest(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkValue16(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkArray3(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkArray4(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkResourceWarning(v, a)) !== undefined) {
        e = nest(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkValue17(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkArray4(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue18(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.delay_in_setting_on_device") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.delay_in_setting_on_device", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue19(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue20(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.deleted_external_to_seam") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.deleted_external_to_seam", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue21(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.failed_to_remove_from_device") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.failed_to_remove_from_device", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue22(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.failed_to_set_on_device") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.failed_to_set_on_device", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue23(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.modified_external_to_seam") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.modified_external_to_seam", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue24(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.mutations_requested") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.mutations_requested", v);
      if (a) return e;
    }
  }
  return e;
}

function checkArray5(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkAccessCodeRequestedMutation(v, a)) !== undefined) {
        e = nest(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkValue25(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkArray5(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue26(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.name_changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.name_changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue27(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkAccessCodeNameValue(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue28(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.removed_from_device") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.removed_from_device", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue29(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.scheduled_on_device") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.scheduled_on_device", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue30(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.set_on_device") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.set_on_device", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue31(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.time_frame_changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.time_frame_changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue32(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkAccessCodeTimeFrame(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue33(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.unmanaged.converted_to_managed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.unmanaged.converted_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue34(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.unmanaged.created") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.unmanaged.created", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue35(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.unmanaged.failed_to_convert_to_managed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.unmanaged.failed_to_convert_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue36(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_code.unmanaged.removed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_code.unmanaged.removed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue37(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_grant.access_granted_to_all_doors") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_grant.access_granted_to_all_doors", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue38(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_grant.access_granted_to_door") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_grant.access_granted_to_door", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue39(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_grant.access_times_changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_grant.access_times_changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue40(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_grant.access_to_door_lost") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_grant.access_to_door_lost", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue41(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_grant.could_not_create_requested_access_methods") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_grant.could_not_create_requested_access_methods", v);
      if (a) return e;
    }
  }
  return e;
}

function checkArray6(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if (typeof v !== "string") {
        e = fail(e, k, "type", "string", v);
        if (a) return e;
      } else if (!isUuid(v)) {
        e = fail(e, k, "format", "uuid", v);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkValue42(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkArray6(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue43(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_grant.created") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_grant.created", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue44(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_grant.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_grant.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue45(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_method.card_encoding_required") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_method.card_encoding_required", v);
      if (a) return e;
    }
  }
  return e;
}

function checkArray7(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if (typeof v !== "string") {
        e = fail(e, k, "type", "string", v);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkValue46(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkArray7(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue47(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_method.created") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_method.created", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue48(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_method.delay_in_issuing") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_method.delay_in_issuing", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue49(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_method.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_method.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue50(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_method.failed_to_issue") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_method.failed_to_issue", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue51(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_method.issued") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_method.issued", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue52(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (typeof v !== "boolean") {
    e = fail(e, undefined, "type", "boolean", v);
    if (a) return e;
  }
  return e;
}

function checkValue53(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_method.reissued") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_method.reissued", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue54(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "access_method.revoked") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "access_method.revoked", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue55(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_access_group.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_access_group.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue56(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_credential.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_credential.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue57(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_credential.invalidated") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_credential.invalidated", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue58(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_credential.issued") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_credential.issued", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue59(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_credential.reissued") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_credential.reissued", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue60(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_encoder.added") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_encoder.added", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue61(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_encoder.removed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_encoder.removed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue62(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_entrance.added") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_entrance.added", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue63(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_entrance.removed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_entrance.removed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue64(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_system.added") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_system.added", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue65(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_system.connected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_system.connected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue66(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_system.disconnected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_system.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue67(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_user.created") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_user.created", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue68(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "acs_user.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "acs_user.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue69(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "action_attempt.lock_door.failed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "action_attempt.lock_door.failed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue70(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "action_attempt.lock_door.succeeded") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "action_attempt.lock_door.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue71(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "action_attempt.simulate_keypad_code_entry.failed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "action_attempt.simulate_keypad_code_entry.failed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue72(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "action_attempt.simulate_keypad_code_entry.succeeded") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "action_attempt.simulate_keypad_code_entry.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue73(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "action_attempt.simulate_manual_lock_via_keypad.failed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "action_attempt.simulate_manual_lock_via_keypad.failed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue74(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "action_attempt.simulate_manual_lock_via_keypad.succeeded") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(
        e,
        undefined,
        "const",
        "action_attempt.simulate_manual_lock_via_keypad.succeeded",
        v,
      );
      if (a) return e;
    }
  }
  return e;
}

function checkValue75(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "action_attempt.unlock_door.failed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "action_attempt.unlock_door.failed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue76(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "action_attempt.unlock_door.succeeded") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "action_attempt.unlock_door.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue77(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "camera.activated") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "camera.activated", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue78(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (typeof v !== "string") {
    e = fail(e, undefined, "type", "string", v);
    if (a) return e;
  } else if (!isUri(v)) {
    e = fail(e, undefined, "format", "uri", v);
    if (a) return e;
  }
  return e;
}

function checkValue79(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inCameraActivationReason(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", CameraActivationReasonValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue80(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inMotionSubType(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", MotionSubTypeValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue81(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "client_session.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "client_session.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue82(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connect_webview.login_failed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connect_webview.login_failed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue83(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connect_webview.login_succeeded") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connect_webview.login_succeeded", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue84(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connected_account.completed_first_sync") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connected_account.completed_first_sync", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue85(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connected_account.completed_first_sync_after_reconnection") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(
        e,
        undefined,
        "const",
        "connected_account.completed_first_sync_after_reconnection",
        v,
      );
      if (a) return e;
    }
  }
  return e;
}

function checkValue86(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connected_account.connected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connected_account.connected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue87(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connected_account.created") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connected_account.created", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue88(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connected_account.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connected_account.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue89(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connected_account.disconnected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connected_account.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue90(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connected_account.reauthorization_requested") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connected_account.reauthorization_requested", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue91(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "connected_account.successful_login") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "connected_account.successful_login", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue92(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.accessory_keypad_connected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.accessory_keypad_connected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue93(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.accessory_keypad_disconnected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.accessory_keypad_disconnected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue94(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.added") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.added", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue95(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.battery_status_changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.battery_status_changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue96(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!isNumber(v)) {
    e = fail(e, undefined, "type", "number", v);
    if (a) return e;
  } else if (v < 0 || v > 1) {
    e = fail(e, undefined, "range", ">= 0 and <= 1", v);
    if (a) return e;
  }
  return e;
}

function checkValue97(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inBatteryStatus(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", BatteryStatusValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue98(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.connected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.connected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue99(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.connection_became_flaky") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.connection_became_flaky", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue100(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.connection_stabilized") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.connection_stabilized", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue101(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.converted_to_unmanaged") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.converted_to_unmanaged", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue102(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue103(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.disconnected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue104(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inDeviceDisconnectionErrorCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", DeviceDisconnectionErrorCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue105(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.doorbell_rang") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.doorbell_rang", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue106(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.error.subscription_required") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.error.subscription_required", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue107(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.error.subscription_required.resolved") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.error.subscription_required.resolved", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue108(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.low_battery") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.low_battery", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue109(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.name_changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.name_changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue110(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.removed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.removed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue111(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.salto.privacy_mode_activated") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.salto.privacy_mode_activated", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue112(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.salto.privacy_mode_deactivated") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.salto.privacy_mode_deactivated", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue113(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.tampered") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.tampered", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue114(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.third_party_integration_detected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.third_party_integration_detected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue115(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.third_party_integration_no_longer_detected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.third_party_integration_no_longer_detected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue116(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.unmanaged.connected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.unmanaged.connected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue117(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.unmanaged.converted_to_managed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.unmanaged.converted_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue118(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "device.unmanaged.disconnected") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "device.unmanaged.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue119(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "enrollment_automation.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "enrollment_automation.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue120(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "lock.access_denied") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "lock.access_denied", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue121(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if ((r = checkLockAccessDeniedReason(v, a)) !== undefined) {
    e = r;
    if (a) return e;
  }
  return e;
}

function checkValue122(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "lock.locked") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "lock.locked", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue123(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inLockMethod(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", LockMethodValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue124(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "lock.unlocked") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "lock.unlocked", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue125(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "noise_sensor.noise_threshold_triggered") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "noise_sensor.noise_threshold_triggered", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue126(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!isNumber(v)) {
    e = fail(e, undefined, "type", "number", v);
    if (a) return e;
  }
  return e;
}

function checkValue127(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "phone.deactivated") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "phone.deactivated", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue128(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "space.created") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "space.created", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue129(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "space.deleted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "space.deleted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue130(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "space.device_membership_changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "space.device_membership_changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue131(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "thermostat.climate_preset_activated") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "thermostat.climate_preset_activated", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue132(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== null) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string or null", v);
      if (a) return e;
    } else if (!isUuid(v)) {
      e = fail(e, undefined, "format", "uuid", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue133(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "thermostat.manually_adjusted") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "thermostat.manually_adjusted", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue134(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inThermostatAdjustmentMethod(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", ThermostatAdjustmentMethodValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue135(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inHvacModeSetting(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", HvacModeSettingValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue136(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (!inFanModeSetting(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "enum", FanModeSettingValues, v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue137(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "thermostat.temperature_changed") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "thermostat.temperature_changed", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue138(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "thermostat.temperature_reached_set_point") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "thermostat.temperature_reached_set_point", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue139(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "thermostat.temperature_threshold_exceeded") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "thermostat.temperature_threshold_exceeded", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue140(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== null) {
    if (!isNumber(v)) {
      e = fail(e, undefined, "type", "number or null", v);
      if (a) return e;
    }
  }
  return e;
}

function checkValue141(v: any, a: boolean): Errors {
  let e: Errors, r: Errors;
  if (v !== "thermostat.temperature_threshold_no_longer_exceeded") {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, undefined, "const", "thermostat.temperature_threshold_no_longer_exceeded", v);
      if (a) return e;
    }
  }
  return e;
}

function checkAccessCodeChangedProperty(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "property")) ? o.property : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "from")) ? o.from : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "to")) ? o.to : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeNameValue(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "name")) ? o.name : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodePinValue(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "code")) ? o.code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeRequestedMutation(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "mutation_code")) ? o.mutation_code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue3(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "from")) ? o.from : undefined;
    if (v !== undefined && (r = checkValue4(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "to")) ? o.to : undefined;
    if (v !== undefined && (r = checkValue4(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeTimeFrame(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "starts_at")) ? o.starts_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "ends_at")) ? o.ends_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkLockAccessDeniedReason(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "reason_code")) ? o.reason_code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue5(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "message")) ? o.message : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkResourceError(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "error_code")) ? o.error_code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "message")) ? o.message : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkResourceWarning(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "warning_code")) ? o.warning_code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "message")) ? o.message : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeBackupAccessCodePulledEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue7(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "backup_access_code_id")) ? o.backup_access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue10(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "change_reason")) ? o.change_reason : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "changed_properties")) ? o.changed_properties : undefined;
    if (v !== undefined && (r = checkValue11(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeCodeChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue12(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "description")) ? o.description : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "from")) ? o.from : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue13(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "to")) ? o.to : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue13(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeCreatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue14(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeDelayInRemovingFromDeviceEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue15(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeDelayInSettingOnDeviceEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue18(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue19(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "code")) ? o.code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeDeletedExternalToSeamEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue20(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeFailedToRemoveFromDeviceEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue21(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeFailedToSetOnDeviceEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue22(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeModifiedExternalToSeamEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue23(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeMutationsRequestedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue24(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "requested_mutations")) ? o.requested_mutations : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue25(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeNameChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue26(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "description")) ? o.description : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "from")) ? o.from : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue27(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "to")) ? o.to : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue27(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeRemovedFromDeviceEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue28(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeScheduledOnDeviceEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue29(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "code")) ? o.code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeSetOnDeviceEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue30(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "code")) ? o.code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeTimeFrameChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue31(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "description")) ? o.description : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "from")) ? o.from : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue32(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "to")) ? o.to : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue32(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeUnmanagedConvertedToManagedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue33(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeUnmanagedCreatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue34(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeUnmanagedFailedToConvertToManagedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue35(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessCodeUnmanagedRemovedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue36(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessGrantAccessGrantedToAllDoorsEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue37(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessGrantAccessGrantedToDoorEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue38(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessGrantAccessTimesChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue39(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_key")) ? o.access_grant_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "starts_at")) ? o.starts_at : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "ends_at")) ? o.ends_at : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessGrantAccessToDoorLostEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue40(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue41(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "error_message")) ? o.error_message : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "missing_device_ids")) ? o.missing_device_ids : undefined;
    if (v !== undefined && (r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessGrantCreatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue43(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessGrantDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue44(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessMethodCardEncodingRequiredEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue45(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessMethodCreatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue47(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessMethodDelayInIssuingEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue48(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessMethodDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue49(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessMethodFailedToIssueEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue50(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessMethodIssuedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue51(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "code")) ? o.code : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "is_backup_code")) ? o.is_backup_code : undefined;
    if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessMethodReissuedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue53(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "code")) ? o.code : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "is_backup_code")) ? o.is_backup_code : undefined;
    if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAccessMethodRevokedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue54(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    if (v !== undefined && (r = checkValue46(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsAccessGroupDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue55(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_access_group_id")) ? o.acs_access_group_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsCredentialDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue56(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsCredentialInvalidatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue57(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsCredentialIssuedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue58(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsCredentialReissuedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue59(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsEncoderAddedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue60(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_encoder_id")) ? o.acs_encoder_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsEncoderRemovedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue61(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_encoder_id")) ? o.acs_encoder_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsEntranceAddedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue62(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsEntranceRemovedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue63(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsSystemAddedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue64(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsSystemConnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue65(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsSystemDisconnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue66(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_errors")) ? o.acs_system_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_warnings")) ? o.acs_system_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsUserCreatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue67(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkAcsUserDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue68(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkActionAttemptLockDoorFailedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue69(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "status")) ? o.status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkActionAttemptLockDoorSucceededEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue70(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "status")) ? o.status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkActionAttemptSimulateKeypadCodeEntryFailedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue71(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "status")) ? o.status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkActionAttemptSimulateKeypadCodeEntrySucceededEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue72(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "status")) ? o.status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkActionAttemptSimulateManualLockViaKeypadFailedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue73(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "status")) ? o.status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkActionAttemptSimulateManualLockViaKeypadSucceededEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue74(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "status")) ? o.status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkActionAttemptUnlockDoorFailedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue75(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "status")) ? o.status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkActionAttemptUnlockDoorSucceededEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue76(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "status")) ? o.status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkCameraActivatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue77(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "image_url")) ? o.image_url : undefined;
    if (v !== undefined && (r = checkValue78(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "video_url")) ? o.video_url : undefined;
    if (v !== undefined && (r = checkValue78(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "activation_reason")) ? o.activation_reason : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue79(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "motion_sub_type")) ? o.motion_sub_type : undefined;
    if (v !== undefined && (r = checkValue80(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkClientSessionDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue81(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "client_session_id")) ? o.client_session_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectWebviewLoginFailedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue82(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectWebviewLoginSucceededEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue83(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectedAccountCompletedFirstSyncEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue84(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue85(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectedAccountConnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue86(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectedAccountCreatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue87(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectedAccountDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue88(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_type")) ? o.connected_account_type : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectedAccountDisconnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue89(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectedAccountReauthorizationRequestedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue90(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkConnectedAccountSuccessfulLoginEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue91(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceAccessoryKeypadConnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue92(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceAccessoryKeypadDisconnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue93(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceAddedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue94(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceBatteryStatusChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue95(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "battery_level")) ? o.battery_level : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue96(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "battery_status")) ? o.battery_status : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue97(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceConnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue98(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceConnectionBecameFlakyEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue99(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceConnectionStabilizedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue100(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceConvertedToUnmanagedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue101(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue102(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_name")) ? o.device_name : undefined;
    if (v !== undefined && (r = checkValue2(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceDisconnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue103(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "error_code")) ? o.error_code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue104(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceDoorbellRangEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue105(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "image_url")) ? o.image_url : undefined;
    if (v !== undefined && (r = checkValue78(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "video_url")) ? o.video_url : undefined;
    if (v !== undefined && (r = checkValue78(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceErrorSubscriptionRequiredEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue106(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceErrorSubscriptionRequiredResolvedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue107(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceLowBatteryEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue108(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "battery_level")) ? o.battery_level : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue96(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceNameChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue109(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_name")) ? o.device_name : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceRemovedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue110(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceSaltoPrivacyModeActivatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue111(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceSaltoPrivacyModeDeactivatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue112(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceTamperedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue113(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceThirdPartyIntegrationDetectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue114(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceThirdPartyIntegrationNoLongerDetectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue115(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceUnmanagedConnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue116(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceUnmanagedConvertedToManagedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue117(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkDeviceUnmanagedDisconnectedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue118(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "error_code")) ? o.error_code : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue104(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkEnrollmentAutomationDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue119(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "enrollment_automation_id")) ? o.enrollment_automation_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkLockAccessDeniedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue120(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "user_identity_id")) ? o.user_identity_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "reason")) ? o.reason : undefined;
    if (v !== undefined && (r = checkValue121(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkLockLockedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue122(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "user_identity_id")) ? o.user_identity_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "method")) ? o.method : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue123(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "code")) ? o.code : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_is_managed")) ? o.access_code_is_managed : undefined;
    if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "is_via_bluetooth")) ? o.is_via_bluetooth : undefined;
    if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "is_via_nfc")) ? o.is_via_nfc : undefined;
    if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkLockUnlockedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue124(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "user_identity_id")) ? o.user_identity_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "method")) ? o.method : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue123(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "code")) ? o.code : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "access_code_is_managed")) ? o.access_code_is_managed : undefined;
    if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "is_via_bluetooth")) ? o.is_via_bluetooth : undefined;
    if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "is_via_nfc")) ? o.is_via_nfc : undefined;
    if (v !== undefined && (r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkNoiseSensorNoiseThresholdTriggeredEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue125(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "noise_threshold_id")) ? o.noise_threshold_id : undefined;
    if (v !== undefined && (r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "noise_threshold_name")) ? o.noise_threshold_name : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "noise_level_decibels")) ? o.noise_level_decibels : undefined;
    if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "noise_level_nrs")) ? o.noise_level_nrs : undefined;
    if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "minut_metadata")) ? o.minut_metadata : undefined;
    if (v !== undefined && (r = checkValue4(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "noiseaware_metadata")) ? o.noiseaware_metadata : undefined;
    if (v !== undefined && (r = checkValue4(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkPhoneDeactivatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue127(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkSpaceCreatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue128(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "space_id")) ? o.space_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "space_key")) ? o.space_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_ids")) ? o.device_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_ids")) ? o.acs_entrance_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkSpaceDeletedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue129(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "space_id")) ? o.space_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "space_key")) ? o.space_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_ids")) ? o.device_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_ids")) ? o.acs_entrance_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkSpaceDeviceMembershipChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue130(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "space_id")) ? o.space_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "space_key")) ? o.space_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_ids")) ? o.device_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "acs_entrance_ids")) ? o.acs_entrance_ids : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkThermostatClimatePresetActivatedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue131(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "climate_preset_key")) ? o.climate_preset_key : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "thermostat_schedule_id")) ? o.thermostat_schedule_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue132(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "is_fallback_climate_preset")) ? o.is_fallback_climate_preset : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue52(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkThermostatManuallyAdjustedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue133(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "method")) ? o.method : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue134(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "hvac_mode_setting")) ? o.hvac_mode_setting : undefined;
    if (v !== undefined && (r = checkValue135(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "fan_mode_setting")) ? o.fan_mode_setting : undefined;
    if (v !== undefined && (r = checkValue136(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "heating_set_point_celsius")) ? o.heating_set_point_celsius : undefined;
    if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "heating_set_point_fahrenheit")) ? o.heating_set_point_fahrenheit : undefined;
    if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "cooling_set_point_celsius")) ? o.cooling_set_point_celsius : undefined;
    if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "cooling_set_point_fahrenheit")) ? o.cooling_set_point_fahrenheit : undefined;
    if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkThermostatTemperatureChangedEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue137(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkThermostatTemperatureReachedSetPointEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue138(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "desired_temperature_celsius")) ? o.desired_temperature_celsius : undefined;
    if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "desired_temperature_fahrenheit"))
      ? o.desired_temperature_fahrenheit
      : undefined;
    if (v !== undefined && (r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkThermostatTemperatureThresholdExceededEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue139(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "lower_limit_celsius")) ? o.lower_limit_celsius : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "lower_limit_fahrenheit")) ? o.lower_limit_fahrenheit : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "upper_limit_celsius")) ? o.upper_limit_celsius : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "upper_limit_fahrenheit")) ? o.upper_limit_fahrenheit : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkThermostatTemperatureThresholdNoLongerExceededEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_type")) ? o.event_type : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue141(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    if (v !== undefined && (r = checkValue1(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    if (v !== undefined && (r = checkValue9(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "lower_limit_celsius")) ? o.lower_limit_celsius : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "lower_limit_fahrenheit")) ? o.lower_limit_fahrenheit : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "upper_limit_celsius")) ? o.upper_limit_celsius : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, (k = "upper_limit_fahrenheit")) ? o.upper_limit_fahrenheit : undefined;
    if (v === undefined) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== undefined) {
      e = nest(e, k, r);
      if (a) return e;
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

/** Constant-time dispatch on event_type: one map lookup, never a trial of each event. */
const checkSeamEventByType: Map<unknown, Check> = new Map([
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
function checkSeamEvent(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let t: unknown;
  try {
    t = own(o, "event_type") ? o["event_type"] : undefined;
  } catch (x) {
    return threw(undefined, "event_type", x);
  }
  const check = checkSeamEventByType.get(t);
  if (check !== undefined) return check(o, a);
  if (t === undefined) return missing(undefined, "event_type");
  if (typeof t !== "string") return fail(undefined, "event_type", "type", "string", t);
  return fail(undefined, "event_type", "unknown_event_type", "109", t);
}

/** Validates a `access_code.backup_access_code_pulled` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeBackupAccessCodePulledEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeBackupAccessCodePulledEvent> {
  return run(checkAccessCodeBackupAccessCodePulledEvent, input, options);
}

/** True when the input is a `access_code.backup_access_code_pulled` event. */
export function isAccessCodeBackupAccessCodePulledEvent(
  input: unknown,
): input is AccessCodeBackupAccessCodePulledEvent {
  return passes(checkAccessCodeBackupAccessCodePulledEvent, input);
}

/** Standard Schema v1 object for a `access_code.backup_access_code_pulled` event. */
export const AccessCodeBackupAccessCodePulledEventSchema: StandardSchemaV1<AccessCodeBackupAccessCodePulledEvent> =
  /* @__PURE__ */ standard<AccessCodeBackupAccessCodePulledEvent>(
    checkAccessCodeBackupAccessCodePulledEvent,
    vendor,
  );

/** Validates a `access_code.changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeChangedEvent> {
  return run(checkAccessCodeChangedEvent, input, options);
}

/** True when the input is a `access_code.changed` event. */
export function isAccessCodeChangedEvent(input: unknown): input is AccessCodeChangedEvent {
  return passes(checkAccessCodeChangedEvent, input);
}

/** Standard Schema v1 object for a `access_code.changed` event. */
export const AccessCodeChangedEventSchema: StandardSchemaV1<AccessCodeChangedEvent> =
  /* @__PURE__ */ standard<AccessCodeChangedEvent>(checkAccessCodeChangedEvent, vendor);

/** Validates a `access_code.code_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeCodeChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeCodeChangedEvent> {
  return run(checkAccessCodeCodeChangedEvent, input, options);
}

/** True when the input is a `access_code.code_changed` event. */
export function isAccessCodeCodeChangedEvent(input: unknown): input is AccessCodeCodeChangedEvent {
  return passes(checkAccessCodeCodeChangedEvent, input);
}

/** Standard Schema v1 object for a `access_code.code_changed` event. */
export const AccessCodeCodeChangedEventSchema: StandardSchemaV1<AccessCodeCodeChangedEvent> =
  /* @__PURE__ */ standard<AccessCodeCodeChangedEvent>(checkAccessCodeCodeChangedEvent, vendor);

/** Validates a `access_code.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeCreatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeCreatedEvent> {
  return run(checkAccessCodeCreatedEvent, input, options);
}

/** True when the input is a `access_code.created` event. */
export function isAccessCodeCreatedEvent(input: unknown): input is AccessCodeCreatedEvent {
  return passes(checkAccessCodeCreatedEvent, input);
}

/** Standard Schema v1 object for a `access_code.created` event. */
export const AccessCodeCreatedEventSchema: StandardSchemaV1<AccessCodeCreatedEvent> =
  /* @__PURE__ */ standard<AccessCodeCreatedEvent>(checkAccessCodeCreatedEvent, vendor);

/** Validates a `access_code.delay_in_removing_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeDelayInRemovingFromDeviceEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeDelayInRemovingFromDeviceEvent> {
  return run(checkAccessCodeDelayInRemovingFromDeviceEvent, input, options);
}

/** True when the input is a `access_code.delay_in_removing_from_device` event. */
export function isAccessCodeDelayInRemovingFromDeviceEvent(
  input: unknown,
): input is AccessCodeDelayInRemovingFromDeviceEvent {
  return passes(checkAccessCodeDelayInRemovingFromDeviceEvent, input);
}

/** Standard Schema v1 object for a `access_code.delay_in_removing_from_device` event. */
export const AccessCodeDelayInRemovingFromDeviceEventSchema: StandardSchemaV1<AccessCodeDelayInRemovingFromDeviceEvent> =
  /* @__PURE__ */ standard<AccessCodeDelayInRemovingFromDeviceEvent>(
    checkAccessCodeDelayInRemovingFromDeviceEvent,
    vendor,
  );

/** Validates a `access_code.delay_in_setting_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeDelayInSettingOnDeviceEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeDelayInSettingOnDeviceEvent> {
  return run(checkAccessCodeDelayInSettingOnDeviceEvent, input, options);
}

/** True when the input is a `access_code.delay_in_setting_on_device` event. */
export function isAccessCodeDelayInSettingOnDeviceEvent(
  input: unknown,
): input is AccessCodeDelayInSettingOnDeviceEvent {
  return passes(checkAccessCodeDelayInSettingOnDeviceEvent, input);
}

/** Standard Schema v1 object for a `access_code.delay_in_setting_on_device` event. */
export const AccessCodeDelayInSettingOnDeviceEventSchema: StandardSchemaV1<AccessCodeDelayInSettingOnDeviceEvent> =
  /* @__PURE__ */ standard<AccessCodeDelayInSettingOnDeviceEvent>(
    checkAccessCodeDelayInSettingOnDeviceEvent,
    vendor,
  );

/** Validates a `access_code.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeDeletedEvent> {
  return run(checkAccessCodeDeletedEvent, input, options);
}

/** True when the input is a `access_code.deleted` event. */
export function isAccessCodeDeletedEvent(input: unknown): input is AccessCodeDeletedEvent {
  return passes(checkAccessCodeDeletedEvent, input);
}

/** Standard Schema v1 object for a `access_code.deleted` event. */
export const AccessCodeDeletedEventSchema: StandardSchemaV1<AccessCodeDeletedEvent> =
  /* @__PURE__ */ standard<AccessCodeDeletedEvent>(checkAccessCodeDeletedEvent, vendor);

/** Validates a `access_code.deleted_external_to_seam` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeDeletedExternalToSeamEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeDeletedExternalToSeamEvent> {
  return run(checkAccessCodeDeletedExternalToSeamEvent, input, options);
}

/** True when the input is a `access_code.deleted_external_to_seam` event. */
export function isAccessCodeDeletedExternalToSeamEvent(
  input: unknown,
): input is AccessCodeDeletedExternalToSeamEvent {
  return passes(checkAccessCodeDeletedExternalToSeamEvent, input);
}

/** Standard Schema v1 object for a `access_code.deleted_external_to_seam` event. */
export const AccessCodeDeletedExternalToSeamEventSchema: StandardSchemaV1<AccessCodeDeletedExternalToSeamEvent> =
  /* @__PURE__ */ standard<AccessCodeDeletedExternalToSeamEvent>(
    checkAccessCodeDeletedExternalToSeamEvent,
    vendor,
  );

/** Validates a `access_code.failed_to_remove_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeFailedToRemoveFromDeviceEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeFailedToRemoveFromDeviceEvent> {
  return run(checkAccessCodeFailedToRemoveFromDeviceEvent, input, options);
}

/** True when the input is a `access_code.failed_to_remove_from_device` event. */
export function isAccessCodeFailedToRemoveFromDeviceEvent(
  input: unknown,
): input is AccessCodeFailedToRemoveFromDeviceEvent {
  return passes(checkAccessCodeFailedToRemoveFromDeviceEvent, input);
}

/** Standard Schema v1 object for a `access_code.failed_to_remove_from_device` event. */
export const AccessCodeFailedToRemoveFromDeviceEventSchema: StandardSchemaV1<AccessCodeFailedToRemoveFromDeviceEvent> =
  /* @__PURE__ */ standard<AccessCodeFailedToRemoveFromDeviceEvent>(
    checkAccessCodeFailedToRemoveFromDeviceEvent,
    vendor,
  );

/** Validates a `access_code.failed_to_set_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeFailedToSetOnDeviceEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeFailedToSetOnDeviceEvent> {
  return run(checkAccessCodeFailedToSetOnDeviceEvent, input, options);
}

/** True when the input is a `access_code.failed_to_set_on_device` event. */
export function isAccessCodeFailedToSetOnDeviceEvent(
  input: unknown,
): input is AccessCodeFailedToSetOnDeviceEvent {
  return passes(checkAccessCodeFailedToSetOnDeviceEvent, input);
}

/** Standard Schema v1 object for a `access_code.failed_to_set_on_device` event. */
export const AccessCodeFailedToSetOnDeviceEventSchema: StandardSchemaV1<AccessCodeFailedToSetOnDeviceEvent> =
  /* @__PURE__ */ standard<AccessCodeFailedToSetOnDeviceEvent>(
    checkAccessCodeFailedToSetOnDeviceEvent,
    vendor,
  );

/** Validates a `access_code.modified_external_to_seam` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeModifiedExternalToSeamEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeModifiedExternalToSeamEvent> {
  return run(checkAccessCodeModifiedExternalToSeamEvent, input, options);
}

/** True when the input is a `access_code.modified_external_to_seam` event. */
export function isAccessCodeModifiedExternalToSeamEvent(
  input: unknown,
): input is AccessCodeModifiedExternalToSeamEvent {
  return passes(checkAccessCodeModifiedExternalToSeamEvent, input);
}

/** Standard Schema v1 object for a `access_code.modified_external_to_seam` event. */
export const AccessCodeModifiedExternalToSeamEventSchema: StandardSchemaV1<AccessCodeModifiedExternalToSeamEvent> =
  /* @__PURE__ */ standard<AccessCodeModifiedExternalToSeamEvent>(
    checkAccessCodeModifiedExternalToSeamEvent,
    vendor,
  );

/** Validates a `access_code.mutations_requested` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeMutationsRequestedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeMutationsRequestedEvent> {
  return run(checkAccessCodeMutationsRequestedEvent, input, options);
}

/** True when the input is a `access_code.mutations_requested` event. */
export function isAccessCodeMutationsRequestedEvent(
  input: unknown,
): input is AccessCodeMutationsRequestedEvent {
  return passes(checkAccessCodeMutationsRequestedEvent, input);
}

/** Standard Schema v1 object for a `access_code.mutations_requested` event. */
export const AccessCodeMutationsRequestedEventSchema: StandardSchemaV1<AccessCodeMutationsRequestedEvent> =
  /* @__PURE__ */ standard<AccessCodeMutationsRequestedEvent>(
    checkAccessCodeMutationsRequestedEvent,
    vendor,
  );

/** Validates a `access_code.name_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeNameChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeNameChangedEvent> {
  return run(checkAccessCodeNameChangedEvent, input, options);
}

/** True when the input is a `access_code.name_changed` event. */
export function isAccessCodeNameChangedEvent(input: unknown): input is AccessCodeNameChangedEvent {
  return passes(checkAccessCodeNameChangedEvent, input);
}

/** Standard Schema v1 object for a `access_code.name_changed` event. */
export const AccessCodeNameChangedEventSchema: StandardSchemaV1<AccessCodeNameChangedEvent> =
  /* @__PURE__ */ standard<AccessCodeNameChangedEvent>(checkAccessCodeNameChangedEvent, vendor);

/** Validates a `access_code.removed_from_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeRemovedFromDeviceEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeRemovedFromDeviceEvent> {
  return run(checkAccessCodeRemovedFromDeviceEvent, input, options);
}

/** True when the input is a `access_code.removed_from_device` event. */
export function isAccessCodeRemovedFromDeviceEvent(
  input: unknown,
): input is AccessCodeRemovedFromDeviceEvent {
  return passes(checkAccessCodeRemovedFromDeviceEvent, input);
}

/** Standard Schema v1 object for a `access_code.removed_from_device` event. */
export const AccessCodeRemovedFromDeviceEventSchema: StandardSchemaV1<AccessCodeRemovedFromDeviceEvent> =
  /* @__PURE__ */ standard<AccessCodeRemovedFromDeviceEvent>(
    checkAccessCodeRemovedFromDeviceEvent,
    vendor,
  );

/** Validates a `access_code.scheduled_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeScheduledOnDeviceEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeScheduledOnDeviceEvent> {
  return run(checkAccessCodeScheduledOnDeviceEvent, input, options);
}

/** True when the input is a `access_code.scheduled_on_device` event. */
export function isAccessCodeScheduledOnDeviceEvent(
  input: unknown,
): input is AccessCodeScheduledOnDeviceEvent {
  return passes(checkAccessCodeScheduledOnDeviceEvent, input);
}

/** Standard Schema v1 object for a `access_code.scheduled_on_device` event. */
export const AccessCodeScheduledOnDeviceEventSchema: StandardSchemaV1<AccessCodeScheduledOnDeviceEvent> =
  /* @__PURE__ */ standard<AccessCodeScheduledOnDeviceEvent>(
    checkAccessCodeScheduledOnDeviceEvent,
    vendor,
  );

/** Validates a `access_code.set_on_device` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeSetOnDeviceEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeSetOnDeviceEvent> {
  return run(checkAccessCodeSetOnDeviceEvent, input, options);
}

/** True when the input is a `access_code.set_on_device` event. */
export function isAccessCodeSetOnDeviceEvent(input: unknown): input is AccessCodeSetOnDeviceEvent {
  return passes(checkAccessCodeSetOnDeviceEvent, input);
}

/** Standard Schema v1 object for a `access_code.set_on_device` event. */
export const AccessCodeSetOnDeviceEventSchema: StandardSchemaV1<AccessCodeSetOnDeviceEvent> =
  /* @__PURE__ */ standard<AccessCodeSetOnDeviceEvent>(checkAccessCodeSetOnDeviceEvent, vendor);

/** Validates a `access_code.time_frame_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeTimeFrameChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeTimeFrameChangedEvent> {
  return run(checkAccessCodeTimeFrameChangedEvent, input, options);
}

/** True when the input is a `access_code.time_frame_changed` event. */
export function isAccessCodeTimeFrameChangedEvent(
  input: unknown,
): input is AccessCodeTimeFrameChangedEvent {
  return passes(checkAccessCodeTimeFrameChangedEvent, input);
}

/** Standard Schema v1 object for a `access_code.time_frame_changed` event. */
export const AccessCodeTimeFrameChangedEventSchema: StandardSchemaV1<AccessCodeTimeFrameChangedEvent> =
  /* @__PURE__ */ standard<AccessCodeTimeFrameChangedEvent>(
    checkAccessCodeTimeFrameChangedEvent,
    vendor,
  );

/** Validates a `access_code.unmanaged.converted_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeUnmanagedConvertedToManagedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeUnmanagedConvertedToManagedEvent> {
  return run(checkAccessCodeUnmanagedConvertedToManagedEvent, input, options);
}

/** True when the input is a `access_code.unmanaged.converted_to_managed` event. */
export function isAccessCodeUnmanagedConvertedToManagedEvent(
  input: unknown,
): input is AccessCodeUnmanagedConvertedToManagedEvent {
  return passes(checkAccessCodeUnmanagedConvertedToManagedEvent, input);
}

/** Standard Schema v1 object for a `access_code.unmanaged.converted_to_managed` event. */
export const AccessCodeUnmanagedConvertedToManagedEventSchema: StandardSchemaV1<AccessCodeUnmanagedConvertedToManagedEvent> =
  /* @__PURE__ */ standard<AccessCodeUnmanagedConvertedToManagedEvent>(
    checkAccessCodeUnmanagedConvertedToManagedEvent,
    vendor,
  );

/** Validates a `access_code.unmanaged.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeUnmanagedCreatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeUnmanagedCreatedEvent> {
  return run(checkAccessCodeUnmanagedCreatedEvent, input, options);
}

/** True when the input is a `access_code.unmanaged.created` event. */
export function isAccessCodeUnmanagedCreatedEvent(
  input: unknown,
): input is AccessCodeUnmanagedCreatedEvent {
  return passes(checkAccessCodeUnmanagedCreatedEvent, input);
}

/** Standard Schema v1 object for a `access_code.unmanaged.created` event. */
export const AccessCodeUnmanagedCreatedEventSchema: StandardSchemaV1<AccessCodeUnmanagedCreatedEvent> =
  /* @__PURE__ */ standard<AccessCodeUnmanagedCreatedEvent>(
    checkAccessCodeUnmanagedCreatedEvent,
    vendor,
  );

/** Validates a `access_code.unmanaged.failed_to_convert_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeUnmanagedFailedToConvertToManagedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeUnmanagedFailedToConvertToManagedEvent> {
  return run(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, input, options);
}

/** True when the input is a `access_code.unmanaged.failed_to_convert_to_managed` event. */
export function isAccessCodeUnmanagedFailedToConvertToManagedEvent(
  input: unknown,
): input is AccessCodeUnmanagedFailedToConvertToManagedEvent {
  return passes(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, input);
}

/** Standard Schema v1 object for a `access_code.unmanaged.failed_to_convert_to_managed` event. */
export const AccessCodeUnmanagedFailedToConvertToManagedEventSchema: StandardSchemaV1<AccessCodeUnmanagedFailedToConvertToManagedEvent> =
  /* @__PURE__ */ standard<AccessCodeUnmanagedFailedToConvertToManagedEvent>(
    checkAccessCodeUnmanagedFailedToConvertToManagedEvent,
    vendor,
  );

/** Validates a `access_code.unmanaged.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessCodeUnmanagedRemovedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessCodeUnmanagedRemovedEvent> {
  return run(checkAccessCodeUnmanagedRemovedEvent, input, options);
}

/** True when the input is a `access_code.unmanaged.removed` event. */
export function isAccessCodeUnmanagedRemovedEvent(
  input: unknown,
): input is AccessCodeUnmanagedRemovedEvent {
  return passes(checkAccessCodeUnmanagedRemovedEvent, input);
}

/** Standard Schema v1 object for a `access_code.unmanaged.removed` event. */
export const AccessCodeUnmanagedRemovedEventSchema: StandardSchemaV1<AccessCodeUnmanagedRemovedEvent> =
  /* @__PURE__ */ standard<AccessCodeUnmanagedRemovedEvent>(
    checkAccessCodeUnmanagedRemovedEvent,
    vendor,
  );

/** Validates a `access_grant.access_granted_to_all_doors` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessGrantAccessGrantedToAllDoorsEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessGrantAccessGrantedToAllDoorsEvent> {
  return run(checkAccessGrantAccessGrantedToAllDoorsEvent, input, options);
}

/** True when the input is a `access_grant.access_granted_to_all_doors` event. */
export function isAccessGrantAccessGrantedToAllDoorsEvent(
  input: unknown,
): input is AccessGrantAccessGrantedToAllDoorsEvent {
  return passes(checkAccessGrantAccessGrantedToAllDoorsEvent, input);
}

/** Standard Schema v1 object for a `access_grant.access_granted_to_all_doors` event. */
export const AccessGrantAccessGrantedToAllDoorsEventSchema: StandardSchemaV1<AccessGrantAccessGrantedToAllDoorsEvent> =
  /* @__PURE__ */ standard<AccessGrantAccessGrantedToAllDoorsEvent>(
    checkAccessGrantAccessGrantedToAllDoorsEvent,
    vendor,
  );

/** Validates a `access_grant.access_granted_to_door` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessGrantAccessGrantedToDoorEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessGrantAccessGrantedToDoorEvent> {
  return run(checkAccessGrantAccessGrantedToDoorEvent, input, options);
}

/** True when the input is a `access_grant.access_granted_to_door` event. */
export function isAccessGrantAccessGrantedToDoorEvent(
  input: unknown,
): input is AccessGrantAccessGrantedToDoorEvent {
  return passes(checkAccessGrantAccessGrantedToDoorEvent, input);
}

/** Standard Schema v1 object for a `access_grant.access_granted_to_door` event. */
export const AccessGrantAccessGrantedToDoorEventSchema: StandardSchemaV1<AccessGrantAccessGrantedToDoorEvent> =
  /* @__PURE__ */ standard<AccessGrantAccessGrantedToDoorEvent>(
    checkAccessGrantAccessGrantedToDoorEvent,
    vendor,
  );

/** Validates a `access_grant.access_times_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessGrantAccessTimesChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessGrantAccessTimesChangedEvent> {
  return run(checkAccessGrantAccessTimesChangedEvent, input, options);
}

/** True when the input is a `access_grant.access_times_changed` event. */
export function isAccessGrantAccessTimesChangedEvent(
  input: unknown,
): input is AccessGrantAccessTimesChangedEvent {
  return passes(checkAccessGrantAccessTimesChangedEvent, input);
}

/** Standard Schema v1 object for a `access_grant.access_times_changed` event. */
export const AccessGrantAccessTimesChangedEventSchema: StandardSchemaV1<AccessGrantAccessTimesChangedEvent> =
  /* @__PURE__ */ standard<AccessGrantAccessTimesChangedEvent>(
    checkAccessGrantAccessTimesChangedEvent,
    vendor,
  );

/** Validates a `access_grant.access_to_door_lost` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessGrantAccessToDoorLostEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessGrantAccessToDoorLostEvent> {
  return run(checkAccessGrantAccessToDoorLostEvent, input, options);
}

/** True when the input is a `access_grant.access_to_door_lost` event. */
export function isAccessGrantAccessToDoorLostEvent(
  input: unknown,
): input is AccessGrantAccessToDoorLostEvent {
  return passes(checkAccessGrantAccessToDoorLostEvent, input);
}

/** Standard Schema v1 object for a `access_grant.access_to_door_lost` event. */
export const AccessGrantAccessToDoorLostEventSchema: StandardSchemaV1<AccessGrantAccessToDoorLostEvent> =
  /* @__PURE__ */ standard<AccessGrantAccessToDoorLostEvent>(
    checkAccessGrantAccessToDoorLostEvent,
    vendor,
  );

/** Validates a `access_grant.could_not_create_requested_access_methods` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessGrantCouldNotCreateRequestedAccessMethodsEvent> {
  return run(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, input, options);
}

/** True when the input is a `access_grant.could_not_create_requested_access_methods` event. */
export function isAccessGrantCouldNotCreateRequestedAccessMethodsEvent(
  input: unknown,
): input is AccessGrantCouldNotCreateRequestedAccessMethodsEvent {
  return passes(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, input);
}

/** Standard Schema v1 object for a `access_grant.could_not_create_requested_access_methods` event. */
export const AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema: StandardSchemaV1<AccessGrantCouldNotCreateRequestedAccessMethodsEvent> =
  /* @__PURE__ */ standard<AccessGrantCouldNotCreateRequestedAccessMethodsEvent>(
    checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
    vendor,
  );

/** Validates a `access_grant.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessGrantCreatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessGrantCreatedEvent> {
  return run(checkAccessGrantCreatedEvent, input, options);
}

/** True when the input is a `access_grant.created` event. */
export function isAccessGrantCreatedEvent(input: unknown): input is AccessGrantCreatedEvent {
  return passes(checkAccessGrantCreatedEvent, input);
}

/** Standard Schema v1 object for a `access_grant.created` event. */
export const AccessGrantCreatedEventSchema: StandardSchemaV1<AccessGrantCreatedEvent> =
  /* @__PURE__ */ standard<AccessGrantCreatedEvent>(checkAccessGrantCreatedEvent, vendor);

/** Validates a `access_grant.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessGrantDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessGrantDeletedEvent> {
  return run(checkAccessGrantDeletedEvent, input, options);
}

/** True when the input is a `access_grant.deleted` event. */
export function isAccessGrantDeletedEvent(input: unknown): input is AccessGrantDeletedEvent {
  return passes(checkAccessGrantDeletedEvent, input);
}

/** Standard Schema v1 object for a `access_grant.deleted` event. */
export const AccessGrantDeletedEventSchema: StandardSchemaV1<AccessGrantDeletedEvent> =
  /* @__PURE__ */ standard<AccessGrantDeletedEvent>(checkAccessGrantDeletedEvent, vendor);

/** Validates a `access_method.card_encoding_required` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessMethodCardEncodingRequiredEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessMethodCardEncodingRequiredEvent> {
  return run(checkAccessMethodCardEncodingRequiredEvent, input, options);
}

/** True when the input is a `access_method.card_encoding_required` event. */
export function isAccessMethodCardEncodingRequiredEvent(
  input: unknown,
): input is AccessMethodCardEncodingRequiredEvent {
  return passes(checkAccessMethodCardEncodingRequiredEvent, input);
}

/** Standard Schema v1 object for a `access_method.card_encoding_required` event. */
export const AccessMethodCardEncodingRequiredEventSchema: StandardSchemaV1<AccessMethodCardEncodingRequiredEvent> =
  /* @__PURE__ */ standard<AccessMethodCardEncodingRequiredEvent>(
    checkAccessMethodCardEncodingRequiredEvent,
    vendor,
  );

/** Validates a `access_method.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessMethodCreatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessMethodCreatedEvent> {
  return run(checkAccessMethodCreatedEvent, input, options);
}

/** True when the input is a `access_method.created` event. */
export function isAccessMethodCreatedEvent(input: unknown): input is AccessMethodCreatedEvent {
  return passes(checkAccessMethodCreatedEvent, input);
}

/** Standard Schema v1 object for a `access_method.created` event. */
export const AccessMethodCreatedEventSchema: StandardSchemaV1<AccessMethodCreatedEvent> =
  /* @__PURE__ */ standard<AccessMethodCreatedEvent>(checkAccessMethodCreatedEvent, vendor);

/** Validates a `access_method.delay_in_issuing` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessMethodDelayInIssuingEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessMethodDelayInIssuingEvent> {
  return run(checkAccessMethodDelayInIssuingEvent, input, options);
}

/** True when the input is a `access_method.delay_in_issuing` event. */
export function isAccessMethodDelayInIssuingEvent(
  input: unknown,
): input is AccessMethodDelayInIssuingEvent {
  return passes(checkAccessMethodDelayInIssuingEvent, input);
}

/** Standard Schema v1 object for a `access_method.delay_in_issuing` event. */
export const AccessMethodDelayInIssuingEventSchema: StandardSchemaV1<AccessMethodDelayInIssuingEvent> =
  /* @__PURE__ */ standard<AccessMethodDelayInIssuingEvent>(
    checkAccessMethodDelayInIssuingEvent,
    vendor,
  );

/** Validates a `access_method.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessMethodDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessMethodDeletedEvent> {
  return run(checkAccessMethodDeletedEvent, input, options);
}

/** True when the input is a `access_method.deleted` event. */
export function isAccessMethodDeletedEvent(input: unknown): input is AccessMethodDeletedEvent {
  return passes(checkAccessMethodDeletedEvent, input);
}

/** Standard Schema v1 object for a `access_method.deleted` event. */
export const AccessMethodDeletedEventSchema: StandardSchemaV1<AccessMethodDeletedEvent> =
  /* @__PURE__ */ standard<AccessMethodDeletedEvent>(checkAccessMethodDeletedEvent, vendor);

/** Validates a `access_method.failed_to_issue` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessMethodFailedToIssueEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessMethodFailedToIssueEvent> {
  return run(checkAccessMethodFailedToIssueEvent, input, options);
}

/** True when the input is a `access_method.failed_to_issue` event. */
export function isAccessMethodFailedToIssueEvent(
  input: unknown,
): input is AccessMethodFailedToIssueEvent {
  return passes(checkAccessMethodFailedToIssueEvent, input);
}

/** Standard Schema v1 object for a `access_method.failed_to_issue` event. */
export const AccessMethodFailedToIssueEventSchema: StandardSchemaV1<AccessMethodFailedToIssueEvent> =
  /* @__PURE__ */ standard<AccessMethodFailedToIssueEvent>(
    checkAccessMethodFailedToIssueEvent,
    vendor,
  );

/** Validates a `access_method.issued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessMethodIssuedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessMethodIssuedEvent> {
  return run(checkAccessMethodIssuedEvent, input, options);
}

/** True when the input is a `access_method.issued` event. */
export function isAccessMethodIssuedEvent(input: unknown): input is AccessMethodIssuedEvent {
  return passes(checkAccessMethodIssuedEvent, input);
}

/** Standard Schema v1 object for a `access_method.issued` event. */
export const AccessMethodIssuedEventSchema: StandardSchemaV1<AccessMethodIssuedEvent> =
  /* @__PURE__ */ standard<AccessMethodIssuedEvent>(checkAccessMethodIssuedEvent, vendor);

/** Validates a `access_method.reissued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessMethodReissuedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessMethodReissuedEvent> {
  return run(checkAccessMethodReissuedEvent, input, options);
}

/** True when the input is a `access_method.reissued` event. */
export function isAccessMethodReissuedEvent(input: unknown): input is AccessMethodReissuedEvent {
  return passes(checkAccessMethodReissuedEvent, input);
}

/** Standard Schema v1 object for a `access_method.reissued` event. */
export const AccessMethodReissuedEventSchema: StandardSchemaV1<AccessMethodReissuedEvent> =
  /* @__PURE__ */ standard<AccessMethodReissuedEvent>(checkAccessMethodReissuedEvent, vendor);

/** Validates a `access_method.revoked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAccessMethodRevokedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessMethodRevokedEvent> {
  return run(checkAccessMethodRevokedEvent, input, options);
}

/** True when the input is a `access_method.revoked` event. */
export function isAccessMethodRevokedEvent(input: unknown): input is AccessMethodRevokedEvent {
  return passes(checkAccessMethodRevokedEvent, input);
}

/** Standard Schema v1 object for a `access_method.revoked` event. */
export const AccessMethodRevokedEventSchema: StandardSchemaV1<AccessMethodRevokedEvent> =
  /* @__PURE__ */ standard<AccessMethodRevokedEvent>(checkAccessMethodRevokedEvent, vendor);

/** Validates a `acs_access_group.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsAccessGroupDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsAccessGroupDeletedEvent> {
  return run(checkAcsAccessGroupDeletedEvent, input, options);
}

/** True when the input is a `acs_access_group.deleted` event. */
export function isAcsAccessGroupDeletedEvent(input: unknown): input is AcsAccessGroupDeletedEvent {
  return passes(checkAcsAccessGroupDeletedEvent, input);
}

/** Standard Schema v1 object for a `acs_access_group.deleted` event. */
export const AcsAccessGroupDeletedEventSchema: StandardSchemaV1<AcsAccessGroupDeletedEvent> =
  /* @__PURE__ */ standard<AcsAccessGroupDeletedEvent>(checkAcsAccessGroupDeletedEvent, vendor);

/** Validates a `acs_credential.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsCredentialDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCredentialDeletedEvent> {
  return run(checkAcsCredentialDeletedEvent, input, options);
}

/** True when the input is a `acs_credential.deleted` event. */
export function isAcsCredentialDeletedEvent(input: unknown): input is AcsCredentialDeletedEvent {
  return passes(checkAcsCredentialDeletedEvent, input);
}

/** Standard Schema v1 object for a `acs_credential.deleted` event. */
export const AcsCredentialDeletedEventSchema: StandardSchemaV1<AcsCredentialDeletedEvent> =
  /* @__PURE__ */ standard<AcsCredentialDeletedEvent>(checkAcsCredentialDeletedEvent, vendor);

/** Validates a `acs_credential.invalidated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsCredentialInvalidatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCredentialInvalidatedEvent> {
  return run(checkAcsCredentialInvalidatedEvent, input, options);
}

/** True when the input is a `acs_credential.invalidated` event. */
export function isAcsCredentialInvalidatedEvent(
  input: unknown,
): input is AcsCredentialInvalidatedEvent {
  return passes(checkAcsCredentialInvalidatedEvent, input);
}

/** Standard Schema v1 object for a `acs_credential.invalidated` event. */
export const AcsCredentialInvalidatedEventSchema: StandardSchemaV1<AcsCredentialInvalidatedEvent> =
  /* @__PURE__ */ standard<AcsCredentialInvalidatedEvent>(
    checkAcsCredentialInvalidatedEvent,
    vendor,
  );

/** Validates a `acs_credential.issued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsCredentialIssuedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCredentialIssuedEvent> {
  return run(checkAcsCredentialIssuedEvent, input, options);
}

/** True when the input is a `acs_credential.issued` event. */
export function isAcsCredentialIssuedEvent(input: unknown): input is AcsCredentialIssuedEvent {
  return passes(checkAcsCredentialIssuedEvent, input);
}

/** Standard Schema v1 object for a `acs_credential.issued` event. */
export const AcsCredentialIssuedEventSchema: StandardSchemaV1<AcsCredentialIssuedEvent> =
  /* @__PURE__ */ standard<AcsCredentialIssuedEvent>(checkAcsCredentialIssuedEvent, vendor);

/** Validates a `acs_credential.reissued` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsCredentialReissuedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCredentialReissuedEvent> {
  return run(checkAcsCredentialReissuedEvent, input, options);
}

/** True when the input is a `acs_credential.reissued` event. */
export function isAcsCredentialReissuedEvent(input: unknown): input is AcsCredentialReissuedEvent {
  return passes(checkAcsCredentialReissuedEvent, input);
}

/** Standard Schema v1 object for a `acs_credential.reissued` event. */
export const AcsCredentialReissuedEventSchema: StandardSchemaV1<AcsCredentialReissuedEvent> =
  /* @__PURE__ */ standard<AcsCredentialReissuedEvent>(checkAcsCredentialReissuedEvent, vendor);

/** Validates a `acs_encoder.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsEncoderAddedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsEncoderAddedEvent> {
  return run(checkAcsEncoderAddedEvent, input, options);
}

/** True when the input is a `acs_encoder.added` event. */
export function isAcsEncoderAddedEvent(input: unknown): input is AcsEncoderAddedEvent {
  return passes(checkAcsEncoderAddedEvent, input);
}

/** Standard Schema v1 object for a `acs_encoder.added` event. */
export const AcsEncoderAddedEventSchema: StandardSchemaV1<AcsEncoderAddedEvent> =
  /* @__PURE__ */ standard<AcsEncoderAddedEvent>(checkAcsEncoderAddedEvent, vendor);

/** Validates a `acs_encoder.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsEncoderRemovedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsEncoderRemovedEvent> {
  return run(checkAcsEncoderRemovedEvent, input, options);
}

/** True when the input is a `acs_encoder.removed` event. */
export function isAcsEncoderRemovedEvent(input: unknown): input is AcsEncoderRemovedEvent {
  return passes(checkAcsEncoderRemovedEvent, input);
}

/** Standard Schema v1 object for a `acs_encoder.removed` event. */
export const AcsEncoderRemovedEventSchema: StandardSchemaV1<AcsEncoderRemovedEvent> =
  /* @__PURE__ */ standard<AcsEncoderRemovedEvent>(checkAcsEncoderRemovedEvent, vendor);

/** Validates a `acs_entrance.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsEntranceAddedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsEntranceAddedEvent> {
  return run(checkAcsEntranceAddedEvent, input, options);
}

/** True when the input is a `acs_entrance.added` event. */
export function isAcsEntranceAddedEvent(input: unknown): input is AcsEntranceAddedEvent {
  return passes(checkAcsEntranceAddedEvent, input);
}

/** Standard Schema v1 object for a `acs_entrance.added` event. */
export const AcsEntranceAddedEventSchema: StandardSchemaV1<AcsEntranceAddedEvent> =
  /* @__PURE__ */ standard<AcsEntranceAddedEvent>(checkAcsEntranceAddedEvent, vendor);

/** Validates a `acs_entrance.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsEntranceRemovedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsEntranceRemovedEvent> {
  return run(checkAcsEntranceRemovedEvent, input, options);
}

/** True when the input is a `acs_entrance.removed` event. */
export function isAcsEntranceRemovedEvent(input: unknown): input is AcsEntranceRemovedEvent {
  return passes(checkAcsEntranceRemovedEvent, input);
}

/** Standard Schema v1 object for a `acs_entrance.removed` event. */
export const AcsEntranceRemovedEventSchema: StandardSchemaV1<AcsEntranceRemovedEvent> =
  /* @__PURE__ */ standard<AcsEntranceRemovedEvent>(checkAcsEntranceRemovedEvent, vendor);

/** Validates a `acs_system.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsSystemAddedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSystemAddedEvent> {
  return run(checkAcsSystemAddedEvent, input, options);
}

/** True when the input is a `acs_system.added` event. */
export function isAcsSystemAddedEvent(input: unknown): input is AcsSystemAddedEvent {
  return passes(checkAcsSystemAddedEvent, input);
}

/** Standard Schema v1 object for a `acs_system.added` event. */
export const AcsSystemAddedEventSchema: StandardSchemaV1<AcsSystemAddedEvent> =
  /* @__PURE__ */ standard<AcsSystemAddedEvent>(checkAcsSystemAddedEvent, vendor);

/** Validates a `acs_system.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsSystemConnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSystemConnectedEvent> {
  return run(checkAcsSystemConnectedEvent, input, options);
}

/** True when the input is a `acs_system.connected` event. */
export function isAcsSystemConnectedEvent(input: unknown): input is AcsSystemConnectedEvent {
  return passes(checkAcsSystemConnectedEvent, input);
}

/** Standard Schema v1 object for a `acs_system.connected` event. */
export const AcsSystemConnectedEventSchema: StandardSchemaV1<AcsSystemConnectedEvent> =
  /* @__PURE__ */ standard<AcsSystemConnectedEvent>(checkAcsSystemConnectedEvent, vendor);

/** Validates a `acs_system.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsSystemDisconnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSystemDisconnectedEvent> {
  return run(checkAcsSystemDisconnectedEvent, input, options);
}

/** True when the input is a `acs_system.disconnected` event. */
export function isAcsSystemDisconnectedEvent(input: unknown): input is AcsSystemDisconnectedEvent {
  return passes(checkAcsSystemDisconnectedEvent, input);
}

/** Standard Schema v1 object for a `acs_system.disconnected` event. */
export const AcsSystemDisconnectedEventSchema: StandardSchemaV1<AcsSystemDisconnectedEvent> =
  /* @__PURE__ */ standard<AcsSystemDisconnectedEvent>(checkAcsSystemDisconnectedEvent, vendor);

/** Validates a `acs_user.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsUserCreatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsUserCreatedEvent> {
  return run(checkAcsUserCreatedEvent, input, options);
}

/** True when the input is a `acs_user.created` event. */
export function isAcsUserCreatedEvent(input: unknown): input is AcsUserCreatedEvent {
  return passes(checkAcsUserCreatedEvent, input);
}

/** Standard Schema v1 object for a `acs_user.created` event. */
export const AcsUserCreatedEventSchema: StandardSchemaV1<AcsUserCreatedEvent> =
  /* @__PURE__ */ standard<AcsUserCreatedEvent>(checkAcsUserCreatedEvent, vendor);

/** Validates a `acs_user.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateAcsUserDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsUserDeletedEvent> {
  return run(checkAcsUserDeletedEvent, input, options);
}

/** True when the input is a `acs_user.deleted` event. */
export function isAcsUserDeletedEvent(input: unknown): input is AcsUserDeletedEvent {
  return passes(checkAcsUserDeletedEvent, input);
}

/** Standard Schema v1 object for a `acs_user.deleted` event. */
export const AcsUserDeletedEventSchema: StandardSchemaV1<AcsUserDeletedEvent> =
  /* @__PURE__ */ standard<AcsUserDeletedEvent>(checkAcsUserDeletedEvent, vendor);

/** Validates a `action_attempt.lock_door.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateActionAttemptLockDoorFailedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ActionAttemptLockDoorFailedEvent> {
  return run(checkActionAttemptLockDoorFailedEvent, input, options);
}

/** True when the input is a `action_attempt.lock_door.failed` event. */
export function isActionAttemptLockDoorFailedEvent(
  input: unknown,
): input is ActionAttemptLockDoorFailedEvent {
  return passes(checkActionAttemptLockDoorFailedEvent, input);
}

/** Standard Schema v1 object for a `action_attempt.lock_door.failed` event. */
export const ActionAttemptLockDoorFailedEventSchema: StandardSchemaV1<ActionAttemptLockDoorFailedEvent> =
  /* @__PURE__ */ standard<ActionAttemptLockDoorFailedEvent>(
    checkActionAttemptLockDoorFailedEvent,
    vendor,
  );

/** Validates a `action_attempt.lock_door.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateActionAttemptLockDoorSucceededEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ActionAttemptLockDoorSucceededEvent> {
  return run(checkActionAttemptLockDoorSucceededEvent, input, options);
}

/** True when the input is a `action_attempt.lock_door.succeeded` event. */
export function isActionAttemptLockDoorSucceededEvent(
  input: unknown,
): input is ActionAttemptLockDoorSucceededEvent {
  return passes(checkActionAttemptLockDoorSucceededEvent, input);
}

/** Standard Schema v1 object for a `action_attempt.lock_door.succeeded` event. */
export const ActionAttemptLockDoorSucceededEventSchema: StandardSchemaV1<ActionAttemptLockDoorSucceededEvent> =
  /* @__PURE__ */ standard<ActionAttemptLockDoorSucceededEvent>(
    checkActionAttemptLockDoorSucceededEvent,
    vendor,
  );

/** Validates a `action_attempt.simulate_keypad_code_entry.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateActionAttemptSimulateKeypadCodeEntryFailedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ActionAttemptSimulateKeypadCodeEntryFailedEvent> {
  return run(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, input, options);
}

/** True when the input is a `action_attempt.simulate_keypad_code_entry.failed` event. */
export function isActionAttemptSimulateKeypadCodeEntryFailedEvent(
  input: unknown,
): input is ActionAttemptSimulateKeypadCodeEntryFailedEvent {
  return passes(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, input);
}

/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.failed` event. */
export const ActionAttemptSimulateKeypadCodeEntryFailedEventSchema: StandardSchemaV1<ActionAttemptSimulateKeypadCodeEntryFailedEvent> =
  /* @__PURE__ */ standard<ActionAttemptSimulateKeypadCodeEntryFailedEvent>(
    checkActionAttemptSimulateKeypadCodeEntryFailedEvent,
    vendor,
  );

/** Validates a `action_attempt.simulate_keypad_code_entry.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateActionAttemptSimulateKeypadCodeEntrySucceededEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ActionAttemptSimulateKeypadCodeEntrySucceededEvent> {
  return run(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, input, options);
}

/** True when the input is a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
export function isActionAttemptSimulateKeypadCodeEntrySucceededEvent(
  input: unknown,
): input is ActionAttemptSimulateKeypadCodeEntrySucceededEvent {
  return passes(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, input);
}

/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
export const ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema: StandardSchemaV1<ActionAttemptSimulateKeypadCodeEntrySucceededEvent> =
  /* @__PURE__ */ standard<ActionAttemptSimulateKeypadCodeEntrySucceededEvent>(
    checkActionAttemptSimulateKeypadCodeEntrySucceededEvent,
    vendor,
  );

/** Validates a `action_attempt.simulate_manual_lock_via_keypad.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateActionAttemptSimulateManualLockViaKeypadFailedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ActionAttemptSimulateManualLockViaKeypadFailedEvent> {
  return run(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, input, options);
}

/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
export function isActionAttemptSimulateManualLockViaKeypadFailedEvent(
  input: unknown,
): input is ActionAttemptSimulateManualLockViaKeypadFailedEvent {
  return passes(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, input);
}

/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
export const ActionAttemptSimulateManualLockViaKeypadFailedEventSchema: StandardSchemaV1<ActionAttemptSimulateManualLockViaKeypadFailedEvent> =
  /* @__PURE__ */ standard<ActionAttemptSimulateManualLockViaKeypadFailedEvent>(
    checkActionAttemptSimulateManualLockViaKeypadFailedEvent,
    vendor,
  );

/** Validates a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateActionAttemptSimulateManualLockViaKeypadSucceededEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ActionAttemptSimulateManualLockViaKeypadSucceededEvent> {
  return run(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, input, options);
}

/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
export function isActionAttemptSimulateManualLockViaKeypadSucceededEvent(
  input: unknown,
): input is ActionAttemptSimulateManualLockViaKeypadSucceededEvent {
  return passes(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, input);
}

/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
export const ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema: StandardSchemaV1<ActionAttemptSimulateManualLockViaKeypadSucceededEvent> =
  /* @__PURE__ */ standard<ActionAttemptSimulateManualLockViaKeypadSucceededEvent>(
    checkActionAttemptSimulateManualLockViaKeypadSucceededEvent,
    vendor,
  );

/** Validates a `action_attempt.unlock_door.failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateActionAttemptUnlockDoorFailedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ActionAttemptUnlockDoorFailedEvent> {
  return run(checkActionAttemptUnlockDoorFailedEvent, input, options);
}

/** True when the input is a `action_attempt.unlock_door.failed` event. */
export function isActionAttemptUnlockDoorFailedEvent(
  input: unknown,
): input is ActionAttemptUnlockDoorFailedEvent {
  return passes(checkActionAttemptUnlockDoorFailedEvent, input);
}

/** Standard Schema v1 object for a `action_attempt.unlock_door.failed` event. */
export const ActionAttemptUnlockDoorFailedEventSchema: StandardSchemaV1<ActionAttemptUnlockDoorFailedEvent> =
  /* @__PURE__ */ standard<ActionAttemptUnlockDoorFailedEvent>(
    checkActionAttemptUnlockDoorFailedEvent,
    vendor,
  );

/** Validates a `action_attempt.unlock_door.succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateActionAttemptUnlockDoorSucceededEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ActionAttemptUnlockDoorSucceededEvent> {
  return run(checkActionAttemptUnlockDoorSucceededEvent, input, options);
}

/** True when the input is a `action_attempt.unlock_door.succeeded` event. */
export function isActionAttemptUnlockDoorSucceededEvent(
  input: unknown,
): input is ActionAttemptUnlockDoorSucceededEvent {
  return passes(checkActionAttemptUnlockDoorSucceededEvent, input);
}

/** Standard Schema v1 object for a `action_attempt.unlock_door.succeeded` event. */
export const ActionAttemptUnlockDoorSucceededEventSchema: StandardSchemaV1<ActionAttemptUnlockDoorSucceededEvent> =
  /* @__PURE__ */ standard<ActionAttemptUnlockDoorSucceededEvent>(
    checkActionAttemptUnlockDoorSucceededEvent,
    vendor,
  );

/** Validates a `camera.activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateCameraActivatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<CameraActivatedEvent> {
  return run(checkCameraActivatedEvent, input, options);
}

/** True when the input is a `camera.activated` event. */
export function isCameraActivatedEvent(input: unknown): input is CameraActivatedEvent {
  return passes(checkCameraActivatedEvent, input);
}

/** Standard Schema v1 object for a `camera.activated` event. */
export const CameraActivatedEventSchema: StandardSchemaV1<CameraActivatedEvent> =
  /* @__PURE__ */ standard<CameraActivatedEvent>(checkCameraActivatedEvent, vendor);

/** Validates a `client_session.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateClientSessionDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ClientSessionDeletedEvent> {
  return run(checkClientSessionDeletedEvent, input, options);
}

/** True when the input is a `client_session.deleted` event. */
export function isClientSessionDeletedEvent(input: unknown): input is ClientSessionDeletedEvent {
  return passes(checkClientSessionDeletedEvent, input);
}

/** Standard Schema v1 object for a `client_session.deleted` event. */
export const ClientSessionDeletedEventSchema: StandardSchemaV1<ClientSessionDeletedEvent> =
  /* @__PURE__ */ standard<ClientSessionDeletedEvent>(checkClientSessionDeletedEvent, vendor);

/** Validates a `connect_webview.login_failed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectWebviewLoginFailedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectWebviewLoginFailedEvent> {
  return run(checkConnectWebviewLoginFailedEvent, input, options);
}

/** True when the input is a `connect_webview.login_failed` event. */
export function isConnectWebviewLoginFailedEvent(
  input: unknown,
): input is ConnectWebviewLoginFailedEvent {
  return passes(checkConnectWebviewLoginFailedEvent, input);
}

/** Standard Schema v1 object for a `connect_webview.login_failed` event. */
export const ConnectWebviewLoginFailedEventSchema: StandardSchemaV1<ConnectWebviewLoginFailedEvent> =
  /* @__PURE__ */ standard<ConnectWebviewLoginFailedEvent>(
    checkConnectWebviewLoginFailedEvent,
    vendor,
  );

/** Validates a `connect_webview.login_succeeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectWebviewLoginSucceededEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectWebviewLoginSucceededEvent> {
  return run(checkConnectWebviewLoginSucceededEvent, input, options);
}

/** True when the input is a `connect_webview.login_succeeded` event. */
export function isConnectWebviewLoginSucceededEvent(
  input: unknown,
): input is ConnectWebviewLoginSucceededEvent {
  return passes(checkConnectWebviewLoginSucceededEvent, input);
}

/** Standard Schema v1 object for a `connect_webview.login_succeeded` event. */
export const ConnectWebviewLoginSucceededEventSchema: StandardSchemaV1<ConnectWebviewLoginSucceededEvent> =
  /* @__PURE__ */ standard<ConnectWebviewLoginSucceededEvent>(
    checkConnectWebviewLoginSucceededEvent,
    vendor,
  );

/** Validates a `connected_account.completed_first_sync` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectedAccountCompletedFirstSyncEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectedAccountCompletedFirstSyncEvent> {
  return run(checkConnectedAccountCompletedFirstSyncEvent, input, options);
}

/** True when the input is a `connected_account.completed_first_sync` event. */
export function isConnectedAccountCompletedFirstSyncEvent(
  input: unknown,
): input is ConnectedAccountCompletedFirstSyncEvent {
  return passes(checkConnectedAccountCompletedFirstSyncEvent, input);
}

/** Standard Schema v1 object for a `connected_account.completed_first_sync` event. */
export const ConnectedAccountCompletedFirstSyncEventSchema: StandardSchemaV1<ConnectedAccountCompletedFirstSyncEvent> =
  /* @__PURE__ */ standard<ConnectedAccountCompletedFirstSyncEvent>(
    checkConnectedAccountCompletedFirstSyncEvent,
    vendor,
  );

/** Validates a `connected_account.completed_first_sync_after_reconnection` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent> {
  return run(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, input, options);
}

/** True when the input is a `connected_account.completed_first_sync_after_reconnection` event. */
export function isConnectedAccountCompletedFirstSyncAfterReconnectionEvent(
  input: unknown,
): input is ConnectedAccountCompletedFirstSyncAfterReconnectionEvent {
  return passes(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, input);
}

/** Standard Schema v1 object for a `connected_account.completed_first_sync_after_reconnection` event. */
export const ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema: StandardSchemaV1<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent> =
  /* @__PURE__ */ standard<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent>(
    checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
    vendor,
  );

/** Validates a `connected_account.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectedAccountConnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectedAccountConnectedEvent> {
  return run(checkConnectedAccountConnectedEvent, input, options);
}

/** True when the input is a `connected_account.connected` event. */
export function isConnectedAccountConnectedEvent(
  input: unknown,
): input is ConnectedAccountConnectedEvent {
  return passes(checkConnectedAccountConnectedEvent, input);
}

/** Standard Schema v1 object for a `connected_account.connected` event. */
export const ConnectedAccountConnectedEventSchema: StandardSchemaV1<ConnectedAccountConnectedEvent> =
  /* @__PURE__ */ standard<ConnectedAccountConnectedEvent>(
    checkConnectedAccountConnectedEvent,
    vendor,
  );

/** Validates a `connected_account.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectedAccountCreatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectedAccountCreatedEvent> {
  return run(checkConnectedAccountCreatedEvent, input, options);
}

/** True when the input is a `connected_account.created` event. */
export function isConnectedAccountCreatedEvent(
  input: unknown,
): input is ConnectedAccountCreatedEvent {
  return passes(checkConnectedAccountCreatedEvent, input);
}

/** Standard Schema v1 object for a `connected_account.created` event. */
export const ConnectedAccountCreatedEventSchema: StandardSchemaV1<ConnectedAccountCreatedEvent> =
  /* @__PURE__ */ standard<ConnectedAccountCreatedEvent>(checkConnectedAccountCreatedEvent, vendor);

/** Validates a `connected_account.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectedAccountDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectedAccountDeletedEvent> {
  return run(checkConnectedAccountDeletedEvent, input, options);
}

/** True when the input is a `connected_account.deleted` event. */
export function isConnectedAccountDeletedEvent(
  input: unknown,
): input is ConnectedAccountDeletedEvent {
  return passes(checkConnectedAccountDeletedEvent, input);
}

/** Standard Schema v1 object for a `connected_account.deleted` event. */
export const ConnectedAccountDeletedEventSchema: StandardSchemaV1<ConnectedAccountDeletedEvent> =
  /* @__PURE__ */ standard<ConnectedAccountDeletedEvent>(checkConnectedAccountDeletedEvent, vendor);

/** Validates a `connected_account.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectedAccountDisconnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectedAccountDisconnectedEvent> {
  return run(checkConnectedAccountDisconnectedEvent, input, options);
}

/** True when the input is a `connected_account.disconnected` event. */
export function isConnectedAccountDisconnectedEvent(
  input: unknown,
): input is ConnectedAccountDisconnectedEvent {
  return passes(checkConnectedAccountDisconnectedEvent, input);
}

/** Standard Schema v1 object for a `connected_account.disconnected` event. */
export const ConnectedAccountDisconnectedEventSchema: StandardSchemaV1<ConnectedAccountDisconnectedEvent> =
  /* @__PURE__ */ standard<ConnectedAccountDisconnectedEvent>(
    checkConnectedAccountDisconnectedEvent,
    vendor,
  );

/** Validates a `connected_account.reauthorization_requested` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectedAccountReauthorizationRequestedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectedAccountReauthorizationRequestedEvent> {
  return run(checkConnectedAccountReauthorizationRequestedEvent, input, options);
}

/** True when the input is a `connected_account.reauthorization_requested` event. */
export function isConnectedAccountReauthorizationRequestedEvent(
  input: unknown,
): input is ConnectedAccountReauthorizationRequestedEvent {
  return passes(checkConnectedAccountReauthorizationRequestedEvent, input);
}

/** Standard Schema v1 object for a `connected_account.reauthorization_requested` event. */
export const ConnectedAccountReauthorizationRequestedEventSchema: StandardSchemaV1<ConnectedAccountReauthorizationRequestedEvent> =
  /* @__PURE__ */ standard<ConnectedAccountReauthorizationRequestedEvent>(
    checkConnectedAccountReauthorizationRequestedEvent,
    vendor,
  );

/** Validates a `connected_account.successful_login` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateConnectedAccountSuccessfulLoginEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ConnectedAccountSuccessfulLoginEvent> {
  return run(checkConnectedAccountSuccessfulLoginEvent, input, options);
}

/** True when the input is a `connected_account.successful_login` event. */
export function isConnectedAccountSuccessfulLoginEvent(
  input: unknown,
): input is ConnectedAccountSuccessfulLoginEvent {
  return passes(checkConnectedAccountSuccessfulLoginEvent, input);
}

/** Standard Schema v1 object for a `connected_account.successful_login` event. */
export const ConnectedAccountSuccessfulLoginEventSchema: StandardSchemaV1<ConnectedAccountSuccessfulLoginEvent> =
  /* @__PURE__ */ standard<ConnectedAccountSuccessfulLoginEvent>(
    checkConnectedAccountSuccessfulLoginEvent,
    vendor,
  );

/** Validates a `device.accessory_keypad_connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceAccessoryKeypadConnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceAccessoryKeypadConnectedEvent> {
  return run(checkDeviceAccessoryKeypadConnectedEvent, input, options);
}

/** True when the input is a `device.accessory_keypad_connected` event. */
export function isDeviceAccessoryKeypadConnectedEvent(
  input: unknown,
): input is DeviceAccessoryKeypadConnectedEvent {
  return passes(checkDeviceAccessoryKeypadConnectedEvent, input);
}

/** Standard Schema v1 object for a `device.accessory_keypad_connected` event. */
export const DeviceAccessoryKeypadConnectedEventSchema: StandardSchemaV1<DeviceAccessoryKeypadConnectedEvent> =
  /* @__PURE__ */ standard<DeviceAccessoryKeypadConnectedEvent>(
    checkDeviceAccessoryKeypadConnectedEvent,
    vendor,
  );

/** Validates a `device.accessory_keypad_disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceAccessoryKeypadDisconnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceAccessoryKeypadDisconnectedEvent> {
  return run(checkDeviceAccessoryKeypadDisconnectedEvent, input, options);
}

/** True when the input is a `device.accessory_keypad_disconnected` event. */
export function isDeviceAccessoryKeypadDisconnectedEvent(
  input: unknown,
): input is DeviceAccessoryKeypadDisconnectedEvent {
  return passes(checkDeviceAccessoryKeypadDisconnectedEvent, input);
}

/** Standard Schema v1 object for a `device.accessory_keypad_disconnected` event. */
export const DeviceAccessoryKeypadDisconnectedEventSchema: StandardSchemaV1<DeviceAccessoryKeypadDisconnectedEvent> =
  /* @__PURE__ */ standard<DeviceAccessoryKeypadDisconnectedEvent>(
    checkDeviceAccessoryKeypadDisconnectedEvent,
    vendor,
  );

/** Validates a `device.added` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceAddedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceAddedEvent> {
  return run(checkDeviceAddedEvent, input, options);
}

/** True when the input is a `device.added` event. */
export function isDeviceAddedEvent(input: unknown): input is DeviceAddedEvent {
  return passes(checkDeviceAddedEvent, input);
}

/** Standard Schema v1 object for a `device.added` event. */
export const DeviceAddedEventSchema: StandardSchemaV1<DeviceAddedEvent> =
  /* @__PURE__ */ standard<DeviceAddedEvent>(checkDeviceAddedEvent, vendor);

/** Validates a `device.battery_status_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceBatteryStatusChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceBatteryStatusChangedEvent> {
  return run(checkDeviceBatteryStatusChangedEvent, input, options);
}

/** True when the input is a `device.battery_status_changed` event. */
export function isDeviceBatteryStatusChangedEvent(
  input: unknown,
): input is DeviceBatteryStatusChangedEvent {
  return passes(checkDeviceBatteryStatusChangedEvent, input);
}

/** Standard Schema v1 object for a `device.battery_status_changed` event. */
export const DeviceBatteryStatusChangedEventSchema: StandardSchemaV1<DeviceBatteryStatusChangedEvent> =
  /* @__PURE__ */ standard<DeviceBatteryStatusChangedEvent>(
    checkDeviceBatteryStatusChangedEvent,
    vendor,
  );

/** Validates a `device.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceConnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceConnectedEvent> {
  return run(checkDeviceConnectedEvent, input, options);
}

/** True when the input is a `device.connected` event. */
export function isDeviceConnectedEvent(input: unknown): input is DeviceConnectedEvent {
  return passes(checkDeviceConnectedEvent, input);
}

/** Standard Schema v1 object for a `device.connected` event. */
export const DeviceConnectedEventSchema: StandardSchemaV1<DeviceConnectedEvent> =
  /* @__PURE__ */ standard<DeviceConnectedEvent>(checkDeviceConnectedEvent, vendor);

/** Validates a `device.connection_became_flaky` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceConnectionBecameFlakyEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceConnectionBecameFlakyEvent> {
  return run(checkDeviceConnectionBecameFlakyEvent, input, options);
}

/** True when the input is a `device.connection_became_flaky` event. */
export function isDeviceConnectionBecameFlakyEvent(
  input: unknown,
): input is DeviceConnectionBecameFlakyEvent {
  return passes(checkDeviceConnectionBecameFlakyEvent, input);
}

/** Standard Schema v1 object for a `device.connection_became_flaky` event. */
export const DeviceConnectionBecameFlakyEventSchema: StandardSchemaV1<DeviceConnectionBecameFlakyEvent> =
  /* @__PURE__ */ standard<DeviceConnectionBecameFlakyEvent>(
    checkDeviceConnectionBecameFlakyEvent,
    vendor,
  );

/** Validates a `device.connection_stabilized` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceConnectionStabilizedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceConnectionStabilizedEvent> {
  return run(checkDeviceConnectionStabilizedEvent, input, options);
}

/** True when the input is a `device.connection_stabilized` event. */
export function isDeviceConnectionStabilizedEvent(
  input: unknown,
): input is DeviceConnectionStabilizedEvent {
  return passes(checkDeviceConnectionStabilizedEvent, input);
}

/** Standard Schema v1 object for a `device.connection_stabilized` event. */
export const DeviceConnectionStabilizedEventSchema: StandardSchemaV1<DeviceConnectionStabilizedEvent> =
  /* @__PURE__ */ standard<DeviceConnectionStabilizedEvent>(
    checkDeviceConnectionStabilizedEvent,
    vendor,
  );

/** Validates a `device.converted_to_unmanaged` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceConvertedToUnmanagedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceConvertedToUnmanagedEvent> {
  return run(checkDeviceConvertedToUnmanagedEvent, input, options);
}

/** True when the input is a `device.converted_to_unmanaged` event. */
export function isDeviceConvertedToUnmanagedEvent(
  input: unknown,
): input is DeviceConvertedToUnmanagedEvent {
  return passes(checkDeviceConvertedToUnmanagedEvent, input);
}

/** Standard Schema v1 object for a `device.converted_to_unmanaged` event. */
export const DeviceConvertedToUnmanagedEventSchema: StandardSchemaV1<DeviceConvertedToUnmanagedEvent> =
  /* @__PURE__ */ standard<DeviceConvertedToUnmanagedEvent>(
    checkDeviceConvertedToUnmanagedEvent,
    vendor,
  );

/** Validates a `device.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceDeletedEvent> {
  return run(checkDeviceDeletedEvent, input, options);
}

/** True when the input is a `device.deleted` event. */
export function isDeviceDeletedEvent(input: unknown): input is DeviceDeletedEvent {
  return passes(checkDeviceDeletedEvent, input);
}

/** Standard Schema v1 object for a `device.deleted` event. */
export const DeviceDeletedEventSchema: StandardSchemaV1<DeviceDeletedEvent> =
  /* @__PURE__ */ standard<DeviceDeletedEvent>(checkDeviceDeletedEvent, vendor);

/** Validates a `device.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceDisconnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceDisconnectedEvent> {
  return run(checkDeviceDisconnectedEvent, input, options);
}

/** True when the input is a `device.disconnected` event. */
export function isDeviceDisconnectedEvent(input: unknown): input is DeviceDisconnectedEvent {
  return passes(checkDeviceDisconnectedEvent, input);
}

/** Standard Schema v1 object for a `device.disconnected` event. */
export const DeviceDisconnectedEventSchema: StandardSchemaV1<DeviceDisconnectedEvent> =
  /* @__PURE__ */ standard<DeviceDisconnectedEvent>(checkDeviceDisconnectedEvent, vendor);

/** Validates a `device.doorbell_rang` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceDoorbellRangEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceDoorbellRangEvent> {
  return run(checkDeviceDoorbellRangEvent, input, options);
}

/** True when the input is a `device.doorbell_rang` event. */
export function isDeviceDoorbellRangEvent(input: unknown): input is DeviceDoorbellRangEvent {
  return passes(checkDeviceDoorbellRangEvent, input);
}

/** Standard Schema v1 object for a `device.doorbell_rang` event. */
export const DeviceDoorbellRangEventSchema: StandardSchemaV1<DeviceDoorbellRangEvent> =
  /* @__PURE__ */ standard<DeviceDoorbellRangEvent>(checkDeviceDoorbellRangEvent, vendor);

/** Validates a `device.error.subscription_required` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceErrorSubscriptionRequiredEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceErrorSubscriptionRequiredEvent> {
  return run(checkDeviceErrorSubscriptionRequiredEvent, input, options);
}

/** True when the input is a `device.error.subscription_required` event. */
export function isDeviceErrorSubscriptionRequiredEvent(
  input: unknown,
): input is DeviceErrorSubscriptionRequiredEvent {
  return passes(checkDeviceErrorSubscriptionRequiredEvent, input);
}

/** Standard Schema v1 object for a `device.error.subscription_required` event. */
export const DeviceErrorSubscriptionRequiredEventSchema: StandardSchemaV1<DeviceErrorSubscriptionRequiredEvent> =
  /* @__PURE__ */ standard<DeviceErrorSubscriptionRequiredEvent>(
    checkDeviceErrorSubscriptionRequiredEvent,
    vendor,
  );

/** Validates a `device.error.subscription_required.resolved` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceErrorSubscriptionRequiredResolvedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceErrorSubscriptionRequiredResolvedEvent> {
  return run(checkDeviceErrorSubscriptionRequiredResolvedEvent, input, options);
}

/** True when the input is a `device.error.subscription_required.resolved` event. */
export function isDeviceErrorSubscriptionRequiredResolvedEvent(
  input: unknown,
): input is DeviceErrorSubscriptionRequiredResolvedEvent {
  return passes(checkDeviceErrorSubscriptionRequiredResolvedEvent, input);
}

/** Standard Schema v1 object for a `device.error.subscription_required.resolved` event. */
export const DeviceErrorSubscriptionRequiredResolvedEventSchema: StandardSchemaV1<DeviceErrorSubscriptionRequiredResolvedEvent> =
  /* @__PURE__ */ standard<DeviceErrorSubscriptionRequiredResolvedEvent>(
    checkDeviceErrorSubscriptionRequiredResolvedEvent,
    vendor,
  );

/** Validates a `device.low_battery` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceLowBatteryEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceLowBatteryEvent> {
  return run(checkDeviceLowBatteryEvent, input, options);
}

/** True when the input is a `device.low_battery` event. */
export function isDeviceLowBatteryEvent(input: unknown): input is DeviceLowBatteryEvent {
  return passes(checkDeviceLowBatteryEvent, input);
}

/** Standard Schema v1 object for a `device.low_battery` event. */
export const DeviceLowBatteryEventSchema: StandardSchemaV1<DeviceLowBatteryEvent> =
  /* @__PURE__ */ standard<DeviceLowBatteryEvent>(checkDeviceLowBatteryEvent, vendor);

/** Validates a `device.name_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceNameChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceNameChangedEvent> {
  return run(checkDeviceNameChangedEvent, input, options);
}

/** True when the input is a `device.name_changed` event. */
export function isDeviceNameChangedEvent(input: unknown): input is DeviceNameChangedEvent {
  return passes(checkDeviceNameChangedEvent, input);
}

/** Standard Schema v1 object for a `device.name_changed` event. */
export const DeviceNameChangedEventSchema: StandardSchemaV1<DeviceNameChangedEvent> =
  /* @__PURE__ */ standard<DeviceNameChangedEvent>(checkDeviceNameChangedEvent, vendor);

/** Validates a `device.removed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceRemovedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceRemovedEvent> {
  return run(checkDeviceRemovedEvent, input, options);
}

/** True when the input is a `device.removed` event. */
export function isDeviceRemovedEvent(input: unknown): input is DeviceRemovedEvent {
  return passes(checkDeviceRemovedEvent, input);
}

/** Standard Schema v1 object for a `device.removed` event. */
export const DeviceRemovedEventSchema: StandardSchemaV1<DeviceRemovedEvent> =
  /* @__PURE__ */ standard<DeviceRemovedEvent>(checkDeviceRemovedEvent, vendor);

/** Validates a `device.salto.privacy_mode_activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceSaltoPrivacyModeActivatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceSaltoPrivacyModeActivatedEvent> {
  return run(checkDeviceSaltoPrivacyModeActivatedEvent, input, options);
}

/** True when the input is a `device.salto.privacy_mode_activated` event. */
export function isDeviceSaltoPrivacyModeActivatedEvent(
  input: unknown,
): input is DeviceSaltoPrivacyModeActivatedEvent {
  return passes(checkDeviceSaltoPrivacyModeActivatedEvent, input);
}

/** Standard Schema v1 object for a `device.salto.privacy_mode_activated` event. */
export const DeviceSaltoPrivacyModeActivatedEventSchema: StandardSchemaV1<DeviceSaltoPrivacyModeActivatedEvent> =
  /* @__PURE__ */ standard<DeviceSaltoPrivacyModeActivatedEvent>(
    checkDeviceSaltoPrivacyModeActivatedEvent,
    vendor,
  );

/** Validates a `device.salto.privacy_mode_deactivated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceSaltoPrivacyModeDeactivatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceSaltoPrivacyModeDeactivatedEvent> {
  return run(checkDeviceSaltoPrivacyModeDeactivatedEvent, input, options);
}

/** True when the input is a `device.salto.privacy_mode_deactivated` event. */
export function isDeviceSaltoPrivacyModeDeactivatedEvent(
  input: unknown,
): input is DeviceSaltoPrivacyModeDeactivatedEvent {
  return passes(checkDeviceSaltoPrivacyModeDeactivatedEvent, input);
}

/** Standard Schema v1 object for a `device.salto.privacy_mode_deactivated` event. */
export const DeviceSaltoPrivacyModeDeactivatedEventSchema: StandardSchemaV1<DeviceSaltoPrivacyModeDeactivatedEvent> =
  /* @__PURE__ */ standard<DeviceSaltoPrivacyModeDeactivatedEvent>(
    checkDeviceSaltoPrivacyModeDeactivatedEvent,
    vendor,
  );

/** Validates a `device.tampered` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceTamperedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceTamperedEvent> {
  return run(checkDeviceTamperedEvent, input, options);
}

/** True when the input is a `device.tampered` event. */
export function isDeviceTamperedEvent(input: unknown): input is DeviceTamperedEvent {
  return passes(checkDeviceTamperedEvent, input);
}

/** Standard Schema v1 object for a `device.tampered` event. */
export const DeviceTamperedEventSchema: StandardSchemaV1<DeviceTamperedEvent> =
  /* @__PURE__ */ standard<DeviceTamperedEvent>(checkDeviceTamperedEvent, vendor);

/** Validates a `device.third_party_integration_detected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceThirdPartyIntegrationDetectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceThirdPartyIntegrationDetectedEvent> {
  return run(checkDeviceThirdPartyIntegrationDetectedEvent, input, options);
}

/** True when the input is a `device.third_party_integration_detected` event. */
export function isDeviceThirdPartyIntegrationDetectedEvent(
  input: unknown,
): input is DeviceThirdPartyIntegrationDetectedEvent {
  return passes(checkDeviceThirdPartyIntegrationDetectedEvent, input);
}

/** Standard Schema v1 object for a `device.third_party_integration_detected` event. */
export const DeviceThirdPartyIntegrationDetectedEventSchema: StandardSchemaV1<DeviceThirdPartyIntegrationDetectedEvent> =
  /* @__PURE__ */ standard<DeviceThirdPartyIntegrationDetectedEvent>(
    checkDeviceThirdPartyIntegrationDetectedEvent,
    vendor,
  );

/** Validates a `device.third_party_integration_no_longer_detected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceThirdPartyIntegrationNoLongerDetectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceThirdPartyIntegrationNoLongerDetectedEvent> {
  return run(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, input, options);
}

/** True when the input is a `device.third_party_integration_no_longer_detected` event. */
export function isDeviceThirdPartyIntegrationNoLongerDetectedEvent(
  input: unknown,
): input is DeviceThirdPartyIntegrationNoLongerDetectedEvent {
  return passes(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, input);
}

/** Standard Schema v1 object for a `device.third_party_integration_no_longer_detected` event. */
export const DeviceThirdPartyIntegrationNoLongerDetectedEventSchema: StandardSchemaV1<DeviceThirdPartyIntegrationNoLongerDetectedEvent> =
  /* @__PURE__ */ standard<DeviceThirdPartyIntegrationNoLongerDetectedEvent>(
    checkDeviceThirdPartyIntegrationNoLongerDetectedEvent,
    vendor,
  );

/** Validates a `device.unmanaged.connected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceUnmanagedConnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceUnmanagedConnectedEvent> {
  return run(checkDeviceUnmanagedConnectedEvent, input, options);
}

/** True when the input is a `device.unmanaged.connected` event. */
export function isDeviceUnmanagedConnectedEvent(
  input: unknown,
): input is DeviceUnmanagedConnectedEvent {
  return passes(checkDeviceUnmanagedConnectedEvent, input);
}

/** Standard Schema v1 object for a `device.unmanaged.connected` event. */
export const DeviceUnmanagedConnectedEventSchema: StandardSchemaV1<DeviceUnmanagedConnectedEvent> =
  /* @__PURE__ */ standard<DeviceUnmanagedConnectedEvent>(
    checkDeviceUnmanagedConnectedEvent,
    vendor,
  );

/** Validates a `device.unmanaged.converted_to_managed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceUnmanagedConvertedToManagedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceUnmanagedConvertedToManagedEvent> {
  return run(checkDeviceUnmanagedConvertedToManagedEvent, input, options);
}

/** True when the input is a `device.unmanaged.converted_to_managed` event. */
export function isDeviceUnmanagedConvertedToManagedEvent(
  input: unknown,
): input is DeviceUnmanagedConvertedToManagedEvent {
  return passes(checkDeviceUnmanagedConvertedToManagedEvent, input);
}

/** Standard Schema v1 object for a `device.unmanaged.converted_to_managed` event. */
export const DeviceUnmanagedConvertedToManagedEventSchema: StandardSchemaV1<DeviceUnmanagedConvertedToManagedEvent> =
  /* @__PURE__ */ standard<DeviceUnmanagedConvertedToManagedEvent>(
    checkDeviceUnmanagedConvertedToManagedEvent,
    vendor,
  );

/** Validates a `device.unmanaged.disconnected` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateDeviceUnmanagedDisconnectedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DeviceUnmanagedDisconnectedEvent> {
  return run(checkDeviceUnmanagedDisconnectedEvent, input, options);
}

/** True when the input is a `device.unmanaged.disconnected` event. */
export function isDeviceUnmanagedDisconnectedEvent(
  input: unknown,
): input is DeviceUnmanagedDisconnectedEvent {
  return passes(checkDeviceUnmanagedDisconnectedEvent, input);
}

/** Standard Schema v1 object for a `device.unmanaged.disconnected` event. */
export const DeviceUnmanagedDisconnectedEventSchema: StandardSchemaV1<DeviceUnmanagedDisconnectedEvent> =
  /* @__PURE__ */ standard<DeviceUnmanagedDisconnectedEvent>(
    checkDeviceUnmanagedDisconnectedEvent,
    vendor,
  );

/** Validates a `enrollment_automation.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateEnrollmentAutomationDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<EnrollmentAutomationDeletedEvent> {
  return run(checkEnrollmentAutomationDeletedEvent, input, options);
}

/** True when the input is a `enrollment_automation.deleted` event. */
export function isEnrollmentAutomationDeletedEvent(
  input: unknown,
): input is EnrollmentAutomationDeletedEvent {
  return passes(checkEnrollmentAutomationDeletedEvent, input);
}

/** Standard Schema v1 object for a `enrollment_automation.deleted` event. */
export const EnrollmentAutomationDeletedEventSchema: StandardSchemaV1<EnrollmentAutomationDeletedEvent> =
  /* @__PURE__ */ standard<EnrollmentAutomationDeletedEvent>(
    checkEnrollmentAutomationDeletedEvent,
    vendor,
  );

/** Validates a `lock.access_denied` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateLockAccessDeniedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<LockAccessDeniedEvent> {
  return run(checkLockAccessDeniedEvent, input, options);
}

/** True when the input is a `lock.access_denied` event. */
export function isLockAccessDeniedEvent(input: unknown): input is LockAccessDeniedEvent {
  return passes(checkLockAccessDeniedEvent, input);
}

/** Standard Schema v1 object for a `lock.access_denied` event. */
export const LockAccessDeniedEventSchema: StandardSchemaV1<LockAccessDeniedEvent> =
  /* @__PURE__ */ standard<LockAccessDeniedEvent>(checkLockAccessDeniedEvent, vendor);

/** Validates a `lock.locked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateLockLockedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<LockLockedEvent> {
  return run(checkLockLockedEvent, input, options);
}

/** True when the input is a `lock.locked` event. */
export function isLockLockedEvent(input: unknown): input is LockLockedEvent {
  return passes(checkLockLockedEvent, input);
}

/** Standard Schema v1 object for a `lock.locked` event. */
export const LockLockedEventSchema: StandardSchemaV1<LockLockedEvent> =
  /* @__PURE__ */ standard<LockLockedEvent>(checkLockLockedEvent, vendor);

/** Validates a `lock.unlocked` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateLockUnlockedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<LockUnlockedEvent> {
  return run(checkLockUnlockedEvent, input, options);
}

/** True when the input is a `lock.unlocked` event. */
export function isLockUnlockedEvent(input: unknown): input is LockUnlockedEvent {
  return passes(checkLockUnlockedEvent, input);
}

/** Standard Schema v1 object for a `lock.unlocked` event. */
export const LockUnlockedEventSchema: StandardSchemaV1<LockUnlockedEvent> =
  /* @__PURE__ */ standard<LockUnlockedEvent>(checkLockUnlockedEvent, vendor);

/** Validates a `noise_sensor.noise_threshold_triggered` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateNoiseSensorNoiseThresholdTriggeredEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<NoiseSensorNoiseThresholdTriggeredEvent> {
  return run(checkNoiseSensorNoiseThresholdTriggeredEvent, input, options);
}

/** True when the input is a `noise_sensor.noise_threshold_triggered` event. */
export function isNoiseSensorNoiseThresholdTriggeredEvent(
  input: unknown,
): input is NoiseSensorNoiseThresholdTriggeredEvent {
  return passes(checkNoiseSensorNoiseThresholdTriggeredEvent, input);
}

/** Standard Schema v1 object for a `noise_sensor.noise_threshold_triggered` event. */
export const NoiseSensorNoiseThresholdTriggeredEventSchema: StandardSchemaV1<NoiseSensorNoiseThresholdTriggeredEvent> =
  /* @__PURE__ */ standard<NoiseSensorNoiseThresholdTriggeredEvent>(
    checkNoiseSensorNoiseThresholdTriggeredEvent,
    vendor,
  );

/** Validates a `phone.deactivated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validatePhoneDeactivatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<PhoneDeactivatedEvent> {
  return run(checkPhoneDeactivatedEvent, input, options);
}

/** True when the input is a `phone.deactivated` event. */
export function isPhoneDeactivatedEvent(input: unknown): input is PhoneDeactivatedEvent {
  return passes(checkPhoneDeactivatedEvent, input);
}

/** Standard Schema v1 object for a `phone.deactivated` event. */
export const PhoneDeactivatedEventSchema: StandardSchemaV1<PhoneDeactivatedEvent> =
  /* @__PURE__ */ standard<PhoneDeactivatedEvent>(checkPhoneDeactivatedEvent, vendor);

/** Validates a `space.created` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateSpaceCreatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<SpaceCreatedEvent> {
  return run(checkSpaceCreatedEvent, input, options);
}

/** True when the input is a `space.created` event. */
export function isSpaceCreatedEvent(input: unknown): input is SpaceCreatedEvent {
  return passes(checkSpaceCreatedEvent, input);
}

/** Standard Schema v1 object for a `space.created` event. */
export const SpaceCreatedEventSchema: StandardSchemaV1<SpaceCreatedEvent> =
  /* @__PURE__ */ standard<SpaceCreatedEvent>(checkSpaceCreatedEvent, vendor);

/** Validates a `space.deleted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateSpaceDeletedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<SpaceDeletedEvent> {
  return run(checkSpaceDeletedEvent, input, options);
}

/** True when the input is a `space.deleted` event. */
export function isSpaceDeletedEvent(input: unknown): input is SpaceDeletedEvent {
  return passes(checkSpaceDeletedEvent, input);
}

/** Standard Schema v1 object for a `space.deleted` event. */
export const SpaceDeletedEventSchema: StandardSchemaV1<SpaceDeletedEvent> =
  /* @__PURE__ */ standard<SpaceDeletedEvent>(checkSpaceDeletedEvent, vendor);

/** Validates a `space.device_membership_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateSpaceDeviceMembershipChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<SpaceDeviceMembershipChangedEvent> {
  return run(checkSpaceDeviceMembershipChangedEvent, input, options);
}

/** True when the input is a `space.device_membership_changed` event. */
export function isSpaceDeviceMembershipChangedEvent(
  input: unknown,
): input is SpaceDeviceMembershipChangedEvent {
  return passes(checkSpaceDeviceMembershipChangedEvent, input);
}

/** Standard Schema v1 object for a `space.device_membership_changed` event. */
export const SpaceDeviceMembershipChangedEventSchema: StandardSchemaV1<SpaceDeviceMembershipChangedEvent> =
  /* @__PURE__ */ standard<SpaceDeviceMembershipChangedEvent>(
    checkSpaceDeviceMembershipChangedEvent,
    vendor,
  );

/** Validates a `thermostat.climate_preset_activated` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateThermostatClimatePresetActivatedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ThermostatClimatePresetActivatedEvent> {
  return run(checkThermostatClimatePresetActivatedEvent, input, options);
}

/** True when the input is a `thermostat.climate_preset_activated` event. */
export function isThermostatClimatePresetActivatedEvent(
  input: unknown,
): input is ThermostatClimatePresetActivatedEvent {
  return passes(checkThermostatClimatePresetActivatedEvent, input);
}

/** Standard Schema v1 object for a `thermostat.climate_preset_activated` event. */
export const ThermostatClimatePresetActivatedEventSchema: StandardSchemaV1<ThermostatClimatePresetActivatedEvent> =
  /* @__PURE__ */ standard<ThermostatClimatePresetActivatedEvent>(
    checkThermostatClimatePresetActivatedEvent,
    vendor,
  );

/** Validates a `thermostat.manually_adjusted` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateThermostatManuallyAdjustedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ThermostatManuallyAdjustedEvent> {
  return run(checkThermostatManuallyAdjustedEvent, input, options);
}

/** True when the input is a `thermostat.manually_adjusted` event. */
export function isThermostatManuallyAdjustedEvent(
  input: unknown,
): input is ThermostatManuallyAdjustedEvent {
  return passes(checkThermostatManuallyAdjustedEvent, input);
}

/** Standard Schema v1 object for a `thermostat.manually_adjusted` event. */
export const ThermostatManuallyAdjustedEventSchema: StandardSchemaV1<ThermostatManuallyAdjustedEvent> =
  /* @__PURE__ */ standard<ThermostatManuallyAdjustedEvent>(
    checkThermostatManuallyAdjustedEvent,
    vendor,
  );

/** Validates a `thermostat.temperature_changed` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateThermostatTemperatureChangedEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ThermostatTemperatureChangedEvent> {
  return run(checkThermostatTemperatureChangedEvent, input, options);
}

/** True when the input is a `thermostat.temperature_changed` event. */
export function isThermostatTemperatureChangedEvent(
  input: unknown,
): input is ThermostatTemperatureChangedEvent {
  return passes(checkThermostatTemperatureChangedEvent, input);
}

/** Standard Schema v1 object for a `thermostat.temperature_changed` event. */
export const ThermostatTemperatureChangedEventSchema: StandardSchemaV1<ThermostatTemperatureChangedEvent> =
  /* @__PURE__ */ standard<ThermostatTemperatureChangedEvent>(
    checkThermostatTemperatureChangedEvent,
    vendor,
  );

/** Validates a `thermostat.temperature_reached_set_point` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateThermostatTemperatureReachedSetPointEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ThermostatTemperatureReachedSetPointEvent> {
  return run(checkThermostatTemperatureReachedSetPointEvent, input, options);
}

/** True when the input is a `thermostat.temperature_reached_set_point` event. */
export function isThermostatTemperatureReachedSetPointEvent(
  input: unknown,
): input is ThermostatTemperatureReachedSetPointEvent {
  return passes(checkThermostatTemperatureReachedSetPointEvent, input);
}

/** Standard Schema v1 object for a `thermostat.temperature_reached_set_point` event. */
export const ThermostatTemperatureReachedSetPointEventSchema: StandardSchemaV1<ThermostatTemperatureReachedSetPointEvent> =
  /* @__PURE__ */ standard<ThermostatTemperatureReachedSetPointEvent>(
    checkThermostatTemperatureReachedSetPointEvent,
    vendor,
  );

/** Validates a `thermostat.temperature_threshold_exceeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateThermostatTemperatureThresholdExceededEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ThermostatTemperatureThresholdExceededEvent> {
  return run(checkThermostatTemperatureThresholdExceededEvent, input, options);
}

/** True when the input is a `thermostat.temperature_threshold_exceeded` event. */
export function isThermostatTemperatureThresholdExceededEvent(
  input: unknown,
): input is ThermostatTemperatureThresholdExceededEvent {
  return passes(checkThermostatTemperatureThresholdExceededEvent, input);
}

/** Standard Schema v1 object for a `thermostat.temperature_threshold_exceeded` event. */
export const ThermostatTemperatureThresholdExceededEventSchema: StandardSchemaV1<ThermostatTemperatureThresholdExceededEvent> =
  /* @__PURE__ */ standard<ThermostatTemperatureThresholdExceededEvent>(
    checkThermostatTemperatureThresholdExceededEvent,
    vendor,
  );

/** Validates a `thermostat.temperature_threshold_no_longer_exceeded` event. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateThermostatTemperatureThresholdNoLongerExceededEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ThermostatTemperatureThresholdNoLongerExceededEvent> {
  return run(checkThermostatTemperatureThresholdNoLongerExceededEvent, input, options);
}

/** True when the input is a `thermostat.temperature_threshold_no_longer_exceeded` event. */
export function isThermostatTemperatureThresholdNoLongerExceededEvent(
  input: unknown,
): input is ThermostatTemperatureThresholdNoLongerExceededEvent {
  return passes(checkThermostatTemperatureThresholdNoLongerExceededEvent, input);
}

/** Standard Schema v1 object for a `thermostat.temperature_threshold_no_longer_exceeded` event. */
export const ThermostatTemperatureThresholdNoLongerExceededEventSchema: StandardSchemaV1<ThermostatTemperatureThresholdNoLongerExceededEvent> =
  /* @__PURE__ */ standard<ThermostatTemperatureThresholdNoLongerExceededEvent>(
    checkThermostatTemperatureThresholdNoLongerExceededEvent,
    vendor,
  );

/** Validates any event of the catalogue, dispatching on `event_type`. Collects every error unless `options.abortEarly`; unknown properties are kept. Never throws. */
export function validateSeamEvent(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<SeamEvent> {
  return run(checkSeamEvent, input, options);
}

/** True when the input is any event of the catalogue, dispatching on `event_type`. */
export function isSeamEvent(input: unknown): input is SeamEvent {
  return passes(checkSeamEvent, input);
}

/** Standard Schema v1 object for any event of the catalogue, dispatching on `event_type`. */
export const SeamEventSchema: StandardSchemaV1<SeamEvent> = /* @__PURE__ */ standard<SeamEvent>(
  checkSeamEvent,
  vendor,
);
