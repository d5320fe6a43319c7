/**
 * SARIF results and run fields: each result's properties (crate, version, requirement, member, advisory), its
 * message, regions, related locations; the run's fixed fields and base URI; the category of automationDetails; the
 * notifications that say what the limits cut, word for word.
 */
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { AdvisoryRef, Finding } from "../../src/engine/types.js";
import { renderSarif, SARIF_SCHEMA_URI, sarifCategory, sarifReporter } from "../../src/report/sarif.js";
import { GITHUB_SARIF_LIMITS } from "../../src/report/sarif-limits.js";
import type { SarifLog } from "../../src/report/sarif-types.js";
import type { ReportContext } from "../../src/report/types.js";
import { auditResult, context, fakeCatalog, finding, location, ROOT } from "../helpers/findings.js";

function run(findings: Finding[], ctx: ReportContext = context()) {
  return (JSON.parse(sarifReporter(auditResult(findings), ctx)) as SarifLog).runs[0]!;
}

const ADVISORY: AdvisoryRef = {
  id: "RUSTSEC-2024-0001",
  kind: "vulnerability",
  title: "A hole",
  date: "2024-01-01",
  url: "https://rustsec.org/advisories/RUSTSEC-2024-0001",
  aliases: ["CVE-2024-1", "GHSA-xxxx"],
  cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
  score: 9.8,
  patched: [">=1.2.3"],
};

describe("SARIF result properties", () => {
  it("carry the crate, its version, requirement and member, and the advisory with its score", () => {
    const [result] = run([finding({ ruleId: "vulnerability", crate: { name: "hyper", version: "0.9.10", req: "^0.9" }, member: "web", advisory: ADVISORY })]).results;
    expect(result!.properties).toEqual({
      crate: "hyper",
      version: "0.9.10",
      req: "^0.9",
      member: "web",
      advisory: "RUSTSEC-2024-0001",
      aliases: "CVE-2024-1, GHSA-xxxx",
      cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      "security-severity": "9.8",
    });
  });

  it("leave out what the finding does not have", () => {
    const [bare] = run([finding({ crate: { name: "tide" } })]).results;
    expect(bare!.properties).toEqual({ crate: "tide" });
    const { cvss: _cvss, score: _score, ...unscored } = ADVISORY;
    const [noScore] = run([finding({ ruleId: "unmaintained", crate: { name: "term" }, advisory: { ...unscored, aliases: [] } })]).results;
    expect(noScore!.properties).toEqual({ crate: "term", advisory: "RUSTSEC-2024-0001" });
  });

  it("write a whole score with one decimal, and a score of zero", () => {
    const [seven, zero] = run([
      finding({ ruleId: "vulnerability", crate: { name: "a" }, advisory: { ...ADVISORY, score: 7 }, location: location({ line: 1 }) }),
      finding({ ruleId: "vulnerability", crate: { name: "b" }, advisory: { ...ADVISORY, score: 0 }, location: location({ line: 2 }) }),
    ]).results;
    expect(seven!.properties!["security-severity"]).toBe("7.0");
    expect(zero!.properties!["security-severity"]).toBe("0.0");
  });
});

describe("a SARIF result", () => {
  it("has the rule, level, message, location and fingerprint, and no related locations when there are none", () => {
    const f = finding({ severity: "error", location: location({ line: 4, column: 2, endLine: 4, endColumn: 9 }) });
    const [result] = run([f]).results;
    expect(result).toEqual({
      ruleId: "declining-crate",
      ruleIndex: 0,
      level: "error",
      message: { text: "`tide` is no longer maintained" },
      locations: [{ physicalLocation: { artifactLocation: { uri: "Cargo.toml", uriBaseId: "%SRCROOT%" }, region: { startLine: 4, startColumn: 2, endLine: 4, endColumn: 9 } } }],
      partialFingerprints: { "cargoSunset/v1": f.fingerprint },
      properties: { crate: "tide", version: "0.16.0", req: "^0.16" },
    });
  });

  it("gives a related location without a label no message, and numbers related locations from 1", () => {
    const [result] = run([finding({ relatedLocations: [location({ line: 8 }), location({ line: 9, label: "workspace dependency" })] })]).results;
    expect(result!.relatedLocations!.map((r) => [r.id, r.message, r.physicalLocation.region.startLine])).toEqual([
      [1, undefined, 8],
      [2, { text: "workspace dependency" }, 9],
    ]);
    expect(result!.relatedLocations![0]).not.toHaveProperty("message");
  });

  it("ends a region on a later line wherever the end column is, and never before its start on the same line", () => {
    const region = (l: Parameters<typeof location>[0]) => run([finding({ location: location(l) })]).results[0]!.locations[0]!.physicalLocation.region;
    expect(region({ line: 2, column: 5, endLine: 3, endColumn: 1 })).toEqual({ startLine: 2, startColumn: 5, endLine: 3, endColumn: 1 });
    expect(region({ line: 2, column: 5, endLine: 2, endColumn: 3 })).toEqual({ startLine: 2, startColumn: 5, endLine: 2, endColumn: 5 });
    expect(region({ line: 6, column: 4, endLine: 2, endColumn: 1 })).toEqual({ startLine: 6, startColumn: 4, endLine: 6, endColumn: 4 });
    expect(region({ line: 0, column: 0, endLine: 0, endColumn: 0 })).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
    expect(region({ line: 0, column: 0, endLine: 3, endColumn: 0 })).toEqual({ startLine: 1, startColumn: 1, endLine: 3, endColumn: 1 });
  });
});

