/** `[[ignore]]`: reasoned, optionally time-boxed suppressions of findings. */
import { relative, sep } from "node:path";
import { isValidRequirement, parseRequirement } from "../model/cargo-semver.js";
import {
  checkArrayOfTables,
  checkKeys,
  dateField,
  describeValue,
  isHttpUrl,
  report,
  requiredString,
  stringField,
  type Checker,
} from "./checker.js";
import type { IgnoreEntry } from "./types.js";

const KEYS = ["crate", "version", "rule", "members", "reason", "until", "tracking"] as const;

export interface IgnoreScope {
  /** Set for `[package.metadata.cargo-sunset]`: the ignores apply to this member only. */
  member?: string;
}

function requirementProblem(requirement: string): string {
  try {
    parseRequirement(requirement);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

function checkEntry(checker: Checker, index: number, table: Record<string, unknown>, scope: IgnoreScope): IgnoreEntry | null {
  const path = ["ignore", index];
  checkKeys(checker, path, table, KEYS);
  const before = checker.issues.length;
  const crate = requiredString(checker, path, table, "crate");
  const reason = requiredString(checker, path, table, "reason");
  const version = stringField(checker, path, table, "version");
  if (version !== undefined && !isValidRequirement(version)) {
    report(checker, [...path, "version"], `\`version\` is not a valid cargo requirement: ${requirementProblem(version)}`);
  }
  const rule = stringField(checker, path, table, "rule");
  if (rule !== undefined && !checker.ruleIds.has(rule)) report(checker, [...path, "rule"], `unknown rule \`${rule}\``);
  let members: string[] | undefined;
  if (table.members !== undefined) {
    if (scope.member !== undefined) {
      report(checker, [...path, "members"], "`members` is not allowed in package metadata: these ignores apply to this package only", "key");
    } else if (Array.isArray(table.members) && table.members.every((m) => typeof m === "string")) {
      members = table.members as string[];
    } else {
      report(checker, [...path, "members"], `\`members\` must be an array of package names, found ${describeValue(table.members)}`);
    }
  }
  const until = dateField(checker, path, table, "until");
  const tracking = stringField(checker, path, table, "tracking");
  if (tracking !== undefined && !isHttpUrl(tracking)) {
    report(checker, [...path, "tracking"], `\`tracking\` must be an http(s) URL, found ${describeValue(tracking)}`);
  }
  if (checker.issues.length > before || crate === undefined || reason === undefined) return null;
  const span = checker.doc.keySpan([...checker.prefix, ...path]);
  const entry: IgnoreEntry = {
    crate,
    reason,
    file: checker.doc.file,
    relativeFile: relative(checker.workspaceRoot, checker.doc.file).split(sep).join("/"),
    ...span,
  };
  if (version !== undefined) entry.version = version;
  if (rule !== undefined) entry.rule = rule;
  if (members !== undefined) entry.members = members;
  else if (scope.member !== undefined) entry.members = [scope.member];
  if (until !== undefined) entry.until = until;
  if (tracking !== undefined) entry.tracking = tracking;
  return entry;
}

export function checkIgnoreSection(checker: Checker, section: unknown, scope: IgnoreScope): IgnoreEntry[] {
  return checkArrayOfTables(checker, "ignore", section, "ignore", (index, item) => checkEntry(checker, index, item, scope));
}
