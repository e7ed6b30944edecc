import { readFileSync } from "node:fs";
import { commentText, generatedHeader, stringLiteral } from "../../escape/typescript.js";
import { familyTypeName, receiverNames, unknownEventName, validatorName } from "../../model/naming.js";
import type { CatalogueModel } from "../../model/types.js";
import type { EmittedFile, Target } from "../target.js";

export const RECEIVER_MODULE = "src/receiver.ts";

const runtimeSource = (file: string): string => readFileSync(new URL(`./${file}`, import.meta.url), "utf8");

/**
 * The receiver target: webhook signatures (Standard Webhooks, as Svix sends them), a handler registry
 * typed by the catalogue, and Fetch and Node adapters. Two runtime files are copied as they are; the
 * generated module only binds them to the catalogue's union, families and lenient validator.
 */
export const receiverTarget: Target = {
  name: "receiver",
  uses: ["types", "validators"],
  package: { modules: ["receiver"] },
  emit(model) {
    return [
      { path: RECEIVER_MODULE, contents: emitReceiver(model) },
      { path: "src/receiver-runtime.ts", contents: runtimeSource("receiver-runtime.ts"), laidOut: true },
      { path: "src/webhook-signature.ts", contents: runtimeSource("webhook-signature.ts"), laidOut: true },
    ] satisfies EmittedFile[];
  },
};

/** Every proper dot-separated prefix of an event name (`a.b.c` gives `a` and `a.b`), sorted by code unit. */
export function eventFamilies(eventNames: readonly string[]): string[] {
  const families = new Set<string>();
  for (const name of eventNames) {
    for (let dot = name.indexOf("."); dot > 0; dot = name.indexOf(".", dot + 1)) families.add(name.slice(0, dot));
  }
  return [...families].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function emitReceiver(model: CatalogueModel): string {
  const pkg = model.package;
  const union = pkg.unionName;
  const unknown = unknownEventName(union);
  const family = familyTypeName(union);
  const names = receiverNames(union);
  const discriminator = stringLiteral(pkg.discriminator);
  const families = eventFamilies(model.events.map((e) => e.name));
  return `${generatedHeader(pkg.name)}
import type { ${union}, ${pkg.eventTypeName} } from "./types.js";
import { ${validatorName(union)}, type ${unknown} } from "./validators.js";
import { createWebhookReceiver, verifyWebhook, type Matching, type PayloadValidation, type ReceiverOptions, type VerifyWebhookOptions, type WebhookReceiver, type WebhookResult } from "./receiver-runtime.js";
import type { HeadersLike, WebhookBody } from "./webhook-signature.js";

export type { FailedStage, Handler, NodeRequestLike, NodeResponseLike, PayloadIssue, ReceivedDelivery, ReceiveOutcome, ReceiverOptions, VerifyWebhookOptions, WebhookResult } from "./receiver-runtime.js";
export { createSignedDelivery, createSignedDeliveryOfBody, readHeader, signWebhookBody, verifyWebhookSignature } from "./webhook-signature.js";
export type { HeadersLike, SignatureResult, SignedDelivery, SignOptions, VerifyOptions, WebhookBody, WebhookDelivery, WebhookError, WebhookErrorCode, WebhookSecrets } from "./webhook-signature.js";

/** Every dot-separated prefix of an event type: a handler registered for one receives the events under it. */
export type ${family} = ${families.length > 0 ? families.map((f) => stringLiteral(f)).join(" | ") : "never"};

/** What a handler can be registered for: an event type, or a family of them. */
export type ${names.handlerKeyType} = ${pkg.eventTypeName} | ${family};

/** The events a handler registered for \`K\` receives. */
export type ${names.matchingType}<K extends ${names.handlerKeyType}> = Matching<${union}, ${discriminator}, K>;

/** A webhook endpoint for the catalogue's events: handlers, hooks, and its Fetch and Node adapters. */
export type ${names.receiverType} = WebhookReceiver<${union}, ${discriminator}, ${names.handlerKeyType}, ${unknown}>;

/** Lenient, as receiving must be: what a newer catalogue may send is accepted, with a warning. */
function validateLeniently(input: unknown): PayloadValidation<${union}, ${unknown}> {
  return ${validatorName(union)}(input, { policy: "lenient" });
}

/**
 * A webhook endpoint: \`${names.createReceiver}({ secret }).on(${commentText(stringLiteral(model.events[0]?.name ?? "event.type"))}, (event) => …)\`,
 * then mount \`.fetch\` or \`.node\`. Answers 401 to a bad signature or timestamp, 400 to an invalid
 * payload, 2xx to a handled or unknown event and 500 when a handler fails.
 */
export function ${names.createReceiver}(options: ReceiverOptions): ${names.receiverType} {
  return createWebhookReceiver<${union}, ${discriminator}, ${names.handlerKeyType}, ${unknown}>(options, validateLeniently, ${discriminator});
}

/** Verifies one delivery, parses its body and validates the event; the result names the stage that failed. */
export function ${names.verify}(body: WebhookBody, headers: HeadersLike, options: VerifyWebhookOptions): Promise<WebhookResult<${union}, ${unknown}>> {
  return verifyWebhook(body, headers, options, validateLeniently);
}
`;
}
