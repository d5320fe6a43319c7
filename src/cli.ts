/** main(argv, io) → exit code. Everything process-specific arrives through `io`; only bin.ts touches `process`. */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { ALL_RULE_METAS, runAudit } from "./audit.js";
import { createCatalog } from "./catalog/catalog.js";
import { formatAdvisory, formatGuide } from "./catalog/format.js";
import { helpText, parseCommandLine, type FailOn, type Format, type ParsedArgs } from "./cli-options.js";
import { buildMetadata } from "./commands/metadata.js";
import { explainWhy, formatWhy } from "./commands/why.js";
import { parseDuration } from "./config/duration.js";
import { ConfigError } from "./config/errors.js";
import { starterConfig } from "./config/init.js";
import type { CliConfigOverrides } from "./config/types.js";
import type { Finding, Severity, SeveritySetting } from "./engine/types.js";
import { InputError, UsageError } from "./errors.js";
import { SpanLocator } from "./model/spans.js";
import { readTextFile } from "./model/toml-file.js";
import { loadWorkspace, loadWorkspaces } from "./model/workspace.js";
import { findRepoRoot, reporters, type ReportContext } from "./report/index.js";
import { writeBaseline } from "./suppress/baseline.js";
import { writeFileAtomic } from "./util/atomic-write.js";
import { packageRoot, toolVersion } from "./util/package-root.js";
import type { FetchLike } from "./registry/http.js";

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  now: Date;
  /** Injected in tests. */
  fetch?: FetchLike;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

function atOrAbove(finding: Finding, failOn: FailOn): boolean {
  return failOn !== "never" && RANK[finding.severity] >= RANK[failOn];
}

function useColor(args: ParsedArgs, io: CliIo): boolean {
  if (args.options["no-color"] || (io.env.NO_COLOR ?? "") !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTTY;
}

function ruleOverrides(values: string[] | undefined): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const value of values ?? []) {
    const [id, level] = value.split("=");
    if (!id || !level || !["error", "warning", "note", "off"].includes(level)) throw new UsageError(`--rule expects ID=LEVEL with LEVEL error, warning, note or off, got \`${value}\``);
    if (!ALL_RULE_METAS.some((m) => m.id === id)) throw new UsageError(`--rule: unknown rule \`${id}\` (see --list-rules)`);
    out[id] = level as SeveritySetting;
  }
  return out;
}

function cliOverrides(args: ParsedArgs): CliConfigOverrides {
  const o = args.options;
  const out: CliConfigOverrides = { rules: ruleOverrides(o.rule) };
  if (o.offline) out.offline = true;
  if (o.concurrency !== undefined) {
    const n = Number(o.concurrency);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency expects a positive integer, got \`${o.concurrency}\``);
    out.concurrency = n;
  }
  if (o["cache-ttl"] !== undefined) {
    const ms = parseDuration(/^\d+$/.test(o["cache-ttl"]) ? Number(o["cache-ttl"]) : o["cache-ttl"]);
    if (ms === null) throw new UsageError(`--cache-ttl expects a duration like 30m, 1h, 2d or seconds, got \`${o["cache-ttl"]}\``);
    out.cacheTtlMs = ms;
  }
  if (o["cache-dir"] !== undefined) out.cacheDir = o["cache-dir"];
  return out;
}

function listRules(): string {
  const width = Math.max(...ALL_RULE_METAS.map((m) => m.id.length));
  return `${ALL_RULE_METAS.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.needsRegistry ? "registry" : "offline "}  ${m.description}`).join("\n")}\n`;
}

function explain(topic: string): string {
  const meta = ALL_RULE_METAS.find((m) => m.id === topic);
  if (meta) return readFileSync(join(packageRoot(), meta.docs), "utf8");
  const catalog = createCatalog();
  const entry = catalog.entry(topic);
  // The lowest possible version: every advisory that ever applied to the crate.
  const advisories = catalog.advisoriesFor(topic, "0.0.0-0");
  if (!entry && advisories.length === 0) throw new UsageError(`--explain: \`${topic}\` is neither a rule id nor a crate in the catalog (see --list-rules)`);
  return [entry ? formatGuide(entry) : "", ...advisories.map(formatAdvisory)].filter(Boolean).join("\n\n") + "\n";
}

