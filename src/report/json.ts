/** Machine-readable output with a versioned, documented shape. */
import type { Finding, Location, ToolNote } from "../engine/types.js";
import { reportData, type ReportData } from "./data.js";
import { toPosixRelative } from "./paths.js";
import { countSeverities, sortFindings, sortNotes } from "./severity.js";
import type { Reporter, ReportContext } from "./types.js";
import { toJsonPlan, type JsonPlanAction } from "./plan.js";

/** Bumped on any incompatible change of the JSON shape. */
export const JSON_SCHEMA_VERSION = 1;

export interface JsonLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  label?: string;
}

export interface JsonFinding {
  ruleId: string;
  severity: Finding["severity"];
  message: string;
  crate: Finding["crate"];
  location: JsonLocation;
  relatedLocations: JsonLocation[];
  suggestion?: string;
  member?: string;
  members?: string[];
  messageId?: string;
  fingerprint: string;
  /** The RustSec advisory behind the finding (vulnerability, unsound, advisory-notice, unmaintained-advisory). */
  advisory?: Finding["advisory"];
}

export interface JsonNote {
  level: ToolNote["level"];
  message: string;
  location?: JsonLocation;
}

export interface JsonReport {
  schemaVersion: typeof JSON_SCHEMA_VERSION;
  tool: { name: string; version: string };
  findings: JsonFinding[];
  /** Ranked single edits, each with what it removes (see the README's "Remediation plan"). */
  plan: JsonPlanAction[];
  notes: JsonNote[];
  summary: { errors: number; warnings: number; notes: number; total: number; workspaces: number; hidden?: { findings: number; notes: number; below: string } };
  /** The knowledge the run used: catalog date, advisory database source, date and commit. */
  data: ReportData;
}

export const jsonReporter: Reporter = (result, ctx) => {
  const report: JsonReport = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: ctx.tool.name, version: ctx.tool.version },
    findings: sortFindings(result.findings).map((finding) => toJsonFinding(finding, ctx)),
    plan: toJsonPlan(result.plan ?? [], ctx.cwd),
    notes: sortNotes(result.notes).map((note) => ({
      level: note.level,
      message: note.message,
      ...(note.location ? { location: toJsonLocation(note.location, ctx) } : {}),
    })),
    summary: { ...countSeverities(result.findings), workspaces: result.workspaceRoots.length, ...(result.hidden ? { hidden: result.hidden } : {}) },
    data: reportData(ctx),
  };
  return JSON.stringify(report, null, 2) + "\n";
};

function toJsonFinding(finding: Finding, ctx: ReportContext): JsonFinding {
  const { name, version, req, versions } = finding.crate;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    crate: { name, ...(version !== undefined ? { version } : {}), ...(versions !== undefined ? { versions } : {}), ...(req !== undefined ? { req } : {}) },
    location: toJsonLocation(finding.location, ctx),
    relatedLocations: finding.relatedLocations.map((location) => toJsonLocation(location, ctx)),
    ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
    ...(finding.member !== undefined ? { member: finding.member } : {}),
    ...(finding.members !== undefined ? { members: finding.members } : {}),
    ...(finding.messageId !== undefined ? { messageId: finding.messageId } : {}),
    fingerprint: finding.fingerprint,
    ...(finding.advisory ? { advisory: finding.advisory } : {}),
  };
}

function toJsonLocation(location: Location, ctx: ReportContext): JsonLocation {
  const { line, column, endLine, endColumn, label } = location;
  return {
    file: toPosixRelative(location.file, ctx.cwd),
    line,
    column,
    endLine,
    endColumn,
    ...(label !== undefined ? { label } : {}),
  };
}
