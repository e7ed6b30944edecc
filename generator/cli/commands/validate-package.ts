/**
 * The validator `validate` runs: the output folder's compiled one when that folder is in step with the
 * spec, or else one built in memory from the spec (emit, strip types, import: seconds of start-up).
 *
 * "In step" is known for certain only when `generate` has just written the folder or `check` has just
 * compared it: they leave a note in the tool's cache folder naming the tool's build, a hash of the spec
 * files and a hash of the compiled modules. `validate` trusts the folder only while all three still
 * match, so an edit to the spec, to the generator or to the folder falls back to the in-memory build.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { validatorName } from "../../model/naming.js";
import type { CatalogueModel } from "../../model/types.js";
import { specRuntime } from "./package.js";
import { diskCacheDir } from "./shared-options.js";
import type { ValidationIssue } from "./validate-report.js";

/** The outcome for one payload: at most `maxErrors` errors, and whether there were more. */
export type PayloadOutcome = { ok: true } | { ok: false; errors: ValidationIssue[]; more?: true };

export interface PayloadValidator {
  discriminator: string;
  /** Where the validator came from: the output folder, or the spec compiled in memory. */
  origin: "output" | "spec";
  /** Validates one parsed payload. Never throws. */
  check(payload: unknown): PayloadOutcome;
}

type Validate = (input: unknown, options?: { abortEarly?: boolean; maxErrors?: number }) => { ok: true } | { ok: false; errors: ValidationIssue[] };

/** What generate and check note about an output folder they found in step. */
interface InStepNote {
  outDir: string;
  tool: string;
  spec: string;
  modules: string;
  discriminator: string;
  validator: string;
}

const ESM_FOLDER = "dist/esm";

/** The running build of the tool (bin/seam-events.js names its folder by content); none when run from sources. */
function toolBuild(): string | undefined {
  return typeof __filename === "string" && __filename.endsWith(".cjs") ? __filename : undefined;
}

function notePath(outDir: string): string {
  return join(diskCacheDir, `in-step-${createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16)}.json`);
}

async function specHash(specPath: string | undefined): Promise<string> {
  const { defaultSpecPath, readSpecSources } = await import("../../load/load-spec.js");
  const hash = createHash("sha256");
  for (const [path, text] of readSpecSources(specPath ?? defaultSpecPath)) hash.update(`${path}\0${text}\0`);
  return hash.digest("hex");
}

function modulesHash(outDir: string): string {
  const folder = join(outDir, ESM_FOLDER);
  const hash = createHash("sha256");
  for (const name of readdirSync(folder).filter((name) => name.endsWith(".js")).sort()) hash.update(`${name}\0`).update(readFileSync(join(folder, name))).update("\0");
  return hash.digest("hex");
}

/**
 * For generate and check: call as they start reading the spec, then call what it returns once the output
 * folder is known to be in step. The spec is hashed on both sides of the run, and nothing is noted if
 * it changed meanwhile. Skipped when run from sources or when the cache cannot be written.
 */
export async function inStepNoter(specPath: string | undefined): Promise<(outDir: string, model: CatalogueModel) => Promise<void>> {
  const tool = toolBuild();
  const before = tool === undefined ? undefined : await specHash(specPath).catch(() => undefined);
  return async (outDir, model) => {
    if (tool === undefined || before === undefined) return;
    try {
      const { keepFile } = await import("../../cache/kept-file.js");
      const note: InStepNote = {
        outDir: resolve(outDir),
        tool,
        spec: await specHash(specPath),
        modules: modulesHash(outDir),
        discriminator: model.package.discriminator,
        validator: validatorName(model.package.unionName),
      };
      if (note.spec === before) keepFile(notePath(outDir), JSON.stringify(note), /(?!)/);
      forgetRemovedFolders();
    } catch {
      // The note only saves time.
    }
  };
}

/** Notes about output folders that no longer exist (temporary ones, say) are removed. */
function forgetRemovedFolders(): void {
  for (const name of readdirSync(diskCacheDir).filter((name) => /^in-step-[0-9a-f]{16}\.json$/.test(name))) {
    const path = join(diskCacheDir, name);
    try {
      if (!existsSync((JSON.parse(readFileSync(path, "utf8")) as InStepNote).outDir)) rmSync(path, { force: true });
    } catch {
      rmSync(path, { force: true });
    }
  }
}

/** The output folder's compiled validator, if generate or check found the folder in step with this spec and tool. */
async function validatorFromOutput(outDir: string, specPath: string | undefined): Promise<{ validate: Validate; note: InStepNote } | undefined> {
  const tool = toolBuild();
  if (tool === undefined) return undefined;
  try {
    const note = JSON.parse(readFileSync(notePath(outDir), "utf8")) as InStepNote;
    if (note.tool !== tool || note.modules !== modulesHash(outDir) || note.spec !== (await specHash(specPath))) return undefined;
    const modules = (await import(pathToFileURL(join(outDir, ESM_FOLDER, "index.js")).href)) as Record<string, unknown>;
    const validate = modules[note.validator];
    return typeof validate === "function" ? { validate: validate as Validate, note } : undefined;
  } catch {
    return undefined;
  }
}

export async function loadValidator(options: { specPath: string | undefined; outDir: string; maxErrors: number }): Promise<PayloadValidator> {
  const compiled = await validatorFromOutput(options.outDir, options.specPath);
  if (compiled) return capped(compiled.validate, compiled.note.discriminator, "output", options.maxErrors);
  const { model, runtime } = await specRuntime(options.specPath);
  const validate = runtime[validatorName(model.package.unionName)];
  if (typeof validate !== "function") throw new Error(`the generated package has no ${validatorName(model.package.unionName)}: is the validators target registered?`);
  return capped(validate as Validate, model.package.discriminator, "spec", options.maxErrors);
}

/**
 * Caps the errors of each payload at `maxErrors`: the validators stop collecting one error past it (so
 * that a payload with millions of errors never holds them), which tells whether there were more.
 */
function capped(validate: Validate, discriminator: string, origin: PayloadValidator["origin"], maxErrors: number): PayloadValidator {
  return {
    discriminator,
    origin,
    check(payload) {
      let result: ReturnType<Validate>;
      try {
        result = validate(payload, { maxErrors: maxErrors + 1 });
      } catch (error) {
        return { ok: false, errors: [{ path: "", code: "internal", message: `the validator threw: ${error instanceof Error ? error.message : String(error)}` }] };
      }
      if (result.ok) return { ok: true };
      const more = result.errors.length > maxErrors;
      const errors = (more ? result.errors.slice(0, maxErrors) : result.errors).map(({ path, code, message }) => ({ path, code, message }));
      return more ? { ok: false, errors, more } : { ok: false, errors };
    },
  };
}
