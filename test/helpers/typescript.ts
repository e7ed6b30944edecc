/**
 * ts.createProgram for tests that type-check many small programs: TypeScript's own lib files (the
 * DOM's among them, most of the text) are parsed and bound once per test file and shared by every
 * program made with the same options, instead of once per program. Files outside TypeScript's lib
 * folder are read afresh each time, so each program still sees the files as they are now.
 */
import { dirname } from "node:path";
import ts from "typescript";

const libFolder = dirname(ts.getDefaultLibFilePath({}));
const libFiles = new Map<string, ts.SourceFile | undefined>();

export function createProgram(rootNames: readonly string[], options: ts.CompilerOptions): ts.Program {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  // A bound source file keeps what binding derived from the options: shared only between programs with the same ones.
  const optionsKey = JSON.stringify(options);
  host.getSourceFile = (fileName, languageVersion, onError, fresh) => {
    if (dirname(fileName) !== libFolder) return read(fileName, languageVersion, onError, fresh);
    const key = `${optionsKey}\0${JSON.stringify(languageVersion)}\0${fileName}`;
    if (!libFiles.has(key)) libFiles.set(key, read(fileName, languageVersion, onError, fresh));
    return libFiles.get(key);
  };
  return ts.createProgram({ rootNames, options, host });
}
