import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { formatGuide, formatGuideMarkdown } from "../../src/catalog/format.js";
import type { Finding, Severity } from "../../src/engine/types.js";
import { FINGERPRINT_KEY, renderSarif, sarifReporter } from "../../src/report/sarif.js";
import { GITHUB_SARIF_LIMITS } from "../../src/report/sarif-limits.js";
import type { SarifLog } from "../../src/report/sarif-types.js";
import type { ReportContext } from "../../src/report/types.js";
import { packageRoot } from "../../src/util/package-root.js";
import { ruleDocs } from "../../src/commands/report-context.js";
import { auditResult, catalogEntry, context, fakeCatalog, finding, location, ROOT, rule } from "../helpers/findings.js";

function sarif(findings: Finding[], ctx: ReportContext = context()): SarifLog {
  return JSON.parse(sarifReporter(auditResult(findings), ctx)) as SarifLog;
}

function allArtifactUris(log: SarifLog): Array<{ uri: string; uriBaseId?: string }> {
  return log.runs[0]!.results.flatMap((r) =>
    [...r.locations, ...(r.relatedLocations ?? [])].map((l) => l.physicalLocation.artifactLocation),
  );
}

describe("SARIF locations", () => {
  const nested = finding({
    location: location({ file: join(ROOT, "crates", "web app", "Cargo.toml"), line: 12 }),
    relatedLocations: [location({ file: join(ROOT, "Cargo.lock"), line: 40, label: "Cargo.lock entry" })],
  });

  it("uses POSIX URIs relative to the repository root under %SRCROOT%, never absolute paths", () => {
    const log = sarif([nested], context({ cwd: join(ROOT, "crates") }));
    const uris = allArtifactUris(log);
    expect(uris.map((a) => a.uri)).toEqual(["crates/web%20app/Cargo.toml", "Cargo.lock"]);
    for (const artifact of uris) {
      expect(artifact.uriBaseId).toBe("%SRCROOT%");
      expect(artifact.uri.startsWith("/")).toBe(false);
      expect(artifact.uri).not.toContain(ROOT.slice(1) + "/");
      expect(artifact.uri).not.toContain("\\");
    }
    expect(log.runs[0]!.originalUriBaseIds["%SRCROOT%"]!.uri).toMatch(/^file:\/\/.*\/$/);
  });

  it("keeps a file outside the repository as an absolute file URI rather than a ../ path", () => {
    const outside = finding({ location: location({ file: join("/", "elsewhere", "Cargo.toml") }) });
    const [artifact] = allArtifactUris(sarif([outside]));
    expect(artifact!.uri).toBe("file:///elsewhere/Cargo.toml");
    expect(artifact!.uriBaseId).toBeUndefined();
  });

  it("copies 1-based regions with the exclusive endColumn unchanged", () => {
    const log = sarif([finding({ location: location({ line: 7, column: 3, endLine: 9, endColumn: 2 }) })]);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 7,
      startColumn: 3,
      endLine: 9,
      endColumn: 2,
    });
  });

  it("never emits a region below 1 or ending before it starts", () => {
    const log = sarif([finding({ location: location({ line: 0, column: 0, endLine: 0, endColumn: 0 }) })]);
    const region = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region;
    expect(Math.min(...Object.values(region))).toBeGreaterThanOrEqual(1);
    expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn);
  });

  it("gives related locations ids and their labels as messages", () => {
    const [result] = sarif([nested]).runs[0]!.results;
    expect(result!.relatedLocations).toEqual([
      expect.objectContaining({ id: 1, message: { text: "Cargo.lock entry" } }),
    ]);
  });
});

