import { diagnosticCodes, explainCode, isDiagnosticCode } from "../../diagnostics/catalogue.js";
import { ExitCode, suggest, UsageError, type Command } from "../args.js";

export const explainCommand: Command = {
  spec: {
    name: "explain",
    summary: "Explain a spec problem's code ([unknown_key], ...): what causes it and how to fix it.",
    usage: "[CODE]",
    details: "Without a code, every code the tool can report, with its cause and fix.",
    options: {},
    positionals: { min: 0, max: 1 },
  },
  async run({ positionals }) {
    const wanted = positionals[0]?.replace(/^\[|\]$/g, "");
    if (wanted === undefined) {
      process.stdout.write(diagnosticCodes.map(explainCode).join("\n"));
      return ExitCode.ok;
    }
    if (!isDiagnosticCode(wanted)) {
      const hints = suggest(wanted, diagnosticCodes);
      throw new UsageError(`no problem code '${wanted}'${hints.length ? `; did you mean ${hints.join(" or ")}?` : ""}`, "explain");
    }
    process.stdout.write(explainCode(wanted));
    return ExitCode.ok;
  },
};
