/**
 * The upstream OpenAPI event schemas mapped into the model: each schema feature becomes the model's
 * node for it, and each kind of difference from the spec (format, nullable, required, markers, nested
 * shapes) is reported by its rule. Bad upstream input is a usage error with its location.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openapi } from "../helpers/seam-types.js";
import { afterAll, describe, expect, it } from "vitest";
import { driftOf } from "../../generator/drift/drift.js";
import { upstreamModel, UpstreamError } from "../../generator/drift/upstream-model.js";
import { defaultSpecPath, readCatalogue } from "../../generator/pipeline.js";
import { runCli } from "../cli/run.js";

const spec = readCatalogue({ specPath: defaultSpecPath });

const sample = {
  openapi: "3.0.0",
  info: { title: "sample", version: "9.9.9" },
  components: {
    schemas: {
      reading: { type: "object", properties: { value: { type: "number", format: "float", minimum: 0 } }, required: ["value"] },
      event: {
        discriminator: { propertyName: "event_type" },
        oneOf: [
          {
            type: "object",
            deprecated: true,
            "x-deprecated": "Use thing.renamed.",
            required: ["event_type", "id", "kind"],
            properties: {
              event_type: { type: "string", enum: ["thing.happened"] },
              id: { type: "string", format: "uuid", nullable: true },
              kind: { type: "string", enum: ["a", "b"] },
              count: { type: "integer", minimum: 1, maximum: 5, "x-undocumented": "Beta." },
              tags: { type: "array", items: { type: "string" } },
              metadata: { type: "object", additionalProperties: { oneOf: [{ type: "string" }, { type: "boolean" }] } },
              free: { type: "object" },
              reading: { $ref: "#/components/schemas/reading" },
              link: { type: "string", format: "uri", deprecated: true },
            },
          },
        ],
      },
    },
  },
};

describe("the mapping", () => {
  const model = upstreamModel(sample, "sample.json", spec.package);
  const [event] = model.events;
  const prop = (name: string) => event!.properties.find((p) => p.name === name)!;

  it("makes an event per oneOf branch, named by its discriminator constant, with its markers", () => {
    expect(model.events.map((e) => [e.name, e.typeName, e.deprecated, e.unreleased])).toEqual([["thing.happened", "ThingHappenedEvent", "Use thing.renamed.", false]]);
    expect(event!.properties[0]).toMatchObject({ name: "event_type", type: { kind: "literal", value: "thing.happened" }, required: true });
  });

  it("maps each schema feature to the model's node", () => {
    expect(prop("id")).toMatchObject({ type: { kind: "string", format: "uuid" }, nullable: true, required: true });
    expect(prop("kind").type.kind).toBe("enum");
    expect(model.enums.find((e) => e.name === (prop("kind").type as { name: string }).name)!.values.map((v) => v.value)).toEqual(["a", "b"]);
    expect(prop("count")).toMatchObject({ type: { kind: "integer", minimum: 1, maximum: 5 }, unreleased: true, required: false });
    expect(prop("tags").type).toEqual({ kind: "array", items: { type: { kind: "string" }, nullable: false } });
    expect(prop("metadata").type).toMatchObject({ kind: "record", values: { type: { kind: "union" } } });
    expect(prop("free").type).toEqual({ kind: "object" });
    expect(prop("link")).toMatchObject({ type: { kind: "string", format: "uri" }, deprecated: "" });
    const reading = model.shapes.find((s) => s.name === (prop("reading").type as { name: string }).name)!;
    expect(reading.properties).toMatchObject([{ name: "value", type: { kind: "number", minimum: 0 }, required: true }]);
  });

  it("locates every property by its JSON Pointer in the document", () => {
    expect(prop("id").location.file).toBe("sample.json#/components/schemas/event/oneOf/0/properties/id");
  });

  it("rejects a document without event schemas, and a branch without a constant event type", () => {
    expect(() => upstreamModel({ components: {} }, "x.json", spec.package)).toThrow(UpstreamError);
    expect(() => upstreamModel({ components: { schemas: { event: { oneOf: [{ type: "object", properties: {} }] } } } }, "x.json", spec.package)).toThrow(/oneOf\/0: no event_type constant/);
  });
});

describe("each kind of difference from the spec", () => {
  /** @seamapi/types' document with one edit to the branch of `eventName`. */
  const changed = (eventName: string, change: (branch: Record<string, any>) => void) => {
    const doc = structuredClone(openapi) as any;
    const branch = doc.components.schemas.event.oneOf.find((b: any) => b.properties.event_type.enum[0] === eventName);
    change(branch);
    return driftOf(spec, upstreamModel(doc, "edited", spec.package)).changes.filter((c) => !c.explainedBy).map((c) => `${c.rule} ${c.event} ${c.path ?? ""}`.trim());
  };

  it.each([
    ["PROPERTY_FORMAT_CHANGED lock.locked device_id", (b: any) => (b.properties.device_id.format = "uri")],
    ["PROPERTY_NULLABLE_ADDED lock.locked device_id", (b: any) => (b.properties.device_id.nullable = true)],
    ["PROPERTY_REQUIRED_TO_OPTIONAL lock.locked device_id", (b: any) => (b.required = b.required.filter((n: string) => n !== "device_id"))],
    ["PROPERTY_TYPE_CHANGED lock.locked device_id", (b: any) => (b.properties.device_id = { type: "integer" })],
    ["PROPERTY_UNRELEASED_CHANGED lock.locked device_id", (b: any) => (b.properties.device_id["x-undocumented"] = "Not yet.")],
    ["PROPERTY_DEPRECATED lock.locked device_id", (b: any) => (b.properties.device_id.deprecated = true)],
    ["EVENT_DEPRECATED lock.locked", (b: any) => (b.deprecated = true)],
    ["EVENT_UNRELEASED_CHANGED lock.locked", (b: any) => (b["x-undocumented"] = "Not yet.")],
    ["PROPERTY_REMOVED lock.locked device_id", (b: any) => delete b.properties.device_id],
    ["PROPERTY_ADDED_REQUIRED lock.access_denied reason.detail", (b: any) => {
      b.properties.reason.properties.detail = { type: "string" };
      b.properties.reason.required.push("detail");
    }],
    ["ENUM_VALUE_ADDED lock.access_denied reason.reason_code", (b: any) => b.properties.reason.properties.reason_code.enum.push("door_ajar")],
  ])("%s", (expected, change) => {
    expect(changed(expected.split(" ")[1]!, change)).toEqual([expected]);
  });
});

