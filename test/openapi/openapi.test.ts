/**
 * The OpenAPI target: @readme/openapi-parser validates the document with no error, every event has a
 * webhook whose request body is its schema (as the JSON Schema target writes it, refs aside), the
 * union's discriminator maps every event type, and the output is the same from run to run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { readCatalogue } from "../../generator/pipeline.js";
import { openapiTarget, OPENAPI_PATH } from "../../generator/targets/openapi/emit-openapi.js";
import { eventSchema } from "../../generator/shared/catalogue-schema.js";
import { runCli } from "../cli/run.js";
import { fullSpecPath, miniSpecPath } from "../validators/helpers.js";

const emit = async (specPath: string) => {
  const model = readCatalogue({ specPath });
  const files = await openapiTarget.emit(model, { selected: ["openapi"] });
  return { model, files };
};

/** Strips what differs between the two targets by design: ids, refs' targets, and Markdown escaping of descriptions. */
const structure = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema, (key, value) => (key === "description" || key === "$schema" || key === "$id" || key === "$defs" ? undefined : key === "$ref" ? String(value).split("/").pop() : value)));

describe.each([
  ["the mini spec", miniSpecPath],
  ["the full catalogue", fullSpecPath],
])("OpenAPI document of %s", async (_label, specPath) => {
  const { model, files } = await emit(specPath);
  const text = files[0]!.contents;
  const document = () => JSON.parse(text);

  it("is one file, openapi/openapi.json, declaring OpenAPI 3.1", () => {
    expect(files.map((f) => f.path)).toEqual([OPENAPI_PATH]);
    expect(document().openapi).toBe("3.1.0");
  });

  it("passes @readme/openapi-parser's validation with no error", async () => {
    const result = await validate(document());
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toEqual([]);
  });

  it("has a webhook per event, its request body the event's schema", () => {
    const doc = document();
    expect(Object.keys(doc.webhooks)).toEqual(model.events.map((e) => e.name));
    for (const event of model.events) {
      const operation = doc.webhooks[event.name].post;
      expect(operation.requestBody.content["application/json"].schema).toEqual({ $ref: `#/components/schemas/${event.typeName}` });
      expect(operation.summary).toBe(event.summary);
      expect(operation.deprecated).toBe(event.deprecated !== undefined ? true : undefined);
      const component = doc.components.schemas[event.typeName];
      expect(structure(component)).toEqual(structure(eventSchema(model, event)));
      expect(component.properties[model.package.discriminator].const).toBe(event.name);
    }
  });

  it("defines every referenced component, and a union whose discriminator maps every event", () => {
    const doc = document();
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas).toHaveProperty(name!);
    const union = doc.components.schemas[model.package.unionName];
    expect(union.discriminator.propertyName).toBe(model.package.discriminator);
    expect(union.discriminator.mapping).toEqual(Object.fromEntries(model.events.map((e) => [e.name, `#/components/schemas/${e.typeName}`])));
  });

  it("is byte-identical from one run to the next", async () => {
    expect((await emit(specPath)).files).toEqual(files);
  });
});

describe("--only", () => {
  it("generates the OpenAPI and AsyncAPI documents alone, with the package around them", async () => {
    const out = mkdtempSync(join(tmpdir(), "seam-events-only-"));
    try {
      const result = await runCli(["generate", "--spec", miniSpecPath, "--out", out, "--only", "openapi,asyncapi", "--no-cache"]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => relative(out, join(f.parentPath, f.name)).split(sep).join("/"));
      expect(files.filter((f) => !f.startsWith("dist/")).sort()).toEqual([".seam-events-manifest.json", "LICENSE", "README.md", "asyncapi/asyncapi.json", "openapi/openapi.json", "package.json", "src/index.ts"]);
      const pkg = JSON.parse(readFileSync(join(out, "package.json"), "utf8"));
      expect(pkg.files).toEqual(expect.arrayContaining(["openapi", "asyncapi"]));
      expect(pkg.exports).toMatchObject({ "./openapi/*": "./openapi/*", "./asyncapi/*": "./asyncapi/*" });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

it("escapes spec text for CommonMark, where OpenAPI renders descriptions", async () => {
  const model = readCatalogue({ specPath: miniSpecPath });
  const hostile = "Sent <script>alert(1)</script> when [a](javascript:x) happens.\n# heading";
  const event = { ...model.events[0]!, description: hostile, properties: model.events[0]!.properties.map((p) => ({ ...p, description: hostile })) };
  const [file] = await openapiTarget.emit({ ...model, events: [event, ...model.events.slice(1)] }, { selected: ["openapi"] });
  const doc = JSON.parse(file!.contents);
  const texts = [doc.webhooks[event.name].post.description, ...Object.values(doc.components.schemas[event.typeName].properties).map((p: any) => p.description)];
  for (const text of texts) {
    // Nothing unescaped that opens HTML, a link or a heading.
    expect(text).not.toMatch(/(?<!\\)<script|(?<!\\)\]\(|^#/m);
    expect(text).toContain("\\<script\\>");
  }
});
