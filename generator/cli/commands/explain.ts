import { diagnosticCatalogue, diagnosticCodes, explainCode, isDiagnosticCode, type CatalogueEntry, type DiagnosticCode } from "../../diagnostics/catalogue.js";
import { ExitCode, suggest, UsageError, type Command } from "../args.js";
import { jsonOption } from "./shared-options.js";

export const explainCommand: Command = {
  spec: {
    name: "explain",
    summary: "Explain a spec problem's code ([unknown_key], ...): what causes it and how to fix it.",
    usage: "[CODE]",
    details: "Without a code, every code the tool can report, with its cause and fix.",
    options: { json: jsonOption },
    positionals: { min: 0, max: 1 },
  },
  async run({ values, positionals }) {
    const wanted = positionals[0]?.replace(/^\[|\]$/g, "");
    const print = (codes: readonly DiagnosticCode[]) =>
      process.stdout.write(
        values.json
          ? `${JSON.stringify({ codes: codes.map((code) => { const { title, cause, fix } = diagnosticCatalogue[code] as CatalogueEntry; return { code, title, cause, fix }; }) }, null, 2)}\n`
          : codes.map(explainCode).join("\n"),
      );
    if (wanted === undefined) {
      print(diagnosticCodes);
      return ExitCode.ok;
    }
    if (!isDiagnosticCode(wanted)) {
      const hints = suggest(wanted, diagnosticCodes);
      throw new UsageError(`no problem code '${wanted}'${hints.length ? `; did you mean ${hints.join(" or ")}?` : ""}`, "explain");
    }
    print([wanted]);
    return ExitCode.ok;
  },
};
