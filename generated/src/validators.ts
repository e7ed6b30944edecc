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
  absent,
  constant,
  fail,
  full,
  guard,
  interrupted,
  isDateTime,
  isNumber,
  isObject,
  isUri,
  isUuid,
  lenient,
  missing,
  nest,
  own,
  standard,
  threw,
  unknownProperties,
  validator,
} from "./validation-runtime.js";
import type { Check, Errors, Guard, StandardSchemaV1, Validate } from "./validation-runtime.js";

export type {
  Guard,
  LenientValidationResult,
  StandardSchemaV1,
  Validate,
  ValidateOptions,
  ValidationError,
  ValidationErrorCode,
  ValidationPolicy,
  ValidationResult,
  ValidationWarning,
  ValidationWarningCode,
} from "./validation-runtime.js";

/** Standard Schema vendor name of every schema object below. */
const vendor = "@seam-events/catalogue";

/** An event whose type this version of the catalogue does not know: what the lenient policy accepts in place of a `SeamEvent`. */
export interface UnknownSeamEvent {
  [property: string]: unknown;
  event_type: string;
}

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

function checkString(v: any, a: boolean): Errors {
  let e: Errors;
  if (typeof v !== "string") {
    e = fail(e, undefined, "type", "string", v);
    if (a || full()) return e;
  }
  return e;
}

function checkNullableString(v: any, a: boolean): Errors {
  let e: Errors;
  if (v !== null) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string or null", v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkAccessCodeMutationCode(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inAccessCodeMutationCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", AccessCodeMutationCodeValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkObject(v: any, a: boolean): Errors {
  let e: Errors;
  if (!isObject(v)) {
    e = fail(e, undefined, "type", "object", v);
    if (a || full()) return e;
  }
  return e;
}

function checkLockAccessDeniedReasonCode(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inLockAccessDeniedReasonCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", LockAccessDeniedReasonCodeValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkDateTime(v: any, a: boolean): Errors {
  let e: Errors;
  if (typeof v !== "string") {
    e = fail(e, undefined, "type", "string", v);
    if (a || full()) return e;
  } else if (!isDateTime(v)) {
    e = fail(e, undefined, "format", "date-time", v);
    if (a || full()) return e;
  }
  return e;
}

function checkUuid(v: any, a: boolean): Errors {
  let e: Errors;
  if (typeof v !== "string") {
    e = fail(e, undefined, "type", "string", v);
    if (a || full()) return e;
  } else if (!isUuid(v)) {
    e = fail(e, undefined, "format", "uuid", v);
    if (a || full()) return e;
  }
  return e;
}

/** Common properties: the properties of the `common` group. */
function checkCommonProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "event_id")) ? o.event_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "workspace_id")) ? o.workspace_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    r = v === undefined ? absent(k) : checkDateTime(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "occurred_at")) ? o.occurred_at : undefined;
    r = v === undefined ? absent(k) : checkDateTime(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "event_description")) ? o.event_description : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkRecordOfStringOrBoolean(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, v: any, k: string | undefined;
  try {
    for (k in o) {
      if (!own(o, k)) continue;
      v = o[k];
      if (!(typeof v === "string" || typeof v === "boolean")) {
        e = fail(e, k, "type", "string or boolean", v);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

/** Connected account: the properties of the `connected_account_scoped` group. */
function checkConnectedAccountScopedProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "connected_account_custom_metadata"))
      ? o.connected_account_custom_metadata
      : undefined;
    r = v === undefined ? undefined : checkRecordOfStringOrBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Device: the properties of the `device_scoped` group. */
function checkDeviceScopedProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    r = v === undefined ? undefined : checkRecordOfStringOrBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Access code event: the properties of the `access_code_event` group. */
function checkAccessCodeEventProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkArrayOfAccessCodeChangedProperty(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : undefined;
      if ((r = checkAccessCodeChangedProperty(v, a)) !== undefined) {
        e = nest(e, k, r);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkArrayOfResourceError(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : undefined;
      if ((r = checkResourceError(v, a)) !== undefined) {
        e = nest(e, k, r);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkArrayOfResourceWarning(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : undefined;
      if ((r = checkResourceWarning(v, a)) !== undefined) {
        e = nest(e, k, r);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

/** Access code errors and warnings: the properties of the `access_code_issues` group. */
function checkAccessCodeIssuesProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "access_code_errors")) ? o.access_code_errors : undefined;
    r = v === undefined ? absent(k) : checkArrayOfResourceError(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "access_code_warnings")) ? o.access_code_warnings : undefined;
    r = v === undefined ? absent(k) : checkArrayOfResourceWarning(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Connected account errors and warnings: the properties of the `connected_account_issues` group. */
function checkConnectedAccountIssuesProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "connected_account_errors")) ? o.connected_account_errors : undefined;
    r = v === undefined ? absent(k) : checkArrayOfResourceError(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "connected_account_warnings")) ? o.connected_account_warnings : undefined;
    r = v === undefined ? absent(k) : checkArrayOfResourceWarning(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Device errors and warnings: the properties of the `device_issues` group. */
function checkDeviceIssuesProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "device_errors")) ? o.device_errors : undefined;
    r = v === undefined ? absent(k) : checkArrayOfResourceError(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "device_warnings")) ? o.device_warnings : undefined;
    r = v === undefined ? absent(k) : checkArrayOfResourceWarning(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Access code trouble: the properties of the `access_code_trouble` group. */
function checkAccessCodeTroubleProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessCodeIssuesProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceIssuesProperties(o, a, e)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkArrayOfAccessCodeRequestedMutation(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, r: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : undefined;
      if ((r = checkAccessCodeRequestedMutation(v, a)) !== undefined) {
        e = nest(e, k, r);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkArrayOfUuid(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : undefined;
      if (typeof v !== "string") {
        e = fail(e, k, "type", "string", v);
        if (a || full()) return e;
      } else if (!isUuid(v)) {
        e = fail(e, k, "format", "uuid", v);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

function checkArrayOfString(o: any, a: boolean): Errors {
  if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);
  let e: Errors, v: any, k: number | undefined;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : undefined;
      if (typeof v !== "string") {
        e = fail(e, k, "type", "string", v);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

/** Access method: the properties of the `access_method_scoped` group. */
function checkAccessMethodScopedProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "access_method_id")) ? o.access_method_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "access_grant_ids")) ? o.access_grant_ids : undefined;
    r = v === undefined ? absent(k) : checkArrayOfUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "access_grant_keys")) ? o.access_grant_keys : undefined;
    r = v === undefined ? undefined : checkArrayOfString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkBoolean(v: any, a: boolean): Errors {
  let e: Errors;
  if (typeof v !== "boolean") {
    e = fail(e, undefined, "type", "boolean", v);
    if (a || full()) return e;
  }
  return e;
}

/** Access method code: the properties of the `access_method_code` group. */
function checkAccessMethodCodeProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "code")) ? o.code : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "is_backup_code")) ? o.is_backup_code : undefined;
    r = v === undefined ? undefined : checkBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Access system event: the properties of the `acs_event` group. */
function checkAcsEventProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Action attempt: the properties of the `action_attempt_scoped` group. */
function checkActionAttemptScopedProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "action_type")) ? o.action_type : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "status")) ? o.status : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Device event: the properties of the `device_event` group. */
function checkDeviceEventProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceScopedProperties(o, a, e)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkUri(v: any, a: boolean): Errors {
  let e: Errors;
  if (typeof v !== "string") {
    e = fail(e, undefined, "type", "string", v);
    if (a || full()) return e;
  } else if (!isUri(v)) {
    e = fail(e, undefined, "format", "uri", v);
    if (a || full()) return e;
  }
  return e;
}

/** Captured media: the properties of the `media_capture` group. */
function checkMediaCaptureProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "image_url")) ? o.image_url : undefined;
    r = v === undefined ? undefined : checkUri(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "video_url")) ? o.video_url : undefined;
    r = v === undefined ? undefined : checkUri(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkCameraActivationReason(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inCameraActivationReason(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", CameraActivationReasonValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkMotionSubType(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inMotionSubType(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", MotionSubTypeValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkNumberFrom0To1(v: any, a: boolean): Errors {
  let e: Errors;
  if (!isNumber(v)) {
    e = fail(e, undefined, "type", "number", v);
    if (a || full()) return e;
  } else if (v < 0 || v > 1) {
    e = fail(e, undefined, "range", ">= 0 and <= 1", v);
    if (a || full()) return e;
  }
  return e;
}

function checkBatteryStatus(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inBatteryStatus(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", BatteryStatusValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkDeviceDisconnectionErrorCode(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inDeviceDisconnectionErrorCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", DeviceDisconnectionErrorCodeValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

/** Device disconnection: the properties of the `device_disconnection` group. */
function checkDeviceDisconnectionProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceIssuesProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "error_code")) ? o.error_code : undefined;
    r = v === undefined ? absent(k) : checkDeviceDisconnectionErrorCode(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

/** Lock actor: the properties of the `lock_actor` group. */
function checkLockActorProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "access_code_id")) ? o.access_code_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "acs_system_id")) ? o.acs_system_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "user_identity_id")) ? o.user_identity_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkLockMethod(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inLockMethod(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", LockMethodValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

/** Lock action: the properties of the `lock_action` group. */
function checkLockActionProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    if ((e = checkLockActorProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "method")) ? o.method : undefined;
    r = v === undefined ? absent(k) : checkLockMethod(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "code")) ? o.code : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "access_code_is_managed")) ? o.access_code_is_managed : undefined;
    r = v === undefined ? undefined : checkBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "action_attempt_id")) ? o.action_attempt_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "is_via_bluetooth")) ? o.is_via_bluetooth : undefined;
    r = v === undefined ? undefined : checkBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "is_via_nfc")) ? o.is_via_nfc : undefined;
    r = v === undefined ? undefined : checkBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkNumber(v: any, a: boolean): Errors {
  let e: Errors;
  if (!isNumber(v)) {
    e = fail(e, undefined, "type", "number", v);
    if (a || full()) return e;
  }
  return e;
}

/** Space: the properties of the `space_scoped` group. */
function checkSpaceScopedProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "space_id")) ? o.space_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "space_key")) ? o.space_key : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "device_ids")) ? o.device_ids : undefined;
    r = v === undefined ? absent(k) : checkArrayOfUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "acs_entrance_ids")) ? o.acs_entrance_ids : undefined;
    r = v === undefined ? absent(k) : checkArrayOfUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkNullableUuid(v: any, a: boolean): Errors {
  let e: Errors;
  if (v !== null) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string or null", v);
      if (a || full()) return e;
    } else if (!isUuid(v)) {
      e = fail(e, undefined, "format", "uuid", v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkThermostatAdjustmentMethod(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inThermostatAdjustmentMethod(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", ThermostatAdjustmentMethodValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkHvacModeSetting(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inHvacModeSetting(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", HvacModeSettingValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

function checkFanModeSetting(v: any, a: boolean): Errors {
  let e: Errors;
  if (!inFanModeSetting(v)) {
    if (typeof v !== "string") {
      e = fail(e, undefined, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, undefined, "enum", FanModeSettingValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}

/** Temperature reading: the properties of the `temperature_reading` group. */
function checkTemperatureReadingProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "temperature_celsius")) ? o.temperature_celsius : undefined;
    r = v === undefined ? absent(k) : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "temperature_fahrenheit")) ? o.temperature_fahrenheit : undefined;
    r = v === undefined ? absent(k) : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkNullableNumber(v: any, a: boolean): Errors {
  let e: Errors;
  if (v !== null) {
    if (!isNumber(v)) {
      e = fail(e, undefined, "type", "number or null", v);
      if (a || full()) return e;
    }
  }
  return e;
}

/** Temperature threshold limits: the properties of the `temperature_threshold_limits` group. */
function checkTemperatureThresholdLimitsProperties(o: any, a: boolean, e: Errors): Errors {
  let r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "lower_limit_celsius")) ? o.lower_limit_celsius : undefined;
    r = v === undefined ? absent(k) : checkNullableNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "lower_limit_fahrenheit")) ? o.lower_limit_fahrenheit : undefined;
    r = v === undefined ? absent(k) : checkNullableNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "upper_limit_celsius")) ? o.upper_limit_celsius : undefined;
    r = v === undefined ? absent(k) : checkNullableNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "upper_limit_fahrenheit")) ? o.upper_limit_fahrenheit : undefined;
    r = v === undefined ? absent(k) : checkNullableNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}

