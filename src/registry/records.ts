/** Parses a sparse index file (JSON Lines, one published version per line) into `IndexVersion`s. */
import { TruncatedIndexError } from "./errors.js";
import type { IndexDependency, IndexVersion } from "./types.js";

/** Highest index schema version understood (`v` 2 adds `features2`); cargo skips newer lines too. */
const MAX_SCHEMA_VERSION = 2;

export interface ParsedIndexFile {
  /** In file order (publication order, not semver order). */
  versions: IndexVersion[];
  /** One message per skipped line, e.g. "line 3: invalid JSON". */
  problems: string[];
}

/**
 * Bad lines are skipped and reported; a body whose last line is cut off mid-record throws
 * `TruncatedIndexError`, since the versions it lost cannot be told apart from missing ones.
 */
export function parseIndexFile(body: string): ParsedIndexFile {
  const lines = body.split("\n");
  const versions: IndexVersion[] = [];
  const problems: string[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const isLast = index === lines.length - 1;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      if (isLast) throw new TruncatedIndexError();
      problems.push(`line ${index + 1}: invalid JSON`);
      return;
    }
    const parsed = toIndexVersion(json);
    if (typeof parsed === "string") problems.push(`line ${index + 1}: ${parsed}`);
    else if (parsed) versions.push(parsed);
  });
  if (versions.length === 0 && problems.length > 0) throw new Error(`no line of the index file is usable (${problems[0]})`);
  return { versions, problems };
}

/**
 * Versions as the cache stores them (already parsed, bad lines gone), checked before use: a cache
 * file edited or damaged by hand reads as missing, never as data of the wrong shape.
 */
export function reviveVersions(data: unknown): IndexVersion[] | undefined {
  if (!Array.isArray(data)) return undefined;
  for (const v of data as unknown[]) {
    if (!isRecord(v)) return undefined;
    const ok =
      typeof v.name === "string" &&
      typeof v.version === "string" &&
      typeof v.yanked === "boolean" &&
      (v.rustVersion === null || typeof v.rustVersion === "string") &&
      (v.pubtime === null || typeof v.pubtime === "string") &&
      Array.isArray(v.deps) &&
      isRecord(v.features);
    if (!ok) return undefined;
    for (const d of v.deps as unknown[]) {
      if (!isRecord(d) || typeof d.name !== "string" || typeof d.req !== "string" || typeof d.kind !== "string" || typeof d.optional !== "boolean") return undefined;
    }
    for (const list of Object.values(v.features as Record<string, unknown>)) {
      if (!Array.isArray(list)) return undefined;
    }
  }
  return data as IndexVersion[];
}

/** A version, a reason the line is unusable, or null for a line of a newer schema (skipped silently). */
function toIndexVersion(json: unknown): IndexVersion | string | null {
  if (!isRecord(json)) return "not a JSON object";
  const { name, vers } = json;
  if (typeof name !== "string" || typeof vers !== "string") return "missing name or vers";
  const schema = typeof json.v === "number" ? json.v : 1;
  if (schema > MAX_SCHEMA_VERSION) return null;
  return {
    name,
    version: vers,
    yanked: json.yanked === true,
    rustVersion: typeof json.rust_version === "string" ? json.rust_version : null,
    pubtime: typeof json.pubtime === "string" ? json.pubtime : null,
    deps: Array.isArray(json.deps) ? json.deps.flatMap(toIndexDependency) : [],
    features: mergeFeatures(json.features, json.features2),
  };
}

function toIndexDependency(json: unknown): IndexDependency[] {
  if (!isRecord(json) || typeof json.name !== "string" || typeof json.req !== "string") return [];
  const kind = json.kind === "dev" || json.kind === "build" ? json.kind : "normal";
  const dep: IndexDependency = {
    name: json.name,
    req: json.req,
    kind,
    optional: json.optional === true,
    target: typeof json.target === "string" ? json.target : null,
  };
  if (typeof json.package === "string") dep.package = json.package;
  if (typeof json.registry === "string") dep.registry = json.registry;
  return [dep];
}

/** `features2` holds the `dep:`/`?/` entries; same key in both means concatenate (as cargo does). */
function mergeFeatures(features: unknown, features2: unknown): Record<string, string[]> {
  // A Map, so a feature called `__proto__` stays a plain key.
  const merged = new Map<string, string[]>();
  for (const table of [features, features2]) {
    if (!isRecord(table)) continue;
    for (const [key, values] of Object.entries(table)) {
      // Index files hold plain string lists; they are kept as they are, copied only when filtered or merged.
      const list = !Array.isArray(values) ? [] : values.every((v) => typeof v === "string") ? (values as string[]) : values.filter((v): v is string => typeof v === "string");
      const previous = merged.get(key);
      merged.set(key, previous ? [...previous, ...list] : list);
    }
  }
  return Object.fromEntries(merged);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
