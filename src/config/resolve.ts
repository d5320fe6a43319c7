/**
 * Merges validated layers into the configuration a run uses. Precedence, highest first:
 * command line > [package.metadata.cargo-sunset] of the member > config file > [workspace.metadata.cargo-sunset] > defaults.
 * A member's package metadata sits above the config file because it is the most specific statement about that member.
 */
import type { CatalogEntry } from "../catalog/types.js";
import type { RuleMeta } from "../engine/types.js";
import type { AdvisorySettings, CliConfigOverrides, ConfigLayer, RegistrySettings, ResolvedConfig, RuleSetting } from "./types.js";

export interface ResolveInput {
  workspaceMetadata: ConfigLayer;
  configFile: ConfigLayer;
  /** By member name. */
  packageMetadata: ReadonlyMap<string, ConfigLayer>;
  cli: CliConfigOverrides;
  ruleMetas: RuleMeta[];
  sources: string[];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function mergeRegistry(input: ResolveInput): RegistrySettings {
  const { concurrency, cacheTtlMs, offline, cacheDir } = input.cli;
  return {
    ...definedOnly(input.workspaceMetadata.registry),
    ...definedOnly(input.configFile.registry),
    ...definedOnly({ concurrency, cacheTtlMs, offline, cacheDir }),
  };
}

/** Config-file entries win over workspace-metadata entries for the same crate. */
function mergeCatalog(input: ResolveInput): CatalogEntry[] {
  const fromFile = input.configFile.catalog;
  const named = new Set(fromFile.map((entry) => entry.crate));
  return [...fromFile, ...input.workspaceMetadata.catalog.filter((entry) => !named.has(entry.crate))];
}

/** The config file's settings over the workspace metadata's; `--advisory-db` over both; ignores from both. */
function mergeAdvisories(input: ResolveInput): AdvisorySettings {
  const low = input.workspaceMetadata.advisories ?? {};
  const high = input.configFile.advisories ?? {};
  const ignore = [...(high.ignore ?? []), ...(low.ignore ?? [])];
  const dbUrl = input.cli.advisoryDb ?? high.dbUrl ?? low.dbUrl;
  const staleAfterMs = high.staleAfterMs ?? low.staleAfterMs;
  return { ...(dbUrl !== undefined ? { dbUrl } : {}), ...(staleAfterMs !== undefined ? { staleAfterMs } : {}), ignore };
}

export function resolveConfig(input: ResolveInput): ResolvedConfig {
  const metas = new Map(input.ruleMetas.map((meta) => [meta.id, meta]));
  const ignores = [input.configFile, input.workspaceMetadata, ...input.packageMetadata.values()].flatMap((layer) => layer.ignores);

  function ruleSetting(ruleId: string, member?: string): RuleSetting {
    const meta = metas.get(ruleId);
    if (!meta) throw new RangeError(`unknown rule id \`${ruleId}\``);
    const packageLayer = member === undefined ? undefined : input.packageMetadata.get(member);
    const layers = [input.workspaceMetadata, input.configFile, packageLayer].filter((layer) => layer !== undefined);
    const setting: RuleSetting = { severity: meta.defaultSeverity, options: { ...meta.defaultOptions } };
    for (const layer of layers) {
      const ruleLayer = layer.rules.get(ruleId);
      if (!ruleLayer) continue;
      if (ruleLayer.severity !== undefined) setting.severity = ruleLayer.severity;
      Object.assign(setting.options, ruleLayer.options);
    }
    const fromCli = input.cli.rules?.[ruleId];
    if (fromCli !== undefined) setting.severity = fromCli;
    return setting;
  }

  function severityConfigured(ruleId: string, member?: string): boolean {
    const packageLayer = member === undefined ? undefined : input.packageMetadata.get(member);
    const layers = [input.workspaceMetadata, input.configFile, packageLayer].filter((layer) => layer !== undefined);
    return input.cli.rules?.[ruleId] !== undefined || layers.some((layer) => layer.rules.get(ruleId)?.severity !== undefined);
  }

  return { ruleSetting, severityConfigured, registry: mergeRegistry(input), ignores, catalogEntries: mergeCatalog(input), advisories: mergeAdvisories(input), sources: input.sources };
}
