/**
 * One event's fixture factory tree-shakes: bundled on its own (esbuild, minified, gzipped like
 * bench/validate-sizes.ts measures the validators), it carries that event's blueprint and the core of
 * the runtime, no other event's blueprint and none of the value makers its event does not reach. Sizes
 * are deterministic, so a bound here is a regression guard, not a timing: the whole blueprint table,
 * which every factory used to pull in, made 7 KB; with every value maker of the runtime, 3.9 KB; with
 * only those lock.locked reaches, just under 3 KB.
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
  it("holds its own event's blueprint and no other's, within 3 KB min+gzip", async () => {
    const one = await bundle(["createLockLockedEvent"]);
    expect(one.code).toContain('"lock.locked"');
    // The event's shapes and enums come along; other events' do not.
    expect(one.code).toContain('"keycode"');
    for (const other of ['"lock.unlocked"', '"thermostat.', '"access_code.', '"LockAccessDeniedReasonCode"', '"HvacModeSetting"']) expect(one.code).not.toContain(other);
    // Nor does the negative-fixture generator, which only the invalid factory uses.
    expect(one.code).not.toContain("not_a_member");
    // Nor the makers of what lock.locked does not have: numbers, sentences of free text, nested shapes.
    for (const unused of ["celsius", "was recorded", ".shapes.push(", "example.com/"]) expect(one.code).not.toContain(unused);
    expect(one.gzipped).toBeLessThanOrEqual(3 * 1024);
  });

  it("grows with what it imports: the union factory carries every event", async () => {
    const one = await bundle(["createLockLockedEvent"]);
    const union = await bundle(["createSeamEvent"]);
    expect(union.code).toContain('"thermostat.manually_adjusted"');
    expect(union.gzipped).toBeGreaterThan(2 * one.gzipped);
  });
});
