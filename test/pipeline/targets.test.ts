/**
 * Targets stand alone: each is one folder that imports from no other target, and the package target
 * learns what each adds to the package (modules, folders, exports) from the target itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, readCatalogue } from "../../generator/pipeline.js";
import { packageTarget, targets } from "../../generator/targets/index.js";
import type { Target } from "../../generator/targets/target.js";

const targetsDir = join(projectRoot, "generator/targets");
const folders = readdirSync(targetsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe("the targets", () => {
  it.each(folders)("%s imports from no other target's folder", (folder) => {
    const files = readdirSync(join(targetsDir, folder), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(targetsDir, folder, file), "utf8");
      const specifiers = [...text.matchAll(/(?:from|import\()\s*["']([^"']+)["']/g)].map((match) => match[1]!);
      const intoOtherTargets = specifiers.filter((specifier) => folders.some((other) => other !== folder && specifier.includes(`/${other}/`)));
      expect(intoOtherTargets, `${folder}/${file}`).toEqual([]);
    }
  });

  it("are all in the registry, each once, and each in a folder of its own", () => {
    const names = targets.map((target) => target.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [...names, packageTarget.name]) expect(folders).toContain(name);
  });

  it("tell the package target what they add to the package", async () => {
    const model = readCatalogue({ specPath: "test/fixtures/specs/mini" });
    const extra: Target = { name: "extra", package: { modules: ["extra"], folders: ["extra-files"], exports: { "./extra/*": "./extra-files/*" } }, emit: () => [] };
    const files = await packageTarget.emit(model, { selected: ["extra"], targets: [extra] });
    const byPath = new Map(files.map((file) => [file.path, file.contents]));
    expect(byPath.get("src/index.ts")).toContain('export * from "./extra.js";');
    const pkg = JSON.parse(byPath.get("package.json")!) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain("extra-files");
    expect(pkg.exports["./extra/*"]).toBe("./extra-files/*");
    expect(pkg.files).not.toContain("schema");
  });
});
