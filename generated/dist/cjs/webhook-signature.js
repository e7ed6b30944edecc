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
var webhook_signature_exports = {};
__export(webhook_signature_exports, {
  checkSecrets: () => checkSecrets,
  createSignedDelivery: () => createSignedDelivery,
  createSignedDeliveryOfBody: () => createSignedDeliveryOfBody,
  readHeader: () => readHeader,
  signWebhookBody: () => signWebhookBody,
  verifyWebhookSignature: () => verifyWebhookSignature
});
module.exports = __toCommonJS(webhook_signature_exports);
const encoder = /* @__PURE__ */ new TextEncoder();
const secretPrefix = "whsec_";
const defaultTolerance = 300;
function checkSecrets(secrets) {
  const list = typeof secrets === "string" ? [secrets] : Array.isArray(secrets) ? secrets : [];
  if (list.length === 0 || !list.every((secret) => typeof secret === "string")) {
    throw new TypeError(
      "The webhook secret is missing: pass the endpoint's whsec_\u2026 secret (or several while rotating)"
    );
  }
  for (const secret of list) secretBytes(secret);
  return list;
}
function secretBytes(secret) {
  const text = secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret;
  let binary;
  try {
    binary = atob(text);
  } catch {
    throw new TypeError(
      "A webhook secret must be base64, as the whsec_\u2026 secret of the endpoint is"
    );
  }
  if (binary.length === 0) throw new TypeError("A webhook secret must not be empty");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
const keys = /* @__PURE__ */ new Map();
const importHmacKey = (secret) => crypto.subtle.importKey("raw", secretBytes(secret), { name: "HMAC", hash: "SHA-256" }, false, [
  "sign"
]);
function hmacKey(secret) {
  let key = keys.get(secret);
  if (key === void 0) {
    if (keys.size >= 32) keys.clear();
    key = importHmacKey(secret);
    keys.set(secret, key);
  }
  return key;
}
function bodyBytes(body) {
  if (typeof body === "string") return encoder.encode(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}
function base64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
async function hmac(secret, id, timestamp, body) {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const bytes = bodyBytes(body);
  const content = new Uint8Array(prefix.length + bytes.length);
  content.set(prefix);
  content.set(bytes, prefix.length);
  return base64(new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), content)));
}
function constantTimeEqual(a, b) {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
function readHeader(headers, name) {
  try {
    if (typeof headers.get === "function") {
      return headers.get(name) ?? void 0;
    }
    const record = headers;
    let value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : void 0;
    if (value === void 0) {
      for (const key of Object.keys(record)) if (key.toLowerCase() === name) value = record[key];
    }
    if (Array.isArray(value))
      return value.every((v) => typeof v === "string") ? value.join(" ") : void 0;
    return typeof value === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}
function deliveryHeader(headers, suffix) {
  return readHeader(headers, `svix-${suffix}`) ?? readHeader(headers, `webhook-${suffix}`);
}
const failure = (stage, path, code, message) => ({
  ok: false,
  stage,
  errors: [{ path, code, message }]
});
async function verifyWebhookSignature(body, headers, secrets, options = {}) {
  const id = deliveryHeader(headers, "id");
  const timestampText = deliveryHeader(headers, "timestamp");
  const signatures = deliveryHeader(headers, "signature");
  for (const [name, value] of [
    ["id", id],
    ["timestamp", timestampText],
    ["signature", signatures]
  ]) {
    if (!value)
      return failure(
        "signature",
        `webhook-${name}`,
        "missing_header",
        `The webhook-${name} (or svix-${name}) header is missing`
      );
  }
  if (!/^\d{1,15}$/.test(timestampText)) {
    return failure(
      "signature",
      "webhook-timestamp",
      "malformed_header",
      "The webhook-timestamp header is not a whole number of seconds"
    );
  }
  const timestamp = Number(timestampText);
  const candidates = [];
  for (const entry of signatures.split(" ")) {
    if (entry.startsWith("v1,")) candidates.push(entry.slice(3));
  }
  if (candidates.length === 0) {
    return failure(
      "signature",
      "webhook-signature",
      "malformed_header",
      "The webhook-signature header has no v1,<base64> signature"
    );
  }
  if (!(body instanceof Uint8Array || body instanceof ArrayBuffer || typeof body === "string")) {
    return failure(
      "signature",
      "",
      "no_matching_signature",
      "The body must be the raw bytes or text of the request, not a parsed object"
    );
  }
  let matched = false;
  for (const secret of checkSecrets(secrets)) {
    const expected = await hmac(secret, id, timestamp, body);
    for (const candidate of candidates) if (constantTimeEqual(candidate, expected)) matched = true;
  }
  if (!matched) {
    return failure(
      "signature",
      "webhook-signature",
      "no_matching_signature",
      "No signature matches: check the secret (the endpoint's whsec_\u2026 value) and that the raw body is verified, not one parsed and serialized again"
    );
  }
  const tolerance = options.tolerance ?? defaultTolerance;
  const now = Math.floor((options.now ?? Date.now)() / 1e3);
  if (now - timestamp > tolerance) {
    return failure(
      "timestamp",
      "webhook-timestamp",
      "timestamp_too_old",
      `The delivery was signed ${now - timestamp} s ago, more than the ${tolerance} s tolerated`
    );
  }
  if (timestamp - now > tolerance) {
    return failure(
      "timestamp",
      "webhook-timestamp",
      "timestamp_too_new",
      `The delivery is signed ${timestamp - now} s in the future, more than the ${tolerance} s tolerated`
    );
  }
  return { ok: true, delivery: { id, timestamp } };
}
function signWebhookBody(secret, id, timestamp, body) {
  const seconds = typeof timestamp === "number" ? timestamp : Math.floor(timestamp.getTime() / 1e3);
  return hmac(secret, id, seconds, body).then((signature) => `v1,${signature}`);
}
async function createSignedDeliveryOfBody(body, options) {
  const id = options.id ?? `msg_${crypto.randomUUID().replaceAll("-", "")}`;
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1e3);
  const seconds = typeof timestamp === "number" ? timestamp : Math.floor(timestamp.getTime() / 1e3);
  const prefix = options.headerPrefix ?? "webhook";
  return {
    headers: {
      "content-type": "application/json",
      [`${prefix}-id`]: id,
      [`${prefix}-timestamp`]: String(seconds),
      [`${prefix}-signature`]: await signWebhookBody(options.secret, id, seconds, body)
    },
    body
  };
}
function createSignedDelivery(payload, options) {
  return createSignedDeliveryOfBody(JSON.stringify(payload) ?? "null", options);
}
