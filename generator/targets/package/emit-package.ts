import type { CatalogueModel } from "../../model/types.js";
import { layoutMarkdown } from "../../layout/markdown.js";
import { receiverNames } from "../../model/naming.js";
import { Templates } from "../../templating/templates.js";
import type { EmittedFile, PackageParts, Target, TargetContext } from "../target.js";

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
    const index = [
      `// Generated from the ${model.package.name} spec. Do not edit: edit the spec and regenerate.`,
      ...modules.map((module) => `export * from "./${module}.js";`),
      ...(modules.length === 0 ? ["export {};"] : []),
    ].join("\n");
    const templates = Templates.load(context.templatesDir, {}, context.cache?.reuseTemplates);
    const readme = templates.render("package/README.md", {
      pkg: model.package,
      eventCount: model.events.length,
      familyCount: model.families.length,
      firstEvent: model.events[0],
      has: Object.fromEntries(context.selected.map((t) => [t, true])),
      receiver: receiverExample(model),
    });
    return [
      { path: "package.json", contents: `${JSON.stringify(packageJson(model, parts), null, 2)}\n` },
      { path: "src/index.ts", contents: index },
      { path: "README.md", contents: layoutMarkdown(readme) },
    ];
  },
};

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
  return example && { ...receiverNames(model.package.unionName), event: example, family: example.name.split(".")[0] };
}
