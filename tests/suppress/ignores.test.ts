import { describe, expect, it } from "vitest";
import type { IgnoreEntry } from "../../src/config/types.js";
import { fingerprintOf } from "../../src/engine/fingerprint.js";
import { applyIgnores } from "../../src/suppress/ignores.js";
import { makeFinding } from "./make-finding.js";

const CONFIG = "/ws/cargo-sunset.toml";

function ignore(fields: Partial<IgnoreEntry> & { crate: string }, line = 1): IgnoreEntry {
  return { reason: "accepted for now", file: CONFIG, relativeFile: "cargo-sunset.toml", line, column: 1, endLine: line, endColumn: 11, ...fields };
}

const warpApi = makeFinding({ ruleId: "declining-crate", crate: { name: "warp", version: "0.3.7", req: "^0.3" }, file: "/ws/api/Cargo.toml", line: 7, member: "api" });
const warpWeb = makeFinding({ ruleId: "declining-crate", crate: { name: "warp", req: "^0.3.2" }, file: "/ws/web/Cargo.toml", line: 9, member: "web" });
const warpStale = makeFinding({ ruleId: "stale-crate", crate: { name: "warp", version: "0.3.7" }, file: "/ws/api/Cargo.toml", line: 7, member: "api" });
const tide = makeFinding({ ruleId: "declining-crate", crate: { name: "tide", version: "0.16.0" }, file: "/ws/api/Cargo.toml", line: 8, member: "api" });
const ALL = [warpApi, warpWeb, warpStale, tide];
const NOW = new Date("2026-06-01T12:00:00Z");

describe("applyIgnores", () => {
  it("matches by crate name alone when nothing else is given", () => {
    const entry = ignore({ crate: "warp" });
    const result = applyIgnores(ALL, [entry], NOW);
    expect(result.suppressed.map((s) => s.finding)).toEqual([warpApi, warpWeb, warpStale]);
    expect(result.suppressed.every((s) => s.by === entry)).toBe(true);
    expect(result.kept).toEqual([tide]);
    expect(result.problems).toEqual([]);
  });

  it("narrows by rule and by members", () => {
    expect(applyIgnores(ALL, [ignore({ crate: "warp", rule: "stale-crate" })], NOW).kept).toEqual([warpApi, warpWeb, tide]);
    expect(applyIgnores(ALL, [ignore({ crate: "warp", members: ["web"] })], NOW).kept).toEqual([warpApi, warpStale, tide]);
  });

  it("matches versions against the locked version, else the lowest version the requirement admits", () => {
    // warpApi is locked at 0.3.7; warpWeb has only ^0.3.2 (lowest 0.3.2).
    expect(applyIgnores(ALL, [ignore({ crate: "warp", version: "<0.3.5" })], NOW).suppressed.map((s) => s.finding)).toEqual([warpWeb]);
    expect(applyIgnores(ALL, [ignore({ crate: "warp", version: ">=0.3.5, <0.4" })], NOW).suppressed.map((s) => s.finding)).toEqual([warpApi, warpStale]);
  });

  it("still suppresses on the day of `until` and stops the day after, with a warning at the ignore", () => {
    const entry = ignore({ crate: "tide", until: "2027-03-31" }, 12);
    const lastDay = applyIgnores([tide], [entry], new Date("2027-03-31T23:59:59Z"));
    expect(lastDay.suppressed).toHaveLength(1);
    expect(lastDay.problems).toEqual([]);

    const dayAfter = applyIgnores([tide], [entry], new Date("2027-04-01T00:00:00Z"));
    expect(dayAfter.kept).toEqual([tide]);
    expect(dayAfter.problems).toHaveLength(1);
    expect(dayAfter.problems[0]).toMatchObject({
      ruleId: "expired-ignore",
      severity: "warning",
      crate: { name: "tide" },
      location: { file: CONFIG, line: 12, column: 1, endLine: 12, endColumn: 11 },
    });
    expect(dayAfter.problems[0]?.message).toContain("expired on 2027-03-31");
  });

  it("reports ignores that matched nothing as notes, with stable fingerprints", () => {
    const unused = ignore({ crate: "gotham", rule: "declining-crate" }, 20);
    const result = applyIgnores(ALL, [ignore({ crate: "tide" }), unused], NOW);
    expect(result.problems.map((p) => [p.ruleId, p.severity, p.location.line, p.crate.name])).toEqual([["unused-ignore", "note", 20, "gotham"]]);
    expect(result.problems[0]?.fingerprint).toBe(fingerprintOf(["unused-ignore", "gotham", "cargo-sunset.toml", "declining-crate", "", ""]));
    const moved = applyIgnores(ALL, [{ ...unused, line: 40, endLine: 40 }], NOW);
    expect(moved.problems[0]?.fingerprint).toBe(result.problems[0]?.fingerprint);
  });

  it("counts every matching ignore as used when two overlap", () => {
    const result = applyIgnores([tide], [ignore({ crate: "tide" }), ignore({ crate: "tide", rule: "declining-crate" }, 5)], NOW);
    expect(result.problems).toEqual([]);
  });
});
