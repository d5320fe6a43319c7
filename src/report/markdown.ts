/** A Markdown summary for `$GITHUB_STEP_SUMMARY` and pull-request comments. */
import type { Finding, Severity } from "../engine/types.js";
import { formatGuideMarkdown } from "../catalog/format.js";
import { catalogEntryOf } from "./guide.js";
import { toPosixRelative } from "./paths.js";
import { countSeverities, describeCounts, sortFindings, sortNotes } from "./severity.js";
import type { Reporter, ReportContext } from "./types.js";
import { describeAction, describeRemoves, planHeadline } from "./plan.js";

/** Above this many rows the table is folded into a `<details>` block. */
const FOLD_ABOVE = 10;

const ICON: Record<Severity, string> = { error: "🔴", warning: "🟡", note: "🔵" };

/** Text for a table cell: no pipes, no raw HTML, no line breaks. */
export function escapeCell(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n|\r/g, "<br>");
}

/** An inline code span that survives any content (backticks, pipes) inside a table cell. */
export function codeCell(value: string): string {
  const text = value.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

export const markdownReporter: Reporter = (result, ctx) => {
  const counts = countSeverities(result.findings);
  const sections = [`## ${ctx.tool.name}`];
  if (counts.total === 0) {
    sections.push("No problems found ✅");
  } else {
    const workspaces = result.workspaceRoots.length;
    sections.push(`**${describeCounts(counts)}** in ${workspaces} workspace${workspaces === 1 ? "" : "s"}`);
    const findings = sortFindings(result.findings);
    const long = findings.length > FOLD_ABOVE;
    sections.push(long ? fold(`${counts.total} findings`, renderTable(findings, ctx)) : renderTable(findings, ctx));
    const suggestions = renderSuggestions(findings, ctx);
    if (suggestions) sections.push(long ? fold("Suggestions", suggestions) : `### Suggestions\n\n${suggestions}`);
    if (result.plan && result.plan.length > 0) sections.push(`### Plan: ${escapeCell(planHeadline(result))}`, renderPlan(result, ctx));
    const guides = renderGuides(findings, ctx);
    if (guides) sections.push("### Migration guides", guides);
  }
  if (result.notes.length > 0) {
    sections.push("### Notes", sortNotes(result.notes).map((n) => `- ${ICON[n.level]} ${escapeCell(n.message)}`).join("\n"));
  }
  return sections.join("\n\n") + "\n";
};

function renderTable(findings: Finding[], ctx: ReportContext): string {
  const rows = findings.map((f) => {
    const crate = f.crate.version ? `${f.crate.name} ${f.crate.version}` : f.crate.name;
    const where = `${toPosixRelative(f.location.file, ctx.cwd)}:${f.location.line}`;
    return `| ${ICON[f.severity]} ${f.severity} | ${codeCell(f.ruleId)} | ${codeCell(crate)} | ${codeCell(where)} | ${escapeCell(f.message)} |`;
  });
  return ["| Severity | Rule | Crate | Location | Message |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

function renderPlan(result: Parameters<Reporter>[0], ctx: ReportContext): string {
  const rows = (result.plan ?? []).map((a, i) =>
    `| ${i + 1} | ${escapeCell(describeAction(a, ctx.cwd))} | ${escapeCell(describeRemoves(a))} | ${a.findings} | ${a.basis} |`);
  return ["| # | Change | Removes | Findings | Basis |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

function renderSuggestions(findings: Finding[], ctx: ReportContext): string {
  return findings
    .filter((f) => f.suggestion)
    .map((f) => {
      const where = `${toPosixRelative(f.location.file, ctx.cwd)}:${f.location.line}`;
      return `- ${codeCell(f.crate.name)} (${codeCell(where)}): ${escapeCell(f.suggestion!)}`;
    })
    .join("\n");
}

/** One collapsed guide per declining crate, so the summary stays short. */
function renderGuides(findings: Finding[], ctx: ReportContext): string {
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const finding of findings) {
    const entry = catalogEntryOf(finding, ctx.catalog);
    if (!entry || seen.has(entry.crate)) continue;
    seen.add(entry.crate);
    const to = entry.replacements.map((r) => r.crate).join(", ");
    blocks.push(fold(`${escapeCell(entry.crate)}${to ? ` → ${escapeCell(to)}` : ""}`, formatGuideMarkdown(entry).trimEnd()));
  }
  return blocks.join("\n\n");
}

/** Blank lines inside `<details>` let GitHub render the Markdown within. */
function fold(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
