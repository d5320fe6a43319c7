/** Runs the rules over one prepared workspace and turns their reports into located, fingerprinted findings. */
import { relative } from "node:path";
import { InputError } from "../errors.js";
import type { Catalog } from "../catalog/catalog.js";
import type { DependencyGraph } from "../model/graph.js";
import type { SpanLocator } from "../model/spans.js";
import type { Dependency, Workspace } from "../model/types.js";
import type { RegistryView } from "../registry/types.js";
import { createFinding, formatMessage, type FindingInput } from "./finding.js";
import { resolveSeverity, type RuleLevel, type SeverityFacts } from "./severity.js";
import type { Finding, Location, Report, Rule, RuleMeta, Severity, SeveritySetting } from "./types.js";

export { sortFindings, compareFindings } from "./finding.js";

export interface RuleSettings {
  severity(ruleId: string, member?: string): SeveritySetting;
  /** Whether configuration set the severity; when absent, nothing is configured. */
  configured?(ruleId: string, member?: string): boolean;
  options(ruleId: string, member?: string): Record<string, unknown>;
}

/** The rules' own levels and options, with nothing configured: what a run without configuration sees. */
export function defaultRuleSettings(metas: readonly RuleMeta[]): RuleSettings {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const meta = (id: string): RuleMeta => {
    const found = byId.get(id);
    if (!found) throw new RangeError(`unknown rule id \`${id}\``);
    return found;
  };
  return { severity: (id) => meta(id).defaultSeverity, configured: () => false, options: (id) => ({ ...meta(id).defaultOptions }) };
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
  /** False when no registry data was loaded: rules that need it are skipped. */
  hasRegistryData?: boolean;
}

const LOCK_HEADER_WIDTH = "[[package]]".length;
/** Related locations listed for the members of a shared declaration; the message gives the full count. */
export const MAX_MEMBER_LOCATIONS = 10;

function at(input: EngineInput, manifestPath: string, keyPath: string[], label?: string): Location {
  const span = input.spans.spanOf(manifestPath, keyPath) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file: manifestPath, ...span, ...(label ? { label } : {}) };
}

/**
 * Where a report points: the declaration's key (the shared `[workspace.dependencies]` entry when several members
 * inherit it), else the given location, else the root manifest.
 */
function locate(input: EngineInput, report: Report, deps: Dependency[]): { location: Location; related: Location[] } {
  const { workspace } = input;
  const related: Location[] = [];
  let location: Location | undefined = report.location;
  const first = deps[0];
  if (first) {
    const shared = first.inheritedFrom;
    if (shared && deps.length > 1 && deps.every((d) => d.inheritedFrom === shared)) {
      location = at(input, shared.manifestPath, shared.keyPath);
      for (const dep of deps.slice(0, MAX_MEMBER_LOCATIONS)) related.push(at(input, dep.manifestPath, dep.keyPath, "inherited here"));
    } else {
      location = at(input, first.manifestPath, first.keyPath);
      if (shared) related.push(at(input, shared.manifestPath, shared.keyPath, "workspace dependency"));
      for (const dep of deps.slice(1, MAX_MEMBER_LOCATIONS + 1)) related.push(at(input, dep.manifestPath, dep.keyPath, "also declared here"));
    }
  }
  if (report.lockedPackage && workspace.lockfile) {
    const line = report.lockedPackage.line;
    related.push({ file: workspace.lockfile.path, line, column: 1, endLine: line, endColumn: LOCK_HEADER_WIDTH + 1, label: "Cargo.lock entry" });
  }
  related.push(...(report.related ?? []));
  return { location: location ?? { file: workspace.rootManifestPath, line: 1, column: 1, endLine: 1, endColumn: 1 }, related };
}

/** The distinct levels of a rule in the members (a finding shared by hundreds of members has one or two). */
function levelOf(settings: RuleSettings, ruleId: string, members: (string | undefined)[]): RuleLevel[] {
  const levels: RuleLevel[] = [];
  for (const member of members) {
    const setting = settings.severity(ruleId, member);
    const configured = settings.configured?.(ruleId, member) ?? false;
    if (!levels.some((l) => l.setting === setting && l.configured === configured)) levels.push({ setting, configured });
  }
  return levels;
}

/**
 * The level of a finding of `ruleId` in the given members (none: the workspace), from the settings and the facts;
 * null when the rule is off there. Every finding's level is decided here, the suppressions' included.
 */
export function severityFor(settings: RuleSettings, ruleId: string, members: readonly string[], facts?: SeverityFacts, alsoRules: readonly string[] = []): Severity | null {
  const scopes: (string | undefined)[] = members.length > 0 ? [...members] : [undefined];
  const levels = levelOf(settings, ruleId, scopes);
  // A rule whose own level is off is off, whatever other evidence meets in the finding.
  if (levels.every((l) => l.setting === "off")) return null;
  const evidence = alsoRules.flatMap((id) => levelOf(settings, id, scopes).map((l) => ({ ...l, configured: false })));
  return resolveSeverity([...levels, ...evidence], facts);
}

