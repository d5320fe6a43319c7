/** Runs `fn`, expecting an InputError, and returns it for exact assertions. */
import { InputError } from "../../src/errors.js";
import { thrownBy } from "../helpers/thrown.js";

export const inputError = (fn: () => unknown): InputError => thrownBy(InputError, fn);
