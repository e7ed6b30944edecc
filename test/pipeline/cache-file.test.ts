/**
 * The format stage's memory of statements, and the file the tool keeps formatted and printed
 * statements in between runs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CacheFile } from "../../generator/cache/cache-file.js";
import type { TextMemo } from "../../generator/cache/text-memo.js";
import { formatFiles } from "../../generator/format/format.js";
import { readCatalogue } from "../../generator/pipeline.js";
import { emitTypes } from "../../generator/targets/types/emit-types.js";
import type { EmittedFile } from "../../generator/targets/target.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-format-cache-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A memo that counts what it is given: a stage sets an entry only for what it had to make afresh. */
function counting(memo: TextMemo): TextMemo & { made: number } {
  const counted = { made: 0, get: (key: string) => memo.get(key), set: (key: string, text: string) => (counted.made++, memo.set(key, text)) };
  return counted;
}

const statement = (i: number) => `/** Adds ${i}. */\nexport function add${i}(x:number):number{return x + ${i}}`;
/** A module of 200 statements; with `inserted`, one more in the middle. */
function module(inserted = false): EmittedFile {
  const texts = Array.from({ length: 200 }, (_, i) => (inserted && i === 100 ? [statement(9999), statement(i)] : [statement(i)])).flat();
  const pieces = texts.map((text) => ({ text, blankLineAfter: true }));
  return { path: "src/a.ts", contents: texts.join("\n\n"), pieces };
}

describe("the statement memo", () => {
  it("formats only the new statement after an edit in the middle", async () => {
    const memo = counting(new Map());
    const [before] = await formatFiles([module()], memo);
    expect(memo.made).toBe(200);
    const [after] = await formatFiles([module(true)], memo);
    expect(memo.made).toBe(201);
    expect(after!.contents).toContain("export function add9999(x: number): number {");
    expect(after!.contents.replace(/\/\*\* Adds 9999. \*\/\n[^]*?\n}\n\n/, "")).toBe(before!.contents);
  });
});

describe("the cache file", () => {
  it("keeps what one run formatted for the next, which then formats nothing", async () => {
    const dir = join(temp, "round-trip");
    const first = CacheFile.open(dir);
    const [formatted] = await formatFiles([module()], first.section("format"));
    // Left by other versions of prettier or ts-morph: removed when the cache is saved.
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cache-0123456789abcdef.json"), "{}");
    writeFileSync(join(dir, "format-0123456789abcdef.json"), "{}");
    first.save();
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^cache-[0-9a-f]{16}\.json$/)]);

    const again = counting(CacheFile.open(dir).section("format"));
    expect(await formatFiles([module()], again)).toEqual([formatted]);
    expect(again.made).toBe(0);
  });

  it("keeps what one run printed (statements, shapes) for the next, which then prints nothing, beside the formatted text", async () => {
    const dir = join(temp, "printed");
    const model = readCatalogue({ specPath: "test/fixtures/specs/mini" });
    const first = CacheFile.open(dir);
    const printedFirst = counting(first.section("print"));
    const types = await emitTypes(model, printedFirst);
    expect(printedFirst.made).toBeGreaterThan(5);
    expect(model.shapes.length).toBeGreaterThan(0);
    await formatFiles([{ path: "x.ts", contents: "const  a=1" }], first.section("format"));
    first.save();

    const second = CacheFile.open(dir);
    const printedSecond = counting(second.section("print"));
    expect(await emitTypes(model, printedSecond)).toEqual(types);
    expect(printedSecond.made).toBe(0);
    // The sections do not mix: the formatted statement is no printed one.
    expect(second.section("print").get("const  a=1")).toBeUndefined();
    expect(second.section("format").get("const  a=1")).toBe("const a = 1;");
  });

  it("starts empty from a corrupt file, and overwrites it", async () => {
    const dir = join(temp, "corrupt");
    const cache = CacheFile.open(dir);
    await formatFiles([{ path: "x.ts", contents: "const  a=1" }], cache.section("format"));
    cache.save();
    writeFileSync(cache.path, '{"truncated": ');
    const again = counting(CacheFile.open(dir).section("format"));
    const reopened = CacheFile.open(dir);
    const memo = counting(reopened.section("format"));
    expect((await formatFiles([{ path: "x.ts", contents: "const  a=1" }], memo))[0]!.contents).toBe("const a = 1;\n");
    expect(memo.made).toBe(1);
    expect(again.made).toBe(0);
    reopened.save();
    expect(Object.values(JSON.parse(readFileSync(cache.path, "utf8")))).toEqual(["const a = 1;"]);
  });

  it("is skipped when it cannot be written", async () => {
    writeFileSync(join(temp, "a-file"), "");
    const cache = CacheFile.open(join(temp, "a-file", "below"));
    expect((await formatFiles([{ path: "x.ts", contents: "const  a=1" }], cache.section("format")))[0]!.contents).toBe("const a = 1;\n");
    expect(() => cache.save()).not.toThrow();
  });
});
