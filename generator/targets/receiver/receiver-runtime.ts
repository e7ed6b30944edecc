/**
 * Receiving webhooks: one pipeline (verify → parse → validate → route) behind a handler registry, and
 * the two adapters every framework fits, a Fetch `(Request) => Promise<Response>` and a Node
 * `(req, res, next?)` middleware. Copied verbatim into the generated package as src/receiver-runtime.ts;
 * the generated src/receiver.ts binds it to the catalogue's events and validator. No dependency, and no
 * Node API: the Node adapter only uses what a request and a response object already offer.
 */
import {
  checkSecrets,
  verifyWebhookSignature,
  type HeadersLike,
  type VerifyOptions,
  type WebhookBody,
  type WebhookDelivery,
  type WebhookError,
  type WebhookSecrets,
} from "./webhook-signature.js";

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
export type PayloadValidation<Known, Unknown> =
  | { ok: true; known?: true; value: Known; warnings?: readonly PayloadIssue[] }
  | { ok: true; known: false; value: Unknown; warnings?: readonly PayloadIssue[] }
  | { ok: false; errors: readonly PayloadIssue[]; warnings?: readonly PayloadIssue[] };

export type ValidatePayload<Known, Unknown> = (input: unknown) => PayloadValidation<Known, Unknown>;

/** A delivery whose signature and timestamp are good, with what validation noticed about its payload. */
export interface ReceivedDelivery extends WebhookDelivery {
  /** What lenient validation accepted without knowing it (an unknown enum value, an older event name, …). */
  warnings: readonly PayloadIssue[];
}

/** Where a delivery failed: its signature or timestamp (sender unknown), its JSON or its schema (sender known). */
export type FailedStage = "signature" | "timestamp" | "json" | "schema";

/** The result of verifying, parsing and validating one delivery. */
export type WebhookResult<Known, Unknown> =
  | { ok: true; known: true; event: Known; delivery: ReceivedDelivery }
  | { ok: true; known: false; event: Unknown; delivery: ReceivedDelivery }
  | { ok: false; stage: "signature" | "timestamp"; errors: readonly WebhookError[] }
  | {
      ok: false;
      stage: "json" | "schema";
      errors: readonly PayloadIssue[];
      delivery: ReceivedDelivery;
    };

export interface VerifyWebhookOptions extends VerifyOptions {
  /** The endpoint's `whsec_…` secret, or several while rotating. */
  secret: WebhookSecrets;
}

const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });

/** Verifies a delivery, parses its body and validates the payload; never throws on what the request carries. */
export async function verifyWebhook<Known, Unknown>(
  body: WebhookBody,
  headers: HeadersLike,
  options: VerifyWebhookOptions,
  validate: ValidatePayload<Known, Unknown>,
): Promise<WebhookResult<Known, Unknown>> {
  const signature = await verifyWebhookSignature(body, headers, options.secret, options);
  if (!signature.ok) return signature;
  let payload: unknown;
  try {
    payload = JSON.parse(typeof body === "string" ? body : utf8.decode(body));
  } catch (error) {
    const delivery = { ...signature.delivery, warnings: [] };
    return {
      ok: false,
      stage: "json",
      errors: [
        {
          path: "",
          code: "json_parse",
          message: `The body is not JSON: ${(error as Error).message}`,
        },
      ],
      delivery,
    };
  }
  const result = validate(payload);
  const delivery = { ...signature.delivery, warnings: result.warnings ?? [] };
  if (!result.ok) return { ok: false, stage: "schema", errors: result.errors, delivery };
  if (result.known === false) return { ok: true, known: false, event: result.value, delivery };
  return { ok: true, known: true, event: result.value, delivery };
}

/** The events a key of `on` receives: the event of that name and every event under it, by whole segments. */
export type Matching<Event, Discriminator extends string, Key extends string> = Extract<
  Event,
  { readonly [D in Discriminator]: Key | `${Key}.${string}` }
>;

export type Handler<Event> = (event: Event, delivery: ReceivedDelivery) => unknown;

/** What became of a delivery, with the status code a sender's retry logic expects for it. */
export type ReceiveOutcome =
  /** Routed to its handlers, unknown but well signed (onUnknown), or skipped by the `before` hook. */
  | { status: 204; result: "handled" | "unknown" | "skipped" }
  /** Not signed with the secret, or signed too long ago or in the future: not from the sender, or a replay. */
  | {
      status: 401;
      result: "rejected";
      stage: "signature" | "timestamp";
      errors: readonly WebhookError[];
    }
  /** Signed, but not JSON or not an event of the catalogue: retrying cannot help. */
  | { status: 400; result: "invalid"; stage: "json" | "schema"; errors: readonly PayloadIssue[] }
  /** A handler or hook threw: retrying may help. */
  | { status: 500; result: "failed"; error: AggregateError };

