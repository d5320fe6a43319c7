import { describe, expect, it } from "vitest";
import { embeddedDatabase } from "../src/advisories/sources.js";
import { createCatalog } from "../src/catalog/catalog.js";
import { formatAdvisory, formatGuide, formatGuideMarkdown } from "../src/catalog/format.js";
import { matchesByPrecedence } from "../src/catalog/precedence.js";
import type { Advisory, AdvisoryDatabase } from "../src/advisories/types.js";
import type { CatalogEntry, UnmaintainedAdvisory } from "../src/catalog/types.js";
import { isValidRequirement } from "../src/model/cargo-semver.js";

const catalog = createCatalog();
const entries = catalog.entries();
const STATUSES = ["healthy", "deprecated", "discontinued", "unmaintained", "superseded", "declining"];
const RECOMMENDERS = ["cargo-sunset", "rustsec", "upstream"];

/** Entries that cite an advisory filed on a sibling crate of the same project. */
const CITED_FOR_RELATIVE: Record<string, string[]> = {
  rusoto_core: ["rusoto_credential"],
  "http-types": ["tide"],
  "async-h1": ["async-std"],
  "trust-dns-resolver": ["trust-dns-proto"],
};

const COVERAGE = [
  "axum", "actix-web", "rocket", "warp", "tide", "poem", "salvo", "loco-rs", "pavex", "gotham", "rouille", "iron",
  "nickel", "tower-web", "tokio", "async-std", "smol", "glommio", "monoio", "reqwest", "hyper", "isahc", "ureq", "surf",
  "askama", "tera", "maud", "yarte", "tungstenite", "tokio-tungstenite", "ws", "websocket", "async-graphql", "juniper",
  "diesel", "sea-orm", "sqlx", "toasty", "rbatis", "tokio-postgres", "postgres", "mysql_async", "mongodb",
  "jsonwebtoken", "oauth2", "utoipa", "aide", "paperclip", "okapi", "serde", "bincode", "ciborium", "serde_cbor",
  "serde_yaml", "tracing", "log", "opentelemetry", "axum-test", "tower-test", "structopt", "clap", "failure", "anyhow",
  "thiserror", "error-chain", "lazy_static", "once_cell", "dotenv", "dotenvy", "atty", "ansi_term", "term", "tempdir",
  "tempfile", "net2", "socket2", "futures", "http-types", "async-h1", "proc-macro-error", "instant",
];

