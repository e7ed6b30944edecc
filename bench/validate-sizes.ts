/**
 * Minified and gzipped sizes of three ways to ship the same validation: the generated validators, the
 * zod event schema of @seamapi/types (with only what it imports), and ajv's standalone code for the
 * union schema. Each is bundled by esbuild from an entry file in a temporary folder.
 */
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { projectRoot } from "../generator/pipeline.js";
import type { EmittedFile } from "../generator/targets/target.js";

export interface BundleSize {
  name: string;
  minified: number;
  gzipped: number;
}

const require = createRequire(join(projectRoot, "package.json"));

async function bundle(name: string, entry: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { name, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/** The compiled ES modules of the package (dist/esm/*.js), bundled from the validators module. */
export async function validatorsSize(compiled: readonly EmittedFile[]): Promise<BundleSize> {
  const dir = mkdtempSync(join(tmpdir(), "validate-size-"));
  try {
    for (const file of compiled) if (file.path.startsWith("dist/esm/") && file.path.endsWith(".js")) writeFileSync(join(dir, file.path.slice(9)), file.contents);
    return await bundle("generated validators (all exports)", `export * from "./validators.js";`, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What receiving webhooks adds (verification, parsing, the router and its two adapters) on top of one
 * event's validator: the bundle of a receiver using that validator, minus the bundle of the validator alone.
 */
export async function receiverSize(compiled: readonly EmittedFile[], validator: string, discriminator: string): Promise<BundleSize & { base: BundleSize }> {
  const dir = mkdtempSync(join(tmpdir(), "receiver-size-"));
  try {
    for (const file of compiled) if (file.path.startsWith("dist/esm/") && file.path.endsWith(".js")) writeFileSync(join(dir, file.path.slice(9)), file.contents);
    const base = await bundle(`${validator} alone`, `export { ${validator} } from "./validators.js";`, dir);
    const whole = await bundle(
      "receiver",
      [
        `import { createWebhookReceiver } from "./receiver-runtime.js";`,
        `import { ${validator} } from "./validators.js";`,
        `export const receiver = (secret) => createWebhookReceiver({ secret }, ${validator}, ${JSON.stringify(discriminator)});`,
      ].join("\n"),
      dir,
    );
    return { name: "verify + router + adapters, on top of one validator", minified: whole.minified - base.minified, gzipped: whole.gzipped - base.gzipped, base };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The zod `seam_event` schema from @seamapi/types with the models and the zod it needs. */
export async function zodSize(): Promise<BundleSize> {
  // The CommonJS entry is dist/connect.cjs; the ES modules live beside dist/.
  const root = dirname(dirname(require.resolve("@seamapi/types/connect")));
  const seamEvent = join(root, "lib/seam/connect/models/events/seam-event.js");
  return bundle("@seamapi/types zod seam_event", `export { seam_event } from ${JSON.stringify(seamEvent)};`, projectRoot);
}

/** ajv's standalone code for the union schema, with its runtime helpers and formats bundled in. */
export async function ajvStandaloneSize(ajv: Ajv2020, unionId: string): Promise<BundleSize> {
  // The CommonJS module is itself the function (its `default` too); the types only know `default`.
  const standalone = standaloneCode as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string;
  const source = standalone(ajv, { union: unionId });
  return bundle("ajv standalone (union schema)", source, projectRoot);
}

/**
 * One export of the generated package's TypeScript sources (generated/src), bundled alone: what an
 * application that imports only that pays. esbuild reads the sources' `./x.js` imports as `./x.ts`.
 */
export async function exportSize(label: string, srcDir: string, module: string, name: string): Promise<BundleSize> {
  return bundle(label, `export { ${name} } from "./${module}";`, srcDir);
}

/** The gzipped bundle of one export per event, for every event: the spread shows what no one event picked for a table can. */
export async function perEventSizes(srcDir: string, module: string, exportNames: readonly string[]): Promise<{ name: string; gzipped: number }[]> {
  const sizes = [];
  for (const name of exportNames) sizes.push({ name, gzipped: (await exportSize(name, srcDir, module, name)).gzipped });
  return sizes.sort((a, b) => a.gzipped - b.gzipped || (a.name < b.name ? -1 : 1));
}
