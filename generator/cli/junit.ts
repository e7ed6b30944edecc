/**
 * JUnit XML (`--format junit`), the report format CI systems read (GitLab, Jenkins, Azure Pipelines,
 * CircleCI), as buf and oasdiff write it: `<testsuites>` of `<testsuite>`s of `<testcase>`s, a problem
 * being a `<failure>` whose text is `file:line:column: message`.
 */
import { printable } from "../diagnostics/diagnostic.js";

export interface JunitCase {
  name: string;
  classname: string;
  /** Where the case points (shown by readers that link to files). */
  file?: string;
  line?: number;
  failure?: { message: string; type: string; text: string };
  /** Why the case was not judged (an accepted diff change). */
  skipped?: string;
}

export interface JunitSuite {
  name: string;
  cases: JunitCase[];
}

/** Lone surrogates and U+FFFE/U+FFFF are not XML characters at all; they are written as visible escapes. */
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/**
 * Text for an XML attribute or element, from any input: controls made visible first (they are not XML
 * 1.0 characters, and a reader would show them raw), then the five markup characters escaped.
 */
export function escapeXml(text: string): string {
  return printable(text)
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
}

export const junitHeader = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** One `<testcase>`, indented for a suite. */
export function junitCase(c: JunitCase): string {
  const open = `    <testcase${attributes({ name: c.name, classname: c.classname, file: c.file, line: c.line })}`;
  if (c.failure) {
    const text = c.failure.text.split("\n").map(escapeXml).join("\n");
    return `${open}>\n      <failure${attributes({ message: c.failure.message, type: c.failure.type })}>${text}</failure>\n    </testcase>\n`;
  }
  if (c.skipped !== undefined) return `${open}>\n      <skipped${attributes({ message: c.skipped })}/>\n    </testcase>\n`;
  return `${open}/>\n`;
}

/** The opening tag of a `<testsuite>`; counts are left out when they are not known yet (a streamed report). */
export function junitSuiteStart(name: string, counts?: { tests: number; failures: number; skipped: number }): string {
  return `  <testsuite${attributes({ name, tests: counts?.tests, failures: counts?.failures, errors: counts ? 0 : undefined, skipped: counts?.skipped })}>\n`;
}

/** A whole report: every suite with its counts, and the totals on `<testsuites>`. */
export function junitReport(name: string, suites: readonly JunitSuite[]): string {
  const count = (cases: readonly JunitCase[]) => ({
    tests: cases.length,
    failures: cases.filter((c) => c.failure).length,
    skipped: cases.filter((c) => c.skipped !== undefined).length,
  });
  const all = count(suites.flatMap((s) => s.cases));
  return [
    junitHeader,
    `<testsuites${attributes({ name, tests: all.tests, failures: all.failures, errors: 0, skipped: all.skipped })}>\n`,
    ...suites.map((suite) => `${junitSuiteStart(suite.name, count(suite.cases))}${suite.cases.map(junitCase).join("")}  </testsuite>\n`),
    "</testsuites>\n",
  ].join("");
}
