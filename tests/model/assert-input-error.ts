/** Runs `fn`, expecting an InputError, and returns it for exact assertions. */
import { expect } from "vitest";
import { InputError } from "../../src/errors.js";

export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError, but nothing was thrown");
}
