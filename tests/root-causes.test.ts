/**
 * One finding per root cause, overrides in the graph and the remediation plan, on the fixtures under
 * fixtures/root-causes/: exact counts, locations and plan entries.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAudit } from "../src/audit.js";
import { buildReportContext } from "../src/commands/report-context.js";
import { explainWhy } from "../src/commands/why.js";
import { SpanLocator } from "../src/model/spans.js";
import { readTextFile } from "../src/model/toml-file.js";
import { loadWorkspace } from "../src/model/workspace.js";
import { jsonReporter } from "../src/report/json.js";
import { createCatalog } from "../src/catalog/catalog.js";
import { writeBaseline } from "../src/suppress/baseline.js";
import { writeProject } from "./helpers/temp-project.js";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/root-causes");
// Named here, made in beforeAll: a run that never reaches these tests leaves nothing in the temp dir.
const cache = join(tmpdir(), `cargo-sunset-root-causes-${process.pid}-${randomBytes(4).toString("hex")}`);
beforeAll(() => mkdirSync(cache));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

async function audit(name: string, extra: { configPath?: string; root?: string; baselinePath?: string } = {}) {
  const root = extra.root ?? join(FIXTURES, name);
  const outcome = await runAudit({
    paths: [root], cwd: root, now: new Date("2026-11-20T00:00:00Z"),
    // These fixtures are about the graph and grouping; the advisory rules (which also flag hyper and atty here) are
    // tested on their own in tests/rules/advisory-rules.test.ts.
    cli: { offline: true, cacheDir: cache, rules: { vulnerability: "off", unsound: "off", "advisory-notice": "off" } }, registry: { env: { HOME: cache } },
    ...(extra.configPath ? { configPath: extra.configPath } : {}),
    ...(extra.baselinePath ? { baselinePath: extra.baselinePath } : {}),
  });
  const at = (file: string, line: number) => `${relative(root, file).split("\\").join("/")}:${line}`;
  const findings = outcome.result.findings.map((f) => ({ rule: f.ruleId, crate: f.crate.name, at: at(f.location.file, f.location.line), severity: f.severity, messageId: f.messageId }));
  const plan = (outcome.result.plan ?? []).map((a) => ({ action: a.action, crate: a.target.crate, at: at(a.target.file, a.target.line), to: a.to, removes: a.removes.map((r) => `${r.crate} ${r.version}`), findings: a.findings, basis: a.basis }));
  return { outcome, findings, plan, root };
}

function why(name: string, crate: string) {
  const ws = loadWorkspace(join(FIXTURES, name));
  return explainWhy(ws, crate, new SpanLocator((p) => ws.sources.get(p) ?? readTextFile(p)));
}

describe("[patch] and [replace] in the graph", () => {
  it("a declaration patched to git resolves to the git package, and its subtree is reported", async () => {
    const { findings, plan } = await audit("patch-git");
    expect(findings).toEqual([
      { rule: "declining-crate", crate: "rocket", at: "Cargo.toml:7", severity: "warning", messageId: "declining" },
      // atty is under a RustSec advisory: the advisory's level, whichever rule found it.
      { rule: "declining-transitive", crate: "atty", at: "Cargo.toml:7", severity: "warning", messageId: "transitive" },
      { rule: "declining-transitive", crate: "hyper", at: "Cargo.toml:7", severity: "note", messageId: "transitive" },
    ]);
    expect(plan).toEqual([{ action: "upgrade", crate: "rocket", at: "Cargo.toml:7", to: "0.5", removes: ["rocket 0.4.0"], findings: 1, basis: "lockfile" }]);
    const hyper = why("patch-git", "hyper");
    expect(hyper.reached).toBe(true);
    expect(hyper.versions[0]?.entries.map((e) => e.path)).toEqual([["rocket 0.4.0", "rocket_http 0.4.0", "hyper 0.10.16"]]);
  });

  it("the plan counts only findings the report shows: one the baseline hides is neither counted nor listed", async () => {
    const full = await audit("patch-path");
    const hidden = full.outcome.result.findings.filter((f) => f.crate.name === "async-std");
    expect(hidden).toHaveLength(1);
    const baselinePath = join(cache, "patch-path-baseline.json");
    writeBaseline(baselinePath, hidden, full.root);
    const { plan, outcome } = await audit("patch-path", { baselinePath });
    expect(plan).toEqual([{ action: "replace", crate: "tide", at: "Cargo.toml:7", to: "axum", removes: ["tide 0.16.0"], findings: 1, basis: "lockfile" }]);
    expect(outcome.result.planRemoves).toBe(1);
    expect(outcome.result.findings.map((f) => f.crate.name)).toEqual(["tide"]);
  });

  it("a declaration patched to a path resolves to the local package", async () => {
    const { findings, plan } = await audit("patch-path");
    expect(findings.map((f) => [f.rule, f.crate, f.at])).toEqual([
      ["declining-crate", "tide", "Cargo.toml:7"],
      ["declining-transitive", "async-std", "Cargo.toml:7"],
    ]);
    expect(plan).toEqual([{ action: "replace", crate: "tide", at: "Cargo.toml:7", to: "axum", removes: ["tide 0.16.0", "async-std 1.12.0"], findings: 2, basis: "lockfile" }]);
  });

  it("edges into a [replace]d package continue into its replacement, without repeating it on the path", async () => {
    const { findings, plan } = await audit("replace");
    expect(findings.map((f) => [f.rule, f.crate, f.at, f.severity])).toEqual([
      ["declining-transitive", "hyper", "Cargo.toml:7", "note"],
      ["declining-transitive", "term", "Cargo.toml:7", "warning"],
    ]);
    expect(plan).toEqual([{ action: "remove", crate: "rusoto", at: "Cargo.toml:7", to: undefined, removes: ["hyper 0.9.10", "term 0.4.4"], findings: 2, basis: "lockfile" }]);
    expect(why("replace", "term").versions[0]?.entries[0]?.path).toEqual(["rusoto 0.15.3", "hyper 0.9.10", "term 0.4.4"]);
  });

  it("why says a crate no member reaches is not reached", () => {
    expect(why("patch-git", "term").reached).toBe(false);
    // The registry rusoto entry is replaced: no member reaches it.
    const rusoto = why("replace", "rusoto");
    expect(rusoto.versions.map((v) => [v.source?.startsWith("git+") ? "git" : "registry", v.entries.length])).toEqual([["git", 1], ["registry", 0]]);
  });
});

describe("one finding per root cause", () => {
  it("a [workspace.dependencies] entry inherited by three members is one finding at the entry, listing them", async () => {
    const { findings, plan, outcome } = await audit("shared-entry");
    expect(findings.map((f) => [f.rule, f.crate, f.at])).toEqual([
      ["declining-crate", "warp", "Cargo.toml:6"],
      ["declining-transitive", "hyper", "Cargo.toml:6"],
    ]);
    const warp = outcome.result.findings[0]!;
    expect(warp.members).toEqual(["api", "proxy", "worker"]);
    expect(warp.message).toContain("used by 3 members (api, proxy, worker)");
    expect(warp.relatedLocations.filter((r) => r.label === "inherited here").map((r) => relative(FIXTURES, r.file))).toEqual(
      ["shared-entry/crates/api/Cargo.toml", "shared-entry/crates/proxy/Cargo.toml", "shared-entry/crates/worker/Cargo.toml"],
    );
    expect(plan).toEqual([{ action: "upgrade", crate: "warp", at: "Cargo.toml:6", to: "0.4", removes: ["warp 0.3.7"], findings: 1, basis: "lockfile" }]);
  });

  it("split-http-stack: one finding per declaration that brings the old stack, however many member trees hold it", async () => {
    // Three member trees (app, cli, core) are split; counted per member tree and declaration there would be eight
    // (app: tonic, warp, http, hyper-proxy through core; cli: tonic, hyper-proxy; core: tonic, hyper-proxy).
    const { findings, outcome, plan } = await audit("split-stack");
    const split = outcome.result.findings.filter((f) => f.ruleId === "split-http-stack");
    // Removing `http = "0.2"` from app leaves http 0.2 in the tree (tonic, warp and hyper-proxy bring it): no such
    // action. Only the warp upgrade removes something for sure (its own verdict).
    expect(plan).toEqual([{ action: "upgrade", crate: "warp", at: "crates/app/Cargo.toml:9", to: "0.4", removes: ["warp 0.3.7"], findings: 1, basis: "lockfile" }]);
    expect(findings.filter((f) => f.rule === "split-http-stack").map((f) => [f.crate, f.at, f.messageId])).toEqual([
      ["hyper", "Cargo.toml:6", "split"],
      ["hyper", "crates/app/Cargo.toml:9", "split"],
      ["http", "crates/app/Cargo.toml:10", "splitDirect"],
      ["hyper", "crates/core/Cargo.toml:8", "split"],
    ]);
    expect(split).toHaveLength(4);
    const [tonic, warp, , proxy] = split;
    // The [workspace.dependencies] entry is one declaration: it lists the members inheriting it.
    expect(tonic!.members).toEqual(["app", "core", "cli"]);
    expect(tonic!.relatedLocations.filter((r) => r.label === "inherited here").map((r) => relative(FIXTURES, r.file).split("\\").join("/"))).toEqual(
      ["split-stack/crates/app/Cargo.toml", "split-stack/crates/core/Cargo.toml", "split-stack/crates/cli/Cargo.toml"],
    );
    expect(tonic!.message).toBe("app, cli and core use two generations of the HTTP stack (hyper 0.14 and 1, http 0.2 and 1); tonic brings the older one: hyper 0.14.32, http 0.2.12");
    expect(warp!.message).toBe("app uses two generations of the HTTP stack (hyper 0.14 and 1, http 0.2 and 1); warp brings the older one: hyper 0.14.32, http 0.2.12");
    // core's own declaration splits every tree that holds core: one finding naming those members.
    expect(proxy!.message).toBe("app, cli and core use two generations of the HTTP stack (hyper 0.14 and 1, http 0.2 and 1); hyper-proxy brings the older one: hyper 0.14.32, http 0.2.12");
    expect(new Set(split.map((f) => `${f.location.file}:${f.location.line}`)).size).toBe(4);
  });

  it("a second runtime brought by the user's own member is blamed on the external declaration in that member", async () => {
    const { findings, outcome } = await audit("own-runtime");
    expect(findings.map((f) => [f.rule, f.crate, f.at])).toEqual([
      ["competing-runtimes", "async-std", "crates/legacy/Cargo.toml:7"],
      ["declining-crate", "surf", "crates/legacy/Cargo.toml:7"],
      ["declining-transitive", "async-std", "crates/legacy/Cargo.toml:7"],
    ]);
    const runtimes = outcome.result.findings[0]!;
    expect(runtimes.message).toBe("server runs two async runtimes: tokio (as tokio 1.41.0) and async-std (via legacy 0.1.0 → surf 2.3.2 → async-std 1.12.0)");
    expect(runtimes.suggestion).toContain("replace surf, which brings async-std");
    expect(runtimes.suggestion).not.toContain("legacy");
  });

  it("the JSON report carries the plan with the documented shape", async () => {
    const { outcome, root } = await audit("patch-path");
    const json = JSON.parse(jsonReporter(outcome.result, buildReportContext({ cwd: root, projectDir: root, color: false, catalog: createCatalog(), rules: outcome.result.rules })));
    expect(json.plan).toEqual([{
      action: "replace",
      target: { crate: "tide", version: "0.16.0", file: "Cargo.toml", line: 7, column: 1 },
      to: "axum",
      removes: [{ crate: "tide", version: "0.16.0", rules: ["declining-crate"] }, { crate: "async-std", version: "1.12.0", rules: ["declining-transitive"] }],
      findings: 2,
      severity: "error",
      basis: "lockfile",
    }]);
  });
});

describe("severity", () => {
  it("a configured severity wins over the rule's own: declining-crate = \"note\" makes tide 0.16 a note", async () => {
    const root = writeProject({
      "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ntide = "0.16"\n',
      "cargo-sunset.toml": '[rules]\ndeclining-crate = "note"\n',
    });
    try {
      const { findings } = await audit("", { root, configPath: join(root, "cargo-sunset.toml") });
      expect(findings.filter((f) => f.rule === "declining-crate").map((f) => [f.crate, f.severity])).toEqual([["tide", "note"]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
