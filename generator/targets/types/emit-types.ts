import type { InterfaceDeclarationStructure, StatementStructures } from "ts-morph";
import type { TextMemo } from "../../cache/text-memo.js";
import { printStatements, type PrintedModule } from "../../shared/print-typescript.js";
import { StructureKind, VariableDeclarationKind } from "../../shared/ts-morph.js";
import { groupRuns } from "../../model/group-runs.js";
import { aliasTableName, eventMapName, groupTypeName } from "../../model/naming.js";
import type { CatalogueModel, EventModel, GroupModel, PropertyModel } from "../../model/types.js";
import { objectToJsonSchema, type NamedReference } from "../../shared/json-schema.js";
import type { EmittedFile, Target } from "../target.js";
import { checkIdentifiers, commentCode, commentText, generatedHeader, literal, propertyKey, stringLiteral } from "../../escape/typescript.js";
import { deprecatedTag, propertyDocs } from "./jsdoc.js";
import { valueTypeText } from "./type-text.js";

export const TYPES_MODULE = "src/types.ts";

// json-schema-to-typescript refers to our named enums and shapes by name instead of inlining them.
const byName: NamedReference = (_kind, name) => ({ tsType: name });

const shapeOptions = {
  bannerComment: "",
  format: false,
  additionalProperties: false,
  declareExternallyReferenced: true,
  strictIndexSignatures: true,
  ignoreMinAndMaxItems: true,
} as const;

/**
 * A nested shape's TypeScript, compiled from its JSON Schema. With a memo (watch's, or the tool's on
 * disk) a shape compiled before is reused, and json-schema-to-typescript (with the prettier it loads)
 * is loaded only when a shape is new.
 */
async function shapeSource(shape: CatalogueModel["shapes"][number], memo: TextMemo | undefined): Promise<string> {
  // Descriptions become the shape's JSDoc: written by the comment rule, like every other comment here.
  const documented = shape.properties.map((property) => ({ ...property, description: commentText(property.description) }));
  const schema = withTypeTags(objectToJsonSchema(documented, byName, commentText(shape.description)), shape.properties);
  const key = ["json-schema-to-typescript", JSON.stringify(shapeOptions), shape.name, JSON.stringify(schema)].join("\u0000");
  const known = memo?.get(key);
  if (known !== undefined) return known;
  const { compile } = await import("json-schema-to-typescript");
  const source = await compile(schema, shape.name, shapeOptions);
  memo?.set(key, source);
  return source;
}

/** Tags that say more than the TypeScript type does; json-schema-to-typescript writes no tag of its own. */
const typeTags = new Set(["format", "integer", "minimum", "maximum"]);

/**
 * The shape's schema with each property's type tags (`@format uuid`, `@minimum 0`) appended to its
 * description, so that a shape's properties carry the same JSDoc tags as an event's (see propertyDocs).
 * The tags hold only spec-checked words and numbers, never free text.
 */
function withTypeTags(schema: ReturnType<typeof objectToJsonSchema>, properties: readonly PropertyModel[]): ReturnType<typeof objectToJsonSchema> {
  const described = schema.properties as Record<string, { description?: string }> | undefined;
  if (described === undefined) return schema;
  const tagged: Record<string, unknown> = { ...described };
  for (const property of properties) {
    const tags = (propertyDocs(property)[0]!.tags ?? []).filter((tag) => typeTags.has(tag.tagName));
    if (tags.length === 0 || described[property.name] === undefined) continue;
    const lines = tags.map((tag) => `@${tag.tagName}${tag.text ? ` ${tag.text}` : ""}`);
    const own = described[property.name]!;
    tagged[property.name] = { ...own, description: [own.description, ...lines].filter(Boolean).join("\n") };
  }
  return { ...schema, properties: tagged };
}

/**
 * The TypeScript types target: one interface per event, the event union and its helpers, enums as
 * string-literal unions. ts-morph builds the file; the nested shapes are compiled from their JSON
 * Schema by json-schema-to-typescript.
 */
export const typesTarget: Target = {
  name: "types",
  package: { modules: ["types"] },
  async emit(model, context) {
    return [{ path: TYPES_MODULE, ...(await emitTypes(model, context.cache?.print)) }];
  },
};

/** How a legacy enum value is marked: a member of a union type cannot carry a tag of its own. */
const LEGACY_NOTE = " (deprecated, legacy: accepted in older payloads, no longer sent)";

