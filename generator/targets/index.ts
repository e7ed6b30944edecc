/** The registry of targets, in the order they run. */
import type { Target } from "./target.js";
import { typesTarget } from "./types/emit-types.js";
import { fixturesTarget } from "./fixtures/emit-fixtures.js";
import { validatorsTarget } from "./validators/emit-validators.js";
import { schemaTarget } from "./schema/emit-schema.js";
import { docsTarget } from "./docs/emit-docs.js";

export { packageTarget } from "./package/emit-package.js";

export const targets: readonly Target[] = [typesTarget, validatorsTarget, fixturesTarget, schemaTarget, docsTarget];
