/** outdated-requirement: a requirement in Cargo.toml that rules out the newest release of the crate. */
import semver from "semver";
import { lowestAdmitted, satisfies } from "../src/model/cargo-semver.js";
import { createRule } from "./create-rule.js";
import { infoForDependency, newerSeries, newestRelease, suggestedRequirement } from "./registry-support.js";
import { declarationKey, externalDependencies, findingsAcrossMembers, keyOf, lockedPackageOf } from "./support.js";

/** "2 incompatible releases behind (0.3, 0.4)". */
function distanceText(behind: string[]): string {
  const shown = behind.length > 6 ? [...behind.slice(0, 5), "…", behind[behind.length - 1]] : behind;
  return `${behind.length} incompatible release${behind.length === 1 ? "" : "s"} behind (${shown.join(", ")})`;
}

export const outdatedRequirement = createRule({
  id: "outdated-requirement",
  description: "A version requirement excludes the newest release of the crate",
  defaultSeverity: "warning",
  category: "freshness",
  needsRegistry: true,
  messages: {
    behind: "{{crate}} {{req}} does not admit {{newest}}, the newest release: {{distance}}",
    upperBound: "{{crate}} {{req}} does not admit {{newest}}, the newest release: the requirement's upper bound excludes it although it is semver-compatible",
  },
  check(context) {
    // A `[workspace.dependencies]` entry is one requirement to change, however many members inherit it: one finding.
    const findings = findingsAcrossMembers(externalDependencies(context), ({ dep }) => declarationKey(dep));
    for (const hits of findings) {
      const { member, dep } = hits[0]!;
      const info = infoForDependency(context, dep);
      const newest = info && newestRelease(info);
      if (!info || !newest || satisfies(newest.version, dep.req)) continue;
      // A requirement ahead of every release (e.g. on a pre-release) is not outdated.
      const lowest = lowestAdmitted(dep.req);
      if (lowest && semver.gt(lowest, newest.version)) continue;
      const behind = newerSeries(info, dep.req, newest.version);
      const locked = lockedPackageOf(context, member, dep);
      const req = suggestedRequirement(newest.version, dep.req);
      const where = dep.inheritedFrom ? " in [workspace.dependencies]" : "";
      const members = [...new Set(hits.map((h) => h.member.name))];
      context.report({
        messageId: behind.length > 0 ? "behind" : "upperBound",
        data: { crate: dep.name, req: dep.req, newest: newest.version, ...(behind.length > 0 ? { distance: distanceText(behind) } : {}) },
        crate: { name: dep.name, req: dep.req, ...(locked ? { version: locked.version } : {}) },
        dependencies: hits.map((h) => h.dep),
        members,
        lockedPackage: locked,
        facts: { devOrBuildOnly: hits.every((h) => h.dep.kind !== "normal") },
        suggestion: `Change the requirement${where} to ${keyOf(dep)} = "${req}"${behind.length > 0 ? " and review the changelog for breaking changes" : ""}.`,
        // A shared entry is the workspace's; a member's declaration keeps the identity it had before entries were grouped.
        fingerprintExtra: members.length > 1 ? `workspace:${keyOf(dep)}` : `${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
      });
    }
  },
});
