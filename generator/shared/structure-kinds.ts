/**
 * The values of ts-morph's enums that the code targets build their structures with, known without
 * loading ts-morph and the TypeScript under it (a quarter of a CPU-second): a run whose statements all
 * come from the cache, and whose type-check the cache remembers, then loads neither.
 * test/pipeline/structure-kinds.test.ts compares each value with ts-morph's own.
 */
import type { StructureKind as Kind, VariableDeclarationKind as DeclarationKind } from "ts-morph";

export const StructureKind = {
  ExportDeclaration: 11 as Kind.ExportDeclaration,
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  TypeAlias: 38 as Kind.TypeAlias,
  VariableStatement: 41 as Kind.VariableStatement,
} as const;

export const VariableDeclarationKind = {
  Const: "const" as DeclarationKind.Const,
} as const;
