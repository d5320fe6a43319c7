/** Which registry a dependency or lockfile source belongs to, and where its sparse index is. */
import { loadCargoConfig, type Env, isTable } from "./cargo-config.js";
import { displayUrl, redactCredentials } from "./http.js";
import { withTrailingSlash } from "./index-path.js";
import { memoized } from "../util/maps.js";
import { CRATES_IO_SOURCE as CRATES_IO_LOCK_SOURCE } from "../model/source.js";

export const CRATES_IO = "crates-io";
export const CRATES_IO_SPARSE = "sparse+https://index.crates.io/";
/** Cargo writes this for crates.io in Cargo.lock whichever protocol or replacement is used. */
export { CRATES_IO_SOURCE as CRATES_IO_LOCK_SOURCE } from "../model/source.js";

export interface RegistryEndpoint {
  /** `crates-io`, the name from config, or the source string of an unnamed sparse registry. */
  name: string;
  /** What users see: "crates.io" or the configured name. */
  displayName: string;
  /** HTTP(S) URL of the sparse index, with a trailing slash; null when it cannot be checked. */
  indexUrl: string | null;
  /** Why the registry is not checked, when `indexUrl` is null. */
  skipReason?: string;
  /** Registry name whose token applies (env or credentials.toml); undefined: never send one. */
  credentialName?: string;
}

export interface RegistryConfig {
  /** A dependency's `registry` key; undefined or `crates-io` means crates.io. */
  byName(name: string | undefined): RegistryEndpoint;
  /** A lockfile `source` string; undefined for git and path sources. */
  bySource(source: string): RegistryEndpoint | undefined;
  /** Problems reading config files (never fatal). */
  problems: string[];
}

export interface RegistryConfigOptions {
  /** Overrides where crates.io is read from (`sparse+URL` or a plain http(s) URL). */
  cratesIoIndex?: string;
}

/** Loads `.cargo/config.toml` files upward from `workspaceRoot`, `$CARGO_HOME` and env overrides. */
export async function loadRegistryConfig(workspaceRoot: string, env: Env, options: RegistryConfigOptions = {}): Promise<RegistryConfig> {
  const config = await loadCargoConfig(workspaceRoot, env);
  const registries = isTable(config.merged.registries) ? config.merged.registries : {};
  const sources = isTable(config.merged.source) ? config.merged.source : {};

  const indexOf = (name: string): string | undefined => {
    const fromEnv = env[`CARGO_REGISTRIES_${envName(name)}_INDEX`];
    if (fromEnv) return fromEnv;
    const entry = registries[name];
    return isTable(entry) && typeof entry.index === "string" ? entry.index : undefined;
  };

  const named = (name: string): RegistryEndpoint => {
    const index = indexOf(name);
    if (!index) {
      return { name, displayName: name, indexUrl: null, skipReason: `registry \`${name}\` is not configured (.cargo/config.toml or CARGO_REGISTRIES_${envName(name)}_INDEX)` };
    }
    return endpointFor(name, name, index, name);
  };

  const cratesIo = options.cratesIoIndex
    ? endpointFor(CRATES_IO, "crates.io", asSparse(options.cratesIoIndex), undefined)
    : replacedCratesIo(sources, indexOf) ?? endpointFor(CRATES_IO, "crates.io", CRATES_IO_SPARSE, undefined);

  const knownSources = new Map<string, RegistryEndpoint>();
  const registryNames = new Set(Object.keys(registries));
  for (const key of Object.keys(env)) {
    const match = /^CARGO_REGISTRIES_(.+)_INDEX$/.exec(key);
    if (match?.[1]) registryNames.add(match[1].toLowerCase().replace(/_/g, "-"));
  }
  for (const name of registryNames) {
    const index = indexOf(name);
    if (index) knownSources.set(sourceKey(lockSourceOf(index)), named(name));
  }

  const endpointOfSource = (source: string): RegistryEndpoint | undefined => {
    const key = sourceKey(source);
    if (key === sourceKey(CRATES_IO_LOCK_SOURCE) || key === sourceKey(CRATES_IO_SPARSE)) return cratesIo;
    const known = knownSources.get(key);
    if (known) return known;
    if (source.startsWith("sparse+") || source.startsWith("registry+")) return unconfiguredSource(source);
    return undefined;
  };
  // Asked once per locked package, with a handful of distinct sources among them.
  const bySource = new Map<string, RegistryEndpoint | undefined>();

  return {
    problems: config.problems,
    byName: (name) => (name === undefined || name === CRATES_IO ? cratesIo : named(name)),
    bySource: (source) => memoized(bySource, source, () => endpointOfSource(source)),
  };
}

