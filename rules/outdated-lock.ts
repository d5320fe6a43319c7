/** outdated-lock: Cargo.lock holds an older version than the requirement admits; `cargo update` would move it. */
import type { CrateInfo, IndexVersion } from "../src/registry/types.js";
import { createRule } from "./create-rule.js";
import { infoForDependency, isNewer, needsNewerRust, newestAdmitted, requirementsOn, updateCommand, versionEntry } from "./registry-support.js";
import { externalDependencies, keyOf, lockedPackageOf } from "./support.js";

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
    const admitted = new Map<CrateInfo, Map<string, IndexVersion | undefined>>();
    const newestFor = (info: CrateInfo, key: string, reqs: () => readonly string[]): IndexVersion | undefined => {
      let known = admitted.get(info);
      if (!known) admitted.set(info, (known = new Map()));
      if (!known.has(key)) known.set(key, newestAdmitted(info, reqs()));
      return known.get(key);
    };
    for (const { member, dep } of externalDependencies(context)) {
      const locked = lockedPackageOf(context, member, dep);
      const info = locked && infoForDependency(context, dep);
      if (!locked || !info) continue;
      // A yanked lock is yanked-version's finding, with a more precise command.
      if (versionEntry(info, locked.version)?.yanked) continue;
      const target = newestFor(info, `req\u0000${dep.req}`, () => [dep.req]);
      if (!target || !isNewer(target.version, locked.version)) continue;
      // Other crates in the tree may cap the version lower than this requirement does; if at the lock, nothing moves.
      const reachable = newestFor(info, `lock\u0000${locked.id}`, () => requirementsOn(context, locked));
      if (reachable && !isNewer(reachable.version, locked.version)) continue;
      const capped = reachable && isNewer(target.version, reachable.version)
        ? `; other dependents' requirements allow at most ${reachable.version}`
        : "";
      // Said here rather than left to surprise: the update would break the package's declared rust-version.
      const rust = needsNewerRust(target.rustVersion, member.rustVersion)
        ? ` (which needs Rust ${target.rustVersion}, above ${member.name}'s rust-version ${member.rustVersion})`
        : "";
      context.report({
        messageId: "outdatedLock",
        data: { crate: dep.name, locked: locked.version, req: dep.req, target: target.version, rust, capped },
        crate: { name: dep.name, req: dep.req, version: locked.version },
        dependency: dep,
        lockedPackage: locked,
        member: member.name,
        facts: { devOrBuildOnly: dep.kind !== "normal" },
        suggestion: `Run \`${updateCommand(context, locked)}\` to update Cargo.lock.`,
        fingerprintExtra: `${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
      });
    }
  },
});
