/**
 * Checks of a generated package against injected spec text: every occurrence of a marker lies inside
 * a comment or a string literal (TypeScript's own parser decides), the package compiles under
 * `tsc --strict`, importing and using it runs no injected code, and the Markdown has no raw HTML and
 * no `javascript:` link.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import ts from "typescript";
import { parseDocument } from "yaml";
import { projectRoot } from "../../generator/pipeline.js";
import { VERBATIM_MODULES } from "../../generator/typecheck/type-check.js";
import { createProgram } from "../helpers/typescript.js";

/**
 * Text that ends a block comment, a line comment (by every line terminator), a string or a template,
 * opens HTML or makes a link, and would then set `globalThis.<marker>`.
 */
export function hostileText(marker: string): string {
  return [
    `x */ globalThis.${marker} = 1; /* y`,
    "every */5 minutes",
    `line\nglobalThis.${marker} = 2; //`,
    `separator\u2028globalThis.${marker} = 3; //`,
    `paragraph\u2029globalThis.${marker} = 4; //`,
    `return\rglobalThis.${marker} = 5; //`,
    `quote"; globalThis.${marker} = 6; "`,
    `single'; globalThis.${marker} = 7; '`,
    `tick\`; globalThis.${marker} = 8; \``,
    `\${globalThis.${marker} = 9}`,
    `<script>globalThis.${marker} = 10</script> <img src=x onerror="globalThis.${marker}=11">`,
    `[click](javascript:globalThis.${marker}=12) <javascript:globalThis.${marker}=13>`,
    "```\n<script>globalThis." + marker + " = 14</script>\n```",
    `escape \u001b[31mred\u001b[0m bidi \u202eesrever\u202c`,
  ].join(" ");
}

/** Every file under a folder, relative paths with forward slashes. */
export function listFiles(dir: string, under = ""): string[] {
  return readdirSync(join(dir, under))
    .sort()
    .flatMap((name) => {
      const path = under ? `${under}/${name}` : name;
      return statSync(join(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
    });
}

/**
 * Whether a text parses (its first parse error, or ""), by its kind and content, for the texts that
 * hold no marker: most files are the same in every package a test checks (the runtimes, and all that
 * a case's text does not reach), and are parsed once.
 */
const parseErrorByText = new Map<string, string>();

/** Code the spec put in a file: each place a marker appears outside comments and string literals. */
export function markersAsCode(fileName: string, text: string, markers: readonly string[]): string[] {
  const kind = fileName.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  // The comments and literals are looked for only in a file that holds a marker: most of a package holds none.
  const marked = markers.some((marker) => text.includes(marker));
  const key = marked ? undefined : createHash("sha256").update(`${kind}\n${text}`).digest("hex");
  let parseError = key === undefined ? undefined : parseErrorByText.get(key);
  const source = parseError === undefined ? ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind) : undefined;
  if (source) {
    const parseErrors = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    parseError = parseErrors.length > 0 ? ts.flattenDiagnosticMessageText(parseErrors[0]!.messageText, " ") : "";
    if (key !== undefined) parseErrorByText.set(key, parseError);
  }
  const found = parseError ? [`${fileName}: does not parse: ${parseError}`] : [];
  if (!source || !marked) return found;
  const safe: [number, number][] = [];
  const addComments = (ranges: ts.CommentRange[] | undefined) => ranges?.forEach((range) => safe.push([range.pos, range.end]));
  const visit = (node: ts.Node): void => {
    addComments(ts.getLeadingCommentRanges(text, node.pos));
    addComments(ts.getTrailingCommentRanges(text, node.end));
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) safe.push([node.getStart(source), node.end]);
    // Template heads, middles and tails are text; what sits between them is code.
    if (node.kind === ts.SyntaxKind.TemplateHead || node.kind === ts.SyntaxKind.TemplateMiddle || node.kind === ts.SyntaxKind.TemplateTail) safe.push([node.getStart(source), node.end]);
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  for (const marker of markers) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      if (!safe.some(([start, end]) => at >= start && at + marker.length <= end)) {
        const { line, character } = source.getLineAndCharacterOfPosition(at);
        found.push(`${fileName}:${line + 1}:${character + 1}: ${text.split("\n")[line]}`);
      }
    }
  }
  return found;
}

