import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const bin = (name: string) => resolve("node_modules/.bin", name);
const destination = mkdtempSync(join(tmpdir(), "seam-events-pack-"));
afterAll(() => rmSync(destination, { recursive: true, force: true }));

// A real tarball, as `npm publish` would upload it; both linters read that, not the folder.
const report = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", destination], { cwd: "generated", encoding: "utf8" })) as {
  filename: string;
  files: { path: string }[];
}[];
const tarball = join(destination, report[0]!.filename);

describe("the packed generated package", () => {
  it("holds the license, the sources the declaration maps point at, and no stray files", () => {
    const paths = report[0]!.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json", "src/types.ts", "dist/esm/types.d.ts.map", "dist/cjs/types.d.ts.map"]));
    expect(paths.filter((p) => p.startsWith("."))).toEqual([]);
  });

  it("passes publint, warnings included", () => {
    // --strict turns warnings into a failing exit status.
    const output = execFileSync(bin("publint"), ["run", tarball, "--strict"], { encoding: "utf8" });
    expect(output).toContain("All good!");
  });

  it("passes Are the Types Wrong for every resolution mode", () => {
    const output = execFileSync(bin("attw"), [tarball, "--format", "json"], { encoding: "utf8" });
    const result = JSON.parse(output) as { analysis: { problems: unknown[] } };
    expect(result.analysis.problems).toEqual([]);
  });
});
