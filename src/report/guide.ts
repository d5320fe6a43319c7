/** Migration guides of catalog findings, for the formats that can show long text (SARIF help, Markdown). */
import type { Catalog } from "../catalog/catalog.js";
import type { CatalogEntry } from "../catalog/types.js";
import type { Finding } from "../engine/types.js";

/** Rules whose findings come from the declining-crate catalog. */
export const CATALOG_RULE_IDS: ReadonlySet<string> = new Set(["declining-crate", "declining-transitive"]);

export function catalogEntryOf(finding: Finding, catalog: Catalog): CatalogEntry | undefined {
  return CATALOG_RULE_IDS.has(finding.ruleId) ? catalog.entry(finding.crate.name) : undefined;
}

/** Catalog entries behind the findings of one rule, one per crate, sorted by crate name. */
export function entriesForRule(ruleId: string, findings: readonly Finding[], catalog: Catalog): CatalogEntry[] {
  const byCrate = new Map<string, CatalogEntry>();
  for (const finding of findings) {
    if (finding.ruleId !== ruleId) continue;
    const entry = catalogEntryOf(finding, catalog);
    if (entry) byCrate.set(entry.crate, entry);
  }
  return [...byCrate.values()].sort((a, b) => (a.crate < b.crate ? -1 : a.crate > b.crate ? 1 : 0));
}
