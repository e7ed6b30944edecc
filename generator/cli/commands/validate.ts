import { createReadStream, statSync } from "node:fs";
import { ExitCode, UsageError, type Command } from "../args.js";
import { parsePiece, splitJson, JsonSplitter } from "../json-stream.js";
import { stdoutStyle } from "../output.js";
import { loadCatalogueRuntime } from "./package.js";
import { jsonOption, specOption, specPathOf } from "./shared-options.js";
import { formatFailure, type PayloadFailure, type ValidateReport } from "./validate-report.js";

export const validateCommand: Command = {
  spec: {
    name: "validate",
    summary: "Validate payloads (one, a JSON array, or newline-delimited JSON) against the catalogue.",
    usage: "[FILE|-]",
    details: [
      "Reads FILE, or standard input when FILE is - or absent. Input starting with [ is a JSON array; otherwise",
      "one JSON value per line, or values spanning several lines. The input is streamed, never loaded whole.",
      "Exit 0 when every payload is valid, 1 when any is invalid or is not JSON.",
    ].join("\n"),
    options: { spec: specOption, json: jsonOption },
    positionals: { min: 0, max: 1 },
  },
  async run({ values, positionals }) {
    const file = positionals[0] ?? "-";
    if (file === "-" && process.stdin.isTTY) throw new UsageError("no input: give a FILE, or pipe payloads to standard input", "validate");
    if (file !== "-") {
      try {
        if (!statSync(file).isFile()) throw new Error();
      } catch {
        throw new UsageError(`cannot read '${file}': not a file`, "validate");
      }
    }
    const source = file === "-" ? "<stdin>" : file;
    const runtime = await loadCatalogueRuntime(specPathOf(values));
    const discriminator = runtime.model.package.discriminator;
    const input = file === "-" ? process.stdin : createReadStream(file);
    input.setEncoding("utf8");

    const json = values.json === true;
    const splitter = new JsonSplitter();
    const report: ValidateReport = { ok: true, source, format: "ndjson", total: 0, valid: 0, invalid: 0, problems: [], failures: [] };
    let printed: string[] = [];
    const flush = async (force: boolean) => {
      // Batched writes: one write per many lines keeps a large run fast; awaiting respects back-pressure.
      if (printed.length === 0 || (!force && printed.length < 256)) return;
      const text = `${printed.join("\n")}\n`;
      printed = [];
      await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    };
    for await (const item of splitJson(input as AsyncIterable<string>, splitter)) {
      report.format = splitter.format ?? report.format;
      if (item.kind === "problem") {
        report.problems.push({ message: item.message, line: item.line, column: item.column });
        if (!json) printed.push(`${source}:${item.line}:${item.column}: ${item.message}`);
        continue;
      }
      report.total++;
      const parsed = parsePiece(item);
      let failure: PayloadFailure | undefined;
      if (!parsed.ok) {
        failure = { index: item.index, line: item.line, column: item.column, eventType: null, errors: [{ path: "", code: "json_parse", message: parsed.message, line: parsed.line, column: parsed.column }] };
      } else {
        const result = runtime.validate(parsed.value);
        if (!result.ok) {
          const type = (parsed.value as Record<string, unknown> | null)?.[discriminator];
          failure = { index: item.index, line: item.line, column: item.column, eventType: typeof type === "string" ? type : null, errors: result.errors.map(({ path, code, message }) => ({ path, code, message })) };
        }
      }
      if (!failure) {
        report.valid++;
        continue;
      }
      report.invalid++;
      if (json) report.failures.push(failure);
      else printed.push(...formatFailure(source, report.format, failure).map((line) => stdoutStyle.red(line)));
      await flush(false);
    }
    report.format = splitter.format ?? report.format;
    report.ok = report.invalid === 0 && report.problems.length === 0 && report.total > 0;
    if (json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      await flush(true);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
      const summary =
        report.total === 0
          ? "no payloads in the input"
          : `${plural(report.total, "payload")}: ${report.valid} valid, ${report.invalid} invalid${report.problems.length ? `, ${plural(report.problems.length, "framing problem")}` : ""}`;
      process.stdout.write(`${report.ok ? stdoutStyle.green(summary) : stdoutStyle.red(summary)}\n`);
    }
    return report.ok ? ExitCode.ok : ExitCode.failed;
  },
};
