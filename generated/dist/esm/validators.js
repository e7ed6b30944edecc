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
  threw
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
function checkValue1(v, a) {
  let e, r;
  if (typeof v !== "string") {
    e = fail(e, void 0, "type", "string", v);
    if (a) return e;
  }
  return e;
}
function checkValue2(v, a) {
  let e, r;
  if (v !== null) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string or null", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue3(v, a) {
  let e, r;
  if (!inAccessCodeMutationCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", AccessCodeMutationCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue4(v, a) {
  let e, r;
  if (!isObject(v)) {
    e = fail(e, void 0, "type", "object", v);
    if (a) return e;
  }
  return e;
}
function checkValue5(v, a) {
  let e, r;
  if (!inLockAccessDeniedReasonCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", LockAccessDeniedReasonCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue6(v, a) {
  let e, r;
  if (typeof v !== "string") {
    e = fail(e, void 0, "type", "string", v);
    if (a) return e;
  } else if (!isDateTime(v)) {
    e = fail(e, void 0, "format", "date-time", v);
    if (a) return e;
  }
  return e;
}
function checkValue7(v, a) {
  let e, r;
  if (v !== "access_code.backup_access_code_pulled") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.backup_access_code_pulled", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue8(v, a) {
  let e, r;
  if (typeof v !== "string") {
    e = fail(e, void 0, "type", "string", v);
    if (a) return e;
  } else if (!isUuid(v)) {
    e = fail(e, void 0, "format", "uuid", v);
    if (a) return e;
  }
  return e;
}
function checkRecord1(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray2(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkAccessCodeChangedProperty(v, a)) !== void 0) {
        e = nest(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.code_changed", v);
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue15(v, a) {
  let e, r;
  if (v !== "access_code.delay_in_removing_from_device") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.delay_in_removing_from_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray3(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkResourceError(v, a)) !== void 0) {
        e = nest(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
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
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkResourceWarning(v, a)) !== void 0) {
        e = nest(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.delay_in_setting_on_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue19(v, a) {
  let e, r;
  if (v !== "access_code.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue20(v, a) {
  let e, r;
  if (v !== "access_code.deleted_external_to_seam") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.deleted_external_to_seam", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue21(v, a) {
  let e, r;
  if (v !== "access_code.failed_to_remove_from_device") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.failed_to_remove_from_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue22(v, a) {
  let e, r;
  if (v !== "access_code.failed_to_set_on_device") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.failed_to_set_on_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue23(v, a) {
  let e, r;
  if (v !== "access_code.modified_external_to_seam") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.modified_external_to_seam", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue24(v, a) {
  let e, r;
  if (v !== "access_code.mutations_requested") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.mutations_requested", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray5(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
  try {
    for (k = 0; k < o.length; k++) {
      v = o[k];
      if ((r = checkAccessCodeRequestedMutation(v, a)) !== void 0) {
        e = nest(e, k, r);
        if (a) return e;
      }
    }
  } catch (x) {
    return threw(e, k, x);
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.name_changed", v);
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.removed_from_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue29(v, a) {
  let e, r;
  if (v !== "access_code.scheduled_on_device") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.scheduled_on_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue30(v, a) {
  let e, r;
  if (v !== "access_code.set_on_device") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.set_on_device", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue31(v, a) {
  let e, r;
  if (v !== "access_code.time_frame_changed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.time_frame_changed", v);
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.unmanaged.converted_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue34(v, a) {
  let e, r;
  if (v !== "access_code.unmanaged.created") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.unmanaged.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue35(v, a) {
  let e, r;
  if (v !== "access_code.unmanaged.failed_to_convert_to_managed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.unmanaged.failed_to_convert_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue36(v, a) {
  let e, r;
  if (v !== "access_code.unmanaged.removed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_code.unmanaged.removed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue37(v, a) {
  let e, r;
  if (v !== "access_grant.access_granted_to_all_doors") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_grant.access_granted_to_all_doors", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue38(v, a) {
  let e, r;
  if (v !== "access_grant.access_granted_to_door") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_grant.access_granted_to_door", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue39(v, a) {
  let e, r;
  if (v !== "access_grant.access_times_changed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_grant.access_times_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue40(v, a) {
  let e, r;
  if (v !== "access_grant.access_to_door_lost") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_grant.access_to_door_lost", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue41(v, a) {
  let e, r;
  if (v !== "access_grant.could_not_create_requested_access_methods") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_grant.could_not_create_requested_access_methods", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray6(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_grant.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue44(v, a) {
  let e, r;
  if (v !== "access_grant.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_grant.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue45(v, a) {
  let e, r;
  if (v !== "access_method.card_encoding_required") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_method.card_encoding_required", v);
      if (a) return e;
    }
  }
  return e;
}
function checkArray7(o, a) {
  if (!Array.isArray(o)) return fail(void 0, void 0, "type", "array", o);
  let e, r, v, k;
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_method.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue48(v, a) {
  let e, r;
  if (v !== "access_method.delay_in_issuing") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_method.delay_in_issuing", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue49(v, a) {
  let e, r;
  if (v !== "access_method.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_method.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue50(v, a) {
  let e, r;
  if (v !== "access_method.failed_to_issue") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_method.failed_to_issue", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue51(v, a) {
  let e, r;
  if (v !== "access_method.issued") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_method.issued", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue52(v, a) {
  let e, r;
  if (typeof v !== "boolean") {
    e = fail(e, void 0, "type", "boolean", v);
    if (a) return e;
  }
  return e;
}
function checkValue53(v, a) {
  let e, r;
  if (v !== "access_method.reissued") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_method.reissued", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue54(v, a) {
  let e, r;
  if (v !== "access_method.revoked") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "access_method.revoked", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue55(v, a) {
  let e, r;
  if (v !== "acs_access_group.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_access_group.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue56(v, a) {
  let e, r;
  if (v !== "acs_credential.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_credential.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue57(v, a) {
  let e, r;
  if (v !== "acs_credential.invalidated") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_credential.invalidated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue58(v, a) {
  let e, r;
  if (v !== "acs_credential.issued") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_credential.issued", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue59(v, a) {
  let e, r;
  if (v !== "acs_credential.reissued") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_credential.reissued", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue60(v, a) {
  let e, r;
  if (v !== "acs_encoder.added") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_encoder.added", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue61(v, a) {
  let e, r;
  if (v !== "acs_encoder.removed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_encoder.removed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue62(v, a) {
  let e, r;
  if (v !== "acs_entrance.added") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_entrance.added", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue63(v, a) {
  let e, r;
  if (v !== "acs_entrance.removed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_entrance.removed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue64(v, a) {
  let e, r;
  if (v !== "acs_system.added") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_system.added", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue65(v, a) {
  let e, r;
  if (v !== "acs_system.connected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_system.connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue66(v, a) {
  let e, r;
  if (v !== "acs_system.disconnected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_system.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue67(v, a) {
  let e, r;
  if (v !== "acs_user.created") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_user.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue68(v, a) {
  let e, r;
  if (v !== "acs_user.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "acs_user.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue69(v, a) {
  let e, r;
  if (v !== "action_attempt.lock_door.failed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "action_attempt.lock_door.failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue70(v, a) {
  let e, r;
  if (v !== "action_attempt.lock_door.succeeded") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "action_attempt.lock_door.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue71(v, a) {
  let e, r;
  if (v !== "action_attempt.simulate_keypad_code_entry.failed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "action_attempt.simulate_keypad_code_entry.failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue72(v, a) {
  let e, r;
  if (v !== "action_attempt.simulate_keypad_code_entry.succeeded") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "action_attempt.simulate_keypad_code_entry.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue73(v, a) {
  let e, r;
  if (v !== "action_attempt.simulate_manual_lock_via_keypad.failed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "action_attempt.simulate_manual_lock_via_keypad.failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue74(v, a) {
  let e, r;
  if (v !== "action_attempt.simulate_manual_lock_via_keypad.succeeded") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "action_attempt.unlock_door.failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue76(v, a) {
  let e, r;
  if (v !== "action_attempt.unlock_door.succeeded") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "action_attempt.unlock_door.succeeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue77(v, a) {
  let e, r;
  if (v !== "camera.activated") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "camera.activated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue78(v, a) {
  let e, r;
  if (typeof v !== "string") {
    e = fail(e, void 0, "type", "string", v);
    if (a) return e;
  } else if (!isUri(v)) {
    e = fail(e, void 0, "format", "uri", v);
    if (a) return e;
  }
  return e;
}
function checkValue79(v, a) {
  let e, r;
  if (!inCameraActivationReason(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", CameraActivationReasonValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue80(v, a) {
  let e, r;
  if (!inMotionSubType(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", MotionSubTypeValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue81(v, a) {
  let e, r;
  if (v !== "client_session.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "client_session.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue82(v, a) {
  let e, r;
  if (v !== "connect_webview.login_failed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connect_webview.login_failed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue83(v, a) {
  let e, r;
  if (v !== "connect_webview.login_succeeded") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connect_webview.login_succeeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue84(v, a) {
  let e, r;
  if (v !== "connected_account.completed_first_sync") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connected_account.completed_first_sync", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue85(v, a) {
  let e, r;
  if (v !== "connected_account.completed_first_sync_after_reconnection") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connected_account.connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue87(v, a) {
  let e, r;
  if (v !== "connected_account.created") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connected_account.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue88(v, a) {
  let e, r;
  if (v !== "connected_account.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connected_account.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue89(v, a) {
  let e, r;
  if (v !== "connected_account.disconnected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connected_account.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue90(v, a) {
  let e, r;
  if (v !== "connected_account.reauthorization_requested") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connected_account.reauthorization_requested", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue91(v, a) {
  let e, r;
  if (v !== "connected_account.successful_login") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "connected_account.successful_login", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue92(v, a) {
  let e, r;
  if (v !== "device.accessory_keypad_connected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.accessory_keypad_connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue93(v, a) {
  let e, r;
  if (v !== "device.accessory_keypad_disconnected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.accessory_keypad_disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue94(v, a) {
  let e, r;
  if (v !== "device.added") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.added", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue95(v, a) {
  let e, r;
  if (v !== "device.battery_status_changed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.battery_status_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue96(v, a) {
  let e, r;
  if (!isNumber(v)) {
    e = fail(e, void 0, "type", "number", v);
    if (a) return e;
  } else if (v < 0 || v > 1) {
    e = fail(e, void 0, "range", ">= 0 and <= 1", v);
    if (a) return e;
  }
  return e;
}
function checkValue97(v, a) {
  let e, r;
  if (!inBatteryStatus(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", BatteryStatusValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue98(v, a) {
  let e, r;
  if (v !== "device.connected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue99(v, a) {
  let e, r;
  if (v !== "device.connection_became_flaky") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.connection_became_flaky", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue100(v, a) {
  let e, r;
  if (v !== "device.connection_stabilized") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.connection_stabilized", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue101(v, a) {
  let e, r;
  if (v !== "device.converted_to_unmanaged") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.converted_to_unmanaged", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue102(v, a) {
  let e, r;
  if (v !== "device.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue103(v, a) {
  let e, r;
  if (v !== "device.disconnected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue104(v, a) {
  let e, r;
  if (!inDeviceDisconnectionErrorCode(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", DeviceDisconnectionErrorCodeValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue105(v, a) {
  let e, r;
  if (v !== "device.doorbell_rang") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.doorbell_rang", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue106(v, a) {
  let e, r;
  if (v !== "device.error.subscription_required") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.error.subscription_required", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue107(v, a) {
  let e, r;
  if (v !== "device.error.subscription_required.resolved") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.error.subscription_required.resolved", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue108(v, a) {
  let e, r;
  if (v !== "device.low_battery") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.low_battery", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue109(v, a) {
  let e, r;
  if (v !== "device.name_changed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.name_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue110(v, a) {
  let e, r;
  if (v !== "device.removed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.removed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue111(v, a) {
  let e, r;
  if (v !== "device.salto.privacy_mode_activated") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.salto.privacy_mode_activated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue112(v, a) {
  let e, r;
  if (v !== "device.salto.privacy_mode_deactivated") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.salto.privacy_mode_deactivated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue113(v, a) {
  let e, r;
  if (v !== "device.tampered") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.tampered", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue114(v, a) {
  let e, r;
  if (v !== "device.third_party_integration_detected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.third_party_integration_detected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue115(v, a) {
  let e, r;
  if (v !== "device.third_party_integration_no_longer_detected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.third_party_integration_no_longer_detected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue116(v, a) {
  let e, r;
  if (v !== "device.unmanaged.connected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.unmanaged.connected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue117(v, a) {
  let e, r;
  if (v !== "device.unmanaged.converted_to_managed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.unmanaged.converted_to_managed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue118(v, a) {
  let e, r;
  if (v !== "device.unmanaged.disconnected") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "device.unmanaged.disconnected", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue119(v, a) {
  let e, r;
  if (v !== "enrollment_automation.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "enrollment_automation.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue120(v, a) {
  let e, r;
  if (v !== "lock.access_denied") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "lock.access_denied", v);
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
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "lock.locked", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue123(v, a) {
  let e, r;
  if (!inLockMethod(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", LockMethodValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue124(v, a) {
  let e, r;
  if (v !== "lock.unlocked") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "lock.unlocked", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue125(v, a) {
  let e, r;
  if (v !== "noise_sensor.noise_threshold_triggered") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "noise_sensor.noise_threshold_triggered", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue126(v, a) {
  let e, r;
  if (!isNumber(v)) {
    e = fail(e, void 0, "type", "number", v);
    if (a) return e;
  }
  return e;
}
function checkValue127(v, a) {
  let e, r;
  if (v !== "phone.deactivated") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "phone.deactivated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue128(v, a) {
  let e, r;
  if (v !== "space.created") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "space.created", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue129(v, a) {
  let e, r;
  if (v !== "space.deleted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "space.deleted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue130(v, a) {
  let e, r;
  if (v !== "space.device_membership_changed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "space.device_membership_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue131(v, a) {
  let e, r;
  if (v !== "thermostat.climate_preset_activated") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "thermostat.climate_preset_activated", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue132(v, a) {
  let e, r;
  if (v !== null) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string or null", v);
      if (a) return e;
    } else if (!isUuid(v)) {
      e = fail(e, void 0, "format", "uuid", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue133(v, a) {
  let e, r;
  if (v !== "thermostat.manually_adjusted") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "thermostat.manually_adjusted", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue134(v, a) {
  let e, r;
  if (!inThermostatAdjustmentMethod(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", ThermostatAdjustmentMethodValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue135(v, a) {
  let e, r;
  if (!inHvacModeSetting(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", HvacModeSettingValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue136(v, a) {
  let e, r;
  if (!inFanModeSetting(v)) {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "enum", FanModeSettingValues, v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue137(v, a) {
  let e, r;
  if (v !== "thermostat.temperature_changed") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "thermostat.temperature_changed", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue138(v, a) {
  let e, r;
  if (v !== "thermostat.temperature_reached_set_point") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "thermostat.temperature_reached_set_point", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue139(v, a) {
  let e, r;
  if (v !== "thermostat.temperature_threshold_exceeded") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "thermostat.temperature_threshold_exceeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue140(v, a) {
  let e, r;
  if (v !== null) {
    if (!isNumber(v)) {
      e = fail(e, void 0, "type", "number or null", v);
      if (a) return e;
    }
  }
  return e;
}
function checkValue141(v, a) {
  let e, r;
  if (v !== "thermostat.temperature_threshold_no_longer_exceeded") {
    if (typeof v !== "string") {
      e = fail(e, void 0, "type", "string", v);
      if (a) return e;
    } else {
      e = fail(e, void 0, "const", "thermostat.temperature_threshold_no_longer_exceeded", v);
      if (a) return e;
    }
  }
  return e;
}
function checkAccessCodeChangedProperty(o, a) {
  if (!isObject(o)) return fail(void 0, void 0, "type", "object", o);
  let e, r, v, k;
  try {
    v = own(o, k = "property") ? o.property : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "from") ? o.from : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "to") ? o.to : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue3(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "from") ? o.from : void 0;
    if (v !== void 0 && (r = checkValue4(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "to") ? o.to : void 0;
    if (v !== void 0 && (r = checkValue4(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "ends_at") ? o.ends_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue5(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "message") ? o.message : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "message") ? o.message : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "message") ? o.message : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue7(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "backup_access_code_id") ? o.backup_access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue10(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "change_reason") ? o.change_reason : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "changed_properties") ? o.changed_properties : void 0;
    if (v !== void 0 && (r = checkValue11(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue12(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "description") ? o.description : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "from") ? o.from : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue13(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "to") ? o.to : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue13(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue14(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue15(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue18(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue19(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "code") ? o.code : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue2(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue20(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue21(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue22(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue23(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue24(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "requested_mutations") ? o.requested_mutations : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue25(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue26(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "description") ? o.description : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "from") ? o.from : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue27(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "to") ? o.to : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue27(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue28(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue29(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "code") ? o.code : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue30(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "code") ? o.code : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue31(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "description") ? o.description : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "from") ? o.from : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue32(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "to") ? o.to : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue32(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue33(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue34(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue35(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_errors") ? o.access_code_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_warnings") ? o.access_code_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue36(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue37(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue38(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue39(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_key") ? o.access_grant_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "starts_at") ? o.starts_at : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "ends_at") ? o.ends_at : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue40(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue41(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "error_message") ? o.error_message : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "missing_device_ids") ? o.missing_device_ids : void 0;
    if (v !== void 0 && (r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue43(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue44(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_id") ? o.access_grant_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue45(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue47(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue48(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue49(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue50(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue51(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "code") ? o.code : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "is_backup_code") ? o.is_backup_code : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue53(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "code") ? o.code : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "is_backup_code") ? o.is_backup_code : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue54(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_method_id") ? o.access_method_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_ids") ? o.access_grant_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_grant_keys") ? o.access_grant_keys : void 0;
    if (v !== void 0 && (r = checkValue46(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue55(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_access_group_id") ? o.acs_access_group_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue56(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue57(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue58(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue59(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_credential_id") ? o.acs_credential_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue60(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_encoder_id") ? o.acs_encoder_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue61(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_encoder_id") ? o.acs_encoder_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue62(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue63(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue64(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue65(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue66(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_errors") ? o.acs_system_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_warnings") ? o.acs_system_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue67(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue68(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue69(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue70(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue71(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue72(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue73(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue74(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue75(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue76(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_type") ? o.action_type : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "status") ? o.status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue77(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "image_url") ? o.image_url : void 0;
    if (v !== void 0 && (r = checkValue78(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "video_url") ? o.video_url : void 0;
    if (v !== void 0 && (r = checkValue78(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "activation_reason") ? o.activation_reason : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue79(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "motion_sub_type") ? o.motion_sub_type : void 0;
    if (v !== void 0 && (r = checkValue80(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue81(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "client_session_id") ? o.client_session_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue82(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue83(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue84(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue85(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue86(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue87(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue88(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_type") ? o.connected_account_type : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue89(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue90(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue91(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connect_webview_id") ? o.connect_webview_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue92(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue93(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue94(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue95(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "battery_level") ? o.battery_level : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue96(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "battery_status") ? o.battery_status : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue97(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue98(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue99(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue100(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue101(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue102(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_name") ? o.device_name : void 0;
    if (v !== void 0 && (r = checkValue2(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue103(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "error_code") ? o.error_code : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue104(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue105(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "image_url") ? o.image_url : void 0;
    if (v !== void 0 && (r = checkValue78(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "video_url") ? o.video_url : void 0;
    if (v !== void 0 && (r = checkValue78(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue106(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue107(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue108(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "battery_level") ? o.battery_level : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue96(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue109(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_name") ? o.device_name : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue110(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue111(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue112(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue113(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue114(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue115(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue116(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue117(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue118(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_errors") ? o.connected_account_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_warnings") ? o.connected_account_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_errors") ? o.device_errors : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue16(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_warnings") ? o.device_warnings : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue17(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "error_code") ? o.error_code : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue104(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue119(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "enrollment_automation_id") ? o.enrollment_automation_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue120(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "user_identity_id") ? o.user_identity_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "reason") ? o.reason : void 0;
    if (v !== void 0 && (r = checkValue121(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue122(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "user_identity_id") ? o.user_identity_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "method") ? o.method : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue123(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "code") ? o.code : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_is_managed") ? o.access_code_is_managed : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "is_via_bluetooth") ? o.is_via_bluetooth : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "is_via_nfc") ? o.is_via_nfc : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue124(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_id") ? o.access_code_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_system_id") ? o.acs_system_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_id") ? o.acs_entrance_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_user_id") ? o.acs_user_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "user_identity_id") ? o.user_identity_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "method") ? o.method : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue123(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "code") ? o.code : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "access_code_is_managed") ? o.access_code_is_managed : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "action_attempt_id") ? o.action_attempt_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "is_via_bluetooth") ? o.is_via_bluetooth : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "is_via_nfc") ? o.is_via_nfc : void 0;
    if (v !== void 0 && (r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue125(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "noise_threshold_id") ? o.noise_threshold_id : void 0;
    if (v !== void 0 && (r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "noise_threshold_name") ? o.noise_threshold_name : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "noise_level_decibels") ? o.noise_level_decibels : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "noise_level_nrs") ? o.noise_level_nrs : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "minut_metadata") ? o.minut_metadata : void 0;
    if (v !== void 0 && (r = checkValue4(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "noiseaware_metadata") ? o.noiseaware_metadata : void 0;
    if (v !== void 0 && (r = checkValue4(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue127(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue128(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "space_id") ? o.space_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "space_key") ? o.space_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_ids") ? o.device_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_ids") ? o.acs_entrance_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue129(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "space_id") ? o.space_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "space_key") ? o.space_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_ids") ? o.device_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_ids") ? o.acs_entrance_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue130(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "space_id") ? o.space_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "space_key") ? o.space_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_ids") ? o.device_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "acs_entrance_ids") ? o.acs_entrance_ids : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue42(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue131(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "climate_preset_key") ? o.climate_preset_key : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "thermostat_schedule_id") ? o.thermostat_schedule_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue132(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "is_fallback_climate_preset") ? o.is_fallback_climate_preset : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue52(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue133(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "method") ? o.method : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue134(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "hvac_mode_setting") ? o.hvac_mode_setting : void 0;
    if (v !== void 0 && (r = checkValue135(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "fan_mode_setting") ? o.fan_mode_setting : void 0;
    if (v !== void 0 && (r = checkValue136(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "heating_set_point_celsius") ? o.heating_set_point_celsius : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "heating_set_point_fahrenheit") ? o.heating_set_point_fahrenheit : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "cooling_set_point_celsius") ? o.cooling_set_point_celsius : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "cooling_set_point_fahrenheit") ? o.cooling_set_point_fahrenheit : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue137(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue138(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "desired_temperature_celsius") ? o.desired_temperature_celsius : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "desired_temperature_fahrenheit") ? o.desired_temperature_fahrenheit : void 0;
    if (v !== void 0 && (r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue139(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "lower_limit_celsius") ? o.lower_limit_celsius : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "lower_limit_fahrenheit") ? o.lower_limit_fahrenheit : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "upper_limit_celsius") ? o.upper_limit_celsius : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "upper_limit_fahrenheit") ? o.upper_limit_fahrenheit : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue141(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_id") ? o.event_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "workspace_id") ? o.workspace_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "created_at") ? o.created_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "occurred_at") ? o.occurred_at : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue6(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "event_description") ? o.event_description : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_id") ? o.connected_account_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "connected_account_custom_metadata") ? o.connected_account_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "customer_key") ? o.customer_key : void 0;
    if (v !== void 0 && (r = checkValue1(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_id") ? o.device_id : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue8(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "device_custom_metadata") ? o.device_custom_metadata : void 0;
    if (v !== void 0 && (r = checkValue9(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "temperature_celsius") ? o.temperature_celsius : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "temperature_fahrenheit") ? o.temperature_fahrenheit : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue126(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "lower_limit_celsius") ? o.lower_limit_celsius : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "lower_limit_fahrenheit") ? o.lower_limit_fahrenheit : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "upper_limit_celsius") ? o.upper_limit_celsius : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
    v = own(o, k = "upper_limit_fahrenheit") ? o.upper_limit_fahrenheit : void 0;
    if (v === void 0) {
      e = missing(e, k);
      if (a) return e;
    } else if ((r = checkValue140(v, a)) !== void 0) {
      e = nest(e, k, r);
      if (a) return e;
    }
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
function validateAccessCodeBackupAccessCodePulledEvent(input, options) {
  return run(checkAccessCodeBackupAccessCodePulledEvent, input, options);
}
function isAccessCodeBackupAccessCodePulledEvent(input) {
  return passes(checkAccessCodeBackupAccessCodePulledEvent, input);
}
const AccessCodeBackupAccessCodePulledEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeBackupAccessCodePulledEvent,
  vendor
);
function validateAccessCodeChangedEvent(input, options) {
  return run(checkAccessCodeChangedEvent, input, options);
}
function isAccessCodeChangedEvent(input) {
  return passes(checkAccessCodeChangedEvent, input);
}
const AccessCodeChangedEventSchema = /* @__PURE__ */ standard(checkAccessCodeChangedEvent, vendor);
function validateAccessCodeCodeChangedEvent(input, options) {
  return run(checkAccessCodeCodeChangedEvent, input, options);
}
function isAccessCodeCodeChangedEvent(input) {
  return passes(checkAccessCodeCodeChangedEvent, input);
}
const AccessCodeCodeChangedEventSchema = /* @__PURE__ */ standard(checkAccessCodeCodeChangedEvent, vendor);
function validateAccessCodeCreatedEvent(input, options) {
  return run(checkAccessCodeCreatedEvent, input, options);
}
function isAccessCodeCreatedEvent(input) {
  return passes(checkAccessCodeCreatedEvent, input);
}
const AccessCodeCreatedEventSchema = /* @__PURE__ */ standard(checkAccessCodeCreatedEvent, vendor);
function validateAccessCodeDelayInRemovingFromDeviceEvent(input, options) {
  return run(checkAccessCodeDelayInRemovingFromDeviceEvent, input, options);
}
function isAccessCodeDelayInRemovingFromDeviceEvent(input) {
  return passes(checkAccessCodeDelayInRemovingFromDeviceEvent, input);
}
const AccessCodeDelayInRemovingFromDeviceEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeDelayInRemovingFromDeviceEvent,
  vendor
);
function validateAccessCodeDelayInSettingOnDeviceEvent(input, options) {
  return run(checkAccessCodeDelayInSettingOnDeviceEvent, input, options);
}
function isAccessCodeDelayInSettingOnDeviceEvent(input) {
  return passes(checkAccessCodeDelayInSettingOnDeviceEvent, input);
}
const AccessCodeDelayInSettingOnDeviceEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeDelayInSettingOnDeviceEvent,
  vendor
);
function validateAccessCodeDeletedEvent(input, options) {
  return run(checkAccessCodeDeletedEvent, input, options);
}
function isAccessCodeDeletedEvent(input) {
  return passes(checkAccessCodeDeletedEvent, input);
}
const AccessCodeDeletedEventSchema = /* @__PURE__ */ standard(checkAccessCodeDeletedEvent, vendor);
function validateAccessCodeDeletedExternalToSeamEvent(input, options) {
  return run(checkAccessCodeDeletedExternalToSeamEvent, input, options);
}
function isAccessCodeDeletedExternalToSeamEvent(input) {
  return passes(checkAccessCodeDeletedExternalToSeamEvent, input);
}
const AccessCodeDeletedExternalToSeamEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeDeletedExternalToSeamEvent,
  vendor
);
function validateAccessCodeFailedToRemoveFromDeviceEvent(input, options) {
  return run(checkAccessCodeFailedToRemoveFromDeviceEvent, input, options);
}
function isAccessCodeFailedToRemoveFromDeviceEvent(input) {
  return passes(checkAccessCodeFailedToRemoveFromDeviceEvent, input);
}
const AccessCodeFailedToRemoveFromDeviceEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeFailedToRemoveFromDeviceEvent,
  vendor
);
function validateAccessCodeFailedToSetOnDeviceEvent(input, options) {
  return run(checkAccessCodeFailedToSetOnDeviceEvent, input, options);
}
function isAccessCodeFailedToSetOnDeviceEvent(input) {
  return passes(checkAccessCodeFailedToSetOnDeviceEvent, input);
}
const AccessCodeFailedToSetOnDeviceEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeFailedToSetOnDeviceEvent,
  vendor
);
function validateAccessCodeModifiedExternalToSeamEvent(input, options) {
  return run(checkAccessCodeModifiedExternalToSeamEvent, input, options);
}
function isAccessCodeModifiedExternalToSeamEvent(input) {
  return passes(checkAccessCodeModifiedExternalToSeamEvent, input);
}
const AccessCodeModifiedExternalToSeamEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeModifiedExternalToSeamEvent,
  vendor
);
function validateAccessCodeMutationsRequestedEvent(input, options) {
  return run(checkAccessCodeMutationsRequestedEvent, input, options);
}
function isAccessCodeMutationsRequestedEvent(input) {
  return passes(checkAccessCodeMutationsRequestedEvent, input);
}
const AccessCodeMutationsRequestedEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeMutationsRequestedEvent,
  vendor
);
function validateAccessCodeNameChangedEvent(input, options) {
  return run(checkAccessCodeNameChangedEvent, input, options);
}
function isAccessCodeNameChangedEvent(input) {
  return passes(checkAccessCodeNameChangedEvent, input);
}
const AccessCodeNameChangedEventSchema = /* @__PURE__ */ standard(checkAccessCodeNameChangedEvent, vendor);
function validateAccessCodeRemovedFromDeviceEvent(input, options) {
  return run(checkAccessCodeRemovedFromDeviceEvent, input, options);
}
function isAccessCodeRemovedFromDeviceEvent(input) {
  return passes(checkAccessCodeRemovedFromDeviceEvent, input);
}
const AccessCodeRemovedFromDeviceEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeRemovedFromDeviceEvent,
  vendor
);
function validateAccessCodeScheduledOnDeviceEvent(input, options) {
  return run(checkAccessCodeScheduledOnDeviceEvent, input, options);
}
function isAccessCodeScheduledOnDeviceEvent(input) {
  return passes(checkAccessCodeScheduledOnDeviceEvent, input);
}
const AccessCodeScheduledOnDeviceEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeScheduledOnDeviceEvent,
  vendor
);
function validateAccessCodeSetOnDeviceEvent(input, options) {
  return run(checkAccessCodeSetOnDeviceEvent, input, options);
}
function isAccessCodeSetOnDeviceEvent(input) {
  return passes(checkAccessCodeSetOnDeviceEvent, input);
}
const AccessCodeSetOnDeviceEventSchema = /* @__PURE__ */ standard(checkAccessCodeSetOnDeviceEvent, vendor);
function validateAccessCodeTimeFrameChangedEvent(input, options) {
  return run(checkAccessCodeTimeFrameChangedEvent, input, options);
}
function isAccessCodeTimeFrameChangedEvent(input) {
  return passes(checkAccessCodeTimeFrameChangedEvent, input);
}
const AccessCodeTimeFrameChangedEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeTimeFrameChangedEvent,
  vendor
);
function validateAccessCodeUnmanagedConvertedToManagedEvent(input, options) {
  return run(checkAccessCodeUnmanagedConvertedToManagedEvent, input, options);
}
function isAccessCodeUnmanagedConvertedToManagedEvent(input) {
  return passes(checkAccessCodeUnmanagedConvertedToManagedEvent, input);
}
const AccessCodeUnmanagedConvertedToManagedEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeUnmanagedConvertedToManagedEvent,
  vendor
);
function validateAccessCodeUnmanagedCreatedEvent(input, options) {
  return run(checkAccessCodeUnmanagedCreatedEvent, input, options);
}
function isAccessCodeUnmanagedCreatedEvent(input) {
  return passes(checkAccessCodeUnmanagedCreatedEvent, input);
}
const AccessCodeUnmanagedCreatedEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeUnmanagedCreatedEvent,
  vendor
);
function validateAccessCodeUnmanagedFailedToConvertToManagedEvent(input, options) {
  return run(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, input, options);
}
function isAccessCodeUnmanagedFailedToConvertToManagedEvent(input) {
  return passes(checkAccessCodeUnmanagedFailedToConvertToManagedEvent, input);
}
const AccessCodeUnmanagedFailedToConvertToManagedEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeUnmanagedFailedToConvertToManagedEvent,
  vendor
);
function validateAccessCodeUnmanagedRemovedEvent(input, options) {
  return run(checkAccessCodeUnmanagedRemovedEvent, input, options);
}
function isAccessCodeUnmanagedRemovedEvent(input) {
  return passes(checkAccessCodeUnmanagedRemovedEvent, input);
}
const AccessCodeUnmanagedRemovedEventSchema = /* @__PURE__ */ standard(
  checkAccessCodeUnmanagedRemovedEvent,
  vendor
);
function validateAccessGrantAccessGrantedToAllDoorsEvent(input, options) {
  return run(checkAccessGrantAccessGrantedToAllDoorsEvent, input, options);
}
function isAccessGrantAccessGrantedToAllDoorsEvent(input) {
  return passes(checkAccessGrantAccessGrantedToAllDoorsEvent, input);
}
const AccessGrantAccessGrantedToAllDoorsEventSchema = /* @__PURE__ */ standard(
  checkAccessGrantAccessGrantedToAllDoorsEvent,
  vendor
);
function validateAccessGrantAccessGrantedToDoorEvent(input, options) {
  return run(checkAccessGrantAccessGrantedToDoorEvent, input, options);
}
function isAccessGrantAccessGrantedToDoorEvent(input) {
  return passes(checkAccessGrantAccessGrantedToDoorEvent, input);
}
const AccessGrantAccessGrantedToDoorEventSchema = /* @__PURE__ */ standard(
  checkAccessGrantAccessGrantedToDoorEvent,
  vendor
);
function validateAccessGrantAccessTimesChangedEvent(input, options) {
  return run(checkAccessGrantAccessTimesChangedEvent, input, options);
}
function isAccessGrantAccessTimesChangedEvent(input) {
  return passes(checkAccessGrantAccessTimesChangedEvent, input);
}
const AccessGrantAccessTimesChangedEventSchema = /* @__PURE__ */ standard(
  checkAccessGrantAccessTimesChangedEvent,
  vendor
);
function validateAccessGrantAccessToDoorLostEvent(input, options) {
  return run(checkAccessGrantAccessToDoorLostEvent, input, options);
}
function isAccessGrantAccessToDoorLostEvent(input) {
  return passes(checkAccessGrantAccessToDoorLostEvent, input);
}
const AccessGrantAccessToDoorLostEventSchema = /* @__PURE__ */ standard(
  checkAccessGrantAccessToDoorLostEvent,
  vendor
);
function validateAccessGrantCouldNotCreateRequestedAccessMethodsEvent(input, options) {
  return run(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, input, options);
}
function isAccessGrantCouldNotCreateRequestedAccessMethodsEvent(input) {
  return passes(checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent, input);
}
const AccessGrantCouldNotCreateRequestedAccessMethodsEventSchema = /* @__PURE__ */ standard(
  checkAccessGrantCouldNotCreateRequestedAccessMethodsEvent,
  vendor
);
function validateAccessGrantCreatedEvent(input, options) {
  return run(checkAccessGrantCreatedEvent, input, options);
}
function isAccessGrantCreatedEvent(input) {
  return passes(checkAccessGrantCreatedEvent, input);
}
const AccessGrantCreatedEventSchema = /* @__PURE__ */ standard(checkAccessGrantCreatedEvent, vendor);
function validateAccessGrantDeletedEvent(input, options) {
  return run(checkAccessGrantDeletedEvent, input, options);
}
function isAccessGrantDeletedEvent(input) {
  return passes(checkAccessGrantDeletedEvent, input);
}
const AccessGrantDeletedEventSchema = /* @__PURE__ */ standard(checkAccessGrantDeletedEvent, vendor);
function validateAccessMethodCardEncodingRequiredEvent(input, options) {
  return run(checkAccessMethodCardEncodingRequiredEvent, input, options);
}
function isAccessMethodCardEncodingRequiredEvent(input) {
  return passes(checkAccessMethodCardEncodingRequiredEvent, input);
}
const AccessMethodCardEncodingRequiredEventSchema = /* @__PURE__ */ standard(
  checkAccessMethodCardEncodingRequiredEvent,
  vendor
);
function validateAccessMethodCreatedEvent(input, options) {
  return run(checkAccessMethodCreatedEvent, input, options);
}
function isAccessMethodCreatedEvent(input) {
  return passes(checkAccessMethodCreatedEvent, input);
}
const AccessMethodCreatedEventSchema = /* @__PURE__ */ standard(checkAccessMethodCreatedEvent, vendor);
function validateAccessMethodDelayInIssuingEvent(input, options) {
  return run(checkAccessMethodDelayInIssuingEvent, input, options);
}
function isAccessMethodDelayInIssuingEvent(input) {
  return passes(checkAccessMethodDelayInIssuingEvent, input);
}
const AccessMethodDelayInIssuingEventSchema = /* @__PURE__ */ standard(
  checkAccessMethodDelayInIssuingEvent,
  vendor
);
function validateAccessMethodDeletedEvent(input, options) {
  return run(checkAccessMethodDeletedEvent, input, options);
}
function isAccessMethodDeletedEvent(input) {
  return passes(checkAccessMethodDeletedEvent, input);
}
const AccessMethodDeletedEventSchema = /* @__PURE__ */ standard(checkAccessMethodDeletedEvent, vendor);
function validateAccessMethodFailedToIssueEvent(input, options) {
  return run(checkAccessMethodFailedToIssueEvent, input, options);
}
function isAccessMethodFailedToIssueEvent(input) {
  return passes(checkAccessMethodFailedToIssueEvent, input);
}
const AccessMethodFailedToIssueEventSchema = /* @__PURE__ */ standard(
  checkAccessMethodFailedToIssueEvent,
  vendor
);
function validateAccessMethodIssuedEvent(input, options) {
  return run(checkAccessMethodIssuedEvent, input, options);
}
function isAccessMethodIssuedEvent(input) {
  return passes(checkAccessMethodIssuedEvent, input);
}
const AccessMethodIssuedEventSchema = /* @__PURE__ */ standard(checkAccessMethodIssuedEvent, vendor);
function validateAccessMethodReissuedEvent(input, options) {
  return run(checkAccessMethodReissuedEvent, input, options);
}
function isAccessMethodReissuedEvent(input) {
  return passes(checkAccessMethodReissuedEvent, input);
}
const AccessMethodReissuedEventSchema = /* @__PURE__ */ standard(checkAccessMethodReissuedEvent, vendor);
function validateAccessMethodRevokedEvent(input, options) {
  return run(checkAccessMethodRevokedEvent, input, options);
}
function isAccessMethodRevokedEvent(input) {
  return passes(checkAccessMethodRevokedEvent, input);
}
const AccessMethodRevokedEventSchema = /* @__PURE__ */ standard(checkAccessMethodRevokedEvent, vendor);
function validateAcsAccessGroupDeletedEvent(input, options) {
  return run(checkAcsAccessGroupDeletedEvent, input, options);
}
function isAcsAccessGroupDeletedEvent(input) {
  return passes(checkAcsAccessGroupDeletedEvent, input);
}
const AcsAccessGroupDeletedEventSchema = /* @__PURE__ */ standard(checkAcsAccessGroupDeletedEvent, vendor);
function validateAcsCredentialDeletedEvent(input, options) {
  return run(checkAcsCredentialDeletedEvent, input, options);
}
function isAcsCredentialDeletedEvent(input) {
  return passes(checkAcsCredentialDeletedEvent, input);
}
const AcsCredentialDeletedEventSchema = /* @__PURE__ */ standard(checkAcsCredentialDeletedEvent, vendor);
function validateAcsCredentialInvalidatedEvent(input, options) {
  return run(checkAcsCredentialInvalidatedEvent, input, options);
}
function isAcsCredentialInvalidatedEvent(input) {
  return passes(checkAcsCredentialInvalidatedEvent, input);
}
const AcsCredentialInvalidatedEventSchema = /* @__PURE__ */ standard(
  checkAcsCredentialInvalidatedEvent,
  vendor
);
function validateAcsCredentialIssuedEvent(input, options) {
  return run(checkAcsCredentialIssuedEvent, input, options);
}
function isAcsCredentialIssuedEvent(input) {
  return passes(checkAcsCredentialIssuedEvent, input);
}
const AcsCredentialIssuedEventSchema = /* @__PURE__ */ standard(checkAcsCredentialIssuedEvent, vendor);
function validateAcsCredentialReissuedEvent(input, options) {
  return run(checkAcsCredentialReissuedEvent, input, options);
}
function isAcsCredentialReissuedEvent(input) {
  return passes(checkAcsCredentialReissuedEvent, input);
}
const AcsCredentialReissuedEventSchema = /* @__PURE__ */ standard(checkAcsCredentialReissuedEvent, vendor);
function validateAcsEncoderAddedEvent(input, options) {
  return run(checkAcsEncoderAddedEvent, input, options);
}
function isAcsEncoderAddedEvent(input) {
  return passes(checkAcsEncoderAddedEvent, input);
}
const AcsEncoderAddedEventSchema = /* @__PURE__ */ standard(checkAcsEncoderAddedEvent, vendor);
function validateAcsEncoderRemovedEvent(input, options) {
  return run(checkAcsEncoderRemovedEvent, input, options);
}
function isAcsEncoderRemovedEvent(input) {
  return passes(checkAcsEncoderRemovedEvent, input);
}
const AcsEncoderRemovedEventSchema = /* @__PURE__ */ standard(checkAcsEncoderRemovedEvent, vendor);
function validateAcsEntranceAddedEvent(input, options) {
  return run(checkAcsEntranceAddedEvent, input, options);
}
function isAcsEntranceAddedEvent(input) {
  return passes(checkAcsEntranceAddedEvent, input);
}
const AcsEntranceAddedEventSchema = /* @__PURE__ */ standard(checkAcsEntranceAddedEvent, vendor);
function validateAcsEntranceRemovedEvent(input, options) {
  return run(checkAcsEntranceRemovedEvent, input, options);
}
function isAcsEntranceRemovedEvent(input) {
  return passes(checkAcsEntranceRemovedEvent, input);
}
const AcsEntranceRemovedEventSchema = /* @__PURE__ */ standard(checkAcsEntranceRemovedEvent, vendor);
function validateAcsSystemAddedEvent(input, options) {
  return run(checkAcsSystemAddedEvent, input, options);
}
function isAcsSystemAddedEvent(input) {
  return passes(checkAcsSystemAddedEvent, input);
}
const AcsSystemAddedEventSchema = /* @__PURE__ */ standard(checkAcsSystemAddedEvent, vendor);
function validateAcsSystemConnectedEvent(input, options) {
  return run(checkAcsSystemConnectedEvent, input, options);
}
function isAcsSystemConnectedEvent(input) {
  return passes(checkAcsSystemConnectedEvent, input);
}
const AcsSystemConnectedEventSchema = /* @__PURE__ */ standard(checkAcsSystemConnectedEvent, vendor);
function validateAcsSystemDisconnectedEvent(input, options) {
  return run(checkAcsSystemDisconnectedEvent, input, options);
}
function isAcsSystemDisconnectedEvent(input) {
  return passes(checkAcsSystemDisconnectedEvent, input);
}
const AcsSystemDisconnectedEventSchema = /* @__PURE__ */ standard(checkAcsSystemDisconnectedEvent, vendor);
function validateAcsUserCreatedEvent(input, options) {
  return run(checkAcsUserCreatedEvent, input, options);
}
function isAcsUserCreatedEvent(input) {
  return passes(checkAcsUserCreatedEvent, input);
}
const AcsUserCreatedEventSchema = /* @__PURE__ */ standard(checkAcsUserCreatedEvent, vendor);
function validateAcsUserDeletedEvent(input, options) {
  return run(checkAcsUserDeletedEvent, input, options);
}
function isAcsUserDeletedEvent(input) {
  return passes(checkAcsUserDeletedEvent, input);
}
const AcsUserDeletedEventSchema = /* @__PURE__ */ standard(checkAcsUserDeletedEvent, vendor);
function validateActionAttemptLockDoorFailedEvent(input, options) {
  return run(checkActionAttemptLockDoorFailedEvent, input, options);
}
function isActionAttemptLockDoorFailedEvent(input) {
  return passes(checkActionAttemptLockDoorFailedEvent, input);
}
const ActionAttemptLockDoorFailedEventSchema = /* @__PURE__ */ standard(
  checkActionAttemptLockDoorFailedEvent,
  vendor
);
function validateActionAttemptLockDoorSucceededEvent(input, options) {
  return run(checkActionAttemptLockDoorSucceededEvent, input, options);
}
function isActionAttemptLockDoorSucceededEvent(input) {
  return passes(checkActionAttemptLockDoorSucceededEvent, input);
}
const ActionAttemptLockDoorSucceededEventSchema = /* @__PURE__ */ standard(
  checkActionAttemptLockDoorSucceededEvent,
  vendor
);
function validateActionAttemptSimulateKeypadCodeEntryFailedEvent(input, options) {
  return run(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, input, options);
}
function isActionAttemptSimulateKeypadCodeEntryFailedEvent(input) {
  return passes(checkActionAttemptSimulateKeypadCodeEntryFailedEvent, input);
}
const ActionAttemptSimulateKeypadCodeEntryFailedEventSchema = /* @__PURE__ */ standard(
  checkActionAttemptSimulateKeypadCodeEntryFailedEvent,
  vendor
);
function validateActionAttemptSimulateKeypadCodeEntrySucceededEvent(input, options) {
  return run(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, input, options);
}
function isActionAttemptSimulateKeypadCodeEntrySucceededEvent(input) {
  return passes(checkActionAttemptSimulateKeypadCodeEntrySucceededEvent, input);
}
const ActionAttemptSimulateKeypadCodeEntrySucceededEventSchema = /* @__PURE__ */ standard(
  checkActionAttemptSimulateKeypadCodeEntrySucceededEvent,
  vendor
);
function validateActionAttemptSimulateManualLockViaKeypadFailedEvent(input, options) {
  return run(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, input, options);
}
function isActionAttemptSimulateManualLockViaKeypadFailedEvent(input) {
  return passes(checkActionAttemptSimulateManualLockViaKeypadFailedEvent, input);
}
const ActionAttemptSimulateManualLockViaKeypadFailedEventSchema = /* @__PURE__ */ standard(
  checkActionAttemptSimulateManualLockViaKeypadFailedEvent,
  vendor
);
function validateActionAttemptSimulateManualLockViaKeypadSucceededEvent(input, options) {
  return run(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, input, options);
}
function isActionAttemptSimulateManualLockViaKeypadSucceededEvent(input) {
  return passes(checkActionAttemptSimulateManualLockViaKeypadSucceededEvent, input);
}
const ActionAttemptSimulateManualLockViaKeypadSucceededEventSchema = /* @__PURE__ */ standard(
  checkActionAttemptSimulateManualLockViaKeypadSucceededEvent,
  vendor
);
function validateActionAttemptUnlockDoorFailedEvent(input, options) {
  return run(checkActionAttemptUnlockDoorFailedEvent, input, options);
}
function isActionAttemptUnlockDoorFailedEvent(input) {
  return passes(checkActionAttemptUnlockDoorFailedEvent, input);
}
const ActionAttemptUnlockDoorFailedEventSchema = /* @__PURE__ */ standard(
  checkActionAttemptUnlockDoorFailedEvent,
  vendor
);
function validateActionAttemptUnlockDoorSucceededEvent(input, options) {
  return run(checkActionAttemptUnlockDoorSucceededEvent, input, options);
}
function isActionAttemptUnlockDoorSucceededEvent(input) {
  return passes(checkActionAttemptUnlockDoorSucceededEvent, input);
}
const ActionAttemptUnlockDoorSucceededEventSchema = /* @__PURE__ */ standard(
  checkActionAttemptUnlockDoorSucceededEvent,
  vendor
);
function validateCameraActivatedEvent(input, options) {
  return run(checkCameraActivatedEvent, input, options);
}
function isCameraActivatedEvent(input) {
  return passes(checkCameraActivatedEvent, input);
}
const CameraActivatedEventSchema = /* @__PURE__ */ standard(checkCameraActivatedEvent, vendor);
function validateClientSessionDeletedEvent(input, options) {
  return run(checkClientSessionDeletedEvent, input, options);
}
function isClientSessionDeletedEvent(input) {
  return passes(checkClientSessionDeletedEvent, input);
}
const ClientSessionDeletedEventSchema = /* @__PURE__ */ standard(checkClientSessionDeletedEvent, vendor);
function validateConnectWebviewLoginFailedEvent(input, options) {
  return run(checkConnectWebviewLoginFailedEvent, input, options);
}
function isConnectWebviewLoginFailedEvent(input) {
  return passes(checkConnectWebviewLoginFailedEvent, input);
}
const ConnectWebviewLoginFailedEventSchema = /* @__PURE__ */ standard(
  checkConnectWebviewLoginFailedEvent,
  vendor
);
function validateConnectWebviewLoginSucceededEvent(input, options) {
  return run(checkConnectWebviewLoginSucceededEvent, input, options);
}
function isConnectWebviewLoginSucceededEvent(input) {
  return passes(checkConnectWebviewLoginSucceededEvent, input);
}
const ConnectWebviewLoginSucceededEventSchema = /* @__PURE__ */ standard(
  checkConnectWebviewLoginSucceededEvent,
  vendor
);
function validateConnectedAccountCompletedFirstSyncEvent(input, options) {
  return run(checkConnectedAccountCompletedFirstSyncEvent, input, options);
}
function isConnectedAccountCompletedFirstSyncEvent(input) {
  return passes(checkConnectedAccountCompletedFirstSyncEvent, input);
}
const ConnectedAccountCompletedFirstSyncEventSchema = /* @__PURE__ */ standard(
  checkConnectedAccountCompletedFirstSyncEvent,
  vendor
);
function validateConnectedAccountCompletedFirstSyncAfterReconnectionEvent(input, options) {
  return run(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, input, options);
}
function isConnectedAccountCompletedFirstSyncAfterReconnectionEvent(input) {
  return passes(checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent, input);
}
const ConnectedAccountCompletedFirstSyncAfterReconnectionEventSchema = /* @__PURE__ */ standard(
  checkConnectedAccountCompletedFirstSyncAfterReconnectionEvent,
  vendor
);
function validateConnectedAccountConnectedEvent(input, options) {
  return run(checkConnectedAccountConnectedEvent, input, options);
}
function isConnectedAccountConnectedEvent(input) {
  return passes(checkConnectedAccountConnectedEvent, input);
}
const ConnectedAccountConnectedEventSchema = /* @__PURE__ */ standard(
  checkConnectedAccountConnectedEvent,
  vendor
);
function validateConnectedAccountCreatedEvent(input, options) {
  return run(checkConnectedAccountCreatedEvent, input, options);
}
function isConnectedAccountCreatedEvent(input) {
  return passes(checkConnectedAccountCreatedEvent, input);
}
const ConnectedAccountCreatedEventSchema = /* @__PURE__ */ standard(checkConnectedAccountCreatedEvent, vendor);
function validateConnectedAccountDeletedEvent(input, options) {
  return run(checkConnectedAccountDeletedEvent, input, options);
}
function isConnectedAccountDeletedEvent(input) {
  return passes(checkConnectedAccountDeletedEvent, input);
}
const ConnectedAccountDeletedEventSchema = /* @__PURE__ */ standard(checkConnectedAccountDeletedEvent, vendor);
function validateConnectedAccountDisconnectedEvent(input, options) {
  return run(checkConnectedAccountDisconnectedEvent, input, options);
}
function isConnectedAccountDisconnectedEvent(input) {
  return passes(checkConnectedAccountDisconnectedEvent, input);
}
const ConnectedAccountDisconnectedEventSchema = /* @__PURE__ */ standard(
  checkConnectedAccountDisconnectedEvent,
  vendor
);
function validateConnectedAccountReauthorizationRequestedEvent(input, options) {
  return run(checkConnectedAccountReauthorizationRequestedEvent, input, options);
}
function isConnectedAccountReauthorizationRequestedEvent(input) {
  return passes(checkConnectedAccountReauthorizationRequestedEvent, input);
}
const ConnectedAccountReauthorizationRequestedEventSchema = /* @__PURE__ */ standard(
  checkConnectedAccountReauthorizationRequestedEvent,
  vendor
);
function validateConnectedAccountSuccessfulLoginEvent(input, options) {
  return run(checkConnectedAccountSuccessfulLoginEvent, input, options);
}
function isConnectedAccountSuccessfulLoginEvent(input) {
  return passes(checkConnectedAccountSuccessfulLoginEvent, input);
}
const ConnectedAccountSuccessfulLoginEventSchema = /* @__PURE__ */ standard(
  checkConnectedAccountSuccessfulLoginEvent,
  vendor
);
function validateDeviceAccessoryKeypadConnectedEvent(input, options) {
  return run(checkDeviceAccessoryKeypadConnectedEvent, input, options);
}
function isDeviceAccessoryKeypadConnectedEvent(input) {
  return passes(checkDeviceAccessoryKeypadConnectedEvent, input);
}
const DeviceAccessoryKeypadConnectedEventSchema = /* @__PURE__ */ standard(
  checkDeviceAccessoryKeypadConnectedEvent,
  vendor
);
function validateDeviceAccessoryKeypadDisconnectedEvent(input, options) {
  return run(checkDeviceAccessoryKeypadDisconnectedEvent, input, options);
}
function isDeviceAccessoryKeypadDisconnectedEvent(input) {
  return passes(checkDeviceAccessoryKeypadDisconnectedEvent, input);
}
const DeviceAccessoryKeypadDisconnectedEventSchema = /* @__PURE__ */ standard(
  checkDeviceAccessoryKeypadDisconnectedEvent,
  vendor
);
function validateDeviceAddedEvent(input, options) {
  return run(checkDeviceAddedEvent, input, options);
}
function isDeviceAddedEvent(input) {
  return passes(checkDeviceAddedEvent, input);
}
const DeviceAddedEventSchema = /* @__PURE__ */ standard(checkDeviceAddedEvent, vendor);
function validateDeviceBatteryStatusChangedEvent(input, options) {
  return run(checkDeviceBatteryStatusChangedEvent, input, options);
}
function isDeviceBatteryStatusChangedEvent(input) {
  return passes(checkDeviceBatteryStatusChangedEvent, input);
}
const DeviceBatteryStatusChangedEventSchema = /* @__PURE__ */ standard(
  checkDeviceBatteryStatusChangedEvent,
  vendor
);
function validateDeviceConnectedEvent(input, options) {
  return run(checkDeviceConnectedEvent, input, options);
}
function isDeviceConnectedEvent(input) {
  return passes(checkDeviceConnectedEvent, input);
}
const DeviceConnectedEventSchema = /* @__PURE__ */ standard(checkDeviceConnectedEvent, vendor);
function validateDeviceConnectionBecameFlakyEvent(input, options) {
  return run(checkDeviceConnectionBecameFlakyEvent, input, options);
}
function isDeviceConnectionBecameFlakyEvent(input) {
  return passes(checkDeviceConnectionBecameFlakyEvent, input);
}
const DeviceConnectionBecameFlakyEventSchema = /* @__PURE__ */ standard(
  checkDeviceConnectionBecameFlakyEvent,
  vendor
);
function validateDeviceConnectionStabilizedEvent(input, options) {
  return run(checkDeviceConnectionStabilizedEvent, input, options);
}
function isDeviceConnectionStabilizedEvent(input) {
  return passes(checkDeviceConnectionStabilizedEvent, input);
}
const DeviceConnectionStabilizedEventSchema = /* @__PURE__ */ standard(
  checkDeviceConnectionStabilizedEvent,
  vendor
);
function validateDeviceConvertedToUnmanagedEvent(input, options) {
  return run(checkDeviceConvertedToUnmanagedEvent, input, options);
}
function isDeviceConvertedToUnmanagedEvent(input) {
  return passes(checkDeviceConvertedToUnmanagedEvent, input);
}
const DeviceConvertedToUnmanagedEventSchema = /* @__PURE__ */ standard(
  checkDeviceConvertedToUnmanagedEvent,
  vendor
);
function validateDeviceDeletedEvent(input, options) {
  return run(checkDeviceDeletedEvent, input, options);
}
function isDeviceDeletedEvent(input) {
  return passes(checkDeviceDeletedEvent, input);
}
const DeviceDeletedEventSchema = /* @__PURE__ */ standard(checkDeviceDeletedEvent, vendor);
function validateDeviceDisconnectedEvent(input, options) {
  return run(checkDeviceDisconnectedEvent, input, options);
}
function isDeviceDisconnectedEvent(input) {
  return passes(checkDeviceDisconnectedEvent, input);
}
const DeviceDisconnectedEventSchema = /* @__PURE__ */ standard(checkDeviceDisconnectedEvent, vendor);
function validateDeviceDoorbellRangEvent(input, options) {
  return run(checkDeviceDoorbellRangEvent, input, options);
}
function isDeviceDoorbellRangEvent(input) {
  return passes(checkDeviceDoorbellRangEvent, input);
}
const DeviceDoorbellRangEventSchema = /* @__PURE__ */ standard(checkDeviceDoorbellRangEvent, vendor);
function validateDeviceErrorSubscriptionRequiredEvent(input, options) {
  return run(checkDeviceErrorSubscriptionRequiredEvent, input, options);
}
function isDeviceErrorSubscriptionRequiredEvent(input) {
  return passes(checkDeviceErrorSubscriptionRequiredEvent, input);
}
const DeviceErrorSubscriptionRequiredEventSchema = /* @__PURE__ */ standard(
  checkDeviceErrorSubscriptionRequiredEvent,
  vendor
);
function validateDeviceErrorSubscriptionRequiredResolvedEvent(input, options) {
  return run(checkDeviceErrorSubscriptionRequiredResolvedEvent, input, options);
}
function isDeviceErrorSubscriptionRequiredResolvedEvent(input) {
  return passes(checkDeviceErrorSubscriptionRequiredResolvedEvent, input);
}
const DeviceErrorSubscriptionRequiredResolvedEventSchema = /* @__PURE__ */ standard(
  checkDeviceErrorSubscriptionRequiredResolvedEvent,
  vendor
);
function validateDeviceLowBatteryEvent(input, options) {
  return run(checkDeviceLowBatteryEvent, input, options);
}
function isDeviceLowBatteryEvent(input) {
  return passes(checkDeviceLowBatteryEvent, input);
}
const DeviceLowBatteryEventSchema = /* @__PURE__ */ standard(checkDeviceLowBatteryEvent, vendor);
function validateDeviceNameChangedEvent(input, options) {
  return run(checkDeviceNameChangedEvent, input, options);
}
function isDeviceNameChangedEvent(input) {
  return passes(checkDeviceNameChangedEvent, input);
}
const DeviceNameChangedEventSchema = /* @__PURE__ */ standard(checkDeviceNameChangedEvent, vendor);
function validateDeviceRemovedEvent(input, options) {
  return run(checkDeviceRemovedEvent, input, options);
}
function isDeviceRemovedEvent(input) {
  return passes(checkDeviceRemovedEvent, input);
}
const DeviceRemovedEventSchema = /* @__PURE__ */ standard(checkDeviceRemovedEvent, vendor);
function validateDeviceSaltoPrivacyModeActivatedEvent(input, options) {
  return run(checkDeviceSaltoPrivacyModeActivatedEvent, input, options);
}
function isDeviceSaltoPrivacyModeActivatedEvent(input) {
  return passes(checkDeviceSaltoPrivacyModeActivatedEvent, input);
}
const DeviceSaltoPrivacyModeActivatedEventSchema = /* @__PURE__ */ standard(
  checkDeviceSaltoPrivacyModeActivatedEvent,
  vendor
);
function validateDeviceSaltoPrivacyModeDeactivatedEvent(input, options) {
  return run(checkDeviceSaltoPrivacyModeDeactivatedEvent, input, options);
}
function isDeviceSaltoPrivacyModeDeactivatedEvent(input) {
  return passes(checkDeviceSaltoPrivacyModeDeactivatedEvent, input);
}
const DeviceSaltoPrivacyModeDeactivatedEventSchema = /* @__PURE__ */ standard(
  checkDeviceSaltoPrivacyModeDeactivatedEvent,
  vendor
);
function validateDeviceTamperedEvent(input, options) {
  return run(checkDeviceTamperedEvent, input, options);
}
function isDeviceTamperedEvent(input) {
  return passes(checkDeviceTamperedEvent, input);
}
const DeviceTamperedEventSchema = /* @__PURE__ */ standard(checkDeviceTamperedEvent, vendor);
function validateDeviceThirdPartyIntegrationDetectedEvent(input, options) {
  return run(checkDeviceThirdPartyIntegrationDetectedEvent, input, options);
}
function isDeviceThirdPartyIntegrationDetectedEvent(input) {
  return passes(checkDeviceThirdPartyIntegrationDetectedEvent, input);
}
const DeviceThirdPartyIntegrationDetectedEventSchema = /* @__PURE__ */ standard(
  checkDeviceThirdPartyIntegrationDetectedEvent,
  vendor
);
function validateDeviceThirdPartyIntegrationNoLongerDetectedEvent(input, options) {
  return run(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, input, options);
}
function isDeviceThirdPartyIntegrationNoLongerDetectedEvent(input) {
  return passes(checkDeviceThirdPartyIntegrationNoLongerDetectedEvent, input);
}
const DeviceThirdPartyIntegrationNoLongerDetectedEventSchema = /* @__PURE__ */ standard(
  checkDeviceThirdPartyIntegrationNoLongerDetectedEvent,
  vendor
);
function validateDeviceUnmanagedConnectedEvent(input, options) {
  return run(checkDeviceUnmanagedConnectedEvent, input, options);
}
function isDeviceUnmanagedConnectedEvent(input) {
  return passes(checkDeviceUnmanagedConnectedEvent, input);
}
const DeviceUnmanagedConnectedEventSchema = /* @__PURE__ */ standard(
  checkDeviceUnmanagedConnectedEvent,
  vendor
);
function validateDeviceUnmanagedConvertedToManagedEvent(input, options) {
  return run(checkDeviceUnmanagedConvertedToManagedEvent, input, options);
}
function isDeviceUnmanagedConvertedToManagedEvent(input) {
  return passes(checkDeviceUnmanagedConvertedToManagedEvent, input);
}
const DeviceUnmanagedConvertedToManagedEventSchema = /* @__PURE__ */ standard(
  checkDeviceUnmanagedConvertedToManagedEvent,
  vendor
);
function validateDeviceUnmanagedDisconnectedEvent(input, options) {
  return run(checkDeviceUnmanagedDisconnectedEvent, input, options);
}
function isDeviceUnmanagedDisconnectedEvent(input) {
  return passes(checkDeviceUnmanagedDisconnectedEvent, input);
}
const DeviceUnmanagedDisconnectedEventSchema = /* @__PURE__ */ standard(
  checkDeviceUnmanagedDisconnectedEvent,
  vendor
);
function validateEnrollmentAutomationDeletedEvent(input, options) {
  return run(checkEnrollmentAutomationDeletedEvent, input, options);
}
function isEnrollmentAutomationDeletedEvent(input) {
  return passes(checkEnrollmentAutomationDeletedEvent, input);
}
const EnrollmentAutomationDeletedEventSchema = /* @__PURE__ */ standard(
  checkEnrollmentAutomationDeletedEvent,
  vendor
);
function validateLockAccessDeniedEvent(input, options) {
  return run(checkLockAccessDeniedEvent, input, options);
}
function isLockAccessDeniedEvent(input) {
  return passes(checkLockAccessDeniedEvent, input);
}
const LockAccessDeniedEventSchema = /* @__PURE__ */ standard(checkLockAccessDeniedEvent, vendor);
function validateLockLockedEvent(input, options) {
  return run(checkLockLockedEvent, input, options);
}
function isLockLockedEvent(input) {
  return passes(checkLockLockedEvent, input);
}
const LockLockedEventSchema = /* @__PURE__ */ standard(checkLockLockedEvent, vendor);
function validateLockUnlockedEvent(input, options) {
  return run(checkLockUnlockedEvent, input, options);
}
function isLockUnlockedEvent(input) {
  return passes(checkLockUnlockedEvent, input);
}
const LockUnlockedEventSchema = /* @__PURE__ */ standard(checkLockUnlockedEvent, vendor);
function validateNoiseSensorNoiseThresholdTriggeredEvent(input, options) {
  return run(checkNoiseSensorNoiseThresholdTriggeredEvent, input, options);
}
function isNoiseSensorNoiseThresholdTriggeredEvent(input) {
  return passes(checkNoiseSensorNoiseThresholdTriggeredEvent, input);
}
const NoiseSensorNoiseThresholdTriggeredEventSchema = /* @__PURE__ */ standard(
  checkNoiseSensorNoiseThresholdTriggeredEvent,
  vendor
);
function validatePhoneDeactivatedEvent(input, options) {
  return run(checkPhoneDeactivatedEvent, input, options);
}
function isPhoneDeactivatedEvent(input) {
  return passes(checkPhoneDeactivatedEvent, input);
}
const PhoneDeactivatedEventSchema = /* @__PURE__ */ standard(checkPhoneDeactivatedEvent, vendor);
function validateSpaceCreatedEvent(input, options) {
  return run(checkSpaceCreatedEvent, input, options);
}
function isSpaceCreatedEvent(input) {
  return passes(checkSpaceCreatedEvent, input);
}
const SpaceCreatedEventSchema = /* @__PURE__ */ standard(checkSpaceCreatedEvent, vendor);
function validateSpaceDeletedEvent(input, options) {
  return run(checkSpaceDeletedEvent, input, options);
}
function isSpaceDeletedEvent(input) {
  return passes(checkSpaceDeletedEvent, input);
}
const SpaceDeletedEventSchema = /* @__PURE__ */ standard(checkSpaceDeletedEvent, vendor);
function validateSpaceDeviceMembershipChangedEvent(input, options) {
  return run(checkSpaceDeviceMembershipChangedEvent, input, options);
}
function isSpaceDeviceMembershipChangedEvent(input) {
  return passes(checkSpaceDeviceMembershipChangedEvent, input);
}
const SpaceDeviceMembershipChangedEventSchema = /* @__PURE__ */ standard(
  checkSpaceDeviceMembershipChangedEvent,
  vendor
);
function validateThermostatClimatePresetActivatedEvent(input, options) {
  return run(checkThermostatClimatePresetActivatedEvent, input, options);
}
function isThermostatClimatePresetActivatedEvent(input) {
  return passes(checkThermostatClimatePresetActivatedEvent, input);
}
const ThermostatClimatePresetActivatedEventSchema = /* @__PURE__ */ standard(
  checkThermostatClimatePresetActivatedEvent,
  vendor
);
function validateThermostatManuallyAdjustedEvent(input, options) {
  return run(checkThermostatManuallyAdjustedEvent, input, options);
}
function isThermostatManuallyAdjustedEvent(input) {
  return passes(checkThermostatManuallyAdjustedEvent, input);
}
const ThermostatManuallyAdjustedEventSchema = /* @__PURE__ */ standard(
  checkThermostatManuallyAdjustedEvent,
  vendor
);
function validateThermostatTemperatureChangedEvent(input, options) {
  return run(checkThermostatTemperatureChangedEvent, input, options);
}
function isThermostatTemperatureChangedEvent(input) {
  return passes(checkThermostatTemperatureChangedEvent, input);
}
const ThermostatTemperatureChangedEventSchema = /* @__PURE__ */ standard(
  checkThermostatTemperatureChangedEvent,
  vendor
);
function validateThermostatTemperatureReachedSetPointEvent(input, options) {
  return run(checkThermostatTemperatureReachedSetPointEvent, input, options);
}
function isThermostatTemperatureReachedSetPointEvent(input) {
  return passes(checkThermostatTemperatureReachedSetPointEvent, input);
}
const ThermostatTemperatureReachedSetPointEventSchema = /* @__PURE__ */ standard(
  checkThermostatTemperatureReachedSetPointEvent,
  vendor
);
function validateThermostatTemperatureThresholdExceededEvent(input, options) {
  return run(checkThermostatTemperatureThresholdExceededEvent, input, options);
}
function isThermostatTemperatureThresholdExceededEvent(input) {
  return passes(checkThermostatTemperatureThresholdExceededEvent, input);
}
const ThermostatTemperatureThresholdExceededEventSchema = /* @__PURE__ */ standard(
  checkThermostatTemperatureThresholdExceededEvent,
  vendor
);
function validateThermostatTemperatureThresholdNoLongerExceededEvent(input, options) {
  return run(checkThermostatTemperatureThresholdNoLongerExceededEvent, input, options);
}
function isThermostatTemperatureThresholdNoLongerExceededEvent(input) {
  return passes(checkThermostatTemperatureThresholdNoLongerExceededEvent, input);
}
const ThermostatTemperatureThresholdNoLongerExceededEventSchema = /* @__PURE__ */ standard(
  checkThermostatTemperatureThresholdNoLongerExceededEvent,
  vendor
);
function validateSeamEvent(input, options) {
  return run(checkSeamEvent, input, options);
}
function isSeamEvent(input) {
  return passes(checkSeamEvent, input);
}
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
