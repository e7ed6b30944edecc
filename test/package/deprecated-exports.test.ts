import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { factoryName, guardName, schemaObjectName, validatorName } from "../../generator/model/naming.js";
import { readCatalogue } from "../../generator/pipeline.js";

const model = readCatalogue();
const deprecatedEvents = model.events.filter((e) => e.deprecated !== undefined);

/** Each exported name of an emitted declaration file with the text of its `@deprecated` tag, or undefined. */
function deprecations(file: string): Map<string, string | undefined> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found = new Map<string, string | undefined>();
  const record = (name: string, node: ts.Node) => {
    const tag = ts.getJSDocDeprecatedTag(node);
    found.set(name, tag === undefined ? undefined : (ts.getTextOfJSDocComment(tag.comment) ?? ""));
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) record(d.name.getText(), d);
    else if ((ts.isFunctionDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name) record(statement.name.text, statement);
  }
  return found;
}

describe("every export of a deprecated event says so, with the reason", () => {
  const files = Object.fromEntries(
    ["types", "validators", "fixtures"].flatMap((module) => ["esm", "cjs"].map((format) => [`${format}/${module}`, deprecations(join("generated/dist", format, `${module}.d.ts`))])),
  );

  it("the catalogue has deprecated events to check", () => {
    expect(deprecatedEvents.length).toBeGreaterThan(0);
  });

  it.each(deprecatedEvents.map((e) => [e.name, e] as const))("%s", (_, event) => {
    const exports: [string, string][] = [
      ["types", event.typeName],
      ["validators", validatorName(event.typeName)],
      ["validators", guardName(event.typeName)],
      ["validators", schemaObjectName(event.typeName)],
      ["fixtures", factoryName(event.typeName)],
    ];
    for (const format of ["esm", "cjs"]) {
      for (const [module, name] of exports) {
        const tags = files[`${format}/${module}`]!;
        expect(tags.has(name), `${format}/${module} exports ${name}`).toBe(true);
        expect(tags.get(name), `${format}/${module}: ${name}`).toBe(event.deprecated);
      }
    }
    const schema = JSON.parse(readFileSync(join("generated/schema", `${event.typeName}.json`), "utf8")) as { deprecated?: boolean };
    expect(schema.deprecated).toBe(true);
  });

  it("and the exports of a current event do not", () => {
    const current = model.events.find((e) => e.deprecated === undefined)!;
    const tags = files["esm/validators"]!;
    for (const name of [validatorName(current.typeName), guardName(current.typeName), schemaObjectName(current.typeName)]) expect(tags.get(name), name).toBeUndefined();
    expect(files["esm/fixtures"]!.get(factoryName(current.typeName))).toBeUndefined();
    expect(files["esm/types"]!.get(current.typeName)).toBeUndefined();
  });
});
