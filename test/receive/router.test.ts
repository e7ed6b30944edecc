/**
 * The handler registry: which handlers a delivery reaches (by name, family by whole segments, any),
 * the hooks (unknown, invalid, before, error), failures collected into one AggregateError, and the
 * status each outcome answers.
 */
import { describe, expect, it } from "vitest";
import { createWebhookReceiver } from "../../generated/dist/esm/receiver-runtime.js";
import { nowSeconds, pkg, secret } from "./helpers.js";

const sign = (payload: unknown, id?: string) => pkg.createSignedDelivery(payload, { secret, ...(id ? { id } : {}) });

async function deliver(receiver: { receive(body: string, headers: Record<string, string>): Promise<unknown> }, payload: unknown, id?: string) {
  const delivery = await sign(payload, id);
  return receiver.receive(delivery.body, delivery.headers);
}

describe("routing events of the catalogue", () => {
  it("runs the handlers of the name, of each family from the nearest, then onAny, and answers 204", async () => {
    const calls: string[] = [];
    const receiver = pkg
      .createSeamEventReceiver({ secret })
      .onAny((event) => void calls.push(`any ${event.event_type}`))
      .on("lock", (event) => void calls.push(`lock ${event.event_type}`))
      .on("lock.unlocked", (event, delivery) => void calls.push(`unlocked ${event.method} ${delivery.id}`))
      .on(["lock.locked", "lock.unlocked"], (event) => void calls.push(`either ${event.event_type}`))
      .on("device", (event) => void calls.push(`device ${event.event_type}`));
    const unlocked = pkg.createSeamEvent("lock.unlocked", { method: "keycode" });
    expect(await deliver(receiver, unlocked, "msg_a")).toEqual({ status: 204, result: "handled" });
    expect(calls.splice(0)).toEqual(["unlocked keycode msg_a", "either lock.unlocked", "lock lock.unlocked", "any lock.unlocked"]);
    expect(await deliver(receiver, pkg.createSeamEvent("lock.locked"))).toEqual({ status: 204, result: "handled" });
    expect(calls.splice(0)).toEqual(["either lock.locked", "lock lock.locked", "any lock.locked"]);
    await deliver(receiver, pkg.createSeamEvent("access_code.created"));
    expect(calls.splice(0)).toEqual(["any access_code.created"]);
  });

  it("a family of several segments gets the events under it, and an event name that is also a family gets both", async () => {
    const seen: string[] = [];
    const receiver = pkg
      .createSeamEventReceiver({ secret })
      .on("device.error", (event) => void seen.push(`error ${event.event_type}`))
      .on("device.error.subscription_required", (event) => void seen.push(`required ${event.event_type}`));
    for (const type of ["device.error.subscription_required", "device.error.subscription_required.resolved", "device.low_battery"] as const) {
      await deliver(receiver, pkg.createSeamEvent(type));
    }
    expect(seen).toEqual([
      "required device.error.subscription_required",
      "error device.error.subscription_required",
      "required device.error.subscription_required.resolved",
      "error device.error.subscription_required.resolved",
    ]);
  });

  it("matches families by whole segments only: device.error never gets device.error_other", async () => {
    // A catalogue where device.error_other is a known event, through the runtime's own entry point.
    const validate = (input: unknown) => ({ ok: true as const, value: input as { kind: string } });
    const receiver = createWebhookReceiver<{ kind: string }, "kind", string, never>({ secret }, validate, "kind");
    const seen: string[] = [];
    receiver.on("device.error", (event: { kind: string }) => void seen.push(`family ${event.kind}`)).onAny((event) => void seen.push(`any ${event.kind}`));
    for (const kind of ["device.error_other", "device.errors.x", "device.error.x.y", "device"]) await deliver(receiver, { kind });
    expect(seen).toEqual(["any device.error_other", "any device.errors.x", "family device.error.x.y", "any device.error.x.y", "any device"]);
  });
});

