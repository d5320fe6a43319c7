/** Finding the workspace a manifest belongs to, and its members, as cargo does. */
import { existsSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import { expandDirectoryGlob, hasGlob } from "./glob.js";
import { manifestError, packageKey, type ManifestDoc } from "./manifest.js";
import { isTable } from "./toml-file.js";

export type ManifestReader = (path: string) => ManifestDoc;

/** Resolves a user-given path (directory, Cargo.toml or Cargo.lock) to the manifest cargo would use. */
export function manifestForPath(input: string): string {
  const path = resolve(input);
  if (!existsSync(path)) throw new InputError(path, 1, 1, "no such file or directory");
  if (statSync(path).isFile()) {
    if (basename(path) === "Cargo.lock") return manifestForPath(dirname(path));
    if (basename(path) !== "Cargo.toml") throw new InputError(path, 1, 1, "expected a directory, a Cargo.toml or a Cargo.lock");
    return path;
  }
  // Like cargo, a directory without a manifest means the nearest one above it.
  for (let dir = path; ; dir = dirname(dir)) {
    const candidate = join(dir, "Cargo.toml");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new InputError(path, 1, 1, "could not find `Cargo.toml` in this directory or any parent directory");
  }
}

function stringList(doc: ManifestDoc, key: string): string[] {
  const value = doc.workspace?.[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw manifestError(doc, ["workspace", key], `\`workspace.${key}\` must be an array of strings`);
  }
  return value as string[];
}

function isWithin(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}

/** `exclude` and literal `members` directories of a root, resolved once per root (asked for every path dependency). */
const resolvedLists = new WeakMap<ManifestDoc, { exclude: string[]; members: string[] }>();

function listsOf(root: ManifestDoc) {
  let lists = resolvedLists.get(root);
  if (!lists) {
    lists = {
      exclude: stringList(root, "exclude").map((e) => resolve(root.dir, e)),
      members: stringList(root, "members").map((e) => resolve(root.dir, e)),
    };
    resolvedLists.set(root, lists);
  }
  return lists;
}

/** Cargo's `is_excluded`: under an `exclude` path and not under a literal `members` path. */
export function isExcluded(root: ManifestDoc, manifestPath: string): boolean {
  const dir = dirname(manifestPath);
  const { exclude, members } = listsOf(root);
  return exclude.some((e) => isWithin(dir, e)) && !members.some((m) => isWithin(dir, m));
}

/** The root a `package.workspace = "path"` pointer names, read and checked. */
function pointedRoot(doc: ManifestDoc, pointer: string, read: ManifestReader): ManifestDoc {
  const rootPath = join(resolve(doc.dir, pointer), "Cargo.toml");
  if (!existsSync(rootPath)) throw manifestError(doc, [packageKey(doc), "workspace"], `no workspace manifest at \`${rootPath}\``);
  const root = read(rootPath);
  if (!root.workspace) throw manifestError(doc, [packageKey(doc), "workspace"], `\`${rootPath}\` has no \`[workspace]\``);
  return root;
}

/**
 * The workspace root manifest for a manifest: itself, its `package.workspace`, or the nearest ancestor that is a
 * root including it or (as in cargo) a package whose own `package.workspace` names a root.
 */
export function findWorkspaceRoot(doc: ManifestDoc, read: ManifestReader): ManifestDoc | null {
  if (doc.workspace) return doc;
  const explicit = doc.package?.workspace;
  if (typeof explicit === "string") return pointedRoot(doc, explicit, read);
  for (let dir = dirname(doc.dir); ; dir = dirname(dir)) {
    const candidate = join(dir, "Cargo.toml");
    if (existsSync(candidate)) {
      const ancestor = read(candidate);
      if (ancestor.workspace) {
        if (!isExcluded(ancestor, doc.path)) return ancestor;
      } else if (typeof ancestor.package?.workspace === "string") {
        return pointedRoot(ancestor, ancestor.package.workspace, read);
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

/** Manifest paths named by `members` (globs expanded) minus excluded ones. */
export function listedMembers(root: ManifestDoc): string[] {
  const out: string[] = [];
  for (const pattern of stringList(root, "members")) {
    const dirs = hasGlob(pattern) ? expandDirectoryGlob(root.dir, pattern) : [resolve(root.dir, pattern)];
    if (dirs.length === 0) throw manifestError(root, ["workspace", "members"], `workspace member glob \`${pattern}\` matches no directory`);
    for (const dir of dirs) {
      const manifest = join(dir, "Cargo.toml");
      if (hasGlob(pattern) && isExcluded(root, manifest)) continue;
      if (!existsSync(manifest)) {
        throw manifestError(root, ["workspace", "members"], `failed to load manifest for workspace member \`${relative(root.dir, dir) || "."}\`: no Cargo.toml there`);
      }
      out.push(manifest);
    }
  }
  return out;
}

/** `default-members` as manifest paths; empty when absent. */
export function listedDefaultMembers(root: ManifestDoc): string[] {
  return stringList(root, "default-members").flatMap((pattern) =>
    (hasGlob(pattern) ? expandDirectoryGlob(root.dir, pattern) : [resolve(root.dir, pattern)]).map((d) => join(d, "Cargo.toml")),
  );
}

/** Path dependencies inside the workspace directory join the workspace, as in cargo. */
export function isImplicitMember(root: ManifestDoc, manifestPath: string): boolean {
  return isWithin(dirname(manifestPath), root.dir) && !isExcluded(root, manifestPath) && existsSync(manifestPath);
}

export function hasPackage(doc: ManifestDoc): boolean {
  return isTable(doc.package);
}
