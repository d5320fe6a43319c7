/** `check --fix` and `--fix-dry-run` end to end: the CLI against a local sparse index on 127.0.0.1. */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_FINDINGS, EXIT_OK, main } from "../../src/cli.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { removeTempDirs, tempDir, writeFiles, writeIndex } from "../helpers/index-fixture.js";
import { startIndexServer, type IndexServer } from "../helpers/index-server.js";

const NOW = new Date("2026-06-15T12:00:00Z");

const ROOT = `[workspace]
members = ["app", "lib-b"]
resolver = "2"

[workspace.dependencies]
# shared by both members
serde = { version = "0.9", features = ["derive"] } # keep this comment
`;

const APP = `[package]
name = "app"
version = "0.1.0"
edition = "2021"
rust-version = "1.70"

[dependencies]
tokio = "0.2"   # runtime
bincode = { version = "1.3", default-features = false }
anyhow = "=0.1.0"
serde = { workspace = true }
# cargo-sunset: allow(declining-crate) reason: nothing is reported on the next line
libc = { path = "../libc-shim" }

[dependencies.log]
version = '0.3'
features = ["std"]
`;

const LIB_B = [
  "[package]",
  'name = "lib-b"',
  'version = "0.1.0"',
  'edition = "2021"',
  "",
  "[dependencies]",
  "serde.workspace = true",
  'tokio = { version = "0.2", features = ["rt"] }',
  "",
].join("\r\n");

const SHIM = `[package]
name = "libc"
version = "0.1.0"
edition = "2021"
`;

const CONFIG = `# cargo-sunset configuration

[[ignore]]
crate = "warp"
reason = "matches nothing here"

[[ignore]]
crate = "bincode"
rule = "declining-crate"
reason = "kept: it is used"
`;

let server: IndexServer;
let home: string;

beforeAll(async () => {
  const index = writeIndex({
    tokio: [{ vers: "0.2.25" }, { vers: "1.38.0", rust_version: "1.63" }, { vers: "1.43.0", rust_version: "1.70" }, { vers: "1.48.0", rust_version: "1.71" }],
    bincode: [{ vers: "1.3.3" }, { vers: "2.0.1" }, { vers: "3.0.0" }],
    serde: [{ vers: "0.9.15" }, { vers: "1.0.200" }, { vers: "2.0.0+deprecated" }],
    anyhow: [{ vers: "0.1.0" }, { vers: "1.0.4" }, { vers: "1.0.5", yanked: true }],
    log: [{ vers: "0.3.9" }, { vers: "0.4.20" }],
  });
  server = await startIndexServer({ root: index });
  home = tempDir("fix-home-");
});

afterAll(async () => {
  await server.close();
  removeTempDirs();
});

function project(): string {
  const dir = tempDir("fix-project-");
  writeFiles(dir, {
    "Cargo.toml": ROOT,
    "app/Cargo.toml": APP,
    "app/src/lib.rs": "",
    "lib-b/Cargo.toml": LIB_B,
    "lib-b/src/lib.rs": "",
    "libc-shim/Cargo.toml": SHIM,
    "libc-shim/src/lib.rs": "",
    "cargo-sunset.toml": CONFIG,
  });
  return dir;
}

async function run(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    env: { CARGO_SUNSET_CRATES_IO_INDEX: server.url, HOME: home, XDG_CACHE_HOME: home },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: NOW,
  });
  return { code, stdout, stderr };
}

const FILES = ["Cargo.toml", "app/Cargo.toml", "lib-b/Cargo.toml", "cargo-sunset.toml", "libc-shim/Cargo.toml"];
const snapshot = (dir: string) => Object.fromEntries(FILES.map((f) => [f, readFileSync(join(dir, f), "utf8")]));

const EXPECTED_APP = APP.replace('tokio = "0.2"', 'tokio = "1.43"')
  .replace('version = "1.3"', 'version = "2.0"')
  .replace('"=0.1.0"', '"=1.0.4"')
  .replace("# cargo-sunset: allow(declining-crate) reason: nothing is reported on the next line\n", "")
  .replace("version = '0.3'", "version = '0.4'");

