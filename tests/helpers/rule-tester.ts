/**
 * A table-driven tester for rules, after ESLint's RuleTester: each case is a small project written to a temporary
 * directory, loaded with the real workspace reader and run through the engine with the built-in catalog.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/catalog.js";
import { runRules, sortFindings } from "../../src/engine/engine.js";
import type { Finding, Rule, Severity } from "../../src/engine/types.js";
import { buildGraph } from "../../src/model/graph.js";
import { SpanLocator } from "../../src/model/spans.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { EMPTY_REGISTRY } from "../../src/registry/types.js";
import { writeProject } from "./temp-project.js";

export interface ExpectedRelated {
  /** Path relative to the project root. */
  file: string;
  line: number;
  label?: string;
}

export interface ExpectedFinding {
  /** Defaults to the id of the rule under test. */
  ruleId?: string;
  /** A substring of the message, or a pattern it must match. */
  message: string | RegExp;
  line: number;
  column: number;
  severity?: Severity;
  /** Path relative to the project root; defaults to `Cargo.toml`. */
  file?: string;
  /** When given, the related locations must be exactly these, in order. */
  related?: ExpectedRelated[];
  /** When given, the finding must belong to this member. */
  member?: string;
  /** When given, every member the finding affects, in order. */
  members?: string[];
  /** When given, the id of the rule's message the finding uses. */
  messageId?: string;
  /** When given, a substring of the suggestion or a pattern it must match. */
  suggestion?: string | RegExp;
}

export interface RuleCase {
  /** Test title; defaults to the file list. */
  name?: string;
  /** Relative path → content, e.g. `{ "Cargo.toml": "...", "Cargo.lock": "...", "crates/a/Cargo.toml": "..." }`. */
  files: Record<string, string>;
  /** Directory (relative) or manifest to load; defaults to the project root. */
  path?: string;
  /** Rule options merged over the rule's defaults. */
  options?: Record<string, unknown>;
  now?: Date;
}

export interface InvalidRuleCase extends RuleCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  valid: RuleCase[];
  invalid: InvalidRuleCase[];
}

const FIXED_NOW = new Date("2026-09-01T00:00:00Z");

function writeRuleProject(files: Record<string, string>): string {
  return writeProject(files, "rule-");
}

/** Runs one rule over a case the way the audit does, minus configuration and suppressions. */
export function runRuleOnCase(rule: Rule, testCase: RuleCase): { root: string; findings: Finding[] } {
  const root = writeRuleProject(testCase.files);
  const workspace = loadWorkspace(join(root, testCase.path ?? "."));
  const options = { ...(rule.meta.defaultOptions ?? {}), ...(testCase.options ?? {}) };
  const findings = runRules({
    workspace,
    graph: buildGraph(workspace),
    catalog: createCatalog(),
    registry: EMPTY_REGISTRY,
    rules: [rule],
    settings: { severity: () => rule.meta.defaultSeverity, options: () => options },
    spans: new SpanLocator((path) => workspace.sources.get(path) ?? readFileSync(path, "utf8")),
    now: testCase.now ?? FIXED_NOW,
  });
  return { root, findings: sortFindings(findings) };
}

function titleOf(testCase: RuleCase): string {
  return testCase.name ?? Object.keys(testCase.files).join(", ");
}

/** What a finding looks like in failure output: short enough to compare by eye. */
function summary(root: string, finding: Finding): string {
  const file = relative(root, finding.location.file).split("\\").join("/");
  return `${file}:${finding.location.line}:${finding.location.column} ${finding.severity} [${finding.ruleId}] ${finding.message}`;
}

