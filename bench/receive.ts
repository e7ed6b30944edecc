/**
 * npm run bench:receive — the cost per delivery of receiving a webhook with the generated package
 * (verify the signature with Web Crypto, parse, validate leniently, route to the handler of its type)
 * against the usual hand-written endpoint: svix's `Webhook.verify` (which parses JSON too) followed by
 * a bare `switch` on the event type, with no validation. Then what the receiver adds to a bundle.
 *
 * Corpus: a signed delivery of every event type of the catalogue, several seeds each, shuffled. Both
 * contenders run in the same process, as async calls awaited one after the other (as a server would),
 * warmed alike until each one's rate settles, then in interleaved rounds of rotating order; each
 * reports the median rate of its rounds with the slowest and fastest, and the median per-round ratio.
 */
import { existsSync } from "node:fs";
import { Webhook } from "svix";
import { defaultSpecPath, loadGeneratedPackage, projectRoot, readCatalogue, renderCatalogue } from "../generator/pipeline.js";
import { createWebhookReceiver } from "../generator/targets/receiver/receiver-runtime.js";
import { createSignedDelivery, type SignedDelivery } from "../generator/targets/receiver/webhook-signature.js";
import { receiverSize } from "./validate-sizes.js";

const specPath = process.argv[2] ?? (existsSync(defaultSpecPath) ? defaultSpecPath : `${projectRoot}/test/fixtures/specs/mini`);
const model = readCatalogue({ specPath });
const { unionName, eventTypesConstName, discriminator } = model.package;

// The generated validators and fixtures, built from the spec; the receiver runtime is the file the
// package copies as it is, bound here to the lenient validator as the generated receiver binds it.
const pkg = await loadGeneratedPackage({ specPath });
const eventTypes: string[] = pkg[eventTypesConstName];
const createEvent = pkg[`create${unionName}`] as (type: string, overrides: object, options: object) => unknown;
const validateUnion = pkg[`validate${unionName}`] as (input: unknown, options?: object) => unknown;

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const SEEDS = 4;
const deliveries: SignedDelivery[] = [];
for (const type of eventTypes) {
  for (let seed = 1; seed <= SEEDS; seed++) deliveries.push(await createSignedDelivery(createEvent(type, {}, { seed, optional: seed % 2 ? "random" : "all" }), { secret }));
}
let state = 12345;
for (let i = deliveries.length - 1; i > 0; i--) {
  state = (state * 1103515245 + 12345) >>> 0;
  const j = state % (i + 1);
  [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
}

let handled = 0;
const count = (): void => void handled++;

// Ours: a handler registered for every event type, as an endpoint handling all of them would have.
const receiver = createWebhookReceiver<unknown, string, string, unknown>({ secret }, (input) => validateUnion(input, { policy: "lenient" }) as never, discriminator);
for (const type of eventTypes) receiver.on(type, count);

// Theirs: svix verifies and parses; a switch with a case per event type routes, nothing validates.
const svix = new Webhook(secret);
const bareSwitch = new Function(
  "event",
  "count",
  `switch (event[${JSON.stringify(discriminator)}]) {\n${eventTypes.map((t) => `case ${JSON.stringify(t)}: count(); return;`).join("\n")}\n}`,
) as (event: unknown, count: () => void) => void;

interface Contender {
  name: string;
  receive(delivery: SignedDelivery): Promise<boolean> | boolean;
}
const contenders: Contender[] = [
  {
    name: "ours: verify, parse, validate, route",
    receive: async (d) => (await receiver.receive(d.body, d.headers)).status === 204,
  },
  {
    name: "svix verify + JSON.parse + switch",
    receive: (d) => {
      bareSwitch(svix.verify(d.body, d.headers), count);
      return true;
    },
  },
];

const ROUNDS = 9;
const ROUND_MS = 300;

/**
 * Deliveries per second over at least ROUND_MS, `inFlight` at a time: 1 is each awaited before the
 * next; more is a server with concurrent requests, where Web Crypto's work overlaps (it runs off the
 * main thread in Node) and svix's does not (it hashes in JavaScript on the main thread).
 */
async function rate(contender: Contender, inFlight: number): Promise<number> {
  let received = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < deliveries.length; i += inFlight) {
      const batch = deliveries.slice(i, i + inFlight).map(async (delivery) => contender.receive(delivery));
      for (const ok of await Promise.all(batch)) if (ok) received++;
    }
    elapsed = performance.now() - start;
  } while (elapsed < ROUND_MS);
  return (received / elapsed) * 1000;
}

