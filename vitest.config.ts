import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Two projects that together are the whole suite (`vitest run`): `quick`, for the edit loop
 * (`vitest run --project quick`, under a minute), and `slow`, the files that start the tool as a child
 * process, run prettier over the whole catalogue, generate and check many whole packages, or fuzz the
 * validators at length.
 */
const slow = [
  "test/cli/**/*.test.ts",
  "test/package/**/*.test.ts",
  "test/docs/readme-snippets.test.ts",
  "test/docs/vitepress.test.ts",
  "test/pipeline/prettier-judge.test.ts",
  "test/pipeline/format-compile.test.ts",
  "test/spec/hostile-output.test.ts",
  "test/validators/properties.test.ts",
  "test/validators/differential.test.ts",
  "test/validators/fuzz.test.ts",
  "test/conformance/**/*.test.ts",
  "test/write/kill-during-write.test.ts",
  "test/write/out-refusals.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One worker per core: vitest's default leaves one core to its main process, which on two cores
    // runs the suite one file at a time while the main process mostly waits.
    maxWorkers: availableParallelism(),
    // Test files share their worker's modules (the generator, TypeScript, prettier, ts-morph), which
    // are then loaded once per worker rather than once per file: about half the CPU time of a small
    // test file. A test that changes process-wide state (a prototype, an environment variable, a
    // patched stream) restores it before it ends.
    isolate: false,
    projects: [
      { extends: true, test: { name: "quick", include: ["test/**/*.test.ts"], exclude: slow } },
      { extends: true, test: { name: "slow", include: slow } },
    ],
  },
});
