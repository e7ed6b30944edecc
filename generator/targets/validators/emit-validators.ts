import { readFileSync } from "node:fs";
import type { StatementStructures } from "ts-morph";
import { groupRuns } from "../../model/group-runs.js";
import { recursiveShapes } from "../../model/shape-cycles.js";
import { checkerName, groupTypeName, guardName, pascalCase, schemaObjectName, unknownEventName, validatorName } from "../../model/naming.js";
import type { CatalogueModel, GroupModel, PropertyModel, TypeNode, ValueType } from "../../model/types.js";
import type { EmittedFile, Target } from "../target.js";
import type { TextMemo } from "../../cache/text-memo.js";
import { nameHash } from "../../shared/name-hash.js";
import { deprecatedTag } from "../../shared/deprecated-tag.js";
import { printStatements, type PrintedModule } from "../../shared/print-typescript.js";
import { StructureKind, VariableDeclarationKind } from "../../shared/ts-morph.js";
import { checkIdentifiers, commentCode, generatedHeader, lineCommentText, literal, numberLiteral } from "../../escape/typescript.js";

export const VALIDATORS_MODULE = "src/validators.ts";
export const VALIDATION_RUNTIME_MODULE = "src/validation-runtime.ts";

const runtimeSource = (): string => readFileSync(new URL("./validation-runtime.ts", import.meta.url), "utf8");

/**
 * The validators target: ahead-of-time generated checks, one function per event and per shape, with
 * exported wrappers (validate…, is…, …Schema) over them. Valid payloads take the straight path:
 * typeof first, inline checks per property, no allocation until the first error.
 */
export const validatorsTarget: Target = {
  name: "validators",
  uses: ["types"],
  package: { modules: ["validators"] },
  emit(model, context) {
    return [
      { path: VALIDATORS_MODULE, ...emitValidators(model, context.cache?.print) },
      { path: VALIDATION_RUNTIME_MODULE, contents: runtimeSource(), laidOut: true },
    ] satisfies EmittedFile[];
  },
};

/** A value in the generated code, by the TypeScript literal rule. */
const js = (value: unknown): string => literal(value);
/** What tells two types apart for sharing a check: their JSON, examples aside. */
const shareKey = (value: unknown): string => JSON.stringify(value, withoutExamples);

/** How a type is named in "expected …" messages. */
function expectedText(value: ValueType): string {
  const base = typeText(value.type);
  return value.nullable ? `${base} or null` : base;
}

function typeText(type: TypeNode): string {
  switch (type.kind) {
    case "literal":
    case "enum":
      return "string";
    case "shape":
    case "record":
      return "object";
    case "union":
      return type.of.map(expectedText).join(" or ");
    case "unknown":
      return "any value";
    default:
      return type.kind;
  }
}

/**
 * Builds the module. Nested arrays and records get their own check functions (shared by every
 * property of the same type), as do enums (membership by switch) and shapes.
 */
class ValidatorWriter {
  readonly helpers: string[] = [];
  private readonly containerNames = new Map<string, string>();
  private readonly valueFunctionNames = new Map<string, string>();
  private readonly groupFunctionNames = new Map<GroupModel, string>();
  /** Every function name given out, with the type key it checks ("" for the object checks). */
  private readonly taken = new Map<string, string>();

  constructor(private readonly model: CatalogueModel) {
    for (const shape of model.shapes) this.taken.set(checkerName(shape.name), "");
    for (const event of model.events) this.taken.set(checkerName(event.typeName), "");
    for (const group of model.groups) this.taken.set(checkerName(groupTypeName(group.key)), "");
    this.taken.set(checkerName(model.package.unionName), "");
  }

  /**
   * The name of a shared check, from what it checks (checkNullableUuid, checkArrayOfResourceError), so
   * that adding a property renames nothing. Two types whose words coincide (constants that differ only
   * in punctuation) are told apart by a hash of the type, never by the order they were met in.
   */
  sharedCheckName(value: ValueType, key: string): string {
    const name = `check${typeWords(value)}`;
    const holder = this.taken.get(name);
    if (holder === undefined || holder === key) {
      this.taken.set(name, key);
      return name;
    }
    const hashed = `${name}_${nameHash(key)}`;
    this.taken.set(hashed, key);
    return hashed;
  }

  enumName(name: string): string {
    return `in${name}`;
  }

  enumValuesName(name: string): string {
    return `${name}Values`;
  }

