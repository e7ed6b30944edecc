import { posix } from "node:path";
import { transform } from "esbuild";
import { isolatedDeclarationSync, transformSync } from "oxc-transform";
import type { EmittedFile } from "../targets/target.js";

const SOURCE_DIR = "src/";

export interface CompileOptions {
  /** Module systems to build; both by default. */
  formats?: readonly ("esm" | "cjs")[];
  /** Whether to produce .d.ts files; true by default. */
  declarations?: boolean;
  /**
   * For code that only runs in this process (the CLI's validate and fixture): oxc strips the types in process,
   * several times faster than esbuild's round trip to its own process, and lowers nothing.
   */
  thisProcessOnly?: boolean;
}

/**
 * Turns the package's TypeScript sources into what consumers load: ES modules under dist/esm and
 * CommonJS under dist/cjs, each with declarations. Every file is compiled on its own, with no type
 * check and no program: esbuild strips the types and lowers the syntax to ES2020 (ten times faster
 * than TypeScript's own transpiler on the validators), and oxc writes the declarations under
 * TypeScript's isolatedDeclarations rules (a hundred times faster than TypeScript's
 * transpileDeclaration), which is why the sources are written with explicit types.
 */
export async function compilePackage(files: readonly EmittedFile[], options: CompileOptions = {}): Promise<EmittedFile[]> {
  const { formats = ["esm", "cjs"], declarations = true, thisProcessOnly = false } = options;
  // esbuild's transforms run side by side on its own threads; oxc's are quick and synchronous.
  const perFile = await Promise.all(
    files
      .filter((file) => file.path.startsWith(SOURCE_DIR) && file.path.endsWith(".ts"))
      .map(async (file) => {
        const base = file.path.slice(SOURCE_DIR.length, -".ts".length);
        const declaration = declarations ? declare(file) : undefined;
        const modules = await Promise.all(formats.map((format) => (format === "esm" && thisProcessOnly ? stripTypes(file) : esbuild(file, format))));
        return formats.flatMap((folder, i) => [
          { path: `dist/${folder}/${base}.js`, contents: modules[i]! },
          ...(declaration !== undefined ? declarationFiles(`dist/${folder}/${base}.d.ts`, file.path, declaration) : []),
        ]);
      }),
  );
  const output = perFile.flat();
  // Nothing compiled (a run of docs alone) needs no marker either.
  return output.length > 0 ? [...output, ...formatMarkers(formats)] : output;
}

/** CommonJS files keep the .js extension: this marker makes Node and TypeScript read them as CommonJS. */
export function formatMarkers(formats: readonly string[]): EmittedFile[] {
  return formats.includes("cjs") ? [{ path: "dist/cjs/package.json", contents: `${JSON.stringify({ type: "commonjs" }, null, 2)}\n` }] : [];
}

function stripTypes(file: EmittedFile): string {
  const result = transformSync(file.path, file.contents, { target: "esnext", sourcemap: false });
  if (result.errors.length > 0) throw new Error(`cannot compile ${file.path}:\n${result.errors.map((error) => error.codeframe ?? error.message).join("\n")}`);
  return result.code;
}

async function esbuild(file: EmittedFile, format: "esm" | "cjs"): Promise<string> {
  return (await transform(file.contents, { loader: "ts", format, target: "es2020", sourcefile: file.path })).code;
}

/**
 * The .d.ts and its declaration map, whose source is the shipped src/ file (not copied into the map), so an
 * editor's go-to-definition opens the TypeScript source rather than the declaration.
 */
function declarationFiles(path: string, sourcePath: string, declaration: { code: string; map: { mappings: string; names: string[] } }): EmittedFile[] {
  const name = posix.basename(path);
  const map = { version: 3, file: name, sourceRoot: "", sources: [posix.relative(posix.dirname(path), sourcePath)], names: declaration.map.names, mappings: declaration.map.mappings };
  return [
    { path, contents: `${declaration.code}//# sourceMappingURL=${name}.map\n` },
    { path: `${path}.map`, contents: `${JSON.stringify(map)}\n` },
  ];
}

function declare(file: EmittedFile): { code: string; map: { mappings: string; names: string[] } } {
  const declaration = isolatedDeclarationSync(file.path, file.contents, { sourcemap: true });
  if (declaration.errors.length > 0) {
    const text = declaration.errors.map((error) => error.codeframe ?? error.message).join("\n");
    throw new Error(`cannot produce declarations for ${file.path}:\n${text}`);
  }
  if (declaration.map === undefined) throw new Error(`no declaration map for ${file.path}`);
  return { code: declaration.code, map: declaration.map };
}
