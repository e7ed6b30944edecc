/** The YAML parser's problems, and what it lets through, as located diagnostics. */
import { isScalar, visit, type Alias, type Document, type Node, type Scalar, type YAMLError } from "yaml";
import type { Diagnostic, SourceLocation } from "../diagnostics/diagnostic.js";

/** The yaml library's guard against alias bombs: at most this many copies of anchored values. */
const maxAliasCount = 100;

/** The document as plain data, with the alias limit. */
export function toData(doc: Document): unknown {
  return doc.toJS({ maxAliasCount }) ?? {};
}

/** One error or warning of the parser; an unclosed quote is located where it opens. */
export function yamlDiagnostic(doc: Document, error: YAMLError, at: (offset: number) => SourceLocation): Diagnostic {
  const first = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const message = /call stack/i.test(first) ? "the values are nested too deeply to read" : first;
  if (error.code === "MISSING_CHAR" && /quote/.test(message)) {
    // The parser notices at the end of the text; the quote that was never closed is where it opens.
    let opening: { offset: number; quote: string } | undefined;
    visit(doc, {
      Scalar(_, node) {
        if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && node.range && node.range[1] >= error.pos[0]) {
          opening = { offset: node.range[0], quote: node.type === "QUOTE_DOUBLE" ? '"' : "'" };
          return visit.BREAK;
        }
      },
    });
    if (opening) return { code: "yaml_syntax", message: `YAML: the ${opening.quote} quote opened here is never closed`, location: at(opening.offset) };
  }
  return { code: "yaml_syntax", message: `YAML: ${message}`, location: at(error.pos[0]) };
}

/**
 * Keys given twice in one mapping, and keys that are different YAML values but the same text once read
 * (`~` and `""`, `1` and `"1"`): the data would keep only one of them. (The parser's own duplicate-key
 * check compares every key with every other, which a spec of thousands of entries cannot afford.)
 */
export function findKeyCollisions(doc: Document, source: string, at: (offset: number) => SourceLocation): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, Scalar>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue;
        const text = key.value === null ? "" : String(key.value);
        const first = seen.get(text);
        if (!first) {
          seen.set(text, key);
          continue;
        }
        const location = at(key.range?.[0] ?? 0);
        const firstLine = at(first.range?.[0] ?? 0).line;
        diagnostics.push(
          first.value === key.value
            ? { code: "duplicate_key", message: `key ${sourceOf(source, key)} is given twice in this mapping (first at line ${firstLine}); YAML would keep only one`, location }
            : {
                code: "key_collision",
                message: `key ${sourceOf(source, key)} becomes the same name ${JSON.stringify(text)} as the key ${sourceOf(source, first)} at line ${firstLine}`,
                location,
              },
        );
      }
    },
  });
  return diagnostics;
}

/** A node as written in the file. */
function sourceOf(text: string, node: Node): string {
  return node.range ? text.slice(node.range[0], node.range[1]) : String(node);
}

/** toJS refused the document (an alias bomb, an alias to nothing): located at the alias it stopped on. */
export function aliasDiagnostic(doc: Document, error: unknown, at: (offset: number) => SourceLocation): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  // Run again, noting the alias reached last: the one the library stopped on.
  let last: Alias | undefined;
  visit(doc, {
    Alias(_, alias) {
      const resolve = alias.resolve.bind(alias);
      alias.resolve = (...args: Parameters<Alias["resolve"]>) => {
        last = alias;
        return resolve(...args);
      };
    },
  });
  try {
    toData(doc);
  } catch {
    // Expected: the same error again.
  }
  const location = at(last?.range?.[0] ?? 0);
  if (/alias count/i.test(message)) {
    return {
      code: "yaml_alias_limit",
      message: `YAML alias *${last?.source ?? ""} would expand to more than ${maxAliasCount} copies of its anchor's value: write the values out or use fewer aliases`,
      location,
    };
  }
  if (/unresolved alias/i.test(message)) {
    return { code: "yaml_syntax", message: `YAML: alias *${last?.source ?? ""} refers to no anchor before it`, location };
  }
  return { code: "yaml_syntax", message: `YAML: ${message}`, location };
}
