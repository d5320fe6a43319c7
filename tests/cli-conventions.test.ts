/**
 * Command-line habits of cargo and ESLint users, on the built binary: help/version subcommands, --manifest-path,
 * --color and FORCE_COLOR, -p/--exclude, --max-warnings, --explain in any case with suggestions, --list-crates,
 * --format gitlab and SARIF paths at the audited project's repository. The progress line is tested in-process
 * with a terminal-like stderr.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { helpText, OPTIONS } from "../src/cli-options.js";
import { startIndexServer } from "./helpers/index-server.js";
import { packageRoot } from "../src/util/package-root.js";

const ROOT = packageRoot();
const BIN = join(ROOT, "dist", "cargo-sunset.mjs");
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "cargo-sunset-conventions-"));
  mkdirSync(join(scratch, "cache"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string; env?: Record<string, string>; audit?: boolean } = {}): Promise<Run> {
  const extra = options.audit === false ? [] : ["--offline", "--cache-dir", join(scratch, "cache")];
  const env = { PATH: process.env.PATH ?? "", HOME: scratch, ...(options.env ?? { NO_COLOR: "1" }) };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args, ...extra], { cwd: options.cwd ?? ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const findingsOf = (r: Run) => (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; crate: { name: string }; member?: string }> }).findings;
const ESC = "\u001b[";

describe("help and version", () => {
  it("`help` and `version` are subcommands, not paths", async () => {
    const help = await run(["help"], { audit: false });
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await run(["--help"], { audit: false })).stdout);
    const version = await run(["version"], { audit: false });
    expect(version).toEqual({ code: 0, stdout: (await run(["-V"], { audit: false })).stdout, stderr: "" });
    expect(version.stdout).toMatch(/^cargo-sunset \d+\.\d+\.\d+\n$/);
    expect((await run(["sunset", "version"], { audit: false })).stdout).toBe(version.stdout);
  });

  it("lists every option in --help", () => {
    const text = helpText("1.0.0");
    for (const name of Object.keys(OPTIONS)) expect(text).toContain(`--${name}`);
    for (const flag of ["--manifest-path PATH", "--color WHEN", "-p, --package MEMBER", "--exclude MEMBER", "--max-warnings N", "--list-crates"]) expect(text).toContain(flag);
  });
});

describe("README", () => {
  it("documents every option in its options table, as --help describes it", async () => {
    const readme = (await import("node:fs")).readFileSync(join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("<!-- options:start -->"), readme.indexOf("<!-- options:end -->"));
    for (const [name, spec] of Object.entries(OPTIONS)) {
      const row = table.split("\n").find((line) => line.includes(`\`--${name}`));
      expect(row, name).toBeDefined();
      expect(row!.replace(/\\\|/g, "|"), name).toContain(spec.description);
    }
  });
});

describe("--manifest-path", () => {
  it("audits the workspace of the named Cargo.toml, as a PATH would", async () => {
    const byFlag = await run(["--manifest-path", "fixtures/tide-app/Cargo.toml", "--format", "json"]);
    const byPath = await run(["fixtures/tide-app", "--format", "json"]);
    expect(byFlag.code).toBe(1);
    expect(byFlag.stdout).toBe(byPath.stdout);
    expect(findingsOf(byFlag).length).toBeGreaterThan(0);
  });

  it("also works for `why` and rejects a path that is not a Cargo.toml", async () => {
    const why = await run(["why", "async-std", "--manifest-path", "fixtures/tide-app/Cargo.toml"], { audit: false });
    expect(why.code).toBe(0);
    expect(why.stdout).toContain("async-std");
    const bad = await run(["--manifest-path", "fixtures/tide-app"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--manifest-path must be a path to a Cargo.toml file");
  });
});

describe("colors", () => {
  const audit = (env: Record<string, string>, args: string[] = []) => run(["fixtures/tide-app", ...args], { env });

  it("--color always colors, --color never and --no-color do not, and a bad value is a usage error", async () => {
    expect((await audit({}, ["--color", "always"])).stdout).toContain(ESC);
    expect((await audit({ FORCE_COLOR: "1" }, ["--color", "never"])).stdout).not.toContain(ESC);
    expect((await audit({ FORCE_COLOR: "1" }, ["--no-color"])).stdout).not.toContain(ESC);
    expect((await audit({ NO_COLOR: "1" }, ["--color", "always"])).stdout).toContain(ESC);
    const bad = await audit({}, ["--color", "sometimes"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown --color `sometimes` (expected auto, always, never)");
  });

  it("under auto: FORCE_COLOR=1 forces colors, FORCE_COLOR=0 and NO_COLOR turn them off", async () => {
    expect((await audit({ FORCE_COLOR: "1" })).stdout).toContain(ESC);
    expect((await audit({ FORCE_COLOR: "0" })).stdout).not.toContain(ESC);
    expect((await audit({ NO_COLOR: "1", FORCE_COLOR: "1" })).stdout).not.toContain(ESC);
    expect((await audit({})).stdout).not.toContain(ESC); // not a terminal
  });
});

describe("-p/--package and --exclude", () => {
  const members = (r: Run) => [...new Set(findingsOf(r).map((f) => f.member ?? "(workspace)"))].sort();

  it("narrow a workspace to some members, with globs as cargo has them", async () => {
    const all = await run(["fixtures/mixed-workspace", "--format", "json"]);
    expect(members(all)).toEqual(["(workspace)", "shop-api", "shop-legacy"]);
    const api = await run(["fixtures/mixed-workspace", "-p", "shop-api", "--format", "json"]);
    expect(members(api)).toEqual(["(workspace)", "shop-api"]);
    expect(api.code).toBe(0);
    const excluded = await run(["fixtures/mixed-workspace", "--exclude", "shop-legacy", "--format", "json"]);
    expect(excluded.stdout).toBe(api.stdout);
    const glob = await run(["fixtures/mixed-workspace", "--package", "shop-*", "--exclude", "shop-api", "--format", "json"]);
    expect(members(glob)).toEqual(["(workspace)", "shop-legacy"]);
    expect(findingsOf(glob).some((f) => f.crate.name === "tide")).toBe(true);
  });

  it("a name that matches no member is a usage error naming the members", async () => {
    const bad = await run(["fixtures/mixed-workspace", "-p", "shop-apj"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--package `shop-apj` matches no workspace member (members: shop-api, shop-legacy, shop-model)");
  });
});

describe("--max-warnings", () => {
  it("fails when there are more warnings than N, as ESLint does", async () => {
    // shop-api: one warning (tempdir), no errors.
    const base = ["fixtures/mixed-workspace", "-p", "shop-api", "--rule", "declining-crate=warning"];
    const count = findingsOf(await run([...base, "--format", "json"])).filter((f) => f.severity === "warning").length;
    expect(count).toBeGreaterThan(0);
    expect((await run([...base, "--max-warnings", String(count)])).code).toBe(0);
    const over = await run([...base, "--max-warnings", String(count - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`${count} warning(s), more than --max-warnings ${count - 1}`);
    const bad = await run([...base, "--max-warnings", "-1"]);
    expect(bad.code).toBe(2);
  });
});

describe("--explain and --list-crates", () => {
  it("--explain takes rule ids and crate names in any case, and `-` for `_`", async () => {
    const tide = await run(["--explain", "tide"], { audit: false });
    expect(tide.code).toBe(0);
    expect((await run(["--explain", "Tide"], { audit: false })).stdout).toBe(tide.stdout);
    expect((await run(["--explain", "TIDE"], { audit: false })).stdout).toBe(tide.stdout);
    expect((await run(["--explain", "Async_Std"], { audit: false })).stdout).toBe((await run(["--explain", "async-std"], { audit: false })).stdout);
    expect((await run(["--explain", "MSRV"], { audit: false })).stdout).toContain("# msrv");
  });

  it("suggests near names when nothing matches", async () => {
    const typo = await run(["--explain", "tidee"], { audit: false });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean `tide`?");
    expect((await run(["--explain", "declining-crat"], { audit: false })).stderr).toContain("`declining-crate`");
    const none = await run(["--explain", "zzzzzzzzzz"], { audit: false });
    expect(none.stderr).toContain("(see --list-rules and --list-crates)");
  });

  it("--list-crates prints the catalog: name, verdict and versions", async () => {
    const list = await run(["--list-crates"], { audit: false });
    expect(list.code).toBe(0);
    const lines = list.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^CRATE\s+VERDICT\s+VERSIONS\s+REPLACEMENTS$/);
    const catalog = JSON.parse((await import("node:fs")).readFileSync(join(ROOT, "rules/catalog/crates.json"), "utf8")) as { entries: Array<{ crate: string; status: string; versions: string }> };
    expect(lines).toHaveLength(catalog.entries.length + 1);
    const tide = catalog.entries.find((e) => e.crate === "tide")!;
    expect(lines.find((l) => l.startsWith("tide "))).toMatch(new RegExp(`^tide\\s+${tide.status}\\s+\\${tide.versions}`));
  });
});

describe("--format gitlab", () => {
  it("writes a Code Quality report with every field GitLab reads", async () => {
    const r = await run(["fixtures/mixed-workspace", "--format", "gitlab"]);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as Array<Record<string, unknown> & { location: { path: string; lines: { begin: number } }; fingerprint: string; severity: string }>;
    const json = findingsOf(await run(["fixtures/mixed-workspace", "--format", "json"]));
    expect(issues).toHaveLength(json.length);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(["check_name", "description", "fingerprint", "location", "severity"]);
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
      expect(issue.location.path).toMatch(/^fixtures\/mixed-workspace\/(crates\/\w+\/)?Cargo\.toml$/);
      expect(issue.location.lines.begin).toBeGreaterThan(0);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.map((i) => i.severity).sort()).toEqual(json.map((f) => ({ error: "major", warning: "minor", note: "info" })[f.severity]!).sort());
  });
});

describe("SARIF %SRCROOT%", () => {
  it("is the repository root of the audited project, not of the working directory", async () => {
    const repo = join(scratch, "other-repo");
    cpSync(join(ROOT, "fixtures/tide-app"), join(repo, "rust"), { recursive: true });
    mkdirSync(join(repo, ".git"));
    const elsewhere = join(scratch, "elsewhere");
    mkdirSync(elsewhere);
    const r = await run([join(repo, "rust"), "--format", "sarif"], { cwd: elsewhere });
    const sarif = JSON.parse(r.stdout) as { runs: Array<{ originalUriBaseIds: Record<string, { uri: string }>; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.runs[0]!.originalUriBaseIds["%SRCROOT%"]!.uri).toBe(`file://${repo}/`);
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("rust/Cargo.toml");
  });
});

describe("progress line", () => {
  it("is erased when the registry has been read, so the report starts on a clean line", async () => {
    const server = await startIndexServer({ root: join(ROOT, "fixtures/registry/index") });
    let stderr = "";
    let stdout = "";
    try {
      const code = await main(["fixtures/tide-app", "--cache-dir", join(scratch, "progress-cache")], {
        cwd: ROOT,
        env: { CARGO_SUNSET_CRATES_IO_INDEX: server.url, NO_COLOR: "1", HOME: scratch },
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
        stdoutIsTTY: true,
        stderrIsTTY: true,
        now: new Date("2026-12-01T00:00:00Z"),
      });
      expect(code).toBe(1);
    } finally {
      await server.close();
    }
    expect(stderr).toMatch(/checking crates \d+\/\d+/);
    // Ends with carriage return + erase-line, and never leaves a newline behind the counter.
    expect(stderr.endsWith("\r\u001b[2K")).toBe(true);
    expect(stderr).not.toContain("\n");
    expect(stdout).toContain("declining-crate");
  });
});
