/** `cargo-sunset check`: audits workspaces and writes the report in the chosen formats. */
import { resolve } from "node:path";
import { ALL_RULE_METAS, runAudit, type AuditOptions } from "../audit.js";
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, type CliIo, type Relativize } from "../cli-io.js";
import type { ColorMode, FailOn, Format, ParsedArgs } from "../cli-options.js";
import { parseDuration } from "../config/duration.js";
import type { CliConfigOverrides } from "../config/types.js";
import { atOrAbove } from "../engine/severity.js";
import type { Finding, SeveritySetting } from "../engine/types.js";
import { UsageError } from "../errors.js";
import { reporters } from "../report/index.js";
import { writeBaseline } from "../suppress/baseline.js";
import { appendFileAtomic, writeFileAtomic } from "../util/atomic-write.js";
import { colorEnabled } from "../util/color-mode.js";
import { buildReportContext } from "./report-context.js";

/** The engine's fail threshold (src/engine/severity.ts). */
function failsAt(finding: Finding, failOn: FailOn): boolean {
  return atOrAbove(finding.severity, failOn);
}

function useColor(args: ParsedArgs, io: CliIo): boolean {
  const mode = (args.options.color ?? (args.options["no-color"] ? "never" : "auto")) as ColorMode;
  return colorEnabled(mode, io.env, io.stdoutIsTTY);
}

/** `checking crates N/M` on one terminal line, erased when done so the report starts on a clean screen. */
function progressLine(io: CliIo): { onProgress: (done: number, total: number) => void; clear: () => void } {
  let shown = false;
  const clear = () => {
    if (shown) io.stderr("\r\x1b[2K");
    shown = false;
  };
  return {
    onProgress(done, total) {
      if (done >= total) return clear();
      io.stderr(`\r\x1b[2Kchecking crates ${done}/${total}`);
      shown = true;
    },
    clear,
  };
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

function cliOverrides(args: ParsedArgs, cwd: string): CliConfigOverrides {
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
  const db = o["advisory-db"];
  if (db !== undefined) out.advisoryDb = /^https?:\/\//i.test(db) ? db : resolve(cwd, db);
  return out;
}

export async function check(args: ParsedArgs, io: CliIo, relativize: Relativize): Promise<number> {
  const o = args.options;
  const failOn = (o["fail-on"] ?? "error") as FailOn;
  const baselinePath = o.baseline ? resolve(io.cwd, o.baseline) : undefined;
  if (o["update-baseline"] && !baselinePath) throw new UsageError("--update-baseline needs --baseline FILE");
  const progress = io.stderrIsTTY && !io.env.CI && !o.quiet ? progressLine(io) : undefined;
  if (o.fix && o["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run exclude each other");
  if ((o.fix || o["fix-dry-run"]) && o["update-baseline"]) throw new UsageError("--fix does not combine with --update-baseline");
  const auditOptions: AuditOptions = {
    paths: args.positionals.map((p) => resolve(io.cwd, p)),
    cwd: io.cwd,
    now: io.now,
    configPath: o.config ? resolve(io.cwd, o.config) : undefined,
    cli: cliOverrides(args, io.cwd),
    registry: {
      env: io.env,
      ...(io.fetch ? { fetch: io.fetch } : {}),
      ...(io.env.CARGO_SUNSET_CRATES_IO_INDEX ? { cratesIoIndex: io.env.CARGO_SUNSET_CRATES_IO_INDEX } : {}),
      ...(progress ? { onProgress: progress.onProgress } : {}),
    },
    baselinePath,
    ignoreBaseline: o["update-baseline"],
    members: { packages: o.package ?? [], exclude: o.exclude ?? [] },
  };
  let outcome = await runAudit(auditOptions).finally(() => progress?.clear());
  if (o.fix || o["fix-dry-run"]) {
    const fixed = (await import("../fix/command.js")).runFixes(outcome, io, relativize, o["fix-dry-run"] === true);
    if (o["fix-dry-run"]) return fixed.changed ? EXIT_FINDINGS : EXIT_OK;
    if (fixed.changed) outcome = await runAudit(auditOptions).finally(() => progress?.clear());
  }
  if (o["update-baseline"] && baselinePath) {
    writeBaseline(baselinePath, outcome.result.findings, io.cwd);
    io.stderr(`wrote ${outcome.result.findings.length} finding(s) to ${relativize(baselinePath)}\n`);
    return EXIT_OK;
  }
  const shown = o.quiet ? outcome.result.findings.filter((f) => failOn === "never" || failsAt(f, failOn)) : outcome.result.findings;
  const result = o.quiet
    ? {
        ...outcome.result,
        findings: shown,
        notes: [],
        hidden: { findings: outcome.result.findings.length - shown.length, notes: outcome.result.notes.length, below: failOn === "never" ? ("note" as const) : failOn },
      }
    : outcome.result;
  const context = buildReportContext({
    cwd: io.cwd,
    // SARIF and GitLab paths are relative to the repository of the audited project, wherever the tool is run from.
    projectDir: outcome.result.workspaceRoots[0] ?? io.cwd,
    color: useColor(args, io) && !o.output,
    catalog: outcome.catalog,
    rules: outcome.result.rules,
    ...(o["automation-id"] ? { automationId: o["automation-id"] } : {}),
  });
  const format: Format = o.format ?? "text";
  const rendered = reporters[format](result, context);
  if (o.output) writeFileAtomic(resolve(io.cwd, o.output), rendered);
  else io.stdout(rendered);
  if (o.sarif) writeFileAtomic(resolve(io.cwd, o.sarif), reporters.sarif(outcome.result, { ...context, color: false }));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile && format !== "markdown") appendSummary(summaryFile, reporters.markdown(result, { ...context, color: false }));
  if (!o.output && !o.sarif && !summaryFile && outcome.validUntil > io.now.getTime()) io.reportCacheable?.(outcome.validUntil);
  if (outcome.registryFailed && o["fail-on-registry-error"]) {
    io.stderr("cargo-sunset: the registry could not be read for every crate (--fail-on-registry-error)\n");
    return EXIT_ERROR;
  }
  if (outcome.result.findings.some((f) => failsAt(f, failOn))) return EXIT_FINDINGS;
  return exceedsMaxWarnings(outcome.result.findings, o["max-warnings"], io) ? EXIT_FINDINGS : EXIT_OK;
}

/** ESLint's --max-warnings: more warnings than N fail the run even when --fail-on would let them pass. */
function exceedsMaxWarnings(findings: readonly Finding[], max: string | undefined, io: CliIo): boolean {
  if (max === undefined) return false;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (warnings <= Number(max)) return false;
  io.stderr(`cargo-sunset: ${warnings} warning(s), more than --max-warnings ${max}\n`);
  return true;
}

function appendSummary(file: string, markdown: string): void {
  appendFileAtomic(file, markdown);
}
