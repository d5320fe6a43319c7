/** Builds the Workspace model from a path the user gave. */
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { readWorkspaceDependencies } from "./dependencies.js";
import {
  findWorkspaceRoot,
  hasPackage,
  isImplicitMember,
  listedDefaultMembers,
  listedMembers,
  manifestForPath,
  type ManifestReader,
} from "./discovery.js";
import { readLockfile } from "./lockfile.js";
import { manifestError, packageKey, readManifest, type ManifestDoc } from "./manifest.js";
import { readOverrides } from "./overrides.js";
import { checkManifestSchema } from "./manifest-schema.js";
import { readPackage, type PackageContext, type WorkspaceContext } from "./package.js";
import { configuredRegistries, type Env } from "./registries.js";
import type { Package, Workspace } from "./types.js";

export interface LoadOptions {
  /** Skip reading Cargo.lock (the `metadata` command does not need it). */
  skipLockfile?: boolean;
  /** For cargo's configuration (CARGO_HOME, CARGO_REGISTRIES_*); the process environment when absent. */
  env?: Env;
}

/**
 * Reads manifests for one load. Discovery revisits the same files (a start manifest, its ancestors, the root), so
 * those are kept; a member is read exactly once while its package is built (`once`), and its parsed tables are
 * not kept past that, which leaves the garbage collector less to carry through a large workspace.
 */
interface ManifestCache extends ManifestReader {
  once(path: string): ManifestDoc;
  texts: Map<string, string>;
}
type WorkspaceShape = Omit<Workspace, "lockfile" | "lockfilePath" | "sources">;

function manifestCache(): ManifestCache {
  const cache = new Map<string, ManifestDoc>();
  const texts = new Map<string, string>();
  const once = (path: string) => {
    const doc = cache.get(path) ?? readManifest(path);
    texts.set(path, doc.text);
    return doc;
  };
  const read = (path: string) => {
    let doc = cache.get(path);
    if (!doc) {
      doc = once(path);
      cache.set(path, doc);
    }
    return doc;
  };
  return Object.assign(read, { once, texts });
}

function collectMembers(root: ManifestDoc, ws: WorkspaceContext, manifests: ManifestCache, context: PackageContext): Package[] {
  const members = new Map<string, Package>();
  const queue = hasPackage(root) ? [root.path, ...listedMembers(root)] : listedMembers(root);
  const queued = new Set(queue);
  // Every path dependency judged once: members share many of them (often through [workspace.dependencies]).
  const seenDirs = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i] as string;
    if (members.has(path)) continue;
    const doc = manifests.once(path);
    if (!hasPackage(doc)) throw manifestError(doc, [], "a workspace member must have a `[package]`");
    if (doc !== root && doc.workspace) {
      throw manifestError(doc, ["workspace"], `multiple workspace roots found in the same workspace: ${relative(root.dir, doc.dir)} and ${root.dir}`);
    }
    const pkg = readPackage(doc, ws, context);
    members.set(path, pkg);
    for (const dep of pkg.dependencies) {
      if (dep.source.type !== "path" || seenDirs.has(dep.source.path)) continue;
      seenDirs.add(dep.source.path);
      const depManifest = join(dep.source.path, "Cargo.toml");
      if (!queued.has(depManifest) && isImplicitMember(root, depManifest)) {
        queue.push(depManifest);
        queued.add(depManifest);
      }
    }
  }
  const byName = new Map<string, Package>();
  for (const pkg of members.values()) {
    const other = byName.get(pkg.name);
    if (other) {
      throw manifestError(manifests(pkg.manifestPath), [packageKey(manifests(pkg.manifestPath)), "name"],
        `two packages named \`${pkg.name}\` in this workspace: ${relative(root.dir, other.manifestPath)} and ${relative(root.dir, pkg.manifestPath)}`);
    }
    byName.set(pkg.name, pkg);
  }
  return [...members.values()].sort((a, b) => (a.manifestPath < b.manifestPath ? -1 : 1));
}

function standaloneWorkspace(doc: ManifestDoc, context: PackageContext): WorkspaceShape {
  return {
    root: doc.dir, rootManifestPath: doc.path, isVirtual: false, members: [readPackage(doc, null, context)],
    defaultMembers: [doc.path], workspaceDependencies: [], overrides: readOverrides(doc),
  };
}

/** Loads the workspace containing the manifest at (or above) `input`. */
export function loadWorkspace(input: string, options: LoadOptions = {}): Workspace {
  const [workspace] = loadWorkspaces([input], options);
  return workspace as Workspace;
}

/** Loads the workspaces of several paths (a pre-commit hook passes file names), each once. */
export function loadWorkspaces(inputs: string[], options: LoadOptions = {}): Workspace[] {
  const read = manifestCache();
  const byRoot = new Map<string, Workspace>();
  for (const input of inputs) {
    const start = read(manifestForPath(input));
    const root = findWorkspaceRoot(start, read);
    const key = (root ?? start).path;
    const known = byRoot.get(key);
    if (!known) byRoot.set(key, buildWorkspace(start, root, read, options));
    else if (root && !isMemberOf(known, start)) throw notAMember(start, root);
  }
  return [...byRoot.values()];
}

function isMemberOf(workspace: Workspace, doc: ManifestDoc): boolean {
  return workspace.rootManifestPath === doc.path || workspace.members.some((m) => m.manifestPath === doc.path);
}

function notAMember(doc: ManifestDoc, root: ManifestDoc) {
  return manifestError(doc, ["package"],
    `current package believes it's in a workspace when it's not: ${relative(doc.dir, root.path)} does not list it in \`workspace.members\`; add it there or to \`workspace.exclude\``);
}

function buildWorkspace(start: ManifestDoc, root: ManifestDoc | null, read: ManifestCache, options: LoadOptions): Workspace {
  let model: WorkspaceShape;
  const context: PackageContext = { registries: configuredRegistries((root ?? start).dir, options.env ?? process.env) };
  if (!root) {
    model = standaloneWorkspace(start, context);
  } else {
    if (!hasPackage(root)) checkManifestSchema(root, root);
    const workspaceDependencies = readWorkspaceDependencies(root);
    const ws: WorkspaceContext = { root, dependencies: new Map(workspaceDependencies.map((d) => [d.key, d])) };
    const members = collectMembers(root, ws, read, context);
    if (!members.some((m) => m.manifestPath === start.path) && start !== root) throw notAMember(start, root);
    const defaults = listedDefaultMembers(root);
    const memberPaths = new Set(members.map((m) => m.manifestPath));
    for (const path of defaults) {
      // A virtual root listed as "." is ignored by cargo.
      if (!memberPaths.has(path) && path !== root.path) {
        throw manifestError(root, ["workspace", "default-members"], `package \`${relative(root.dir, dirname(path)) || "."}\` is listed in default-members but is not a member`);
      }
    }
    model = {
      root: root.dir, rootManifestPath: root.path, isVirtual: !hasPackage(root), members,
      defaultMembers: defaults.length > 0 ? defaults : members.map((m) => m.manifestPath),
      workspaceDependencies, overrides: readOverrides(root),
    };
  }
  const lockfilePath = join(model.root, "Cargo.lock");
  const lockfile = !options.skipLockfile && existsSync(lockfilePath) ? readLockfile(lockfilePath) : null;
  return { ...model, lockfilePath, lockfile, sources: read.texts };
}