describe("the SARIF run", () => {
  it("has the schema, version, column kind and a base URI ending in a slash", () => {
    const log = JSON.parse(sarifReporter(auditResult([]), context())) as SarifLog;
    expect([log.$schema, log.version]).toEqual([SARIF_SCHEMA_URI, "2.1.0"]);
    expect(SARIF_SCHEMA_URI).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    const [only] = log.runs;
    expect(log.runs).toHaveLength(1);
    expect(only!.columnKind).toBe("utf16CodeUnits");
    expect(only!.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///repo/" } });
    expect(only!.results).toEqual([]);
    expect(only!.invocations).toEqual([{ executionSuccessful: true }]);
    // The file system root is already a directory URI.
    expect(run([], context({ repoRoot: "/", cwd: "/" })).originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///" } });
  });

  it("states the data the report was made with and an empty plan", () => {
    expect(run([]).properties).toEqual({
      data: { catalog: { asOf: "2026-01-01" }, advisoryDatabase: { source: "embedded", date: "2026-01-01", advisories: 0 } },
      plan: [],
    });
  });

  it("names the advisory database's commit when it has one", () => {
    const catalog = { ...fakeCatalog(), advisoryDatabase: { source: "git", date: "2026-02-03", commit: "0123456789abcdef", count: 7 } };
    expect(run([], context({ catalog })).properties).toEqual({
      data: { catalog: { asOf: "2026-01-01" }, advisoryDatabase: { source: "git", date: "2026-02-03", commit: "0123456789abcdef", advisories: 7 } },
      plan: [],
    });
  });

  it("carries the plan with paths relative to the working directory", () => {
    const result = {
      ...auditResult([]),
      plan: [{ action: "remove" as const, target: { crate: "rusoto", file: join(ROOT, "crates", "a", "Cargo.toml"), line: 8, column: 1 }, removes: [], findings: 1, severity: "note" as const, basis: "lockfile" as const }],
    };
    const log = JSON.parse(sarifReporter(result, context({ cwd: join(ROOT, "crates") }))) as SarifLog;
    const plan = (log.runs[0]!.properties as { plan: Array<{ target: { file: string } }> }).plan;
    expect(plan.map((a) => a.target.file)).toEqual(["a/Cargo.toml"]);
  });
});

describe("automationDetails categories", () => {
  it("keeps an id with a slash and makes an id without one a category", () => {
    expect(sarifCategory("deps/cargo-sunset/")).toBe("deps/cargo-sunset/");
    expect(sarifCategory("deps/run-1")).toBe("deps/run-1");
    expect(sarifCategory("api")).toBe("api/");
    expect(run([], context({ automationId: "api" })).automationDetails).toEqual({ id: "api/" });
  });
});

describe("what the limits cut, word for word", () => {
  const findings = (["note", "warning", "error"] as const).map((severity, i) =>
    finding({ severity, crate: { name: `crate-${i}` }, location: location({ line: i + 1 }), relatedLocations: [1, 2, 3].map((line) => location({ line })) }),
  );

  it("says how many results were left out of how many, and how many had their related locations trimmed", () => {
    const text = renderSarif(auditResult(findings), context(), { ...GITHUB_SARIF_LIMITS, maxResults: 2, maxRelatedLocations: 2 });
    const log = JSON.parse(text) as SarifLog;
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual([
      {
        level: "warning",
        message: { text: "1 of 3 results were left out of this SARIF file (GitHub accepts at most 2 results per run); the most severe ones were kept. Use the JSON or text output for the full list." },
      },
      { level: "warning", message: { text: "2 results had more than 2 related locations; only the first 2 of each were kept." } },
    ]);
    // The kept results stay in report order (by line).
    expect(log.runs[0]!.results.map((r) => [r.level, r.relatedLocations!.length])).toEqual([["warning", 2], ["error", 2]]);
  });

  it("says one result in the singular, and nothing when a result has exactly the maximum", () => {
    const one = renderSarif(auditResult(findings.slice(0, 1)), context(), { ...GITHUB_SARIF_LIMITS, maxRelatedLocations: 2 });
    expect((JSON.parse(one) as SarifLog).runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual([
      { level: "warning", message: { text: "1 result had more than 2 related locations; only the first 2 of each were kept." } },
    ]);
    const exact = renderSarif(auditResult(findings.slice(0, 1)), context(), { ...GITHUB_SARIF_LIMITS, maxRelatedLocations: 3 });
    expect((JSON.parse(exact) as SarifLog).runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("keeps every result when there are exactly as many as allowed", () => {
    const text = renderSarif(auditResult(findings), context(), { ...GITHUB_SARIF_LIMITS, maxResults: 3, maxRelatedLocations: 3 });
    const log = JSON.parse(text) as SarifLog;
    expect(log.runs[0]!.results).toHaveLength(3);
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("counts only the results that had more related locations than allowed", () => {
    const related = (n: number, line: number) => finding({ crate: { name: `r${n}` }, location: location({ line }), relatedLocations: Array.from({ length: n }, (_, i) => location({ line: i + 1 })) });
    const text = renderSarif(auditResult([related(3, 1), related(1, 2), related(0, 3), related(2, 4)]), context(), { ...GITHUB_SARIF_LIMITS, maxRelatedLocations: 2 });
    const log = JSON.parse(text) as SarifLog;
    expect(log.runs[0]!.results.map((r) => r.relatedLocations?.length ?? 0)).toEqual([2, 1, 0, 2]);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications!.map((n) => n.message.text)).toEqual([
      "1 result had more than 2 related locations; only the first 2 of each were kept.",
    ]);
  });

  it("keeps the earliest of equally severe results", () => {
    const notes = [1, 2, 3, 4, 5].map((line) => finding({ severity: "note", crate: { name: `n${line}` }, location: location({ line }) }));
    const text = renderSarif(auditResult([...notes, finding({ severity: "error", crate: { name: "e" }, location: location({ line: 6 }) })]), context(), { ...GITHUB_SARIF_LIMITS, maxResults: 3 });
    expect((JSON.parse(text) as SarifLog).runs[0]!.results.map((r) => r.properties!.crate)).toEqual(["n1", "n2", "e"]);
  });

  it("keeps everything when the compressed file is exactly at the size limit", () => {
    const findings = [1, 2, 3].map((line) => finding({ crate: { name: `c${line}` }, location: location({ line }) }));
    const full = renderSarif(auditResult(findings), context());
    const exact = renderSarif(auditResult(findings), context(), { ...GITHUB_SARIF_LIMITS, maxGzipBytes: gzipSync(full).length });
    expect(exact).toBe(full);
    const under = renderSarif(auditResult(findings), context(), { ...GITHUB_SARIF_LIMITS, maxGzipBytes: gzipSync(full).length - 1 });
    expect((JSON.parse(under) as SarifLog).runs[0]!.results.length).toBeLessThan(3);
  });

  it("stops at no results when even an empty run is over the size limit, and says why", () => {
    const text = renderSarif(auditResult(findings), context(), { ...GITHUB_SARIF_LIMITS, maxGzipBytes: 10 });
    expect(text.endsWith("}\n")).toBe(true);
    const run = (JSON.parse(text) as SarifLog).runs[0]!;
    expect(run.results).toEqual([]);
    // Every rule that ran stays described; none is needed for a result any more.
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["declining-crate"]);
    expect(run.invocations[0]!.toolExecutionNotifications![0]!.message.text).toBe(
      "3 of 3 results were left out of this SARIF file (GitHub accepts SARIF files of at most 10 bytes gzip-compressed); the most severe ones were kept. Use the JSON or text output for the full list.",
    );
  });

  it("ends the text with a newline and indents by two spaces", () => {
    const text = sarifReporter(auditResult([]), context());
    expect(text.startsWith('{\n  "$schema": ')).toBe(true);
    expect(text.endsWith("\n}\n")).toBe(true);
  });
});
