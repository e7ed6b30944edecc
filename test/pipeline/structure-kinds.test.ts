import * as tsMorph from "ts-morph";
import { expect, test } from "vitest";
import { StructureKind, VariableDeclarationKind } from "../../generator/shared/ts-morph.js";

test("the structure kinds the targets use are ts-morph's own values", () => {
  for (const [name, value] of Object.entries(StructureKind)) expect(value, name).toBe(tsMorph.StructureKind[name as keyof typeof StructureKind]);
  for (const [name, value] of Object.entries(VariableDeclarationKind)) expect(value, name).toBe(tsMorph.VariableDeclarationKind[name as keyof typeof VariableDeclarationKind]);
});
