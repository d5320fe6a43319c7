/** Dependency tables of a manifest, read the way cargo reads them. */
import { resolve } from "node:path";
import { normalizeRequirement, RequirementError } from "./cargo-semver.js";
import { CfgError, normalizeTarget } from "./cfg.js";
import { manifestError, type ManifestDoc } from "./manifest.js";
import { packageNameProblem } from "./manifest-schema.js";
import type { RegistryNames } from "./registries.js";
import { isTable, type TomlTable } from "./toml-file.js";
import type { Dependency, DependencyKind, DependencySource, WorkspaceDependency } from "./types.js";

/** Editions are years; later editions keep the 2024 rules. */
export function isEdition2024OrLater(edition: string): boolean {
  return Number(edition) >= 2024;
}

/** Table names per kind; the dashed spelling wins when both are present, as in cargo. */
const KIND_TABLES: Array<{ kind: DependencyKind; names: [string, string | null] }> = [
  { kind: "normal", names: ["dependencies", null] },
  { kind: "dev", names: ["dev-dependencies", "dev_dependencies"] },
  { kind: "build", names: ["build-dependencies", "build_dependencies"] },
];

export interface DependencyEntry {
  key: string;
  value: unknown;
  kind: DependencyKind;
  target: string | null;
  keyPath: string[];
}

/** What a dependency declaration says before `workspace = true` is resolved. */
interface DeclaredDependency {
  name: string;
  req: string;
  defaultFeatures: boolean;
  features: string[];
  optional: boolean;
  source: DependencySource;
  hasPackageKey: boolean;
  workspace: boolean;
  /** Whether default-features was written explicitly (matters for inheritance). */
  defaultFeaturesWritten: boolean | undefined;
}

function entriesOf(doc: ManifestDoc, table: TomlTable, prefix: string[], target: string | null, edition: string): DependencyEntry[] {
  const out: DependencyEntry[] = [];
  for (const { kind, names } of KIND_TABLES) {
    const [dashed, legacy] = names;
    let name = dashed;
    if (legacy && table[legacy] !== undefined) {
      // From 2024 on the underscore spelling is an error even next to the dashed one.
      if (isEdition2024OrLater(edition)) {
        throw manifestError(doc, [...prefix, legacy], `\`${legacy}\` is unsupported as of the 2024 edition; instead use \`${dashed}\``);
      }
      if (table[dashed] === undefined) name = legacy;
    }
    const deps = table[name];
    if (deps === undefined) continue;
    if (!isTable(deps)) throw manifestError(doc, [...prefix, name], `\`${name}\` must be a table`);
    for (const key in deps) out.push({ key, value: deps[key], kind, target, keyPath: prefix.concat(name, key) });
  }
  return out;
}

/** Every dependency entry of a manifest: top-level tables, then each `[target.X]` table. */
export function listDependencyEntries(doc: ManifestDoc, edition: string): DependencyEntry[] {
  const entries = entriesOf(doc, doc.data, [], null, edition);
  const targets = doc.data.target;
  if (isTable(targets)) {
    for (const [spec, table] of Object.entries(targets)) {
      if (!isTable(table)) continue;
      let target: string;
      try {
        target = normalizeTarget(spec);
      } catch (error) {
        if (error instanceof CfgError) throw manifestError(doc, ["target", spec], `invalid target \`${spec}\`: ${error.message}`);
        throw error;
      }
      entries.push(...entriesOf(doc, table, ["target", spec], target, edition));
    }
  }
  return entries;
}

// Field readers take the table's key path and the field apart: the full path is only built for an error.
function stringArray(doc: ManifestDoc, keyPath: string[], field: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw manifestError(doc, [...keyPath, field], "expected an array of strings");
  }
  return value as string[];
}

function optionalBool(doc: ManifestDoc, keyPath: string[], field: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw manifestError(doc, [...keyPath, field], "expected a boolean");
  return value;
}

function requirement(doc: ManifestDoc, keyPath: string[], raw: unknown, name: string): string {
  if (typeof raw !== "string") throw manifestError(doc, keyPath, `invalid type for the version of \`${name}\`: expected a string`);
  try {
    return normalizeRequirement(raw);
  } catch (error) {
    if (error instanceof RequirementError) {
      throw manifestError(doc, keyPath, `failed to parse the version requirement \`${raw}\` for dependency \`${name}\`: ${error.message}`);
    }
    throw error;
  }
}

