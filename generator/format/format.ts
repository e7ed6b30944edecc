import * as prettier from "prettier";
import type { EmittedFile } from "../targets/target.js";

const parsers: Record<string, string> = { ts: "typescript", js: "babel", cjs: "babel", json: "json", md: "markdown" };

/** Formats every file prettier knows by its extension; other files pass through unchanged. */
export async function formatFiles(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = parsers[file.path.split(".").pop() ?? ""];
      if (!parser) return file;
      const contents = await prettier.format(file.contents, { parser, printWidth: 100, proseWrap: "preserve" });
      return { path: file.path, contents };
    }),
  );
}
