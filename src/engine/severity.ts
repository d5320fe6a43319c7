/**
 * Severity in one place: the order, lowering for dev/build-only reach and superseded crates, configured overrides
 * and the fail threshold. Rules state facts; only this module turns them into a level.
 */
import { SEVERITIES, type Severity, type SeveritySetting } from "./types.js";

/** The one order of levels, most severe first (SEVERITIES): every comparison of levels goes through it. */
const RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;

/** Negative when `a` is more severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

export function mostSevere(levels: Iterable<Severity>): Severity | undefined {
  let best: Severity | undefined;
  for (const level of levels) if (best === undefined || RANK[level] < RANK[best]) best = level;
  return best;
}

/** One step less severe. */
export function lowered(severity: Severity): Severity {
  return severity === "error" ? "warning" : "note";
}

/** Is `severity` at or above the `--fail-on` threshold? */
export function atOrAbove(severity: Severity, threshold: Severity | "never"): boolean {
  return threshold !== "never" && RANK[severity] <= RANK[threshold];
}

/** Why a finding is less severe than its rule: the facts rules report, not levels. */
export interface SeverityFacts {
  /** Every way in is a dev- or build-dependency: it never ships. */
  devOrBuildOnly?: boolean;
  /** The crate is superseded or merely declining, not abandoned. */
  milder?: boolean;
  /** The standard library now does the crate's job: a tidy-up, not a risk. */
  replacedByStd?: boolean;
}

export interface RuleLevel {
  setting: SeveritySetting;
  /** Set by configuration or `--rule`: then it is the level, whatever the facts. */
  configured: boolean;
}

/**
 * The level of a finding: a configured level wins as written; otherwise the rule's default (the most severe of the
 * rules whose evidence meets in the finding), lowered one step per fact. Null when switched off.
 */
export function resolveSeverity(levels: RuleLevel[], facts: SeverityFacts = {}): Severity | null {
  const on = levels.filter((l): l is RuleLevel & { setting: Severity } => l.setting !== "off");
  if (on.length === 0) return null;
  const configured = mostSevere(on.filter((l) => l.configured).map((l) => l.setting));
  if (configured !== undefined) return configured;
  let level = mostSevere(on.map((l) => l.setting)) as Severity;
  if (facts.milder) level = lowered(level);
  if (facts.replacedByStd) level = lowered(level);
  if (facts.devOrBuildOnly) level = lowered(level);
  return level;
}
