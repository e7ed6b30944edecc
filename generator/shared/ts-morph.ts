/**
 * ts-morph, and the TypeScript under it, only when a run prints or type-checks new TypeScript: loading
 * them is a quarter of a CPU-second at every start, which validate, send, diff and a fully cached
 * generate or check do not pay. The targets build their structures with the enum values below, known
 * without loading ts-morph; test/pipeline/structure-kinds.test.ts compares them with ts-morph's own.
 */
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";
import type { StructureKind as Kind, VariableDeclarationKind as DeclarationKind } from "ts-morph";

let loaded: typeof TsMorph | undefined;

export function tsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
  return loaded;
}

export const StructureKind = {
  ExportDeclaration: 11 as Kind.ExportDeclaration,
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  TypeAlias: 38 as Kind.TypeAlias,
  VariableStatement: 41 as Kind.VariableStatement,
} as const;

export const VariableDeclarationKind = { Const: "const" as DeclarationKind.Const } as const;
