/** yanked-version: Cargo.lock holds a version its authors yanked from the registry. */
import type { RuleContext } from "../src/engine/types.js";
import type { LockedPackage } from "../src/model/types.js";
import type { CrateInfo } from "../src/registry/types.js";
import { createRule } from "./create-rule.js";
import { infoForLocked, newestAdmitted, requirementsOn, series, updateCommand, versionEntry } from "./registry-support.js";
import { describePath, keyOf, neverShips } from "./support.js";

/**
 * What to pin instead: the newest release every known dependent's requirement admits; without known requirements,
 * the newest release of the locked version's compatibility series.
 */
function replacement(context: RuleContext, pkg: LockedPackage, info: CrateInfo): string {
  const reqs = requirementsOn(context, pkg);
  const fitting = newestAdmitted(info, reqs.length > 0 ? reqs : [`^${series(pkg.version)}`]);
  if (fitting) return `Run \`${updateCommand(context, pkg, fitting.version)}\`.`;
  const wanted = reqs.length > 0 ? ` (${reqs.join("; ")})` : "";
  return `No release that is not yanked fits the requirements on ${pkg.name}${wanted}; change the requirement, or upgrade the crates that pin it.`;
}

export const yankedVersion = createRule({
  id: "yanked-version",
  description: "A locked version has been yanked from the registry",
  defaultSeverity: "error",
  category: "freshness",
  needsRegistry: true,
  messages: {
    yanked: "{{crate}} {{version}} is yanked from {{registry}}{{via}}",
    yankedUnused: "{{crate}} {{version}} is yanked (locked, used by no member)",
  },
  check(context) {
    const graph = context.graph;
    if (!graph) return;
    for (const pkg of graph.lockfile.packages) {
      const info = infoForLocked(context, pkg);
      if (!info || !versionEntry(info, pkg.version)?.yanked) continue;
      const suggestion = replacement(context, pkg, info);
      const summary = graph.reach(pkg.id);
      if (summary.reaches.length === 0) {
        context.report({ messageId: "yankedUnused", data: { crate: pkg.name, version: pkg.version }, crate: { name: pkg.name, version: pkg.version }, lockedPackage: pkg, suggestion });
        continue;
      }
      // One finding per member, at the shortest way in.
      for (const member of summary.members) {
        const own = summary.reaches.filter((r) => r.member === member);
        const reach = [...own].sort((a, b) => a.path.length - b.path.length)[0];
        if (!reach) continue;
        const via = reach.path.length > 1 ? `, through ${describePath(context, reach.path)}` : "";
        context.report({
          messageId: "yanked",
          data: { crate: pkg.name, version: pkg.version, registry: info.registry, via },
          crate: { name: pkg.name, version: pkg.version },
          dependency: reach.direct,
          lockedPackage: pkg,
          member,
          facts: { devOrBuildOnly: neverShips(own) },
          suggestion,
          fingerprintExtra: `${pkg.version}:${keyOf(reach.direct)}`,
        });
      }
    }
  },
});
