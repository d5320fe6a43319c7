/**
 * The real pre-commit (3.x) installs the hooks from a clone of this project and runs them on a fixture repository.
 * Skipped, with a message saying so, when pre-commit is not installed (`.ci/run` installs Debian's package).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cloneProject, commitAll, fixture, git, GIT_ENV, hasCommand, NPM_OFFLINE_ENV } from "./helpers/project-clone.js";

const available = hasCommand("pre-commit");
if (!available) console.warn("pre-commit is not installed: skipping the pre-commit hook tests (apt-get install pre-commit, or pip install pre-commit)");

describe.skipIf(!available)("pre-commit hooks (real pre-commit)", () => {
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "cargo-sunset-pre-commit-"));
    const clone = join(scratch, "clone");
    const rev = cloneProject(clone);
    repo = join(scratch, "repo");
    cpSync(fixture("tide-app"), repo, { recursive: true });
    writeFileSync(join(repo, "README.md"), "a Rust project\n");
    writeFileSync(
      join(repo, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${clone}\n    rev: ${rev}\n    hooks:\n      - id: cargo-sunset-offline\n`,
    );
    commitAll(repo);
  }, 60_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function preCommit(...args: string[]) {
    const env = {
      ...process.env,
      ...NPM_OFFLINE_ENV,
      ...GIT_ENV,
      PRE_COMMIT_HOME: join(scratch, "pre-commit-home"),
      XDG_CACHE_HOME: join(scratch, "cache"),
      NO_COLOR: "1",
    };
    const result = spawnSync("pre-commit", ["run", "--color", "never", ...args], { cwd: repo, env, encoding: "utf8" });
    return { status: result.status, output: result.stdout + result.stderr };
  }

  it("installs from the git repository without building, and reports the findings once", () => {
    const { status, output } = preCommit("--all-files");
    expect(output).toMatch(/cargo-sunset \(offline\)\.+Failed/);
    expect(status).toBe(1);
    expect(output).toContain("- exit code: 1");
    // One process for the whole workspace: each finding once.
    expect(output.match(/tide 0\.16\.0 is unmaintained/g)).toHaveLength(1);
    expect(output).toMatch(/\d+ problems \(3 errors/);
    expect(output).not.toMatch(/tsc|esbuild|ENOENT/);
  }, 120_000);

  it("runs when only the configuration or the baseline changes, and skips unrelated files", () => {
    writeFileSync(join(repo, "cargo-sunset.toml"), '[rules]\ndeclining-crate = "off"\ndeclining-transitive = "off"\n');
    git(repo, "add", "cargo-sunset.toml");
    // The hook runs (not "Skipped") and sees the new configuration: the errors are switched off.
    const config = preCommit("--files", "cargo-sunset.toml");
    expect(config.output).toMatch(/cargo-sunset \(offline\)\.+Passed/);
    expect(config.output).not.toContain("tide 0.16.0 is unmaintained");
    writeFileSync(join(repo, ".cargo-sunset-baseline.json"), '{ "schemaVersion": 1, "entries": [] }\n');
    git(repo, "add", ".cargo-sunset-baseline.json");
    expect(preCommit("--files", ".cargo-sunset-baseline.json").output).not.toMatch(/Skipped/);
    const unrelated = preCommit("--files", "README.md");
    expect(unrelated.status).toBe(0);
    expect(unrelated.output).toMatch(/cargo-sunset \(offline\)\.+\(no files to check\)Skipped/);
  }, 60_000);

  it("passes once nothing is left at or above the failing level", () => {
    writeFileSync(join(repo, "cargo-sunset.toml"), '[rules]\ndeclining-crate = "note"\n');
    git(repo, "add", "cargo-sunset.toml");
    const { status, output } = preCommit("--files", "Cargo.toml");
    expect(output).toMatch(/cargo-sunset \(offline\)\.+Passed/);
    expect(status).toBe(0);
  }, 60_000);
});
