/**
 * Cargo requirements evaluated as plain SemVer precedence intervals. RustSec judges `patched`/`unaffected`
 * this way (no pre-release opt-in rule: `1.3.0-beta` is inside `>= 1.2.0`), and the catalog's `versions`
 * ranges describe concrete released versions the same way, so a locked pre-release is not silently skipped.
 */
import semver from "semver";
import { parseRequirement, type Comparator } from "../model/cargo-semver.js";

interface Interval {
  /** Lower bound; undefined means unbounded. */
  min?: string;
  minExclusive?: boolean;
  /** Upper bound; undefined means unbounded. */
  max?: string;
  maxInclusive: boolean;
}

const ALL: Interval = { maxInclusive: false };

function bump(c: Comparator): string {
  // The first version past the comparator's precision: 1 → 2.0.0, 1.2 → 1.3.0, 1.2.3 → 1.2.4.
  if (c.minor === undefined) return `${(c.major ?? 0) + 1}.0.0`;
  if (c.patch === undefined) return `${c.major}.${c.minor + 1}.0`;
  return `${c.major}.${c.minor}.${c.patch + 1}`;
}

function caretUpper(c: Comparator): string {
  const major = c.major ?? 0;
  if (major > 0 || c.minor === undefined) return `${major + 1}.0.0`;
  if (c.minor > 0 || c.patch === undefined) return `0.${c.minor + 1}.0`;
  return `0.0.${c.patch + 1}`;
}

function toInterval(c: Comparator): Interval {
  if (c.op === "*") return ALL;
  const exact = c.patch !== undefined && !c.wildcard;
  const base = `${c.major}.${c.minor ?? 0}.${c.patch ?? 0}${c.pre ? `-${c.pre}` : ""}`;
  switch (c.op) {
    case "=":
      return exact ? { min: base, max: base, maxInclusive: true } : { min: base, max: bump(c), maxInclusive: false };
    case ">":
      return exact ? { min: base, minExclusive: true, maxInclusive: false } : { min: bump(c), maxInclusive: false };
    case ">=":
      return { min: base, maxInclusive: false };
    case "<":
      return { max: base, maxInclusive: false };
    case "<=":
      return exact ? { max: base, maxInclusive: true } : { max: bump(c), maxInclusive: false };
    // Caret and tilde end before the next series' pre-releases too (`^2.2.1` stops below `3.0.0-alpha.1`), as
    // RustSec's ranges do (it appends `-0` to their upper bound): a pre-release of the next breaking version is not
    // "patched" by a fix in this one.
    case "~":
      return { min: base, max: `${c.minor === undefined ? bump(c) : `${c.major}.${c.minor + 1}.0`}-0`, maxInclusive: false };
    case "^":
      return { min: base, max: `${c.wildcard ? bump(c) : caretUpper(c)}-0`, maxInclusive: false };
  }
}

function inside(version: semver.SemVer, interval: Interval): boolean {
  if (interval.min !== undefined) {
    const cmp = semver.compare(version, interval.min);
    if (cmp < 0 || (cmp === 0 && interval.minExclusive)) return false;
  }
  if (interval.max !== undefined) {
    const cmp = semver.compare(version, interval.max);
    if (cmp > 0 || (cmp === 0 && !interval.maxInclusive)) return false;
  }
  return true;
}

/**
 * Is `version` inside the cargo requirement `req` by plain precedence (comparators joined by commas must all hold)?
 * Build metadata is ignored. Invalid input never matches.
 */
export function matchesByPrecedence(version: string, req: string): boolean {
  const parsed = semver.parse(version);
  if (!parsed) return false;
  try {
    return parseRequirement(req).every((c) => inside(parsed, toInterval(c)));
  } catch {
    return false;
  }
}
