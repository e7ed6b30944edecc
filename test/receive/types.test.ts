/**
 * The receiver's types, checked by the TypeScript compiler on a consumer of the generated sources: a
 * handler is narrowed to exactly its event, a family handler to the union of its family, and an event
 * type or family that does not exist does not compile. Compiled against the declarations consumers get,
 * twice: with the DOM library (browsers, workers, Deno) and with Node's types only.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const consumer = `
import { createSeamEventReceiver, type LockUnlockedEvent, type LockLockedEvent, type LockAccessDeniedEvent, type SeamEvent, type UnknownSeamEvent, type SeamEventMatching, type DeviceErrorSubscriptionRequiredEvent, type DeviceErrorSubscriptionRequiredResolvedEvent } from "./esm/index.js";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const receiver = createSeamEventReceiver({ secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });

receiver.on("lock.unlocked", (event, delivery) => {
  const exactly: Equals<typeof event, LockUnlockedEvent> = true;
  const id: string = delivery.id;
  return [exactly, id];
});
receiver.on(["lock.locked", "lock.unlocked"], (event) => {
  const either: Equals<typeof event, LockLockedEvent | LockUnlockedEvent> = true;
  return either;
});
receiver.on("lock", (event) => {
  const family: Equals<typeof event, LockAccessDeniedEvent | LockLockedEvent | LockUnlockedEvent> = true;
  return family;
});
receiver.on("device.error", (event) => {
  const family: Equals<typeof event, DeviceErrorSubscriptionRequiredEvent | DeviceErrorSubscriptionRequiredResolvedEvent> = true;
  return family;
});
const matching: Equals<SeamEventMatching<"lock">, Extract<SeamEvent, { event_type: \`lock.\${string}\` }>> = true;
receiver.onAny((event) => {
  const any: Equals<typeof event, SeamEvent> = true;
  return any;
});
receiver.onUnknown((event) => {
  const unknown: Equals<typeof event, UnknownSeamEvent> = true;
  const type: string = event.event_type;
  return [unknown, type];
});

// @ts-expect-error an event type that does not exist
receiver.on("lock.jammed", () => undefined);
// @ts-expect-error a family matches whole segments: "loc" is no family
receiver.on("loc", () => undefined);
// @ts-expect-error one unknown name in a list is enough
receiver.on(["lock.locked", "lock.jammed"], () => undefined);
// @ts-expect-error the handler of lock.unlocked does not receive lock.locked's properties
receiver.on("lock.unlocked", (event: LockLockedEvent) => event);

const fetchHandler: (request: Request) => Promise<Response> = receiver.fetch;
export { matching, fetchHandler };
`;

const dir = mkdtempSync(join(tmpdir(), "receiver-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function diagnosticsOf(options: ts.CompilerOptions): string[] {
  const program = ts.createProgram([join(dir, "consumer.ts")], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    ...options,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.slice(dir.length)}:` : ""} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe("the generated receiver's types", () => {
  cpSync(resolve(import.meta.dirname, "../../generated/dist/esm"), join(dir, "esm"), { recursive: true, filter: (path) => !path.endsWith(".js") });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(dir, "consumer.ts"), consumer);

  it("narrow handlers to their event or family and reject unknown names, with the DOM library", () => {
    expect(diagnosticsOf({ types: [] })).toEqual([]);
  });

  it("and with Node's types instead of the DOM library", () => {
    expect(diagnosticsOf({ lib: ["lib.es2022.d.ts"], types: ["node"], typeRoots: [resolve(import.meta.dirname, "../../node_modules/@types")] })).toEqual([]);
  });
});