  /** A check function for an array or a record type, created on first use. */
  containerCheck(type: Extract<TypeNode, { kind: "array" | "record" }>): string {
    const key = shareKey(type);
    let name = this.containerNames.get(key);
    if (name) return name;
    name = this.sharedCheckName({ type, nullable: false }, key);
    this.containerNames.set(key, name);
    const itemCheck = this.valueCheck(type.kind === "array" ? type.items : type.values, "k");
    const locals = (index: string) => `let e: Errors${itemCheck.includes("(r = ") ? ", r: Errors" : ""}, v: any, k: ${index} | undefined;`;
    const body =
      type.kind === "array"
        ? [
            `if (!Array.isArray(o)) return fail(undefined, undefined, "type", "array", o);`,
            // Items of any type: nothing to read, however long the array claims to be.
            ...(itemCheck === ""
              ? [`return undefined;`]
              : [
                  locals("number"),
                  `try {`,
                  `for (k = 0; k < o.length; k++) {`,
                  // A hole is undefined, never the value an Array.prototype entry would give it.
                  `v = own(o, k) ? o[k] : undefined;`,
                  itemCheck,
                  `}`,
                  `} catch (x) { return threw(e, k, x); }`,
                  `return e;`,
                ]),
          ]
        : [
            `if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);`,
            locals("string"),
            `try {`,
            `for (k in o) {`,
            `if (!own(o, k)) continue;`,
            `v = o[k];`,
            itemCheck,
            `}`,
            `} catch (x) { return threw(e, k, x); }`,
            `return e;`,
          ];
    this.helpers.push(`function ${name}(o: any, a: boolean): Errors {\n${body.join("\n")}\n}`);
    return name;
  }

  /**
   * The call that checks a property's value `v` (an expression giving its errors), or undefined for a
   * type that accepts anything. Shapes, arrays and records call their own check; a constant calls the
   * runtime's; any other type gets a check function shared by every property of the same type: a
   * catalogue repeats a few value types (uuid, date-time, metadata records) across all its events, so
   * the events' checks stay a list of calls instead of repeating the same code.
   */
  valueCall(value: ValueType): string | undefined {
    const type = value.type;
    if (type.kind === "unknown") return undefined;
    if (!value.nullable) {
      if (type.kind === "literal") return `constant(v, ${js(type.value)})`;
      if (type.kind === "shape") return `${checkerName(type.name)}(v, a)`;
      if (type.kind === "array" || type.kind === "record") return `${this.containerCheck(type)}(v, a)`;
    }
    const key = shareKey({ type, nullable: value.nullable });
    let name = this.valueFunctionNames.get(key);
    if (!name) {
      name = this.sharedCheckName(value, key);
      this.valueFunctionNames.set(key, name);
      const check = this.valueCheck(value, "undefined");
      this.helpers.push(`function ${name}(v: any, a: boolean): Errors {\nlet e: Errors${check.includes("(r = ") ? ", r: Errors" : ""};\n${check}\nreturn e;\n}`);
    }
    return `${name}(v, a)`;
  }

  /** Statements checking the value in `v`, reporting at `key` (a JS expression; "undefined" for the value itself). */
  valueCheck(value: ValueType, key: string): string {
    const report = (code: string, expected: string) => `{ e = fail(e, ${key}, ${js(code)}, ${expected}, v); if (a || full()) return e; }`;
    const typeError = report("type", js(expectedText(value)));
    const type = value.type;
    let check: string;
    switch (type.kind) {
      case "string":
        check = `if (typeof v !== "string") ${typeError}`;
        if (type.format) {
          const test = { uuid: "isUuid", "date-time": "isDateTime", uri: "isUri" }[type.format];
          check += ` else if (!${test}(v)) ${report("format", js(type.format))}`;
        }
        break;
      case "literal":
        check = `if (v !== ${js(type.value)}) { if (typeof v !== "string") ${typeError} else ${report("const", js(type.value))} }`;
        break;
      case "enum":
        check = `if (!${this.enumName(type.name)}(v)) { if (typeof v !== "string") ${typeError} else ${report("enum", this.enumValuesName(type.name))} }`;
        break;
      case "number":
      case "integer": {
        check = `if (!isNumber(v)) ${typeError}`;
        if (type.kind === "integer") check += ` else if (!Number.isInteger(v)) ${report("integer", `""`)}`;
        const bounds = [type.minimum !== undefined ? `v < ${numberLiteral(type.minimum)}` : "", type.maximum !== undefined ? `v > ${numberLiteral(type.maximum)}` : ""].filter(Boolean);
        const text = [type.minimum !== undefined ? `>= ${type.minimum}` : "", type.maximum !== undefined ? `<= ${type.maximum}` : ""].filter(Boolean).join(" and ");
        if (bounds.length > 0) check += ` else if (${bounds.join(" || ")}) ${report("range", js(text))}`;
        break;
      }
      case "boolean":
        check = `if (typeof v !== "boolean") ${typeError}`;
        break;
      case "object":
        check = `if (!isObject(v)) ${typeError}`;
        break;
      case "unknown":
        return "";
      case "shape":
      case "array":
      case "record": {
        const callee = type.kind === "shape" ? checkerName(type.name) : this.containerCheck(type);
        check = `if ((r = ${callee}(v, a)) !== undefined) { e = ${key === "undefined" ? "r" : `nest(e, ${key}, r)`}; if (a || full()) return e; }`;
        break;
      }
      case "union":
        check = `if (!(${type.of.map((member) => this.matches(member)).join(" || ")})) ${typeError}`;
        break;
    }
    return value.nullable ? `if (v !== null) { ${check} }` : check;
  }

