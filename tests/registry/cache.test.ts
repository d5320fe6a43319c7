import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type CacheEntry, defaultCacheDir, encodePack, IndexCache } from "../../src/registry/cache.js";
import { storeVersions } from "../../src/registry/records.js";
import { packEntries } from "../helpers/pack.js";
import { removeTempDirs, tempDir, writeIndex } from "../helpers/index-fixture.js";
import { type IndexServer, startIndexServer } from "../helpers/index-server.js";
import { makeDependency } from "../helpers/model.js";
import { makeProject, prefetch } from "./harness.js";

let server: IndexServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  removeTempDirs();
});

async function serve(): Promise<IndexServer> {
  server = await startIndexServer({ root: writeIndex({ serde: [{ vers: "1.0.0" }, { vers: "1.0.1" }] }) });
  return server;
}

const at = (iso: string) => () => new Date(iso);

const goodVersion = { name: "serde", version: "0.9.0", yanked: false, rustVersion: null, pubtime: null, deps: [], features: {} };

function goodEntry(): CacheEntry {
  return { status: "found", data: storeVersions([goodVersion]), etag: null, lastModified: null, fetchedAt: new Date().toISOString() };
}

async function seed(cacheDir: string, indexUrl: string, file: string, entry: CacheEntry): Promise<void> {
  const cache = new IndexCache(cacheDir);
  await cache.entries(indexUrl);
  cache.write(indexUrl, file, entry);
  await cache.flush();
}

function cachedVersions(cacheDir: string, indexUrl: string, file: string): string[] {
  return (packEntries(cacheDir, indexUrl)[file]?.versions ?? []).map((v) => v.version);
}

