import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintOf } from "../../src/engine/fingerprint.js";
import { applyInlineAllows } from "../../src/suppress/inline.js";
import { makeFinding } from "./make-finding.js";

const manifest = resolve("fixtures/config/inline/Cargo.toml");
const original = readFileSync(manifest, "utf8");
const lines = original.split("\n");
const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;

function finding(ruleId: string, crate: string, line = lineOf(`${crate} =`)) {
  return makeFinding({ ruleId, crate: { name: crate }, file: manifest, line });
}

function run(findings: ReturnType<typeof finding>[], text = original, options = {}) {
  const reads: string[] = [];
  const result = applyInlineAllows(findings, (path) => {
    reads.push(path);
    return text;
  }, options);
  return { ...result, reads };
}

describe("applyInlineAllows", () => {
  const warp = finding("declining-crate", "warp");
  const tide = finding("declining-crate", "tide");
  const gotham = finding("declining-crate", "gotham");
  const gothamYanked = finding("yanked-version", "gotham");
  const gothamMsrv = finding("msrv", "gotham");
  const asyncStd = finding("declining-crate", "async-std");

  it("suppresses on the dependency's own line and from the lines above, for listed rules only", () => {
    const result = run([warp, tide, gotham, gothamYanked, gothamMsrv, asyncStd]);
    expect(result.suppressed.map((s) => s.finding)).toEqual([warp, gotham, gothamYanked]);
    expect(result.kept).toEqual([tide, gothamMsrv, asyncStd]);
    expect(result.suppressed[0]?.by).toMatchObject({ line: lineOf("warp ="), reason: "kept until the v2 rewrite", ruleIds: ["declining-crate"] });
  });

  it("does not let a trailing allow spill onto the next dependency", () => {
    expect(run([tide]).kept).toEqual([tide]);
  });

  it("reads each manifest once and only Cargo.toml files", () => {
    const other = makeFinding({ ruleId: "outdated-lock", crate: { name: "warp" }, file: "/ws/Cargo.lock", line: 3 });
    const result = run([warp, tide, gotham, other]);
    expect(result.reads).toEqual([manifest]);
    expect(result.kept).toContain(other);
  });

  it("reports allows without a reason or with bad syntax as warnings that suppress nothing", () => {
    const result = run([asyncStd]);
    expect(result.kept).toEqual([asyncStd]);
    const invalid = result.problems.filter((p) => p.ruleId === "invalid-inline-allow");
    expect(invalid.map((p) => [p.severity, p.location.line, p.location.column])).toEqual([
      ["warning", lineOf("async-std ="), lines[lineOf("async-std =") - 1]!.indexOf("#") + 1],
      ["warning", lineOf("# cargo-sunset: allow declining-crate"), 1],
    ]);
    expect(invalid[0]?.message).toMatch(/needs a reason/);
    expect(invalid[1]?.message).toMatch(/expected `cargo-sunset: allow\(<rule>, \.\.\.\) reason: <why>`/);
  });

  it("reports every valid allow that suppressed nothing as a note at the comment", () => {
    const result = run([warp, gotham]);
    const unused = result.problems.filter((p) => p.ruleId === "unused-inline-allow");
    const hyperLine = lineOf("hyper =");
    expect(unused.map((p) => [p.severity, p.location.line, p.location.column, p.crate.name])).toEqual([
      ["note", lineOf("# cargo-sunset: allow(yanked-version)"), 1, "gotham"],
      ["note", hyperLine, lines[hyperLine - 1]!.indexOf("#") + 1, "hyper"],
      ["note", lineOf("# cargo-sunset: allow(declining-crate) reason: the header"), 1, "iron"],
    ]);
    expect(unused[1]?.fingerprint).toBe(fingerprintOf(["unused-inline-allow", manifest, "hyper", "outdated-requirement"]));
  });

  it("ignores directive-like text inside strings", () => {
    const result = run([warp]);
    expect(result.problems.some((p) => p.location.line === lineOf("description ="))).toBe(false);
  });

  it("tolerates CRLF line endings and a byte order mark", () => {
    const crlf = "\uFEFF" + original.replace(/\n/g, "\r\n");
    const result = run([warp, gotham, asyncStd], crlf);
    expect(result.suppressed.map((s) => s.finding)).toEqual([warp, gotham]);
    const invalid = result.problems.find((p) => p.ruleId === "invalid-inline-allow");
    expect(invalid?.location.column).toBe(lines[lineOf("async-std =") - 1]!.indexOf("#") + 1);
  });

  it("flags unknown rule ids when the known ids are given, and scans extra manifests for unused allows", () => {
    const known = ["declining-crate", "stale-crate", "outdated-requirement"];
    const result = run([], original, { knownRuleIds: known, manifests: [manifest] });
    expect(result.problems.find((p) => p.message.includes("unknown rule `yanked-version`"))?.location.line).toBe(lineOf("# cargo-sunset: allow(yanked-version)"));
    expect(result.problems.filter((p) => p.ruleId === "unused-inline-allow")).toHaveLength(4);
  });

  it("uses paths relative to the root in problem fingerprints when given", () => {
    const result = run([], original, { manifests: [manifest], root: resolve("fixtures/config") });
    const hyper = result.problems.find((p) => p.crate.name === "hyper");
    expect(hyper?.fingerprint).toBe(fingerprintOf(["unused-inline-allow", "inline/Cargo.toml", "hyper", "outdated-requirement"]));
  });
});
