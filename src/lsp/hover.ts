/** Hover on a dependency key: the verdict, why, replacements, the first lines of the guide, locked and newest versions. */
import { formatGuide } from "../catalog/format.js";
import type { Finding } from "../engine/types.js";
import { indexKeySpans } from "../model/spans.js";
import type { Dependency, Span, WorkspaceDependency } from "../model/types.js";
import { newestRelease } from "../../rules/registry-support.js";
import type { WorkspaceState } from "./session.js";

const GUIDE_LINES = 12;

export interface DependencyAt {
  entry: Dependency | WorkspaceDependency;
  span: Span;
}

/** The dependency whose key (or a key inside its table) is at the 0-based position, in the text as it is now. */
export function dependencyAt(state: WorkspaceState, file: string, text: string, line: number, character: number): DependencyAt | undefined {
  const ws = state.audited?.workspace;
  if (!ws) return undefined;
  const spans = indexKeySpans(text);
  const entries: Array<Dependency | WorkspaceDependency> = [
    ...ws.members.flatMap((m) => m.dependencies.filter((d) => d.manifestPath === file)),
    ...ws.workspaceDependencies.filter((d) => d.manifestPath === file),
  ];
  const l = line + 1;
  const c = character + 1;
  for (const entry of entries) {
    const span = spans.get(entry.keyPath.join("\u0000"));
    if (span && span.line === l && c >= span.column && c <= span.endColumn) return { entry, span };
  }
  return undefined;
}

function lockedVersions(state: WorkspaceState, name: string): string[] {
  return [...new Set(state.audited?.workspace.lockfile?.packages.filter((p) => p.name === name).map((p) => p.version) ?? [])];
}

export function hoverMarkdown(state: WorkspaceState, at: DependencyAt, findings: readonly Finding[]): string {
  const audited = state.audited;
  const name = at.entry.name;
  const parts: string[] = [`**${name}** \`${at.entry.req}\``];
  const entry = audited?.catalog.entry(name);
  const verdict = entry ? `${entry.status}${entry.versions.trim() === "*" ? "" : ` (versions ${entry.versions})`}` : "not in the catalog";
  parts.push(`Verdict: **${verdict}**${entry?.since ? ` since ${entry.since}` : ""}`);
  if (entry) parts.push(entry.reason);
  if (entry && entry.replacements.length > 0) parts.push(`Replacements: ${entry.replacements.map((r) => `\`${r.crate}\`${r.note ? ` (${r.note})` : ""}`).join(", ")}`);
  const versions: string[] = [];
  const locked = lockedVersions(state, name);
  if (locked.length > 0) versions.push(`locked ${locked.join(", ")}`);
  const info = audited?.registry.forDependency(at.entry);
  const newest = info && !info.notFound ? newestRelease(info) : undefined;
  if (newest) versions.push(`newest ${newest.version}${newest.rustVersion ? ` (rust ${newest.rustVersion})` : ""}${info?.fromCache ? `, registry data of ${info.fetchedAt.slice(0, 16).replace("T", " ")} UTC` : ""}`);
  if (versions.length > 0) parts.push(versions.join(" · "));
  const here = findings.filter((f) => f.location.file === at.entry.manifestPath && f.location.line === at.span.line);
  if (here.length > 0) parts.push(here.map((f) => `- \`${f.ruleId}\` ${f.message}${f.suggestion ? ` ${f.suggestion}` : ""}`).join("\n"));
  if (entry && (entry.guide || entry.guideUrl)) {
    const guide = formatGuide(entry).split("\n");
    const start = guide.findIndex((l) => l.startsWith("Concept map:") || l.startsWith("Migration guide:"));
    if (start >= 0) parts.push("```text\n" + guide.slice(start, start + GUIDE_LINES).join("\n").trimEnd() + "\n```");
  }
  return parts.join("\n\n");
}
