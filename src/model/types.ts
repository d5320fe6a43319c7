/**
 * The workspace model: what cargo reads from Cargo.toml and Cargo.lock, plus positions.
 * All paths are absolute unless a field says otherwise.
 */

/**
 * A 1-based region of a file. `endColumn` is one past the last character (as in SARIF). Columns count UTF-16
 * code units (SARIF's default `columnKind`), and a leading byte order mark is not counted.
 */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type DependencyKind = "normal" | "dev" | "build";

/** Where a dependency comes from, as written in the manifest. */
export type DependencySource =
  /** `registry` is the name from `.cargo/config.toml`; undefined means crates.io. */
  | { type: "registry"; registry?: string }
  | { type: "path"; path: string; registry?: string }
  | { type: "git"; url: string; branch?: string; tag?: string; rev?: string };

/** A dependency entry of one manifest table, after `workspace = true` is resolved. */
export interface Dependency {
  /** The real package name (after `package = "..."`). */
  name: string;
  /** The key as written when it differs from `name` (cargo's `rename`), else null. */
  rename: string | null;
  /** Normalized cargo requirement: `"1.2"` becomes `"^1.2"`; `"*"` when none was written. */
  req: string;
  kind: DependencyKind;
  /** `cfg(...)` expression or target triple of a `[target.X.*]` table, else null. */
  target: string | null;
  optional: boolean;
  defaultFeatures: boolean;
  features: string[];
  source: DependencySource;
  /** Absolute path of the manifest the entry is written in. */
  manifestPath: string;
  /** TOML key path of the entry, e.g. ["target", "cfg(unix)", "dependencies", "tokio"]. */
  keyPath: string[];
  /** For `workspace = true`: the `[workspace.dependencies]` entry it inherits from. */
  inheritedFrom?: WorkspaceDependency;
}

/** An entry of `[workspace.dependencies]` (root manifest). */
export interface WorkspaceDependency {
  name: string;
  key: string;
  req: string;
  defaultFeatures: boolean;
  features: string[];
  source: DependencySource;
  manifestPath: string;
  keyPath: string[];
  /** Written with `workspace = true` itself: an error only when a member inherits it. */
  inheritsItself?: true;
}

/** An entry of `[patch.<source>]` or `[replace]`. */
export interface OverrideEntry {
  table: "patch" | "replace";
  /** For patch: the registry name or URL being patched; for replace: the package id spec key. */
  target: string;
  key: string;
  name: string;
  req: string;
  source: DependencySource;
  manifestPath: string;
  keyPath: string[];
}

export interface Package {
  name: string;
  version: string;
  edition: string;
  rustVersion: string | null;
  /** false, true, or the list of registries it may be published to. */
  publish: boolean | string[];
  manifestPath: string;
  /** `[features]` as cargo reports it, including implicit features of optional dependencies. */
  features: Record<string, string[]>;
  dependencies: Dependency[];
}

export interface Workspace {
  /** Directory of the workspace root manifest. */
  root: string;
  rootManifestPath: string;
  /** True when the root manifest has no `[package]`. */
  isVirtual: boolean;
  /** Members in manifest-path order (the root package first when there is one). */
  members: Package[];
  /** Manifest paths selected by `default-members` (all members when absent). */
  defaultMembers: string[];
  workspaceDependencies: WorkspaceDependency[];
  overrides: OverrideEntry[];
  /** Absolute path of Cargo.lock beside the root manifest, whether or not it exists. */
  lockfilePath: string;
  lockfile: Lockfile | null;
  /** Text of every manifest read, by absolute path (for positions and inline comments). */
  sources: Map<string, string>;
}

export interface LockedPackage {
  /** Unique key within the lockfile: `name version (source)` or `name version` for path packages. */
  id: string;
  name: string;
  version: string;
  source: string | null;
  checksum: string | null;
  /** Ids of the packages this one depends on, resolved from the lockfile's edge strings. */
  dependencies: string[];
  /** The edge strings exactly as written in the lockfile. */
  rawDependencies: string[];
  /** 1-based line of the `[[package]]` header (or of the `[root]` table in pre-2017 lockfiles). */
  line: number;
  /** Any other keys of the entry kept verbatim (e.g. `replace`). */
  extra: Record<string, unknown>;
}

export interface Lockfile {
  path: string;
  /** Top-level `version` key, or null for formats v1 and v2. */
  version: number | null;
  packages: LockedPackage[];
  /** Other top-level tables kept verbatim (`metadata`, `root`, `patch`). */
  extra: Record<string, unknown>;
}
