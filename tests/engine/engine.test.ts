/**
 * The engine on a small workspace with hand-written rules: where a report lands, which related locations it lists,
 * its level (configured, per member, evidence of other rules, facts), its message and its identity.
 */
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/catalog.js";
import { defaultRuleSettings, ruleFinding, runRules, sortFindings, type RuleSettings } from "../../src/engine/engine.js";
import { createFinding, formatMessage } from "../../src/engine/finding.js";
import type { Finding, Report, Rule, RuleContext, RuleMeta, SeveritySetting } from "../../src/engine/types.js";
import { buildGraph } from "../../src/model/graph.js";
import { SpanLocator } from "../../src/model/spans.js";
import { readTextFile } from "../../src/model/toml-file.js";
import type { Dependency, Workspace } from "../../src/model/types.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { EMPTY_REGISTRY } from "../../src/registry/types.js";
import { writeProject } from "../helpers/temp-project.js";

const MEMBERS = Array.from({ length: 12 }, (_, i) => `m${String(i).padStart(2, "0")}`);

function files(): Record<string, string> {
  const out: Record<string, string> = {
    "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\nresolver = "2"\n\n[workspace.dependencies]\nserde = "1"\n',
    "Cargo.lock": '# generated\nversion = 4\n\n[[package]]\nname = "serde"\nversion = "1.0.200"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
  };
  for (const m of MEMBERS) {
    out[`crates/${m}/Cargo.toml`] = `[package]\nname = "${m}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = { workspace = true }\ntokio = "1"\n`;
  }
  return out;
}

function meta(id: string, overrides: Partial<RuleMeta> = {}): RuleMeta {
  return { id, description: id, defaultSeverity: "warning", category: "maintenance", needsRegistry: false, docs: `rules/${id}.md`, ...overrides };
}

/** A rule that reports what `reports` builds from the workspace. */
function rule(id: string, reports: (ws: Workspace) => Report[], overrides: Partial<RuleMeta> = {}): Rule {
  return { meta: meta(id, overrides), check: (ctx: RuleContext) => reports(ctx.workspace).forEach((r) => ctx.report(r)) };
}

let root: string;
let workspace: Workspace;

beforeEach(() => {
  root = writeProject(files(), "engine-");
  workspace = loadWorkspace(root);
});

function run(rules: Rule[], settings: Partial<RuleSettings> = {}, extra: { hasRegistryData?: boolean } = {}): Finding[] {
  return runRules({
    workspace,
    graph: buildGraph(workspace),
    catalog: createCatalog(),
    registry: EMPTY_REGISTRY,
    rules,
    settings: { severity: (id) => (rules.find((r) => r.meta.id === id)?.meta.defaultSeverity ?? "off"), options: () => ({}), ...settings },
    spans: new SpanLocator((path) => workspace.sources.get(path) ?? readTextFile(path)),
    now: new Date("2026-06-01T00:00:00Z"),
    ...extra,
  });
}

const rel = (file: string) => relative(root, file).split("\\").join("/");
const where = (l: { file: string; line: number; column: number; endColumn: number; label?: string }) => `${l.label ?? "-"} ${rel(l.file)}:${l.line}:${l.column}-${l.endColumn}`;
const deps = (name: string, ws: Workspace): Dependency[] => ws.members.flatMap((m) => m.dependencies.filter((d) => d.name === name));

