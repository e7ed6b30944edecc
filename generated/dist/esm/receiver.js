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
  const result = validateSeamEvent(input);
  if (!result.ok && result.errors.length === 1 && result.errors[0].code === "unknown_event_type")
    return { ok: true, known: false, value: input, warnings: result.errors };
  return result;
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
