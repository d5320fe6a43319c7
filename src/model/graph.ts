/**
 * The lockfile as a graph rooted at the workspace members.
 *
 * Cargo.lock records edges but not their kinds or targets, so kinds and targets come from the member's direct
 * dependency a path starts with. The lockfile is resolved with every feature enabled, so a crate behind an optional
 * dependency counts as reachable (an over-approximation, documented for users).
 *
 * Overrides are followed as cargo follows them: a declaration patched by `[patch.<source>]` resolves to the patched
 * package (git, path or another registry), and an edge into a package that `[replace]` replaces continues into its
 * replacement (the lockfile's `replace = "..."` key).
 *
 * Every query is linear in the lockfile: reverse edges and declarations are indexed once, one backward search per
 * asked crate finds every way in, and paths are built only when read.
 */
import { satisfies } from "./cargo-semver.js";
import { immediateDominators } from "./dominators.js";
import type { Dependency, DependencyKind, DependencySource, LockedPackage, Lockfile, OverrideEntry, Package, Workspace } from "./types.js";
import { append } from "../util/maps.js";

/** One way a workspace member reaches a locked package. */
export interface Reach {
  /** Package name of the member. */
  member: string;
  memberManifestPath: string;
  /** The member's direct dependency this path starts with. */
  direct: Dependency;
  /** Locked package ids from the direct dependency's package to the target (both included); built when read. */
  readonly path: string[];
  /** Number of packages on `path`, without building it. */
  readonly length: number;
  /** The locked id the direct dependency resolves to (the first step of `path`), without building it. */
  readonly first: string;
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
  /** The locked package a direct dependency resolves to (after `[patch]`), if it is in the lockfile. */
  lockedIdOf(dep: Dependency, member: Package): string | undefined;
  /** How a locked package is reached: one shortest path per (member, direct dependency). */
  reach(id: string): ReachSummary;
  /** Locked registry and git packages (not path ones) with one of the names, in lockfile order; found once per name set. */
  packagesNamed(names: ReadonlySet<string>): readonly LockedPackage[];
  /** Every locked package of one crate name (any source), in lockfile order. */
  lockedVersionsOf(name: string): readonly LockedPackage[];
  /**
   * The member's shortest way in to `id` through a normal dependency (the first declared on a tie): grouped by member
   * once per crate, since every member asks.
   */
  shortestNormalReach(id: string, memberManifestPath: string): Reach | undefined;
  /** Edges of a locked package; an edge into a `[replace]`d package goes to its replacement. */
  edgesOf(id: string): readonly string[];
  /** Locked packages with an edge into `id` (a replacement's dependents include the replaced package's). */
  dependentsOf(id: string): readonly string[];
  /** Members' declarations that resolve to `id`, indexed once per graph. */
  declarationsOf(id: string): ReadonlyArray<{ member: Package; dep: Dependency }>;
  /** The workspace member a locked id belongs to. */
  memberOf(id: string): Package | undefined;
  /**
   * Locked ids that leave the tree when a declaration is taken away: the entry itself, or for an entry inherited from
   * `[workspace.dependencies]` every member's entry inheriting it. Answered for all declarations by one pass.
   */
  leavingWith(dep: Dependency): ReadonlySet<string>;
  /** `name version` steps of a path. */
  describe(path: readonly string[]): string;
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

/** The shortest of the ways in (the first on a tie), without building any path. */
export function shortestReach(reaches: readonly Reach[]): Reach | undefined {
  let best: Reach | undefined;
  for (const r of reaches) if (!best || r.length < best.length) best = r;
  return best;
}

/** Per member and locked package, the shortest way in (first declared on a tie): where that member's finding sits. */
export function shortestPerMember(reaches: readonly Reach[], packageOf: ReadonlyMap<Reach, LockedPackage>): Reach[] {
  const best = new Map<string, Reach>();
  for (const r of reaches) {
    const key = `${r.memberManifestPath}\u0000${packageOf.get(r)?.id ?? ""}`;
    const known = best.get(key);
    if (!known || r.length < known.length) best.set(key, r);
  }
  return [...best.values()];
}

/** Does the locked package come from the source as written? */
function sourceMatches(source: DependencySource, pkg: LockedPackage): boolean {
  switch (source.type) {
    case "path":
      return pkg.source === null;
    case "git":
      return pkg.source?.startsWith(`git+${source.url}`) ?? false;
    default:
      return pkg.source !== null && !pkg.source.startsWith("git+");
  }
}

const bare = (url: string) => url.replace(/^(registry|sparse|git)\+/, "").replace(/\.git$/, "").replace(/\/$/, "");

/**
 * Whether a `[patch]` key names crates.io: `crates-io`, or its index's git URL in any of the spellings cargo
 * canonicalises to it (`registry+`, `.git`, a trailing slash, GitHub's case-insensitive path). Cargo does not take
 * the sparse URL (`sparse+https://index.crates.io/`) for crates.io here, so neither do we.
 */
function isCratesIoTarget(target: string): boolean {
  if (target === "crates-io") return true;
  const url = bare(target);
  return /^https:\/\/github\.com\//i.test(url) && url.toLowerCase() === "https://github.com/rust-lang/crates.io-index";
}

/** Does `[patch.<target>]` apply to a declaration from `source`? `crates-io`, a registry name, or a URL. */
function patchApplies(target: string, source: DependencySource): boolean {
  switch (source.type) {
    case "path":
      return false;
    case "git":
      return bare(target) === bare(source.url);
    default:
      if (isCratesIoTarget(target)) return source.registry === undefined;
      return source.registry !== undefined && (target === source.registry || bare(target) === bare(source.registry));
  }
}

function indexByName(packages: Iterable<LockedPackage>): Map<string, LockedPackage[]> {
  const byName = new Map<string, LockedPackage[]>();
  for (const p of packages) {
    const named = byName.get(p.name);
    if (named) named.push(p);
    else byName.set(p.name, [p]);
  }
  return byName;
}

/** `[replace]`: the lockfile's `replace = "name version (source)"` resolved to a locked id. */
function replacementsOf(lockfile: Lockfile, byName: Map<string, LockedPackage[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of lockfile.packages) {
    const raw = p.extra.replace;
    if (typeof raw !== "string") continue;
    const m = /^(\S+) (\S+)(?: \((.+)\))?$/.exec(raw.trim());
    if (!m) continue;
    const [, name, version, source] = m;
    const target = (byName.get(name as string) ?? []).find(
      (c) => c.id !== p.id && c.version === version && (source === undefined ? c.source === null : c.source === source || c.source?.split("#")[0] === source),
    );
    if (target) out.set(p.id, target.id);
  }
  return out;
}

class LazyReach implements Reach {
  private built: string[] | undefined;
  constructor(
    readonly member: string,
    readonly memberManifestPath: string,
    readonly direct: Dependency,
    private readonly start: string,
    private readonly next: Map<string, string | null>,
    private readonly distance: Map<string, number>,
  ) {}
  get length(): number {
    return (this.distance.get(this.start) ?? 0) + 1;
  }
  get first(): string {
    return this.start;
  }
  get path(): string[] {
    if (!this.built) {
      const path: string[] = [];
      const seen = new Set<string>();
      for (let at: string | null | undefined = this.start; at && !seen.has(at); at = this.next.get(at)) {
        seen.add(at);
        path.push(at);
      }
      this.built = path;
    }
    return this.built;
  }
}

export function buildGraph(workspace: Workspace): DependencyGraph | null {
  const lockfile = workspace.lockfile;
  if (!lockfile) return null;
  const byId = new Map<string, LockedPackage>();
  for (const p of lockfile.packages) byId.set(p.id, p);
  const byName = indexByName(lockfile.packages);
  const replacements = replacementsOf(lockfile, byName);
  const patches = workspace.overrides.filter((o): o is OverrideEntry => o.table === "patch");

  const memberIds = new Map<string, string>();
  const membersById = new Map<string, Package>();
  for (const member of workspace.members) {
    const locked = byName.get(member.name)?.find((p) => p.version === member.version && p.source === null);
    if (locked) {
      memberIds.set(member.manifestPath, locked.id);
      membersById.set(locked.id, member);
    }
  }

  const edgesCache = new Map<string, string[]>();
  const edgesOf = (id: string): string[] => {
    let edges = edgesCache.get(id);
    if (!edges) {
      const own = byId.get(id)?.dependencies ?? [];
      edges = replacements.size === 0 ? own : own.map((next) => replacements.get(next) ?? next);
      edgesCache.set(id, edges);
    }
    return edges;
  };

  // A locked member's own edges, by crate name: its direct dependencies can only resolve among them.
  const edgesByMember = new Map<string, Map<string, LockedPackage[]>>();
  const lockedEdgesOf = (memberId: string): Map<string, LockedPackage[]> => {
    let edges = edgesByMember.get(memberId);
    if (!edges) {
      edges = indexByName((byId.get(memberId)?.dependencies ?? []).map((id) => byId.get(id) as LockedPackage));
      edgesByMember.set(memberId, edges);
    }
    return edges;
  };

  /** As written, or as a `[patch]` entry that applies to the declaration's source redirects it. */
  const resolvesTo = (dep: Dependency, pkg: LockedPackage): boolean =>
    sourceMatches(dep.source, pkg) || patches.some((o) => o.name === dep.name && patchApplies(o.target, dep.source) && sourceMatches(o.source, pkg));

  const resolveDirect = (dep: Dependency, member: Package): string | undefined => {
    const memberId = memberIds.get(member.manifestPath);
    const pool = (memberId ? lockedEdgesOf(memberId).get(dep.name) : byName.get(dep.name)) ?? [];
    const candidates = pool.filter((p) => resolvesTo(dep, p));
    if (candidates.length <= 1) return candidates[0]?.id;
    // Only when several versions of one crate are locked does the requirement have to decide.
    return (candidates.find((p) => satisfies(p.version, dep.req)) ?? candidates[0])?.id;
  };

  // Each declaration belongs to one member, so its resolution is cached by the declaration itself.
  const resolved = new Map<Dependency, string | undefined>();
  const lockedIdOf = (dep: Dependency, member: Package): string | undefined => {
    if (resolved.has(dep)) return resolved.get(dep);
    const found = resolveDirect(dep, member);
    const id = found === undefined ? undefined : (replacements.get(found) ?? found);
    resolved.set(dep, id);
    return id;
  };

  /** A member's declaration that resolves into the lockfile; `order` is its place in members' then manifest order. */
  interface Declaration {
    member: Package;
    dep: Dependency;
    id: string;
    order: number;
  }
  let ordered: Declaration[] | undefined;
  let declarations: Map<string, Declaration[]> | undefined;
  const orderedDeclarations = (): Declaration[] => {
    if (!ordered) {
      ordered = [];
      for (const member of workspace.members) {
        for (const dep of member.dependencies) {
          const id = lockedIdOf(dep, member);
          if (id) ordered.push({ member, dep, id, order: ordered.length });
        }
      }
    }
    return ordered;
  };
  const declarationsOf = (id: string): Declaration[] => {
    if (!declarations) {
      declarations = new Map();
      for (const declaration of orderedDeclarations()) append(declarations, declaration.id, declaration);
    }
    return declarations.get(id) ?? [];
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

  // Reverse edges, built once: one backward search from a crate finds the shortest path from every start to it.
  let dependents: Map<string, string[]> | undefined;
  const dependentsOf = (id: string): string[] => {
    if (!dependents) {
      dependents = new Map();
      for (const p of lockfile.packages) {
        for (const next of edgesOf(p.id)) {
          append(dependents, next, p.id);
        }
      }
    }
    return dependents.get(id) ?? [];
  };

  /** For every package that reaches `target`: the next step on a shortest path towards it, and the distance. */
  const stepsTowards = (target: string) => {
    const next = new Map<string, string | null>([[target, null]]);
    const distance = new Map<string, number>([[target, 0]]);
    const queue = [target];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      for (const parent of dependentsOf(id)) {
        if (next.has(parent)) continue;
        const member = membersById.get(parent);
        if (member && !nonDevEdgesOf(parent, member).has(id)) continue;
        next.set(parent, id);
        distance.set(parent, (distance.get(id) ?? 0) + 1);
        queue.push(parent);
      }
    }
    return { next, distance };
  };

  const summaries = new Map<string, ReachSummary>();
  const reach = (id: string): ReachSummary => {
    const known = summaries.get(id);
    if (known) return known;
    const { next, distance } = stepsTowards(id);
    // Only declarations that resolve into the searched region can start a path; they are listed member by member,
    // each in its manifest's order. A small region gathers its few declarations and sorts them; a large one (a
    // crate deep in the tree) is one pass over all of them.
    const all = orderedDeclarations();
    let starts: Declaration[];
    if (next.size * 8 < all.length) {
      starts = [];
      for (const at of next.keys()) for (const declaration of declarationsOf(at)) starts.push(declaration);
      starts.sort((a, b) => a.order - b.order);
    } else {
      starts = all.filter((declaration) => next.has(declaration.id));
    }
    const reaches: Reach[] = starts.map(({ member, dep, id: start }) => new LazyReach(member.name, member.manifestPath, dep, start, next, distance));
    const summary = summarizeReaches(reaches);
    summaries.set(id, summary);
    return summary;
  };

  const packagesByNames = new WeakMap<ReadonlySet<string>, LockedPackage[]>();
  const packagesNamed = (names: ReadonlySet<string>): LockedPackage[] => {
    let found = packagesByNames.get(names);
    if (!found) packagesByNames.set(names, (found = lockfile.packages.filter((p) => names.has(p.name) && p.source !== null)));
    return found;
  };

  const shortestNormal = new Map<string, Map<string, Reach>>();
  const shortestNormalReach = (id: string, memberManifestPath: string): Reach | undefined => {
    let byMember = shortestNormal.get(id);
    if (!byMember) {
      byMember = new Map();
      for (const r of reach(id).reaches) {
        if (r.direct.kind !== "normal") continue;
        const known = byMember.get(r.memberManifestPath);
        if (!known || r.length < known.length) byMember.set(r.memberManifestPath, r);
      }
      shortestNormal.set(id, byMember);
    }
    return byMember.get(memberManifestPath);
  };

  // Dominators over root → declaration (one node per member entry, or per shared entry) → locked packages: the
  // packages a declaration dominates are exactly those with no way in that avoids it.
  let leaving: ((dep: Dependency) => ReadonlySet<string>) | undefined;
  const buildLeaving = (): ((dep: Dependency) => ReadonlySet<string>) => {
    const successors: number[][] = [[]];
    const nodeOfGroup = new Map<object, number>();
    const nodeOfId = new Map<string, number>();
    const idOfNode: (string | undefined)[] = [undefined];
    const nodeFor = (id: string): number => {
      let node = nodeOfId.get(id);
      if (node === undefined) {
        node = successors.length;
        successors.push([]);
        idOfNode.push(id);
        nodeOfId.set(id, node);
      }
      return node;
    };
    for (const member of workspace.members) {
      for (const dep of member.dependencies) {
        const group: object = dep.inheritedFrom ?? dep;
        let node = nodeOfGroup.get(group);
        if (node === undefined) {
          node = successors.length;
          successors.push([]);
          idOfNode.push(undefined);
          nodeOfGroup.set(group, node);
          successors[0]!.push(node);
        }
        const id = lockedIdOf(dep, member);
        if (id) successors[node]!.push(nodeFor(id));
      }
    }
    // Members' own lock edges are not followed: their declarations above are the way out of a member.
    for (let node = 1; node < successors.length; node++) {
      const id = idOfNode[node];
      if (id === undefined || membersById.has(id)) continue;
      for (const next of edgesOf(id)) successors[node]!.push(nodeFor(next));
    }
    const idom = immediateDominators(successors);
    const children: number[][] = successors.map(() => []);
    for (let v = 1; v < idom.length; v++) if (idom[v]! > 0) children[idom[v]!]!.push(v);
    const answers = new Map<number, Set<string>>();
    return (dep) => {
      const node = nodeOfGroup.get(dep.inheritedFrom ?? dep);
      if (node === undefined) return new Set();
      let ids = answers.get(node);
      if (!ids) {
        ids = new Set();
        const stack = [...children[node]!];
        while (stack.length > 0) {
          const v = stack.pop()!;
          ids.add(idOfNode[v]!);
          stack.push(...children[v]!);
        }
        answers.set(node, ids);
      }
      return ids;
    };
  };
  const leavingWith = (dep: Dependency): ReadonlySet<string> => (leaving ??= buildLeaving())(dep);

  const describe = (path: readonly string[]) =>
    path.map((id) => byId.get(id)).map((p) => (p ? `${p.name} ${p.version}` : "?")).join(" → ");

  return {
    lockfile,
    packageById: (id) => byId.get(id),
    lockedIdOf,
    reach,
    packagesNamed,
    lockedVersionsOf: (name) => byName.get(name) ?? [],
    shortestNormalReach,
    edgesOf,
    dependentsOf,
    declarationsOf,
    memberOf: (id) => membersById.get(id),
    leavingWith,
    describe,
  };
}