function checkAccessCodeChangedProperty(o: any, a: boolean): Errors {
  if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);
  let e: Errors, r: Errors, v: any, k: string | undefined;
  try {
    v = own(o, (k = "property")) ? o.property : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "from")) ? o.from : undefined;
    r = v === undefined ? absent(k) : checkNullableString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "to")) ? o.to : undefined;
    r = v === undefined ? absent(k) : checkNullableString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["property", "from", "to"]);
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
    r = v === undefined ? absent(k) : checkNullableString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["name"]);
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
    r = v === undefined ? absent(k) : checkNullableString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["code"]);
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
    r = v === undefined ? absent(k) : checkAccessCodeMutationCode(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "from")) ? o.from : undefined;
    r = v === undefined ? undefined : checkObject(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "to")) ? o.to : undefined;
    r = v === undefined ? undefined : checkObject(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["mutation_code", "from", "to"]);
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
    r = v === undefined ? absent(k) : checkNullableString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "ends_at")) ? o.ends_at : undefined;
    r = v === undefined ? absent(k) : checkNullableString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["starts_at", "ends_at"]);
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
    r = v === undefined ? absent(k) : checkLockAccessDeniedReasonCode(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "message")) ? o.message : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["reason_code", "message"]);
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
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "message")) ? o.message : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    r = v === undefined ? absent(k) : checkDateTime(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["error_code", "message", "created_at"]);
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
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "message")) ? o.message : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "created_at")) ? o.created_at : undefined;
    r = v === undefined ? absent(k) : checkDateTime(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["warning_code", "message", "created_at"]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.backup_access_code_pulled");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "backup_access_code_id")) ? o.backup_access_code_id : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "backup_access_code_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "change_reason")) ? o.change_reason : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "changed_properties")) ? o.changed_properties : undefined;
    r = v === undefined ? undefined : checkArrayOfAccessCodeChangedProperty(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "change_reason",
        "changed_properties",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.code_changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "description")) ? o.description : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "from")) ? o.from : undefined;
    r = v === undefined ? absent(k) : checkAccessCodePinValue(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "to")) ? o.to : undefined;
    r = v === undefined ? absent(k) : checkAccessCodePinValue(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "description",
        "from",
        "to",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.created");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.delay_in_removing_from_device");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeTroubleProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "access_code_errors",
        "access_code_warnings",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.delay_in_setting_on_device");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeTroubleProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "access_code_errors",
        "access_code_warnings",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "code")) ? o.code : undefined;
    r = v === undefined ? absent(k) : checkNullableString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "code",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.deleted_external_to_seam");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.failed_to_remove_from_device");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeTroubleProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "access_code_errors",
        "access_code_warnings",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.failed_to_set_on_device");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeTroubleProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "access_code_errors",
        "access_code_warnings",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.modified_external_to_seam");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.mutations_requested");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "requested_mutations")) ? o.requested_mutations : undefined;
    r = v === undefined ? absent(k) : checkArrayOfAccessCodeRequestedMutation(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "requested_mutations",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.name_changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "description")) ? o.description : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "from")) ? o.from : undefined;
    r = v === undefined ? absent(k) : checkAccessCodeNameValue(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "to")) ? o.to : undefined;
    r = v === undefined ? absent(k) : checkAccessCodeNameValue(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "description",
        "from",
        "to",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.removed_from_device");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.scheduled_on_device");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "code")) ? o.code : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "code",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.set_on_device");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "code")) ? o.code : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "code",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.time_frame_changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "description")) ? o.description : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "from")) ? o.from : undefined;
    r = v === undefined ? absent(k) : checkAccessCodeTimeFrame(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "to")) ? o.to : undefined;
    r = v === undefined ? absent(k) : checkAccessCodeTimeFrame(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "description",
        "from",
        "to",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.unmanaged.converted_to_managed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.unmanaged.created");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
      ]);
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
    r =
      v === undefined
        ? absent(k)
        : constant(v, "access_code.unmanaged.failed_to_convert_to_managed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeTroubleProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "access_code_errors",
        "access_code_warnings",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_code.unmanaged.removed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_grant.access_granted_to_all_doors");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_grant.access_granted_to_door");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
        "acs_entrance_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_grant.access_times_changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "access_grant_key")) ? o.access_grant_key : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "starts_at")) ? o.starts_at : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "ends_at")) ? o.ends_at : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
        "access_grant_key",
        "starts_at",
        "ends_at",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_grant.access_to_door_lost");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
        "acs_entrance_id",
      ]);
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
    r =
      v === undefined
        ? absent(k)
        : constant(v, "access_grant.could_not_create_requested_access_methods");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "error_message")) ? o.error_message : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "missing_device_ids")) ? o.missing_device_ids : undefined;
    r = v === undefined ? undefined : checkArrayOfUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
        "error_message",
        "missing_device_ids",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_grant.created");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_grant.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "access_grant_id")) ? o.access_grant_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_method.card_encoding_required");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_method_id",
        "access_grant_ids",
        "access_grant_keys",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_method.created");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_method_id",
        "access_grant_ids",
        "access_grant_keys",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_method.delay_in_issuing");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_method_id",
        "access_grant_ids",
        "access_grant_keys",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_method.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_method_id",
        "access_grant_ids",
        "access_grant_keys",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_method.failed_to_issue");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_method_id",
        "access_grant_ids",
        "access_grant_keys",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_method.issued");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodScopedProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodCodeProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_method_id",
        "access_grant_ids",
        "access_grant_keys",
        "code",
        "is_backup_code",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_method.reissued");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodScopedProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodCodeProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_method_id",
        "access_grant_ids",
        "access_grant_keys",
        "code",
        "is_backup_code",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "access_method.revoked");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkAccessMethodScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_method_id",
        "access_grant_ids",
        "access_grant_keys",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_access_group.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_access_group_id")) ? o.acs_access_group_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_access_group_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_credential.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_credential_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_credential.invalidated");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_credential_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_credential.issued");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_credential_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_credential.reissued");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_credential_id")) ? o.acs_credential_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_credential_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_encoder.added");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_encoder_id")) ? o.acs_encoder_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_encoder_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_encoder.removed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_encoder_id")) ? o.acs_encoder_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_encoder_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_entrance.added");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_entrance_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_entrance.removed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_entrance_id")) ? o.acs_entrance_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_entrance_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_system.added");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_system.connected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_system.disconnected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_system_errors")) ? o.acs_system_errors : undefined;
    r = v === undefined ? absent(k) : checkArrayOfResourceError(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "acs_system_warnings")) ? o.acs_system_warnings : undefined;
    r = v === undefined ? absent(k) : checkArrayOfResourceWarning(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "connected_account_errors",
        "connected_account_warnings",
        "acs_system_errors",
        "acs_system_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_user.created");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_user_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "acs_user.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "acs_user_id")) ? o.acs_user_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "acs_system_id",
        "acs_user_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "action_attempt.lock_door.failed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkActionAttemptScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "action_attempt_id",
        "action_type",
        "status",
        "device_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "action_attempt.lock_door.succeeded");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkActionAttemptScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "action_attempt_id",
        "action_type",
        "status",
        "device_id",
      ]);
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
    r =
      v === undefined ? absent(k) : constant(v, "action_attempt.simulate_keypad_code_entry.failed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkActionAttemptScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "action_attempt_id",
        "action_type",
        "status",
        "device_id",
      ]);
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
    r =
      v === undefined
        ? absent(k)
        : constant(v, "action_attempt.simulate_keypad_code_entry.succeeded");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkActionAttemptScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "action_attempt_id",
        "action_type",
        "status",
        "device_id",
      ]);
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
    r =
      v === undefined
        ? absent(k)
        : constant(v, "action_attempt.simulate_manual_lock_via_keypad.failed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkActionAttemptScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "action_attempt_id",
        "action_type",
        "status",
        "device_id",
      ]);
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
    r =
      v === undefined
        ? absent(k)
        : constant(v, "action_attempt.simulate_manual_lock_via_keypad.succeeded");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkActionAttemptScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "action_attempt_id",
        "action_type",
        "status",
        "device_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "action_attempt.unlock_door.failed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkActionAttemptScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "action_attempt_id",
        "action_type",
        "status",
        "device_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "action_attempt.unlock_door.succeeded");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connected_account_id")) ? o.connected_account_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkActionAttemptScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "action_attempt_id",
        "action_type",
        "status",
        "device_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "camera.activated");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkMediaCaptureProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "activation_reason")) ? o.activation_reason : undefined;
    r = v === undefined ? absent(k) : checkCameraActivationReason(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "motion_sub_type")) ? o.motion_sub_type : undefined;
    r = v === undefined ? undefined : checkMotionSubType(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "image_url",
        "video_url",
        "activation_reason",
        "motion_sub_type",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "client_session.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "client_session_id")) ? o.client_session_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "client_session_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connect_webview.login_failed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connect_webview_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connect_webview.login_succeeded");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connect_webview_id",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connected_account.completed_first_sync");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
      ]);
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
    r =
      v === undefined
        ? absent(k)
        : constant(v, "connected_account.completed_first_sync_after_reconnection");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connected_account.connected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "connect_webview_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connected_account.created");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "connect_webview_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connected_account.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "connected_account_type")) ? o.connected_account_type : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "connected_account_type",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connected_account.disconnected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "connected_account_errors",
        "connected_account_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connected_account.reauthorization_requested");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "connected_account_errors",
        "connected_account_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "connected_account.successful_login");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "connect_webview_id")) ? o.connect_webview_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "connect_webview_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.accessory_keypad_connected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.accessory_keypad_disconnected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceIssuesProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.added");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.battery_status_changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "battery_level")) ? o.battery_level : undefined;
    r = v === undefined ? absent(k) : checkNumberFrom0To1(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "battery_status")) ? o.battery_status : undefined;
    r = v === undefined ? absent(k) : checkBatteryStatus(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "battery_level",
        "battery_status",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.connected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.connection_became_flaky");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceIssuesProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.connection_stabilized");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.converted_to_unmanaged");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "device_name")) ? o.device_name : undefined;
    r = v === undefined ? undefined : checkNullableString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "device_name",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.disconnected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceDisconnectionProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
        "error_code",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.doorbell_rang");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkMediaCaptureProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "image_url",
        "video_url",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.error.subscription_required");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceIssuesProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.error.subscription_required.resolved");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.low_battery");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "battery_level")) ? o.battery_level : undefined;
    r = v === undefined ? absent(k) : checkNumberFrom0To1(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "battery_level",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.name_changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "device_name")) ? o.device_name : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "device_name",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.removed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.salto.privacy_mode_activated");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.salto.privacy_mode_deactivated");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.tampered");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.third_party_integration_detected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r =
      v === undefined
        ? absent(k)
        : constant(v, "device.third_party_integration_no_longer_detected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.unmanaged.connected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.unmanaged.converted_to_managed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "device.unmanaged.disconnected");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceDisconnectionProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "connected_account_errors",
        "connected_account_warnings",
        "device_errors",
        "device_warnings",
        "error_code",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "enrollment_automation.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "enrollment_automation_id")) ? o.enrollment_automation_id : undefined;
    r = v === undefined ? absent(k) : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "enrollment_automation_id",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "lock.access_denied");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    r = v === undefined ? undefined : checkRecordOfStringOrBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkLockActorProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "reason")) ? o.reason : undefined;
    r = v === undefined ? undefined : checkLockAccessDeniedReason(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "acs_system_id",
        "acs_entrance_id",
        "acs_user_id",
        "user_identity_id",
        "reason",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "lock.locked");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkLockActionProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "acs_system_id",
        "acs_entrance_id",
        "acs_user_id",
        "user_identity_id",
        "method",
        "code",
        "access_code_is_managed",
        "action_attempt_id",
        "is_via_bluetooth",
        "is_via_nfc",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "lock.unlocked");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "customer_key")) ? o.customer_key : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "device_id")) ? o.device_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "device_custom_metadata")) ? o.device_custom_metadata : undefined;
    r = v === undefined ? undefined : checkRecordOfStringOrBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkLockActionProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "access_code_id",
        "acs_system_id",
        "acs_entrance_id",
        "acs_user_id",
        "user_identity_id",
        "method",
        "code",
        "access_code_is_managed",
        "action_attempt_id",
        "is_via_bluetooth",
        "is_via_nfc",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "noise_sensor.noise_threshold_triggered");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "noise_threshold_id")) ? o.noise_threshold_id : undefined;
    r = v === undefined ? undefined : checkUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "noise_threshold_name")) ? o.noise_threshold_name : undefined;
    r = v === undefined ? undefined : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "noise_level_decibels")) ? o.noise_level_decibels : undefined;
    r = v === undefined ? undefined : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "noise_level_nrs")) ? o.noise_level_nrs : undefined;
    r = v === undefined ? undefined : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "minut_metadata")) ? o.minut_metadata : undefined;
    r = v === undefined ? undefined : checkObject(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "noiseaware_metadata")) ? o.noiseaware_metadata : undefined;
    r = v === undefined ? undefined : checkObject(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "noise_threshold_id",
        "noise_threshold_name",
        "noise_level_decibels",
        "noise_level_nrs",
        "minut_metadata",
        "noiseaware_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "phone.deactivated");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "device_id",
        "device_custom_metadata",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "space.created");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkSpaceScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "space_id",
        "space_key",
        "device_ids",
        "acs_entrance_ids",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "space.deleted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkSpaceScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "space_id",
        "space_key",
        "device_ids",
        "acs_entrance_ids",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "space.device_membership_changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkSpaceScopedProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "space_id",
        "space_key",
        "device_ids",
        "acs_entrance_ids",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "thermostat.climate_preset_activated");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "climate_preset_key")) ? o.climate_preset_key : undefined;
    r = v === undefined ? absent(k) : checkString(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "thermostat_schedule_id")) ? o.thermostat_schedule_id : undefined;
    r = v === undefined ? absent(k) : checkNullableUuid(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "is_fallback_climate_preset")) ? o.is_fallback_climate_preset : undefined;
    r = v === undefined ? absent(k) : checkBoolean(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "climate_preset_key",
        "thermostat_schedule_id",
        "is_fallback_climate_preset",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "thermostat.manually_adjusted");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "method")) ? o.method : undefined;
    r = v === undefined ? absent(k) : checkThermostatAdjustmentMethod(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "hvac_mode_setting")) ? o.hvac_mode_setting : undefined;
    r = v === undefined ? undefined : checkHvacModeSetting(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "fan_mode_setting")) ? o.fan_mode_setting : undefined;
    r = v === undefined ? undefined : checkFanModeSetting(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "heating_set_point_celsius")) ? o.heating_set_point_celsius : undefined;
    r = v === undefined ? undefined : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "heating_set_point_fahrenheit")) ? o.heating_set_point_fahrenheit : undefined;
    r = v === undefined ? undefined : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "cooling_set_point_celsius")) ? o.cooling_set_point_celsius : undefined;
    r = v === undefined ? undefined : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "cooling_set_point_fahrenheit")) ? o.cooling_set_point_fahrenheit : undefined;
    r = v === undefined ? undefined : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "method",
        "hvac_mode_setting",
        "fan_mode_setting",
        "heating_set_point_celsius",
        "heating_set_point_fahrenheit",
        "cooling_set_point_celsius",
        "cooling_set_point_fahrenheit",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "thermostat.temperature_changed");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkTemperatureReadingProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "temperature_celsius",
        "temperature_fahrenheit",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "thermostat.temperature_reached_set_point");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkTemperatureReadingProperties(o, a, e)) && (a || full())) return e;
    v = own(o, (k = "desired_temperature_celsius")) ? o.desired_temperature_celsius : undefined;
    r = v === undefined ? undefined : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, (k = "desired_temperature_fahrenheit"))
      ? o.desired_temperature_fahrenheit
      : undefined;
    r = v === undefined ? undefined : checkNumber(v, a);
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "temperature_celsius",
        "temperature_fahrenheit",
        "desired_temperature_celsius",
        "desired_temperature_fahrenheit",
      ]);
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
    r = v === undefined ? absent(k) : constant(v, "thermostat.temperature_threshold_exceeded");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkTemperatureReadingProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkTemperatureThresholdLimitsProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "temperature_celsius",
        "temperature_fahrenheit",
        "lower_limit_celsius",
        "lower_limit_fahrenheit",
        "upper_limit_celsius",
        "upper_limit_fahrenheit",
      ]);
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
    r =
      v === undefined
        ? absent(k)
        : constant(v, "thermostat.temperature_threshold_no_longer_exceeded");
    if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkTemperatureReadingProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkTemperatureThresholdLimitsProperties(o, a, e)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connected_account_id",
        "connected_account_custom_metadata",
        "customer_key",
        "device_id",
        "device_custom_metadata",
        "temperature_celsius",
        "temperature_fahrenheit",
        "lower_limit_celsius",
        "lower_limit_fahrenheit",
        "upper_limit_celsius",
        "upper_limit_fahrenheit",
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}

/** Constant-time dispatch on `event_type`: one map lookup, never a trial of each event. */
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

/** Validates a `access_code.backup_access_code_pulled` event; see {@link Validate}. */
export const validateAccessCodeBackupAccessCodePulledEvent: Validate<AccessCodeBackupAccessCodePulledEvent> =
  /* @__PURE__ */ validator(checkAccessCodeBackupAccessCodePulledEvent);

