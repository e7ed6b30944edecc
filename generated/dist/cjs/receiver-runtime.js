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
var receiver_runtime_exports = {};
__export(receiver_runtime_exports, {
  createWebhookReceiver: () => createWebhookReceiver,
  verifyWebhook: () => verifyWebhook
});
module.exports = __toCommonJS(receiver_runtime_exports);
var import_webhook_signature = require("./webhook-signature.js");
const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });
async function verifyWebhook(body, headers, options, validate) {
  const signature = await (0, import_webhook_signature.verifyWebhookSignature)(body, headers, options.secret, options);
  if (!signature.ok) return signature;
  let payload;
  try {
    payload = JSON.parse(typeof body === "string" ? body : utf8.decode(body));
  } catch (error) {
    const delivery2 = { ...signature.delivery, warnings: [] };
    return {
      ok: false,
      stage: "json",
      errors: [
        {
          path: "",
          code: "json_parse",
          message: `The body is not JSON: ${error.message}`
        }
      ],
      delivery: delivery2
    };
  }
  const result = validate(payload);
  const delivery = { ...signature.delivery, warnings: result.warnings ?? [] };
  if (!result.ok) return { ok: false, stage: "schema", errors: result.errors, delivery };
  if (result.known === false) return { ok: true, known: false, event: result.value, delivery };
  return { ok: true, known: true, event: result.value, delivery };
}
const defaultMaxBodyBytes = 1024 * 1024;
function createWebhookReceiver(options, validate, discriminator) {
  (0, import_webhook_signature.checkSecrets)(options.secret);
  const handlers = /* @__PURE__ */ new Map();
  const anyHandlers = [];
  const unknownHandlers = [];
  const invalidHandlers = [];
  const errorHandlers = [];
  const beforeHooks = [];
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  function handlersOf(name) {
    const found = [];
    for (let key = name; ; ) {
      const own = handlers.get(key);
      if (own) found.push(...own);
      const dot = key.lastIndexOf(".");
      if (dot < 0) return found;
      key = key.slice(0, dot);
    }
  }
  async function runAll(calls, message) {
    const results = await Promise.allSettled(calls.map(async (call) => call()));
    const errors = results.flatMap((r) => r.status === "rejected" ? [r.reason] : []);
    return errors.length > 0 ? new AggregateError(errors, message) : void 0;
  }
  async function failed(error, delivery) {
    const hookError = await runAll(
      errorHandlers.map((hook) => () => hook(error, delivery)),
      "onError failed"
    );
    return {
      status: 500,
      result: "failed",
      error: hookError ? new AggregateError([...error.errors, ...hookError.errors], error.message) : error
    };
  }
  async function receive(body, headers) {
    const result = await verifyWebhook(body, headers, options, validate);
    if (!result.ok) {
      if (!("delivery" in result))
        return { status: 401, result: "rejected", stage: result.stage, errors: result.errors };
      const failure = { stage: result.stage, errors: result.errors };
      const error2 = await runAll(
        invalidHandlers.map((hook) => () => hook(failure, result.delivery)),
        "onInvalid failed"
      );
      return error2 ? failed(error2, result.delivery) : { status: 400, result: "invalid", ...failure };
    }
    const { event, delivery } = result;
    try {
      for (const hook of beforeHooks)
        if (await hook(event, delivery) === false) return { status: 204, result: "skipped" };
    } catch (error2) {
      return failed(new AggregateError([error2], "before failed"), delivery);
    }
    let calls;
    if (result.known) {
      const name = result.event[discriminator];
      calls = [...handlersOf(name), ...anyHandlers].map(
        (handler) => () => handler(result.event, delivery)
      );
    } else {
      calls = unknownHandlers.map((handler) => () => handler(result.event, delivery));
    }
    const error = await runAll(
      calls,
      `Handlers of ${String(event[discriminator])} failed`
    );
    if (error) return failed(error, delivery);
    return { status: 204, result: result.known ? "handled" : "unknown" };
  }
  const receiver = {
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
      if (body === void 0) return new Response("Payload too large", { status: 413 });
      const outcome = await receive(body, request.headers);
      return outcome.status === 204 ? new Response(null, { status: 204 }) : new Response(outcomeText(outcome), { status: outcome.status, headers: textHeaders });
    },
    async node(request, response, next) {
      let body;
      try {
        body = await readNodeBody(request, maxBodyBytes);
      } catch (error) {
        if (next) return next(error);
        response.statusCode = 500;
        response.setHeader("content-type", textHeaders["content-type"]);
        response.end(error.message);
        return;
      }
      const outcome = body === void 0 ? { status: 413 } : await receive(body, request.headers);
      response.statusCode = outcome.status;
      if (outcome.status === 204) return void response.end();
      response.setHeader("content-type", textHeaders["content-type"]);
      response.end(outcome.status === 413 ? "Payload too large" : outcomeText(outcome));
    }
  };
  return receiver;
}
const textHeaders = { "content-type": "text/plain; charset=utf-8" };
function outcomeText(outcome) {
  if (outcome.status === 500) return "A handler failed";
  return [
    `${outcome.stage}:`,
    ...outcome.errors.slice(0, 10).map((e) => `${e.path ? `${e.path} ` : ""}${e.code}: ${e.message}`)
  ].join("\n");
}
async function readFetchBody(request, limit) {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) return void 0;
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks = {
    async *[Symbol.asyncIterator]() {
      for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
    }
  };
  const body = await collect(chunks, limit);
  if (body === void 0) void reader.cancel().catch(() => void 0);
  return body;
}
async function collect(chunks, limit) {
  const parts = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > limit) return void 0;
    parts.push(bytes);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) body.set(part, offset), offset += part.length;
  return body;
}
async function readNodeBody(request, limit) {
  const parsed = request.body;
  if (parsed instanceof Uint8Array || typeof parsed === "string") return parsed;
  if (request.readableEnded) {
    throw new Error(
      'The request body was already read and parsed, so its signature cannot be checked: mount the webhook route before express.json(), or give it express.raw({ type: "application/json" })'
    );
  }
  return collect(request, limit);
}
