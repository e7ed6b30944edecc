/**
 * Opt-in (`npm run test:node-versions [-- 20 22 24]`): the generated package, packed as npm publishes it,
 * run on each Node release line from both module systems: it validates a fixture, rejects a broken
 * payload, and verifies a delivery it signed (Web Crypto on globalThis); and the tool's `check` on the
 * same Node. Node binaries other than the
 * one running this come from the npm registry's `node-<platform>-<arch>` packages (the ones the `node`
 * package installs), kept in node_modules/.cache/seam-events-node/; nothing else is downloaded.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { factoryName, invalidFactoryName, receiverNames, validatorName } from "../../generator/model/naming.js";
import { checkOutput, defaultOutDir, projectRoot, readCatalogue } from "../../generator/pipeline.js";

const lines = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["20", "22", "24"];
const cacheDir = join(projectRoot, "node_modules/.cache/seam-events-node");

/** A node binary of the release line: this one when it matches, else from the registry's package. */
function nodeOf(line: string): string {
  if (process.versions.node.split(".")[0] === line) return process.execPath;
  const name = `node-${process.platform}-${process.arch}`;
  const dir = join(cacheDir, `${name}-${line}`);
  const binary = join(dir, "package/bin/node");
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    const [packed] = JSON.parse(execFileSync("npm", ["pack", `${name}@${line}`, "--json", "--pack-destination", dir], { encoding: "utf8" })) as { filename: string }[];
    execFileSync("tar", ["-xzf", join(dir, packed!.filename), "-C", dir]);
    rmSync(join(dir, packed!.filename));
  }
  return binary;
}

const model = readCatalogue();
const drift = await checkOutput({});
if (drift.changed.length + drift.missing.length + drift.extra.length > 0) {
  console.error("generated/ is out of step with the spec: run `npm run generate` first");
  process.exit(2);
}
const { name, unionName, discriminator } = model.package;
const event = model.events.find((e) => !e.deprecated)!.name;

const work = mkdtempSync(join(tmpdir(), "seam-events-node-versions-"));
let failed = false;
try {
  execFileSync("npm", ["pack", defaultOutDir, "--silent", "--pack-destination", work]);
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"))!;
  // The tarball unpacked where Node resolves the package name: what `npm install` of it does, no dependencies being there.
  const installed = join(work, "node_modules", ...name.split("/"));
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(work, tarball), "-C", installed, "--strip-components=1"]);

  const body = (load: string) => `${load}
const secret = "whsec_" + Buffer.from("a secret for this check").toString("base64");
const event = pkg.${factoryName(unionName)}(${JSON.stringify(event)}, {}, { seed: 1 });
const valid = pkg.${validatorName(unionName)}(event);
const [broken] = pkg.${invalidFactoryName(unionName)}(${JSON.stringify(event)}, { seed: 1 });
const rejected = !pkg.${validatorName(unionName)}(broken.payload).ok;
const delivery = await pkg.createSignedDelivery(event, { secret });
const verified = await pkg.${receiverNames(unionName).verify}(delivery.body, delivery.headers, { secret });
const forged = await pkg.${receiverNames(unionName).verify}(delivery.body, delivery.headers, { secret: "whsec_" + Buffer.from("another").toString("base64") });
console.log(JSON.stringify({ valid: valid.ok, rejected, verified: verified.ok && verified.event.${discriminator}, forged: forged.ok }));
`;
  writeFileSync(join(work, "esm.mjs"), body(`import * as pkg from ${JSON.stringify(name)};`));
  writeFileSync(join(work, "cjs.cjs"), `(async () => {\n${body(`const pkg = require(${JSON.stringify(name)});`)}})();\n`);
  const want = JSON.stringify({ valid: true, rejected: true, verified: event, forged: false });

  for (const line of lines) {
    const node = nodeOf(line);
    const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
    for (const file of ["esm.mjs", "cjs.cjs"]) {
      let got: string;
      try {
        got = execFileSync(node, [file], { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
      } catch (error) {
        got = String((error as { stderr?: string }).stderr ?? error).trim().split("\n").slice(0, 3).join(" ");
      }
      const ok = got === want;
      failed ||= !ok;
      console.log(`${ok ? "ok  " : "FAIL"} Node ${version} ${file}${ok ? "" : `: ${got}`}`);
    }
    // The tool on the same Node: `check` loads the whole generator and compares its output with generated/.
    let tool: string;
    try {
      tool = execFileSync(node, [join(projectRoot, "bin/seam-events.js"), "check"], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
    } catch (error) {
      tool = String((error as { stderr?: string }).stderr ?? error).trim().split("\n")[0]!;
    }
    const toolOk = tool.endsWith("is in step with the spec");
    failed ||= !toolOk;
    console.log(`${toolOk ? "ok  " : "FAIL"} Node ${version} seam-events check${toolOk ? "" : `: ${tool}`}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${name}: engines ${JSON.stringify(model.package.engines ?? {})}`);
process.exitCode = failed ? 1 : 0;