function assertFinding(root: string, rule: Rule, actual: Finding, expected: ExpectedFinding): void {
  const where = summary(root, actual);
  expect(actual.ruleId, where).toBe(expected.ruleId ?? rule.meta.id);
  expect(relative(root, actual.location.file).split("\\").join("/"), where).toBe(expected.file ?? "Cargo.toml");
  expect({ line: actual.location.line, column: actual.location.column }, where).toEqual({ line: expected.line, column: expected.column });
  if (typeof expected.message === "string") expect(actual.message, where).toContain(expected.message);
  else expect(actual.message, where).toMatch(expected.message);
  if (expected.severity) expect(actual.severity, where).toBe(expected.severity);
  if (expected.member) expect(actual.member, where).toBe(expected.member);
  if (expected.members) expect(actual.members, where).toEqual(expected.members);
  if (expected.messageId) expect(actual.messageId, where).toBe(expected.messageId);
  if (typeof expected.suggestion === "string") expect(actual.suggestion, where).toContain(expected.suggestion);
  else if (expected.suggestion) expect(actual.suggestion, where).toMatch(expected.suggestion);
  if (expected.related) {
    const related = actual.relatedLocations.map((r) => ({
      file: relative(root, r.file).split("\\").join("/"),
      line: r.line,
      ...(expected.related?.some((e) => e.label !== undefined) ? { label: r.label } : {}),
    }));
    expect(related, where).toEqual(expected.related.map((r) => ({ file: r.file, line: r.line, ...(r.label !== undefined ? { label: r.label } : {}) })));
  }
}

/** Declares one `describe` block per rule with an `it` per case. */
export function testRule(rule: Rule, tests: RuleTests): void {
  describe(rule.meta.id, () => {
    describe("valid", () => {
      for (const testCase of tests.valid) {
        it(titleOf(testCase), () => {
          const { root, findings } = runRuleOnCase(rule, testCase);
          expect(findings.map((f) => summary(root, f))).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const testCase of tests.invalid) {
        it(titleOf(testCase), () => {
          if (testCase.findings.length === 0) throw new Error("an invalid case must expect at least one finding");
          const { root, findings } = runRuleOnCase(rule, testCase);
          expect(findings.length, findings.map((f) => summary(root, f)).join("\n")).toBe(testCase.findings.length);
          findings.forEach((finding, i) => assertFinding(root, rule, finding, testCase.findings[i] as ExpectedFinding));
        });
      }
    });
  });
}

export interface LockEntry {
  name: string;
  version: string;
  /** Edge strings as cargo writes them: `"name"` or `"name version"` when several versions are locked. */
  dependencies?: string[];
  /** A workspace member or path dependency: no source. */
  local?: boolean;
}

const CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index";

/** A version-4 Cargo.lock for test cases; registry entries come from crates.io (checksums are not read). */
export function lockfile(entries: LockEntry[]): string {
  const blocks = [...entries]
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version, undefined, { numeric: true }))
    .map((e) => {
      const lines = ["[[package]]", `name = "${e.name}"`, `version = "${e.version}"`];
      if (!e.local) lines.push(`source = "${CRATES_IO}"`);
      if (e.dependencies && e.dependencies.length > 0) lines.push("dependencies = [", ...e.dependencies.map((d) => ` "${d}",`), "]");
      return lines.join("\n");
    });
  return ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 4", "", blocks.join("\n\n"), ""].join("\n");
}

/** A `[package]` header for test manifests. */
export function packageHeader(name = "app", version = "0.1.0", edition = "2021"): string {
  return `[package]\nname = "${name}"\nversion = "${version}"\nedition = "${edition}"\n`;
}

/** The 1-based line of the `[[package]]` header of `name` (and `version`) in lockfile text. */
export function packageLine(lockText: string, name: string, version?: string): number {
  const lines = lockText.split("\n");
  const at = lines.findIndex((line, i) => line === `name = "${name}"` && (version === undefined || lines[i + 1] === `version = "${version}"`));
  if (at < 1) throw new Error(`no [[package]] ${name} ${version ?? ""} in the lockfile`);
  return at; // the header is the line above `name`, and lines are 1-based
}