  /** A boolean expression: does `v` match this member of a union? */
  matches(value: ValueType): string {
    const type = value.type;
    let test: string;
    switch (type.kind) {
      case "string":
        test = type.format ? `(typeof v === "string" && ${{ uuid: "isUuid", "date-time": "isDateTime", uri: "isUri" }[type.format]}(v))` : `typeof v === "string"`;
        break;
      case "literal":
        test = `v === ${js(type.value)}`;
        break;
      case "enum":
        test = `${this.enumName(type.name)}(v)`;
        break;
      case "number":
      case "integer": {
        const parts = [type.kind === "integer" ? "Number.isInteger(v)" : "isNumber(v)"];
        if (type.minimum !== undefined) parts.push(`v >= ${numberLiteral(type.minimum)}`);
        if (type.maximum !== undefined) parts.push(`v <= ${numberLiteral(type.maximum)}`);
        test = `(${parts.join(" && ")})`;
        break;
      }
      case "boolean":
        test = `typeof v === "boolean"`;
        break;
      case "object":
        test = `isObject(v)`;
        break;
      case "unknown":
        test = "true";
        break;
      case "shape":
        test = `passes(${checkerName(type.name)}, v)`;
        break;
      case "array":
      case "record":
        test = `passes(${this.containerCheck(type)}, v)`;
        break;
      case "union":
        test = `(${type.of.map((member) => this.matches(member)).join(" || ")})`;
        break;
    }
    return value.nullable ? `(v === null || ${test})` : test;
  }

  /**
   * The check function of an event or a shape: each property read once, own properties only. The
   * check of a shape that contains itself counts how deep it is nested, so that a deep payload gets a
   * `depth` error instead of overflowing the stack.
   */
  objectCheck(name: string, properties: readonly PropertyModel[], recursive = false): string {
    const checks = this.propertyChecks(properties);
    return [
      `function ${name}(o: any, a: boolean): Errors {`,
      `if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);`,
      ...(recursive ? [`if (nesting >= MAX_NESTING) return fail(undefined, undefined, "depth", ${js(`an object nested at most ${MAX_NESTING} levels deep in recursive shapes`)}, o);`, `nesting++;`] : []),
      `let e: Errors${checks.some((line) => line.includes("r = ")) ? ", r: Errors" : ""}, v: any, k: string | undefined;`,
      `try {`,
      ...checks,
      `if (lenient()) e = unknownProperties(e, o, ${js(properties.map((p) => p.name))});`,
      `} catch (x) { return threw(e, k, x); }${recursive ? " finally { nesting--; }" : ""}`,
      `return e;`,
      `}`,
    ].join("\n");
  }

  /**
   * Statements checking a list of properties of `o`. Where a run of them is exactly a group of the
   * spec (as events that include a group without changing it have), one call to that group's shared
   * function checks the run: most of an event's properties come from a few groups, so each group's
   * checks are written once instead of once per event.
   */
  propertyChecks(properties: readonly PropertyModel[], within?: GroupModel): string[] {
    const lines: string[] = [];
    for (const run of groupRuns(properties, this.model.groups, checkKey, within)) {
      if ("group" in run) {
        lines.push(`if ((e = ${this.groupFunction(run.group)}(o, a, e)) && (a || full())) return e;`);
        continue;
      }
      const property = run.property;
      const access = /^[A-Za-z_$][\w$]*$/.test(property.name) ? `o.${property.name}` : `o[${js(property.name)}]`;
      const call = this.valueCall(property);
      if (!call && !property.required) continue;
      lines.push(
        `v = own(o, (k = ${js(property.name)})) ? ${access} : undefined;`,
        `r = v === undefined ? ${property.required ? "absent(k)" : "undefined"} : ${call ?? "undefined"};`,
        `if (r !== undefined && (e = nest(e, k, r)) && (a || full())) return e;`,
      );
    }
    return lines;
  }

