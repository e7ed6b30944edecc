/** The options that name the upstream event schemas, shared by `drift` and `import`. */
import { DEFAULT_UPSTREAM_PACKAGE, readUpstreamFile, readUpstreamPackage, type UpstreamDocument } from "../../drift/upstream-source.js";
import { UpstreamError } from "../../drift/upstream-model.js";
import { stringOption, UsageError, type OptionSpec, type ParsedArgs } from "../args.js";

export const upstreamOptionSpecs: Record<string, OptionSpec> = {
  against: { type: "string", value: "FILE", description: "An OpenAPI document (JSON or YAML) with the upstream event schemas." },
  "against-package": {
    type: "string",
    value: "NAME",
    description: `An installed package that exports the OpenAPI document as \`openapi\` (default: ${DEFAULT_UPSTREAM_PACKAGE}).`,
  },
};

export function readUpstream(values: ParsedArgs["values"], command: string): UpstreamDocument {
  const file = stringOption(values, "against");
  const pkg = stringOption(values, "against-package");
  if (file !== undefined && pkg !== undefined) throw new UsageError("give either --against FILE or --against-package NAME, not both", command);
  try {
    return file !== undefined ? readUpstreamFile(file) : readUpstreamPackage(pkg ?? DEFAULT_UPSTREAM_PACKAGE);
  } catch (error) {
    if (error instanceof UpstreamError) throw new UsageError(error.message, command);
    throw error;
  }
}
