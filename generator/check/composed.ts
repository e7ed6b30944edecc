/**
 * Checks that need the composed model: what composition (include, omit, override) decides can only be
 * judged once it is done. Each problem is located at the property it concerns.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatLocation } from "../diagnostics/diagnostic.js";
import type { CatalogueModel, PropertyModel, ValueType } from "../model/types.js";
import { walkGraph } from "./cycles.js";
import { checkRelations } from "./relations.js";
// The generated validators' own format checks: an example is judged exactly as a payload will be.
import { isDateTime, isUri, isUuid } from "../targets/validators/validation-runtime.js";

export function checkComposed(model: CatalogueModel): Diagnostic[] {
  return [...findBadExamples(model), ...findRequiredShapeCycles(model), ...checkRelations(model)];
}

/** Every example must pass its own property's checks: fixtures are drawn from them. */
function findBadExamples(model: CatalogueModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const checkProperty = (property: PropertyModel, owner: string) => {
    const visit = (type: ValueType, path: string) => {
      (type.examples ?? []).forEach((example, i) => {
        const problem = exampleProblem(model, example, type, 0);
        if (!problem) return;
        const diagnostic: Diagnostic = {
          code: "bad_example",
          message: `example ${i + 1} of ${path} (${preview(example)}) ${problem}`,
          location: property.examplesLocation ?? property.location,
        };
        const key = `${formatLocation(diagnostic.location)} ${diagnostic.message}`;
        if (!seen.has(key)) diagnostics.push(diagnostic);
        seen.add(key);
      });
      const node = type.type;
      if (node.kind === "array") visit(node.items, `${path}[]`);
      if (node.kind === "record") visit(node.values, `${path}{}`);
      if (node.kind === "union") node.of.forEach((member, i) => visit(member, `${path} (alternative ${i + 1})`));
    };
    visit(property, `${owner}.${property.name}`);
  };
  for (const shape of model.shapes) for (const property of shape.properties) checkProperty(property, shape.name);
  for (const group of model.groups) for (const property of group.properties) checkProperty(property, property.group ?? group.key);
  for (const event of model.events) for (const property of event.properties) checkProperty(property, event.name);
  return diagnostics;
}

/** Deep enough for any real example; a deeper (or self-containing) value is judged as far as this. */
const maxDepth = 32;

/**
 * Why `value` does not fit `type`, or undefined when it does. A legacy enum value fits only with
 * `legacy: "accepted"`: examples and the values relations give become fixtures, which never carry one.
 */
export function exampleProblem(model: CatalogueModel, value: unknown, type: ValueType, depth = 0, legacy: "accepted" | "refused" = "refused"): string | undefined {
  if (value === null) return type.nullable ? undefined : "is null, but the property is not nullable";
  if (depth > maxDepth) return undefined;
  const node = type.type;
  switch (node.kind) {
    case "string":
      if (typeof value !== "string") return "is not a string";
      if (node.format === "uuid" && !isUuid(value)) return "is not a UUID";
      if (node.format === "date-time" && !isDateTime(value)) return "is not an RFC 3339 date-time";
      if (node.format === "uri" && !isUri(value)) return "is not an absolute URI";
      return undefined;
    case "literal":
      return value === node.value ? undefined : `is not ${JSON.stringify(node.value)}`;
    case "enum": {
      const member = model.enums.find((e) => e.name === node.name)?.values.find((v) => v.value === value);
      if (!member) return `is not a value of the enum ${node.name}`;
      return member.legacy && legacy === "refused" ? `is a legacy value of the enum ${node.name}, which fixtures never produce` : undefined;
    }
    case "number":
    case "integer":
      if (typeof value !== "number" || !Number.isFinite(value)) return "is not a finite number";
      if (node.kind === "integer" && !Number.isInteger(value)) return "is not an integer";
      if (node.minimum !== undefined && value < node.minimum) return `is below the minimum ${node.minimum}`;
      if (node.maximum !== undefined && value > node.maximum) return `is above the maximum ${node.maximum}`;
      return undefined;
    case "boolean":
      return typeof value === "boolean" ? undefined : "is not a boolean";
    case "object":
      return isPlainObject(value) ? undefined : "is not an object";
    case "shape": {
      if (!isPlainObject(value)) return "is not an object";
      const shape = model.shapes.find((s) => s.name === node.name);
      for (const property of shape?.properties ?? []) {
        if (!Object.hasOwn(value, property.name)) {
          if (property.required) return `lacks the required property '${property.name}'`;
          continue;
        }
        const problem = exampleProblem(model, value[property.name], property, depth + 1, legacy);
        if (problem) return `has '${property.name}' that ${problem}`;
      }
      const unknown = Object.keys(value).find((key) => !shape?.properties.some((p) => p.name === key));
      return unknown === undefined ? undefined : `has the property '${unknown}', which ${node.name} does not define`;
    }
    case "array": {
      if (!Array.isArray(value)) return "is not an array";
      for (const [i, item] of value.entries()) {
        const problem = exampleProblem(model, item, node.items, depth + 1, legacy);
        if (problem) return `has item ${i} that ${problem}`;
      }
      return undefined;
    }
    case "record": {
      if (!isPlainObject(value)) return "is not an object";
      for (const [key, item] of Object.entries(value)) {
        const problem = exampleProblem(model, item, node.values, depth + 1, legacy);
        if (problem) return `has '${key}' that ${problem}`;
      }
      return undefined;
    }
    case "union":
      return node.of.some((member) => exampleProblem(model, value, member, depth + 1, legacy) === undefined) ? undefined : "fits none of the alternatives";
    case "unknown":
      return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * A shape that contains itself through properties that are required and not nullable has no finite
 * valid value. A cycle through an optional or nullable property, an array or a record can end, and is
 * allowed.
 */
function findRequiredShapeCycles(model: CatalogueModel): Diagnostic[] {
  const shapes = new Map(model.shapes.map((shape) => [shape.name, shape]));
  const edgesOf = (name: string) =>
    shapes
      .get(name)!
      .properties.filter((property) => property.required && !property.nullable && property.type.kind === "shape" && shapes.has(property.type.name))
      .map((property) => ({ to: (property.type as { name: string }).name, edge: property }));
  return walkGraph([...shapes.keys()].sort(), edgesOf).cycles.map((cycle) => {
    const steps = [...cycle.map((step) => `${step.from}.${step.edge.name}`), cycle[0]!.from];
    const path = (steps.length > 8 ? [...steps.slice(0, 4), `... ${steps.length - 6} more`, ...steps.slice(-2)] : steps).join(" -> ");
    return {
      code: "shape_cycle",
      message: `shape '${cycle[0]!.from}' contains itself through required properties (${path}), so no payload could be valid; make one of them optional or nullable`,
      location: cycle[0]!.edge.location,
    };
  });
}
