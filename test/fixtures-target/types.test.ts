/**
 * The factories' types, checked by the TypeScript compiler on a consumer of the generated sources:
 * the union factory returns exactly the named event, overrides are a type-checked deep partial, and an
 * unknown event type does not compile.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { miniSpec } from "./helpers.js";

const consumer = `
import { createDeviceLowBatteryEvent, createLockUnlockedEvent, createMiniEvent, createInvalidMiniEvents, type InvalidFixture, type LockUnlockedEvent, type DeviceLowBatteryEvent } from "./src/index.js";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const device_id = "0f8e7d6c-5b4a-4938-8776-655443322110";

const unlocked = createMiniEvent("lock.unlocked", { device_id }, { seed: 1, optional: "all" });
const exactlyUnlocked: Equals<typeof unlocked, LockUnlockedEvent> = true;
const low = createMiniEvent("device.low_battery");
const exactlyLow: Equals<typeof low, DeviceLowBatteryEvent> = true;
const method: "keycode" | "manual" | "seamapi" = unlocked.method;

createLockUnlockedEvent({ method: "manual", access_code_id: null, device_custom_metadata: { unit: "4B", managed: true } });
createDeviceLowBatteryEvent({ errors: [{ error_code: "x", message: "y", created_at: "2025-01-01T00:00:00Z" }] });
createLockUnlockedEvent({ access_code_id: undefined });
const invalid: InvalidFixture[] = createInvalidMiniEvents("device.removed", { seed: 2 });

// @ts-expect-error an event type that does not exist
createMiniEvent("lock.unlockd");
// @ts-expect-error a value outside the enum
createLockUnlockedEvent({ method: "telepathy" });
// @ts-expect-error a property the event does not have
createLockUnlockedEvent({ battery_level: 0.5 });
// @ts-expect-error a wrong type inside a record
createLockUnlockedEvent({ device_custom_metadata: { unit: 4 } });
// @ts-expect-error arrays are given whole, with complete items
createDeviceLowBatteryEvent({ errors: [{ message: "only part" }] });
// @ts-expect-error the overrides follow the event type given
createMiniEvent("device.removed", { method: "manual" });
// @ts-expect-error an optional mode that does not exist
createMiniEvent("device.removed", {}, { optional: "some" });

export { exactlyUnlocked, exactlyLow, method, invalid };
`;

const dir = mkdtempSync(join(tmpdir(), "fixtures-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the generated factories' types", () => {
  it("type the result as exactly the event, check overrides and reject unknown event types", async () => {
    const files = await renderCatalogue(readCatalogue({ specPath: miniSpec }), { only: ["types", "fixtures"] });
    for (const file of files.filter((f) => f.path.startsWith("src/"))) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    writeFileSync(join(dir, "consumer.ts"), consumer);
    const program = ts.createProgram([join(dir, "consumer.ts")], {
      strict: true,
      noEmit: true,
      noUnusedLocals: true,
      exactOptionalPropertyTypes: false,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.slice(dir.length)}:` : ""} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  });
});