describe("index cache", () => {
  it("answers from the cache without a request inside the TTL", async () => {
    const s = await serve();
    const project = makeProject();
    const first = await prefetch(project, ["serde"], { cratesIoIndex: s.url, now: at("2025-01-01T10:00:00Z") });
    expect(first.requests).toMatchObject({ total: 2, conditional: 0, notModified: 0 });
    const before = s.requests.length;
    const second = await prefetch(project, ["serde"], { cratesIoIndex: s.url, now: at("2025-01-01T10:59:00Z") });
    expect(second.requests.total).toBe(0);
    expect(s.requests.length).toBe(before);
    const info = second.view.forDependency(makeDependency("serde", { manifestPath: join(project.root, "Cargo.toml") }));
    expect(info).toMatchObject({ fromCache: true, fetchedAt: "2025-01-01T10:00:00.000Z" });
    expect(info?.versions).toHaveLength(2);
  });

  it("revalidates after the TTL with If-None-Match; a 304 keeps the copy and refreshes its time", async () => {
    const s = await serve();
    const project = makeProject();
    await prefetch(project, ["serde"], { cratesIoIndex: s.url, now: at("2025-01-01T10:00:00Z") });
    const etag = s.requests.find((r) => r.path === "se/rd/serde") && (await new IndexCache(project.cacheDir).read(s.url, "serde"))?.etag;
    const later = await prefetch(project, ["serde"], { cratesIoIndex: s.url, now: at("2025-01-01T12:00:00Z") });
    expect(later.requests).toMatchObject({ total: 2, conditional: 2, notModified: 2 });
    const revalidation = s.requests.filter((r) => r.path === "se/rd/serde").at(-1);
    expect(revalidation?.headers["if-none-match"]).toBe(etag);
    const info = later.view.forDependency(makeDependency("serde", { manifestPath: join(project.root, "Cargo.toml") }));
    expect(info).toMatchObject({ fromCache: true, fetchedAt: "2025-01-01T12:00:00.000Z" });
    expect(info?.versions.map((v) => v.version)).toEqual(["1.0.0", "1.0.1"]);
    const third = await prefetch(project, ["serde"], { cratesIoIndex: s.url, now: at("2025-01-01T12:30:00Z") });
    expect(third.requests.total).toBe(0);
  });

  it("uses If-Modified-Since when the server gave no ETag", async () => {
    const s = await serve();
    const project = makeProject();
    await seed(project.cacheDir, s.url, "serde", { status: "found", data: [], etag: null, lastModified: "Wed, 01 Jan 2025 00:00:00 GMT", fetchedAt: "2020-01-01T00:00:00.000Z" });
    await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    const request = s.requests.find((r) => r.path === "se/rd/serde");
    expect(request?.headers["if-modified-since"]).toBe("Wed, 01 Jan 2025 00:00:00 GMT");
    expect(request?.headers["if-none-match"]).toBeUndefined();
  });

  it("replaces the copy when the file changed (200 to a conditional request)", async () => {
    const s = await serve();
    const project = makeProject();
    await seed(project.cacheDir, s.url, "serde", { status: "found", data: [], etag: '"stale"', lastModified: null, fetchedAt: "2020-01-01T00:00:00.000Z" });
    const result = await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    expect(result.requests.notModified).toBe(0);
    expect(cachedVersions(project.cacheDir, s.url, "serde")).toEqual(["1.0.0", "1.0.1"]);
  });

  it("keeps one packed file per registry holding parsed versions, not raw bodies", async () => {
    const s = await serve();
    const project = makeProject();
    await prefetch(project, ["serde", "nothere"], { cratesIoIndex: s.url });
    const files = readdirSync(join(project.cacheDir, "index"));
    expect(files).toEqual([expect.stringMatching(/^127_0_0_1_\d+-[0-9a-f]{12}\.pack\.json$/)]);
    const entries = packEntries(project.cacheDir, s.url);
    expect(Object.keys(entries).sort()).toEqual(["config.json", "nothere", "serde"]);
    expect(entries.serde?.versions?.[0]).toEqual({ name: "serde", version: "1.0.0", yanked: false, rustVersion: null, pubtime: null, deps: [], features: {} });
    expect(entries.serde).not.toHaveProperty("body");
    expect(entries.nothere).toMatchObject({ status: "not-found" });
  });

  it.each([
    ["not JSON", () => "{{{"],
    ["an older format", (url: string) => JSON.stringify({ format: 2, indexUrl: url, entries: { serde: { ...goodEntry(), data: [goodVersion] } } })],
    ["another registry's pack", () => encodePack("https://other.example/", new Map([["serde", goodEntry()]]))],
    ["a checksum that does not match", (url: string) => encodePack(url, new Map([["serde", goodEntry()]])).replace("0.9.0", "9.9.9")],
    ["a pack cut short", (url: string) => encodePack(url, new Map([["serde", goodEntry()]])).slice(0, -2)],
    ["versions of the wrong shape", (url: string) => encodePack(url, new Map([["serde", { ...goodEntry(), data: [["serde", 1, false, null, null, "[[],{}]"]] }]]))],
    ["an entry of the wrong shape", (url: string) => encodePack(url, new Map([["serde", { status: "found", data: [] } as unknown as CacheEntry]]))],
  ])("ignores a corrupt pack or entry (%s) and fetches again", async (_label, content) => {
    const s = await serve();
    const project = makeProject();
    const path = new IndexCache(project.cacheDir).packPath(s.url);
    mkdirSync(join(project.cacheDir, "index"), { recursive: true });
    writeFileSync(path, content(s.url));
    const result = await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    expect(result.problems).toEqual([]);
    expect(s.requests.filter((r) => r.path === "se/rd/serde")).toHaveLength(1);
    expect(cachedVersions(project.cacheDir, s.url, "serde")).toEqual(["1.0.0", "1.0.1"]);
  });

  it("keeps the pack inside the cache dir whatever the registry host", () => {
    const dir = tempDir("cache-");
    const cache = new IndexCache(dir);
    for (const url of ["https://index.crates.io/", "http://[::1]:8080/../../x/", `https://${"x".repeat(300)}.example/`]) {
      const rel = relative(dir, cache.packPath(url));
      expect(rel.startsWith("..")).toBe(false);
      expect(rel.split(/[\\/]/)).toHaveLength(2);
      expect(rel.split(/[\\/]/).at(-1)).toMatch(/^[a-zA-Z0-9_-]{1,64}-[0-9a-f]{12}\.pack\.json$/);
    }
    expect(cache.packPath("https://a.example/")).not.toBe(cache.packPath("https://b.example/"));
  });

  it("two runs sharing a cache keep each other's entries", async () => {
    const s = await serve();
    const project = makeProject();
    const one = new IndexCache(project.cacheDir);
    const two = new IndexCache(project.cacheDir);
    await one.entries(s.url);
    await two.entries(s.url);
    one.write(s.url, "serde", goodEntry());
    two.write(s.url, "tokio", goodEntry());
    await one.flush();
    await two.flush();
    const entries = await new IndexCache(project.cacheDir).entries(s.url);
    expect([...entries.keys()].sort()).toEqual(["serde", "tokio"]);
  });

  it("refuses a path-escaping crate name without a request and writes nothing outside", async () => {
    const s = await serve();
    const project = makeProject();
    const result = await prefetch(project, ["../../etc", "serde"], { cratesIoIndex: s.url });
    expect(result.problems).toEqual([{ crate: "../../etc", registry: "crates.io", message: 'invalid crate name "../../etc"' }]);
    expect(s.requests.some((r) => r.path.includes("etc"))).toBe(false);
    expect(existsSync(join(project.cacheDir, "..", "etc"))).toBe(false);
  });

  it("writes atomically: no temp files are left behind", async () => {
    const s = await serve();
    const project = makeProject();
    await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    const files = readdirSync(project.cacheDir, { recursive: true, encoding: "utf8" });
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".json"))).toHaveLength(1);
  });

  it("removes temp files of this cache left by a killed write once they are old, and nothing else", async () => {
    const s = await serve();
    const project = makeProject();
    const dir = join(project.cacheDir, "index");
    mkdirSync(dir, { recursive: true });
    const old = new Date(Date.now() - 2 * 3_600_000);
    for (const name of [".0123456789ab.4242.tmp", ".ba9876543210.17.tmp", "notes.tmp"]) writeFileSync(join(dir, name), "x");
    utimesSync(join(dir, ".0123456789ab.4242.tmp"), old, old);
    utimesSync(join(dir, "notes.tmp"), old, old);
    await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp")).sort()).toEqual([".ba9876543210.17.tmp", "notes.tmp"]);
  });

  it("offline: no request at all, any age of cache, and the age is reported", async () => {
    const s = await serve();
    const project = makeProject();
    await prefetch(project, ["serde"], { cratesIoIndex: s.url, now: at("2025-01-01T00:00:00Z") });
    const before = s.requests.length;
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: s.url, offline: true, now: at("2025-01-04T00:00:00Z") });
    expect(s.requests.length).toBe(before);
    expect(result.requests.total).toBe(0);
    expect(result.view.forDependency(makeDependency("serde", { manifestPath: join(project.root, "Cargo.toml") }))?.versions).toHaveLength(2);
    expect(result.problems).toEqual([{ crate: "tokio", registry: "crates.io", message: "not in the cache (offline mode)" }]);
    expect(result.notes).toContain("Offline: index data comes from the cache; the oldest copy is 3 days old (serde, fetched 2025-01-01T00:00:00.000Z).");
  });

  it("offline with nothing cached: one cause, flagged once, and no file is opened for it", async () => {
    const s = await serve();
    const project = makeProject();
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: s.url, offline: true });
    expect(s.requests).toHaveLength(0);
    expect(result.offlineEmptyCache).toBe(true);
    expect(result.problems.map((p) => p.crate)).toEqual(["serde", "tokio"]);
    expect(result.notes).toEqual([]);
    // With one crate cached, the others are ordinary misses and the cache age is the note.
    await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    const partly = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: s.url, offline: true });
    expect(partly.offlineEmptyCache).toBe(false);
    expect(partly.notes).toHaveLength(1);
  });

  it("defaults to XDG_CACHE_HOME, then ~/.cache", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/xdg", HOME: "/home/u" })).toBe("/xdg/cargo-sunset");
    expect(defaultCacheDir({ HOME: "/home/u" })).toBe("/home/u/.cache/cargo-sunset");
  });
});

