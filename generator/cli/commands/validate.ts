import { createReadStream, statSync } from "node:fs";
import { resolve } from "node:path";
import { ExitCode, integerOption, stringOption, UsageError, type Command } from "../args.js";
import { JsonSplitter, parsePiece, type FramingProblem, type JsonPiece } from "../json-stream.js";
import { githubAnnotation, stderrStyle, StdoutWriter, stdoutStyle } from "../output.js";
import { formatOf, formatOption, jsonOption, specOption, specPathOf } from "./shared-options.js";
import { loadValidator } from "./validate-package.js";
import { formatFailure, JsonReport, JunitStream, printable, type PayloadFailure } from "./validate-report.js";

/** The output folder `generate` writes by default (as pipeline.ts has it; not imported, so that start-up does not load the generator). */
const defaultOutDir = resolve(import.meta.dirname, "../../../generated");
const DEFAULT_MAX_ERRORS = 100;

export const validateCommand: Command = {
  spec: {
    name: "validate",
    summary: "Validate payloads (one, a JSON array, or newline-delimited JSON) against the catalogue.",
    usage: "[FILE|-]",
    details: [
      "Reads FILE, or standard input when FILE is - or absent. Input starting with [ is a JSON array; otherwise",
      "one JSON value per line, or values spanning several lines. The input is streamed, never loaded whole.",
      "Uses the output folder's compiled validators when generate or check last found it in step with the",
      "spec, and otherwise builds them from the spec in memory.",
      "Exit 0 when every payload is valid, 1 when any is invalid or is not JSON.",
    ].join("\n"),
    options: {
      spec: specOption,
      out: { type: "string", value: "DIR", description: "Output folder whose compiled validators to use when in step (default: generated)." },
      "max-errors": { type: "string", value: "N", description: `Errors listed per payload at most (default: ${DEFAULT_MAX_ERRORS}).` },
      json: jsonOption,
      format: formatOption,
    },
    positionals: { min: 0, max: 1 },
  },
  async run({ values, positionals }) {
    const outputFormat = formatOf(values, "validate");
    const github = outputFormat === "github";
    const file = positionals[0] ?? "-";
    if (file === "-" && process.stdin.isTTY) throw new UsageError("no input: give a FILE, or pipe payloads to standard input", "validate");
    if (file !== "-") {
      try {
        if (!statSync(file).isFile()) throw new Error();
      } catch {
        throw new UsageError(`cannot read '${printable(file)}': not a file`, "validate");
      }
    }
    const maxErrors = integerOption(values, "max-errors", DEFAULT_MAX_ERRORS)!;
    if (maxErrors < 1) throw new UsageError("--max-errors must be at least 1", "validate");
    const outDir = resolve(stringOption(values, "out") ?? defaultOutDir);
    const validator = await loadValidator({ specPath: specPathOf(values), outDir, maxErrors });
    const source = file === "-" ? "<stdin>" : file;
    const input = file === "-" ? process.stdin : createReadStream(file);
    input.setEncoding("utf8");

    const out = new StdoutWriter();
    const splitter = new JsonSplitter();
    const report = values.json === true ? new JsonReport(source, validator.origin, (text) => out.write(text)) : undefined;
    const junit = outputFormat === "junit" ? new JunitStream(source, (text) => out.write(text)) : undefined;
    const shownSource = printable(source);
    const counts = { total: 0, valid: 0, invalid: 0 };
    let problems = 0;

    const handle = (item: JsonPiece | FramingProblem) => {
      const format = splitter.format ?? "ndjson";
      if (item.kind === "problem") {
        problems++;
        if (report) report.problem({ message: item.message, line: item.line, column: item.column });
        else if (junit) junit.problem({ message: item.message, line: item.line, column: item.column });
        else if (github) out.write(githubAnnotation("error", { ...annotatedFile, line: item.line, col: item.column, title: "json_framing" }, item.message));
        else out.write(`${stdoutStyle.red(`${shownSource}:${item.line}:${item.column}: ${item.message}`)}\n`);
        return;
      }
      counts.total++;
      const failure = failureOf(item);
      if (!failure) {
        counts.valid++;
        junit?.passed(format, item);
        return;
      }
      counts.invalid++;
      if (report) report.failure(format, failure);
      else if (junit) junit.failure(format, failure);
      else if (github) for (const line of githubFailure(failure)) out.write(line);
      else for (const line of formatFailure(shownSource, format, failure)) out.write(`${stdoutStyle.red(line)}\n`);
    };

    // An annotation points at the input file's line; standard input has no file to point at.
    const annotatedFile = file === "-" ? {} : { file };
    const githubFailure = (failure: PayloadFailure): string[] => {
      const lines = failure.errors.map((error) =>
        githubAnnotation(
          "error",
          { ...annotatedFile, line: error.line ?? failure.line, col: error.column ?? failure.column, title: error.code },
          `${error.path === "" ? "(root)" : error.path}: ${error.message}`,
        ),
      );
      if (failure.moreErrors) lines.push(githubAnnotation("warning", { ...annotatedFile, line: failure.line, col: failure.column }, `more errors not listed (at most ${failure.errors.length} per payload; see --max-errors)`));
      return lines;
    };

    const failureOf = (item: JsonPiece): PayloadFailure | undefined => {
      const where = { index: item.index, line: item.line, column: item.column };
      const parsed = parsePiece(item);
      if (!parsed.ok) {
        return { ...where, eventType: null, errors: [{ path: "", code: "json_parse", message: parsed.message, line: parsed.line, column: parsed.column }] };
      }
      const outcome = validator.check(parsed.value);
      if (outcome.ok) return undefined;
      const value = parsed.value;
      const type = typeof value === "object" && value !== null && Object.hasOwn(value, validator.discriminator) ? (value as Record<string, unknown>)[validator.discriminator] : undefined;
      return { ...where, eventType: typeof type === "string" ? type : null, errors: outcome.errors, ...(outcome.more ? { moreErrors: true as const } : {}) };
    };

    // Each chunk's payloads are handled synchronously; the only wait is for standard output to take a batch.
    for await (const chunk of input as AsyncIterable<string>) {
      for (const item of splitter.push(chunk)) handle(item);
      if (out.full) await out.flush();
      if (out.closed) break;
    }
    if (!out.closed) for (const item of splitter.end()) handle(item);

    const ok = counts.invalid === 0 && problems === 0 && counts.total > 0;
    const format = splitter.format ?? "ndjson";
    if (report) report.end(format, { ok, ...counts });
    else if (junit) junit.end(counts.total);
    if (!report) {
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
      const summary =
        counts.total === 0
          ? "no payloads in the input"
          : `${plural(counts.total, "payload")}: ${counts.valid} valid, ${counts.invalid} invalid${problems ? `, ${plural(problems, "framing problem")}` : ""}`;
      // Under --format github or junit standard output holds the report only; the summary goes to the log.
      if (github || junit) process.stderr.write(`${summary}\n`);
      else out.write(`${ok ? stdoutStyle.green(summary) : stdoutStyle.red(summary)}\n`);
    }
    await out.end();
    if (out.error) {
      process.stderr.write(`${stderrStyle.red("error")}: cannot write to standard output: ${out.error.message}\n`);
      return ExitCode.usage;
    }
    // A reader that went away early (EPIPE) gets the verdict on what was read so far.
    return ok || (out.closed && counts.invalid === 0 && problems === 0) ? ExitCode.ok : ExitCode.failed;
  },
};
