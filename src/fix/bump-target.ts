/**
 * The release a requirement bump may move to: the newest release that is not yanked, not a pre-release, not a
 * tombstone, and whose `rust_version` the package's own `rust-version` allows.
 */
import semver from "semver";
import { lowestAdmitted, rustVersionToSemver, satisfies } from "../model/cargo-semver.js";
import type { CrateInfo, IndexVersion } from "../registry/types.js";
import { needsNewerRust, releases, suggestedRequirement } from "../../rules/registry-support.js";

// Tombstones are already left out by `releases()`; re-exported for callers of this module.
export { isTombstone } from "../catalog/tombstones.js";

export type BumpTarget =
  | { kind: "bump"; version: IndexVersion; req: string }
  | { kind: "none"; why: string };

/** `rustVersions`: the rust-version of every package the requirement applies to (null when one declares none). */
export function bumpTarget(info: CrateInfo, writtenReq: string, rustVersions: ReadonlyArray<string | null>): BumpTarget {
  const candidates = releases(info);
  const allowed = candidates.find((v) => rustVersions.every((declared) => !needsNewerRust(v.rustVersion, declared)));
  if (!allowed) return { kind: "none", why: "no release supports the declared rust-version" };
  if (satisfies(allowed.version, writtenReq)) {
    const newest = candidates[0];
    const limit = rustVersions
      .filter((r): r is string => r !== null && rustVersionToSemver(r) !== null)
      .sort((a, b) => semver.compare(rustVersionToSemver(a) as string, rustVersionToSemver(b) as string))[0];
    return {
      kind: "none",
      why: newest && newest !== allowed && limit ? `newer releases need a Rust newer than rust-version ${limit}` : "the requirement already admits the newest usable release",
    };
  }
  const lowest = lowestAdmitted(writtenReq);
  if (lowest && semver.valid(lowest) && semver.gte(lowest, allowed.version)) return { kind: "none", why: "the requirement is ahead of the newest usable release" };
  return { kind: "bump", version: allowed, req: suggestedRequirement(allowed.version, writtenReq) };
}
