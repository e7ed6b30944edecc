/** load → check → model: the spec's files read into the resolved model every target is emitted from. */
import { relative } from "node:path";
import { checkComposed } from "../check/composed.js";
import { checkReferences, mergeDocuments } from "../check/references.js";
import { checkStructure } from "../check/structure.js";
import { SpecError } from "../diagnostics/diagnostic.js";
import { loadSpec, readSpecSources, type LoadCache, type SpecSources } from "../load/load-spec.js";
import { buildModel } from "../model/build.js";
import type { CatalogueModel } from "../model/types.js";

export interface ReadOptions {
  /** A spec file, or a folder of them. */
  specPath: string;
  /** Spec text by path; read from specPath when absent. */
  sources?: SpecSources;
  /** Parsed files kept between runs (watch passes one). */
  loadCache?: LoadCache;
  /** Where compiled code is kept between runs (the tool's cache folder); without one, it is compiled afresh. */
  cacheDir?: string;
}

/** Throws SpecError with every located problem. */
export function readCatalogue(options: ReadOptions): CatalogueModel {
  const sources = options.sources ?? readSpecSources(options.specPath);
  if (sources.size === 0) {
    const file = relative(process.cwd(), options.specPath) || ".";
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
