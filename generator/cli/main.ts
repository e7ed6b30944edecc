/**
 * seam-events: the command-line tool (the package's `bin`). Dispatches to one module per subcommand
 * under commands/; exit codes are in args.ts and documented in README.md.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { printable, SpecError } from "../diagnostics/diagnostic.js";
import { commandHelp, ExitCode, parseCommandArgs, suggest, UsageError, type Command } from "./args.js";
import { checkCommand } from "./commands/check.js";
import { diffCommand } from "./commands/diff.js";
import { driftCommand } from "./commands/drift.js";
import { explainCommand } from "./commands/explain.js";
import { fixtureCommand } from "./commands/fixture.js";
import { generateCommand } from "./commands/generate.js";
import { sendCommand } from "./commands/send.js";
import { importCommand } from "./commands/import.js";
import { releaseCommand } from "./commands/release.js";
import { validateCommand } from "./commands/validate.js";
import { watchCommand } from "./commands/watch.js";
import { outputModeOf, reportSpecError, stderrStyle } from "./output.js";

const tool = "seam-events";
const commands: readonly Command[] = [generateCommand, checkCommand, validateCommand, fixtureCommand, diffCommand, driftCommand, importCommand, watchCommand, sendCommand, explainCommand, releaseCommand];

function toolHelp(): string {
  const width = Math.max(...commands.map((c) => c.spec.name.length)) + 2;
  return [
    `Usage: ${tool} <command> [options]`,
    "",
    "Generate, check and use the Seam webhook event package from its spec.",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.spec.name.padEnd(width)}${c.spec.summary}`),
    "",
    "Options:",
    "  -h, --help     Show help (also after a command: seam-events validate --help).",
    "  -v, --version  Show the version.",
    "",
    "Exit codes: 0 success; 1 a check failed (invalid payload, drift, breaking change); 2 bad usage or an invalid spec;",
    "3 an internal error of the tool (a bug: please report it; SEAM_EVENTS_DEBUG=1 prints its stack).",
    "",
  ].join("\n");
}

/** Commands load the generator when they run, so that --help and --version answer at once. */
const projectRoot = resolve(import.meta.dirname, "../..");

function version(): string {
  return (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }).version;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const target = name === "help" ? commands.find((c) => c.spec.name === rest[0]) : undefined;
    process.stdout.write(target ? commandHelp(target.spec, tool) : toolHelp());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${version()}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((c) => c.spec.name === name);
  if (!command) {
    const hints = suggest(name, commands.map((c) => c.spec.name));
    throw new UsageError(`unknown command '${name}'${hints.length ? `; did you mean ${hints.join(" or ")}?` : ""}`);
  }
  const args = parseCommandArgs(command.spec, rest);
  if (args.help) {
    process.stdout.write(commandHelp(command.spec, tool));
    return ExitCode.ok;
  }
  // A spec error is reported in the output mode the command was asked for (--json, --format github).
  return command.run(args).catch((error: unknown) => {
    const mode = outputModeOf(args.values);
    if (error instanceof SpecError) {
      reportSpecError(error, "The spec", mode);
      return ExitCode.usage;
    }
    if (error instanceof UsageError && mode === "json") {
      process.stdout.write(`${JSON.stringify({ ok: false, error: "usage", message: error.message }, null, 2)}\n`);
    }
    throw error;
  });
}

/** Where to report a failure of the tool itself. */
const reportTo = "the seam-events-codegen maintainers (the project's issue tracker), with the command you ran";

/** Reports what stopped the run and gives its exit code: no stack trace, except for the tool's own failures under SEAM_EVENTS_DEBUG=1. */
export function fail(error: unknown): number {
  if (error instanceof UsageError) {
    const help = error.command ? `${tool} ${error.command} --help` : `${tool} --help`;
    process.stderr.write(`${stderrStyle.red("error")}: ${error.message}\nSee \`${help}\`.\n`);
    return ExitCode.usage;
  }
  if (error instanceof SpecError) {
    reportSpecError(error);
    return ExitCode.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  // A system error (a file that cannot be read or written, a full disk) is the environment's, not the tool's.
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    process.stderr.write(`${stderrStyle.red("error")}: ${printable(message)}\n`);
    return ExitCode.usage;
  }
  const debug = process.env.SEAM_EVENTS_DEBUG === "1";
  process.stderr.write(
    `${stderrStyle.red("internal error")}: ${printable(message)}\n` +
      `This is a bug in ${tool}, not a problem with your spec or options. Please report it to ${reportTo}` +
      (debug ? `:\n${error instanceof Error ? (error.stack ?? message) : message}\n` : `, and the output of the same command run with SEAM_EVENTS_DEBUG=1.\n`),
  );
  return ExitCode.internal;
}

/** Runs the tool as the command line does and gives its exit code; it never throws. */
export function runTool(argv: readonly string[]): Promise<number> {
  return main(argv).catch(fail);
}
