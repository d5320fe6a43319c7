/** Shapes of validated configuration, as the CLI, the engine and the suppressions consume them. */
import type { CatalogEntry } from "../catalog/types.js";
import type { SeveritySetting } from "../engine/types.js";
import type { Span } from "../model/types.js";

/** One `[[ignore]]` entry, with the position of its table in the file that declared it. */
export interface IgnoreEntry extends Span {
  crate: string;
  /** Cargo requirement; the ignore applies only to versions it admits. */
  version?: string;
  /** Rule id; all rules when absent. */
  rule?: string;
  /** Member package names; all members when absent. */
  members?: string[];
  reason: string;
  /** Last day (YYYY-MM-DD, UTC) the ignore suppresses anything. */
  until?: string;
  tracking?: string;
  /** Absolute path of the config file or Cargo.toml that declares it. */
  file: string;
  /** `file` relative to the workspace root, POSIX separators: used in fingerprints so they do not depend on the checkout path. */
  relativeFile: string;
}

export interface RegistrySettings {
  concurrency?: number;
  cacheTtlMs?: number;
  offline?: boolean;
  /** Absolute when it comes from a file (resolved against the workspace root); as given on the command line. */
  cacheDir?: string;
  /** Per request attempt (`timeout`). */
  timeoutMs?: number;
  /** The whole run's time on the registry (`run-timeout`). */
  runTimeoutMs?: number;
  /** Largest index file read, after decompression (`max-file-size`). */
  maxFileBytes?: number;
  /** Index data one run may download (`max-download`). */
  maxRunBytes?: number;
}

/** One `[advisories] ignore` entry: an advisory id not to report, with a reason and an optional last day. */
export interface AdvisoryIgnore extends Span {
  id: string;
  reason: string;
  /** Last day (YYYY-MM-DD, UTC) the ignore applies. */
  until?: string;
  /** Absolute path of the file that declares it. */
  file: string;
}

/** `[advisories]`. */
export interface AdvisorySettings {
  /** URL of a fetched copy, or an absolute path of a clone or archive. */
  dbUrl?: string;
  ignore?: AdvisoryIgnore[];
  /** Data older than this is reported as stale (default 90 days). */
  staleAfterMs?: number;
}

export interface CliConfigOverrides {
  rules?: Record<string, SeveritySetting>;
  concurrency?: number;
  cacheTtlMs?: number;
  offline?: boolean;
  cacheDir?: string;
  /** `--advisory-db`: a URL or an absolute path. */
  advisoryDb?: string;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Severity and options of a rule, for one member when given. Throws RangeError for an unknown rule id. */
  ruleSetting(ruleId: string, member?: string): RuleSetting;
  /** True when configuration or `--rule` sets the rule's severity (it then wins over a rule's own adjustment). */
  severityConfigured(ruleId: string, member?: string): boolean;
  registry: RegistrySettings;
  ignores: IgnoreEntry[];
  /** Organisation-defined entries; they take precedence over built-in catalog verdicts for the same crate. */
  catalogEntries: CatalogEntry[];
  advisories: AdvisorySettings;
  /** Absolute paths of the files that supplied configuration, in precedence order (lowest first). */
  sources: string[];
}

/** What one rule entry of one source sets; unset fields leave lower layers in force. */
export interface RuleLayerSetting {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
}

/** Everything one configuration source contributes, after validation. */
export interface ConfigLayer {
  rules: Map<string, RuleLayerSetting>;
  registry: RegistrySettings;
  ignores: IgnoreEntry[];
  catalog: CatalogEntry[];
  advisories?: AdvisorySettings;
}