describe("the command line, with --against FILE", () => {
  const dir = mkdtempSync(join(tmpdir(), "seam-events-upstream-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a JSON document and a YAML one", async () => {
    const json = join(dir, "openapi.json");
    writeFileSync(json, JSON.stringify(openapi));
    const result = await runCli(["drift", "--against", json]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`against ${json}: 0 unexplained`);
    const yaml = join(dir, "sample.yaml");
    writeFileSync(yaml, `components:\n  schemas:\n    event:\n      oneOf:\n        - type: object\n          properties:\n            event_type: { type: string, enum: [lock.locked] }\n`);
    const few = await runCli(["drift", "--against", yaml, "--json"]);
    expect(few.code).toBe(1);
    expect(JSON.parse(few.stdout).changes.filter((c: { rule: string }) => c.rule === "EVENT_REMOVED")).toHaveLength(spec.events.length - 1);
  });

  it("reports a broken document at its line and column, and bad options, with exit 2", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{\n  "components": {}\n');
    const result = await runCli(["drift", "--against", bad]);
    expect(result.code).toBe(2);
    // The message is V8's, which differs between Node versions; the place is ours.
    expect(result.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:1: .+ \\[upstream_parse\\]`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await runCli(["drift", "--against", bad, "--against-package", "@seamapi/types"])).code).toBe(2);
    const missing = await runCli(["drift", "--against-package", "no-such-package-here"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot find the package no-such-package-here");
    const unknown = await runCli(["import", "lock.lockd"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("did you mean lock.locked");
  });
});
