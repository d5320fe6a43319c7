// Registry client benchmark: 1,000 synthetic crates behind 50 ms of latency, concurrency 16.
// Cold run (wall time vs the ideal 1000/16*50 ms), warm run (requests, target 0), expired TTL
// (conditional requests and 304s only). Needs the compiled client: `npx tsc -p tsconfig.json`.
// Usage: node scripts/registry-bench.mjs [--lockfile Cargo.lock] [--clients]
//   --lockfile: the crates.io packages of that lockfile, served from an index built from it.
//   --clients:  CPU per request of Node's fetch, node:http with a keep-alive agent, and undici
//               (when installed), against the same local index server without latency.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { sparsePath, syntheticCrateName } from "./index-server.mjs";

const CRATES = 1_000;
const LATENCY_MS = 50;
const CONCURRENCY = 16;

function workspaceWith(root, names) {
  const manifestPath = join(root, "Cargo.toml");
  const dependencies = names.map((name) => ({
    name,
    rename: null,
    req: "^1",
    kind: "normal",
    target: null,
    optional: false,
    defaultFeatures: true,
    features: [],
    source: { type: "registry" },
    manifestPath,
    keyPath: ["dependencies", name],
  }));
  const member = { name: "bench", version: "0.1.0", edition: "2021", rustVersion: null, publish: false, manifestPath, features: {}, dependencies };
  return { root, rootManifestPath: manifestPath, isVirtual: false, members: [member], defaultMembers: [manifestPath], workspaceDependencies: [], overrides: [], lockfilePath: join(root, "Cargo.lock"), lockfile: null };
}

/** The server runs in its own process so its work does not slow the client being measured. */
async function startServerProcess(crates, latencyMs, lockfile) {
  const script = fileURLToPath(new URL("./serve-registry.mjs", import.meta.url));
  const source = lockfile ? ["--lockfile", lockfile] : ["--synthetic", String(crates)];
  const child = spawn(process.execPath, [script, ...source, "--latency", String(latencyMs)], { stdio: ["ignore", "pipe", "ignore"] });
  const lines = createInterface({ input: child.stdout });
  const [url] = await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(([code]) => Promise.reject(new Error(`index server exited with ${code}`))),
  ]);
  lines.close();
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/** crates.io package names of a Cargo.lock (once each). */
function lockfileCrates(lockfile) {
  const names = new Set();
  for (const block of readFileSync(lockfile, "utf8").split("[[package]]").slice(1)) {
    const name = /^name = "([^"]+)"/m.exec(block)?.[1];
    if (name && /^source = "[^"]*crates\.io-index"/m.test(block)) names.add(name);
  }
  return [...names];
}

const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
};

/**
 * Runs the three phases and returns their figures. `lockfile`: check that lockfile's crates.io
 * packages (instead of `crates` synthetic ones) against an index built from it.
 */