/** Where a dependency (or a `[patch]`/`[replace]` entry) comes from; paths resolve against `baseDir`. */
export function sourceOf(doc: ManifestDoc, keyPath: string[], key: string, table: TomlTable, baseDir: string): DependencySource {
  for (const field of ["registry", "path", "git", "branch", "tag", "rev", "registry-index"]) {
    const value = table[field];
    if (value !== undefined && typeof value !== "string") throw manifestError(doc, [...keyPath, field], `invalid type: ${typeof value === "object" ? "map" : `${typeof value} \`${String(value)}\``}, expected a string`);
  }
  const registry = typeof table.registry === "string" && table.registry !== "crates-io" ? table.registry : undefined;
  if (table.git !== undefined && table.path !== undefined) {
    throw manifestError(doc, keyPath, `dependency (${key}) specification is ambiguous. Only one of \`git\` or \`path\` is allowed.`);
  }
  const refs = (["branch", "tag", "rev"] as const).filter((r) => table[r] !== undefined);
  if (table.git === undefined && refs.length > 0) {
    throw manifestError(doc, [...keyPath, refs[0] as string], `key \`${refs[0]}\` is ignored for dependency (${key}); it only applies to \`git\` dependencies`);
  }
  if (typeof table.git === "string") {
    if (!URL.canParse(table.git)) throw manifestError(doc, [...keyPath, "git"], `invalid url \`${table.git}\`: relative URL without a base`);
    if (refs.length > 1) {
      throw manifestError(doc, keyPath, `dependency (${key}) specification is ambiguous. Only one of \`branch\`, \`tag\` or \`rev\` is allowed.`);
    }
    const source: DependencySource = { type: "git", url: table.git };
    for (const r of refs) if (typeof table[r] === "string") source[r] = table[r] as string;
    return source;
  }
  if (typeof table.path === "string") return { type: "path", path: resolve(baseDir, table.path), registry };
  return registry ? { type: "registry", registry } : { type: "registry" };
}

/** Placeholder for a `workspace = true` declaration, whose source always comes from the workspace entry. */
const INHERITED_SOURCE: DependencySource = Object.freeze({ type: "registry" });

/**
 * Reads one declaration (`"1.0"` or a table); paths resolve against `baseDir`. `edition` is the edition of the
 * package declaring it (null for `[workspace.dependencies]`, whose rules depend on the inheriting package).
 */
function declare(doc: ManifestDoc, keyPath: string[], key: string, value: unknown, baseDir: string, edition: string | null): DeclaredDependency {
  const keyProblem = packageNameProblem(key);
  if (keyProblem) throw manifestError(doc, keyPath, keyProblem);
  if (typeof value === "string") {
    return {
      name: key, req: requirement(doc, keyPath, value, key), defaultFeatures: true, features: [], optional: false,
      source: { type: "registry" }, hasPackageKey: false, workspace: false, defaultFeaturesWritten: undefined,
    };
  }
  if (!isTable(value)) throw manifestError(doc, keyPath, `invalid type for dependency \`${key}\`: expected a version string or a table`);
  const workspace = value.workspace;
  if (workspace === false) throw manifestError(doc, [...keyPath, "workspace"], "`workspace` cannot be false");
  if (workspace !== undefined && workspace !== true) throw manifestError(doc, [...keyPath, "workspace"], "`workspace` must be `true`");
  const dashed = optionalBool(doc, keyPath, "default-features", value["default-features"]);
  const legacy = optionalBool(doc, keyPath, "default_features", value.default_features);
  if (legacy !== undefined && edition !== null && isEdition2024OrLater(edition)) {
    throw manifestError(doc, [...keyPath, "default_features"], "`default_features` is unsupported as of the 2024 edition; instead use `default-features`");
  }
  const defaultFeaturesWritten = dashed ?? legacy;
  const packageName = value.package;
  if (packageName !== undefined && typeof packageName !== "string") throw manifestError(doc, [...keyPath, "package"], "`package` must be a string");
  const nameProblem = packageName === undefined ? null : packageNameProblem(packageName);
  if (nameProblem) throw manifestError(doc, [...keyPath, "package"], nameProblem);
  // (Parsed tables have no prototype and are slow to ask for keys they lack, so inherited entries skip these.)
  if (workspace !== true && value.version === undefined && value.path === undefined && value.git === undefined) {
    throw manifestError(doc, keyPath, `dependency (${key}) specified without providing a local path, Git repository, version, or workspace dependency to use`);
  }
  return {
    name: packageName ?? key,
    // With `workspace = true`, cargo ignores (and only warns about) `version`, `path`, `git` and the like.
    req: workspace === true || value.version === undefined ? "*" : requirement(doc, [...keyPath, "version"], value.version, key),
    defaultFeatures: defaultFeaturesWritten ?? true,
    defaultFeaturesWritten,
    features: stringArray(doc, keyPath, "features", value.features),
    optional: optionalBool(doc, keyPath, "optional", value.optional) ?? false,
    source: workspace === true ? INHERITED_SOURCE : sourceOf(doc, keyPath, key, value, baseDir),
    hasPackageKey: packageName !== undefined,
    workspace: workspace === true,
  };
}

