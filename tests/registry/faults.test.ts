import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { IndexCache } from "../../src/registry/cache.js";
import { removeTempDirs, writeIndex } from "../helpers/index-fixture.js";
import { type IndexServer, startIndexServer } from "../helpers/index-server.js";
import { makeDependency } from "../helpers/model.js";
import { makeProject, prefetch } from "./harness.js";
import { cachedFileNames, packEntries } from "../helpers/pack.js";

const INDEX = {
  serde: [{ vers: "1.0.0" }, { vers: "1.0.1" }, { vers: "1.0.2" }],
  tokio: [{ vers: "1.0.0" }, { vers: "1.1.0", yanked: true }],
};

let servers: IndexServer[] = [];
async function serve(options: Parameters<typeof startIndexServer>[0] = {}): Promise<IndexServer> {
  const server = await startIndexServer({ root: writeIndex(INDEX), ...options });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeTempDirs();
});

const crateRequests = (server: IndexServer, path: string) => server.requests.filter((r) => r.path === path).length;

/** Names of the cached index files of every registry (from the packed cache files). */
const cachedFiles = cachedFileNames;

function cachedEntry(cacheDir: string, indexUrl: string, file: string): { status: string; data?: Array<{ version: string; name: string }> } | undefined {
  const entry = packEntries(cacheDir, indexUrl)[file];
  return entry && { ...entry, ...(entry.versions ? { data: entry.versions } : {}) };
}

