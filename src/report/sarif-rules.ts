/** `tool.driver.rules[]`: one reporting descriptor per rule, built from RuleMeta and the rule's docs page. */
import type { Finding, RuleMeta, Severity } from "../engine/types.js";
import { formatGuide, formatGuideMarkdown } from "../catalog/format.js";
import { entriesForRule } from "./guide.js";
import { absolutizeLinks, FENCE, markdownToText } from "./markdown-text.js";
import { ruleDocsUrl } from "./package-info.js";
import type { SarifReportingDescriptor } from "./sarif-types.js";
import type { ReportContext } from "./types.js";

/** GitHub keeps at most 1024 characters of either description. */
const MAX_DESCRIPTION = 1024;

const PROBLEM_SEVERITY: Record<Severity, string> = { error: "error", warning: "warning", note: "recommendation" };

/**
 * Rule names (SARIF `name`, shown in GitHub's rule filter) for ids whose PascalCase spelling would equal the id
 * ignoring case: SARIF1001 asks for a name distinct from the id.
 */
const RULE_NAMES: Record<string, string> = { msrv: "RustVersionTooLow" };

export function ruleName(id: string): string {
  const pascal = toPascalCase(id);
  if (RULE_NAMES[id]) return RULE_NAMES[id];
  return pascal.toLowerCase() === id.toLowerCase() ? `${pascal}Check` : pascal;
}

export function toPascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

/**
 * Rules sorted by id. Rule ids that only appear on findings (none should) get a minimal descriptor
 * so every result's ruleIndex points at a descriptor.
 */
export function buildRuleDescriptors(
  rules: readonly RuleMeta[],
  findings: readonly Finding[],
  ctx: ReportContext,
  homepage: string,
): SarifReportingDescriptor[] {
  const metas = new Map<string, RuleMeta | undefined>(rules.map((meta) => [meta.id, meta]));
  for (const finding of findings) {
    if (!metas.has(finding.ruleId)) metas.set(finding.ruleId, undefined);
  }
  return [...metas.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, meta]) => (meta ? describeRule(meta, findings, ctx, homepage) : describeUnknownRule(id, findings, homepage)));
}

function describeRule(meta: RuleMeta, findings: readonly Finding[], ctx: ReportContext, homepage: string): SarifReportingDescriptor {
  const helpUri = ruleDocsUrl(homepage, meta.id);
  const raw = ctx.ruleDocs.get(meta.id);
  const doc = raw && absolutizeLinks(raw, helpUri);
  const help = withMigrationGuides(meta.id, { text: doc ? markdownToText(doc) : meta.description, markdown: doc ?? meta.description }, findings, ctx);
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: clip(meta.description) },
    fullDescription: { text: clip(markdownToText((doc && firstParagraph(doc)) || meta.description)) },
    help,
    helpUri,
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: [...new Set([meta.category, "dependencies", "rust", ...(meta.needsRegistry ? ["registry"] : [])])],
      precision: "high",
      "problem.severity": PROBLEM_SEVERITY[meta.defaultSeverity],
      ...securitySeverity(meta.id, findings),
    },
  };
}

/**
 * GitHub reads `security-severity` from the rule, not the result: the highest CVSS score among this analysis's
 * findings of the rule (each result carries its own score too).
 */
function securitySeverity(ruleId: string, findings: readonly Finding[]): { "security-severity"?: string } {
  const scores = findings.filter((f) => f.ruleId === ruleId && f.advisory?.score !== undefined).map((f) => f.advisory!.score!);
  return scores.length > 0 ? { "security-severity": Math.max(...scores).toFixed(1) } : {};
}

/**
 * GitHub shows a result's `message.text` as plain text (it ignores `message.markdown`), and renders
 * rich text only in the rule's help panel. So the migration guides of the crates flagged in this
 * analysis are appended to the help of the catalog rules; the result message keeps the one-line
 * suggestion.
 */
function withMigrationGuides(
  ruleId: string,
  help: { text: string; markdown: string },
  findings: readonly Finding[],
  ctx: ReportContext,
): { text: string; markdown: string } {
  // Only the catalog rules' findings have entries (guide.ts), so other rules keep their help as it is.
  const entries = entriesForRule(ruleId, findings, ctx.catalog);
  if (entries.length === 0) return help;
  // Each rendered guide starts with its own heading (markdown) or crate line (text).
  const markdown = entries.map((entry) => formatGuideMarkdown(entry).trimEnd());
  const text = entries.map((entry) => formatGuide(entry).trimEnd());
  return {
    markdown: `${help.markdown.trimEnd()}\n\n## Migration guides for the crates flagged in this analysis\n\n${markdown.join("\n\n")}\n`,
    text: `${help.text.trimEnd()}\n\nMigration guides for the crates flagged in this analysis:\n\n${text.join("\n\n")}\n`,
  };
}

/**
 * First prose paragraph of a Markdown page: headings, tables and fenced code blocks are skipped. Blocks are
 * separated by blank lines outside code fences, so a code block with blank lines in it is skipped whole.
 */
function firstParagraph(markdown: string): string | undefined {
  const blocks: string[][] = [[]];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    if (!inFence && line.trim() === "") blocks.push([]);
    else blocks[blocks.length - 1]!.push(line);
  }
  return blocks
    .map((lines) => lines.join("\n").trim())
    .find((block) => block && !block.startsWith("#") && !FENCE.test(block) && !block.startsWith("|"));
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

function describeUnknownRule(id: string, findings: readonly Finding[], homepage: string): SarifReportingDescriptor {
  const level = findings.find((finding) => finding.ruleId === id)!.severity;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: id },
    fullDescription: { text: id },
    help: { text: id, markdown: id },
    helpUri: ruleDocsUrl(homepage, id),
    defaultConfiguration: { level },
    properties: { tags: ["dependencies", "rust"], precision: "high", "problem.severity": PROBLEM_SEVERITY[level] },
  };
}