describe("hooks and outcomes", () => {
  it("an unknown but well-signed event type goes to onUnknown only, answered 2xx", async () => {
    const seen: unknown[] = [];
    const receiver = pkg
      .createSeamEventReceiver({ secret })
      .onAny(() => void seen.push("any"))
      .on("lock", () => void seen.push("lock"))
      .onUnknown((event) => void seen.push(event.event_type));
    const outcome = await deliver(receiver, { ...pkg.createSeamEvent("lock.unlocked"), event_type: "lock.jammed_in_the_future" });
    expect(outcome).toEqual({ status: 204, result: "unknown" });
    expect(seen).toEqual(["lock.jammed_in_the_future"]);
  });

  it("a signed invalid payload goes to onInvalid, answered 400 with the schema errors; a body that is not JSON too", async () => {
    const failures: unknown[] = [];
    const receiver = pkg.createSeamEventReceiver({ secret }).onInvalid((failure) => void failures.push(failure));
    const broken = pkg.createInvalidSeamEvents("lock.unlocked").find((c) => c.code === "format")!;
    expect(await deliver(receiver, broken.payload)).toMatchObject({ status: 400, result: "invalid", stage: "schema", errors: [{ path: broken.path, code: "format" }] });
    const notJson = await pkg.createSignedDeliveryOfBody("[1,", { secret });
    expect(await receiver.receive(notJson.body, notJson.headers)).toMatchObject({ status: 400, stage: "json" });
    expect(failures).toMatchObject([{ stage: "schema" }, { stage: "json" }]);
  });

  it("a bad signature or an old timestamp is answered 401 and reaches no handler or hook", async () => {
    const seen: string[] = [];
    const receiver = pkg
      .createSeamEventReceiver({ secret, tolerance: 10, now: () => Date.now() })
      .onAny(() => void seen.push("any"))
      .onInvalid(() => void seen.push("invalid"))
      .before(() => void seen.push("before"));
    const event = pkg.createSeamEvent("lock.unlocked");
    const forged = await pkg.createSignedDelivery(event, { secret: "whsec_Zm9yZ2Vk" });
    expect(await receiver.receive(forged.body, forged.headers)).toMatchObject({ status: 401, stage: "signature" });
    const stale = await pkg.createSignedDelivery(event, { secret, timestamp: nowSeconds() - 11 });
    expect(await receiver.receive(stale.body, stale.headers)).toMatchObject({ status: 401, stage: "timestamp" });
    expect(seen).toEqual([]);
  });

  it("every handler runs even when some throw; their failures come back as one AggregateError, answered 500", async () => {
    const ran: string[] = [];
    const reported: AggregateError[] = [];
    const receiver = pkg
      .createSeamEventReceiver({ secret })
      .on("lock.unlocked", () => {
        ran.push("first");
        throw new Error("first failed");
      })
      .on("lock", async () => {
        ran.push("second");
      })
      .onAny(async () => {
        ran.push("third");
        throw new Error("third failed");
      })
      .onError((error) => void reported.push(error));
    const outcome = (await deliver(receiver, pkg.createSeamEvent("lock.unlocked"))) as { status: number; error: AggregateError };
    expect(outcome.status).toBe(500);
    expect(outcome.error).toBeInstanceOf(AggregateError);
    expect(outcome.error.errors.map((e: Error) => e.message)).toEqual(["first failed", "third failed"]);
    expect(ran).toEqual(["first", "second", "third"]);
    expect(reported).toEqual([outcome.error]);
  });

  it("the before hook deduplicates on the delivery id: a retry of a handled message is answered 2xx without the handlers", async () => {
    const handled: string[] = [];
    const seenIds = new Set<string>();
    const receiver = pkg
      .createSeamEventReceiver({ secret })
      .before((_, delivery) => {
        if (seenIds.has(delivery.id)) return false;
        seenIds.add(delivery.id);
      })
      .on("lock.locked", (event) => void handled.push(event.event_id));
    const event = pkg.createSeamEvent("lock.locked");
    expect(await deliver(receiver, event, "msg_once")).toEqual({ status: 204, result: "handled" });
    expect(await deliver(receiver, event, "msg_once")).toEqual({ status: 204, result: "skipped" });
    expect(await deliver(receiver, event, "msg_twice")).toEqual({ status: 204, result: "handled" });
    expect(handled).toEqual([event.event_id, event.event_id]);
  });

  it("a throwing before hook or error hook still answers 500, never throws", async () => {
    const receiver = pkg
      .createSeamEventReceiver({ secret })
      .before(() => {
        throw new Error("store down");
      })
      .onError(() => {
        throw new Error("logger down");
      });
    const outcome = (await deliver(receiver, pkg.createSeamEvent("lock.locked"))) as { status: number; error: AggregateError };
    expect(outcome.status).toBe(500);
    expect(outcome.error.errors.map((e: Error) => e.message)).toEqual(["store down", "logger down"]);
  });
});
