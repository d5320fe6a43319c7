/** Shared check of the RustSec advisory rules (vulnerability, unsound, advisory-notice): one kind, one finding per advisory. */
import type { Advisory, AdvisoryKind } from "../src/advisories/types.js";
import { advisoryUrl } from "../src/advisories/types.js";
import type { AdvisoryRef } from "../src/engine/types.js";
import type { TypedContext } from "./create-rule.js";
import type { Reach } from "../src/model/graph.js";
import { compareNames } from "../src/util/name-order.js";
import { describePath, externalReachesByMember, isFromCratesIo, neverShips } from "./support.js";

/** The one message of an advisory rule, with the rule's verb (`is affected by`, `is unsound according to`, ...). */
export function advisoryMessage(verb: string): string {
  return `{{crate}} {{version}} ${verb} {{id}}: {{title}}{{details}}{{via}}`;
}

/** The context of an advisory rule: no options, one message. */
export type AdvisoryContext = TypedContext<Record<string, never>, "advisory">;

export function advisoryRef(advisory: Advisory): AdvisoryRef {
  return {
    id: advisory.id,
    kind: advisory.kind,
    title: advisory.title,
    date: advisory.date,
    url: advisoryUrl(advisory.id),
    aliases: advisory.aliases ?? [],
    ...(advisory.cvss ? { cvss: advisory.cvss } : {}),
    ...(advisory.score !== undefined ? { score: advisory.score } : {}),
    patched: advisory.patched,
    ...(advisory.os ? { os: advisory.os } : {}),
    ...(advisory.arch ? { arch: advisory.arch } : {}),
    ...(advisory.functions ? { functions: advisory.functions } : {}),
  };
}

/** "(CVE-…, GHSA-…; CVSS 7.5; only on windows)", or "" when there is nothing to add. */
function detailsText(advisory: Advisory): string {
  const details: string[] = [];
  if (advisory.aliases && advisory.aliases.length > 0) details.push(advisory.aliases.join(", "));
  if (advisory.score !== undefined) details.push(`CVSS ${advisory.score.toFixed(1)}`);
  const where = [advisory.arch ? `on ${advisory.arch.join("/")}` : "", advisory.os ? `on ${advisory.os.join("/")}` : ""].filter(Boolean);
  if (where.length > 0) details.push(`only ${where.join(" ")}`);
  return details.length > 0 ? ` (${details.join("; ")})` : "";
}

function suggestionFor(advisory: Advisory, through: string | undefined): string {
  const lines: string[] = [];
  if (advisory.patched.length > 0) {
    const fix = `Upgrade ${advisory.package} to a release in ${advisory.patched.join(" or ")}`;
    lines.push(through ? `${fix} (update or upgrade ${through}, which brings it in).` : `${fix}.`);
  } else {
    lines.push(`No fixed release of ${advisory.package} exists; replace it${through ? ` or the dependency that brings it in (${through})` : ""}.`);
  }
  if (advisory.functions && advisory.functions.length > 0) {
    const shown = advisory.functions.slice(0, 5).join(", ");
    lines.push(`Affected functions: ${shown}${advisory.functions.length > 5 ? `, and ${advisory.functions.length - 5} more` : ""}.`);
  }
  lines.push(`See ${advisoryUrl(advisory.id)}.`);
  return lines.join("\n");
}

/** The way in to show: the shortest normal (non-dev, non-build) path when there is one, members in name order on a tie. */
function bestReach(ways: Reach[]): Reach | undefined {
  // One pass, not a sort: a crate deep in a large workspace has thousands of ways in. The first of equals wins.
  const before = (a: Reach, b: Reach) => a.length - b.length || compareNames(a.member, b.member);
  let best: Reach | undefined;
  let bestNormal: Reach | undefined;
  for (const way of ways) {
    if (!best || before(way, best) < 0) best = way;
    if (way.direct.kind === "normal" && (!bestNormal || before(way, bestNormal) < 0)) bestNormal = way;
  }
  return bestNormal ?? best;
}

/**
 * Reports every locked crates.io package under an advisory of `kind`: one finding per advisory and locked version
 * (the root cause is the version in Cargo.lock, shared by every member), at the shortest way in.
 */
export function checkAdvisories(context: AdvisoryContext, kind: AdvisoryKind): void {
  const graph = context.graph;
  // Requirements alone do not say which release is built; a lockfile does (the run notes when it is missing).
  if (!graph) return;
  for (const pkg of graph.lockfile.packages) {
    if (!isFromCratesIo(pkg)) continue;
    const advisories = context.catalog.advisoriesAffecting(pkg.name, pkg.version, [kind]);
    if (advisories.length === 0) continue;
    const ways = [...externalReachesByMember(graph, graph.reach(pkg.id)).values()].flat();
    const reach = bestReach(ways);
    if (!reach) continue;
    const members = new Set(ways.map((w) => w.member));
    const transitive = reach.path.length > 1;
    const via = transitive ? ` (through ${describePath(context, reach.path)})` : "";
    const others = members.size > 1 ? `; also reached from ${members.size - 1} other member${members.size > 2 ? "s" : ""}` : "";
    for (const advisory of advisories) {
      context.report({
        messageId: "advisory",
        data: { crate: pkg.name, version: pkg.version, id: advisory.id, title: advisory.title, details: detailsText(advisory), via },
        crate: { name: pkg.name, version: pkg.version },
        dependency: reach.direct,
        lockedPackage: pkg,
        member: reach.member,
        facts: { devOrBuildOnly: neverShips(ways) },
        suggestion: suggestionFor(advisory, transitive ? reach.direct.name : undefined) + others,
        fingerprintExtra: `${advisory.id}@${pkg.version}`,
        advisory: advisoryRef(advisory),
      });
    }
  }
}
