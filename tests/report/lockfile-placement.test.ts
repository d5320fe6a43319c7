/**
 * Code-host placement: SARIF category, plain help text, absolute doc links, rule names, the repository root of the
 * audited project, and lockfile fixes (yanked-version, outdated-lock) located at the locked version in Cargo.lock
 * with the Cargo.toml key as a related location, in SARIF, GitHub annotations and GitLab Code Quality alike.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_RULE_METAS } from "../../src/audit.js";
import { githubReporter } from "../../src/report/github.js";
import { gitlabReporter } from "../../src/report/gitlab.js";
import { markdownToText } from "../../src/report/markdown-text.js";
import { ruleName } from "../../src/report/sarif-rules.js";
import { sarifCategory, sarifReporter } from "../../src/report/sarif.js";
import { packageRoot } from "../../src/util/package-root.js";
import { ruleDocs, toolInfo } from "../../src/commands/report-context.js";
import { auditResult, context, finding, location } from "../helpers/findings.js";

const schemaPath = join(packageRoot(), "..", "shared", "specs", "sarif-schema-2.1.0.json");

// The folder is named here but made in beforeAll: a file whose tests never run (a filtered or interrupted run) then
// leaves nothing behind.
const dir = join(tmpdir(), `cargo-sunset-placement-${process.pid}-${randomBytes(4).toString("hex")}`);
beforeAll(() => {
  mkdirSync(dir);
  writeFileSync(
    lockPath,
    ["version = 4", "", "[[package]]", 'name = "serde"', 'version = "1.0.100"', 'source = "registry+https://github.com/rust-lang/crates.io-index"', ""].join("\n"),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lockPath = join(dir, "Cargo.lock");
const manifest = location({ file: join(dir, "Cargo.toml"), line: 7, column: 1, endColumn: 6 });
const lockEntry = location({ file: lockPath, line: 3, column: 1, endColumn: 12, label: "Cargo.lock entry" });
const yanked = finding({ ruleId: "yanked-version", severity: "error", crate: { name: "serde", version: "1.0.100", req: "1" }, location: manifest, relatedLocations: [lockEntry] });
const declining = finding({ ruleId: "declining-crate", crate: { name: "tide" }, location: manifest, relatedLocations: [lockEntry] });
// The shipped docs pages and package.json facts, as the command layer hands them over.
const ctx = context({ cwd: dir, repoRoot: dir, tool: toolInfo(), ruleDocs: ruleDocs(ALL_RULE_METAS) });

type SarifRun = {
  automationDetails?: { id: string };
  tool: { driver: { rules: Array<{ id: string; name: string; help: { text: string; markdown: string }; fullDescription: { text: string } }> } };
  results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn: number } } }>; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message?: { text: string } }> }>;
};
const sarifRun = (findings = [yanked, declining], extra = {}) =>
  (JSON.parse(sarifReporter(auditResult(findings, [], ALL_RULE_METAS), { ...ctx, ...extra })) as { runs: SarifRun[] }).runs[0]!;

describe("lockfile fixes are located in Cargo.lock", () => {
  it("SARIF: the primary location is the locked version line, the Cargo.toml key a related location", () => {
    const [first, second] = sarifRun().results.sort((a, b) => a.ruleId.localeCompare(b.ruleId)).reverse();
    expect(first!.ruleId).toBe("yanked-version");
    expect(first!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("Cargo.lock");
    expect(first!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 11, endColumn: 20 });
    expect(first!.relatedLocations!.map((r) => [r.physicalLocation.artifactLocation.uri, r.physicalLocation.region.startLine, r.message?.text])).toEqual([["Cargo.toml", 7, "Cargo.toml requirement"]]);
    // A finding fixed in Cargo.toml keeps its place.
    expect(second!.ruleId).toBe("declining-crate");
    expect(second!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("Cargo.toml");
    expect(second!.relatedLocations![0]!.physicalLocation.artifactLocation.uri).toBe("Cargo.lock");
  });

  it("outdated-lock too; other rules and findings without a lockfile entry are left alone", () => {
    const outdated = { ...yanked, ruleId: "outdated-lock", severity: "note" as const };
    const alone = { ...yanked, relatedLocations: [] };
    const uris = sarifRun([outdated, alone]).results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.sort()).toEqual(["Cargo.lock", "Cargo.toml"]);
  });

  it("GitHub annotations and GitLab issues point at the same line", () => {
    expect(githubReporter(auditResult([yanked]), ctx)).toContain("::error file=Cargo.lock,line=5,col=11,endLine=5,endColumn=20,");
    const [issue] = JSON.parse(gitlabReporter(auditResult([yanked]), ctx)) as Array<{ location: { path: string; lines: { begin: number } } }>;
    expect(issue!.location).toEqual({ path: "Cargo.lock", lines: { begin: 5, end: 5 } });
  });
});

describe("SARIF for code scanning", () => {
  it("turns an --automation-id without / into a category", () => {
    expect(sarifCategory("api")).toBe("api/");
    expect(sarifCategory("rust/api")).toBe("rust/api");
    expect(sarifCategory("rust/api/")).toBe("rust/api/");
    expect(sarifRun([yanked], { automationId: "api" }).automationDetails).toEqual({ id: "api/" });
    expect(sarifRun([yanked]).automationDetails).toBeUndefined();
  });

  it("gives every rule a name distinct from its id, ignoring case", () => {
    const rules = sarifRun().tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(ALL_RULE_METAS.map((m) => m.id).sort());
    for (const rule of rules) expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    expect(ruleName("msrv")).toBe("RustVersionTooLow");
    expect(ruleName("declining-crate")).toBe("DecliningCrate");
    expect(ruleName("lint")).toBe("LintCheck");
  });

  it("writes help.text as plain text and help.markdown with absolute links", () => {
    for (const rule of sarifRun().tool.driver.rules) {
      // Code blocks are indented and kept verbatim (they show real output); the prose has no Markdown left.
      const prose = rule.help.text.split("\n").filter((line) => !line.startsWith("    "));
      for (const line of prose) expect(line, rule.id).not.toMatch(/^#|\*\*|`|\]\(/);
      const links = [...rule.help.markdown.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
      for (const link of links) expect(link, `${rule.id}: ${link}`).toMatch(/^https?:\/\//);
      expect(rule.fullDescription.text).not.toMatch(/`|\]\(/);
    }
    const transitive = sarifRun().tool.driver.rules.find((r) => r.id === "declining-transitive")!;
    expect(transitive.help.markdown).toContain("[declining-crate](https://github.com/cargo-sunset/cargo-sunset/blob/main/rules/declining-crate.md)");
    expect(transitive.help.text).toContain("declining-crate (https://github.com/cargo-sunset/cargo-sunset/blob/main/rules/declining-crate.md)");
  });

  it.skipIf(!existsSync(schemaPath))("stays valid SARIF 2.1.0 with the new placement, category and names", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat("uri", (value: string) => URL.canParse(value));
    ajv.addFormat("uri-reference", (value: string) => !/[\s\\]/.test(value) && URL.canParse(value, "file:///base/"));
    ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
    const log = JSON.parse(sarifReporter(auditResult([yanked, declining], [], ALL_RULE_METAS), { ...ctx, automationId: "api" }));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it("converts Markdown to plain text", () => {
    expect(markdownToText("## Rule details\n\nUse **`cargo update -p x`**, see [docs](https://a.example/d) and _this_.\n\n```toml\nx = 1\n```")).toBe(
      "RULE DETAILS\n\nUse cargo update -p x, see docs (https://a.example/d) and this.\n\n    x = 1",
    );
  });
});
