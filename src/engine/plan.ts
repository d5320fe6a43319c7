/**
 * The remediation plan: single edits (replace, upgrade or remove one declaration), each with what it removes,
 * computed from the lock graph. An edit removes a flagged crate when every way in passes through the declaration;
 * it removes a finding when the finding sits at that declaration or its crate leaves the tree.
 */
import type { Catalog } from "../catalog/catalog.js";
import type { DependencyGraph } from "../model/graph.js";
import type { Dependency, Workspace } from "../model/types.js";
import { compareSeverity, mostSevere } from "./severity.js";
import type { Finding, PlanAction, Severity } from "./types.js";
import { append } from "../util/maps.js";

function declarationKey(dep: Dependency): string {
  const shared = dep.inheritedFrom;
  return shared ? `workspace\u0000${shared.manifestPath}\u0000${shared.keyPath.join("\u0000")}` : `${dep.manifestPath}\u0000${dep.keyPath.join("\u0000")}`;
}

/** Per member entry, its member; per shared entry, every member entry inheriting it. */
function indexDeclarations(workspace: Workspace) {
  const memberOf = new Map<Dependency, Workspace["members"][number]>();
  const inheriting = new Map<Dependency["inheritedFrom"], Dependency[]>();
  for (const m of workspace.members) {
    for (const d of m.dependencies) {
      if (!memberOf.has(d)) memberOf.set(d, m);
      if (!d.inheritedFrom) continue;
      append(inheriting, d.inheritedFrom, d);
    }
  }
  /** Every member entry of a declaration: all members inheriting a shared entry, else the entry itself. */
  const entriesOf = (dep: Dependency): Dependency[] => (dep.inheritedFrom ? (inheriting.get(dep.inheritedFrom) ?? []) : [dep]);
  return { memberOf, entriesOf };
}

/** Locked ids each finding is about: its crate at each version it names. */
function lockedIdsByFinding(graph: DependencyGraph, findings: readonly Finding[]): Map<Finding, string[]> {
  const ids = new Map<Finding, string[]>();
  for (const f of findings) {
    const versions = f.crate.versions ?? (f.crate.version ? [f.crate.version] : []);
    ids.set(f, graph.lockedVersionsOf(f.crate.name).filter((p) => versions.includes(p.version)).map((p) => p.id));
  }
  return ids;
}

export interface PlanInput {
  workspace: Workspace;
  graph: DependencyGraph | null;
  catalog: Catalog;
  findings: readonly Finding[];
}

/**
 * Rules whose finding is about the declaration itself (its verdict or its requirement): the edit removes it even if
 * the crate still arrives another way. Any other finding goes only when its crate leaves the tree.
 */
const ABOUT_THE_DECLARATION = new Set(["declining-crate", "outdated-requirement", "msrv"]);