export interface RuleFindingInput extends Omit<FindingInput, "ruleId" | "severity" | "message" | "messageId"> {
  messageId: string;
  data?: Record<string, string | number>;
  facts?: SeverityFacts;
  /** Members whose settings decide the level, when they are not the finding's own `members`. */
  scope?: string[];
}

/**
 * A finding of a rule that is not a check (the suppressions' own findings): the same message templates, level
 * resolution and factory as a rule's report. Null when the rule is off.
 */
export function ruleFinding(settings: RuleSettings, meta: RuleMeta, input: RuleFindingInput): Finding | null {
  const { messageId, data, facts, scope, ...rest } = input;
  const severity = severityFor(settings, meta.id, scope ?? input.members ?? [], facts);
  if (severity === null) return null;
  const template = meta.messages?.[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message \`${messageId}\``);
  return createFinding({ ...rest, ruleId: meta.id, severity, message: formatMessage(template, data), messageId });
}

/** Manifest paths relative to the workspace root, once per file: a large report has thousands of findings. */
const relativePaths = new WeakMap<Workspace, Map<string, string>>();

function manifestOf(workspace: Workspace, file: string): string {
  let paths = relativePaths.get(workspace);
  if (!paths) {
    paths = new Map();
    relativePaths.set(workspace, paths);
  }
  let path = paths.get(file);
  if (path === undefined) {
    path = relative(workspace.root, file).split("\\").join("/");
    paths.set(file, path);
  }
  return path;
}

function toFinding(input: EngineInput, rule: Rule, report: Report): Finding | null {
  const members = report.members ?? (report.member ? [report.member] : []);
  const severity = severityFor(input.settings, rule.meta.id, members, report.facts, report.alsoRules);
  if (severity === null) return null;
  const deps = report.dependencies ?? (report.dependency ? [report.dependency] : []);
  const { location, related } = locate(input, report, deps);
  const manifest = manifestOf(input.workspace, location.file);
  const template = report.messageId ? rule.meta.messages?.[report.messageId] : undefined;
  if (report.messageId && template === undefined) throw new Error(`rule ${rule.meta.id} has no message \`${report.messageId}\``);
  const message = template !== undefined ? formatMessage(template, report.data) : (report.message ?? "");
  // A finding shared by several members is one identity; a single member's keeps the member in it.
  const memberPart = members.length === 1 ? (members[0] as string) : "";
  return createFinding({
    ruleId: rule.meta.id,
    severity,
    message,
    ...(report.messageId ? { messageId: report.messageId } : {}),
    crate: report.crate,
    location,
    relatedLocations: related,
    ...(report.suggestion ? { suggestion: report.suggestion } : {}),
    members,
    declarations: deps,
    ...(report.remedy ? { remedy: report.remedy } : {}),
    ...(report.advisory ? { advisory: report.advisory } : {}),
    identity: [report.crate.name, manifest, memberPart, report.fingerprintExtra ?? ""],
  });
}

/** The rules that run with these inputs: not the registry's when no registry data was loaded. */
export function runnableRules(input: EngineInput): Rule[] {
  return input.rules.filter((rule) => !(rule.meta.needsRegistry && input.hasRegistryData === false));
}

/** One rule's reports; `workspace` narrows what the rule iterates (a member-scoped rule run for some members). */
export function collectReports(input: EngineInput, rule: Rule, workspace: Workspace = input.workspace, registry: RegistryView = input.registry): Report[] {
  const reports: Report[] = [];
  try {
    rule.check({
      workspace,
      graph: input.graph,
      catalog: input.catalog,
      registry,
      options: input.settings.options(rule.meta.id),
      now: input.now,
      report: (r) => reports.push(r),
    });
  } catch (error) {
    // Bad input met while a rule reads it (a damaged cache file) is the user's to fix, not a bug of the rule.
    if (error instanceof InputError) throw error;
    throw new Error(`rule ${rule.meta.id} failed: ${(error as Error).stack ?? String(error)}`);
  }
  return reports;
}

/** Reports as located findings, in order; reports of a rule that is off where they belong are dropped. */
export function reportsToFindings(input: EngineInput, rule: Rule, reports: readonly Report[]): Finding[] {
  const findings: Finding[] = [];
  for (const report of reports) {
    const finding = toFinding(input, rule, report);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** The findings of every rule given the rules' reports: what `runRules` and its incremental twin share. */
export type RuleRunner = (input: EngineInput) => Finding[];

/** Runs every rule that is not switched off everywhere; a crashing rule is reported with its id. */
export function runRules(input: EngineInput): Finding[] {
  return runnableRules(input).flatMap((rule) => reportsToFindings(input, rule, collectReports(input, rule)));
}
