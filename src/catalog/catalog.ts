/** Lookups over the declining-crate catalog and the embedded RustSec advisories (data in rules/catalog/). */
import crateData from "../../rules/catalog/crates.json" with { type: "json" };
import advisoryData from "../../rules/catalog/rustsec-unmaintained.json" with { type: "json" };
import { lowestAdmitted } from "../model/cargo-semver.js";
import { matchesByPrecedence } from "./precedence.js";
import type { AdvisoryData, CatalogData, CatalogEntry, UnmaintainedAdvisory } from "./types.js";

export interface Catalog {
  readonly asOf: string;
  readonly advisorySnapshotDate: string;
  /** The entry for a crate, whatever its verdict (healthy included). */
  entry(name: string): CatalogEntry | undefined;
  /** The entry when the crate is declining for this exact version (`versionOrReq` may be a locked version). */
  decliningForVersion(name: string, version: string): CatalogEntry | undefined;
  /** The entry when every version admitted by the requirement's lower bound is declining. */
  decliningForRequirement(name: string, req: string): CatalogEntry | undefined;
  /** Unmaintained advisories that affect this crates.io version (withdrawn ones skipped). */
  advisoriesFor(name: string, version: string): UnmaintainedAdvisory[];
  entries(): readonly CatalogEntry[];
}

export interface CatalogOptions {
  /** Organisation-defined entries (from configuration); they replace built-in entries of the same crate. */
  extraEntries?: readonly CatalogEntry[];
  /** Replaces the built-in data; meant for tests. */
  data?: CatalogData;
  advisories?: AdvisoryData;
}

const BUILT_IN_CRATES = crateData as CatalogData;
const BUILT_IN_ADVISORIES = advisoryData as AdvisoryData;

/** RustSec semantics: affected unless some `patched` or `unaffected` requirement contains the version. */
function isAffected(advisory: UnmaintainedAdvisory, version: string): boolean {
  const safe = [...advisory.patched, ...advisory.unaffected];
  return !safe.some((req) => matchesByPrecedence(version, req));
}

function indexAdvisories(advisories: readonly UnmaintainedAdvisory[]): Map<string, UnmaintainedAdvisory[]> {
  const byCrate = new Map<string, UnmaintainedAdvisory[]>();
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue;
    const list = byCrate.get(advisory.crate) ?? [];
    list.push(advisory);
    byCrate.set(advisory.crate, list);
  }
  return byCrate;
}

export function createCatalog(options: CatalogOptions = {}): Catalog {
  const data = options.data ?? BUILT_IN_CRATES;
  const advisorySource = options.advisories ?? BUILT_IN_ADVISORIES;
  const byName = new Map<string, CatalogEntry>();
  for (const entry of data.entries) byName.set(entry.crate, entry);
  for (const entry of options.extraEntries ?? []) byName.set(entry.crate, entry);
  const allEntries = [...byName.values()];
  const advisoriesByCrate = indexAdvisories(advisorySource.advisories);

  const decliningForVersion = (name: string, version: string): CatalogEntry | undefined => {
    const entry = byName.get(name);
    if (!entry || entry.status === "healthy") return undefined;
    return matchesByPrecedence(version, entry.versions) ? entry : undefined;
  };

  return {
    asOf: data.asOf,
    advisorySnapshotDate: advisorySource.snapshotDate,
    entry: (name) => byName.get(name),
    decliningForVersion,
    decliningForRequirement(name, req) {
      // `hyper = "0.14"` starts at 0.14.0 (declining); `hyper = "1"` starts at 1.0.0 (not).
      const lowest = lowestAdmitted(req);
      return lowest === null ? undefined : decliningForVersion(name, lowest);
    },
    advisoriesFor(name, version) {
      return (advisoriesByCrate.get(name) ?? []).filter((advisory) => isAffected(advisory, version));
    },
    entries: () => allEntries,
  };
}
