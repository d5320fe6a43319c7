// The `check` benchmarks of `npm run bench` (scripts/bench.mjs runs them; every figure comes from the same run):
//  offline  `check --offline` on the largest corpus tree vs the floor (node + read + smol-toml parse of each file);
//  online   the same tree against a synthetic sparse index built from its Cargo.lock (every crates.io crate, its
//           locked versions plus an older and a newer release) served with 50 ms latency: cold (concurrency 16,
//           vs the ideal crates/16 x 50 ms), warm (inside the TTL: 0 requests, vs the offline check), expired
//           (TTL 0: conditional requests only), each with peak RSS;
//  scale    workspaces from scripts/gen-workspace.mjs, offline and with warm registry data, time and peak RSS;
//  warm     a second unchanged `check --offline` (served by the warm-run cache) vs `node -e 0`.
// Runs of the tool use --no-cache except in `warm`, so they measure the audit, not the warm-run cache.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startIndexServer } from "./index-server.mjs";
import { cratesOfLockfile, generateWorkspace, writeIndex } from "./gen-workspace.mjs";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(projectRoot, "dist/cargo-sunset.mjs");
const smolToml = createRequire(join(projectRoot, "package.json"))("smol-toml");

export const SCALE_DEFAULT = [
  [100, 1_000],
  [500, 1_000],
  [100, 5_000],
];
export const SCALE_FULL = [
  [100, 1_000],
  [500, 1_000],
  [100, 5_000],
  [500, 5_000],
  [2_000, 5_000],
  [2_000, 3_000],
  [100, 20_000],
  [500, 20_000],
  [2_000, 20_000],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const secs = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const ok = (cond) => (cond ? "ok" : "OVER TARGET");

// Runs the binary inside a wrapper that reports the process's peak RSS on exit (read from the kernel's getrusage).
// The figure goes to a file: a write to a full stderr pipe at exit could be lost.
const RSS_WRAPPER = `
import { writeFileSync } from "node:fs";
const rssFile = process.env.BENCH_RSS_FILE;
delete process.env.BENCH_RSS_FILE;
process.argv.splice(1, 0, ${JSON.stringify(BIN)});
process.on("exit", () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
await import(${JSON.stringify(pathToFileURL(BIN).href)});
`;
let rssFiles = 0;

/** One child process, asynchronously (an index server may run in this process): wall time, stdout, exit, RSS. */
function runChild(command, args, { env, cwd = projectRoot, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      resolve({ wallMs, code, signal, stdout, stderr, timedOut: signal === "SIGKILL" });
    });
  });
}

/** `cargo-sunset check ARGS` with peak RSS; a failure other than exit 1 (findings) throws, unless `tolerate`. */
async function check(args, options = {}) {
  const rssFile = join(tmpdir(), `cargo-sunset-bench-rss-${process.pid}-${rssFiles++}`);
  const r = await runChild(process.execPath, ["--input-type=module", "-e", RSS_WRAPPER, "check", ...args], { ...options, env: { ...options.env, BENCH_RSS_FILE: rssFile } });
  r.rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
  rmSync(rssFile, { force: true });
  if (!options.tolerate && r.code !== 0 && r.code !== 1) throw new Error(`check ${args.join(" ")} exited with ${r.code ?? r.signal}:\n${r.stderr.slice(0, 2000)}`);
  return r;
}

/** Requests since the last call; `absent` counts crates the index does not have (their 404s carry no validator). */
function serverRequests(server, indexDir) {
  const all = server.requests.filter((r) => r.path !== "config.json");
  const present = all.filter((r) => existsSync(join(indexDir, r.path)));
  const conditional = present.filter((r) => r.headers["if-none-match"] || r.headers["if-modified-since"]).length;
  server.requests.length = 0;
  return { total: all.length, present: present.length, conditional, absent: all.length - present.length };
}

const FLOOR_PROGRAM = `
import { readFileSync } from "node:fs";
import { parse } from ${JSON.stringify(pathToFileURL(createRequire(join(projectRoot, "package.json")).resolve("smol-toml")).href)};
const files = JSON.parse(readFileSync(process.argv[1], "utf8"));
for (const file of files) parse(readFileSync(file, "utf8"));
`;

