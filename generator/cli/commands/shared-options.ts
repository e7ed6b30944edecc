/** Options that several subcommands take, and their translation to pipeline options. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { CacheFile } from "../../cache/cache-file.js";
import type { GenerateOptions } from "../../pipeline.js";
import { targetNames } from "../../targets/index.js";
import { stringOption, UsageError, type OptionSpec, type ParsedArgs } from "../args.js";

export const specOption: OptionSpec = {
  type: "string",
  value: "PATH",
  description: "Spec file or folder (default: spec/catalogue).",
};

export const generateOptionSpecs: Record<string, OptionSpec> = {
  spec: specOption,
  out: { type: "string", value: "DIR", description: "Output folder (default: generated)." },
  templates: { type: "string", value: "DIR", description: "Folder of templates overriding the built-in ones." },
  "previous-spec": {
    type: "string",
    value: "PATH",
    description: "The previous release's spec file or folder: the docs get a changelog page of what changed since (as `diff` classifies it).",
  },
  only: {
    type: "string",
    value: "LIST",
    description: `Comma-separated targets to emit: ${targetNames.join(",")} (default: all; the package around them too, except for docs alone).`,
  },
};

/** For the one-shot commands: watch keeps its own cache in memory. */
export const diskCacheOptionSpecs: Record<string, OptionSpec> = {
  "no-cache": { type: "boolean", description: "Compile, print and format everything afresh, without the cache in node_modules/.cache." },
};

export const jsonOption: OptionSpec = { type: "boolean", description: "Machine-readable output (see generator/cli/README.md)." };

export const formatOption: OptionSpec = {
  type: "string",
  value: "FORMAT",
  description: "text (default), github (GitHub Actions annotations) or junit (JUnit XML), on stdout (see generator/cli/README.md).",
};

/** For commands whose only CI output is their spec's problems (and, for drift, its differences). */
export const githubFormatOption: OptionSpec = {
  type: "string",
  value: "FORMAT",
  description: "text (default) or github: spec problems as GitHub Actions annotations on stdout (see generator/cli/README.md).",
};

const formats = ["text", "github", "junit"] as const;
type Format = (typeof formats)[number];

/** --format, checked against the formats the command has; not together with --json. */
export function formatOf(values: ParsedArgs["values"], command: string, allowed: readonly Format[] = formats): Format {
  const format = stringOption(values, "format") ?? "text";
  if (!allowed.includes(format as Format)) throw new UsageError(`--format takes ${allowed.join(", ")}, got '${format}'`, command);
  if (format !== "text" && values.json === true) throw new UsageError(`give either --json or --format ${format}, not both`, command);
  return format as Format;
}

export function specPathOf(values: ParsedArgs["values"]): string | undefined {
  const spec = stringOption(values, "spec");
  if (spec !== undefined && !existsSync(spec)) throw new UsageError(`--spec: no spec file or folder at ${spec}`);
  return spec === undefined ? undefined : resolve(spec);
}

/** Where the tool keeps formatted text and printed statements (cache/cache-file.ts) and the compiled spec schema (check/structure.ts) between runs. */
export const diskCacheDir = join(import.meta.dirname, "../../../node_modules/.cache/seam-events");

/** The options of a one-shot run (generate, check): the cache on disk unless --no-cache. */
export function oneShotOptionsOf(values: ParsedArgs["values"]): GenerateOptions {
  const options = generateOptionsOf(values);
  const cacheDir = values["no-cache"] ? undefined : diskCacheDir;
  return { ...options, cacheDir, diskCache: cacheDir === undefined ? undefined : CacheFile.open(cacheDir) };
}

export function generateOptionsOf(values: ParsedArgs["values"]): GenerateOptions {
  const onlyText = stringOption(values, "only");
  const only = onlyText
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only?.filter((name) => !targetNames.includes(name)) ?? [];
  if (unknown.length > 0) throw new UsageError(`unknown target '${unknown.join("', '")}': --only takes ${targetNames.join(", ")}`);
  const out = stringOption(values, "out");
  const templates = stringOption(values, "templates");
  const previous = stringOption(values, "previous-spec");
  if (previous !== undefined && !existsSync(previous)) throw new UsageError(`--previous-spec: no spec file or folder at ${previous}`);
  return {
    ...(previous !== undefined ? { previousSpecPath: resolve(previous) } : {}),
    specPath: specPathOf(values),
    outDir: out === undefined ? undefined : resolve(out),
    templatesDir: templates === undefined ? undefined : resolve(templates),
    only,
  };
}
