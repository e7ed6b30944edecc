/**
 * `release`: checks that the output package may be published as the version package.yaml names, then
 * packs and publishes it. The version is judged against the last release tag with the diff rules, the
 * changelog section is diff's, and npm does the packing and publishing (`--dry-run` publishes nothing).
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { printable } from "../../diagnostics/diagnostic.js";
import { changelogSection, prependSection } from "../../diff/changelog.js";
import { diffCatalogues, highestSeverity, type Change } from "../../diff/diff.js";
import type { Severity } from "../../diff/rules.js";
import { compareVersions, nextVersion } from "../../diff/semver.js";
import { ExitCode, stringOption, UsageError, type Command } from "../args.js";
import { outputModeOf, reportOutputError, stderrStyle, stdoutStyle } from "../output.js";
import { gitIn, lastReleaseTag, repositoryRoot, specSourcesAt } from "./git-spec.js";
import { diskCacheOptionSpecs, generateOptionSpecs, jsonOption } from "./shared-options.js";

/** The stable --json shape of `release` (documented in generator/cli/README.md). */
export interface ReleaseReport {
  ok: boolean;
  dryRun: boolean;
  package: { name: string; version: string };
  /** The release before this one (the highest release tag reachable from HEAD), or null for the first. */
  lastRelease: { tag: string; version: string } | null;
  tag: string;
  severity: Severity | null;
  suggestedVersion: string;
  counts: Record<Severity, number>;
  changes: Change[];
  /** Why the package may not be published (a version that is too low, output out of step); empty when ok. */
  problems: string[];
  changelog: { file: string; written: boolean; section: string };
  tarball: { file: string; size: number; unpackedSize: number; integrity: string; shasum: string; entries: number } | null;
  publish: { command: string[]; provenance: boolean; ok: boolean } | null;
}

