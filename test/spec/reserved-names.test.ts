/**
 * The names the collision check reserves are the names the generated package really exports: every
 * export of generated/ (read by TypeScript's compiler from the package's index) is either derived from
 * the spec by model/naming.ts or one the package declares whatever the spec.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { fixedPackageNames, standardGlobalNames } from "../../generator/check/reserved-names.js";
import { specDerivedNames } from "../../generator/model/naming.js";
import { readCatalogue } from "../../generator/pipeline.js";

function exportsOf(index: string): string[] {
  const program = ts.createProgram([index], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  return checker.getExportsOfModule(module).map((symbol) => symbol.name);
}

describe("reserved names", () => {
  it("cover every export of the generated package", () => {
    const model = readCatalogue({ specPath: "spec/catalogue" });
    const derived = specDerivedNames({
      unionName: model.package.unionName,
      eventTypeName: model.package.eventTypeName,
      events: model.events.map((e) => e.name),
      groups: model.groups.map((g) => g.key),
      enums: model.enums.map((e) => e.name),
      shapes: model.shapes.map((s) => s.name),
    }).map((n) => n.name);
    const fixed = fixedPackageNames();
    const exported = exportsOf("generated/src/index.ts");
    expect(exported.length).toBeGreaterThan(400);
    expect(exported.filter((name) => !derived.includes(name) && !fixed.has(name))).toEqual([]);
    // Spec-derived names are the package's own, never a runtime's or a global.
    expect(derived.filter((name) => fixed.has(name) || standardGlobalNames().has(name))).toEqual([]);
  });

  it("include the runtimes' exports and the standard globals generated code relies on", () => {
    for (const name of ["ValidationError", "Validate", "StandardSchemaV1", "ValidationResult", "FixtureOptions", "DeepPartial"]) expect(fixedPackageNames().has(name), name).toBe(true);
    for (const name of ["Record", "Array", "Object", "Promise", "Readonly", "Partial", "Map", "Set", "JSON", "Error"]) expect(standardGlobalNames().has(name), name).toBe(true);
  });
});
