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
}

export function indexAdvisories(advisories: readonly Advisory[], ignored: ReadonlySet<string> = new Set()): AdvisoryIndex {
  const byCrate = new Map<string, Advisory[]>();
  for (const advisory of advisories) {
    if (advisory.withdrawn || advisory.toolchain || ignored.has(advisory.id)) continue;
    const list = byCrate.get(advisory.package) ?? [];
    list.push(advisory);
    byCrate.set(advisory.package, list);
  }
  return {
    affecting(name, version, kinds) {
      return (byCrate.get(name) ?? []).filter((a) => (!kinds || kinds.includes(a.kind)) && isAffected(a, version));
    },
    ofCrate: (name) => byCrate.get(name) ?? [],
  };
}

/** The first patched release a requirement names, for advice ("upgrade to >= 1.2.3"). */
export function describePatched(advisory: Advisory): string {
  return advisory.patched.length > 0 ? advisory.patched.join(" or ") : "";
}
