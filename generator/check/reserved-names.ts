/**
 * Names a spec name must not become, read from where they are defined rather than kept by hand: what
 * the generated package's static runtimes export (they are copied into the package beside the
 * generated modules, which import from them), the fixed names the emitters declare, and the global names of JavaScript and TypeScript's
 * standard library (`Record`, `Array`, `Promise`), which generated code relies on.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The static modules the targets copy into the package. A module added to a target must be added here:
 * test/spec/reserved-names.test.ts fails, naming its exports, until it is.
 */
const runtimeSources = [
  new URL("../targets/validators/validation-runtime.ts", import.meta.url),
  new URL("../shared/fixture-runtime.ts", import.meta.url),
  new URL("../targets/receiver/receiver-runtime.ts", import.meta.url),
  new URL("../targets/receiver/webhook-signature.ts", import.meta.url),
];

/** The emitters of the code targets: the fixed names they declare (`FixtureOptions`, `DeepPartial`) are read from them. */
const emitterSources = [
  new URL("../targets/types/emit-types.ts", import.meta.url),
  new URL("../targets/validators/emit-validators.ts", import.meta.url),
  new URL("../targets/fixtures/emit-fixtures.ts", import.meta.url),
  new URL("../targets/receiver/emit-receiver.ts", import.meta.url),
];
const fixedDeclaration = /\bname: "([A-Z][\w$]*)"/g;

const exportedDeclaration = /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|type|interface|class|namespace|enum)\s+([A-Za-z_$][\w$]*)/gm;
const globalDeclaration = /^(?:declare\s+)?(?:interface|type|var|let|const|function|class|namespace|enum)\s+([A-Za-z_$][\w$]*)/gm;

function declaredNames(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

let fixed: Map<string, string> | undefined;

/**
 * Each name the generated modules declare whatever the spec: what the runtimes export, and the fixed
 * names the emitters give, with the source file that declares it.
 */
export function fixedPackageNames(): ReadonlyMap<string, string> {
  if (fixed) return fixed;
  fixed = new Map();
  const fileOf = (url: URL) => fileURLToPath(url).split(/[\\/]/).pop()!;
  for (const url of runtimeSources) for (const name of declaredNames(readFileSync(url, "utf8"), exportedDeclaration)) fixed.set(name, fileOf(url));
  for (const url of emitterSources) for (const name of declaredNames(readFileSync(url, "utf8"), fixedDeclaration)) fixed.set(name, fileOf(url));
  return fixed;
}

let globals: Set<string> | undefined;

/**
 * The global names of the ECMAScript standard library as TypeScript declares them (lib.es5.d.ts and
 * the lib.es20xx / lib.esnext files), including TypeScript's own utility types.
 */
export function standardGlobalNames(): ReadonlySet<string> {
  if (globals) return globals;
  const libDir = dirname(createRequire(import.meta.url).resolve("typescript/lib/lib.es5.d.ts"));
  globals = new Set();
  for (const file of readdirSync(libDir).filter((name) => /^lib\.es(5|\d{4}|next)(\.[\w.]+)?\.d\.ts$/.test(name))) {
    for (const name of declaredNames(readFileSync(join(libDir, file), "utf8"), globalDeclaration)) globals.add(name);
  }
  return globals;
}
