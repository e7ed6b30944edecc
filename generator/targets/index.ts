/** The registry of targets, in the order they run. */
import type { Target } from "./target.js";
import { typesTarget } from "./types/emit-types.js";
import { fixturesTarget } from "./fixtures/emit-fixtures.js";
import { validatorsTarget } from "./validators/emit-validators.js";
import { schemaTarget } from "./schema/emit-schema.js";
import { docsTarget } from "./docs/emit-docs.js";
import { receiverTarget } from "./receiver/emit-receiver.js";
import { openapiTarget } from "./openapi/emit-openapi.js";
import { asyncapiTarget } from "./asyncapi/emit-asyncapi.js";

export { packageTarget } from "./package/emit-package.js";

// Docs first: Markdown is the slowest language to format, so its formatting starts first and overlaps
// the other targets' emits; the JSON Schema next, so that JSON and TypeScript share the other worker.
export const targets: readonly Target[] = [docsTarget, schemaTarget, typesTarget, validatorsTarget, fixturesTarget, openapiTarget, asyncapiTarget, receiverTarget];
