/** declining-transitive: a declining crate that only the lockfile shows, blamed on the direct dependency bringing it in. */
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { summarizeReaches } from "../src/model/graph.js";
import { describePath, externalReachesByMember, keyOf, replacementsText, severityForReach, shortest } from "./support.js";

const meta: RuleMeta = {
  id: "declining-transitive",
  description: "A declining crate enters the tree through another dependency",
  defaultSeverity: "note",
  category: "maintenance",
  needsRegistry: false,
  docs: "rules/declining-transitive.md",
};

export const decliningTransitive: Rule = {
  meta,
  check(context) {
    const graph = context.graph;
    if (!graph) return;
    for (const pkg of graph.lockfile.packages) {
      if (pkg.source === null) continue;
      const entry = context.catalog.decliningForVersion(pkg.name, pkg.version);
      if (!entry) continue;
      // One finding per member, at the shortest way in; the other ways are counted, `why` lists them.
      for (const [member, ways] of externalReachesByMember(graph.reach(pkg.id))) {
        if (ways.some((r) => r.path.length < 2)) continue; // a direct dependency of this member: declining-crate reports it
        const reach = shortest(ways);
        if (!reach) continue;
        const via = keyOf(reach.direct);
        const others = new Set(ways.map((r) => keyOf(r.direct))).size - 1;
        const more = others > 0 ? ` (and through ${others} other direct dependenc${others === 1 ? "y" : "ies"})` : "";
        context.report({
          message: `${pkg.name} ${pkg.version} is ${entry.status} and comes in through ${via}${more}: ${describePath(context, reach.path)}`,
          crate: { name: pkg.name, version: pkg.version },
          dependency: reach.direct,
          lockedPackage: pkg,
          member,
          severity: severityForReach(meta.defaultSeverity, summarizeReaches(ways)),
          suggestion: `Upgrade or replace ${via} so that it no longer needs ${pkg.name} (alternatives to ${pkg.name}: ${replacementsText(entry)}); \`cargo-sunset why ${pkg.name}\` shows every path.`,
          fingerprintExtra: pkg.version,
        });
      }
    }
  },
};
