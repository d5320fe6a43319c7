/** Errors the CLI turns into exit code 2 with a one-line message. Anything else is an internal bug. */

/** Wrong flags or arguments. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A manifest, lockfile or other input file cargo would reject, located at file:line:col. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
  }

  /** The same error with the file shown relative to `cwd` (or as given when outside it). */
  describe(relativize: (file: string) => string): string {
    return `${relativize(this.file)}:${this.line}:${this.column}: ${this.problem}`;
  }
}
