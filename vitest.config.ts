import { defineConfig } from "vitest/config";

/**
 * Two projects that together are the whole suite (`vitest run`): `quick`, for the edit loop
 * (`vitest run --project quick`, under a minute), and `slow`, the files that start the tool as a child
 * process, run prettier over the whole catalogue or fuzz the validators at length.
 */
const slow = [
  "test/cli/**/*.test.ts",
  "test/package/**/*.test.ts",
  "test/docs/readme-snippets.test.ts",
  "test/docs/vitepress.test.ts",
  "test/pipeline/prettier-judge.test.ts",
  "test/validators/properties.test.ts",
  "test/validators/differential.test.ts",
  "test/validators/fuzz.test.ts",
  "test/conformance/**/*.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "quick", include: ["test/**/*.test.ts"], exclude: slow } },
      { extends: true, test: { name: "slow", include: slow } },
    ],
  },
});
