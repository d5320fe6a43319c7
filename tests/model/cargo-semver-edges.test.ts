/** Cargo's requirement syntax at its edges: error messages, wildcards, `>`/`~`/`^` boundaries and pre-release order. */
import { describe, expect, it } from "vitest";
import { isValidRequirement, lowestAdmitted, normalizeRequirement, parseRequirement, RequirementError, satisfies } from "../../src/model/cargo-semver.js";

function errorOf(req: string): string {
  try {
    parseRequirement(req);
  } catch (error) {
    if (error instanceof RequirementError) return error.message;
    throw error;
  }
  return "accepted";
}

describe("rejected requirements", () => {
  it.each([
    ["", "empty version requirement"],
    ["   ", "empty version requirement"],
    [">=1.0, ", "empty comparator in `>=1.0, `"],
    [", 1.0", "empty comparator in `, 1.0`"],
    ["*, >=1.0", "wildcard req (`*`) must be the only comparator"],
    [">=1.0, *", "wildcard req (`*`) must be the only comparator"],
    ["01.2", "invalid leading zero in `01.2`"],
    ["1.02", "invalid leading zero in `1.02`"],
    ["1.2.3.4", "unexpected character in version requirement `1.2.3.4`"],
    ["^*", "invalid wildcard in `^*`"],
    ["1.*.3", "invalid wildcard in `1.*.3`"],
    ["1.2-alpha", "pre-release needs a full version in `1.2-alpha`"],
    ["1.*-alpha", "pre-release needs a full version in `1.*-alpha`"],
  ])("%j: %s", (req, message) => {
    expect(errorOf(req)).toBe(message);
  });

  it("isValidRequirement says the same", () => {
    expect([isValidRequirement("^1.2"), isValidRequirement("1.*.3"), isValidRequirement("")]).toEqual([true, false, false]);
  });

  it.each(["0", "0.0", "1.0.0", "  ^1.2  ", "1.x", "1.X", "1.2.*", "*", "x", ">= 1.2, < 2"])("%j is accepted", (req) => {
    expect(errorOf(req)).toBe("accepted");
  });
});

describe("normalized form", () => {
  it.each([
    ["1.2", "^1.2"],
    ["  1.2.3 ", "^1.2.3"],
    ["1.*", "1.*"],
    ["1.X", "1.*"],
    ["1.2.x", "1.2.*"],
    ["=1.2.*", "=1.2"],
    ["~1.*", "~1"],
    ["X", "*"],
  ])("%j → %j", (req, normal) => {
    expect(normalizeRequirement(req)).toBe(normal);
  });
});

describe("matching at the boundaries", () => {
  it.each([
    ["1.2.3", ">1.2.3", false],
    ["1.2.4", ">1.2.3", true],
    ["1.2.9", ">1.2", false],
    ["1.3.0", ">1.2", true],
    ["1.9.9", ">1", false],
    ["2.0.0", ">1", true],
    ["1.2.3", "<1.2.3", false],
    ["1.2.2", "<1.2.3", true],
    ["1.2.0", "<1.2", false],
    ["1.1.9", "<1.2", true],
    ["1.2.3", "<=1.2.3", true],
    ["1.2.4", "~1.2.3", true],
    ["1.2.3", "~1.2.3", true],
    ["1.2.2", "~1.2.3", false],
    ["1.3.0", "~1.2.3", false],
    ["1.3.0", "~1.2", false],
    ["1.9.0", "~1", true],
    ["1.3.0", "^1.2.3", true],
    ["1.2.4", "^1.2.3", true],
    ["1.2.2", "^1.2.3", false],
    ["1.1.9", "^1.2.3", false],
    ["0.2.4", "^0.2.3", true],
    ["0.3.0", "^0.2.3", false],
    ["0.0.3", "^0.0.3", true],
    ["0.0.4", "^0.0.3", false],
    ["0.1.0", "^0.0", false],
    ["0.0.9", "^0.0", true],
    ["1.5.0", "1.*", true],
    ["2.0.0", "1.*", false],
    ["1.2.9", "=1.2.*", true],
  ])("%s against %s: %s", (version, req, expected) => {
    expect(satisfies(version, req)).toBe(expected);
  });

  it("a pre-release matches only a comparator on the same major.minor.patch with a pre-release", () => {
    expect(satisfies("1.2.3-alpha.2", ">=1.2.3-alpha.1")).toBe(true);
    expect(satisfies("1.2.4-alpha.1", ">=1.2.3-alpha.1")).toBe(false);
    expect(satisfies("1.3.3-alpha.1", ">=1.2.3-alpha.1")).toBe(false);
    expect(satisfies("2.2.3-alpha.1", ">=1.2.3-alpha.1")).toBe(false);
    expect(satisfies("1.2.3-alpha.2", "^1.2.3-alpha.1")).toBe(true);
    expect(satisfies("1.2.3-alpha.2", "~1.2.3-alpha.1")).toBe(true);
    expect(satisfies("1.2.3-alpha.0", "~1.2.3-alpha.1")).toBe(false);
    expect(satisfies("1.2.3", "^1.2.3-alpha.1")).toBe(true);
  });

  it("pre-release identifiers: numbers by value, numbers before words, words by code point, longer wins a tie", () => {
    expect(satisfies("1.0.0-alpha.10", ">1.0.0-alpha.9")).toBe(true);
    expect(satisfies("1.0.0-alpha.9", ">1.0.0-alpha.10")).toBe(false);
    expect(satisfies("1.0.0-alpha.beta", ">1.0.0-alpha.1")).toBe(true);
    expect(satisfies("1.0.0-alpha.1", ">1.0.0-alpha.beta")).toBe(false);
    expect(satisfies("1.0.0-beta", ">1.0.0-alpha")).toBe(true);
    expect(satisfies("1.0.0-alpha", ">1.0.0-alpha")).toBe(false);
    expect(satisfies("1.0.0-alpha.1", ">1.0.0-alpha")).toBe(true);
    expect(satisfies("1.0.0-alpha", ">1.0.0-alpha.1")).toBe(false);
  });
});

describe("lowestAdmitted", () => {
  it.each([
    ["<2", "0.0.0"],
    ["<=1.0", "0.0.0"],
    ["*", "0.0.0"],
    [">1", "2.0.0"],
    [">1.2", "1.3.0"],
    [">1.2.3", "1.2.4"],
    [">1.2.3-rc", "1.2.3-rc.0"],
    ["1.*", "1.0.0"],
    [">=1.2.3-alpha, <2", "1.2.3-alpha"],
    ["=1.2.3", "1.2.3"],
    ["garbage!", null],
  ])("%j → %j", (req, lowest) => {
    expect(lowestAdmitted(req)).toBe(lowest);
  });
});
