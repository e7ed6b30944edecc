export * from "./types.js";
export * from "./validators.js";
export * from "./fixtures.js";
export * from "./receiver.js";
//# sourceMappingURL=index.d.ts.map
