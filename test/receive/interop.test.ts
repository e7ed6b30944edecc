/**
 * Interoperability with the real libraries: what the package signs, svix, standardwebhooks and
 * @seamapi/webhook accept; what svix and standardwebhooks sign, the package accepts; and every kind of
 * bad delivery (tampered body, wrong secret, old or future timestamp, malformed headers) is rejected by
 * all of them alike.
 */
import { SeamWebhook } from "@seamapi/webhook";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { describe, expect, it } from "vitest";
import { nowSeconds, otherSecret, pkg, secret } from "./helpers.js";

const event = pkg.createSeamEvent("lock.unlocked", {}, { seed: 3 });

/** Whether each library accepts the delivery: true, or false when it throws. */
function othersAccept(body: string, headers: Record<string, string>) {
  const accepts = (verify: () => unknown) => {
    try {
      verify();
      return true;
    } catch {
      return false;
    }
  };
  return {
    svix: accepts(() => new SvixWebhook(secret).verify(body, headers)),
    standardwebhooks: accepts(() => new StandardWebhook(secret).verify(body, headers)),
    seam: accepts(() => new SeamWebhook(secret).verify(body, headers)),
  };
}

async function weAccept(body: string | Uint8Array, headers: Record<string, string>) {
  const result = await pkg.verifyWebhookSignature(body, headers, secret);
  return result.ok;
}

describe("what the package signs", () => {
  it("svix, standardwebhooks and @seamapi/webhook accept, with webhook-* and with svix-* headers", async () => {
    for (const headerPrefix of ["webhook", "svix"] as const) {
      const delivery = await pkg.createSignedDelivery(event, { secret, headerPrefix });
      const accepted = othersAccept(delivery.body, delivery.headers);
      // standardwebhooks reads webhook-* only; svix and @seamapi/webhook read both.
      expect(accepted).toEqual({ svix: true, standardwebhooks: headerPrefix === "webhook", seam: true });
      expect(new SvixWebhook(secret).verify(delivery.body, delivery.headers)).toEqual(event);
      expect(new SeamWebhook(secret).verify(delivery.body, delivery.headers)).toEqual(event);
    }
  });

  it("has the exact signature svix computes for the same id, timestamp and body", async () => {
    const body = JSON.stringify(event);
    const at = new Date(1_700_000_000_000);
    expect(await pkg.signWebhookBody(secret, "msg_1", at, body)).toBe(new SvixWebhook(secret).sign("msg_1", at, body));
    expect(await pkg.signWebhookBody(secret, "msg_1", 1_700_000_000, new TextEncoder().encode(body))).toBe(new StandardWebhook(secret).sign("msg_1", at, body));
  });
});

