/**
 * The generator, top to bottom: load → check → model → emit per target → format → compile → write.
 * Each stage is a small function in its own folder; this file only strings them together.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compilePackage } from "./compile/compile.js";
import { SpecError } from "./diagnostics/diagnostic.js";
import { formatFiles } from "./format/format.js";
import type { CacheFile } from "./cache/cache-file.js";
import { formatPool } from "./format/format-pool.js";
import type { LoadCache, SpecSources } from "./load/load-spec.js";
import type { CatalogueModel } from "./model/types.js";
import { defaultSpecPath } from "./read/default-spec-path.js";
import { readCatalogue as readStages } from "./read/read-catalogue.js";
import { packageTarget, targets } from "./targets/index.js";
import type { EmitCache, EmittedFile, GeneratedPackage, TargetContext, TargetName } from "./targets/target.js";
import { builtinTemplatesDir } from "./templating/templates.js";
import { guardOutputFolder } from "./write/output-folder.js";
import { findDrift, writeOutput, type Drift, type WriteFs } from "./write/write.js";
import { typeCheckPackage } from "./typecheck/type-check.js";

export const projectRoot = resolve(import.meta.dirname, "..");
export { defaultSpecPath };
export const defaultOutDir = resolve(projectRoot, "generated");

export interface StageTimer {
  (stage: string, ms: number): void;
}

export interface GenerateOptions {
  specPath?: string;
  /** Spec text by path; read from specPath when absent. */
  sources?: SpecSources;
  /** The catalogue, when the caller reads it already (the tool reads it on another thread while the generator loads). */
  model?: CatalogueModel | Promise<CatalogueModel>;
  outDir?: string;
  only?: readonly TargetName[];
  templatesDir?: string;
  /** Receives the time each stage took. */
  onStage?: StageTimer;
  /** What targets keep between runs (watch passes one). */
  cache?: EmitCache;
  /** Formatted text and printed statements kept on disk between runs of the tool (saved after a run that writes or checks). */
  diskCache?: CacheFile;
  /** Replacements for the format and compile stages giving identical output (watch passes cached ones). */
  stages?: { format?: (files: readonly EmittedFile[]) => Promise<EmittedFile[]>; compile?: typeof compilePackage };
}

async function timed<T>(onStage: StageTimer | undefined, stage: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  onStage?.(stage, performance.now() - start);
  return result;
}

/** load → check → model. Throws SpecError with every located problem. */
export function readCatalogue(options: Pick<GenerateOptions, "specPath" | "sources"> & { loadCache?: LoadCache } = {}): CatalogueModel {
  return readStages({ ...options, specPath: options.specPath ?? defaultSpecPath });
}