describe("catalog data", () => {
  it("has one entry per crate and covers the crates web teams meet", () => {
    const names = entries.map((e) => e.crate);
    expect(new Set(names).size).toBe(names.length);
    expect(COVERAGE.filter((name) => !names.includes(name))).toEqual([]);
    expect(catalog.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(entries.map((e) => [e.crate, e] as const))("%s is a well-formed entry", (_name, entry) => {
    expect(STATUSES).toContain(entry.status);
    expect(isValidRequirement(entry.versions)).toBe(true);
    expect(entry.category).not.toBe("");
    expect(entry.reason.length).toBeGreaterThan(20);
    if (entry.since !== undefined) expect(entry.since).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    for (const r of entry.replacements) expect(RECOMMENDERS).toContain(r.recommendedBy);
    for (const e of entry.evidence) expect(e.url).toMatch(/^https:\/\//);
    if (entry.status === "healthy") return;
    expect(entry.replacements.length).toBeGreaterThan(0);
    expect(entry.evidence.length).toBeGreaterThan(0);
    expect(entry.guide?.conceptMap.length).toBeGreaterThanOrEqual(2);
    expect(entry.guide?.before.trim()).not.toBe("");
    expect(entry.guide?.after.trim()).not.toBe("");
    expect(entry.guide?.pitfalls.length).toBeGreaterThan(0);
  });

  it("cites only RustSec ids that exist in the embedded advisories and concern the crate or its project", () => {
    const known = new Map(embeddedDatabase().advisories.map((a) => [a.id, a.package]));
    const cited = entries.flatMap((e) =>
      e.evidence.filter((ev) => ev.kind === "rustsec").map((ev) => ({ crate: e.crate, url: ev.url })),
    );
    expect(cited.length).toBeGreaterThan(20);
    for (const { crate, url } of cited) {
      const id = /(RUSTSEC-\d{4}-\d{4})\.html$/.exec(url)?.[1];
      expect(id, `${crate}: ${url}`).toBeDefined();
      expect(known.has(id!), `${crate} cites unknown ${id}`).toBe(true);
      const subject = known.get(id!)!;
      expect(subject === crate || CITED_FOR_RELATIVE[crate]?.includes(subject), `${crate} cites ${id} about ${subject}`).toBe(true);
    }
  });
});

describe("version verdicts", () => {
  it.each([
    ["hyper", "0.14.28", true], ["hyper", "1.4.1", false],
    ["actix-web", "3.3.3", true], ["actix-web", "4.9.0", false],
    ["rocket", "0.4.11", true], ["rocket", "0.5.1", false],
    ["tokio", "0.2.25", true], ["tokio", "1.40.0", false],
    ["futures", "0.1.31", true], ["futures", "0.3.31", false],
    ["warp", "0.3.7", true], ["warp", "0.4.2", false],
    ["serde_yaml", "0.9.34+deprecated", true],
    ["async-std", "1.13.1", true],
    ["axum", "0.8.4", false],
  ] as const)("%s %s declining: %s", (name, version, declining) => {
    expect(catalog.decliningForVersion(name, version) !== undefined).toBe(declining);
  });

  it("judges a requirement by the lowest version it admits", () => {
    expect(catalog.decliningForRequirement("hyper", "0.14")?.crate).toBe("hyper");
    expect(catalog.decliningForRequirement("hyper", "1")).toBeUndefined();
    expect(catalog.decliningForRequirement("hyper", ">=0.14, <2")?.crate).toBe("hyper");
    expect(catalog.decliningForRequirement("actix-web", "3")?.status).toBe("superseded");
    expect(catalog.decliningForRequirement("actix-web", "^4.4")).toBeUndefined();
    expect(catalog.decliningForRequirement("tokio", "0.2")).toBeDefined();
    expect(catalog.decliningForRequirement("tokio", "1.0")).toBeUndefined();
    expect(catalog.decliningForRequirement("hyper", "not a req")).toBeUndefined();
  });

  it("answers for healthy crates without flagging them", () => {
    expect(catalog.entry("axum-login")?.status).toBe("healthy");
    expect(catalog.decliningForRequirement("axum", "0.7")).toBeUndefined();
    expect(catalog.decliningForRequirement("axum", "0.6")?.status).toBe("superseded");
    expect(catalog.entry("no-such-crate")).toBeUndefined();
  });

  it("lets organisation entries override built-in ones by crate name", () => {
    const override: CatalogEntry = {
      crate: "axum", status: "deprecated", versions: "<0.8", category: "web-framework",
      replacements: [{ crate: "internal-web", recommendedBy: "organisation" }],
      reason: "Our platform standardises on internal-web.", evidence: [], guideUrl: "https://wiki.example/axum",
    };
    const custom = createCatalog({ extraEntries: [override] });
    expect(custom.entry("axum")).toBe(override);
    expect(custom.decliningForVersion("axum", "0.7.9")).toBe(override);
    expect(custom.decliningForVersion("axum", "0.8.0")).toBeUndefined();
    expect(custom.entries().filter((e) => e.crate === "axum")).toHaveLength(1);
    expect(catalog.entry("axum")?.status).toBe("superseded");
    expect(catalog.entry("axum")?.versions).toBe("<0.7");
  });
});

function advisory(id: string, fields: Partial<UnmaintainedAdvisory>): UnmaintainedAdvisory {
  return {
    id, crate: "demo", date: "2025-01-01", summary: "demo is no longer maintained (RustSec)", patched: [],
    unaffected: [], withdrawn: null, alternatives: [], url: `https://rustsec.org/advisories/${id}.html`, ...fields,
  };
}

function dbAdvisory(id: string, fields: Partial<Advisory>): Advisory {
  return { id, package: "demo", kind: "unmaintained", date: "2025-01-01", title: "demo is unmaintained", patched: [], unaffected: [], ...fields };
}

describe("advisories", () => {
  it("respects unaffected ranges in the embedded data (term > 0.6.1, memmap > 0.7.0)", () => {
    expect(catalog.advisoriesFor("term", "0.5.2").map((a) => a.id)).toEqual(["RUSTSEC-2018-0015"]);
    expect(catalog.advisoriesFor("term", "0.7.0")).toEqual([]);
    expect(catalog.advisoriesFor("memmap", "0.7.0")).toHaveLength(1);
    expect(catalog.advisoriesFor("ring", "0.16.20").map((a) => a.id)).toEqual(["RUSTSEC-2025-0010"]);
    expect(catalog.advisoriesFor("ring", "0.17.8")).toEqual([]);
  });

  it("skips withdrawn advisories and returns nothing for crates without one", () => {
    expect(catalog.advisoriesFor("humantime", "2.1.0")).toEqual([]);
    expect(catalog.advisoriesFor("daemonize", "0.5.0").map((a) => a.id)).toEqual(["RUSTSEC-2025-0069"]);
    expect(catalog.advisoriesFor("lazy_static", "1.5.0")).toEqual([]);
    expect(catalog.advisoriesFor("async-std", "1.13.1").map((a) => a.id)).toEqual(["RUSTSEC-2025-0052"]);
  });

  it("evaluates patched/unaffected as precedence intervals, pre-releases included", () => {
    const data: AdvisoryDatabase = {
      source: "test", date: "2026-01-01",
      advisories: [
        dbAdvisory("RUSTSEC-0000-0001", { patched: [">= 1.2.0"], unaffected: ["^0.4", "< 0.2"] }),
        dbAdvisory("RUSTSEC-0000-0002", { patched: [">= 2.0.0, < 3.0.0"], withdrawn: "2026-02-01" }),
      ],
    };
    const custom = createCatalog({ advisoryDb: data });
    const ids = (v: string) => custom.advisoriesFor("demo", v).map((a) => a.id);
    expect(ids("1.1.9")).toEqual(["RUSTSEC-0000-0001"]);
    expect(ids("1.2.0")).toEqual([]);
    expect(ids("1.3.0-beta.1")).toEqual([]);
    expect(ids("0.4.7")).toEqual([]);
    expect(ids("0.5.0")).toEqual(["RUSTSEC-0000-0001"]);
    expect(ids("0.1.9")).toEqual([]);
    expect(custom.advisorySnapshotDate).toBe("2026-01-01");
  });

  it("matches cargo requirement forms by precedence", () => {
    expect(matchesByPrecedence("1.3.0-beta", ">= 1.2.3")).toBe(true);
    expect(matchesByPrecedence("0.6.1", "> 0.6.1")).toBe(false);
    expect(matchesByPrecedence("0.6.2", "> 0.6.1")).toBe(true);
    expect(matchesByPrecedence("0.4.9", "^0.4")).toBe(true);
    expect(matchesByPrecedence("0.5.0", "^0.4")).toBe(false);
    expect(matchesByPrecedence("0.0.4", "^0.0.3")).toBe(false);
    expect(matchesByPrecedence("1.2.9", "~1.2")).toBe(true);
    expect(matchesByPrecedence("1.3.0", "~1.2")).toBe(false);
    expect(matchesByPrecedence("0.23.0", "<= 0.23.0")).toBe(true);
    expect(matchesByPrecedence("1.4.0", "1.*")).toBe(true);
    expect(matchesByPrecedence("2.0.0", "=1")).toBe(false);
    expect(matchesByPrecedence("0.9.34+deprecated", "*")).toBe(true);
    expect(matchesByPrecedence("garbage", "*")).toBe(false);
  });

  it("caret and tilde stop below the next series' pre-releases, as RustSec's ranges do", () => {
    // RUSTSEC-2021-0081 (actix-http): patched = ["^ 2.2.1", ">= 3.0.0-beta.9"]; 3.0.0-alpha.1 is affected.
    const patched = ["^ 2.2.1", ">= 3.0.0-beta.9"];
    const isPatched = (v: string) => patched.some((req) => matchesByPrecedence(v, req));
    expect(["2.2.0", "3.0.0-alpha.1", "3.0.0-beta.8"].map(isPatched)).toEqual([false, false, false]);
    expect(["2.2.1", "2.9.9", "3.0.0-beta.9", "3.0.0"].map(isPatched)).toEqual([true, true, true, true]);
    expect(matchesByPrecedence("0.5.0-rc.1", "^0.4")).toBe(false);
    expect(matchesByPrecedence("0.4.10-rc.1", "^0.4")).toBe(true);
    expect(matchesByPrecedence("1.3.0-beta.1", "~1.2")).toBe(false);
    expect(matchesByPrecedence("1.2.5-beta", "~1.2")).toBe(true);
    expect(matchesByPrecedence("2.0.0-0", "1.*")).toBe(false);
  });
});

describe("formatters", () => {
  const tide = catalog.entry("tide")!;

  it("prints the whole guide as plain text", () => {
    const text = formatGuide(tide);
    expect(text).toContain("tide: unmaintained (all versions)");
    expect(text).toContain(tide.reason);
    expect(text).toContain("axum (recommended by cargo-sunset)");
    expect(text).toContain("trillium (named by RustSec)");
    expect(text).toContain(`${tide.guide!.conceptMap[0]!.from}  ->  ${tide.guide!.conceptMap[0]!.to}`);
    expect(text).toContain("Before:");
    expect(text).toContain("After:");
    expect(text).toContain(tide.guide!.pitfalls[0]!);
    expect(text).toContain("https://rustsec.org/advisories/RUSTSEC-2026-0170.html");
    expect(formatGuide(catalog.entry("hyper")!)).toContain("versions <1");
  });

  it("prints further before/after examples: hyper 1 with hyper-util, warp 0.3 to 0.4 in place", () => {
    const hyper = formatGuide(catalog.entry("hyper")!);
    expect(hyper).toContain("hyper 1 with hyper-util, without a framework:\n\n  Before:\n    use hyper::{Body, Request, Response, Server");
    expect(hyper).toContain("            if let Err(err) = http1::Builder::new().serve_connection(TokioIo::new(stream), service_fn(hello)).await {");
    const warp = formatGuideMarkdown(catalog.entry("warp")!);
    expect(warp.match(/```rust/g)).toHaveLength(4);
    expect(warp).toContain('**First step: warp 0.3 to 0.4 in place**\n\nBefore:\n\n```rust\n// Cargo.toml: warp = "0.3"\n');
    expect(warp).toContain('After:\n\n```rust\n// Cargo.toml: warp = { version = "0.4", features = ["server", "websocket"] }\n');
  });

  it("renders Markdown with a concept-map table and Rust code blocks", () => {
    const md = formatGuideMarkdown(catalog.entry("warp")!);
    expect(md).toMatch(/^### `warp`: superseded \(versions <0\.4\)/);
    expect(md).toContain("| Before | After |");
    expect(md.match(/```rust/g)).toHaveLength(4);
    expect(md).toContain("[warp: upgrade to hyper v1 (PR #1121)](https://github.com/seanmonstar/warp/pull/1121)");
    const tableRows = md.split("\n").filter((l) => l.startsWith("| `"));
    for (const row of tableRows) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(4);
  });

  it("formats an advisory with its id, ranges, withdrawal and link", () => {
    const text = formatAdvisory(advisory("RUSTSEC-0000-0003", { unaffected: ["> 0.6.1"], withdrawn: "2026-03-01" }));
    expect(text).toContain("RUSTSEC-0000-0003 (2025-01-01): demo is no longer maintained (RustSec)");
    expect(text).toContain("not affected: > 0.6.1");
    expect(text).toContain("withdrawn on 2026-03-01");
    expect(text).toContain("https://rustsec.org/advisories/RUSTSEC-0000-0003.html");
  });
});

describe("the embedded advisory database", () => {
  it("holds the whole RustSec database with its commit and date", () => {
    const db = catalog.advisoryDatabase;
    expect(db.source).toBe("embedded");
    expect(db.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(db.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(db.count).toBeGreaterThan(1000);
  });

  it("answers every advisory kind through advisoriesAffecting", () => {
    expect(catalog.advisoriesAffecting("hyper", "0.14.9", ["vulnerability"]).map((a) => a.id)).toContain("RUSTSEC-2021-0078");
    expect(catalog.advisoriesAffecting("hyper", "0.14.28", ["vulnerability"])).toEqual([]);
    expect(catalog.advisoriesAffecting("atty", "0.2.14", ["unsound"]).map((a) => a.id)).toEqual(["RUSTSEC-2021-0145"]);
    expect(catalog.advisoriesAffecting("atty", "0.2.14", ["vulnerability"])).toEqual([]);
  });

  it("leaves out ignored advisory ids", () => {
    const ignoring = createCatalog({ ignoredAdvisories: new Set(["RUSTSEC-2021-0145"]) });
    expect(ignoring.advisoriesAffecting("atty", "0.2.14", ["unsound"])).toEqual([]);
    expect(ignoring.advisoriesAffecting("atty", "0.2.14", ["unmaintained"]).map((a) => a.id)).toEqual(["RUSTSEC-2024-0375"]);
  });
});
