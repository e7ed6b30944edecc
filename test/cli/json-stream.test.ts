import { expect, test } from "vitest";
import { JsonSplitter, parsePiece, type FramingProblem, type JsonPiece } from "../../generator/cli/json-stream.js";

/** Splits text fed in chunks of every size from 1 up, and checks that the result never depends on the chunking. */
function split(text: string): { format: string | undefined; items: (JsonPiece | FramingProblem)[] } {
  let first: { format: string | undefined; items: (JsonPiece | FramingProblem)[] } | undefined;
  for (const size of [1, 2, 3, 7, 64, text.length || 1]) {
    const splitter = new JsonSplitter();
    const items = [];
    for (let i = 0; i < text.length; i += size) items.push(...splitter.push(text.slice(i, i + size)));
    items.push(...splitter.end());
    const result = { format: splitter.format, items };
    if (first) expect(result).toEqual(first);
    first = result;
  }
  return first!;
}

const texts = (items: (JsonPiece | FramingProblem)[]) => items.map((i) => (i.kind === "piece" ? i.text : `!${i.message}`));

test("a JSON array is cut into its elements, with brackets, commas and escapes inside strings left alone", () => {
  const { format, items } = split('[{"a":"x,]}\\"["},\n  [1, [2]], 3 ,"s"]\n');
  expect(format).toBe("array");
  expect(texts(items)).toEqual(['{"a":"x,]}\\"["}', "[1, [2]]", "3", '"s"']);
  expect(items.map((i) => (i.kind === "piece" ? [i.index, i.line, i.column] : []))).toEqual([
    [0, 1, 2],
    [1, 2, 3],
    [2, 2, 13],
    [3, 2, 16],
  ]);
});

test("newline-delimited JSON: a broken line is reported alone and the next line is still read", () => {
  const { format, items } = split('{"a":1}\n{"b":2\n{"c":"open\n\n{"d":[1]}\n');
  expect(format).toBe("ndjson");
  expect(texts(items)).toEqual(['{"a":1}', '{"b":2', '{"c":"open', '{"d":[1]}']);
  const parsed = items.map((i) => parsePiece(i as JsonPiece));
  expect(parsed.map((p) => p.ok)).toEqual([true, false, false, true]);
  expect(parsed[1]).toMatchObject({ ok: false, line: 2 });
  expect(parsed[2]).toMatchObject({ ok: false, line: 3 });
  expect((items[3] as JsonPiece).line).toBe(5);
});

test("values spanning several lines (a pretty-printed payload)", () => {
  const { format, items } = split('\n{\n  "a": [1,\n 2]\n}\n{ "b": {} }');
  expect(format).toBe("values");
  expect(texts(items)).toEqual(['{\n  "a": [1,\n 2]\n}', '{ "b": {} }']);
  expect(items.map((i) => (i as JsonPiece).line)).toEqual([2, 6]);
});

test("framing problems of an array are located", () => {
  expect(texts(split("[1,,2,]").items)).toEqual(["1", "!missing element before ','", "2", "!trailing ',' before ']'"]);
  expect(split('[{"a":1}').items.at(-1)).toMatchObject({ kind: "problem", message: expect.stringContaining("not closed") });
  expect(split("[1] x").items.at(-1)).toMatchObject({ kind: "problem", line: 1, column: 5 });
  expect(split("[]").items).toEqual([]);
});

test("a parse error is located in the whole input, not in the payload", () => {
  const { format, items } = split('{\n "ok": true\n}\n{\n  "a": 1,\n  "b" 2\n}');
  expect(format).toBe("values");
  const parsed = parsePiece(items[1] as JsonPiece);
  expect(parsed).toMatchObject({ ok: false, line: 6, column: 7 });
});

test("payloads come out as soon as they are complete, before the input ends", () => {
  const splitter = new JsonSplitter();
  expect(splitter.push('[{"a":1},{"b"')).toHaveLength(1);
  expect(splitter.push(':2},')).toHaveLength(1);
  const line = `${JSON.stringify({ padding: "x".repeat(1000) })}\n`;
  const lines = new JsonSplitter();
  let seen = 0;
  for (let i = 0; i < 1000; i++) seen += lines.push(line).length;
  expect(seen).toBe(1000);
});

test("a broken first line does not swallow the lines after it, however the input is chunked", () => {
  for (const broken of ['{"a": {', '{"a": "open', '{"a": [1,', "nonsense", '{"a":']) {
    const { format, items } = split(`${broken}\n{"b":1}\n\n{"c":2}\r\n`);
    expect(format).toBe("ndjson");
    expect(texts(items)).toEqual([broken, '{"b":1}', '{"c":2}']);
    expect(items.map((i) => (i as JsonPiece).line)).toEqual([1, 2, 4]);
  }
});

test("a first line left open and continued by an indented line is a multi-line value", () => {
  expect(split('{"a":\n  1}\n').format).toBe("values");
  expect(split('{"a": [1,\n 2]}\n{"b": 1}').format).toBe("values");
  expect(split('\ufeff{"a":1}\n').items).toMatchObject([{ text: '{"a":1}', line: 1, column: 2 }]);
});