/** True when the input is a `access_code.backup_access_code_pulled` event. */
export const isAccessCodeBackupAccessCodePulledEvent: Guard<AccessCodeBackupAccessCodePulledEvent> =
  /* @__PURE__ */ guard(checkAccessCodeBackupAccessCodePulledEvent);

/** Standard Schema v1 object for a `access_code.backup_access_code_pulled` event. */
export const AccessCodeBackupAccessCodePulledEventSchema: StandardSchemaV1<AccessCodeBackupAccessCodePulledEvent> =
  /* @__PURE__ */ standard(checkAccessCodeBackupAccessCodePulledEvent, vendor);

/** Validates a `access_code.changed` event; see {@link Validate}. */
export const validateAccessCodeChangedEvent: Validate<AccessCodeChangedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeChangedEvent);

/** True when the input is a `access_code.changed` event. */
export const isAccessCodeChangedEvent: Guard<AccessCodeChangedEvent> = /* @__PURE__ */ guard(
  checkAccessCodeChangedEvent,
);

/** Standard Schema v1 object for a `access_code.changed` event. */
export const AccessCodeChangedEventSchema: StandardSchemaV1<AccessCodeChangedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeChangedEvent, vendor);

/** Validates a `access_code.code_changed` event; see {@link Validate}. */
export const validateAccessCodeCodeChangedEvent: Validate<AccessCodeCodeChangedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeCodeChangedEvent);

/** True when the input is a `access_code.code_changed` event. */
export const isAccessCodeCodeChangedEvent: Guard<AccessCodeCodeChangedEvent> =
  /* @__PURE__ */ guard(checkAccessCodeCodeChangedEvent);

/** Standard Schema v1 object for a `access_code.code_changed` event. */
export const AccessCodeCodeChangedEventSchema: StandardSchemaV1<AccessCodeCodeChangedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeCodeChangedEvent, vendor);

/** Validates a `access_code.created` event; see {@link Validate}. */
export const validateAccessCodeCreatedEvent: Validate<AccessCodeCreatedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeCreatedEvent);

/** True when the input is a `access_code.created` event. */
export const isAccessCodeCreatedEvent: Guard<AccessCodeCreatedEvent> = /* @__PURE__ */ guard(
  checkAccessCodeCreatedEvent,
);

/** Standard Schema v1 object for a `access_code.created` event. */
export const AccessCodeCreatedEventSchema: StandardSchemaV1<AccessCodeCreatedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeCreatedEvent, vendor);

/** Validates a `access_code.delay_in_removing_from_device` event; see {@link Validate}. */
export const validateAccessCodeDelayInRemovingFromDeviceEvent: Validate<AccessCodeDelayInRemovingFromDeviceEvent> =
  /* @__PURE__ */ validator(checkAccessCodeDelayInRemovingFromDeviceEvent);

/** True when the input is a `access_code.delay_in_removing_from_device` event. */
export const isAccessCodeDelayInRemovingFromDeviceEvent: Guard<AccessCodeDelayInRemovingFromDeviceEvent> =
  /* @__PURE__ */ guard(checkAccessCodeDelayInRemovingFromDeviceEvent);

/** Standard Schema v1 object for a `access_code.delay_in_removing_from_device` event. */
export const AccessCodeDelayInRemovingFromDeviceEventSchema: StandardSchemaV1<AccessCodeDelayInRemovingFromDeviceEvent> =
  /* @__PURE__ */ standard(checkAccessCodeDelayInRemovingFromDeviceEvent, vendor);

/** Validates a `access_code.delay_in_setting_on_device` event; see {@link Validate}. */
export const validateAccessCodeDelayInSettingOnDeviceEvent: Validate<AccessCodeDelayInSettingOnDeviceEvent> =
  /* @__PURE__ */ validator(checkAccessCodeDelayInSettingOnDeviceEvent);

/** True when the input is a `access_code.delay_in_setting_on_device` event. */
export const isAccessCodeDelayInSettingOnDeviceEvent: Guard<AccessCodeDelayInSettingOnDeviceEvent> =
  /* @__PURE__ */ guard(checkAccessCodeDelayInSettingOnDeviceEvent);

/** Standard Schema v1 object for a `access_code.delay_in_setting_on_device` event. */
export const AccessCodeDelayInSettingOnDeviceEventSchema: StandardSchemaV1<AccessCodeDelayInSettingOnDeviceEvent> =
  /* @__PURE__ */ standard(checkAccessCodeDelayInSettingOnDeviceEvent, vendor);

/** Validates a `access_code.deleted` event; see {@link Validate}. */
export const validateAccessCodeDeletedEvent: Validate<AccessCodeDeletedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeDeletedEvent);

/** True when the input is a `access_code.deleted` event. */
export const isAccessCodeDeletedEvent: Guard<AccessCodeDeletedEvent> = /* @__PURE__ */ guard(
  checkAccessCodeDeletedEvent,
);

/** Standard Schema v1 object for a `access_code.deleted` event. */
export const AccessCodeDeletedEventSchema: StandardSchemaV1<AccessCodeDeletedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeDeletedEvent, vendor);

/** Validates a `access_code.deleted_external_to_seam` event; see {@link Validate}. */
export const validateAccessCodeDeletedExternalToSeamEvent: Validate<AccessCodeDeletedExternalToSeamEvent> =
  /* @__PURE__ */ validator(checkAccessCodeDeletedExternalToSeamEvent);

/** True when the input is a `access_code.deleted_external_to_seam` event. */
export const isAccessCodeDeletedExternalToSeamEvent: Guard<AccessCodeDeletedExternalToSeamEvent> =
  /* @__PURE__ */ guard(checkAccessCodeDeletedExternalToSeamEvent);

/** Standard Schema v1 object for a `access_code.deleted_external_to_seam` event. */
export const AccessCodeDeletedExternalToSeamEventSchema: StandardSchemaV1<AccessCodeDeletedExternalToSeamEvent> =
  /* @__PURE__ */ standard(checkAccessCodeDeletedExternalToSeamEvent, vendor);

/** Validates a `access_code.failed_to_remove_from_device` event; see {@link Validate}. */
export const validateAccessCodeFailedToRemoveFromDeviceEvent: Validate<AccessCodeFailedToRemoveFromDeviceEvent> =
  /* @__PURE__ */ validator(checkAccessCodeFailedToRemoveFromDeviceEvent);

/** True when the input is a `access_code.failed_to_remove_from_device` event. */
export const isAccessCodeFailedToRemoveFromDeviceEvent: Guard<AccessCodeFailedToRemoveFromDeviceEvent> =
  /* @__PURE__ */ guard(checkAccessCodeFailedToRemoveFromDeviceEvent);

/** Standard Schema v1 object for a `access_code.failed_to_remove_from_device` event. */
export const AccessCodeFailedToRemoveFromDeviceEventSchema: StandardSchemaV1<AccessCodeFailedToRemoveFromDeviceEvent> =
  /* @__PURE__ */ standard(checkAccessCodeFailedToRemoveFromDeviceEvent, vendor);

/** Validates a `access_code.failed_to_set_on_device` event; see {@link Validate}. */
export const validateAccessCodeFailedToSetOnDeviceEvent: Validate<AccessCodeFailedToSetOnDeviceEvent> =
  /* @__PURE__ */ validator(checkAccessCodeFailedToSetOnDeviceEvent);

/** True when the input is a `access_code.failed_to_set_on_device` event. */
export const isAccessCodeFailedToSetOnDeviceEvent: Guard<AccessCodeFailedToSetOnDeviceEvent> =
  /* @__PURE__ */ guard(checkAccessCodeFailedToSetOnDeviceEvent);

/** Standard Schema v1 object for a `access_code.failed_to_set_on_device` event. */
export const AccessCodeFailedToSetOnDeviceEventSchema: StandardSchemaV1<AccessCodeFailedToSetOnDeviceEvent> =
  /* @__PURE__ */ standard(checkAccessCodeFailedToSetOnDeviceEvent, vendor);

/** Validates a `access_code.modified_external_to_seam` event; see {@link Validate}. */
export const validateAccessCodeModifiedExternalToSeamEvent: Validate<AccessCodeModifiedExternalToSeamEvent> =
  /* @__PURE__ */ validator(checkAccessCodeModifiedExternalToSeamEvent);

/** True when the input is a `access_code.modified_external_to_seam` event. */
export const isAccessCodeModifiedExternalToSeamEvent: Guard<AccessCodeModifiedExternalToSeamEvent> =
  /* @__PURE__ */ guard(checkAccessCodeModifiedExternalToSeamEvent);

/** Standard Schema v1 object for a `access_code.modified_external_to_seam` event. */
export const AccessCodeModifiedExternalToSeamEventSchema: StandardSchemaV1<AccessCodeModifiedExternalToSeamEvent> =
  /* @__PURE__ */ standard(checkAccessCodeModifiedExternalToSeamEvent, vendor);

/** Validates a `access_code.mutations_requested` event; see {@link Validate}. */
export const validateAccessCodeMutationsRequestedEvent: Validate<AccessCodeMutationsRequestedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeMutationsRequestedEvent);

/** True when the input is a `access_code.mutations_requested` event. */
export const isAccessCodeMutationsRequestedEvent: Guard<AccessCodeMutationsRequestedEvent> =
  /* @__PURE__ */ guard(checkAccessCodeMutationsRequestedEvent);

/** Standard Schema v1 object for a `access_code.mutations_requested` event. */
export const AccessCodeMutationsRequestedEventSchema: StandardSchemaV1<AccessCodeMutationsRequestedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeMutationsRequestedEvent, vendor);

/** Validates a `access_code.name_changed` event; see {@link Validate}. */
export const validateAccessCodeNameChangedEvent: Validate<AccessCodeNameChangedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeNameChangedEvent);

/** True when the input is a `access_code.name_changed` event. */
export const isAccessCodeNameChangedEvent: Guard<AccessCodeNameChangedEvent> =
  /* @__PURE__ */ guard(checkAccessCodeNameChangedEvent);

/** Standard Schema v1 object for a `access_code.name_changed` event. */
export const AccessCodeNameChangedEventSchema: StandardSchemaV1<AccessCodeNameChangedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeNameChangedEvent, vendor);

/** Validates a `access_code.removed_from_device` event; see {@link Validate}. */
export const validateAccessCodeRemovedFromDeviceEvent: Validate<AccessCodeRemovedFromDeviceEvent> =
  /* @__PURE__ */ validator(checkAccessCodeRemovedFromDeviceEvent);

/** True when the input is a `access_code.removed_from_device` event. */
export const isAccessCodeRemovedFromDeviceEvent: Guard<AccessCodeRemovedFromDeviceEvent> =
  /* @__PURE__ */ guard(checkAccessCodeRemovedFromDeviceEvent);

/** Standard Schema v1 object for a `access_code.removed_from_device` event. */
export const AccessCodeRemovedFromDeviceEventSchema: StandardSchemaV1<AccessCodeRemovedFromDeviceEvent> =
  /* @__PURE__ */ standard(checkAccessCodeRemovedFromDeviceEvent, vendor);

/** Validates a `access_code.scheduled_on_device` event; see {@link Validate}. */
export const validateAccessCodeScheduledOnDeviceEvent: Validate<AccessCodeScheduledOnDeviceEvent> =
  /* @__PURE__ */ validator(checkAccessCodeScheduledOnDeviceEvent);

/** True when the input is a `access_code.scheduled_on_device` event. */
export const isAccessCodeScheduledOnDeviceEvent: Guard<AccessCodeScheduledOnDeviceEvent> =
  /* @__PURE__ */ guard(checkAccessCodeScheduledOnDeviceEvent);

/** Standard Schema v1 object for a `access_code.scheduled_on_device` event. */
export const AccessCodeScheduledOnDeviceEventSchema: StandardSchemaV1<AccessCodeScheduledOnDeviceEvent> =
  /* @__PURE__ */ standard(checkAccessCodeScheduledOnDeviceEvent, vendor);

/** Validates a `access_code.set_on_device` event; see {@link Validate}. */
export const validateAccessCodeSetOnDeviceEvent: Validate<AccessCodeSetOnDeviceEvent> =
  /* @__PURE__ */ validator(checkAccessCodeSetOnDeviceEvent);

/** True when the input is a `access_code.set_on_device` event. */
export const isAccessCodeSetOnDeviceEvent: Guard<AccessCodeSetOnDeviceEvent> =
  /* @__PURE__ */ guard(checkAccessCodeSetOnDeviceEvent);

/** Standard Schema v1 object for a `access_code.set_on_device` event. */
export const AccessCodeSetOnDeviceEventSchema: StandardSchemaV1<AccessCodeSetOnDeviceEvent> =
  /* @__PURE__ */ standard(checkAccessCodeSetOnDeviceEvent, vendor);

/** Validates a `access_code.time_frame_changed` event; see {@link Validate}. */
export const validateAccessCodeTimeFrameChangedEvent: Validate<AccessCodeTimeFrameChangedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeTimeFrameChangedEvent);

/** True when the input is a `access_code.time_frame_changed` event. */
export const isAccessCodeTimeFrameChangedEvent: Guard<AccessCodeTimeFrameChangedEvent> =
  /* @__PURE__ */ guard(checkAccessCodeTimeFrameChangedEvent);

/** Standard Schema v1 object for a `access_code.time_frame_changed` event. */
export const AccessCodeTimeFrameChangedEventSchema: StandardSchemaV1<AccessCodeTimeFrameChangedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeTimeFrameChangedEvent, vendor);

/** Validates a `access_code.unmanaged.converted_to_managed` event; see {@link Validate}. */
export const validateAccessCodeUnmanagedConvertedToManagedEvent: Validate<AccessCodeUnmanagedConvertedToManagedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeUnmanagedConvertedToManagedEvent);

/** True when the input is a `access_code.unmanaged.converted_to_managed` event. */
export const isAccessCodeUnmanagedConvertedToManagedEvent: Guard<AccessCodeUnmanagedConvertedToManagedEvent> =
  /* @__PURE__ */ guard(checkAccessCodeUnmanagedConvertedToManagedEvent);

/** Standard Schema v1 object for a `access_code.unmanaged.converted_to_managed` event. */
export const AccessCodeUnmanagedConvertedToManagedEventSchema: StandardSchemaV1<AccessCodeUnmanagedConvertedToManagedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeUnmanagedConvertedToManagedEvent, vendor);

/** Validates a `access_code.unmanaged.created` event; see {@link Validate}. */
export const validateAccessCodeUnmanagedCreatedEvent: Validate<AccessCodeUnmanagedCreatedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeUnmanagedCreatedEvent);

/** True when the input is a `access_code.unmanaged.created` event. */
export const isAccessCodeUnmanagedCreatedEvent: Guard<AccessCodeUnmanagedCreatedEvent> =
  /* @__PURE__ */ guard(checkAccessCodeUnmanagedCreatedEvent);