export const releaseCommand: Command = {
  spec: {
    name: "release",
    summary: "Check the version against the last release tag, then pack and publish the output package (--dry-run publishes nothing).",
    usage: "",
    details: [
      "The version is package.version of the spec. The release before it is the highest tag vX.Y.Z reachable",
      "from HEAD (or --against); the diff since then must allow the version (at least diff's suggestion), and",
      "the output folder must be in step with the spec (and, unless --dry-run, committed). Then `npm pack` writes the tarball, and",
      "`npm publish OUT` publishes it, with --provenance in a CI that can sign (GitHub Actions with id-token:",
      "write, GitLab CI with SIGSTORE_ID_TOKEN). The changelog section is written once the publish succeeded.",
    ].join("\n"),
    options: {
      spec: generateOptionSpecs.spec!,
      out: generateOptionSpecs.out!,
      templates: generateOptionSpecs.templates!,
      "dry-run": { type: "boolean", description: "Check, pack and run `npm publish --dry-run`; publish nothing and leave the changelog as it is." },
      against: { type: "string", value: "GIT_REF", description: "The last release (default: the highest vX.Y.Z tag reachable from HEAD, other than this version's own on HEAD)." },
      changelog: { type: "string", value: "FILE", description: "Changelog to add the release's section to (default: CHANGELOG.md)." },
      "pack-destination": { type: "string", value: "DIR", description: "Folder for the tarball (default: the working folder)." },
      ...diskCacheOptionSpecs,
      json: jsonOption,
    },
    positionals: { min: 0, max: 0 },
  },
  async run({ values }) {
    // `npm run release --dry-run` (without `--`) sets npm's own dry-run for every npm it starts: say so, rather than claim a publish.
    const dryRun = values["dry-run"] === true || process.env.npm_config_dry_run === "true";
    const mode = outputModeOf(values);
    const changelogFile = stringOption(values, "changelog") ?? "CHANGELOG.md";
    const destination = resolve(stringOption(values, "pack-destination") ?? ".");
    if (!existsSync(destination)) throw new UsageError(`--pack-destination: no folder at ${destination}`, "release");
    const { checkOutput, defaultOutDir, defaultSpecPath, readCatalogue } = await import("../../pipeline.js");
    // The check that the output is in step uses the cache on disk, as `check` does.
    const { oneShotOptionsOf } = await import("./shared-options.js");
    const options = oneShotOptionsOf(values);
    const specPath = options.specPath ?? defaultSpecPath;
    const outDir = options.outDir ?? defaultOutDir;
    const model = readCatalogue(options);
    const { name, version } = model.package;
    const prefix = "v";

    const root = repositoryRoot(specPath, "release");
    const previousTag = stringOption(values, "against") ?? lastReleaseTag(root, prefix, version, "release");
    let changes: Change[] = [];
    let lastRelease: ReleaseReport["lastRelease"] = null;
    if (previousTag !== undefined) {
      const before = readCatalogue({ sources: specSourcesAt(previousTag, specPath, "release") });
      changes = diffCatalogues(before, model);
      lastRelease = { tag: previousTag, version: before.package.version };
    }
    const severity = highestSeverity(changes);
    // A release without catalogue changes still ships a changed package (the generator's output): a patch.
    const suggestedVersion = lastRelease ? nextVersion(lastRelease.version, severity ?? "patch") : version;
    const counts = { breaking: 0, minor: 0, patch: 0 };
    for (const change of changes) counts[change.severity]++;

    const problems: string[] = [];
    const versionAt = relative(process.cwd(), specPath) || ".";
    if (lastRelease && compareVersions(version, lastRelease.version) <= 0) {
      problems.push(`package.version ${version} is not above the last release, ${lastRelease.version} (${lastRelease.tag}); set it to ${suggestedVersion} in ${versionAt}`);
    } else if (lastRelease && compareVersions(version, suggestedVersion) < 0) {
      problems.push(`the changes since ${lastRelease.tag} are ${severity ?? "patch"}: package.version must be at least ${suggestedVersion}, not ${version} (in ${versionAt})`);
    }
    const out = relative(process.cwd(), outDir) || ".";
    // A release publishes what git holds, so that the tag pushed afterwards marks exactly that; a dry run may look at work in progress.
    if (!dryRun) {
      const uncommitted = gitIn(root, ["status", "--porcelain", "--", specPath, outDir], "release").split("\n").filter(Boolean);
      if (uncommitted.length > 0) problems.push(`${versionAt} or ${out} has changes git does not hold (${uncommitted.length} file${uncommitted.length === 1 ? "" : "s"}); commit them before releasing`);
    }
    const { OutputError } = await import("../../write/output-error.js");
    try {
      const drift = await checkOutput({ ...options, model });
      const files = [...drift.changed, ...drift.missing, ...drift.extra];
      if (files.length > 0) problems.push(`${out} is out of step with the spec (${files.join(", ")}); run \`npm run generate\``);
    } catch (error) {
      if (error instanceof OutputError) return reportOutputError(error, mode);
      throw error;
    }

    const section = lastRelease ? changelogSection(version, changes) : `## ${version}\n\nFirst release.\n`;
    const report: ReleaseReport = {
      ok: problems.length === 0,
      dryRun,
      package: { name, version },
      lastRelease,
      tag: `${prefix}${version}`,
      severity: severity ?? null,
      suggestedVersion,
      counts,
      changes,
      problems,
      changelog: { file: changelogFile, written: false, section },
      tarball: null,
      publish: null,
    };
    if (report.ok) {
      const packed = await npm(["pack", outDir, "--pack-destination", destination, "--json"]);
      if (packed.code !== 0) {
        report.problems.push(`npm pack failed: ${lastLine(packed.stderr)}`);
      } else {
        const [info] = JSON.parse(packed.stdout) as NpmPackInfo[];
        report.tarball = {
          file: relative(process.cwd(), join(destination, info!.filename)),
          size: info!.size,
          unpackedSize: info!.unpackedSize,
          integrity: info!.integrity,
          shasum: info!.shasum,
          entries: info!.files.length,
        };
        const provenance = canSignProvenance(process.env);
        const command = ["publish", outDir, "--access", "public", ...(dryRun ? ["--dry-run"] : []), ...(provenance && !dryRun ? ["--provenance"] : [])];
        const published = await npm(command);
        report.publish = { command: ["npm", ...command.map((arg) => (arg === outDir ? out : arg))], provenance, ok: published.code === 0 };
        if (published.code !== 0) report.problems.push(`npm publish failed: ${lastLine(published.stderr)}`);
        else if (!dryRun) {
          writeFileSync(changelogFile, prependSection(existsSync(changelogFile) ? readFileSync(changelogFile, "utf8") : "", section));
          report.changelog.written = true;
        }
      }
      report.ok = report.problems.length === 0;
    }
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(humanReport(report, out, headIsTagged(root, report.tag)));
    if (!values.json && !report.ok) process.stderr.write(report.problems.map((p) => `${stderrStyle.red("error")}: ${p}\n`).join(""));
    return report.ok ? ExitCode.ok : ExitCode.failed;
  },
};