/** Offline check vs the floor, alternated; returns the offline median for the online ratios. */
async function offlineBench(tree, listFile, runs, work) {
  const cache = join(work, "empty-cache");
  mkdirSync(cache, { recursive: true });
  const floor = [];
  const offline = [];
  let rss = 0;
  await check(["--offline", "--no-cache", "--cache-dir", cache, tree.dir]);
  for (let i = 0; i < runs; i++) {
    floor.push((await runChild(process.execPath, ["--input-type=module", "-e", FLOOR_PROGRAM, listFile])).wallMs);
    const r = await check(["--offline", "--no-cache", "--cache-dir", cache, tree.dir]);
    offline.push(r.wallMs);
    rss = Math.max(rss, r.rssKb);
  }
  const ratio = median(offline) / median(floor);
  console.log(`check --offline on ${tree.name} (${tree.files} files), ${runs} alternated runs, medians:`);
  console.log(`  check --offline ${secs(median(offline))} vs floor ${secs(median(floor))}: ${ratio.toFixed(2)}x (target <= 1.25x) ${ok(ratio <= 1.25)}, peak RSS ${mb(rss)}`);
  return median(offline);
}

/** Online runs of the tree against its synthetic index: cold, warm (inside the TTL), expired (TTL 0). */
async function onlineBench(tree, offlineMs, runs, work) {
  const indexDir = join(work, "reth-index");
  const crates = writeIndex(indexDir, cratesOfLockfile(readFileSync(join(tree.dir, "Cargo.lock"), "utf8"), smolToml.parse));
  const server = await startIndexServer({ root: indexDir, latencyMs: 50 });
  const env = { CARGO_SUNSET_CRATES_IO_INDEX: server.url };
  try {
    const cold = [];
    const warm = [];
    const expired = [];
    const rss = { cold: 0, warm: 0, expired: 0 };
    const requests = {};
    for (let i = 0; i < runs; i++) {
      const cache = join(work, `online-cache-${i}`);
      const args = ["--no-cache", "--concurrency", "16", "--cache-dir", cache, tree.dir];
      const c = await check(args, { env });
      requests.cold = serverRequests(server, indexDir);
      const w = await check(args, { env });
      requests.warm = serverRequests(server, indexDir);
      const e = await check([...args, "--cache-ttl", "0"], { env });
      requests.expired = serverRequests(server, indexDir);
      cold.push(c.wallMs);
      warm.push(w.wallMs);
      expired.push(e.wallMs);
      rss.cold = Math.max(rss.cold, c.rssKb);
      rss.warm = Math.max(rss.warm, w.rssKb);
      rss.expired = Math.max(rss.expired, e.rssKb);
      rmSync(cache, { recursive: true, force: true });
    }
    const ideal = Math.ceil(crates / 16) * 50;
    const coldRatio = median(cold) / ideal;
    const warmRatio = median(warm) / offlineMs;
    console.log(`online ${tree.name}: ${crates} crates from a local sparse index, 50 ms latency, concurrency 16, ${runs} run(s), medians:`);
    console.log(`  cold:    ${secs(median(cold))} vs ideal ${secs(ideal)} = ${coldRatio.toFixed(2)}x (target <= 1.3x) ${ok(coldRatio <= 1.3)}, ${requests.cold.total} requests, peak RSS ${mb(rss.cold)} (target < 150 MB) ${ok(rss.cold < 150 * 1024)}`);
    console.log(`  warm:    ${secs(median(warm))} = ${warmRatio.toFixed(2)}x the offline check (target <= 1.2x) ${ok(warmRatio <= 1.2)}, ${requests.warm.total} requests (target 0) ${ok(requests.warm.total === 0)}, peak RSS ${mb(rss.warm)} (target <= 150 MB) ${ok(rss.warm <= 150 * 1024)}`);
    const x = requests.expired;
    console.log(`  expired: ${secs(median(expired))}, ${x.total} requests: ${x.conditional} of ${x.present} for indexed crates conditional (target: all) ${ok(x.present === x.conditional)}, ${x.absent} for crates the index lacks, peak RSS ${mb(rss.expired)}`);
  } finally {
    await server.close();
  }
}

