/** The command-line tool's entry: bin/seam-events.js runs this file. */
import { fail, runTool } from "./main.js";

// Whatever escapes the command's promise (an error thrown in a callback) is still reported in one line.
process.on("uncaughtException", (error) => process.exit(fail(error)));

// Exit once output is flushed: process.exitCode rather than process.exit, so piped stdout is not cut short.
void runTool(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
