/** Validates one cargo-sunset table (a config file or a Cargo.toml metadata table) into a ConfigLayer. */
import type { RuleMeta } from "../engine/types.js";
import { checkAdvisoriesSection } from "./advisories-section.js";
import { checkCatalogSection } from "./catalog-section.js";
import { checkKeys, report, tableName, type Checker } from "./checker.js";
import { checkIgnoreSection } from "./ignore-section.js";
import { checkRegistrySection } from "./registry-section.js";
import { checkRulesSection } from "./rules-section.js";
import type { ConfigLayer } from "./types.js";

export type LayerOrigin = { kind: "file" } | { kind: "workspace-metadata" } | { kind: "package-metadata"; member: string };

const KEYS = ["rules", "registry", "ignore", "catalog", "advisories"] as const;

export function emptyLayer(): ConfigLayer {
  return { rules: new Map(), registry: {}, ignores: [], catalog: [] };
}

export function checkLayer(
  checker: Checker,
  table: Record<string, unknown>,
  origin: LayerOrigin,
  metas: ReadonlyMap<string, RuleMeta>,
): ConfigLayer {
  checkKeys(checker, [], table, KEYS);
  const layer = emptyLayer();
  if (table.rules !== undefined) layer.rules = checkRulesSection(checker, table.rules, metas);
  const member = origin.kind === "package-metadata" ? origin.member : undefined;
  if (table.ignore !== undefined) layer.ignores = checkIgnoreSection(checker, table.ignore, { member });
  // Registry settings and catalog verdicts are run-wide, so one package cannot set them for the others.
  for (const key of ["registry", "catalog", "advisories"] as const) {
    if (table[key] !== undefined && member !== undefined) {
      report(checker, [key], `[${tableName(checker, [key])}] applies to the whole run; set it in cargo-sunset.toml or [workspace.metadata.cargo-sunset]`, "key");
    }
  }
  if (member !== undefined) return layer;
  if (table.registry !== undefined) layer.registry = checkRegistrySection(checker, table.registry);
  if (table.catalog !== undefined) layer.catalog = checkCatalogSection(checker, table.catalog);
  if (table.advisories !== undefined) layer.advisories = checkAdvisoriesSection(checker, table.advisories);
  return layer;
}