export function buildPlan({ workspace, graph, catalog, findings }: PlanInput): { actions: PlanAction[]; removed: Set<Finding> } {
  const removedAll = new Set<Finding>();
  const byDeclaration = new Map<string, Finding[]>();
  for (const f of findings) {
    const first = f.declarations?.[0];
    if (!first) continue;
    const key = declarationKey(first);
    append(byDeclaration, key, f);
  }
  // Indexes built once, so each declaration costs one walk of the graph plus the findings it can remove.
  const order = new Map(findings.map((f, i) => [f, i]));
  const idsOf = graph ? lockedIdsByFinding(graph, findings) : new Map<Finding, string[]>();
  const findingsById = new Map<string, Finding[]>();
  for (const [f, ids] of idsOf) {
    for (const id of ids) {
      append(findingsById, id, f);
    }
  }
  const { memberOf, entriesOf } = indexDeclarations(workspace);
  const actions: PlanAction[] = [];
  for (const here of byDeclaration.values()) {
    const declared = here[0]!.declarations![0]!;
    const removed = new Set(entriesOf(declared));
    // The locked packages that leave the tree with this declaration.
    const leaving = graph?.leavingWith(declared) ?? new Set<string>();
    // A finding goes when its crate leaves the tree, or when it is about the declared crate itself and sits here.
    // A transitive finding that sits here but still arrives another way would only move to that other way.
    const gone = (f: Finding): boolean => {
      const atThisLine = f.crate.name === declared.name && f.declarations !== undefined && f.declarations.length > 0 && f.declarations.every((d) => removed.has(d));
      if (atThisLine && ABOUT_THE_DECLARATION.has(f.ruleId)) return true;
      const ids = idsOf.get(f) ?? [];
      return ids.length > 0 && ids.every((id) => leaving.has(id));
    };
    // Only findings at this declaration or about a leaving package can go; in report order.
    const candidates = new Set<Finding>(here);
    for (const id of leaving) for (const f of findingsById.get(id) ?? []) candidates.add(f);
    const mayGo = [...candidates].sort((a, b) => order.get(a)! - order.get(b)!);
    const member = memberOf.get(declared);
    const lockedId = graph && member ? graph.lockedIdOf(declared, member) : undefined;
    const version = lockedId ? graph?.packageById(lockedId)?.version : undefined;
    const declining = here.find((f) => f.ruleId === "declining-crate" && f.crate.name === declared.name);
    const upgrade = here.find((f) => f.remedy?.action === "upgrade");
    let removedFindings: Finding[];
    let action: PlanAction["action"];
    let to: string | undefined;
    let basis: PlanAction["basis"] = "lockfile";
    if (declining) {
      const entry = (version && catalog.decliningForVersion(declared.name, version)) || catalog.entry(declared.name);
      to = entry?.replacements[0]?.crate;
      // "Replace rocket 0.4 with rocket" is an upgrade past the versions the verdict covers (`<0.5` → 0.5).
      const past = to === declared.name ? /^<\s*(\d+(?:\.\d+)*)$/.exec(entry?.versions ?? "")?.[1] : undefined;
      action = past ? "upgrade" : "replace";
      if (past) to = past;
      // What a newer release still depends on is not known from the lockfile: an upgrade removes the old version only.
      removedFindings = mayGo.filter((f) => gone(f) && (!past || f.crate.name === declared.name));
    } else if (upgrade?.remedy) {
      // The registry shows which crates the release drops; of those, the ones with no other way in leave the tree.
      action = "upgrade";
      to = upgrade.remedy.to;
      basis = "registry";
      const dropped = new Set(here.filter((f) => f.remedy?.action === "upgrade").map((f) => f.crate.name));
      removedFindings = mayGo.filter((f) => dropped.has(f.crate.name) && gone(f));
    } else {
      action = "remove";
      removedFindings = mayGo.filter(gone);
    }
    if (removedFindings.length === 0) continue;
    for (const f of removedFindings) removedAll.add(f);
    const removes = new Map<string, { crate: string; version?: string; rules: Set<string> }>();
    for (const f of removedFindings) {
      const versions = f.crate.versions ?? [f.crate.version];
      for (const v of versions) {
        const id = `${f.crate.name} ${v ?? ""}`;
        const known = removes.get(id) ?? { crate: f.crate.name, ...(v ? { version: v } : {}), rules: new Set<string>() };
        known.rules.add(f.ruleId);
        removes.set(id, known);
      }
    }
    const at = here.find((f) => f.location.file === declared.manifestPath || declared.inheritedFrom?.manifestPath === f.location.file) ?? here[0]!;
    actions.push({
      action,
      target: { crate: declared.name, ...(version ? { version } : {}), file: at.location.file, line: at.location.line, column: at.location.column },
      ...(to ? { to } : {}),
      removes: [...removes.values()].map((r) => ({ crate: r.crate, ...(r.version ? { version: r.version } : {}), rules: [...r.rules].sort() })),
      findings: removedFindings.length,
      severity: mostSevere(removedFindings.map((f) => f.severity)) as Severity,
      basis,
    });
  }
  actions.sort(
    (a, b) => b.findings - a.findings || compareSeverity(a.severity, b.severity) || b.removes.length - a.removes.length || (a.target.crate < b.target.crate ? -1 : a.target.crate > b.target.crate ? 1 : 0),
  );
  return { actions, removed: removedAll };
}
