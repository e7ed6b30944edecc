import type { SeamEvent, SeamEventType } from "./types.js";
import { type UnknownSeamEvent } from "./validators.js";
import { type Matching, type ReceiverOptions, type VerifyWebhookOptions, type WebhookReceiver, type WebhookResult } from "./receiver-runtime.js";
import type { HeadersLike, WebhookBody } from "./webhook-signature.js";
export type { FailedStage, Handler, NodeRequestLike, NodeResponseLike, PayloadIssue, ReceivedDelivery, ReceiveOutcome, ReceiverOptions, VerifyWebhookOptions, WebhookResult } from "./receiver-runtime.js";
export { createSignedDelivery, createSignedDeliveryOfBody, readHeader, signWebhookBody, verifyWebhookSignature } from "./webhook-signature.js";
export type { HeadersLike, SignatureResult, SignedDelivery, SignOptions, VerifyOptions, WebhookBody, WebhookDelivery, WebhookError, WebhookErrorCode, WebhookSecrets } from "./webhook-signature.js";
/** Every dot-separated prefix of an event type: a handler registered for one receives the events under it. */
export type SeamEventFamily = "access_code" | "access_code.unmanaged" | "access_grant" | "access_method" | "acs_access_group" | "acs_credential" | "acs_encoder" | "acs_entrance" | "acs_system" | "acs_user" | "action_attempt" | "action_attempt.lock_door" | "action_attempt.simulate_keypad_code_entry" | "action_attempt.simulate_manual_lock_via_keypad" | "action_attempt.unlock_door" | "camera" | "client_session" | "connect_webview" | "connected_account" | "device" | "device.error" | "device.error.subscription_required" | "device.salto" | "device.unmanaged" | "enrollment_automation" | "lock" | "noise_sensor" | "phone" | "space" | "thermostat";
/** What a handler can be registered for: an event type, or a family of them. */
export type SeamEventKey = SeamEventType | SeamEventFamily;
/** The events a handler registered for `K` receives. */
export type SeamEventMatching<K extends SeamEventKey> = Matching<SeamEvent, "event_type", K>;
/** A webhook endpoint for the catalogue's events: handlers, hooks, and its Fetch and Node adapters. */
export type SeamEventReceiver = WebhookReceiver<SeamEvent, "event_type", SeamEventKey, UnknownSeamEvent>;
/**
* A webhook endpoint: `createSeamEventReceiver({ secret }).on("access_code.backup_access_code_pulled", (event) => …)`,
* then mount `.fetch` or `.node`. Answers 401 to a bad signature or timestamp, 400 to an invalid
* payload, 2xx to a handled or unknown event and 500 when a handler fails.
*/
export declare function createSeamEventReceiver(options: ReceiverOptions): SeamEventReceiver;
/** Verifies one delivery, parses its body and validates the event; the result names the stage that failed. */
export declare function verifySeamEventWebhook(body: WebhookBody, headers: HeadersLike, options: VerifyWebhookOptions): Promise<WebhookResult<SeamEvent, UnknownSeamEvent>>;
//# sourceMappingURL=receiver.d.ts.map