/** Generated workspaces: offline, then with registry data filled by one online run (latency 0) and read within the TTL. */
async function scaleBench(cases, work, timeoutMs) {
  console.log(`scaling (scripts/gen-workspace.mjs; one run each, time / peak RSS; "warm data" is an online run inside the TTL):`);
  console.log(`  ${"members".padStart(7)} ${"locked".padStart(7)}  ${"offline".padStart(16)}  ${"warm data".padStart(16)}  ratio (target <= 3x)`);
  for (const [members, packages] of cases) {
    const dir = join(work, `ws-${members}-${packages}`);
    const indexDir = join(work, `index-${members}-${packages}`);
    generateWorkspace(dir, { members, packages, indexDir });
    const server = await startIndexServer({ root: indexDir });
    const cache = join(work, `scale-cache-${members}-${packages}`);
    const show = (r) => (r.timedOut ? "timed out" : r.code !== 0 && r.code !== 1 ? `failed (${r.code ?? r.signal})` : `${secs(r.wallMs)} / ${mb(r.rssKb)}`);
    try {
      const env = { CARGO_SUNSET_CRATES_IO_INDEX: server.url };
      const offline = await check(["--offline", "--no-cache", "--cache-dir", join(work, "empty-cache"), dir], { env, timeoutMs, tolerate: true });
      const fill = await check(["--no-cache", "--cache-dir", cache, dir], { env, timeoutMs, tolerate: true });
      const warm = fill.timedOut || (fill.code !== 0 && fill.code !== 1) ? fill : await check(["--no-cache", "--cache-dir", cache, dir], { env, timeoutMs, tolerate: true });
      const both = !offline.timedOut && !warm.timedOut && [0, 1].includes(offline.code) && [0, 1].includes(warm.code);
      const ratio = both ? warm.wallMs / offline.wallMs : NaN;
      console.log(`  ${String(members).padStart(7)} ${String(packages).padStart(7)}  ${show(offline).padStart(16)}  ${show(warm).padStart(16)}  ${both ? `${ratio.toFixed(2)}x ${ok(ratio <= 3)}` : "-"}`);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(indexDir, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }
}

/** A second unchanged offline check (served from the warm-run cache) vs `node -e 0`, alternated. */
async function warmBench(tree, runs, work) {
  const cache = join(work, "warm-cache");
  const args = [BIN, "check", "--offline", "--cache-dir", cache, tree.dir];
  const first = await runChild(process.execPath, args);
  const bare = [];
  const hit = [];
  for (let i = 0; i < runs; i++) {
    bare.push((await runChild(process.execPath, ["-e", "0"])).wallMs);
    const r = await runChild(process.execPath, args);
    if (r.stdout !== first.stdout) throw new Error("the warm-run cache printed another report");
    hit.push(r.wallMs);
  }
  const ratio = median(hit) / median(bare);
  console.log(`warm run: a second unchanged check --offline on ${tree.name}, ${runs} alternated runs, medians:`);
  console.log(`  ${secs(median(hit))} vs node -e 0 ${secs(median(bare))}: ${ratio.toFixed(2)}x (target <= 1.2x) ${ok(ratio <= 1.2)}`);
}

/**
 * @param {{ tree?: { name: string, dir: string, files: number, listFile: string }, parts: Set<string>, runs: number, onlineRuns: number, scale: number[][], timeoutMs: number }} options
 */
export async function runCheckBench({ tree, parts, runs, onlineRuns, scale, timeoutMs }) {
  const work = mkdtempSync(join(tmpdir(), "cargo-sunset-bench-check-"));
  try {
    let offlineMs;
    if (tree && (parts.has("offline") || parts.has("online"))) {
      offlineMs = await offlineBench(tree, tree.listFile, runs, work);
      console.log("");
    }
    if (tree && parts.has("online")) {
      await onlineBench(tree, offlineMs, onlineRuns, work);
      console.log("");
    }
    if (parts.has("scale")) {
      await scaleBench(scale, work, timeoutMs);
      console.log("");
    }
    if (tree && parts.has("warm")) {
      await warmBench(tree, runs, work);
      console.log("");
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
