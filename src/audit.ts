/** The audit from paths to an AuditResult: load, configure, fetch registry data, run rules, apply suppressions. */
import { relative } from "node:path";
import { prepareAdvisories, unusedIgnoreNotes } from "./advisories/run-data.js";
import { createCatalog, type Catalog } from "./catalog/catalog.js";
import { loadConfig } from "./config/load.js";
import type { CliConfigOverrides, ResolvedConfig } from "./config/types.js";
import { runRules, sortFindings, type RuleSettings } from "./engine/engine.js";
import { keyOf, type IncrementalRules } from "./engine/incremental.js";
import type { AuditResult, Finding, Rule, RuleMeta, SeveritySetting, ToolNote } from "./engine/types.js";
import { buildGraph } from "./model/graph.js";
import { buildPlan, type PlanInput } from "./engine/plan.js";
import type { PlanAction } from "./engine/types.js";
import { SpanLocator } from "./model/spans.js";
import { readTextFile } from "./model/toml-file.js";
import type { Workspace } from "./model/types.js";
import { checkSelection, isNarrowed, selectedMembers, type MemberSelection } from "./model/member-selection.js";
import { loadWorkspaces } from "./model/workspace.js";
import type { RegistryOptions, RegistryResult } from "./registry/options.js";
import { defaultCacheDir } from "./registry/cache.js";
import { prefetchRegistry } from "./registry/prefetch.js";
import { EMPTY_REGISTRY, type RegistryView } from "./registry/types.js";
import { DEFAULT_CACHE_TTL_MS } from "./registry/options.js";
import { applyBaseline, readBaseline, type Baseline } from "./suppress/baseline.js";
import { applyIgnores } from "./suppress/ignores.js";
import { applyInlineAllows } from "./suppress/inline.js";
import { reportValidUntil, watchedView } from "./warm/validity.js";
import type { CrateInfo } from "./registry/types.js";
import { RULES } from "../rules/index.js";
import { SUPPRESSION_RULES } from "../rules/suppression-findings.js";
import { memoized } from "./util/maps.js";

export interface AuditOptions {
  paths: string[];
  cwd: string;
  now: Date;
  configPath?: string;
  cli: CliConfigOverrides;
  /** Registry options apart from what configuration decides (env, fetch, progress, crates.io override). */
  registry: Omit<RegistryOptions, "offline" | "concurrency" | "cacheDir" | "cacheTtlMs">;
  baselinePath?: string;
  /** Skip the baseline (the findings are about to be written to it). */
  ignoreBaseline?: boolean;
  /** `-p/--package` and `--exclude`. */
  members?: MemberSelection;
  /** Reuse the rules' reports of the previous audit where the inputs did not change (the language server). */
  incremental?: IncrementalRules;
}

export interface AuditOutcome {
  result: AuditResult;
  /** The catalog of the first workspace, for reporters and --explain. */
  catalog: Catalog;
  registryFailed: boolean;
  /** Until when the report may be served again for unchanged inputs (ms since the epoch; 0: never). */
  validUntil: number;
  /** Each workspace as audited, with the registry data its rules saw (for `--fix` and the language server). */
  audited: AuditedWorkspace[];
}

export interface AuditedWorkspace {
  workspace: Workspace;
  registry: RegistryView;
  catalog: Catalog;
  config: ResolvedConfig;
}

/** Every rule's metadata, suppression findings included: what reporters describe. */
export const ALL_RULE_METAS: RuleMeta[] = [...RULES.map((r) => r.meta), ...SUPPRESSION_RULES];

function settingsOf(config: ResolvedConfig): RuleSettings {
  // Every finding asks for its rule's level in its members: answered once per rule and member.
  const levels = new Map<string, Map<string | undefined, { severity: SeveritySetting; configured: boolean }>>();
  const level = (id: string, member: string | undefined) => {
    const ofRule = memoized(levels, id, () => new Map<string | undefined, { severity: SeveritySetting; configured: boolean }>());
    return memoized(ofRule, member, () => ({ severity: config.ruleSetting(id, member).severity, configured: config.severityConfigured(id, member) }));
  };
  return {
    severity: (id, member) => level(id, member).severity,
    configured: (id, member) => level(id, member).configured,
    options: (id, member) => config.ruleSetting(id, member).options,
  };
}

/** What rules that run before the registry answers see: reading it is a bug in the rule's metadata. */
const readTooEarly = (): never => {
  throw new Error("a rule read registry data before it was fetched: declare needsRegistry or readsRegistry");
};
const NOT_YET_FETCHED: RegistryView = { forDependency: readTooEarly, forLockedPackage: readTooEarly };

