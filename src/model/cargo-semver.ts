/**
 * Cargo version requirements, parsed and evaluated as the semver crate that cargo uses does (`parse.rs`, `eval.rs`).
 * Cargo's grammar differs from npm's (a bare `1.2.3` is `^1.2.3`, comparators are joined by commas, no `||`), and
 * evaluating here keeps node-semver out of the workspace model, where loading it was a tenth of a run's time.
 */

export interface Comparator {
  op: "=" | ">" | ">=" | "<" | "<=" | "~" | "^" | "*";
  major?: number;
  minor?: number;
  patch?: number;
  pre?: string;
  /** True for `1.*` / `1.2.*` forms. */
  wildcard: boolean;
}

export class RequirementError extends Error {}

const COMPARATOR_RE =
  /^(=|>=|<=|>|<|~|\^)?\s*(\d+|\*|x|X)(?:\.(\d+|\*|x|X))?(?:\.(\d+|\*|x|X))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function parseNumber(part: string | undefined, text: string): number | undefined | "*" {
  if (part === undefined) return undefined;
  if (part === "*" || part === "x" || part === "X") return "*";
  if (part.length > 1 && part.startsWith("0")) throw new RequirementError(`invalid leading zero in \`${text}\``);
  return Number(part);
}

function parseComparator(text: string): Comparator {
  const m = COMPARATOR_RE.exec(text);
  if (!m) throw new RequirementError(`unexpected character in version requirement \`${text}\``);
  const explicitOp = m[1] as Comparator["op"] | undefined;
  const parts = [parseNumber(m[2], text), parseNumber(m[3], text), parseNumber(m[4], text)];
  const firstWild = parts.indexOf("*");
  if (firstWild === 0) {
    if (explicitOp !== undefined || parts[1] !== undefined) throw new RequirementError(`invalid wildcard in \`${text}\``);
    return { op: "*", wildcard: true };
  }
  if (firstWild > 0 && parts.slice(firstWild).some((p) => p !== "*" && p !== undefined)) {
    throw new RequirementError(`invalid wildcard in \`${text}\``);
  }
  const pre = m[5];
  if (pre !== undefined && (parts[2] === undefined || firstWild >= 0)) {
    throw new RequirementError(`pre-release needs a full version in \`${text}\``);
  }
  const nums = parts.map((p) => (p === "*" ? undefined : p));
  // As in the semver crate, wildcards after an explicit operator are dropped: `=1.*` is `=1`, `^1.2.*` is `^1.2`.
  return {
    op: explicitOp ?? "^",
    major: nums[0],
    minor: nums[1],
    patch: nums[2],
    pre,
    wildcard: firstWild > 0 && explicitOp === undefined,
  };
}

/** Parses a cargo requirement; throws RequirementError with cargo-like wording when invalid. */
export function parseRequirement(raw: string): Comparator[] {
  const text = raw.trim();
  if (text === "") throw new RequirementError("empty version requirement");
  const pieces = text.split(",").map((p) => p.trim());
  if (pieces.some((p) => p === "")) throw new RequirementError(`empty comparator in \`${raw}\``);
  const comparators = pieces.map(parseComparator);
  if (comparators.length > 1 && comparators.some((c) => c.op === "*")) {
    throw new RequirementError("wildcard req (`*`) must be the only comparator");
  }
  return comparators;
}

function formatComparator(c: Comparator): string {
  if (c.op === "*") return "*";
  let version = String(c.major);
  if (c.minor !== undefined) version += `.${c.minor}`;
  else if (c.wildcard) return `${c.op === "^" ? "" : c.op}${version}.*`;
  if (c.patch !== undefined) version += `.${c.patch}`;
  else if (c.wildcard) return `${c.op === "^" ? "" : c.op}${version}.*`;
  if (c.pre) version += `-${c.pre}`;
  return `${c.op}${version}`;
}

/** The requirement as cargo prints it (`"1.2"` → `"^1.2"`, `">=0.4,<0.7"` → `">=0.4, <0.7"`). */
export function normalizeRequirement(raw: string): string {
  return parseRequirement(raw).map(formatComparator).join(", ");
}

/** A concrete version; build metadata is dropped, as it never affects matching or precedence. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers (`alpha.1` is ["alpha", "1"]); empty for a release. */
  pre: string[];
}

