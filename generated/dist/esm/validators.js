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
  validator
} from "./validation-runtime.js";
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
function checkString(v, a) {
  let e;
  if (typeof v !== "string") {
    e = fail(e, void 0, "type", "string", v);
    if (a || full()) return e;
  }
  return e;
}
function checkNullableString(v, a) {
  let e;
  if (v !== null) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string or null", v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkAccessCodeMutationCode(v, a) {
  let e;
  if (!inAccessCodeMutationCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", AccessCodeMutationCodeValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkObject(v, a) {
  let e;
  if (!isObject(v)) {
    e = fail(e, void 0, "type", "object", v);
    if (a || full()) return e;
  }
  return e;
}
function checkLockAccessDeniedReasonCode(v, a) {
  let e;
  if (!inLockAccessDeniedReasonCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", LockAccessDeniedReasonCodeValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkDateTime(v, a) {
  let e;
  if (typeof v !== "string") {
    e = fail(e, void 0, "type", "string", v);
    if (a || full()) return e;
  } else if (!isDateTime(v)) {
    e = fail(e, void 0, "format", "date-time", v);
    if (a || full()) return e;
  }
  return e;
}
function checkUuid(v, a) {
  let e;
  if (typeof v !== "string") {
    e = fail(e, void 0, "type", "string", v);
    if (a || full()) return e;
  } else if (!isUuid(v)) {
    e = fail(e, void 0, "format", "uuid", v);
    if (a || full()) return e;
  }
  return e;
}
function checkCommonProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "event_id") ? o.event_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "created_at") ? o.created_at : void 0;
    r = v === void 0 ? absent(k) : checkDateTime(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    r = v === void 0 ? absent(k) : checkDateTime(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "event_description") ? o.event_description : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkRecordOfStringOrBoolean(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, v, k;
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
function checkConnectedAccountScopedProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    r = v === void 0 ? void 0 : checkRecordOfStringOrBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkDeviceScopedProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "device_id") ? o.device_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    r = v === void 0 ? void 0 : checkRecordOfStringOrBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkAccessCodeEventProperties(o, a, e) {
  let r, v, k;
  try {
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkArrayOfAccessCodeChangedProperty(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : void 0;
      if ((r = checkAccessCodeChangedProperty(v, a)) !== void 0) {
        e = nest(e, k, r);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkArrayOfResourceError(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : void 0;
      if ((r = checkResourceError(v, a)) !== void 0) {
        e = nest(e, k, r);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkArrayOfResourceWarning(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : void 0;
      if ((r = checkResourceWarning(v, a)) !== void 0) {
        e = nest(e, k, r);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeIssuesProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfResourceError(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfResourceWarning(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkConnectedAccountIssuesProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfResourceError(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfResourceWarning(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkDeviceIssuesProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfResourceError(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfResourceWarning(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkAccessCodeTroubleProperties(o, a, e) {
  let r, v, k;
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
function checkArrayOfAccessCodeRequestedMutation(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : void 0;
      if ((r = checkAccessCodeRequestedMutation(v, a)) !== void 0) {
        e = nest(e, k, r);
        if (a || full()) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkArrayOfUuid(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : void 0;
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
function checkArrayOfString(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = own(o, k) ? o[k] : void 0;
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
function checkAccessMethodScopedProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    r = v === void 0 ? void 0 : checkArrayOfString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkBoolean(v, a) {
  let e;
  if (typeof v !== "boolean") {
    e = fail(e, void 0, "type", "boolean", v);
    if (a || full()) return e;
  }
  return e;
}
function checkAccessMethodCodeProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "code") ? o.code : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "is_backup_code") ? o.is_backup_code : void 0;
    r = v === void 0 ? void 0 : checkBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkAcsEventProperties(o, a, e) {
  let r, v, k;
  try {
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkActionAttemptScopedProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "action_type") ? o.action_type : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "status") ? o.status : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "device_id") ? o.device_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkDeviceEventProperties(o, a, e) {
  let r, v, k;
  try {
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceScopedProperties(o, a, e)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkUri(v, a) {
  let e;
  if (typeof v !== "string") {
    e = fail(e, void 0, "type", "string", v);
    if (a || full()) return e;
  } else if (!isUri(v)) {
    e = fail(e, void 0, "format", "uri", v);
    if (a || full()) return e;
  }
  return e;
}
function checkMediaCaptureProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "image_url") ? o.image_url : void 0;
    r = v === void 0 ? void 0 : checkUri(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "video_url") ? o.video_url : void 0;
    r = v === void 0 ? void 0 : checkUri(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkCameraActivationReason(v, a) {
  let e;
  if (!inCameraActivationReason(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", CameraActivationReasonValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkMotionSubType(v, a) {
  let e;
  if (!inMotionSubType(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", MotionSubTypeValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkNumberFrom0To1(v, a) {
  let e;
  if (!isNumber(v)) {
    e = fail(e, void 0, "type", "number", v);
    if (a || full()) return e;
  } else if (v < 0 || v > 1) {
    e = fail(e, void 0, "range", ">= 0 and <= 1", v);
    if (a || full()) return e;
  }
  return e;
}
function checkBatteryStatus(v, a) {
  let e;
  if (!inBatteryStatus(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", BatteryStatusValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkDeviceDisconnectionErrorCode(v, a) {
  let e;
  if (!inDeviceDisconnectionErrorCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", DeviceDisconnectionErrorCodeValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkDeviceDisconnectionProperties(o, a, e) {
  let r, v, k;
  try {
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkDeviceIssuesProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "error_code") ? o.error_code : void 0;
    r = v === void 0 ? absent(k) : checkDeviceDisconnectionErrorCode(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkLockActorProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "user_identity_id") ? o.user_identity_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkLockMethod(v, a) {
  let e;
  if (!inLockMethod(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", LockMethodValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkLockActionProperties(o, a, e) {
  let r, v, k;
  try {
    if ((e = checkLockActorProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "method") ? o.method : void 0;
    r = v === void 0 ? absent(k) : checkLockMethod(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "code") ? o.code : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "access_code_is_managed") ? o.access_code_is_managed : void 0;
    r = v === void 0 ? void 0 : checkBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "is_via_bluetooth") ? o.is_via_bluetooth : void 0;
    r = v === void 0 ? void 0 : checkBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "is_via_nfc") ? o.is_via_nfc : void 0;
    r = v === void 0 ? void 0 : checkBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkNumber(v, a) {
  let e;
  if (!isNumber(v)) {
    e = fail(e, void 0, "type", "number", v);
    if (a || full()) return e;
  }
  return e;
}
function checkSpaceScopedProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "space_id") ? o.space_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "space_key") ? o.space_key : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "device_ids") ? o.device_ids : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "acs_entrance_ids") ? o.acs_entrance_ids : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkNullableUuid(v, a) {
  let e;
  if (v !== null) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string or null", v);
      if (a || full()) return e;
    } else if (!isUuid(v)) {
      e = fail(e, void 0, "format", "uuid", v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkThermostatAdjustmentMethod(v, a) {
  let e;
  if (!inThermostatAdjustmentMethod(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", ThermostatAdjustmentMethodValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkHvacModeSetting(v, a) {
  let e;
  if (!inHvacModeSetting(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", HvacModeSettingValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkFanModeSetting(v, a) {
  let e;
  if (!inFanModeSetting(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a || full()) return e;
    } else {
      e = fail(e, void 0, "enum", FanModeSettingValues, v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkTemperatureReadingProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    r = v === void 0 ? absent(k) : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    r = v === void 0 ? absent(k) : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkNullableNumber(v, a) {
  let e;
  if (v !== null) {
    if (!isNumber(v)) {
      e = fail(e, void 0, "type", "number or null", v);
      if (a || full()) return e;
    }
  }
  return e;
}
function checkTemperatureThresholdLimitsProperties(o, a, e) {
  let r, v, k;
  try {
    v = own(o, k = "lower_limit_celsius") ? o.lower_limit_celsius : void 0;
    r = v === void 0 ? absent(k) : checkNullableNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "lower_limit_fahrenheit") ? o.lower_limit_fahrenheit : void 0;
    r = v === void 0 ? absent(k) : checkNullableNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "upper_limit_celsius") ? o.upper_limit_celsius : void 0;
    r = v === void 0 ? absent(k) : checkNullableNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "upper_limit_fahrenheit") ? o.upper_limit_fahrenheit : void 0;
    r = v === void 0 ? absent(k) : checkNullableNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
  } catch (x) {
    throw interrupted(e, k, x);
  }
  return e;
}
function checkAccessCodeChangedProperty(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "property") ? o.property : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "from") ? o.from : void 0;
    r = v === void 0 ? absent(k) : checkNullableString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "to") ? o.to : void 0;
    r = v === void 0 ? absent(k) : checkNullableString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["property", "from", "to"]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeNameValue(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "name") ? o.name : void 0;
    r = v === void 0 ? absent(k) : checkNullableString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["name"]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodePinValue(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "code") ? o.code : void 0;
    r = v === void 0 ? absent(k) : checkNullableString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["code"]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeRequestedMutation(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "mutation_code") ? o.mutation_code : void 0;
    r = v === void 0 ? absent(k) : checkAccessCodeMutationCode(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "from") ? o.from : void 0;
    r = v === void 0 ? void 0 : checkObject(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "to") ? o.to : void 0;
    r = v === void 0 ? void 0 : checkObject(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["mutation_code", "from", "to"]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeTimeFrame(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "starts_at") ? o.starts_at : void 0;
    r = v === void 0 ? absent(k) : checkNullableString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "ends_at") ? o.ends_at : void 0;
    r = v === void 0 ? absent(k) : checkNullableString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["starts_at", "ends_at"]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkLockAccessDeniedReason(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "reason_code") ? o.reason_code : void 0;
    r = v === void 0 ? absent(k) : checkLockAccessDeniedReasonCode(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "message") ? o.message : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["reason_code", "message"]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkResourceError(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "error_code") ? o.error_code : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "message") ? o.message : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "created_at") ? o.created_at : void 0;
    r = v === void 0 ? absent(k) : checkDateTime(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["error_code", "message", "created_at"]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkResourceWarning(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "warning_code") ? o.warning_code : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "message") ? o.message : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "created_at") ? o.created_at : void 0;
    r = v === void 0 ? absent(k) : checkDateTime(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient()) e = unknownProperties(e, o, ["warning_code", "message", "created_at"]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeBackupAccessCodePulledEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.backup_access_code_pulled");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "backup_access_code_id") ? o.backup_access_code_id : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "backup_access_code_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "change_reason") ? o.change_reason : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "changed_properties") ? o.changed_properties : void 0;
    r = v === void 0 ? void 0 : checkArrayOfAccessCodeChangedProperty(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "changed_properties"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeCodeChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.code_changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "description") ? o.description : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "from") ? o.from : void 0;
    r = v === void 0 ? absent(k) : checkAccessCodePinValue(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "to") ? o.to : void 0;
    r = v === void 0 ? absent(k) : checkAccessCodePinValue(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "to"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeCreatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.created");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_code_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeDelayInRemovingFromDeviceEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.delay_in_removing_from_device");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeDelayInSettingOnDeviceEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.delay_in_setting_on_device");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "code") ? o.code : void 0;
    r = v === void 0 ? absent(k) : checkNullableString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "code"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeDeletedExternalToSeamEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.deleted_external_to_seam");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_code_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeFailedToRemoveFromDeviceEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.failed_to_remove_from_device");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeFailedToSetOnDeviceEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.failed_to_set_on_device");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeModifiedExternalToSeamEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.modified_external_to_seam");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_code_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeMutationsRequestedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.mutations_requested");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "requested_mutations") ? o.requested_mutations : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfAccessCodeRequestedMutation(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "requested_mutations"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeNameChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.name_changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "description") ? o.description : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "from") ? o.from : void 0;
    r = v === void 0 ? absent(k) : checkAccessCodeNameValue(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "to") ? o.to : void 0;
    r = v === void 0 ? absent(k) : checkAccessCodeNameValue(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "to"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeRemovedFromDeviceEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.removed_from_device");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_code_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeScheduledOnDeviceEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.scheduled_on_device");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "code") ? o.code : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "code"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeSetOnDeviceEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.set_on_device");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "code") ? o.code : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "code"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeTimeFrameChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.time_frame_changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAccessCodeEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "description") ? o.description : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "from") ? o.from : void 0;
    r = v === void 0 ? absent(k) : checkAccessCodeTimeFrame(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "to") ? o.to : void 0;
    r = v === void 0 ? absent(k) : checkAccessCodeTimeFrame(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "to"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeUnmanagedConvertedToManagedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.unmanaged.converted_to_managed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_code_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeUnmanagedCreatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.unmanaged.created");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_code_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeUnmanagedFailedToConvertToManagedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.unmanaged.failed_to_convert_to_managed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessCodeUnmanagedRemovedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_code.unmanaged.removed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_code_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessGrantAccessGrantedToAllDoorsEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_grant.access_granted_to_all_doors");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessGrantAccessGrantedToDoorEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_grant.access_granted_to_door");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
        "acs_entrance_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessGrantAccessTimesChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_grant.access_times_changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "access_grant_key") ? o.access_grant_key : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "starts_at") ? o.starts_at : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "ends_at") ? o.ends_at : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "ends_at"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessGrantAccessToDoorLostEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_grant.access_to_door_lost");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id",
        "acs_entrance_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_grant.could_not_create_requested_access_methods");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "error_message") ? o.error_message : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "missing_device_ids") ? o.missing_device_ids : void 0;
    r = v === void 0 ? void 0 : checkArrayOfUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "missing_device_ids"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessGrantCreatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_grant.created");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessGrantDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_grant.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "access_grant_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessMethodCardEncodingRequiredEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_method.card_encoding_required");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_grant_keys"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessMethodCreatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_method.created");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_grant_keys"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessMethodDelayInIssuingEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_method.delay_in_issuing");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_grant_keys"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessMethodDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_method.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_grant_keys"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessMethodFailedToIssueEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_method.failed_to_issue");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_grant_keys"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessMethodIssuedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_method.issued");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "is_backup_code"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessMethodReissuedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_method.reissued");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "is_backup_code"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAccessMethodRevokedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "access_method.revoked");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "access_grant_keys"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsAccessGroupDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_access_group.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_access_group_id") ? o.acs_access_group_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_access_group_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsCredentialDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_credential.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_credential_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsCredentialInvalidatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_credential.invalidated");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_credential_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsCredentialIssuedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_credential.issued");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_credential_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsCredentialReissuedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_credential.reissued");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_credential_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsEncoderAddedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_encoder.added");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_encoder_id") ? o.acs_encoder_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_encoder_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsEncoderRemovedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_encoder.removed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_encoder_id") ? o.acs_encoder_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_encoder_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsEntranceAddedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_entrance.added");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_entrance_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsEntranceRemovedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_entrance.removed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_entrance_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsSystemAddedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_system.added");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_system_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsSystemConnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_system.connected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_system_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsSystemDisconnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_system.disconnected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountIssuesProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_system_errors") ? o.acs_system_errors : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfResourceError(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "acs_system_warnings") ? o.acs_system_warnings : void 0;
    r = v === void 0 ? absent(k) : checkArrayOfResourceWarning(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_system_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsUserCreatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_user.created");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_user_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkAcsUserDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "acs_user.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkAcsEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_user_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkActionAttemptLockDoorFailedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "action_attempt.lock_door.failed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkActionAttemptLockDoorSucceededEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "action_attempt.lock_door.succeeded");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkActionAttemptSimulateKeypadCodeEntryFailedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "action_attempt.simulate_keypad_code_entry.failed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkActionAttemptSimulateKeypadCodeEntrySucceededEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "action_attempt.simulate_keypad_code_entry.succeeded");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkActionAttemptSimulateManualLockViaKeypadFailedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "action_attempt.simulate_manual_lock_via_keypad.failed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkActionAttemptSimulateManualLockViaKeypadSucceededEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "action_attempt.simulate_manual_lock_via_keypad.succeeded");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkActionAttemptUnlockDoorFailedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "action_attempt.unlock_door.failed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkActionAttemptUnlockDoorSucceededEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "action_attempt.unlock_door.succeeded");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkCameraActivatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "camera.activated");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkMediaCaptureProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "activation_reason") ? o.activation_reason : void 0;
    r = v === void 0 ? absent(k) : checkCameraActivationReason(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "motion_sub_type") ? o.motion_sub_type : void 0;
    r = v === void 0 ? void 0 : checkMotionSubType(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "motion_sub_type"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkClientSessionDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "client_session.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "client_session_id") ? o.client_session_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "client_session_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectWebviewLoginFailedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connect_webview.login_failed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "connect_webview_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectWebviewLoginSucceededEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connect_webview.login_succeeded");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "customer_key"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectedAccountCompletedFirstSyncEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connected_account.completed_first_sync");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "connected_account_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connected_account.completed_first_sync_after_reconnection");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "connected_account_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectedAccountConnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connected_account.connected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "connect_webview_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectedAccountCreatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connected_account.created");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "connect_webview_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectedAccountDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connected_account.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "connected_account_type") ? o.connected_account_type : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "connected_account_type"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectedAccountDisconnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connected_account.disconnected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "connected_account_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectedAccountReauthorizationRequestedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connected_account.reauthorization_requested");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "connected_account_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkConnectedAccountSuccessfulLoginEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "connected_account.successful_login");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "connect_webview_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceAccessoryKeypadConnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.accessory_keypad_connected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceAccessoryKeypadDisconnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.accessory_keypad_disconnected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceAddedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.added");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceBatteryStatusChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.battery_status_changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "battery_level") ? o.battery_level : void 0;
    r = v === void 0 ? absent(k) : checkNumberFrom0To1(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "battery_status") ? o.battery_status : void 0;
    r = v === void 0 ? absent(k) : checkBatteryStatus(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "battery_status"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceConnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.connected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceConnectionBecameFlakyEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.connection_became_flaky");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceConnectionStabilizedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.connection_stabilized");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceConvertedToUnmanagedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.converted_to_unmanaged");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "device_name") ? o.device_name : void 0;
    r = v === void 0 ? void 0 : checkNullableString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_name"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceDisconnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.disconnected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "error_code"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceDoorbellRangEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.doorbell_rang");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "video_url"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceErrorSubscriptionRequiredEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.error.subscription_required");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_warnings"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceErrorSubscriptionRequiredResolvedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.error.subscription_required.resolved");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceLowBatteryEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.low_battery");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "battery_level") ? o.battery_level : void 0;
    r = v === void 0 ? absent(k) : checkNumberFrom0To1(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "battery_level"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceNameChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.name_changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "device_name") ? o.device_name : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_name"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceRemovedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.removed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceSaltoPrivacyModeActivatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.salto.privacy_mode_activated");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceSaltoPrivacyModeDeactivatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.salto.privacy_mode_deactivated");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceTamperedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.tampered");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceThirdPartyIntegrationDetectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.third_party_integration_detected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceThirdPartyIntegrationNoLongerDetectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.third_party_integration_no_longer_detected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceUnmanagedConnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.unmanaged.connected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceUnmanagedConvertedToManagedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.unmanaged.converted_to_managed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkDeviceUnmanagedDisconnectedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "device.unmanaged.disconnected");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "error_code"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkEnrollmentAutomationDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "enrollment_automation.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "enrollment_automation_id") ? o.enrollment_automation_id : void 0;
    r = v === void 0 ? absent(k) : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if (lenient())
      e = unknownProperties(e, o, [
        "event_type",
        "event_id",
        "workspace_id",
        "created_at",
        "occurred_at",
        "event_description",
        "enrollment_automation_id"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkLockAccessDeniedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "lock.access_denied");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "device_id") ? o.device_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    r = v === void 0 ? void 0 : checkRecordOfStringOrBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkLockActorProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "reason") ? o.reason : void 0;
    r = v === void 0 ? void 0 : checkLockAccessDeniedReason(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "reason"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkLockLockedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "lock.locked");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "is_via_nfc"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkLockUnlockedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "lock.unlocked");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkCommonProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkConnectedAccountScopedProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "device_id") ? o.device_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    r = v === void 0 ? void 0 : checkRecordOfStringOrBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "is_via_nfc"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkNoiseSensorNoiseThresholdTriggeredEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "noise_sensor.noise_threshold_triggered");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "noise_threshold_id") ? o.noise_threshold_id : void 0;
    r = v === void 0 ? void 0 : checkUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "noise_threshold_name") ? o.noise_threshold_name : void 0;
    r = v === void 0 ? void 0 : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "noise_level_decibels") ? o.noise_level_decibels : void 0;
    r = v === void 0 ? void 0 : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "noise_level_nrs") ? o.noise_level_nrs : void 0;
    r = v === void 0 ? void 0 : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "minut_metadata") ? o.minut_metadata : void 0;
    r = v === void 0 ? void 0 : checkObject(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "noiseaware_metadata") ? o.noiseaware_metadata : void 0;
    r = v === void 0 ? void 0 : checkObject(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "noiseaware_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkPhoneDeactivatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "phone.deactivated");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "device_custom_metadata"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkSpaceCreatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "space.created");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_entrance_ids"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkSpaceDeletedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "space.deleted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_entrance_ids"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkSpaceDeviceMembershipChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "space.device_membership_changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "acs_entrance_ids"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkThermostatClimatePresetActivatedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "thermostat.climate_preset_activated");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "climate_preset_key") ? o.climate_preset_key : void 0;
    r = v === void 0 ? absent(k) : checkString(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "thermostat_schedule_id") ? o.thermostat_schedule_id : void 0;
    r = v === void 0 ? absent(k) : checkNullableUuid(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "is_fallback_climate_preset") ? o.is_fallback_climate_preset : void 0;
    r = v === void 0 ? absent(k) : checkBoolean(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "is_fallback_climate_preset"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkThermostatManuallyAdjustedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "thermostat.manually_adjusted");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "method") ? o.method : void 0;
    r = v === void 0 ? absent(k) : checkThermostatAdjustmentMethod(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "hvac_mode_setting") ? o.hvac_mode_setting : void 0;
    r = v === void 0 ? void 0 : checkHvacModeSetting(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "fan_mode_setting") ? o.fan_mode_setting : void 0;
    r = v === void 0 ? void 0 : checkFanModeSetting(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "heating_set_point_celsius") ? o.heating_set_point_celsius : void 0;
    r = v === void 0 ? void 0 : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "heating_set_point_fahrenheit") ? o.heating_set_point_fahrenheit : void 0;
    r = v === void 0 ? void 0 : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "cooling_set_point_celsius") ? o.cooling_set_point_celsius : void 0;
    r = v === void 0 ? void 0 : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "cooling_set_point_fahrenheit") ? o.cooling_set_point_fahrenheit : void 0;
    r = v === void 0 ? void 0 : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "cooling_set_point_fahrenheit"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkThermostatTemperatureChangedEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "thermostat.temperature_changed");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "temperature_fahrenheit"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkThermostatTemperatureReachedSetPointEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "thermostat.temperature_reached_set_point");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    if ((e = checkDeviceEventProperties(o, a, e)) && (a || full())) return e;
    if ((e = checkTemperatureReadingProperties(o, a, e)) && (a || full())) return e;
    v = own(o, k = "desired_temperature_celsius") ? o.desired_temperature_celsius : void 0;
    r = v === void 0 ? void 0 : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
    v = own(o, k = "desired_temperature_fahrenheit") ? o.desired_temperature_fahrenheit : void 0;
    r = v === void 0 ? void 0 : checkNumber(v, a);
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "desired_temperature_fahrenheit"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkThermostatTemperatureThresholdExceededEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "thermostat.temperature_threshold_exceeded");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "upper_limit_fahrenheit"
      ]);
  } catch (x) {
    return threw(e, k, x);
  }
  return e;
}
function checkThermostatTemperatureThresholdNoLongerExceededEvent(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "event_type") ? o.event_type : void 0;
    r = v === void 0 ? absent(k) : constant(v, "thermostat.temperature_threshold_no_longer_exceeded");
    if (r !== void 0 && (e = nest(e, k, r)) && (a || full())) return e;
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
        "upper_limit_fahrenheit"
      ]);
  } catch (x) {
    return threw(e, k, x);
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
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let t;
  try {
    t = own(o, "event_type") ? o["event_type"] : void 0;
  } catch (x) {
    return threw(void 0, "event_type", x);
  }
  const check = checkSeamEventByType.get(t);
  if (check !== void 0) return check(o, a);
  if (t === void 0) return missing(void 0, "event_type");
  if (typeof t !== "string") return fail(void 0, "event_type", "type", "string", t);
  return fail(void 0, "event_type", "unknown_event_type", "109", t);
}
const validateAccessCodeBackupAccessCodePulledEvent = /* @__PURE__ */ validator(checkAccessCodeBackupAccessCodePulledEvent);
const isAccessCodeBackupAccessCodePulledEvent = /* @__PURE__ */ guard(checkAccessCodeBackupAccessCodePulledEvent);
const AccessCodeBackupAccessCodePulledEventSchema = /* @__PURE__ */ standard(checkAccessCodeBackupAccessCodePulledEvent, vendor);
const validateAccessCodeChangedEvent = /* @__PURE__ */ validator(checkAccessCodeChangedEvent);
const isAccessCodeChangedEvent = /* @__PURE__ */ guard(
  checkAccessCodeChangedEvent
);
const AccessCodeChangedEventSchema = /* @__PURE__ */ standard(checkAccessCodeChangedEvent, vendor);
const validateAccessCodeCodeChangedEvent = /* @__PURE__ */ validator(checkAccessCodeCodeChangedEvent);
const isAccessCodeCodeChangedEvent = /* @__PURE__ */ guard(checkAccessCodeCodeChangedEvent);
const AccessCodeCodeChangedEventSchema = /* @__PURE__ */ standard(checkAccessCodeCodeChangedEvent, vendor);
const validateAccessCodeCreatedEvent = /* @__PURE__ */ validator(checkAccessCodeCreatedEvent);
const isAccessCodeCreatedEvent = /* @__PURE__ */ guard(
  checkAccessCodeCreatedEvent
);
const AccessCodeCreatedEventSchema = /* @__PURE__ */ standard(checkAccessCodeCreatedEvent, vendor);
const validateAccessCodeDelayInRemovingFromDeviceEvent = /* @__PURE__ */ validator(checkAccessCodeDelayInRemovingFromDeviceEvent);
const isAccessCodeDelayInRemovingFromDeviceEvent = /* @__PURE__ */ guard(checkAccessCodeDelayInRemovingFromDeviceEvent);
const AccessCodeDelayInRemovingFromDeviceEventSchema = /* @__PURE__ */ standard(checkAccessCodeDelayInRemovingFromDeviceEvent, vendor);
const validateAccessCodeDelayInSettingOnDeviceEvent = /* @__PURE__ */ validator(checkAccessCodeDelayInSettingOnDeviceEvent);
const isAccessCodeDelayInSettingOnDeviceEvent = /* @__PURE__ */ guard(checkAccessCodeDelayInSettingOnDeviceEvent);
const AccessCodeDelayInSettingOnDeviceEventSchema = /* @__PURE__ */ standard(checkAccessCodeDelayInSettingOnDeviceEvent, vendor);
const validateAccessCodeDeletedEvent = /* @__PURE__ */ validator(checkAccessCodeDeletedEvent);
const isAccessCodeDeletedEvent = /* @__PURE__ */ guard(
  checkAccessCodeDeletedEvent
);
const AccessCodeDeletedEventSchema = /* @__PURE__ */ standard(checkAccessCodeDeletedEvent, vendor);
const validateAccessCodeDeletedExternalToSeamEvent = /* @__PURE__ */ validator(checkAccessCodeDeletedExternalToSeamEvent);
const isAccessCodeDeletedExternalToSeamEvent = /* @__PURE__ */ guard(checkAccessCodeDeletedExternalToSeamEvent);
const AccessCodeDeletedExternalToSeamEventSchema = /* @__PURE__ */ standard(checkAccessCodeDeletedExternalToSeamEvent, vendor);
const validateAccessCodeFailedToRemoveFromDeviceEvent = /* @__PURE__ */ validator(checkAccessCodeFailedToRemoveFromDeviceEvent);
const isAccessCodeFailedToRemoveFromDeviceEvent = /* @__PURE__ */ guard(checkAccessCodeFailedToRemoveFromDeviceEvent);
const AccessCodeFailedToRemoveFromDeviceEventSchema = /* @__PURE__ */ standard(checkAccessCodeFailedToRemoveFromDeviceEvent, vendor);
const validateAccessCodeFailedToSetOnDeviceEvent = /* @__PURE__ */ validator(checkAccessCodeFailedToSetOnDeviceEvent);
const isAccessCodeFailedToSetOnDeviceEvent = /* @__PURE__ */ guard(checkAccessCodeFailedToSetOnDeviceEvent);
const AccessCodeFailedToSetOnDeviceEventSchema = /* @__PURE__ */ standard(checkAccessCodeFailedToSetOnDeviceEvent, vendor);
const validateAccessCodeModifiedExternalToSeamEvent = /* @__PURE__ */ validator(checkAccessCodeModifiedExternalToSeamEvent);
const isAccessCodeModifiedExternalToSeamEvent = /* @__PURE__ */ guard(checkAccessCodeModifiedExternalToSeamEvent);
const AccessCodeModifiedExternalToSeamEventSchema = /* @__PURE__ */ standard(checkAccessCodeModifiedExternalToSeamEvent, vendor);
const validateAccessCodeMutationsRequestedEvent = /* @__PURE__ */ validator(checkAccessCodeMutationsRequestedEvent);
const isAccessCodeMutationsRequestedEvent = /* @__PURE__ */ guard(checkAccessCodeMutationsRequestedEvent);
const AccessCodeMutationsRequestedEventSchema = /* @__PURE__ */ standard(checkAccessCodeMutationsRequestedEvent, vendor);
const validateAccessCodeNameChangedEvent = /* @__PURE__ */ validator(checkAccessCodeNameChangedEvent);
const isAccessCodeNameChangedEvent = /* @__PURE__ */ guard(checkAccessCodeNameChangedEvent);
const AccessCodeNameChangedEventSchema = /* @__PURE__ */ standard(checkAccessCodeNameChangedEvent, vendor);
const validateAccessCodeRemovedFromDeviceEvent = /* @__PURE__ */ validator(checkAccessCodeRemovedFromDeviceEvent);
const isAccessCodeRemovedFromDeviceEvent = /* @__PURE__ */ guard(checkAccessCodeRemovedFromDeviceEvent);
const AccessCodeRemovedFromDeviceEventSchema = /* @__PURE__ */ standard(checkAccessCodeRemovedFromDeviceEvent, vendor);
const validateAccessCodeScheduledOnDeviceEvent = /* @__PURE__ */ validator(checkAccessCodeScheduledOnDeviceEvent);
const isAccessCodeScheduledOnDeviceEvent = /* @__PURE__ */ guard(checkAccessCodeScheduledOnDeviceEvent);
const AccessCodeScheduledOnDeviceEventSchema = /* @__PURE__ */ standard(checkAccessCodeScheduledOnDeviceEvent, vendor);
const validateAccessCodeSetOnDeviceEvent = /* @__PURE__ */ validator(checkAccessCodeSetOnDeviceEvent);
const isAccessCodeSetOnDeviceEvent = /* @__PURE__ */ guard(checkAccessCodeSetOnDeviceEvent);
const AccessCodeSetOnDeviceEventSchema = /* @__PURE__ */ standard(checkAccessCodeSetOnDeviceEvent, vendor);
const validateAccessCodeTimeFrameChangedEvent = /* @__PURE__ */ validator(checkAccessCodeTimeFrameChangedEvent);
const isAccessCodeTimeFrameChangedEvent = /* @__PURE__ */ guard(checkAccessCodeTimeFrameChangedEvent);
const AccessCodeTimeFrameChangedEventSchema = /* @__PURE__ */ standard(checkAccessCodeTimeFrameChangedEvent, vendor);
const validateAccessCodeUnmanagedConvertedToManagedEvent = /* @__PURE__ */ validator(checkAccessCodeUnmanagedConvertedToManagedEvent);
const isAccessCodeUnmanagedConvertedToManagedEvent = /* @__PURE__ */ guard(checkAccessCodeUnmanagedConvertedToManagedEvent);
const AccessCodeUnmanagedConvertedToManagedEventSchema = /* @__PURE__ */ standard(checkAccessCodeUnmanagedConvertedToManagedEvent, vendor);
const validateAccessCodeUnmanagedCreatedEvent = /* @__PURE__ */ validator(checkAccessCodeUnmanagedCreatedEvent);
const isAccessCodeUnmanagedCreatedEvent = /* @__PURE__ */ guard(checkAccessCodeUnmanagedCreatedEvent);
const AccessCodeUnmanagedCreatedEventSchema = /* @__PURE__ */ standard(checkAccessCodeUnmanagedCreatedEvent, vendor);
const validateAccessCodeUnmanagedFailedToConvertToManagedEvent = /* @__PURE__ */ validator(checkAccessCodeUnmanagedFailedToConvertToManagedEvent);
const isAccessCodeUnmanagedFailedToConvertToManagedEvent = /* @__PURE__ */ guard(checkAccessCodeUnmanagedFailedToConvertToManagedEvent);
const AccessCodeUnmanagedFailedToConvertToManagedEventSchema = /* @__PURE__ */ standard(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, vendor);
const validateAccessCodeUnmanagedRemovedEvent = /* @__PURE__ */ validator(checkAccessCodeUnmanagedRemovedEvent);
const isAccessCodeUnmanagedRemovedEvent = /* @__PURE__ */ guard(checkAccessCodeUnmanagedRemovedEvent);
const AccessCodeUnmanagedRemovedEventSchema = /* @__PURE__ */ standard(checkAccessCodeUnmanagedRemovedEvent, vendor);
const validateAccessGrantAccessGrantedToAllDoorsEvent = /* @__PURE__ */ validator(checkAccessGrantAccessGrantedToAllDoorsEvent);
const isAccessGrantAccessGrantedToAllDoorsEvent = /* @__PURE__ */ guard(checkAccessGrantAccessGrantedToAllDoorsEvent);
const AccessGrantAccessGrantedToAllDoorsEventSchema = /* @__PURE__ */ standard(checkAccessGrantAccessGrantedToAllDoorsEvent, vendor);
const validateAccessGrantAccessGrantedToDoorEvent = /* @__PURE__ */ validator(checkAccessGrantAccessGrantedToDoorEvent);
const isAccessGrantAccessGrantedToDoorEvent = /* @__PURE__ */ guard(checkAccessGrantAccessGrantedToDoorEvent);
const AccessGrantAccessGrantedToDoorEventSchema = /* @__PURE__ */ standard(checkAccessGrantAccessGrantedToDoorEvent, vendor);
const validateAccessGrantAccessTimesChangedEvent = /* @__PURE__ */ validator(checkAccessGrantAccessTimesChangedEvent);
const isAccessGrantAccessTimesChangedEvent = /* @__PURE__ */ guard(checkAccessGrantAccessTimesChangedEvent);
const AccessGrantAccessTimesChangedEventSchema = /* @__PURE__ */ standard(checkAccessGrantAccessTimesChangedEvent, vendor);
const validateAccessGrantAccessToDoorLostEvent = /* @__PURE__ */ validator(checkAccessGrantAccessToDoorLostEvent);
const isAccessGrantAccessToDoorLostEvent = /* @__PURE__ */ guard(checkAccessGrantAccessToDoorLostEvent);
const AccessGrantAccessToDoorLostEventSchema = /* @__PURE__ */ standard(checkAccessGrantAccessToDoorLostEvent, vendor);
const validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent = /* @__PURE__ */ validator(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent);
const isAccessGrantCouldNotCreateRequestedAccessMethodsEvent = /* @__PURE__ */ guard(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent);
const AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema = /* @__PURE__ */ standard(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, vendor);
const validateAccessGrantCreatedEvent = /* @__PURE__ */ validator(checkAccessGrantCreatedEvent);
const isAccessGrantCreatedEvent = /* @__PURE__ */ guard(
  checkAccessGrantCreatedEvent
);
const AccessGrantCreatedEventSchema = /* @__PURE__ */ standard(checkAccessGrantCreatedEvent, vendor);
const validateAccessGrantDeletedEvent = /* @__PURE__ */ validator(checkAccessGrantDeletedEvent);
const isAccessGrantDeletedEvent = /* @__PURE__ */ guard(
  checkAccessGrantDeletedEvent
);
const AccessGrantDeletedEventSchema = /* @__PURE__ */ standard(checkAccessGrantDeletedEvent, vendor);
const validateAccessMethodCardEncodingRequiredEvent = /* @__PURE__ */ validator(checkAccessMethodCardEncodingRequiredEvent);
const isAccessMethodCardEncodingRequiredEvent = /* @__PURE__ */ guard(checkAccessMethodCardEncodingRequiredEvent);
const AccessMethodCardEncodingRequiredEventSchema = /* @__PURE__ */ standard(checkAccessMethodCardEncodingRequiredEvent, vendor);
const validateAccessMethodCreatedEvent = /* @__PURE__ */ validator(checkAccessMethodCreatedEvent);
const isAccessMethodCreatedEvent = /* @__PURE__ */ guard(
  checkAccessMethodCreatedEvent
);
const AccessMethodCreatedEventSchema = /* @__PURE__ */ standard(checkAccessMethodCreatedEvent, vendor);
const validateAccessMethodDelayInIssuingEvent = /* @__PURE__ */ validator(checkAccessMethodDelayInIssuingEvent);
const isAccessMethodDelayInIssuingEvent = /* @__PURE__ */ guard(checkAccessMethodDelayInIssuingEvent);
const AccessMethodDelayInIssuingEventSchema = /* @__PURE__ */ standard(checkAccessMethodDelayInIssuingEvent, vendor);
const validateAccessMethodDeletedEvent = /* @__PURE__ */ validator(checkAccessMethodDeletedEvent);
const isAccessMethodDeletedEvent = /* @__PURE__ */ guard(
  checkAccessMethodDeletedEvent
);
const AccessMethodDeletedEventSchema = /* @__PURE__ */ standard(checkAccessMethodDeletedEvent, vendor);
const validateAccessMethodFailedToIssueEvent = /* @__PURE__ */ validator(checkAccessMethodFailedToIssueEvent);
const isAccessMethodFailedToIssueEvent = /* @__PURE__ */ guard(checkAccessMethodFailedToIssueEvent);
const AccessMethodFailedToIssueEventSchema = /* @__PURE__ */ standard(checkAccessMethodFailedToIssueEvent, vendor);
const validateAccessMethodIssuedEvent = /* @__PURE__ */ validator(checkAccessMethodIssuedEvent);
const isAccessMethodIssuedEvent = /* @__PURE__ */ guard(
  checkAccessMethodIssuedEvent
);
const AccessMethodIssuedEventSchema = /* @__PURE__ */ standard(checkAccessMethodIssuedEvent, vendor);
const validateAccessMethodReissuedEvent = /* @__PURE__ */ validator(checkAccessMethodReissuedEvent);
const isAccessMethodReissuedEvent = /* @__PURE__ */ guard(
  checkAccessMethodReissuedEvent
);
const AccessMethodReissuedEventSchema = /* @__PURE__ */ standard(checkAccessMethodReissuedEvent, vendor);
const validateAccessMethodRevokedEvent = /* @__PURE__ */ validator(checkAccessMethodRevokedEvent);
const isAccessMethodRevokedEvent = /* @__PURE__ */ guard(
  checkAccessMethodRevokedEvent
);
const AccessMethodRevokedEventSchema = /* @__PURE__ */ standard(checkAccessMethodRevokedEvent, vendor);
const validateAcsAccessGroupDeletedEvent = /* @__PURE__ */ validator(checkAcsAccessGroupDeletedEvent);
const isAcsAccessGroupDeletedEvent = /* @__PURE__ */ guard(checkAcsAccessGroupDeletedEvent);
const AcsAccessGroupDeletedEventSchema = /* @__PURE__ */ standard(checkAcsAccessGroupDeletedEvent, vendor);
const validateAcsCredentialDeletedEvent = /* @__PURE__ */ validator(checkAcsCredentialDeletedEvent);
const isAcsCredentialDeletedEvent = /* @__PURE__ */ guard(
  checkAcsCredentialDeletedEvent
);
const AcsCredentialDeletedEventSchema = /* @__PURE__ */ standard(checkAcsCredentialDeletedEvent, vendor);
const validateAcsCredentialInvalidatedEvent = /* @__PURE__ */ validator(checkAcsCredentialInvalidatedEvent);
const isAcsCredentialInvalidatedEvent = /* @__PURE__ */ guard(checkAcsCredentialInvalidatedEvent);
const AcsCredentialInvalidatedEventSchema = /* @__PURE__ */ standard(checkAcsCredentialInvalidatedEvent, vendor);
const validateAcsCredentialIssuedEvent = /* @__PURE__ */ validator(checkAcsCredentialIssuedEvent);
const isAcsCredentialIssuedEvent = /* @__PURE__ */ guard(
  checkAcsCredentialIssuedEvent
);
const AcsCredentialIssuedEventSchema = /* @__PURE__ */ standard(checkAcsCredentialIssuedEvent, vendor);
const validateAcsCredentialReissuedEvent = /* @__PURE__ */ validator(checkAcsCredentialReissuedEvent);
const isAcsCredentialReissuedEvent = /* @__PURE__ */ guard(checkAcsCredentialReissuedEvent);
const AcsCredentialReissuedEventSchema = /* @__PURE__ */ standard(checkAcsCredentialReissuedEvent, vendor);
const validateAcsEncoderAddedEvent = /* @__PURE__ */ validator(checkAcsEncoderAddedEvent);
const isAcsEncoderAddedEvent = /* @__PURE__ */ guard(checkAcsEncoderAddedEvent);
const AcsEncoderAddedEventSchema = /* @__PURE__ */ standard(checkAcsEncoderAddedEvent, vendor);
const validateAcsEncoderRemovedEvent = /* @__PURE__ */ validator(checkAcsEncoderRemovedEvent);
const isAcsEncoderRemovedEvent = /* @__PURE__ */ guard(
  checkAcsEncoderRemovedEvent
);
const AcsEncoderRemovedEventSchema = /* @__PURE__ */ standard(checkAcsEncoderRemovedEvent, vendor);
const validateAcsEntranceAddedEvent = /* @__PURE__ */ validator(checkAcsEntranceAddedEvent);
const isAcsEntranceAddedEvent = /* @__PURE__ */ guard(
  checkAcsEntranceAddedEvent
);
const AcsEntranceAddedEventSchema = /* @__PURE__ */ standard(checkAcsEntranceAddedEvent, vendor);
const validateAcsEntranceRemovedEvent = /* @__PURE__ */ validator(checkAcsEntranceRemovedEvent);
const isAcsEntranceRemovedEvent = /* @__PURE__ */ guard(
  checkAcsEntranceRemovedEvent
);
const AcsEntranceRemovedEventSchema = /* @__PURE__ */ standard(checkAcsEntranceRemovedEvent, vendor);
const validateAcsSystemAddedEvent = /* @__PURE__ */ validator(checkAcsSystemAddedEvent);
const isAcsSystemAddedEvent = /* @__PURE__ */ guard(checkAcsSystemAddedEvent);
const AcsSystemAddedEventSchema = /* @__PURE__ */ standard(checkAcsSystemAddedEvent, vendor);
const validateAcsSystemConnectedEvent = /* @__PURE__ */ validator(checkAcsSystemConnectedEvent);
const isAcsSystemConnectedEvent = /* @__PURE__ */ guard(
  checkAcsSystemConnectedEvent
);
const AcsSystemConnectedEventSchema = /* @__PURE__ */ standard(checkAcsSystemConnectedEvent, vendor);
const validateAcsSystemDisconnectedEvent = /* @__PURE__ */ validator(checkAcsSystemDisconnectedEvent);
const isAcsSystemDisconnectedEvent = /* @__PURE__ */ guard(checkAcsSystemDisconnectedEvent);
const AcsSystemDisconnectedEventSchema = /* @__PURE__ */ standard(checkAcsSystemDisconnectedEvent, vendor);
const validateAcsUserCreatedEvent = /* @__PURE__ */ validator(checkAcsUserCreatedEvent);
const isAcsUserCreatedEvent = /* @__PURE__ */ guard(checkAcsUserCreatedEvent);
const AcsUserCreatedEventSchema = /* @__PURE__ */ standard(checkAcsUserCreatedEvent, vendor);
const validateAcsUserDeletedEvent = /* @__PURE__ */ validator(checkAcsUserDeletedEvent);
const isAcsUserDeletedEvent = /* @__PURE__ */ guard(checkAcsUserDeletedEvent);
const AcsUserDeletedEventSchema = /* @__PURE__ */ standard(checkAcsUserDeletedEvent, vendor);
const validateActionAttemptLockDoorFailedEvent = /* @__PURE__ */ validator(checkActionAttemptLockDoorFailedEvent);
const isActionAttemptLockDoorFailedEvent = /* @__PURE__ */ guard(checkActionAttemptLockDoorFailedEvent);
const ActionAttemptLockDoorFailedEventSchema = /* @__PURE__ */ standard(checkActionAttemptLockDoorFailedEvent, vendor);
const validateActionAttemptLockDoorSucceededEvent = /* @__PURE__ */ validator(checkActionAttemptLockDoorSucceededEvent);
const isActionAttemptLockDoorSucceededEvent = /* @__PURE__ */ guard(checkActionAttemptLockDoorSucceededEvent);
const ActionAttemptLockDoorSucceededEventSchema = /* @__PURE__ */ standard(checkActionAttemptLockDoorSucceededEvent, vendor);
const validateActionAttemptSimulateKeypadCodeEntryFailedEvent = /* @__PURE__ */ validator(checkActionAttemptSimulateKeypadCodeEntryFailedEvent);
const isActionAttemptSimulateKeypadCodeEntryFailedEvent = /* @__PURE__ */ guard(checkActionAttemptSimulateKeypadCodeEntryFailedEvent);
const ActionAttemptSimulateKeypadCodeEntryFailedEventSchema = /* @__PURE__ */ standard(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, vendor);
const validateActionAttemptSimulateKeypadCodeEntrySucceededEvent = /* @__PURE__ */ validator(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent);
const isActionAttemptSimulateKeypadCodeEntrySucceededEvent = /* @__PURE__ */ guard(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent);
const ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema = /* @__PURE__ */ standard(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, vendor);
const validateActionAttemptSimulateManualLockViaKeypadFailedEvent = /* @__PURE__ */ validator(checkActionAttemptSimulateManualLockViaKeypadFailedEvent);
const isActionAttemptSimulateManualLockViaKeypadFailedEvent = /* @__PURE__ */ guard(checkActionAttemptSimulateManualLockViaKeypadFailedEvent);
const ActionAttemptSimulateManualLockViaKeypadFailedEventSchema = /* @__PURE__ */ standard(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, vendor);
const validateActionAttemptSimulateManualLockViaKeypadSucceededEvent = /* @__PURE__ */ validator(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent);
const isActionAttemptSimulateManualLockViaKeypadSucceededEvent = /* @__PURE__ */ guard(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent);
const ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema = /* @__PURE__ */ standard(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, vendor);
const validateActionAttemptUnlockDoorFailedEvent = /* @__PURE__ */ validator(checkActionAttemptUnlockDoorFailedEvent);
const isActionAttemptUnlockDoorFailedEvent = /* @__PURE__ */ guard(checkActionAttemptUnlockDoorFailedEvent);
const ActionAttemptUnlockDoorFailedEventSchema = /* @__PURE__ */ standard(checkActionAttemptUnlockDoorFailedEvent, vendor);
const validateActionAttemptUnlockDoorSucceededEvent = /* @__PURE__ */ validator(checkActionAttemptUnlockDoorSucceededEvent);
const isActionAttemptUnlockDoorSucceededEvent = /* @__PURE__ */ guard(checkActionAttemptUnlockDoorSucceededEvent);
const ActionAttemptUnlockDoorSucceededEventSchema = /* @__PURE__ */ standard(checkActionAttemptUnlockDoorSucceededEvent, vendor);
const validateCameraActivatedEvent = /* @__PURE__ */ validator(checkCameraActivatedEvent);
const isCameraActivatedEvent = /* @__PURE__ */ guard(checkCameraActivatedEvent);
const CameraActivatedEventSchema = /* @__PURE__ */ standard(checkCameraActivatedEvent, vendor);
const validateClientSessionDeletedEvent = /* @__PURE__ */ validator(checkClientSessionDeletedEvent);
const isClientSessionDeletedEvent = /* @__PURE__ */ guard(
  checkClientSessionDeletedEvent
);
const ClientSessionDeletedEventSchema = /* @__PURE__ */ standard(checkClientSessionDeletedEvent, vendor);
const validateConnectWebviewLoginFailedEvent = /* @__PURE__ */ validator(checkConnectWebviewLoginFailedEvent);
const isConnectWebviewLoginFailedEvent = /* @__PURE__ */ guard(checkConnectWebviewLoginFailedEvent);
const ConnectWebviewLoginFailedEventSchema = /* @__PURE__ */ standard(checkConnectWebviewLoginFailedEvent, vendor);
const validateConnectWebviewLoginSucceededEvent = /* @__PURE__ */ validator(checkConnectWebviewLoginSucceededEvent);
const isConnectWebviewLoginSucceededEvent = /* @__PURE__ */ guard(checkConnectWebviewLoginSucceededEvent);
const ConnectWebviewLoginSucceededEventSchema = /* @__PURE__ */ standard(checkConnectWebviewLoginSucceededEvent, vendor);
const validateConnectedAccountCompletedFirstSyncEvent = /* @__PURE__ */ validator(checkConnectedAccountCompletedFirstSyncEvent);
const isConnectedAccountCompletedFirstSyncEvent = /* @__PURE__ */ guard(checkConnectedAccountCompletedFirstSyncEvent);
const ConnectedAccountCompletedFirstSyncEventSchema = /* @__PURE__ */ standard(checkConnectedAccountCompletedFirstSyncEvent, vendor);
const validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent = /* @__PURE__ */ validator(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent);
const isConnectedAccountCompletedFirstSyncAfterReconnectionEvent = /* @__PURE__ */ guard(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent);
const ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema = /* @__PURE__ */ standard(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, vendor);
const validateConnectedAccountConnectedEvent = /* @__PURE__ */ validator(checkConnectedAccountConnectedEvent);
const isConnectedAccountConnectedEvent = /* @__PURE__ */ guard(checkConnectedAccountConnectedEvent);
const ConnectedAccountConnectedEventSchema = /* @__PURE__ */ standard(checkConnectedAccountConnectedEvent, vendor);
const validateConnectedAccountCreatedEvent = /* @__PURE__ */ validator(checkConnectedAccountCreatedEvent);
const isConnectedAccountCreatedEvent = /* @__PURE__ */ guard(checkConnectedAccountCreatedEvent);
const ConnectedAccountCreatedEventSchema = /* @__PURE__ */ standard(checkConnectedAccountCreatedEvent, vendor);
const validateConnectedAccountDeletedEvent = /* @__PURE__ */ validator(checkConnectedAccountDeletedEvent);
const isConnectedAccountDeletedEvent = /* @__PURE__ */ guard(checkConnectedAccountDeletedEvent);
const ConnectedAccountDeletedEventSchema = /* @__PURE__ */ standard(checkConnectedAccountDeletedEvent, vendor);
const validateConnectedAccountDisconnectedEvent = /* @__PURE__ */ validator(checkConnectedAccountDisconnectedEvent);
const isConnectedAccountDisconnectedEvent = /* @__PURE__ */ guard(checkConnectedAccountDisconnectedEvent);
const ConnectedAccountDisconnectedEventSchema = /* @__PURE__ */ standard(checkConnectedAccountDisconnectedEvent, vendor);
const validateConnectedAccountReauthorizationRequestedEvent = /* @__PURE__ */ validator(checkConnectedAccountReauthorizationRequestedEvent);
const isConnectedAccountReauthorizationRequestedEvent = /* @__PURE__ */ guard(checkConnectedAccountReauthorizationRequestedEvent);
const ConnectedAccountReauthorizationRequestedEventSchema = /* @__PURE__ */ standard(checkConnectedAccountReauthorizationRequestedEvent, vendor);
const validateConnectedAccountSuccessfulLoginEvent = /* @__PURE__ */ validator(checkConnectedAccountSuccessfulLoginEvent);
const isConnectedAccountSuccessfulLoginEvent = /* @__PURE__ */ guard(checkConnectedAccountSuccessfulLoginEvent);
const ConnectedAccountSuccessfulLoginEventSchema = /* @__PURE__ */ standard(checkConnectedAccountSuccessfulLoginEvent, vendor);
const validateDeviceAccessoryKeypadConnectedEvent = /* @__PURE__ */ validator(checkDeviceAccessoryKeypadConnectedEvent);
const isDeviceAccessoryKeypadConnectedEvent = /* @__PURE__ */ guard(checkDeviceAccessoryKeypadConnectedEvent);
const DeviceAccessoryKeypadConnectedEventSchema = /* @__PURE__ */ standard(checkDeviceAccessoryKeypadConnectedEvent, vendor);
const validateDeviceAccessoryKeypadDisconnectedEvent = /* @__PURE__ */ validator(checkDeviceAccessoryKeypadDisconnectedEvent);
const isDeviceAccessoryKeypadDisconnectedEvent = /* @__PURE__ */ guard(checkDeviceAccessoryKeypadDisconnectedEvent);
const DeviceAccessoryKeypadDisconnectedEventSchema = /* @__PURE__ */ standard(checkDeviceAccessoryKeypadDisconnectedEvent, vendor);
const validateDeviceAddedEvent = /* @__PURE__ */ validator(checkDeviceAddedEvent);
const isDeviceAddedEvent = /* @__PURE__ */ guard(checkDeviceAddedEvent);
const DeviceAddedEventSchema = /* @__PURE__ */ standard(
  checkDeviceAddedEvent,
  vendor
);
const validateDeviceBatteryStatusChangedEvent = /* @__PURE__ */ validator(checkDeviceBatteryStatusChangedEvent);
const isDeviceBatteryStatusChangedEvent = /* @__PURE__ */ guard(checkDeviceBatteryStatusChangedEvent);
const DeviceBatteryStatusChangedEventSchema = /* @__PURE__ */ standard(checkDeviceBatteryStatusChangedEvent, vendor);
const validateDeviceConnectedEvent = /* @__PURE__ */ validator(checkDeviceConnectedEvent);
const isDeviceConnectedEvent = /* @__PURE__ */ guard(checkDeviceConnectedEvent);
const DeviceConnectedEventSchema = /* @__PURE__ */ standard(checkDeviceConnectedEvent, vendor);
const validateDeviceConnectionBecameFlakyEvent = /* @__PURE__ */ validator(checkDeviceConnectionBecameFlakyEvent);
const isDeviceConnectionBecameFlakyEvent = /* @__PURE__ */ guard(checkDeviceConnectionBecameFlakyEvent);
const DeviceConnectionBecameFlakyEventSchema = /* @__PURE__ */ standard(checkDeviceConnectionBecameFlakyEvent, vendor);
const validateDeviceConnectionStabilizedEvent = /* @__PURE__ */ validator(checkDeviceConnectionStabilizedEvent);
const isDeviceConnectionStabilizedEvent = /* @__PURE__ */ guard(checkDeviceConnectionStabilizedEvent);
const DeviceConnectionStabilizedEventSchema = /* @__PURE__ */ standard(checkDeviceConnectionStabilizedEvent, vendor);
const validateDeviceConvertedToUnmanagedEvent = /* @__PURE__ */ validator(checkDeviceConvertedToUnmanagedEvent);
const isDeviceConvertedToUnmanagedEvent = /* @__PURE__ */ guard(checkDeviceConvertedToUnmanagedEvent);
const DeviceConvertedToUnmanagedEventSchema = /* @__PURE__ */ standard(checkDeviceConvertedToUnmanagedEvent, vendor);
const validateDeviceDeletedEvent = /* @__PURE__ */ validator(checkDeviceDeletedEvent);
const isDeviceDeletedEvent = /* @__PURE__ */ guard(checkDeviceDeletedEvent);
const DeviceDeletedEventSchema = /* @__PURE__ */ standard(checkDeviceDeletedEvent, vendor);
const validateDeviceDisconnectedEvent = /* @__PURE__ */ validator(checkDeviceDisconnectedEvent);
const isDeviceDisconnectedEvent = /* @__PURE__ */ guard(
  checkDeviceDisconnectedEvent
);
const DeviceDisconnectedEventSchema = /* @__PURE__ */ standard(checkDeviceDisconnectedEvent, vendor);
const validateDeviceDoorbellRangEvent = /* @__PURE__ */ validator(checkDeviceDoorbellRangEvent);
const isDeviceDoorbellRangEvent = /* @__PURE__ */ guard(
  checkDeviceDoorbellRangEvent
);
const DeviceDoorbellRangEventSchema = /* @__PURE__ */ standard(checkDeviceDoorbellRangEvent, vendor);
const validateDeviceErrorSubscriptionRequiredEvent = /* @__PURE__ */ validator(checkDeviceErrorSubscriptionRequiredEvent);
const isDeviceErrorSubscriptionRequiredEvent = /* @__PURE__ */ guard(checkDeviceErrorSubscriptionRequiredEvent);
const DeviceErrorSubscriptionRequiredEventSchema = /* @__PURE__ */ standard(checkDeviceErrorSubscriptionRequiredEvent, vendor);
const validateDeviceErrorSubscriptionRequiredResolvedEvent = /* @__PURE__ */ validator(checkDeviceErrorSubscriptionRequiredResolvedEvent);
const isDeviceErrorSubscriptionRequiredResolvedEvent = /* @__PURE__ */ guard(checkDeviceErrorSubscriptionRequiredResolvedEvent);
const DeviceErrorSubscriptionRequiredResolvedEventSchema = /* @__PURE__ */ standard(checkDeviceErrorSubscriptionRequiredResolvedEvent, vendor);
const validateDeviceLowBatteryEvent = /* @__PURE__ */ validator(checkDeviceLowBatteryEvent, {
  key: "event_type",
  aliases: [["device.battery_low", "device.low_battery"]]
});
const isDeviceLowBatteryEvent = /* @__PURE__ */ guard(
  checkDeviceLowBatteryEvent
);
const DeviceLowBatteryEventSchema = /* @__PURE__ */ standard(checkDeviceLowBatteryEvent, vendor);
const validateDeviceNameChangedEvent = /* @__PURE__ */ validator(checkDeviceNameChangedEvent);
const isDeviceNameChangedEvent = /* @__PURE__ */ guard(
  checkDeviceNameChangedEvent
);
const DeviceNameChangedEventSchema = /* @__PURE__ */ standard(checkDeviceNameChangedEvent, vendor);
const validateDeviceRemovedEvent = /* @__PURE__ */ validator(checkDeviceRemovedEvent);
const isDeviceRemovedEvent = /* @__PURE__ */ guard(checkDeviceRemovedEvent);
const DeviceRemovedEventSchema = /* @__PURE__ */ standard(checkDeviceRemovedEvent, vendor);
const validateDeviceSaltoPrivacyModeActivatedEvent = /* @__PURE__ */ validator(checkDeviceSaltoPrivacyModeActivatedEvent);
const isDeviceSaltoPrivacyModeActivatedEvent = /* @__PURE__ */ guard(checkDeviceSaltoPrivacyModeActivatedEvent);
const DeviceSaltoPrivacyModeActivatedEventSchema = /* @__PURE__ */ standard(checkDeviceSaltoPrivacyModeActivatedEvent, vendor);
const validateDeviceSaltoPrivacyModeDeactivatedEvent = /* @__PURE__ */ validator(checkDeviceSaltoPrivacyModeDeactivatedEvent);
const isDeviceSaltoPrivacyModeDeactivatedEvent = /* @__PURE__ */ guard(checkDeviceSaltoPrivacyModeDeactivatedEvent);
const DeviceSaltoPrivacyModeDeactivatedEventSchema = /* @__PURE__ */ standard(checkDeviceSaltoPrivacyModeDeactivatedEvent, vendor);
const validateDeviceTamperedEvent = /* @__PURE__ */ validator(checkDeviceTamperedEvent);
const isDeviceTamperedEvent = /* @__PURE__ */ guard(checkDeviceTamperedEvent);
const DeviceTamperedEventSchema = /* @__PURE__ */ standard(checkDeviceTamperedEvent, vendor);
const validateDeviceThirdPartyIntegrationDetectedEvent = /* @__PURE__ */ validator(checkDeviceThirdPartyIntegrationDetectedEvent);
const isDeviceThirdPartyIntegrationDetectedEvent = /* @__PURE__ */ guard(checkDeviceThirdPartyIntegrationDetectedEvent);
const DeviceThirdPartyIntegrationDetectedEventSchema = /* @__PURE__ */ standard(checkDeviceThirdPartyIntegrationDetectedEvent, vendor);
const validateDeviceThirdPartyIntegrationNoLongerDetectedEvent = /* @__PURE__ */ validator(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent);
const isDeviceThirdPartyIntegrationNoLongerDetectedEvent = /* @__PURE__ */ guard(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent);
const DeviceThirdPartyIntegrationNoLongerDetectedEventSchema = /* @__PURE__ */ standard(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, vendor);
const validateDeviceUnmanagedConnectedEvent = /* @__PURE__ */ validator(checkDeviceUnmanagedConnectedEvent);
const isDeviceUnmanagedConnectedEvent = /* @__PURE__ */ guard(checkDeviceUnmanagedConnectedEvent);
const DeviceUnmanagedConnectedEventSchema = /* @__PURE__ */ standard(checkDeviceUnmanagedConnectedEvent, vendor);
const validateDeviceUnmanagedConvertedToManagedEvent = /* @__PURE__ */ validator(checkDeviceUnmanagedConvertedToManagedEvent);
const isDeviceUnmanagedConvertedToManagedEvent = /* @__PURE__ */ guard(checkDeviceUnmanagedConvertedToManagedEvent);
const DeviceUnmanagedConvertedToManagedEventSchema = /* @__PURE__ */ standard(checkDeviceUnmanagedConvertedToManagedEvent, vendor);
const validateDeviceUnmanagedDisconnectedEvent = /* @__PURE__ */ validator(checkDeviceUnmanagedDisconnectedEvent);
const isDeviceUnmanagedDisconnectedEvent = /* @__PURE__ */ guard(checkDeviceUnmanagedDisconnectedEvent);
const DeviceUnmanagedDisconnectedEventSchema = /* @__PURE__ */ standard(checkDeviceUnmanagedDisconnectedEvent, vendor);
const validateEnrollmentAutomationDeletedEvent = /* @__PURE__ */ validator(checkEnrollmentAutomationDeletedEvent);
const isEnrollmentAutomationDeletedEvent = /* @__PURE__ */ guard(checkEnrollmentAutomationDeletedEvent);
const EnrollmentAutomationDeletedEventSchema = /* @__PURE__ */ standard(checkEnrollmentAutomationDeletedEvent, vendor);
const validateLockAccessDeniedEvent = /* @__PURE__ */ validator(checkLockAccessDeniedEvent);
const isLockAccessDeniedEvent = /* @__PURE__ */ guard(
  checkLockAccessDeniedEvent
);
const LockAccessDeniedEventSchema = /* @__PURE__ */ standard(checkLockAccessDeniedEvent, vendor);
const validateLockLockedEvent = /* @__PURE__ */ validator(checkLockLockedEvent);
const isLockLockedEvent = /* @__PURE__ */ guard(checkLockLockedEvent);
const LockLockedEventSchema = /* @__PURE__ */ standard(
  checkLockLockedEvent,
  vendor
);
const validateLockUnlockedEvent = /* @__PURE__ */ validator(checkLockUnlockedEvent);
const isLockUnlockedEvent = /* @__PURE__ */ guard(checkLockUnlockedEvent);
const LockUnlockedEventSchema = /* @__PURE__ */ standard(checkLockUnlockedEvent, vendor);
const validateNoiseSensorNoiseThresholdTriggeredEvent = /* @__PURE__ */ validator(checkNoiseSensorNoiseThresholdTriggeredEvent);
const isNoiseSensorNoiseThresholdTriggeredEvent = /* @__PURE__ */ guard(checkNoiseSensorNoiseThresholdTriggeredEvent);
const NoiseSensorNoiseThresholdTriggeredEventSchema = /* @__PURE__ */ standard(checkNoiseSensorNoiseThresholdTriggeredEvent, vendor);
const validatePhoneDeactivatedEvent = /* @__PURE__ */ validator(checkPhoneDeactivatedEvent);
const isPhoneDeactivatedEvent = /* @__PURE__ */ guard(
  checkPhoneDeactivatedEvent
);
const PhoneDeactivatedEventSchema = /* @__PURE__ */ standard(checkPhoneDeactivatedEvent, vendor);
const validateSpaceCreatedEvent = /* @__PURE__ */ validator(checkSpaceCreatedEvent);
const isSpaceCreatedEvent = /* @__PURE__ */ guard(checkSpaceCreatedEvent);
const SpaceCreatedEventSchema = /* @__PURE__ */ standard(checkSpaceCreatedEvent, vendor);
const validateSpaceDeletedEvent = /* @__PURE__ */ validator(checkSpaceDeletedEvent);
const isSpaceDeletedEvent = /* @__PURE__ */ guard(checkSpaceDeletedEvent);
const SpaceDeletedEventSchema = /* @__PURE__ */ standard(checkSpaceDeletedEvent, vendor);
const validateSpaceDeviceMembershipChangedEvent = /* @__PURE__ */ validator(checkSpaceDeviceMembershipChangedEvent);
const isSpaceDeviceMembershipChangedEvent = /* @__PURE__ */ guard(checkSpaceDeviceMembershipChangedEvent);
const SpaceDeviceMembershipChangedEventSchema = /* @__PURE__ */ standard(checkSpaceDeviceMembershipChangedEvent, vendor);
const validateThermostatClimatePresetActivatedEvent = /* @__PURE__ */ validator(checkThermostatClimatePresetActivatedEvent);
const isThermostatClimatePresetActivatedEvent = /* @__PURE__ */ guard(checkThermostatClimatePresetActivatedEvent);
const ThermostatClimatePresetActivatedEventSchema = /* @__PURE__ */ standard(checkThermostatClimatePresetActivatedEvent, vendor);
const validateThermostatManuallyAdjustedEvent = /* @__PURE__ */ validator(checkThermostatManuallyAdjustedEvent);
const isThermostatManuallyAdjustedEvent = /* @__PURE__ */ guard(checkThermostatManuallyAdjustedEvent);
const ThermostatManuallyAdjustedEventSchema = /* @__PURE__ */ standard(checkThermostatManuallyAdjustedEvent, vendor);
const validateThermostatTemperatureChangedEvent = /* @__PURE__ */ validator(checkThermostatTemperatureChangedEvent);
const isThermostatTemperatureChangedEvent = /* @__PURE__ */ guard(checkThermostatTemperatureChangedEvent);
const ThermostatTemperatureChangedEventSchema = /* @__PURE__ */ standard(checkThermostatTemperatureChangedEvent, vendor);
const validateThermostatTemperatureReachedSetPointEvent = /* @__PURE__ */ validator(checkThermostatTemperatureReachedSetPointEvent);
const isThermostatTemperatureReachedSetPointEvent = /* @__PURE__ */ guard(checkThermostatTemperatureReachedSetPointEvent);
const ThermostatTemperatureReachedSetPointEventSchema = /* @__PURE__ */ standard(checkThermostatTemperatureReachedSetPointEvent, vendor);
const validateThermostatTemperatureThresholdExceededEvent = /* @__PURE__ */ validator(checkThermostatTemperatureThresholdExceededEvent);
const isThermostatTemperatureThresholdExceededEvent = /* @__PURE__ */ guard(checkThermostatTemperatureThresholdExceededEvent);
const ThermostatTemperatureThresholdExceededEventSchema = /* @__PURE__ */ standard(checkThermostatTemperatureThresholdExceededEvent, vendor);
const validateThermostatTemperatureThresholdNoLongerExceededEvent = /* @__PURE__ */ validator(checkThermostatTemperatureThresholdNoLongerExceededEvent);
const isThermostatTemperatureThresholdNoLongerExceededEvent = /* @__PURE__ */ guard(checkThermostatTemperatureThresholdNoLongerExceededEvent);
const ThermostatTemperatureThresholdNoLongerExceededEventSchema = /* @__PURE__ */ standard(checkThermostatTemperatureThresholdNoLongerExceededEvent, vendor);
const validateSeamEvent = /* @__PURE__ */ validator(
  checkSeamEvent,
  {
    key: "event_type",
    aliases: [["device.battery_low", "device.low_battery"]],
    known: checkSeamEventByType
  }
);
const isSeamEvent = /* @__PURE__ */ guard(checkSeamEvent);
const SeamEventSchema = /* @__PURE__ */ standard(
  checkSeamEvent,
  vendor
);
export {
  AccessCodeBackupAccessCodePulledEventSchema,
  AccessCodeChangedEventSchema,
  AccessCodeCodeChangedEventSchema,
  AccessCodeCreatedEventSchema,
  AccessCodeDelayInRemovingFromDeviceEventSchema,
  AccessCodeDelayInSettingOnDeviceEventSchema,
  AccessCodeDeletedEventSchema,
  AccessCodeDeletedExternalToSeamEventSchema,
  AccessCodeFailedToRemoveFromDeviceEventSchema,
  AccessCodeFailedToSetOnDeviceEventSchema,
  AccessCodeModifiedExternalToSeamEventSchema,
  AccessCodeMutationsRequestedEventSchema,
  AccessCodeNameChangedEventSchema,
  AccessCodeRemovedFromDeviceEventSchema,
  AccessCodeScheduledOnDeviceEventSchema,
  AccessCodeSetOnDeviceEventSchema,
  AccessCodeTimeFrameChangedEventSchema,
  AccessCodeUnmanagedConvertedToManagedEventSchema,
  AccessCodeUnmanagedCreatedEventSchema,
  AccessCodeUnmanagedFailedToConvertToManagedEventSchema,
  AccessCodeUnmanagedRemovedEventSchema,
  AccessGrantAccessGrantedToAllDoorsEventSchema,
  AccessGrantAccessGrantedToDoorEventSchema,
  AccessGrantAccessTimesChangedEventSchema,
  AccessGrantAccessToDoorLostEventSchema,
  AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema,
  AccessGrantCreatedEventSchema,
  AccessGrantDeletedEventSchema,
  AccessMethodCardEncodingRequiredEventSchema,
  AccessMethodCreatedEventSchema,
  AccessMethodDelayInIssuingEventSchema,
  AccessMethodDeletedEventSchema,
  AccessMethodFailedToIssueEventSchema,
  AccessMethodIssuedEventSchema,
  AccessMethodReissuedEventSchema,
  AccessMethodRevokedEventSchema,
  AcsAccessGroupDeletedEventSchema,
  AcsCredentialDeletedEventSchema,
  AcsCredentialInvalidatedEventSchema,
  AcsCredentialIssuedEventSchema,
  AcsCredentialReissuedEventSchema,
  AcsEncoderAddedEventSchema,
  AcsEncoderRemovedEventSchema,
  AcsEntranceAddedEventSchema,
  AcsEntranceRemovedEventSchema,
  AcsSystemAddedEventSchema,
  AcsSystemConnectedEventSchema,
  AcsSystemDisconnectedEventSchema,
  AcsUserCreatedEventSchema,
  AcsUserDeletedEventSchema,
  ActionAttemptLockDoorFailedEventSchema,
  ActionAttemptLockDoorSucceededEventSchema,
  ActionAttemptSimulateKeypadCodeEntryFailedEventSchema,
  ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema,
  ActionAttemptSimulateManualLockViaKeypadFailedEventSchema,
  ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema,
  ActionAttemptUnlockDoorFailedEventSchema,
  ActionAttemptUnlockDoorSucceededEventSchema,
  CameraActivatedEventSchema,
  ClientSessionDeletedEventSchema,
  ConnectWebviewLoginFailedEventSchema,
  ConnectWebviewLoginSucceededEventSchema,
  ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema,
  ConnectedAccountCompletedFirstSyncEventSchema,
  ConnectedAccountConnectedEventSchema,
  ConnectedAccountCreatedEventSchema,
  ConnectedAccountDeletedEventSchema,
  ConnectedAccountDisconnectedEventSchema,
  ConnectedAccountReauthorizationRequestedEventSchema,
  ConnectedAccountSuccessfulLoginEventSchema,
  DeviceAccessoryKeypadConnectedEventSchema,
  DeviceAccessoryKeypadDisconnectedEventSchema,
  DeviceAddedEventSchema,
  DeviceBatteryStatusChangedEventSchema,
  DeviceConnectedEventSchema,
  DeviceConnectionBecameFlakyEventSchema,
  DeviceConnectionStabilizedEventSchema,
  DeviceConvertedToUnmanagedEventSchema,
  DeviceDeletedEventSchema,
  DeviceDisconnectedEventSchema,
  DeviceDoorbellRangEventSchema,
  DeviceErrorSubscriptionRequiredEventSchema,
  DeviceErrorSubscriptionRequiredResolvedEventSchema,
  DeviceLowBatteryEventSchema,
  DeviceNameChangedEventSchema,
  DeviceRemovedEventSchema,
  DeviceSaltoPrivacyModeActivatedEventSchema,
  DeviceSaltoPrivacyModeDeactivatedEventSchema,
  DeviceTamperedEventSchema,
  DeviceThirdPartyIntegrationDetectedEventSchema,
  DeviceThirdPartyIntegrationNoLongerDetectedEventSchema,
  DeviceUnmanagedConnectedEventSchema,
  DeviceUnmanagedConvertedToManagedEventSchema,
  DeviceUnmanagedDisconnectedEventSchema,
  EnrollmentAutomationDeletedEventSchema,
  LockAccessDeniedEventSchema,
  LockLockedEventSchema,
  LockUnlockedEventSchema,
  NoiseSensorNoiseThresholdTriggeredEventSchema,
  PhoneDeactivatedEventSchema,
  SeamEventSchema,
  SpaceCreatedEventSchema,
  SpaceDeletedEventSchema,
  SpaceDeviceMembershipChangedEventSchema,
  ThermostatClimatePresetActivatedEventSchema,
  ThermostatManuallyAdjustedEventSchema,
  ThermostatTemperatureChangedEventSchema,
  ThermostatTemperatureReachedSetPointEventSchema,
  ThermostatTemperatureThresholdExceededEventSchema,
  ThermostatTemperatureThresholdNoLongerExceededEventSchema,
  isAccessCodeBackupAccessCodePulledEvent,
  isAccessCodeChangedEvent,
  isAccessCodeCodeChangedEvent,
  isAccessCodeCreatedEvent,
  isAccessCodeDelayInRemovingFromDeviceEvent,
  isAccessCodeDelayInSettingOnDeviceEvent,
  isAccessCodeDeletedEvent,
  isAccessCodeDeletedExternalToSeamEvent,
  isAccessCodeFailedToRemoveFromDeviceEvent,
  isAccessCodeFailedToSetOnDeviceEvent,
  isAccessCodeModifiedExternalToSeamEvent,
  isAccessCodeMutationsRequestedEvent,
  isAccessCodeNameChangedEvent,
  isAccessCodeRemovedFromDeviceEvent,
  isAccessCodeScheduledOnDeviceEvent,
  isAccessCodeSetOnDeviceEvent,
  isAccessCodeTimeFrameChangedEvent,
  isAccessCodeUnmanagedConvertedToManagedEvent,
  isAccessCodeUnmanagedCreatedEvent,
  isAccessCodeUnmanagedFailedToConvertToManagedEvent,
  isAccessCodeUnmanagedRemovedEvent,
  isAccessGrantAccessGrantedToAllDoorsEvent,
  isAccessGrantAccessGrantedToDoorEvent,
  isAccessGrantAccessTimesChangedEvent,
  isAccessGrantAccessToDoorLostEvent,
  isAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
  isAccessGrantCreatedEvent,
  isAccessGrantDeletedEvent,
  isAccessMethodCardEncodingRequiredEvent,
  isAccessMethodCreatedEvent,
  isAccessMethodDelayInIssuingEvent,
  isAccessMethodDeletedEvent,
  isAccessMethodFailedToIssueEvent,
  isAccessMethodIssuedEvent,
  isAccessMethodReissuedEvent,
  isAccessMethodRevokedEvent,
  isAcsAccessGroupDeletedEvent,
  isAcsCredentialDeletedEvent,
  isAcsCredentialInvalidatedEvent,
  isAcsCredentialIssuedEvent,
  isAcsCredentialReissuedEvent,
  isAcsEncoderAddedEvent,
  isAcsEncoderRemovedEvent,
  isAcsEntranceAddedEvent,
  isAcsEntranceRemovedEvent,
  isAcsSystemAddedEvent,
  isAcsSystemConnectedEvent,
  isAcsSystemDisconnectedEvent,
  isAcsUserCreatedEvent,
  isAcsUserDeletedEvent,
  isActionAttemptLockDoorFailedEvent,
  isActionAttemptLockDoorSucceededEvent,
  isActionAttemptSimulateKeypadCodeEntryFailedEvent,
  isActionAttemptSimulateKeypadCodeEntrySucceededEvent,
  isActionAttemptSimulateManualLockViaKeypadFailedEvent,
  isActionAttemptSimulateManualLockViaKeypadSucceededEvent,
  isActionAttemptUnlockDoorFailedEvent,
  isActionAttemptUnlockDoorSucceededEvent,
  isCameraActivatedEvent,
  isClientSessionDeletedEvent,
  isConnectWebviewLoginFailedEvent,
  isConnectWebviewLoginSucceededEvent,
  isConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
  isConnectedAccountCompletedFirstSyncEvent,
  isConnectedAccountConnectedEvent,
  isConnectedAccountCreatedEvent,
  isConnectedAccountDeletedEvent,
  isConnectedAccountDisconnectedEvent,
  isConnectedAccountReauthorizationRequestedEvent,
  isConnectedAccountSuccessfulLoginEvent,
  isDeviceAccessoryKeypadConnectedEvent,
  isDeviceAccessoryKeypadDisconnectedEvent,
  isDeviceAddedEvent,
  isDeviceBatteryStatusChangedEvent,
  isDeviceConnectedEvent,
  isDeviceConnectionBecameFlakyEvent,
  isDeviceConnectionStabilizedEvent,
  isDeviceConvertedToUnmanagedEvent,
  isDeviceDeletedEvent,
  isDeviceDisconnectedEvent,
  isDeviceDoorbellRangEvent,
  isDeviceErrorSubscriptionRequiredEvent,
  isDeviceErrorSubscriptionRequiredResolvedEvent,
  isDeviceLowBatteryEvent,
  isDeviceNameChangedEvent,
  isDeviceRemovedEvent,
  isDeviceSaltoPrivacyModeActivatedEvent,
  isDeviceSaltoPrivacyModeDeactivatedEvent,
  isDeviceTamperedEvent,
  isDeviceThirdPartyIntegrationDetectedEvent,
  isDeviceThirdPartyIntegrationNoLongerDetectedEvent,
  isDeviceUnmanagedConnectedEvent,
  isDeviceUnmanagedConvertedToManagedEvent,
  isDeviceUnmanagedDisconnectedEvent,
  isEnrollmentAutomationDeletedEvent,
  isLockAccessDeniedEvent,
  isLockLockedEvent,
  isLockUnlockedEvent,
  isNoiseSensorNoiseThresholdTriggeredEvent,
  isPhoneDeactivatedEvent,
  isSeamEvent,
  isSpaceCreatedEvent,
  isSpaceDeletedEvent,
  isSpaceDeviceMembershipChangedEvent,
  isThermostatClimatePresetActivatedEvent,
  isThermostatManuallyAdjustedEvent,
  isThermostatTemperatureChangedEvent,
  isThermostatTemperatureReachedSetPointEvent,
  isThermostatTemperatureThresholdExceededEvent,
  isThermostatTemperatureThresholdNoLongerExceededEvent,
  validateAccessCodeBackupAccessCodePulledEvent,
  validateAccessCodeChangedEvent,
  validateAccessCodeCodeChangedEvent,
  validateAccessCodeCreatedEvent,
  validateAccessCodeDelayInRemovingFromDeviceEvent,
  validateAccessCodeDelayInSettingOnDeviceEvent,
  validateAccessCodeDeletedEvent,
  validateAccessCodeDeletedExternalToSeamEvent,
  validateAccessCodeFailedToRemoveFromDeviceEvent,
  validateAccessCodeFailedToSetOnDeviceEvent,
  validateAccessCodeModifiedExternalToSeamEvent,
  validateAccessCodeMutationsRequestedEvent,
  validateAccessCodeNameChangedEvent,
  validateAccessCodeRemovedFromDeviceEvent,
  validateAccessCodeScheduledOnDeviceEvent,
  validateAccessCodeSetOnDeviceEvent,
  validateAccessCodeTimeFrameChangedEvent,
  validateAccessCodeUnmanagedConvertedToManagedEvent,
  validateAccessCodeUnmanagedCreatedEvent,
  validateAccessCodeUnmanagedFailedToConvertToManagedEvent,
  validateAccessCodeUnmanagedRemovedEvent,
  validateAccessGrantAccessGrantedToAllDoorsEvent,
  validateAccessGrantAccessGrantedToDoorEvent,
  validateAccessGrantAccessTimesChangedEvent,
  validateAccessGrantAccessToDoorLostEvent,
  validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
  validateAccessGrantCreatedEvent,
  validateAccessGrantDeletedEvent,
  validateAccessMethodCardEncodingRequiredEvent,
  validateAccessMethodCreatedEvent,
  validateAccessMethodDelayInIssuingEvent,
  validateAccessMethodDeletedEvent,
  validateAccessMethodFailedToIssueEvent,
  validateAccessMethodIssuedEvent,
  validateAccessMethodReissuedEvent,
  validateAccessMethodRevokedEvent,
  validateAcsAccessGroupDeletedEvent,
  validateAcsCredentialDeletedEvent,
  validateAcsCredentialInvalidatedEvent,
  validateAcsCredentialIssuedEvent,
  validateAcsCredentialReissuedEvent,
  validateAcsEncoderAddedEvent,
  validateAcsEncoderRemovedEvent,
  validateAcsEntranceAddedEvent,
  validateAcsEntranceRemovedEvent,
  validateAcsSystemAddedEvent,
  validateAcsSystemConnectedEvent,
  validateAcsSystemDisconnectedEvent,
  validateAcsUserCreatedEvent,
  validateAcsUserDeletedEvent,
  validateActionAttemptLockDoorFailedEvent,
  validateActionAttemptLockDoorSucceededEvent,
  validateActionAttemptSimulateKeypadCodeEntryFailedEvent,
  validateActionAttemptSimulateKeypadCodeEntrySucceededEvent,
  validateActionAttemptSimulateManualLockViaKeypadFailedEvent,
  validateActionAttemptSimulateManualLockViaKeypadSucceededEvent,
  validateActionAttemptUnlockDoorFailedEvent,
  validateActionAttemptUnlockDoorSucceededEvent,
  validateCameraActivatedEvent,
  validateClientSessionDeletedEvent,
  validateConnectWebviewLoginFailedEvent,
  validateConnectWebviewLoginSucceededEvent,
  validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
  validateConnectedAccountCompletedFirstSyncEvent,
  validateConnectedAccountConnectedEvent,
  validateConnectedAccountCreatedEvent,
  validateConnectedAccountDeletedEvent,
  validateConnectedAccountDisconnectedEvent,
  validateConnectedAccountReauthorizationRequestedEvent,
  validateConnectedAccountSuccessfulLoginEvent,
  validateDeviceAccessoryKeypadConnectedEvent,
  validateDeviceAccessoryKeypadDisconnectedEvent,
  validateDeviceAddedEvent,
  validateDeviceBatteryStatusChangedEvent,
  validateDeviceConnectedEvent,
  validateDeviceConnectionBecameFlakyEvent,
  validateDeviceConnectionStabilizedEvent,
  validateDeviceConvertedToUnmanagedEvent,
  validateDeviceDeletedEvent,
  validateDeviceDisconnectedEvent,
  validateDeviceDoorbellRangEvent,
  validateDeviceErrorSubscriptionRequiredEvent,
  validateDeviceErrorSubscriptionRequiredResolvedEvent,
  validateDeviceLowBatteryEvent,
  validateDeviceNameChangedEvent,
  validateDeviceRemovedEvent,
  validateDeviceSaltoPrivacyModeActivatedEvent,
  validateDeviceSaltoPrivacyModeDeactivatedEvent,
  validateDeviceTamperedEvent,
  validateDeviceThirdPartyIntegrationDetectedEvent,
  validateDeviceThirdPartyIntegrationNoLongerDetectedEvent,
  validateDeviceUnmanagedConnectedEvent,
  validateDeviceUnmanagedConvertedToManagedEvent,
  validateDeviceUnmanagedDisconnectedEvent,
  validateEnrollmentAutomationDeletedEvent,
  validateLockAccessDeniedEvent,
  validateLockLockedEvent,
  validateLockUnlockedEvent,
  validateNoiseSensorNoiseThresholdTriggeredEvent,
  validatePhoneDeactivatedEvent,
  validateSeamEvent,
  validateSpaceCreatedEvent,
  validateSpaceDeletedEvent,
  validateSpaceDeviceMembershipChangedEvent,
  validateThermostatClimatePresetActivatedEvent,
  validateThermostatManuallyAdjustedEvent,
  validateThermostatTemperatureChangedEvent,
  validateThermostatTemperatureReachedSetPointEvent,
  validateThermostatTemperatureThresholdExceededEvent,
  validateThermostatTemperatureThresholdNoLongerExceededEvent
};
