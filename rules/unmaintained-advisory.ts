/** unmaintained-advisory: a crates.io crate in the tree is under a RustSec "unmaintained" advisory. */
import type { UnmaintainedAdvisory } from "../src/catalog/types.js";
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { lowestAdmitted } from "../src/model/cargo-semver.js";
import { summarizeReaches } from "../src/model/graph.js";
import { describePath, externalDependencies, externalReachesByMember, isFromCratesIo, keyOf, severityForKind, severityForReach, shortest } from "./support.js";

const meta: RuleMeta = {
  id: "unmaintained-advisory",
  description: "A dependency is under a RustSec advisory saying it is unmaintained",
  defaultSeverity: "warning",
  category: "maintenance",
  needsRegistry: false,
  docs: "rules/unmaintained-advisory.md",
};

function advisoryText(advisories: UnmaintainedAdvisory[]): string {
  return advisories.map((a) => `${a.id} (${a.date})`).join(", ");
}

function alternativesText(advisories: UnmaintainedAdvisory[]): string {
  const alternatives = [...new Set(advisories.flatMap((a) => a.alternatives))];
  return alternatives.length > 0 ? `RustSec suggests ${alternatives.join(", ")}. ` : "";
}

export const unmaintainedAdvisory: Rule = {
  meta,
  check(context) {
    const graph = context.graph;
    if (!graph) {
      // Without a lockfile, judge direct crates.io dependencies by the lowest version their requirement admits.
      for (const { member, dep } of externalDependencies(context)) {
        const version = dep.source.type === "registry" && !dep.source.registry ? lowestAdmitted(dep.req) : null;
        if (version && context.catalog.decliningForVersion(dep.name, version)) continue;
        const advisories = version ? context.catalog.advisoriesFor(dep.name, version) : [];
        if (advisories.length === 0) continue;
        context.report({
          message: `${dep.name} ${dep.req} is unmaintained according to ${advisoryText(advisories)}`,
          crate: { name: dep.name, req: dep.req },
          dependency: dep,
          member: member.name,
          severity: severityForKind(meta.defaultSeverity, dep.kind),
          suggestion: `${alternativesText(advisories)}See ${advisories[0]?.url}.`,
          fingerprintExtra: keyOf(dep),
        });
      }
      return;
    }
    for (const pkg of graph.lockfile.packages) {
      if (!isFromCratesIo(pkg)) continue;
      // Crates the catalog judges are reported by declining-crate / declining-transitive, which cite the advisory.
      if (context.catalog.decliningForVersion(pkg.name, pkg.version)) continue;
      const advisories = context.catalog.advisoriesFor(pkg.name, pkg.version);
      if (advisories.length === 0) continue;
      // One finding per member, at the shortest way in.
      for (const [member, ways] of externalReachesByMember(graph.reach(pkg.id))) {
        const reach = shortest(ways);
        if (!reach) continue;
        const via = reach.path.length > 1 ? ` (through ${describePath(context, reach.path)})` : "";
        context.report({
          message: `${pkg.name} ${pkg.version} is unmaintained according to ${advisoryText(advisories)}${via}`,
          crate: { name: pkg.name, version: pkg.version },
          dependency: reach.direct,
          lockedPackage: pkg,
          member,
          severity: severityForReach(meta.defaultSeverity, summarizeReaches(ways)),
          suggestion: `${alternativesText(advisories)}See ${advisories[0]?.url}.`,
          fingerprintExtra: pkg.version,
        });
      }
    }
  },
};
