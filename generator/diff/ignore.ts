/**
 * Accepted changes: a reviewed change (a breaking one released on purpose) is named in an ignore file
 * so that `diff` stops failing on it, in the spirit of buf's ignore_only and oasdiff's ignore files.
 * An entry names the rule, the event and the property path exactly; a field left out matches only a
 * change without it, so an entry never accepts more than it names. Every entry needs a reason.
 */
import { parse } from "yaml";
import type { Change } from "./diff.js";

export interface IgnoreEntry {
  rule: string;
  event?: string;
  path?: string;
  reason: string;
}

export type IgnoredChange = Change & { reason: string };

/** A problem with the ignore file: its message names the file and the entry. */
export class IgnoreFileError extends Error {
  override name = "IgnoreFileError";
}

/** Reads the entries of an ignore file's text (YAML, which JSON also is): `{ ignore: [entries] }`. */
export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new IgnoreFileError(`${file}: not YAML or JSON: ${(error as Error).message.split("\n")[0]}`);
  }
  const list = (document as { ignore?: unknown } | null)?.ignore;
  if (typeof document !== "object" || document === null || !Array.isArray(list)) {
    throw new IgnoreFileError(`${file}: expected an object with an 'ignore' list`);
  }
  return list.map((entry: unknown, index) => {
    const where = `${file}: ignore entry ${index + 1}`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new IgnoreFileError(`${where} is not an object`);
    const fields = entry as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (!["rule", "event", "path", "reason"].includes(key)) throw new IgnoreFileError(`${where} has an unknown field '${key}' (rule, event, path, reason)`);
    }
    for (const key of ["rule", "event", "path", "reason"]) {
      if (fields[key] !== undefined && typeof fields[key] !== "string") throw new IgnoreFileError(`${where}: '${key}' must be a string`);
    }
    if (!fields.rule) throw new IgnoreFileError(`${where} has no 'rule'`);
    if (typeof fields.reason !== "string" || fields.reason.trim() === "") throw new IgnoreFileError(`${where} has no 'reason': say why the change is accepted`);
    return fields as unknown as IgnoreEntry;
  });
}

export function matches(entry: IgnoreEntry, change: Change): boolean {
  return entry.rule === change.rule && entry.event === change.event && entry.path === change.path;
}

/** Splits the changes into those still reported and those an entry accepts; entries matching nothing are stale. */
export function applyIgnores(
  changes: readonly Change[],
  entries: readonly IgnoreEntry[],
): { reported: Change[]; ignored: IgnoredChange[]; stale: IgnoreEntry[] } {
  const used = new Set<IgnoreEntry>();
  const reported: Change[] = [];
  const ignored: IgnoredChange[] = [];
  for (const change of changes) {
    const entry = entries.find((e) => matches(e, change));
    if (entry === undefined) reported.push(change);
    else {
      used.add(entry);
      ignored.push({ ...change, reason: entry.reason });
    }
  }
  return { reported, ignored, stale: entries.filter((e) => !used.has(e)) };
}
