/** An in-memory RegistryView over hand-written CrateInfo, looked up by crate name. */
import type { Dependency, LockedPackage, WorkspaceDependency } from "../../src/model/types.js";
import type { CrateInfo, IndexDependency, IndexVersion, RegistryView } from "../../src/registry/types.js";

export type VersionSpec = string | (Partial<IndexVersion> & { version: string });

/** `dependsOn("async-std", "^1.6")`: a normal, non-optional dependency as the index records it. */
export function dependsOn(name: string, req: string, overrides: Partial<IndexDependency> = {}): IndexDependency {
  return { name, req, kind: "normal", optional: false, target: null, ...overrides };
}

export function crateInfo(name: string, versions: VersionSpec[]): CrateInfo {
  return {
    name,
    registry: "crates.io",
    fetchedAt: "2026-01-01T00:00:00Z",
    fromCache: false,
    versions: versions.map((spec) => {
      const v = typeof spec === "string" ? { version: spec } : spec;
      return { name, yanked: false, rustVersion: null, pubtime: null, deps: [], features: {}, ...v };
    }),
  };
}

/** Answers for registry dependencies and registry-locked packages; git and path crates get nothing, as in the real view. */
export function fakeRegistry(crates: CrateInfo[]): RegistryView {
  const byName = new Map(crates.map((c) => [c.name, c]));
  return {
    forDependency(dep: Dependency | WorkspaceDependency) {
      return dep.source.type === "registry" ? byName.get(dep.name) : undefined;
    },
    forLockedPackage(pkg: LockedPackage) {
      return pkg.source && !pkg.source.startsWith("git+") ? byName.get(pkg.name) : undefined;
    },
  };
}
