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

export function listRules(): string {
  const width = Math.max(...ALL_RULE_METAS.map((m) => m.id.length));
  return `${ALL_RULE_METAS.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.needsRegistry ? "registry" : "offline "}  ${m.description}`).join("\n")}\n`;
}

export function explain(topic: string): string {
  const meta = ALL_RULE_METAS.find((m) => m.id === topic);
  if (meta) return readFileSync(join(packageRoot(), meta.docs), "utf8");
  const catalog = createCatalog();
  const entry = catalog.entry(topic);
  // The lowest possible version: every advisory that ever applied to the crate.
  const advisories = catalog.advisoriesFor(topic, "0.0.0-0");
  if (!entry && advisories.length === 0) throw new UsageError(`--explain: \`${topic}\` is neither a rule id nor a crate in the catalog (see --list-rules)`);
  return [entry ? formatGuide(entry) : "", ...advisories.map(formatAdvisory)].filter(Boolean).join("\n\n") + "\n";
}

export function init(args: ParsedArgs, io: CliIo, relativize: Relativize): number {
  const dir = resolve(io.cwd, args.positionals[0] ?? ".");
  const target = join(dir, "cargo-sunset.toml");
  if (existsSync(target)) throw new UsageError(`${relativize(target)} already exists; not overwriting it`);
  writeFileAtomic(target, starterConfig(ALL_RULE_METAS));
  io.stderr(`wrote ${relativize(target)}\n`);
  return EXIT_OK;
}

