/** unmaintained-advisory: a crates.io crate in the tree is under a RustSec "unmaintained" advisory. */
import type { UnmaintainedAdvisory } from "../src/catalog/types.js";
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { lowestAdmitted } from "../src/model/cargo-semver.js";
import { summarizeReaches } from "../src/model/graph.js";
import { describePath, externalDependencies, isFromCratesIo, keyOf, severityForKind, severityForReach } from "./support.js";

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
      const advisories = context.catalog.advisoriesFor(pkg.name, pkg.version);
      if (advisories.length === 0) continue;
      const summary = graph.reach(pkg.id);
      // One finding per member, at the shortest way in.
      for (const member of summary.members) {
        const reach = summary.reaches.filter((r) => r.member === member).sort((a, b) => a.path.length - b.path.length)[0];
        if (!reach) continue;
        const via = reach.path.length > 1 ? ` (through ${describePath(context, reach.path)})` : "";
        context.report({
          message: `${pkg.name} ${pkg.version} is unmaintained according to ${advisoryText(advisories)}${via}`,
          crate: { name: pkg.name, version: pkg.version },
          dependency: reach.direct,
          lockedPackage: pkg,
          member,
          severity: severityForReach(meta.defaultSeverity, summarizeReaches(summary.reaches.filter((r) => r.member === member))),
          suggestion: `${alternativesText(advisories)}See ${advisories[0]?.url}.`,
          fingerprintExtra: pkg.version,
        });
      }
    }
  },
};