describe("SARIF fingerprints", () => {
  it("keeps partialFingerprints when the dependency moves to another line", () => {
    const before = sarif([finding({ location: location({ line: 3 }) })]).runs[0]!.results[0]!;
    const after = sarif([finding({ location: location({ line: 30, column: 5 }) })]).runs[0]!.results[0]!;
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
    expect(Object.keys(before.partialFingerprints)).toEqual([FINGERPRINT_KEY]);
  });

  it("leaves primaryLocationLineHash to the upload action", () => {
    const result = sarif([finding()]).runs[0]!.results[0]!;
    expect(result.partialFingerprints).not.toHaveProperty("primaryLocationLineHash");
    expect(result.partialFingerprints[FINGERPRINT_KEY]).toBe(finding().fingerprint);
  });
});

describe("SARIF rules and levels", () => {
  it("maps each severity to the same SARIF level, and note to the recommendation problem severity", () => {
    const severities: Severity[] = ["error", "warning", "note"];
    const findings = severities.map((severity, i) => finding({ ruleId: `rule-${severity}`, severity, location: location({ line: i + 1 }) }));
    const result = auditResult(findings, [], severities.map((s) => rule(`rule-${s}`, { defaultSeverity: s })));
    const run = (JSON.parse(sarifReporter(result, context())) as SarifLog).runs[0]!;
    expect(run.results.map((r) => r.level)).toEqual(severities);
    expect(run.tool.driver.rules.map((r) => [r.defaultConfiguration.level, r.properties["problem.severity"]])).toEqual([
      ["error", "error"],
      ["note", "recommendation"],
      ["warning", "warning"],
    ]);
  });

  it("points every ruleIndex at the descriptor with the result's ruleId, even for rules missing from the metadata", () => {
    const findings = [
      finding({ ruleId: "zeta-rule", location: location({ line: 1 }) }),
      finding({ ruleId: "alpha-rule", location: location({ line: 2 }) }),
      finding({ ruleId: "unlisted-rule", location: location({ line: 3 }) }),
    ];
    const result = auditResult(findings, [], [rule("zeta-rule"), rule("alpha-rule"), rule("quiet-rule")]);
    const run = (JSON.parse(sarifReporter(result, context())) as SarifLog).runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["alpha-rule", "quiet-rule", "unlisted-rule", "zeta-rule"]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it("names the tool it is given, and derives name, helpUri and tags from the rule metadata", () => {
    const result = auditResult([], [], [rule("no-yanked-version", { category: "freshness", needsRegistry: true })]);
    const homepage = "https://example.test/fake-sunset";
    const tool = { name: "fake-sunset", version: "4.5.6-beta.1", informationUri: homepage };
    const { driver } = (JSON.parse(sarifReporter(result, context({ tool }))) as SarifLog).runs[0]!.tool;
    expect([driver.name, driver.version, driver.semanticVersion, driver.informationUri]).toEqual(["fake-sunset", "4.5.6-beta.1", "4.5.6-beta.1", homepage]);
    const [descriptor] = driver.rules;
    expect(descriptor!.name).toBe("NoYankedVersion");
    expect(descriptor!.helpUri).toBe(`${homepage}/blob/main/rules/no-yanked-version.md`);
    expect(descriptor!.properties.tags).toEqual(["freshness", "dependencies", "rust", "registry"]);
    expect(descriptor!.shortDescription.text).toBe("Description of no-yanked-version");
  });

  it("falls back to the description for help when the rule has no docs page", () => {
    const result = auditResult([], [], [rule("rule-without-a-page-anywhere")]);
    const [descriptor] = (JSON.parse(sarifReporter(result, context())) as SarifLog).runs[0]!.tool.driver.rules;
    expect(descriptor!.help).toEqual({ text: "Description of rule-without-a-page-anywhere", markdown: "Description of rule-without-a-page-anywhere" });
  });

  it("uses the docs page it is given as help, its first paragraph as the full description", () => {
    const page = "# my-rule\n\nFlags **odd** crates, see [the guide](guide.md).\n\n## Rule details\n\nMore.";
    const ctx = context({ ruleDocs: new Map([["my-rule", page]]) });
    const [descriptor] = (JSON.parse(sarifReporter(auditResult([], [], [rule("my-rule")]), ctx)) as SarifLog).runs[0]!.tool.driver.rules;
    expect(descriptor!.help.markdown).toContain("## Rule details\n\nMore.");
    expect(descriptor!.help.markdown).toContain("(https://example.test/cargo-sunset/blob/main/rules/guide.md)");
    expect(descriptor!.fullDescription.text).toBe("Flags odd crates, see the guide (https://example.test/cargo-sunset/blob/main/rules/guide.md).");
  });

  const rulesDir = join(packageRoot(), "rules");
  const page = existsSync(rulesDir) ? readdirSync(rulesDir).find((name) => name.endsWith(".md")) : undefined;
  it.skipIf(!page)(`the command layer hands over the shipped docs page without front matter (${page ?? "no rules/*.md yet"})`, () => {
    const id = page!.replace(/\.md$/, "");
    const docs = ruleDocs([rule(id, { docs: `rules/${page}` }), rule("rule-without-a-page-anywhere")]);
    expect([...docs.keys()]).toEqual([id]);
    const text = readFileSync(join(rulesDir, page!), "utf8").replace(/^---[\s\S]*?---\s*/, "").trim();
    expect(docs.get(id)).toBe(text);
    const [descriptor] = (JSON.parse(sarifReporter(auditResult([], [], [rule(id)]), context({ ruleDocs: docs }))) as SarifLog).runs[0]!.tool.driver.rules;
    expect(descriptor!.help.markdown).toContain(text.split("\n")[0]!);
  });
});

describe("SARIF migration guides", () => {
  const tide = catalogEntry("tide", {
    guide: { conceptMap: [{ from: "tide::Server", to: "axum::Router" }], before: "tide::new()", after: "Router::new()", pitfalls: [] },
  });
  const catalog = fakeCatalog([tide, catalogEntry("gotham"), catalogEntry("warp")]);
  const findings = [
    finding({ crate: { name: "tide" }, location: location({ line: 1 }) }),
    finding({ ruleId: "declining-transitive", crate: { name: "gotham" }, location: location({ line: 2 }) }),
    finding({ ruleId: "outdated-major", crate: { name: "warp" }, location: location({ line: 3 }) }),
  ];

  it("appends the guides of the flagged crates to the help of the catalog rules only", () => {
    const rules = sarif(findings, context({ catalog })).runs[0]!.tool.driver.rules;
    const help = Object.fromEntries(rules.map((r) => [r.id, r.help]));
    expect(help["declining-crate"]!.markdown).toContain(formatGuideMarkdown(tide).trimEnd());
    expect(help["declining-crate"]!.text).toContain(formatGuide(tide).trimEnd());
    expect(help["declining-crate"]!.markdown).toContain("axum::Router");
    expect(help["declining-crate"]!.markdown).not.toContain(formatGuideMarkdown(catalogEntry("gotham")).trimEnd());
    expect(help["declining-transitive"]!.markdown).toContain(formatGuideMarkdown(catalogEntry("gotham")).trimEnd());
    expect(help["outdated-major"]!.markdown).toBe("Description of outdated-major");
  });

  it("leaves the help alone when no flagged crate is in the catalog", () => {
    const page = "# declining-crate\n\nA declining crate.";
    const rules = sarif(findings, context({ ruleDocs: new Map([["declining-crate", page]]) })).runs[0]!.tool.driver.rules;
    expect(rules.find((r) => r.id === "declining-crate")!.help.markdown).toBe(page);
  });

  it("puts the suggestion into the plain-text result message", () => {
    const [result] = sarif([finding({ suggestion: "Migrate to axum." })]).runs[0]!.results;
    expect(result!.message.text).toBe("`tide` is no longer maintained\nMigrate to axum.");
  });
});

describe("SARIF run details", () => {
  it("sets automationDetails only when a category is given", () => {
    expect(sarif([]).runs[0]!.automationDetails).toBeUndefined();
    expect(sarif([], context({ automationId: "deps/cargo-sunset/" })).runs[0]!.automationDetails).toEqual({ id: "deps/cargo-sunset/" });
  });

  it("reports tool notes as notifications of a successful invocation", () => {
    const notes = [
      { level: "note" as const, message: "lockfile missing", location: location({ file: join(ROOT, "Cargo.toml"), line: 1 }) },
      { level: "error" as const, message: "registry unreachable" },
    ];
    const log = JSON.parse(sarifReporter(auditResult([], notes), context())) as SarifLog;
    const [invocation] = log.runs[0]!.invocations;
    expect(invocation!.executionSuccessful).toBe(true);
    expect(invocation!.toolExecutionNotifications!.map((n) => [n.level, n.message.text])).toEqual([
      ["error", "registry unreachable"],
      ["note", "lockfile missing"],
    ]);
    expect(invocation!.toolExecutionNotifications![1]!.locations![0]!.physicalLocation.artifactLocation.uri).toBe("Cargo.toml");
  });
});

describe("SARIF limits", () => {
  const mixed = (["note", "warning", "note", "error", "note", "warning"] as Severity[]).map((severity, i) =>
    finding({ severity, crate: { name: `crate-${i}` }, location: location({ line: i + 1 }) }),
  );

  it("uses GitHub's documented limits by default", () => {
    expect(GITHUB_SARIF_LIMITS).toEqual({ maxResults: 25_000, maxRelatedLocations: 100, maxGzipBytes: 10 * 1024 * 1024 });
  });

  it("keeps the most severe results and says what was cut", () => {
    const limits = { ...GITHUB_SARIF_LIMITS, maxResults: 3 };
    const run = (JSON.parse(renderSarif(auditResult(mixed), context(), limits)) as SarifLog).runs[0]!;
    expect(run.results.map((r) => r.level)).toEqual(["warning", "error", "warning"]);
    const [notice] = run.invocations[0]!.toolExecutionNotifications!;
    expect(notice!.level).toBe("warning");
    expect(notice!.message.text).toMatch(/^3 of 6 results were left out/);
  });

  it("trims related locations to the limit and says so", () => {
    const many = finding({ relatedLocations: [1, 2, 3, 4].map((line) => location({ line, label: `entry ${line}` })) });
    const limits = { ...GITHUB_SARIF_LIMITS, maxRelatedLocations: 2 };
    const run = (JSON.parse(renderSarif(auditResult([many]), context(), limits)) as SarifLog).runs[0]!;
    expect(run.results[0]!.relatedLocations).toHaveLength(2);
    expect(run.invocations[0]!.toolExecutionNotifications![0]!.message.text).toContain("more than 2 related locations");
  });

  it("drops the least severe results until the compressed file fits", () => {
    const findings = Array.from({ length: 400 }, (_, i) =>
      finding({
        severity: i % 4 === 0 ? "error" : "note",
        crate: { name: `crate-${i}-${"x".repeat(i % 7)}` },
        message: `message ${i} ${Math.sin(i).toString(36)}`,
        fingerprint: `fp-${i}-${Math.cos(i)}`,
        location: location({ line: i + 1 }),
      }),
    );
    const full = renderSarif(auditResult(findings), context());
    const limits = { ...GITHUB_SARIF_LIMITS, maxGzipBytes: 6_000 };
    const text = renderSarif(auditResult(findings), context(), limits);
    expect(gzipSync(full).length).toBeGreaterThan(6_000);
    expect(gzipSync(text).length).toBeLessThanOrEqual(6_000);
    const run = (JSON.parse(text) as SarifLog).runs[0]!;
    expect(run.results.length).toBeGreaterThan(0);
    expect(run.results.length).toBeLessThan(400);
    const levels = run.results.map((r) => r.level);
    // Notes go first: an error is dropped only once every note is gone.
    expect(levels.filter((l) => l === "error")).toHaveLength(Math.min(levels.length, 100));
    expect(run.invocations[0]!.toolExecutionNotifications![0]!.message.text).toContain("6000 bytes gzip-compressed");
  });
});
