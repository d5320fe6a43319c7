/** Types shared by the engine, the rules, the registry client and the reporters. */
import type { Dependency, LockedPackage, Span, Workspace } from "../model/types.js";
import type { DependencyGraph } from "../model/graph.js";
import type { Catalog } from "../catalog/catalog.js";
import type { RegistryView } from "../registry/types.js";

export type Severity = "error" | "warning" | "note";
export type SeveritySetting = Severity | "off";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "note"];

/** A place in a file. `file` is absolute inside the engine; reporters make it relative. */
export interface Location extends Span {
  file: string;
  /** Short label for related locations, e.g. "workspace dependency" or "Cargo.lock entry". */
  label?: string;
}

/** The RustSec advisory a finding is about, as JSON and SARIF carry it. */
export interface AdvisoryRef {
  id: string;
  kind: "vulnerability" | "unmaintained" | "unsound" | "notice";
  title: string;
  date: string;
  url: string;
  aliases: string[];
  cvss?: string;
  /** CVSS base score. */
  score?: number;
  patched: string[];
  os?: string[];
  arch?: string[];
  functions?: string[];
}

export interface CrateRef {
  name: string;
  /** Locked version, when known. */
  version?: string;
  /** Requirement from Cargo.toml, when the finding is about a direct dependency. */
  req?: string;
}

/** A finding is plain data; color and layout belong to the reporters. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  crate: CrateRef;
  location: Location;
  relatedLocations: Location[];
  suggestion?: string;
  /** Workspace member the finding belongs to (package name), when there is one. */
  member?: string;
  /** Stable across unrelated edits: hash of rule + crate + manifest path + member. */
  fingerprint: string;
  /** The RustSec advisory behind the finding, when there is one. */
  advisory?: AdvisoryRef;
}

export type RuleCategory = "maintenance" | "freshness" | "architecture" | "compatibility" | "security";

export interface RuleMeta {
  id: string;
  /** One line, no trailing period. */
  description: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  needsRegistry: boolean;
  /** Options with their defaults; configuration may override them. */
  defaultOptions?: Record<string, unknown>;
  /** Path of the docs page relative to the package root, `rules/<id>.md`. */
  docs: string;
}

/** What a rule hands to `report`; the engine turns it into a Finding. */
export interface Report {
  message: string;
  crate: CrateRef;
  /** The manifest entry the finding points at. */
  dependency?: Dependency;
  /** A locked package to add as a related location (its `[[package]]` line). */
  lockedPackage?: LockedPackage;
  /** Fallback location when there is no dependency (e.g. a workspace-wide finding). */
  location?: Location;
  /** The member (package name) the finding belongs to. */
  member?: string;
  suggestion?: string;
  /** Override of the rule's severity (e.g. lowered for dev-only reach). */
  severity?: Severity;
  /** Extra related locations beyond the ones derived from dependency/lockedPackage. */
  related?: Location[];
  /** Extra text mixed into the fingerprint when one rule can report one crate twice in one manifest. */
  fingerprintExtra?: string;
  /** The RustSec advisory behind the finding. */
  advisory?: AdvisoryRef;
}

export interface RuleContext {
  workspace: Workspace;
  graph: DependencyGraph | null;
  catalog: Catalog;
  registry: RegistryView;
  options: Record<string, unknown>;
  /** The run's clock, so rules about dates are testable. */
  now: Date;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A message about the run itself (registry unreachable, lockfile missing, ignore unused, ...). */
export interface ToolNote {
  level: Severity;
  message: string;
  location?: Location;
}

/** Everything a reporter needs. */
export interface AuditResult {
  findings: Finding[];
  notes: ToolNote[];
  /** Absolute directories of the audited workspace roots. */
  workspaceRoots: string[];
  /** Metadata of every rule that ran. */
  rules: RuleMeta[];
}
