import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNames } from "../../src/util/name-order.js";

const nameChars = fc.constantFrom(..."aAbBzZ09_-mM5".split(""));
const name = fc.array(nameChars, { maxLength: 8 }).map((chars) => chars.join(""));

describe("compareNames", () => {
  it("orders crate names as localeCompare does in English (the root collation)", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(Math.sign(compareNames(a, b))).toBe(Math.sign(a.localeCompare(b, "en")));
      }),
      { numRuns: 5000 },
    );
  });

  it("puts _ before -, digits before letters, and lower case before upper case", () => {
    expect(["ab", "Ab", "a1", "a-b", "aB", "a_b", "a"].sort(compareNames)).toEqual(["a", "a_b", "a-b", "a1", "ab", "aB", "Ab"]);
  });

  it("leaves names with other characters to the English collation", () => {
    expect(Math.sign(compareNames("été", "ete"))).toBe(Math.sign("été".localeCompare("ete", "en")));
    expect(compareNames("été", "été")).toBe(0);
  });
});
