/** Synchronous answers over prefetched index data, each crate looked up in the registry it comes from. */
import type { Dependency, LockedPackage, Workspace, WorkspaceDependency } from "../model/types.js";
import type { RegistryConfig } from "./config.js";
import type { CrateInfo, RegistryView } from "./types.js";
import { memoized } from "../util/maps.js";

export interface WorkspaceRegistries {
  workspace: Workspace;
  config: RegistryConfig;
}

/** Crates by index URL, then by lower-cased name. */
export type CrateTable = Map<string, Map<string, CrateInfo>>;

export function createRegistryView(workspaces: WorkspaceRegistries[], crates: CrateTable): RegistryView {
  const find = (indexUrl: string | null, name: string): CrateInfo | undefined =>
    indexUrl ? crates.get(indexUrl)?.get(name.toLowerCase()) : undefined;
  // Rules ask for the same dependency or package many times; each answer is worked out once per view.
  const ofDependency = new WeakMap<Dependency | WorkspaceDependency, CrateInfo | undefined>();
  const ofPackage = new WeakMap<LockedPackage, CrateInfo | undefined>();

  const lookUpDependency = (dep: Dependency | WorkspaceDependency): CrateInfo | undefined => {
    if (dep.source.type !== "registry") return undefined;
    const owner = owningWorkspace(workspaces, dep.manifestPath);
    return owner ? find(owner.config.byName(dep.source.registry).indexUrl, dep.name) : undefined;
  };
  const lookUpPackage = (pkg: LockedPackage): CrateInfo | undefined => {
    if (!pkg.source) return undefined;
    for (const { config } of workspaces) {
      const info = find(config.bySource(pkg.source)?.indexUrl ?? null, pkg.name);
      if (info) return info;
    }
    return undefined;
  };

  return {
    forDependency(dep: Dependency | WorkspaceDependency): CrateInfo | undefined {
      return memoized(ofDependency, dep, () => lookUpDependency(dep));
    },
    forLockedPackage(pkg: LockedPackage): CrateInfo | undefined {
      return memoized(ofPackage, pkg, () => lookUpPackage(pkg));
    },
  };
}

/** The workspace whose root holds the manifest (the deepest one); the first one as a fallback. */
function owningWorkspace(workspaces: WorkspaceRegistries[], manifestPath: string): WorkspaceRegistries | undefined {
  let best: WorkspaceRegistries | undefined;
  for (const entry of workspaces) {
    const root = entry.workspace.root.replace(/[\\/]+$/, "");
    const inside = manifestPath === root || manifestPath.startsWith(`${root}/`) || manifestPath.startsWith(`${root}\\`);
    if (inside && (!best || root.length > best.workspace.root.length)) best = entry;
  }
  return best ?? workspaces[0];
}
