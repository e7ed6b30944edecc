/**
 * One event's fixture factory tree-shakes: bundled on its own (esbuild, minified, gzipped like
 * bench/validate-sizes.ts measures the validators), it carries that event's blueprint and the runtime,
 * no other event's. Sizes are deterministic, so a bound here is a regression guard, not a timing: the
 * whole blueprint table, which every factory used to pull in, made 7 KB; today about 4 KB, of which the
 * runtime (every kind of value and relation it can make) is 3.4 KB.
 */
import { build } from "esbuild";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const fixtures = resolve("generated/dist/esm/fixtures.js");

async function bundle(names: string[]): Promise<{ code: string; gzipped: number }> {
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from ${JSON.stringify(fixtures)};`, resolveDir: join(fixtures, ".."), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]!.contents;
  return { code: new TextDecoder().decode(bytes), gzipped: gzipSync(bytes, { level: 9 }).byteLength };
}

describe("one event's fixture factory, bundled", () => {
  it("holds its own event's blueprint and no other's, within 4.25 KB min+gzip", async () => {
    const one = await bundle(["createLockLockedEvent"]);
    expect(one.code).toContain('"lock.locked"');
    // The event's shapes and enums come along; other events' do not.
    expect(one.code).toContain('"keycode"');
    for (const other of ['"lock.unlocked"', '"thermostat.', '"access_code.', '"LockAccessDeniedReasonCode"', '"HvacModeSetting"']) expect(one.code).not.toContain(other);
    // Nor does the negative-fixture generator, which only the invalid factory uses.
    expect(one.code).not.toContain("not_a_member");
    expect(one.gzipped).toBeLessThanOrEqual(4.25 * 1024);
  });

  it("grows with what it imports: the union factory carries every event", async () => {
    const one = await bundle(["createLockLockedEvent"]);
    const union = await bundle(["createSeamEvent"]);
    expect(union.code).toContain('"thermostat.manually_adjusted"');
    expect(union.gzipped).toBeGreaterThan(2 * one.gzipped);
  });
});
