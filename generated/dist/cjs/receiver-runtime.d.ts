/**
* Receiving webhooks: one pipeline (verify → parse → validate → route) behind a handler registry, and
* the two adapters every framework fits, a Fetch `(Request) => Promise<Response>` and a Node
* `(req, res, next?)` middleware. Copied verbatim into the generated package as src/receiver-runtime.ts;
* the generated src/receiver.ts binds it to the catalogue's events and validator. No dependency, and no
* Node API: the Node adapter only uses what a request and a response object already offer.
*/
import { type HeadersLike, type VerifyOptions, type WebhookBody, type WebhookDelivery, type WebhookError, type WebhookSecrets } from "./webhook-signature.js";
/** An error or a warning of the payload stage: a JSON Pointer `path`, a `code`, a `message`. */
export interface PayloadIssue {
	path: string;
	code: string;
	message: string;
}
/**
* What the validator returns, lenient (an event this version does not know is `known: false`) or
* strict (no `known`: every accepted event is known).
*/
export type PayloadValidation<
	Known,
	Unknown
> = {
	ok: true;
	known?: true;
	value: Known;
	warnings?: readonly PayloadIssue[];
} | {
	ok: true;
	known: false;
	value: Unknown;
	warnings?: readonly PayloadIssue[];
} | {
	ok: false;
	errors: readonly PayloadIssue[];
	warnings?: readonly PayloadIssue[];
};
export type ValidatePayload<
	Known,
	Unknown
> = (input: unknown) => PayloadValidation<Known, Unknown>;
/** A delivery whose signature and timestamp are good, with what validation noticed about its payload. */
export interface ReceivedDelivery extends WebhookDelivery {
	/** What lenient validation accepted without knowing it (an unknown enum value, an older event name, …). */
	warnings: readonly PayloadIssue[];
}
/** Where a delivery failed: its signature or timestamp (sender unknown), its JSON or its schema (sender known). */
export type FailedStage = "signature" | "timestamp" | "json" | "schema";
/** The result of verifying, parsing and validating one delivery. */
export type WebhookResult<
	Known,
	Unknown
> = {
	ok: true;
	known: true;
	event: Known;
	delivery: ReceivedDelivery;
} | {
	ok: true;
	known: false;
	event: Unknown;
	delivery: ReceivedDelivery;
} | {
	ok: false;
	stage: "signature" | "timestamp";
	errors: readonly WebhookError[];
} | {
	ok: false;
	stage: "json" | "schema";
	errors: readonly PayloadIssue[];
	delivery: ReceivedDelivery;
};
export interface VerifyWebhookOptions extends VerifyOptions {
	/** The endpoint's `whsec_…` secret, or several while rotating. */
	secret: WebhookSecrets;
}
/** Verifies a delivery, parses its body and validates the payload; never throws on what the request carries. */
export declare function verifyWebhook<
	Known,
	Unknown
>(body: WebhookBody, headers: HeadersLike, options: VerifyWebhookOptions, validate: ValidatePayload<Known, Unknown>): Promise<WebhookResult<Known, Unknown>>;
/** The events a key of `on` receives: the event of that name and every event under it, by whole segments. */
export type Matching<
	Event,
	Discriminator extends string,
	Key extends string
> = Extract<Event, { readonly [D in Discriminator]: Key | `${Key}.${string}` }>;
export type Handler<Event> = (event: Event, delivery: ReceivedDelivery) => unknown;
/** What became of a delivery, with the status code a sender's retry logic expects for it. */
export type ReceiveOutcome = {
	status: 204;
	result: "handled" | "unknown" | "skipped";
} | {
	status: 401;
	result: "rejected";
	stage: "signature" | "timestamp";
	errors: readonly WebhookError[];
} | {
	status: 400;
	result: "invalid";
	stage: "json" | "schema";
	errors: readonly PayloadIssue[];
} | {
	status: 500;
	result: "failed";
	error: AggregateError;
};
export interface ReceiverOptions extends VerifyWebhookOptions {
	/** The largest body the adapters read, in bytes (default 1 MiB); a larger one is answered 413. */
	maxBodyBytes?: number;
}
export interface WebhookReceiver<
	Event,
	Discriminator extends string,
	Key extends string,
	Unknown
> {
	/**
	* Handles an event type, several, or a family: `"lock"` receives `lock.locked` and `lock.unlocked`,
	* `"device.error"` receives `device.error.*` but never `device.error_other`. Every matching handler
	* runs; their failures are reported together, as one AggregateError.
	*/
	on<K extends Key>(keys: K | readonly K[], handler: Handler<Matching<Event, Discriminator, K>>): this;
	/** Handles every event of the catalogue, after the handlers of its name and families. */
	onAny(handler: Handler<Event>): this;
	/** A well-signed event of a type this version does not know (a newer catalogue's): answered 2xx. */
	onUnknown(handler: Handler<Unknown>): this;
	/** A well-signed body that is not JSON or not a valid event: answered 400. */
	onInvalid(handler: (failure: {
		stage: "json" | "schema";
		errors: readonly PayloadIssue[];
	}, delivery: ReceivedDelivery) => unknown): this;
	/** Any handler or hook failed: answered 500, so the sender retries. */
	onError(handler: (error: AggregateError, delivery: ReceivedDelivery) => unknown): this;
	/**
	* Runs before the handlers of every event, known or not; returning false skips them (answered 2xx).
	* The place to deduplicate on `delivery.id`, which every retry of one message shares.
	*/
	before(hook: (event: Event | Unknown, delivery: ReceivedDelivery) => boolean | void | Promise<boolean | void>): this;
	/** Verifies, parses, validates and routes one delivery. Never throws. */
	receive(body: WebhookBody, headers: HeadersLike): Promise<ReceiveOutcome>;
	/** The Fetch adapter: Hono (`c.req.raw`), Next.js route handlers, Deno.serve, Bun.serve, workers. */
	readonly fetch: (request: Request) => Promise<Response>;
	/** The Node adapter: node:http, Express, Connect. Reads the raw body itself, or takes one already read as bytes or text. */
	readonly node: (request: NodeRequestLike, response: NodeResponseLike, next?: (error?: unknown) => void) => Promise<void>;
}
/** What the Node adapter needs of a request: Node's IncomingMessage and Express's Request fit. */
export interface NodeRequestLike extends AsyncIterable<unknown> {
	headers: Readonly<Record<string, string | readonly string[] | undefined>>;
	/** Set by a body parser that ran first: bytes or text can still be verified, a parsed object cannot. */
	body?: unknown;
	readableEnded?: boolean;
}
/** What the Node adapter needs of a response: Node's ServerResponse and Express's Response fit. */
export interface NodeResponseLike {
	statusCode: number;
	setHeader(name: string, value: string): unknown;
	end(body?: string): unknown;
}
export declare function createWebhookReceiver<
	Event,
	Discriminator extends string,
	Key extends string,
	Unknown
>(options: ReceiverOptions, validate: ValidatePayload<Event, Unknown>, discriminator: Discriminator): WebhookReceiver<Event, Discriminator, Key, Unknown>;
//# sourceMappingURL=receiver-runtime.d.ts.map
