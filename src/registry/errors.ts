/** Failures of the registry client. They become problems of the run, never crashes. */

/** A crate name that cannot be turned into an index path (e.g. `../etc`, `a/b`). */
export class InvalidCrateNameError extends Error {
  override name = "InvalidCrateNameError";
  constructor(readonly crate: string) {
    super(`invalid crate name ${JSON.stringify(crate)}`);
  }
}

/** A request that failed after its retries: network error, timeout, bad status, truncated body. */
export class RegistryFetchError extends Error {
  override name = "RegistryFetchError";
  constructor(
    message: string,
    /** HTTP status of the last attempt, when there was a response. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** An index file whose body ends in the middle of a record. */
export class TruncatedIndexError extends Error {
  override name = "TruncatedIndexError";
  constructor() {
    super("index file is truncated (last line is cut off)");
  }
}
