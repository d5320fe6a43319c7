/** split-http-stack: two generations of the HTTP stack in one member's tree, a migration left half-done. */
import semver from "semver";
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { lowestAdmitted } from "../src/model/cargo-semver.js";
import { keyOf, normalTreeOccurrences, occurrenceText, type TreeOccurrence } from "./support.js";

const meta: RuleMeta = {
  id: "split-http-stack",
  description: "Two generations of one HTTP crate (hyper 0.14 and 1.x, http 0.2 and 1.x) in one member's tree",
  defaultSeverity: "warning",
  category: "architecture",
  needsRegistry: false,
  docs: "rules/split-http-stack.md",
};

const STACK = new Set(["hyper", "http", "http-body", "h2"]);

/** Semver-compatible generation: `0.14`, `1`. */
function generation(versionOrReq: string): string | null {
  const v = semver.valid(versionOrReq) ?? lowestAdmitted(versionOrReq);
  if (!v) return null;
  const parsed = semver.parse(v);
  if (!parsed) return null;
  return parsed.major > 0 ? String(parsed.major) : `0.${parsed.minor}`;
}

/** `0.14` → `0.14.0`, `1` → `1.0.0`. */
function firstVersionOf(generation: string): string {
  return generation.includes(".") ? `${generation}.0` : `${generation}.0.0`;
}

export const splitHttpStack: Rule = {
  meta,
  check(context) {
    for (const member of context.workspace.members) {
      const byCrate = new Map<string, TreeOccurrence[]>();
      for (const o of normalTreeOccurrences(context, member, STACK)) {
        const name = o.pkg?.name ?? o.direct.name;
        byCrate.set(name, [...(byCrate.get(name) ?? []), o]);
      }
      for (const [name, occurrences] of byCrate) {
        const generations = [...new Set(occurrences.map((o) => generation(o.version)).filter((g): g is string => g !== null))];
        if (generations.length < 2) continue;
        const newest = generations.reduce((a, b) => (semver.gt(firstVersionOf(b), firstVersionOf(a)) ? b : a));
        const both = occurrences.map((o) => `${name} ${o.version} (${occurrenceText(context, o)})`).join(" and ");
        for (const old of occurrences.filter((o) => generation(o.version) !== newest)) {
          context.report({
            message: `${member.name} uses two generations of ${name} at once: ${both}`,
            crate: { name, ...(old.pkg ? { version: old.pkg.version } : { req: old.direct.req }) },
            dependency: old.direct,
            lockedPackage: old.pkg ?? undefined,
            member: member.name,
            suggestion: `Finish the migration to ${name} ${newest}: upgrade or replace ${keyOf(old.direct)}, which still brings ${name} ${old.version}.`,
            fingerprintExtra: `${old.version}:${keyOf(old.direct)}`,
          });
        }
      }
    }
  },
};
