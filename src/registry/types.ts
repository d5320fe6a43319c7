/** What the registry client hands to rules: index data fetched before the rules run. */
import type { Dependency, LockedPackage, WorkspaceDependency } from "../model/types.js";

export interface IndexDependency {
  /** Name as written in the depending crate (the rename key when `package` is set). */
  name: string;
  /** Real package name when renamed. */
  package?: string;
  req: string;
  kind: "normal" | "dev" | "build";
  optional: boolean;
  target: string | null;
  /** Index URL of another registry, when not the same registry. */
  registry?: string;
}

/** One line of a sparse index file. */
export interface IndexVersion {
  name: string;
  version: string;
  yanked: boolean;
  /** `rust_version` of the published manifest, e.g. "1.70". */
  rustVersion: string | null;
  /** RFC 3339 publish time (newer index entries only). */
  pubtime: string | null;
  deps: IndexDependency[];
  features: Record<string, string[]>;
}

export interface CrateInfo {
  name: string;
  /** Display name of the registry ("crates.io" or the configured name). */
  registry: string;
  versions: IndexVersion[];
  /** ISO time the data was fetched from the network. */
  fetchedAt: string;
  fromCache: boolean;
  /** True when the registry has no such crate (404/410/451); `versions` is then empty. */
  notFound?: boolean;
}

/** Synchronous reads over prefetched data, so rules do no I/O. */
export interface RegistryView {
  forDependency(dep: Dependency | WorkspaceDependency): CrateInfo | undefined;
  forLockedPackage(pkg: LockedPackage): CrateInfo | undefined;
}

export const EMPTY_REGISTRY: RegistryView = {
  forDependency: () => undefined,
  forLockedPackage: () => undefined,
};
