/** Shapes of the declining-crate catalog and of the embedded RustSec advisories (data in rules/catalog/). */

export type CrateStatus =
  | "healthy"
  | "deprecated"
  | "discontinued"
  | "unmaintained"
  | "superseded"
  | "declining";

export interface Replacement {
  crate: string;
  /** Who recommends it: our own verdict, RustSec's advisory, the crate's authors, or the user's organisation (configuration). */
  recommendedBy: "cargo-sunset" | "rustsec" | "upstream" | "organisation";
  note?: string;
  /** The Rust release that stabilised it (std/core replacements): offered only where the package's rust-version allows it. */
  rustVersion?: string;
  /** Set when the replacement covers only part of the crate: what still needs the crate, and until when. */
  partial?: string;
}

export interface Evidence {
  kind: "announcement" | "rustsec" | "repository" | "release" | "docs" | "other";
  title: string;
  url: string;
}

export interface MigrationGuide {
  /** Old API on the left, its counterpart on the right. */
  conceptMap: Array<{ from: string; to: string }>;
  before: string;
  after: string;
  /** Further before/after pairs for another route out (e.g. an in-place upgrade beside a rewrite). */
  examples?: Array<{ title: string; before: string; after: string }>;
  pitfalls: string[];
}

export interface CatalogEntry {
  crate: string;
  status: CrateStatus;
  /** Cargo requirement of the versions the verdict applies to ("*" for all). Outside it the crate is healthy. */
  versions: string;
  /** ISO date (or YYYY-MM) since when the status holds. */
  since?: string;
  /** Field, e.g. "web-framework", "async-runtime", "http-client". */
  category: string;
  replacements: Replacement[];
  /** Our own words. */
  reason: string;
  evidence: Evidence[];
  guide?: MigrationGuide;
  /** Organisation-defined entries (from configuration) carry a guide URL instead of a guide. */
  guideUrl?: string;
}

export interface UnmaintainedAdvisory {
  id: string;
  crate: string;
  date: string;
  /** Our own one-line summary. */
  summary: string;
  patched: string[];
  unaffected: string[];
  withdrawn: string | null;
  alternatives: string[];
  url: string;
}

export interface CatalogData {
  /** Date the verdicts were checked. */
  asOf: string;
  entries: CatalogEntry[];
}
