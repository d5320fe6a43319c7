/**
 * `cargo-sunset fetch` against a real HTTP server on 127.0.0.1 (200, 304, truncated, wrong content, 500), then
 * `check` reading the fetched copy, `--advisory-db PATH`, and the `[advisories]` configuration.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import type { JsonReport } from "../../src/report/json.js";
import { FIXTURE_COMMIT, FIXTURE_DB, packArchive } from "../helpers/advisory-db.js";
import { lockfile } from "../helpers/rule-tester.js";

const NOW = new Date("2026-11-15T00:00:00Z");
const ARCHIVE = packArchive(FIXTURE_DB, { commit: FIXTURE_COMMIT, date: "2026-11-01" });
const ETAG = '"fixture-1"';

type Mode = "ok" | "truncated" | "html" | "error";
let mode: Mode = "ok";
const requests: IncomingMessage["headers"][] = [];
let server: Server;
let url: string;
const dirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  requests.push(req.headers);
  if (mode === "error") return void res.writeHead(500).end("oops");
  if (mode === "html") return void res.writeHead(200, { "content-type": "text/html" }).end("<html>rate limited</html>");
  if (req.headers["if-none-match"] === ETAG && mode === "ok") return void res.writeHead(304, { etag: ETAG }).end();
  if (mode === "truncated") {
    res.writeHead(200, { "content-length": String(ARCHIVE.length), etag: '"fixture-2"' });
    res.write(ARCHIVE.subarray(0, Math.floor(ARCHIVE.length / 2)));
    setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  res.writeHead(200, { "content-length": String(ARCHIVE.length), etag: ETAG, "content-type": "application/x-gzip" }).end(ARCHIVE);
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  url = `http://127.0.0.1:${address.port}/advisory-db/main.tar.gz`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string, home: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    env: { HOME: home, XDG_CACHE_HOME: join(home, "cache"), CARGO_HOME: join(home, "cargo") },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: NOW,
  });
  return { code, stdout, stderr };
}

function cacheFiles(home: string): string[] {
  try {
    return readdirSync(join(home, "cache", "cargo-sunset", "advisory-db")).sort();
  } catch {
    return [];
  }
}

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ndemo-vuln = "1.1"\n';
const LOCK = lockfile([{ name: "app", version: "0.1.0", local: true, dependencies: ["demo-vuln"] }, { name: "demo-vuln", version: "1.1.0" }]);

function project(config?: string): string {
  const dir = tempDir("advisory-project-");
  writeFileSync(join(dir, "Cargo.toml"), PKG);
  writeFileSync(join(dir, "Cargo.lock"), LOCK);
  if (config) writeFileSync(join(dir, "cargo-sunset.toml"), config);
  return dir;
}

async function checkJson(dir: string, home: string, extra: string[] = []): Promise<JsonReport> {
  const result = await run(["check", "--offline", "--format", "json", ...extra], dir, home);
  return JSON.parse(result.stdout) as JsonReport;
}

describe("fetch", () => {
  const home = tempDir("advisory-home-");

  it("downloads, parses and stores the archive, naming the advisory file it skipped", async () => {
    mode = "ok";
    const result = await run(["fetch", "--advisory-db", url], home, home);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("fetched 4 advisories (2026-11-01, commit 01234567): 1 vulnerabilities, 1 unmaintained, 1 unsound, 1 notices, 1 withdrawn");
    expect(result.stderr).toContain("advisory file skipped: crates/demo-broken/RUSTSEC-2026-9005.md");
    expect(cacheFiles(home)).toHaveLength(1);
    expect(requests.at(-1)?.["user-agent"]).toMatch(/^cargo-sunset\//);
  });

  it("revalidates with the ETag and keeps the copy on 304", async () => {
    const file = join(home, "cache", "cargo-sunset", "advisory-db", cacheFiles(home)[0]!);
    const before = JSON.parse(readFileSync(file, "utf8")) as { database: unknown; fetchedAt: string };
    const result = await run(["fetch", "--advisory-db", url], home, home);
    expect(requests.at(-1)?.["if-none-match"]).toBe(ETAG);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("advisory database up to date (4 advisories, 2026-11-01, commit 01234567)");
    expect((JSON.parse(readFileSync(file, "utf8")) as { database: unknown }).database).toEqual(before.database);
  });

  it.each([
    ["truncated", /truncated|cut off|terminated/],
    ["html", /not a usable advisory database archive: not a complete gzip file/],
    ["error", /answered HTTP 500/],
  ] as const)("keeps the previous data when the download is %s", async (which, reason) => {
    const file = join(home, "cache", "cargo-sunset", "advisory-db", cacheFiles(home)[0]!);
    const before = readFileSync(file, "utf8");
    const mtime = statSync(file).mtimeMs;
    mode = which;
    // A fresh cache dir would send no ETag; this one does, so make the server ignore it for these modes.
    const result = await run(["fetch", "--advisory-db", url], home, home);
    mode = "ok";
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toContain("the previous advisory data is kept");
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(join(home, "cache", "cargo-sunset", "advisory-db"))).toHaveLength(1);
  });

  it("check reads the fetched copy of a configured URL and states it in the report", async () => {
    const dir = project(`[advisories]\ndb-url = "${url}"\n`);
    const report = await checkJson(dir, home);
    const vuln = report.findings.filter((f) => f.ruleId === "vulnerability");
    expect(vuln).toHaveLength(1);
    expect(vuln[0]!.message).toBe("demo-vuln 1.1.0 is affected by RUSTSEC-2026-9001: Remote code execution in demo-vuln (CVE-2026-0001, GHSA-aaaa-bbbb-cccc; CVSS 9.8; only on windows)");
    expect(vuln[0]!.advisory).toMatchObject({ id: "RUSTSEC-2026-9001", aliases: ["CVE-2026-0001", "GHSA-aaaa-bbbb-cccc"], score: 9.8, patched: [">= 1.2.0"], os: ["windows"] });
    expect(report.data.advisoryDatabase).toEqual({ source: url, date: "2026-11-01", commit: FIXTURE_COMMIT, advisories: 4 });
    expect(report.notes.map((n) => n.message).join("\n")).not.toContain("days old");
  });

  it("SARIF carries security-severity and the security tag", async () => {
    const dir = project();
    const result = await run(["check", "--offline", "--format", "sarif", "--advisory-db", url], dir, home);
    const sarif = JSON.parse(result.stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "vulnerability");
    expect(rule.properties.tags).toContain("security");
    expect(rule.properties["security-severity"]).toBe("9.8");
    const hit = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "vulnerability");
    expect(hit.properties).toMatchObject({ advisory: "RUSTSEC-2026-9001", "security-severity": "9.8" });
    expect(sarif.runs[0].properties.data.advisoryDatabase.commit).toBe(FIXTURE_COMMIT);
  });
});

describe("check without a fetched copy", () => {
  it("a local database directory given with --advisory-db is read directly", async () => {
    const home = tempDir("advisory-home-");
    const db = tempDir("advisory-db-");
    for (const [path, text] of Object.entries(FIXTURE_DB)) {
      const full = join(db, path);
      (await import("node:fs")).mkdirSync(join(full, ".."), { recursive: true });
      writeFileSync(full, text);
    }
    const report = await checkJson(project(), home, ["--advisory-db", db]);
    expect(report.findings.filter((f) => f.ruleId === "vulnerability").map((f) => f.advisory?.id)).toEqual(["RUSTSEC-2026-9001"]);
    expect(report.notes.map((n) => n.message).some((m) => m.startsWith("advisory file skipped: crates/demo-broken/RUSTSEC-2026-9005.md: invalid TOML"))).toBe(true);
  });

  it("an unknown URL falls back to the embedded snapshot with a note; 86-day-old data is not yet stale (90 days)", async () => {
    const home = tempDir("advisory-home-");
    const report = await checkJson(project(), home, ["--advisory-db", "http://127.0.0.1:9/none.tar.gz"]);
    const messages = report.notes.map((n) => n.message);
    expect(messages.some((m) => m.startsWith("no fetched copy of the advisory database http://127.0.0.1:9/none.tar.gz"))).toBe(true);
    expect(report.data.advisoryDatabase.source).toBe("embedded");
    expect(messages.some((m) => m.includes("days old"))).toBe(false);
  });

  it("a missing --advisory-db path is a usage error", async () => {
    const home = tempDir("advisory-home-");
    const result = await run(["check", "--offline", "--advisory-db", join(home, "nope")], project(), home);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("advisory database not found");
  });
});

describe("[advisories] ignore and stale-after", () => {
  const home = tempDir("advisory-home-");

  beforeAll(async () => {
    mode = "ok";
    expect((await run(["fetch", "--advisory-db", url], home, home)).code).toBe(0);
  });

  it("an ignore in force suppresses the advisory; an expired one says so and the finding returns", async () => {
    const kept = await checkJson(project(`[advisories]\ndb-url = "${url}"\nignore = [{ id = "RUSTSEC-2026-9001", reason = "windows only", until = "2026-12-31" }]\n`), home);
    expect(kept.findings.filter((f) => f.ruleId === "vulnerability")).toEqual([]);
    const expired = await checkJson(project(`[advisories]\ndb-url = "${url}"\nignore = [{ id = "RUSTSEC-2026-9001", reason = "windows only", until = "2026-11-01" }]\n`), home);
    expect(expired.findings.filter((f) => f.ruleId === "vulnerability")).toHaveLength(1);
    expect(expired.notes.find((n) => n.message.includes("expired"))).toMatchObject({ level: "warning", location: { file: "cargo-sunset.toml", line: 3 } });
  });

  it("an ignore that matches nothing is noted; stale-after sets the warning's age", async () => {
    const report = await checkJson(project(`[advisories]\ndb-url = "${url}"\nstale-after = "7d"\nignore = [{ id = "RUSTSEC-2020-0001", reason = "old" }]\n`), home);
    const messages = report.notes.map((n) => n.message);
    expect(messages).toContain("the ignore of RUSTSEC-2020-0001 matched no locked crate; it can be removed");
    expect(messages.some((m) => m.startsWith(`the RustSec advisory data is 14 days old (2026-11-01, ${url})`))).toBe(true);
  });

  it("rejects a malformed ignore with file, line and column", async () => {
    const result = await run(["check", "--offline"], project(`[advisories]\nignore = [{ id = "CVE-1", reason = "x" }]\n`), home);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cargo-sunset\.toml:2:\d+: .*advisory id/);
  });
});