describe("--fix-dry-run", () => {
  it("prints a unified diff of every fix, changes no file and exits 1", async () => {
    const dir = project();
    const before = snapshot(dir);
    const { code, stdout, stderr } = await run(dir, ["check", "--fix-dry-run"]);
    expect(snapshot(dir)).toEqual(before);
    expect(code).toBe(EXIT_FINDINGS);
    expect(stdout).toContain("--- a/app/Cargo.toml\n+++ b/app/Cargo.toml\n");
    expect(stdout).toContain('\n-tokio = "0.2"   # runtime\n-bincode = { version = "1.3", default-features = false }\n-anyhow = "=0.1.0"\n+tokio = "1.43"   # runtime\n+bincode = { version = "2.0", default-features = false }\n+anyhow = "=1.0.4"\n');
    expect(stdout).toContain('-serde = { version = "0.9", features = ["derive"] } # keep this comment\n+serde = { version = "1.0", features = ["derive"] } # keep this comment\n');
    expect(stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    expect(stderr).toContain("would bump tokio \"0.2\" -> \"1.43\"");
    expect(stderr).toContain("cargo update -p anyhow -p bincode -p log -p serde -p tokio");
  });
});

describe("--fix", () => {
  let dir: string;
  let result: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = project();
    result = await run(dir, ["check", "--fix", "--format", "json"]);
  });

  it("bumps within rust-version, never to a yanked or tombstone release, and keeps every other byte", () => {
    const after = snapshot(dir);
    expect(after["app/Cargo.toml"]).toBe(EXPECTED_APP);
    expect(after["Cargo.toml"]).toBe(ROOT.replace('version = "0.9"', 'version = "1.0"'));
    // lib-b declares no rust-version: the newest release.
    expect(after["lib-b/Cargo.toml"]).toBe(LIB_B.replace('version = "0.2"', 'version = "1.48"'));
    expect(after["lib-b/Cargo.toml"]).toContain("\r\n");
    expect(after["libc-shim/Cargo.toml"]).toBe(SHIM);
  });

  it("removes the unused ignore and only it", () => {
    expect(snapshot(dir)["cargo-sunset.toml"]).toBe(`# cargo-sunset configuration

[[ignore]]
crate = "bincode"
rule = "declining-crate"
reason = "kept: it is used"
`);
  });

  it("reports what remains after the fixes and says how to update Cargo.lock", () => {
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; crate: { name: string }; location: { file: string } }> };
    // The only newer releases left are tombstones (bincode 3.0.0, serde 2.0.0+deprecated): never upgrade targets, so
    // outdated-requirement does not point at them either.
    const outdated = report.findings.filter((f) => f.ruleId === "outdated-requirement").map((f) => `${f.location.file} ${f.crate.name}`);
    expect(outdated).toEqual([]);
    expect(report.findings.map((f) => f.ruleId)).not.toContain("unused-inline-allow");
    expect(result.stderr).toContain("fix: changed 4 file(s)");
    expect(result.stderr).toContain("run `cargo update -p anyhow -p bincode -p log -p serde -p tokio`");
  });

  it("a second run has nothing left to fix", async () => {
    const again = await run(dir, ["check", "--fix-dry-run"]);
    expect(again.stdout).toBe("");
    expect(again.code).toBe(EXIT_OK);
    expect(again.stderr).toContain("fix: nothing to fix");
  });

  const cargo = spawnSync("cargo", ["--version"], { encoding: "utf8" }).status === 0;
  it.skipIf(!cargo)("cargo metadata --no-deps --offline reads the edited manifests as the model does", () => {
    const out = execFileSync("cargo", ["metadata", "--no-deps", "--offline", "--format-version", "1"], { cwd: dir, encoding: "utf8", env: { ...process.env, CARGO_HOME: join(home, "cargo") } });
    const meta = JSON.parse(out) as { packages: Array<{ name: string; dependencies: Array<{ name: string; req: string }> }> };
    const model = loadWorkspace(dir, { skipLockfile: true });
    for (const pkg of model.members) {
      const theirs = meta.packages.find((p) => p.name === pkg.name);
      expect(theirs, pkg.name).toBeDefined();
      const ours = pkg.dependencies.map((d) => `${d.name} ${d.req}`).sort();
      expect(theirs?.dependencies.map((d) => `${d.name} ${d.req}`).sort()).toEqual(ours);
    }
    const app = meta.packages.find((p) => p.name === "app");
    expect(app?.dependencies.find((d) => d.name === "tokio")?.req).toBe("^1.43");
    expect(app?.dependencies.find((d) => d.name === "serde")?.req).toBe("^1.0");
  });
});

