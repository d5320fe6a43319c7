/** Types shared by the engine, the rules, the registry client and the reporters. */
import type { Dependency, LockedPackage, Span, Workspace } from "../model/types.js";
import type { SeverityFacts } from "./severity.js";
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
  /** Every locked version the finding covers, when one declaration brings several (`version` is the first). */
  versions?: string[];
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
  /** Every member the finding affects, when a shared declaration brings it to several. */
  members?: string[];
  /** Which of the rule's messages this is (`meta.messages`), so tests and tools need not match text. */
  messageId?: string;
  /** The manifest entries that bring the finding (one per member); the remediation plan acts on them. */
  declarations?: Dependency[];
  /** A single edit registry data shows to remove the finding (e.g. the release that drops a transitive crate). */
  remedy?: Remedy;
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
  /** Reads index data when there is some but runs without it (its advice is then less precise). */
  readsRegistry?: boolean;
  /** Options with their defaults; configuration may override them. */
  defaultOptions?: Record<string, unknown>;
  /** Path of the docs page relative to the package root, `rules/<id>.md`. */
  docs: string;
  /** Public URL of the docs page. */
  url?: string;
  /** Message templates by id, with `{{name}}` placeholders. */
  messages?: Record<string, string>;
}

export interface Remedy {
  action: "upgrade";
  /** The version of the declared crate to move to. */
  to: string;
}

/** What a rule hands to `report`; the engine turns it into a Finding. */
export interface Report {
  /** The text, or use `messageId` and `data` with the rule's `meta.messages`. */
  message?: string;
  messageId?: string;
  data?: Record<string, string | number>;
  crate: CrateRef;
  /** The manifest entry the finding points at. */
  dependency?: Dependency;
  /**
   * Every entry of one declaration (one per member inheriting a `[workspace.dependencies]` entry). The finding
   * sits at the shared entry when they all inherit it, with each member's key as a related location.
   */
  dependencies?: Dependency[];
  /** Every member affected, when more than one. */
  members?: string[];
  /** A locked package to add as a related location (its `[[package]]` line). */
  lockedPackage?: LockedPackage;
  /** Fallback location when there is no dependency (e.g. a workspace-wide finding). */
  location?: Location;
  /** The member (package name) the finding belongs to. */
  member?: string;
  suggestion?: string;
  /** A single edit that removes the finding, when registry data shows one. */
  remedy?: Remedy;
  /** Facts that make the finding milder than the rule's default; the engine decides the level. */
  facts?: SeverityFacts;
  /** Other rules whose evidence meets in this finding (e.g. a RustSec advisory): the most severe level wins. */
  alsoRules?: string[];
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
  /**
   * Each report comes from one member's own declarations and reads nothing of the other members (only the member,
   * the graph, catalog, registry, options and date): running the rule for each member alone gives the same reports,
   * in member order. The language server re-runs such a rule only for the members an edit changed.
   */
  memberScoped?: true;
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
  /** Ranked single edits and what each removes; absent when not computed. */
  plan?: PlanAction[];
  /** How many distinct findings the plan's edits remove together. */
  planRemoves?: number;
  /** What `--quiet` left out: findings below the threshold, and notes. */
  hidden?: { findings: number; notes: number; below: Severity };
}

/** One edit of the remediation plan. */
export interface PlanAction {
  action: "replace" | "upgrade" | "remove";
  target: { crate: string; version?: string; file: string; line: number; column: number };
  /** The crate to replace it with, or the version to upgrade to. */
  to?: string;
  /** Flagged locked packages no member reaches after the edit. */
  removes: Array<{ crate: string; version?: string; rules: string[] }>;
  /** How many findings the edit removes. */
  findings: number;
  /** The most severe of those findings. */
  severity: Severity;
  basis: "lockfile" | "registry";
}
