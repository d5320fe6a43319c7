/** Small helpers shared by the rules: walking direct dependencies, locked versions, wording. */
import { join } from "node:path";
import type { CatalogEntry } from "../src/catalog/types.js";
import type { RuleContext } from "../src/engine/types.js";
import type { DependencyGraph, Reach, ReachSummary } from "../src/model/graph.js";
import { CRATES_IO_SOURCE } from "../src/model/source.js";
import type { Dependency, LockedPackage, Package } from "../src/model/types.js";
import { append, memoized } from "../src/util/maps.js";

export interface DirectDependency {
  member: Package;
  dep: Dependency;
}

/** Every dependency of every member that comes from a registry or git (path crates are the user's own). */
export function externalDependencies(context: RuleContext): DirectDependency[] {
  return context.workspace.members.flatMap((member) =>
    member.dependencies.filter((dep) => dep.source.type !== "path").map((dep) => ({ member, dep })),
  );
}

/** The locked package a direct dependency resolved to, when there is a lockfile. */
export function lockedPackageOf(context: RuleContext, member: Package, dep: Dependency): LockedPackage | undefined {
  const id = context.graph?.lockedIdOf(dep, member);
  return id ? context.graph?.packageById(id) : undefined;
}

export function isFromCratesIo(pkg: LockedPackage): boolean {
  return pkg.source === CRATES_IO_SOURCE;
}

/**
 * Paths grouped by member, keeping only those that start at an external (registry or git) dependency: a crate that
 * reaches a member only through another workspace member is that other member's finding.
 */
export function externalReachesByMember(graph: DependencyGraph, summary: ReachSummary): Map<string, Reach[]> {
  const byMember = new Map<string, Reach[]>();
  for (const r of summary.reaches) {
    if (!leavesWorkspace(graph, r)) continue;
    append(byMember, r.member, r);
  }
  return byMember;
}

/** `axum 0.6.20 → hyper 0.14.32`, from locked ids. */
export function describePath(context: RuleContext, path: readonly string[]): string {
  return context.graph ? context.graph.describe(path) : path.map(() => "?").join(" → ");
}

/** `axum (our pick), trillium (RustSec)` */
/** Every replacement is a std/core item (it names the Rust release that stabilised it): the crate is replaced by std. */
export function replacedByStd(entry: CatalogEntry): boolean {
  return entry.replacements.length > 0 && entry.replacements.every((r) => r.rustVersion !== undefined);
}

export function replacementsText(entry: CatalogEntry): string {
  const who = { "cargo-sunset": "", rustsec: " (RustSec's suggestion)", upstream: " (its authors' suggestion)", organisation: " (your organisation)" } as Record<string, string>;
  return entry.replacements.map((r) => `${r.crate}${who[r.recommendedBy] ?? ""}`).join(", ");
}

export function kindLabel(dep: Dependency): string {
  const kind = dep.kind === "normal" ? "" : ` ${dep.kind}-dependency`;
  return `${kind}${dep.target ? ` for ${dep.target}` : ""}`.trim();
}

/** The key the user wrote (the rename when there is one). */
export function keyOf(dep: Dependency): string {
  return dep.rename ?? dep.name;
}

export interface TreeOccurrence {
  pkg: LockedPackage | null;
  /** The member's direct dependency the crate enters through (the shortest way). */
  direct: Dependency;
  /** Locked version, or the requirement when there is no lockfile. */
  version: string;
  /** Locked ids from the direct dependency to the crate; built when read (most occurrences are never shown). */
  readonly path: string[];
}

/**
 * Crates with the given names in the normal (not dev, not build) tree of one member: through the lockfile when
 * there is one, else the member's direct dependencies.
 */
export function normalTreeOccurrences(context: RuleContext, member: Package, names: ReadonlySet<string>): TreeOccurrence[] {
  const graph = context.graph;
  if (!graph) {
    return member.dependencies
      .filter((d) => d.kind === "normal" && names.has(d.name) && d.source.type !== "path")
      .map((d) => ({ pkg: null, direct: d, version: d.req, path: [] }));
  }
  const out: TreeOccurrence[] = [];
  for (const pkg of graph.packagesNamed(names)) {
    const shortest = graph.shortestNormalReach(pkg.id, member.manifestPath);
    if (shortest) out.push({ pkg, direct: shortest.direct, version: pkg.version, get path() { return shortest.path; } });
  }
  return out;
}

/** `tide → async-std 1.12.0`, or just the direct key when the crate is itself direct. */
export function occurrenceText(context: RuleContext, o: TreeOccurrence): string {
  return o.path.length > 1 ? `via ${describePath(context, o.path)}` : `as ${keyOf(o.direct)} ${o.version}`;
}

