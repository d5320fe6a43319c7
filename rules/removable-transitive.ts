/**
 * removable-transitive: for a declining or unmaintained crate that comes in through a direct dependency, the first
 * newer release of that dependency that no longer brings it in, read from the index data (each version's deps).
 * The check follows the path cargo-sunset shows (the shortest one): each hop resolves to the newest release its
 * requirement admits, as a fresh `cargo update` would; crates the path does not pass through are not examined.
 */
import type { RuleContext } from "../src/engine/types.js";
import { satisfies } from "../src/model/cargo-semver.js";
import { shortestReach } from "../src/model/graph.js";
import type { LockedPackage } from "../src/model/types.js";
import { createRule } from "./create-rule.js";
import { dropVerdict, suggestedRequirement, updateCommand } from "./registry-support.js";
import { describePath, groupByDeclaration, isFromCratesIo, keyOf, replacedByStd, neverShips } from "./support.js";

function flaggedAs(context: RuleContext, pkg: LockedPackage): string | undefined {
  const entry = context.catalog.decliningForVersion(pkg.name, pkg.version);
  if (entry && !replacedByStd(entry)) return entry.status;
  const advisories = isFromCratesIo(pkg) ? context.catalog.advisoriesFor(pkg.name, pkg.version) : [];
  return advisories.length > 0 ? `unmaintained (${advisories.map((a) => a.id).join(", ")})` : undefined;
}

export const removableTransitive = createRule({
  id: "removable-transitive",
  description: "Names the release of a direct dependency that stops pulling in a declining crate, or says none does yet",
  defaultSeverity: "note",
  category: "maintenance",
  needsRegistry: true,
  messages: {
    drops: "{{crate}} {{version}} is {{status}}; upgrading {{via}} to {{release}} drops it{{where}}",
    noneDrops: "{{crate}} {{version}} is {{status}}; no release of {{via}} drops it yet (the newest, {{newest}}, still brings it in{{through}})",
  },
  check(context) {
    const graph = context.graph;
    if (!graph) return;
    for (const pkg of graph.lockfile.packages) {
      const status = pkg.source === null ? undefined : flaggedAs(context, pkg);
      if (!status) continue;
      // One finding per declaration: members inheriting one `[workspace.dependencies]` entry share it.
      for (const group of groupByDeclaration(graph.reach(pkg.id).reaches).values()) {
        const reach = shortestReach(group.reaches)!;
        const directPkg = graph.packageById(reach.first);
        if (reach.length < 2 || !directPkg) continue;
        const verdict = dropVerdict(context, reach.direct, reach.path);
        if (verdict.kind === "unknown") continue;
        const dropping = verdict.kind === "drops" ? verdict : undefined;
        const via = keyOf(reach.direct);
        const where = reach.path.length > 2 ? ` from the path ${describePath(context, reach.path)}` : "";
        const newest = verdict.kind === "none" ? verdict.newest : "";
        context.report({
          ...(dropping
            ? { messageId: "drops" as const, data: { crate: pkg.name, version: pkg.version, status, via, release: dropping.version, where } }
            : { messageId: "noneDrops" as const, data: { crate: pkg.name, version: pkg.version, status, via, newest, through: where ? ` through ${describePath(context, reach.path.slice(1))}` : "" } }),
          crate: { name: pkg.name, version: pkg.version },
          dependencies: group.deps,
          members: group.members,
          lockedPackage: pkg,
          facts: { devOrBuildOnly: neverShips(group.reaches) },
          ...(dropping ? { remedy: { action: "upgrade" as const, to: dropping.version } } : {}),
          suggestion: !dropping
            ? `Replace ${via} with a crate that does not depend on ${pkg.name}, or ask its maintainers to drop it.`
            : satisfies(dropping.version, reach.direct.req)
              ? `Run \`${updateCommand(context, directPkg, dropping.version)}\`.`
              : `Change the requirement to ${via} = "${suggestedRequirement(dropping.version, reach.direct.req)}".`,
          fingerprintExtra: group.members.length > 1 ? `${pkg.version}:shared:${via}` : `${pkg.version}:${reach.direct.kind}:${via}`,
        });
      }
    }
  },
});
