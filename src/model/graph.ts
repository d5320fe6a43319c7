/**
 * The lockfile as a graph rooted at the workspace members.
 *
 * Cargo.lock records edges but not their kinds or targets, so kinds and targets come from the member's direct
 * dependency a path starts with. The lockfile is resolved with every feature enabled, so a crate behind an optional
 * dependency counts as reachable (an over-approximation, documented for users).
 */
import { satisfies } from "./cargo-semver.js";
import type { Dependency, DependencyKind, LockedPackage, Lockfile, Package, Workspace } from "./types.js";

/** One way a workspace member reaches a locked package. */
export interface Reach {
  /** Package name of the member. */
  member: string;
  memberManifestPath: string;
  /** The member's direct dependency this path starts with. */
  direct: Dependency;
  /** Locked package ids from the direct dependency's package to the target (both included). */
  path: string[];
}

export interface ReachSummary {
  reaches: Reach[];
  members: string[];
  /** Every path starts with a dev-dependency. */
  devOnly: boolean;
  /** Every path starts with a build-dependency. */
  buildOnly: boolean;
  /** Every path starts with a target-specific dependency. */
  targetOnly: boolean;
  kinds: DependencyKind[];
}

export interface DependencyGraph {
  lockfile: Lockfile;
  packageById(id: string): LockedPackage | undefined;
  /** The locked package a direct dependency resolves to, if it is in the lockfile. */
  lockedIdOf(dep: Dependency, member: Package): string | undefined;
  /** How a locked package is reached: one shortest path per (member, direct dependency). */
  reach(id: string): ReachSummary;
}

/** Kinds and targets of a set of paths (all of a crate's, or one member's). */
export function summarizeReaches(reaches: Reach[]): ReachSummary {
  const some = reaches.length > 0;
  return {
    reaches,
    members: [...new Set(reaches.map((r) => r.member))],
    devOnly: some && reaches.every((r) => r.direct.kind === "dev"),
    buildOnly: some && reaches.every((r) => r.direct.kind === "build"),
    targetOnly: some && reaches.every((r) => r.direct.target !== null),
    kinds: [...new Set(reaches.map((r) => r.direct.kind))],
  };
}

function sourceMatches(dep: Dependency, pkg: LockedPackage): boolean {
  switch (dep.source.type) {
    case "path":
      return pkg.source === null;
    case "git":
      return pkg.source?.startsWith(`git+${dep.source.url}`) ?? false;
    default:
      return pkg.source !== null && !pkg.source.startsWith("git+");
  }
}