// Pre-release identifiers: numeric ones without leading zeros, or alphanumeric ones.
const PRE_IDENTIFIER = String.raw`(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)`;
const VERSION_RE = new RegExp(
  String.raw`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(${PRE_IDENTIFIER}(?:\.${PRE_IDENTIFIER})*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$`,
);

/** Parses `major.minor.patch[-pre][+build]`; null when it is not a valid semantic version. */
export function parseVersion(text: string): Version | null {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] === undefined ? [] : m[4].split(".") };
}

const NUMERIC = /^\d+$/;

/** Pre-release precedence; a release (no identifiers) ranks above every pre-release of the same version. */
function comparePre(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const xNum = NUMERIC.test(x);
    const yNum = NUMERIC.test(y);
    if (xNum && yNum) return Number(x) - Number(y) || (x.length - y.length);
    if (xNum !== yNum) return xNum ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Semver precedence: negative when `a` is older than `b`. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre);
}

const preOf = (c: Comparator) => (c.pre === undefined ? [] : c.pre.split("."));

function matchesExact(c: Comparator, v: Version): boolean {
  if (v.major !== c.major) return false;
  if (c.minor !== undefined && v.minor !== c.minor) return false;
  if (c.patch !== undefined && v.patch !== c.patch) return false;
  return comparePre(v.pre, preOf(c)) === 0;
}

/** `direction` 1 for `>`, -1 for `<`: the semver crate's `matches_greater` / `matches_less`. */
function matchesBeyond(c: Comparator, v: Version, direction: 1 | -1): boolean {
  if (v.major !== c.major) return Math.sign(v.major - (c.major as number)) === direction;
  if (c.minor === undefined) return false;
  if (v.minor !== c.minor) return Math.sign(v.minor - c.minor) === direction;
  if (c.patch === undefined) return false;
  if (v.patch !== c.patch) return Math.sign(v.patch - c.patch) === direction;
  return Math.sign(comparePre(v.pre, preOf(c))) === direction;
}

function matchesTilde(c: Comparator, v: Version): boolean {
  if (v.major !== c.major) return false;
  if (c.minor !== undefined && v.minor !== c.minor) return false;
  if (c.patch !== undefined && v.patch !== c.patch) return v.patch > c.patch;
  return comparePre(v.pre, preOf(c)) >= 0;
}

function matchesCaret(c: Comparator, v: Version): boolean {
  const major = c.major as number;
  if (v.major !== major) return false;
  if (c.minor === undefined) return true;
  const minor = c.minor;
  if (c.patch === undefined) return major > 0 ? v.minor >= minor : v.minor === minor;
  const patch = c.patch;
  if (major > 0) {
    if (v.minor !== minor) return v.minor > minor;
    if (v.patch !== patch) return v.patch > patch;
  } else if (minor > 0) {
    if (v.minor !== minor) return false;
    if (v.patch !== patch) return v.patch > patch;
  } else if (v.minor !== minor || v.patch !== patch) {
    return false;
  }
  return comparePre(v.pre, preOf(c)) >= 0;
}

function matchesComparator(c: Comparator, v: Version): boolean {
  if (c.op === "*") return true;
  if (c.wildcard) return matchesExact(c, v);
  switch (c.op) {
    case "=": return matchesExact(c, v);
    case ">": return matchesBeyond(c, v, 1);
    case ">=": return matchesExact(c, v) || matchesBeyond(c, v, 1);
    case "<": return matchesBeyond(c, v, -1);
    case "<=": return matchesExact(c, v) || matchesBeyond(c, v, -1);
    case "~": return matchesTilde(c, v);
    case "^": return matchesCaret(c, v);
  }
}

/** A pre-release matches only through a comparator naming the same `major.minor.patch` with a pre-release. */
function admitsPreRelease(comparators: Comparator[], v: Version): boolean {
  return comparators.some((c) => c.major === v.major && c.minor === v.minor && c.patch === v.patch && c.pre !== undefined);
}

function matches(comparators: Comparator[], v: Version): boolean {
  return comparators.every((c) => matchesComparator(c, v)) && (v.pre.length === 0 || admitsPreRelease(comparators, v));
}