describe("what svix and standardwebhooks sign", () => {
  const body = JSON.stringify(event);

  it("the package accepts, as a string, as bytes, and through the typed entry point", async () => {
    const id = "msg_2Lh9KZTa8pOoNIRmFg3tWcpNq5w";
    const timestamp = new Date();
    for (const signer of [new SvixWebhook(secret), new StandardWebhook(secret)]) {
      const headers = { "webhook-id": id, "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)), "webhook-signature": signer.sign(id, timestamp, body) };
      expect(await weAccept(body, headers)).toBe(true);
      expect(await weAccept(new TextEncoder().encode(body), headers)).toBe(true);
      const result = await pkg.verifySeamEventWebhook(body, new Headers(headers), { secret });
      expect(result).toMatchObject({ ok: true, known: true, event, delivery: { id } });
    }
  });

  it("the package accepts with svix-* headers, any header case, several signatures and a rotated secret", async () => {
    const id = "msg_rotation";
    const timestamp = new Date();
    const old = new SvixWebhook(otherSecret).sign(id, timestamp, body);
    const current = new SvixWebhook(secret).sign(id, timestamp, body);
    const headers = { "Svix-Id": id, "SVIX-TIMESTAMP": String(Math.floor(timestamp.getTime() / 1000)), "svix-signature": `v1a,ignored ${old} ${current}` };
    expect(await weAccept(body, headers)).toBe(true);
    expect(othersAccept(body, headers).svix).toBe(true);
    // Only the old secret's signature: the old secret alone, or both while rotating, accept it.
    const oldOnly = { ...headers, "svix-signature": old };
    expect((await pkg.verifyWebhookSignature(body, oldOnly, secret)).ok).toBe(false);
    expect((await pkg.verifyWebhookSignature(body, oldOnly, [secret, otherSecret])).ok).toBe(true);
  });
});

describe("bad deliveries are rejected by every library alike", () => {
  async function signed(options: { at?: number; body?: string } = {}) {
    const body = options.body ?? JSON.stringify(event);
    return pkg.createSignedDelivery(JSON.parse(body), { secret, id: "msg_bad", timestamp: options.at ?? nowSeconds() });
  }

  const cases: [string, () => Promise<{ body: string; headers: Record<string, string> }>, string][] = [
    ["a tampered body", async () => ({ ...(await signed()), body: JSON.stringify({ ...event, device_id: "00000000-0000-4000-8000-000000000000" }) }), "no_matching_signature"],
    ["a body with one more space", async () => { const d = await signed(); return { ...d, body: `${d.body} ` }; }, "no_matching_signature"],
    ["a body signed with another secret", async () => {
      const d = await pkg.createSignedDelivery(event, { secret: otherSecret, id: "msg_bad" });
      return d;
    }, "no_matching_signature"],
    ["a timestamp 301 s old", () => signed({ at: nowSeconds() - 301 }), "timestamp_too_old"],
    ["a timestamp 301 s in the future", () => signed({ at: nowSeconds() + 301 }), "timestamp_too_new"],
    ["a missing webhook-id", async () => { const d = await signed(); delete d.headers["webhook-id"]; return d; }, "missing_header"],
    ["a missing webhook-signature", async () => { const d = await signed(); delete d.headers["webhook-signature"]; return d; }, "missing_header"],
    ["an empty webhook-timestamp", async () => { const d = await signed(); d.headers["webhook-timestamp"] = ""; return d; }, "missing_header"],
    ["a timestamp that is not a number", async () => { const d = await signed(); d.headers["webhook-timestamp"] = "yesterday"; return d; }, "malformed_header"],
    ["a signature without its version", async () => { const d = await signed(); d.headers["webhook-signature"] = d.headers["webhook-signature"]!.slice(3); return d; }, "malformed_header"],
    ["a signature of another version", async () => { const d = await signed(); d.headers["webhook-signature"] = `v2,${d.headers["webhook-signature"]!.slice(3)}`; return d; }, "malformed_header"],
    ["a truncated signature", async () => { const d = await signed(); d.headers["webhook-signature"] = d.headers["webhook-signature"]!.slice(0, -2); return d; }, "no_matching_signature"],
    ["a signature of another id", async () => { const d = await signed(); d.headers["webhook-id"] = "msg_other"; return d; }, "no_matching_signature"],
  ];

  it.each(cases)("%s", async (_, make, code) => {
    const delivery = await make();
    expect(othersAccept(delivery.body, delivery.headers)).toEqual({ svix: false, standardwebhooks: false, seam: false });
    const result = await pkg.verifyWebhookSignature(delivery.body, delivery.headers, secret);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual([code]);
  });

  it("a timestamp just inside the tolerance passes every library, and a configured tolerance and clock are used", async () => {
    const delivery = await signed({ at: nowSeconds() - 290 });
    expect(othersAccept(delivery.body, delivery.headers)).toEqual({ svix: true, standardwebhooks: true, seam: true });
    expect(await weAccept(delivery.body, delivery.headers)).toBe(true);
    const strict = await pkg.verifyWebhookSignature(delivery.body, delivery.headers, secret, { tolerance: 60 });
    expect(strict).toMatchObject({ ok: false, stage: "timestamp", errors: [{ code: "timestamp_too_old" }] });
    const then = await pkg.verifyWebhookSignature(delivery.body, delivery.headers, secret, { tolerance: 60, now: () => (nowSeconds() - 290) * 1000 });
    expect(then.ok).toBe(true);
  });
});

describe("verification never throws on what a request carries", () => {
  it("answers a result for hostile header bags and bodies", async () => {
    const good = await pkg.createSignedDelivery(event, { secret });
    const throwing = new Proxy({}, { get: () => { throw new Error("trap"); }, ownKeys: () => { throw new Error("trap"); } });
    const bags: unknown[] = [{}, throwing, { "webhook-id": ["a", "b"], "webhook-timestamp": 5, "webhook-signature": null }, new Headers()];
    for (const headers of bags) {
      const result = await pkg.verifyWebhookSignature(good.body, headers as Record<string, string>, secret);
      expect(result.ok).toBe(false);
    }
    for (const body of [{ parsed: true }, null, 42]) {
      const result = await pkg.verifyWebhookSignature(body as unknown as string, good.headers, secret);
      expect(result.ok).toBe(false);
    }
  });

  it("reports the stage that failed: json for a signed body that is not JSON, schema for an invalid event", async () => {
    const notJson = await pkg.createSignedDeliveryOfBody("{ not json", { secret });
    expect(await pkg.verifySeamEventWebhook(notJson.body, notJson.headers, { secret })).toMatchObject({ ok: false, stage: "json", errors: [{ code: "json_parse" }] });
    const notUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    const signature = await pkg.signWebhookBody(secret, "msg_bytes", nowSeconds(), notUtf8);
    const bytes = await pkg.verifySeamEventWebhook(notUtf8, { "webhook-id": "msg_bytes", "webhook-timestamp": String(nowSeconds()), "webhook-signature": signature }, { secret });
    expect(bytes).toMatchObject({ ok: false, stage: "json" });
    const [broken] = pkg.createInvalidSeamEvents("lock.unlocked");
    const invalid = await pkg.createSignedDelivery(broken!.payload, { secret });
    expect(await pkg.verifySeamEventWebhook(invalid.body, invalid.headers, { secret })).toMatchObject({ ok: false, stage: "schema", errors: [{ path: broken!.path, code: broken!.code }] });
  });

  it("throws only for a secret that is not base64: a mistake in the receiver's configuration", async () => {
    const good = await pkg.createSignedDelivery(event, { secret });
    await expect(pkg.verifyWebhookSignature(good.body, good.headers, "whsec_not base64!")).rejects.toThrow(/base64/);
  });
});
