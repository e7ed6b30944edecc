import * as prettier from "prettier";
import oxc from "@prettier/plugin-oxc";
import { readFileSync, readdirSync } from "node:fs";
const files = readdirSync("generated/src").filter(f=>f.endsWith(".ts")).map(f=>readFileSync("generated/src/"+f,"utf8"));
for (const parser of [process.argv[2]]) {
  const t0 = process.cpuUsage();
  for (const f of files) await prettier.format(f, { parser, plugins: [oxc], printWidth: 100 });
  const u = process.cpuUsage(t0);
  console.log(parser, (u.user+u.system)/1e6);
}
