import { resolve } from "node:path";

/** The catalogue this project holds: the spec read when none is named. */
export const defaultSpecPath = resolve(import.meta.dirname, "../../spec/catalogue");
