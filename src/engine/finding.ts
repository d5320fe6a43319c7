/** The one place findings are made and ordered: the engine, suppressions and the plan all build them here. */
import { fingerprintOf } from "./fingerprint.js";
import { compareSeverity } from "./severity.js";
import type { AdvisoryRef, CrateRef, Finding, Location, Remedy, Severity } from "./types.js";
import type { Dependency } from "../model/types.js";

export interface FindingInput {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId?: string;
  crate: CrateRef;
  location: Location;
  relatedLocations?: Location[];
  suggestion?: string;
  members?: string[];
  declarations?: Dependency[];
  remedy?: Remedy;
  advisory?: AdvisoryRef;
  /** Parts of the identity, without line numbers (moving lines keeps baselines valid). */
  identity: string[];
}

export function createFinding(input: FindingInput): Finding {
  const members = [...new Set(input.members ?? [])];
  return {
    ruleId: input.ruleId,
    severity: input.severity,
    message: input.message,
    crate: input.crate,
    location: input.location,
    relatedLocations: input.relatedLocations ?? [],
    ...(input.suggestion ? { suggestion: input.suggestion } : {}),
    ...(members.length === 1 ? { member: members[0] } : {}),
    ...(members.length > 1 ? { member: members[0], members } : {}),
    ...(input.messageId ? { messageId: input.messageId } : {}),
    ...(input.declarations && input.declarations.length > 0 ? { declarations: input.declarations } : {}),
    ...(input.remedy ? { remedy: input.remedy } : {}),
    ...(input.advisory ? { advisory: input.advisory } : {}),
    fingerprint: fingerprintOf([input.ruleId, ...input.identity]),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deterministic order: file, line, column, rule, crate, severity, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.crate.name, b.crate.name) ||
    compareSeverity(a.severity, b.severity) ||
    compareText(a.message, b.message)
  );
}

/** Sorted, with duplicates (same fingerprint) kept once. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return [...findings].sort(compareFindings).filter((f) => (seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true)));
}

/** Each template split once into its text and placeholder names (odd indexes): thousands of findings share a few. */
const templateParts = new Map<string, string[]>();

/** `{{name}}` placeholders filled from data; an unknown placeholder is an internal bug. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    templateParts.set(template, parts);
  }
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    if (!(key in data)) throw new Error(`message placeholder {{${key}}} has no data`);
    text += String(data[key]) + (parts[i + 1] as string);
  }
  return text;
}