// A run asks about the same few thousand versions and requirements again and again (every release of a crate against
// each requirement on it), so each text is parsed once. The parsed forms are never handed out, so nothing can change
// them; an invalid requirement is remembered as null. A long-lived process (the language server) sees ever new
// texts, so a full table starts again rather than grow without bound.
const PARSE_CACHE_LIMIT = 100_000;
const parsedVersions = new Map<string, Version | null>();
const parsedRequirements = new Map<string, Comparator[] | null>();

function cachedVersion(text: string): Version | null {
  let v = parsedVersions.get(text);
  if (v === undefined) {
    v = parseVersion(text);
    if (parsedVersions.size >= PARSE_CACHE_LIMIT) parsedVersions.clear();
    parsedVersions.set(text, v);
  }
  return v;
}

function cachedRequirement(req: string): Comparator[] | null {
  let comparators = parsedRequirements.get(req);
  if (comparators === undefined) {
    try {
      comparators = parseRequirement(req);
    } catch {
      comparators = null;
    }
    if (parsedRequirements.size >= PARSE_CACHE_LIMIT) parsedRequirements.clear();
    parsedRequirements.set(req, comparators);
  }
  return comparators;
}

/** Does a concrete version satisfy a cargo requirement? Build metadata is ignored; invalid input never matches. */
export function satisfies(version: string, req: string): boolean {
  const v = cachedVersion(version);
  if (!v) return false;
  const comparators = cachedRequirement(req);
  return comparators !== null && matches(comparators, v);
}

/** Is the requirement syntactically valid for cargo? */
export function isValidRequirement(req: string): boolean {
  try {
    parseRequirement(req);
    return true;
  } catch {
    return false;
  }
}

const formatVersion = (v: Version) => `${v.major}.${v.minor}.${v.patch}${v.pre.length > 0 ? `-${v.pre.join(".")}` : ""}`;

/** The lowest version a comparator admits from below, or null when it sets no lower bound (`<`, `<=`, `*`). */
function lowerBound(c: Comparator): Version | null {
  if (c.op === "*" || c.op === "<" || c.op === "<=") return null;
  const v: Version = { major: c.major as number, minor: c.minor ?? 0, patch: c.patch ?? 0, pre: preOf(c) };
  if (c.op !== ">" || c.wildcard) return v;
  // `>1` is `>=2.0.0`, `>1.2` is `>=1.3.0`, `>1.2.3` is `>=1.2.4`, `>1.2.3-rc` is `>=1.2.3-rc.0`.
  if (c.minor === undefined) return { major: v.major + 1, minor: 0, patch: 0, pre: [] };
  if (c.patch === undefined) return { major: v.major, minor: v.minor + 1, patch: 0, pre: [] };
  return v.pre.length > 0 ? { ...v, pre: [...v.pre, "0"] } : { ...v, patch: v.patch + 1 };
}

/**
 * The smallest version the requirement admits, or null when it admits none. The lowest is the lowest of a few
 * candidates: 0.0.0-0, 0.0.0, each comparator's lower bound and, for a pre-release bound, its release (another
 * comparator without a pre-release may exclude the pre-release but admit the release above it).
 */
export function lowestAdmitted(req: string): string | null {
  let comparators: Comparator[];
  try {
    comparators = parseRequirement(req);
  } catch {
    return null;
  }
  const candidates: Version[] = [{ major: 0, minor: 0, patch: 0, pre: ["0"] }, { major: 0, minor: 0, patch: 0, pre: [] }];
  for (const c of comparators) {
    const bound = lowerBound(c);
    if (!bound) continue;
    candidates.push(bound);
    if (bound.pre.length > 0) candidates.push({ ...bound, pre: [] });
  }
  let lowest: Version | null = null;
  for (const v of candidates) {
    if (matches(comparators, v) && (!lowest || compareVersions(v, lowest) < 0)) lowest = v;
  }
  return lowest ? formatVersion(lowest) : null;
}

/** Cargo's `rust-version` ("1.70") as a full version ("1.70.0") for comparisons. */
export function rustVersionToSemver(rustVersion: string): string | null {
  const parts = rustVersion.trim().split(".");
  while (parts.length < 3) parts.push("0");
  const v = parts.slice(0, 3).join(".");
  return cachedVersion(v) ? v : null;
}
