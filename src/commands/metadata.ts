/** `cargo-sunset metadata`: the workspace model in the shape of `cargo metadata --no-deps --format-version 1`. */
import { SpanLocator } from "../model/spans.js";
import { metadataSource } from "../model/source.js";
import type { Dependency, Package, Span, Workspace } from "../model/types.js";

export interface MetadataDependency {
  name: string;
  source: string | null;
  req: string;
  kind: "dev" | "build" | null;
  rename: string | null;
  optional: boolean;
  uses_default_features: boolean;
  features: string[];
  target: string | null;
  registry: string | null;
  path: string | null;
  /** Position of the dependency's key in its manifest (cargo-sunset's addition). */
  span: Span | null;
  /** For `workspace = true`: position of the `[workspace.dependencies]` entry. */
  workspace_span?: Span | null;
}

export interface MetadataPackage {
  name: string;
  version: string;
  id: string;
  manifest_path: string;
  rust_version: string | null;
  edition: string;
  publish: string[] | null;
  features: Record<string, string[]>;
  dependencies: MetadataDependency[];
}

function dependencyJson(dep: Dependency, spans: SpanLocator): MetadataDependency {
  const out: MetadataDependency = {
    name: dep.name,
    source: metadataSource(dep.source),
    req: dep.req,
    kind: dep.kind === "normal" ? null : dep.kind,
    rename: dep.rename,
    optional: dep.optional,
    uses_default_features: dep.defaultFeatures,
    features: dep.features,
    target: dep.target,
    registry: dep.source.type !== "git" && dep.source.registry ? dep.source.registry : null,
    path: dep.source.type === "path" ? dep.source.path : null,
    span: spans.spanOf(dep.manifestPath, dep.keyPath) ?? null,
  };
  if (dep.inheritedFrom) out.workspace_span = spans.spanOf(dep.inheritedFrom.manifestPath, dep.inheritedFrom.keyPath) ?? null;
  return out;
}

function packageJson(pkg: Package, spans: SpanLocator): MetadataPackage {
  return {
    name: pkg.name,
    version: pkg.version,
    id: `path+file://${pkg.manifestPath.replace(/\/Cargo\.toml$/, "")}#${pkg.name}@${pkg.version}`,
    manifest_path: pkg.manifestPath,
    rust_version: pkg.rustVersion,
    edition: pkg.edition,
    // cargo prints null for "publish anywhere" and [] for `publish = false`.
    publish: pkg.publish === true ? null : pkg.publish === false ? [] : pkg.publish,
    features: pkg.features,
    dependencies: pkg.dependencies.map((d) => dependencyJson(d, spans)),
  };
}

/** One document per workspace, as cargo prints for each. */
export function buildMetadata(workspace: Workspace, readText: (path: string) => string) {
  const spans = new SpanLocator((path) => workspace.sources.get(path) ?? readText(path));
  const packages = workspace.members.map((p) => packageJson(p, spans));
  return {
    packages,
    workspace_members: packages.map((p) => p.id),
    workspace_default_members: packages.filter((p) => workspace.defaultMembers.includes(p.manifest_path)).map((p) => p.id),
    workspace_root: workspace.root,
    version: 1,
  };
}