for (const contender of contenders) {
  for (const delivery of deliveries) {
    if (!(await contender.receive(delivery))) throw new Error(`${contender.name} refused a valid delivery`);
  }
}

/** Warm-up rounds: at least MIN, then until three in a row agree within SETTLE, at most MAX. */
const WARM_UP = { min: 5, max: 30, settle: 0.05 };

/** Warms a contender up until its rate settles; the number of rounds it took. */
async function warmUp(contender: Contender, inFlight: number): Promise<{ rounds: number; settled: boolean }> {
  const recent: number[] = [];
  for (let rounds = 1; rounds <= WARM_UP.max; rounds++) {
    recent.push(await rate(contender, inFlight));
    if (recent.length > 3) recent.shift();
    if (rounds >= WARM_UP.min && recent.length === 3 && Math.max(...recent) - Math.min(...recent) <= WARM_UP.settle * Math.min(...recent)) return { rounds, settled: true };
  }
  return { rounds: WARM_UP.max, settled: false };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
console.log(`\nReceiving — ${eventTypes.length} event types, ${deliveries.length} signed deliveries

Method: node ${process.version}, one process, wall-clock time (Web Crypto works off the main thread, so
CPU time would not say what a server sees). Each contender warms up in ${ROUND_MS} ms rounds, at least
${WARM_UP.min}, until three in a row are within ${WARM_UP.settle * 100}% of each other (at most ${WARM_UP.max}); then ${ROUNDS} rounds run
each contender once, the order rotated per round. Shown: the median rate with the slowest and fastest
round; the ratio is the median of the per-round ratios.`);
for (const inFlight of [1, 16]) {
  const warm: { rounds: number; settled: boolean }[] = [];
  for (const contender of contenders) warm.push(await warmUp(contender, inFlight));
  const rates: number[][] = contenders.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let j = 0; j < contenders.length; j++) {
      const i = (j + round) % contenders.length;
      rates[i]![round] = await rate(contenders[i]!, inFlight);
    }
  }
  const stats = rates.map((list) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
  });
  console.log(`\n${inFlight === 1 ? "One delivery at a time" : `${inFlight} deliveries in flight`}\n`);
  console.log("contender".padEnd(40) + "deliveries/s".padStart(14) + "   slowest – fastest round   warm-up");
  contenders.forEach((c, i) => {
    const s = stats[i]!;
    console.log(c.name.padEnd(40) + fmt(s.median).padStart(14) + `   ${`${fmt(s.min)} – ${fmt(s.max)}`.padEnd(24)}  ${warm[i]!.rounds} rounds${warm[i]!.settled ? "" : ", not settled"}`);
  });
  const ratios = rates[0]!.map((ours, round) => ours / rates[1]![round]!).sort((a, b) => a - b);
  console.log(`Ours / svix + switch: ${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}× (${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)} over the rounds; ours also validates every event)`);
}
if (handled < 0) console.log(handled);

const compiled = await renderCatalogue(model, { only: ["types", "validators", "receiver"] });
const size = await receiverSize(compiled, `validate${model.events[0]!.typeName}`, discriminator);
console.log(`\nBundle size (esbuild bundle + minify, gzip -9)\n`);
console.log(`${size.base.name.padEnd(60)}${`${fmt(size.base.minified)} B`.padStart(10)}${`${fmt(size.base.gzipped)} B`.padStart(10)} (min, gzip)`);
console.log(`${size.name.padEnd(60)}${`+${fmt(size.minified)} B`.padStart(10)}${`+${fmt(size.gzipped)} B`.padStart(10)}   goal: < 3,072 B gzipped`);
console.log();
