/** The one rule for spec text in a shell command of the docs (the README's `npm install` line). */

/**
 * One shell word that means exactly `text`: bare when it holds only characters no shell treats
 * specially, else ANSI-C quoted (`$'…'`, bash and zsh), with quotes, backslashes and every
 * non-printable character escaped, so that it stays one word on one line.
 */
export function shellWord(text: string): string {
  if (/^[A-Za-z0-9@%+=:,./_-]+$/.test(text)) return text;
  const escaped = [...text]
    .map((c) => {
      if (c === "\\" || c === "'") return `\\${c}`;
      const code = c.codePointAt(0)!;
      if (code >= 0x20 && code < 0x7f) return c;
      return code > 0xffff ? `\\U${code.toString(16).padStart(8, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    })
    .join("");
  return `$'${escaped}'`;
}
