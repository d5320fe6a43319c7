/** Lookups over the declining-crate catalog and the embedded RustSec advisories (data in rules/catalog/). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lowestAdmitted } from "../model/cargo-semver.js";
import { packageRoot } from "../util/package-root.js";
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
  /** Names of the crates with at least one (non-withdrawn) advisory. */
  advisoryCrates(): readonly string[];
}

export interface CatalogOptions {
  /** Organisation-defined entries (from configuration); they replace built-in entries of the same crate. */
  extraEntries?: readonly CatalogEntry[];
  /** Replaces the built-in data; meant for tests. */
  data?: CatalogData;
  advisories?: AdvisoryData;
}

// Read on first use rather than imported: commands that need no catalog (`why`, `metadata`) never parse it, and
// JSON.parse of the data is cheaper than compiling it as a module.
let builtIn: { crates: CatalogData; advisories: AdvisoryData } | undefined;

function builtInData(): { crates: CatalogData; advisories: AdvisoryData } {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(packageRoot(), "rules", "catalog", file), "utf8"));
  builtIn ??= { crates: read("crates.json") as CatalogData, advisories: read("rustsec-unmaintained.json") as AdvisoryData };
  return builtIn;
}

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
  const data = options.data ?? builtInData().crates;
  const advisorySource = options.advisories ?? builtInData().advisories;
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
    advisoryCrates: () => [...advisoriesByCrate.keys()],
  };
}
