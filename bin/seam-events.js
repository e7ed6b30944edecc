#!/usr/bin/env node
/**
 * The command-line tool (generator/cli/). Its TypeScript sources are compiled by esbuild into one CommonJS file under
 * node_modules/.cache/seam-events-cli/, and that plain JavaScript runs: a TypeScript loader costs
 * about a second of CPU on every start. A build is named by a hash of the content of the sources it
 * was compiled from, never by file times (cp -p, rsync -a or an untar set them back), so an edited
 * source is always compiled again. If nothing can be built, the sources run through tsx's loader.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";

/**
 * A run of the tool is mostly code that runs for a second or two (prettier, TypeScript, the emitters).
 * With V8's default budget its optimising compiler spends more CPU, on background threads, than the
 * optimised code then saves: a cold `generate` took about 6 CPU-seconds and 3.9 s of wall time, and
 * with a budget nine times larger, 4.1 CPU-seconds and 3.4 s (`npm run bench:generate` measures both).
 * Code that runs long (validate's stream) is still optimised, a little later.
 */
setFlagsFromString(process.env.SEAM_EVENTS_V8_FLAGS ?? "--interrupt-budget=600000");

const root = resolve(import.meta.dirname, "..");
const entry = join(root, "generator/cli/entry.ts");
const cacheDir = join(root, "node_modules/.cache/seam-events-cli");
const inputsFile = join(cacheDir, "inputs.json");

/**
 * The name of a build: this launcher (it decides how the tool is built), the checkout's place (the
 * build holds absolute paths) and every source's path and content.
 */
function buildName(contents) {
  const hash = createHash("sha256").update(readFileSync(import.meta.filename)).update(root);
  for (const [path, text] of contents) hash.update(`\0${path}\0`).update(text);
  return join(cacheDir, `cli-${hash.digest("hex").slice(0, 16)}.cjs`);
}

/** The build of the sources as they are now, if one was made: the sources of the last build, read again. */
function builtBefore() {
  try {
    const inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
    const file = buildName(inputs.map((path) => [path, readFileSync(join(root, path))]));
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

async function build() {
  const { build } = await import("esbuild");
  // The sources' text as esbuild compiled it: a file saved meanwhile changes the name of the next build, not this one's.
  const contents = new Map();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node20",
    packages: "external",
    format: "cjs",
    write: false,
    outfile: "cli.cjs",
    absWorkingDir: root,
    logLevel: "silent",
    plugins: [sourcesAsRead(contents)],
  });
  const sources = [...contents].sort(([a], [b]) => (a < b ? -1 : 1));
  const file = buildName(sources);
  mkdirSync(cacheDir, { recursive: true });
  writeWhole(file, result.outputFiles[0].contents);
  writeWhole(inputsFile, JSON.stringify(sources.map(([path]) => path)));
  // Builds of older sources, a day old: no run of the tool still loads them.
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith("cli-") && statSync(join(cacheDir, name)).mtimeMs < Date.now() - 86_400_000) rmSync(join(cacheDir, name), { force: true });
  }
  return file;
}

/** Written beside, then renamed into place: a concurrent run never reads half a file. */
function writeWhole(path, contents) {
  writeFileSync(`${path}.${process.pid}`, contents);
  renameSync(`${path}.${process.pid}`, path);
}

/**
 * Records each source's text, and keeps import.meta.url and import.meta.dirname the source file's own
 * (the sources find their templates and the spec schema from where they are).
 */
function sourcesAsRead(contents) {
  return {
    name: "sources-as-read",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$|\.json$/ }, (args) => {
        if (args.path.includes(`${join("node_modules", "")}`)) return undefined;
        const text = readFileSync(args.path, "utf8");
        contents.set(relative(root, args.path), text);
        const located = text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)).replaceAll("import.meta.dirname", JSON.stringify(dirname(args.path)));
        return { contents: located, loader: extname(args.path) === ".json" ? "json" : "ts" };
      });
    },
  };
}

let compiled;
try {
  compiled = builtBefore() ?? (await build());
} catch {
  compiled = undefined;
}
if (compiled) createRequire(import.meta.url)(compiled);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(entry).href);
}
