/**
 * The package installs without building: `npm pack` on a clean clone prints only the tarball's name (pre-commit
 * reads that name from stdout), the tarball installed with --ignore-scripts runs, and `npx` from a git URL runs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cloneProject, fixture, git, NPM_OFFLINE_ENV } from "./helpers/project-clone.js";

let scratch: string;
let clone: string;
let fresh: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "cargo-sunset-pack-"));
  clone = join(scratch, "clone");
  cloneProject(clone);
  fresh = join(scratch, "fresh");
  git(scratch, "clone", "-q", clone, fresh);
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}) => ({ ...process.env, ...NPM_OFFLINE_ENV, NO_COLOR: "1", ...extra });

describe("npm package", () => {
  it("npm pack on a clean clone builds nothing and prints only the tarball name", () => {
    expect(existsSync(join(fresh, "node_modules"))).toBe(false);
    const result = spawnSync("npm", ["pack"], { cwd: fresh, env: env(), encoding: "utf8" });
    expect(result.status).toBe(0);
    const { version } = JSON.parse(readFileSync(join(fresh, "package.json"), "utf8")) as { version: string };
    expect(result.stdout).toBe(`cargo-sunset-${version}.tgz\n`);
    expect(existsSync(join(fresh, "dist", "src"))).toBe(false);
    expect(existsSync(join(fresh, "node_modules"))).toBe(false);
  }, 60_000);

  it("the tarball installed with --ignore-scripts runs, and audits a project", () => {
    const tarball = spawnSync("npm", ["pack", "--silent", "--pack-destination", scratch], { cwd: fresh, env: env(), encoding: "utf8" }).stdout.trim();
    const prefix = join(scratch, "prefix");
    execFileSync("npm", ["install", "-g", "--prefix", prefix, "--ignore-scripts", join(scratch, tarball)], { env: env(), stdio: "ignore" });
    const bin = process.platform === "win32" ? join(prefix, "cargo-sunset.cmd") : join(prefix, "bin", "cargo-sunset");
    expect(execFileSync(bin, ["--version"], { encoding: "utf8" })).toMatch(/^cargo-sunset \d+\.\d+\.\d+\n$/);
    const project = join(scratch, "tide-app");
    cpSync(fixture("tide-app"), project, { recursive: true });
    const audit = spawnSync(bin, ["--offline", "--cache-dir", join(scratch, "cache"), "--format", "json"], { cwd: project, env: env(), encoding: "utf8" });
    expect(audit.status).toBe(1);
    expect((JSON.parse(audit.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId)).toContain("declining-crate");
    // The installed package is the bundle, the rule docs, the catalog and the schemas: no sources, no dependencies.
    const installed = join(prefix, process.platform === "win32" ? "" : "lib", "node_modules", "cargo-sunset");
    expect(existsSync(join(installed, "dist", "cargo-sunset.mjs"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
    expect(existsSync(join(installed, "node_modules"))).toBe(false);
  }, 60_000);

  // npm installs the development dependencies of a git dependency that has a `build` script before packing it
  // (about 45 s here, from the cache), so this one runs with `npm run test:install` only.
  it.runIf(process.env.CARGO_SUNSET_INSTALL_TESTS === "1")("npx runs it from a git URL (npm run test:install)", () => {
    const result = spawnSync("npx", ["--yes", `git+file://${clone}`, "--version"], { cwd: scratch, env: env({ npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? scratch, ".npm") }), encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^cargo-sunset \d+\.\d+\.\d+\n$/);
    expect(result.status).toBe(0);
  }, 120_000);
});
