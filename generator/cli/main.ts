/**
 * seam-events: the command-line tool (the package's `bin`). Dispatches to one module per subcommand
 * under commands/; exit codes are in args.ts and documented in README.md.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SpecError } from "../diagnostics/diagnostic.js";
import { commandHelp, ExitCode, parseCommandArgs, suggest, UsageError, type Command } from "./args.js";
import { checkCommand } from "./commands/check.js";
import { diffCommand } from "./commands/diff.js";
import { driftCommand } from "./commands/drift.js";
import { fixtureCommand } from "./commands/fixture.js";
import { generateCommand } from "./commands/generate.js";
import { sendCommand } from "./commands/send.js";
import { importCommand } from "./commands/import.js";
import { validateCommand } from "./commands/validate.js";
import { watchCommand } from "./commands/watch.js";
import { reportSpecError, stderrStyle } from "./output.js";

const tool = "seam-events";
const commands: readonly Command[] = [generateCommand, checkCommand, validateCommand, fixtureCommand, diffCommand, driftCommand, importCommand, watchCommand, sendCommand];

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
    "Exit codes: 0 success; 1 a check failed (invalid payload, drift, breaking change); 2 bad usage or an invalid spec.",
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
  return command.run(args);
}

function fail(error: unknown): number {
  if (error instanceof UsageError) {
    const help = error.command ? `${tool} ${error.command} --help` : `${tool} --help`;
    process.stderr.write(`${stderrStyle.red("error")}: ${error.message}\nSee \`${help}\`.\n`);
    return ExitCode.usage;
  }
  if (error instanceof SpecError) {
    reportSpecError(error);
    return ExitCode.usage;
  }
  process.stderr.write(`${stderrStyle.red("error")}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return ExitCode.usage;
}

/** Runs the tool with these arguments and gives its exit code; every error becomes a message and a code. */
export function runTool(argv: readonly string[]): Promise<number> {
  return main(argv).catch(fail);
}
