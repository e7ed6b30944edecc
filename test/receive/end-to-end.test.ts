/**
 * End to end: real servers on 127.0.0.1 (node:http with the Node adapter, Hono with the Fetch adapter,
 * Express with body parsers before the Node adapter), and signed fixtures of every event type posted
 * by the real `send` command. Each event must arrive at the handler registered for its own type.
 */
import { serve } from "@hono/node-server";
import express from "express";
import { Hono } from "hono";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run.js";
import { pkg, secret } from "./helpers.js";

type Receiver = ReturnType<typeof pkg.createSeamEventReceiver>;

/** A receiver with a handler for every event type, recording what reached which handler. */
function recordingReceiver() {
  const arrived: { handler: string; type: string; id: string }[] = [];
  const unknown: string[] = [];
  const invalid: string[] = [];
  const receiver: Receiver = pkg.createSeamEventReceiver({ secret });
  for (const type of pkg.SEAM_EVENT_TYPES) receiver.on(type, (event, delivery) => void arrived.push({ handler: type, type: event.event_type, id: delivery.id }));
  receiver.onUnknown((event) => void unknown.push(event.event_type)).onInvalid((failure) => void invalid.push(failure.stage));
  return { receiver, arrived, unknown, invalid };
}

const dir = mkdtempSync(join(tmpdir(), "receive-e2e-"));
const everyEvent = join(dir, "every-event.ndjson");
const servers: { close(): unknown }[] = [];

function listening(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`)));
}

beforeAll(() => {
  const lines = pkg.SEAM_EVENT_TYPES.map((type) => JSON.stringify(pkg.createSeamEvent(type, {}, { seed: 11 })));
  writeFileSync(everyEvent, `${lines.join("\n")}\n`);
});

afterAll(async () => {
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

const adapters: [string, (receiver: Receiver) => Promise<string>][] = [
  [
    "node:http with the Node adapter",
    (receiver) => {
      const server = createServer((req, res) => void receiver.node(req, res));
      servers.push(server);
      return listening(server);
    },
  ],
  [
    "Hono with the Fetch adapter",
    (receiver) => {
      const app = new Hono().post("/webhooks", (c) => receiver.fetch(c.req.raw));
      return new Promise((resolve) => {
        const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => resolve(`http://127.0.0.1:${info.port}/webhooks`));
        servers.push(server);
      });
    },
  ],
];

