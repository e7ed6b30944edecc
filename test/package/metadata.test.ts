import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readCatalogue, renderCatalogue, SpecError } from "../../generator/pipeline.js";

const specDir = "spec/catalogue";
const specSources = () =>
  new Map(
    (readdirSync(specDir, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => [join(specDir, f), readFileSync(join(specDir, f), "utf8")]),
  );
const packageYaml = parse(readFileSync(join(specDir, "package.yaml"), "utf8")).package as Record<string, unknown>;

/**
 * The spec with package.yaml's line starting with `key:` replaced (or, for a key the catalogue leaves
 * out, added after its license); every problem reported, formatted.
 */
function problemsWith(key: string, line: string): string[] {
  const sources = specSources();
  const file = join(specDir, "package.yaml");
  const text = sources.get(file)!;
  const present = new RegExp(`^  ${key}:.*$`, "m");
  expect(text).toMatch(/^  license:/m);
  sources.set(file, present.test(text) ? text.replace(present, line) : text.replace(/^  license:.*$/m, (license) => `${license}\n${line}`));
  try {
    readCatalogue({ sources });
  } catch (error) {
    if (error instanceof SpecError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  return [];
}

it("the unchanged spec has no problems, so each case below sees only its own", () => {
  expect(specSources().size).toBeGreaterThan(2);
  expect(() => readCatalogue({ sources: specSources() })).not.toThrow();
});

describe("the generated package.json", () => {
  const generated = JSON.parse(readFileSync("generated/package.json", "utf8")) as Record<string, unknown>;

  it("carries the metadata package.yaml gives", () => {
    expect(generated.license).toBe(packageYaml.license);
    expect(generated.engines).toEqual(packageYaml.engines);
    expect(generated.keywords).toEqual(packageYaml.keywords);
  });

  it("carries the repository, homepage and bugs links when package.yaml gives them", async () => {
    const model = readCatalogue();
    const linked = { ...model, package: { ...model.package, repository: "https://example.com/catalogue", homepage: "https://example.com/catalogue#readme", bugs: "https://example.com/catalogue/issues" } };
    const files = await renderCatalogue(linked, { only: [] });
    const json = JSON.parse(files.find((f) => f.path === "package.json")!.contents) as Record<string, unknown>;
    expect(json.homepage).toBe("https://example.com/catalogue#readme");
    expect(json.bugs).toEqual({ url: "https://example.com/catalogue/issues" });
    expect(json.repository).toEqual({ type: "git", url: "git+https://example.com/catalogue.git" });
  });

  it("leaves out what the spec leaves out, and ships no license text it cannot write", async () => {
    const model = readCatalogue();
    const bare = { ...model, package: { ...model.package, license: "Apache-2.0", keywords: [], engines: undefined, repository: undefined, homepage: undefined, bugs: undefined } };
    const files = await renderCatalogue(bare, { only: [] });
    const json = JSON.parse(files.find((f) => f.path === "package.json")!.contents) as Record<string, unknown>;
    for (const key of ["engines", "keywords", "repository", "homepage", "bugs"]) expect(json, key).not.toHaveProperty(key);
    expect(json.license).toBe("Apache-2.0");
    expect(json.files).not.toContain("LICENSE");
    expect(files.map((f) => f.path)).not.toContain("LICENSE");
  });

  it("lists LICENSE in files, and the package and the repository have the MIT text", () => {
    expect(generated.files).toContain("LICENSE");
    for (const file of ["LICENSE", "generated/LICENSE"]) {
      const text = readFileSync(file, "utf8");
      expect(text, file).toMatch(/^MIT License\n\nCopyright \(c\) /);
      expect(text, file).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    }
    const root = JSON.parse(readFileSync("package.json", "utf8")) as { license: string; engines: { node: string } };
    expect(root.license).toBe("MIT");
    // The tool asks for a maintained Node (22.12 and later, as its devDependencies do); the package it generates for 20 and later.
    expect(root.engines.node).toBe(">=22.12.0");
  });
});

describe("package.yaml's metadata is checked", () => {
  it.each([
    ["repository", "  repository: http://example.com/x", "package.repository"],
    ["homepage", '  homepage: "https://example.com/a\\"b"', "package.homepage"],
    ["bugs", "  bugs: not a url", "package.bugs"],
    ["keywords", "  keywords: [Seam Events]", "package.keywords.0"],
    ["license", "  license: MIT; rm -rf", "package.license"],
  ])("a bad %s is a located error", (key, line, where) => {
    const problems = problemsWith(key, line);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^spec/catalogue/package\\.yaml:\\d+:\\d+: ${where.replace(/\./g, "\\.")} `));
  });

  it("a bad engines range is a located error", () => {
    const problems = problemsWith("  node", '    node: ">=20; echo"');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^spec\/catalogue\/package\.yaml:\d+:\d+: package\.engines\.node /);
  });
});