export async function emitTypes(model: CatalogueModel, memo?: TextMemo): Promise<PrintedModule> {
  const { package: pkg } = model;
  checkIdentifiers(model);
  // All statements are built as structures first and printed once: adding them one by one to a
  // live source file costs time quadratic in the number of events.
  const statements: StatementStructures[] = [];
  const header = generatedHeader(pkg.name);

  for (const en of model.enums) {
    statements.push({
      kind: StructureKind.TypeAlias,
      name: en.name,
      isExported: true,
      type: en.values.map((v) => stringLiteral(v.value)).join(" | "),
      docs: [
        {
          description: [commentText(en.description), "", ...en.values.map((v) => `- ${commentCode(v.value)}${v.legacy ? LEGACY_NOTE : ""}: ${commentText(v.description)}`)].join("\n"),
        },
      ],
    });
  }

  const shapeSources = await Promise.all(model.shapes.map((shape) => shapeSource(shape, memo)));

  // Groups that events include unchanged become base interfaces, written once; see groupRuns.
  const groupInterfaces = new Map<GroupModel, InterfaceDeclarationStructure>();
  const addGroup = (group: GroupModel): string => {
    if (!groupInterfaces.has(group)) {
      groupInterfaces.set(group, {
        ...objectInterface(groupTypeName(group.key), group.properties, model.groups, addGroup, group),
        docs: [{ description: `${commentText(group.title)}: ${commentText(group.description)}` }],
      });
    }
    return groupTypeName(group.key);
  };
  const eventInterfaces = model.events.map((event) => eventInterface(event, model.groups, addGroup));
  statements.push(...[...groupInterfaces.values()].sort((a, b) => (a.name < b.name ? -1 : 1)), ...eventInterfaces);

  statements.push(
    {
      kind: StructureKind.TypeAlias,
      name: pkg.unionName,
      isExported: true,
      type: model.events.map((e) => e.typeName).join(" | "),
      docs: [`Any event of the catalogue, discriminated by ${commentCode(pkg.discriminator)}.`],
    },
    {
      kind: StructureKind.TypeAlias,
      name: pkg.eventTypeName,
      isExported: true,
      type: model.events.map((e) => stringLiteral(e.name)).join(" | "),
      docs: ["The name of any event type of the catalogue."],
    },
    {
      kind: StructureKind.Interface,
      name: eventMapName(pkg.unionName),
      isExported: true,
      docs: ["Each event type name with its event: a lookup that stays fast to type-check however many events there are."],
      properties: model.events.map((e) => ({ name: stringLiteral(e.name), type: e.typeName })),
    },
    {
      kind: StructureKind.TypeAlias,
      name: pkg.eventOfName,
      isExported: true,
      typeParameters: [{ name: "T", constraint: pkg.eventTypeName }],
      type: `${eventMapName(pkg.unionName)}[T]`,
      docs: [`The event whose ${commentCode(pkg.discriminator)} is T.`],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Every event type name, in alphabetical order."],
      declarations: [
        {
          name: pkg.eventTypesConstName,
          type: `readonly ${pkg.eventTypeName}[]`,
          initializer: literal(model.events.map((e) => e.name)),
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Older or documented names of events, each with the event type it stands for today."],
      declarations: [
        {
          name: aliasTableName(pkg.eventTypesConstName),
          type: `Readonly<Record<string, ${pkg.eventTypeName}>>`,
          initializer: `{${model.events.flatMap((e) => e.aliases.map((alias) => `${propertyKey(alias)}: ${stringLiteral(e.name)}`)).join(", ")}}`,
        },
      ],
    },
  );
  return printStatements([header, ...shapeSources.map((s) => s.trim()), ...statements], memo);
}

function eventInterface(event: EventModel, groups: readonly GroupModel[], useGroup: (group: GroupModel) => string): InterfaceDeclarationStructure {
  const tags = [];
  if (event.aliases.length > 0) tags.push({ tagName: "remarks", text: `Also documented as ${event.aliases.map(commentCode).join(", ")}.` });
  if (event.unreleased) tags.push({ tagName: "beta", text: "Not yet released to every workspace." });
  if (event.deprecated !== undefined) tags.push(deprecatedTag(event.deprecated));
  return {
    ...objectInterface(event.typeName, event.properties, groups, useGroup),
    docs: [{ description: `${commentCode(event.name)}: ${commentText(event.description)}`, tags }],
  };
}

/** An interface over properties: the groups they include unchanged as base interfaces, the rest as members. */
function objectInterface(
  name: string,
  properties: readonly PropertyModel[],
  groups: readonly GroupModel[],
  useGroup: (group: GroupModel) => string,
  within?: GroupModel,
): InterfaceDeclarationStructure {
  const runs = groupRuns(properties, groups, propertyText, within);
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    extends: runs.flatMap((run) => ("group" in run ? [useGroup(run.group)] : [])),
    properties: runs.flatMap((run) => ("property" in run ? [propertyStructure(run.property)] : [])),
  };
}

function propertyStructure(property: PropertyModel) {
  return { name: propertyKey(property.name), hasQuestionToken: !property.required, type: valueTypeText(property), docs: propertyDocs(property) };
}

/** How a property is written in the types (name, type, optionality, docs): equal texts, equal members. */
function propertyText(property: PropertyModel): string {
  return JSON.stringify(propertyStructure(property));
}
