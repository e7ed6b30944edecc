import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { formatLocation, printable, SpecError } from "../../diagnostics/diagnostic.js";
import {
  changelogSection,
  groupChanges,
  groupedMessage,
  prependSection,
} from "../../diff/changelog.js";
import {
  diffCatalogues,
  highestSeverity,
  type Change,
} from "../../diff/diff.js";
import type { Severity } from "../../diff/rules.js";
import { nextVersion } from "../../diff/semver.js";
import type { CatalogueModel } from "../../model/types.js";
import { applyIgnores, IgnoreFileError, parseIgnoreFile, type IgnoreEntry, type IgnoredChange } from "../../diff/ignore.js";
import { choiceOption, ExitCode, stringOption, UsageError, type Command } from "../args.js";
import { junitReport, type JunitCase } from "../junit.js";
import { githubAnnotation, outputModeOf, workspacePath, reportSpecError, stderrStyle, stdoutStyle, writeOut, type OutputMode } from "../output.js";
import { specSourcesAt } from "./git-spec.js";
import { diskCacheDir, formatOf, formatOption, jsonOption, specOption } from "./shared-options.js";

const failOnChoices = ["breaking", "minor", "patch", "never"] as const;
type FailOn = (typeof failOnChoices)[number];
const severityRank: Record<Severity, number> = { breaking: 3, minor: 2, patch: 1 };
const failOnRank: Record<FailOn, number> = { breaking: 3, minor: 2, patch: 1, never: Infinity };

/** The stable --json shape of `diff` (documented in generator/cli/README.md). */
export interface DiffReport {
  old: { source: string; version: string };
  new: { source: string; version: string };
  /** Highest severity found, or null when the specs describe the same catalogue. */
  severity: Severity | null;
  breaking: boolean;
  suggestedVersion: string;
  /** Counts of the reported changes (those no ignore entry accepts). */
  counts: Record<Severity, number>;
  /** The changes no ignore entry accepts. */
  changes: Change[];
  /** The lowest severity that fails the run (--fail-on), and whether a reported change reached it. */
  failOn: FailOn;
  failed: boolean;
  /** Changes accepted by an --ignore entry, with its reason. */
  ignored: IgnoredChange[];
  /** --ignore entries that matched no change. */
  stale: IgnoreEntry[];
}

