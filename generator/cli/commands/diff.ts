import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { formatLocation, SpecError } from "../../diagnostics/diagnostic.js";
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
import { ExitCode, stringOption, UsageError, type Command } from "../args.js";
import { reportSpecError, stdoutStyle, writeOut } from "../output.js";
import { jsonOption, specOption } from "./shared-options.js";

/** The stable --json shape of `diff` (documented in generator/cli/README.md). */
export interface DiffReport {
  old: { source: string; version: string };
  new: { source: string; version: string };
  /** Highest severity found, or null when the specs describe the same catalogue. */
  severity: Severity | null;
  breaking: boolean;
  suggestedVersion: string;
  counts: Record<Severity, number>;
  changes: Change[];
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
          readCatalogue({ sources: specSourcesAt(against, specPath) }),
      };
      newSpec = {
        label: relative(process.cwd(), specPath) || ".",
        read: () => readCatalogue({ specPath }),
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
        read: () => readCatalogue({ specPath: oldPath }),
      };
      newSpec = {
        label: positionals[1]!,
        read: () => readCatalogue({ specPath: newPath }),
      };
    }
    const before = readSide(oldSpec, "The old spec");
    const after = readSide(newSpec, "The new spec");
    if (!before || !after) return ExitCode.usage;

    const changes = diffCatalogues(before, after);
    const severity = highestSeverity(changes);
    const version = nextVersion(before.package.version, severity);
    const counts = { breaking: 0, minor: 0, patch: 0 };
    for (const change of changes) counts[change.severity]++;
    const report: DiffReport = {
      old: { source: oldSpec.label, version: before.package.version },
      new: { source: newSpec.label, version: after.package.version },
      severity: severity ?? null,
      breaking: severity === "breaking",
      suggestedVersion: version,
      counts,
      changes,
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
    await writeOut(
      values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : humanReport(report),
    );
    return report.breaking ? ExitCode.failed : ExitCode.ok;
  },
};

function readSide(
  spec: { label: string; read: () => CatalogueModel },
  what: string,
): CatalogueModel | undefined {
  try {
    return spec.read();
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    reportSpecError(error, `${what} (${spec.label})`);
    return undefined;
  }
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
  const { breaking, minor, patch } = report.counts;
  lines.push(
    report.changes.length === 0
      ? "No changes to the event catalogue."
      : `${report.changes.length} change${report.changes.length === 1 ? "" : "s"}: ${breaking} breaking, ${minor} minor, ${patch} patch.`,
    `Suggested version: ${report.suggestedVersion} (from ${report.old.version}).`,
  );
  return `${lines.join("\n")}\n`;
}

/** The spec's files as they were at a git revision, keyed by their path on disk (so locations read the same). */
function specSourcesAt(ref: string, specPath: string): Map<string, string> {
  const cwd = existsSync(specPath)
    ? statIsDir(specPath)
      ? specPath
      : dirname(specPath)
    : process.cwd();
  const git = (...args: string[]) => gitIn(cwd, args);
  const root = git("rev-parse", "--show-toplevel").trim();
  git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  // Paths given to and printed by ls-tree and show are taken from the repository's top folder.
  const atRoot = (...args: string[]) => gitIn(root, args);
  const inRepo = relative(root, specPath).split("\\").join("/");
  const files = atRoot("ls-tree", "-r", "--name-only", ref, "--", inRepo)
    .split("\n")
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0)
    throw new UsageError(`no spec files at ${ref}:${inRepo}`, "diff");
  return new Map(
    files.map((file) => [join(root, file), atRoot("show", `${ref}:${file}`)]),
  );
}

function gitIn(cwd: string, args: string[]): string {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
    throw new UsageError(
      `git ${args.join(" ")} failed${stderr ? `: ${stderr.split("\n")[0]}` : ""}`,
      "diff",
    );
  }
}

function statIsDir(path: string): boolean {
  return statSync(path).isDirectory();
}
