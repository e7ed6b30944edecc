import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeFence, codeSpan, escapeProse, escapeTableCell, headingAnchor, PageAnchors } from "../../generator/escape/markdown.js";
import { typeForPeople } from "../../generator/targets/docs/type-for-people.js";
import type { ValueType } from "../../generator/model/types.js";
import { allTokens, cellSeparators, tablesOf, tokensOf, visibleText } from "./helpers.js";

// Characters that mean something to Markdown or HTML, plus letters, digits and whitespace around them.
const markdownish = fc.string({ unit: fc.constantFrom(..."ab1 _*[]()<>|~&#;!-+=.\\\n\t\"'/:"), maxLength: 60 });
const withBackticks = fc.string({ unit: fc.constantFrom(..."ab `|<>\n*_"), maxLength: 40 });

const cellRow = (cell: string) => `| a | b |\n| --- | --- |\n| x | ${cell} |\n`;

describe("escapeTableCell", () => {
  it("keeps any text in its cell, on one line, shown exactly as written and without HTML", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const source = cellRow(escapeTableCell(text));
        const tokens = tokensOf(source);
        const [, row] = tablesOf(tokens)[0]!;
        expect(source.split("\n")).toHaveLength(4);
        expect(cellSeparators(source.split("\n")[2]!)).toBe(3);
        expect(visibleText(row![1]!)).toBe(text.replace(/\s+/g, " ").trim());
        expect(allTokens(tokens).filter((t) => t.type.startsWith("html") || t.type === "link_open")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps code spans as code, with any pipe inside them escaped for the table", () => {
    fc.assert(
      fc.property(withBackticks, (text) => {
        const source = cellRow(escapeTableCell(text));
        const tokens = tokensOf(source);
        expect(cellSeparators(source.split("\n")[2]!)).toBe(3);
        expect(allTokens(tokens).filter((t) => t.type.startsWith("html"))).toEqual([]);
      }),
      { numRuns: 500 },
    );
    expect(escapeTableCell("Use `a | b`, not\n`c`.")).toBe("Use `a \\| b`, not `c`.");
  });

  it("leaves snake_case readable and escapes what would format", () => {
    expect(escapeTableCell("battery_level *now* [x](y) <b>")).toBe("battery_level \\*now\\* \\[x\\](y) \\<b\\>");
    expect(escapeTableCell("_lead and trail_")).toBe("\\_lead and trail\\_");
  });

  it("turns a bare URL into a link (not an autolink, which MDX cannot read) so that no trailing punctuation joins it", () => {
    expect(escapeTableCell("See https://docs.seam.co/latest_api.")).toBe("See [https://docs.seam.co/latest_api](https://docs.seam.co/latest_api).");
    const link = allTokens(tokensOf(escapeProse("At https://a.example/x_(y)*z_, then."))).filter((t) => t.type === "link_open");
    expect(link.map((t) => t.attrGet("href"))).toEqual(["https://a.example/x_%28y%29*z"]);
  });
});

describe("escapeProse", () => {
  it("gives paragraphs only, whose text is the text as written", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const tokens = tokensOf(escapeProse(text));
        const blocks = tokens.filter((t) => t.level === 0).map((t) => t.type);
        expect(blocks.every((type) => type === "paragraph_open" || type === "paragraph_close")).toBe(true);
        expect(allTokens(tokens).filter((t) => t.type.startsWith("html") || t.type === "link_open" || t.type.endsWith("break") && t.type !== "softbreak")).toEqual([]);
        const paragraphs = tokens.filter((t) => t.type === "inline").map(visibleText);
        const written = text
          .replace(/\t/g, " ")
          .split("\n")
          .map((line) => line.trim())
          .join("\n")
          .split(/\n{2,}/)
          .map((p) => p.trim())
          .filter(Boolean);
        expect(paragraphs).toEqual(written);
      }),
      { numRuns: 500 },
    );
  });

  it("escapes line starts that would begin a block", () => {
    expect(escapeProse("# a\n> b\n- c\n+ d\n2. e\n3) f\n===")).toBe("\\# a\n\\> b\n\\- c\n\\+ d\n2\\. e\n3\\) f\n\\===");
  });
});

describe("headingAnchor and PageAnchors", () => {
  it("compute GitHub's anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered", () => {
    expect(headingAnchor("Common properties")).toBe("common-properties");
    expect(headingAnchor("device.low_battery")).toBe("devicelow_battery");
    expect(headingAnchor("A | B (c) — ünï")).toBe("a--b-c--ünï");
    const anchors = new PageAnchors();
    expect(["Enums", "Enums", "enums", "Enums-1"].map((h) => anchors.add(h))).toEqual(["enums", "enums-1", "enums-2", "enums-1-1"]);
  });
});

describe("codeSpan and codeFence", () => {
  it("choose fences that the content cannot close", () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`x")).toBe("`` `x ``");
    expect(codeFence('"```"')).toBe("```");
    expect(codeFence("```\n````")).toBe("`````");
  });
});

describe("typeForPeople", () => {
  const links = { enum: (n: string) => `shared.md#${n.toLowerCase()}`, shape: (n: string) => `shared.md#${n.toLowerCase()}` };
  const values = (n: string) =>
    (n === "Big" ? ["a", "b", "c", "d", "e", "f", "g"] : n === "Old" ? ["good", "seamapi"] : ["good", "low"]).map((value) => ({ value, legacy: value === "seamapi" }));
  const text = (type: ValueType["type"], nullable = false) => typeForPeople({ type, nullable }, links, values);

  it("writes types for people, linking enums and shapes", () => {
    expect(text({ kind: "string", format: "uuid" })).toBe("string (UUID)");
    expect(text({ kind: "string", format: "date-time" })).toBe("string (date-time)");
    expect(text({ kind: "enum", name: "Battery" })).toBe('`"good"` \\| `"low"` ([Battery](shared.md#battery))');
    expect(text({ kind: "enum", name: "Big" })).toBe("[Big](shared.md#big) (one of 7 values)");
    expect(text({ kind: "enum", name: "Old" })).toBe('`"good"` \\| `"seamapi"` (legacy) ([Old](shared.md#old))');
    expect(text({ kind: "number", minimum: 0, maximum: 1 })).toBe("number, 0–1");
    expect(text({ kind: "integer", minimum: -5 })).toBe("integer, ≥ -5");
    expect(text({ kind: "number", maximum: 9 })).toBe("number, ≤ 9");
    expect(text({ kind: "array", items: { type: { kind: "shape", name: "ResourceError" }, nullable: false } })).toBe(
      "array of [ResourceError](shared.md#resourceerror)",
    );
    expect(
      text({ kind: "record", values: { type: { kind: "union", of: [{ type: { kind: "string" }, nullable: false }, { type: { kind: "boolean" }, nullable: false }] }, nullable: false } }),
    ).toBe("record of string or boolean");
    expect(text({ kind: "array", items: { type: { kind: "string" }, nullable: true } })).toBe("array of string or null");
    expect(text({ kind: "object" }, true)).toBe("object");
    expect(text({ kind: "literal", value: "a|b" })).toBe('`"a\\|b"`');
  });
});
