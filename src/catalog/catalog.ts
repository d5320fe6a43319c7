/** Lookups over the declining-crate catalog and the embedded RustSec advisories (data in rules/catalog/). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { indexAdvisories } from "../advisories/match.js";
import { embeddedDatabase } from "../advisories/sources.js";
import { advisoryUrl, type Advisory, type AdvisoryDatabase, type AdvisoryKind } from "../advisories/types.js";
import { lowestAdmitted } from "../model/cargo-semver.js";
import { packageRoot } from "../util/package-root.js";
import { matchesByPrecedence } from "./precedence.js";
import type { CatalogData, CatalogEntry, UnmaintainedAdvisory } from "./types.js";

export interface Catalog {
  readonly asOf: string;
  readonly advisorySnapshotDate: string;
  /** The entry for a crate, whatever its verdict (healthy included). */
  entry(name: string): CatalogEntry | undefined;
  /** The entry when the crate is declining for this exact version (`versionOrReq` may be a locked version). */
  decliningForVersion(name: string, version: string): CatalogEntry | undefined;
  /** The entry when every version admitted by the requirement's lower bound is declining. */
  decliningForRequirement(name: string, req: string): CatalogEntry | undefined;
  /** Unmaintained advisories that affect this crates.io version (withdrawn and ignored ones skipped). */
  advisoriesFor(name: string, version: string): UnmaintainedAdvisory[];
  /** Advisories of the given kinds (all kinds when absent) that affect this crates.io version. */
  advisoriesAffecting(name: string, version: string, kinds?: readonly AdvisoryKind[]): Advisory[];
  /** `[advisories] ignore` ids that suppressed an advisory in some lookup so far. */
  ignoredAdvisoryHits(): ReadonlySet<string>;
  /** The advisory database the lookups read (source, date, commit). */
  readonly advisoryDatabase: Omit<AdvisoryDatabase, "advisories"> & { count: number };
  entries(): readonly CatalogEntry[];
  /** Names of the crates with at least one (non-withdrawn) advisory. */
  advisoryCrates(): readonly string[];
}

export interface CatalogOptions {
  /** Organisation-defined entries (from configuration); they replace built-in entries of the same crate. */
  extraEntries?: readonly CatalogEntry[];
  /** Replaces the built-in data; meant for tests. */
  data?: CatalogData;
  /** The advisory database to read (default: the embedded snapshot). */
  advisoryDb?: AdvisoryDatabase;
  /** Advisory ids the configuration ignores (`[advisories] ignore`). */
  ignoredAdvisories?: ReadonlySet<string>;
}

// Read on first use rather than imported: commands that need no catalog (`why`, `metadata`) never parse it, and
// JSON.parse of the data is cheaper than compiling it as a module.
let builtIn: { crates: CatalogData; alternatives: Record<string, string[]> } | undefined;

function builtInData(): { crates: CatalogData; alternatives: Record<string, string[]> } {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(packageRoot(), "rules", "catalog", file), "utf8"));
  builtIn ??= { crates: read("crates.json") as CatalogData, alternatives: read("rustsec-alternatives.json") as Record<string, string[]> };
  return builtIn;
}

function summarize(advisory: Advisory, alternatives: string[]): string {
  const summary = `${advisory.package} is no longer maintained (RustSec)`;
  return alternatives.length > 0 ? `${summary}; alternatives: ${alternatives.join(", ")}` : summary;
}

/** The shape the maintenance rules read: our own summary, RustSec's named alternatives. */
function asUnmaintained(advisory: Advisory, curated: Record<string, string[]>): UnmaintainedAdvisory {
  const alternatives = curated[advisory.id] ?? advisory.alternatives ?? [];
  return {
    id: advisory.id,
    crate: advisory.package,
    date: advisory.date,
    summary: summarize(advisory, alternatives),
    patched: advisory.patched,
    unaffected: advisory.unaffected,
    withdrawn: advisory.withdrawn ?? null,
    alternatives,
    url: advisoryUrl(advisory.id),
  };
}

export function createCatalog(options: CatalogOptions = {}): Catalog {
  const data = options.data ?? builtInData().crates;
  const advisoryDb = options.advisoryDb ?? embeddedDatabase();
  const curated = builtInData().alternatives;
  const byName = new Map<string, CatalogEntry>();
  for (const entry of data.entries) byName.set(entry.crate, entry);
  for (const entry of options.extraEntries ?? []) byName.set(entry.crate, entry);
  const allEntries = [...byName.values()];
  const advisories = indexAdvisories(advisoryDb.advisories, options.ignoredAdvisories);
  const { advisories: list, ...provenance } = advisoryDb;

  const decliningForVersion = (name: string, version: string): CatalogEntry | undefined => {
    const entry = byName.get(name);
    if (!entry || entry.status === "healthy") return undefined;
    return matchesByPrecedence(version, entry.versions) ? entry : undefined;
  };

  return {
    asOf: data.asOf,
    advisorySnapshotDate: advisoryDb.date,
    advisoryDatabase: { ...provenance, count: list.length },
    entry: (name) => byName.get(name),
    decliningForVersion,
    decliningForRequirement(name, req) {
      // `hyper = "0.14"` starts at 0.14.0 (declining); `hyper = "1"` starts at 1.0.0 (not).
      const lowest = lowestAdmitted(req);
      return lowest === null ? undefined : decliningForVersion(name, lowest);
    },
    advisoriesFor(name, version) {
      return advisories.affecting(name, version, ["unmaintained"]).map((a) => asUnmaintained(a, curated));
    },
    advisoriesAffecting: (name, version, kinds) => advisories.affecting(name, version, kinds),
    ignoredAdvisoryHits: () => advisories.ignoredHits(),
    entries: () => allEntries,
    // The crates --explain can describe: those with an unmaintained advisory, the kind it prints.
    advisoryCrates: () => [...new Set(list.filter((a) => a.kind === "unmaintained" && !a.withdrawn && !a.toolchain).map((a) => a.package))],
  };
}
