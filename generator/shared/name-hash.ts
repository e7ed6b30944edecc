/**
 * FNV-1a of a text, in base 36: what tells apart two generated names that their words leave equal.
 * It depends on the text alone, so a name stays the same whatever else the spec holds.
 */
export function nameHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
