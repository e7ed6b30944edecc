/** What the emitter scan must catch: spec text written into generated code without the escaping rule. */
import { commentText } from "../../generator/escape/typescript.js";

declare const group: { title: string; description: string };
declare const pkg: { name: string };
declare const event: { aliases: string[] };

export const unescaped = [
  `/** ${group.title} */`,
  `// Generated from ${pkg.name}`,
  `const x = ${JSON.stringify(group.description)};`,
  `/** ${commentText(group.description)} */`,
  ...event.aliases.map((alias) => `"${alias}"`),
];
