/** Counting and ordering shared by every reporter. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareSeverity, countSeverities, describeCounts, sortFindings, sortNotes } from "../../src/report/severity.js";
import { finding, location, ROOT } from "../helpers/findings.js";

describe("severity counts", () => {
  it("counts each level and the total", () => {
    const findings = [finding({ severity: "error" }), finding({ severity: "note" }), finding({ severity: "note" }), finding({ severity: "warning" })];
    expect(countSeverities(findings)).toEqual({ errors: 1, warnings: 1, notes: 2, total: 4 });
    expect(countSeverities([])).toEqual({ errors: 0, warnings: 0, notes: 0, total: 0 });
  });

  it("describes counts with singular and plural words", () => {
    expect(describeCounts({ errors: 0, warnings: 0, notes: 0, total: 0 })).toBe("no problems");
    expect(describeCounts({ errors: 1, warnings: 0, notes: 0, total: 1 })).toBe("1 problem (1 error, 0 warnings, 0 notes)");
    expect(describeCounts({ errors: 2, warnings: 1, notes: 3, total: 6 })).toBe("6 problems (2 errors, 1 warning, 3 notes)");
  });

  it("ranks error before warning before note", () => {
    expect(Math.sign(compareSeverity("error", "warning"))).toBe(-1);
    expect(Math.sign(compareSeverity("note", "warning"))).toBe(1);
    expect(compareSeverity("note", "note")).toBe(0);
  });
});

describe("finding order", () => {
  const at = (file: string, line: number, column: number, ruleId = "declining-crate", crate = "tide") =>
    finding({ ruleId, crate: { name: crate }, location: location({ file: join(ROOT, file), line, column }) });

  it("sorts by file, then line, column, rule id and crate name", () => {
    const expected = [
      at("Cargo.toml", 2, 1),
      at("Cargo.toml", 2, 5, "declining-crate", "gotham"),
      at("Cargo.toml", 2, 5, "declining-crate", "tide"),
      at("Cargo.toml", 2, 5, "stale-crate", "async-std"),
      at("Cargo.toml", 10, 1),
      at("crates/a/Cargo.toml", 1, 1),
    ];
    expect(sortFindings([...expected].reverse())).toEqual(expected);
    expect(sortFindings([expected[3]!, expected[0]!, expected[5]!, expected[1]!, expected[4]!, expected[2]!])).toEqual(expected);
  });

  it("keeps equal findings and leaves its input untouched", () => {
    const input = [at("b/Cargo.toml", 1, 1), at("a/Cargo.toml", 1, 1)];
    const copy = [...input];
    expect(sortFindings(input).map((f) => f.location.file)).toEqual([join(ROOT, "a/Cargo.toml"), join(ROOT, "b/Cargo.toml")]);
    expect(input).toEqual(copy);
    const same = [at("Cargo.toml", 1, 1), at("Cargo.toml", 1, 1)];
    expect(sortFindings(same)).toEqual(same);
  });

  it("puts more severe notes first and keeps the order of notes of one level", () => {
    const notes = [
      { level: "note" as const, message: "a" },
      { level: "warning" as const, message: "b" },
      { level: "note" as const, message: "c" },
      { level: "error" as const, message: "d" },
    ];
    expect(sortNotes(notes).map((n) => n.message)).toEqual(["d", "b", "a", "c"]);
    expect(notes.map((n) => n.message)).toEqual(["a", "b", "c", "d"]);
  });
});
