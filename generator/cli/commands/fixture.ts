import { choiceOption, ExitCode, integerOption, suggest, UsageError, type Command } from "../args.js";
import { stderrStyle, StdoutWriter } from "../output.js";
import { loadCatalogueRuntime } from "./package.js";
import { jsonOption, specOption, specPathOf } from "./shared-options.js";

const optionalModes = ["all", "none", "random"] as const;

export const fixtureCommand: Command = {
  spec: {
    name: "fixture",
    summary: "Print example payloads of an event type, made by the generated factories.",
    usage: "EVENT_TYPE",
    details: [
      "One payload as JSON by default. With --count N, N payloads made with seeds SEED, SEED+1, ... as a JSON",
      "array, or one per line with --ndjson. The same seed always gives the same payload. --json wraps them",
      "in an object naming the event type and seed.",
    ].join("\n"),
    options: {
      seed: { type: "string", value: "N", description: "Seed of the first payload (default: 1)." },
      count: { type: "string", value: "N", description: "Number of payloads, printed as an array." },
      optional: { type: "string", value: "MODE", description: "Optional properties: all, none or random (the factory's default when absent)." },
      ndjson: { type: "boolean", description: "With --count, print one compact payload per line." },
      spec: specOption,
      json: jsonOption,
    },
    positionals: { min: 1, max: 1 },
  },
  async run({ values, positionals }) {
    const type = positionals[0]!;
    const seed = integerOption(values, "seed", 1)!;
    const count = integerOption(values, "count");
    const optional = choiceOption(values, "optional", optionalModes);
    if (count === 0) throw new UsageError("--count must be at least 1", "fixture");
    if (values.ndjson && count === undefined) throw new UsageError("--ndjson needs --count", "fixture");
    if (values.ndjson && values.json) throw new UsageError("give either --json or --ndjson, not both", "fixture");
    const runtime = await loadCatalogueRuntime(specPathOf(values));
    const event = runtime.model.events.find((e) => e.name === type || e.aliases.includes(type));
    if (!event) {
      const hints = suggest(type, runtime.model.events.map((e) => e.name));
      throw new UsageError(`unknown event type '${type}'${hints.length ? `; did you mean ${hints.join(", ")}?` : ""}`, "fixture");
    }
    const make = (n: number) => runtime.create(event.name, {}, { seed: seed + n, ...(optional ? { optional } : {}) });
    // Printed as made, in batches: --count 100000 holds one payload at a time, and a reader that stops
    // early (`| head -1`) stops the loop without an error.
    const out = new StdoutWriter();
    if (values.json) {
      // One object, its payloads written as they are made: the same text as JSON.stringify of it all.
      const head = { ok: true, eventType: event.name, seed, ...(optional ? { optional } : {}), count: count ?? 1 };
      out.write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "payloads": [`);
      for (let n = 0; n < (count ?? 1) && !out.closed; n++) {
        out.write(`${n === 0 ? "" : ","}\n    ${JSON.stringify(make(n), null, 2).replaceAll("\n", "\n    ")}`);
        if (out.full) await out.flush();
      }
      out.write("\n  ]\n}\n");
    } else if (count === undefined) out.write(`${JSON.stringify(make(0), null, 2)}\n`);
    else {
      if (!values.ndjson) out.write("[\n");
      for (let n = 0; n < count && !out.closed; n++) {
        // The same text as JSON.stringify of the whole array with an indent of 2.
        if (values.ndjson) out.write(`${JSON.stringify(make(n))}\n`);
        else out.write(`${n === 0 ? "" : ",\n"}  ${JSON.stringify(make(n), null, 2).replaceAll("\n", "\n  ")}`);
        if (out.full) await out.flush();
      }
      if (!values.ndjson) out.write("\n]\n");
    }
    await out.end();
    if (out.error) {
      process.stderr.write(`${stderrStyle.red("error")}: cannot write to standard output: ${out.error.message}\n`);
      return ExitCode.usage;
    }
    return ExitCode.ok;
  },
};
