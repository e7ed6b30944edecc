/** The command-line tool's entry: bin/seam-events.js runs this file. */
import { runTool } from "./main.js";

// Exit once output is flushed: process.exitCode rather than process.exit, so piped stdout is not cut short.
void runTool(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
