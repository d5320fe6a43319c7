/** `[[catalog]]`: an organisation's own verdicts on crates, which take precedence over the built-in catalog. */
import type { CatalogEntry, CrateStatus } from "../catalog/types.js";
import { isValidRequirement } from "../model/cargo-semver.js";
import {
  checkArrayOfTables,
  checkKeys,
  describeValue,
  isHttpUrl,
  report,
  requiredString,
  stringField,
  stringListField,
  type Checker,
} from "./checker.js";

const KEYS = ["crate", "versions", "status", "replacement", "reason", "guide", "since", "category"] as const;
const STATUSES: readonly CrateStatus[] = ["deprecated", "discontinued", "unmaintained", "superseded", "declining", "healthy"];

function checkEntry(checker: Checker, index: number, table: Record<string, unknown>): CatalogEntry | null {
  const path = ["catalog", index];
  checkKeys(checker, path, table, KEYS);
  const before = checker.issues.length;
  const crate = requiredString(checker, path, table, "crate");
  const reason = requiredString(checker, path, table, "reason");
  const versions = stringField(checker, path, table, "versions") ?? "*";
  if (!isValidRequirement(versions)) report(checker, [...path, "versions"], `\`versions\` is not a valid cargo requirement: ${JSON.stringify(versions)}`);
  const status = stringField(checker, path, table, "status") ?? "deprecated";
  if (!(STATUSES as readonly string[]).includes(status)) {
    report(checker, [...path, "status"], `\`status\` must be one of ${STATUSES.join(", ")}, found ${describeValue(status)}`);
  }
  const replacements = stringListField(checker, path, table, "replacement") ?? [];
  const guide = stringField(checker, path, table, "guide");
  if (guide !== undefined && !isHttpUrl(guide)) report(checker, [...path, "guide"], `\`guide\` must be an http(s) URL, found ${describeValue(guide)}`);
  const since = stringField(checker, path, table, "since");
  if (since !== undefined && !/^\d{4}-\d{2}(-\d{2})?$/.test(since)) {
    report(checker, [...path, "since"], `\`since\` must be written YYYY-MM or YYYY-MM-DD, found ${describeValue(since)}`);
  }
  const category = stringField(checker, path, table, "category") ?? "organisation";
  if (checker.issues.length > before || crate === undefined || reason === undefined) return null;
  const entry: CatalogEntry = {
    crate,
    status: status as CrateStatus,
    versions,
    category,
    replacements: replacements.map((name) => ({ crate: name, recommendedBy: "organisation" as const })),
    reason,
    evidence: [],
  };
  if (since !== undefined) entry.since = since;
  if (guide !== undefined) entry.guideUrl = guide;
  return entry;
}

export function checkCatalogSection(checker: Checker, section: unknown): CatalogEntry[] {
  return checkArrayOfTables(checker, "catalog", section, "catalog entry", (index, item) => checkEntry(checker, index, item));
}
