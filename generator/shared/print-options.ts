/**
 * How ts-morph prints a structure. Kept apart from the printer so that the tool's cache, which is
 * keyed by these options, can be opened without loading ts-morph.
 */
export const printStructureOptions = { indentNumberOfSpaces: 2 } as const;