export const diffCommand: Command = {
  spec: {
    name: "diff",
    summary:
      "List and classify every change between two versions of the spec (exit 1 on a breaking change).",
    usage: "OLD NEW | --against GIT_REF",
    details: [
      "OLD and NEW are spec files or folders. With --against, the old spec is the one at a git revision and",
      "the new one is --spec (default: spec/catalogue) as it is on disk. Changes are classified breaking,",
      "minor or patch with a rule id; the next version is suggested from the old spec's package.version.",
    ].join("\n"),
    options: {
      against: {
        type: "string",
        value: "GIT_REF",
        description: "Compare with the spec at this git revision.",
      },
      spec: specOption,
      json: jsonOption,
      format: formatOption,
      "fail-on": {
        type: "string",
        value: "SEVERITY",
        description: "Exit 1 when a change is at least this severe: breaking (default), minor, patch or never.",
      },
      ignore: {
        type: "string",
        value: "FILE",
        description: "YAML or JSON file of accepted changes (rule, event, path, reason); see generator/cli/README.md.",
      },
      changelog: {
        type: "string",
        value: "FILE",
        description:
          "Add a Markdown section for the changes at the top of FILE.",
      },
    },
    positionals: { min: 0, max: 2 },
  },
  async run({ values, positionals }) {
    const against = stringOption(values, "against");
    const format = formatOf(values, "diff");
    const mode = outputModeOf(values);
    const failOn: FailOn = choiceOption(values, "fail-on", failOnChoices) ?? "breaking";
    const ignoreFile = stringOption(values, "ignore");
    const entries = ignoreFile === undefined ? [] : readIgnoreFile(ignoreFile);
    const { defaultSpecPath, readCatalogue } = await import("../../pipeline.js");
    let oldSpec: { label: string; read: () => CatalogueModel };
    let newSpec: { label: string; read: () => CatalogueModel };
    if (against !== undefined) {
      if (positionals.length > 0)
        throw new UsageError(
          "give either OLD NEW or --against GIT_REF, not both",
          "diff",
        );
      const specPath = resolve(stringOption(values, "spec") ?? defaultSpecPath);
      oldSpec = {
        label: `${against}:${relative(process.cwd(), specPath) || "."}`,
        read: () =>
          readCatalogue({ cacheDir: diskCacheDir, sources: specSourcesAt(against, specPath, "diff") }),
      };
      newSpec = {
        label: relative(process.cwd(), specPath) || ".",
        read: () => readCatalogue({ cacheDir: diskCacheDir, specPath }),
      };
    } else {
      if (positionals.length !== 2)
        throw new UsageError(
          "diff needs two specs, OLD and NEW (or --against GIT_REF)",
          "diff",
        );
      if (values.spec !== undefined)
        throw new UsageError(
          "--spec goes with --against; give OLD and NEW as arguments",
          "diff",
        );
      const [oldPath, newPath] = positionals.map((p) => {
        if (!existsSync(p)) throw new UsageError(`no spec at '${p}'`, "diff");
        return resolve(p);
      }) as [string, string];
      oldSpec = {
        label: positionals[0]!,
        read: () => readCatalogue({ cacheDir: diskCacheDir, specPath: oldPath }),
      };
      newSpec = {
        label: positionals[1]!,
        read: () => readCatalogue({ cacheDir: diskCacheDir, specPath: newPath }),
      };
    }
    const before = readSide(oldSpec, "The old spec", mode, "old");
    if (!before) return ExitCode.usage;
    const after = readSide(newSpec, "The new spec", mode, "new");
    if (!after) return ExitCode.usage;

    const changes = diffCatalogues(before, after);
    const severity = highestSeverity(changes);
    const version = nextVersion(before.package.version, severity);
    const { reported, ignored, stale } = applyIgnores(changes, entries);
    const counts = { breaking: 0, minor: 0, patch: 0 };
    for (const change of reported) counts[change.severity]++;
    const failed = reported.some((c) => severityRank[c.severity] >= failOnRank[failOn]);
    const report: DiffReport = {
      old: { source: oldSpec.label, version: before.package.version },
      new: { source: newSpec.label, version: after.package.version },
      severity: severity ?? null,
      breaking: severity === "breaking",
      suggestedVersion: version,
      counts,
      changes: reported,
      failOn,
      failed,
      ignored,
      stale,
    };
    const changelog = stringOption(values, "changelog");
    if (changelog !== undefined) {
      const existing = existsSync(changelog)
        ? readFileSync(changelog, "utf8")
        : "";
      writeFileSync(
        changelog,
        prependSection(existing, changelogSection(version, changes)),
      );
    }
    if (format === "github") await writeOut(githubReport(report));
    else if (format === "junit") await writeOut(junitDiffReport(report));
    else await writeOut(values.json ? `${JSON.stringify(report, null, 2)}\n` : humanReport(report));
    if (!values.json && stale.length > 0) process.stderr.write(staleWarning(stale, ignoreFile!));
    return failed ? ExitCode.failed : ExitCode.ok;
  },
};

function readSide(
  spec: { label: string; read: () => CatalogueModel },
  what: string,
  mode: OutputMode,
  side: "old" | "new",
): CatalogueModel | undefined {
  try {
    return spec.read();
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    reportSpecError(error, `${what} (${spec.label})`, mode, side);
    return undefined;
  }
}

