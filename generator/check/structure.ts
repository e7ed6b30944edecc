import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020Module, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

// ajv is CommonJS: under NodeNext its class is the default export's default.
const Ajv2020 = Ajv2020Module.default;
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecDocument, SpecPath } from "../load/load-spec.js";

const specSchemaPath = fileURLToPath(new URL("../../spec/spec.schema.json", import.meta.url));

let compiled: ValidateFunction | undefined;

/** The spec format's JSON Schema, compiled once per process. */
function specValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    compiled = ajv.compile(JSON.parse(readFileSync(specSchemaPath, "utf8")));
  }
  return compiled;
}

/** Checks each document against spec/spec.schema.json: unknown keys, wrong value types, missing keys. */
export function checkStructure(documents: readonly SpecDocument[]): Diagnostic[] {
  const validate = specValidator();
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
      return {
        code: "bad_name",
        message: `'${String(params.propertyName)}' is not a valid name ${describePlace(path)}`,
        location: doc.locate([...path, String(params.propertyName)], "key"),
      };
    case "pattern":
      // A propertyNames failure also reports the inner pattern error; the propertyNames row says it better.
      if (error.propertyName !== undefined) return undefined;
      return {
        code: "bad_value",
        message: `${path.join(".")} must match ${String(params.pattern)}`,
        location: doc.locate(path),
      };
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
    case "if":
    case "$ref":
      return undefined;
    default:
      return {
        code: "bad_value",
        message: `${path.join(".") || "the document"} ${error.message ?? "is invalid"}`,
        location: doc.locate(path),
      };
  }
}
