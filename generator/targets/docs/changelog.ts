/**
 * The changelog page for readers: what changed in the catalogue since a previous spec, from the same
 * classification as `seam-events diff` (generator/diff/), each change linked to the pages of its events.
 */
import { groupChanges } from "../../diff/changelog.js";
import { diffCatalogues, highestSeverity } from "../../diff/diff.js";
import type { Severity } from "../../diff/rules.js";
import { nextVersion } from "../../diff/semver.js";
import { cellCode, codeSpan, escapeTableCell, frontMatterString, linkDestination } from "../../escape/markdown.js";
import type { CatalogueModel } from "../../model/types.js";
import { eventPagePath, type FrontMatter, type Link } from "./view-model.js";

export interface ChangelogEntry {
  /** The change as a sentence; when it names its one event, the sentence is `message`, `subject`, `rest`. */
  message: string;
  subject?: Link;
  rest?: string;
  /** The events the change concerns: linked when the event is still in the catalogue. */
  events: Link[];
  /** Removed events, which have no page to link to. */
  removedEvents: string[];
  breaksExhaustiveSwitch: boolean;
}

export interface ChangelogPage {
  frontMatter: FrontMatter;
  /** The previous spec's version and this one's (the suggested next version when the spec kept the old one). */
  fromVersion: string;
  toVersion: string;
  sections: { severity: Severity; heading: string; changes: ChangelogEntry[] }[];
}

const headings: Record<Severity, string> = {
  breaking: "Breaking changes",
  minor: "New and changed",
  patch: "Documentation and release status",
};

/** The changelog from `previous` to `current`. */
export function buildChangelog(previous: CatalogueModel, current: CatalogueModel): ChangelogPage {
  const changes = diffCatalogues(previous, current);
  const fromVersion = previous.package.version;
  const toVersion = current.package.version !== fromVersion ? current.package.version : nextVersion(fromVersion, highestSeverity(changes));
  const events = new Map(current.events.map((e) => [e.name, e]));
  const groups = groupChanges(changes);
  return {
    frontMatter: {
      title: frontMatterString("Changelog"),
      description: frontMatterString(`What changed in the webhook events from version ${fromVersion} to ${toVersion}.`),
      sidebarPosition: 0,
    },
    fromVersion: codeSpan(fromVersion),
    toVersion: codeSpan(toVersion),
    sections: (["breaking", "minor", "patch"] as const)
      .map((severity) => ({
        severity,
        heading: headings[severity],
        changes: groups
          .filter((g) => g.severity === severity)
          .map((g) => {
            const link = (name: string): Link => ({ text: cellCode(name), href: linkDestination(eventPagePath(events.get(name)!)) });
            const message = escapeTableCell(sentence(g.message));
            // "Event lock.jammed added.": the event's name in the sentence becomes the link to its page.
            const [only] = g.events;
            const at = message.indexOf(` ${only} `);
            if (g.events.length === 1 && events.has(only!) && at >= 0) {
              const rest = message.slice(at + only!.length + 2);
              return { message: message.slice(0, at), subject: link(only!), rest, events: [], removedEvents: [], breaksExhaustiveSwitch: g.breaksExhaustiveSwitch };
            }
            return {
              message,
              events: g.events.filter((name) => events.has(name)).map(link),
              removedEvents: g.events.filter((name) => !events.has(name)).map(codeSpan),
              breaksExhaustiveSwitch: g.breaksExhaustiveSwitch,
            };
          }),
      }))
      .filter((section) => section.changes.length > 0),
  };
}

/** A diff message ("property method now also takes …") as a sentence. */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
