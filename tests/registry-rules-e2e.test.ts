/** The registry rules end to end: the CLI against the local sparse index serving fixtures/registry/index. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_FINDINGS, main } from "../src/cli.js";
import { decodePack, encodePack } from "../src/registry/cache.js";
import type { JsonFinding, JsonReport } from "../src/report/json.js";
import { removeTempDirs, tempDir, writeFiles } from "./helpers/index-fixture.js";
import { startIndexServer, type IndexServer } from "./helpers/index-server.js";
import { lineOf, lockText } from "./helpers/rule-runner.js";

const INDEX_ROOT = resolve(import.meta.dirname, "../fixtures/registry/index");
const NOW = new Date("2026-06-15T12:00:00Z");

const MANIFEST = `[package]
name = "shop"
version = "0.1.0"
edition = "2021"
rust-version = "1.65"

[dependencies]
async-h1 = "2.3"
http = "1"
structopt = "0.3"
surf = "2.3"
tide = "0.16"
tokio = "1"
warp = "0.2"
`;

// Versions as cargo once resolved them; only the edges the checks need are listed.
const LOCK = lockText([
  { name: "async-h1", version: "2.3.3", deps: ["async-std"] },
  { name: "async-std", version: "1.12.0" },
  { name: "http", version: "1.2.0" },
  { name: "shop", version: "0.1.0", local: true, deps: ["async-h1", "http", "structopt", "surf", "tide", "tokio", "warp"] },
  { name: "structopt", version: "0.3.26" },
  { name: "surf", version: "2.3.0", deps: ["async-std"] },
  { name: "tide", version: "0.16.0", deps: ["async-h1", "async-std"] },
  { name: "tokio", version: "1.43.3" },
  { name: "warp", version: "0.2.5" },
]);

let server: IndexServer;
let findings: JsonFinding[];
let report: JsonReport;
let exitCode: number;
let project: string;
let home: string;

beforeAll(async () => {
  server = await startIndexServer({ root: INDEX_ROOT });
  project = tempDir("e2e-project-");
  home = tempDir("e2e-home-");
  writeFiles(project, { "Cargo.toml": MANIFEST, "Cargo.lock": LOCK });
  let stdout = "";
  exitCode = await main(["check", "--format", "json"], {
    cwd: project,
    env: { CARGO_SUNSET_CRATES_IO_INDEX: server.url, HOME: home, XDG_CACHE_HOME: home },
    stdout: (text) => (stdout += text),
    stderr: () => {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: NOW,
  });
  report = JSON.parse(stdout) as JsonReport;
  findings = report.findings;
});

afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

function only(ruleId: string, crate: string): JsonFinding[] {
  return findings.filter((f) => f.ruleId === ruleId && f.crate.name === crate);
}

const at = (needle: string) => ({ file: "Cargo.toml", line: lineOf(MANIFEST, needle), column: 1 });

describe("registry rules against the local index", () => {
  it("reads every crate from the local server, with no registry problem", () => {
    expect(exitCode).toBe(EXIT_FINDINGS);
    expect(report.notes.filter((n) => n.level !== "note")).toEqual([]);
    const asked = new Set(server.requests.map((r) => r.path));
    for (const path of ["wa/rp/warp", "su/rf/surf", "ti/de/tide", "as/yn/async-std", "st/ru/structopt"]) expect(asked).toContain(path);
  });

  it("outdated-requirement: warp 0.2 is one incompatible release behind 0.3.7", () => {
    const [f, ...rest] = only("outdated-requirement", "warp");
    expect(rest).toEqual([]);
    expect(f?.messageId).toBe("behind");
    expect(f?.message).toContain("does not admit 0.3.7, the newest release: 1 incompatible release behind (0.3)");
    expect(f?.location).toMatchObject(at("warp ="));
  });

  it("outdated-lock: http is locked at 1.2.0 while 1.4.1 is admitted", () => {
    const [f] = only("outdated-lock", "http");
    expect(f?.messageId).toBe("outdatedLock");
    expect(f?.message).toBe("http is locked at 1.2.0, but ^1 admits 1.4.1");
    expect(f?.location).toMatchObject(at("http ="));
    expect(f?.relatedLocations[0]).toMatchObject({ file: "Cargo.lock", line: lineOf(LOCK, 'name = "http"') - 1 });
  });

  it("yanked-version: surf 2.3.0 is yanked; 2.3.2 fits the requirement", () => {
    const [f] = only("yanked-version", "surf");
    expect(f?.severity).toBe("error");
    expect(f?.messageId).toBe("yanked");
    expect(f?.suggestion).toBe("Run `cargo update -p surf --precise 2.3.2`.");
    expect(f?.location).toMatchObject(at("surf ="));
    expect(only("outdated-lock", "surf")).toEqual([]);
  });

  it("msrv: tokio 1.43.3 needs Rust 1.70 while the package declares 1.65", () => {
    const [f] = only("msrv", "tokio");
    expect(f?.messageId).toBe("locked");
    expect(f?.message).toBe("tokio 1.43.3 needs Rust 1.70, but shop declares rust-version 1.65");
    expect(f?.location).toMatchObject(at("tokio ="));
  });

  it("stale-crate: structopt's last release was on 2022-01-18", () => {
    const [f] = only("stale-crate", "structopt");
    expect(f?.messageId).toBe("stale");
    expect(f?.message).toBe("structopt has had no release for 52 months: the last one, 0.3.26, was published on 2022-01-18");
    expect(f?.location).toMatchObject(at("structopt ="));
    // http publishes carry pubtime and are recent; most other files carry none and are not judged.
    expect(findings.filter((x) => x.ruleId === "stale-crate").map((x) => x.crate.name)).toEqual(["structopt"]);
  });

  it("removable-transitive: async-h1 2.3.4 drops async-std; no release of tide does", () => {
    const messages = only("removable-transitive", "async-std").map((f) => [f.location.line, f.messageId, f.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        [lineOf(MANIFEST, "async-h1 ="), "drops", "async-std 1.12.0 is discontinued; upgrading async-h1 to 2.3.4 drops it"],
        [lineOf(MANIFEST, "tide ="), "noneDrops", "async-std 1.12.0 is discontinued; no release of tide drops it yet (the newest, 0.16.0, still brings it in)"],
      ]),
    );
  });
});

describe("a registry cache edited by hand", () => {
  it("stops with a one-line error naming the cache file when a version's dependencies are unreadable", async () => {
    const dir = join(home, "cargo-sunset", "index");
    const [name] = readdirSync(dir).filter((f) => f.endsWith(".pack.json"));
    const file = join(dir, name!);
    const entries = decodePack(readFileSync(file), server.url)!;
    for (const entry of entries.values()) {
      if (Array.isArray(entry.data)) entry.data = (entry.data as unknown[][]).map((row) => [...row.slice(0, 5), "{{"]);
    }
    // The checksum is recomputed, as a careful hand edit would: only the dependency text is wrong.
    writeFileSync(file, encodePack(server.url, entries));
    let stderr = "";
    const code = await main(["check", "--offline", "--no-cache"], {
      cwd: project,
      env: { CARGO_SUNSET_CRATES_IO_INDEX: server.url, HOME: home, XDG_CACHE_HOME: home },
      stdout: () => {},
      stderr: (text) => (stderr += text),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      now: NOW,
    });
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/\.pack\.json:1:1: damaged registry cache: the dependencies of [\w-]+ [\d.]+ are unreadable; delete the file and run again/);
  });
});
