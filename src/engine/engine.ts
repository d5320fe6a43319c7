/** Runs the rules over one prepared workspace and turns their reports into located, fingerprinted findings. */
import { relative } from "node:path";
import type { Catalog } from "../catalog/catalog.js";
import type { DependencyGraph } from "../model/graph.js";
import type { SpanLocator } from "../model/spans.js";
import type { Workspace } from "../model/types.js";
import type { RegistryView } from "../registry/types.js";
import { fingerprintOf } from "./fingerprint.js";
import type { Finding, Location, Report, Rule, SeveritySetting } from "./types.js";

export interface RuleSettings {
  severity(ruleId: string, member?: string): SeveritySetting;
  options(ruleId: string, member?: string): Record<string, unknown>;
}

export interface EngineInput {
  workspace: Workspace;
  graph: DependencyGraph | null;
  catalog: Catalog;
  registry: RegistryView;
  rules: readonly Rule[];
  settings: RuleSettings;
  spans: SpanLocator;
  now: Date;
}

const LOCK_HEADER_WIDTH = "[[package]]".length;

/** Where a report points: the dependency's key, else the given location, else the root manifest. */
function locate(input: EngineInput, report: Report): { location: Location; related: Location[] } {
  const { spans, workspace } = input;
  const related: Location[] = [];
  let location: Location | undefined = report.location;
  if (report.dependency) {
    const dep = report.dependency;
    const span = spans.spanOf(dep.manifestPath, dep.keyPath);
    location = { file: dep.manifestPath, ...(span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }) };
    const inherited = dep.inheritedFrom;
    const inheritedSpan = inherited && spans.spanOf(inherited.manifestPath, inherited.keyPath);
    if (inherited && inheritedSpan) related.push({ file: inherited.manifestPath, ...inheritedSpan, label: "workspace dependency" });
  }
  if (report.lockedPackage && workspace.lockfile) {
    const line = report.lockedPackage.line;
    related.push({ file: workspace.lockfile.path, line, column: 1, endLine: line, endColumn: LOCK_HEADER_WIDTH + 1, label: "Cargo.lock entry" });
  }
  related.push(...(report.related ?? []));
  return { location: location ?? { file: workspace.rootManifestPath, line: 1, column: 1, endLine: 1, endColumn: 1 }, related };
}

function toFinding(input: EngineInput, rule: Rule, report: Report): Finding | null {
  const setting = input.settings.severity(rule.meta.id, report.member);
  if (setting === "off") return null;
  // A configured severity replaces the default; a rule's own adjustment (e.g. dev-only reach) lowers from there.
  const severity = report.severity && setting === rule.meta.defaultSeverity ? report.severity : setting;
  const { location, related } = locate(input, report);
  const manifest = relative(input.workspace.root, location.file).split("\\").join("/");
  return {
    ruleId: rule.meta.id,
    severity,
    message: report.message,
    crate: report.crate,
    location,
    relatedLocations: related,
    ...(report.suggestion ? { suggestion: report.suggestion } : {}),
    ...(report.member ? { member: report.member } : {}),
    fingerprint: fingerprintOf([rule.meta.id, report.crate.name, manifest, report.member ?? "", report.fingerprintExtra ?? ""]),
    ...(report.advisory ? { advisory: report.advisory } : {}),
  };
}

/** Runs every rule that is not switched off everywhere; a crashing rule is reported with its id. */
export function runRules(input: EngineInput): Finding[] {
  const findings: Finding[] = [];
  for (const rule of input.rules) {
    const reports: Report[] = [];
    try {
      rule.check({
        workspace: input.workspace,
        graph: input.graph,
        catalog: input.catalog,
        registry: input.registry,
        options: input.settings.options(rule.meta.id),
        now: input.now,
        report: (r) => reports.push(r),
      });
    } catch (error) {
      throw new Error(`rule ${rule.meta.id} failed: ${(error as Error).stack ?? String(error)}`);
    }
    for (const report of reports) {
      const finding = toFinding(input, rule, report);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

/** Deterministic order: file, line, column, rule, crate; duplicates (same fingerprint) kept once. */
export function sortFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return [...findings]
    .sort((a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.crate.name.localeCompare(b.crate.name) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.message.localeCompare(b.message),
    )
    .filter((f) => (seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true)));
}
