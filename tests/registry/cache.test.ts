import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultCacheDir, IndexCache } from "../../src/registry/cache.js";
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

describe("index cache", () => {
  it("answers from the cache without a request inside the TTL", async () => {
    const s = await serve();
    const project = makeProject();
    const first = await prefetch(project, ["serde"], { cratesIoIndex: s.url, now: at("2025-01-01T10:00:00Z") });
    expect(first.requests).toEqual({ total: 2, conditional: 0, notModified: 0 });
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
    expect(later.requests).toEqual({ total: 2, conditional: 2, notModified: 2 });
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
    const cache = new IndexCache(project.cacheDir);
    await cache.write({ indexUrl: s.url, file: "serde", status: "found", body: "", etag: null, lastModified: "Wed, 01 Jan 2025 00:00:00 GMT", fetchedAt: "2020-01-01T00:00:00.000Z" });
    await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    const request = s.requests.find((r) => r.path === "se/rd/serde");
    expect(request?.headers["if-modified-since"]).toBe("Wed, 01 Jan 2025 00:00:00 GMT");
    expect(request?.headers["if-none-match"]).toBeUndefined();
  });

  it("replaces the copy when the file changed (200 to a conditional request)", async () => {
    const s = await serve();
    const project = makeProject();
    const cache = new IndexCache(project.cacheDir);
    await cache.write({ indexUrl: s.url, file: "serde", status: "found", body: "", etag: '"stale"', lastModified: null, fetchedAt: "2020-01-01T00:00:00.000Z" });
    const result = await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    expect(result.requests.notModified).toBe(0);
    expect((await cache.read(s.url, "serde"))?.body).toContain('"vers":"1.0.1"');
  });

  it.each([
    ["not JSON", "{{{"],
    ["wrong shape", JSON.stringify({ format: 1, body: 42 })],
    ["another crate's entry", "other"],
  ])("drops a corrupt entry (%s) and fetches again", async (_label, content) => {
    const s = await serve();
    const project = makeProject();
    const cache = new IndexCache(project.cacheDir);
    if (content === "other") {
      await cache.write({ indexUrl: s.url, file: "tokio", status: "found", body: "", etag: null, lastModified: null, fetchedAt: new Date().toISOString() });
      content = readFileSync(cache.pathFor(s.url, "tokio"), "utf8");
    }
    await cache.write({ indexUrl: s.url, file: "serde", status: "found", body: "", etag: null, lastModified: null, fetchedAt: new Date().toISOString() });
    writeFileSync(cache.pathFor(s.url, "serde"), content);
    const result = await prefetch(project, ["serde"], { cratesIoIndex: s.url });
    expect(result.problems).toEqual([]);
    expect(s.requests.filter((r) => r.path === "se/rd/serde")).toHaveLength(1);
    expect((await cache.read(s.url, "serde"))?.body).toContain('"vers":"1.0.0"');
  });

  it("keeps every entry inside the cache dir whatever the name", () => {
    const dir = tempDir("cache-");
    const cache = new IndexCache(dir);
    for (const name of ["../../etc/passwd", "a/b", "..", "C:\\Windows", "serde", "x".repeat(500), "名前"]) {
      const path = cache.pathFor("https://index.crates.io/", name);
      const rel = relative(dir, path);
      expect(rel.startsWith("..")).toBe(false);
      expect(rel.split(/[\\/]/)).toHaveLength(3);
      expect(rel.split(/[\\/]/).at(-1)).toMatch(/^[a-z0-9_-]{1,64}-[0-9a-f]{12}\.json$/);
    }
    expect(cache.pathFor("https://index.crates.io/", "Serde")).toBe(cache.pathFor("https://index.crates.io/", "serde"));
    expect(cache.pathFor("https://a.example/", "serde")).not.toBe(cache.pathFor("https://b.example/", "serde"));
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
    expect(files.filter((f) => f.endsWith(".json"))).toHaveLength(2);
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

