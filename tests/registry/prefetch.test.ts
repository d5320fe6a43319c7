import { join } from "node:path";
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { IndexCache } from "../../src/registry/cache.js";
import { fetchTransport } from "../../src/registry/transport.js";
import { SparseIndexClient } from "../../src/registry/client.js";
import { prefetchRegistry } from "../../src/registry/prefetch.js";
import { removeTempDirs, tempDir, writeFiles, writeIndex } from "../helpers/index-fixture.js";
import { type IndexServer, startIndexServer } from "../helpers/index-server.js";
import { CRATES_IO_SOURCE, makeDependency, makeLockedPackage, makeWorkspace, makeWorkspaceDependency } from "../helpers/model.js";
import { makeProject } from "./harness.js";

const INDEX = {
  serde: [{ vers: "1.0.0" }, { vers: "1.0.200", rust_version: "1.31" }],
  tokio: [{ vers: "1.0.0" }],
  axum: [{ vers: "0.7.0" }],
  anyhow: [{ vers: "1.0.0" }],
  log: [{ vers: "0.4.0" }],
};

let servers: IndexServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeTempDirs();
});

async function serve(): Promise<IndexServer> {
  const server = await startIndexServer({ root: writeIndex(INDEX) });
  servers.push(server);
  return server;
}

describe("prefetchRegistry", () => {
  it("collects direct, workspace and locked registry crates, once each, and skips path and git ones", async () => {
    const server = await serve();
    const project = makeProject();
    const manifestPath = join(project.root, "Cargo.toml");
    const workspace = makeWorkspace({
      root: project.root,
      dependencies: [
        "serde",
        { name: "serde", kind: "dev" },
        { name: "local", source: { type: "path", path: "../local" } },
        { name: "gitdep", source: { type: "git", url: "https://github.com/org/gitdep" } },
      ],
      workspaceDependencies: [makeWorkspaceDependency("tokio", { manifestPath })],
      locked: [
        makeLockedPackage("Axum", "0.7.0"),
        makeLockedPackage("serde", "1.0.0"),
        makeLockedPackage("app", "0.1.0", null),
        makeLockedPackage("gitdep", "0.1.0", "git+https://github.com/org/gitdep#0123456789012345678901234567890123456789"),
      ],
    });
    const progress: Array<[number, number]> = [];
    const result = await prefetchRegistry([workspace], { env: project.env, cacheDir: project.cacheDir, cratesIoIndex: server.url, onProgress: (d, t) => progress.push([d, t]) });
    expect(result.problems).toEqual([]);
    const crateRequests = server.requests.map((r) => r.path).filter((p) => p !== "config.json").sort();
    expect(crateRequests).toEqual(["se/rd/serde", "ax/um/axum", "to/ki/tokio"].sort());
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(result.view.forDependency(makeWorkspaceDependency("tokio", { manifestPath }))?.versions).toHaveLength(1);
    expect(result.view.forLockedPackage(makeLockedPackage("axum", "0.7.0"))?.name).toBe("axum");
    expect(result.view.forLockedPackage(makeLockedPackage("serde", "1.0.0"))?.versions.at(-1)?.rustVersion).toBe("1.31");
    expect(result.view.forLockedPackage(makeLockedPackage("app", "0.1.0", null))).toBeUndefined();
    expect(result.view.forDependency(makeDependency("local", { source: { type: "path", path: "../local" }, manifestPath }))).toBeUndefined();
  });

  it("checks a crate only against the registry it comes from", async () => {
    const publicServer = await serve();
    const corpServer = await startIndexServer({ root: writeIndex({ serde: [{ vers: "9.9.9" }] }) });
    servers.push(corpServer);
    const project = makeProject();
    writeFiles(project.root, { ".cargo/config.toml": `[registries.corp]\nindex = "sparse+${corpServer.url}"\n` });
    const manifestPath = join(project.root, "Cargo.toml");
    const corpSource = `sparse+${corpServer.url}`;
    const workspace = makeWorkspace({
      root: project.root,
      dependencies: ["serde", { name: "serde", rename: "corp_serde", source: { type: "registry", registry: "corp" } }],
      locked: [makeLockedPackage("serde", "1.0.0"), makeLockedPackage("serde", "9.9.9", corpSource)],
    });
    const result = await prefetchRegistry([workspace], { env: project.env, cacheDir: project.cacheDir, cratesIoIndex: publicServer.url });
    const versionsOf = (info: { versions: Array<{ version: string }> } | undefined) => info?.versions.map((v) => v.version);
    expect(versionsOf(result.view.forDependency(makeDependency("serde", { manifestPath })))).toEqual(["1.0.0", "1.0.200"]);
    expect(versionsOf(result.view.forDependency(makeDependency("serde", { manifestPath, source: { type: "registry", registry: "corp" } })))).toEqual(["9.9.9"]);
    expect(versionsOf(result.view.forLockedPackage(makeLockedPackage("serde", "9.9.9", corpSource)))).toEqual(["9.9.9"]);
    expect(versionsOf(result.view.forLockedPackage(makeLockedPackage("serde", "1.0.0", CRATES_IO_SOURCE)))).toEqual(["1.0.0", "1.0.200"]);
  });

  it("reaches crates.io through [source.crates-io] replace-with in the project's .cargo/config.toml", async () => {
    const server = await serve();
    const project = makeProject();
    writeFiles(project.root, { ".cargo/config.toml": `[source.crates-io]\nreplace-with = "local"\n[source.local]\nregistry = "sparse+${server.url}"\n` });
    const workspace = makeWorkspace({ root: project.root, dependencies: ["log"], locked: [makeLockedPackage("log", "0.4.0")] });
    const result = await prefetchRegistry([workspace], { env: project.env, cacheDir: project.cacheDir });
    expect(result.problems).toEqual([]);
    expect(result.view.forLockedPackage(makeLockedPackage("log", "0.4.0"))?.versions[0]?.version).toBe("0.4.0");
  });

  it("notes skipped registries (git protocol, unknown names) and fetches nothing for them", async () => {
    const project = makeProject();
    writeFiles(project.root, { ".cargo/config.toml": '[registries.old]\nindex = "https://git.example/index"\n' });
    const workspace = makeWorkspace({
      root: project.root,
      dependencies: [{ name: "a1", source: { type: "registry", registry: "old" } }, { name: "a2", source: { type: "registry", registry: "ghost" } }],
      locked: [makeLockedPackage("a3", "1.0.0", "registry+https://other-git.example/index")],
    });
    let calls = 0;
    const result = await prefetchRegistry([workspace], { env: project.env, cacheDir: project.cacheDir, fetch: async () => { calls++; throw new Error("no network in this test"); } });
    expect(calls).toBe(0);
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([
      "registry old uses the git protocol (https://git.example/index); only sparse indexes are checked.",
      "registry `ghost` is not configured (.cargo/config.toml or CARGO_REGISTRIES_GHOST_INDEX).",
      "Cargo.lock names the registry `registry+https://other-git.example/index`, which is neither crates.io nor configured in .cargo/config.toml ([registries]); its crates are not checked.",
    ]);
  });
});

