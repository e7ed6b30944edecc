/**
 * Formatted text kept on disk between runs of the tool, like `prettier --cache`: prettier is most of a
 * run's work, and after a one-event edit almost every batch it is given is one it formatted before.
 * Entries are keyed by a hash of the parser and the text, in a file named for prettier's version,
 * its plugin's and the options, so an upgrade starts afresh. A missing, unreadable or corrupt file is
 * an empty cache; a file that cannot be written is skipped: the cache only ever saves time.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { FormattedCache } from "./format.js";
import { prettierOptions } from "./prettier.js";

/** Characters of formatted text the file keeps at most: this run's entries first, then older ones. */
const MAX_CHARACTERS = 32_000_000;

export class FormatCacheFile implements FormattedCache {
  private readonly used = new Map<string, string>();
  private added = false;

  private constructor(
    readonly path: string,
    private readonly earlier: Map<string, string>,
  ) {}

  /** The cache for the installed prettier and the project's options, in `dir`. */
  static open(dir: string): FormatCacheFile {
    const path = join(dir, `format-${fingerprint()}.json`);
    let earlier = new Map<string, string>();
    try {
      const entries: unknown = JSON.parse(readFileSync(path, "utf8"));
      if (entries && typeof entries === "object" && !Array.isArray(entries)) {
        earlier = new Map(Object.entries(entries).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      }
    } catch {
      // No cache yet, or one that cannot be read: start empty.
    }
    return new FormatCacheFile(path, earlier);
  }

  get(key: string): string | undefined {
    const id = entryId(key);
    const hit = this.used.get(id) ?? this.earlier.get(id);
    if (hit !== undefined) this.used.set(id, hit);
    return hit;
  }

  set(key: string, formatted: string): void {
    this.used.set(entryId(key), formatted);
    this.added = true;
  }

  /** Writes the file (whole, then renamed into place) when this run formatted anything new. */
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
    const partial = `${this.path}.${process.pid}`;
    try {
      mkdirSync(join(this.path, ".."), { recursive: true });
      writeFileSync(partial, JSON.stringify(kept));
      renameSync(partial, this.path);
      this.added = false;
    } catch {
      // A cache that cannot be written costs time on the next run, nothing else.
    }
  }
}

function entryId(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 24);
}

/** What makes prettier's output what it is: its version, the plugin's and the options. */
function fingerprint(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const what = JSON.stringify([version("prettier"), version("@prettier/plugin-oxc"), prettierOptions]);
  return createHash("sha256").update(what).digest("hex").slice(0, 16);
}
