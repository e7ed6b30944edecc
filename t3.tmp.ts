import { readCatalogue } from "./generator/pipeline.ts";
for (const p of ["spec/catalogue", "test/fixtures/specs/mini", "test/fixtures/specs/diff-base", "test/fixtures/specs/diff-breaking","test/fixtures/specs/diff-minor","test/fixtures/specs/diff-patch"]) { try { readCatalogue({ specPath: p }); console.log(p, "ok"); } catch (e) { console.log(p, (e as Error).message); } }
