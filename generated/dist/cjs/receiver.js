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
var receiver_exports = {};
__export(receiver_exports, {
  createSeamEventReceiver: () => createSeamEventReceiver,
  createSignedDelivery: () => import_webhook_signature.createSignedDelivery,
  createSignedDeliveryOfBody: () => import_webhook_signature.createSignedDeliveryOfBody,
  readHeader: () => import_webhook_signature.readHeader,
  signWebhookBody: () => import_webhook_signature.signWebhookBody,
  verifySeamEventWebhook: () => verifySeamEventWebhook,
  verifyWebhookSignature: () => import_webhook_signature.verifyWebhookSignature
});
module.exports = __toCommonJS(receiver_exports);
var import_validators = require("./validators.js");
var import_receiver_runtime = require("./receiver-runtime.js");
var import_webhook_signature = require("./webhook-signature.js");
function validateLeniently(input) {
  return (0, import_validators.validateSeamEvent)(input, { policy: "lenient" });
}
function createSeamEventReceiver(options) {
  return (0, import_receiver_runtime.createWebhookReceiver)(
    options,
    validateLeniently,
    "event_type"
  );
}
function verifySeamEventWebhook(body, headers, options) {
  return (0, import_receiver_runtime.verifyWebhook)(body, headers, options, validateLeniently);
}
