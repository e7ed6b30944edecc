/**
 * The tool reads the catalogue on another thread while it loads the generator: the same model, the
 * same located problems, and a read on the calling thread when no thread can start.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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

  it("rejects with any other error as it was thrown: its message, code and stack", async () => {
    const specPath = join(tmpdir(), "seam-events-no-such-spec");
    const here = (() => {
      try {
        readCatalogue({ specPath });
      } catch (error) {
        return error as NodeJS.ErrnoException;
      }
    })()!;
    const aside = (await readCatalogueAside({ specPath }).catch((error: unknown) => error)) as NodeJS.ErrnoException;
    expect(aside).toBeInstanceOf(Error);
    expect(aside).toMatchObject({ message: here.message, code: "ENOENT" });
    expect(aside.stack).toContain("readSpecSources");
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

describe("the compiled spec schema kept in the tool's cache folder", () => {
  const temp = mkdtempSync(join(tmpdir(), "seam-events-spec-validator-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  // Each read on a thread of its own starts without the validator its process compiled before.
  const read = () => problemsOf(readCatalogueAside({ specPath: broken, sources: brokenSources, cacheDir: temp }));
  const kept = () => readdirSync(temp).filter((name) => /^spec-validator-[0-9a-f]{16}\.cjs$/.test(name));

  it("is written by one run and used by the next, with the same problems", async () => {
    const here = await problemsOf(Promise.resolve().then(() => readCatalogue({ sources: brokenSources })));
    writeFileSync(join(temp, "spec-validator-0123456789abcdef.cjs"), "module.exports = () => true;");
    expect(await read()).toEqual(here);
    // Made for another schema or ajv version: removed.
    expect(kept()).toHaveLength(1);
    expect(await read()).toEqual(here);
    // What is kept is what is used: a validator that passes everything hides the structure problems.
    writeFileSync(join(temp, kept()[0]!), "module.exports = () => true;");
    expect((await read()).length).toBeLessThan(here.length);
  });

  it("is compiled again when what is kept cannot be loaded", async () => {
    const here = await problemsOf(Promise.resolve().then(() => readCatalogue({ sources: brokenSources })));
    writeFileSync(join(temp, kept()[0]!), "this is not JavaScript {");
    expect(await read()).toEqual(here);
    expect(readFileSync(join(temp, kept()[0]!), "utf8")).toContain("use strict");
  });
});
