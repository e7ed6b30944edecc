/**
* Webhook signatures as Standard Webhooks (https://www.standardwebhooks.com) and Svix define them, the
* scheme Seam delivers with: HMAC-SHA256 over `id.timestamp.body` with a base64 `whsec_` secret, sent as
* space-separated `v1,<base64>` signatures in `webhook-signature` (or `svix-signature`). Copied verbatim
* into the generated package as src/webhook-signature.ts; it uses Web Crypto only (globalThis.crypto),
* so it runs unchanged in Node 20+, Deno, Bun and edge workers, and has no dependency.
*
* Verification never throws on what a request carries: every problem is a result. Only a secret that
* is not base64 throws, since that is a mistake in the receiver's own configuration.
*/
/** What a header bag can be: a Fetch `Headers`, Node's `req.headers`, or a plain record (any case). */
export type HeadersLike = {
	get(name: string): string | null;
} | Readonly<Record<string, string | readonly string[] | undefined>>;
/** A raw request body: the exact bytes received (a Node Buffer is a Uint8Array), or their text. */
export type WebhookBody = string | Uint8Array | ArrayBuffer;
export type WebhookErrorCode = "missing_header" | "malformed_header" | "no_matching_signature" | "timestamp_too_old" | "timestamp_too_new";
/** Same shape as a validation error, so every stage reports problems alike; `path` names the header. */
export interface WebhookError {
	path: string;
	code: WebhookErrorCode;
	message: string;
}
export interface VerifyOptions {
	/** Seconds a delivery's timestamp may differ from the clock, either way. Default 300. */
	tolerance?: number;
	/** The clock, in milliseconds since the epoch (Date.now by default), for tests and replays. */
	now?: () => number;
}
/** The delivery's identity, once its signature and timestamp are good. */
export interface WebhookDelivery {
	/** `webhook-id`: the same for every retry of one message, so the key to deduplicate on. */
	id: string;
	/** `webhook-timestamp`, in seconds since the epoch. */
	timestamp: number;
}
export type SignatureResult = {
	ok: true;
	delivery: WebhookDelivery;
} | {
	ok: false;
	stage: "signature" | "timestamp";
	errors: WebhookError[];
};
/** One or several secrets (while rotating, the new and the old one). */
export type WebhookSecrets = string | readonly string[];
/** The secrets as a list, each decoded once here so that a wrong one throws where it is configured. */
export declare function checkSecrets(secrets: WebhookSecrets): readonly string[];
/** A header's value from any header bag, or undefined; never throws (a throwing getter reads as absent). */
export declare function readHeader(headers: HeadersLike, name: string): string | undefined;
/**
* Checks a delivery's signature against one or several secrets, then its timestamp against the clock.
* `body` must be the raw bytes (or their exact text): a body parsed and serialized again differs.
*/
export declare function verifyWebhookSignature(body: WebhookBody, headers: HeadersLike, secrets: WebhookSecrets, options?: VerifyOptions): Promise<SignatureResult>;
export interface SignOptions {
	/** The endpoint's `whsec_…` secret. */
	secret: string;
	/** The message id; a random `msg_…` id when absent. */
	id?: string;
	/** Seconds since the epoch, or a Date; now when absent. */
	timestamp?: number | Date;
	/** Header names to send: Standard Webhooks' `webhook-*` (default) or `svix-*`. */
	headerPrefix?: "webhook" | "svix";
}
/** A delivery as a sender would post it: the headers and the exact body they sign. */
export interface SignedDelivery {
	headers: Record<string, string>;
	body: string;
}
/** The `v1,<base64>` signature of a body, as a sender computes it. */
export declare function signWebhookBody(secret: string, id: string, timestamp: number | Date, body: WebhookBody): Promise<string>;
/** Signs a body as it is (for a body that is not JSON, or JSON written by hand). */
export declare function createSignedDeliveryOfBody(body: string, options: SignOptions): Promise<SignedDelivery>;
/** Signs any payload (a fixture, valid or not) as JSON, for tests that post deliveries to an endpoint. */
export declare function createSignedDelivery(payload: unknown, options: SignOptions): Promise<SignedDelivery>;
//# sourceMappingURL=webhook-signature.d.ts.map
