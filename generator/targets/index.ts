/** The registry of targets: one line each. The package target always runs after the selected ones. */
import type { Target } from "./target.js";
import { typesTarget } from "./types/emit-types.js";
import { validatorsTarget } from "./validators/emit-validators.js";
import { fixturesTarget } from "./fixtures/emit-fixtures.js";
import { schemaTarget } from "./schema/emit-schema.js";
import { docsTarget } from "./docs/emit-docs.js";
import { receiverTarget } from "./receiver/emit-receiver.js";
import { openapiTarget } from "./openapi/emit-openapi.js";
import { asyncapiTarget } from "./asyncapi/emit-asyncapi.js";

export { packageTarget } from "./package/emit-package.js";

export const targets: readonly Target[] = [
  typesTarget,
  validatorsTarget,
  fixturesTarget,
  receiverTarget,
  schemaTarget,
  docsTarget,
  openapiTarget,
  asyncapiTarget,
];

export const targetNames: readonly string[] = targets.map((target) => target.name);
