#!/usr/bin/env node
// The command-line tool runs the TypeScript sources directly through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../generator/cli/main.ts");
