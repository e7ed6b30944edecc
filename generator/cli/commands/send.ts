/**
 * send: posts signed deliveries to a webhook endpoint the user runs, as the sender would (Standard
 * Webhooks headers, signed with the endpoint's secret by the same code the package verifies with).
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { checkSecrets, createSignedDeliveryOfBody } from "../../targets/receiver/webhook-signature.js";
import { ExitCode, integerOption, stringOption, suggest, UsageError, type Command } from "../args.js";
import { stdoutStyle, writeOut } from "../output.js";
import { loadCatalogueRuntime } from "./package.js";
import { jsonOption, specOption, specPathOf } from "./shared-options.js";
import { printableJson } from "./validate-report.js";

const command = "send";

/** One delivery to post: the exact body, and how to name it in the output. */
interface Outgoing {
  label: string;
  body: string;
  /** The event type it carries (null for a line of --file that names none). */
  eventType: string | null;
  /** Its line in --file. */
  line?: number;
  /** What the negative fixture breaks (--invalid). */
  invalid?: string;
}

/** One delivery as --json reports it. */
export interface DeliveryReport {
  eventType: string | null;
  line?: number;
  invalid?: string;
  messageId: string;
  /** The response's status, or null when the endpoint could not be reached. */
  status: number | null;
  ok: boolean;
  error?: string;
}

export const sendCommand: Command = {
  spec: {
    name: command,
    summary: "Post signed example events (or a file of events) to a local webhook endpoint.",
    usage: "[EVENT_TYPE]",
    details: [
      "With EVENT_TYPE, posts one fixture of that type (seed N, default 1); with --invalid, one that breaks a rule",
      "of the spec instead. With --file, posts every line of an NDJSON file as it is. Each delivery is signed with",
      "--secret (or SEAM_WEBHOOK_SECRET) as Svix signs Seam's webhooks, and each response status is printed.",
      "Exit 1 when any response is not 2xx or an endpoint cannot be reached.",
    ].join("\n"),
    options: {
      to: { type: "string", value: "URL", description: "The endpoint to post to (http or https)." },
      secret: { type: "string", value: "SECRET", description: "The endpoint's whsec_… signing secret (default: $SEAM_WEBHOOK_SECRET)." },
      seed: { type: "string", value: "N", description: "Seed of the fixture (default: 1)." },
      invalid: { type: "boolean", description: "Post a negative fixture: a payload that breaks one rule of the spec." },
      file: { type: "string", value: "PATH", description: "Post each line of this NDJSON file instead of a fixture." },
      spec: specOption,
      json: jsonOption,
    },
    positionals: { min: 0, max: 1 },
  },
  async run({ values, positionals }) {
    const type = positionals[0];
    const file = stringOption(values, "file");
    if ((type === undefined) === (file === undefined)) throw new UsageError("give either an EVENT_TYPE or --file", command);
    if (file !== undefined && (values.invalid || values.seed !== undefined)) throw new UsageError("--seed and --invalid go with an EVENT_TYPE, not --file", command);
    const to = endpointOf(stringOption(values, "to"));
    const secret = stringOption(values, "secret") ?? process.env.SEAM_WEBHOOK_SECRET;
    if (!secret) throw new UsageError("missing --secret (or SEAM_WEBHOOK_SECRET)", command);
    try {
      checkSecrets(secret);
    } catch {
      throw new UsageError("--secret must be a whsec_… secret (base64 after the prefix)", command);
    }
    const seed = integerOption(values, "seed", 1)!;
    const deliveries = file !== undefined ? linesOf(file) : fixtureOf(type!, seed, values.invalid === true, specPathOf(values));
    let failures = 0;
    let sent = 0;
    // --json: one object, each delivery on a line of its own as it is answered, the counts last.
    if (values.json) await writeOut(`{\n  "to": ${printableJson(to.href)},\n  "deliveries": [`);
    for await (const outgoing of deliveries) {
      const delivery = await createSignedDeliveryOfBody(outgoing.body, { secret });
      const messageId = delivery.headers["webhook-id"]!;
      let report: DeliveryReport;
      let status: string;
      try {
        const response = await fetch(to, { method: "POST", headers: delivery.headers, body: delivery.body });
        await response.arrayBuffer();
        report = { ...details(outgoing), messageId, status: response.status, ok: response.ok };
        status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
        if (!response.ok) failures++;
        status = response.ok ? stdoutStyle.green(status) : stdoutStyle.red(status);
      } catch (error) {
        failures++;
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const reason = cause?.code ?? cause?.message ?? (error as Error).message;
        report = { ...details(outgoing), messageId, status: null, ok: false, error: reason };
        status = stdoutStyle.red(`not delivered: ${reason}`);
      }
      if (values.json) await writeOut(`${sent === 0 ? "" : ","}\n    ${printableJson(report)}`);
      else await writeOut(`${outgoing.label} ${messageId} → ${status}\n`);
      sent++;
    }
    if (values.json) {
      await writeOut(`${sent === 0 ? "" : "\n  "}],\n  "sent": ${sent},\n  "failed": ${failures},\n  "ok": ${failures === 0}\n}\n`);
    }
    return failures === 0 ? ExitCode.ok : ExitCode.failed;
  },
};

