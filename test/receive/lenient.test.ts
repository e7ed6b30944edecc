/**
 * Receiving is lenient: what a newer catalogue may legitimately send (an enum value, a property, an
 * event type this version does not know yet, an older event name) is accepted and routed, each with a
 * warning on the delivery; real errors (a wrong type, a missing property) are still answered 400.
 */
import { describe, expect, it } from "vitest";
import { pkg, secret } from "./helpers.js";

async function receiveOne(payload: unknown) {
  const seen: { handler: string; event: { event_type: string }; warnings: readonly { path: string; code: string }[] }[] = [];
  const receiver = pkg
    .createSeamEventReceiver({ secret })
    .on("lock.unlocked", (event, delivery) => void seen.push({ handler: "lock.unlocked", event, warnings: delivery.warnings }))
    .on("device.low_battery", (event, delivery) => void seen.push({ handler: "device.low_battery", event, warnings: delivery.warnings }))
    .onUnknown((event, delivery) => void seen.push({ handler: "unknown", event, warnings: delivery.warnings }));
  const delivery = await pkg.createSignedDelivery(payload, { secret });
  return { outcome: await receiver.receive(delivery.body, delivery.headers), seen };
}

describe("lenient receiving", () => {
  it("routes an event with an enum value this version does not know, with an unknown_enum_value warning", async () => {
    const { outcome, seen } = await receiveOne({ ...pkg.createSeamEvent("lock.unlocked"), method: "face_recognition" });
    expect(outcome).toEqual({ status: 204, result: "handled" });
    expect(seen).toMatchObject([{ handler: "lock.unlocked", warnings: [{ path: "/method", code: "unknown_enum_value" }] }]);
  });

  it("routes an older event name to today's handler, as today's event, with an event_type_alias warning", async () => {
    const alias = Object.keys(pkg.SEAM_EVENT_TYPES_BY_ALIAS).find((name) => pkg.SEAM_EVENT_TYPES_BY_ALIAS[name] === "device.low_battery")!;
    const { outcome, seen } = await receiveOne({ ...pkg.createSeamEvent("device.low_battery"), event_type: alias });
    expect(outcome).toEqual({ status: 204, result: "handled" });
    expect(seen).toMatchObject([{ handler: "device.low_battery", event: { event_type: "device.low_battery" } }]);
    expect(seen[0]!.warnings.map((w) => w.code)).toContain("event_type_alias");
  });

  it("routes an event with a property this version does not know, with an unknown_property warning", async () => {
    const { outcome, seen } = await receiveOne({ ...pkg.createSeamEvent("lock.unlocked"), unlocked_by_robot: true });
    expect(outcome).toEqual({ status: 204, result: "handled" });
    expect(seen[0]!.warnings).toMatchObject([{ path: "/unlocked_by_robot", code: "unknown_property" }]);
  });

  it("gives an unknown event type to onUnknown with an unknown_event_type warning", async () => {
    const { outcome, seen } = await receiveOne({ ...pkg.createSeamEvent("lock.unlocked"), event_type: "lock.jammed" });
    expect(outcome).toEqual({ status: 204, result: "unknown" });
    expect(seen).toMatchObject([{ handler: "unknown", event: { event_type: "lock.jammed" } }]);
    expect(seen[0]!.warnings.map((w) => w.code)).toContain("unknown_event_type");
  });

  it("still answers 400 to a wrong type or a missing required property", async () => {
    const wrongType = await receiveOne({ ...pkg.createSeamEvent("lock.unlocked"), method: 42 });
    expect(wrongType.outcome).toMatchObject({ status: 400, stage: "schema", errors: [{ path: "/method", code: "type" }] });
    const { event_id: _, ...missing } = pkg.createSeamEvent("lock.unlocked");
    expect((await receiveOne(missing)).outcome).toMatchObject({ status: 400, stage: "schema", errors: [{ path: "/event_id", code: "required" }] });
    expect(wrongType.seen).toEqual([]);
  });
});
