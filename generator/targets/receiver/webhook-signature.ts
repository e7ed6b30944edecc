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
export type HeadersLike =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** A raw request body: the exact bytes received (a Node Buffer is a Uint8Array), or their text. */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

export type WebhookErrorCode =
  | "missing_header"
  | "malformed_header"
  | "no_matching_signature"
  | "timestamp_too_old"
  | "timestamp_too_new";

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

export type SignatureResult =
  | { ok: true; delivery: WebhookDelivery }
  | { ok: false; stage: "signature" | "timestamp"; errors: WebhookError[] };

/** One or several secrets (while rotating, the new and the old one). */
export type WebhookSecrets = string | readonly string[];

const encoder = /* @__PURE__ */ new TextEncoder();
const secretPrefix = "whsec_";
const defaultTolerance = 300;

/** The secrets as a list, each decoded once here so that a wrong one throws where it is configured. */
export function checkSecrets(secrets: WebhookSecrets): readonly string[] {
  const list = typeof secrets === "string" ? [secrets] : Array.isArray(secrets) ? secrets : [];
  if (list.length === 0 || !list.every((secret) => typeof secret === "string")) {
    throw new TypeError(
      "The webhook secret is missing: pass the endpoint's whsec_… secret (or several while rotating)",
    );
  }
  for (const secret of list) secretBytes(secret);
  return list;
}

/** Decodes a `whsec_` secret (the prefix is optional, as in Standard Webhooks) to its key bytes. */
function secretBytes(secret: string) {
  const text = secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new TypeError(
      "A webhook secret must be base64, as the whsec_… secret of the endpoint is",
    );
  }
  if (binary.length === 0) throw new TypeError("A webhook secret must not be empty");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// Importing a key is asynchronous and costs more than the HMAC itself: each secret is imported once.
// The cache holds the receiver's few secrets; it is emptied if it ever grows (a caller passing new
// secrets on every call), so memory stays bounded.
// (Typed from importKey: Node's types have no global CryptoKey.)
const keys = new Map<string, ReturnType<typeof importHmacKey>>();

const importHmacKey = (secret: string) =>
  crypto.subtle.importKey("raw", secretBytes(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);

function hmacKey(secret: string) {
  let key = keys.get(secret);
  if (key === undefined) {
    if (keys.size >= 32) keys.clear();
    key = importHmacKey(secret);
    keys.set(secret, key);
  }
  return key;
}

function bodyBytes(body: WebhookBody): Uint8Array {
  if (typeof body === "string") return encoder.encode(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The base64 HMAC-SHA256 of `id.timestamp.body`, computed over the body's bytes as received. */
async function hmac(
  secret: string,
  id: string,
  timestamp: number,
  body: WebhookBody,
): Promise<string> {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const bytes = bodyBytes(body);
  const content = new Uint8Array(prefix.length + bytes.length);
  content.set(prefix);
  content.set(bytes, prefix.length);
  return base64(new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), content)));
}

