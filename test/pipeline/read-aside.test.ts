/**
 * The tool reads the catalogue on another thread while it loads the generator: the same model, the
 * same located problems, and a read on the calling thread when no thread can start.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readCatalogue, SpecError } from "../../generator/pipeline.js";
import { readCatalogueAside } from "../../generator/read/read-aside.js";

const broken = "test/fixtures/specs/broken";
const brokenSources = new Map([`${broken}/_base.yaml`, `${broken}/unknown-key.yaml`, `${broken}/bad-reference.yaml`].map((file) => [file, readFileSync(file, "utf8")]));

async function problemsOf(read: Promise<unknown>): Promise<string[]> {
  const error = await read.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(SpecError);
  return (error as SpecError).diagnostics.map(formatDiagnostic);
}

describe("reading the catalogue on another thread", () => {
  it("gives the model the calling thread reads", async () => {
    for (const specPath of ["test/fixtures/specs/mini", "spec/catalogue"]) {
      expect(await readCatalogueAside({ specPath })).toEqual(readCatalogue({ specPath }));
    }
  });

  it("rejects with every located problem of a broken spec, as the calling thread does", async () => {
    const here = await problemsOf(Promise.resolve().then(() => readCatalogue({ sources: brokenSources })));
    expect(here.length).toBeGreaterThan(1);
    expect(await problemsOf(readCatalogueAside({ specPath: broken, sources: brokenSources }))).toEqual(here);
  });

  it("reads on the calling thread when the thread cannot start, or dies", async () => {
    const specPath = "test/fixtures/specs/mini";
    expect(await readCatalogueAside({ specPath }, "throw new Error('no thread here')")).toEqual(readCatalogue({ specPath }));
    expect(await readCatalogueAside({ specPath }, "process.exit(3)")).toEqual(readCatalogue({ specPath }));
    expect(await problemsOf(readCatalogueAside({ specPath: broken, sources: brokenSources }, "throw new Error('no thread here')"))).toEqual(
      await problemsOf(Promise.resolve().then(() => readCatalogue({ sources: brokenSources }))),
    );
  });

  it("does not leave a rejection unhandled while the caller loads the generator", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const read = readCatalogueAside({ specPath: broken, sources: brokenSources });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(unhandled).toEqual([]);
      await expect(read).rejects.toBeInstanceOf(SpecError);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
