/**
 * The escaping rules themselves, over any text, and a scan of the emitters that finds spec text
 * written into code without them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { commentCode, commentText, generatedHeader, lineCommentText, literal, propertyKey, stringLiteral } from "../../generator/escape/typescript.js";
import { shellWord } from "../../generator/escape/shell.js";
import { linkDestination } from "../../generator/escape/markdown.js";
import { printStatements } from "../../generator/shared/print-typescript.js";
import { StructureKind } from "ts-morph";
import { markersAsCode } from "./hostile-output-checks.js";

/** The tokens of a TypeScript text, comments included, as the scanner reads them. */
function tokens(text: string): { kind: ts.SyntaxKind; text: string }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const out: { kind: ts.SyntaxKind; text: string }[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind !== ts.SyntaxKind.WhitespaceTrivia && kind !== ts.SyntaxKind.NewLineTrivia) out.push({ kind, text: scanner.getTokenText() });
  }
  return out;
}

/** Strings rich in what ends comments, strings and lines. */
const hostileString = fc.string({
  unit: fc.constantFrom("*", "/", "*/", "/*", "\n", "\r", "\u2028", "\u2029", "\u0085", '"', "'", "`", "${", "}", "\\", "\u0000", "\u001b", "\u202e", "a", " ", "@", "<", "\ud800"),
  maxLength: 40,
});

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, hostileString, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 3 }),
  object: fc.dictionary(fc.oneof(hostileString, fc.constant("__proto__"), fc.constant("constructor")), tie("value"), { maxKeys: 3 }),
})).value;

