// Registry client benchmark: 1,000 synthetic crates behind 50 ms of latency, concurrency 16.
// Cold run (wall time vs the ideal 1000/16*50 ms), warm run (requests, target 0), expired TTL
// (conditional requests and 304s only). Needs the compiled client: `npx tsc -p tsconfig.json`.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { syntheticCrateName } from "./index-server.mjs";

const CRATES = 1_000;
const LATENCY_MS = 50;
const CONCURRENCY = 16;

function workspaceWith(root, count) {
  const manifestPath = join(root, "Cargo.toml");
  const dependencies = Array.from({ length: count }, (_, i) => ({
    name: syntheticCrateName(i),
    rename: null,
    req: "^1",
    kind: "normal",
    target: null,
    optional: false,
    defaultFeatures: true,
    features: [],
    source: { type: "registry" },
    manifestPath,
    keyPath: ["dependencies", syntheticCrateName(i)],
  }));
  const member = { name: "bench", version: "0.1.0", edition: "2021", rustVersion: null, publish: false, manifestPath, features: {}, dependencies };
  return { root, rootManifestPath: manifestPath, isVirtual: false, members: [member], defaultMembers: [manifestPath], workspaceDependencies: [], overrides: [], lockfilePath: join(root, "Cargo.lock"), lockfile: null };
}

/** The server runs in its own process so its work does not slow the client being measured. */
async function startServerProcess(crates, latencyMs) {
  const script = fileURLToPath(new URL("./serve-registry.mjs", import.meta.url));
  const child = spawn(process.execPath, [script, "--synthetic", String(crates), "--latency", String(latencyMs)], { stdio: ["ignore", "pipe", "ignore"] });
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

/** Runs the three phases and returns their figures. */
export async function runRegistryBench({ crates = CRATES, latencyMs = LATENCY_MS, concurrency = CONCURRENCY } = {}) {
  const { prefetchRegistry } = await import("../dist/src/registry/prefetch.js");
  const server = await startServerProcess(crates, latencyMs);
  const base = mkdtempSync(join(tmpdir(), "cargo-sunset-bench-"));
  const workspace = workspaceWith(join(base, "project"), crates);
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
    const cold = await run(start);
    const coldMs = performance.now() - t0;
    const idealMs = (crates / concurrency) * latencyMs;
    const warm = await run(start + 60_000);
    const expired = await run(start + 2 * 3_600_000);
    const problems = cold.problems.length + warm.problems.length + expired.problems.length;
    return {
      crates,
      latencyMs,
      concurrency,
      cold: { wallMs: Math.round(coldMs), idealMs, ratio: Number((coldMs / idealMs).toFixed(2)), target: 1.3, requests: cold.requests.total },
      warm: { requests: warm.requests.total, target: 0 },
      expired: { requests: expired.requests.total, conditional: expired.requests.conditional, notModified: expired.requests.notModified },
      problems,
    };
  } finally {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await runRegistryBench();
  console.log(`registry cold:    ${r.cold.wallMs} ms for ${r.crates} crates (ideal ${r.cold.idealMs} ms) ratio ${r.cold.ratio} (target <= ${r.cold.target}), ${r.cold.requests} requests`);
  console.log(`registry warm:    ${r.warm.requests} requests (target ${r.warm.target})`);
  console.log(`registry expired: ${r.expired.requests} requests, ${r.expired.conditional} conditional, ${r.expired.notModified} answered 304`);
  if (r.problems) console.log(`problems: ${r.problems}`);
}
