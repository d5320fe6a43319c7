/** The pieces of --fix: which release a bump moves to, removals, the unified diff, requirement literals. */
import { describe, expect, it } from "vitest";
import { bumpTarget, isTombstone } from "../../src/fix/bump-target.js";
import { removeArrayTable, removeComment } from "../../src/fix/removals.js";
import { findRequirementLiteral } from "../../src/fix/requirement-literal.js";
import { applyEdits } from "../../src/fix/text-edits.js";
import { unifiedDiff } from "../../src/fix/unified-diff.js";
import type { CrateInfo } from "../../src/registry/types.js";

function info(name: string, versions: Array<[string, { yanked?: boolean; rust?: string }?]>): CrateInfo {
  return {
    name, registry: "crates.io", fetchedAt: "2026-01-01T00:00:00Z", fromCache: true,
    versions: versions.map(([version, o]) => ({ name, version, yanked: o?.yanked ?? false, rustVersion: o?.rust ?? null, pubtime: null, deps: [], features: {} })),
  };
}

describe("bumpTarget", () => {
  it("never moves to bincode 3.0.0, a +deprecated build, a yanked release or a pre-release", () => {
    expect(isTombstone("bincode", "3.0.0")).toBe(true);
    expect(isTombstone("bincode", "2.0.1")).toBe(false);
    expect(isTombstone("serde", "2.0.0+deprecated")).toBe(true);
    const bincode = bumpTarget(info("bincode", [["1.3.3"], ["2.0.1"], ["3.0.0"]]), "1.3", [null]);
    expect(bincode).toMatchObject({ kind: "bump", req: "2.0" });
    const yanked = bumpTarget(info("x", [["0.1.0"], ["1.2.0"], ["1.3.0", { yanked: true }], ["2.0.0-rc.1"]]), "0.1", [null]);
    expect(yanked).toMatchObject({ kind: "bump", req: "1.2", version: { version: "1.2.0" } });
  });

  it("stays within the rust-version of every package sharing the requirement", () => {
    const tokio = info("tokio", [["0.2.25"], ["1.38.0", { rust: "1.63" }], ["1.43.0", { rust: "1.70" }], ["1.48.0", { rust: "1.71" }]]);
    expect(bumpTarget(tokio, "0.2", ["1.70"])).toMatchObject({ req: "1.43" });
    expect(bumpTarget(tokio, "0.2", ["1.70", "1.65"])).toMatchObject({ req: "1.38" });
    expect(bumpTarget(tokio, "0.2", [null])).toMatchObject({ req: "1.48" });
    expect(bumpTarget(tokio, "1.40", ["1.70"])).toEqual({ kind: "none", why: "newer releases need a Rust newer than rust-version 1.70" });
    expect(bumpTarget(tokio, "0.2", ["1.50"])).toEqual({ kind: "none", why: "newer releases need a Rust newer than rust-version 1.50" });
    expect(bumpTarget(tokio, "1", [null])).toEqual({ kind: "none", why: "the requirement already admits the newest usable release" });
  });

  it("keeps the operator and the number of components", () => {
    const anyhow = info("anyhow", [["0.1.0"], ["1.0.4"]]);
    expect(bumpTarget(anyhow, "=0.1.0", [null])).toMatchObject({ req: "=1.0.4" });
    expect(bumpTarget(anyhow, "~0.1", [null])).toMatchObject({ req: "~1.0" });
    expect(bumpTarget(anyhow, "0", [null])).toMatchObject({ req: "1" });
  });
});

describe("removals", () => {
  it("removes an allow alone on its line with its CRLF line ending, and a trailing allow with the blanks before it", () => {
    const text = "[dependencies]\r\n# cargo-sunset: allow(x) reason: y\r\ntide = \"1\" # cargo-sunset: allow(z) reason: w\r\nwarp = \"1\"\r\n";
    const own = removeComment(text, { line: 2, column: 1, endLine: 2, endColumn: 36 });
    expect(applyEdits(text, [own!]).text).toBe("[dependencies]\r\ntide = \"1\" # cargo-sunset: allow(z) reason: w\r\nwarp = \"1\"\r\n");
    const trailing = removeComment(text, { line: 3, column: 12, endLine: 3, endColumn: 47 });
    expect(applyEdits(text, [trailing!]).text).toBe("[dependencies]\r\n# cargo-sunset: allow(x) reason: y\r\ntide = \"1\"\r\nwarp = \"1\"\r\n");
    expect(removeComment(text, { line: 3, column: 1, endLine: 3, endColumn: 2 })).toBeNull();
  });

  it("removes one [[ignore]] table and leaves the comment that leads into the next", () => {
    const text = "[[ignore]]\ncrate = \"a\"\nreason = \"r\"\n\n# the next one\n[[ignore]]\ncrate = \"b\"\nreason = \"s\"\n";
    const first = removeArrayTable(text, { line: 1, column: 1, endLine: 1, endColumn: 11 });
    expect(applyEdits(text, [first!]).text).toBe("# the next one\n[[ignore]]\ncrate = \"b\"\nreason = \"s\"\n");
    const last = removeArrayTable(text, { line: 6, column: 1, endLine: 6, endColumn: 11 });
    expect(applyEdits(text, [last!]).text).toBe("[[ignore]]\ncrate = \"a\"\nreason = \"r\"\n\n# the next one\n");
    expect(removeArrayTable("ignore = [{ crate = \"a\", reason = \"r\" }]\n", { line: 1, column: 11, endLine: 1, endColumn: 40 })).toBeNull();
  });
});

describe("requirement literals", () => {
  it("finds the string in every way a dependency is written, and refuses what it cannot edit in place", () => {
    const text = [
      "[dependencies]",
      'a = "1.0"',
      "b = { version = '2', features = [] }",
      'c.version = "3"',
      'd = """4"""',
      "",
      "[dependencies.e]",
      'version   =   "5" # comment',
      "",
      '[target."cfg(unix)".dependencies]',
      'f = "6"',
    ].join("\n");
    const raw = (path: string[]) => findRequirementLiteral(text, path)?.raw ?? null;
    expect(raw(["dependencies", "a"])).toBe("1.0");
    expect(raw(["dependencies", "b"])).toBe("2");
    expect(raw(["dependencies", "c"])).toBe("3");
    expect(raw(["dependencies", "d"])).toBeNull();
    expect(raw(["dependencies", "e"])).toBe("5");
    expect(raw(["target", "cfg(unix)", "dependencies", "f"])).toBe("6");
  });
});

describe("unifiedDiff", () => {
  it("prints hunks with three lines of context and line numbers of both sides", () => {
    const before = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].join("\n") + "\n";
    const after = before.replace("e\n", "E\n");
    expect(unifiedDiff("x/Cargo.toml", before, after)).toBe("--- a/x/Cargo.toml\n+++ b/x/Cargo.toml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    expect(unifiedDiff("x", before, before)).toBe("");
    const removed = before.replace("a\n", "");
    expect(unifiedDiff("x", before, removed)).toBe("--- a/x\n+++ b/x\n@@ -1,4 +1,3 @@\n-a\n b\n c\n d\n");
  });
});
