/** `[registry]`: how the crates.io index is queried and cached. */
import { isAbsolute, resolve } from "node:path";
import { checkKeys, describeValue, isPlainTable, report, tableName, type Checker } from "./checker.js";
import { parseDuration, parseSize } from "./duration.js";
import type { RegistrySettings } from "./types.js";

const KEYS = ["concurrency", "cache-ttl", "offline", "cache-dir", "timeout", "run-timeout", "max-file-size", "max-download"] as const;

export function checkRegistrySection(checker: Checker, section: unknown): RegistrySettings {
  const settings: RegistrySettings = {};
  const path = ["registry"];
  if (!isPlainTable(section)) {
    report(checker, path, `[${tableName(checker, path)}] must be a table, found ${describeValue(section)}`);
    return settings;
  }
  checkKeys(checker, path, section, KEYS);
  const { concurrency, offline } = section;
  if (concurrency !== undefined) {
    if (typeof concurrency === "number" && Number.isInteger(concurrency) && concurrency >= 1) settings.concurrency = concurrency;
    else report(checker, [...path, "concurrency"], `\`concurrency\` must be an integer of at least 1, found ${describeValue(concurrency)}`);
  }
  const ttl = section["cache-ttl"];
  if (ttl !== undefined) {
    const ms = parseDuration(ttl);
    if (ms !== null) settings.cacheTtlMs = ms;
    else report(checker, [...path, "cache-ttl"], `\`cache-ttl\` must be a duration such as "30m", "1h", "2d" or a number of seconds, found ${describeValue(ttl)}`);
  }
  if (offline !== undefined) {
    if (typeof offline === "boolean") settings.offline = offline;
    else report(checker, [...path, "offline"], `\`offline\` must be true or false, found ${describeValue(offline)}`);
  }
  const cacheDir = section["cache-dir"];
  if (cacheDir !== undefined) {
    if (typeof cacheDir === "string" && cacheDir.trim() !== "") {
      // Relative to the workspace root, whichever file sets it, so moving the setting never changes its meaning.
      settings.cacheDir = isAbsolute(cacheDir) ? cacheDir : resolve(checker.workspaceRoot, cacheDir);
    } else {
      report(checker, [...path, "cache-dir"], `\`cache-dir\` must be a non-empty path, found ${describeValue(cacheDir)}`);
    }
  }
  checkLimits(checker, section, settings);
  return settings;
}

const positiveDuration = (value: unknown): number | null => {
  const ms = parseDuration(value);
  return ms !== null && ms > 0 ? ms : null;
};
const DURATION = `a duration above zero such as "10s", "2m" or a number of seconds`;
const SIZE = `a size above zero such as "20MB", "512KiB" or a number of bytes`;

/** The registry client's limits: a request's and the run's time, one file's and the run's size. */
const LIMITS = [
  { key: "timeout", field: "timeoutMs", parse: positiveDuration, expected: DURATION },
  { key: "run-timeout", field: "runTimeoutMs", parse: positiveDuration, expected: DURATION },
  { key: "max-file-size", field: "maxFileBytes", parse: parseSize, expected: SIZE },
  { key: "max-download", field: "maxRunBytes", parse: parseSize, expected: SIZE },
] as const;

function checkLimits(checker: Checker, section: Record<string, unknown>, settings: RegistrySettings): void {
  for (const { key, field, parse, expected } of LIMITS) {
    const value = section[key];
    if (value === undefined) continue;
    const parsed = parse(value);
    if (parsed !== null) settings[field] = parsed;
    else report(checker, ["registry", key], `\`${key}\` must be ${expected}, found ${describeValue(value)}`);
  }
}
