/** Helpers shared by the rules that read registry index data: released versions, compatibility series, commands. */
import semver from "semver";
import type { RuleContext } from "../src/engine/types.js";
import { lowestAdmitted, parseRequirement, rustVersionToSemver, satisfies } from "../src/model/cargo-semver.js";
import type { Dependency, LockedPackage } from "../src/model/types.js";
import type { CrateInfo, IndexDependency, IndexVersion } from "../src/registry/types.js";
import { isTombstone } from "../src/catalog/tombstones.js";
import { memoized } from "../src/util/maps.js";

/** Index data for a direct dependency, or undefined when the registry has nothing usable. */
export function infoForDependency(context: RuleContext, dep: Dependency): CrateInfo | undefined {
  if (dep.source.type !== "registry") return undefined;
  return usable(context.registry.forDependency(dep));
}

export function infoForLocked(context: RuleContext, pkg: LockedPackage): CrateInfo | undefined {
  if (!pkg.source || pkg.source.startsWith("git+")) return undefined;
  return usable(context.registry.forLockedPackage(pkg));
}

function usable(info: CrateInfo | undefined): CrateInfo | undefined {
  return info && !info.notFound && info.versions.length > 0 ? info : undefined;
}

/** Sorted once per crate and run: rules ask for the same crate's releases many times. */
const sortedReleases = new WeakMap<CrateInfo, IndexVersion[]>();

const parsedVersions = new Map<string, semver.SemVer | null>();
/** A long-lived process (the language server) sees ever new versions: a full table starts again. */
const PARSED_VERSIONS_LIMIT = 100_000;

/** A version parsed by node-semver once per text: rules compare the same releases many times over. Null if invalid. */
export function semverOf(version: string): semver.SemVer | null {
  let parsed = parsedVersions.get(version);
  if (parsed === undefined) {
    parsed = semver.parse(version);
    if (parsedVersions.size >= PARSED_VERSIONS_LIMIT) parsedVersions.clear();
    parsedVersions.set(version, parsed);
  }
  return parsed;
}

/** Non-yanked, non-pre-release versions, newest first: what `cargo update` would consider. A fresh array each call. */
export function releases(info: CrateInfo): IndexVersion[] {
  return sortedOf(info).slice();
}

function sortedOf(info: CrateInfo): readonly IndexVersion[] {
  return memoized(sortedReleases, info, () => {
    const kept: Array<{ version: IndexVersion; parsed: semver.SemVer }> = [];
    for (const version of info.versions) {
      const parsed = !version.yanked && semverOf(version.version);
      if (parsed && parsed.prerelease.length === 0 && !isTombstone(info.name, version.version)) kept.push({ version, parsed });
    }
    return kept.sort((a, b) => b.parsed.compare(a.parsed)).map((k) => k.version);
  });
}

export function newestRelease(info: CrateInfo): IndexVersion | undefined {
  return sortedOf(info)[0];
}

/** The newest release admitted by every requirement (cargo requirements, not npm ranges). */
export function newestAdmitted(info: CrateInfo, reqs: readonly string[]): IndexVersion | undefined {
  return sortedOf(info).find((v) => reqs.every((req) => satisfies(v.version, req)));
}

/** Each crate's versions by their text, built on first use: rules look up every locked package's own entry. */
const entriesByVersion = new WeakMap<CrateInfo, Map<string, IndexVersion>>();

export function versionEntry(info: CrateInfo, version: string): IndexVersion | undefined {
  const entries = memoized(entriesByVersion, info, () => {
    const byText = new Map<string, IndexVersion>();
    // The first line of a version wins, as a search from the start would find it.
    for (const v of info.versions) if (!byText.has(v.version)) byText.set(v.version, v);
    return byText;
  });
  return entries.get(version);
}

export function isNewer(a: string, b: string): boolean {
  const x = semverOf(a);
  const y = semverOf(b);
  return x !== null && y !== null && x.compare(y) > 0;
}

/** Cargo's compatibility series: `1.4.2` → "1", `0.3.7` → "0.3", `0.0.4` → "0.0.4". */
export function series(version: string): string {
  const v = semverOf(version);
  if (!v) return version;
  if (v.major > 0) return String(v.major);
  return v.minor > 0 ? `0.${v.minor}` : `0.0.${v.patch}`;
}

