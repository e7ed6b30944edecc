import type { Severity } from "./rules.js";

/**
 * The next version after `current` for changes of the given highest severity. Before 1.0.0 a breaking
 * change bumps the minor number and anything else the patch number (semver's 0.x convention, as npm's
 * caret ranges read it).
 */
export function nextVersion(current: string, severity: Severity | undefined): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(current);
  if (!match || severity === undefined) return current;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (major === 0) return severity === "breaking" ? `0.${minor + 1}.0` : `0.${minor}.${patch + 1}`;
  if (severity === "breaking") return `${major + 1}.0.0`;
  if (severity === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Orders two x.y.z versions (negative, zero, positive); pre-release and build suffixes are not compared. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (/^(\d+)\.(\d+)\.(\d+)/.exec(v) ?? [v, "0", "0", "0"]).slice(1).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}
