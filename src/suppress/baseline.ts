/**
 * Baseline files: the fingerprints of findings accepted when a project adopts cargo-sunset, so that only new
 * findings are reported. Fingerprints carry no line numbers, so edits elsewhere in Cargo.toml keep them valid.
 */
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { ConfigError } from "../config/errors.js";
import type { Finding } from "../engine/types.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { JsonSyntaxError, parseJsonWithPositions, type LocatedJson } from "./json-positions.js";

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  crate: string;
  /** Manifest path relative to the directory the baseline was written from, POSIX separators. */
  file: string;
}

export interface Baseline {
  schemaVersion: 1;
  entries: BaselineEntry[];
}

export interface BaselineOutcome {
  kept: Finding[];
  suppressed: Finding[];
  /** Entries no finding matches any more (fixed since): they can be pruned. */
  stale: BaselineEntry[];
}

const ENTRY_KEYS = ["fingerprint", "rule", "crate", "file"] as const;

function fail(path: string, line: number, column: number, message: string): never {
  throw new ConfigError([{ file: path, line, column, message }]);
}

function checkShape(path: string, json: LocatedJson): Baseline {
  const at = (where: Array<string | number>, message: string): never => {
    const { line, column } = json.positionOf(where);
    return fail(path, line, column, message);
  };
  const root = json.value as Record<string, unknown>;
  if (typeof root !== "object" || root === null || Array.isArray(root)) at([], "a baseline must be a JSON object");
  if (root.schemaVersion !== 1) at(["schemaVersion"], `unsupported baseline schemaVersion ${JSON.stringify(root.schemaVersion)}; expected 1`);
  if (!Array.isArray(root.entries)) at(["entries"], "`entries` must be an array");
  const entries = root.entries as unknown[];
  entries.forEach((entry, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) at(["entries", index], "each entry must be an object");
    for (const key of ENTRY_KEYS) {
      const value = (entry as Record<string, unknown>)[key];
      if (typeof value !== "string") at(["entries", index, key], `entry \`${key}\` must be a string`);
    }
  });
  return { schemaVersion: 1, entries: entries as BaselineEntry[] };
}

/** Reads and checks a baseline; problems are ConfigErrors at the offending line and column. */
export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(path, 0, 0, code === "ENOENT" ? "baseline file not found" : `cannot read baseline (${code ?? String(error)})`);
  }
  try {
    return checkShape(path, parseJsonWithPositions(text));
  } catch (error) {
    if (error instanceof JsonSyntaxError) fail(path, error.line, error.column, `invalid JSON: ${error.message}`);
    throw error;
  }
}

export function baselineOf(findings: Finding[], cwd: string): Baseline {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const file = relative(cwd, finding.location.file).split(sep).join("/");
    byFingerprint.set(finding.fingerprint, { fingerprint: finding.fingerprint, rule: finding.ruleId, crate: finding.crate.name, file });
  }
  const entries = [...byFingerprint.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.crate.localeCompare(b.crate) || a.fingerprint.localeCompare(b.fingerprint),
  );
  return { schemaVersion: 1, entries };
}

/** One entry per line, so reviews of a baseline change read like a list. */
export function serializeBaseline(baseline: Baseline): string {
  const lines = baseline.entries.map((entry) => `    { ${ENTRY_KEYS.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(entry[key])}`).join(", ")} }`);
  const body = lines.length === 0 ? "[]" : `[\n${lines.join(",\n")}\n  ]`;
  return `{\n  "schemaVersion": 1,\n  "entries": ${body}\n}\n`;
}

/** Writes the baseline of `findings` atomically (temp file + rename), paths relative to `cwd`. */
export function writeBaseline(path: string, findings: Finding[], cwd: string): void {
  writeFileAtomic(path, serializeBaseline(baselineOf(findings, cwd)));
}

export function applyBaseline(findings: Finding[], baseline: Baseline): BaselineOutcome {
  const known = new Set(baseline.entries.map((entry) => entry.fingerprint));
  const seen = new Set<string>();
  const outcome: BaselineOutcome = { kept: [], suppressed: [], stale: [] };
  for (const finding of findings) {
    if (known.has(finding.fingerprint)) {
      seen.add(finding.fingerprint);
      outcome.suppressed.push(finding);
    } else {
      outcome.kept.push(finding);
    }
  }
  outcome.stale = baseline.entries.filter((entry) => !seen.has(entry.fingerprint));
  return outcome;
}
