/**
 * Until when a report may be served again from the warm-run cache, even with every input file unchanged: the
 * report also depends on the date (ignore entries expire by UTC day), on registry data staying within its TTL
 * (after which a run asks the registry again), and on release ages (stale-crate counts whole months since a
 * crate's newest release, so its figure moves at that release's time of month).
 */
import type { CrateInfo, RegistryView } from "../registry/types.js";

export interface ValidityInput {
  now: Date;
  offline: boolean;
  cacheTtlMs: number;
  /** Registry data the rules looked at. */
  used: Iterable<CrateInfo>;
}

/** Milliseconds since the epoch; 0 when the report must not be stored. */
export function reportValidUntil({ now, offline, cacheTtlMs, used }: ValidityInput): number {
  const t = now.getTime();
  let until = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  for (const info of used) {
    // Offline, the report states how old the cached data is, which changes by the minute.
    if (offline) return 0;
    until = Math.min(until, Date.parse(info.fetchedAt) + cacheTtlMs);
    const newest = newestPublish(info);
    if (newest !== undefined) {
      const p = new Date(newest);
      const sameTimeThisMonth = monthStart + (newest - Date.UTC(p.getUTCFullYear(), p.getUTCMonth(), 1));
      if (sameTimeThisMonth > t) until = Math.min(until, sameTimeThisMonth);
    }
  }
  return Number.isFinite(until) && until > t ? until : 0;
}

function newestPublish(info: CrateInfo): number | undefined {
  let newest: number | undefined;
  for (const v of info.versions) {
    const at = v.pubtime ? Date.parse(v.pubtime) : NaN;
    if (!Number.isNaN(at) && (newest === undefined || at > newest)) newest = at;
  }
  return newest;
}

/** The view, noting every crate's data that is handed out. */
export function watchedView(view: RegistryView, used: Set<CrateInfo>): RegistryView {
  const note = (info: CrateInfo | undefined) => (info && used.add(info), info);
  return {
    forDependency: (dep) => note(view.forDependency(dep)),
    forLockedPackage: (pkg) => note(view.forLockedPackage(pkg)),
  };
}
