import { commentText } from "../../escape/typescript.js";
import type { PropertyModel, TypeNode } from "../../model/types.js";
import type { JSDocStructure, OptionalKind } from "ts-morph";
import { deprecatedTag } from "../../shared/deprecated-tag.js";

export { deprecatedTag };

/** JSDoc for a property: its description, then format, range, deprecation and release state as tags. */
export function propertyDocs(property: PropertyModel): OptionalKind<JSDocStructure>[] {
  const tags: { tagName: string; text?: string }[] = [];
  const type: TypeNode = property.type;
  if (type.kind === "string" && type.format) tags.push({ tagName: "format", text: type.format });
  if (type.kind === "integer") tags.push({ tagName: "integer" });
  if ((type.kind === "number" || type.kind === "integer") && type.minimum !== undefined) tags.push({ tagName: "minimum", text: String(type.minimum) });
  if ((type.kind === "number" || type.kind === "integer") && type.maximum !== undefined) tags.push({ tagName: "maximum", text: String(type.maximum) });
  if (property.unreleased) tags.push({ tagName: "beta", text: "Not yet released to every workspace." });
  if (property.deprecated !== undefined) tags.push(deprecatedTag(property.deprecated));
  return [{ description: commentText(property.description), tags }];
}

