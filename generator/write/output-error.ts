/**
 * Why the writer will not write, or could not: an unsafe emitted path, an output folder the tool does
 * not own or that holds the spec, a lock it could not get. The message says what to do; the command
 * prints it without a stack trace and exits 2. Nothing in the output folder has changed when it is thrown.
 */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}