/** The first sentence of a catalog reason: messages stay one line; `--explain` has the rest. */
export function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** One declaration a user edits: a member's key, or the `[workspace.dependencies]` entry members inherit. */
export interface DeclarationGroup {
  key: string;
  /** Every member entry of the declaration that a way in starts at (one per member for a shared entry). */
  deps: Dependency[];
  members: string[];
  reaches: Reach[];
}

/** Rules group the same declarations over and over (thousands in a large workspace): each key is built once. */
const declarationKeys = new WeakMap<Dependency, string>();

export function declarationKey(dep: Dependency): string {
  return memoized(declarationKeys, dep, () => {
    const shared = dep.inheritedFrom;
    return shared ? `workspace\u0000${shared.manifestPath}\u0000${shared.keyPath.join("\u0000")}` : `${dep.manifestPath}\u0000${dep.keyPath.join("\u0000")}`;
  });
}

/** Ways in grouped by the declaration they start at, in first-seen order. */
export function groupByDeclaration(reaches: Iterable<Reach>): Map<string, DeclarationGroup> {
  const groups = new Map<string, DeclarationGroup>();
  // Sets beside the ordered lists: a shared entry can gather hundreds of members.
  const seen = new Map<DeclarationGroup, { deps: Set<Dependency>; members: Set<string> }>();
  for (const reach of reaches) {
    const key = declarationKey(reach.direct);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, deps: [], members: [], reaches: [] }));
    let known = seen.get(group);
    if (!known) seen.set(group, (known = { deps: new Set(), members: new Set() }));
    if (!known.deps.has(reach.direct)) {
      known.deps.add(reach.direct);
      group.deps.push(reach.direct);
    }
    if (!known.members.has(reach.member)) {
      known.members.add(reach.member);
      group.members.push(reach.member);
    }
    group.reaches.push(reach);
  }
  return groups;
}

/**
 * Does the way in start outside the workspace's members? A registry or git declaration does, and so does a path
 * declaration of a crate that is not a member (cargo builds it, and nothing else would report what it brings).
 */
export function leavesWorkspace(graph: DependencyGraph, reach: Reach): boolean {
  return reach.direct.source.type !== "path" || graph.memberOf(reach.first) === undefined;
}

/** Ways in that start outside the members: a workspace member is never the thing to change. */
export function externalReaches(graph: DependencyGraph, summary: ReachSummary): Reach[] {
  return summary.reaches.filter((r) => leavesWorkspace(graph, r));
}

/** Every way in is a dev- or build-dependency: the crate never ships. */
export function neverShips(reaches: readonly Reach[]): boolean {
  return reaches.length > 0 && reaches.every((r) => r.direct.kind !== "normal");
}

/** The key a declaration is known by: `alloy-primitives` (or `[workspace.dependencies] alloy-primitives`). */
export function declarationLabel(dep: Dependency): string {
  return keyOf(dep);
}

/** `3 members (a, b, c)`, naming at most `cap` of them. */
export function membersText(members: readonly string[], cap = 5): string {
  const shown = members.slice(0, cap).join(", ");
  const more = members.length > cap ? `, and ${members.length - cap} more` : "";
  return `${members.length} member${members.length === 1 ? "" : "s"} (${shown}${more})`;
}

/** `a`, `a and b`, `a, b and c`; past `cap` items, `a, b, c and 7 others`. */
export function listText(items: readonly string[], cap = Infinity): string {
  if (items.length > cap) return `${items.slice(0, cap).join(", ")} and ${items.length - cap} others`;
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The members whose declarations make up `member`'s normal tree: the member itself and the members it depends on
 * through normal path dependencies, transitively. A crate in the tree is brought by one of their external keys.
 */
export function membersUnder(context: RuleContext, member: Package): Package[] {
  const byManifest = new Map(context.workspace.members.map((m) => [m.manifestPath, m]));
  const out: Package[] = [member];
  for (let i = 0; i < out.length; i++) {
    for (const d of (out[i] as Package).dependencies) {
      if (d.kind !== "normal" || d.source.type !== "path") continue;
      const next = byManifest.get(join(d.source.path, "Cargo.toml"));
      if (next && !out.includes(next)) out.push(next);
    }
  }
  return out;
}

/** The keys of every other declaration a crate arrives through in the given members: the set whose change removes it. */
export function otherWays(reaches: readonly Reach[]): (members: readonly string[], except: string) => string[] {
  return (members, except) => {
    const wanted = new Set(members);
    return [...new Set(reaches.filter((r) => wanted.has(r.member)).map((r) => keyOf(r.direct)))].filter((k) => k !== except);
  };
}

/**
 * Declarations grouped by `key` into findings: a group spanning several members is one finding (one edit or command
 * for all of them); within one member each declaration stays a finding of its own, at its line.
 */
export function findingsAcrossMembers<T extends { member: Package }>(items: Iterable<T>, key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) append(groups, key(item), item);
  return [...groups.values()].flatMap((group) => (new Set(group.map((g) => g.member)).size > 1 ? [group] : group.map((g) => [g])));
}
