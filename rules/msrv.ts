/**
 * msrv: checks crates against the package's `rust-version`. Locked versions that need a newer Rust are warnings;
 * when the newest release (the one outdated-requirement points to) needs a newer Rust, a note names the newest
 * release that still builds with the declared Rust, so the upgrade can be sized.
 */
import type { Package } from "../src/model/types.js";
import { satisfies } from "../src/model/cargo-semver.js";
import { createRule, type TypedContext } from "./create-rule.js";
import { infoForDependency, infoForLocked, needsNewerRust, newestRelease, releases, requirementsOn, suggestedRequirement, updateCommand, versionEntry } from "./registry-support.js";
import { describePath, externalDependencies, keyOf, neverShips } from "./support.js";

const MESSAGES = {
  /** A locked version needs a newer Rust than a member that builds it declares. */
  locked: "{{crate}} {{version}} needs Rust {{needed}}, but {{member}} declares rust-version {{declared}}{{via}}",
  /** The newest release, outside the requirement, needs a newer Rust: sizing the upgrade, one step milder. */
  upgrade: "{{crate}} {{newest}}, the newest release, needs Rust {{needed}}, above {{member}}'s rust-version {{declared}}; {{best}}",
};

type Context = TypedContext<Record<string, never>, keyof typeof MESSAGES>;

/** Locked versions whose own rust_version is above the rust-version of a member that builds them. */
function lockedAboveMsrv(context: Context, members: Map<string, Package>): void {
  const graph = context.graph;
  if (!graph) return;
  const declared = [...new Set([...members.values()].map((m) => m.rustVersion).filter((v): v is string => v !== null))];
  if (declared.length === 0) return;
  for (const pkg of graph.lockfile.packages) {
    const info = infoForLocked(context, pkg);
    const needed = info && versionEntry(info, pkg.version)?.rustVersion;
    // The cheap condition first: only a crate above some member's rust-version is worth a graph search.
    if (!info || !needed || !declared.some((d) => needsNewerRust(needed, d))) continue;
    const summary = graph.reach(pkg.id);
    for (const name of summary.members) {
      const declared = members.get(name)?.rustVersion ?? null;
      if (!needsNewerRust(needed, declared)) continue;
      const own = summary.reaches.filter((r) => r.member === name);
      const reach = [...own].sort((a, b) => a.path.length - b.path.length)[0];
      if (!reach) continue;
      // cargo update --precise can only pick what every dependent admits.
      const reqs = requirementsOn(context, pkg);
      const fallback = releases(info).find((v) => !needsNewerRust(v.rustVersion, declared) && reqs.every((req) => satisfies(v.version, req)));
      const via = reach.path.length > 1 ? `, through ${describePath(context, reach.path)}` : "";
      context.report({
        messageId: "locked",
        data: { crate: pkg.name, version: pkg.version, needed, member: name, declared: declared ?? "", via },
        crate: { name: pkg.name, version: pkg.version },
        dependency: reach.direct,
        lockedPackage: pkg,
        member: name,
        facts: { devOrBuildOnly: neverShips(own) },
        suggestion: fallback
          ? `Run \`${updateCommand(context, pkg, fallback.version)}\` (${fallback.rustVersion ? `needs Rust ${fallback.rustVersion}` : "declares no rust-version"}), or raise rust-version to ${needed}.`
          : `No release that fits the requirements builds with Rust ${declared}; raise rust-version to ${needed}.`,
        fingerprintExtra: `locked:${pkg.version}`,
      });
    }
  }
}

/** Direct dependencies whose newest release, outside the requirement, needs a newer Rust than declared. */
function upgradesAboveMsrv(context: Context): void {
  for (const { member, dep } of externalDependencies(context)) {
    const declared = member.rustVersion;
    const info = declared ? infoForDependency(context, dep) : undefined;
    const newest = info && newestRelease(info);
    if (!info || !newest || satisfies(newest.version, dep.req) || !needsNewerRust(newest.rustVersion, declared)) continue;
    const fitting = releases(info).find((v) => !needsNewerRust(v.rustVersion, declared));
    const within = fitting && satisfies(fitting.version, dep.req);
    const best = fitting
      ? `the newest release that builds with it is ${fitting.version}${within ? ", which the requirement already admits" : ""}`
      : "no release declares support for it";
    context.report({
      messageId: "upgrade",
      data: { crate: dep.name, newest: newest.version, needed: newest.rustVersion ?? "", member: member.name, declared: declared ?? "", best },
      crate: { name: dep.name, req: dep.req },
      dependency: dep,
      member: member.name,
      // Sizing a future upgrade is milder than a build that fails today.
      facts: { milder: true, devOrBuildOnly: dep.kind !== "normal" },
      suggestion: fitting && !within
        ? `To stay on Rust ${declared}, upgrade to ${keyOf(dep)} = "${suggestedRequirement(fitting.version, dep.req)}" locked at ${fitting.version} (cargo's MSRV-aware resolver, resolver = "3", picks it by itself); or raise rust-version to ${newest.rustVersion} to take ${newest.version}.`
        : `Raise rust-version to ${newest.rustVersion} before upgrading to ${newest.version}.`,
      fingerprintExtra: `upgrade:${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
    });
  }
}

export const msrv = createRule({
  id: "msrv",
  description: "A crate needs a newer Rust than the package's rust-version",
  defaultSeverity: "warning",
  category: "compatibility",
  needsRegistry: true,
  messages: MESSAGES,
  check(context) {
    const members = new Map(context.workspace.members.map((m) => [m.name, m]));
    lockedAboveMsrv(context, members);
    upgradesAboveMsrv(context);
  },
});
