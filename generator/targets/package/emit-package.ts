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
      ...(model.package.license === "MIT" ? [{ path: "LICENSE", contents: mitLicense(model.package.name) }] : []),
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
      tarballName: shellWord(tarballName(pkg.name, pkg.version)),
      nodeRange: pkg.engines?.node === undefined ? undefined : codeSpan(pkg.engines.node),
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

/** The file name `npm pack` gives a package: `@scope/name` at 1.2.3 becomes `scope-name-1.2.3.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`;
}

function packageJson(model: CatalogueModel, parts: readonly PackageParts[]) {
  const pkg = model.package;
  return {
    name: model.package.name,
    version: model.package.version,
    description: model.package.description,
    ...(pkg.keywords.length > 0 ? { keywords: pkg.keywords } : {}),
    ...(pkg.homepage ? { homepage: pkg.homepage } : {}),
    ...(pkg.bugs ? { bugs: { url: pkg.bugs } } : {}),
    ...(pkg.repository ? { repository: { type: "git", url: `git+${pkg.repository}.git` } } : {}),
    license: pkg.license,
    ...(pkg.engines ? { engines: pkg.engines } : {}),
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
    files: ["dist", "src", ...parts.flatMap((part) => part.folders ?? []), "README.md", ...(pkg.license === "MIT" ? ["LICENSE"] : [])],
  };
}

/**
 * The MIT text ships with the package, as the license asks. Other licenses bring their own text,
 * which the generator cannot write for them. The holder line names the package, a checked npm name.
 */
function mitLicense(packageName: string): string {
  return `MIT License

Copyright (c) the ${packageName} authors

${MIT_BODY}`;
}

const MIT_BODY = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

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