/** Compares in time that depends on the length only, never on where the first difference is. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** A header's value from any header bag, or undefined; never throws (a throwing getter reads as absent). */
export function readHeader(headers: HeadersLike, name: string): string | undefined {
  try {
    if (typeof (headers as { get?: unknown }).get === "function") {
      return (headers as { get(name: string): string | null }).get(name) ?? undefined;
    }
    const record = headers as Readonly<Record<string, unknown>>;
    let value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
    if (value === undefined) {
      // Plain records may keep the sender's case; Node lower-cases, so this scan is the rare path.
      for (const key of Object.keys(record)) if (key.toLowerCase() === name) value = record[key];
    }
    if (Array.isArray(value))
      return value.every((v) => typeof v === "string") ? value.join(" ") : undefined;
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The Svix name first, then the Standard Webhooks one, as the svix library reads them. */
function deliveryHeader(
  headers: HeadersLike,
  suffix: "id" | "timestamp" | "signature",
): string | undefined {
  return readHeader(headers, `svix-${suffix}`) ?? readHeader(headers, `webhook-${suffix}`);
}

const failure = (
  stage: "signature" | "timestamp",
  path: string,
  code: WebhookErrorCode,
  message: string,
): SignatureResult => ({
  ok: false,
  stage,
  errors: [{ path, code, message }],
});

/**
 * Checks a delivery's signature against one or several secrets, then its timestamp against the clock.
 * `body` must be the raw bytes (or their exact text): a body parsed and serialized again differs.
 */
export async function verifyWebhookSignature(
  body: WebhookBody,
  headers: HeadersLike,
  secrets: WebhookSecrets,
  options: VerifyOptions = {},
): Promise<SignatureResult> {
  const id = deliveryHeader(headers, "id");
  const timestampText = deliveryHeader(headers, "timestamp");
  const signatures = deliveryHeader(headers, "signature");
  for (const [name, value] of [
    ["id", id],
    ["timestamp", timestampText],
    ["signature", signatures],
  ] as const) {
    if (!value)
      return failure(
        "signature",
        `webhook-${name}`,
        "missing_header",
        `The webhook-${name} (or svix-${name}) header is missing`,
      );
  }
  if (!/^\d{1,15}$/.test(timestampText!)) {
    return failure(
      "signature",
      "webhook-timestamp",
      "malformed_header",
      "The webhook-timestamp header is not a whole number of seconds",
    );
  }
  const timestamp = Number(timestampText);
  const candidates: string[] = [];
  for (const entry of signatures!.split(" ")) {
    // Other versions (v1a, asymmetric) are skipped, as the scheme asks of a verifier that does not know them.
    if (entry.startsWith("v1,")) candidates.push(entry.slice(3));
  }
  if (candidates.length === 0) {
    return failure(
      "signature",
      "webhook-signature",
      "malformed_header",
      "The webhook-signature header has no v1,<base64> signature",
    );
  }
  if (!(body instanceof Uint8Array || body instanceof ArrayBuffer || typeof body === "string")) {
    return failure(
      "signature",
      "",
      "no_matching_signature",
      "The body must be the raw bytes or text of the request, not a parsed object",
    );
  }
  let matched = false;
  for (const secret of checkSecrets(secrets)) {
    const expected = await hmac(secret, id!, timestamp, body);
    // Every candidate is compared, so the time taken does not tell which one matched.
    for (const candidate of candidates) if (constantTimeEqual(candidate, expected)) matched = true;
  }
  if (!matched) {
    return failure(
      "signature",
      "webhook-signature",
      "no_matching_signature",
      "No signature matches: check the secret (the endpoint's whsec_… value) and that the raw body is verified, not one parsed and serialized again",
    );
  }
  const tolerance = options.tolerance ?? defaultTolerance;
  const now = Math.floor((options.now ?? Date.now)() / 1000);
  if (now - timestamp > tolerance) {
    return failure(
      "timestamp",
      "webhook-timestamp",
      "timestamp_too_old",
      `The delivery was signed ${now - timestamp} s ago, more than the ${tolerance} s tolerated`,
    );
  }
  if (timestamp - now > tolerance) {
    return failure(
      "timestamp",
      "webhook-timestamp",
      "timestamp_too_new",
      `The delivery is signed ${timestamp - now} s in the future, more than the ${tolerance} s tolerated`,
    );
  }
  return { ok: true, delivery: { id: id!, timestamp } };
}

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
export function signWebhookBody(
  secret: string,
  id: string,
  timestamp: number | Date,
  body: WebhookBody,
): Promise<string> {
  const seconds =
    typeof timestamp === "number" ? timestamp : Math.floor(timestamp.getTime() / 1000);
  return hmac(secret, id, seconds, body).then((signature) => `v1,${signature}`);
}

/** Signs a body as it is (for a body that is not JSON, or JSON written by hand). */
export async function createSignedDeliveryOfBody(
  body: string,
  options: SignOptions,
): Promise<SignedDelivery> {
  const id = options.id ?? `msg_${crypto.randomUUID().replaceAll("-", "")}`;
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const seconds =
    typeof timestamp === "number" ? timestamp : Math.floor(timestamp.getTime() / 1000);
  const prefix = options.headerPrefix ?? "webhook";
  return {
    headers: {
      "content-type": "application/json",
      [`${prefix}-id`]: id,
      [`${prefix}-timestamp`]: String(seconds),
      [`${prefix}-signature`]: await signWebhookBody(options.secret, id, seconds, body),
    },
    body,
  };
}

/** Signs any payload (a fixture, valid or not) as JSON, for tests that post deliveries to an endpoint. */
export function createSignedDelivery(
  payload: unknown,
  options: SignOptions,
): Promise<SignedDelivery> {
  return createSignedDeliveryOfBody(JSON.stringify(payload) ?? "null", options);
}
