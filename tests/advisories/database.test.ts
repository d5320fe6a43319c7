/** The advisory database: archive reading, advisory parsing, matching, and the embedded snapshot against the real archive. */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { databaseFromArchive, databaseFromDirectory } from "../../src/advisories/archive.js";
import { indexAdvisories, isAffected } from "../../src/advisories/match.js";
import { parseAdvisory } from "../../src/advisories/parse.js";
import { embeddedDatabase } from "../../src/advisories/sources.js";
import { ArchiveError, readTarGz } from "../../src/advisories/tar.js";
import { countAdvisories } from "../../src/advisories/types.js";
import { packageRoot } from "../../src/util/package-root.js";
import { FIXTURE_COMMIT, FIXTURE_DB, packArchive } from "../helpers/advisory-db.js";
import { writeProject } from "../helpers/temp-project.js";

describe("the fixture database as an archive", () => {
  const built = databaseFromArchive(packArchive(FIXTURE_DB, { commit: FIXTURE_COMMIT, date: "2026-11-01" }), "test");

  it("reads every advisory, the commit from the pax header and the date from the entries", () => {
    expect(built.database.advisories.map((a) => a.id)).toEqual(["RUSTSEC-2026-9003", "RUSTSEC-2026-9004", "RUSTSEC-2026-9002", "RUSTSEC-2026-9001"]);
    expect(built.database.commit).toBe(FIXTURE_COMMIT);
    expect(built.database.date).toBe("2026-11-01");
  });

  it("skips a file that does not parse and names it", () => {
    expect(built.skipped).toHaveLength(1);
    expect(built.skipped[0]).toMatch(/^crates\/demo-broken\/RUSTSEC-2026-9005\.md: invalid TOML/);
  });

  it("keeps kind, ranges, aliases, CVSS with its score, os and title", () => {
    const vuln = built.database.advisories.find((a) => a.id === "RUSTSEC-2026-9001")!;
    expect(vuln).toMatchObject({
      kind: "vulnerability", package: "demo-vuln", patched: [">= 1.2.0"], unaffected: ["< 1.0.0"], aliases: ["CVE-2026-0001", "GHSA-aaaa-bbbb-cccc"],
      score: 9.8, os: ["windows"], title: "Remote code execution in demo-vuln",
    });
    expect(countAdvisories(built.database.advisories)).toMatchObject({ vulnerability: 1, unsound: 1, notice: 1, unmaintained: 1, withdrawn: 1 });
  });

  it("reads the same database from a directory", () => {
    const dir = writeProject(FIXTURE_DB);
    try {
      const fromDir = databaseFromDirectory(dir);
      expect(fromDir.database.advisories).toEqual(built.database.advisories);
      expect(fromDir.skipped).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("bad archives", () => {
  const good = packArchive(FIXTURE_DB, { commit: FIXTURE_COMMIT });

  it("rejects a truncated download", () => {
    expect(() => readTarGz(good.subarray(0, Math.floor(good.length / 2)))).toThrow(ArchiveError);
  });

  it("rejects a tar cut before its end marker", () => {
    const whole = packArchive({ "crates/a/RUSTSEC-2026-0001.md": "x".repeat(2000) });
    const inner = gunzipSync(whole);
    expect(() => readTarGz(gzipSync(inner.subarray(0, 512 + 1024)))).toThrow(/truncated/);
  });

  it("rejects content that is not gzip, and an archive with no advisory", () => {
    expect(() => databaseFromArchive(Buffer.from("<html>rate limited</html>"), "x")).toThrow(/gzip/);
    expect(() => databaseFromArchive(packArchive({ "README.md": "hi" }), "x")).toThrow(/no RustSec advisory/);
  });
});

describe("parsing and matching", () => {
  it("treats unknown informational kinds as notices and rejects a file without front matter", () => {
    const text = FIXTURE_DB["crates/demo-notice/RUSTSEC-2026-9003.md"]!.replace('"notice"', '"something-new"');
    expect(parseAdvisory(text, "crates/demo-notice/RUSTSEC-2026-9003.md").kind).toBe("notice");
    expect(() => parseAdvisory("# no toml", "crates/x/RUSTSEC-2026-0001.md")).toThrow(/no ```toml block/);
  });

  it("matches like cargo-audit: affected unless patched or unaffected contains the version", () => {
    const advisory = { id: "X", package: "p", kind: "vulnerability" as const, date: "", title: "", patched: [">= 1.2.0", "^0.9.5"], unaffected: ["< 0.5"] };
    expect(isAffected(advisory, "1.1.9")).toBe(true);
    expect(isAffected(advisory, "1.2.0")).toBe(false);
    expect(isAffected(advisory, "0.9.4")).toBe(true);
    expect(isAffected(advisory, "0.9.7")).toBe(false);
    expect(isAffected(advisory, "0.4.0")).toBe(false);
  });

  it("never matches withdrawn or toolchain advisories, and records ignored ones that would have matched", () => {
    const built = databaseFromArchive(packArchive(FIXTURE_DB), "t");
    const index = indexAdvisories(built.database.advisories, new Set(["RUSTSEC-2026-9002"]));
    expect(index.affecting("demo-old", "1.0.0")).toEqual([]);
    expect(index.affecting("demo-unsound", "1.0.0")).toEqual([]);
    expect([...index.ignoredHits()]).toEqual(["RUSTSEC-2026-9002"]);
    expect(index.affecting("demo-vuln", "1.1.0", ["vulnerability"]).map((a) => a.id)).toEqual(["RUSTSEC-2026-9001"]);
    expect(index.affecting("demo-vuln", "1.1.0", ["unsound"])).toEqual([]);
  });
});

const ARCHIVE = join(packageRoot(), "..", "shared", "specs", "advisory-db", "advisory-db-main-bf5c0d24.tar.gz");
const hasArchive = existsSync(ARCHIVE);
if (!hasArchive) console.warn(`skipping the RustSec archive checks: ${ARCHIVE} not found`);

describe.skipIf(!hasArchive)("the whole RustSec database (bf5c0d24)", () => {
  const built = hasArchive ? databaseFromArchive(readFileSync(ARCHIVE), "archive") : undefined;

  it("parses all 1,225 advisories with the published counts, none skipped", () => {
    const db = built!.database;
    expect(built!.skipped).toEqual([]);
    expect(db.advisories).toHaveLength(1225);
    expect(db.commit).toBe("bf5c0d245a92671908518d7e765914d437954ed6");
    expect(db.date).toBe("2026-08-21");
    const live = db.advisories.filter((a) => !a.withdrawn && !a.toolchain);
    const by = (kind: string) => live.filter((a) => a.kind === kind).length;
    expect([by("vulnerability"), by("unmaintained"), by("unsound"), by("notice")]).toEqual([726, 258, 202, 6]);
    expect(db.advisories.filter((a) => a.withdrawn)).toHaveLength(13);
    expect(db.advisories.filter((a) => a.cvss && a.score === undefined)).toEqual([]);
  });

  it("is what the embedded snapshot holds", () => {
    const embedded = embeddedDatabase();
    expect(embedded.commit).toBe(built!.database.commit);
    expect(embedded.advisories).toEqual(built!.database.advisories);
  });
});
