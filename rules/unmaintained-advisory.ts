/**
 * unmaintained-advisory: a crates.io crate in the tree is under a RustSec "unmaintained" advisory. One finding per
 * (crate, declaration). Crates the catalog also judges are reported by declining-crate / declining-transitive, which
 * show the RUSTSEC id and take this rule's level when it is the more severe: one fact, one severity.
 */
import type { Advisory } from "../src/advisories/types.js";
import type { UnmaintainedAdvisory } from "../src/catalog/types.js";
import type { AdvisoryRef } from "../src/engine/types.js";
import { lowestAdmitted } from "../src/model/cargo-semver.js";
import { shortestPerMember, shortestReach, type Reach } from "../src/model/graph.js";
import type { LockedPackage } from "../src/model/types.js";
import { createRule } from "./create-rule.js";
import { advisoryRef } from "./advisory-support.js";
import { otherWays } from "./support.js";
import { externalDependencies, externalReaches, groupByDeclaration, isFromCratesIo, keyOf, listText, membersText, neverShips } from "./support.js";

function advisoryText(advisories: UnmaintainedAdvisory[]): string {
  return advisories.map((a) => `${a.id} (${a.date})`).join(", ");
}

function alternativesText(advisories: UnmaintainedAdvisory[]): string {
  const alternatives = [...new Set(advisories.flatMap((a) => a.alternatives))];
  return alternatives.length > 0 ? `RustSec suggests ${alternatives.join(", ")}.` : "";
}

/** The suggestion's sentences, those that apply, one space apart. */
function sentences(...parts: string[]): string {
  return parts.filter((part) => part !== "").join(" ");
}

/** The advisory the message names first, as JSON and SARIF carry it (aliases, date, patched ranges). */
function advisoryOf(affecting: readonly Advisory[], id: string | undefined): { advisory?: AdvisoryRef } {
  const advisory = affecting.find((a) => a.id === id);
  return advisory ? { advisory: advisoryRef(advisory) } : {};
}

export const unmaintainedAdvisory = createRule({
  id: "unmaintained-advisory",
  description: "A dependency is under a RustSec advisory saying it is unmaintained",
  defaultSeverity: "warning",
  category: "maintenance",
  messages: {
    direct: "{{crate}} {{version}} is unmaintained according to {{advisories}}{{members}}",
    transitive: "{{crate}} {{version}} is unmaintained according to {{advisories}} (through {{path}}){{members}}",
  },
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
          messageId: "direct",
          data: { crate: dep.name, version: dep.req, advisories: advisoryText(advisories), members: "" },
          crate: { name: dep.name, req: dep.req },
          dependency: dep,
          member: member.name,
          facts: { devOrBuildOnly: dep.kind !== "normal" },
          suggestion: sentences(alternativesText(advisories), `See ${advisories[0]?.url}.`),
          fingerprintExtra: keyOf(dep),
          ...advisoryOf(context.catalog.advisoriesAffecting(dep.name, version!, ["unmaintained"]), advisories[0]?.id),
        });
      }
      return;
    }
    const flagged = new Map<string, LockedPackage[]>();
    for (const pkg of graph.lockfile.packages) {
      if (!isFromCratesIo(pkg)) continue;
      if (context.catalog.decliningForVersion(pkg.name, pkg.version)) continue;
      if (context.catalog.advisoriesFor(pkg.name, pkg.version).length === 0) continue;
      flagged.set(pkg.name, [...(flagged.get(pkg.name) ?? []), pkg]);
    }
    for (const [name, pkgs] of flagged) {
      const pkgOf = new Map<Reach, LockedPackage>();
      const reaches = pkgs.flatMap((pkg) => externalReaches(graph, graph.reach(pkg.id)).map((r) => (pkgOf.set(r, pkg), r)));
      const groups = groupByDeclaration(shortestPerMember(reaches, pkgOf));
      const waysOf = otherWays(reaches);
      for (const group of groups.values()) {
        const versions = [...new Set(group.reaches.map((r) => pkgOf.get(r)!))].sort((a, b) => a.line - b.line);
        const first = versions[0]!;
        // Every advisory of every version the finding covers (two versions may sit under different advisories).
        const advisories = [...new Map(versions.flatMap((p) => context.catalog.advisoriesFor(name, p.version)).map((a) => [a.id, a])).values()];
        const way = shortestReach(group.reaches)!;
        const via = keyOf(group.deps[0]!);
        const others = waysOf(group.members, via);
        const everyWay = others.length > 0 ? `It also arrives through ${listText(others, 6)}; it leaves the tree only when each of them drops it.` : "";
        context.report({
          messageId: way.length > 1 ? "transitive" : "direct",
          data: {
            crate: name,
            version: versions.map((p) => p.version).join(" and "),
            advisories: advisoryText(advisories),
            path: graph.describe(way.path),
            members: group.members.length > 1 ? ` in ${membersText(group.members)}` : "",
          },
          crate: { name, version: first.version, ...(versions.length > 1 ? { versions: versions.map((p) => p.version) } : {}) },
          dependencies: group.deps,
          members: group.members,
          lockedPackage: first,
          facts: { devOrBuildOnly: neverShips(group.reaches) },
          suggestion: sentences(alternativesText(advisories), way.length > 1 ? `Upgrade or replace ${via}, which brings it.` : "", everyWay, `See ${advisories[0]?.url}.`),
          fingerprintExtra: `${group.members.length > 1 ? "shared" : first.version}:${keyOf(group.deps[0]!)}`,
          ...advisoryOf(versions.flatMap((p) => context.catalog.advisoriesAffecting(name, p.version, ["unmaintained"])), advisories[0]?.id),
        });
      }
    }
  },
});
