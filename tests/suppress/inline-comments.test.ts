/** Reading `# cargo-sunset: allow(...)` comments: targets, crate keys, exact spans and problems. */
import { describe, expect, it } from "vitest";
import { findInlineAllows } from "../../src/suppress/inline-comments.js";
import { applyInlineAllows } from "../../src/suppress/inline.js";
import { makeFinding } from "./make-finding.js";

const FILE = "/ws/Cargo.toml";
const KNOWN = new Set(["declining-crate", "stale-crate"]);
const allows = (text: string) => findInlineAllows(FILE, text, KNOWN);
const brief = (text: string) => allows(text).map((a) => [a.line, a.targetLine, a.crateKey, a.ruleIds, a.reason, a.problem]);

describe("inline allow comments", () => {
  it("applies a trailing comment to its own line with the exact span of the comment", () => {
    const text = '[dependencies]\nwarp = "0.3" # cargo-sunset: allow(declining-crate) reason: moving to axum\n';
    expect(allows(text)).toEqual([
      {
        file: FILE,
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 75,
        targetLine: 2,
        crateKey: "warp",
        ruleIds: ["declining-crate"],
        reason: "moving to axum",
      },
    ]);
  });

  it("applies stacked comment lines to the next line that is not a comment", () => {
    const text = [
      "[dev-dependencies]",
      "  # cargo-sunset: allow(declining-crate) reason: tests only",
      "# cargo-sunset: allow(stale-crate, declining-crate)   reason :  kept   ",
      'tide = "0.16"',
    ].join("\n");
    expect(brief(text)).toEqual([
      [2, 4, "tide", ["declining-crate"], "tests only", undefined],
      [3, 4, "tide", ["stale-crate", "declining-crate"], "kept", undefined],
    ]);
  });

  it("names the crate of a dependency sub-table and of build-dependencies, and no crate elsewhere", () => {
    const text = [
      "[package]",
      'name = "app" # cargo-sunset: allow(stale-crate) reason: not a dependency',
      "[build-dependencies]",
      'cc = "1" # cargo-sunset: allow(stale-crate) reason: build only',
      "[dependencies.warp] # cargo-sunset: allow(declining-crate) reason: header",
      'version = "0.3" # cargo-sunset: allow(declining-crate) reason: version line',
      "[features]",
      'x = [] # cargo-sunset: allow(stale-crate) reason: feature',
    ].join("\n");
    expect(allows(text).map((a) => [a.line, a.crateKey])).toEqual([
      [2, ""],
      [4, "cc"],
      [5, "warp"],
      [6, "warp"],
      [8, ""],
    ]);
  });

  it("reads a quoted dependency key by its value", () => {
    expect(allows('[dependencies]\n"warp" = "0.3" # cargo-sunset: allow(declining-crate) reason: r\n')[0]!.crateKey).toBe("warp");
  });

  it("says what is wrong with a malformed directive", () => {
    const text = [
      "[dependencies]",
      'a = "1" # cargo-sunset: allow() reason: r',
      'b = "1" # cargo-sunset: allow(Declining) reason: r',
      'c = "1" # cargo-sunset: allow(no-such-rule) reason: r',
      'd = "1" # cargo-sunset: allow(stale-crate)',
      'e = "1" # cargo-sunset: allow(stale-crate) reason:   ',
      'f = "1" # cargo-sunset: ignore(stale-crate)',
      'g = "1" # cargo-sunset: allow(stale-crate) because: r',
      'h = "1" # not a directive, cargo-sunset: allow(stale-crate) reason: r',
    ].join("\n");
    expect(brief(text)).toEqual([
      [2, 2, "a", [], null, "allow() needs at least one rule id"],
      [3, 3, "b", [], null, "`Declining` is not a rule id"],
      [4, 4, "c", ["no-such-rule"], null, "unknown rule `no-such-rule`"],
      [5, 5, "d", ["stale-crate"], null, "an inline allow needs a reason: `... reason: <why>`"],
      [6, 6, "e", ["stale-crate"], null, "an inline allow needs a reason: `... reason: <why>`"],
      [7, 7, "f", [], null, "expected `cargo-sunset: allow(<rule>, ...) reason: <why>`"],
      [8, 8, "g", ["stale-crate"], null, "an inline allow needs a reason: `... reason: <why>`"],
    ]);
  });

  it("accepts any rule id of the right shape when no list of known ids is given", () => {
    const [allow] = findInlineAllows(FILE, '[dependencies]\na = "1" # cargo-sunset: allow(some-rule) reason: r\n');
    expect([allow!.ruleIds, allow!.reason]).toEqual([["some-rule"], "r"]);
  });

  it("ignores `#` inside strings, and still finds comments line by line in a file TOML cannot parse", () => {
    expect(allows('[dependencies]\nurl = { git = "https://x/#cargo-sunset: allow(stale-crate) reason: r" }\n')).toEqual([]);
    const broken = '[dependencies\n# cargo-sunset: allow(stale-crate) reason: r\nwarp = "0.3"\r\n  # cargo-sunset: allow(declining-crate) reason: s';
    expect(allows(broken).map((a) => [a.line, a.column, a.endColumn, a.targetLine, a.crateKey, a.reason])).toEqual([
      [2, 1, 45, 3, "", "r"],
      [4, 3, 51, 5, "", "s"],
    ]);
  });

  it("skips files that never mention the tool, and a byte order mark", () => {
    expect(allows('[dependencies]\nwarp = "0.3" # allow(declining-crate)\n')).toEqual([]);
    expect(allows('\uFEFF[dependencies]\nwarp = "0.3" # cargo-sunset: allow(declining-crate) reason: r\n')[0]).toMatchObject({ line: 2, column: 14, crateKey: "warp" });
  });
});

describe("inline allow findings", () => {
  const text = '[dependencies]\nwarp = "0.3" # cargo-sunset: allow(declining-crate) reason: r\nb = "1" # cargo-sunset: allow()\n';
  const warp = makeFinding({ ruleId: "stale-crate", crate: { name: "warp" }, file: FILE, line: 2 });

  it("reports unused and invalid allows with exact messages and no related locations", () => {
    const outcome = applyInlineAllows([warp], () => text, { knownRuleIds: KNOWN, root: "/ws" });
    expect(outcome.kept).toEqual([warp]);
    expect(outcome.problems.map((p) => [p.ruleId, p.severity, p.message, p.crate.name, p.relatedLocations])).toEqual([
      ["unused-inline-allow", "note", "inline allow(declining-crate) suppressed no finding on line 2", "warp", []],
      ["invalid-inline-allow", "warning", "invalid inline allow: allow() needs at least one rule id; it suppresses nothing", "b", []],
    ]);
  });

  it("scans the manifests it is given even when no finding points into them, and skips unreadable ones", () => {
    const outcome = applyInlineAllows([], (path) => {
      if (path === "/ws/gone/Cargo.toml") throw new Error("ENOENT");
      return text;
    }, { manifests: [FILE, "/ws/gone/Cargo.toml", "/ws/notes.txt"] });
    expect(outcome.problems.map((p) => p.location.file)).toEqual([FILE, FILE]);
  });

  it("gives problem fingerprints relative to the root, so another checkout path keeps them", () => {
    const here = applyInlineAllows([], () => text, { manifests: [FILE], root: "/ws" }).problems.map((p) => p.fingerprint);
    const moved = applyInlineAllows([], () => text, { manifests: ["/elsewhere/ws/Cargo.toml"], root: "/elsewhere/ws" }).problems.map((p) => p.fingerprint);
    expect(moved).toEqual(here);
    expect(new Set(here).size).toBe(2);
  });
});
