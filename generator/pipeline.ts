/**
 * The generator, top to bottom: load → check → model → emit per target → format → compile → write.
 * Each stage is a small function in its own folder; this file only strings them together.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CacheFile } from "./cache/cache-file.js";
import { checkReferences, mergeDocuments } from "./check/references.js";
import { checkComposed } from "./check/composed.js";
import { checkStructure } from "./check/structure.js";
import { compilePackage } from "./compile/compile.js";
import { SpecError } from "./diagnostics/diagnostic.js";
import { formatFiles } from "./format/format.js";
import { defaultSpecPath, loadSpec, readSpecSources, type LoadCache, type SpecSources } from "./load/load-spec.js";
import { buildModel } from "./model/build.js";
import type { CatalogueModel } from "./model/types.js";
import { packageTarget, targetNames, targets } from "./targets/index.js";
import type { EmitCache, EmittedFile, GeneratedPackage, Target, TargetContext, TargetName } from "./targets/target.js";
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

export interface ReadOptions {
  /** A spec file, or a folder of them (default: spec/catalogue). */
  specPath?: string;
  /** Spec text by path; read from specPath when absent. */
  sources?: SpecSources;
  /** Parsed files kept between runs (watch passes one). */
  loadCache?: LoadCache;
  /** Where the compiled spec schema is kept between runs (the tool's cache folder); without one, it is compiled afresh. */
  cacheDir?: string;
}

export interface GenerateOptions extends ReadOptions {
  /** The catalogue, when the caller has read it already. */
  model?: CatalogueModel;
  outDir?: string;
  only?: readonly TargetName[];
  templatesDir?: string;
  /** The previous release's spec (a file or folder), or its catalogue: the docs then have a changelog page. */
  previousSpecPath?: string;
  previous?: CatalogueModel;
  /** Receives the time each stage took. */
  onStage?: StageTimer;
  /** What targets keep between runs (watch passes one). */
  cache?: EmitCache;
  /** Formatted and printed statements kept on disk between runs of the tool (saved after a run that writes or checks). */
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
export function readCatalogue(options: ReadOptions = {}): CatalogueModel {
  const specPath = options.specPath ?? defaultSpecPath;
  const sources = options.sources ?? readSpecSources(specPath);
  if (sources.size === 0) {
    const file = relative(process.cwd(), specPath) || ".";
    throw new SpecError([{ code: "no_spec_files", message: "no spec files here: a spec is a .yaml or .yml file, or a folder of them", location: { file, line: 1, column: 1 } }]);
  }
  const { documents, diagnostics } = loadSpec(sources, undefined, options.loadCache);
  if (diagnostics.length > 0) throw new SpecError(diagnostics);
  const structural = checkStructure(documents, options.cacheDir);
  const { raw, diagnostics: merged } = mergeDocuments(documents);
  const references = checkReferences(raw, documents);
  const problems = [...structural, ...merged, ...references];
  // Composition trusts the value types that the structure check guarantees, and recurses through
  // includes; with those right it runs even when names are wrong, so that every problem is reported at once.
  if (structural.length > 0 || raw.packages.length === 0 || references.some((d) => d.code === "include_too_deep")) throw new SpecError(problems);
  const { model, diagnostics: composition } = buildModel(raw);
  if (problems.length + composition.length > 0) throw new SpecError([...problems, ...composition]);
  // Judged on a model whose names all resolve, so that a wrong name is not reported twice.
  const composed = checkComposed(model);
  if (composed.length > 0) throw new SpecError(composed);
  return model;
}

/** The targets named and, in turn, those whose modules they import, in the registry's order. */
function withTargetsUsed(names: readonly string[]): Target[] {
  const needed = new Set<string>();
  const add = (name: string): void => {
    if (needed.has(name)) return;
    needed.add(name);
    targets.find((t) => t.name === name)?.uses?.forEach(add);
  };
  names.forEach(add);
  return targets.filter((t) => needed.has(t.name));
}

/** model → every selected target's files, formatted, plus the compiled package. Nothing is written. */
export async function renderCatalogue(model: CatalogueModel, options: GenerateOptions = {}): Promise<EmittedFile[]> {
  const chosen = withTargetsUsed(options.only ?? targetNames);
  const selected = chosen.map((t) => t.name);
  const cache = options.cache ?? (options.diskCache ? { print: options.diskCache.section("print") } : undefined);
  const previous = options.previous ?? (options.previousSpecPath !== undefined ? readCatalogue({ specPath: options.previousSpecPath }) : undefined);
  const context: TargetContext = { selected, targets: chosen, templatesDir: options.templatesDir, cache, ...(previous ? { previous } : {}) };
  const format = options.stages?.format ?? ((files: readonly EmittedFile[]) => formatFiles(files, options.diskCache?.section("format")));
  const compile = options.stages?.compile ?? compilePackage;
  const emitted: EmittedFile[] = [];
  // Docs alone are a site's pages, not a package: the package target runs when a chosen target needs it.
  const packaged = chosen.length === 0 || chosen.some((target) => !target.standalone);
  for (const target of packaged ? [...chosen, packageTarget] : chosen) {
    emitted.push(...(await timed(options.onStage, `emit ${target.name}`, () => target.emit(model, context))));
  }
  const formatted = await timed(options.onStage, "format", () => format(emitted));
  const compiled = await timed(options.onStage, "compile", () => compile(formatted));
  // Keep one of each identical file. Two different files at one path both stay, for the writer to
  // refuse (write/emitted-paths.ts): one must not vanish.
  const seen = new Map<string, string>();
  const unique = [...formatted, ...compiled].filter((file) => {
    if (seen.get(file.path) === file.contents) return false;
    seen.set(file.path, file.contents);
    return true;
  });
  return unique.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Emits and compiles every target with modules for the index, writes the ES modules to a temporary folder and imports them. */
async function importCodeTargets(model: CatalogueModel, cache: EmitCache | undefined): Promise<GeneratedPackage> {
  const codeTargets = targets.filter((t) => t.package?.modules?.length);
  const context: TargetContext = { selected: codeTargets.map((t) => t.name), targets: codeTargets, cache };
  const sources: EmittedFile[] = [];
  for (const target of [...codeTargets, packageTarget]) sources.push(...(await target.emit(model, context)));
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
  const model = await timed(options.onStage, "load, check, model", () => options.model ?? readCatalogue(options));
  const files = await renderCatalogue(model, options);
  await timed(options.onStage, "type-check", () => typeCheck(files, options.outDir ?? defaultOutDir, options.diskCache));
  await timed(options.onStage, "write", () => writeOutput(options.outDir ?? defaultOutDir, files, fs));
  options.diskCache?.save();
  return files;
}

/** What `check` reports: the files whose content on disk differs from what the spec gives. */
export async function checkOutput(options: GenerateOptions = {}): Promise<Drift> {
  const model = options.model ?? readCatalogue(options);
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
export async function loadGeneratedPackage(options: ReadOptions & { model?: CatalogueModel; diskCache?: CacheFile } = {}): Promise<GeneratedPackage> {
  const runtime = await importCodeTargets(options.model ?? readCatalogue(options), options.diskCache ? { print: options.diskCache.section("print") } : undefined);
  options.diskCache?.save();
  return runtime;
}
