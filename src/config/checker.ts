/** The validation context shared by the section checkers, and small typed field readers over it. */
import type { ConfigIssue } from "./errors.js";
import type { TomlDocument, TomlPath } from "./toml-document.js";

export interface Checker {
  doc: TomlDocument;
  /** Path of the cargo-sunset table inside the document: [] for cargo-sunset.toml. */
  prefix: TomlPath;
  issues: ConfigIssue[];
  ruleIds: ReadonlySet<string>;
  workspaceRoot: string;
}

/** Records a problem at the key (unknown or missing keys) or at the value (wrong type or content) of `path`. */
export function report(checker: Checker, path: TomlPath, message: string, at: "key" | "value" = "value"): void {
  const full = [...checker.prefix, ...path];
  const span = at === "key" ? checker.doc.keySpan(full) : checker.doc.valueSpan(full);
  checker.issues.push({ file: checker.doc.file, line: span.line, column: span.column, message });
}

/** The dotted TOML name of a table, as users write it in a header (array indexes dropped). */
export function tableName(checker: Checker, path: TomlPath): string {
  return [...checker.prefix, ...path].filter((part) => typeof part === "string").join(".");
}

/** `[name]`, or `[[name]]` for an element of an array of tables. */
export function tableLabel(checker: Checker, path: TomlPath): string {
  const name = tableName(checker, path);
  return typeof path[path.length - 1] === "number" ? `[[${name}]]` : `[${name}]`;
}

export function isPlainTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Short description of a TOML value for messages: `"abc"`, `12`, `a table`, ... */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return `the date-time ${value.toISOString()}`;
  if (Array.isArray(value)) return "an array";
  return "a table";
}

export function checkKeys(checker: Checker, path: TomlPath, table: Record<string, unknown>, allowed: readonly string[]): void {
  const where = tableName(checker, path) === "" ? "at the top level" : `in ${tableLabel(checker, path)}`;
  for (const key of Object.keys(table)) {
    if (!allowed.includes(key)) {
      report(checker, [...path, key], `unknown key \`${key}\` ${where}; expected one of: ${allowed.join(", ")}`, "key");
    }
  }
}

/** A string field; a missing field is undefined, a non-string is reported. */
export function stringField(checker: Checker, path: TomlPath, table: Record<string, unknown>, key: string): string | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  report(checker, [...path, key], `\`${key}\` must be a string, found ${describeValue(value)}`);
  return undefined;
}

/** A string field that must be present and not blank; a missing one is reported at the table. */
export function requiredString(checker: Checker, path: TomlPath, table: Record<string, unknown>, key: string): string | undefined {
  if (table[key] === undefined) {
    report(checker, path, `${tableLabel(checker, path)} needs \`${key}\``, "key");
    return undefined;
  }
  const value = stringField(checker, path, table, key);
  if (value !== undefined && value.trim() === "") {
    report(checker, [...path, key], `\`${key}\` must not be empty`);
    return undefined;
  }
  return value;
}

export function stringListField(checker: Checker, path: TomlPath, table: Record<string, unknown>, key: string): string[] | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as string[];
  report(checker, [...path, key], `\`${key}\` must be a string or an array of strings, found ${describeValue(value)}`);
  return undefined;
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A date field written as a TOML local date or a "YYYY-MM-DD" string, returned as "YYYY-MM-DD". */
export function dateField(checker: Checker, path: TomlPath, table: Record<string, unknown>, key: string): string | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  const isLocalDate = value instanceof Date && "isDate" in value && typeof value.isDate === "function" && value.isDate() === true;
  if (isLocalDate) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && isCalendarDate(value)) return value;
  report(checker, [...path, key], `\`${key}\` must be a date written YYYY-MM-DD, found ${describeValue(value)}`);
  return undefined;
}

/**
 * Checks an array of tables (`[[ignore]]`, `[[catalog]]`): reports a non-array or a non-table element, and keeps
 * what `checkItem` accepts.
 */
export function checkArrayOfTables<T>(
  checker: Checker,
  key: string,
  section: unknown,
  itemName: string,
  checkItem: (index: number, item: Record<string, unknown>) => T | null | undefined,
): T[] {
  if (!Array.isArray(section)) {
    report(checker, [key], `\`${tableName(checker, [key])}\` must be an array of tables ([[${key}]]), found ${describeValue(section)}`);
    return [];
  }
  const entries: T[] = [];
  section.forEach((item, index) => {
    if (!isPlainTable(item)) {
      report(checker, [key, index], `each ${itemName} must be a table, found ${describeValue(item)}`);
      return;
    }
    const entry = checkItem(index, item);
    if (entry) entries.push(entry);
  });
  return entries;
}
