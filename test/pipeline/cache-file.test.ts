/**
 * The format cache: batches cut by their content, so that an edit reformats only its own batch; and
 * the file the tool keeps formatted batches and printed statements in between runs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CacheFile } from "../../generator/cache/cache-file.js";
import type { TextMemo } from "../../generator/cache/text-memo.js";
import { formatText } from "../../generator/format/format.js";
import { inProcess, type FormatRunner } from "../../generator/format/format-pool.js";
import { readCatalogue } from "../../generator/pipeline.js";
import { emitTypes } from "../../generator/targets/types/emit-types.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-format-cache-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The calling thread's prettier, counting the characters it is given. */
function countingRunner(): FormatRunner & { characters: number } {
  const runner = {
    characters: 0,
    warmUp: () => undefined,
    run: (job: { parser: string; texts: string[] }) => {
      runner.characters += job.texts.reduce((sum, text) => sum + text.length, 0);
      return inProcess.run(job);
    },
  };
  return runner;
}

const statement = (i: number) => `/** Adds ${i}. */\nexport function add${i}(x:number):number{return x + ${i}}\n`;
/** 600 statements, and one more inserted in the middle: batches cut by size alone would all move after it. */
const source = (inserted = false) => Array.from({ length: 600 }, (_, i) => (inserted && i === 300 ? [statement(9999), statement(i)] : [statement(i)])).flat().join("\n");

describe("batches cut by their content", () => {
  it("reformat only about one batch after an edit in the middle", async () => {
    const cache = new Map<string, string>();
    const first = countingRunner();
    const before = await formatText("src/a.ts", source(), { cache, runner: first });
    expect(first.characters).toBeGreaterThan(source().length * 0.9);
    const second = countingRunner();
    const after = await formatText("src/a.ts", source(true), { cache, runner: second });
    expect(after).toContain("export function add9999(x: number): number {");
    expect(after.length).toBeGreaterThan(before.length);
    expect(second.characters).toBeGreaterThan(0);
    // A batch is about 4,000 characters, and at most four times that.
    expect(second.characters).toBeLessThan(16_000);
    expect(second.characters).toBeLessThan(source().length / 4);
  });
});

/** A memo that counts what it is given: a stage sets an entry only for what it had to make afresh. */
function counting(memo: TextMemo): TextMemo & { made: number } {
  const counted = { made: 0, get: (key: string) => memo.get(key), set: (key: string, text: string) => (counted.made++, memo.set(key, text)) };
  return counted;
}

describe("the cache file", () => {
  it("keeps what one run formatted for the next, which then formats nothing", async () => {
    const dir = join(temp, "round-trip");
    const first = CacheFile.open(dir);
    const formatted = await formatText("src/a.ts", source(), { cache: first.section("format") });
    // Left by other versions of prettier or ts-morph: removed when the cache is saved.
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cache-0123456789abcdef.json"), "{}");
    writeFileSync(join(dir, "format-0123456789abcdef.json"), "{}");
    first.save();
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^cache-[0-9a-f]{16}\.json$/)]);
    expect(readdirSync(dir)).not.toContain("cache-0123456789abcdef.json");

    const runner = countingRunner();
    expect(await formatText("src/a.ts", source(), { cache: CacheFile.open(dir).section("format"), runner })).toBe(formatted);
    expect(runner.characters).toBe(0);
  });

  it("keeps what one run printed (statements, shapes) for the next, which then prints nothing, beside the formatted text", async () => {
    const dir = join(temp, "printed");
    const model = readCatalogue({ specPath: "test/fixtures/specs/mini" });
    const first = CacheFile.open(dir);
    const printedFirst = counting(first.section("print"));
    const types = await emitTypes(model, printedFirst);
    expect(printedFirst.made).toBeGreaterThan(5);
    expect(model.shapes.length).toBeGreaterThan(0);
    await formatText("x.md", "#  Title", { cache: first.section("format") });
    first.save();

    const second = CacheFile.open(dir);
    const printedSecond = counting(second.section("print"));
    expect(await emitTypes(model, printedSecond)).toEqual(types);
    expect(printedSecond.made).toBe(0);
    // The sections do not mix: the formatted Markdown is no printed statement.
    expect(second.section("print").get("#  Title")).toBeUndefined();
    expect(second.section("format").get("markdown\u0000#  Title")).toBe("# Title\n");
  });

  it("starts empty from a corrupt file, and overwrites it", async () => {
    const dir = join(temp, "corrupt");
    const cache = CacheFile.open(dir);
    await formatText("x.md", "#  Title", { cache: cache.section("format") });
    cache.save();
    writeFileSync(cache.path, '{"truncated": ');
    const runner = countingRunner();
    const again = CacheFile.open(dir);
    expect(await formatText("x.md", "#  Title", { cache: again.section("format"), runner })).toBe("# Title\n");
    expect(runner.characters).toBeGreaterThan(0);
    again.save();
    expect(Object.values(JSON.parse(readFileSync(cache.path, "utf8")))).toEqual(["# Title\n"]);
  });

  it("is skipped when it cannot be written", async () => {
    writeFileSync(join(temp, "a-file"), "");
    const cache = CacheFile.open(join(temp, "a-file", "below"));
    expect(await formatText("x.json", '{"a":1}', { cache: cache.section("format") })).toBe('{ "a": 1 }\n');
    expect(() => cache.save()).not.toThrow();
  });
});