describe("SparseIndexClient", () => {
  it("sends exactly one request per crate however many times and however it is asked", async () => {
    const server = await serve();
    const cacheDir = tempDir("cache-");
    const stats = { total: 0, conditional: 0, notModified: 0, bytes: 0 };
    const client = new SparseIndexClient(
      { name: "crates-io", displayName: "crates.io", indexUrl: server.url },
      undefined,
      {
        cache: new IndexCache(cacheDir),
        limit: pLimit(4),
        offline: false,
        ttlMs: 0,
        now: () => new Date(),
        http: {
          transport: fetchTransport((u, i) => fetch(u, i)),
          userAgent: "test",
          timeoutMs: 1_000,
          retries: 0,
          backoffBaseMs: 1,
          maxRetryDelayMs: 1,
          sleep: async () => {},
          random: () => 0,
          stats,
          maxFileBytes: 1 << 20,
          maxRunBytes: 1 << 24,
          runSignal: new AbortController().signal,
          runStopReason: () => "",
        },
      },
    );
    const asks = ["serde", "Serde", "SERDE", "tokio", "serde", "tokio", "missing"].flatMap((name) => [client.lookup(name), client.lookup(name)]);
    const results = await Promise.all(asks);
    await client.lookup("serde");
    expect(results.map((r) => r.kind)).toEqual([...Array(12).fill("found"), "not-found", "not-found"]);
    expect(server.requests.map((r) => r.path).sort()).toEqual(["config.json", "mi/ss/missing", "se/rd/serde", "to/ki/tokio"]);
    expect(stats.total).toBe(4);
  });
});