/** Standard Schema v1 object for a `access_code.unmanaged.created` event. */
export const AccessCodeUnmanagedCreatedEventSchema: StandardSchemaV1<AccessCodeUnmanagedCreatedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeUnmanagedCreatedEvent, vendor);

/** Validates a `access_code.unmanaged.failed_to_convert_to_managed` event; see {@link Validate}. */
export const validateAccessCodeUnmanagedFailedToConvertToManagedEvent: Validate<AccessCodeUnmanagedFailedToConvertToManagedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeUnmanagedFailedToConvertToManagedEvent);

/** True when the input is a `access_code.unmanaged.failed_to_convert_to_managed` event. */
export const isAccessCodeUnmanagedFailedToConvertToManagedEvent: Guard<AccessCodeUnmanagedFailedToConvertToManagedEvent> =
  /* @__PURE__ */ guard(checkAccessCodeUnmanagedFailedToConvertToManagedEvent);

/** Standard Schema v1 object for a `access_code.unmanaged.failed_to_convert_to_managed` event. */
export const AccessCodeUnmanagedFailedToConvertToManagedEventSchema: StandardSchemaV1<AccessCodeUnmanagedFailedToConvertToManagedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, vendor);

/** Validates a `access_code.unmanaged.removed` event; see {@link Validate}. */
export const validateAccessCodeUnmanagedRemovedEvent: Validate<AccessCodeUnmanagedRemovedEvent> =
  /* @__PURE__ */ validator(checkAccessCodeUnmanagedRemovedEvent);

/** True when the input is a `access_code.unmanaged.removed` event. */
export const isAccessCodeUnmanagedRemovedEvent: Guard<AccessCodeUnmanagedRemovedEvent> =
  /* @__PURE__ */ guard(checkAccessCodeUnmanagedRemovedEvent);

/** Standard Schema v1 object for a `access_code.unmanaged.removed` event. */
export const AccessCodeUnmanagedRemovedEventSchema: StandardSchemaV1<AccessCodeUnmanagedRemovedEvent> =
  /* @__PURE__ */ standard(checkAccessCodeUnmanagedRemovedEvent, vendor);

/** Validates a `access_grant.access_granted_to_all_doors` event; see {@link Validate}. */
export const validateAccessGrantAccessGrantedToAllDoorsEvent: Validate<AccessGrantAccessGrantedToAllDoorsEvent> =
  /* @__PURE__ */ validator(checkAccessGrantAccessGrantedToAllDoorsEvent);

/** True when the input is a `access_grant.access_granted_to_all_doors` event. */
export const isAccessGrantAccessGrantedToAllDoorsEvent: Guard<AccessGrantAccessGrantedToAllDoorsEvent> =
  /* @__PURE__ */ guard(checkAccessGrantAccessGrantedToAllDoorsEvent);

/** Standard Schema v1 object for a `access_grant.access_granted_to_all_doors` event. */
export const AccessGrantAccessGrantedToAllDoorsEventSchema: StandardSchemaV1<AccessGrantAccessGrantedToAllDoorsEvent> =
  /* @__PURE__ */ standard(checkAccessGrantAccessGrantedToAllDoorsEvent, vendor);

/** Validates a `access_grant.access_granted_to_door` event; see {@link Validate}. */
export const validateAccessGrantAccessGrantedToDoorEvent: Validate<AccessGrantAccessGrantedToDoorEvent> =
  /* @__PURE__ */ validator(checkAccessGrantAccessGrantedToDoorEvent);

/** True when the input is a `access_grant.access_granted_to_door` event. */
export const isAccessGrantAccessGrantedToDoorEvent: Guard<AccessGrantAccessGrantedToDoorEvent> =
  /* @__PURE__ */ guard(checkAccessGrantAccessGrantedToDoorEvent);

/** Standard Schema v1 object for a `access_grant.access_granted_to_door` event. */
export const AccessGrantAccessGrantedToDoorEventSchema: StandardSchemaV1<AccessGrantAccessGrantedToDoorEvent> =
  /* @__PURE__ */ standard(checkAccessGrantAccessGrantedToDoorEvent, vendor);

/** Validates a `access_grant.access_times_changed` event; see {@link Validate}. */
export const validateAccessGrantAccessTimesChangedEvent: Validate<AccessGrantAccessTimesChangedEvent> =
  /* @__PURE__ */ validator(checkAccessGrantAccessTimesChangedEvent);

/** True when the input is a `access_grant.access_times_changed` event. */
export const isAccessGrantAccessTimesChangedEvent: Guard<AccessGrantAccessTimesChangedEvent> =
  /* @__PURE__ */ guard(checkAccessGrantAccessTimesChangedEvent);

/** Standard Schema v1 object for a `access_grant.access_times_changed` event. */
export const AccessGrantAccessTimesChangedEventSchema: StandardSchemaV1<AccessGrantAccessTimesChangedEvent> =
  /* @__PURE__ */ standard(checkAccessGrantAccessTimesChangedEvent, vendor);

/** Validates a `access_grant.access_to_door_lost` event; see {@link Validate}. */
export const validateAccessGrantAccessToDoorLostEvent: Validate<AccessGrantAccessToDoorLostEvent> =
  /* @__PURE__ */ validator(checkAccessGrantAccessToDoorLostEvent);

/** True when the input is a `access_grant.access_to_door_lost` event. */
export const isAccessGrantAccessToDoorLostEvent: Guard<AccessGrantAccessToDoorLostEvent> =
  /* @__PURE__ */ guard(checkAccessGrantAccessToDoorLostEvent);

/** Standard Schema v1 object for a `access_grant.access_to_door_lost` event. */
export const AccessGrantAccessToDoorLostEventSchema: StandardSchemaV1<AccessGrantAccessToDoorLostEvent> =
  /* @__PURE__ */ standard(checkAccessGrantAccessToDoorLostEvent, vendor);

/** Validates a `access_grant.could_not_create_requested_access_methods` event; see {@link Validate}. */
export const validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent: Validate<AccessGrantCouldNotCreateRequestedAccessMethodsEvent> =
  /* @__PURE__ */ validator(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent);

/** True when the input is a `access_grant.could_not_create_requested_access_methods` event. */
export const isAccessGrantCouldNotCreateRequestedAccessMethodsEvent: Guard<AccessGrantCouldNotCreateRequestedAccessMethodsEvent> =
  /* @__PURE__ */ guard(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent);

/** Standard Schema v1 object for a `access_grant.could_not_create_requested_access_methods` event. */
export const AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema: StandardSchemaV1<AccessGrantCouldNotCreateRequestedAccessMethodsEvent> =
  /* @__PURE__ */ standard(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, vendor);

/** Validates a `access_grant.created` event; see {@link Validate}. */
export const validateAccessGrantCreatedEvent: Validate<AccessGrantCreatedEvent> =
  /* @__PURE__ */ validator(checkAccessGrantCreatedEvent);

/** True when the input is a `access_grant.created` event. */
export const isAccessGrantCreatedEvent: Guard<AccessGrantCreatedEvent> = /* @__PURE__ */ guard(
  checkAccessGrantCreatedEvent,
);

/** Standard Schema v1 object for a `access_grant.created` event. */
export const AccessGrantCreatedEventSchema: StandardSchemaV1<AccessGrantCreatedEvent> =
  /* @__PURE__ */ standard(checkAccessGrantCreatedEvent, vendor);

/** Validates a `access_grant.deleted` event; see {@link Validate}. */
export const validateAccessGrantDeletedEvent: Validate<AccessGrantDeletedEvent> =
  /* @__PURE__ */ validator(checkAccessGrantDeletedEvent);

/** True when the input is a `access_grant.deleted` event. */
export const isAccessGrantDeletedEvent: Guard<AccessGrantDeletedEvent> = /* @__PURE__ */ guard(
  checkAccessGrantDeletedEvent,
);

/** Standard Schema v1 object for a `access_grant.deleted` event. */
export const AccessGrantDeletedEventSchema: StandardSchemaV1<AccessGrantDeletedEvent> =
  /* @__PURE__ */ standard(checkAccessGrantDeletedEvent, vendor);

/** Validates a `access_method.card_encoding_required` event; see {@link Validate}. */
export const validateAccessMethodCardEncodingRequiredEvent: Validate<AccessMethodCardEncodingRequiredEvent> =
  /* @__PURE__ */ validator(checkAccessMethodCardEncodingRequiredEvent);

/** True when the input is a `access_method.card_encoding_required` event. */
export const isAccessMethodCardEncodingRequiredEvent: Guard<AccessMethodCardEncodingRequiredEvent> =
  /* @__PURE__ */ guard(checkAccessMethodCardEncodingRequiredEvent);

/** Standard Schema v1 object for a `access_method.card_encoding_required` event. */
export const AccessMethodCardEncodingRequiredEventSchema: StandardSchemaV1<AccessMethodCardEncodingRequiredEvent> =
  /* @__PURE__ */ standard(checkAccessMethodCardEncodingRequiredEvent, vendor);

/** Validates a `access_method.created` event; see {@link Validate}. */
export const validateAccessMethodCreatedEvent: Validate<AccessMethodCreatedEvent> =
  /* @__PURE__ */ validator(checkAccessMethodCreatedEvent);

/** True when the input is a `access_method.created` event. */
export const isAccessMethodCreatedEvent: Guard<AccessMethodCreatedEvent> = /* @__PURE__ */ guard(
  checkAccessMethodCreatedEvent,
);

/** Standard Schema v1 object for a `access_method.created` event. */
export const AccessMethodCreatedEventSchema: StandardSchemaV1<AccessMethodCreatedEvent> =
  /* @__PURE__ */ standard(checkAccessMethodCreatedEvent, vendor);

/** Validates a `access_method.delay_in_issuing` event; see {@link Validate}. */
export const validateAccessMethodDelayInIssuingEvent: Validate<AccessMethodDelayInIssuingEvent> =
  /* @__PURE__ */ validator(checkAccessMethodDelayInIssuingEvent);

/** True when the input is a `access_method.delay_in_issuing` event. */
export const isAccessMethodDelayInIssuingEvent: Guard<AccessMethodDelayInIssuingEvent> =
  /* @__PURE__ */ guard(checkAccessMethodDelayInIssuingEvent);

/** Standard Schema v1 object for a `access_method.delay_in_issuing` event. */
export const AccessMethodDelayInIssuingEventSchema: StandardSchemaV1<AccessMethodDelayInIssuingEvent> =
  /* @__PURE__ */ standard(checkAccessMethodDelayInIssuingEvent, vendor);

/** Validates a `access_method.deleted` event; see {@link Validate}. */
export const validateAccessMethodDeletedEvent: Validate<AccessMethodDeletedEvent> =
  /* @__PURE__ */ validator(checkAccessMethodDeletedEvent);

/** True when the input is a `access_method.deleted` event. */
export const isAccessMethodDeletedEvent: Guard<AccessMethodDeletedEvent> = /* @__PURE__ */ guard(
  checkAccessMethodDeletedEvent,
);

/** Standard Schema v1 object for a `access_method.deleted` event. */
export const AccessMethodDeletedEventSchema: StandardSchemaV1<AccessMethodDeletedEvent> =
  /* @__PURE__ */ standard(checkAccessMethodDeletedEvent, vendor);

/** Validates a `access_method.failed_to_issue` event; see {@link Validate}. */
export const validateAccessMethodFailedToIssueEvent: Validate<AccessMethodFailedToIssueEvent> =
  /* @__PURE__ */ validator(checkAccessMethodFailedToIssueEvent);

/** True when the input is a `access_method.failed_to_issue` event. */
export const isAccessMethodFailedToIssueEvent: Guard<AccessMethodFailedToIssueEvent> =
  /* @__PURE__ */ guard(checkAccessMethodFailedToIssueEvent);

/** Standard Schema v1 object for a `access_method.failed_to_issue` event. */
export const AccessMethodFailedToIssueEventSchema: StandardSchemaV1<AccessMethodFailedToIssueEvent> =
  /* @__PURE__ */ standard(checkAccessMethodFailedToIssueEvent, vendor);

/** Validates a `access_method.issued` event; see {@link Validate}. */
export const validateAccessMethodIssuedEvent: Validate<AccessMethodIssuedEvent> =
  /* @__PURE__ */ validator(checkAccessMethodIssuedEvent);

/** True when the input is a `access_method.issued` event. */
export const isAccessMethodIssuedEvent: Guard<AccessMethodIssuedEvent> = /* @__PURE__ */ guard(
  checkAccessMethodIssuedEvent,
);

/** Standard Schema v1 object for a `access_method.issued` event. */
export const AccessMethodIssuedEventSchema: StandardSchemaV1<AccessMethodIssuedEvent> =
  /* @__PURE__ */ standard(checkAccessMethodIssuedEvent, vendor);

/** Validates a `access_method.reissued` event; see {@link Validate}. */
export const validateAccessMethodReissuedEvent: Validate<AccessMethodReissuedEvent> =
  /* @__PURE__ */ validator(checkAccessMethodReissuedEvent);

/** True when the input is a `access_method.reissued` event. */
export const isAccessMethodReissuedEvent: Guard<AccessMethodReissuedEvent> = /* @__PURE__ */ guard(
  checkAccessMethodReissuedEvent,
);

/** Standard Schema v1 object for a `access_method.reissued` event. */
export const AccessMethodReissuedEventSchema: StandardSchemaV1<AccessMethodReissuedEvent> =
  /* @__PURE__ */ standard(checkAccessMethodReissuedEvent, vendor);

/** Validates a `access_method.revoked` event; see {@link Validate}. */
export const validateAccessMethodRevokedEvent: Validate<AccessMethodRevokedEvent> =
  /* @__PURE__ */ validator(checkAccessMethodRevokedEvent);

/** True when the input is a `access_method.revoked` event. */
export const isAccessMethodRevokedEvent: Guard<AccessMethodRevokedEvent> = /* @__PURE__ */ guard(
  checkAccessMethodRevokedEvent,
);

/** Standard Schema v1 object for a `access_method.revoked` event. */
export const AccessMethodRevokedEventSchema: StandardSchemaV1<AccessMethodRevokedEvent> =
  /* @__PURE__ */ standard(checkAccessMethodRevokedEvent, vendor);

/** Validates a `acs_access_group.deleted` event; see {@link Validate}. */
export const validateAcsAccessGroupDeletedEvent: Validate<AcsAccessGroupDeletedEvent> =
  /* @__PURE__ */ validator(checkAcsAccessGroupDeletedEvent);

/** True when the input is a `acs_access_group.deleted` event. */
export const isAcsAccessGroupDeletedEvent: Guard<AcsAccessGroupDeletedEvent> =
  /* @__PURE__ */ guard(checkAcsAccessGroupDeletedEvent);

/** Standard Schema v1 object for a `acs_access_group.deleted` event. */
export const AcsAccessGroupDeletedEventSchema: StandardSchemaV1<AcsAccessGroupDeletedEvent> =
  /* @__PURE__ */ standard(checkAcsAccessGroupDeletedEvent, vendor);

