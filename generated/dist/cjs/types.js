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
var types_exports = {};
__export(types_exports, {
  SEAM_EVENT_TYPES: () => SEAM_EVENT_TYPES,
  SEAM_EVENT_TYPES_BY_ALIAS: () => SEAM_EVENT_TYPES_BY_ALIAS
});
module.exports = __toCommonJS(types_exports);
const SEAM_EVENT_TYPES = [
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
  "thermostat.temperature_threshold_no_longer_exceeded"
];
const SEAM_EVENT_TYPES_BY_ALIAS = {
  "device.battery_low": "device.low_battery"
};
