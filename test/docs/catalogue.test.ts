import { describe } from "vitest";
import { fullCatalogue, renderDocs, type DocsRun } from "./helpers.js";
import { itIsASoundReference } from "./site-checks.js";

let catalogue: Promise<DocsRun> | undefined;

describe("docs for the full catalogue", () => {
  itIsASoundReference(() => (catalogue ??= renderDocs({ specPath: fullCatalogue })));
});
