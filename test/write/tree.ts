/** Whole folder trees as data, to show byte for byte that nothing changed. */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

/** Every entry under dir (folders, empty ones too, files with their bytes, links with their target), by relative path. */
export function treeOf(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stats = lstatSync(path);
      const key = `${prefix}${name}`;
      if (stats.isSymbolicLink()) tree[key] = `link -> ${readlinkSync(path)}`;
      else if (stats.isDirectory()) {
        tree[`${key}/`] = "folder";
        walk(path, `${key}/`);
      } else tree[key] = readFileSync(path).toString("base64");
    }
  };
  walk(dir, "");
  return tree;
}
