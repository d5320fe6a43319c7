/** Which advisories affect a locked crates.io version: cargo-audit's rule over `patched` and `unaffected`. */
import { matchesByPrecedence } from "../catalog/precedence.js";
import type { Advisory, AdvisoryKind } from "./types.js";

/** Affected unless some `patched` or `unaffected` requirement contains the version. */
export function isAffected(advisory: Advisory, version: string): boolean {
  return ![...advisory.patched, ...advisory.unaffected].some((req) => matchesByPrecedence(version, req));
}

export interface AdvisoryIndex {
  /** Advisories of these kinds that affect `name` at `version` (withdrawn and toolchain ones never). */
  affecting(name: string, version: string, kinds?: readonly AdvisoryKind[]): Advisory[];
  /** Every advisory of a crate, affected or not (withdrawn ones left out). */
  ofCrate(name: string): readonly Advisory[];
  /** Ignored advisory ids that would have matched a lookup so far: the ignores that did something. */
  ignoredHits(): ReadonlySet<string>;
}

export function indexAdvisories(advisories: readonly Advisory[], ignored: ReadonlySet<string> = new Set()): AdvisoryIndex {
  const byCrate = new Map<string, Advisory[]>();
  const ignoredByCrate = new Map<string, Advisory[]>();
  const hits = new Set<string>();
  for (const advisory of advisories) {
    if (advisory.withdrawn || advisory.toolchain) continue;
    const target = ignored.has(advisory.id) ? ignoredByCrate : byCrate;
    const list = target.get(advisory.package) ?? [];
    list.push(advisory);
    target.set(advisory.package, list);
  }
  const matching = (list: readonly Advisory[] | undefined, version: string, kinds?: readonly AdvisoryKind[]) =>
    (list ?? []).filter((a) => (!kinds || kinds.includes(a.kind)) && isAffected(a, version));
  return {
    affecting(name, version, kinds) {
      for (const advisory of matching(ignoredByCrate.get(name), version, kinds)) hits.add(advisory.id);
      return matching(byCrate.get(name), version, kinds);
    },
    ofCrate: (name) => byCrate.get(name) ?? [],
    ignoredHits: () => hits,
  };
}

/** The first patched release a requirement names, for advice ("upgrade to >= 1.2.3"). */
export function describePatched(advisory: Advisory): string {
  return advisory.patched.length > 0 ? advisory.patched.join(" or ") : "";
}
