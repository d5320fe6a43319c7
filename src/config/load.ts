/**
 * Finds, reads and validates every configuration source of a workspace, then resolves them (see resolve.ts
 * for the precedence). Problems of all sources are collected and thrown together as one ConfigError.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { RuleMeta } from "../engine/types.js";
import type { Checker } from "./checker.js";
import { describeValue, isPlainTable, report } from "./checker.js";
import { ConfigError, type ConfigIssue } from "./errors.js";
import { checkLayer, emptyLayer, type LayerOrigin } from "./layer.js";
import { resolveConfig } from "./resolve.js";
import { isSeveritySetting } from "./rules-section.js";
import { parseTomlDocument, type TomlDocument } from "./toml-document.js";
import type { CliConfigOverrides, ConfigLayer, ResolvedConfig } from "./types.js";
import { currentSourceOverlay } from "../model/toml-file.js";

export interface LoadConfigInput {
  workspaceRoot: string;
  rootManifestPath: string;
  memberManifests: Array<{ name: string; manifestPath: string }>;
  /** `--config FILE`; replaces the lookup of cargo-sunset.toml. */
  configPath?: string;
  cli: CliConfigOverrides;
  ruleMetas: RuleMeta[];
  /** Manifest texts already read by the workspace model, so they are not read from disk twice. */
  manifestText?: (path: string) => string | undefined;
}

export const CONFIG_FILE_NAMES = ["cargo-sunset.toml", join(".cargo", "cargo-sunset.toml")] as const;

interface LoadState {
  input: LoadConfigInput;
  metas: Map<string, RuleMeta>;
  issues: ConfigIssue[];
  sources: string[];
  manifests: Map<string, TomlDocument | null>;
}

function parseOrCollect(state: LoadState, text: string, file: string): TomlDocument | null {
  try {
    return parseTomlDocument(text, file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    state.issues.push(...error.issues);
    return null;
  }
}

/** Manifests are parsed once even when the root is also a member; unreadable ones are left to the manifest reader. */
function manifestDocument(state: LoadState, path: string): TomlDocument | null {
  if (!state.manifests.has(path)) {
    let text: string | null = state.input.manifestText?.(path) ?? null;
    try {
      text ??= currentSourceOverlay()?.text(path) ?? readFileSync(path, "utf8");
    } catch {
      text = null;
    }
    // Most manifests have no configuration: skip the second parse for them.
    state.manifests.set(path, text !== null && text.includes("cargo-sunset") ? parseOrCollect(state, text, path) : null);
  }
  return state.manifests.get(path) ?? null;
}

function layerOf(state: LoadState, doc: TomlDocument, prefix: string[], origin: LayerOrigin): ConfigLayer {
  let table: unknown = doc.value;
  for (const key of prefix) table = isPlainTable(table) ? table[key] : undefined;
  if (table === undefined) return emptyLayer();
  const checker: Checker = { doc, prefix, issues: state.issues, ruleIds: new Set(state.metas.keys()), workspaceRoot: state.input.workspaceRoot };
  if (!isPlainTable(table)) {
    report(checker, [], `[${prefix.join(".")}] must be a table, found ${describeValue(table)}`);
    return emptyLayer();
  }
  if (!state.sources.includes(doc.file)) state.sources.push(doc.file);
  return checkLayer(checker, table, origin, state.metas);
}

function findConfigFile(state: LoadState): string | undefined {
  const { configPath, workspaceRoot } = state.input;
  if (configPath !== undefined) {
    const path = resolve(configPath);
    if (!existsSync(path)) state.issues.push({ file: path, line: 0, column: 0, message: "config file not found" });
    return existsSync(path) ? path : undefined;
  }
  const found = CONFIG_FILE_NAMES.map((name) => join(workspaceRoot, name)).filter((path) => existsSync(path));
  if (found.length > 1) {
    // Two files would silently drift apart; make the user keep one.
    state.issues.push({ file: found[1] as string, line: 0, column: 0, message: `both ${found.join(" and ")} exist; keep only one` });
  }
  return found[0];
}

function configFileLayer(state: LoadState): ConfigLayer {
  const path = findConfigFile(state);
  if (path === undefined) return emptyLayer();
  let text: string;
  try {
    text = currentSourceOverlay()?.text(path) ?? readFileSync(path, "utf8");
  } catch (error) {
    state.issues.push({ file: path, line: 0, column: 0, message: `cannot read config file (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    return emptyLayer();
  }
  const doc = parseOrCollect(state, text, path);
  return doc ? layerOf(state, doc, [], { kind: "file" }) : emptyLayer();
}

function checkCli(state: LoadState): void {
  const { cli } = state.input;
  for (const [id, severity] of Object.entries(cli.rules ?? {})) {
    if (!state.metas.has(id)) state.issues.push({ file: "command line", line: 0, column: 0, message: `unknown rule \`${id}\`` });
    else if (!isSeveritySetting(severity)) {
      state.issues.push({ file: "command line", line: 0, column: 0, message: `rule \`${id}\`: unknown severity ${JSON.stringify(severity)}` });
    }
  }
  if (cli.concurrency !== undefined && !(Number.isInteger(cli.concurrency) && cli.concurrency >= 1)) {
    state.issues.push({ file: "command line", line: 0, column: 0, message: "concurrency must be an integer of at least 1" });
  }
}

/** Files in the order first met, and top to bottom within each file. */
function sortedByPosition(issues: ConfigIssue[]): ConfigIssue[] {
  const fileOrder = [...new Set(issues.map((issue) => issue.file))];
  const rank = (issue: ConfigIssue) => fileOrder.indexOf(issue.file);
  return [...issues].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
}

export function loadConfig(input: LoadConfigInput): ResolvedConfig {
  const state: LoadState = { input, metas: new Map(input.ruleMetas.map((m) => [m.id, m])), issues: [], sources: [], manifests: new Map() };
  const rootDoc = manifestDocument(state, input.rootManifestPath);
  const workspaceMetadata = rootDoc ? layerOf(state, rootDoc, ["workspace", "metadata", "cargo-sunset"], { kind: "workspace-metadata" }) : emptyLayer();
  const configFile = configFileLayer(state);
  const packageMetadata = new Map<string, ConfigLayer>();
  for (const member of input.memberManifests) {
    const doc = manifestDocument(state, member.manifestPath);
    if (doc) packageMetadata.set(member.name, layerOf(state, doc, ["package", "metadata", "cargo-sunset"], { kind: "package-metadata", member: member.name }));
  }
  checkCli(state);
  if (state.issues.length > 0) throw new ConfigError(sortedByPosition(state.issues));
  return resolveConfig({ workspaceMetadata, configFile, packageMetadata, cli: input.cli, ruleMetas: input.ruleMetas, sources: state.sources });
}