/** Validates a `acs_credential.deleted` event; see {@link Validate}. */
export const validateAcsCredentialDeletedEvent: Validate<AcsCredentialDeletedEvent> =
  /* @__PURE__ */ validator(checkAcsCredentialDeletedEvent);

/** True when the input is a `acs_credential.deleted` event. */
export const isAcsCredentialDeletedEvent: Guard<AcsCredentialDeletedEvent> = /* @__PURE__ */ guard(
  checkAcsCredentialDeletedEvent,
);

/** Standard Schema v1 object for a `acs_credential.deleted` event. */
export const AcsCredentialDeletedEventSchema: StandardSchemaV1<AcsCredentialDeletedEvent> =
  /* @__PURE__ */ standard(checkAcsCredentialDeletedEvent, vendor);

/** Validates a `acs_credential.invalidated` event; see {@link Validate}. */
export const validateAcsCredentialInvalidatedEvent: Validate<AcsCredentialInvalidatedEvent> =
  /* @__PURE__ */ validator(checkAcsCredentialInvalidatedEvent);

/** True when the input is a `acs_credential.invalidated` event. */
export const isAcsCredentialInvalidatedEvent: Guard<AcsCredentialInvalidatedEvent> =
  /* @__PURE__ */ guard(checkAcsCredentialInvalidatedEvent);

/** Standard Schema v1 object for a `acs_credential.invalidated` event. */
export const AcsCredentialInvalidatedEventSchema: StandardSchemaV1<AcsCredentialInvalidatedEvent> =
  /* @__PURE__ */ standard(checkAcsCredentialInvalidatedEvent, vendor);

/** Validates a `acs_credential.issued` event; see {@link Validate}. */
export const validateAcsCredentialIssuedEvent: Validate<AcsCredentialIssuedEvent> =
  /* @__PURE__ */ validator(checkAcsCredentialIssuedEvent);

/** True when the input is a `acs_credential.issued` event. */
export const isAcsCredentialIssuedEvent: Guard<AcsCredentialIssuedEvent> = /* @__PURE__ */ guard(
  checkAcsCredentialIssuedEvent,
);

/** Standard Schema v1 object for a `acs_credential.issued` event. */
export const AcsCredentialIssuedEventSchema: StandardSchemaV1<AcsCredentialIssuedEvent> =
  /* @__PURE__ */ standard(checkAcsCredentialIssuedEvent, vendor);

/** Validates a `acs_credential.reissued` event; see {@link Validate}. */
export const validateAcsCredentialReissuedEvent: Validate<AcsCredentialReissuedEvent> =
  /* @__PURE__ */ validator(checkAcsCredentialReissuedEvent);

/** True when the input is a `acs_credential.reissued` event. */
export const isAcsCredentialReissuedEvent: Guard<AcsCredentialReissuedEvent> =
  /* @__PURE__ */ guard(checkAcsCredentialReissuedEvent);

/** Standard Schema v1 object for a `acs_credential.reissued` event. */
export const AcsCredentialReissuedEventSchema: StandardSchemaV1<AcsCredentialReissuedEvent> =
  /* @__PURE__ */ standard(checkAcsCredentialReissuedEvent, vendor);

/** Validates a `acs_encoder.added` event; see {@link Validate}. */
export const validateAcsEncoderAddedEvent: Validate<AcsEncoderAddedEvent> =
  /* @__PURE__ */ validator(checkAcsEncoderAddedEvent);

/** True when the input is a `acs_encoder.added` event. */
export const isAcsEncoderAddedEvent: Guard<AcsEncoderAddedEvent> =
  /* @__PURE__ */ guard(checkAcsEncoderAddedEvent);

/** Standard Schema v1 object for a `acs_encoder.added` event. */
export const AcsEncoderAddedEventSchema: StandardSchemaV1<AcsEncoderAddedEvent> =
  /* @__PURE__ */ standard(checkAcsEncoderAddedEvent, vendor);

/** Validates a `acs_encoder.removed` event; see {@link Validate}. */
export const validateAcsEncoderRemovedEvent: Validate<AcsEncoderRemovedEvent> =
  /* @__PURE__ */ validator(checkAcsEncoderRemovedEvent);

/** True when the input is a `acs_encoder.removed` event. */
export const isAcsEncoderRemovedEvent: Guard<AcsEncoderRemovedEvent> = /* @__PURE__ */ guard(
  checkAcsEncoderRemovedEvent,
);

/** Standard Schema v1 object for a `acs_encoder.removed` event. */
export const AcsEncoderRemovedEventSchema: StandardSchemaV1<AcsEncoderRemovedEvent> =
  /* @__PURE__ */ standard(checkAcsEncoderRemovedEvent, vendor);

/** Validates a `acs_entrance.added` event; see {@link Validate}. */
export const validateAcsEntranceAddedEvent: Validate<AcsEntranceAddedEvent> =
  /* @__PURE__ */ validator(checkAcsEntranceAddedEvent);

/** True when the input is a `acs_entrance.added` event. */
export const isAcsEntranceAddedEvent: Guard<AcsEntranceAddedEvent> = /* @__PURE__ */ guard(
  checkAcsEntranceAddedEvent,
);

/** Standard Schema v1 object for a `acs_entrance.added` event. */
export const AcsEntranceAddedEventSchema: StandardSchemaV1<AcsEntranceAddedEvent> =
  /* @__PURE__ */ standard(checkAcsEntranceAddedEvent, vendor);

/** Validates a `acs_entrance.removed` event; see {@link Validate}. */
export const validateAcsEntranceRemovedEvent: Validate<AcsEntranceRemovedEvent> =
  /* @__PURE__ */ validator(checkAcsEntranceRemovedEvent);

/** True when the input is a `acs_entrance.removed` event. */
export const isAcsEntranceRemovedEvent: Guard<AcsEntranceRemovedEvent> = /* @__PURE__ */ guard(
  checkAcsEntranceRemovedEvent,
);

/** Standard Schema v1 object for a `acs_entrance.removed` event. */
export const AcsEntranceRemovedEventSchema: StandardSchemaV1<AcsEntranceRemovedEvent> =
  /* @__PURE__ */ standard(checkAcsEntranceRemovedEvent, vendor);

/** Validates a `acs_system.added` event; see {@link Validate}. */
export const validateAcsSystemAddedEvent: Validate<AcsSystemAddedEvent> =
  /* @__PURE__ */ validator(checkAcsSystemAddedEvent);

/** True when the input is a `acs_system.added` event. */
export const isAcsSystemAddedEvent: Guard<AcsSystemAddedEvent> =
  /* @__PURE__ */ guard(checkAcsSystemAddedEvent);

/** Standard Schema v1 object for a `acs_system.added` event. */
export const AcsSystemAddedEventSchema: StandardSchemaV1<AcsSystemAddedEvent> =
  /* @__PURE__ */ standard(checkAcsSystemAddedEvent, vendor);

/** Validates a `acs_system.connected` event; see {@link Validate}. */
export const validateAcsSystemConnectedEvent: Validate<AcsSystemConnectedEvent> =
  /* @__PURE__ */ validator(checkAcsSystemConnectedEvent);

/** True when the input is a `acs_system.connected` event. */
export const isAcsSystemConnectedEvent: Guard<AcsSystemConnectedEvent> = /* @__PURE__ */ guard(
  checkAcsSystemConnectedEvent,
);

/** Standard Schema v1 object for a `acs_system.connected` event. */
export const AcsSystemConnectedEventSchema: StandardSchemaV1<AcsSystemConnectedEvent> =
  /* @__PURE__ */ standard(checkAcsSystemConnectedEvent, vendor);

/** Validates a `acs_system.disconnected` event; see {@link Validate}. */
export const validateAcsSystemDisconnectedEvent: Validate<AcsSystemDisconnectedEvent> =
  /* @__PURE__ */ validator(checkAcsSystemDisconnectedEvent);

/** True when the input is a `acs_system.disconnected` event. */
export const isAcsSystemDisconnectedEvent: Guard<AcsSystemDisconnectedEvent> =
  /* @__PURE__ */ guard(checkAcsSystemDisconnectedEvent);

/** Standard Schema v1 object for a `acs_system.disconnected` event. */
export const AcsSystemDisconnectedEventSchema: StandardSchemaV1<AcsSystemDisconnectedEvent> =
  /* @__PURE__ */ standard(checkAcsSystemDisconnectedEvent, vendor);

/** Validates a `acs_user.created` event; see {@link Validate}. */
export const validateAcsUserCreatedEvent: Validate<AcsUserCreatedEvent> =
  /* @__PURE__ */ validator(checkAcsUserCreatedEvent);

/** True when the input is a `acs_user.created` event. */
export const isAcsUserCreatedEvent: Guard<AcsUserCreatedEvent> =
  /* @__PURE__ */ guard(checkAcsUserCreatedEvent);

/** Standard Schema v1 object for a `acs_user.created` event. */
export const AcsUserCreatedEventSchema: StandardSchemaV1<AcsUserCreatedEvent> =
  /* @__PURE__ */ standard(checkAcsUserCreatedEvent, vendor);

/** Validates a `acs_user.deleted` event; see {@link Validate}. */
export const validateAcsUserDeletedEvent: Validate<AcsUserDeletedEvent> =
  /* @__PURE__ */ validator(checkAcsUserDeletedEvent);

/** True when the input is a `acs_user.deleted` event. */
export const isAcsUserDeletedEvent: Guard<AcsUserDeletedEvent> =
  /* @__PURE__ */ guard(checkAcsUserDeletedEvent);

/** Standard Schema v1 object for a `acs_user.deleted` event. */
export const AcsUserDeletedEventSchema: StandardSchemaV1<AcsUserDeletedEvent> =
  /* @__PURE__ */ standard(checkAcsUserDeletedEvent, vendor);

/** Validates a `action_attempt.lock_door.failed` event; see {@link Validate}. */
export const validateActionAttemptLockDoorFailedEvent: Validate<ActionAttemptLockDoorFailedEvent> =
  /* @__PURE__ */ validator(checkActionAttemptLockDoorFailedEvent);

/** True when the input is a `action_attempt.lock_door.failed` event. */
export const isActionAttemptLockDoorFailedEvent: Guard<ActionAttemptLockDoorFailedEvent> =
  /* @__PURE__ */ guard(checkActionAttemptLockDoorFailedEvent);

/** Standard Schema v1 object for a `action_attempt.lock_door.failed` event. */
export const ActionAttemptLockDoorFailedEventSchema: StandardSchemaV1<ActionAttemptLockDoorFailedEvent> =
  /* @__PURE__ */ standard(checkActionAttemptLockDoorFailedEvent, vendor);

/** Validates a `action_attempt.lock_door.succeeded` event; see {@link Validate}. */
export const validateActionAttemptLockDoorSucceededEvent: Validate<ActionAttemptLockDoorSucceededEvent> =
  /* @__PURE__ */ validator(checkActionAttemptLockDoorSucceededEvent);

/** True when the input is a `action_attempt.lock_door.succeeded` event. */
export const isActionAttemptLockDoorSucceededEvent: Guard<ActionAttemptLockDoorSucceededEvent> =
  /* @__PURE__ */ guard(checkActionAttemptLockDoorSucceededEvent);

/** Standard Schema v1 object for a `action_attempt.lock_door.succeeded` event. */
export const ActionAttemptLockDoorSucceededEventSchema: StandardSchemaV1<ActionAttemptLockDoorSucceededEvent> =
  /* @__PURE__ */ standard(checkActionAttemptLockDoorSucceededEvent, vendor);

/** Validates a `action_attempt.simulate_keypad_code_entry.failed` event; see {@link Validate}. */
export const validateActionAttemptSimulateKeypadCodeEntryFailedEvent: Validate<ActionAttemptSimulateKeypadCodeEntryFailedEvent> =
  /* @__PURE__ */ validator(checkActionAttemptSimulateKeypadCodeEntryFailedEvent);

/** True when the input is a `action_attempt.simulate_keypad_code_entry.failed` event. */
export const isActionAttemptSimulateKeypadCodeEntryFailedEvent: Guard<ActionAttemptSimulateKeypadCodeEntryFailedEvent> =
  /* @__PURE__ */ guard(checkActionAttemptSimulateKeypadCodeEntryFailedEvent);

/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.failed` event. */
export const ActionAttemptSimulateKeypadCodeEntryFailedEventSchema: StandardSchemaV1<ActionAttemptSimulateKeypadCodeEntryFailedEvent> =
  /* @__PURE__ */ standard(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, vendor);

/** Validates a `action_attempt.simulate_keypad_code_entry.succeeded` event; see {@link Validate}. */
export const validateActionAttemptSimulateKeypadCodeEntrySucceededEvent: Validate<ActionAttemptSimulateKeypadCodeEntrySucceededEvent> =
  /* @__PURE__ */ validator(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent);

/** True when the input is a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
export const isActionAttemptSimulateKeypadCodeEntrySucceededEvent: Guard<ActionAttemptSimulateKeypadCodeEntrySucceededEvent> =
  /* @__PURE__ */ guard(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent);

/** Standard Schema v1 object for a `action_attempt.simulate_keypad_code_entry.succeeded` event. */
export const ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema: StandardSchemaV1<ActionAttemptSimulateKeypadCodeEntrySucceededEvent> =
  /* @__PURE__ */ standard(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, vendor);

/** Validates a `action_attempt.simulate_manual_lock_via_keypad.failed` event; see {@link Validate}. */
export const validateActionAttemptSimulateManualLockViaKeypadFailedEvent: Validate<ActionAttemptSimulateManualLockViaKeypadFailedEvent> =
  /* @__PURE__ */ validator(checkActionAttemptSimulateManualLockViaKeypadFailedEvent);

/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
export const isActionAttemptSimulateManualLockViaKeypadFailedEvent: Guard<ActionAttemptSimulateManualLockViaKeypadFailedEvent> =
  /* @__PURE__ */ guard(checkActionAttemptSimulateManualLockViaKeypadFailedEvent);

/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.failed` event. */
export const ActionAttemptSimulateManualLockViaKeypadFailedEventSchema: StandardSchemaV1<ActionAttemptSimulateManualLockViaKeypadFailedEvent> =
  /* @__PURE__ */ standard(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, vendor);

/** Validates a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event; see {@link Validate}. */
export const validateActionAttemptSimulateManualLockViaKeypadSucceededEvent: Validate<ActionAttemptSimulateManualLockViaKeypadSucceededEvent> =
  /* @__PURE__ */ validator(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent);

/** True when the input is a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
export const isActionAttemptSimulateManualLockViaKeypadSucceededEvent: Guard<ActionAttemptSimulateManualLockViaKeypadSucceededEvent> =
  /* @__PURE__ */ guard(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent);

/** Standard Schema v1 object for a `action_attempt.simulate_manual_lock_via_keypad.succeeded` event. */
export const ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema: StandardSchemaV1<ActionAttemptSimulateManualLockViaKeypadSucceededEvent> =
  /* @__PURE__ */ standard(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, vendor);

