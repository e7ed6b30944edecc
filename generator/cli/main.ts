import { parseArgs } from "node:util";
import { SpecError } from "../diagnostics/diagnostic.js";
import { checkOutput, generate } from "../pipeline.js";
import { targetNames, type TargetName } from "../targets/target.js";

/** Exit codes: 0 success, 1 a check failed, 2 bad usage or an invalid spec. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      spec: { type: "string" },
      out: { type: "string" },
      templates: { type: "string" },
      only: { type: "string" },
    },
  });
  const only = values.only?.split(",").map((s) => s.trim()) as TargetName[] | undefined;
  const options = { specPath: values.spec, outDir: values.out, templatesDir: values.templates, only };
  if (only?.some((t) => !targetNames.includes(t))) {
    console.error(`--only takes a comma-separated list of: ${targetNames.join(", ")}`);
    return 2;
  }
  switch (command) {
    case "generate": {
      const files = await generate(options);
      console.log(`generated ${files.length} files`);
      return 0;
    }
    case "check": {
      const drift = await checkOutput(options);
      const lines = [
        ...drift.changed.map((f) => `changed: ${f}`),
        ...drift.missing.map((f) => `missing: ${f}`),
        ...drift.extra.map((f) => `not generated: ${f}`),
      ];
      if (lines.length === 0) {
        console.log("generated/ is in step with the spec");
        return 0;
      }
      console.error(`generated/ is out of step with the spec; run \`npm run generate\`:\n${lines.join("\n")}`);
      return 1;
    }
    default:
      console.error("usage: seam-events <generate|check> [--spec PATH] [--out DIR] [--templates DIR] [--only LIST]");
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SpecError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error);
    process.exit(2);
  },
);
