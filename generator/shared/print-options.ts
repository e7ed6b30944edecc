/**
 * How the ts-morph project that prints statements is made. Kept apart from the printer so that the
 * tool's cache, which is keyed by these options, can be opened without loading ts-morph.
 */
export const printProjectOptions = { useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true } as const;
