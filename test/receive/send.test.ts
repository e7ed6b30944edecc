/** The `send` command's usage errors: each is exit 2 with a message naming the problem, and nothing is sent. */
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run.js";
import { secret } from "./helpers.js";

describe.concurrent("send: bad usage", () => {
  const cases: [string, string[], RegExp][] = [
    ["neither an event type nor a file", ["--to", "http://127.0.0.1:9/", "--secret", secret], /give either an EVENT_TYPE or --file/],
    ["both an event type and a file", ["lock.unlocked", "--file", "x.ndjson", "--to", "http://127.0.0.1:9/", "--secret", secret], /give either an EVENT_TYPE or --file/],
    ["no --to", ["lock.unlocked", "--secret", secret], /missing --to URL/],
    ["a --to that is not a URL", ["lock.unlocked", "--to", "localhost:3000", "--secret", secret], /--to takes an http or https URL/],
    ["no secret", ["lock.unlocked", "--to", "http://127.0.0.1:9/"], /missing --secret/],
    ["a secret that is not base64", ["lock.unlocked", "--to", "http://127.0.0.1:9/", "--secret", "whsec_not base64!"], /--secret must be a whsec_/],
    ["an unknown event type", ["lock.unlokced", "--to", "http://127.0.0.1:9/", "--secret", secret], /unknown event type 'lock.unlokced'; did you mean lock.unlocked/],
    ["a file that does not exist", ["--file", "no/such/file.ndjson", "--to", "http://127.0.0.1:9/", "--secret", secret], /--file: cannot read no\/such\/file.ndjson: ENOENT/],
  ];
  it.each(cases)("%s", async (_, args, message) => {
    const result = await runCli(["send", ...args], { env: { SEAM_WEBHOOK_SECRET: "" } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("--help shows the usage and every option", async () => {
    const help = await runCli(["send", "--help"]);
    expect(help.code).toBe(0);
    for (const option of ["--to URL", "--secret SECRET", "--seed N", "--invalid", "--file PATH"]) expect(help.stdout).toContain(option);
  });
});
