import { describe, expect, it } from "vitest";
import { readCatalogue } from "../../generator/pipeline.js";

const model = readCatalogue({ specPath: "test/fixtures/specs/mini" });
const event = (name: string) => model.events.find((e) => e.name === name)!;
const property = (eventName: string, name: string) => event(eventName).properties.find((p) => p.name === name);

describe("the model stage", () => {
  it("sorts events by name and names their types", () => {
    expect(model.events.map((e) => [e.name, e.typeName])).toEqual([
      ["device.low_battery", "DeviceLowBatteryEvent"],
      ["device.removed", "DeviceRemovedEvent"],
      ["lock.unlocked", "LockUnlockedEvent"],
    ]);
  });

  it("puts the discriminator first, then group properties in include order, then the event's own", () => {
    expect(event("lock.unlocked").properties.map((p) => p.name)).toEqual([
      "event_type",
      "event_id",
      "created_at",
      "workspace_id",
      "occurred_at",
      "event_description",
      "device_id",
      "device_custom_metadata",
      "method",
      "access_code_id",
    ]);
    expect(property("lock.unlocked", "event_type")?.type).toEqual({ kind: "literal", value: "lock.unlocked" });
  });

  it("lets an event narrow an inherited property with override, and records the decision", () => {
    expect(property("lock.unlocked", "device_custom_metadata")?.required).toBe(false);
    const narrowed = property("device.low_battery", "device_custom_metadata")!;
    expect(narrowed.required).toBe(true);
    expect(narrowed.decision).toMatch(/Always present/);
    expect(narrowed.group).toBe("device_scoped");
  });

  it("lets an event drop an inherited property with omit", () => {
    expect(property("device.removed", "device_custom_metadata")).toBeUndefined();
    expect(property("device.removed", "device_id")).toBeDefined();
  });

  it("keeps required and nullable apart", () => {
    const accessCode = property("lock.unlocked", "access_code_id")!;
    expect([accessCode.required, accessCode.nullable]).toEqual([false, true]);
  });

  it("records groups transitively, aliases, deprecation and summaries", () => {
    expect(event("lock.unlocked").groups).toEqual(["device_scoped", "common"]);
    expect(event("device.low_battery").aliases).toEqual(["device.battery_low"]);
    expect(event("device.removed").deprecated).toBe("Use device.deleted.");
    expect(event("lock.unlocked").summary).toBe("A lock was unlocked, by any means.");
    expect(event("device.low_battery").summary).toBe("A device's battery is low.");
  });

  it("derives the package's names from the union name", () => {
    expect(model.package).toMatchObject({
      unionName: "MiniEvent",
      eventTypeName: "MiniEventType",
      eventOfName: "MiniEventOf",
      eventTypesConstName: "MINI_EVENT_TYPES",
      discriminator: "event_type",
    });
  });
});