/**
 * Type errors of each package's sources under the strict options, by the project's own TypeScript, by
 * package folder. One program checks every package (they share TypeScript's lib files and global
 * types, the costly part of a small program); each error belongs to the folder of its file, and an
 * error of no file to every package.
 */
export function strictTypeErrors(outs: readonly string[]): Map<string, string[]> {
  const sources = outs.flatMap((out) => listFiles(out, "src").filter((path) => path.endsWith(".ts")).map((path) => join(out, path)));
  const errors = new Map(outs.map((out) => [out, [] as string[]]));
  // The runtimes are copied verbatim, byte for byte as in generated/ (which npm run check holds to the
  // generator): no spec text reaches them, and their own diagnostics are the project type-check's, as in
  // the generator's (generator/typecheck/type-check.ts). They stay in the program, for the modules that import them.
  const verbatim = (file: string) => outs.some((out) => VERBATIM_MODULES.has(relative(out, file)));
  for (const out of outs) {
    for (const module of VERBATIM_MODULES) {
      const path = join(out, module);
      if (existsSync(path) && readFileSync(path, "utf8") !== readFileSync(join(projectRoot, "generated", module), "utf8")) errors.get(out)!.push(`${module}: not the runtime as generated/ holds it`);
    }
  }
  const program = createProgram(sources, {
    strict: true,
    noEmit: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    skipLibCheck: true,
  });
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const file of sources.filter((source) => !verbatim(source))) {
    const parsed = program.getSourceFile(file)!;
    diagnostics.push(...program.getSyntacticDiagnostics(parsed), ...program.getSemanticDiagnostics(parsed));
  }
  for (const d of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    const owners = d.file ? outs.filter((out) => !relative(out, d.file!.fileName).startsWith("..")) : outs;
    for (const out of owners) {
      const where = d.file && d.start !== undefined ? `${relative(out, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : "";
      errors.get(out)!.push(`${where} ${message}`);
    }
  }
  return errors;
}

/** Every link a Markdown text makes, and its raw HTML, as a permissive renderer would see them. */
export function markdownProblems(path: string, text: string, markers: readonly string[]): string[] {
  const markdown = new MarkdownIt({ html: true });
  // The default refuses javascript: links silently; here every link is made so that it can be seen.
  markdown.validateLink = () => true;
  const all = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...all(t.children ?? [])]);
  const problems: string[] = [];
  // Front matter is YAML, not Markdown: each of its values must stay one plain scalar.
  const frontMatter = /^---\n([^]*?)\n---\n/.exec(text);
  if (frontMatter) {
    const document = parseDocument(frontMatter[1]!);
    const values = Object.values((document.toJS() ?? {}) as Record<string, unknown>);
    if (document.errors.length > 0 || values.some((v) => typeof v !== "string" && typeof v !== "number")) problems.push(`${path}: front matter is not plain values`);
  }
  for (const token of all(markdown.parse(frontMatter ? text.slice(frontMatter[0].length) : text, {}))) {
    if (token.type === "html_block" || token.type === "html_inline") problems.push(`${path}: raw HTML ${JSON.stringify(token.content)}`);
    const href = token.type === "link_open" ? String(token.attrGet("href") ?? "") : "";
    if (/^\s*(javascript|data|vbscript):/i.test(decodeURIComponent(href.replace(/%(?![0-9a-f]{2})/gi, "%25")))) problems.push(`${path}: link to ${href}`);
    // A heading's anchor is made from its text, as GitHub makes it: letters, digits, - and _ only.
    const [target = "", anchor = ""] = href.split("#");
    if (markers.some((marker) => target.includes(marker)) || !/^[\p{L}\p{M}\p{N}_-]*$/u.test(anchor)) problems.push(`${path}: link made from spec text: ${href}`);
  }
  return problems;
}

export interface HostilePackage {
  out: string;
  /** The names of the globals its injected text would set: each package has markers of its own. */
  markers: readonly string[];
  unionName: string;
  typesConst: string;
}

/**
 * Imports each built package (ES module and CommonJS) in one new process and uses it: every event's
 * fixture, validated, and its invalid cases. Returns, by package folder, what went wrong: injected
 * globals that got set (known by their markers) and any failure to load or use the package.
 */
export function injectedGlobals(packages: readonly HostilePackage[]): Map<string, string[]> {
  const script = `
    const { createRequire } = require("node:module");
    const { pathToFileURL } = require("node:url");
    (async () => {
      const failures = {};
      for (const { out, unionName, typesConst } of ${JSON.stringify(packages)}) {
        try {
          const esm = await import(pathToFileURL(out + "/dist/esm/index.js").href);
          const cjs = createRequire(out + "/package.json")(out + "/dist/cjs/index.js");
          for (const m of [esm, cjs]) {
            for (const type of m[typesConst]) {
              const event = m["create" + unionName](type);
              if (!m["validate" + unionName](event).ok) throw new Error("fixture of " + type + " is invalid");
              m["createInvalid" + unionName + "s"](type).forEach((c) => m["validate" + unionName](c.payload));
            }
          }
        } catch (e) {
          failures[out] = String((e && e.stack) || e);
        }
      }
      process.stdout.write(JSON.stringify({ failures, set: Object.keys(globalThis).filter((k) => k.startsWith("__pwned")) }));
    })().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(3); });`;
  const { failures, set } = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as { failures: Record<string, string>; set: string[] };
  return new Map(
    packages.map((p) => {
      // A global that no package's marker names could come from any of them: each is blamed.
      const ran = set.filter((name) => p.markers.includes(name) || !packages.some((other) => other.markers.includes(name)));
      return [p.out, [...(failures[p.out] ? [`using the package failed: ${failures[p.out]}`] : []), ...(ran.length > 0 ? [`importing the package ran injected code: ${ran.join(", ")}`] : [])]];
    }),
  );
}

/** What the text checks find in one output folder: code outside comments and strings, bad JSON, unsafe Markdown. */
function textProblems(out: string, markers: readonly string[]): string[] {
  const problems: string[] = [];
  for (const path of listFiles(out)) {
    const text = readFileSync(join(out, path), "utf8");
    if (/\.(ts|js)$/.test(path)) problems.push(...markersAsCode(path, text, markers));
    else if (path.endsWith(".json")) {
      try {
        JSON.parse(text);
      } catch (error) {
        problems.push(`${path}: not JSON: ${String(error)}`);
      }
    } else if (path.endsWith(".md")) problems.push(...markdownProblems(path, text, markers));
  }
  return problems;
}

/**
 * Every check over each output folder, by folder; an empty list for a package that is safe. The
 * packages are type-checked in one program and imported in one process (see above); the other checks
 * read each folder on its own.
 */
export function unsafeOutputs(packages: readonly HostilePackage[]): Map<string, string[]> {
  const typeErrors = strictTypeErrors(packages.map((p) => p.out));
  const ran = injectedGlobals(packages);
  return new Map(packages.map((p) => [p.out, [...textProblems(p.out, p.markers), ...typeErrors.get(p.out)!, ...ran.get(p.out)!]]));
}

/** Every check over one output folder; an empty list when the package is safe. */
export function unsafeOutput(out: string, markers: readonly string[], names: { unionName: string; typesConst: string }): string[] {
  return unsafeOutputs([{ out, markers, ...names }]).get(out)!;
}