  /** The shared check of a group's properties, created on first use; it adds to the caller's errors. */
  groupFunction(group: GroupModel): string {
    let name = this.groupFunctionNames.get(group);
    if (name) return name;
    name = checkerName(groupTypeName(group.key));
    this.groupFunctionNames.set(group, name);
    this.helpers.push(
      [
        `/** ${lineCommentText(group.title)}: the properties of the ${commentCode(group.key)} group. */`,
        `function ${name}(o: any, a: boolean, e: Errors): Errors {`,
        `let r: Errors, v: any, k: string | undefined;`,
        `try {`,
        ...this.propertyChecks(group.properties, group),
        // The caller reports what was read when a getter threw, and checks nothing more of the object.
        `} catch (x) { throw interrupted(e, k, x); }`,
        `return e;`,
        `}`,
      ].join("\n"),
    );
    return name;
  }
}

/** How deep recursive shapes may nest in a payload before the validator reports a `depth` error. */
const MAX_NESTING = 64;

/** The functions of validation-runtime.ts that generated code may call. */
const runtimeFunctions = ["absent", "constant", "fail", "full", "guard", "interrupted", "isDateTime", "isNumber", "isObject", "isUri", "isUuid", "lenient", "missing", "nest", "own", "passes", "standard", "threw", "unknownProperties", "validator"];

/** What a value type accepts, in words for an identifier: NullableUuid, ArrayOfString, NumberFrom0To1. */
function typeWords(value: ValueType): string {
  const type = value.type;
  let words: string;
  switch (type.kind) {
    case "string":
      words = type.format ? { uuid: "Uuid", "date-time": "DateTime", uri: "Uri" }[type.format] : "String";
      break;
    case "literal":
      words = `Const${pascalCase(type.value.replace(/[^A-Za-z0-9]+/g, "_")) || "Empty"}`;
      break;
    case "enum":
    case "shape":
      words = type.name;
      break;
    case "number":
    case "integer": {
      const bound = (n: number) => String(n).replace("+", "").replace("-", "Minus").replace(".", "Point");
      words = `${type.kind === "number" ? "Number" : "Integer"}${type.minimum !== undefined ? `From${bound(type.minimum)}` : ""}${type.maximum !== undefined ? `To${bound(type.maximum)}` : ""}`;
      break;
    }
    case "boolean":
      words = "Boolean";
      break;
    case "object":
      words = "Object";
      break;
    case "unknown":
      words = "Unknown";
      break;
    case "array":
      words = `ArrayOf${typeWords(type.items)}`;
      break;
    case "record":
      words = `RecordOf${typeWords(type.values)}`;
      break;
    case "union":
      words = type.of.map(typeWords).join("Or");
      break;
  }
  return value.nullable ? `Nullable${words}` : words;
}


const withoutExamples = (key: string, value: unknown): unknown => (key === "examples" ? undefined : value);

/** How a property is checked (descriptions and examples aside): equal keys, equal checks. */
function checkKey(property: PropertyModel): string {
  return shareKey({ name: property.name, required: property.required, type: property.type, nullable: property.nullable });
}