/** `[workspace.dependencies]` of a root manifest. */
export function readWorkspaceDependencies(doc: ManifestDoc): WorkspaceDependency[] {
  const table = doc.workspace?.dependencies;
  if (table === undefined) return [];
  if (!isTable(table)) throw manifestError(doc, ["workspace", "dependencies"], "`workspace.dependencies` must be a table");
  return Object.entries(table).map(([key, value]) => {
    const keyPath = ["workspace", "dependencies", key];
    const d = declare(doc, keyPath, key, value, doc.dir, null);
    if (d.optional) throw manifestError(doc, [...keyPath, "optional"], `${key} is optional, but workspace dependencies cannot be optional`);
    return {
      name: d.name, key, req: d.req, defaultFeatures: d.defaultFeatures, features: d.features, source: d.source,
      manifestPath: doc.path, keyPath,
      // cargo ignores such an entry until a member inherits it.
      ...(d.workspace ? { inheritsItself: true } : {}),
    };
  });
}

/** Resolves one entry of a package manifest, inheriting from the workspace where it says so. */
export function resolveDependency(
  doc: ManifestDoc,
  entry: DependencyEntry,
  workspaceDependencies: Map<string, WorkspaceDependency> | null,
  edition: string,
  registries: RegistryNames,
): Dependency {
  const d = declare(doc, entry.keyPath, entry.key, entry.value, doc.dir, edition);
  const registry = d.source.type !== "git" ? d.source.registry : undefined;
  if (registry !== undefined && !registries.has(registry)) {
    throw manifestError(doc, [...entry.keyPath, "registry"], `registry index was not found in any configuration: \`${registry}\``);
  }
  if (entry.kind === "dev" && d.optional) {
    throw manifestError(doc, entry.keyPath, `dev-dependencies are not allowed to be optional: \`${entry.key}\``);
  }
  // Object literals written out in full: spreading a shared base here cost several times the whole read (V8).
  if (!d.workspace) {
    return {
      name: d.name, rename: d.hasPackageKey ? entry.key : null, req: d.req, kind: entry.kind, target: entry.target,
      optional: d.optional, defaultFeatures: d.defaultFeatures, features: d.features, source: d.source,
      manifestPath: doc.path, keyPath: entry.keyPath,
    };
  }
  const inherited = workspaceDependencies?.get(entry.key);
  if (!inherited) {
    const where = workspaceDependencies ? `\`dependency.${entry.key}\` was not found in \`workspace.dependencies\`` : "failed to find a workspace root";
    throw manifestError(doc, entry.keyPath, `error inheriting \`${entry.key}\` from workspace root manifest's \`workspace.dependencies.${entry.key}\`: ${where}`);
  }
  if (inherited.inheritsItself) {
    throw manifestError(doc, entry.keyPath, `error inheriting \`${entry.key}\`: \`workspace.dependencies.${entry.key}\` cannot itself inherit from the workspace`);
  }
  const inheritedRegistry = inherited.source.type !== "git" ? inherited.source.registry : undefined;
  if (inheritedRegistry !== undefined && !registries.has(inheritedRegistry)) {
    throw manifestError(doc, entry.keyPath, `registry index was not found in any configuration: \`${inheritedRegistry}\``);
  }
  // Cargo: a member may turn default features back on, but not off (ignored with a warning; an error from 2024 on).
  if (d.defaultFeaturesWritten === false && inherited.defaultFeatures && isEdition2024OrLater(edition)) {
    throw manifestError(doc, [...entry.keyPath, "default-features"],
      `error inheriting \`${entry.key}\` from workspace root manifest's \`workspace.dependencies.${entry.key}\`: \`default-features = false\` cannot override workspace's \`default-features\``);
  }
  const defaultFeatures = d.defaultFeaturesWritten === true ? true : inherited.defaultFeatures;
  // Cargo concatenates without removing duplicates, and so does `cargo metadata`.
  const features = d.features.length === 0 ? inherited.features : inherited.features.concat(d.features);
  return {
    name: inherited.name, rename: inherited.name !== inherited.key ? inherited.key : null, req: inherited.req, kind: entry.kind,
    target: entry.target, optional: d.optional, defaultFeatures, features, source: inherited.source,
    manifestPath: doc.path, keyPath: entry.keyPath, inheritedFrom: inherited,
  };
}
