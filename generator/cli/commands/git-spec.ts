/** The spec as git holds it: its files at a revision (diff --against, release) and the release tags. */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { printable } from "../../diagnostics/diagnostic.js";
import { UsageError } from "../args.js";

/** The folder git commands run in for a spec path: the spec's folder, or the working folder when it is gone. */
function gitFolderOf(specPath: string): string {
  if (!existsSync(specPath)) return process.cwd();
  return statSync(specPath).isDirectory() ? specPath : dirname(specPath);
}

/** The top folder of the repository holding the spec, or a usage error saying it is in none. */
export function repositoryRoot(specPath: string, command: string): string {
  const cwd = gitFolderOf(specPath);
  try {
    return gitIn(cwd, ["rev-parse", "--show-toplevel"], command).trim();
  } catch {
    throw new UsageError(`${command === "diff" ? "--against" : command} needs a git repository, and ${relative(process.cwd(), cwd) || "."} is not in one`, command);
  }
}

/** The spec's files as they were at a git revision, keyed by their path on disk (so locations read the same). */
export function specSourcesAt(ref: string, specPath: string, command: string): Map<string, string> {
  const root = repositoryRoot(specPath, command);
  try {
    gitIn(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], command);
  } catch {
    throw new UsageError(`--against: '${printable(ref)}' is not a branch, tag or commit of this repository`, command);
  }
  // Paths given to and printed by ls-tree and show are taken from the repository's top folder.
  const inRepo = relative(root, specPath).split("\\").join("/");
  const files = gitIn(root, ["ls-tree", "-r", "--name-only", ref, "--", inRepo], command)
    .split("\n")
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0) throw new UsageError(`no spec files at ${ref}:${inRepo}`, command);
  return new Map(files.map((file) => [join(root, file), gitIn(root, ["show", `${ref}:${file}`], command)]));
}

/** `v1.2.3` → [1, 2, 3]; undefined for anything else (a pre-release, a tag of another kind). */
export function releaseVersionOf(tag: string, prefix: string): [number, number, number] | undefined {
  if (!tag.startsWith(prefix)) return undefined;
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(tag.slice(prefix.length));
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/**
 * The highest release tag (PREFIX + x.y.z) reachable from HEAD, leaving out the tag of the version
 * being released when HEAD carries it (a release run by pushing its tag): the release before this one.
 */
export function lastReleaseTag(root: string, prefix: string, current: string, command: string): string | undefined {
  const own = `${prefix}${current}`;
  const atHead = gitIn(root, ["tag", "--points-at", "HEAD"], command).split("\n");
  const tags = gitIn(root, ["tag", "--list", "--merged", "HEAD", "--end-of-options", `${prefix}*`], command)
    .split("\n")
    .filter((tag) => !(tag === own && atHead.includes(own)))
    .map((tag) => ({ tag, version: releaseVersionOf(tag, prefix) }))
    .filter((t): t is { tag: string; version: [number, number, number] } => t.version !== undefined);
  tags.sort((a, b) => compareParts(b.version, a.version));
  return tags[0]?.tag;
}

function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function gitIn(cwd: string, args: string[], command: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
    throw new UsageError(`git ${args.join(" ")} failed${stderr ? `: ${stderr.split("\n")[0]}` : ""}`, command);
  }
}
