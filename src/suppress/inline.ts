/** Applies inline allow comments of Cargo.toml files to findings, and reports malformed and unused ones. */
import { basename, relative, sep } from "node:path";
import { defaultRuleSettings, ruleFinding, type RuleSettings } from "../engine/engine.js";
import type { Finding, RuleMeta } from "../engine/types.js";
import { invalidInlineAllow, SUPPRESSION_RULES, unusedInlineAllow } from "../../rules/suppression-findings.js";
import { findInlineAllows, type InlineAllow } from "./inline-comments.js";

export type { InlineAllow } from "./inline-comments.js";

export interface InlineAllowOptions {
  /** Manifests to scan for unused allows even when no finding points into them. */
  manifests?: string[];
  /** When given, an allow naming another id is reported as invalid. */
  knownRuleIds?: Iterable<string>;
  /** Workspace root: problem fingerprints use paths relative to it, so they survive a different checkout path. */
  root?: string;
  /** Decides the level of the findings about allows; without it, the rules' defaults. */
  settings?: RuleSettings;
  /** The member whose manifest a file is: its settings decide the level of findings about allows there. */
  memberOf?: (file: string) => string | undefined;
}

export interface InlineAllowOutcome {
  kept: Finding[];
  suppressed: Array<{ finding: Finding; by: InlineAllow }>;
  problems: Finding[];
}

/** Null when configuration switches the rule off. */
function problemOf(allow: InlineAllow, meta: RuleMeta, messageId: string, data: Record<string, string | number>, options: InlineAllowOptions): Finding | null {
  const { file, line, column, endLine, endColumn } = allow;
  const shownFile = options.root === undefined ? file : relative(options.root, file).split(sep).join("/");
  const member = options.memberOf?.(file);
  return ruleFinding(options.settings ?? defaultRuleSettings(SUPPRESSION_RULES), meta, {
    messageId,
    data,
    crate: { name: allow.crateKey },
    location: { file, line, column, endLine, endColumn },
    scope: member === undefined ? [] : [member],
    identity: [shownFile, allow.crateKey, allow.ruleIds.join(",")],
  });
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
    const problem =
      allow.reason === null
        ? problemOf(allow, invalidInlineAllow, "invalid", { problem: allow.problem ?? "malformed comment" }, options)
        : used.has(allow)
          ? null
          : problemOf(allow, unusedInlineAllow, "unused", { rules: allow.ruleIds.join(", "), line: allow.targetLine }, options);
    if (problem) outcome.problems.push(problem);
  }
  return outcome;
}