describe.each(adapters)("%s", (_, start) => {
  const recording = recordingReceiver();
  let url: string;
  beforeAll(async () => {
    url = await start(recording.receiver);
  });

  it("receives a signed fixture of every event type, each at its own handler", async () => {
    const result = await runCli(["send", "--file", everyEvent, "--to", url, "--secret", secret]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(pkg.SEAM_EVENT_TYPES.length);
    for (const line of lines) expect(line).toMatch(/ → 204 No Content$/);
    // Each event reaches the handler of its type, then those of the event types it is under (whole segments):
    // device.error.subscription_required.resolved also reaches device.error.subscription_required's.
    const expected = pkg.SEAM_EVENT_TYPES.flatMap((type) => [type, ...pkg.SEAM_EVENT_TYPES.filter((other) => type.startsWith(`${other}.`)).reverse()].map((handler) => ({ handler, type })));
    expect(expected.length).toBeGreaterThan(pkg.SEAM_EVENT_TYPES.length);
    expect(recording.arrived.map(({ handler, type }) => ({ handler, type }))).toEqual(expected);
    // Every delivery has its own message id, and the output names it.
    const ids = recording.arrived.filter((a) => a.handler === a.type).map((a) => a.id);
    expect(new Set(ids).size).toBe(pkg.SEAM_EVENT_TYPES.length);
    for (const [i, id] of ids.entries()) expect(lines[i]).toContain(` ${id} `);
  });

  it("answers 204 to a fixture sent by event type, 400 to a negative fixture, 401 to another secret, 2xx to an unknown type", async () => {
    recording.arrived.length = 0;
    const unknownFile = join(dir, `unknown-${url.split(":")[2]!.split("/")[0]}.ndjson`);
    writeFileSync(unknownFile, `${JSON.stringify({ ...pkg.createSeamEvent("lock.unlocked"), event_type: "lock.jammed" })}\n`);
    const [one, invalid, forged, unknown] = await Promise.all([
      runCli(["send", "lock.unlocked", "--seed", "4", "--to", url, "--secret", secret]),
      runCli(["send", "lock.unlocked", "--invalid", "--to", url, "--secret", secret]),
      runCli(["send", "--file", everyEvent, "--to", url, "--secret", "whsec_Zm9yZ2VkIHNlY3JldA=="]),
      runCli(["send", "--file", unknownFile, "--to", url], { env: { SEAM_WEBHOOK_SECRET: secret } }),
    ]);
    expect([one.code, one.stdout]).toEqual([0, expect.stringMatching(/^lock\.unlocked msg_\w+ → 204 No Content\n$/)]);
    expect(recording.arrived).toEqual([{ handler: "lock.unlocked", type: "lock.unlocked", id: expect.stringMatching(/^msg_/) }]);
    expect([invalid.code, invalid.stdout]).toEqual([1, expect.stringMatching(/^lock\.unlocked \(invalid: .+\) msg_\w+ → 400 Bad Request\n$/)]);
    expect(recording.invalid).toEqual(["schema"]);
    expect(forged.code).toBe(1);
    expect(forged.stdout.trim().split("\n").every((line) => line.endsWith("→ 401 Unauthorized"))).toBe(true);
    expect([unknown.code, unknown.stdout]).toEqual([0, expect.stringContaining("lock.jammed msg_")]);
    expect(recording.unknown).toEqual(["lock.jammed"]);
    expect(recording.arrived).toHaveLength(1);
  });
});

describe("Express with body parsers in front of the Node adapter", () => {
  let url: string;
  const arrived: string[] = [];
  beforeAll(async () => {
    const receiver = pkg.createSeamEventReceiver({ secret }).onAny((event) => void arrived.push(event.event_type));
    const app = express();
    app.post("/raw", express.raw({ type: "application/json" }), receiver.node);
    app.post("/text", express.text({ type: "application/json" }), receiver.node);
    app.post("/parsed", express.json(), receiver.node);
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => void res.status(500).send(error.message));
    const server = createServer(app);
    servers.push(server);
    url = (await listening(server)).replace("/webhooks", "");
  });

  it("verifies a body read as a Buffer or as text, and explains why a body parsed as JSON cannot be", async () => {
    const post = async (path: string) => {
      const delivery = await pkg.createSignedDelivery(pkg.createSeamEvent("lock.locked"), { secret });
      const response = await fetch(`${url}${path}`, { method: "POST", headers: delivery.headers, body: delivery.body });
      return { status: response.status, text: await response.text() };
    };
    expect(await post("/raw")).toEqual({ status: 204, text: "" });
    expect(await post("/text")).toEqual({ status: 204, text: "" });
    const parsed = await post("/parsed");
    expect(parsed.status).toBe(500);
    expect(parsed.text).toContain("express.raw");
    expect(arrived).toEqual(["lock.locked", "lock.locked"]);
  });

  it("answers 413 to a body over the limit without reading it whole", async () => {
    const small = pkg.createSeamEventReceiver({ secret, maxBodyBytes: 100 });
    const server = createServer((req, res) => void small.node(req, res));
    servers.push(server);
    const smallUrl = await listening(server);
    const delivery = await pkg.createSignedDelivery(pkg.createSeamEvent("lock.locked"), { secret });
    const response = await fetch(smallUrl, { method: "POST", headers: delivery.headers, body: delivery.body });
    expect(response.status).toBe(413);
    const viaFetch = await small.fetch(new Request(smallUrl, { method: "POST", headers: delivery.headers, body: delivery.body }));
    expect(viaFetch.status).toBe(413);
  });
});