export function buildGraph(workspace: Workspace): DependencyGraph | null {
  const lockfile = workspace.lockfile;
  if (!lockfile) return null;
  const byId = new Map<string, LockedPackage>();
  const byName = new Map<string, LockedPackage[]>();
  for (const p of lockfile.packages) {
    byId.set(p.id, p);
    const named = byName.get(p.name);
    if (named) named.push(p);
    else byName.set(p.name, [p]);
  }
  const memberIds = new Map<string, string>();
  const membersById = new Map<string, Package>();
  for (const member of workspace.members) {
    const locked = byName.get(member.name)?.find((p) => p.version === member.version && p.source === null);
    if (locked) {
      memberIds.set(member.manifestPath, locked.id);
      membersById.set(locked.id, member);
    }
  }

  // A locked member's own edges, by crate name: its direct dependencies can only resolve among them.
  const edgesByMember = new Map<string, Map<string, LockedPackage[]>>();
  const lockedEdgesOf = (memberId: string): Map<string, LockedPackage[]> => {
    let edges = edgesByMember.get(memberId);
    if (!edges) {
      edges = new Map();
      for (const id of byId.get(memberId)?.dependencies ?? []) {
        const p = byId.get(id) as LockedPackage;
        const named = edges.get(p.name);
        if (named) named.push(p);
        else edges.set(p.name, [p]);
      }
      edgesByMember.set(memberId, edges);
    }
    return edges;
  };

  const resolveDirect = (dep: Dependency, member: Package): string | undefined => {
    const memberId = memberIds.get(member.manifestPath);
    const pool = (memberId ? lockedEdgesOf(memberId).get(dep.name) : byName.get(dep.name)) ?? [];
    const candidates = pool.length === 1 ? pool : pool.filter((p) => sourceMatches(dep, p));
    if (candidates.length === 1) return sourceMatches(dep, candidates[0] as LockedPackage) ? candidates[0]?.id : undefined;
    // Only when several versions of one crate are locked does the requirement have to decide.
    return (candidates.find((p) => satisfies(p.version, dep.req)) ?? candidates[0])?.id;
  };

  // Each declaration belongs to one member, so its resolution is cached by the declaration itself.
  const resolved = new Map<Dependency, string | undefined>();
  const lockedIdOf = (dep: Dependency, member: Package): string | undefined => {
    if (resolved.has(dep)) return resolved.get(dep);
    const id = resolveDirect(dep, member);
    resolved.set(dep, id);
    return id;
  };

  // Through another member, only its normal and build dependencies count: its dev-dependencies are its own business.
  const forwardEdges = new Map<string, Set<string>>();
  const nonDevEdgesOf = (memberId: string, member: Package): Set<string> => {
    let edges = forwardEdges.get(memberId);
    if (!edges) {
      edges = new Set();
      for (const dep of member.dependencies) {
        const next = dep.kind === "dev" ? undefined : lockedIdOf(dep, member);
        if (next) edges.add(next);
      }
      forwardEdges.set(memberId, edges);
    }
    return edges;
  };

  // Reverse edges of the lockfile, built once: one backward search from a crate finds the shortest path from every
  // start to it. A member's edges are filtered only when the search reaches it.
  let dependents: Map<string, string[]> | undefined;
  const dependentsOf = (id: string): string[] => {
    if (!dependents) {
      dependents = new Map();
      for (const p of lockfile.packages) {
        for (const next of p.dependencies) {
          const known = dependents.get(next);
          if (known) known.push(p.id);
          else dependents.set(next, [p.id]);
        }
      }
    }
    return dependents.get(id) ?? [];
  };

  /** For every package that reaches `target`: the next step on a shortest path towards it. */
  const stepsTowards = (target: string) => {
    const next = new Map<string, string | null>([[target, null]]);
    const queue = [target];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      for (const parent of dependentsOf(id)) {
        if (next.has(parent)) continue;
        const member = membersById.get(parent);
        if (member && !nonDevEdgesOf(parent, member).has(id)) continue;
        next.set(parent, id);
        queue.push(parent);
      }
    }
    return next;
  };

  /**
   * Members with a lockfile edge into `next` (the packages that reach the target): only their direct dependencies
   * can start a path. Members missing from the lockfile are always candidates.
   */
  const candidateMembers = (next: Map<string, string | null>): Set<Package> => {
    const candidates = new Set(workspace.members.filter((m) => !memberIds.has(m.manifestPath)));
    for (const id of next.keys()) {
      for (const parent of dependentsOf(id)) {
        const member = membersById.get(parent);
        if (member) candidates.add(member);
      }
    }
    return candidates;
  };

  const summaries = new Map<string, ReachSummary>();
  const reach = (id: string): ReachSummary => {
    const known = summaries.get(id);
    if (known) return known;
    const reaches: Reach[] = [];
    const next = stepsTowards(id);
    const candidates = candidateMembers(next);
    for (const member of workspace.members) {
      if (!candidates.has(member)) continue;
      for (const direct of member.dependencies) {
        const start = lockedIdOf(direct, member);
        if (start === undefined || !next.has(start)) continue;
        const path: string[] = [];
        for (let at: string | null | undefined = start; at; at = next.get(at)) path.push(at);
        reaches.push({ member: member.name, memberManifestPath: member.manifestPath, direct, path });
      }
    }
    const summary = summarizeReaches(reaches);
    summaries.set(id, summary);
    return summary;
  };

  return { lockfile, packageById: (id) => byId.get(id), lockedIdOf, reach };
}
