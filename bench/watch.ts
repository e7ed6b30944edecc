/**
 * npm run bench:watch — how long `seam-events watch` takes to show a one-event edit of the full
 * catalogue in the output, measured from outside: the tool runs as a child process on a copy of the
 * spec; each edit is written to the spec file, and the time runs until the output file carries it
 * (polled every 2 ms). Two kinds of edit: an event's description (docs, types and schema change), and
 * an optional property added to an event (every target changes, the package's code included).
 * Competitor, in the same run: a plain `seam-events generate` of the same catalogue in a new process,
 * which is what regenerating without watch costs.
 */
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { defaultSpecPath } from "../generator/pipeline.js";

const cli = resolve(import.meta.dirname, "../bin/seam-events.js");
const work = mkdtempSync(join(tmpdir(), "seam-events-watch-bench-"));
const spec = join(work, "spec");
const out = join(work, "out");
cpSync(defaultSpecPath, spec, { recursive: true });
const file = join(spec, "events/lock.yaml");
const original = readFileSync(file, "utf8");
const anchor = "  lock.locked:\n    description: A lock went into the locked state, by any means.\n";
if (!original.includes(anchor)) throw new Error("bench:watch: the edited event is not where this benchmark expects it");

const child = spawn(process.execPath, [cli, "watch", "--spec", spec, "--out", out], { stdio: ["ignore", "pipe", "inherit"] });
let stdout = "";
child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, ready: () => boolean, limitMs = 120_000): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > limitMs) throw new Error(`bench:watch: timed out waiting for ${what}`);
    await sleep(2);
  }
}
// Polled every 2 ms: a file is read again only when its modification time changed, so that the
// benchmark does not take the watcher's CPU reading 200 KB files 500 times a second.
const seen = new Map<string, { mtime: number; text: string }>();
const read = (path: string) => {
  const full = join(out, path);
  if (!existsSync(full)) return "";
  const mtime = statSync(full).mtimeMs;
  const known = seen.get(path);
  if (known?.mtime === mtime) return known.text;
  const text = readFileSync(full, "utf8");
  seen.set(path, { mtime, text });
  return text;
};

await until("the first run", () => stdout.includes("regenerated"));

const edits: { name: string; text: (i: number) => string; shows: (i: number) => [string, string] }[] = [
  {
    name: "an event's description",
    text: (i) => original.replace(anchor, anchor.replace("by any means.", `by any means (edit ${i}).`)),
    shows: (i) => ["docs/lock/lock.locked.md", `by any means (edit ${i}).`],
  },
  {
    name: "an optional property added",
    text: (i) => original.replace(anchor, `${anchor}    properties:\n      added_${i}:\n        type: string\n        optional: true\n        description: Added by the benchmark.\n`),
    shows: (i) => ["dist/esm/validators.js", `added_${i}`],
  },
];
const rounds = 12;
const results: { name: string; ms: number[] }[] = [];
for (const edit of edits) {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Between edits, settle: the previous run has finished writing.
    await sleep(400);
    const [path, text] = edit.shows(i);
    const start = performance.now();
    writeFileSync(file, edit.text(i));
    await until(`${edit.name} #${i}`, () => read(path).includes(text));
    ms.push(performance.now() - start);
  }
  results.push({ name: edit.name, ms });
}
child.kill("SIGTERM");

const cold = performance.now();
execFileSync(process.execPath, [cli, "generate", "--spec", spec, "--out", join(work, "plain")], { stdio: "ignore" });
const plainMs = performance.now() - cold;
rmSync(work, { recursive: true, force: true });

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
console.log(`\nWatch latency, full catalogue: from writing the spec to the change in the output (${rounds} edits each; the first of each kind warms up)\n`);
console.log("edit".padEnd(32) + "median".padEnd(10) + "p90".padEnd(10) + "max".padEnd(10) + "vs plain generate");
for (const { name, ms } of results) {
  const s = sorted(ms.slice(1));
  const median = s[Math.floor(s.length / 2)]!;
  const p90 = s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]!;
  console.log(name.padEnd(32) + `${median.toFixed(0)} ms`.padEnd(10) + `${p90.toFixed(0)} ms`.padEnd(10) + `${s.at(-1)!.toFixed(0)} ms`.padEnd(10) + `${(plainMs / median).toFixed(1)}× faster`);
}
console.log(`plain seam-events generate in a new process: ${plainMs.toFixed(0)} ms`);
