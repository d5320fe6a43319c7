/** The `[package]` of a manifest with its dependencies and features, inheriting from `[workspace.package]`. */
import { isEdition2024OrLater, listDependencyEntries, resolveDependency } from "./dependencies.js";
import { manifestError, packageKey, type ManifestDoc } from "./manifest.js";
import { checkManifestSchema } from "./manifest-schema.js";
import type { RegistryNames } from "./registries.js";
import { isTable } from "./toml-file.js";
import type { Dependency, Package, WorkspaceDependency } from "./types.js";

export interface WorkspaceContext {
  root: ManifestDoc;
  dependencies: Map<string, WorkspaceDependency>;
}

/** What reading a package needs beyond its manifest. */
export interface PackageContext {
  /** Registries cargo's configuration names (a dependency on any other is an error). */
  registries: RegistryNames;
}

/**
 * `[package]` fields cargo lets a member take from `[workspace.package]` (besides the ones read above). Not `readme`:
 * cargo falls back to a README file in the workspace root when the workspace does not define it.
 */
const INHERITABLE_FIELDS = ["authors", "categories", "description", "documentation", "exclude", "homepage", "include", "keywords", "license", "license-file", "repository"];

/** A `[package]` field, following `field.workspace = true` to `[workspace.package]`. */
function packageField(doc: ManifestDoc, ws: WorkspaceContext | null, field: string): unknown {
  const value = doc.package?.[field];
  if (!isTable(value) || value.workspace === undefined) return value;
  const keyPath = [packageKey(doc), field];
  if (value.workspace !== true) throw manifestError(doc, [...keyPath, "workspace"], "`workspace` cannot be false");
  const inherited = ws?.root.workspace?.package;
  const found = isTable(inherited) ? inherited[field] : undefined;
  if (found === undefined) {
    const why = ws ? `\`workspace.package.${field}\` was not defined` : "failed to find a workspace root";
    throw manifestError(doc, keyPath, `error inheriting \`${field}\` from workspace root manifest's \`workspace.package.${field}\`: ${why}`);
  }
  return found;
}

function stringField(doc: ManifestDoc, ws: WorkspaceContext | null, field: string): string | undefined {
  const value = packageField(doc, ws, field);
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw manifestError(doc, [packageKey(doc), field], `\`package.${field}\` must be a string`);
  return value;
}

/** Cargo adds a feature for each optional dependency that no feature names as `dep:<key>`. */
function featuresOf(doc: ManifestDoc, dependencies: Dependency[]): Record<string, string[]> {
  const table = doc.data.features;
  const features: Record<string, string[]> = {};
  if (table !== undefined) {
    if (!isTable(table)) throw manifestError(doc, ["features"], "`features` must be a table");
    for (const name in table) {
      const values = table[name];
      if (!isStringArray(values)) throw manifestError(doc, ["features", name], `feature \`${name}\` must be an array of strings`);
      features[name] = values;
    }
  }
  const optional = dependencies.filter((dep) => dep.optional);
  if (optional.length === 0) return features;
  const explicitDeps = new Set<string>();
  for (const name in features) {
    for (const value of features[name] as string[]) if (value.startsWith("dep:")) explicitDeps.add(value.slice(4));
  }
  for (const dep of optional) {
    const key = dep.rename ?? dep.name;
    if (!explicitDeps.has(key) && features[key] === undefined) features[key] = [`dep:${key}`];
  }
  return features;
}

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== "string") return false;
  return true;
}

/** Keys of `[workspace.dependencies]` entries written with `default_features`, found once per root. */
const legacyKeysByRoot = new WeakMap<ManifestDoc, Set<string>>();

function legacyDefaultFeatureKeys(root: ManifestDoc): Set<string> {
  let keys = legacyKeysByRoot.get(root);
  if (!keys) {
    keys = new Set();
    const table = root.workspace?.dependencies;
    if (isTable(table)) {
      for (const key in table) {
        const entry = table[key];
        if (isTable(entry) && entry.default_features !== undefined) keys.add(key);
      }
    }
    legacyKeysByRoot.set(root, keys);
  }
  return keys;
}

/** A 2024-edition package may not inherit a `[workspace.dependencies]` entry written with `default_features`. */
function rejectLegacyInheritedKeys(ws: WorkspaceContext, dependencies: Dependency[]): void {
  const legacy = legacyDefaultFeatureKeys(ws.root);
  if (legacy.size === 0) return;
  for (const dep of dependencies) {
    if (dep.inheritedFrom && legacy.has(dep.inheritedFrom.key)) {
      throw manifestError(ws.root, [...dep.inheritedFrom.keyPath, "default_features"],
        `\`default_features\` is unsupported as of the 2024 edition; instead use \`default-features\` (inherited by ${dep.manifestPath})`);
    }
  }
}

export function readPackage(doc: ManifestDoc, ws: WorkspaceContext | null, context: PackageContext): Package {
  const pkgKey = packageKey(doc);
  checkManifestSchema(doc, ws?.root ?? null);
  const name = doc.package?.name;
  if (typeof name !== "string" || name === "") throw manifestError(doc, [pkgKey], "missing field `name` in `[package]`");
  const edition = stringField(doc, ws, "edition") ?? "2015";
  if (pkgKey === "project" && isEdition2024OrLater(edition)) {
    throw manifestError(doc, [pkgKey], "`[project]` is not supported as of the 2024 Edition, please use `[package]`");
  }
  const version = stringField(doc, ws, "version");
  const publish = packageField(doc, ws, "publish");
  // cargo resolves every inherited field, read or not: one the workspace does not define is an error.
  for (const field of INHERITABLE_FIELDS) packageField(doc, ws, field);
  const dependencies = listDependencyEntries(doc, edition).map((entry) => resolveDependency(doc, entry, ws?.dependencies ?? null, edition, context.registries));
  if (ws && isEdition2024OrLater(edition)) rejectLegacyInheritedKeys(ws, dependencies);
  return {
    name,
    version: version ?? "0.0.0",
    edition,
    rustVersion: stringField(doc, ws, "rust-version") ?? null,
    // Without a version, cargo implies `publish = false`.
    publish: Array.isArray(publish) ? (publish as string[]) : publish === undefined ? version !== undefined : publish !== false,
    manifestPath: doc.path,
    features: featuresOf(doc, dependencies),
    dependencies,
  };
}
