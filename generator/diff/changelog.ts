/** The Markdown section of a CHANGELOG for a diff, and where to put it in an existing file. */
import { formatLocation } from "../diagnostics/diagnostic.js";
import type { Change } from "./diff.js";
import type { Severity } from "./rules.js";

const headings: Record<Severity, string> = { breaking: "Breaking changes", minor: "Added and changed", patch: "Documentation" };

/** Changes that only differ by event are listed once, naming every event. */
export interface GroupedChange {
  rule: Change["rule"];
  severity: Severity;
  message: string;
  events: string[];
  location: Change["location"];
  breaksExhaustiveSwitch: boolean;
}

/** Groups changes with the same rule, path and location (e.g. a shared property removed from many events). */
export function groupChanges(changes: readonly Change[]): GroupedChange[] {
  const groups = new Map<string, GroupedChange>();
  for (const change of changes) {
    const generic = change.event ? change.message.replace(`${change.event}: `, "") : change.message;
    const key = [change.rule, change.path ?? "", formatLocation(change.location), generic].join("\u0000");
    const group = groups.get(key);
    if (group) group.events.push(...(change.event ? [change.event] : []));
    else groups.set(key, { rule: change.rule, severity: change.severity, message: generic, events: change.event ? [change.event] : [], location: change.location, breaksExhaustiveSwitch: change.breaksExhaustiveSwitch });
  }
  return [...groups.values()];
}

export function groupedMessage(group: GroupedChange): string {
  if (group.events.length <= 1 || group.rule === "EVENT_ADDED" || group.rule === "EVENT_REMOVED") {
    return group.events.length === 1 && !group.message.includes(group.events[0]!) ? `${group.events[0]}: ${group.message}` : group.message;
  }
  return `${group.message} (in ${group.events.length} events: ${group.events.join(", ")})`;
}

export function changelogSection(version: string, changes: readonly Change[]): string {
  const lines = [`## ${version}`, ""];
  const groups = groupChanges(changes);
  if (groups.length === 0) lines.push("No changes to the event catalogue.", "");
  for (const severity of ["breaking", "minor", "patch"] as const) {
    const inSeverity = groups.filter((g) => g.severity === severity);
    if (inSeverity.length === 0) continue;
    lines.push(`### ${headings[severity]}`, "");
    for (const group of inSeverity) {
      const note = group.breaksExhaustiveSwitch ? " (breaks exhaustive switches)" : "";
      lines.push(`- ${escapeMarkdown(groupedMessage(group))}${note} \`${group.rule}\``);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** Puts the section first: after the file's top-level heading if it has one, else at the very top. */
export function prependSection(existing: string, section: string): string {
  if (existing.trim() === "") return `# Changelog\n\n${section}`;
  const heading = /^# .*\n+/.exec(existing);
  if (heading) return `${heading[0]}${section}\n${existing.slice(heading[0].length)}`;
  return `${section}\n${existing}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_<>[\]])/g, "\\$1");
}
