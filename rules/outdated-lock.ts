/** outdated-lock: Cargo.lock holds an older version than the requirement admits; `cargo update` would move it. */
import type { Dependency, LockedPackage, Package } from "../src/model/types.js";
import type { CrateInfo, IndexVersion } from "../src/registry/types.js";
import { memoized } from "../src/util/maps.js";
import { createRule } from "./create-rule.js";
import { infoForDependency, isNewer, needsNewerRust, newestAdmitted, requirementsOn, updateCommand, versionEntry } from "./registry-support.js";
import { externalDependencies, findingsAcrossMembers, keyOf, lockedPackageOf } from "./support.js";

/** A declaration whose lock `cargo update` would move, with what it would move to. */
interface Hit {
  member: Package;
  dep: Dependency;
  locked: LockedPackage;
  target: IndexVersion;
  reachable: IndexVersion | undefined;
}

export const outdatedLock = createRule({
  id: "outdated-lock",
  description: "The locked version is older than the newest one the requirement admits",
  defaultSeverity: "note",
  category: "freshness",
  needsRegistry: true,
  messages: {
    outdatedLock: "{{crate}} is locked at {{locked}}, but {{req}} admits {{target}}{{rust}}{{capped}}",
  },
  check(context) {
    // Members inheriting one entry ask the same questions: answered once per crate data and requirement or package.
    // Keyed by the requirement's own text and the package object: no key string is built per declaration.
    const byRequirement = new Map<CrateInfo, Map<string, IndexVersion | undefined>>();
    const byLock = new Map<CrateInfo, Map<LockedPackage, IndexVersion | undefined>>();
    const newestFor = <K>(cache: Map<CrateInfo, Map<K, IndexVersion | undefined>>, info: CrateInfo, key: K, reqs: () => readonly string[]) =>
      memoized(memoized(cache, info, () => new Map<K, IndexVersion | undefined>()), key, () => newestAdmitted(info, reqs()));
    // One `cargo update` moves the locked package for every member whose declaration reaches it: one finding for them.
    const all: Hit[] = [];
    for (const { member, dep } of externalDependencies(context)) {
      const locked = lockedPackageOf(context, member, dep);
      const info = locked && infoForDependency(context, dep);
      if (!locked || !info) continue;
      // A yanked lock is yanked-version's finding, with a more precise command.
      if (versionEntry(info, locked.version)?.yanked) continue;
      const target = newestFor(byRequirement, info, dep.req, () => [dep.req]);
      if (!target || !isNewer(target.version, locked.version)) continue;
      // Other crates in the tree may cap the version lower than this requirement does; if at the lock, nothing moves.
      const reachable = newestFor(byLock, info, locked, () => requirementsOn(context, locked));
      if (reachable && !isNewer(reachable.version, locked.version)) continue;
      all.push({ member, dep, locked, target, reachable });
    }
    for (const hits of findingsAcrossMembers(all, (h) => `${h.locked.id}\u0000${h.target.version}`)) {
      const { dep, locked, target, reachable } = hits[0]!;
      const capped = reachable && isNewer(target.version, reachable.version)
        ? `; other dependents' requirements allow at most ${reachable.version}`
        : "";
      // Said here rather than left to surprise: the update would break a package's declared rust-version.
      const tooOld = [...new Map(hits.filter((h) => needsNewerRust(target.rustVersion, h.member.rustVersion)).map((h) => [h.member.name, h.member])).values()];
      const first = tooOld[0];
      const others = tooOld.length > 1 ? ` and ${tooOld.length - 1} other member${tooOld.length > 2 ? "s'" : "'s"}` : "";
      const rust = first ? ` (which needs Rust ${target.rustVersion}, above ${first.name}'s rust-version ${first.rustVersion}${others})` : "";
      const members = [...new Set(hits.map((h) => h.member.name))];
      context.report({
        messageId: "outdatedLock",
        data: { crate: dep.name, locked: locked.version, req: dep.req, target: target.version, rust, capped },
        crate: { name: dep.name, req: dep.req, version: locked.version },
        dependencies: [...new Set(hits.map((h) => h.dep))],
        members,
        lockedPackage: locked,
        facts: { devOrBuildOnly: hits.every((h) => h.dep.kind !== "normal") },
        suggestion: `Run \`${updateCommand(context, locked)}\` to update Cargo.lock.`,
        // Shared: the requirement picks the target, so it tells this package's groups apart (never the locked version,
        // which moves); a member's declaration keeps the identity it had before declarations were grouped.
        fingerprintExtra: members.length > 1 ? `shared:${dep.req}:${keyOf(dep)}` : `${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
      });
    }
  },
});
