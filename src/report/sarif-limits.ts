/** GitHub code scanning's object limits, and how the SARIF reporter stays under them. */
import type { Finding } from "../engine/types.js";
import { compareSeverity } from "./severity.js";

export interface SarifLimits {
  /** Results per run: GitHub rejects a file above 25,000. */
  maxResults: number;
  /** Related locations per result: GitHub displays at most 100 (and rejects above 1,000 locations). */
  maxRelatedLocations: number;
  /** GitHub rejects files whose gzip-compressed size exceeds 10 MB. */
  maxGzipBytes: number;
}

export const GITHUB_SARIF_LIMITS: SarifLimits = {
  maxResults: 25_000,
  maxRelatedLocations: 100,
  maxGzipBytes: 10 * 1024 * 1024,
};

/** The `max` most severe findings (the earliest of equally severe ones), still in their original order. */
export function keepMostSevere(findings: readonly Finding[], max: number): Finding[] {
  if (findings.length <= max) return [...findings];
  // Array.prototype.sort is stable: equally severe findings keep their order, so the earliest are kept.
  const kept = new Set([...findings].sort((a, b) => compareSeverity(a.severity, b.severity)).slice(0, Math.max(0, max)));
  return findings.filter((finding) => kept.has(finding));
}

export function describeDroppedResults(dropped: number, total: number, reason: string): string {
  return `${dropped} of ${total} results were left out of this SARIF file (${reason}); the most severe ones were kept. Use the JSON or text output for the full list.`;
}

export function describeTrimmedRelated(results: number, max: number): string {
  return `${results} result${results === 1 ? "" : "s"} had more than ${max} related locations; only the first ${max} of each were kept.`;
}
