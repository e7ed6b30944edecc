import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { SourceMapConsumer } from "source-map-js";
import { describe, expect, it } from "vitest";

const pkg = "generated";
const shipped = (JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { files: string[] }).files;
const declarations = (readdirSync(join(pkg, "dist"), { recursive: true }) as string[]).filter((f) => f.endsWith(".d.ts")).map((f) => join(pkg, "dist", f));

describe("declaration maps", () => {
  it("sit next to every declaration file, named by its last line", () => {
    expect(declarations.length).toBeGreaterThan(5);
    for (const file of declarations) {
      const lines = readFileSync(file, "utf8").trimEnd().split("\n");
      expect(lines.at(-1), file).toBe(`//# sourceMappingURL=${file.split("/").at(-1)}.map`);
      expect(existsSync(`${file}.map`), file).toBe(true);
    }
  });

  it("point at a TypeScript file the package ships", () => {
    for (const file of declarations) {
      const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[]; sourcesContent?: unknown };
      expect(map.sources, file).toHaveLength(1);
      const source = join(dirname(file), map.sources[0]!);
      expect(existsSync(source), source).toBe(true);
      expect(relative(pkg, source), file).toMatch(/^src\/.*\.ts$/);
      expect(shipped).toContain(relative(pkg, source).split("/")[0]);
    }
  });

  it.each(["esm", "cjs"])("take go-to-definition of an exported name to its declaration line in src (%s)", (format) => {
    const dts = join(pkg, "dist", format, "types.d.ts");
    const name = "SeamEvent";
    const declared = readFileSync(dts, "utf8").split("\n");
    const dtsLine = declared.findIndex((line) => new RegExp(`^export type ${name}\\b`).test(line));
    expect(dtsLine).toBeGreaterThanOrEqual(0);
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${dts}.map`, "utf8")));
    const column = declared[dtsLine]!.indexOf(name);
    const original = consumer.originalPositionFor({ line: dtsLine + 1, column, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
    expect(original.source).toBe("../../src/types.ts");
    const srcLines = readFileSync(join(pkg, "src", "types.ts"), "utf8").split("\n");
    expect(srcLines[original.line! - 1]).toMatch(new RegExp(`^export type ${name}\\b`));
  });
});
