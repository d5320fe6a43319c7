/** Parses a sparse index file (JSON Lines, one published version per line) into `IndexVersion`s. */
import { InputError } from "../errors.js";
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
 * The cached form of one version: `[name, version, yanked, rust_version, pubtime, deps and features as JSON text]`.
 * A warm run revives every cached crate but reads the dependencies and features of a few versions only, so those
 * stay text until asked for: parsing a reth-sized cache went from 42 ms to 13 ms.
 */
export type StoredVersion = [string, string, boolean, string | null, string | null, string];

/** A dependency as a row: `[name, req, kind, optional, target]`, then `package` and `registry` when set. */
type StoredDependency = [string, string, 0 | 1 | 2, 0 | 1, string | null, (string | null)?, string?];
const KINDS = ["normal", "dev", "build"] as const;

export function storeVersions(versions: readonly IndexVersion[]): StoredVersion[] {
  return versions.map((v) => [v.name, v.version, v.yanked, v.rustVersion, v.pubtime, JSON.stringify([v.deps.map(storeDependency), v.features])]);
}

function storeDependency(d: IndexDependency): StoredDependency {
  const row: StoredDependency = [d.name, d.req, KINDS.indexOf(d.kind) as 0 | 1 | 2, d.optional ? 1 : 0, d.target];
  if (d.registry !== undefined) row.push(d.package ?? null, d.registry);
  else if (d.package !== undefined) row.push(d.package);
  return row;
}

function reviveDependency([name, req, kind, optional, target, pkg, registry]: StoredDependency): IndexDependency {
  const dep: IndexDependency = { name, req, kind: KINDS[kind], optional: optional === 1, target };
  if (typeof pkg === "string") dep.package = pkg;
  if (registry !== undefined) dep.registry = registry;
  return dep;
}

/**
 * Versions from their cached form, checked before use: a row of the wrong shape makes the whole entry read as
 * missing, never as data of the wrong shape. The JSON text of each row is the cache's own writing (the pack is
 * checksummed, see cache.ts), so it is parsed when first read.
 */
export function reviveVersions(data: unknown, origin = "the registry cache"): IndexVersion[] | undefined {
  if (!Array.isArray(data)) return undefined;
  const versions: IndexVersion[] = [];
  for (const row of data as unknown[]) {
    if (!Array.isArray(row) || row.length !== 6) return undefined;
    const [name, version, yanked, rustVersion, pubtime, rest] = row as unknown[];
    const ok =
      typeof name === "string" &&
      typeof version === "string" &&
      typeof yanked === "boolean" &&
      (rustVersion === null || typeof rustVersion === "string") &&
      (pubtime === null || typeof pubtime === "string") &&
      typeof rest === "string";
    if (!ok) return undefined;
    versions.push(new CachedVersion(name, version, yanked, rustVersion, pubtime, rest, origin));
  }
  return versions;
}

function isStoredRest(value: unknown): value is [StoredDependency[], Record<string, string[]>] {
  if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[0]) || !isRecord(value[1])) return false;
  const depsOk = (value[0] as unknown[]).every(
    (d) =>
      Array.isArray(d) &&
      d.length >= 5 &&
      d.length <= 7 &&
      typeof d[0] === "string" &&
      typeof d[1] === "string" &&
      (d[2] === 0 || d[2] === 1 || d[2] === 2) &&
      (d[3] === 0 || d[3] === 1) &&
      (d[4] === null || typeof d[4] === "string") &&
      (d.length < 6 || d[5] === null || typeof d[5] === "string") &&
      (d.length < 7 || typeof d[6] === "string"),
  );
  return depsOk && Object.values(value[1]).every((list) => Array.isArray(list) && list.every((item) => typeof item === "string"));
}

/** An `IndexVersion` whose dependencies and features are parsed on first use. */
class CachedVersion implements IndexVersion {
  #rest: string | undefined;
  /** The cache file, named when the text turns out unreadable. */
  readonly #origin: string;
  #deps: IndexDependency[] = [];
  #features: Record<string, string[]> = {};

  constructor(
    readonly name: string,
    readonly version: string,
    readonly yanked: boolean,
    readonly rustVersion: string | null,
    readonly pubtime: string | null,
    rest: string,
    origin: string,
  ) {
    this.#rest = rest;
    this.#origin = origin;
  }

  get deps(): IndexDependency[] {
    this.#unpack();
    return this.#deps;
  }

  get features(): Record<string, string[]> {
    this.#unpack();
    return this.#features;
  }

  /** The plain form, so a cached version serialises and compares like a freshly parsed one. */
  toJSON(): IndexVersion {
    return { name: this.name, version: this.version, yanked: this.yanked, rustVersion: this.rustVersion, pubtime: this.pubtime, deps: this.deps, features: this.features };
  }

  #unpack(): void {
    if (this.#rest === undefined) return;
    const rest = this.#rest;
    this.#rest = undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(rest);
    } catch {
      parsed = undefined;
    }
    // Only a pack edited by hand with its checksum recomputed gets here with text the cache did not write.
    if (!isStoredRest(parsed)) {
      throw new InputError(this.#origin, 1, 1, `damaged registry cache: the dependencies of ${this.name} ${this.version} are unreadable; delete the file and run again`);
    }
    this.#deps = parsed[0].map(reviveDependency);
    this.#features = parsed[1];
  }
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
