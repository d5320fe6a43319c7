/** Lookups over the catalog and the advisories. Placeholder: implemented with the catalog data. */
import type { CatalogEntry, UnmaintainedAdvisory } from "./types.js";

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
