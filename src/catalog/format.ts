/** Renders catalog entries and advisories for `--explain`, SARIF help and Markdown reports. */
import type { CatalogEntry, Replacement, UnmaintainedAdvisory } from "./types.js";

const RECOMMENDER_LABEL: Record<Replacement["recommendedBy"], string> = {
  "cargo-sunset": "recommended by cargo-sunset",
  rustsec: "named by RustSec",
  upstream: "recommended by the crate's authors",
  organisation: "recommended by your organisation",
};

function versionsLabel(versions: string): string {
  return versions.trim() === "*" ? "all versions" : `versions ${versions}`;
}

function replacementLine(r: Replacement): string {
  return `${r.crate} (${RECOMMENDER_LABEL[r.recommendedBy]})${r.note ? `: ${r.note}` : ""}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : prefix + line))
    .join("\n");
}

/** Plain text, as printed by `cargo-sunset --explain <crate>`. */
export function formatGuide(entry: CatalogEntry): string {
  const lines: string[] = [`${entry.crate}: ${entry.status} (${versionsLabel(entry.versions)})`];
  if (entry.since) lines.push(`Since: ${entry.since}`);
  lines.push(`Category: ${entry.category}`, "", entry.reason);
  if (entry.replacements.length > 0) {
    lines.push("", "Replacements:", ...entry.replacements.map((r) => `  - ${replacementLine(r)}`));
  }
  const guide = entry.guide;
  if (guide) {
    lines.push("", "Concept map:", ...guide.conceptMap.map((row) => `  ${row.from}  ->  ${row.to}`));
    lines.push("", "Before:", indent(guide.before, "    "), "", "After:", indent(guide.after, "    "));
    for (const example of guide.examples ?? []) {
      lines.push("", `${example.title}:`, "", "  Before:", indent(example.before, "    "), "", "  After:", indent(example.after, "    "));
    }
    if (guide.pitfalls.length > 0) lines.push("", "Pitfalls:", ...guide.pitfalls.map((p) => `  - ${p}`));
  }
  if (entry.guideUrl) lines.push("", `Migration guide: ${entry.guideUrl}`);
  if (entry.evidence.length > 0) {
    lines.push("", "Evidence:", ...entry.evidence.map((e) => `  - ${e.title}: ${e.url}`));
  }
  return `${lines.join("\n")}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** Markdown, for SARIF `help.markdown` and the Markdown report. */
/** A guide snippet is a Cargo.toml change when it starts with a table header, Rust code otherwise. */
export function snippetLanguage(code: string): "toml" | "rust" {
  const first = code.split("\n").find((line) => line.trim() !== "" && !line.trim().startsWith("#"));
  return first !== undefined && /^\s*\[[A-Za-z0-9_.\-" ]+\]\s*$/.test(first) ? "toml" : "rust";
}

const fenced = (code: string) => `\`\`\`${snippetLanguage(code)}\n${code}\n\`\`\``;

export function formatGuideMarkdown(entry: CatalogEntry): string {
  const parts: string[] = [`### \`${entry.crate}\`: ${entry.status} (${versionsLabel(entry.versions)})`];
  const meta = [entry.since ? `Since ${entry.since}` : undefined, `category: ${entry.category}`].filter(Boolean);
  parts.push(`${meta.join(" · ")}\n\n${entry.reason}`);
  if (entry.replacements.length > 0) {
    parts.push(
      `**Replacements**\n\n${entry.replacements
        .map((r) => `- \`${r.crate}\` (${RECOMMENDER_LABEL[r.recommendedBy]})${r.note ? `: ${r.note}` : ""}`)
        .join("\n")}`,
    );
  }
  const guide = entry.guide;
  if (guide) {
    const rows = guide.conceptMap.map((row) => `| \`${escapeCell(row.from)}\` | \`${escapeCell(row.to)}\` |`);
    parts.push(`**Concept map**\n\n| Before | After |\n| --- | --- |\n${rows.join("\n")}`);
    parts.push(`**Before**\n\n${fenced(guide.before)}`, `**After**\n\n${fenced(guide.after)}`);
    for (const example of guide.examples ?? []) {
      parts.push(`**${example.title}**\n\nBefore:\n\n${fenced(example.before)}\n\nAfter:\n\n${fenced(example.after)}`);
    }
    if (guide.pitfalls.length > 0) parts.push(`**Pitfalls**\n\n${guide.pitfalls.map((p) => `- ${p}`).join("\n")}`);
  }
  if (entry.guideUrl) parts.push(`[Migration guide](${entry.guideUrl})`);
  if (entry.evidence.length > 0) {
    parts.push(`**Evidence**\n\n${entry.evidence.map((e) => `- [${e.title}](${e.url})`).join("\n")}`);
  }
  return `${parts.join("\n\n")}\n`;
}

/** One advisory in a line or two of plain text. */
export function formatAdvisory(advisory: UnmaintainedAdvisory): string {
  const lines = [`${advisory.id} (${advisory.date}): ${advisory.summary}`];
  const safe = [...advisory.patched, ...advisory.unaffected];
  if (safe.length > 0) lines.push(`  not affected: ${safe.join("; ")}`);
  if (advisory.withdrawn) lines.push(`  withdrawn on ${advisory.withdrawn}`);
  lines.push(`  ${advisory.url}`);
  return lines.join("\n");
}
