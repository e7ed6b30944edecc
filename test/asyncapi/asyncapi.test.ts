/**
 * The AsyncAPI target: @asyncapi/parser parses the document with no diagnostic of error severity,
 * every event is a message with its payload schema and description, one operation receives them all,
 * and the output is the same from run to run.
 */
import { DiagnosticSeverity, Parser } from "@asyncapi/parser";
import { describe, expect, it } from "vitest";
import { readCatalogue } from "../../generator/pipeline.js";
import { asyncapiTarget, ASYNCAPI_PATH } from "../../generator/targets/asyncapi/emit-asyncapi.js";
import { fullSpecPath, miniSpecPath } from "../validators/helpers.js";

const emit = async (specPath: string) => {
  const model = readCatalogue({ specPath });
  const files = await asyncapiTarget.emit(model, { selected: ["asyncapi"] });
  return { model, files };
};

describe.each([
  ["the mini spec", miniSpecPath],
  ["the full catalogue", fullSpecPath],
])("AsyncAPI document of %s", async (_label, specPath) => {
  const { model, files } = await emit(specPath);
  const text = files[0]!.contents;
  const { document, diagnostics } = await new Parser().parse(text);

  it("is one file, asyncapi/asyncapi.json, declaring AsyncAPI 3.0", () => {
    expect(files.map((f) => f.path)).toEqual([ASYNCAPI_PATH]);
    expect(JSON.parse(text).asyncapi).toBe("3.0.0");
  });

  it("parses with no diagnostic of error severity", () => {
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => `${d.path.join("/")}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document).toBeDefined();
  });

  it("has a message per event with its payload schema and description", () => {
    const messages = document!.allMessages().all();
    expect(messages.map((m) => m.name()).sort()).toEqual(model.events.map((e) => e.name).sort());
    for (const event of model.events) {
      const message = messages.find((m) => m.name() === event.name)!;
      expect(message.summary()).toBe(event.summary);
      expect(message.hasDescription()).toBe(true);
      const payload = message.payload()!;
      expect(payload.type()).toBe("object");
      expect(Object.keys(payload.properties() ?? {})).toEqual(event.properties.map((p) => p.name));
      expect(payload.required()).toEqual(event.properties.filter((p) => p.required).map((p) => p.name));
      expect(payload.properties()![model.package.discriminator]!.const()).toBe(event.name);
    }
  });

  it("receives every message in one operation", () => {
    const operations = document!.operations().all();
    expect(operations).toHaveLength(1);
    expect(operations[0]!.isReceive()).toBe(true);
    expect(operations[0]!.messages().all().map((m) => m.name())).toEqual(model.events.map((e) => e.name));
  });

  it("is byte-identical from one run to the next", async () => {
    expect((await emit(specPath)).files).toEqual(files);
  });
});
