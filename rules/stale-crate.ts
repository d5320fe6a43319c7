/** stale-crate: a direct dependency with no release for a long time, judged from the index's publish times. */
import type { Rule, RuleMeta } from "../src/engine/types.js";
import type { IndexVersion } from "../src/registry/types.js";
import { infoForDependency } from "./registry-support.js";
import { externalDependencies, keyOf, lockedPackageOf, severityForKind } from "./support.js";

const DEFAULT_MONTHS = 36;

const meta: RuleMeta = {
  id: "stale-crate",
  description: "A dependency has had no release for a long time",
  defaultSeverity: "note",
  category: "maintenance",
  needsRegistry: true,
  defaultOptions: { months: DEFAULT_MONTHS },
  docs: "rules/stale-crate.md",
};

/** Whole calendar months from `from` to `to` (UTC). */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  const dayOfMonth = (d: Date) => d.getTime() - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return dayOfMonth(to) < dayOfMonth(from) ? months - 1 : months;
}

/**
 * The most recent publish (yanked ones count: publishing is activity). Only newer index entries carry `pubtime`,
 * so the newest entry that has one is the last publish; with none, the crate cannot be judged.
 */
function lastPublished(versions: IndexVersion[]): { version: string; at: Date } | undefined {
  let last: { version: string; at: Date } | undefined;
  for (const v of versions) {
    const at = v.pubtime ? new Date(v.pubtime) : undefined;
    if (at && !Number.isNaN(at.getTime()) && (!last || at > last.at)) last = { version: v.version, at };
  }
  return last;
}

function thresholdOf(options: Record<string, unknown>): number {
  const months = options.months;
  return typeof months === "number" && Number.isFinite(months) && months > 0 ? months : DEFAULT_MONTHS;
}

export const staleCrate: Rule = {
  meta,
  check(context) {
    const threshold = thresholdOf(context.options);
    for (const { member, dep } of externalDependencies(context)) {
      const info = infoForDependency(context, dep);
      const last = info && lastPublished(info.versions);
      if (!last) continue;
      const months = monthsBetween(last.at, context.now);
      if (months < threshold) continue;
      const locked = lockedPackageOf(context, member, dep);
      context.report({
        message: `${dep.name} has had no release for ${months} months: the last one, ${last.version}, was published on ${last.at.toISOString().slice(0, 10)}`,
        crate: { name: dep.name, req: dep.req, ...(locked ? { version: locked.version } : {}) },
        dependency: dep,
        lockedPackage: locked,
        member: member.name,
        severity: severityForKind(meta.defaultSeverity, dep.kind),
        suggestion: `Check whether ${dep.name} is still maintained (repository activity, open issues) and whether an active alternative exists.`,
        fingerprintExtra: `${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
      });
    }
  },
};