/**
 * `[source.crates-io] replace-with = "x"`, followed through `[source.x]` (`registry = URL` or a
 * further `replace-with`) or `[registries.x]`. Cargo.lock keeps saying crates.io meanwhile.
 */
function replacedCratesIo(sources: Record<string, unknown>, indexOf: (name: string) => string | undefined): RegistryEndpoint | undefined {
  let current = CRATES_IO;
  const visited = new Set<string>();
  for (;;) {
    const entry = sources[current];
    const next = isTable(entry) && typeof entry["replace-with"] === "string" ? entry["replace-with"] : undefined;
    if (!next) break;
    if (visited.has(next)) return skipped(`source replacement of crates.io loops through \`${next}\``);
    visited.add(next);
    current = next;
  }
  if (current === CRATES_IO) return undefined;
  const source = sources[current];
  if (isTable(source)) {
    if (typeof source.registry === "string") return endpointFor(CRATES_IO, "crates.io", source.registry, undefined);
    const kind = ["local-registry", "directory", "git"].find((key) => key in source) ?? "unknown";
    return skipped(`crates.io is replaced by the ${kind} source \`${current}\`, which has no sparse index`);
  }
  const index = indexOf(current);
  if (index) return endpointFor(CRATES_IO, "crates.io", index, current);
  return skipped(`crates.io is replaced by \`${current}\`, which is not defined in [source] or [registries]`);
}

/**
 * A lockfile may name any registry, but only crates.io and the registries cargo's config names are
 * ever contacted: a change to Cargo.lock (say, in a pull request) cannot point the tool at a host.
 */
function unconfiguredSource(source: string): RegistryEndpoint {
  const shown = redactCredentials(source.length > 200 ? `${source.slice(0, 200)}…` : source);
  return {
    name: source,
    displayName: shown,
    indexUrl: null,
    skipReason: `Cargo.lock names the registry \`${shown}\`, which is neither crates.io nor configured in .cargo/config.toml ([registries]); its crates are not checked`,
  };
}

function skipped(reason: string): RegistryEndpoint {
  return { name: CRATES_IO, displayName: "crates.io", indexUrl: null, skipReason: reason };
}

function endpointFor(name: string, displayName: string, index: string, credentialName: string | undefined): RegistryEndpoint {
  const base = { name, displayName, ...(credentialName ? { credentialName } : {}) };
  const url = index.startsWith("sparse+") ? index.slice(7) : index;
  if (!index.startsWith("sparse+")) {
    return { ...base, indexUrl: null, skipReason: `registry ${displayName} uses the git protocol (${displayUrl(index)}); only sparse indexes are checked` };
  }
  if (!/^https?:\/\//.test(url)) {
    return { ...base, indexUrl: null, skipReason: `registry ${displayName} has an index URL that is not http(s) (${displayUrl(url)})` };
  }
  try {
    return { ...base, indexUrl: withTrailingSlash(new URL(url).href) };
  } catch {
    return { ...base, indexUrl: null, skipReason: `registry ${displayName} has an invalid index URL` };
  }
}

/** An explicit override may be given as a plain http(s) URL; it is always a sparse index. */
function asSparse(index: string): string {
  return index.startsWith("sparse+") ? index : `sparse+${index}`;
}

/** The lockfile's `source` for an index: `sparse+URL` stays, a git index becomes `registry+URL`. */
function lockSourceOf(index: string): string {
  return index.startsWith("sparse+") ? index : `registry+${index}`;
}

/** Compares source strings the way they vary in practice: trailing slash, `.git`, case of scheme/host. */
function sourceKey(source: string): string {
  return source.trim().replace(/\/+$/, "").replace(/\.git$/, "").toLowerCase();
}

/** Cargo's env spelling of a registry name: upper-case, `-` and `.` become `_`. */
export function envName(name: string): string {
  return name.toUpperCase().replace(/[-.]/g, "_");
}