describe("the TypeScript rule", () => {
  it("keeps any text inside one block comment, and inside one line comment", () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const block = tokens(`/** ${commentText(text)} */ x`);
        expect(block.map((t) => t.kind)).toEqual([ts.SyntaxKind.MultiLineCommentTrivia, ts.SyntaxKind.Identifier]);
        const line = tokens(`// ${lineCommentText(text)}\nx`);
        expect(line.map((t) => t.kind)).toEqual([ts.SyntaxKind.SingleLineCommentTrivia, ts.SyntaxKind.Identifier]);
        const code = tokens(`/** a ${commentCode(text)} b */ x`);
        expect(code.map((t) => t.kind)).toEqual([ts.SyntaxKind.MultiLineCommentTrivia, ts.SyntaxKind.Identifier]);
      }),
    );
  });

  it("spells out control characters and bidirectional overrides in comments and strings", () => {
    for (const escaped of [commentText("a\u0000b\u001bc\u202ed\u2066"), stringLiteral("a\u0000b\u001bc\u202ed\u2066\u2028")]) {
      expect(escaped).not.toMatch(/[\u0000-\u001f\u202e\u2066\u2028]/);
    }
  });

  it("keeps the header one comment line, whatever the package name", () => {
    fc.assert(
      fc.property(hostileString, (name) => {
        expect(tokens(`${generatedHeader(name)}\nx`).map((t) => t.kind)).toEqual([ts.SyntaxKind.SingleLineCommentTrivia, ts.SyntaxKind.Identifier]);
      }),
    );
  });

  it("writes any JSON value as one expression that evaluates to it, with __proto__ an own key", () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const text = literal(value);
        const source = ts.createSourceFile("x.ts", `(${text});`, ts.ScriptTarget.Latest);
        expect(source.statements).toHaveLength(1);
        expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
        const back = new Function(`return (${text});`)();
        // Compared as JSON with own keys, so a prototype set by a __proto__ key would show.
        expect(JSON.stringify(back)).toBe(JSON.stringify(value));
        expect(ownKeysDeep(back)).toEqual(ownKeysDeep(value));
      }),
    );
  });

  it("keeps the text in its comment or string through ts-morph's printer, which the code targets use", () => {
    fc.assert(
      fc.property(hostileString, hostileString, (before, after) => {
        const text = `${before} globalThis.__pwned = 1 ${after}`;
        const { contents } = printStatements([
          {
            kind: StructureKind.Interface,
            name: "Printed",
            docs: [{ description: commentText(text), tags: [{ tagName: "format", text: "uuid" }, { tagName: "deprecated", text: commentText(after) }] }],
            properties: [{ name: propertyKey(text), type: stringLiteral(text), docs: [{ description: commentText(after), tags: [{ tagName: "remarks", text: `Also ${commentCode(text)}.` }] }] }],
          },
        ]);
        expect(markersAsCode("printed.ts", contents, ["__pwned"])).toEqual([]);
        expect(ts.createSourceFile("printed.ts", contents, ts.ScriptTarget.Latest).statements).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it("quotes keys that are not identifiers and computes __proto__", () => {
    expect(propertyKey("event_type")).toBe("event_type");
    expect(propertyKey("lock.locked")).toBe('"lock.locked"');
    expect(propertyKey("__proto__")).toBe('["__proto__"]');
    const object = new Function(`return {${propertyKey("__proto__")}: 1};`)();
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(["__proto__"]);
  });
});

function ownKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ownKeysDeep);
  if (value && typeof value === "object") return Object.keys(value).map((key) => [key, ownKeysDeep((value as Record<string, unknown>)[key])]);
  return null;
}

describe("the shell and link rules", () => {
  it("makes one shell word on one line", () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const word = shellWord(text);
        expect(word).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(word === text || (word.startsWith("$'") && word.endsWith("'") && !/(?<!\\)'/.test(word.slice(2, -1)))).toBe(true);
      }),
    );
    expect(shellWord("@seam-events/catalogue")).toBe("@seam-events/catalogue");
    expect(shellWord("a; rm -rf /")).toBe("$'a; rm -rf /'");
  });

  it("never makes a link with a scheme or one that ends early", () => {
    fc.assert(
      fc.property(hostileString, (path) => {
        const href = linkDestination(`${path}.md`);
        expect(href).not.toMatch(/^[^/#?]*:/);
        expect(href).not.toMatch(/[\s()<>\\`]/);
      }),
    );
    expect(linkDestination("javascript:alert(1).md")).toBe("javascript%3Aalert%281%29.md");
  });
});

/**
 * Fields of the model that hold spec text. In the code targets, such a field may appear inside a
 * template literal only as the argument of an escaping function: anything else writes spec text
 * into code (or a comment) as it is.
 */
const textFields = new Set(["description", "title", "summary", "deprecated", "decision", "discriminator", "value", "aliases", "alias", "key"]);
/** Names the emitters give a single spec text in a callback (`aliases.map((alias) => …)`). */
const textVariables = new Set(["alias", "title", "description", "summary", "reason"]);
const escapers = new Set(["commentText", "lineCommentText", "commentCode", "generatedHeader", "literal", "stringLiteral", "propertyKey", "numberLiteral", "js", "identifier"]);
const codeTargets = ["types", "validators", "fixtures", "package", "receiver"];

function rawInterpolations(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`;
  /** Inside a call of an escaping function, or handed to one (`aliases.map(commentCode)`). */
  const escaped = (node: ts.Node): boolean => {
    for (let parent = node.parent; parent && !ts.isSourceFile(parent); parent = parent.parent) {
      if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && escapers.has(parent.expression.text)) return true;
    }
    const call = node.parent && ts.isPropertyAccessExpression(node.parent) ? node.parent.parent : undefined;
    return !!call && ts.isCallExpression(call) && call.arguments.some((argument) => ts.isIdentifier(argument) && escapers.has(argument.text));
  };
  /** Cut down to identifier characters (`text.replace(/[^A-Za-z0-9]+/g, "_")`), as a name made from a value is. */
  const sanitized = (node: ts.Node): boolean =>
    ts.isPropertyAccessExpression(node.parent) && node.parent.name.text === "replace" && ts.isCallExpression(node.parent.parent) && node.parent.parent.arguments[0]?.getText() === "/[^A-Za-z0-9]+/g";
  /** A list of spec texts whose items a callback receives: the callback's own uses are scanned by name. */
  const mapped = (node: ts.Node): boolean =>
    ts.isPropertyAccessExpression(node.parent) && ["map", "flatMap", "forEach", "filter"].includes(node.parent.name.text) && ts.isCallExpression(node.parent.parent);
  const visit = (node: ts.Node, inTemplate: boolean): void => {
    if (inTemplate) {
      // pkg.name and package.name are the package's name, free text too; `alias` a callback's item.
      const isText =
        (ts.isPropertyAccessExpression(node) && (textFields.has(node.name.text) || (node.name.text === "name" && /(^|\.)(pkg|package)$/.test(node.expression.getText())))) ||
        (ts.isIdentifier(node) && textVariables.has(node.text) && !ts.isPropertyAccessExpression(node.parent) && !ts.isParameter(node.parent));
      const isJson = ts.isCallExpression(node) && node.expression.getText() === "JSON.stringify";
      if ((isText || isJson) && !escaped(node) && !mapped(node) && !sanitized(node)) {
        found.push(where(node));
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, inTemplate || ts.isTemplateSpan(node)));
  };
  visit(source, false);
  return found;
}

describe("the code targets", () => {
  it("write spec text into templates of code only through the TypeScript rule", () => {
    const files = codeTargets.flatMap((target) => {
      const dir = join("generator/targets", target);
      return readdirSync(dir).filter((f) => f.startsWith("emit-")).map((f) => join(dir, f));
    });
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.flatMap(rawInterpolations)).toEqual([]);
  });

  it("the scan finds what it looks for", () => {
    const sample = join(import.meta.dirname, "hostile-output-escape.sample.ts");
    expect(rawInterpolations(sample).map((line) => line.replace(/^.*:\d+: /, ""))).toEqual(["group.title", "pkg.name", "JSON.stringify(group.description)", "alias"]);
  });
});

describe("the templates", () => {
  it("use no triple-stash: the data they get is already escaped, so nothing needs to bypass it", () => {
    const list = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? list(join(dir, entry.name)) : [join(dir, entry.name)]));
    const stashed = list("templates").filter((file) => readFileSync(file, "utf8").includes("{{{"));
    expect(stashed).toEqual([]);
  });
});
