/**
 * The rules' findings again after an edit, re-running only the rules whose inputs changed; the result equals
 * `runRules` on the same inputs. Reports are cached, never findings: findings are made anew from them each time
 * (an edit moves positions, and levels come from the settings of this run).
 *
 * What a rule's reports depend on is the model (workspace and lockfile; the graph is a function of them), the
 * registry answers, the catalog, its options and the date. So:
 * - anything but the members' requirement strings changed (a member, a key, a source, a feature, the lockfile,
 *   [patch], [workspace.dependencies], the catalog, the options): every rule runs again;
 * - some member's requirement strings changed: the workspace-wide rules run again, and each member-scoped rule
 *   only for the members whose model changed;
 * - nothing in the model changed (a comment, an unrelated key): every rule's reports are reused.
 * Reused reports must also have seen the same registry data (their questions are asked again and the answers
 * compared) and not have crossed a date boundary their figures depend on.
 */
import type { Dependency, LockedPackage, Package, Workspace, WorkspaceDependency } from "../model/types.js";
import type { Catalog } from "../catalog/catalog.js";
import type { CrateInfo, RegistryView } from "../registry/types.js";
import { reportValidUntil } from "../warm/validity.js";
import { collectReports, reportsToFindings, runnableRules, type EngineInput } from "./engine.js";
import type { Finding, Report, Rule } from "./types.js";

/** A registry question a rule asked, and what its answer looked like. */
interface Answer {
  ask(view: RegistryView): CrateInfo | undefined;
  seen: string;
}

interface Entry {
  /** The model the reports were made from (the whole model, or one member's). */
  key: string;
  reports: Report[];
  answers: Answer[];
  /**
   * The advisory lookups the rule made, replayed on reuse: a lookup is also how the catalog learns which
   * `[advisories] ignore` entries are used (the run's "unused ignore" notes come from that).
   */
  lookups: ((catalog: Catalog) => void)[];
  /** Milliseconds since the epoch until which the reports hold for unchanged data. */
  validUntil: number;
}

export interface IncrementalStats {
  /** Runs of a workspace-wide rule over the whole workspace. */
  workspacePasses: number;
  /** Runs of member-scoped rules, by member name (one per member and audit that re-ran them). */
  memberPasses: Record<string, number>;
}

const stamp = (info: CrateInfo | undefined): string => (info ? `${info.registry}\u0000${info.name}\u0000${info.fetchedAt}\u0000${info.versions.length}\u0000${info.notFound === true}` : "");

/** JSON of a model value; TOML integers beyond 2^53 are BigInts (kept in unknown lockfile keys), which JSON lacks. */
export function keyOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
}

/** The workspace with each member's requirement strings left out: what must not change for any reuse. */
function shapeKey(workspace: Workspace): string {
  const { sources: _sources, members, ...rest } = workspace;
  const shape = members.map((m) => ({ ...m, dependencies: m.dependencies.map((d) => ({ ...d, req: "" })) }));
  return keyOf([rest, shape]);
}

const memberKey = (member: Package): string => keyOf(member);

export class IncrementalRules {
  private shared = "";
  private readonly workspaceRules = new Map<string, Entry>();
  private memberRules = new Map<string, Map<string, Entry>>();
  readonly stats: IncrementalStats = { workspacePasses: 0, memberPasses: {} };

  /** `inputsKey` names the inputs the engine input does not show by value (the catalog's data). */
  run(input: EngineInput, inputsKey: string): Finding[] {
    const rules = runnableRules(input);
    const shared = keyOf([inputsKey, rules.map((r) => [r.meta.id, input.settings.options(r.meta.id)]), shapeKey(input.workspace)]);
    if (shared !== this.shared) {
      this.shared = shared;
      this.workspaceRules.clear();
      this.memberRules.clear();
    }
    const keys = new Map(input.workspace.members.map((m) => [m, memberKey(m)]));
    const whole = keyOf([...keys.values()]);
    const findings: Finding[] = [];
    for (const rule of rules) {
      const reports = rule.memberScoped ? this.memberReports(input, rule, keys) : this.workspaceReports(input, rule, whole);
      findings.push(...reportsToFindings(input, rule, reports));
    }
    return findings;
  }

  private workspaceReports(input: EngineInput, rule: Rule, whole: string): Report[] {
    let entry = this.workspaceRules.get(rule.meta.id);
    if (!entry || !this.holds(entry, whole, input)) {
      entry = this.collect(input, rule, input.workspace, whole);
      this.workspaceRules.set(rule.meta.id, entry);
      this.stats.workspacePasses++;
    }
    return entry.reports;
  }

  /** In member order, as the rule run over the whole workspace reports them. */
  private memberReports(input: EngineInput, rule: Rule, keys: Map<Package, string>): Report[] {
    const known = this.memberRules.get(rule.meta.id);
    const next = new Map<string, Entry>();
    const reports: Report[] = [];
    for (const [member, key] of keys) {
      let entry = known?.get(member.manifestPath);
      if (!entry || !this.holds(entry, key, input)) {
        entry = this.collect(input, rule, { ...input.workspace, members: [member] }, key);
        this.stats.memberPasses[member.name] = (this.stats.memberPasses[member.name] ?? 0) + 1;
      }
      next.set(member.manifestPath, entry);
      reports.push(...entry.reports);
    }
    this.memberRules.set(rule.meta.id, next);
    return reports;
  }

  /** Same model, still in time, and every registry question answered as before (asked through this run's view). */
  private holds(entry: Entry, key: string, input: EngineInput): boolean {
    if (entry.key !== key || input.now.getTime() >= entry.validUntil || !entry.answers.every((a) => stamp(a.ask(input.registry)) === a.seen)) return false;
    for (const lookup of entry.lookups) lookup(input.catalog);
    return true;
  }

  private collect(input: EngineInput, rule: Rule, workspace: Workspace, key: string): Entry {
    const answers = new Map<Dependency | WorkspaceDependency | LockedPackage, Answer>();
    const infos = new Set<CrateInfo>();
    const note = (question: Dependency | WorkspaceDependency | LockedPackage, ask: Answer["ask"]): CrateInfo | undefined => {
      const info = ask(input.registry);
      if (info) infos.add(info);
      if (!answers.has(question)) answers.set(question, { ask, seen: stamp(info) });
      return info;
    };
    const registry: RegistryView = {
      forDependency: (dep) => note(dep, (view) => view.forDependency(dep)),
      forLockedPackage: (pkg) => note(pkg, (view) => view.forLockedPackage(pkg)),
    };
    const lookups: Entry["lookups"] = [];
    const catalog: Catalog = {
      ...input.catalog,
      advisoriesFor: (name, version) => {
        lookups.push((c) => c.advisoriesFor(name, version));
        return input.catalog.advisoriesFor(name, version);
      },
      advisoriesAffecting: (name, version, kinds) => {
        lookups.push((c) => c.advisoriesAffecting(name, version, kinds));
        return input.catalog.advisoriesAffecting(name, version, kinds);
      },
    };
    const reports = collectReports({ ...input, catalog }, rule, workspace, registry);
    // The next UTC day and the release-age boundaries stale-crate counts months by.
    const validUntil = reportValidUntil({ now: input.now, offline: false, cacheTtlMs: Infinity, used: infos });
    return { key, reports, answers: [...answers.values()], lookups, validUntil };
  }
}
