import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { formatLocation, SpecError } from "../../diagnostics/diagnostic.js";
import { applyEdits, ImportError, planImport, PLACEHOLDER } from "../../drift/import.js";
import { upstreamModel, UpstreamError } from "../../drift/upstream-model.js";
import { ExitCode, suggest, UsageError, type Command } from "../args.js";
import { outputModeOf, reportSpecError, stdoutStyle, writeOut } from "../output.js";
import { diskCacheDir, formatOf, githubFormatOption, jsonOption, specOption, specPathOf } from "./shared-options.js";
import { readUpstream, upstreamOptionSpecs } from "./upstream-options.js";

export const importCommand: Command = {
  spec: {
    name: "import",
    summary: "Write the spec's YAML for what upstream has of these events and the spec lacks.",
    usage: "EVENT_TYPE...",
    details: [
      "For an event the spec lacks: the event, composed from the spec's groups whose properties it carries",
      "unchanged, with its own properties and the enums and shapes they need (reused when the spec has the",
      "same). For an event the spec has: its missing properties, nested properties and enum values.",
      `Every description is the placeholder "${PLACEHOLDER}"`,
      "for a person to write. The edited spec is read back before anything is written; nothing is written",
      "when it has a problem.",
    ].join("\n"),
    options: {
      ...upstreamOptionSpecs,
      spec: specOption,
      "dry-run": { type: "boolean", description: "List what would be written, and write nothing." },
      json: jsonOption,
      format: githubFormatOption,
    },
    positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  },
  async run({ values, positionals }) {
    formatOf(values, "import", ["text", "github"]);
    const { defaultSpecPath, readCatalogue } = await import("../../pipeline.js");
    const { readSpecSources } = await import("../../load/load-spec.js");
    const specPath = specPathOf(values) ?? resolve(defaultSpecPath);
    const upstream = readUpstream(values, "import");
    // A SpecError is reported by the tool's entry, in the output mode asked for, with exit 2.
    const spec = readCatalogue({ cacheDir: diskCacheDir, specPath });
    let plan;
    try {
      const theirs = upstreamModel(upstream.document, upstream.label, spec.package);
      const unknown = positionals.filter((name) => !theirs.events.some((e) => e.name === name));
      if (unknown.length > 0) {
        const hints = suggest(unknown[0]!, theirs.events.map((e) => e.name));
        throw new UsageError(`${upstream.label} has no event ${unknown.join(", ")}${hints.length ? `; did you mean ${hints.join(" or ")}?` : ""}`, "import");
      }
      plan = planImport(spec, theirs, [...new Set(positionals)], { specIsFile: !statSync(specPath).isDirectory(), absolute: (file) => resolve(process.cwd(), file) });
    } catch (error) {
      if (error instanceof UpstreamError || error instanceof ImportError) throw new UsageError(error.message, "import");
      throw error;
    }
    const sources = readSpecSources(specPath);
    const texts = applyEdits(plan.edits, (file) => sources.get(file) ?? (existsSync(file) ? readFileSync(file, "utf8") : undefined), (file) => schemaComment(sources, file));
    for (const [file, text] of texts) sources.set(file, text);
    try {
      readCatalogue({ cacheDir: diskCacheDir, sources });
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      reportSpecError(error, "The imported spec (nothing was written)", outputModeOf(values), "imported");
      return ExitCode.usage;
    }
    if (!values["dry-run"]) {
      for (const [file, text] of texts) {
        // Whole or not at all: an interrupted run leaves the spec file as it was.
        const partial = `${file}.import-${process.pid}`;
        writeFileSync(partial, text);
        renameSync(partial, file);
      }
    }
    if (values.json) {
      const report = {
        ok: true,
        dryRun: values["dry-run"] === true,
        edits: plan.edits.map((edit) => ({ file: relative(process.cwd(), edit.file), summary: edit.summary })),
        written: values["dry-run"] ? [] : [...texts.keys()].map((file) => relative(process.cwd(), file)).sort(),
        leftOver: plan.leftOver,
      };
      await writeOut(`${JSON.stringify(report, null, 2)}\n`);
      return ExitCode.ok;
    }
    const lines = plan.edits.map((edit) => `${values["dry-run"] ? "would add" : "added"} ${edit.summary} in ${relative(process.cwd(), edit.file)}`);
    if (plan.edits.length === 0) lines.push(`Nothing to import: the spec has everything upstream has of ${positionals.join(", ")}.`);
    for (const change of plan.leftOver) lines.push(`${stdoutStyle.yellow("left for you")} ${change.rule} ${change.message} (${formatLocation(change.location)})`);
    if (plan.edits.length > 0) lines.push(`Replace every "${PLACEHOLDER}" with a description, then run \`seam-events drift\`.`);
    await writeOut(`${lines.join("\n")}\n`);
    return ExitCode.ok;
  },
};

/** The yaml-language-server comment of a spec file in the same folder, for a new file there (the schema's relative path is the same). */
function schemaComment(sources: ReadonlyMap<string, string>, file: string): string {
  for (const [path, text] of sources) {
    const first = text.split("\n", 1)[0]!;
    if (dirname(path) === dirname(file) && first.startsWith("# yaml-language-server:")) return first;
  }
  return "";
}