/** Validates a `action_attempt.unlock_door.failed` event; see {@link Validate}. */
export const validateActionAttemptUnlockDoorFailedEvent: Validate<ActionAttemptUnlockDoorFailedEvent> =
  /* @__PURE__ */ validator(checkActionAttemptUnlockDoorFailedEvent);

/** True when the input is a `action_attempt.unlock_door.failed` event. */
export const isActionAttemptUnlockDoorFailedEvent: Guard<ActionAttemptUnlockDoorFailedEvent> =
  /* @__PURE__ */ guard(checkActionAttemptUnlockDoorFailedEvent);

/** Standard Schema v1 object for a `action_attempt.unlock_door.failed` event. */
export const ActionAttemptUnlockDoorFailedEventSchema: StandardSchemaV1<ActionAttemptUnlockDoorFailedEvent> =
  /* @__PURE__ */ standard(checkActionAttemptUnlockDoorFailedEvent, vendor);

/** Validates a `action_attempt.unlock_door.succeeded` event; see {@link Validate}. */
export const validateActionAttemptUnlockDoorSucceededEvent: Validate<ActionAttemptUnlockDoorSucceededEvent> =
  /* @__PURE__ */ validator(checkActionAttemptUnlockDoorSucceededEvent);

/** True when the input is a `action_attempt.unlock_door.succeeded` event. */
export const isActionAttemptUnlockDoorSucceededEvent: Guard<ActionAttemptUnlockDoorSucceededEvent> =
  /* @__PURE__ */ guard(checkActionAttemptUnlockDoorSucceededEvent);

/** Standard Schema v1 object for a `action_attempt.unlock_door.succeeded` event. */
export const ActionAttemptUnlockDoorSucceededEventSchema: StandardSchemaV1<ActionAttemptUnlockDoorSucceededEvent> =
  /* @__PURE__ */ standard(checkActionAttemptUnlockDoorSucceededEvent, vendor);

/** Validates a `camera.activated` event; see {@link Validate}. */
export const validateCameraActivatedEvent: Validate<CameraActivatedEvent> =
  /* @__PURE__ */ validator(checkCameraActivatedEvent);

/** True when the input is a `camera.activated` event. */
export const isCameraActivatedEvent: Guard<CameraActivatedEvent> =
  /* @__PURE__ */ guard(checkCameraActivatedEvent);

/** Standard Schema v1 object for a `camera.activated` event. */
export const CameraActivatedEventSchema: StandardSchemaV1<CameraActivatedEvent> =
  /* @__PURE__ */ standard(checkCameraActivatedEvent, vendor);

/** Validates a `client_session.deleted` event; see {@link Validate}. */
export const validateClientSessionDeletedEvent: Validate<ClientSessionDeletedEvent> =
  /* @__PURE__ */ validator(checkClientSessionDeletedEvent);

/** True when the input is a `client_session.deleted` event. */
export const isClientSessionDeletedEvent: Guard<ClientSessionDeletedEvent> = /* @__PURE__ */ guard(
  checkClientSessionDeletedEvent,
);

/** Standard Schema v1 object for a `client_session.deleted` event. */
export const ClientSessionDeletedEventSchema: StandardSchemaV1<ClientSessionDeletedEvent> =
  /* @__PURE__ */ standard(checkClientSessionDeletedEvent, vendor);

/** Validates a `connect_webview.login_failed` event; see {@link Validate}. */
export const validateConnectWebviewLoginFailedEvent: Validate<ConnectWebviewLoginFailedEvent> =
  /* @__PURE__ */ validator(checkConnectWebviewLoginFailedEvent);

/** True when the input is a `connect_webview.login_failed` event. */
export const isConnectWebviewLoginFailedEvent: Guard<ConnectWebviewLoginFailedEvent> =
  /* @__PURE__ */ guard(checkConnectWebviewLoginFailedEvent);

/** Standard Schema v1 object for a `connect_webview.login_failed` event. */
export const ConnectWebviewLoginFailedEventSchema: StandardSchemaV1<ConnectWebviewLoginFailedEvent> =
  /* @__PURE__ */ standard(checkConnectWebviewLoginFailedEvent, vendor);

/** Validates a `connect_webview.login_succeeded` event; see {@link Validate}. */
export const validateConnectWebviewLoginSucceededEvent: Validate<ConnectWebviewLoginSucceededEvent> =
  /* @__PURE__ */ validator(checkConnectWebviewLoginSucceededEvent);

/** True when the input is a `connect_webview.login_succeeded` event. */
export const isConnectWebviewLoginSucceededEvent: Guard<ConnectWebviewLoginSucceededEvent> =
  /* @__PURE__ */ guard(checkConnectWebviewLoginSucceededEvent);

/** Standard Schema v1 object for a `connect_webview.login_succeeded` event. */
export const ConnectWebviewLoginSucceededEventSchema: StandardSchemaV1<ConnectWebviewLoginSucceededEvent> =
  /* @__PURE__ */ standard(checkConnectWebviewLoginSucceededEvent, vendor);

/** Validates a `connected_account.completed_first_sync` event; see {@link Validate}. */
export const validateConnectedAccountCompletedFirstSyncEvent: Validate<ConnectedAccountCompletedFirstSyncEvent> =
  /* @__PURE__ */ validator(checkConnectedAccountCompletedFirstSyncEvent);

/** True when the input is a `connected_account.completed_first_sync` event. */
export const isConnectedAccountCompletedFirstSyncEvent: Guard<ConnectedAccountCompletedFirstSyncEvent> =
  /* @__PURE__ */ guard(checkConnectedAccountCompletedFirstSyncEvent);

/** Standard Schema v1 object for a `connected_account.completed_first_sync` event. */
export const ConnectedAccountCompletedFirstSyncEventSchema: StandardSchemaV1<ConnectedAccountCompletedFirstSyncEvent> =
  /* @__PURE__ */ standard(checkConnectedAccountCompletedFirstSyncEvent, vendor);

/** Validates a `connected_account.completed_first_sync_after_reconnection` event; see {@link Validate}. */
export const validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent: Validate<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent> =
  /* @__PURE__ */ validator(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent);

/** True when the input is a `connected_account.completed_first_sync_after_reconnection` event. */
export const isConnectedAccountCompletedFirstSyncAfterReconnectionEvent: Guard<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent> =
  /* @__PURE__ */ guard(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent);

/** Standard Schema v1 object for a `connected_account.completed_first_sync_after_reconnection` event. */
export const ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema: StandardSchemaV1<ConnectedAccountCompletedFirstSyncAfterReconnectionEvent> =
  /* @__PURE__ */ standard(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, vendor);

/** Validates a `connected_account.connected` event; see {@link Validate}. */
export const validateConnectedAccountConnectedEvent: Validate<ConnectedAccountConnectedEvent> =
  /* @__PURE__ */ validator(checkConnectedAccountConnectedEvent);

/** True when the input is a `connected_account.connected` event. */
export const isConnectedAccountConnectedEvent: Guard<ConnectedAccountConnectedEvent> =
  /* @__PURE__ */ guard(checkConnectedAccountConnectedEvent);

/** Standard Schema v1 object for a `connected_account.connected` event. */
export const ConnectedAccountConnectedEventSchema: StandardSchemaV1<ConnectedAccountConnectedEvent> =
  /* @__PURE__ */ standard(checkConnectedAccountConnectedEvent, vendor);

/** Validates a `connected_account.created` event; see {@link Validate}. */
export const validateConnectedAccountCreatedEvent: Validate<ConnectedAccountCreatedEvent> =
  /* @__PURE__ */ validator(checkConnectedAccountCreatedEvent);

/** True when the input is a `connected_account.created` event. */
export const isConnectedAccountCreatedEvent: Guard<ConnectedAccountCreatedEvent> =
  /* @__PURE__ */ guard(checkConnectedAccountCreatedEvent);

/** Standard Schema v1 object for a `connected_account.created` event. */
export const ConnectedAccountCreatedEventSchema: StandardSchemaV1<ConnectedAccountCreatedEvent> =
  /* @__PURE__ */ standard(checkConnectedAccountCreatedEvent, vendor);

/** Validates a `connected_account.deleted` event; see {@link Validate}. */
export const validateConnectedAccountDeletedEvent: Validate<ConnectedAccountDeletedEvent> =
  /* @__PURE__ */ validator(checkConnectedAccountDeletedEvent);

/** True when the input is a `connected_account.deleted` event. */
export const isConnectedAccountDeletedEvent: Guard<ConnectedAccountDeletedEvent> =
  /* @__PURE__ */ guard(checkConnectedAccountDeletedEvent);

/** Standard Schema v1 object for a `connected_account.deleted` event. */
export const ConnectedAccountDeletedEventSchema: StandardSchemaV1<ConnectedAccountDeletedEvent> =
  /* @__PURE__ */ standard(checkConnectedAccountDeletedEvent, vendor);

/** Validates a `connected_account.disconnected` event; see {@link Validate}. */
export const validateConnectedAccountDisconnectedEvent: Validate<ConnectedAccountDisconnectedEvent> =
  /* @__PURE__ */ validator(checkConnectedAccountDisconnectedEvent);

/** True when the input is a `connected_account.disconnected` event. */
export const isConnectedAccountDisconnectedEvent: Guard<ConnectedAccountDisconnectedEvent> =
  /* @__PURE__ */ guard(checkConnectedAccountDisconnectedEvent);

/** Standard Schema v1 object for a `connected_account.disconnected` event. */
export const ConnectedAccountDisconnectedEventSchema: StandardSchemaV1<ConnectedAccountDisconnectedEvent> =
  /* @__PURE__ */ standard(checkConnectedAccountDisconnectedEvent, vendor);

/** Validates a `connected_account.reauthorization_requested` event; see {@link Validate}. */
export const validateConnectedAccountReauthorizationRequestedEvent: Validate<ConnectedAccountReauthorizationRequestedEvent> =
  /* @__PURE__ */ validator(checkConnectedAccountReauthorizationRequestedEvent);

/** True when the input is a `connected_account.reauthorization_requested` event. */
export const isConnectedAccountReauthorizationRequestedEvent: Guard<ConnectedAccountReauthorizationRequestedEvent> =
  /* @__PURE__ */ guard(checkConnectedAccountReauthorizationRequestedEvent);

/** Standard Schema v1 object for a `connected_account.reauthorization_requested` event. */
export const ConnectedAccountReauthorizationRequestedEventSchema: StandardSchemaV1<ConnectedAccountReauthorizationRequestedEvent> =
  /* @__PURE__ */ standard(checkConnectedAccountReauthorizationRequestedEvent, vendor);

/**
 * Validates a `connected_account.successful_login` event; see {@link Validate}.
 * @deprecated Use connect_webview.login_succeeded instead.
 */
export const validateConnectedAccountSuccessfulLoginEvent: Validate<ConnectedAccountSuccessfulLoginEvent> =
  /* @__PURE__ */ validator(checkConnectedAccountSuccessfulLoginEvent);

/**
 * True when the input is a `connected_account.successful_login` event.
 * @deprecated Use connect_webview.login_succeeded instead.
 */
export const isConnectedAccountSuccessfulLoginEvent: Guard<ConnectedAccountSuccessfulLoginEvent> =
  /* @__PURE__ */ guard(checkConnectedAccountSuccessfulLoginEvent);

/**
 * Standard Schema v1 object for a `connected_account.successful_login` event.
 * @deprecated Use connect_webview.login_succeeded instead.
 */
export const ConnectedAccountSuccessfulLoginEventSchema: StandardSchemaV1<ConnectedAccountSuccessfulLoginEvent> =
  /* @__PURE__ */ standard(checkConnectedAccountSuccessfulLoginEvent, vendor);

/** Validates a `device.accessory_keypad_connected` event; see {@link Validate}. */
export const validateDeviceAccessoryKeypadConnectedEvent: Validate<DeviceAccessoryKeypadConnectedEvent> =
  /* @__PURE__ */ validator(checkDeviceAccessoryKeypadConnectedEvent);

/** True when the input is a `device.accessory_keypad_connected` event. */
export const isDeviceAccessoryKeypadConnectedEvent: Guard<DeviceAccessoryKeypadConnectedEvent> =
  /* @__PURE__ */ guard(checkDeviceAccessoryKeypadConnectedEvent);

/** Standard Schema v1 object for a `device.accessory_keypad_connected` event. */
export const DeviceAccessoryKeypadConnectedEventSchema: StandardSchemaV1<DeviceAccessoryKeypadConnectedEvent> =
  /* @__PURE__ */ standard(checkDeviceAccessoryKeypadConnectedEvent, vendor);

/** Validates a `device.accessory_keypad_disconnected` event; see {@link Validate}. */
export const validateDeviceAccessoryKeypadDisconnectedEvent: Validate<DeviceAccessoryKeypadDisconnectedEvent> =
  /* @__PURE__ */ validator(checkDeviceAccessoryKeypadDisconnectedEvent);

/** True when the input is a `device.accessory_keypad_disconnected` event. */
export const isDeviceAccessoryKeypadDisconnectedEvent: Guard<DeviceAccessoryKeypadDisconnectedEvent> =
  /* @__PURE__ */ guard(checkDeviceAccessoryKeypadDisconnectedEvent);

/** Standard Schema v1 object for a `device.accessory_keypad_disconnected` event. */
export const DeviceAccessoryKeypadDisconnectedEventSchema: StandardSchemaV1<DeviceAccessoryKeypadDisconnectedEvent> =
  /* @__PURE__ */ standard(checkDeviceAccessoryKeypadDisconnectedEvent, vendor);

/** Validates a `device.added` event; see {@link Validate}. */
export const validateDeviceAddedEvent: Validate<DeviceAddedEvent> =
  /* @__PURE__ */ validator(checkDeviceAddedEvent);

/** True when the input is a `device.added` event. */
export const isDeviceAddedEvent: Guard<DeviceAddedEvent> =
  /* @__PURE__ */ guard(checkDeviceAddedEvent);

/** Standard Schema v1 object for a `device.added` event. */
export const DeviceAddedEventSchema: StandardSchemaV1<DeviceAddedEvent> = /* @__PURE__ */ standard(
  checkDeviceAddedEvent,
  vendor,
);

/** Validates a `device.battery_status_changed` event; see {@link Validate}. */
export const validateDeviceBatteryStatusChangedEvent: Validate<DeviceBatteryStatusChangedEvent> =
  /* @__PURE__ */ validator(checkDeviceBatteryStatusChangedEvent);

/** True when the input is a `device.battery_status_changed` event. */
export const isDeviceBatteryStatusChangedEvent: Guard<DeviceBatteryStatusChangedEvent> =
  /* @__PURE__ */ guard(checkDeviceBatteryStatusChangedEvent);

