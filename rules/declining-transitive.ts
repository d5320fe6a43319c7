/**
 * declining-transitive: a declining crate that only the lockfile shows, blamed on the declaration bringing it in.
 * One finding per (crate, declaration): a `[workspace.dependencies]` entry many members inherit is one finding.
 */
import { shortestPerMember, shortestReach } from "../src/model/graph.js";
import type { LockedPackage } from "../src/model/types.js";
import { createRule } from "./create-rule.js";
import { dropVerdict } from "./registry-support.js";
import { otherWays } from "./support.js";
import { externalReaches, groupByDeclaration, isFromCratesIo, keyOf, listText, membersText, neverShips, replacedByStd, replacementsText } from "./support.js";

export const decliningTransitive = createRule({
  id: "declining-transitive",
  description: "A declining crate enters the tree through another dependency",
  defaultSeverity: "note",
  category: "maintenance",
  // With index data, the advice names the release of the direct dependency that drops the crate.
  readsRegistry: true,
  messages: {
    transitive: "{{crate}} {{versions}} is {{status}}{{advisories}} and comes in through {{via}}{{members}}: {{path}}",
  },
  check(context) {
    const graph = context.graph;
    if (!graph) return;
    // Every locked version of one crate name together: two versions through one declaration are one finding.
    const flagged = new Map<string, LockedPackage[]>();
    for (const pkg of graph.lockfile.packages) {
      const entry = pkg.source === null ? undefined : context.catalog.decliningForVersion(pkg.name, pkg.version);
      // std replacing a crate is advice for the code that uses it: another crate's dependency on it is not the user's edit.
      if (!entry || replacedByStd(entry)) continue;
      flagged.set(pkg.name, [...(flagged.get(pkg.name) ?? []), pkg]);
    }
    for (const [name, pkgs] of flagged) {
      const ways = pkgs.flatMap((pkg) => externalReaches(graph, graph.reach(pkg.id)).map((reach) => ({ pkg, reach })));
      // A member that declares the crate itself gets declining-crate's finding there.
      // Per version: declaring hyper 0.12 directly does not cover hyper 0.10 brought by another dependency.
      const declaresIt = new Set(ways.filter((w) => w.reach.length < 2).map((w) => `${w.reach.member}\u0000${w.pkg.id}`));
      const transitive = ways.filter((w) => !declaresIt.has(`${w.reach.member}\u0000${w.pkg.id}`));
      const pkgOf = new Map(transitive.map((w) => [w.reach, w.pkg]));
      // Each member's finding sits at its shortest way in (per version); members sharing it share the finding.
      const groups = groupByDeclaration(shortestPerMember(transitive.map((w) => w.reach), pkgOf));
      const waysOf = otherWays(transitive.map((w) => w.reach));
      for (const group of groups.values()) {
        const direct = group.deps[0]!;
        const versions = [...new Set(group.reaches.map((r) => pkgOf.get(r)!))].sort((a, b) => a.line - b.line);
        const first = versions[0]!;
        const entry = context.catalog.decliningForVersion(name, first.version)!;
        const advisories = [...new Set(versions.flatMap((p) => (isFromCratesIo(p) ? context.catalog.advisoriesFor(p.name, p.version) : [])).map((a) => a.id))];
        const way = shortestReach(group.reaches)!;
        const via = keyOf(direct);
        const others = waysOf(group.members, via);
        const verdict = dropVerdict(context, direct, way.path);
        const release =
          verdict.kind === "drops" ? `Upgrade ${via} to ${verdict.version}, the first release that drops it`
          : verdict.kind === "none" ? `No release of ${via} drops it yet (the newest is ${verdict.newest}); replace ${via}`
          : `Upgrade or replace ${via} (which release of ${via} drops it is not known without registry data)`;
        const everyWay = others.length > 0
          ? ` It also arrives through ${listText(others, 6)}: it leaves the tree only when each of them drops it.`
          : "";
        context.report({
          messageId: "transitive",
          data: {
            crate: name,
            versions: versions.map((p) => p.version).join(" and "),
            status: entry.status,
            advisories: advisories.length > 0 ? ` (${advisories.join(", ")})` : "",
            via,
            members: group.members.length > 1 ? ` in ${membersText(group.members)}` : "",
            path: graph.describe(way.path),
          },
          crate: { name, version: first.version, ...(versions.length > 1 ? { versions: versions.map((p) => p.version) } : {}) },
          dependencies: group.deps,
          members: group.members,
          lockedPackage: first,
          facts: { devOrBuildOnly: neverShips(group.reaches) },
          ...(advisories.length > 0 ? { alsoRules: ["unmaintained-advisory"] } : {}),
          suggestion: `${release}.${everyWay} Alternatives to ${name}: ${replacementsText(entry)}; \`cargo-sunset why ${name}\` shows every path.`,
          fingerprintExtra: `${group.members.length > 1 ? "shared" : first.version}:${keyOf(group.deps[0]!)}`,
        });
      }
    }
  },
});
