/**
 * GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of Code Climate issues. GitLab shows
 * them in the merge request widget and the diff, so lockfile fixes point at Cargo.lock as in SARIF.
 */
import { createHash } from "node:crypto";
import type { Severity } from "../engine/types.js";
import { placeFinding } from "./lockfile-location.js";
import { toPosixRelative } from "./paths.js";
import { sortFindings } from "./severity.js";
import type { Reporter } from "./types.js";

/** As eslint-formatter-gitlab maps ESLint's levels; `critical` and `blocker` are left for security tools. */
export const GITLAB_SEVERITY: Record<Severity, "info" | "minor" | "major"> = { error: "major", warning: "minor", note: "info" };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: "info" | "minor" | "major" | "critical" | "blocker";
  location: { path: string; lines: { begin: number; end: number } };
}

export const gitlabReporter: Reporter = (result, ctx) => {
  const seen = new Map<string, number>();
  const issues = sortFindings(result.findings).map((finding): CodeQualityIssue => {
    const { location } = placeFinding(finding, ctx.readLockfile);
    // GitLab needs fingerprints unique within the report; our own is unique per finding, the counter guards it.
    const count = seen.get(finding.fingerprint) ?? 0;
    seen.set(finding.fingerprint, count + 1);
    const fingerprint = createHash("md5").update(`${finding.ruleId}\0${finding.fingerprint}\0${count}`).digest("hex");
    return {
      description: finding.suggestion ? `${finding.message}. ${finding.suggestion}` : finding.message,
      check_name: finding.ruleId,
      fingerprint,
      severity: GITLAB_SEVERITY[finding.severity],
      location: { path: toPosixRelative(location.file, ctx.repoRoot), lines: { begin: location.line, end: location.endLine } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
