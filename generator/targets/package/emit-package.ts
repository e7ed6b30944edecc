import { codeSpan, escapeProse, escapeTableCell } from "../../escape/markdown.js";
import { shellWord } from "../../escape/shell.js";
import { checkIdentifiers, generatedHeader, lineCommentText, propertyKey, stringLiteral } from "../../escape/typescript.js";
import type { CatalogueModel } from "../../model/types.js";
import { layoutMarkdown } from "../../layout/markdown.js";
import { receiverNames } from "../../model/naming.js";
import { Templates } from "../../templating/templates.js";
import type { EmittedFile, PackageParts, Target, TargetContext, TargetName } from "../target.js";

/**
 * Makes the output folder an installable package: package.json with an exports map for ESM and
 * CommonJS, the index that re-exports the selected targets' modules, and a README. Always runs; what
 * each target adds (modules, folders, exports) it learns from the target itself.
 */
export const packageTarget: Target = {
  name: "package",
  emit(model: CatalogueModel, context: TargetContext): EmittedFile[] {
    const parts = (context.targets ?? []).flatMap((target) => (target.package ? [target.package] : []));
    const modules = parts.flatMap((part) => part.modules ?? []);
    checkIdentifiers(model);
    const index = [
      generatedHeader(model.package.name),
      ...modules.map((module) => `export * from "./${module}.js";`),
      ...(modules.length === 0 ? ["export {};"] : []),
    ].join("\n");
    const templates = Templates.load(context.templatesDir, {}, context.cache?.reuseTemplates);
    const readme = templates.render("package/README.md", { ...readmeView(model, context.selected), receiver: receiverExample(model) });
    return [
      { path: "package.json", contents: JSON.stringify(packageJson(model, parts), null, 2) + "\n" },
      { path: "src/index.ts", contents: index },
      { path: "README.md", contents: layoutMarkdown(readme) },
    ];
  },
};

/**
 * What the README template sees: spec text already escaped for where it goes (Markdown prose, a
 * TypeScript string literal, a shell word), since templates are rendered without escaping of their own.
 * Type names are identifiers, checked before.
 */
function readmeView(model: CatalogueModel, selected: readonly TargetName[]) {
  const pkg = model.package;
  const discriminatorKey = propertyKey(pkg.discriminator);
  const firstEvent = model.events[0];
  return {
    pkg: {
      name: escapeTableCell(pkg.name),
      nameLiteral: stringLiteral(pkg.name),
      installName: shellWord(pkg.name),
      description: escapeProse(pkg.description),
      unionName: pkg.unionName,
      eventTypeName: pkg.eventTypeName,
      eventOfName: pkg.eventOfName,
      eventTypesConstName: pkg.eventTypesConstName,
      discriminatorCode: codeSpan(pkg.discriminator),
      // `event.kind` or `event["the kind"]`: the property read in a snippet.
      schemaPath: stringLiteral(`${pkg.name}/schema/${pkg.unionName}.json`),
      schemaRequire: codeSpan(`require(${stringLiteral(`${pkg.name}/schema/${pkg.unionName}.json`)})`),
      discriminatorAccess: discriminatorKey === pkg.discriminator ? `.${discriminatorKey}` : `[${stringLiteral(pkg.discriminator)}]`,
    },
    eventCount: model.events.length,
    familyCount: model.families.length,
    firstEvent: firstEvent && { typeName: firstEvent.typeName, nameLiteral: stringLiteral(firstEvent.name) },
    has: Object.fromEntries(selected.map((t) => [t, true])),
  };
}

function packageJson(model: CatalogueModel, parts: readonly PackageParts[]) {
  return {
    name: model.package.name,
    version: model.package.version,
    description: model.package.description,
    license: "MIT",
    type: "module",
    sideEffects: false,
    main: "./dist/cjs/index.js",
    module: "./dist/esm/index.js",
    types: "./dist/esm/index.d.ts",
    exports: {
      ".": {
        import: { types: "./dist/esm/index.d.ts", default: "./dist/esm/index.js" },
        require: { types: "./dist/cjs/index.d.ts", default: "./dist/cjs/index.js" },
      },
      ...Object.assign({}, ...parts.map((part) => part.exports ?? {})),
      "./package.json": "./package.json",
    },
    files: ["dist", "src", ...parts.flatMap((part) => part.folders ?? []), "README.md"],
  };
}

/** What the README's webhook endpoint shows: the shortest current event name reads best in an example. */
function receiverExample(model: CatalogueModel) {
  const current = model.events.filter((e) => e.deprecated === undefined && !e.unreleased);
  const example = [...(current.length > 0 ? current : model.events)].sort((a, b) => a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
  if (!example) return undefined;
  // Spec names written where the snippets need them: string literals in code, a code span in prose.
  const family = example.name.split(".")[0]!;
  return {
    ...receiverNames(model.package.unionName),
    event: { typeName: example.typeName, nameLiteral: stringLiteral(example.name) },
    familyLiteral: stringLiteral(family),
    familyComment: lineCommentText(family),
    familyLiteralCode: codeSpan(stringLiteral(family)),
    familyPatternCode: codeSpan(`${family}.*`),
  };
}
