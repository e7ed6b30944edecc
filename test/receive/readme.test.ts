/**
 * The generated README opens with two webhook endpoints (Express, and Hono through the Fetch adapter).
 * This test takes each snippet from generated/README.md as it is, runs it with node against the built
 * package, and posts signed deliveries to it: a known event reaches its handler, an unknown one the
 * unknown hook, a forged one is refused.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pkg, secret } from "./helpers.js";

const root = resolve(import.meta.dirname, "../..");
const readme = readFileSync(join(root, "generated/README.md"), "utf8");
const packageName = JSON.parse(readFileSync(join(root, "generated/package.json"), "utf8")).name as string;

/** The first ```js block under a heading of the README's opening section. */
function snippetUnder(heading: string): string {
  const section = readme.slice(readme.indexOf(`\n### ${heading}`));
  const match = /```js\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error(`no js snippet under '${heading}'`);
  return match[1]!;
}

// A consumer folder: the package and the frameworks the snippets import, linked in as npm would install them.
const dir = mkdtempSync(join(tmpdir(), "readme-endpoints-"));
mkdirSync(join(dir, "node_modules", packageName.split("/")[0]!), { recursive: true });
symlinkSync(join(root, "generated"), join(dir, "node_modules", packageName), "dir");
for (const name of ["express", "hono", "@hono"]) symlinkSync(join(root, "node_modules", name), join(dir, "node_modules", name), "dir");

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a snippet with node; resolves with its URL once it says it listens, and collects what it prints. */
function start(file: string): Promise<{ url: string; output: () => string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [file], { cwd: dir, env: { ...process.env, PORT: "0", SEAM_WEBHOOK_SECRET: secret }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let output = "";
    let errors = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      output += text;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(output)?.[1];
      if (url) resolvePromise({ url, output: () => output });
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => (errors += text));
    child.on("exit", (code) => reject(new Error(`the snippet exited (${code}): ${errors}`)));
  });
}

async function post(url: string, payload: unknown, signWith = secret): Promise<number> {
  const delivery = await pkg.createSignedDelivery(payload, { secret: signWith });
  const response = await fetch(url, { method: "POST", headers: delivery.headers, body: delivery.body });
  await response.arrayBuffer();
  return response.status;
}

describe("the generated README", () => {
  it("opens with the webhook endpoint, before any other section", () => {
    expect(readme.match(/^## .+$/m)?.[0]).toBe("## Receive webhooks");
  });
});

describe.each(["Express", "Fetch"])("the README's %s endpoint, run as it is", (heading) => {
  it("receives a signed event at its handler, an unknown type at onUnknown, and refuses a forged one", async () => {
    const snippet = snippetUnder(heading);
    expect(snippet).toContain(`from "${packageName}"`);
    const file = join(dir, `${heading.toLowerCase()}.mjs`);
    writeFileSync(file, snippet);
    const { url, output } = await start(file);
    const example = /webhooks\.on\("([^"]+)", \(event, delivery\)/.exec(snippet)![1]! as (typeof pkg.SEAM_EVENT_TYPES)[number];
    const event = pkg.createSeamEvent(example);
    expect(await post(url, event)).toBe(204);
    expect(await post(url, { ...event, event_type: "lock.new_in_a_later_version" })).toBe(204);
    expect(await post(url, event, "whsec_Zm9yZ2VkIHNlY3JldA==")).toBe(401);
    expect(await post(url, pkg.createInvalidSeamEvents(example)[0]!.payload)).toBe(400);
    expect(output()).toMatch(new RegExp(`received ${example.replaceAll(".", "\\.")} msg_\\w+\\nnot known to this version: lock\\.new_in_a_later_version\\n$`));
  });
});