function readIgnoreFile(file: string): IgnoreEntry[] {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`--ignore: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, "diff");
  }
  try {
    return parseIgnoreFile(text, file);
  } catch (error) {
    if (error instanceof IgnoreFileError) throw new UsageError(`--ignore ${error.message}`, "diff");
    throw error;
  }
}

function describeEntry(entry: IgnoreEntry): string {
  return [entry.rule, entry.event, entry.path].filter((part) => part !== undefined).join(" ");
}

function staleWarning(stale: readonly IgnoreEntry[], file: string): string {
  return stale.map((e) => `${stderrStyle.yellow("warning")}: ${file}: stale ignore entry '${describeEntry(e)}' matches no change; remove it\n`).join("");
}

const annotationLevel: Record<Severity, "error" | "warning" | "notice"> = { breaking: "error", minor: "warning", patch: "notice" };

/**
 * GitHub Actions annotations: a change that fails the run is an error, others by severity (breaking
 * error, minor warning, patch notice). Only a change in the new spec points at a line: a removal's
 * location is in the old spec, which the checkout does not hold, so it is named in the message.
 */
function githubReport(report: DiffReport): string {
  const lines = report.changes.map((change) => {
    const fails = severityRank[change.severity] >= failOnRank[report.failOn];
    const level = fails ? "error" : annotationLevel[change.severity] === "error" ? "warning" : annotationLevel[change.severity];
    const file = workspacePath(change.location.file);
    const where = change.side === "new" ? { file, line: change.location.line, col: change.location.column } : {};
    const message = change.side === "new" ? change.message : `${change.message} (was at ${file}:${change.location.line}:${change.location.column})`;
    return githubAnnotation(level, { ...where, title: change.rule }, `${change.severity}: ${message}`);
  });
  for (const change of report.ignored) lines.push(githubAnnotation("notice", { title: change.rule }, `ignored: ${change.message} (${change.reason})`));
  for (const entry of report.stale) lines.push(githubAnnotation("warning", { title: "stale_ignore_entry" }, `ignore entry '${describeEntry(entry)}' matches no change; remove it`));
  return lines.join("");
}

/**
 * JUnit XML: one case per change, failing when the change fails the run (--fail-on), passing otherwise;
 * an accepted change is a skipped case with its reason. A removal points at the old spec's file.
 */
function junitDiffReport(report: DiffReport): string {
  const cases: JunitCase[] = report.changes.map((change) => {
    const file = workspacePath(change.location.file);
    const where = `${file}:${change.location.line}:${change.location.column}`;
    const fails = severityRank[change.severity] >= failOnRank[report.failOn];
    const text = `${where}: ${change.severity}: ${change.message}${change.side === "old" ? " (in the old spec)" : ""}`;
    return {
      name: `${change.rule} ${change.message}`,
      classname: change.event ?? "catalogue",
      file,
      line: change.location.line,
      ...(fails ? { failure: { message: `${change.severity}: ${change.message}`, type: change.rule, text } } : {}),
    };
  });
  for (const change of report.ignored) {
    cases.push({ name: `${change.rule} ${change.message}`, classname: change.event ?? "catalogue", skipped: `ignored: ${change.reason}` });
  }
  if (cases.length === 0) cases.push({ name: "no changes to the event catalogue", classname: "catalogue" });
  return junitReport("seam-events diff", [{ name: `diff ${report.old.source} ${report.new.source}`, cases }]);
}

const severityStyle: Record<Severity, (text: string) => string> = {
  breaking: stdoutStyle.red,
  minor: stdoutStyle.yellow,
  patch: stdoutStyle.dim,
};

function humanReport(report: DiffReport): string {
  const lines: string[] = [];
  for (const group of groupChanges(report.changes)) {
    const flag = group.breaksExhaustiveSwitch
      ? " (breaks exhaustive switches)"
      : "";
    lines.push(
      `${severityStyle[group.severity](group.severity.padEnd(8))} ${stdoutStyle.bold(group.rule)} ${groupedMessage(group)}${flag}`,
      `         ${stdoutStyle.dim(`at ${formatLocation(group.location)}`)}`,
    );
  }
  for (const change of report.ignored) {
    lines.push(`${stdoutStyle.dim("ignored ")} ${stdoutStyle.bold(change.rule)} ${printable(change.message)} (${printable(change.reason)})`);
  }
  const { breaking, minor, patch } = report.counts;
  lines.push(
    report.changes.length === 0
      ? "No changes to the event catalogue."
      : `${report.changes.length} change${report.changes.length === 1 ? "" : "s"}: ${breaking} breaking, ${minor} minor, ${patch} patch.`,
    `Suggested version: ${report.suggestedVersion} (from ${report.old.version}).`,
  );
  return `${lines.join("\n")}\n`;
}
