/** `[rules]`: `id = "severity"` or `id = { severity = "...", option = value }`. */
import type { RuleMeta, SeveritySetting } from "../engine/types.js";
import { describeValue, isPlainTable, report, tableName, type Checker } from "./checker.js";
import type { RuleLayerSetting } from "./types.js";

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ["error", "warning", "note", "off"];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === "string" && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (isPlainTable(value)) return "table";
  if (value instanceof Date) return "date";
  return typeof value;
}

function severityProblem(value: unknown): string {
  return `severity must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(", ")}, found ${describeValue(value)}`;
}

function checkOptions(
  checker: Checker,
  path: string[],
  written: Record<string, unknown>,
  meta: RuleMeta,
): Record<string, unknown> {
  const defaults = meta.defaultOptions ?? {};
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(written)) {
    if (key === "severity") continue;
    if (!(key in defaults)) {
      const known = ["severity", ...Object.keys(defaults)].join(", ");
      report(checker, [...path, key], `unknown option \`${key}\` for rule \`${meta.id}\`; expected one of: ${known}`, "key");
      continue;
    }
    const expected = kindOf(defaults[key]);
    if (kindOf(value) !== expected) {
      const article = expected === "array" ? "an" : "a";
      report(checker, [...path, key], `option \`${key}\` of rule \`${meta.id}\` must be ${article} ${expected}, found ${describeValue(value)}`);
      continue;
    }
    options[key] = value;
  }
  return options;
}

export function checkRulesSection(checker: Checker, section: unknown, metas: ReadonlyMap<string, RuleMeta>): Map<string, RuleLayerSetting> {
  const rules = new Map<string, RuleLayerSetting>();
  if (!isPlainTable(section)) {
    report(checker, ["rules"], `[${tableName(checker, ["rules"])}] must be a table, found ${describeValue(section)}`);
    return rules;
  }
  for (const [id, value] of Object.entries(section)) {
    const path = ["rules", id];
    const meta = metas.get(id);
    if (!meta) {
      report(checker, path, `unknown rule \`${id}\``, "key");
      continue;
    }
    if (typeof value === "string") {
      if (isSeveritySetting(value)) rules.set(id, { severity: value, options: {} });
      else report(checker, path, severityProblem(value));
      continue;
    }
    if (!isPlainTable(value)) {
      report(checker, path, `rule \`${id}\` must be a severity string or a table, found ${describeValue(value)}`);
      continue;
    }
    const severity = value.severity;
    if (severity !== undefined && !isSeveritySetting(severity)) report(checker, [...path, "severity"], severityProblem(severity));
    rules.set(id, {
      severity: isSeveritySetting(severity) ? severity : undefined,
      options: checkOptions(checker, path, value, meta),
    });
  }
  return rules;
}
