/**
 * Text remembered by what it was made from: formatted and printed statements. Watch keeps
 * them in memory (a Map is one); the tool keeps them on disk between runs (cache-file.ts).
 */
export interface TextMemo {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
}
