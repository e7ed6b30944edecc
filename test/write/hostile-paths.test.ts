/**
 * Spec text that would make the generator write outside its folder, or two pages to one file, stops
 * `generate` with exit 2, and nothing is written, inside the output folder or beside it. (The spec
 * check may catch such names first; either way the run must stop before writing.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { mini, runCli } from "../cli/run.js";
import { treeOf } from "./tree.js";

const temp = mkdtempSync(join(tmpdir(), "seam-events-hostile-paths-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const families: [string, string][] = [
  ["a family key that climbs out of the docs folder", `"../../ESCAPED"`],
  ["a family key that climbs to the package README", `"../README"`],
  ["two family keys that give one page", `README:\n    title: R\n    description: r.\n  README-events`],
];

it.each(families)("stops on %s, writing nothing anywhere", async (_, key) => {
  const work = join(temp, String(Math.random()).slice(2));
  mkdirSync(join(work, "deep/er"), { recursive: true });
  const spec = join(work, "deep/er/catalogue.yaml");
  writeFileSync(spec, readFileSync(mini, "utf8").replace("families:\n", `families:\n  ${key}:\n    title: Hostile\n    description: Tries to write elsewhere.\n`));
  const before = treeOf(work);
  const result = await runCli(["generate", "--spec", spec, "--out", join(work, "deep/er/out"), "--only", "docs"]);
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(/emitted path|\[[a-z_]+\]/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(treeOf(work)).toEqual(before);
});
