import { commentText } from "../escape/typescript.js";

/** The JSDoc `@deprecated` tag, with the spec's reason (escaped for a comment) when it gives one. */
export function deprecatedTag(reason: string): { tagName: string; text?: string } {
  return reason ? { tagName: "deprecated", text: commentText(reason) } : { tagName: "deprecated" };
}
