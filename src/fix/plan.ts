/**
 * What `check --fix` changes, decided from the findings of an audit: requirement bumps for outdated-requirement
 * (in the member's manifest, or in [workspace.dependencies] for inherited entries), and removal of unused ignores
 * and unused inline allows. Every edit replaces only the bytes it is about; the result is a new text per file.
 */
import type { AuditedWorkspace } from "../audit.js";
import type { Finding } from "../engine/types.js";
import { indexKeySpans } from "../model/spans.js";
import { readTextFile } from "../model/toml-file.js";
import type { Dependency, Package, Span, WorkspaceDependency } from "../model/types.js";
import { bumpTarget } from "./bump-target.js";
import { findRequirementLiteral } from "./requirement-literal.js";
import { removeArrayElements } from "./array-element.js";
import { removeArrayTable, removeComment } from "./removals.js";
import { applyEdits, type TextEdit } from "./text-edits.js";

export interface Bump {
  crate: string;
  file: string;
  line: number;
  from: string;
  to: string;
  version: string;
}

export interface Removal {
  ruleId: string;
  crate: string;
  file: string;
  line: number;
}

export interface FileFix {
  file: string;
  before: string;
  after: string;
}

export interface FixPlan {
  files: FileFix[];
  bumps: Bump[];
  removals: Removal[];
  /** Findings a fix was meant for and could not be made, with why. */
  skipped: Array<{ finding: Finding; why: string }>;
}

const NOT_REMOVABLE = "not written in a form this tool removes (remove it by hand)";

export const FIXABLE_RULES = new Set(["outdated-requirement", "unused-ignore", "unused-inline-allow"]);

interface Target {
  /** The entry whose requirement is written in the text: the workspace dependency for `workspace = true`. */
  entry: Dependency | WorkspaceDependency;
  packages: Package[];
}

function sameStart(span: Span | undefined, finding: Finding): boolean {
  return span !== undefined && span.line === finding.location.line && span.column === finding.location.column;
}

/** The dependency a finding points at (its key is the finding's location), and who shares its requirement. */
function targetOf(finding: Finding, audited: AuditedWorkspace, spansOf: (file: string) => Map<string, Span>): Target | undefined {
  const { workspace } = audited;
  for (const member of workspace.members) {
    for (const dep of member.dependencies) {
      if (dep.name !== finding.crate.name || dep.manifestPath !== finding.location.file) continue;
      if (!sameStart(spansOf(dep.manifestPath).get(dep.keyPath.join("\u0000")), finding)) continue;
      const inherited = dep.inheritedFrom;
      if (!inherited) return { entry: dep, packages: [member] };
      const sharing = workspace.members.filter((m) => m.dependencies.some((d) => d.inheritedFrom === inherited));
      return { entry: inherited, packages: sharing };
    }
  }
  // An entry several members inherit is one finding, at the entry itself.
  for (const entry of workspace.workspaceDependencies) {
    if (entry.name !== finding.crate.name || entry.manifestPath !== finding.location.file) continue;
    if (!sameStart(spansOf(entry.manifestPath).get(entry.keyPath.join("\u0000")), finding)) continue;
    return { entry, packages: workspace.members.filter((m) => m.dependencies.some((d) => d.inheritedFrom === entry)) };
  }
  return undefined;
}

function editFor(dependencyKey: string, text: string, target: Target, audited: AuditedWorkspace, spans: Map<string, Span>): { edit: TextEdit; bump: Omit<Bump, "file" | "line"> } | string {
  const literal = findRequirementLiteral(text, target.entry.keyPath, spans);
  if (!literal) return "the requirement is not a one-line string this tool can edit";
  const info = audited.registry.forDependency(target.entry);
  if (!info || info.notFound || info.versions.length === 0) return "no registry data";
  const choice = bumpTarget(info, literal.raw, target.packages.map((p) => p.rustVersion));
  if (choice.kind === "none") return choice.why;
  return {
    edit: { start: literal.start, end: literal.end, newText: choice.req },
    bump: { crate: dependencyKey, from: literal.raw, to: choice.req, version: choice.version.version },
  };
}

export function planFixes(findings: readonly Finding[], audited: readonly AuditedWorkspace[], readText: (file: string) => string = readTextFile): FixPlan {
  const texts = new Map<string, string>();
  const spanIndexes = new Map<string, Map<string, Span>>();
  const textOf = (file: string) => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = readText(file)));
    return text;
  };
  const spansOf = (file: string) => {
    let spans = spanIndexes.get(file);
    if (!spans) spanIndexes.set(file, (spans = indexKeySpans(textOf(file))));
    return spans;
  };
  const edits = new Map<string, TextEdit[]>();
  const addEdit = (file: string, edit: TextEdit) => edits.set(file, [...(edits.get(file) ?? []), edit]);
  const plan: FixPlan = { files: [], bumps: [], removals: [], skipped: [] };
  const bumpedEntries = new Set<Dependency | WorkspaceDependency>();
  const pendingElements = new Map<string, { finding: Finding; removal: FixPlan["removals"][number] }[]>();

  for (const finding of findings) {
    if (!FIXABLE_RULES.has(finding.ruleId)) continue;
    if (finding.ruleId === "outdated-requirement") {
      const file = finding.location.file;
      const audit = audited.find((a) => a.workspace.rootManifestPath === file || a.workspace.members.some((m) => m.manifestPath === file));
      const target = audit && targetOf(finding, audit, spansOf);
      if (!audit || !target) {
        plan.skipped.push({ finding, why: "the dependency entry was not found in the manifest" });
        continue;
      }
      if (bumpedEntries.has(target.entry)) continue; // several members inheriting one workspace dependency
      bumpedEntries.add(target.entry);
      const entryFile = target.entry.manifestPath;
      const made = editFor(finding.crate.name, textOf(entryFile), target, audit, spansOf(entryFile));
      if (typeof made === "string") {
        plan.skipped.push({ finding, why: made });
        continue;
      }
      addEdit(entryFile, made.edit);
      const line = spansOf(entryFile).get(target.entry.keyPath.join("\u0000"))?.line ?? finding.location.line;
      plan.bumps.push({ ...made.bump, file: entryFile, line });
    } else {
      const file = finding.location.file;
      const text = textOf(file);
      const removal = { ruleId: finding.ruleId, crate: finding.crate.name, file, line: finding.location.line };
      const edit = finding.ruleId === "unused-inline-allow" ? removeComment(text, finding.location) : removeArrayTable(text, finding.location);
      if (edit) {
        addEdit(file, edit);
        plan.removals.push(removal);
      } else if (finding.ruleId === "unused-ignore") {
        // Maybe an element of an `ignore = [...]` array: those of one file are removed together below.
        plan.removals.push(removal);
        pendingElements.set(file, [...(pendingElements.get(file) ?? []), { finding, removal }]);
      } else {
        plan.skipped.push({ finding, why: NOT_REMOVABLE });
      }
    }
  }
  for (const [file, pending] of pendingElements) {
    const { edits: made, refused } = removeArrayElements(textOf(file), pending.map((p) => p.finding.location));
    made.forEach((edit) => addEdit(file, edit));
    for (const { finding, removal } of pending.filter((p) => refused.includes(p.finding.location))) {
      plan.removals.splice(plan.removals.indexOf(removal), 1);
      plan.skipped.push({ finding, why: NOT_REMOVABLE });
    }
  }
  for (const [file, fileEdits] of [...edits].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = textOf(file);
    const { text: after } = applyEdits(before, fileEdits);
    if (after !== before) plan.files.push({ file, before, after });
  }
  return plan;
}