export function emitValidators(model: CatalogueModel, memo?: TextMemo): PrintedModule {
  const pkg = model.package;
  checkIdentifiers(model);
  const writer = new ValidatorWriter(model);
  const header = generatedHeader(pkg.name);
  const statements: (string | StatementStructures)[] = [header];
  const typeNames = [...model.events.map((e) => e.typeName), pkg.unionName];
  const unknownName = unknownEventName(pkg.unionName);
  // Filled in at the end with the runtime functions the module calls, so that none is unused.
  const runtimeImport = { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./validation-runtime.js", namedImports: [] as string[] };

  statements.push(
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./types.js",
      namedImports: typeNames,
    },
    runtimeImport,
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./validation-runtime.js",
      namedImports: ["Check", "Errors", "Guard", "StandardSchemaV1", "Validate"],
    },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./validation-runtime.js",
      namedExports: ["Guard", "LenientValidationResult", "StandardSchemaV1", "Validate", "ValidateOptions", "ValidationError", "ValidationErrorCode", "ValidationPolicy", "ValidationResult", "ValidationWarning", "ValidationWarningCode"],
    },
    `/** Standard Schema vendor name of every schema object below. */\nconst vendor = ${js(pkg.name)};`,
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: unknownName,
      docs: [`An event whose type this version of the catalogue does not know: what the lenient policy accepts in place of a \`${pkg.unionName}\`.`],
      properties: [{ name: js(pkg.discriminator), type: "string" }],
      indexSignatures: [{ keyName: "property", keyType: "string", returnType: "unknown" }],
    },
  );

  for (const en of model.enums) {
    const cases = en.values.map((v) => `case ${js(v.value)}:`).join(" ");
    statements.push(
      `const ${writer.enumValuesName(en.name)} = ${js(en.values.map((v) => js(v.value)).join(", "))};`,
      `function ${writer.enumName(en.name)}(v: unknown): boolean {\nswitch (v) { ${cases} return true; default: return false; }\n}`,
    );
  }

  const checks: string[] = [];
  const recursive = recursiveShapes(model);
  if (recursive.size > 0) {
    statements.push(
      `/** How deep the shapes that contain themselves may nest in a payload. */\nconst MAX_NESTING = ${MAX_NESTING};`,
      `/** How deep the check is in those shapes now. */\nlet nesting = 0;`,
    );
  }
  for (const shape of model.shapes) checks.push(writer.objectCheck(checkerName(shape.name), shape.properties, recursive.has(shape.name)));
  for (const event of model.events) checks.push(writer.objectCheck(checkerName(event.typeName), event.properties));

  const byType = `${checkerName(pkg.unionName)}ByType`;
  const unionCheck = [
    `/** Constant-time dispatch on ${commentCode(pkg.discriminator)}: one map lookup, never a trial of each event. */`,
    `const ${byType}: Map<unknown, Check> = new Map([\n${model.events.map((e) => `[${js(e.name)}, ${checkerName(e.typeName)}],`).join("\n")}\n]);`,
    `function ${checkerName(pkg.unionName)}(o: any, a: boolean): Errors {`,
    `if (!isObject(o)) return fail(undefined, undefined, "type", "object", o);`,
    `let t: unknown;`,
    `try { t = own(o, ${js(pkg.discriminator)}) ? o[${js(pkg.discriminator)}] : undefined; } catch (x) { return threw(undefined, ${js(pkg.discriminator)}, x); }`,
    `const check = ${byType}.get(t);`,
    `if (check !== undefined) return check(o, a);`,
    `if (t === undefined) return missing(undefined, ${js(pkg.discriminator)});`,
    `if (typeof t !== "string") return fail(undefined, ${js(pkg.discriminator)}, "type", "string", t);`,
    `return fail(undefined, ${js(pkg.discriminator)}, "unknown_event_type", ${js(String(model.events.length))}, t);`,
    `}`,
  ].join("\n");

  statements.push(...writer.helpers, ...checks, unionCheck);
  const code = [...writer.helpers, ...checks, unionCheck].join("\n");
  runtimeImport.namedImports = runtimeFunctions.filter((name) => name === "guard" || name === "standard" || name === "validator" || code.includes(`${name}(`));

  // One line of declaration per export: the behaviour is documented once, on Validate and Guard.
  // The event-type rules of the lenient policy: older names, and for the union the types it knows.
  const eventTypes = (aliases: [string, string][], known?: string) =>
    aliases.length === 0 && known === undefined ? "" : `, { key: ${js(pkg.discriminator)}, aliases: ${js(aliases)}${known ? `, known: ${known}` : ""} }`;
  // An event's deprecation goes on each of its exports, so an editor strikes through every use.
  const exported = (typeName: string, what: string, events: string, unknown?: string, deprecated?: string) =>
    [
      [`Validates ${what}; see {@link Validate}.`, validatorName(typeName), `Validate<${typeName}${unknown ? `, ${unknown}` : ""}>`, `validator`, events],
      [`True when the input is ${what}.`, guardName(typeName), `Guard<${typeName}>`, `guard`, ""],
      [`Standard Schema v1 object for ${what}.`, schemaObjectName(typeName), `StandardSchemaV1<${typeName}>`, `standard`, ", vendor"],
    ].map(([docs, name, type, make, rest]) => ({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: docs!, tags: deprecated === undefined ? [] : [deprecatedTag(deprecated)] }],
      declarations: [{ name: name!, type, initializer: `/* @__PURE__ */ ${make}(${checkerName(typeName)}${rest})` }],
    }));
  for (const event of model.events) {
    statements.push(...exported(event.typeName, `a ${commentCode(event.name)} event`, eventTypes(event.aliases.map((alias) => [alias, event.name])), undefined, event.deprecated));
  }
  const allAliases = model.events.flatMap((e) => e.aliases.map((alias): [string, string] => [alias, e.name]));
  statements.push(...exported(pkg.unionName, `any event of the catalogue, dispatching on ${commentCode(pkg.discriminator)}`, eventTypes(allAliases, byType), unknownName));

  return printStatements(statements, memo);
}