describe("registry faults", () => {
  it("fetches versions and reports none when the registry behaves", async () => {
    const server = await serve();
    const project = makeProject();
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url });
    expect(result.problems).toEqual([]);
    const tokio = result.view.forDependency(makeDependency("tokio", { manifestPath: join(project.root, "Cargo.toml") }));
    expect(tokio?.versions.map((v) => [v.version, v.yanked])).toEqual([["1.0.0", false], ["1.1.0", true]]);
    expect(tokio?.registry).toBe("crates.io");
    expect(tokio?.fromCache).toBe(false);
  });

  it("sends cargo's headers and an identifying User-Agent", async () => {
    const server = await serve();
    await prefetch(makeProject(), ["serde"], { cratesIoIndex: server.url });
    const request = server.requests.find((r) => r.path === "se/rd/serde");
    expect(request?.headers["user-agent"]).toMatch(/^cargo-sunset\/\d+\.\d+\.\d+ \(\+https:\/\/\S+\)$/);
    expect(request?.headers["cargo-protocol"]).toBe("version=1");
    expect(request?.headers.accept).toBe("text/plain");
    expect(request?.headers.authorization).toBeUndefined();
  });

  it("gives up on a slow answer after the timeout and retries, without caching anything", async () => {
    // The timeout leaves room for the prompt answer (tokio) on a loaded machine; serde's delay is far beyond it.
    const server = await serve({ faults: { "se/rd/serde": { kind: "delay", ms: 5_000 } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url, timeoutMs: 1_000, retries: 1 });
    expect(result.problems).toEqual([{ crate: "serde", registry: "crates.io", message: expect.stringMatching(/timed out after 1000 ms/) }]);
    expect(crateRequests(server, "se/rd/serde")).toBe(2);
    expect(cachedFiles(project.cacheDir).some((f) => f.includes("serde"))).toBe(false);
    expect(cachedFiles(project.cacheDir).some((f) => f.includes("tokio"))).toBe(true);
  });

  it("retries a reset connection and succeeds when it recovers", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "reset", times: 1 } } });
    const result = await prefetch(makeProject(), ["serde"], { cratesIoIndex: server.url });
    expect(result.problems).toEqual([]);
    expect(crateRequests(server, "se/rd/serde")).toBe(2);
  });

  it("reports a connection that keeps resetting", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "reset" } } });
    const result = await prefetch(makeProject(), ["serde"], { cratesIoIndex: server.url, retries: 2 });
    expect(result.problems[0]?.message).toMatch(/request to http:\/\/127\.0\.0\.1:\d+\/se\/rd\/serde failed/);
    expect(crateRequests(server, "se/rd/serde")).toBe(3);
  });

  it("honours Retry-After on 429, capped by maxRetryDelayMs", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "rate-limit", retryAfter: "7", times: 2 } } });
    const waits: number[] = [];
    const result = await prefetch(makeProject(), ["serde"], {
      cratesIoIndex: server.url,
      retries: 3,
      maxRetryDelayMs: 5_000,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(result.problems).toEqual([]);
    expect(waits).toEqual([5_000, 5_000]);
    expect(crateRequests(server, "se/rd/serde")).toBe(3);
  });

  it("backs off exponentially on 5xx and then succeeds", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "status", status: 503, times: 2 } } });
    const waits: number[] = [];
    const result = await prefetch(makeProject(), ["serde"], {
      cratesIoIndex: server.url,
      retries: 2,
      backoffBaseMs: 100,
      maxRetryDelayMs: 10_000,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(result.problems).toEqual([]);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it("reports a 500 that outlasts the retries with its status", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "status", status: 500 } } });
    const result = await prefetch(makeProject(), ["serde"], { cratesIoIndex: server.url, retries: 1 });
    expect(result.problems[0]?.message).toMatch(/answered HTTP 500/);
  });

  it("treats a truncated body as a failure for that crate and caches nothing", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "truncate" } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url, retries: 1 });
    expect(result.problems.map((p) => p.crate)).toEqual(["serde"]);
    expect(result.view.forDependency(makeDependency("serde", { manifestPath: join(project.root, "Cargo.toml") }))).toBeUndefined();
    expect(cachedFiles(project.cacheDir).some((f) => f.includes("serde"))).toBe(false);
  });

  it("skips an invalid JSON line, keeps the others and records a problem", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "invalid-line" } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde"], { cratesIoIndex: server.url });
    expect(result.problems).toEqual([{ crate: "serde", registry: "crates.io", message: "line 2: invalid JSON" }]);
    const serde = result.view.forDependency(makeDependency("serde", { manifestPath: join(project.root, "Cargo.toml") }));
    expect(serde?.versions.map((v) => v.version)).toEqual(["1.0.0", "1.0.1", "1.0.2"]);
  });

  it.each([404, 410, 451])("reads HTTP %i as a crate that does not exist, not as a failure", async (status) => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "status", status } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde"], { cratesIoIndex: server.url });
    expect(result.problems).toEqual([]);
    const serde = result.view.forDependency(makeDependency("serde", { manifestPath: join(project.root, "Cargo.toml") }));
    expect(serde).toMatchObject({ notFound: true, versions: [] });
  });

  it("still completes when the registry cannot be reached at all", async () => {
    const server = await serve();
    const url = server.url;
    await server.close();
    servers = [];
    const result = await prefetch(makeProject(), ["serde", "tokio"], { cratesIoIndex: url, retries: 1 });
    expect(result.problems.map((p) => p.crate)).toEqual(["serde", "tokio"]);
    expect(result.problems[0]?.message).toMatch(/registry crates\.io is unreachable: request to .*config\.json failed/);
  });

  it("keeps a good cached copy when a later refresh is truncated", async () => {
    const server = await serve();
    const project = makeProject();
    await prefetch(project, ["serde"], { cratesIoIndex: server.url });
    server.setFault("se/rd/serde", { kind: "truncate" });
    const later = await prefetch(project, ["serde"], { cratesIoIndex: server.url, retries: 0, cacheTtlMs: 0 });
    expect(later.problems[0]?.message).toMatch(/using the cached copy/);
    expect(later.view.forDependency(makeDependency("serde", { manifestPath: join(project.root, "Cargo.toml") }))?.versions).toHaveLength(3);
    expect(cachedEntry(project.cacheDir, server.url, "serde")?.data).toHaveLength(3);
  });
});
