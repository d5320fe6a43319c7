/**
 * The warm-run cache through the built binary: a second `check` with unchanged inputs prints the stored report,
 * and any change to an input is a miss. To tell a hit from a fresh run, each test overwrites the stored report's
 * text with a marker: the marker is printed only when the entry was served.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startIndexServer } from "../scripts/index-server.mjs";
import { reportValidUntil } from "../src/warm/validity.js";
import type { CrateInfo } from "../src/registry/types.js";

const PACKAGE_ROOT = resolve(import.meta.dirname, "..");
const MARKER = "SERVED FROM THE WARM-RUN CACHE\n";

let scratch: string;
let bin: string;
let root: string;
let cacheDir: string;
let home: string;
let caseNumber = 0;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "cargo-sunset-warm-"));
  // A private copy of the binary, so that changing it does not disturb other tests.
  cpSync(join(PACKAGE_ROOT, "dist", "cargo-sunset.mjs"), join(scratch, "dist", "cargo-sunset.mjs"));
  cpSync(join(PACKAGE_ROOT, "dist", "chunks"), join(scratch, "dist", "chunks"), { recursive: true });
  cpSync(join(PACKAGE_ROOT, "package.json"), join(scratch, "package.json"));
  cpSync(join(PACKAGE_ROOT, "rules"), join(scratch, "rules"), { recursive: true, filter: (src) => !src.endsWith(".ts") });
  bin = join(scratch, "dist", "cargo-sunset.mjs");
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeEach(() => {
  caseNumber++;
  root = join(scratch, `project-${caseNumber}`);
  cpSync(join(PACKAGE_ROOT, "fixtures", "mixed-workspace"), root, { recursive: true });
  cacheDir = join(scratch, `cache-${caseNumber}`);
  home = join(scratch, `home-${caseNumber}`);
  mkdirSync(home);
});

interface Run {
  code: number;
  stdout: string;
}

function run(args: string[] = [], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bin, "check", "--offline", "--cache-dir", cacheDir, ...args, root],
      { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: home, NO_COLOR: "1", ...env } },
      (error, stdout) => done({ code: error ? Number(error.code) : 0, stdout }),
    );
  });
}

function runOnline(indexUrl: string): Promise<void> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bin, "check", "--no-cache", "--cache-dir", cacheDir, root],
      { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: home, NO_COLOR: "1", CARGO_SUNSET_CRATES_IO_INDEX: indexUrl } },
      () => done(),
    );
  });
}

const entries = () => {
  try {
    return readdirSync(join(cacheDir, "reports")).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
};

/** Replaces the text of every stored report with the marker. */
function markEntries(): void {
  for (const name of entries()) {
    const path = join(cacheDir, "reports", name);
    const entry = JSON.parse(readFileSync(path, "utf8")) as { stdout: string };
    writeFileSync(path, JSON.stringify({ ...entry, stdout: MARKER }));
  }
}

/** First run (stored), marker, change, second run: the second must be a fresh run with the first's output. */
async function expectMissAfter(change: () => void, args: string[] = [], env: Record<string, string> = {}): Promise<Run> {
  const first = await run(args, env);
  expect(entries()).toHaveLength(1);
  markEntries();
  change();
  const second = await run(args, env);
  expect(second.stdout).not.toBe(MARKER);
  return second;
}

