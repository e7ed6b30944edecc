/**
 * What every subcommand shares: its declaration (options with their help), argument parsing with
 * node:util parseArgs, the help text, and the exit codes the tool promises.
 */
import { parseArgs } from "node:util";
import { editDistance } from "../diagnostics/suggest.js";

/** Exit codes, documented in generator/cli/README.md and kept stable for scripts and CI. */
export const ExitCode = {
  /** Everything asked for succeeded. */
  ok: 0,
  /** The check failed: an invalid payload, output out of step with the spec, a breaking change. */
  failed: 1,
  /** Bad usage (unknown option, missing argument) or an invalid spec. */
  usage: 2,
  /** An internal error: a bug of the tool, reported in one line (with its stack under SEAM_EVENTS_DEBUG=1). */
  internal: 3,
} as const;

/** Wrong arguments: reported with a pointer to the command's help, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** Placeholder shown in help, e.g. PATH. */
  value?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** The arguments after the command name, e.g. "[FILE|-]". */
  usage: string;
  /** Longer help text, shown under the usage line. */
  details?: string;
  options: Record<string, OptionSpec>;
  positionals: { min: number; max: number };
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const helpOption: OptionSpec = { type: "boolean", short: "h", description: "Show this help." };

export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs & { help: boolean } {
  const options = { ...spec.options, help: helpOption };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs' messages name the option and say what is wrong; drop its advice about "--" for positionals.
    throw new UsageError((error as Error).message.split(". To specify")[0]!, spec.name);
  }
  const values = parsed.values as ParsedArgs["values"];
  if (values.help) return { values, positionals: parsed.positionals, help: true };
  const count = parsed.positionals.length;
  if (count < spec.positionals.min) throw new UsageError(`missing argument: ${spec.usage}`, spec.name);
  if (count > spec.positionals.max) {
    throw new UsageError(`unexpected argument '${parsed.positionals[spec.positionals.max]}'`, spec.name);
  }
  return { values, positionals: parsed.positionals, help: false };
}

export function commandHelp(spec: CommandSpec, tool: string): string {
  const options = { ...spec.options, help: helpOption };
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value}` : ""}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: ${tool} ${spec.name}${spec.usage ? ` ${spec.usage}` : ""} [options]`,
    "",
    spec.summary,
    ...(spec.details ? ["", spec.details] : []),
    "",
    "Options:",
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`),
    "",
  ].join("\n");
}

/** A non-negative integer option, or a usage error naming the option. */
export function integerOption(values: ParsedArgs["values"], name: string, fallback?: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== "string" || !/^\d+$/.test(raw)) throw new UsageError(`--${name} takes a whole number, got '${raw}'`);
  return Number(raw);
}

/** A string option restricted to some values. */
export function choiceOption<T extends string>(values: ParsedArgs["values"], name: string, choices: readonly T[]): T | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (!choices.includes(raw as T)) throw new UsageError(`--${name} takes one of ${choices.join(", ")}, got '${raw}'`);
  return raw as T;
}

export function stringOption(values: ParsedArgs["values"], name: string): string | undefined {
  const raw = values[name];
  return typeof raw === "string" ? raw : undefined;
}

/** Closest names first, for "did you mean" hints: edit distance, then shared prefix. */
export function suggest(input: string, candidates: readonly string[], limit = 3): string[] {
  const scored = candidates.map((candidate) => ({ candidate, distance: editDistance(input, candidate) }));
  const threshold = Math.max(3, Math.floor(input.length / 2));
  return scored
    .filter((s) => s.distance <= threshold || s.candidate.startsWith(input) || s.candidate.includes(input))
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.candidate);
}

export interface Command {
  spec: CommandSpec;
  run(args: ParsedArgs): Promise<number>;
}
