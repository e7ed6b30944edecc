/** Values a target derives from part of the model, kept by watch between runs (EmitCache.derived). */
import { createHash } from "node:crypto";
import type { EmitCache } from "../targets/target.js";

/**
 * The value made from the part of the model that `key` describes: from the memo when it knows the key,
 * else made and remembered. Without a memo (a one-shot run), it is made and the key is never built.
 */
export function derive<T>(memo: EmitCache["derived"] | undefined, key: () => string, make: () => T): T {
  if (!memo) return make();
  const id = key();
  const known = memo.get(id) as T | undefined;
  if (known !== undefined) return known;
  const value = make();
  memo.set(id, value);
  return value;
}

/** A short stand-in for a long key part that many keys share. */
export function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
