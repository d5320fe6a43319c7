/** stale-crate: a direct dependency with no release for a long time, judged from the index's publish times. */
import type { IndexVersion } from "../src/registry/types.js";
import { createRule } from "./create-rule.js";
import { infoForDependency } from "./registry-support.js";
import { externalDependencies, keyOf, lockedPackageOf } from "./support.js";

const DEFAULT_MONTHS = 36;

export interface StaleCrateOptions extends Record<string, unknown> {
  /** Months without a release after which a crate counts as stale. */
  months: number;
}

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

/** Configuration is checked against the schema; a value that is not a positive number still falls back. */
function thresholdOf(options: StaleCrateOptions): number {
  const months: unknown = options.months;
  return typeof months === "number" && Number.isFinite(months) && months > 0 ? months : DEFAULT_MONTHS;
}

export const staleCrate = createRule<StaleCrateOptions, "stale">({
  id: "stale-crate",
  description: "A dependency has had no release for a long time",
  defaultSeverity: "note",
  category: "maintenance",
  needsRegistry: true,
  memberScoped: true,
  defaultOptions: { months: DEFAULT_MONTHS },
  messages: {
    stale: "{{crate}} has had no release for {{months}} months: the last one, {{version}}, was published on {{date}}",
  },
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
        messageId: "stale",
        data: { crate: dep.name, months, version: last.version, date: last.at.toISOString().slice(0, 10) },
        crate: { name: dep.name, req: dep.req, ...(locked ? { version: locked.version } : {}) },
        dependency: dep,
        lockedPackage: locked,
        member: member.name,
        facts: { devOrBuildOnly: dep.kind !== "normal" },
        suggestion: `Check whether ${dep.name} is still maintained (repository activity, open issues) and whether an active alternative exists.`,
        fingerprintExtra: `${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
      });
    }
  },
});
