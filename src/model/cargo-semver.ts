/**
 * Cargo version requirements. Cargo's grammar differs from npm's (a bare `1.2.3` is `^1.2.3`, comparators
 * are joined by commas, no `||`), so requirements are parsed here and only then handed to node-semver.
 */
import semver from "semver";

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

function toNodeComparator(c: Comparator): string {
  if (c.op === "*") return "*";
  const base = [c.major, c.minor, c.patch].filter((n) => n !== undefined).join(".");
  const version = c.pre ? `${base}-${c.pre}` : base;
  if (c.wildcard) return c.op === "^" || c.op === "=" ? `${version}.x` : `${c.op}${version}`;
  return `${c.op}${version}`;
}

/** A node-semver range with the same meaning as the cargo requirement. */
export function toNodeRange(req: string): string {
  return parseRequirement(req).map(toNodeComparator).join(" ");
}

/** Does a concrete version satisfy a cargo requirement? Build metadata is ignored; invalid input never matches. */
export function satisfies(version: string, req: string): boolean {
  try {
    return semver.satisfies(version, toNodeRange(req));
  } catch {
    return false;
  }
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

/** The smallest version the requirement admits, or null when unbounded below in a way we cannot name. */
export function lowestAdmitted(req: string): string | null {
  try {
    return semver.minVersion(toNodeRange(req))?.version ?? null;
  } catch {
    return null;
  }
}

/** Cargo's `rust-version` ("1.70") as a full version ("1.70.0") for comparisons. */
export function rustVersionToSemver(rustVersion: string): string | null {
  const parts = rustVersion.trim().split(".");
  while (parts.length < 3) parts.push("0");
  const v = parts.slice(0, 3).join(".");
  return semver.valid(v);
}
