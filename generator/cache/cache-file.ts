/**
 * Text the tool keeps on disk between runs, like `prettier --cache`: what prettier formatted and what
 * ts-morph and json-schema-to-typescript printed. They are most of a cold run's work, and after a
 * one-event edit almost every statement and shape is one a run made before. Entries are keyed
 * by a hash of what they were made from, in a file named for the versions of those tools and the
 * options they run with, so an upgrade starts afresh. A missing, unreadable or corrupt file is an
 * empty cache; a file that cannot be written is skipped: the cache only ever saves time.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { prettierOptions } from "../format/format.js";
import { printStructureOptions } from "../shared/print-options.js";
import { keepFile, versionOf } from "./kept-file.js";
import type { TextMemo } from "./text-memo.js";

/** Characters of text the file keeps at most: this run's entries first, then older ones. */
const MAX_CHARACTERS = 32_000_000;

/** What the cache holds: one kind of entry per stage that uses it. */
export type CacheSection = "format" | "print" | "typecheck";

export class CacheFile {
  private readonly used = new Map<string, string>();
  private added = false;

  private constructor(
    readonly path: string,
    private readonly earlier: Map<string, string>,
  ) {}

  /** The cache for the installed tools and the project's options, in `dir`. */
  static open(dir: string): CacheFile {
    const path = join(dir, `cache-${fingerprint()}.json`);
    let earlier = new Map<string, string>();
    try {
      const entries: unknown = JSON.parse(readFileSync(path, "utf8"));
      if (entries && typeof entries === "object" && !Array.isArray(entries)) {
        earlier = new Map(Object.entries(entries).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      }
    } catch {
      // No cache yet, or one that cannot be read: start empty.
    }
    return new CacheFile(path, earlier);
  }

  /** The entries of one stage: its keys cannot meet another stage's. */
  section(name: CacheSection): TextMemo {
    return { get: (key) => this.get(`${name}\u0000${key}`), set: (key, text) => this.set(`${name}\u0000${key}`, text) };
  }

  private get(key: string): string | undefined {
    const id = entryId(key);
    const hit = this.used.get(id) ?? this.earlier.get(id);
    if (hit !== undefined) this.used.set(id, hit);
    return hit;
  }

  private set(key: string, text: string): void {
    this.used.set(entryId(key), text);
    this.added = true;
  }

  /**
   * Writes the file (whole, then renamed into place) when this run made anything new, and removes the
   * files of other fingerprints beside it: made by versions or options no longer installed.
   */
  save(): void {
    if (!this.added) return;
    const kept: Record<string, string> = {};
    let characters = 0;
    for (const [id, text] of [...this.used, ...this.earlier]) {
      if (id in kept) continue;
      characters += text.length;
      if (characters > MAX_CHARACTERS) break;
      kept[id] = text;
    }
    try {
      keepFile(this.path, JSON.stringify(kept), /^(cache|format)-[0-9a-f]{16}\.json$/);
      this.added = false;
    } catch {
      // A cache that cannot be written costs time on the next run, nothing else.
    }
  }
}

function entryId(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 24);
}

/** What makes the cached text what it is: the versions of the tools that made it, and their options. */
function fingerprint(): string {
  const what = JSON.stringify([versionOf("prettier"), prettierOptions, versionOf("ts-morph"), printStructureOptions, versionOf("json-schema-to-typescript")]);
  return createHash("sha256").update(what).digest("hex").slice(0, 16);
}