/** model → every selected target's files, formatted, plus the compiled package. Nothing is written. */
export async function renderCatalogue(model: CatalogueModel, options: GenerateOptions = {}): Promise<EmittedFile[]> {
  const chosen = options.only ?? targets.map((t) => t.name as TargetName);
  // The validators and fixtures modules import the types module: a package with either has it too.
  const selected: readonly TargetName[] = chosen.some((t) => t === "validators" || t === "fixtures") && !chosen.includes("types") ? ["types", ...chosen] : chosen;
  const cache = options.cache ?? (options.diskCache ? { print: options.diskCache.section("print") } : undefined);
  const context: TargetContext = { selected, templatesDir: options.templatesDir, cache };
  // Each target's files go to the format workers as soon as they are emitted, and its TypeScript to
  // the compiler as soon as it is formatted: formatting and compiling one target overlap emitting the next.
  if (!options.stages?.format) formatPool().warmUp();
  const format = options.stages?.format ?? ((files: readonly EmittedFile[]) => formatFiles(files, { runner: formatPool(), cache: options.diskCache?.section("format") }));
  const compile = options.stages?.compile ?? compilePackage;
  const outputs: Promise<EmittedFile[]>[] = [];
  for (const target of [...targets.filter((t) => selected.includes(t.name as TargetName)), packageTarget]) {
    const formatted = format(await timed(options.onStage, `emit ${target.name}`, () => target.emit(model, context)));
    const compiled = formatted.then((files) => compile(files));
    // A later emit that throws ends the run; these failures must not also surface as unhandled.
    for (const output of [formatted, compiled]) output.catch(() => undefined);
    outputs.push(formatted, compiled);
  }
  const files = await timed(options.onStage, "format, compile (after the last emit)", async () => (await Promise.all(outputs)).flat());
  // Every compile adds the CommonJS folder's marker: keep one of each identical file. Two different
  // files at one path both stay, for the writer to refuse (write/emitted-paths.ts): one must not vanish.
  const seen = new Map<string, string>();
  const unique = files.filter((file) => {
    if (seen.get(file.path) === file.contents) return false;
    seen.set(file.path, file.contents);
    return true;
  });
  return unique.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const codeTargetNames: readonly TargetName[] = ["types", "validators", "fixtures"];

/** Emits and compiles every code target, writes the ES modules to a temporary folder and imports them. */
async function importCodeTargets(model: CatalogueModel): Promise<GeneratedPackage> {
  const context: TargetContext = { selected: codeTargetNames };
  const sources: EmittedFile[] = [];
  for (const target of [...targets.filter((t) => codeTargetNames.includes(t.name as TargetName)), packageTarget]) sources.push(...(await target.emit(model, context)));
  const modules = (await compilePackage(sources, { formats: ["esm"], declarations: false, thisProcessOnly: true })).filter((file) => file.path.startsWith("dist/esm/"));
  const dir = mkdtempSync(join(tmpdir(), "seam-events-package-"));
  try {
    for (const file of modules) writeFileSync(join(dir, file.path.slice("dist/esm/".length)), file.contents);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    return (await import(pathToFileURL(join(dir, "index.js")).href)) as GeneratedPackage;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Throws SpecError, naming each generated file and line, when the package's TypeScript does not compile. */
function typeCheck(files: readonly EmittedFile[], outDir: string, diskCache: CacheFile | undefined): void {
  const problems = typeCheckPackage(files, (path) => relative(process.cwd(), join(outDir, path)) || path, diskCache?.section("typecheck"));
  if (problems.length > 0) throw new SpecError(problems);
}

/** Throws OutputError when the output folder is not the tool's to replace (write/output-folder.ts). */
export function guardOutput(options: Pick<GenerateOptions, "specPath" | "sources" | "outDir" | "templatesDir">): void {
  const specPath = options.sources ? options.specPath : (options.specPath ?? defaultSpecPath);
  guardOutputFolder(options.outDir ?? defaultOutDir, { specPath, templatesDirs: [builtinTemplatesDir, options.templatesDir], projectRoot });
}

/** The main job: regenerate the output folder from the spec. Writes nothing unless every stage succeeds. */
export async function generate(options: GenerateOptions = {}, fs?: WriteFs): Promise<EmittedFile[]> {
  guardOutput(options);
  // The format workers start while the spec is read and checked.
  if (!options.stages?.format) formatPool().warmUp();
  const model = await timed(options.onStage, "load, check, model", () => options.model ?? readCatalogue(options));
  const files = await renderCatalogue(model, options);
  await timed(options.onStage, "type-check", () => typeCheck(files, options.outDir ?? defaultOutDir, options.diskCache));
  await timed(options.onStage, "write", () => writeOutput(options.outDir ?? defaultOutDir, files, fs));
  options.diskCache?.save();
  return files;
}

/** What `check` reports: the files whose content on disk differs from what the spec gives. */
export async function checkOutput(options: GenerateOptions = {}): Promise<Drift> {
  if (!options.stages?.format) formatPool().warmUp();
  const model = await (options.model ?? readCatalogue(options));
  const files = await renderCatalogue(model, options);
  typeCheck(files, options.outDir ?? defaultOutDir, options.diskCache);
  options.diskCache?.save();
  return findDrift(options.outDir ?? defaultOutDir, files);
}

export { SpecError };

/**
 * The generated package's runtime (validators, factories, type lists) built in memory from the spec,
 * for tools that must use the real generated code without writing generated/ (the CLI, tests).
 */
export async function loadGeneratedPackage(options: Pick<GenerateOptions, "specPath" | "sources"> = {}): Promise<GeneratedPackage> {
  return importCodeTargets(readCatalogue(options));
}
