/**
 * The validators' result types, checked by the TypeScript compiler on a consumer of the generated
 * sources: strict results are as before; a lenient result says in its type that the event may be one
 * this version does not know, and narrows to the exact event once `known` is true.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { readCatalogue, renderCatalogue } from "../../generator/pipeline.js";
import { miniSpecPath } from "./helpers.js";

const consumer = `
import { validateMiniEvent, validateLockUnlockedEvent, type MiniEvent, type LockUnlockedEvent, type UnknownMiniEvent, type ValidationResult, type LenientValidationResult, type ValidationWarning, type ValidateOptions } from "./src/index.js";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
declare const input: unknown;

const strict = validateMiniEvent(input);
const strictIsAsBefore: Equals<typeof strict, ValidationResult<MiniEvent>> = true;
const strictNamed = validateMiniEvent(input, { policy: "strict", abortEarly: true, maxErrors: 5 });
const strictNamedIsAsBefore: Equals<typeof strictNamed, ValidationResult<MiniEvent>> = true;

const lenient = validateMiniEvent(input, { policy: "lenient" });
const lenientType: Equals<typeof lenient, LenientValidationResult<MiniEvent, UnknownMiniEvent>> = true;
const warnings: ValidationWarning[] = lenient.warnings;
if (lenient.ok) {
  if (lenient.known) {
    const exact: Equals<typeof lenient.value, MiniEvent> = true;
    // Exhaustive handling still works on the known branch.
    switch (lenient.value.event_type) {
      case "lock.unlocked":
      case "device.low_battery":
      case "device.removed":
        break;
      default: {
        const never: never = lenient.value;
        void never;
      }
    }
    void exact;
  } else {
    const unknown: Equals<typeof lenient.value, UnknownMiniEvent> = true;
    const type: string = lenient.value.event_type;
    // @ts-expect-error an unknown event has no typed properties
    const method: string = lenient.value.method;
    void unknown, type, method;
  }
  // @ts-expect-error without checking known, the value may be an unknown event
  const notYet: MiniEvent = lenient.value;
  void notYet;
} else {
  const codes: string[] = lenient.errors.map((e) => e.code);
  void codes;
}

const one = validateLockUnlockedEvent(input, { policy: "lenient" });
if (one.ok && one.known) {
  const exactOne: Equals<typeof one.value, LockUnlockedEvent> = true;
  void exactOne;
}

declare const chosen: ValidateOptions;
const either = validateMiniEvent(input, chosen);
const eitherType: Equals<typeof either, ValidationResult<MiniEvent> | LenientValidationResult<MiniEvent, UnknownMiniEvent>> = true;

// @ts-expect-error a policy that does not exist
validateMiniEvent(input, { policy: "loose" });
// @ts-expect-error a strict result has no warnings
strict.warnings;

export { strictIsAsBefore, strictNamedIsAsBefore, lenientType, warnings, eitherType };
`;

const dir = mkdtempSync(join(tmpdir(), "lenient-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the generated validators' types", () => {
  it("keep strict results as they were and type lenient ones as possibly unknown events", async () => {
    const files = await renderCatalogue(readCatalogue({ specPath: miniSpecPath }), { only: ["types", "validators"] });
    for (const file of files.filter((f) => f.path.startsWith("src/"))) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    writeFileSync(join(dir, "consumer.ts"), consumer);
    const program = ts.createProgram([join(dir, "consumer.ts")], {
      strict: true,
      noEmit: true,
      noUnusedLocals: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: [],
      // TypeScript's own lib files are not what is tested here, and checking them was most of the time.
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.slice(dir.length)}:` : ""} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  });
});