export async function runRegistryBench({ crates = CRATES, latencyMs = LATENCY_MS, concurrency = CONCURRENCY, lockfile = undefined } = {}) {
  const { prefetchRegistry } = await import("../dist/src/registry/prefetch.js");
  const names = lockfile ? lockfileCrates(lockfile) : Array.from({ length: crates }, (_, i) => syntheticCrateName(i));
  crates = names.length;
  const server = await startServerProcess(crates, latencyMs, lockfile);
  const base = mkdtempSync(join(tmpdir(), "cargo-sunset-bench-"));
  const workspace = workspaceWith(join(base, "project"), names);
  const start = Date.parse("2025-01-01T00:00:00Z");
  const run = (nowMs) =>
    prefetchRegistry([workspace], {
      env: { HOME: base, CARGO_HOME: join(base, "cargo") },
      cacheDir: join(base, "cache"),
      cratesIoIndex: server.url,
      concurrency,
      now: () => new Date(nowMs),
    });
  try {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const cold = await run(start);
    const coldMs = performance.now() - t0;
    const coldCpuMs = cpuMs(c0);
    const idealMs = (crates / concurrency) * latencyMs;
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const warm = await run(start + 60_000);
    const warmMs = performance.now() - t1;
    const warmCpuMs = cpuMs(c1);
    const expired = await run(start + 2 * 3_600_000);
    const problems = cold.problems.length + warm.problems.length + expired.problems.length;
    return {
      crates,
      latencyMs,
      concurrency,
      cold: { wallMs: Math.round(coldMs), cpuMs: coldCpuMs, idealMs, ratio: Number((coldMs / idealMs).toFixed(2)), target: 1.3, requests: cold.requests.total, bytes: cold.requests.bytes },
      warm: { requests: warm.requests.total, target: 0, wallMs: Math.round(warmMs), cpuMs: warmCpuMs },
      expired: { requests: expired.requests.total, conditional: expired.requests.conditional, notModified: expired.requests.notModified },
      problems,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  }
}

/**
 * CPU per request of each HTTP client over keep-alive connections (fetch's are kept alive too),
 * `requests` GETs at `concurrency`, after one warm-up round each. Figures are medians of `rounds`.
 */
export async function runClientBench({ requests = 1_000, concurrency = CONCURRENCY, rounds = 3 } = {}) {
  const server = await startServerProcess(requests, 0);
  const urls = Array.from({ length: requests }, (_, i) => `${server.url}${sparsePath(syntheticCrateName(i))}`);
  const headers = { "user-agent": "cargo-sunset-bench", accept: "text/plain", "cargo-protocol": "version=1" };
  const http = await import("node:http");
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  /** @type {Record<string, (url: string) => Promise<void>>} */
  const clients = {
    fetch: async (url) => void (await (await fetch(url, { headers, redirect: "manual" })).text()),
    "node:http keep-alive": (url) =>
      new Promise((resolve, reject) => {
        http.get(url, { agent, headers }, (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c)).on("end", () => resolve(void Buffer.concat(chunks).toString("utf8"))).on("error", reject);
        }).on("error", reject);
      }),
  };
  const loadStart = performance.now();
  const undici = await import("undici").catch(() => undefined);
  const undiciLoadMs = Math.round(performance.now() - loadStart);
  if (undici) {
    const dispatcher = new undici.Agent({ connections: concurrency });
    clients.undici = async (url) => void (await (await undici.request(url, { headers, dispatcher })).body.text());
  }
  const pool = async (get) => {
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < urls.length) await get(urls[next++]);
    }));
  };
  const results = {};
  try {
    for (const [name, get] of Object.entries(clients)) {
      await pool(get);
      const perRequest = [];
      for (let round = 0; round < rounds; round++) {
        const c0 = process.cpuUsage();
        await pool(get);
        const used = process.cpuUsage(c0);
        perRequest.push((used.user + used.system) / 1000 / requests);
      }
      results[name] = Number(perRequest.sort((a, b) => a - b)[Math.floor(rounds / 2)].toFixed(3));
    }
  } finally {
    agent.destroy();
    await server.close();
  }
  return { requests, concurrency, cpuMsPerRequest: results, undiciLoadMs: undici ? undiciLoadMs : null };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { lockfile: { type: "string" }, clients: { type: "boolean", default: false } } });
  if (values.clients) {
    const c = await runClientBench();
    for (const [name, ms] of Object.entries(c.cpuMsPerRequest)) console.log(`client ${name.padEnd(22)} ${ms} ms CPU per request`);
    if (c.undiciLoadMs !== null) console.log(`client undici module load: ${c.undiciLoadMs} ms`);
    else console.log("client undici: not installed, skipped");
    process.exit(0);
  }
  const r = await runRegistryBench({ lockfile: values.lockfile });
  console.log(`registry cold:    ${r.cold.wallMs} ms for ${r.crates} crates (ideal ${r.cold.idealMs} ms) ratio ${r.cold.ratio} (target <= ${r.cold.target}), ${r.cold.requests} requests, ${r.cold.cpuMs} ms CPU, ${Math.round(r.cold.bytes / 1024)} KB`);
  console.log(`registry warm:    ${r.warm.requests} requests (target ${r.warm.target}), ${r.warm.wallMs} ms, ${r.warm.cpuMs} ms CPU`);
  console.log(`registry expired: ${r.expired.requests} requests, ${r.expired.conditional} conditional, ${r.expired.notModified} answered 304`);
  console.log(`registry peak RSS: ${r.peakRssMb} MB`);
  if (r.problems) console.log(`problems: ${r.problems}`);
}