async function check(args: ParsedArgs, io: CliIo, relativize: (f: string) => string): Promise<number> {
  const o = args.options;
  const failOn = (o["fail-on"] ?? "error") as FailOn;
  const baselinePath = o.baseline ? resolve(io.cwd, o.baseline) : undefined;
  if (o["update-baseline"] && !baselinePath) throw new UsageError("--update-baseline needs --baseline FILE");
  const showProgress = io.stderrIsTTY && !io.env.CI && !o.quiet;
  const outcome = await runAudit({
    paths: args.positionals.map((p) => resolve(io.cwd, p)),
    cwd: io.cwd,
    now: io.now,
    configPath: o.config ? resolve(io.cwd, o.config) : undefined,
    cli: cliOverrides(args),
    registry: {
      env: io.env,
      ...(io.fetch ? { fetch: io.fetch } : {}),
      ...(io.env.CARGO_SUNSET_CRATES_IO_INDEX ? { cratesIoIndex: io.env.CARGO_SUNSET_CRATES_IO_INDEX } : {}),
      ...(showProgress ? { onProgress: (done: number, total: number) => io.stderr(`\rchecking crates ${done}/${total}${done === total ? "\n" : ""}`) } : {}),
    },
    baselinePath,
    ignoreBaseline: o["update-baseline"],
  });
  if (o["update-baseline"] && baselinePath) {
    writeBaseline(baselinePath, outcome.result.findings, io.cwd);
    io.stderr(`wrote ${outcome.result.findings.length} finding(s) to ${relativize(baselinePath)}\n`);
    return EXIT_OK;
  }
  const result = o.quiet
    ? { ...outcome.result, findings: outcome.result.findings.filter((f) => failOn === "never" || atOrAbove(f, failOn)), notes: [] }
    : outcome.result;
  const context: ReportContext = {
    cwd: io.cwd,
    repoRoot: findRepoRoot(io.cwd),
    color: useColor(args, io) && !o.output,
    toolVersion: toolVersion(),
    catalog: outcome.catalog,
    ...(o["automation-id"] ? { automationId: o["automation-id"] } : {}),
  };
  const format: Format = o.format ?? "text";
  const rendered = reporters[format](result, context);
  if (o.output) writeFileAtomic(resolve(io.cwd, o.output), rendered);
  else io.stdout(rendered);
  if (o.sarif) writeFileAtomic(resolve(io.cwd, o.sarif), reporters.sarif(outcome.result, { ...context, color: false }));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile && format !== "markdown") appendSummary(summaryFile, reporters.markdown(result, { ...context, color: false }));
  if (outcome.registryFailed && o["fail-on-registry-error"]) {
    io.stderr("cargo-sunset: the registry could not be read for every crate (--fail-on-registry-error)\n");
    return EXIT_ERROR;
  }
  return outcome.result.findings.some((f) => atOrAbove(f, failOn)) ? EXIT_FINDINGS : EXIT_OK;
}

function appendSummary(file: string, markdown: string): void {
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "";
  writeFileAtomic(file, existing + markdown);
}

function why(args: ParsedArgs, io: CliIo, relativize: (f: string) => string): number {
  const [crate, ...paths] = args.positionals;
  if (!crate) throw new UsageError("why needs a crate name: cargo-sunset why <CRATE> [PATH...]");
  const format = args.options.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError("why supports --format text or json");
  const reports = loadWorkspaces(paths.length > 0 ? paths.map((p) => resolve(io.cwd, p)) : [io.cwd]).map((ws) =>
    explainWhy(ws, crate, new SpanLocator((p) => ws.sources.get(p) ?? readTextFile(p))),
  );
  if (format === "json") {
    const json = reports.map((r) => ({ ...r, workspaceRoot: relativize(r.workspaceRoot) || ".", versions: r.versions.map((v) => ({ ...v, entries: v.entries.map((e) => ({ ...e, manifest: relativize(e.manifest) })) })) }));
    io.stdout(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else {
    io.stdout(reports.map((r) => formatWhy(r, relativize)).join("\n"));
  }
  return reports.some((r) => r.versions.length > 0) ? EXIT_OK : EXIT_FINDINGS;
}

function metadata(args: ParsedArgs, io: CliIo): number {
  if (args.positionals.length > 1) throw new UsageError("metadata takes at most one PATH");
  const workspace = loadWorkspace(resolve(io.cwd, args.positionals[0] ?? "."), { skipLockfile: true });
  io.stdout(`${JSON.stringify(buildMetadata(workspace, readTextFile), null, 2)}\n`);
  return EXIT_OK;
}

function init(args: ParsedArgs, io: CliIo, relativize: (f: string) => string): number {
  const dir = resolve(io.cwd, args.positionals[0] ?? ".");
  const target = join(dir, "cargo-sunset.toml");
  if (existsSync(target)) throw new UsageError(`${relativize(target)} already exists; not overwriting it`);
  writeFileAtomic(target, starterConfig(ALL_RULE_METAS));
  io.stderr(`wrote ${relativize(target)}\n`);
  return EXIT_OK;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const relativize = (file: string) => {
    const rel = relative(io.cwd, file);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? file : rel.split("\\").join("/");
  };
  try {
    const args = parseCommandLine(argv);
    const o = args.options;
    if (o.help) return io.stdout(helpText(toolVersion())), EXIT_OK;
    if (o.version) return io.stdout(`cargo-sunset ${toolVersion()}\n`), EXIT_OK;
    if (o["list-rules"]) return io.stdout(listRules()), EXIT_OK;
    if (o.explain !== undefined) return io.stdout(explain(o.explain)), EXIT_OK;
    switch (args.command) {
      case "metadata":
        return metadata(args, io);
      case "why":
        return why(args, io, relativize);
      case "init":
        return init(args, io, relativize);
      default:
        return await check(args, io, relativize);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) {
      io.stderr(`${error.describe(relativize)}\n`);
      return EXIT_ERROR;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\nRun \`cargo-sunset --help\` for usage.\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
}
