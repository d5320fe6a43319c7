/** declining-transitive: a declining crate that only the lockfile shows, blamed on the direct dependency bringing it in. */
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { describePath, keyOf, replacementsText, severityForKind } from "./support.js";

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
      for (const reach of graph.reach(pkg.id).reaches) {
        if (reach.path.length < 2) continue; // a direct dependency: declining-crate reports it
        const via = keyOf(reach.direct);
        context.report({
          message: `${pkg.name} ${pkg.version} is ${entry.status} and comes in through ${via}: ${describePath(context, reach.path)}`,
          crate: { name: pkg.name, version: pkg.version },
          dependency: reach.direct,
          lockedPackage: pkg,
          member: reach.member,
          severity: severityForKind(meta.defaultSeverity, reach.direct.kind),
          suggestion: `Upgrade or replace ${via} so that it no longer needs ${pkg.name} (alternatives to ${pkg.name}: ${replacementsText(entry)}); \`cargo-sunset why ${pkg.name}\` shows every path.`,
          fingerprintExtra: `${pkg.version}:${reach.direct.kind}:${via}`,
        });
      }
    }
  },
};
