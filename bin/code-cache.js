/**
 * V8's code cache for the CommonJS modules the tool loads on every run (TypeScript's compiler alone is
 * 9 MB of JavaScript): their compiled code is kept on disk and reused, instead of parsing and compiling
 * them again in each process. Node 20 has no compile cache of its own (module.enableCompileCache came
 * in Node 22).
 *
 * Only the folders given are cached: a module compiled through node:vm cannot call import(), so a
 * package that imports dynamically (prettier's CommonJS entry does) must keep Node's own loader.
 * Entries are named by the module's path, size and modification time: a reinstalled package starts
 * afresh. V8 checks each entry against its own version and flags and ignores one it cannot use, so a
 * stale or corrupt file only costs time.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { dirname, join, sep } from "node:path";
import vm from "node:vm";

/**
 * Compiles the CommonJS modules under `folders` (those that exist) with the code kept in `cacheDir`, and keeps, when the
 * process exits, the code of those that had none: by then it holds every function the run compiled.
 */
export function installCodeCache(cacheDir, folders) {
  // Modules are known by their real path (a linked package's, not the link's).
  const roots = folders.flatMap((folder) => {
    try {
      return [realpathSync(folder) + sep];
    } catch {
      return [];
    }
  });
  const compile = Module.prototype._compile;
  const uncached = [];
  Module.prototype._compile = function (content, filename) {
    if (!roots.some((root) => filename.startsWith(root))) return compile.call(this, content, filename);
    const { size, mtimeMs } = statSync(filename);
    const entry = join(cacheDir, createHash("sha256").update(`${filename}\0${size}\0${mtimeMs}`).digest("hex").slice(0, 24));
    let cachedData;
    try {
      cachedData = readFileSync(entry);
    } catch {
      // Not cached yet.
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) uncached.push({ script, entry });
    return script.runInThisContext().call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
  };
  process.once("exit", () => {
    try {
      mkdirSync(cacheDir, { recursive: true });
      for (const { script, entry } of uncached) {
        writeFileSync(`${entry}.${process.pid}`, script.createCachedData());
        renameSync(`${entry}.${process.pid}`, entry);
      }
    } catch {
      // A cache that cannot be written costs time on the next run, nothing else.
    }
  });
}

/** The `require` a module's code is given, as Node builds it. */
function requireFor(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}
