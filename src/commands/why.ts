/** `cargo-sunset why <crate>`: how a crate enters the tree, member by member, with one path each. */
import { buildGraph } from "../model/graph.js";
import type { SpanLocator } from "../model/spans.js";
import type { Dependency, Workspace } from "../model/types.js";

export interface WhyEntry {
  member: string;
  manifest: string;
  dependency: { key: string; name: string; req: string; kind: Dependency["kind"]; target: string | null; line: number | null; column: number | null };
  /** `name version` steps from the direct dependency to the crate; empty without a lockfile. */
  path: string[];
}

export interface WhyVersion {
  version: string | null;
  source: string | null;
  lockLine: number | null;
  devOnly: boolean;
  buildOnly: boolean;
  targetOnly: boolean;
  entries: WhyEntry[];
}

export interface WhyReport {
  crate: string;
  workspaceRoot: string;
  /** True when some member reaches the crate; a lockfile entry no member reaches does not count. */
  reached: boolean;
  versions: WhyVersion[];
}

function entryOf(member: { name: string; manifestPath: string }, dep: Dependency, path: string[], spans: SpanLocator): WhyEntry {
  const span = spans.spanOf(dep.manifestPath, dep.keyPath);
  return {
    member: member.name,
    manifest: dep.manifestPath,
    dependency: { key: dep.rename ?? dep.name, name: dep.name, req: dep.req, kind: dep.kind, target: dep.target, line: span?.line ?? null, column: span?.column ?? null },
    path,
  };
}

export function explainWhy(workspace: Workspace, crate: string, spans: SpanLocator): WhyReport {
  const graph = buildGraph(workspace);
  if (!graph) {
    // Without a lockfile only direct dependencies are known.
    const entries = workspace.members.flatMap((m) => m.dependencies.filter((d) => d.name === crate).map((d) => entryOf(m, d, [], spans)));
    const versions = entries.length === 0 ? [] : [{ version: null, source: null, lockLine: null, devOnly: entries.every((e) => e.dependency.kind === "dev"), buildOnly: entries.every((e) => e.dependency.kind === "build"), targetOnly: entries.every((e) => e.dependency.target !== null), entries }];
    return { crate, workspaceRoot: workspace.root, reached: versions.length > 0, versions };
  }
  const versions = graph.lockfile.packages
    .filter((p) => p.name === crate)
    .map((pkg) => {
      const summary = graph.reach(pkg.id);
      const entries = summary.reaches.map((r) => {
        const member = { name: r.member, manifestPath: r.memberManifestPath };
        const path = r.path.map((id) => graph.packageById(id)).map((p) => (p ? `${p.name} ${p.version}` : "?"));
        return entryOf(member, r.direct, path, spans);
      });
      return { version: pkg.version, source: pkg.source, lockLine: pkg.line, devOnly: summary.devOnly, buildOnly: summary.buildOnly, targetOnly: summary.targetOnly, entries };
    });
  return { crate, workspaceRoot: workspace.root, reached: versions.some((v) => v.entries.length > 0), versions };
}

function kindText(e: WhyEntry): string {
  const kind = e.dependency.kind === "normal" ? "normal" : e.dependency.kind;
  return e.dependency.target ? `${kind}, only for ${e.dependency.target}` : kind;
}

export function formatWhy(report: WhyReport, relativize: (file: string) => string): string {
  if (report.versions.length === 0) return `${report.crate} is not in the dependency tree of ${relativize(report.workspaceRoot) || "."}\n`;
  const lines: string[] = [];
  for (const v of report.versions) {
    const where = v.lockLine ? `, Cargo.lock line ${v.lockLine}` : "";
    lines.push(`${report.crate} ${v.version ?? "(no Cargo.lock: direct dependencies only)"}${v.source ? ` from ${v.source}` : ""}${where}`);
    const only = v.devOnly ? "only through dev-dependencies" : v.buildOnly ? "only through build-dependencies" : v.targetOnly ? "only on some targets" : "";
    if (only) lines.push(`  reached ${only}`);
    if (v.entries.length === 0) lines.push("  not reached from any workspace member (stale lockfile entry?)");
    for (const e of v.entries) {
      const at = e.dependency.line ? `${relativize(e.manifest)}:${e.dependency.line}:${e.dependency.column}` : relativize(e.manifest);
      lines.push(`  ${e.member}: ${e.dependency.key} = "${e.dependency.req}" (${kindText(e)}) at ${at}`);
      if (e.path.length > 0) lines.push(`    ${[e.member, ...e.path].join(" → ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
