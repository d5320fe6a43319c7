/** Migration guides of catalog findings, for the formats that can show long text (SARIF help, Markdown). */
import type { Catalog } from "../catalog/catalog.js";
import type { CatalogEntry } from "../catalog/types.js";
import type { Finding } from "../engine/types.js";
import type { ReportContext } from "./types.js";

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

export function guideMarkdown(entry: CatalogEntry, ctx: ReportContext): string {
  return ctx.guides ? ctx.guides.markdown(entry) : summarizeEntryMarkdown(entry);
}

export function guideText(entry: CatalogEntry, ctx: ReportContext): string {
  return ctx.guides ? ctx.guides.text(entry) : summarizeEntryText(entry);
}

/** Short stand-in used when no guide formatter is supplied: verdict, reason, replacements, links. */
function summarizeEntryMarkdown(entry: CatalogEntry): string {
  const lines = [`**${entry.crate}** is ${entry.status}${entry.since ? ` (since ${entry.since})` : ""}. ${entry.reason}`];
  if (entry.replacements.length > 0) {
    lines.push("", "Replacements:", ...entry.replacements.map((r) => `- \`${r.crate}\`${r.note ? `: ${r.note}` : ""}`));
  }
  const links = [...(entry.guideUrl ? [{ title: "Migration guide", url: entry.guideUrl }] : []), ...entry.evidence];
  if (links.length > 0) lines.push("", ...links.map((link) => `- [${link.title}](${link.url})`));
  return lines.join("\n");
}

function summarizeEntryText(entry: CatalogEntry): string {
  const lines = [`${entry.crate} is ${entry.status}${entry.since ? ` (since ${entry.since})` : ""}. ${entry.reason}`];
  for (const r of entry.replacements) lines.push(`  replacement: ${r.crate}${r.note ? ` (${r.note})` : ""}`);
  if (entry.guideUrl) lines.push(`  guide: ${entry.guideUrl}`);
  for (const e of entry.evidence) lines.push(`  ${e.title}: ${e.url}`);
  return lines.join("\n");
}
