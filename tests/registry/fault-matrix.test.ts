/**
 * Registry faults a hostile or broken registry can produce, one row each, against the local index
 * server: what the user is told, what is cached, what is contacted, and what is never printed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { IndexCache } from "../../src/registry/cache.js";
import type { RegistryResult } from "../../src/registry/options.js";
import { MAX_REDIRECTS } from "../../src/registry/http.js";
import { removeTempDirs, writeFiles, writeIndex } from "../helpers/index-fixture.js";
import { type IndexServer, type IndexServerOptions, startIndexServer } from "../helpers/index-server.js";
import { makeDependency, makeLockedPackage } from "../helpers/model.js";
import { makeProject, prefetch, type Project } from "./harness.js";
import { packEntries } from "../helpers/pack.js";

const INDEX = {
  serde: [{ vers: "1.0.0" }, { vers: "1.0.1" }],
  tokio: [{ vers: "1.0.0" }],
  log: [{ vers: "0.4.0" }],
};

let servers: IndexServer[] = [];
async function serve(options: IndexServerOptions = {}): Promise<IndexServer> {
  const server = await startIndexServer({ root: writeIndex(INDEX), ...options });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeTempDirs();
});

const requestsFor = (server: IndexServer, path: string) => server.requests.filter((r) => r.path === path).length;
const crateRequests = (server: IndexServer) => server.requests.filter((r) => r.path !== "config.json").length;
const everything = (result: RegistryResult) => JSON.stringify([result.problems, result.notes]);

function cachedEntry(project: Project, indexUrl: string, file: string): { status: string; data?: Array<{ version: string }> } | undefined {
  const entry = packEntries(project.cacheDir, indexUrl)[file];
  return entry && { ...entry, ...(entry.versions ? { data: entry.versions } : {}) };
}

function info(result: RegistryResult, project: Project, name: string) {
  return result.view.forDependency(makeDependency(name, { manifestPath: join(project.root, "Cargo.toml") }));
}

describe("registry fault matrix", () => {
  it("404/410 on every crate: a note names the crates the registry does not know, also when answered from the cache", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "status", status: 404 }, "to/ki/tokio": { kind: "status", status: 410 } } });
    const project = makeProject();
    const first = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url });
    expect(first.problems).toEqual([]);
    expect(first.notes).toEqual(["crates.io does not know 2 crate(s) (HTTP 404/410/451): serde, tokio; checks that need their index data were skipped."]);
    const warm = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url });
    expect(warm.requests.total).toBe(0);
    expect(warm.notes).toEqual(first.notes);
  });

  it("200 with an empty body: a problem for that crate, never cached as an answer", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "body", body: "" }, "to/ki/tokio": { kind: "body", body: "\n \n" } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde", "tokio", "log"], { cratesIoIndex: server.url });
    expect(result.problems).toEqual([
      { crate: "serde", registry: "crates.io", message: "the registry answered HTTP 200 with an empty body" },
      { crate: "tokio", registry: "crates.io", message: "the registry answered HTTP 200 with an empty body" },
    ]);
    expect(cachedEntry(project, server.url, "serde")).toBeUndefined();
    expect(cachedEntry(project, server.url, "log")?.status).toBe("found");
    server.setFault("se/rd/serde", undefined);
    const next = await prefetch(project, ["serde"], { cratesIoIndex: server.url });
    expect(info(next, project, "serde")?.versions).toHaveLength(2);
  });

  it("a body with no usable line is a problem, not a crate without versions", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "body", body: "not json\n{\"also\": \"no name\"}\n" } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde"], { cratesIoIndex: server.url });
    expect(result.problems[0]?.message).toMatch(/no line of the index file is usable/);
    expect(cachedEntry(project, server.url, "serde")).toBeUndefined();
  });

  it("invalid JSON lines are dropped before caching and warned about once, not on later runs", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "invalid-line" } } });
    const project = makeProject();
    const first = await prefetch(project, ["serde"], { cratesIoIndex: server.url, now: () => new Date("2025-01-01T00:00:00Z") });
    expect(first.problems).toEqual([{ crate: "serde", registry: "crates.io", message: "line 2: invalid JSON" }]);
    expect(cachedEntry(project, server.url, "serde")?.data?.map((v) => v.version)).toEqual(["1.0.0", "1.0.1"]);
    const warm = await prefetch(project, ["serde"], { cratesIoIndex: server.url, now: () => new Date("2025-01-01T00:10:00Z") });
    expect(warm.problems).toEqual([]);
    // After the TTL the server answers 304: the cached (clean) copy stays, still without a warning.
    const expired = await prefetch(project, ["serde"], { cratesIoIndex: server.url, now: () => new Date("2025-01-02T00:00:00Z") });
    expect(expired.requests.notModified).toBeGreaterThan(0);
    expect(expired.problems).toEqual([]);
    expect(info(expired, project, "serde")?.versions).toHaveLength(2);
  });

  it("an index file over the size limit is not read or cached", async () => {
    const line = JSON.stringify({ name: "serde", vers: "1.0.0", deps: [], cksum: "0".repeat(64), features: {} });
    const big = `${Array.from({ length: 2_000 }, () => line).join("\n")}\n`;
    const server = await serve({ faults: { "se/rd/serde": { kind: "body", body: big } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url, maxFileBytes: 64 * 1024 });
    expect(result.problems).toEqual([{ crate: "serde", registry: "crates.io", message: expect.stringMatching(/se\/rd\/serde: index file is larger than the limit of 64 KB; not read$/) }]);
    expect(requestsFor(server, "se/rd/serde")).toBe(1);
    expect(cachedEntry(project, server.url, "serde")).toBeUndefined();
    expect(info(result, project, "tokio")?.versions).toHaveLength(1);
  });

  it("a compressed body is decompressed, and one that inflates past the limit is refused", async () => {
    const small = `${JSON.stringify({ name: "serde", vers: "9.9.9", deps: [], features: {} })}\n`;
    const bomb = `${JSON.stringify({ name: "tokio", vers: "1.0.0", deps: [], features: {} })}\n${" ".repeat(4 * 1024 * 1024)}\n`;
    const server = await serve({ faults: { "se/rd/serde": { kind: "body", body: small, gzip: true }, "to/ki/tokio": { kind: "body", body: bomb, gzip: true } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url, maxFileBytes: 1024 * 1024 });
    expect(info(result, project, "serde")?.versions.map((v) => v.version)).toEqual(["9.9.9"]);
    expect(result.problems).toEqual([{ crate: "tokio", registry: "crates.io", message: expect.stringMatching(/larger than the limit of 1 MB/) }]);
  });

  it("the per-run data limit stops further requests, with a note", async () => {
    const line = JSON.stringify({ name: "x", vers: "1.0.0", deps: [], cksum: "0".repeat(64), features: {} });
    const body = (name: string) => `${Array.from({ length: 300 }, () => line.replace('"x"', JSON.stringify(name))).join("\n")}\n`;
    const server = await serve({ faults: { "se/rd/serde": { kind: "body", body: body("serde") }, "to/ki/tokio": { kind: "body", body: body("tokio") }, "3/l/log": { kind: "body", body: body("log") } } });
    const project = makeProject();
    const perFile = Buffer.byteLength(body("serde"));
    const result = await prefetch(project, ["serde", "tokio", "log"], { cratesIoIndex: server.url, maxRunBytes: Math.floor(perFile * 1.5), concurrency: 1 });
    expect(result.problems.length).toBeGreaterThanOrEqual(1);
    expect(result.problems.every((p) => /per-run limit/.test(p.message))).toBe(true);
    expect(result.notes.some((n) => /^Registry checks stopped after \d+ KB of index data \(the per-run limit\); \d crate\(s\) were not checked\.$/.test(n))).toBe(true);
    expect(result.requests.bytes).toBeLessThanOrEqual(Math.floor(perFile * 1.5) + 1024);
  });

  it("a redirect loop is cut after a bounded number of hops and not retried", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "redirect", location: "/se/rd/serde" } } });
    const project = makeProject();
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url, retries: 2 });
    expect(result.problems).toEqual([{ crate: "serde", registry: "crates.io", message: expect.stringMatching(/^too many redirects \(more than 5\) from http:\/\/127\.0\.0\.1:\d+\/se\/rd\/serde$/) }]);
    expect(requestsFor(server, "se/rd/serde")).toBe(MAX_REDIRECTS + 1);
    expect(info(result, project, "tokio")?.versions).toHaveLength(1);
  });

  it("a redirect to another scheme is refused", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "redirect", location: "file:///etc/passwd" } } });
    const result = await prefetch(makeProject(), ["serde"], { cratesIoIndex: server.url });
    expect(result.problems[0]?.message).toMatch(/redirected to a file: URL/);
  });

  it("a registry that never answers is bounded by the run's time limit, with a note", async () => {
    const server = await serve({ faults: { "config.json": { kind: "delay", ms: 20_000 } } });
    const project = makeProject();
    const started = Date.now();
    const result = await prefetch(project, ["serde", "tokio"], { cratesIoIndex: server.url, timeoutMs: 10_000, retries: 2, runTimeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.problems.map((p) => p.crate)).toEqual(["serde", "tokio"]);
    expect(result.problems[0]?.message).toMatch(/the registry time limit of 300 ms for the run was reached/);
    expect(result.notes).toContain("Registry checks stopped: the registry time limit of 300 ms for the run was reached; 2 crate(s) were not checked (a slow or unresponsive registry).");
  });

  it("when the time limit hits, crates with a cached copy still get it", async () => {
    const server = await serve();
    const project = makeProject();
    await prefetch(project, ["serde"], { cratesIoIndex: server.url, now: () => new Date("2025-01-01T00:00:00Z") });
    server.setFault("se/rd/serde", { kind: "delay", ms: 20_000 });
    const result = await prefetch(project, ["serde"], { cratesIoIndex: server.url, runTimeoutMs: 300, now: () => new Date("2025-01-03T00:00:00Z") });
    expect(info(result, project, "serde")?.versions).toHaveLength(2);
    expect(result.problems[0]?.message).toMatch(/time limit .* using the cached copy/);
  });

  it.each([
    ["a newline", "tok-abc\nInjected: header"],
    ["a NUL", "tok-abc\u0000def"],
  ])("a token containing %s is rejected with a message naming the registry, never the value", async (_label, token) => {
    const corp = await serve({ configJson: { dl: "x", "auth-required": true }, requireToken: "tok-abc" });
    const project = makeProject();
    writeFiles(project.root, { ".cargo/config.toml": `[registries.corp]\nindex = "sparse+${corp.url}"\n` });
    const env = { ...project.env, CARGO_REGISTRIES_CORP_TOKEN: token };
    const result = await prefetch({ ...project, env }, [{ name: "serde", source: { type: "registry", registry: "corp" } }], { cratesIoIndex: corp.url });
    expect(result.problems).toEqual([{ crate: "serde", registry: "corp", message: expect.stringMatching(/^the token for registry corp contains a control character .* and was not sent; fix CARGO_REGISTRIES_CORP_TOKEN/) }]);
    expect(everything(result)).not.toContain("tok-abc");
    expect(corp.requests.some((r) => r.headers.authorization !== undefined)).toBe(false);
  });

  it("an index URL with credentials is never printed, whatever fails", async () => {
    const server = await serve({ faults: { "se/rd/serde": { kind: "status", status: 500 }, "to/ki/tokio": { kind: "reset" }, "3/l/log": { kind: "redirect", location: "/3/l/log" } } });
    const withCredentials = server.url.replace("http://", "http://alice:hunter2@");
    const result = await prefetch(makeProject(), ["serde", "tokio", "log"], { cratesIoIndex: withCredentials, retries: 1 });
    expect(result.problems).toHaveLength(3);
    expect(everything(result)).not.toMatch(/hunter2|alice/);
    const unreachable = await prefetch(makeProject(), ["serde"], { cratesIoIndex: "http://alice:hunter2@127.0.0.1:1/", retries: 0 });
    expect(unreachable.problems).toHaveLength(1);
    expect(everything(unreachable)).not.toMatch(/hunter2|alice/);
  });

  it("a registry only Cargo.lock names is never contacted, and says so", async () => {
    const cratesIo = await serve();
    const elsewhere = await serve();
    const project = makeProject();
    const source = `sparse+${elsewhere.url}`;
    const result = await prefetch(project, ["serde"], { cratesIoIndex: cratesIo.url }, [makeLockedPackage("tokio", "1.0.0", source), makeLockedPackage("log", "0.4.0", `registry+${elsewhere.url}`)]);
    expect(elsewhere.requests).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.notes).toContain(`Cargo.lock names the registry \`${source}\`, which is neither crates.io nor configured in .cargo/config.toml ([registries]); its crates are not checked.`);
    expect(result.view.forLockedPackage(makeLockedPackage("tokio", "1.0.0", source))).toBeUndefined();
  });

  it("the same registry configured in cargo's config is contacted", async () => {
    const corp = await serve();
    const project = makeProject();
    writeFiles(project.root, { ".cargo/config.toml": `[registries.corp]\nindex = "sparse+${corp.url}"\n` });
    const source = `sparse+${corp.url}`;
    const result = await prefetch(project, [], {}, [makeLockedPackage("tokio", "1.0.0", source)]);
    expect(result.problems).toEqual([]);
    expect(result.view.forLockedPackage(makeLockedPackage("tokio", "1.0.0", source))?.registry).toBe("corp");
  });

  it.each([false, true])("a lockfile source that is not a URL (sparse+http://[) is an unknown registry, not a crash (offline: %s)", async (offline) => {
    const server = await serve();
    const project = makeProject();
    const result = await prefetch(project, ["serde"], { cratesIoIndex: server.url, offline }, [makeLockedPackage("tokio", "1.0.0", "sparse+http://[")]);
    expect(result.notes).toContain("Cargo.lock names the registry `sparse+http://[`, which is neither crates.io nor configured in .cargo/config.toml ([registries]); its crates are not checked.");
    expect(result.view.forLockedPackage(makeLockedPackage("tokio", "1.0.0", "sparse+http://["))).toBeUndefined();
  });

  it("offline with no cache answers every crate at once, without a request", async () => {
    const server = await serve();
    const names = Array.from({ length: 300 }, (_, i) => `crate-${i}`);
    const result = await prefetch(makeProject(), names, { cratesIoIndex: server.url, offline: true });
    expect(server.requests).toEqual([]);
    expect(result.offlineEmptyCache).toBe(true);
    expect(new Set(result.problems.map((p) => p.message))).toEqual(new Set(["not in the cache (offline mode)"]));
    expect(result.problems).toHaveLength(300);
  });

  it("every crate is asked once, over one keep-alive connection when one request is in flight at a time", async () => {
    const server = await serve();
    const result = await prefetch(makeProject(), ["serde", "tokio", "log"], { cratesIoIndex: server.url, concurrency: 1 });
    expect(result.problems).toEqual([]);
    expect(crateRequests(server)).toBe(3);
    expect(result.requests.total).toBe(4);
    expect(new Set(server.requests.map((r) => r.remotePort)).size).toBe(1);
  });
});
