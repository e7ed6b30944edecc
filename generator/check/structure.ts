import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { keepFile, versionOf } from "../cache/kept-file.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecDocument, SpecPath } from "../load/load-spec.js";

const specSchemaPath = fileURLToPath(new URL("../../spec/spec.schema.json", import.meta.url));
const require = createRequire(import.meta.url);

let compiled: ValidateFunction | undefined;

/** Every problem of a document at once; strict mode off, which would warn about the schema's union types. */
const ajvOptions = { allErrors: true, strict: false } as const;

/**
 * The spec format's JSON Schema compiled by ajv, once per process. Given a folder (the tool's cache),
 * the compiled code is kept there as a module (ajv's standalone code), named by the schema, ajv's
 * version and options, and later runs load it instead of compiling: compiling is most of ajv's part
 * in a run. ajv itself is loaded only to compile.
 */
export function specValidator(cacheDir?: string): ValidateFunction {
  if (compiled) return compiled;
  const schema = readFileSync(specSchemaPath, "utf8");
  const made = createHash("sha256").update(JSON.stringify([versionOf("ajv"), ajvOptions, schema]));
  const file = cacheDir && join(cacheDir, `spec-validator-${made.digest("hex").slice(0, 16)}.cjs`);
  if (file) {
    try {
      const kept: unknown = require(file);
      if (typeof kept === "function") return (compiled = kept as ValidateFunction);
    } catch {
      // Not kept yet, or unreadable: compile it.
    }
  }
  // ajv is CommonJS: its classes are the modules' default exports.
  const { default: Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: file !== undefined } });
  compiled = ajv.compile(JSON.parse(schema));
  if (file) {
    const { default: standaloneCode } = require("ajv/dist/standalone/index.js") as typeof import("ajv/dist/standalone/index.js");
    try {
      // The code of other schemas or ajv versions is of no more use.
      keepFile(file, standaloneCode(ajv, compiled), /^spec-validator-[0-9a-f]{16}\.cjs$/);
    } catch {
      // A folder that cannot be written costs the compile next time, nothing else.
    }
  }
  return compiled;
}

/**
 * Checks each document against spec/spec.schema.json: unknown keys, wrong value types, missing keys.
 * `cacheDir`: where the compiled schema is kept between runs (see specValidator).
 */
export function checkStructure(documents: readonly SpecDocument[], cacheDir?: string): Diagnostic[] {
  const validate = specValidator(cacheDir);
  const diagnostics: Diagnostic[] = [];
  for (const doc of documents) {
    if (doc.data === undefined) continue;
    if (validate(doc.data)) continue;
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const diagnostic = toDiagnostic(doc, error);
      if (!diagnostic) continue;
      const key = `${diagnostic.location.line}:${diagnostic.location.column}:${diagnostic.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics;
}

/** What kind of name the keys of the mapping at `path` are, for messages. */
function nameKind(path: SpecPath): string {
  const last = path[path.length - 1];
  if (path.length === 1) return ({ families: "family key", groups: "group key", enums: "enum name", shapes: "shape name", events: "event name" } as Record<string, string>)[String(last)] ?? "name";
  if (last === "properties" || last === "override") return "property name";
  if (last === "values" && path[0] === "enums") return "enum value";
  return "name";
}

/** The description of the schema rule at an ajv schemaPath ("#/$defs/snakeName/pattern"), or the bare keyword. */
function ruleOf(schemaPath: string): string {
  const segments = parsePointer(schemaPath.replace(/^#/, ""));
  const keyword = segments.pop();
  let node: unknown = specSchema();
  for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
  const description = (node as { description?: unknown } | undefined)?.description;
  if (typeof description === "string") return description;
  return `valid (${keyword})`;
}

let parsedSchema: unknown;
function specSchema(): unknown {
  return (parsedSchema ??= JSON.parse(readFileSync(specSchemaPath, "utf8")));
}

function valueAt(data: unknown, path: SpecPath): unknown {
  let node = data;
  for (const segment of path) node = (node as Record<string, unknown> | undefined)?.[segment];
  return node;
}

function parsePointer(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function describePlace(path: SpecPath): string {
  return path.length === 0 ? "at the top level" : `in ${path.join(".")}`;
}

function toDiagnostic(doc: SpecDocument, error: ErrorObject): Diagnostic | undefined {
  const path = parsePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      return {
        code: "unknown_key",
        message: `unknown key '${key}' ${describePlace(path)}`,
        location: doc.locate([...path, key], "key"),
      };
    }
    case "required":
      return {
        code: "missing_key",
        message: `missing required key '${String(params.missingProperty)}' ${describePlace(path)}`,
        location: doc.locate(path, path.length ? "key" : "value"),
      };
    case "propertyNames":
      // The rule the name broke is reported by the inner error (pattern, maxLength), which says it better.
      return undefined;
    case "pattern":
    case "maxLength": {
      const rule = ruleOf(error.schemaPath);
      if (error.propertyName !== undefined) {
        return {
          code: "bad_name",
          message: `${nameKind(path)} '${error.propertyName}' is not allowed: it must be ${rule}`,
          location: doc.locate([...path, error.propertyName], "key"),
        };
      }
      return {
        code: "bad_value",
        message: `${path.join(".")} ${JSON.stringify(valueAt(doc.data, path))} is not allowed: it must be ${rule}`,
        location: doc.locate(path),
      };
    }
    case "enum":
      return {
        code: "bad_value",
        message: `${path.join(".")} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
        location: doc.locate(path),
      };
    case "type":
      return {
        code: "wrong_type",
        message: `${path.join(".") || "the document"} must be ${String(params.type).replace(",", " or ")}`,
        location: doc.locate(path),
      };
    case "minProperties":
    case "maxProperties":
      // Only a relation sets a number of keys: its property and one kind.
      if (path.at(-2) !== "relations") break;
      return {
        code: "bad_value",
        message: `${path.join(".")} must name its property and exactly one kind: ${relationKinds().join(", ")}`,
        location: doc.locate(path),
      };
    case "if":
    case "$ref":
      return undefined;
  }
  return {
    code: "bad_value",
    message: `${path.join(".") || "the document"} ${error.message ?? "is invalid"}`,
    location: doc.locate(path),
  };
}

/** The kinds a relation may name, as the spec format lists them. */
function relationKinds(): string[] {
  const schema = JSON.parse(readFileSync(specSchemaPath, "utf8")) as { $defs: { relation: { properties: Record<string, unknown> } } };
  return Object.keys(schema.$defs.relation.properties).filter((key) => key !== "property");
}
