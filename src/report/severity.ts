/** Counting and ordering helpers shared by the reporters. */
import { compareFindings } from "../engine/finding.js";
import { compareSeverity } from "../engine/severity.js";
import type { Finding, ToolNote } from "../engine/types.js";

export interface SeverityCounts {
  errors: number;
  warnings: number;
  notes: number;
  total: number;
}

/** The engine's one order of levels (src/engine/severity.ts). */
export { compareSeverity } from "../engine/severity.js";

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, notes: 0, total: findings.length };
  for (const finding of findings) {
    if (finding.severity === "error") counts.errors++;
    else if (finding.severity === "warning") counts.warnings++;
    else counts.notes++;
  }
  return counts;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** `3 problems (1 error, 2 warnings, 0 notes)`, or `no problems`. */
export function describeCounts(counts: SeverityCounts): string {
  if (counts.total === 0) return "no problems";
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning"), plural(counts.notes, "note")];
  return `${plural(counts.total, "problem")} (${parts.join(", ")})`;
}

/** The engine's one comparator (src/engine/finding.ts), so reports and the engine agree on order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Notes keep their order except that more severe ones come first. */
export function sortNotes(notes: readonly ToolNote[]): ToolNote[] {
  return [...notes].sort((a, b) => compareSeverity(a.level, b.level));
}