describe("where a report lands", () => {
  it("a shared [workspace.dependencies] entry: at the entry, then at most ten members as 'inherited here'", () => {
    const [f] = run([rule("r", (ws) => [{ crate: { name: "serde" }, message: "m", dependencies: deps("serde", ws), members: ws.members.map((m) => m.name) }])]);
    expect(where(f!.location)).toBe("- Cargo.toml:6:1-6");
    expect(f!.relatedLocations.map(where)).toEqual(MEMBERS.slice(0, 10).map((m) => `inherited here crates/${m}/Cargo.toml:7:1-6`));
    expect(f!.members).toEqual(MEMBERS);
    expect(f!.member).toBe("m00");
  });

  it("declarations written apart: at the first, the next ten as 'also declared here'", () => {
    const [f] = run([rule("r", (ws) => [{ crate: { name: "tokio" }, message: "m", dependencies: deps("tokio", ws) }])]);
    expect(where(f!.location)).toBe("- crates/m00/Cargo.toml:8:1-6");
    expect(f!.relatedLocations.map(where)).toEqual(MEMBERS.slice(1, 11).map((m) => `also declared here crates/${m}/Cargo.toml:8:1-6`));
  });

  it("a single inherited declaration: at the member, with the shared entry as 'workspace dependency'", () => {
    const [f] = run([rule("r", (ws) => [{ crate: { name: "serde" }, message: "m", dependency: deps("serde", ws)[3]! }])]);
    expect(where(f!.location)).toBe("- crates/m03/Cargo.toml:7:1-6");
    expect(f!.relatedLocations.map(where)).toEqual(["workspace dependency Cargo.toml:6:1-6"]);
  });

  it("inherited and own declarations mixed: at the first, not at the shared entry", () => {
    const [f] = run([rule("r", (ws) => [{ crate: { name: "x" }, message: "m", dependencies: [deps("serde", ws)[0]!, deps("tokio", ws)[1]!] }])]);
    expect(where(f!.location)).toBe("- crates/m00/Cargo.toml:7:1-6");
    expect(f!.relatedLocations.map(where)).toEqual(["workspace dependency Cargo.toml:6:1-6", "also declared here crates/m01/Cargo.toml:8:1-6"]);
  });

  it("adds the Cargo.lock entry (the [[package]] header) and the rule's own related locations last", () => {
    const [f] = run([rule("r", (ws) => [{
      crate: { name: "serde" }, message: "m", dependency: deps("tokio", ws)[0]!, lockedPackage: ws.lockfile!.packages[0]!,
      related: [{ file: join(root, "Cargo.toml"), line: 2, column: 1, endLine: 2, endColumn: 3, label: "own" }],
    }])]);
    expect(f!.relatedLocations.map(where)).toEqual(["Cargo.lock entry Cargo.lock:4:1-12", "own Cargo.toml:2:1-3"]);
  });

  it("no Cargo.lock entry when the workspace has no lockfile", () => {
    const locked = workspace.lockfile!.packages[0]!;
    workspace = { ...workspace, lockfile: null };
    const [f] = run([rule("r", () => [{ crate: { name: "serde" }, message: "m", lockedPackage: locked }])]);
    expect(f!.relatedLocations).toEqual([]);
  });

  it("the rule's location when it names no dependency, else the root manifest's first line", () => {
    const own = { file: join(root, "crates", "m01", "Cargo.toml"), line: 2, column: 3, endLine: 2, endColumn: 9 };
    const findings = run([rule("r", () => [{ crate: { name: "a" }, message: "m", location: own }, { crate: { name: "b" }, message: "m" }])]);
    expect(findings.map((f) => [f.crate.name, where(f.location)])).toEqual([
      ["a", "- crates/m01/Cargo.toml:2:3-9"],
      ["b", "- Cargo.toml:1:1-1"],
    ]);
  });

  it("a declaration whose key cannot be found falls back to line 1", () => {
    const dep = { ...deps("tokio", workspace)[0]!, keyPath: ["dependencies", "not-there"] };
    const [f] = run([rule("r", () => [{ crate: { name: "tokio" }, message: "m", dependency: dep }])]);
    expect(where(f!.location)).toBe("- crates/m00/Cargo.toml:1:1-1");
  });
});

