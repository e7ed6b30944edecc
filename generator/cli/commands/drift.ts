import { existsSync } from "node:fs";
import { resolve, relative } from "node:path";
import { formatLocation } from "../../diagnostics/diagnostic.js";
import { groupChanges, groupedMessage } from "../../diff/changelog.js";
import { highestSeverity } from "../../diff/diff.js";
import type { Severity } from "../../diff/rules.js";
import { driftOf, type DriftChange, type StaleDecision } from "../../drift/drift.js";
import { upstreamModel, UpstreamError } from "../../drift/upstream-model.js";
import { ExitCode, UsageError, type Command } from "../args.js";
import { githubAnnotation, stdoutStyle, workspacePath, writeOut } from "../output.js";
import { diskCacheDir, formatOf, githubFormatOption, jsonOption, specOption, specPathOf } from "./shared-options.js";
import { readUpstream, upstreamOptionSpecs } from "./upstream-options.js";

/** The stable --json shape of `drift` (documented in generator/cli/README.md). */
export interface DriftReport {
  spec: { source: string; version: string };
  upstream: { source: string; version: string };
  /** Highest severity among the unexplained differences, or null when there are none. */
  severity: Severity | null;
  /** True when every difference is explained and no decision is stale. */
  inStep: boolean;
  counts: Record<Severity, number> & { explained: number; stale: number };
  changes: DriftChange[];
  stale: StaleDecision[];
}

export const driftCommand: Command = {
  spec: {
    name: "drift",
    summary: "Compare the spec with the upstream event schemas (exit 1 on an unexplained difference or a stale decision).",
    usage: "",
    details: [
      "Reads components.schemas.event of the upstream OpenAPI document and reports every difference from the",
      "spec with the diff rules, the spec as the old side: EVENT_ADDED is an event only upstream has. A",
      "difference is explained by a `decision: { reason, explains: [RULE] }` at its place in the spec or above",
      "it; a decision that explains nothing is stale. Descriptions and aliases are not compared.",
    ].join("\n"),
    options: { ...upstreamOptionSpecs, spec: specOption, json: jsonOption, format: githubFormatOption },
    positionals: { min: 0, max: 0 },
  },
  async run({ values }) {
    const format = formatOf(values, "drift", ["text", "github"]);
    const { defaultSpecPath, readCatalogue } = await import("../../pipeline.js");
    const specPath = specPathOf(values) ?? resolve(defaultSpecPath);
    const upstream = readUpstream(values, "drift");
    // A SpecError is reported by the tool's entry, in the output mode asked for, with exit 2.
    const spec = readCatalogue({ cacheDir: diskCacheDir, specPath });
    let theirs;
    try {
      theirs = upstreamModel(upstream.document, upstream.label, spec.package);
    } catch (error) {
      if (error instanceof UpstreamError) throw new UsageError(error.message, "drift");
      throw error;
    }
    const { changes, stale } = driftOf(spec, theirs);
    const open = changes.filter((c) => !c.explainedBy);
    const counts = { breaking: 0, minor: 0, patch: 0, explained: changes.length - open.length, stale: stale.length };
    for (const change of open) counts[change.severity]++;
    const report: DriftReport = {
      spec: { source: relative(process.cwd(), specPath) || ".", version: spec.package.version },
      upstream: { source: upstream.label, version: upstream.version },
      severity: highestSeverity(open) ?? null,
      inStep: open.length === 0 && stale.length === 0,
      counts,
      changes,
      stale,
    };
    if (format === "github") await writeOut(githubReport(report));
    else await writeOut(values.json ? `${JSON.stringify(report, null, 2)}\n` : humanReport(report));
    return report.inStep ? ExitCode.ok : ExitCode.failed;
  },
};

/**
 * GitHub Actions annotations: an error for each unexplained difference and each stale decision, at its
 * line of the spec; a difference the spec has no place for (an event only upstream has) names
 * upstream's place in its message instead.
 */
function githubReport(report: DriftReport): string {
  const lines = report.changes
    .filter((change) => !change.explainedBy)
    .map((change) => {
      const inSpec = existsSync(change.location.file);
      const where = inSpec ? { file: workspacePath(change.location.file), line: change.location.line, col: change.location.column } : {};
      const message = `${change.severity}: ${change.message}${inSpec ? "" : ` (upstream: ${change.upstream ?? change.location.file})`}`;
      return githubAnnotation("error", { ...where, title: change.rule }, message);
    });
  for (const decision of report.stale) {
    const where = { file: workspacePath(decision.location.file), line: decision.location.line, col: decision.location.column };
    lines.push(githubAnnotation("error", { ...where, title: "stale_decision" }, `decision explaining ${decision.rules.join(", ")} no longer explains any difference; remove or update it`));
  }
  return lines.join("");
}

const severityStyle: Record<Severity, (text: string) => string> = { breaking: stdoutStyle.red, minor: stdoutStyle.yellow, patch: stdoutStyle.dim };

function humanReport(report: DriftReport): string {
  const lines: string[] = [];
  const open = report.changes.filter((c) => !c.explainedBy);
  for (const group of groupChanges(open)) {
    lines.push(
      `${severityStyle[group.severity](group.severity.padEnd(8))} ${stdoutStyle.bold(group.rule)} ${groupedMessage(group)}`,
      `         ${stdoutStyle.dim(`at ${formatLocation(group.location)}`)}`,
    );
  }
  const explained = report.changes.filter((c) => c.explainedBy);
  for (const group of groupChanges(explained)) {
    const decision = explained.find((c) => c.rule === group.rule && formatLocation(c.location) === formatLocation(group.location))!.explainedBy!;
    lines.push(`${stdoutStyle.dim("explained")} ${group.rule} ${groupedMessage(group)}`, `         ${stdoutStyle.dim(`by the decision at ${formatLocation(decision.location)}`)}`);
  }
  for (const decision of report.stale) {
    lines.push(`${stdoutStyle.yellow("stale   ")} decision explaining ${decision.rules.join(", ")} no longer explains any difference`, `         ${stdoutStyle.dim(`at ${formatLocation(decision.location)}`)}`);
  }
  const { breaking, minor, patch, explained: explainedCount, stale } = report.counts;
  lines.push(
    `${report.spec.source} against ${report.upstream.source}: ` +
      (open.length === 0 && explainedCount === 0 ? "no differences" : `${open.length} unexplained (${breaking} breaking, ${minor} minor, ${patch} patch), ${explainedCount} explained`) +
      `, ${stale} stale decision${stale === 1 ? "" : "s"}.`,
  );
  return `${lines.join("\n")}\n`;
}
