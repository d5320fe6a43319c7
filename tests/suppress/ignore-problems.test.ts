/** The findings `[[ignore]]` entries produce themselves: exact messages, suggestions and fingerprints. */
import { describe, expect, it } from "vitest";
import type { IgnoreEntry } from "../../src/config/types.js";
import { fingerprintOf } from "../../src/engine/fingerprint.js";
import { applyIgnores, ignoreMatches, isExpired } from "../../src/suppress/ignores.js";
import { makeFinding } from "./make-finding.js";

const CONFIG = "/ws/cargo-sunset.toml";
const NOW = new Date("2026-06-01T12:00:00Z");

function ignore(fields: Partial<IgnoreEntry> & { crate: string }): IgnoreEntry {
  return { reason: "moving to axum", file: CONFIG, relativeFile: "cargo-sunset.toml", line: 3, column: 1, endLine: 3, endColumn: 11, ...fields };
}

const warp = makeFinding({ ruleId: "declining-crate", crate: { name: "warp", version: "0.3.7" }, file: "/ws/Cargo.toml", line: 7, member: "api" });
const unlocked = makeFinding({ ruleId: "declining-crate", crate: { name: "warp" }, file: "/ws/Cargo.toml", line: 7 });

describe("unused and expired ignores", () => {
  it("describes an unused ignore with its crate alone when it has no version or rule", () => {
    const [problem] = applyIgnores([], [ignore({ crate: "gotham" })], NOW).problems;
    expect(problem).toEqual({
      ruleId: "unused-ignore",
      severity: "note",
      message: "ignore of `gotham` matched no finding",
      crate: { name: "gotham" },
      location: { file: CONFIG, line: 3, column: 1, endLine: 3, endColumn: 11 },
      relatedLocations: [],
      suggestion: "remove this ignore",
      messageId: "unused",
      fingerprint: fingerprintOf(["unused-ignore", "gotham", "cargo-sunset.toml", "", "", ""]),
    });
  });

  it("names the version and the rule an ignore is narrowed to, in that order", () => {
    const entries = [
      ignore({ crate: "warp", version: "<0.3" }),
      ignore({ crate: "warp", rule: "stale-crate" }),
      ignore({ crate: "warp", version: "<0.3", rule: "stale-crate", members: ["api", "web"] }),
    ];
    const problems = applyIgnores([], entries, NOW).problems;
    expect(problems.map((p) => p.message)).toEqual([
      "ignore of `warp` (version <0.3) matched no finding",
      "ignore of `warp` (rule stale-crate) matched no finding",
      "ignore of `warp` (version <0.3, rule stale-crate) matched no finding",
    ]);
    expect(problems[2]!.fingerprint).toBe(fingerprintOf(["unused-ignore", "warp", "cargo-sunset.toml", "stale-crate", "<0.3", "api,web"]));
    expect(new Set(problems.map((p) => p.fingerprint)).size).toBe(3);
  });

  it("says when an ignore expired, what it was for, and how to renew it", () => {
    const [problem] = applyIgnores([warp], [ignore({ crate: "warp", until: "2026-05-31" })], NOW).problems;
    expect(problem!.ruleId).toBe("expired-ignore");
    expect(problem!.severity).toBe("warning");
    expect(problem!.message).toBe("ignore of `warp` expired on 2026-05-31; its findings are reported again (reason was: moving to axum)");
    expect(problem!.suggestion).toBe("fix the findings, or extend `until` with a new reason");
  });
});

describe("ignore matching", () => {
  it("expires only with an `until` date, after that UTC day", () => {
    expect(isExpired(ignore({ crate: "warp" }), NOW)).toBe(false);
    expect(isExpired(ignore({ crate: "warp", until: "2026-06-01" }), NOW)).toBe(false);
    expect(isExpired(ignore({ crate: "warp", until: "2026-05-31" }), NOW)).toBe(true);
  });

  it("never matches a version range when the finding has neither a version nor a requirement", () => {
    expect(ignoreMatches(ignore({ crate: "warp", version: "*" }), unlocked)).toBe(false);
    expect(ignoreMatches(ignore({ crate: "warp" }), unlocked)).toBe(true);
  });

  it("uses the lowest version a requirement admits when nothing is locked", () => {
    const required = makeFinding({ ruleId: "declining-crate", crate: { name: "warp", req: "^0.3.2" }, file: "/ws/Cargo.toml", line: 7 });
    expect(ignoreMatches(ignore({ crate: "warp", version: "=0.3.2" }), required)).toBe(true);
    expect(ignoreMatches(ignore({ crate: "warp", version: ">0.3.2" }), required)).toBe(false);
  });

  it("never matches a members-scoped ignore to a finding without a member", () => {
    expect(ignoreMatches(ignore({ crate: "warp", members: ["api"] }), unlocked)).toBe(false);
    expect(ignoreMatches(ignore({ crate: "warp", members: ["api"] }), warp)).toBe(true);
    expect(ignoreMatches(ignore({ crate: "warp", members: ["web"] }), warp)).toBe(false);
  });
});