function details(outgoing: Outgoing): Pick<DeliveryReport, "eventType" | "line" | "invalid"> {
  return {
    eventType: outgoing.eventType,
    ...(outgoing.line === undefined ? {} : { line: outgoing.line }),
    ...(outgoing.invalid === undefined ? {} : { invalid: outgoing.invalid }),
  };
}

function endpointOf(to: string | undefined): URL {
  if (to === undefined) throw new UsageError("missing --to URL", command);
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    throw new UsageError(`--to takes a URL, got '${to}'`, command);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`--to takes an http or https URL, got '${to}'`, command);
  return url;
}

async function* fixtureOf(type: string, seed: number, invalid: boolean, specPath: string | undefined): AsyncGenerator<Outgoing> {
  const runtime = await loadCatalogueRuntime(specPath);
  const event = runtime.model.events.find((e) => e.name === type || e.aliases.includes(type));
  if (!event) {
    const hints = suggest(type, runtime.model.events.map((e) => e.name));
    throw new UsageError(`unknown event type '${type}'${hints.length ? `; did you mean ${hints.join(", ")}?` : ""}`, command);
  }
  if (!invalid) {
    yield { label: event.name, body: JSON.stringify(runtime.create(event.name, {}, { seed })), eventType: event.name };
    return;
  }
  const [broken] = runtime.createInvalid(event.name, { seed });
  if (!broken) throw new UsageError(`'${event.name}' has no negative fixture`, command);
  yield { label: `${event.name} (invalid: ${broken.description})`, body: JSON.stringify(broken.payload), eventType: event.name, invalid: broken.description };
}

/** Each non-blank line as it is (its bytes are what gets signed), read as it streams. */
async function* linesOf(path: string): AsyncGenerator<Outgoing> {
  const stream = createReadStream(path, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => stream.once("open", () => resolve()).once("error", reject));
  try {
    await opened;
  } catch (error) {
    throw new UsageError(`--file: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, command);
  }
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === "") continue;
    const { eventType, shown } = eventTypeOf(text);
    yield { label: `${path}:${line} ${shown}`, body: text, eventType, line };
  }
}

/** The event type a line names, for the output only; the line is sent as it is either way. */
function eventTypeOf(text: string): { eventType: string | null; shown: string } {
  try {
    const value = JSON.parse(text) as { event_type?: unknown };
    return typeof value?.event_type === "string" ? { eventType: value.event_type, shown: value.event_type } : { eventType: null, shown: "(no event_type)" };
  } catch {
    return { eventType: null, shown: "(not JSON)" };
  }
}
