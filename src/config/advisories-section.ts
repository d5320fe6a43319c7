/** `[advisories]`: which RustSec database to read, which advisories to ignore, when the data counts as stale. */
import { isAbsolute, resolve } from "node:path";
import { checkKeys, dateField, describeValue, isPlainTable, report, requiredString, tableName, type Checker } from "./checker.js";
import { parseDuration } from "./duration.js";
import type { AdvisoryIgnore, AdvisorySettings } from "./types.js";

const KEYS = ["db-url", "ignore", "stale-after"] as const;
const IGNORE_KEYS = ["id", "reason", "until"] as const;

function checkIgnore(checker: Checker, index: number, table: Record<string, unknown>): AdvisoryIgnore | null {
  const path = ["advisories", "ignore", index];
  checkKeys(checker, path, table, IGNORE_KEYS);
  const before = checker.issues.length;
  const id = requiredString(checker, path, table, "id");
  if (id !== undefined && !/^[A-Z]+-\d{4}-\d{4,}$/.test(id)) report(checker, [...path, "id"], `\`id\` must be an advisory id such as "RUSTSEC-2021-0078", found ${describeValue(id)}`);
  const reason = requiredString(checker, path, table, "reason");
  const until = dateField(checker, path, table, "until");
  if (checker.issues.length > before || id === undefined || reason === undefined) return null;
  const span = checker.doc.keySpan([...checker.prefix, ...path]);
  return { id, reason, ...(until !== undefined ? { until } : {}), file: checker.doc.file, ...span };
}

export function checkAdvisoriesSection(checker: Checker, section: unknown): AdvisorySettings {
  const settings: AdvisorySettings = {};
  const path = ["advisories"];
  if (!isPlainTable(section)) {
    report(checker, path, `[${tableName(checker, path)}] must be a table, found ${describeValue(section)}`);
    return settings;
  }
  checkKeys(checker, path, section, KEYS);
  const dbUrl = section["db-url"];
  if (dbUrl !== undefined) {
    if (typeof dbUrl === "string" && dbUrl.trim() !== "") {
      // A URL names a fetched copy; a path (relative to the workspace root) a clone or an archive.
      settings.dbUrl = /^https?:\/\//i.test(dbUrl) || isAbsolute(dbUrl) ? dbUrl : resolve(checker.workspaceRoot, dbUrl);
    } else {
      report(checker, [...path, "db-url"], `\`db-url\` must be an http(s) URL or a path, found ${describeValue(dbUrl)}`);
    }
  }
  const staleAfter = section["stale-after"];
  if (staleAfter !== undefined) {
    const ms = parseDuration(staleAfter);
    if (ms !== null) settings.staleAfterMs = ms;
    else report(checker, [...path, "stale-after"], `\`stale-after\` must be a duration such as "90d" or "12w", found ${describeValue(staleAfter)}`);
  }
  if (section.ignore !== undefined) {
    const list = section.ignore;
    if (!Array.isArray(list)) {
      report(checker, [...path, "ignore"], `\`ignore\` must be an array of tables such as [{ id = "RUSTSEC-…", reason = "…" }], found ${describeValue(list)}`);
    } else {
      settings.ignore = list.flatMap((item, index) => {
        if (!isPlainTable(item)) {
          report(checker, [...path, "ignore", index], `each advisory ignore must be a table with \`id\` and \`reason\`, found ${describeValue(item)}`);
          return [];
        }
        return checkIgnore(checker, index, item) ?? [];
      });
    }
  }
  return settings;
}
