/** Human-readable output: findings grouped by file, aligned columns, colors only when asked. */
import { createColors } from "picocolors";
import type { Finding, Location, Severity, ToolNote } from "../engine/types.js";
import { describeData } from "./data.js";
import { toPosixRelative } from "./paths.js";
import { countSeverities, describeCounts, sortFindings, sortNotes } from "./severity.js";
import type { Reporter, ReportContext } from "./types.js";
import { describeAction, describeRemoves, planHeadline } from "./plan.js";

type Colors = ReturnType<typeof createColors>;

const MAX_ALIGNED_MESSAGE = 72;

export const textReporter: Reporter = (result, ctx) => {
  const colors = createColors(ctx.color);
  const blocks: string[] = [];
  for (const [file, findings] of groupByFile(sortFindings(result.findings), ctx)) {
    blocks.push(renderFileGroup(file, findings, ctx, colors));
  }
  if (result.plan && result.plan.length > 0) blocks.push(renderPlan(result, ctx, colors));
  if (result.notes.length > 0) blocks.push(renderNotes(result.notes, ctx, colors));
  const counts = countSeverities(result.findings);
  const summaryColor = counts.errors > 0 ? colors.red : counts.warnings > 0 ? colors.yellow : colors.green;
  const hidden = result.hidden;
  const hiddenText = hidden && (hidden.findings > 0 || hidden.notes > 0)
    ? colors.dim(` (--quiet hid ${hidden.findings} finding${hidden.findings === 1 ? "" : "s"} below ${hidden.below} and ${hidden.notes} note${hidden.notes === 1 ? "" : "s"} about the run)`)
    : "";
  blocks.push(`${colors.bold(summaryColor(describeCounts(counts)))}${hiddenText}\n${colors.dim(describeData(ctx))}`);
  return blocks.join("\n\n") + "\n";
};

function groupByFile(findings: Finding[], ctx: ReportContext): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = toPosixRelative(finding.location.file, ctx.cwd);
    groups.set(file, [...(groups.get(file) ?? []), finding]);
  }
  return groups;
}

function renderFileGroup(file: string, findings: Finding[], ctx: ReportContext, colors: Colors): string {
  const positions = findings.map((f) => `${f.location.line}:${f.location.column}`);
  const posWidth = Math.max(...positions.map((p) => p.length));
  const sevWidth = Math.max(...findings.map((f) => f.severity.length));
  // Long messages would push every rule id off screen: align only up to a readable width.
  const msgWidth = Math.min(MAX_ALIGNED_MESSAGE, Math.max(...findings.map((f) => f.message.length)));
  // Continuation lines start under the message column.
  const indent = " ".repeat(2 + posWidth + 2 + sevWidth + 2);
  const lines = [colors.underline(file)];
  findings.forEach((finding, i) => {
    const severity = paintSeverity(finding.severity, finding.severity.padEnd(sevWidth), colors);
    const message = finding.message.padEnd(msgWidth);
    lines.push(`  ${colors.dim(positions[i]!.padEnd(posWidth))}  ${severity}  ${message}  ${colors.dim(finding.ruleId)}`);
    if (finding.suggestion) lines.push(...finding.suggestion.split("\n").map((line) => `${indent}${colors.cyan(line)}`));
    for (const related of finding.relatedLocations) {
      lines.push(`${indent}${colors.dim(`${related.label ? `${related.label}: ` : "see "}${describeLocation(related, ctx)}`)}`);
    }
  });
  return lines.join("\n");
}

/** At most this many edits are listed; the JSON output has them all. */
const PLAN_LINES = 10;

function renderPlan(result: Parameters<Reporter>[0], ctx: ReportContext, colors: Colors): string {
  const plan = result.plan ?? [];
  const lines = [colors.bold(`Plan: ${planHeadline(result)}`)];
  plan.slice(0, PLAN_LINES).forEach((action, i) => {
    const count = `${action.findings} finding${action.findings === 1 ? "" : "s"}`;
    lines.push(`  ${i + 1}. ${describeAction(action, ctx.cwd)}: removes ${describeRemoves(action)} (${count})`);
  });
  if (plan.length > PLAN_LINES) lines.push(colors.dim(`  and ${plan.length - PLAN_LINES} more (--format json lists every one)`));
  return lines.join("\n");
}

function renderNotes(notes: readonly ToolNote[], ctx: ReportContext, colors: Colors): string {
  const sorted = sortNotes(notes);
  const width = Math.max(...sorted.map((n) => n.level.length));
  const lines = sorted.map((note) => {
    const where = note.location ? `  ${colors.dim(describeLocation(note.location, ctx))}` : "";
    return `  ${paintSeverity(note.level, note.level.padEnd(width), colors)}  ${note.message}${where}`;
  });
  return [colors.bold("Notes"), ...lines].join("\n");
}

function describeLocation(location: Location, ctx: ReportContext): string {
  return `${toPosixRelative(location.file, ctx.cwd)}:${location.line}`;
}

function paintSeverity(severity: Severity, text: string, colors: Colors): string {
  if (severity === "error") return colors.red(text);
  if (severity === "warning") return colors.yellow(text);
  return colors.blue(text);
}
