/**
 * Hostile inputs that once crashed the tool or ran it out of memory, and output writes that cannot happen: each
 * ends in a one-line error with exit code 2, and nothing half-written is left behind.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { loadWorkspace } from "../src/model/workspace.js";
import { loadCargoConfig } from "../src/registry/cargo-config.js";
import { readBaseline } from "../src/suppress/baseline.js";
import { ConfigError } from "../src/config/errors.js";
import { removeStaleTempFiles } from "../src/util/atomic-write.js";
import { tempDir, writeProject } from "./helpers/temp-project.js";
import { thrownBy } from "./helpers/thrown.js";

const BIN = join(resolve(import.meta.dirname, ".."), "dist", "cargo-sunset.mjs");
const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ntide = "0.16"\n';
const dotted = (n: number) => Array.from({ length: n }, () => "k").join(".");

function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? "", HOME: join(cwd, ".home"), NO_COLOR: "1", ...env } }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

function project(): string {
  return writeProject({ "Cargo.toml": PKG, "src/lib.rs": "" });
}

const offline = (dir: string) => ["check", "--offline", "--cache-dir", join(dir, ".cache")];

describe("pathological inputs", () => {
  it.each([20_000, 100_000])("a Cargo.toml header of %i dotted segments is cargo's recursion limit at the 81st", (n) => {
    const dir = writeProject({ "Cargo.toml": `${PKG}\n[package.metadata.${dotted(n)}]\nx = 1\n`, "src/lib.rs": "" });
    const e = thrownBy(InputError, () => loadWorkspace(dir, { skipLockfile: true }));
    // `[package.metadata.` then 78 `k.`: the 81st segment starts at column 2 + 2 * 80 - 1 + ... = 176 - 1.
    expect([e.line, e.column]).toEqual([9, "[package.metadata.".length + 78 * 2 + 1]);
    expect(e.problem).toBe("invalid TOML: recursion limit: a key has at most 80 dotted segments");
  });

  it("arrays nested 3,000 deep in Cargo.toml stop at cargo's depth of 80", () => {
    const dir = writeProject({ "Cargo.toml": `${PKG}\n[package.metadata]\nx = ${"[".repeat(3000)}${"]".repeat(3000)}\n`, "src/lib.rs": "" });
    const e = thrownBy(InputError, () => loadWorkspace(dir, { skipLockfile: true }));
    expect([e.line, e.column]).toEqual([10, 85]);
    expect(e.problem).toMatch(/^invalid TOML: cannot recurse further/);
  });

  it("a baseline nested 3,000 arrays deep is an error at the first level too deep", () => {
    const dir = writeProject({ "baseline.json": `${"[".repeat(3000)}${"]".repeat(3000)}` });
    const e = thrownBy(ConfigError, () => readBaseline(join(dir, "baseline.json")));
    expect(e.issues).toEqual([{ file: join(dir, "baseline.json"), line: 1, column: 129, message: "invalid JSON: arrays and objects nest more than 128 deep" }]);
  });

  it("a .cargo/config.toml header of 3,000 segments is a problem of that file, not a crash", async () => {
    const dir = writeProject({ "Cargo.toml": PKG, ".cargo/config.toml": `[${dotted(3000)}]\nx = 1\n` });
    const config = await loadCargoConfig(dir, { CARGO_HOME: join(dir, ".cargo-home") });
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]).toMatch(/config\.toml: not valid TOML, ignored \(recursion limit: a key has at most 80 dotted segments \(line 1, column 162\)\)/);
  });

  it("an integer above 2^53 in [package.metadata] is accepted; one beyond i64 is not", () => {
    const big = writeProject({ "Cargo.toml": `${PKG}\n[package.metadata]\nx = 9007199254740993\n`, "src/lib.rs": "" });
    expect(loadWorkspace(big, { skipLockfile: true }).members[0]?.name).toBe("app");
    const huge = writeProject({ "Cargo.toml": `${PKG}\n[package.metadata]\nx = 9223372036854775808\n`, "src/lib.rs": "" });
    const e = thrownBy(InputError, () => loadWorkspace(huge, { skipLockfile: true }));
    expect([e.line, e.problem]).toEqual([10, "invalid TOML: integer out of range (TOML integers are 64-bit)"]);
  });

  it("invalid UTF-8 is an error at the first bad byte", () => {
    const dir = writeProject({ "Cargo.toml": Buffer.concat([Buffer.from(`${PKG}# caf`), Buffer.from([0xe9]), Buffer.from("\n")]), "src/lib.rs": "" });
    const e = thrownBy(InputError, () => loadWorkspace(dir, { skipLockfile: true }));
    expect([e.line, e.column, e.problem]).toEqual([8, 6, "file is not valid UTF-8"]);
  });
});

describe("output writes that cannot happen", () => {
  const cases: Array<[string, (dir: string) => { args: string[]; env?: Record<string, string>; file: string }]> = [
    ["--output to a directory", (dir) => (mkdirSync(join(dir, "out")), { args: ["--output", "out"], file: "out" })],
    ["--output under a file", () => ({ args: ["--output", "Cargo.toml/report.txt"], file: "Cargo.toml/report.txt" })],
    ["--sarif under a missing read-only place", () => ({ args: ["--sarif", "/proc/cargo-sunset/x.sarif"], file: "/proc/cargo-sunset/x.sarif" })],
    ["--baseline <dir> with --update-baseline", (dir) => (mkdirSync(join(dir, "base")), { args: ["--baseline", "base", "--update-baseline"], file: "base" })],
    ["GITHUB_STEP_SUMMARY pointing at a directory", (dir) => (mkdirSync(join(dir, "summary")), { args: [], env: { GITHUB_STEP_SUMMARY: join(dir, "summary") }, file: "summary" })],
  ];
  it.each(cases)("%s: one line, exit 2, no temp file left", async (_label, setup) => {
    const dir = project();
    const { args, env, file } = setup(dir);
    const result = await run(dir, [...offline(dir), ...args], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^error: cannot write ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: [^\\n]+\\n$`));
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a legal 250-character name is written (the temp name stays short)", async () => {
    const dir = project();
    const name = `${"r".repeat(245)}.json`;
    const result = await run(dir, [...offline(dir), "--format", "json", "--output", name]);
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, name), "utf8")).findings.length).toBeGreaterThan(0);
  });
});

describe("temp files left by a killed write", () => {
  it("are removed by the next write into that directory when their process is gone", async () => {
    const dir = project();
    const orphans = [".cargo-sunset-999999999-0123abcd.tmp", ".report.json.999999999.0123abcd.tmp"];
    for (const name of orphans) writeFileSync(join(dir, name), "half");
    const live = `.cargo-sunset-${process.pid}-89abcdef.tmp`;
    writeFileSync(join(dir, live), "in progress");
    const result = await run(dir, [...offline(dir), "--output", "report.txt"]);
    expect(result.code).toBe(1);
    expect(orphans.filter((name) => existsSync(join(dir, name)))).toEqual([]);
    expect(existsSync(join(dir, live))).toBe(true);
  });

  it("an hour-old one goes even when its process id is in use again", () => {
    const dir = tempDir("stale-");
    const old = join(dir, `.cargo-sunset-${process.ppid}-0123abcd.tmp`);
    writeFileSync(old, "old");
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, hourAgo, hourAgo);
    writeFileSync(join(dir, "unrelated.tmp"), "not ours");
    expect(removeStaleTempFiles(dir)).toEqual([old]);
    expect(readdirSync(dir)).toEqual(["unrelated.tmp"]);
  });
});