describe("warm-run cache", () => {
  it("serves the stored report, exit code included, when nothing changed", async () => {
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/tide/);
    expect(entries()).toHaveLength(1);
    const again = await run();
    expect(again).toEqual(first);
    markEntries();
    expect(await run()).toEqual({ code: 1, stdout: MARKER });
  });

  it("a hit loads no module besides the binary itself", async () => {
    // Node's ES module loader logs each module it loads under NODE_DEBUG=esm (both runs set it: the variable's name
    // is part of the environment the entry records).
    const loaded = () =>
      new Promise<string[]>((done) => {
        execFile(
          process.execPath,
          [bin, "check", "--offline", "--cache-dir", cacheDir, root],
          { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: home, NO_COLOR: "1", NODE_DEBUG: "esm" } },
          (_error, _stdout, stderr) => done([...new Set(stderr.match(/file:\/\/\S+\.mjs/g) ?? [])]),
        );
      });
    const miss = await loaded();
    expect(miss.length).toBeGreaterThan(1);
    expect(entries()).toHaveLength(1);
    expect(await loaded()).toEqual([pathToFileURL(bin).href]);
  });

  it("re-reads a file whose stat changed but serves it when its content is the same", async () => {
    await run();
    markEntries();
    const manifest = join(root, "Cargo.toml");
    writeFileSync(manifest, readFileSync(manifest));
    expect((await run()).stdout).toBe(MARKER);
  });

  it("misses after a member manifest changes, even with the same size and time", async () => {
    const manifest = join(root, "crates", "legacy", "Cargo.toml");
    const first = await run();
    markEntries();
    const text = readFileSync(manifest, "utf8");
    expect(text).toContain('version = "0.14"');
    writeFileSync(manifest, text.replace('version = "0.14"', 'version = "0.13"'));
    utimesSync(manifest, new Date("2020-01-01"), new Date("2020-01-01"));
    const second = await run();
    expect(second.stdout).not.toBe(MARKER);
    expect(second.stdout).toBe(first.stdout);
  });

  it("misses after the lockfile changes", async () => {
    const lock = join(root, "Cargo.lock");
    await expectMissAfter(() => writeFileSync(lock, `${readFileSync(lock, "utf8")}\n`));
  });

  it("misses after the lockfile is removed", async () => {
    const second = await expectMissAfter(() => rmSync(join(root, "Cargo.lock")));
    expect(second.stdout).toMatch(/no Cargo\.lock/);
  });

  it("misses when a configuration file appears", async () => {
    const second = await expectMissAfter(() => writeFileSync(join(root, "cargo-sunset.toml"), '[rules]\ndeclining-crate = "off"\n'));
    expect(second.stdout).not.toMatch(/declining-crate/);
  });

  it("misses when a new member directory matches the workspace's glob", async () => {
    await expectMissAfter(() => {
      mkdirSync(join(root, "crates", "extra", "src"), { recursive: true });
      writeFileSync(join(root, "crates", "extra", "Cargo.toml"), '[package]\nname = "extra"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nwarp = "0.3"\n');
      writeFileSync(join(root, "crates", "extra", "src", "lib.rs"), "");
    });
  });

  it("misses when registry data appears in the cache", async () => {
    const server = await startIndexServer({ root: join(PACKAGE_ROOT, "fixtures", "registry", "index") });
    try {
      const env = { CARGO_SUNSET_CRATES_IO_INDEX: server.url };
      const first = await run([], env);
      expect(first.stdout).toMatch(/offline with an empty cache/);
      markEntries();
      // An online run against a local index fills the registry cache.
      await runOnline(server.url);
      const second = await run([], env);
      expect(second.stdout).not.toBe(MARKER);
      expect(second.stdout).not.toMatch(/offline with an empty cache/);
    } finally {
      await server.close();
    }
  });

  it("misses when an environment variable the run read changes", async () => {
    await run([], { CARGO_HOME: join(home, "cargo") });
    markEntries();
    expect((await run([], { CARGO_HOME: join(home, "cargo") })).stdout).toBe(MARKER);
    expect((await run([], { CARGO_HOME: join(home, "cargo-2") })).stdout).not.toBe(MARKER);
  });

  it("misses when the binary changes", async () => {
    const chunk = readdirSync(join(scratch, "dist", "chunks"))[0]!;
    await expectMissAfter(() => {
      const path = join(scratch, "dist", "chunks", chunk);
      writeFileSync(path, `${readFileSync(path, "utf8")}\n`);
    });
  });

  it("misses when the catalog changes", async () => {
    const catalogDir = join(scratch, "rules", "catalog");
    const file = join(catalogDir, readdirSync(catalogDir).find((f) => f.endsWith(".json"))!);
    const original = readFileSync(file, "utf8");
    try {
      await expectMissAfter(() => writeFileSync(file, `${original}\n`));
    } finally {
      writeFileSync(file, original);
    }
  });

  it("misses once the entry's time has run out", async () => {
    await expectMissAfter(() => {
      for (const name of entries()) {
        const path = join(cacheDir, "reports", name);
        const entry = JSON.parse(readFileSync(path, "utf8")) as { validUntil: number };
        writeFileSync(path, JSON.stringify({ ...entry, validUntil: Date.now() - 1 }));
      }
    });
  });

  it("--no-cache neither serves nor stores", async () => {
    await run();
    markEntries();
    const fresh = await run(["--no-cache"]);
    expect(fresh.stdout).not.toBe(MARKER);
    expect(fresh.stdout).toMatch(/tide/);
    rmSync(join(cacheDir, "reports"), { recursive: true, force: true });
    await run(["--no-cache"]);
    expect(entries()).toHaveLength(0);
  });

  it("keeps one entry per command line: another format or flag is another entry", async () => {
    const text = await run();
    const json = await run(["--format", "json"]);
    const quiet = await run(["--quiet"]);
    expect(entries()).toHaveLength(3);
    expect(JSON.parse(json.stdout)).toHaveProperty("findings");
    expect(await run(["--format", "json"])).toEqual(json);
    expect(await run()).toEqual(text);
    expect(await run(["--quiet"])).toEqual(quiet);
  });

  it("stores nothing when the report goes to a file", async () => {
    await run(["--output", join(scratch, `report-${caseNumber}.txt`)]);
    expect(entries()).toHaveLength(0);
  });
});

describe("reportValidUntil", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const info = (fetchedAt: string, pubtime: string | null): CrateInfo => ({
    name: "x",
    registry: "crates.io",
    fetchedAt,
    fromCache: true,
    versions: [{ name: "x", version: "1.0.0", yanked: false, rustVersion: null, pubtime, deps: [], features: {} }],
  });

  it("without registry data, lasts until the next UTC day (ignore entries expire by date)", () => {
    expect(reportValidUntil({ now, offline: true, cacheTtlMs: 3_600_000, used: [] })).toBe(Date.parse("2026-03-11T00:00:00Z"));
  });

  it("online, ends when the oldest data used leaves its TTL", () => {
    const used = [info("2026-03-10T11:30:00Z", null), info("2026-03-10T11:50:00Z", null)];
    expect(reportValidUntil({ now, offline: false, cacheTtlMs: 3_600_000, used })).toBe(Date.parse("2026-03-10T12:30:00Z"));
    expect(reportValidUntil({ now, offline: false, cacheTtlMs: 0, used })).toBe(0);
  });

  it("ends when a crate's release age reaches another whole month", () => {
    const used = [info("2026-03-10T11:59:00Z", "2023-01-10T12:15:00Z")];
    expect(reportValidUntil({ now, offline: false, cacheTtlMs: 3_600_000, used })).toBe(Date.parse("2026-03-10T12:15:00Z"));
  });

  it("is never stored offline with registry data: the report states its age", () => {
    expect(reportValidUntil({ now, offline: true, cacheTtlMs: 3_600_000, used: [info("2026-03-10T11:59:00Z", null)] })).toBe(0);
  });
});