/** Published series above what the requirement admits, up to `upTo`, oldest first (each is a breaking release). */
export function newerSeries(info: CrateInfo, req: string, upTo: string): string[] {
  const base = sortedOf(info).find((v) => satisfies(v.version, req))?.version ?? lowestAdmitted(req);
  if (!base) return [series(upTo)];
  const found = new Set<string>();
  // Parsed once here; an invalid text falls through to node-semver, which rejects it as before.
  const from = semverOf(base) ?? base;
  const to = semverOf(upTo) ?? upTo;
  const baseSeries = series(base);
  const sorted = sortedOf(info);
  // Oldest first; releases are parsed already, so they compare without node-semver parsing them again.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const version = sorted[i]!.version;
    const at = semverOf(version) as semver.SemVer;
    if (greater(at, from) && !greater(at, to) && series(version) !== baseSeries) found.add(series(version));
  }
  return [...found];
}

function greater(a: semver.SemVer, b: semver.SemVer | string): boolean {
  return typeof b === "string" ? semver.gt(a, b) : a.compare(b) > 0;
}

/**
 * A requirement admitting `version`, written with as many components as the user wrote (never fewer than the
 * series needs: "0.3" for 0.x, "0.0.4" for 0.0.x), keeping a `~` or `=` operator.
 */
export function suggestedRequirement(version: string, writtenReq: string): string {
  const v = semver.parse(version);
  if (!v) return version;
  const needed = v.major > 0 ? 1 : v.minor > 0 ? 2 : 3;
  let written = 1;
  let op = "";
  try {
    const comparators = parseRequirement(writtenReq);
    const only = comparators.length === 1 ? comparators[0] : undefined;
    if (only && ["^", "~", "="].includes(only.op) && !only.wildcard) {
      written = only.patch !== undefined ? 3 : only.minor !== undefined ? 2 : 1;
      op = only.op === "^" ? "" : only.op;
    }
  } catch {
    // An unparsable requirement gets the plain form.
  }
  const parts = [v.major, v.minor, v.patch].slice(0, Math.max(needed, written));
  return `${op}${parts.join(".")}`;
}

/** `cargo update -p name` with `@version` when several versions of the crate are locked. */
export function updateCommand(context: RuleContext, pkg: LockedPackage, precise?: string): string {
  const twins = context.graph?.lockedVersionsOf(pkg.name).length ?? 1;
  const spec = twins > 1 ? `${pkg.name}@${pkg.version}` : pkg.name;
  return `cargo update -p ${spec}${precise ? ` --precise ${precise}` : ""}`;
}

/** Few distinct rust-versions meet in a run, asked about thousands of times. */
const newerRust = new Map<string, boolean>();

/** Does `needed` (a version's rust_version) exceed `declared` (the package's rust-version)? */
export function needsNewerRust(needed: string | null, declared: string | null): boolean {
  if (!needed || !declared) return false;
  const key = `${needed}\u0000${declared}`;
  let answer = newerRust.get(key);
  if (answer === undefined) {
    const a = rustVersionToSemver(needed);
    const b = rustVersionToSemver(declared);
    answer = a !== null && b !== null && isNewer(a, b);
    if (newerRust.size >= PARSED_VERSIONS_LIMIT) newerRust.clear();
    newerRust.set(key, answer);
  }
  return answer;
}

/** A release's normal and build dependencies by crate name: paths and requirements ask for them again and again. */
const shippedDependencies = new WeakMap<IndexVersion, Map<string, IndexDependency>>();

/** A published version's normal or build dependency on the crate `name` (dev-dependencies never reach users). */
export function dependencyOn(version: IndexVersion, name: string): IndexDependency | undefined {
  const byName = memoized(shippedDependencies, version, () => {
    const shipped = new Map<string, IndexDependency>();
    // The first matching line wins, as a search from the start would find it.
    for (const d of version.deps) if (d.kind !== "dev" && !shipped.has(d.package ?? d.name)) shipped.set(d.package ?? d.name, d);
    return shipped;
  });
  return byName.get(name);
}

/**
 * Requirements that locked packages place on `pkg`: from members' manifests and, for registry dependents, from the
 * index entry of the dependent's locked version. Dependents without index data are left out.
 */
export function requirementsOn(context: RuleContext, pkg: LockedPackage): string[] {
  const graph = context.graph;
  if (!graph) return [];
  // Both indexes are built once per graph, so each call costs the package's own dependents only.
  const reqs: string[] = graph.declarationsOf(pkg.id).map(({ dep }) => dep.req);
  for (const parentId of graph.dependentsOf(pkg.id)) {
    const parent = graph.packageById(parentId);
    if (!parent || parent.source === null) continue;
    const info = infoForLocked(context, parent);
    const entry = info && versionEntry(info, parent.version);
    const dep = entry && dependencyOn(entry, pkg.name);
    if (dep) reqs.push(dep.req);
  }
  return [...new Set(reqs)];
}

