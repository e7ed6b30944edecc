import { validateSeamEvent } from "./validators.js";
import {
  createWebhookReceiver,
  verifyWebhook
} from "./receiver-runtime.js";
import {
  createSignedDelivery,
  createSignedDeliveryOfBody,
  readHeader,
  signWebhookBody,
  verifyWebhookSignature
} from "./webhook-signature.js";
function validateLeniently(input) {
  return validateSeamEvent(input, { policy: "lenient" });
}
function createSeamEventReceiver(options) {
  return createWebhookReceiver(
    options,
    validateLeniently,
    "event_type"
  );
}
function verifySeamEventWebhook(body, headers, options) {
  return verifyWebhook(body, headers, options, validateLeniently);
}
export {
  createSeamEventReceiver,
  createSignedDelivery,
  createSignedDeliveryOfBody,
  readHeader,
  signWebhookBody,
  verifySeamEventWebhook,
  verifyWebhookSignature
};
