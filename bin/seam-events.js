#!/usr/bin/env node
/**
 * The command-line tool. Its TypeScript sources are compiled by esbuild into one folder of plain
 * JavaScript under node_modules/.cache, kept between runs while no source changes: a start through a
 * TypeScript loader (a hook thread that transforms every module, in every format worker too) cost
 * seconds of CPU. If the folder cannot be built, the sources run through tsx's loader instead.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { installCodeCache } from "./code-cache.js";

const root = resolve(import.meta.dirname, "..");
const entry = join(root, "generator/cli/main.ts");
// One folder per checkout: the compiled code holds its sources' absolute paths.
const cacheDir = join(root, "node_modules/.cache/seam-events-cli", createHash("sha256").update(root).digest("hex").slice(0, 8));
const inputsFile = join(cacheDir, "inputs.json");
// What the build of the tool holds: the tool, and beside it the modules its worker threads run.
const CLI_FILE = "cli.cjs";
const WORKERS = ["generator/format/format-worker.ts", "generator/read/read-worker.ts"];
// The packages every run loads on its main thread, whose compiled code is kept: none imports
// dynamically, which code compiled this way cannot (the tool itself does, so it is not cached).
const CACHED_PACKAGES = ["ts-morph", "@ts-morph/common", "code-block-writer", "yaml", "ajv", "fast-uri", "json-schema-traverse", "fast-deep-equal", "handlebars"];

/** The folder built last time, if none of the files it was built from changed since. */
function builtBefore() {
  try {
    const { dir, inputs, startedAt } = JSON.parse(readFileSync(inputsFile, "utf8"));
    statSync(join(cacheDir, dir, CLI_FILE));
    return inputs.every((input) => statSync(join(root, input)).mtimeMs < startedAt) ? join(cacheDir, dir) : undefined;
  } catch {
    return undefined;
  }
}

/** Compiles the tool into a folder named by its content, written whole then renamed into place. */
async function build() {
  // A source saved while esbuild reads the sources is newer than this, and is compiled next time.
  const startedAt = Date.now();
  const { build } = await import("esbuild");
  const common = {
    bundle: true,
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    write: false,
    outdir: cacheDir,
    absWorkingDir: root,
    logLevel: "silent",
    // The sources find their files (templates, the spec schema) from where they are: keep that place.
    plugins: [sourceLocation],
  };
  // The tool is CommonJS: Node then loads its packages without scanning their source for exports (9 MB
  // for TypeScript's). The workers stay ES modules (prettier's plugin is one), named as
  // generator/threads/worker-script.ts expects.
  const workers = Object.fromEntries(WORKERS.map((path) => [basename(path, ".ts"), join(root, path)]));
  const results = await Promise.all([
    build({ ...common, entryPoints: { cli: entry }, format: "cjs", outExtension: { ".js": ".cjs" }, define: { COMPILED_WORKERS: "true" } }),
    build({ ...common, entryPoints: workers, format: "esm", outExtension: { ".js": ".mjs" } }),
  ]);
  const result = { outputFiles: results.flatMap((r) => r.outputFiles), metafile: { inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)) } };
  const hash = createHash("sha256");
  for (const file of result.outputFiles) hash.update(file.path).update(file.contents);
  const dir = hash.digest("hex").slice(0, 16);
  const staging = join(cacheDir, `${dir}.${process.pid}`);
  for (const file of result.outputFiles) {
    const path = join(staging, relative(cacheDir, file.path));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  try {
    renameSync(staging, join(cacheDir, dir));
  } catch {
    // Another run built the same folder first.
    rmSync(staging, { recursive: true, force: true });
  }
  // This file too: how the tool is built is part of what was built.
  const inputs = [relative(root, import.meta.filename), ...Object.keys(result.metafile.inputs).filter((input) => !input.startsWith("node_modules/"))];
  writeFileSync(`${inputsFile}.${process.pid}`, JSON.stringify({ dir, inputs, startedAt }));
  renameSync(`${inputsFile}.${process.pid}`, inputsFile);
  pruneOlderThanADay(dir);
  return join(cacheDir, dir);
}

/** Builds of older sources, left by earlier runs (a day: no run of the tool still loads from them). */
function pruneOlderThanADay(current) {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (name !== current && name !== "inputs.json" && statSync(path).mtimeMs < Date.now() - 86_400_000) rmSync(path, { recursive: true, force: true });
  }
}

/** Replaces import.meta.url and import.meta.dirname with the source file's own. */
const sourceLocation = {
  name: "source-location",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      const contents = text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)).replaceAll("import.meta.dirname", JSON.stringify(dirname(args.path)));
      return { contents, loader: "ts" };
    });
  },
};

let compiled;
try {
  compiled = builtBefore() ?? (await build());
} catch {
  compiled = undefined;
}
if (compiled) {
  process.setSourceMapsEnabled(true);
  installCodeCache(join(compiled, "code-cache"), CACHED_PACKAGES.map((name) => join(root, "node_modules", name)));
  createRequire(import.meta.url)(join(compiled, CLI_FILE));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(entry).href);
}
