/** outdated-requirement: a requirement in Cargo.toml that rules out the newest release of the crate. */
import semver from "semver";
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { lowestAdmitted, satisfies } from "../src/model/cargo-semver.js";
import { infoForDependency, newerSeries, newestRelease, suggestedRequirement } from "./registry-support.js";
import { externalDependencies, keyOf, lockedPackageOf, severityForKind } from "./support.js";

const meta: RuleMeta = {
  id: "outdated-requirement",
  description: "A version requirement excludes the newest release of the crate",
  defaultSeverity: "warning",
  category: "freshness",
  needsRegistry: true,
  docs: "rules/outdated-requirement.md",
};

/** "2 incompatible releases behind (0.3, 0.4)", or why the newest is out of reach without a breaking release. */
function distanceText(behind: string[]): string {
  if (behind.length === 0) return "the requirement's upper bound excludes it although it is semver-compatible";
  const shown = behind.length > 6 ? [...behind.slice(0, 5), "…", behind[behind.length - 1]] : behind;
  return `${behind.length} incompatible release${behind.length === 1 ? "" : "s"} behind (${shown.join(", ")})`;
}

export const outdatedRequirement: Rule = {
  meta,
  check(context) {
    for (const { member, dep } of externalDependencies(context)) {
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
      context.report({
        message: `${dep.name} ${dep.req} does not admit ${newest.version}, the newest release: ${distanceText(behind)}`,
        crate: { name: dep.name, req: dep.req, ...(locked ? { version: locked.version } : {}) },
        dependency: dep,
        lockedPackage: locked,
        member: member.name,
        severity: severityForKind(meta.defaultSeverity, dep.kind),
        suggestion: `Change the requirement${where} to ${keyOf(dep)} = "${req}"${behind.length > 0 ? " and review the changelog for breaking changes" : ""}.`,
        fingerprintExtra: `${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
      });
    }
  },
};
