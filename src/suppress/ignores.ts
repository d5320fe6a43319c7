/** Applies `[[ignore]]` entries to findings, and reports expired and unused ignores as findings of their own. */
import type { IgnoreEntry } from "../config/types.js";
import { defaultRuleSettings, ruleFinding, type RuleSettings } from "../engine/engine.js";
import type { Finding, RuleMeta } from "../engine/types.js";
import { lowestAdmitted, satisfies } from "../model/cargo-semver.js";
import { expiredIgnore, SUPPRESSION_RULES, unusedIgnore } from "../../rules/suppression-findings.js";

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

/** Null when configuration switches the rule off (for the ignore's members, when it names them). */
function problemOf(settings: RuleSettings, meta: RuleMeta, ignore: IgnoreEntry, messageId: string, data: Record<string, string>, suggestion: string): Finding | null {
  const { file, line, column, endLine, endColumn } = ignore;
  return ruleFinding(settings, meta, {
    messageId,
    data,
    crate: { name: ignore.crate },
    location: { file, line, column, endLine, endColumn },
    suggestion,
    scope: ignore.members ?? [],
    identity: [ignore.crate, ignore.relativeFile, ignore.rule ?? "", ignore.version ?? "", (ignore.members ?? []).join(",")],
  });
}

/** `settings` decides the level of the expired- and unused-ignore findings; without it, the rules' defaults. */
export function applyIgnores(findings: Finding[], ignores: IgnoreEntry[], now: Date, settings: RuleSettings = defaultRuleSettings(SUPPRESSION_RULES)): IgnoreOutcome {
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
    const problem = isExpired(ignore, now)
      ? problemOf(settings, expiredIgnore, ignore, "expired", { ignore: describeIgnore(ignore), until: ignore.until ?? "", reason: ignore.reason }, "fix the findings, or extend `until` with a new reason")
      : used.has(ignore)
        ? null
        : problemOf(settings, unusedIgnore, ignore, "unused", { ignore: describeIgnore(ignore) }, "remove this ignore");
    if (problem) outcome.problems.push(problem);
  }
  return outcome;
}
