import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheFile } from "../../generator/cache/cache-file.js";
import { diskCacheDir } from "../../generator/cli/commands/shared-options.js";
import { defaultSpecPath, generate, readCatalogue } from "../../generator/pipeline.js";

// The real catalogue when it is there: what consumers install is what this test installs.
const specPath = existsSync(defaultSpecPath) ? defaultSpecPath : "test/fixtures/specs/mini";
const model = readCatalogue({ specPath });
const { unionName, name: packageName, discriminator, eventTypesConstName } = model.package;
const tsc = resolve("node_modules/typescript/bin/tsc");

let workDir: string;
let consumerDir: string;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const runShowingErrors = (command: string, args: string[], cwd: string) => {
  try {
    return run(command, args, cwd);
  } catch (error) {
    throw new Error(`${String(error)}\n${String((error as { stdout?: string }).stdout)}`);
  }
};

/** A consumer that narrows every event in a switch and proves it exhaustive with never. */
function exhaustiveSwitch(): string {
  const cases = model.events
    .map((e) => `    case ${JSON.stringify(e.name)}: { const name: ${JSON.stringify(e.name)} = event.${discriminator}; return name; }`)
    .join("\n");
  return `function describe(event: ${unionName}): string {
  switch (event.${discriminator}) {
${cases}
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}`;
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "seam-events-consumer-"));
  const outDir = join(workDir, "generated");
  // As `seam-events generate` does, with the tool's cache: the output is the same without it (test/cli/commands.test.ts).
  await generate({ specPath, outDir, diskCache: CacheFile.open(diskCacheDir) });
  run("npm", ["pack", "--silent", "--pack-destination", workDir], outDir);
  const tarball = readdirSync(workDir).find((f) => f.endsWith(".tgz"))!;
  consumerDir = join(workDir, "consumer");
  mkdirSync(consumerDir);
  writeFileSync(join(consumerDir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  run("npm", ["install", "--silent", "--no-audit", "--no-fund", "--ignore-scripts", join(workDir, tarball)], consumerDir);
}, 180_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("the generated package, installed from its npm pack tarball", () => {
  it("has no runtime dependencies", () => {
    const installed = readdirSync(join(consumerDir, "node_modules")).filter((name) => !name.startsWith("."));
    expect(installed).toEqual([packageName.split("/")[0]]);
  });

  it("type-checks an exhaustive switch with tsc --strict and runs from ES modules and CommonJS", () => {
    const first = model.events[0]!.name;
    writeFileSync(
      join(consumerDir, "esm.mts"),
      `import { ${eventTypesConstName}, type ${unionName} } from ${JSON.stringify(packageName)};
${exhaustiveSwitch()}
const event = { ${discriminator}: ${JSON.stringify(first)} } as ${unionName};
console.log(JSON.stringify({ count: ${eventTypesConstName}.length, first: describe(event) }));
`,
    );
    writeFileSync(
      join(consumerDir, "cjs.cts"),
      `import type { ${unionName} } from ${JSON.stringify(packageName)};
import pkg = require(${JSON.stringify(packageName)});
${exhaustiveSwitch()}
const event = { ${discriminator}: ${JSON.stringify(first)} } as ${unionName};
console.log(JSON.stringify({ count: pkg.${eventTypesConstName}.length, first: describe(event) }));
`,
    );
    // --skipDefaultLibCheck leaves out TypeScript's own lib files (the DOM's are most of the time); the
    // package's declarations are still checked, as --skipLibCheck would not.
    runShowingErrors(
      process.execPath,
      [tsc, "--strict", "--skipDefaultLibCheck", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--outDir", "out", "esm.mts", "cjs.cts"],
      consumerDir,
    );
    const want = JSON.stringify({ count: model.events.length, first });
    expect(run(process.execPath, ["out/esm.mjs"], consumerDir).trim()).toBe(want);
    expect(run(process.execPath, ["out/cjs.cjs"], consumerDir).trim()).toBe(want);
  });

  it("rejects a switch that forgets an event", () => {
    const missing = model.events[0]!.name;
    const source = exhaustiveSwitch()
      .split("\n")
      .filter((line) => !line.includes(`case ${JSON.stringify(missing)}:`))
      .join("\n");
    writeFileSync(join(consumerDir, "incomplete.mts"), `import type { ${unionName} } from ${JSON.stringify(packageName)};\n${source}\nexport { describe };\n`);
    let output = "";
    try {
      run(process.execPath, [tsc, "--strict", "--skipDefaultLibCheck", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "incomplete.mts"], consumerDir);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/TS2322: Type '.*' is not assignable to type 'never'/);
  });
});
