/**
 * The built binary (dist/cargo-sunset.mjs, built by tests/global-setup.ts) run as a child process over the fixture
 * projects. Registry rules stay off the network: every audit gets `--offline` and an empty temporary `--cache-dir`.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./helpers/temp-project.js";

const PACKAGE_ROOT = resolve(import.meta.dirname, "..");
const BIN = join(PACKAGE_ROOT, "dist", "cargo-sunset.mjs");

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  crate: { name: string; version?: string; req?: string };
  location: { file: string; line: number; column: number };
  relatedLocations: Array<{ file: string; line: number; label?: string }>;
  member?: string;
  fingerprint: string;
}

interface JsonReport {
  schemaVersion: number;
  findings: JsonFinding[];
  notes: Array<{ level: string; message: string }>;
}

let scratch: string;
let emptyCache: string;

beforeAll(() => {
  scratch = tempDir("cli-");
  emptyCache = join(scratch, "registry-cache");
  mkdirSync(emptyCache);
  mkdirSync(join(scratch, "home"));
});


/** Runs the binary; audits get `--offline` and the empty cache so no registry rule reaches the network. */
function run(args: string[], options: { cwd?: string; offline?: boolean } = {}): Promise<RunResult> {
  const registryArgs = options.offline === false ? [] : ["--offline", "--cache-dir", emptyCache];
  const env = {
    PATH: process.env.PATH ?? "",
    NO_COLOR: "1",
    HOME: join(scratch, "home"),
    XDG_CACHE_HOME: join(scratch, "home", ".cache"),
  };
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [BIN, ...args, ...registryArgs], { cwd: options.cwd ?? PACKAGE_ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

async function runJson(args: string[], options: { cwd?: string } = {}): Promise<{ result: RunResult; report: JsonReport }> {
  const result = await run([...args, "--format", "json"], options);
  return { result, report: JSON.parse(result.stdout) as JsonReport };
}

/** Writes a throw-away project and returns its directory. */
function project(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** `  9:1   error    tide 0.16.0 is ...  declining-crate`: one finding line of the text report. */
function findingLine(line: number, column: number, severity: string, message: string): RegExp {
  const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^  ${line}:${column}\\s+${severity}\\s+${escaped}`, "m");
}

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';

describe("auditing the fixtures (text)", () => {
  it("tide-app: errors at the exact lines, exit 1 with the default --fail-on error", async () => {
    const { code, stdout, stderr } = await run(["fixtures/tide-app"]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^fixtures\/tide-app\/Cargo\.toml$/m);
    expect(stdout).toMatch(findingLine(9, 1, "error", "tide 0.16.0 is unmaintained"));
    expect(stdout).toMatch(findingLine(10, 1, "error", "async-std 1.12.0 is discontinued"));
    expect(stdout).toMatch(findingLine(11, 1, "error", "surf 2.3.2 is unmaintained"));
    expect(stdout).toMatch(findingLine(12, 1, "warning", "lazy_static 1.4.0 is superseded"));
    expect(stdout).toMatch(findingLine(13, 1, "warning", "structopt 0.3.22 is superseded"));
    expect(stdout).toMatch(findingLine(13, 1, "warning", "proc-macro-error 1.0.4 is unmaintained (RUSTSEC-2024-0370) and comes in through structopt"));
    expect(stdout).toContain("Cargo.lock entry: fixtures/tide-app/Cargo.lock:");
    expect(stdout).toMatch(/^\d+ problems \(3 errors, \d+ warnings?, \d+ notes?\)$/m);
    // Offline with an empty cache: one note says so, not one per cause.
    const registryNotes = stdout.split("\n").filter((line) => /registry|cache/i.test(line) && /^\s+(warning|note)\s/.test(line));
    expect(registryNotes).toEqual([expect.stringMatching(/offline with an empty cache: \d+ crate\(s\) were not checked against the registry/)]);
  });

  it("tide-app with --fail-on never: the same report, exit 0", async () => {
    const strict = await run(["fixtures/tide-app"]);
    const lenient = await run(["fixtures/tide-app", "--fail-on", "never"]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe(strict.stdout);
  });

  it("warp-app: warp 0.3 and failure, and the split between hyper 0.14 and hyper 1", async () => {
    const { code, stdout } = await run(["fixtures/warp-app"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(findingLine(8, 1, "warning", "warp 0.3.7 is superseded"));
    // One finding for the whole stack at the declaration still on the old generation.
    expect(stdout).toMatch(findingLine(8, 1, "warning", "warp-app uses two generations of the HTTP stack (hyper 0.14 and 1, http 0.2 and 1, h2 0.3 and 0.4, http-body 0.4 and 1); warp brings the older one: hyper 0.14.32, http 0.2.12, h2 0.3.27, http-body 0.4.6"));
    expect(stdout.match(/split-http-stack/g)).toHaveLength(1);
    expect(stdout).toMatch(findingLine(12, 1, "error", "failure 0.1.8 is deprecated"));
  });

  it("warp-app with --fail-on warning still fails, with --fail-on never it does not", async () => {
    expect((await run(["fixtures/warp-app", "--fail-on", "warning"])).code).toBe(1);
    expect((await run(["fixtures/warp-app", "--fail-on", "never"])).code).toBe(0);
  });

  it("async-std-lib: no lockfile is a note, not an error; the optional dependency is judged by its requirement", async () => {
    const { code, stdout, stderr } = await run(["fixtures/async-std-lib"]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toMatch(findingLine(13, 1, "error", "async-std ^1.12 is discontinued"));
    expect(stdout).toMatch(/^ {2}note\s+no Cargo\.lock in fixtures\/async-std-lib: checks of locked and transitive crates were skipped$/m);
    // tokio is a dev-dependency only: no competing runtimes.
    expect(stdout).not.toContain("competing-runtimes");
  });

  it("mixed-workspace: inherited, renamed, CRLF and unused workspace entries", async () => {
    const { code, stdout } = await run(["fixtures/mixed-workspace"]);
    expect(code).toBe(1);
    const groups = stdout.split("\n\n");
    const root = groups.find((g) => g.startsWith("fixtures/mixed-workspace/Cargo.toml\n")) ?? "";
    const api = groups.find((g) => g.startsWith("fixtures/mixed-workspace/crates/api/Cargo.toml\n")) ?? "";
    const legacy = groups.find((g) => g.startsWith("fixtures/mixed-workspace/crates/legacy/Cargo.toml\n")) ?? "";
    expect(root).toMatch(findingLine(18, 1, "warning", "structopt ^0.3 is superseded"));
    expect(root).toContain("used by no member");
    // A dev-only deprecated crate: error lowered to warning.
    expect(api).toMatch(findingLine(22, 1, "warning", "tempdir 0.3.7 is deprecated"));
    // The CRLF manifest: positions are still exact.
    expect(legacy).toMatch(findingLine(9, 1, "error", "tide 0.16.0 is unmaintained"));
    expect(legacy).toMatch(findingLine(9, 1, "warning", "shop-legacy runs two async runtimes: tokio (as tokio 1.52.3) and async-std (via tide 0.16.0 → async-std 1.12.0)"));
    expect(legacy).toContain("workspace dependency: fixtures/mixed-workspace/Cargo.toml:15");
    expect(legacy).toMatch(findingLine(13, 1, "warning", "hyper 0.14.32 is superseded"));
    expect(legacy).toMatch(findingLine(14, 1, "warning", "lazy_static 1.5.0 is superseded"));
    // shop-api has tokio and axum only.
    expect(api).not.toContain("competing-runtimes");
  });

  it("axum-app: no problems, exit 0", async () => {
    const { code, stdout } = await run(["fixtures/axum-app"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^no problems$/m);
    expect(stdout).not.toMatch(/^ {2}\d+:\d+ /m);
    expect(stdout).not.toContain("fixtures/axum-app/Cargo.toml");
  });
});

describe("output formats and files", () => {
  it("--format json: schemaVersion 1, positions, and file paths relative to the working directory", async () => {
    const { result, report } = await runJson(["fixtures/tide-app"]);
    expect(result.code).toBe(1);
    expect(report.schemaVersion).toBe(1);
    const tide = report.findings.find((f) => f.ruleId === "declining-crate" && f.crate.name === "tide");
    expect(tide?.location).toMatchObject({ file: "fixtures/tide-app/Cargo.toml", line: 9, column: 1 });
    expect(tide?.crate).toEqual({ name: "tide", version: "0.16.0", req: "^0.16" });
    for (const f of report.findings) {
      expect(isAbsolute(f.location.file)).toBe(false);
      expect(f.location.file.startsWith("fixtures/tide-app/")).toBe(true);
      for (const r of f.relatedLocations) expect(r.file.startsWith("fixtures/tide-app/")).toBe(true);
    }
  });

  it("--format json from inside the project names files relative to it", async () => {
    const { report } = await runJson(["."], { cwd: join(PACKAGE_ROOT, "fixtures", "warp-app") });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => f.location.file))).toEqual(new Set(["Cargo.toml"]));
  });

  it("--format json for the clean project: no findings", async () => {
    const { result, report } = await runJson(["fixtures/axum-app"]);
    expect(result.code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it("--output FILE writes the report there instead of stdout", async () => {
    const out = join(scratch, "report.txt");
    const toStdout = await run(["fixtures/warp-app"]);
    const toFile = await run(["fixtures/warp-app", "--output", out]);
    expect(toFile.code).toBe(1);
    expect(toFile.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(toStdout.stdout);
  });

  it("--sarif FILE beside the text report", async () => {
    const sarifPath = join(scratch, "warp.sarif");
    const { code, stdout } = await run(["fixtures/warp-app", "--sarif", sarifPath]);
    expect(code).toBe(1);
    expect(stdout).toContain("fixtures/warp-app/Cargo.toml");
    const sarif = JSON.parse(readFileSync(sarifPath, "utf8")) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe("2.1.0");
    const { report } = await runJson(["fixtures/warp-app"]);
    expect(sarif.runs[0]?.results).toHaveLength(report.findings.length);
  });
});

describe("why", () => {
  it("text: the locked version, the manifest position and the path", async () => {
    const { code, stdout } = await run(["why", "tide", "fixtures/tide-app"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^tide 0\.16\.0 from registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index, Cargo\.lock line \d+$/m);
    expect(stdout).toContain('  tide-app: tide = "^0.16" (normal) at fixtures/tide-app/Cargo.toml:9:1\n');
    expect(stdout).toContain("    tide-app → tide 0.16.0\n");
  });

  it("text: a transitive crate in a workspace, through an inherited dependency", async () => {
    const { code, stdout } = await run(["why", "async-std", "fixtures/mixed-workspace"]);
    expect(code).toBe(0);
    expect(stdout).toContain('shop-legacy: tide = "^0.16" (normal) at fixtures/mixed-workspace/crates/legacy/Cargo.toml:9:1');
    expect(stdout).toContain("shop-legacy → tide 0.16.0 → async-std 1.12.0");
  });

  it("--format json", async () => {
    const { code, stdout } = await run(["why", "tide", "fixtures/tide-app", "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { crate: string; workspaceRoot: string; versions: Array<{ version: string; entries: Array<{ manifest: string; dependency: { line: number; column: number }; path: string[] }> }> };
    expect(report.crate).toBe("tide");
    expect(report.workspaceRoot).toBe("fixtures/tide-app");
    expect(report.versions.map((v) => v.version)).toEqual(["0.16.0"]);
    expect(report.versions[0]?.entries[0]).toMatchObject({ manifest: "fixtures/tide-app/Cargo.toml", dependency: { line: 9, column: 1 }, path: ["tide 0.16.0"] });
  });

  it("a crate that is not in the tree: exit 1 and a sentence saying so", async () => {
    const { code, stdout } = await run(["why", "rocket", "fixtures/axum-app"]);
    expect(code).toBe(1);
    expect(stdout).toBe("rocket is not in the dependency tree of fixtures/axum-app\n");
  });
});

describe("metadata", () => {
  it("prints the workspace as cargo metadata JSON with the positions of dependency keys", async () => {
    const { code, stdout } = await run(["metadata", "fixtures/mixed-workspace"], { offline: false });
    expect(code).toBe(0);
    type Dep = { name: string; rename: string | null; req: string; kind: string | null; target: string | null; span: { line: number; column: number }; workspace_span?: { line: number } };
    const data = JSON.parse(stdout) as { packages: Array<{ name: string; dependencies: Dep[] }>; workspace_members: string[] };
    expect(data.packages.map((p) => p.name)).toEqual(["shop-api", "shop-legacy", "shop-model"]);
    expect(data.workspace_members).toHaveLength(3);
    const api = data.packages[0]?.dependencies ?? [];
    const legacy = data.packages[1]?.dependencies ?? [];
    expect(api.find((d) => d.name === "tokio")).toMatchObject({ req: "^1.38", span: { line: 10, column: 1 }, workspace_span: { line: 14 } });
    expect(api.find((d) => d.name === "tower-http")).toMatchObject({ req: "^0.6", span: { line: 13, column: 1 } });
    expect(api.find((d) => d.name === "signal-hook")).toMatchObject({ target: "cfg(unix)", span: { line: 19, column: 1 } });
    expect(api.find((d) => d.name === "tempdir")).toMatchObject({ kind: "dev", span: { line: 22, column: 1 } });
    // The CRLF manifest and the renamed dependency.
    expect(legacy.find((d) => d.name === "hyper")).toMatchObject({ rename: "hyper014", req: "^0.14", span: { line: 13, column: 1 } });
    expect(legacy.find((d) => d.name === "tide")).toMatchObject({ span: { line: 9, column: 1 }, workspace_span: { line: 15 } });
  });
});

describe("information flags", () => {
  it("--list-rules lists every rule with its default severity", async () => {
    const { code, stdout } = await run(["--list-rules"], { offline: false });
    expect(code).toBe(0);
    const ids = stdout.trimEnd().split("\n").map((line) => line.split(/\s+/)[0]);
    for (const id of ["declining-crate", "declining-transitive", "unmaintained-advisory", "competing-runtimes", "split-http-stack", "expired-ignore", "unused-ignore", "invalid-inline-allow", "unused-inline-allow"]) {
      expect(ids).toContain(id);
    }
    expect(stdout).toMatch(/^declining-crate\s+error\s+offline\s+A direct dependency is deprecated/m);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("--explain <rule> prints the rule's docs page", async () => {
    const { code, stdout } = await run(["--explain", "declining-crate"], { offline: false });
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(PACKAGE_ROOT, "rules", "declining-crate.md"), "utf8"));
  });

  it("--explain <crate> prints the catalog entry with its migration guide", async () => {
    const { code, stdout } = await run(["--explain", "tide"], { offline: false });
    expect(code).toBe(0);
    expect(stdout).toContain("tide");
    expect(stdout).toContain("axum");
    expect(stdout.split("\n").length).toBeGreaterThan(5);
  });

  it("--explain of something unknown is a usage error", async () => {
    const { code, stderr } = await run(["--explain", "no-such-thing"], { offline: false });
    expect(code).toBe(2);
    expect(stderr).toContain("`no-such-thing` is neither a rule id nor a crate in the catalog");
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
    const { code, stdout } = await run(["--version"], { offline: false });
    expect(code).toBe(0);
    expect(stdout).toBe(`cargo-sunset ${version}\n`);
  });
});

describe("invocation", () => {
  it("`sunset` as the first argument (cargo subcommand) works like without it", async () => {
    const direct = await run(["fixtures/warp-app", "--format", "json"]);
    const viaCargo = await run(["sunset", "fixtures/warp-app", "--format", "json"]);
    expect(viaCargo.code).toBe(direct.code);
    expect(viaCargo.stdout).toBe(direct.stdout);
  });

  it("`sunset why` works too", async () => {
    const { code, stdout } = await run(["sunset", "why", "hyper", "fixtures/warp-app"]);
    expect(code).toBe(0);
    expect(stdout).toContain("hyper 0.14.32 from registry+");
    expect(stdout).toContain("hyper 1.10.1 from registry+");
  });

  it("several paths into one workspace audit it once", async () => {
    const { report: whole } = await runJson(["fixtures/mixed-workspace"]);
    const { report: twoManifests } = await runJson(["fixtures/mixed-workspace/crates/api/Cargo.toml", "fixtures/mixed-workspace/crates/legacy/Cargo.toml"]);
    expect(twoManifests.findings.map((f) => f.fingerprint)).toEqual(whole.findings.map((f) => f.fingerprint));
    expect(new Set(twoManifests.findings.map((f) => f.fingerprint)).size).toBe(twoManifests.findings.length);
  });

  it("an unknown flag is a usage error", async () => {
    const { code, stdout, stderr } = await run(["--frobnicate", "fixtures/axum-app"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: .*'--frobnicate'/);
    expect(stderr).toContain("Run `cargo-sunset --help` for usage.");
  });
});

describe("bad input: exit 2 with one `file:line:col: problem` line and no stack trace", () => {
  async function expectInputError(dir: string, file: RegExp, problem: string): Promise<{ line: number; column: number }> {
    const { code, stdout, stderr } = await run([dir]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    const match = /^(.+):(\d+):(\d+): (.*)$/.exec(lines[0] ?? "");
    expect(match, stderr).not.toBeNull();
    expect(match?.[1]).toMatch(file);
    expect(match?.[4]).toContain(problem);
    return { line: Number(match?.[2]), column: Number(match?.[3]) };
  }

  it("invalid TOML in a manifest", async () => {
    const dir = project("bad-toml", { "Cargo.toml": `${PKG}[dependencies]\ntide = "0.16\nserde = "1"\n` });
    const at = await expectInputError(dir, /bad-toml\/Cargo\.toml$/, "invalid TOML");
    expect(at.line).toBe(7);
  });

  it("a member glob that matches nothing", async () => {
    const dir = project("empty-glob", { "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n' });
    const at = await expectInputError(dir, /empty-glob\/Cargo\.toml$/, "workspace member glob `crates/*` matches no directory");
    expect(at).toEqual({ line: 2, column: 1 });
  });

  it("`workspace = true` without a [workspace.dependencies] entry", async () => {
    const dir = project("no-ws-entry", {
      "Cargo.toml": '[workspace]\nmembers = ["crates/a"]\n\n[workspace.dependencies]\nserde = "1"\n',
      "crates/a/Cargo.toml": `${PKG}[dependencies]\nserde.workspace = true\ntokio.workspace = true\n`,
    });
    const at = await expectInputError(dir, /no-ws-entry\/crates\/a\/Cargo\.toml$/, "error inheriting `tokio`");
    expect(at).toEqual({ line: 8, column: 1 });
  });

  it("a lockfile naming a dependency it does not define", async () => {
    const lock = [
      "version = 4",
      "",
      "[[package]]",
      'name = "app"',
      'version = "0.1.0"',
      "dependencies = [",
      ' "serde",',
      "]",
      "",
    ].join("\n");
    const dir = project("bad-lock", { "Cargo.toml": `${PKG}[dependencies]\nserde = "1"\n`, "Cargo.lock": lock });
    const at = await expectInputError(dir, /bad-lock\/Cargo\.lock$/, "`app 0.1.0` depends on `serde`, which the lockfile does not define");
    expect(at.line).toBe(7);
  });

  it("a path that does not exist", async () => {
    await expectInputError(join(scratch, "nowhere"), /nowhere$/, "no such file or directory");
  });
});

describe("init", () => {
  it("writes a starter cargo-sunset.toml and refuses to overwrite it", async () => {
    const dir = project("init-target", { "Cargo.toml": `${PKG}[dependencies]\nserde = "1"\n` });
    const target = join(dir, "cargo-sunset.toml");
    const first = await run(["init", dir], { offline: false });
    expect(first.code).toBe(0);
    expect(existsSync(target)).toBe(true);
    const written = readFileSync(target, "utf8");
    expect(written).toContain("[rules]");
    expect(written).toContain('# declining-crate = "error"');

    writeFileSync(target, `${written}\n# local edit\n`);
    const second = await run(["init", dir], { offline: false });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("already exists; not overwriting it");
    expect(readFileSync(target, "utf8")).toBe(`${written}\n# local edit\n`);
  });

  it("the starter file is a valid configuration", async () => {
    const dir = project("init-valid", { "Cargo.toml": `${PKG}[dependencies]\nserde = "1"\n` });
    expect((await run(["init", dir], { offline: false })).code).toBe(0);
    const { code, stdout } = await run([dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^no problems$/m);
  });
});

describe("report summaries and JSON metadata", () => {
  it("--quiet says what it hid, and the plan counts every finding", async () => {
    const { code, stdout } = await run(["fixtures/tide-app", "--quiet"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^3 problems \(3 errors, 0 warnings, 0 notes\) \(--quiet hid 6 findings below error and 2 notes about the run\)$/m);
    expect(stdout).toMatch(/^Plan: 5 changes remove 6 of 9 findings$/m);
  });

  it("--list-rules and --explain honour --format json", async () => {
    const list = JSON.parse((await run(["--list-rules", "--format", "json"])).stdout) as { rules: Array<{ id: string; docs: string; messages?: Record<string, string> }> };
    const transitive = list.rules.find((r) => r.id === "declining-transitive");
    expect(transitive?.docs).toBe("rules/declining-transitive.md");
    expect(Object.keys(transitive?.messages ?? {})).toEqual(["transitive"]);
    const rule = JSON.parse((await run(["--explain", "msrv", "--format", "json"])).stdout) as { kind: string; docs: string };
    expect(rule.kind).toBe("rule");
    expect(rule.docs).toMatch(/^# msrv/m);
    const crate = JSON.parse((await run(["--explain", "tide", "--format", "json"])).stdout) as { kind: string; entry: { status: string } };
    expect([crate.kind, crate.entry.status]).toEqual(["crate", "unmaintained"]);
  });

  it("why exits 1 for a crate no member reaches", async () => {
    expect((await run(["why", "term", "fixtures/root-causes/patch-git"], { offline: false })).code).toBe(1);
    expect((await run(["why", "hyper", "fixtures/root-causes/patch-git"], { offline: false })).code).toBe(0);
  });
});
