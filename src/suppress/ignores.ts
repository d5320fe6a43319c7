/** Applies `[[ignore]]` entries to findings, and reports expired and unused ignores as findings of their own. */
import type { IgnoreEntry } from "../config/types.js";
import { fingerprintOf } from "../engine/fingerprint.js";
import type { Finding, Severity } from "../engine/types.js";
import { lowestAdmitted, satisfies } from "../model/cargo-semver.js";

export interface IgnoreOutcome {
  kept: Finding[];
  suppressed: Array<{ finding: Finding; by: IgnoreEntry }>;
  problems: Finding[];
}

/** Expiry is judged on the UTC calendar day, so a run gives the same answer on every machine. */
export function isExpired(ignore: IgnoreEntry, now: Date): boolean {
  return ignore.until !== undefined && now.toISOString().slice(0, 10) > ignore.until;
}

function versionMatches(ignore: IgnoreEntry, finding: Finding): boolean {
  if (ignore.version === undefined) return true;
  const version = finding.crate.version ?? (finding.crate.req === undefined ? null : lowestAdmitted(finding.crate.req));
  return version !== null && satisfies(version, ignore.version);
}

export function ignoreMatches(ignore: IgnoreEntry, finding: Finding): boolean {
  if (ignore.crate !== finding.crate.name) return false;
  if (ignore.rule !== undefined && ignore.rule !== finding.ruleId) return false;
  if (ignore.members !== undefined && (finding.member === undefined || !ignore.members.includes(finding.member))) return false;
  return versionMatches(ignore, finding);
}

function describeIgnore(ignore: IgnoreEntry): string {
  const scope = [ignore.version && `version ${ignore.version}`, ignore.rule && `rule ${ignore.rule}`].filter(Boolean).join(", ");
  return `ignore of \`${ignore.crate}\`${scope ? ` (${scope})` : ""}`;
}

function problemOf(ignore: IgnoreEntry, ruleId: string, severity: Severity, message: string, suggestion: string): Finding {
  const { file, line, column, endLine, endColumn } = ignore;
  return {
    ruleId,
    severity,
    message,
    crate: { name: ignore.crate },
    location: { file, line, column, endLine, endColumn },
    relatedLocations: [],
    suggestion,
    fingerprint: fingerprintOf([
      ruleId,
      ignore.crate,
      ignore.relativeFile,
      ignore.rule ?? "",
      ignore.version ?? "",
      (ignore.members ?? []).join(","),
    ]),
  };
}

export function applyIgnores(findings: Finding[], ignores: IgnoreEntry[], now: Date): IgnoreOutcome {
  const active = ignores.filter((ignore) => !isExpired(ignore, now));
  const used = new Set<IgnoreEntry>();
  const outcome: IgnoreOutcome = { kept: [], suppressed: [], problems: [] };
  for (const finding of findings) {
    // Every matching ignore counts as used, so overlapping entries are not reported as unused.
    const matching = active.filter((ignore) => ignoreMatches(ignore, finding));
    for (const ignore of matching) used.add(ignore);
    const by = matching[0];
    if (by) {
      outcome.suppressed.push({ finding, by });
    } else {
      outcome.kept.push(finding);
    }
  }
  for (const ignore of ignores) {
    if (isExpired(ignore, now)) {
      const message = `${describeIgnore(ignore)} expired on ${ignore.until}; its findings are reported again (reason was: ${ignore.reason})`;
      outcome.problems.push(problemOf(ignore, "expired-ignore", "warning", message, "fix the findings, or extend `until` with a new reason"));
    } else if (!used.has(ignore)) {
      const message = `${describeIgnore(ignore)} matched no finding`;
      outcome.problems.push(problemOf(ignore, "unused-ignore", "note", message, "remove this ignore"));
    }
  }
  return outcome;
}
