/** `--list-rules`, `--explain <rule or crate>` and `init`: what the tool knows, without auditing anything. */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ALL_RULE_METAS } from "../audit.js";
import { createCatalog } from "../catalog/catalog.js";
import { formatAdvisory, formatGuide } from "../catalog/format.js";
import { EXIT_OK, type CliIo, type Relativize } from "../cli-io.js";
import type { ParsedArgs } from "../cli-options.js";
import { starterConfig } from "../config/init.js";
import { UsageError } from "../errors.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { packageRoot } from "../util/package-root.js";

/** `--list-rules --format json`: one object per rule. */
export function listRules(format: string = "text"): string {
  if (format === "json") {
    const rules = ALL_RULE_METAS.map((m) => ({
      id: m.id, description: m.description, defaultSeverity: m.defaultSeverity, category: m.category,
      needsRegistry: m.needsRegistry, docs: m.docs, ...(m.url ? { url: m.url } : {}),
      ...(m.defaultOptions ? { defaultOptions: m.defaultOptions } : {}), ...(m.messages ? { messages: m.messages } : {}),
    }));
    return `${JSON.stringify({ rules }, null, 2)}\n`;
  }
  const width = Math.max(...ALL_RULE_METAS.map((m) => m.id.length));
  return `${ALL_RULE_METAS.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.needsRegistry ? "registry" : "offline "}  ${m.description}`).join("\n")}\n`;
}

/** crates.io treats names case-insensitively and `-` like `_`; rule ids are lower-case with `-`. */
const normalize = (name: string) => name.trim().toLowerCase().replace(/_/g, "-");

/** Levenshtein distance, cut off above `max` (only near names are suggested). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to three known names within a third of the topic's length (at least 1, at most 3 edits). */
export function nearNames(topic: string, names: readonly string[]): string[] {
  const wanted = normalize(topic);
  const max = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  return names
    .map((name) => ({ name, d: distance(wanted, normalize(name), max) }))
    .filter((c) => c.d <= max || (wanted.length >= 3 && normalize(c.name).startsWith(wanted)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((c) => c.name);
}

export function explain(topic: string, format: string = "text"): string {
  const wanted = normalize(topic);
  const meta = ALL_RULE_METAS.find((m) => m.id === wanted);
  const json = format === "json";
  if (meta) {
    const docs = readFileSync(join(packageRoot(), meta.docs), "utf8");
    return json ? `${JSON.stringify({ kind: "rule", rule: { ...meta }, docs }, null, 2)}\n` : docs;
  }
  const catalog = createCatalog();
  const crateNames = [...new Set([...catalog.entries().map((e) => e.crate), ...catalog.advisoryCrates()])];
  const name = crateNames.find((n) => normalize(n) === wanted) ?? topic;
  const entry = catalog.entry(name);
  // The lowest possible version: every advisory that ever applied to the crate.
  const advisories = catalog.advisoriesFor(name, "0.0.0-0");
  if (!entry && advisories.length === 0) {
    const near = nearNames(topic, [...ALL_RULE_METAS.map((m) => m.id), ...crateNames]);
    const hint = near.length > 0 ? `; did you mean ${near.map((n) => `\`${n}\``).join(", ")}?` : " (see --list-rules and --list-crates)";
    throw new UsageError(`--explain: \`${topic}\` is neither a rule id nor a crate in the catalog${hint}`);
  }
  if (json) return `${JSON.stringify({ kind: "crate", crate: name, entry: entry ?? null, advisories }, null, 2)}\n`;
  return [entry ? formatGuide(entry) : "", ...advisories.map(formatAdvisory)].filter(Boolean).join("\n\n") + "\n";
}

/** `--list-crates`: every catalog entry (organisation entries aside) with its verdict and the versions it covers. */
export function listCrates(): string {
  const entries = [...createCatalog().entries()].sort((a, b) => a.crate.localeCompare(b.crate));
  const rows = entries.map((e) => [e.crate, e.status, e.versions, e.replacements.map((r) => r.crate).join(", ") || "-"]);
  const header = ["CRATE", "VERDICT", "VERSIONS", "REPLACEMENTS"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ");
  return `${[header, ...rows].map(format).join("\n")}\n`;
}

export function init(args: ParsedArgs, io: CliIo, relativize: Relativize): number {
  const dir = resolve(io.cwd, args.positionals[0] ?? ".");
  const target = join(dir, "cargo-sunset.toml");
  if (existsSync(target)) throw new UsageError(`${relativize(target)} already exists; not overwriting it`);
  writeFileAtomic(target, starterConfig(ALL_RULE_METAS));
  io.stderr(`wrote ${relativize(target)}\n`);
  return EXIT_OK;
}

