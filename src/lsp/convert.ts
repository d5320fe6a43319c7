/** Findings and errors as LSP diagnostics; spans as LSP ranges (0-based, end exclusive). */
import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver";
import type { Finding, Severity } from "../engine/types.js";
import type { Span } from "../model/types.js";
import { ruleDocsUrl } from "../report/package-info.js";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

export const SOURCE = "cargo-sunset";

export function toRange(span: Span): Range {
  const start = { line: Math.max(0, span.line - 1), character: Math.max(0, span.column - 1) };
  const end = { line: Math.max(0, span.endLine - 1), character: Math.max(0, span.endColumn - 1) };
  return { start, end: end.line < start.line || (end.line === start.line && end.character < start.character) ? start : end };
}

export function contains(range: Range, line: number, character: number): boolean {
  if (line < range.start.line || line > range.end.line) return false;
  if (line === range.start.line && character < range.start.character) return false;
  return !(line === range.end.line && character > range.end.character);
}

/** What a diagnostic carries back to the server in code-action requests. */
export interface DiagnosticData {
  fingerprint: string;
}

export function toDiagnostic(finding: Finding, homepage: string): Diagnostic {
  return {
    range: toRange(finding.location),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(homepage, finding.ruleId) },
    source: SOURCE,
    message: finding.suggestion ? `${finding.message}\n${finding.suggestion}` : finding.message,
    data: { fingerprint: finding.fingerprint } satisfies DiagnosticData,
  };
}

/** A diagnostic for a file the tool could not read (malformed TOML, bad configuration), at the error's position. */
export function errorDiagnostic(line: number, column: number, message: string): Diagnostic {
  const at = { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
  return {
    range: { start: at, end: { line: at.line, character: at.character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: "input-error",
    source: SOURCE,
    message,
  };
}
