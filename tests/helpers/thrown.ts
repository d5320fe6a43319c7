/** Runs `fn`, expecting it to throw an instance of `type`, and returns the error for exact assertions. */
import { expect } from "vitest";

export function thrownBy<E extends Error>(type: new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}