/** Standard Schema v1 object for a `device.battery_status_changed` event. */
export const DeviceBatteryStatusChangedEventSchema: StandardSchemaV1<DeviceBatteryStatusChangedEvent> =
  /* @__PURE__ */ standard(checkDeviceBatteryStatusChangedEvent, vendor);

/** Validates a `device.connected` event; see {@link Validate}. */
export const validateDeviceConnectedEvent: Validate<DeviceConnectedEvent> =
  /* @__PURE__ */ validator(checkDeviceConnectedEvent);

/** True when the input is a `device.connected` event. */
export const isDeviceConnectedEvent: Guard<DeviceConnectedEvent> =
  /* @__PURE__ */ guard(checkDeviceConnectedEvent);

/** Standard Schema v1 object for a `device.connected` event. */
export const DeviceConnectedEventSchema: StandardSchemaV1<DeviceConnectedEvent> =
  /* @__PURE__ */ standard(checkDeviceConnectedEvent, vendor);

/** Validates a `device.connection_became_flaky` event; see {@link Validate}. */
export const validateDeviceConnectionBecameFlakyEvent: Validate<DeviceConnectionBecameFlakyEvent> =
  /* @__PURE__ */ validator(checkDeviceConnectionBecameFlakyEvent);

/** True when the input is a `device.connection_became_flaky` event. */
export const isDeviceConnectionBecameFlakyEvent: Guard<DeviceConnectionBecameFlakyEvent> =
  /* @__PURE__ */ guard(checkDeviceConnectionBecameFlakyEvent);

/** Standard Schema v1 object for a `device.connection_became_flaky` event. */
export const DeviceConnectionBecameFlakyEventSchema: StandardSchemaV1<DeviceConnectionBecameFlakyEvent> =
  /* @__PURE__ */ standard(checkDeviceConnectionBecameFlakyEvent, vendor);

/** Validates a `device.connection_stabilized` event; see {@link Validate}. */
export const validateDeviceConnectionStabilizedEvent: Validate<DeviceConnectionStabilizedEvent> =
  /* @__PURE__ */ validator(checkDeviceConnectionStabilizedEvent);

/** True when the input is a `device.connection_stabilized` event. */
export const isDeviceConnectionStabilizedEvent: Guard<DeviceConnectionStabilizedEvent> =
  /* @__PURE__ */ guard(checkDeviceConnectionStabilizedEvent);

/** Standard Schema v1 object for a `device.connection_stabilized` event. */
export const DeviceConnectionStabilizedEventSchema: StandardSchemaV1<DeviceConnectionStabilizedEvent> =
  /* @__PURE__ */ standard(checkDeviceConnectionStabilizedEvent, vendor);

/** Validates a `device.converted_to_unmanaged` event; see {@link Validate}. */
export const validateDeviceConvertedToUnmanagedEvent: Validate<DeviceConvertedToUnmanagedEvent> =
  /* @__PURE__ */ validator(checkDeviceConvertedToUnmanagedEvent);

/** True when the input is a `device.converted_to_unmanaged` event. */
export const isDeviceConvertedToUnmanagedEvent: Guard<DeviceConvertedToUnmanagedEvent> =
  /* @__PURE__ */ guard(checkDeviceConvertedToUnmanagedEvent);

/** Standard Schema v1 object for a `device.converted_to_unmanaged` event. */
export const DeviceConvertedToUnmanagedEventSchema: StandardSchemaV1<DeviceConvertedToUnmanagedEvent> =
  /* @__PURE__ */ standard(checkDeviceConvertedToUnmanagedEvent, vendor);

/** Validates a `device.deleted` event; see {@link Validate}. */
export const validateDeviceDeletedEvent: Validate<DeviceDeletedEvent> =
  /* @__PURE__ */ validator(checkDeviceDeletedEvent);

/** True when the input is a `device.deleted` event. */
export const isDeviceDeletedEvent: Guard<DeviceDeletedEvent> =
  /* @__PURE__ */ guard(checkDeviceDeletedEvent);

/** Standard Schema v1 object for a `device.deleted` event. */
export const DeviceDeletedEventSchema: StandardSchemaV1<DeviceDeletedEvent> =
  /* @__PURE__ */ standard(checkDeviceDeletedEvent, vendor);

/** Validates a `device.disconnected` event; see {@link Validate}. */
export const validateDeviceDisconnectedEvent: Validate<DeviceDisconnectedEvent> =
  /* @__PURE__ */ validator(checkDeviceDisconnectedEvent);

/** True when the input is a `device.disconnected` event. */
export const isDeviceDisconnectedEvent: Guard<DeviceDisconnectedEvent> = /* @__PURE__ */ guard(
  checkDeviceDisconnectedEvent,
);

/** Standard Schema v1 object for a `device.disconnected` event. */
export const DeviceDisconnectedEventSchema: StandardSchemaV1<DeviceDisconnectedEvent> =
  /* @__PURE__ */ standard(checkDeviceDisconnectedEvent, vendor);

/** Validates a `device.doorbell_rang` event; see {@link Validate}. */
export const validateDeviceDoorbellRangEvent: Validate<DeviceDoorbellRangEvent> =
  /* @__PURE__ */ validator(checkDeviceDoorbellRangEvent);

/** True when the input is a `device.doorbell_rang` event. */
export const isDeviceDoorbellRangEvent: Guard<DeviceDoorbellRangEvent> = /* @__PURE__ */ guard(
  checkDeviceDoorbellRangEvent,
);

/** Standard Schema v1 object for a `device.doorbell_rang` event. */
export const DeviceDoorbellRangEventSchema: StandardSchemaV1<DeviceDoorbellRangEvent> =
  /* @__PURE__ */ standard(checkDeviceDoorbellRangEvent, vendor);

/** Validates a `device.error.subscription_required` event; see {@link Validate}. */
export const validateDeviceErrorSubscriptionRequiredEvent: Validate<DeviceErrorSubscriptionRequiredEvent> =
  /* @__PURE__ */ validator(checkDeviceErrorSubscriptionRequiredEvent);

/** True when the input is a `device.error.subscription_required` event. */
export const isDeviceErrorSubscriptionRequiredEvent: Guard<DeviceErrorSubscriptionRequiredEvent> =
  /* @__PURE__ */ guard(checkDeviceErrorSubscriptionRequiredEvent);

/** Standard Schema v1 object for a `device.error.subscription_required` event. */
export const DeviceErrorSubscriptionRequiredEventSchema: StandardSchemaV1<DeviceErrorSubscriptionRequiredEvent> =
  /* @__PURE__ */ standard(checkDeviceErrorSubscriptionRequiredEvent, vendor);

/** Validates a `device.error.subscription_required.resolved` event; see {@link Validate}. */
export const validateDeviceErrorSubscriptionRequiredResolvedEvent: Validate<DeviceErrorSubscriptionRequiredResolvedEvent> =
  /* @__PURE__ */ validator(checkDeviceErrorSubscriptionRequiredResolvedEvent);

/** True when the input is a `device.error.subscription_required.resolved` event. */
export const isDeviceErrorSubscriptionRequiredResolvedEvent: Guard<DeviceErrorSubscriptionRequiredResolvedEvent> =
  /* @__PURE__ */ guard(checkDeviceErrorSubscriptionRequiredResolvedEvent);

/** Standard Schema v1 object for a `device.error.subscription_required.resolved` event. */
export const DeviceErrorSubscriptionRequiredResolvedEventSchema: StandardSchemaV1<DeviceErrorSubscriptionRequiredResolvedEvent> =
  /* @__PURE__ */ standard(checkDeviceErrorSubscriptionRequiredResolvedEvent, vendor);

/** Validates a `device.low_battery` event; see {@link Validate}. */
export const validateDeviceLowBatteryEvent: Validate<DeviceLowBatteryEvent> =
  /* @__PURE__ */ validator(checkDeviceLowBatteryEvent, {
    key: "event_type",
    aliases: [["device.battery_low", "device.low_battery"]],
  });

/** True when the input is a `device.low_battery` event. */
export const isDeviceLowBatteryEvent: Guard<DeviceLowBatteryEvent> = /* @__PURE__ */ guard(
  checkDeviceLowBatteryEvent,
);

/** Standard Schema v1 object for a `device.low_battery` event. */
export const DeviceLowBatteryEventSchema: StandardSchemaV1<DeviceLowBatteryEvent> =
  /* @__PURE__ */ standard(checkDeviceLowBatteryEvent, vendor);

/** Validates a `device.name_changed` event; see {@link Validate}. */
export const validateDeviceNameChangedEvent: Validate<DeviceNameChangedEvent> =
  /* @__PURE__ */ validator(checkDeviceNameChangedEvent);

/** True when the input is a `device.name_changed` event. */
export const isDeviceNameChangedEvent: Guard<DeviceNameChangedEvent> = /* @__PURE__ */ guard(
  checkDeviceNameChangedEvent,
);

/** Standard Schema v1 object for a `device.name_changed` event. */
export const DeviceNameChangedEventSchema: StandardSchemaV1<DeviceNameChangedEvent> =
  /* @__PURE__ */ standard(checkDeviceNameChangedEvent, vendor);

/** Validates a `device.removed` event; see {@link Validate}. */
export const validateDeviceRemovedEvent: Validate<DeviceRemovedEvent> =
  /* @__PURE__ */ validator(checkDeviceRemovedEvent);

/** True when the input is a `device.removed` event. */
export const isDeviceRemovedEvent: Guard<DeviceRemovedEvent> =
  /* @__PURE__ */ guard(checkDeviceRemovedEvent);

/** Standard Schema v1 object for a `device.removed` event. */
export const DeviceRemovedEventSchema: StandardSchemaV1<DeviceRemovedEvent> =
  /* @__PURE__ */ standard(checkDeviceRemovedEvent, vendor);

/** Validates a `device.salto.privacy_mode_activated` event; see {@link Validate}. */
export const validateDeviceSaltoPrivacyModeActivatedEvent: Validate<DeviceSaltoPrivacyModeActivatedEvent> =
  /* @__PURE__ */ validator(checkDeviceSaltoPrivacyModeActivatedEvent);

/** True when the input is a `device.salto.privacy_mode_activated` event. */
export const isDeviceSaltoPrivacyModeActivatedEvent: Guard<DeviceSaltoPrivacyModeActivatedEvent> =
  /* @__PURE__ */ guard(checkDeviceSaltoPrivacyModeActivatedEvent);

/** Standard Schema v1 object for a `device.salto.privacy_mode_activated` event. */
export const DeviceSaltoPrivacyModeActivatedEventSchema: StandardSchemaV1<DeviceSaltoPrivacyModeActivatedEvent> =
  /* @__PURE__ */ standard(checkDeviceSaltoPrivacyModeActivatedEvent, vendor);

/** Validates a `device.salto.privacy_mode_deactivated` event; see {@link Validate}. */
export const validateDeviceSaltoPrivacyModeDeactivatedEvent: Validate<DeviceSaltoPrivacyModeDeactivatedEvent> =
  /* @__PURE__ */ validator(checkDeviceSaltoPrivacyModeDeactivatedEvent);

/** True when the input is a `device.salto.privacy_mode_deactivated` event. */
export const isDeviceSaltoPrivacyModeDeactivatedEvent: Guard<DeviceSaltoPrivacyModeDeactivatedEvent> =
  /* @__PURE__ */ guard(checkDeviceSaltoPrivacyModeDeactivatedEvent);

/** Standard Schema v1 object for a `device.salto.privacy_mode_deactivated` event. */
export const DeviceSaltoPrivacyModeDeactivatedEventSchema: StandardSchemaV1<DeviceSaltoPrivacyModeDeactivatedEvent> =
  /* @__PURE__ */ standard(checkDeviceSaltoPrivacyModeDeactivatedEvent, vendor);

/** Validates a `device.tampered` event; see {@link Validate}. */
export const validateDeviceTamperedEvent: Validate<DeviceTamperedEvent> =
  /* @__PURE__ */ validator(checkDeviceTamperedEvent);

/** True when the input is a `device.tampered` event. */
export const isDeviceTamperedEvent: Guard<DeviceTamperedEvent> =
  /* @__PURE__ */ guard(checkDeviceTamperedEvent);

/** Standard Schema v1 object for a `device.tampered` event. */
export const DeviceTamperedEventSchema: StandardSchemaV1<DeviceTamperedEvent> =
  /* @__PURE__ */ standard(checkDeviceTamperedEvent, vendor);

/** Validates a `device.third_party_integration_detected` event; see {@link Validate}. */
export const validateDeviceThirdPartyIntegrationDetectedEvent: Validate<DeviceThirdPartyIntegrationDetectedEvent> =
  /* @__PURE__ */ validator(checkDeviceThirdPartyIntegrationDetectedEvent);

/** True when the input is a `device.third_party_integration_detected` event. */
export const isDeviceThirdPartyIntegrationDetectedEvent: Guard<DeviceThirdPartyIntegrationDetectedEvent> =
  /* @__PURE__ */ guard(checkDeviceThirdPartyIntegrationDetectedEvent);

/** Standard Schema v1 object for a `device.third_party_integration_detected` event. */
export const DeviceThirdPartyIntegrationDetectedEventSchema: StandardSchemaV1<DeviceThirdPartyIntegrationDetectedEvent> =
  /* @__PURE__ */ standard(checkDeviceThirdPartyIntegrationDetectedEvent, vendor);

/** Validates a `device.third_party_integration_no_longer_detected` event; see {@link Validate}. */
export const validateDeviceThirdPartyIntegrationNoLongerDetectedEvent: Validate<DeviceThirdPartyIntegrationNoLongerDetectedEvent> =
  /* @__PURE__ */ validator(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent);

/** True when the input is a `device.third_party_integration_no_longer_detected` event. */
export const isDeviceThirdPartyIntegrationNoLongerDetectedEvent: Guard<DeviceThirdPartyIntegrationNoLongerDetectedEvent> =
  /* @__PURE__ */ guard(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent);

/** Standard Schema v1 object for a `device.third_party_integration_no_longer_detected` event. */
export const DeviceThirdPartyIntegrationNoLongerDetectedEventSchema: StandardSchemaV1<DeviceThirdPartyIntegrationNoLongerDetectedEvent> =
  /* @__PURE__ */ standard(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, vendor);

/** Validates a `device.unmanaged.connected` event; see {@link Validate}. */
export const validateDeviceUnmanagedConnectedEvent: Validate<DeviceUnmanagedConnectedEvent> =
  /* @__PURE__ */ validator(checkDeviceUnmanagedConnectedEvent);

/** True when the input is a `device.unmanaged.connected` event. */
export const isDeviceUnmanagedConnectedEvent: Guard<DeviceUnmanagedConnectedEvent> =
  /* @__PURE__ */ guard(checkDeviceUnmanagedConnectedEvent);

/** Standard Schema v1 object for a `device.unmanaged.connected` event. */
export const DeviceUnmanagedConnectedEventSchema: StandardSchemaV1<DeviceUnmanagedConnectedEvent> =
  /* @__PURE__ */ standard(checkDeviceUnmanagedConnectedEvent, vendor);

