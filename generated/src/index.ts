// Generated from the @seam-events/catalogue spec. Do not edit: edit the spec and regenerate.
export * from "./types.js";
export * from "./validators.js";
export * from "./fixtures.js";
export * from "./receiver.js";
