/** Applies inline allow comments of Cargo.toml files to findings, and reports malformed and unused ones. */
import { basename, relative, sep } from "node:path";
import { fingerprintOf } from "../engine/fingerprint.js";
import type { Finding, Severity } from "../engine/types.js";
import { findInlineAllows, type InlineAllow } from "./inline-comments.js";

export type { InlineAllow } from "./inline-comments.js";

export interface InlineAllowOptions {
  /** Manifests to scan for unused allows even when no finding points into them. */
  manifests?: string[];
  /** When given, an allow naming another id is reported as invalid. */
  knownRuleIds?: Iterable<string>;
  /** Workspace root: problem fingerprints use paths relative to it, so they survive a different checkout path. */
  root?: string;
}

export interface InlineAllowOutcome {
  kept: Finding[];
  suppressed: Array<{ finding: Finding; by: InlineAllow }>;
  problems: Finding[];
}

function problemOf(allow: InlineAllow, ruleId: string, severity: Severity, message: string, root: string | undefined): Finding {
  const { file, line, column, endLine, endColumn } = allow;
  const shownFile = root === undefined ? file : relative(root, file).split(sep).join("/");
  return {
    ruleId,
    severity,
    message,
    crate: { name: allow.crateKey },
    location: { file, line, column, endLine, endColumn },
    relatedLocations: [],
    fingerprint: fingerprintOf([ruleId, shownFile, allow.crateKey, allow.ruleIds.join(",")]),
  };
}

function scanFiles(files: Iterable<string>, readFile: (path: string) => string, known: ReadonlySet<string> | undefined): Map<string, InlineAllow[]> {
  const byFile = new Map<string, InlineAllow[]>();
  for (const file of files) {
    if (byFile.has(file) || basename(file) !== "Cargo.toml") continue;
    let text: string;
    try {
      text = readFile(file);
    } catch {
      continue; // the manifest reader reports unreadable manifests
    }
    byFile.set(file, findInlineAllows(file, text, known));
  }
  return byFile;
}

export function applyInlineAllows(
  findings: Finding[],
  readFile: (path: string) => string,
  options: InlineAllowOptions = {},
): InlineAllowOutcome {
  const known = options.knownRuleIds === undefined ? undefined : new Set(options.knownRuleIds);
  const files = [...findings.map((finding) => finding.location.file), ...(options.manifests ?? [])];
  const allowsByFile = scanFiles(files, readFile, known);
  const used = new Set<InlineAllow>();
  const outcome: InlineAllowOutcome = { kept: [], suppressed: [], problems: [] };
  for (const finding of findings) {
    const allows = allowsByFile.get(finding.location.file) ?? [];
    const matching = allows.filter(
      (allow) => allow.reason !== null && allow.targetLine === finding.location.line && allow.ruleIds.includes(finding.ruleId),
    );
    for (const allow of matching) used.add(allow);
    const by = matching[0];
    if (by) {
      outcome.suppressed.push({ finding, by });
    } else {
      outcome.kept.push(finding);
    }
  }
  for (const allow of [...allowsByFile.values()].flat()) {
    if (allow.reason === null) {
      const message = `invalid inline allow: ${allow.problem ?? "malformed comment"}; it suppresses nothing`;
      outcome.problems.push(problemOf(allow, "invalid-inline-allow", "warning", message, options.root));
    } else if (!used.has(allow)) {
      const message = `inline allow(${allow.ruleIds.join(", ")}) suppressed no finding on line ${allow.targetLine}`;
      outcome.problems.push(problemOf(allow, "unused-inline-allow", "note", message, options.root));
    }
  }
  return outcome;
}
