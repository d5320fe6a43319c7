/** The RustSec advisory database in the compact form cargo-sunset embeds, caches and matches against. */

export type AdvisoryKind = "vulnerability" | "unmaintained" | "unsound" | "notice";

export interface Advisory {
  id: string;
  /** Crate name (or, for toolchain advisories, the component such as `std`). */
  package: string;
  kind: AdvisoryKind;
  /** ISO date the advisory was reported. */
  date: string;
  /** The advisory's first heading. */
  title: string;
  /** The `url` field of the advisory itself (upstream issue, announcement), when it has one. */
  reference?: string;
  /** CVE and GHSA identifiers. */
  aliases?: string[];
  /** CVSS vector string. */
  cvss?: string;
  /** CVSS base score, computed from the vector. */
  score?: number;
  /** Cargo requirements of fixed versions; empty means no fixed release. */
  patched: string[];
  /** Cargo requirements of versions never affected. */
  unaffected: string[];
  /** Date the advisory was withdrawn; withdrawn advisories are never matched. */
  withdrawn?: string;
  /** `[affected]`: operating systems, architectures and function paths the advisory is limited to. */
  os?: string[];
  arch?: string[];
  functions?: string[];
  /** Crates the advisory names as replacements (unmaintained advisories only). */
  alternatives?: string[];
  /** Toolchain advisories (`rust/` in the database) never match a crate in a lockfile. */
  toolchain?: true;
}

export interface AdvisoryDatabase {
  /** Where the data came from: a URL, a path, or "embedded". */
  source: string;
  /** ISO date of the database's last commit (or of its newest advisory when no commit date is known). */
  date: string;
  /** Commit id of the database, when known. */
  commit?: string;
  advisories: Advisory[];
}

/** Counts by kind, withdrawn ones apart. */
export function countAdvisories(advisories: readonly Advisory[]): Record<AdvisoryKind | "withdrawn" | "total", number> {
  const counts = { vulnerability: 0, unmaintained: 0, unsound: 0, notice: 0, withdrawn: 0, total: advisories.length };
  for (const advisory of advisories) {
    counts[advisory.kind]++;
    if (advisory.withdrawn) counts.withdrawn++;
  }
  return counts;
}

/** The advisory's page on rustsec.org. */
export function advisoryUrl(id: string): string {
  return `https://rustsec.org/advisories/${id}.html`;
}
