/** SARIF 2.1.0 for GitHub code scanning (validated against the OASIS schema and GitHub's rules). */
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { AuditResult, Finding, Location, ToolNote } from "../engine/types.js";
import { placeFinding } from "./lockfile-location.js";
import { toJsonPlan } from "./plan.js";
import { reportData } from "./data.js";
import { isOutside, toPosixRelative } from "./paths.js";
import { buildRuleDescriptors } from "./sarif-rules.js";
import {
  describeDroppedResults,
  describeTrimmedRelated,
  GITHUB_SARIF_LIMITS,
  keepMostSevere,
  type SarifLimits,
} from "./sarif-limits.js";
import type { SarifLocation, SarifLog, SarifNotification, SarifPhysicalLocation, SarifResult } from "./sarif-types.js";
import { sortFindings, sortNotes } from "./severity.js";
import type { Reporter, ReportContext } from "./types.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";
/** Our own stable fingerprint; GitHub's upload action still computes primaryLocationLineHash itself. */
export const FINGERPRINT_KEY = "cargoSunset/v1";

export const sarifReporter: Reporter = (result, ctx) => renderSarif(result, ctx);

/** The SARIF text, cut down to `limits` by dropping the least severe results. */
export function renderSarif(result: AuditResult, ctx: ReportContext, limits: SarifLimits = GITHUB_SARIF_LIMITS): string {
  const findings = sortFindings(result.findings);
  let kept = keepMostSevere(findings, limits.maxResults);
  let reason = `GitHub accepts at most ${limits.maxResults} results per run`;
  for (;;) {
    const text = JSON.stringify(buildSarifLog(result, ctx, { findings, kept, reason, limits }), null, 2) + "\n";
    const size = gzipSync(text).length;
    if (size <= limits.maxGzipBytes || kept.length === 0) return text;
    // Shrink in proportion to the overshoot, with a margin for the rules and notifications.
    kept = keepMostSevere(kept, Math.floor((kept.length * limits.maxGzipBytes * 0.9) / size));
    reason = `GitHub accepts SARIF files of at most ${limits.maxGzipBytes} bytes gzip-compressed`;
  }
}

interface Selection {
  findings: Finding[];
  kept: Finding[];
  reason: string;
  limits: SarifLimits;
}

export function buildSarifLog(result: AuditResult, ctx: ReportContext, selection: Selection): SarifLog {
  const { name, version, informationUri } = ctx.tool;
  const rules = buildRuleDescriptors(result.rules, selection.kept, ctx, informationUri);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = selection.kept.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId)!, ctx, selection.limits));
  const notifications = [
    ...sortNotes(result.notes).map((note) => toNotification(note, ctx)),
    ...limitNotifications(selection),
  ];
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name, version, semanticVersion: version, informationUri, rules },
        },
        ...(ctx.automationId ? { automationDetails: { id: sarifCategory(ctx.automationId) } } : {}),
        // Columns come from JavaScript string indices.
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.repoRoot) } },
        // The same plan as the JSON report's top-level `plan` (paths relative to the working directory).
        properties: { data: reportData(ctx), plan: toJsonPlan(result.plan ?? [], ctx.cwd) },
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        results,
      },
    ],
  };
}

/**
 * GitHub reads `automationDetails.id` as `category/run-id`, the category being what precedes the last `/`. An id
 * without `/` would be a run id in the empty category, so two workspaces would replace each other's alerts:
 * `api` becomes the category `api/`.
 */
export function sarifCategory(id: string): string {
  return id.includes("/") ? id : `${id}/`;
}

function toResult(finding: Finding, ruleIndex: number, ctx: ReportContext, limits: SarifLimits): SarifResult {
  const placed = placeFinding(finding, ctx.readLockfile);
  const related = placed.relatedLocations.slice(0, limits.maxRelatedLocations).map((location, i) => ({
    id: i + 1,
    physicalLocation: toPhysicalLocation(location, ctx),
    ...(location.label ? { message: { text: location.label } } : {}),
  }));
  const { name, version, req } = finding.crate;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: finding.suggestion ? `${finding.message}\n${finding.suggestion}` : finding.message },
    locations: [{ physicalLocation: toPhysicalLocation(placed.location, ctx) }],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      crate: name,
      ...(version !== undefined ? { version } : {}),
      ...(req !== undefined ? { req } : {}),
      ...(finding.member !== undefined ? { member: finding.member } : {}),
      ...advisoryProperties(finding),
    },
  };
}

/** The advisory id and aliases; `security-severity` (the CVSS score) is what GitHub ranks security alerts by. */
function advisoryProperties(finding: Finding): Record<string, string> {
  const advisory = finding.advisory;
  if (!advisory) return {};
  return {
    advisory: advisory.id,
    ...(advisory.aliases.length > 0 ? { aliases: advisory.aliases.join(", ") } : {}),
    ...(advisory.cvss ? { cvss: advisory.cvss } : {}),
    ...(advisory.score !== undefined ? { "security-severity": advisory.score.toFixed(1) } : {}),
  };
}

function toNotification(note: ToolNote, ctx: ReportContext): SarifNotification {
  return {
    level: note.level,
    message: { text: note.message },
    ...(note.location ? { locations: [{ physicalLocation: toPhysicalLocation(note.location, ctx) }] } : {}),
  };
}

function limitNotifications({ findings, kept, reason, limits }: Selection): SarifNotification[] {
  const notes: SarifNotification[] = [];
  if (kept.length < findings.length) {
    notes.push({ level: "warning", message: { text: describeDroppedResults(findings.length - kept.length, findings.length, reason) } });
  }
  const trimmed = kept.filter((f) => f.relatedLocations.length > limits.maxRelatedLocations).length;
  if (trimmed > 0) notes.push({ level: "warning", message: { text: describeTrimmedRelated(trimmed, limits.maxRelatedLocations) } });
  return notes;
}

/** Repository-relative URI under %SRCROOT%; a file outside the repository keeps its absolute file URI. */
function toPhysicalLocation(location: Location, ctx: ReportContext): SarifPhysicalLocation {
  const relative = toPosixRelative(location.file, ctx.repoRoot);
  const artifactLocation = isOutside(relative)
    ? { uri: pathToFileURL(location.file).href }
    : { uri: relative.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  const startLine = Math.max(1, location.line);
  const startColumn = Math.max(1, location.column);
  const endLine = Math.max(startLine, location.endLine);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, location.endColumn);
  return { artifactLocation, region: { startLine, startColumn, endLine, endColumn } };
}

/** A base URI must end with `/`. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