/** Optional dependencies the `default` feature turns on, following features that enable other features. */
export function enabledByDefault(version: IndexVersion, depKey: string): boolean {
  const seen = new Set<string>();
  const queue = ["default"];
  while (queue.length > 0) {
    const feature = queue.shift() as string;
    if (seen.has(feature)) continue;
    seen.add(feature);
    for (const item of version.features[feature] ?? []) {
      const [head = "", tail] = item.replace(/^dep:/, "").split("/");
      if (head === depKey && !(tail !== undefined && item.includes("?/"))) return true;
      if (tail === undefined && version.features[head]) queue.push(head);
    }
  }
  return false;
}

/** What the index says about getting rid of a crate through one way in. */
export type DropVerdict =
  | { kind: "drops"; version: string }
  | { kind: "none"; newest: string }
  | { kind: "unknown" };

/**
 * Does `candidate` (a release of the crate at path[0]) still lead to the crate at the end of `path`? Unknown data
 * counts as yes, so no removal is promised that cannot be seen. An optional dependency still counts when the
 * default features enable it or when the locked build already used it as an optional one.
 *
 * `known` holds the answers for the rest of this path by release: the candidates of one direct dependency mostly
 * resolve the next hop to the same release, whose answer is then worked out once.
 */
function stillPulls(context: RuleContext, candidate: IndexVersion, path: LockedPackage[], known: Map<number, Map<IndexVersion, boolean>>): boolean {
  const byRelease = memoized(known, path.length, () => new Map<IndexVersion, boolean>());
  return memoized(byRelease, candidate, () => pullsAlong(context, candidate, path, known));
}

function pullsAlong(context: RuleContext, candidate: IndexVersion, path: LockedPackage[], known: Map<number, Map<IndexVersion, boolean>>): boolean {
  const [parent, child, ...rest] = path;
  if (!parent || !child) return true;
  const dep = dependencyOn(candidate, child.name);
  if (!dep) return false;
  if (dep.optional && !enabledByDefault(candidate, dep.name)) {
    const parentInfo = infoForLocked(context, parent);
    const lockedEdge = parentInfo && versionEntry(parentInfo, parent.version);
    const lockedDep = lockedEdge && dependencyOn(lockedEdge, child.name);
    if (lockedDep && !lockedDep.optional) return false;
  }
  if (rest.length === 0) return true;
  const childInfo = infoForLocked(context, child);
  const next = childInfo && newestAdmitted(childInfo, [dep.req]);
  return next ? stillPulls(context, next, [child, ...rest], known) : true;
}

// Verdicts per registry view (one per run, or per member pass in the language server, whose view notes every
// crate a pass reads: a verdict is never carried into a pass that would not have read its crates itself).
const verdicts = new WeakMap<RuleContext["registry"], Map<string, DropVerdict>>();

/**
 * The first release of the direct dependency that no longer brings the crate (along the shortest path), if known.
 * declining-transitive and removable-transitive ask it for the same paths: it is worked out once per path.
 */
export function dropVerdict(context: RuleContext, direct: Dependency, pathIds: readonly string[]): DropVerdict {
  const graph = context.graph;
  if (!graph || pathIds.length < 2) return { kind: "unknown" };
  const known = memoized(verdicts, context.registry, () => new Map<string, DropVerdict>());
  const key = `${direct.manifestPath}\0${direct.source.type === "registry" ? direct.source.registry : ""}\0${direct.name}\0${pathIds.join("\0")}`;
  return memoized(known, key, () => judgeDrop(context, direct, pathIds));
}

function judgeDrop(context: RuleContext, direct: Dependency, pathIds: readonly string[]): DropVerdict {
  const graph = context.graph!;
  const directPkg = graph.packageById(pathIds[0]!);
  if (!directPkg) return { kind: "unknown" };
  const info = infoForDependency(context, direct) ?? infoForLocked(context, directPkg);
  if (!info) return { kind: "unknown" };
  // The path is built only for a declaration with registry data: with many members, most have none to judge.
  const path = pathIds.map((id) => graph.packageById(id));
  if (path.some((p) => !p)) return { kind: "unknown" };
  const sorted = sortedOf(info);
  const locked = semverOf(directPkg.version) ?? directPkg.version;
  const known = new Map<number, Map<IndexVersion, boolean>>();
  // Oldest first: the first newer release that no longer pulls the crate in is the one to name.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const release = sorted[i]!;
    if (!greater(semverOf(release.version) as semver.SemVer, locked)) continue;
    if (!stillPulls(context, release, path as LockedPackage[], known)) return { kind: "drops", version: release.version };
  }
  const newest = sorted[0];
  const newer = newest && greater(semverOf(newest.version) as semver.SemVer, locked);
  return { kind: "none", newest: newer ? newest.version : directPkg.version };
}
