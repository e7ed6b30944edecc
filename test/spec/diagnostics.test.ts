/**
 * The diagnostics catalogue is complete (every code the generator emits has a title, a cause and a
 * fix, and every entry is emitted somewhere), diagnostics sort the same in every locale, and a failure
 * of the tool itself is reported in one line without a stack trace.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { diagnosticCatalogue, diagnosticCodes, explainCode } from "../../generator/diagnostics/catalogue.js";
import { formatDiagnostic, SpecError, type Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecSources } from "../../generator/load/load-spec.js";
import { readCatalogue } from "../../generator/pipeline.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** The generator's files that make diagnostics (they name the Diagnostic type or SpecError), without the catalogue itself. */
const producers = sourceFiles("generator")
  .filter((file) => file !== join("generator", "diagnostics", "catalogue.ts"))
  .map((file) => ({ file, text: readFileSync(file, "utf8") }))
  .filter(({ text }) => /\bDiagnostic\b|\bSpecError\(/.test(text));

describe("the diagnostics catalogue", () => {
  it("gives every code a title, a cause and a fix", () => {
    for (const code of diagnosticCodes) {
      const entry = diagnosticCatalogue[code];
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const text of [entry.title, entry.cause, entry.fix]) expect(text.trim().length, code).toBeGreaterThan(3);
      expect(explainCode(code)).toContain(entry.fix);
    }
  });

  it("has an entry for every code written in the generator's sources", () => {
    const written = new Set<string>();
    for (const { text } of producers) {
      for (const match of text.matchAll(/\bcode: "([a-z_]+)"|\breport\("([a-z_]+)"/g)) written.add(match[1] ?? match[2]!);
    }
    expect(written.size).toBeGreaterThan(20);
    expect([...written].filter((code) => !(code in diagnosticCatalogue))).toEqual([]);
  });

  it("has no entry that the generator never emits", () => {
    const all = producers.map(({ text }) => text).join("\n");
    // duplicate_<section> codes are built from the section's singular name.
    const emitted = (code: string) => all.includes(`"${code}"`) || (code.startsWith("duplicate_") && all.includes(`${code.slice("duplicate_".length)}"`));
    expect(diagnosticCodes.filter((code) => !emitted(code))).toEqual([]);
  });
});

describe("diagnostics order", () => {
  it("sorts by code units, the same under any locale", () => {
    const at = (file: string, message: string): Diagnostic => ({ code: "bad_value", message, location: { file, line: 1, column: 1 } });
    // localeCompare would put "a.yaml" before "B.yaml" and "é" next to "e"; code units put capitals first and "é" last.
    const error = new SpecError([at("a.yaml", "x"), at("B.yaml", "x"), at("e.yaml", "é"), at("e.yaml", "f"), at("e.yaml", "Z")]);
    expect(error.diagnostics.map((d) => `${d.location.file} ${d.message}`)).toEqual(["B.yaml x", "a.yaml x", "e.yaml Z", "e.yaml f", "e.yaml é"]);
  });
});

describe("strict UTF-8", () => {
  it("locates the first byte that is not UTF-8, after real multi-byte text and a real U+FFFD", () => {
    const dir = mkdtempSync(join(tmpdir(), "seam-events-utf8-"));
    try {
      const file = join(dir, "spec.yaml");
      writeFileSync(file, Buffer.concat([Buffer.from("a: 1\nb: café \uFFFD 😀 "), Buffer.from([0xc3, 0x28]), Buffer.from(" end\n")]));
      const problems = (() => {
        try {
          readSpecSources(file, dir);
        } catch (error) {
          return (error as SpecError).diagnostics.map(formatDiagnostic);
        }
      })();
      // Column 14: "b: café \uFFFD 😀 " is 13 UTF-16 code units (the emoji is two), as editors count columns.
      expect(problems).toEqual(["spec.yaml:2:14: byte 0xc3 is not UTF-8: save the file as UTF-8 [invalid_utf8]"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the checks let through what generation can handle", () => {
  const mini = readFileSync("test/fixtures/specs/mini/catalogue.yaml", "utf8");
  const cyclic = (attributes: string) =>
    mini.replace(
      "      created_at:\n        type: string\n        format: date-time\n        description: When the problem",
      `      cause:\n        type: object\n        shape: ResourceError\n${attributes}        description: The problem behind it.\n      created_at:\n        type: string\n        format: date-time\n        description: When the problem`,
    );

  it.each([
    ["optional", "        optional: true\n"],
    ["nullable", "        nullable: true\n"],
  ])("a shape that contains itself through an %s property", (_, attributes) => {
    const text = cyclic(attributes);
    expect(text).not.toBe(mini);
    expect(readCatalogue({ sources: new Map([["cyclic.yaml", text]]) }).shapes.find((s) => s.name === "ResourceError")!.properties.map((p) => p.name)).toContain("cause");
  });

  it("a CRLF file, a BOM and a real U+FFFD in a description", () => {
    const text = `\uFEFF${mini.replace("Events about door locks.", "Events about door locks \uFFFD.").replace(/\n/g, "\r\n")}`;
    expect(readCatalogue({ sources: new Map([["crlf.yaml", text]]) }).families.find((f) => f.key === "lock")!.description).toBe("Events about door locks \uFFFD.");
  });
});

describe("a failure of the tool itself", () => {
  let fail: (error: unknown) => number;
  let stderr = "";

  beforeAll(async () => {
    ({ fail } = await import("../../generator/cli/main.js"));
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    stderr = "";
  });

  const capture = () => vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));

  it("says it is an internal error and where to report it, without a stack trace, exit 3", () => {
    vi.stubEnv("SEAM_EVENTS_DEBUG", "");
    capture();
    const error = new TypeError("Cannot read properties of undefined (reading 'x')");
    expect(fail(error)).toBe(3);
    expect(stderr).toMatch(/^internal error: Cannot read properties of undefined \(reading 'x'\)\nThis is a bug in seam-events, .*report it to .*SEAM_EVENTS_DEBUG=1\.\n$/);
    expect(stderr).not.toContain(" at ");
  });

  it("prints the stack under SEAM_EVENTS_DEBUG=1", () => {
    vi.stubEnv("SEAM_EVENTS_DEBUG", "1");
    capture();
    const error = new Error("boom");
    expect(fail(error)).toBe(3);
    expect(stderr).toContain(error.stack!);
  });

  it("reports a system error as the environment's, exit 2", () => {
    capture();
    const error = Object.assign(new Error("EACCES: permission denied, open 'generated/x'"), { code: "EACCES" });
    expect(fail(error)).toBe(2);
    expect(stderr).toBe("error: EACCES: permission denied, open 'generated/x'\n");
  });
});