/** Validates a `device.unmanaged.converted_to_managed` event; see {@link Validate}. */
export const validateDeviceUnmanagedConvertedToManagedEvent: Validate<DeviceUnmanagedConvertedToManagedEvent> =
  /* @__PURE__ */ validator(checkDeviceUnmanagedConvertedToManagedEvent);

/** True when the input is a `device.unmanaged.converted_to_managed` event. */
export const isDeviceUnmanagedConvertedToManagedEvent: Guard<DeviceUnmanagedConvertedToManagedEvent> =
  /* @__PURE__ */ guard(checkDeviceUnmanagedConvertedToManagedEvent);

/** Standard Schema v1 object for a `device.unmanaged.converted_to_managed` event. */
export const DeviceUnmanagedConvertedToManagedEventSchema: StandardSchemaV1<DeviceUnmanagedConvertedToManagedEvent> =
  /* @__PURE__ */ standard(checkDeviceUnmanagedConvertedToManagedEvent, vendor);

/** Validates a `device.unmanaged.disconnected` event; see {@link Validate}. */
export const validateDeviceUnmanagedDisconnectedEvent: Validate<DeviceUnmanagedDisconnectedEvent> =
  /* @__PURE__ */ validator(checkDeviceUnmanagedDisconnectedEvent);

/** True when the input is a `device.unmanaged.disconnected` event. */
export const isDeviceUnmanagedDisconnectedEvent: Guard<DeviceUnmanagedDisconnectedEvent> =
  /* @__PURE__ */ guard(checkDeviceUnmanagedDisconnectedEvent);

/** Standard Schema v1 object for a `device.unmanaged.disconnected` event. */
export const DeviceUnmanagedDisconnectedEventSchema: StandardSchemaV1<DeviceUnmanagedDisconnectedEvent> =
  /* @__PURE__ */ standard(checkDeviceUnmanagedDisconnectedEvent, vendor);

/** Validates a `enrollment_automation.deleted` event; see {@link Validate}. */
export const validateEnrollmentAutomationDeletedEvent: Validate<EnrollmentAutomationDeletedEvent> =
  /* @__PURE__ */ validator(checkEnrollmentAutomationDeletedEvent);

/** True when the input is a `enrollment_automation.deleted` event. */
export const isEnrollmentAutomationDeletedEvent: Guard<EnrollmentAutomationDeletedEvent> =
  /* @__PURE__ */ guard(checkEnrollmentAutomationDeletedEvent);

/** Standard Schema v1 object for a `enrollment_automation.deleted` event. */
export const EnrollmentAutomationDeletedEventSchema: StandardSchemaV1<EnrollmentAutomationDeletedEvent> =
  /* @__PURE__ */ standard(checkEnrollmentAutomationDeletedEvent, vendor);

/** Validates a `lock.access_denied` event; see {@link Validate}. */
export const validateLockAccessDeniedEvent: Validate<LockAccessDeniedEvent> =
  /* @__PURE__ */ validator(checkLockAccessDeniedEvent);

/** True when the input is a `lock.access_denied` event. */
export const isLockAccessDeniedEvent: Guard<LockAccessDeniedEvent> = /* @__PURE__ */ guard(
  checkLockAccessDeniedEvent,
);

/** Standard Schema v1 object for a `lock.access_denied` event. */
export const LockAccessDeniedEventSchema: StandardSchemaV1<LockAccessDeniedEvent> =
  /* @__PURE__ */ standard(checkLockAccessDeniedEvent, vendor);

/** Validates a `lock.locked` event; see {@link Validate}. */
export const validateLockLockedEvent: Validate<LockLockedEvent> =
  /* @__PURE__ */ validator(checkLockLockedEvent);

/** True when the input is a `lock.locked` event. */
export const isLockLockedEvent: Guard<LockLockedEvent> =
  /* @__PURE__ */ guard(checkLockLockedEvent);

/** Standard Schema v1 object for a `lock.locked` event. */
export const LockLockedEventSchema: StandardSchemaV1<LockLockedEvent> = /* @__PURE__ */ standard(
  checkLockLockedEvent,
  vendor,
);

/** Validates a `lock.unlocked` event; see {@link Validate}. */
export const validateLockUnlockedEvent: Validate<LockUnlockedEvent> =
  /* @__PURE__ */ validator(checkLockUnlockedEvent);

/** True when the input is a `lock.unlocked` event. */
export const isLockUnlockedEvent: Guard<LockUnlockedEvent> =
  /* @__PURE__ */ guard(checkLockUnlockedEvent);

/** Standard Schema v1 object for a `lock.unlocked` event. */
export const LockUnlockedEventSchema: StandardSchemaV1<LockUnlockedEvent> =
  /* @__PURE__ */ standard(checkLockUnlockedEvent, vendor);

/** Validates a `noise_sensor.noise_threshold_triggered` event; see {@link Validate}. */
export const validateNoiseSensorNoiseThresholdTriggeredEvent: Validate<NoiseSensorNoiseThresholdTriggeredEvent> =
  /* @__PURE__ */ validator(checkNoiseSensorNoiseThresholdTriggeredEvent);

/** True when the input is a `noise_sensor.noise_threshold_triggered` event. */
export const isNoiseSensorNoiseThresholdTriggeredEvent: Guard<NoiseSensorNoiseThresholdTriggeredEvent> =
  /* @__PURE__ */ guard(checkNoiseSensorNoiseThresholdTriggeredEvent);

/** Standard Schema v1 object for a `noise_sensor.noise_threshold_triggered` event. */
export const NoiseSensorNoiseThresholdTriggeredEventSchema: StandardSchemaV1<NoiseSensorNoiseThresholdTriggeredEvent> =
  /* @__PURE__ */ standard(checkNoiseSensorNoiseThresholdTriggeredEvent, vendor);

/** Validates a `phone.deactivated` event; see {@link Validate}. */
export const validatePhoneDeactivatedEvent: Validate<PhoneDeactivatedEvent> =
  /* @__PURE__ */ validator(checkPhoneDeactivatedEvent);

/** True when the input is a `phone.deactivated` event. */
export const isPhoneDeactivatedEvent: Guard<PhoneDeactivatedEvent> = /* @__PURE__ */ guard(
  checkPhoneDeactivatedEvent,
);

/** Standard Schema v1 object for a `phone.deactivated` event. */
export const PhoneDeactivatedEventSchema: StandardSchemaV1<PhoneDeactivatedEvent> =
  /* @__PURE__ */ standard(checkPhoneDeactivatedEvent, vendor);

/** Validates a `space.created` event; see {@link Validate}. */
export const validateSpaceCreatedEvent: Validate<SpaceCreatedEvent> =
  /* @__PURE__ */ validator(checkSpaceCreatedEvent);

/** True when the input is a `space.created` event. */
export const isSpaceCreatedEvent: Guard<SpaceCreatedEvent> =
  /* @__PURE__ */ guard(checkSpaceCreatedEvent);

/** Standard Schema v1 object for a `space.created` event. */
export const SpaceCreatedEventSchema: StandardSchemaV1<SpaceCreatedEvent> =
  /* @__PURE__ */ standard(checkSpaceCreatedEvent, vendor);

/** Validates a `space.deleted` event; see {@link Validate}. */
export const validateSpaceDeletedEvent: Validate<SpaceDeletedEvent> =
  /* @__PURE__ */ validator(checkSpaceDeletedEvent);

/** True when the input is a `space.deleted` event. */
export const isSpaceDeletedEvent: Guard<SpaceDeletedEvent> =
  /* @__PURE__ */ guard(checkSpaceDeletedEvent);

/** Standard Schema v1 object for a `space.deleted` event. */
export const SpaceDeletedEventSchema: StandardSchemaV1<SpaceDeletedEvent> =
  /* @__PURE__ */ standard(checkSpaceDeletedEvent, vendor);

/** Validates a `space.device_membership_changed` event; see {@link Validate}. */
export const validateSpaceDeviceMembershipChangedEvent: Validate<SpaceDeviceMembershipChangedEvent> =
  /* @__PURE__ */ validator(checkSpaceDeviceMembershipChangedEvent);

/** True when the input is a `space.device_membership_changed` event. */
export const isSpaceDeviceMembershipChangedEvent: Guard<SpaceDeviceMembershipChangedEvent> =
  /* @__PURE__ */ guard(checkSpaceDeviceMembershipChangedEvent);

/** Standard Schema v1 object for a `space.device_membership_changed` event. */
export const SpaceDeviceMembershipChangedEventSchema: StandardSchemaV1<SpaceDeviceMembershipChangedEvent> =
  /* @__PURE__ */ standard(checkSpaceDeviceMembershipChangedEvent, vendor);

/** Validates a `thermostat.climate_preset_activated` event; see {@link Validate}. */
export const validateThermostatClimatePresetActivatedEvent: Validate<ThermostatClimatePresetActivatedEvent> =
  /* @__PURE__ */ validator(checkThermostatClimatePresetActivatedEvent);

/** True when the input is a `thermostat.climate_preset_activated` event. */
export const isThermostatClimatePresetActivatedEvent: Guard<ThermostatClimatePresetActivatedEvent> =
  /* @__PURE__ */ guard(checkThermostatClimatePresetActivatedEvent);

/** Standard Schema v1 object for a `thermostat.climate_preset_activated` event. */
export const ThermostatClimatePresetActivatedEventSchema: StandardSchemaV1<ThermostatClimatePresetActivatedEvent> =
  /* @__PURE__ */ standard(checkThermostatClimatePresetActivatedEvent, vendor);

/** Validates a `thermostat.manually_adjusted` event; see {@link Validate}. */
export const validateThermostatManuallyAdjustedEvent: Validate<ThermostatManuallyAdjustedEvent> =
  /* @__PURE__ */ validator(checkThermostatManuallyAdjustedEvent);

/** True when the input is a `thermostat.manually_adjusted` event. */
export const isThermostatManuallyAdjustedEvent: Guard<ThermostatManuallyAdjustedEvent> =
  /* @__PURE__ */ guard(checkThermostatManuallyAdjustedEvent);

/** Standard Schema v1 object for a `thermostat.manually_adjusted` event. */
export const ThermostatManuallyAdjustedEventSchema: StandardSchemaV1<ThermostatManuallyAdjustedEvent> =
  /* @__PURE__ */ standard(checkThermostatManuallyAdjustedEvent, vendor);

/** Validates a `thermostat.temperature_changed` event; see {@link Validate}. */
export const validateThermostatTemperatureChangedEvent: Validate<ThermostatTemperatureChangedEvent> =
  /* @__PURE__ */ validator(checkThermostatTemperatureChangedEvent);

/** True when the input is a `thermostat.temperature_changed` event. */
export const isThermostatTemperatureChangedEvent: Guard<ThermostatTemperatureChangedEvent> =
  /* @__PURE__ */ guard(checkThermostatTemperatureChangedEvent);

/** Standard Schema v1 object for a `thermostat.temperature_changed` event. */
export const ThermostatTemperatureChangedEventSchema: StandardSchemaV1<ThermostatTemperatureChangedEvent> =
  /* @__PURE__ */ standard(checkThermostatTemperatureChangedEvent, vendor);

/** Validates a `thermostat.temperature_reached_set_point` event; see {@link Validate}. */
export const validateThermostatTemperatureReachedSetPointEvent: Validate<ThermostatTemperatureReachedSetPointEvent> =
  /* @__PURE__ */ validator(checkThermostatTemperatureReachedSetPointEvent);

/** True when the input is a `thermostat.temperature_reached_set_point` event. */
export const isThermostatTemperatureReachedSetPointEvent: Guard<ThermostatTemperatureReachedSetPointEvent> =
  /* @__PURE__ */ guard(checkThermostatTemperatureReachedSetPointEvent);

/** Standard Schema v1 object for a `thermostat.temperature_reached_set_point` event. */
export const ThermostatTemperatureReachedSetPointEventSchema: StandardSchemaV1<ThermostatTemperatureReachedSetPointEvent> =
  /* @__PURE__ */ standard(checkThermostatTemperatureReachedSetPointEvent, vendor);

/** Validates a `thermostat.temperature_threshold_exceeded` event; see {@link Validate}. */
export const validateThermostatTemperatureThresholdExceededEvent: Validate<ThermostatTemperatureThresholdExceededEvent> =
  /* @__PURE__ */ validator(checkThermostatTemperatureThresholdExceededEvent);

/** True when the input is a `thermostat.temperature_threshold_exceeded` event. */
export const isThermostatTemperatureThresholdExceededEvent: Guard<ThermostatTemperatureThresholdExceededEvent> =
  /* @__PURE__ */ guard(checkThermostatTemperatureThresholdExceededEvent);

/** Standard Schema v1 object for a `thermostat.temperature_threshold_exceeded` event. */
export const ThermostatTemperatureThresholdExceededEventSchema: StandardSchemaV1<ThermostatTemperatureThresholdExceededEvent> =
  /* @__PURE__ */ standard(checkThermostatTemperatureThresholdExceededEvent, vendor);

/** Validates a `thermostat.temperature_threshold_no_longer_exceeded` event; see {@link Validate}. */
export const validateThermostatTemperatureThresholdNoLongerExceededEvent: Validate<ThermostatTemperatureThresholdNoLongerExceededEvent> =
  /* @__PURE__ */ validator(checkThermostatTemperatureThresholdNoLongerExceededEvent);

/** True when the input is a `thermostat.temperature_threshold_no_longer_exceeded` event. */
export const isThermostatTemperatureThresholdNoLongerExceededEvent: Guard<ThermostatTemperatureThresholdNoLongerExceededEvent> =
  /* @__PURE__ */ guard(checkThermostatTemperatureThresholdNoLongerExceededEvent);

/** Standard Schema v1 object for a `thermostat.temperature_threshold_no_longer_exceeded` event. */
export const ThermostatTemperatureThresholdNoLongerExceededEventSchema: StandardSchemaV1<ThermostatTemperatureThresholdNoLongerExceededEvent> =
  /* @__PURE__ */ standard(checkThermostatTemperatureThresholdNoLongerExceededEvent, vendor);

/** Validates any event of the catalogue, dispatching on `event_type`; see {@link Validate}. */
export const validateSeamEvent: Validate<SeamEvent, UnknownSeamEvent> = /* @__PURE__ */ validator(
  checkSeamEvent,
  {
    key: "event_type",
    aliases: [["device.battery_low", "device.low_battery"]],
    known: checkSeamEventByType,
  },
);

/** True when the input is any event of the catalogue, dispatching on `event_type`. */
export const isSeamEvent: Guard<SeamEvent> = /* @__PURE__ */ guard(checkSeamEvent);

/** Standard Schema v1 object for any event of the catalogue, dispatching on `event_type`. */
export const SeamEventSchema: StandardSchemaV1<SeamEvent> = /* @__PURE__ */ standard(
  checkSeamEvent,
  vendor,
);