describe("the level of a finding", () => {
  const report = (extra: Partial<Report> = {}): Report[] => [{ crate: { name: "serde" }, message: "m", ...extra }];

  it("the rule's default, lowered one step per fact", () => {
    const levels = (facts: Report["facts"], severity: "error" | "warning" = "error") =>
      run([rule("r", () => report({ facts }), { defaultSeverity: severity })]).map((f) => f.severity);
    expect(levels({})).toEqual(["error"]);
    expect(levels({ milder: true })).toEqual(["warning"]);
    expect(levels({ replacedByStd: true })).toEqual(["warning"]);
    expect(levels({ devOrBuildOnly: true })).toEqual(["warning"]);
    expect(levels({ milder: true, devOrBuildOnly: true })).toEqual(["note"]);
    expect(levels({ milder: true, replacedByStd: true, devOrBuildOnly: true })).toEqual(["note"]);
    expect(levels({ devOrBuildOnly: true }, "warning")).toEqual(["note"]);
  });

  it("a configured level wins as written, whatever the facts", () => {
    const r = rule("r", () => report({ facts: { milder: true, devOrBuildOnly: true } }), { defaultSeverity: "error" });
    expect(run([r], { severity: () => "error", configured: () => true }).map((f) => f.severity)).toEqual(["error"]);
    expect(run([r], { severity: () => "error", configured: () => false }).map((f) => f.severity)).toEqual(["note"]);
  });

  it("off everywhere drops the report; off for one member keeps the others' level", () => {
    const r = rule("r", () => report({ members: ["m01", "m02"] }));
    expect(run([r], { severity: () => "off" })).toEqual([]);
    const perMember = (_: string, member?: string): SeveritySetting => (member === "m01" ? "off" : "note");
    expect(run([r], { severity: perMember }).map((f) => f.severity)).toEqual(["note"]);
  });

  it("the most severe member level, and a configured member level over an unconfigured one", () => {
    const r = rule("r", () => report({ members: ["m01", "m02"] }));
    const levels = (_: string, member?: string): SeveritySetting => (member === "m01" ? "note" : "error");
    expect(run([r], { severity: levels }).map((f) => f.severity)).toEqual(["error"]);
    expect(run([r], { severity: levels, configured: (_, member) => member === "m01" }).map((f) => f.severity)).toEqual(["note"]);
  });

  it("a single member's level comes from that member", () => {
    const r = rule("r", () => report({ member: "m05" }));
    const seen: (string | undefined)[] = [];
    const findings = run([r], { severity: (_, member) => (seen.push(member), member === "m05" ? "error" : "note") });
    expect(findings.map((f) => [f.severity, f.member])).toEqual([["error", "m05"]]);
    expect(seen).toEqual(["m05"]);
  });

  it("evidence of other rules raises the level but never turns an off rule on", () => {
    const r = rule("r", () => report({ alsoRules: ["other"] }), { defaultSeverity: "note" });
    const settings = (own: SeveritySetting, other: SeveritySetting) => ({ severity: (id: string) => (id === "r" ? own : other) });
    expect(run([r], settings("note", "error")).map((f) => f.severity)).toEqual(["error"]);
    expect(run([r], settings("note", "off")).map((f) => f.severity)).toEqual(["note"]);
    expect(run([r], settings("off", "error"))).toEqual([]);
    // Evidence configured elsewhere is evidence, not the configured level of this finding.
    const configuredOther = { ...settings("note", "error"), configured: (id: string) => id === "other" };
    expect(run([r], { ...configuredOther, severity: (id: string) => (id === "r" ? "note" : "error") }).map((f) => f.severity)).toEqual(["error"]);
    expect(run([r], { severity: (id: string) => (id === "r" ? "note" : "error"), configured: (id: string) => id === "r" }).map((f) => f.severity)).toEqual(["note"]);
  });

  it("a rule states facts, not levels: a level in its report is ignored", () => {
    const r = rule("r", () => report({ severity: "error" } as unknown as Partial<Report>), { defaultSeverity: "note" });
    expect(run([r]).map((f) => f.severity)).toEqual(["note"]);
    expect(run([r], { severity: () => "warning", configured: () => true }).map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("messages, identity and the rest of a finding", () => {
  it("fills a message template from data, and fails on a message id the rule does not have", () => {
    const messages = { declining: "{{ name }} is declining ({{count}} uses)" };
    const ok = run([rule("r", () => [{ crate: { name: "a" }, messageId: "declining", data: { name: "a", count: 3 } }], { messages })]);
    expect(ok.map((f) => [f.message, f.messageId])).toEqual([["a is declining (3 uses)", "declining"]]);
    expect(() => run([rule("r", () => [{ crate: { name: "a" }, messageId: "nope" }], { messages })])).toThrow("rule r has no message `nope`");
    expect(() => run([rule("r", () => [{ crate: { name: "a" }, messageId: "nope" }])])).toThrow("rule r has no message `nope`");
    const plain = run([rule("r", () => [{ crate: { name: "a" } }, { crate: { name: "b" }, message: "text" }])]);
    expect(plain.map((f) => [f.message, "messageId" in f])).toEqual([["", false], ["text", false]]);
  });

  it("an unknown placeholder is an error; placeholders may carry spaces", () => {
    expect(formatMessage("{{a}}-{{ b }}", { a: 1, b: "x" })).toBe("1-x");
    expect(formatMessage("no placeholders")).toBe("no placeholders");
    expect(() => formatMessage("{{missing}}", {})).toThrow("message placeholder {{missing}} has no data");
  });

  it("keeps suggestion, remedy, advisory and declarations; leaves absent ones out", () => {
    const [full, bare] = run([rule("r", (ws) => [
      { crate: { name: "a" }, message: "m", suggestion: "do this", remedy: { action: "upgrade", to: "2" }, dependency: deps("tokio", ws)[0]! },
      { crate: { name: "b" }, message: "m", suggestion: "" },
    ])]);
    expect([full!.suggestion, full!.remedy, full!.declarations?.map((d) => rel(d.manifestPath))]).toEqual(["do this", { action: "upgrade", to: "2" }, ["crates/m00/Cargo.toml"]]);
    expect(Object.keys(bare!).sort()).toEqual(["crate", "fingerprint", "location", "message", "relatedLocations", "ruleId", "severity"]);
  });

  it("a member is part of a single-member finding's identity; a shared finding has one identity", () => {
    const fp = (report: Partial<Report>) => run([rule("r", () => [{ crate: { name: "a" }, message: "m", ...report }])])[0]!.fingerprint;
    expect(fp({ member: "m01" })).not.toBe(fp({ member: "m02" }));
    expect(fp({ members: ["m01", "m02"] })).toBe(fp({ members: ["m03", "m04"] }));
    expect(fp({ members: ["m01", "m02"] })).toBe(fp({}));
    expect(fp({ fingerprintExtra: "x" })).not.toBe(fp({}));
    // Lines are not part of it: a location elsewhere in the same file keeps the fingerprint.
    const file = join(root, "Cargo.toml");
    expect(fp({ location: { file, line: 1, column: 1, endLine: 1, endColumn: 2 } })).toBe(fp({ location: { file, line: 5, column: 1, endLine: 5, endColumn: 2 } }));
    expect(fp({})).toMatch(/^[0-9a-f]{16}$/);
  });

  it("the fingerprint: 16 hex digits of the SHA-256 of rule, crate, manifest, single member and extra, NUL-separated", () => {
    // Baselines store these values: the exact recipe is part of the contract.
    const expected = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
    const fp = (report: Partial<Report>) => run([rule("r", () => [{ crate: { name: "a" }, message: "m", ...report }])])[0]!.fingerprint;
    expect(fp({})).toBe(expected("r", "a", "Cargo.toml", "", ""));
    expect(fp({ member: "m01", fingerprintExtra: "1.0:normal" })).toBe(expected("r", "a", "Cargo.toml", "m01", "1.0:normal"));
    expect(fp({ members: ["m01", "m02"] })).toBe(expected("r", "a", "Cargo.toml", "", ""));
    const own = { file: join(root, "crates", "m01", "Cargo.toml"), line: 2, column: 3, endLine: 2, endColumn: 9 };
    expect(fp({ location: own })).toBe(expected("r", "a", "crates/m01/Cargo.toml", "", ""));
  });

  it("skips rules that need registry data only when none was loaded; passes each rule its options", () => {
    const seen: unknown[] = [];
    const r: Rule = { meta: meta("net", { needsRegistry: true }), check: (ctx) => (seen.push(ctx.options), ctx.report({ crate: { name: "a" }, message: "m" })) };
    expect(run([r], { options: (id) => ({ id }) }, { hasRegistryData: false })).toEqual([]);
    expect(run([r], { options: (id) => ({ id }) }, { hasRegistryData: true })).toHaveLength(1);
    expect(run([r], { options: (id) => ({ id }) })).toHaveLength(1);
    expect(seen).toEqual([{ id: "net" }, { id: "net" }]);
  });

  it("names the rule that crashed", () => {
    const boom: Rule = { meta: meta("boom"), check: () => { throw new Error("kaput"); } };
    expect(() => run([boom])).toThrow(/^rule boom failed: Error: kaput\n\s+at /);
    const odd: Rule = { meta: meta("odd"), check: () => { throw "plain"; } };
    expect(() => run([odd])).toThrow("rule odd failed: plain");
  });
});

describe("findings: members, declarations, order", () => {
  const base = { ruleId: "r", severity: "warning" as const, message: "m", crate: { name: "a" }, identity: ["a"] };
  const loc = (file: string, line = 1, column = 1) => ({ file, line, column, endLine: line, endColumn: column + 1 });

  it("one member is `member`; several are `member` (the first) and `members` without repeats", () => {
    const none = createFinding({ ...base, location: loc("/x") });
    expect(["member" in none, "members" in none, "declarations" in none]).toEqual([false, false, false]);
    const one = createFinding({ ...base, location: loc("/x"), members: ["b", "b"], declarations: [] });
    expect([one.member, "members" in one, "declarations" in one]).toEqual(["b", false, false]);
    const two = createFinding({ ...base, location: loc("/x"), members: ["b", "c", "b"] });
    expect([two.member, two.members]).toEqual(["b", ["b", "c"]]);
  });

  it("sorts by file, line, column, rule, crate, severity, message, and keeps one finding per fingerprint", () => {
    const f = (over: Partial<typeof base> & { file?: string; line?: number; column?: number; id?: string }) =>
      createFinding({ ...base, ...over, location: loc(over.file ?? "/b", over.line, over.column), identity: [over.id ?? JSON.stringify(over)] });
    const list = [
      f({ message: "z" }), f({ message: "a" }), f({ severity: "note" }), f({ severity: "error" }),
      f({ crate: { name: "b" } }), f({ ruleId: "q" }), f({ column: 0 }), f({ line: 0 }), f({ file: "/a", line: 9 }),
    ];
    const sorted = sortFindings(list);
    expect(sorted.map((x) => `${x.location.file}:${x.location.line}:${x.location.column} ${x.ruleId} ${x.crate.name} ${x.severity} ${x.message}`)).toEqual([
      "/a:9:1 r a warning m",
      "/b:0:1 r a warning m",
      "/b:1:0 r a warning m",
      "/b:1:1 q a warning m",
      "/b:1:1 r a error m",
      "/b:1:1 r a warning a",
      "/b:1:1 r a warning z",
      "/b:1:1 r a note m",
      "/b:1:1 r b warning m",
    ]);
    const twins = [f({ id: "same", message: "y" }), f({ id: "same", message: "x" }), f({ id: "other" })];
    expect(sortFindings(twins).map((x) => x.message)).toEqual(["m", "x"]);
  });
});

describe("settings without configuration, and findings of rules that are not checks", () => {
  const metas = [meta("loud", { defaultSeverity: "error", defaultOptions: { depth: 2 } }), meta("quiet", { defaultSeverity: "note" })];

  it("default settings: each rule's own level and a copy of its default options, nothing configured", () => {
    const settings = defaultRuleSettings(metas);
    expect([settings.severity("loud"), settings.severity("quiet")]).toEqual(["error", "note"]);
    expect(settings.configured?.("loud")).toBe(false);
    const options = settings.options("loud");
    expect(options).toEqual({ depth: 2 });
    options.depth = 3;
    expect(settings.options("loud")).toEqual({ depth: 2 });
    expect(settings.options("quiet")).toEqual({});
    expect(() => settings.severity("nope")).toThrow(new RangeError("unknown rule id `nope`"));
  });

  it("a rule finding takes the level for its scope, else its members, and its message from the rule's templates", () => {
    const suppress = meta("unused-ignore", { messages: { unused: "ignore of {{crate}} matched nothing" } });
    const location = { file: join(root, "Cargo.toml"), line: 1, column: 1, endLine: 1, endColumn: 2 };
    const bySetting: RuleSettings = { severity: (_id, member) => (member === "m01" ? "off" : member === "m02" ? "note" : "warning"), options: () => ({}) };
    const input = { messageId: "unused", data: { crate: "serde" }, crate: { name: "serde" }, location, identity: ["serde"] };
    const plain = ruleFinding(bySetting, suppress, input);
    expect([plain?.ruleId, plain?.severity, plain?.message, plain?.messageId]).toEqual(["unused-ignore", "warning", "ignore of serde matched nothing", "unused"]);
    expect(plain?.relatedLocations).toEqual([]);
    // Without scope or members, the workspace's level (no member) decides.
    const workspaceOnly: RuleSettings = { severity: (_id, member) => (member === undefined ? "error" : "note"), options: () => ({}) };
    expect(ruleFinding(workspaceOnly, suppress, input)?.severity).toBe("error");
    expect(ruleFinding(bySetting, suppress, { ...input, members: ["m02"] })?.severity).toBe("note");
    expect(ruleFinding(bySetting, suppress, { ...input, members: ["m02"] })?.member).toBe("m02");
    expect(ruleFinding(bySetting, suppress, { ...input, members: ["m01"] })).toBeNull();
    // The scope decides the level when given; the finding keeps its own members.
    const scoped = ruleFinding(bySetting, suppress, { ...input, members: ["m02"], scope: ["m01"] });
    expect(scoped).toBeNull();
    expect(ruleFinding(bySetting, suppress, { ...input, members: ["m01"], scope: ["m02"] })?.member).toBe("m01");
    expect(ruleFinding(bySetting, suppress, { ...input, facts: { milder: true } })?.severity).toBe("note");
    expect(() => ruleFinding(bySetting, suppress, { ...input, messageId: "gone" })).toThrow("rule unused-ignore has no message `gone`");
    expect(() => ruleFinding(bySetting, meta("bare"), input)).toThrow("rule bare has no message `unused`");
  });
});
