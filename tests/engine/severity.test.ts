/** The engine's one order of levels: comparison, the most severe of several, lowering, and the --fail-on threshold. */
import { describe, expect, it } from "vitest";
import { atOrAbove, compareSeverity, lowered, mostSevere, resolveSeverity } from "../../src/engine/severity.js";
import type { Severity } from "../../src/engine/types.js";

const LEVELS: Severity[] = ["error", "warning", "note"];

describe("the fail threshold (--fail-on)", () => {
  it("fails on the threshold's level and every more severe one", () => {
    const table = LEVELS.map((threshold) => LEVELS.map((level) => atOrAbove(level, threshold)));
    expect(table).toEqual([
      [true, false, false], // --fail-on error
      [true, true, false], // --fail-on warning
      [true, true, true], // --fail-on note
    ]);
  });

  it("never fails with `never`", () => {
    expect(LEVELS.map((level) => atOrAbove(level, "never"))).toEqual([false, false, false]);
  });
});

describe("levels", () => {
  it("compares most severe first, and finds the most severe of several", () => {
    expect([...LEVELS].reverse().sort(compareSeverity)).toEqual(LEVELS);
    expect(Math.sign(compareSeverity("warning", "warning"))).toBe(0);
    expect(mostSevere(["note", "warning", "note"])).toBe("warning");
    expect(mostSevere(["note", "error", "warning"])).toBe("error");
    expect(mostSevere([])).toBeUndefined();
  });

  it("lowers one step, stopping at note", () => {
    expect(LEVELS.map(lowered)).toEqual(["warning", "note", "note"]);
  });

  it("resolves a configured level as written, else the rule's lowered once per fact", () => {
    const rule = (setting: Severity | "off", configured = false) => ({ setting, configured });
    expect(resolveSeverity([rule("off")])).toBeNull();
    expect(resolveSeverity([rule("error", true)], { milder: true, devOrBuildOnly: true })).toBe("error");
    expect(resolveSeverity([rule("note"), rule("warning", true)])).toBe("warning");
    expect(resolveSeverity([rule("note"), rule("error")], { milder: true })).toBe("warning");
    expect(resolveSeverity([rule("error")], { replacedByStd: true })).toBe("warning");
    expect(resolveSeverity([rule("error")], { devOrBuildOnly: true, milder: true })).toBe("note");
  });
});
