/** Small hand-built workspace models for tests that must not depend on the manifest reader. */
import { join } from "node:path";
import type { Dependency, LockedPackage, Package, Workspace, WorkspaceDependency } from "../../src/model/types.js";

export { CRATES_IO_SOURCE } from "../../src/model/source.js";
import { CRATES_IO_SOURCE } from "../../src/model/source.js";

export function makeDependency(name: string, overrides: Partial<Dependency> = {}): Dependency {
  return {
    name,
    rename: null,
    req: "*",
    kind: "normal",
    target: null,
    optional: false,
    defaultFeatures: true,
    features: [],
    source: { type: "registry" },
    manifestPath: "/project/Cargo.toml",
    keyPath: ["dependencies", name],
    ...overrides,
  };
}

export function makeWorkspaceDependency(name: string, overrides: Partial<WorkspaceDependency> = {}): WorkspaceDependency {
  return {
    name,
    key: name,
    req: "*",
    defaultFeatures: true,
    features: [],
    source: { type: "registry" },
    manifestPath: "/project/Cargo.toml",
    keyPath: ["workspace", "dependencies", name],
    ...overrides,
  };
}

export function makeLockedPackage(name: string, version: string, source: string | null = CRATES_IO_SOURCE): LockedPackage {
  return {
    id: source ? `${name} ${version} (${source})` : `${name} ${version}`,
    name,
    version,
    source,
    checksum: null,
    dependencies: [],
    rawDependencies: [],
    line: 1,
    extra: {},
  };
}

export interface WorkspaceSpec {
  root?: string;
  /** Dependency names (crates.io) or full dependencies of the single member. */
  dependencies?: Array<string | Partial<Dependency> & { name: string }>;
  workspaceDependencies?: WorkspaceDependency[];
  locked?: LockedPackage[];
}

/** One member called `app` at `root`, with the given dependencies; manifest paths follow `root`. */
export function makeWorkspace(spec: WorkspaceSpec = {}): Workspace {
  const root = spec.root ?? "/project";
  const manifestPath = join(root, "Cargo.toml");
  const dependencies = (spec.dependencies ?? []).map((entry) =>
    typeof entry === "string" ? makeDependency(entry, { manifestPath }) : makeDependency(entry.name, { manifestPath, ...entry }),
  );
  const member: Package = {
    name: "app",
    version: "0.1.0",
    edition: "2021",
    rustVersion: null,
    publish: true,
    manifestPath,
    features: {},
    dependencies,
  };
  return {
    root,
    rootManifestPath: manifestPath,
    isVirtual: false,
    members: [member],
    defaultMembers: [manifestPath],
    workspaceDependencies: spec.workspaceDependencies ?? [],
    overrides: [],
    lockfilePath: join(root, "Cargo.lock"),
    lockfile: spec.locked ? { path: join(root, "Cargo.lock"), version: 4, packages: spec.locked, extra: {} } : null,
  };
}
