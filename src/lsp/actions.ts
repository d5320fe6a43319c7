/**
 * Code actions for cargo-sunset diagnostics: insert an inline allow (a snippet asks for the reason), bump the
 * requirement within the package's rust-version, remove an unused suppression, open the migration guide.
 * Edits come from the same planner as `check --fix`, so they change only the intended characters.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { Finding } from "../engine/types.js";
import { planFixes } from "../fix/plan.js";
import { readTextFile } from "../model/toml-file.js";
import { SOURCE, type DiagnosticData } from "./convert.js";
import { pathToUri, type WorkspaceState } from "./session.js";

export const OPEN_GUIDE_COMMAND = "cargo-sunset.openGuide";
const SUPPRESSION_RULES = new Set(["unused-ignore", "unused-inline-allow", "invalid-inline-allow", "expired-ignore", "input-error"]);

export interface ActionContext {
  state: WorkspaceState;
  file: string;
  /** The document's text now, and its version. */
  text: string;
  version: number | undefined;
  snippets: boolean;
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** One replacement covering what differs between two texts (the planner changes one place per action). */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: { start: positionAt(before, start), end: positionAt(before, before.length - end) }, newText: after.slice(start, after.length - end) };
}

function allowAction(finding: Finding, ctx: ActionContext, diagnostic: Diagnostic): CodeAction {
  const lines = ctx.text.split("\n");
  const line = finding.location.line - 1;
  const indent = /^[ \t]*/.exec((lines[line] ?? "").replace(/^\uFEFF/, ""))?.[0] ?? "";
  const eol = ctx.text.includes("\r\n") ? "\r\n" : "\n";
  const head = `${indent}# cargo-sunset: allow(${finding.ruleId}) reason: `;
  const range = { start: { line, character: line === 0 && ctx.text.startsWith("\uFEFF") ? 1 : 0 }, end: { line, character: line === 0 && ctx.text.startsWith("\uFEFF") ? 1 : 0 } };
  const uri = pathToUri(ctx.file);
  const edit: WorkspaceEdit = ctx.snippets
    ? { documentChanges: [{ textDocument: { uri, version: ctx.version ?? null }, edits: [{ range, snippet: { kind: "snippet", value: `${head.replace(/[$}\\]/g, "\\$&")}\${1:why this is accepted}${eol}` } }] }] }
    : // Without snippet support the reason is left empty: the allow is reported as invalid until one is written.
      { changes: { [uri]: [{ range, newText: `${head}${eol}` }] } };
  return { title: `Allow ${finding.ruleId} for ${finding.crate.name} here (inline, with a reason)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
}

function plannedAction(finding: Finding, ctx: ActionContext, diagnostic: Diagnostic): CodeAction | undefined {
  const audited = ctx.state.audited;
  // Spans are those of the audited text: offer edits only while the document still has it.
  if (!audited || ctx.state.texts.get(ctx.file) !== ctx.text) return undefined;
  const plan = planFixes([finding], [audited], (path) => ctx.state.texts.get(path) ?? readTextFile(path));
  const file = plan.files[0];
  if (!file || plan.files.length !== 1) return undefined;
  const bump = plan.bumps[0];
  const title = bump
    ? `Bump ${bump.crate} to "${bump.to}" (${bump.version}, the newest release the rust-version allows)${file.file !== ctx.file ? " in [workspace.dependencies]" : ""}`
    : `Remove this ${finding.ruleId === "unused-ignore" ? "unused ignore" : "unused inline allow"}`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [pathToUri(file.file)]: [minimalEdit(file.before, file.after)] } },
  };
}

function guideAction(finding: Finding, ctx: ActionContext, diagnostic: Diagnostic): CodeAction | undefined {
  const entry = ctx.state.audited?.catalog.entry(finding.crate.name);
  if (!entry || (!entry.guide && !entry.guideUrl)) return undefined;
  const title = `Open the migration guide for ${entry.crate}`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: OPEN_GUIDE_COMMAND, arguments: [entry.crate, ctx.state.entry] } };
}

export function codeActions(diagnostics: readonly Diagnostic[], ctx: ActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const guides = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const fingerprint = (diagnostic.data as DiagnosticData | undefined)?.fingerprint;
    const finding = fingerprint === undefined ? undefined : ctx.state.byFingerprint.get(fingerprint);
    if (!finding || finding.location.file !== ctx.file) continue;
    if (["outdated-requirement", "unused-ignore", "unused-inline-allow"].includes(finding.ruleId)) {
      const planned = plannedAction(finding, ctx, diagnostic);
      if (planned) actions.push(planned);
    }
    if (!SUPPRESSION_RULES.has(finding.ruleId) && finding.location.file.endsWith("Cargo.toml")) actions.push(allowAction(finding, ctx, diagnostic));
    const guide = guideAction(finding, ctx, diagnostic);
    if (guide && !guides.has(finding.crate.name)) {
      guides.add(finding.crate.name);
      actions.push(guide);
    }
  }
  return actions;
}
