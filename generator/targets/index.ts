/** The registry of targets: one line each. The package target always runs after the selected ones. */
import type { Target } from "./target.js";
import { typesTarget } from "./types/emit-types.js";
import { validatorsTarget } from "./validators/emit-validators.js";
import { fixturesTarget } from "./fixtures/emit-fixtures.js";
import { schemaTarget } from "./schema/emit-schema.js";
import { docsTarget } from "./docs/emit-docs.js";

export { packageTarget } from "./package/emit-package.js";

export const targets: readonly Target[] = [
  typesTarget,
  validatorsTarget,
  fixturesTarget,
  schemaTarget,
  docsTarget,
];

export const targetNames: readonly string[] = targets.map((target) => target.name);