describe("flags", () => {
  it("--fix and --fix-dry-run exclude each other", async () => {
    const { code, stderr } = await run(project(), ["check", "--fix", "--fix-dry-run"]);
    expect(code).toBe(2);
    expect(stderr).toContain("exclude each other");
  });
});

describe("unused ignores written as inline tables", () => {
  const INLINE_CONFIG = ["# cargo-sunset configuration", "ignore = [", '  { crate = "warp", reason = "matches nothing here" }, # stale', '  # kept: bincode is used', '  { crate = "bincode", rule = "declining-crate", reason = "kept: it is used" },', "]", ""].join("\r\n");
  const ROOT_WITH_METADATA = `${ROOT}\n[workspace.metadata.cargo-sunset]\nignore = [{ crate = "nothing-here", reason = "gone" }, { crate = "bincode", rule = "declining-crate", reason = "kept" }]\n`;
  const LIB_B_WITH_METADATA = `${LIB_B}\r\n[package.metadata.cargo-sunset]\r\nignore = [{ crate = "gone-too", reason = "unused" }]\r\n`;

  function inlineProject(): string {
    const dir = project();
    writeFiles(dir, { "cargo-sunset.toml": INLINE_CONFIG, "Cargo.toml": ROOT_WITH_METADATA, "lib-b/Cargo.toml": LIB_B_WITH_METADATA });
    return dir;
  }

  it("--fix-dry-run shows each element's removal as a diff and changes nothing", async () => {
    const dir = inlineProject();
    const before = snapshot(dir);
    const { stdout } = await run(dir, ["check", "--fix-dry-run"]);
    expect(snapshot(dir)).toEqual(before);
    expect(stdout).toContain('--- a/cargo-sunset.toml\n+++ b/cargo-sunset.toml\n');
    expect(stdout).toMatch(/\n-  { crate = "warp", reason = "matches nothing here" }, # stale\r?\n(?!-)/);
    expect(stdout).toContain('\n-ignore = [{ crate = "nothing-here", reason = "gone" }, { crate = "bincode", rule = "declining-crate", reason = "kept" }]\n+ignore = [{ crate = "bincode", rule = "declining-crate", reason = "kept" }]\n');
  });

  it("--fix removes exactly those elements, in cargo-sunset.toml and in workspace and package metadata", async () => {
    const dir = inlineProject();
    await run(dir, ["check", "--fix"]);
    const after = snapshot(dir);
    expect(after["cargo-sunset.toml"]).toBe(["# cargo-sunset configuration", "ignore = [", "  # kept: bincode is used", '  { crate = "bincode", rule = "declining-crate", reason = "kept: it is used" },', "]", ""].join("\r\n"));
    expect(after["Cargo.toml"]).toBe(ROOT_WITH_METADATA.replace('version = "0.9"', 'version = "1.0"').replace('{ crate = "nothing-here", reason = "gone" }, ', ""));
    expect(after["lib-b/Cargo.toml"]).toBe(LIB_B_WITH_METADATA.replace('version = "0.2"', 'version = "1.48"').replace('ignore = [{ crate = "gone-too", reason = "unused" }]', "ignore = []"));
  });

  it("--fix removes neighbouring unused elements of one array in one run, and says so for each", async () => {
    const dir = project();
    writeFiles(dir, { "cargo-sunset.toml": 'ignore = [{ crate = "gone-a", reason = "unused" }, { crate = "gone-b", reason = "unused" }]\n' });
    const { stderr } = await run(dir, ["check", "--fix"]);
    expect(snapshot(dir)["cargo-sunset.toml"]).toBe("ignore = []\n");
    expect(stderr).toContain("fix: remove the unused ignore of gone-a at cargo-sunset.toml:1\n");
    expect(stderr).toContain("fix: remove the unused ignore of gone-b at cargo-sunset.toml:1\n");
    expect(stderr).not.toContain("not fixed");
    // Nothing is left for a second run.
    const again = await run(dir, ["check", "--fix-dry-run"]);
    expect(again.stderr).toContain("fix: nothing to fix\n");
  });
});