/** A rule runs unless it is off for the workspace and every member. */
function activeRules(workspace: Workspace, config: ResolvedConfig): Rule[] {
  return RULES.filter((rule) =>
    [undefined, ...workspace.members.map((m) => m.name)].some((member) => config.ruleSetting(rule.meta.id, member).severity !== "off"),
  );
}

function registryNotes(result: RegistryResult): ToolNote[] {
  const notes: ToolNote[] = result.notes.map((message) => ({ level: "note", message }));
  if (result.offlineEmptyCache) {
    const count = new Set(result.problems.map((p) => p.crate)).size;
    notes.push({ level: "warning", message: `offline with an empty cache: ${count} crate(s) were not checked against the registry; run once without --offline to fill the cache` });
  } else if (result.problems.length > 0) {
    const names = [...new Set(result.problems.map((p) => p.crate))].sort();
    const shown = names.slice(0, 20).join(", ") + (names.length > 20 ? `, and ${names.length - 20} more` : "");
    notes.push({
      level: "warning",
      message: `could not check ${names.length} crate(s) against the registry: ${shown} (first problem: ${result.problems[0]?.message})`,
    });
  }
  return notes;
}

async function auditWorkspace(workspace: Workspace, options: AuditOptions, notes: ToolNote[]): Promise<{ findings: Finding[]; catalog: Catalog; registryFailed: boolean; audited: AuditedWorkspace; validUntil: number; planInput: PlanInput }> {
  const config = loadConfig({
    workspaceRoot: workspace.root,
    rootManifestPath: workspace.rootManifestPath,
    memberManifests: workspace.members.map((m) => ({ name: m.name, manifestPath: m.manifestPath })),
    configPath: options.configPath,
    cli: options.cli,
    ruleMetas: ALL_RULE_METAS,
    manifestText: (path) => workspace.sources.get(path),
  });
  const rules = activeRules(workspace, config);
  // Registry requests go out first; what needs no index data is prepared while the answers come in.
  const fetching = rules.some((r) => r.meta.needsRegistry) ? prefetchRegistry([workspace], { ...options.registry, ...config.registry }) : undefined;
  // A failure is reported where the fetch is awaited, not as an unhandled rejection meanwhile.
  fetching?.catch(() => undefined);
  const advisories = await prepareAdvisories(config.advisories, config.registry.cacheDir ?? defaultCacheDir(options.registry.env), options.registry.env, options.now);
  notes.push(...advisories.notes);
  const catalog = createCatalog({ extraEntries: config.catalogEntries, advisoryDb: advisories.selected.database, ignoredAdvisories: advisories.ignored });
  if (!workspace.lockfile) {
    notes.push({ level: "note", message: `no Cargo.lock in ${relative(options.cwd, workspace.root) || "."}: checks of locked and transitive crates were skipped` });
  }
  const spans = new SpanLocator((path) => workspace.sources.get(path) ?? readTextFile(path));
  const graph = buildGraph(workspace);
  // One settings object decides every finding's level: the rules' and the suppressions' own.
  const settings = settingsOf(config);
  const engine = { workspace, graph, catalog, settings, spans, now: options.now };
  // Each rule's findings, kept apart so that the order is one pass over the rules whichever ran first.
  const found = new Map<Rule, Finding[]>();
  if (fetching && !options.incremental) {
    for (const rule of rules.filter((r) => !r.meta.needsRegistry && !r.meta.readsRegistry)) {
      found.set(rule, runRules({ ...engine, rules: [rule], registry: NOT_YET_FETCHED }));
      // Between rules, the event loop takes the answers that came in and sends the next requests.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  let registry = EMPTY_REGISTRY;
  let registryFailed = false;
  const used = new Set<CrateInfo>();
  if (fetching) {
    const fetched = await fetching;
    // Offline with nothing cached, the registry rules have nothing to judge: they are skipped, not run on no data.
    if (!fetched.offlineEmptyCache) registry = watchedView(fetched.view, used);
    registryFailed = fetched.problems.length > 0;
    notes.push(...registryNotes(fetched));
  }
  const hasRegistryData = registry !== EMPTY_REGISTRY;
  let raw: Finding[];
  if (options.incremental) {
    // The language server reuses the reports of rules whose inputs did not change since its last audit.
    const engineInput = { ...engine, registry, rules, hasRegistryData };
    // The catalog's data by what decides it: configured entries, the advisory database, the ignored advisories.
    // A database read from a plain directory has no commit to tell an edited advisory apart: its content decides.
    const local = advisories.selected.origin === "path" ? advisories.selected.database.advisories : null;
    const catalogKey = keyOf([config.catalogEntries, catalog.advisoryDatabase, local, [...advisories.ignored].sort()]);
    raw = options.incremental.run(engineInput, catalogKey);
  } else {
    for (const rule of rules) {
      if (!found.has(rule)) found.set(rule, runRules({ ...engine, registry, rules: [rule], hasRegistryData }));
    }
    raw = rules.flatMap((rule) => found.get(rule) ?? []);
  }
  const memberByManifest = new Map(workspace.members.map((m) => [m.manifestPath, m.name]));
  const inline = applyInlineAllows(raw, (path) => workspace.sources.get(path) ?? readTextFile(path), {
    manifests: workspace.members.map((m) => m.manifestPath),
    knownRuleIds: RULES.map((r) => r.meta.id),
    root: workspace.root,
    settings,
    memberOf: (file) => memberByManifest.get(file),
  });
  const ignored = applyIgnores(inline.kept, config.ignores, options.now, settings);
  notes.push(...unusedIgnoreNotes(config.advisories, advisories.ignored, catalog.ignoredAdvisoryHits()));
  const problems = [...inline.problems, ...ignored.problems];
  // Offline, missing data is a fact of the (recorded) cache; online, a failed request may succeed next time.
  const offline = config.registry.offline ?? false;
  const validUntil = registryFailed && !offline ? 0 : reportValidUntil({ now: options.now, offline, cacheTtlMs: config.registry.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS, used });
  return { findings: [...ignored.kept, ...problems], catalog, registryFailed, validUntil, audited: { workspace, registry, catalog, config }, planInput: { workspace, graph, catalog, findings: ignored.kept } };
}

export async function runAudit(options: AuditOptions): Promise<AuditOutcome> {
  const workspaces = loadWorkspaces(options.paths.length > 0 ? options.paths : [options.cwd]);
  const selection = options.members;
  if (isNarrowed(selection)) checkSelection(workspaces, selection);
  const notes: ToolNote[] = [];
  let findings: Finding[] = [];
  let catalog: Catalog | undefined;
  let registryFailed = false;
  const audited: AuditedWorkspace[] = [];
  let validUntil = Infinity;
  const planInputs: PlanInput[] = [];
  for (const workspace of workspaces) {
    const outcome = await auditWorkspace(workspace, options, notes);
    audited.push(outcome.audited);
    if (isNarrowed(selection)) {
      // Rules see the whole workspace (a workspace dependency used only by an excluded member is still used);
      // the report keeps the selected members' findings and, when one is selected, the workspace-wide ones.
      const kept = selectedMembers(workspace, selection);
      const selected = (f: Finding) => (f.member === undefined ? kept.size > 0 : kept.has(f.member) || (f.members ?? []).some((m) => kept.has(m)));
      findings.push(...outcome.findings.filter(selected));
    } else {
      findings.push(...outcome.findings);
    }
    planInputs.push(outcome.planInput);
    catalog ??= outcome.catalog;
    registryFailed ||= outcome.registryFailed;
    validUntil = Math.min(validUntil, outcome.validUntil);
  }
  if (options.baselinePath && !options.ignoreBaseline) {
    const baseline: Baseline = readBaseline(options.baselinePath);
    const outcome = applyBaseline(findings, baseline);
    findings = outcome.kept;
    if (outcome.suppressed.length > 0) notes.push({ level: "note", message: `${outcome.suppressed.length} finding(s) suppressed by the baseline ${relative(options.cwd, options.baselinePath)}` });
    if (outcome.stale.length > 0) {
      notes.push({ level: "note", message: `${outcome.stale.length} baseline entr${outcome.stale.length === 1 ? "y no longer matches" : "ies no longer match"} a finding and can be pruned with --update-baseline: ${outcome.stale.map((e) => `${e.rule} ${e.crate} (${e.file})`).join(", ")}` });
    }
  }
  // The plan is made from the findings the report shows: none that an ignore, an allow, the baseline or the member
  // selection hides is counted or ranked.
  const shown = new Set(findings);
  const plan: PlanAction[] = [];
  let planRemoves = 0;
  for (const input of planInputs) {
    const built = buildPlan({ ...input, findings: input.findings.filter((f) => shown.has(f)) });
    plan.push(...built.actions);
    planRemoves += built.removed.size;
  }
  return {
    result: {
      findings: sortFindings(findings),
      notes,
      workspaceRoots: workspaces.map((w) => w.root),
      rules: ALL_RULE_METAS,
      plan,
      planRemoves,
    },
    catalog: catalog ?? createCatalog(),
    registryFailed,
    audited,
    validUntil: Number.isFinite(validUntil) ? validUntil : 0,
  };
}