export interface ReceiverOptions extends VerifyWebhookOptions {
  /** The largest body the adapters read, in bytes (default 1 MiB); a larger one is answered 413. */
  maxBodyBytes?: number;
}

export interface WebhookReceiver<Event, Discriminator extends string, Key extends string, Unknown> {
  /**
   * Handles an event type, several, or a family: `"lock"` receives `lock.locked` and `lock.unlocked`,
   * `"device.error"` receives `device.error.*` but never `device.error_other`. Every matching handler
   * runs; their failures are reported together, as one AggregateError.
   */
  on<K extends Key>(
    keys: K | readonly K[],
    handler: Handler<Matching<Event, Discriminator, K>>,
  ): this;
  /** Handles every event of the catalogue, after the handlers of its name and families. */
  onAny(handler: Handler<Event>): this;
  /** A well-signed event of a type this version does not know (a newer catalogue's): answered 2xx. */
  onUnknown(handler: Handler<Unknown>): this;
  /** A well-signed body that is not JSON or not a valid event: answered 400. */
  onInvalid(
    handler: (
      failure: { stage: "json" | "schema"; errors: readonly PayloadIssue[] },
      delivery: ReceivedDelivery,
    ) => unknown,
  ): this;
  /** Any handler or hook failed: answered 500, so the sender retries. */
  onError(handler: (error: AggregateError, delivery: ReceivedDelivery) => unknown): this;
  /**
   * Runs before the handlers of every event, known or not; returning false skips them (answered 2xx).
   * The place to deduplicate on `delivery.id`, which every retry of one message shares.
   */
  before(
    hook: (
      event: Event | Unknown,
      delivery: ReceivedDelivery,
    ) => boolean | void | Promise<boolean | void>,
  ): this;
  /** Verifies, parses, validates and routes one delivery. Never throws. */
  receive(body: WebhookBody, headers: HeadersLike): Promise<ReceiveOutcome>;
  /** The Fetch adapter: Hono (`c.req.raw`), Next.js route handlers, Deno.serve, Bun.serve, workers. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** The Node adapter: node:http, Express, Connect. Reads the raw body itself, or takes one already read as bytes or text. */
  readonly node: (
    request: NodeRequestLike,
    response: NodeResponseLike,
    next?: (error?: unknown) => void,
  ) => Promise<void>;
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

const defaultMaxBodyBytes = 1024 * 1024;

export function createWebhookReceiver<
  Event,
  Discriminator extends string,
  Key extends string,
  Unknown,
>(
  options: ReceiverOptions,
  validate: ValidatePayload<Event, Unknown>,
  discriminator: Discriminator,
): WebhookReceiver<Event, Discriminator, Key, Unknown> {
  checkSecrets(options.secret);
  const handlers = new Map<string, Handler<any>[]>();
  const anyHandlers: Handler<Event>[] = [];
  const unknownHandlers: Handler<Unknown>[] = [];
  const invalidHandlers: ((
    failure: { stage: "json" | "schema"; errors: readonly PayloadIssue[] },
    delivery: ReceivedDelivery,
  ) => unknown)[] = [];
  const errorHandlers: ((error: AggregateError, delivery: ReceivedDelivery) => unknown)[] = [];
  const beforeHooks: ((
    event: Event | Unknown,
    delivery: ReceivedDelivery,
  ) => boolean | void | Promise<boolean | void>)[] = [];
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;

  /** Handlers of the name, then of each family from the nearest: `a.b.c`, `a.b`, `a`. */
  function handlersOf(name: string): Handler<any>[] {
    const found: Handler<any>[] = [];
    for (let key = name; ;) {
      const own = handlers.get(key);
      if (own) found.push(...own);
      const dot = key.lastIndexOf(".");
      if (dot < 0) return found;
      key = key.slice(0, dot);
    }
  }

  /** Runs every callback, even after one fails; the failures come back as one AggregateError. */
  async function runAll(
    calls: (() => unknown)[],
    message: string,
  ): Promise<AggregateError | undefined> {
    const results = await Promise.allSettled(calls.map(async (call) => call()));
    const errors = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    return errors.length > 0 ? new AggregateError(errors, message) : undefined;
  }

  async function failed(
    error: AggregateError,
    delivery: ReceivedDelivery,
  ): Promise<ReceiveOutcome> {
    // A throwing error hook must not turn a 500 into a crash: its failure joins the others.
    const hookError = await runAll(
      errorHandlers.map((hook) => () => hook(error, delivery)),
      "onError failed",
    );
    return {
      status: 500,
      result: "failed",
      error: hookError
        ? new AggregateError([...error.errors, ...hookError.errors], error.message)
        : error,
    };
  }

  async function receive(body: WebhookBody, headers: HeadersLike): Promise<ReceiveOutcome> {
    const result = await verifyWebhook(body, headers, options, validate);
    if (!result.ok) {
      if (!("delivery" in result))
        return { status: 401, result: "rejected", stage: result.stage, errors: result.errors };
      const failure = { stage: result.stage, errors: result.errors };
      const error = await runAll(
        invalidHandlers.map((hook) => () => hook(failure, result.delivery)),
        "onInvalid failed",
      );
      return error
        ? failed(error, result.delivery)
        : { status: 400, result: "invalid", ...failure };
    }
    const { event, delivery } = result;
    try {
      for (const hook of beforeHooks)
        if ((await hook(event, delivery)) === false) return { status: 204, result: "skipped" };
    } catch (error) {
      return failed(new AggregateError([error], "before failed"), delivery);
    }
    let calls: (() => unknown)[];
    if (result.known) {
      const name = (result.event as Record<string, unknown>)[discriminator] as string;
      calls = [...handlersOf(name), ...anyHandlers].map(
        (handler) => () => handler(result.event, delivery),
      );
    } else {
      calls = unknownHandlers.map((handler) => () => handler(result.event, delivery));
    }
    const error = await runAll(
      calls,
      `Handlers of ${String((event as Record<string, unknown>)[discriminator])} failed`,
    );
    if (error) return failed(error, delivery);
    return { status: 204, result: result.known ? "handled" : "unknown" };
  }

  const receiver: WebhookReceiver<Event, Discriminator, Key, Unknown> = {
    on(keys, handler) {
      for (const key of typeof keys === "string" ? [keys] : keys) {
        const list = handlers.get(key);
        if (list) list.push(handler);
        else handlers.set(key, [handler]);
      }
      return receiver;
    },
    onAny: (handler) => (anyHandlers.push(handler), receiver),
    onUnknown: (handler) => (unknownHandlers.push(handler), receiver),
    onInvalid: (handler) => (invalidHandlers.push(handler), receiver),
    onError: (handler) => (errorHandlers.push(handler), receiver),
    before: (hook) => (beforeHooks.push(hook), receiver),
    receive,
    async fetch(request) {
      const body = await readFetchBody(request, maxBodyBytes);
      if (body === undefined) return new Response("Payload too large", { status: 413 });
      const outcome = await receive(body, request.headers);
      return outcome.status === 204
        ? new Response(null, { status: 204 })
        : new Response(outcomeText(outcome), { status: outcome.status, headers: textHeaders });
    },
    async node(request, response, next) {
      let body: Uint8Array | string | undefined;
      try {
        body = await readNodeBody(request, maxBodyBytes);
      } catch (error) {
        if (next) return next(error);
        response.statusCode = 500;
        response.setHeader("content-type", textHeaders["content-type"]);
        response.end((error as Error).message);
        return;
      }
      const outcome: ReceiveOutcome | { status: 413 } =
        body === undefined ? { status: 413 } : await receive(body, request.headers);
      response.statusCode = outcome.status;
      if (outcome.status === 204) return void response.end();
      response.setHeader("content-type", textHeaders["content-type"]);
      response.end(outcome.status === 413 ? "Payload too large" : outcomeText(outcome));
    },
  };
  return receiver;
}

const textHeaders = { "content-type": "text/plain; charset=utf-8" };

/** The answer's text for the sender's delivery log: what failed, never a handler's error message. */
function outcomeText(outcome: Exclude<ReceiveOutcome, { status: 204 }>): string {
  if (outcome.status === 500) return "A handler failed";
  return [
    `${outcome.stage}:`,
    ...outcome.errors
      .slice(0, 10)
      .map((e) => `${e.path ? `${e.path} ` : ""}${e.code}: ${e.message}`),
  ].join("\n");
}

/** The body's bytes, reading no more than the limit (undefined when it is over). */
async function readFetchBody(request: Request, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) return undefined;
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  // A reader rather than for-await: not every runtime makes a ReadableStream async-iterable.
  const chunks = {
    async *[Symbol.asyncIterator]() {
      for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
    },
  };
  const body = await collect(chunks, limit);
  if (body === undefined) void reader.cancel().catch(() => undefined);
  return body;
}

async function collect(
  chunks: AsyncIterable<unknown>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes =
      typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    size += bytes.length;
    if (size > limit) return undefined;
    parts.push(bytes);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) (body.set(part, offset), (offset += part.length));
  return body;
}

/**
 * The raw body of a Node request: the one a body parser already read as bytes (express.raw) or text
 * (express.text), or the stream itself. A body parsed as JSON has lost the bytes the signature covers.
 */
async function readNodeBody(
  request: NodeRequestLike,
  limit: number,
): Promise<Uint8Array | string | undefined> {
  const parsed = request.body;
  if (parsed instanceof Uint8Array || typeof parsed === "string") return parsed;
  if (request.readableEnded) {
    throw new Error(
      'The request body was already read and parsed, so its signature cannot be checked: mount the webhook route before express.json(), or give it express.raw({ type: "application/json" })',
    );
  }
  return collect(request, limit);
}
