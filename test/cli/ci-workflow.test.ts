/**
 * The example CI workflow (docs/ci/seam-events.yml) is valid YAML, and every seam-events command it
 * runs is one the tool has, with options the command takes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { root, runCli } from "./run.js";

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

const workflow = parse(readFileSync(join(root, "docs/ci/seam-events.yml"), "utf8")) as { on: unknown; jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((step) => (step.run === undefined ? [] : step.run.split("\n").filter((line) => line.trim() !== "")));
/** The words of each `npx seam-events …` line after the tool's name (quotes removed). */
const invocations = runs
  .filter((line) => line.trim().startsWith("npx seam-events "))
  .map((line) => line.trim().slice("npx seam-events ".length).split(/\s+/).map((word) => word.replace(/^"|"$/g, "")));

describe("the example CI workflow", () => {
  test("runs check, diff --against with --format github, and the tests", () => {
    expect(workflow.on).toHaveProperty("pull_request");
    expect(invocations.map((words) => words[0])).toEqual(["check", "diff"]);
    const diff = invocations[1]!;
    expect(diff).toContain("--against");
    expect(diff.slice(diff.indexOf("--format"), diff.indexOf("--format") + 2)).toEqual(["--format", "github"]);
    expect(invocations[0]).toContain("github");
    expect(runs).toContain("npm test");
    // diff --against needs the base branch's history in the checkout.
    expect(steps.find((step) => step.uses?.startsWith("actions/checkout@"))?.with?.["fetch-depth"]).toBe(0);
  });

  test("runs the tests on the Node release lines the tool's engines accept, 22 and 24", () => {
    const matrix = (Object.values(workflow.jobs)[0] as { strategy?: { matrix?: { node?: number[] } } }).strategy?.matrix?.node;
    expect(matrix).toEqual([22, 24]);
    const engines = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    const floor = Number(/^>=(\d+)\./.exec(engines)![1]);
    for (const line of matrix!) expect(line).toBeGreaterThanOrEqual(floor);
  });

  test.each(invocations.map((words) => [words[0]!, words] as const))("seam-events %s exists and takes the options given", async (command, words) => {
    const help = await runCli([command, "--help"]);
    expect(help.code).toBe(0);
    for (const word of words.filter((w) => w.startsWith("--"))) expect(help.stdout).toContain(`${word.split("=")[0]} `);
  });
});
