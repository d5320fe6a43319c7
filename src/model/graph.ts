/** The lockfile as a graph rooted at the workspace members (implementation follows). */
import type { Dependency, DependencyKind, Lockfile } from "./types.js";

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
  /** The locked package a direct dependency resolves to, if it is in the lockfile. */
  lockedIdOf(dep: Dependency): string | undefined;
  /** How a locked package is reached: one shortest path per (member, direct dependency). */
  reach(id: string): ReachSummary;
}
