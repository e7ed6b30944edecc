/** Where the upstream event schemas come from: an OpenAPI file (JSON or YAML), or an installed package that exports one. */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { parseDocument } from "yaml";
import { parsePiece } from "../cli/json-stream.js";
import { UpstreamError } from "./upstream-model.js";

export const DEFAULT_UPSTREAM_PACKAGE = "@seamapi/types";

export interface UpstreamDocument {
  /** How reports name it: the file as given, or `<package>@<version>`. */
  label: string;
  version: string;
  document: unknown;
}

/** An OpenAPI document from a file; a syntax error is reported at its line and column. */
export function readUpstreamFile(file: string): UpstreamDocument {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UpstreamError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const document = /\.json$/i.test(file) ? parseJson(file, text) : parseYaml(file, text);
  return { label: file, version: versionOf(document), document };
}

function parseJson(file: string, text: string): unknown {
  // The same reading of JSON.parse's errors as `validate` makes, for the same line and column.
  const parsed = parsePiece({ kind: "piece", text, line: 1, column: 1, index: 0 });
  if (!parsed.ok) throw new UpstreamError(`${file}:${parsed.line}:${parsed.column}: ${parsed.message} [upstream_parse]`);
  return parsed.value;
}

function parseYaml(file: string, text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    throw new UpstreamError(`${file}:${at?.line ?? 1}:${at?.col ?? 1}: ${error.message.split("\n")[0]} [upstream_parse]`);
  }
  return doc.toJS({ maxAliasCount: 100 });
}

/**
 * The OpenAPI document a package exports as `openapi` (from its `connect` entry point, where
 * @seamapi/types has it, or from its main one), resolved from the current folder as Node would.
 */
export function readUpstreamPackage(name: string, from = process.cwd()): UpstreamDocument {
  const require = createRequire(join(resolve(from), "package.json"));
  let exported: unknown;
  let entry: string | undefined;
  for (const specifier of [`${name}/connect`, name]) {
    try {
      entry = require.resolve(specifier);
    } catch {
      continue;
    }
    exported = (require(entry) as { openapi?: unknown }).openapi;
    if (exported !== undefined) break;
  }
  if (entry === undefined) throw new UpstreamError(`cannot find the package ${name} from ${from}; install it or give --against FILE`);
  if (exported === undefined) throw new UpstreamError(`the package ${name} exports no openapi document`);
  const version = packageVersion(entry, name) ?? versionOf(exported);
  return { label: `${name}@${version}`, version, document: exported };
}

/** The version in the package.json of the package that holds `file`. */
function packageVersion(file: string, name: string): string | undefined {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
    if (pkg.name === name) return pkg.version;
  }
  return undefined;
}

function versionOf(document: unknown): string {
  const info = (document as { info?: { version?: unknown } } | null)?.info;
  return typeof info?.version === "string" ? info.version : "unknown";
}