interface NpmPackInfo {
  filename: string;
  size: number;
  unpackedSize: number;
  integrity: string;
  shasum: string;
  files: unknown[];
}

/**
 * npm signs provenance where the CI gives it an identity token: GitHub Actions when the job has
 * `id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL is then set), GitLab CI when the job defines
 * SIGSTORE_ID_TOKEN. Anywhere else `--provenance` makes npm publish fail, so it is left out.
 */
export function canSignProvenance(env: NodeJS.ProcessEnv): boolean {
  if (env.GITHUB_ACTIONS === "true" && env.ACTIONS_ID_TOKEN_REQUEST_URL) return true;
  return env.GITLAB_CI === "true" && Boolean(env.SIGSTORE_ID_TOKEN);
}

/** npm as the user runs it: the npm that runs this script (`npm run release`), else the one on PATH. */
function npm(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = process.env.npm_execpath;
  const [file, prefix] = script && basename(script) === "npm-cli.js" ? [process.execPath, [script]] : ["npm", []];
  return new Promise((resolvePromise) => {
    execFile(file, [...prefix, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolvePromise({ code, stdout, stderr: stderr || (error && !stdout ? error.message : stderr) });
    });
  });
}

function lastLine(text: string): string {
  return text.trim().split("\n").filter((line) => !line.startsWith("npm notice")).pop() ?? "(no message)";
}

function headIsTagged(root: string, tag: string): boolean {
  try {
    return gitIn(root, ["tag", "--points-at", "HEAD"], "release").split("\n").includes(tag);
  } catch {
    return false;
  }
}

function humanReport(report: ReleaseReport, out: string, tagged: boolean): string {
  const { name, version } = report.package;
  const lines = [`${stdoutStyle.bold(`release ${name}@${version}`)}${report.dryRun ? " (dry run)" : ""}`];
  if (report.lastRelease) {
    const { breaking, minor, patch } = report.counts;
    lines.push(
      `  last release:      ${report.lastRelease.tag} (${report.lastRelease.version})`,
      `  changes since:     ${report.changes.length} (${breaking} breaking, ${minor} minor, ${patch} patch)`,
      `  suggested version: ${report.suggestedVersion}`,
    );
  } else {
    lines.push("  last release:      none (no vX.Y.Z tag reachable from HEAD): the first release");
  }
  if (!report.ok && !report.tarball) {
    lines.push(`  ${stderrStyle.red("not released")}: ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}`);
    return `${lines.join("\n")}\n`;
  }
  lines.push(`  output:            ${out} is in step with the spec`);
  if (report.tarball) {
    const t = report.tarball;
    lines.push(`  packed:            ${t.file} (${t.entries} files, ${t.size} bytes, ${t.integrity})`);
  }
  if (report.publish) {
    const status = report.publish.ok ? stdoutStyle.green(report.dryRun ? "ok, nothing published" : "published") : stderrStyle.red("failed");
    lines.push(`  ${report.publish.command.join(" ")}: ${status}`);
  }
  const changelog = report.changelog;
  lines.push(
    changelog.written ? `  changelog:         added to ${changelog.file}:` : `  changelog:         to add to ${changelog.file} on release:`,
    "",
    ...changelog.section.trimEnd().split("\n").map((line) => (line ? `    ${printable(line)}` : "")),
    "",
  );
  const tagging = `git tag ${report.tag} && git push origin ${report.tag}`;
  if (report.ok && !tagged) lines.push(changelog.written ? `Commit ${changelog.file}, then tag the release: ${tagging}` : `Tag the release once published: ${tagging}`);
  return `${lines.join("\n")}\n`;
}
