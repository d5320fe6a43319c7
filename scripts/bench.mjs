// Benchmarks, printed from one run (`npm run bench`):
//  (a) the workspace model on the largest tree of ../shared/corpus (a corpus of real Cargo trees beside the
//      project, when present), through the shipped binary: `cargo-sunset why <crate> <tree>` in a fresh process
//      loads every manifest and the lockfile, builds the dependency graph, finds the crate's paths and the
//      positions of the dependencies they start from. The crate is the locked package reached the fewest ways,
//      so the time is the model's rather than the printing's;
//  (b) `cargo metadata --no-deps --offline --format-version 1` on a copy of the same tree, when cargo is on PATH;
//  (c) a floor: a fresh `node` process that reads the same files and parses each with smol-toml, nothing else;
//  (d) the registry client (scripts/registry-bench.mjs): 1,000 synthetic crates behind 50 ms of latency;
//  (e) the `check` command (scripts/check-bench.mjs): offline vs the floor, online against a synthetic index with
//      50 ms latency (cold, warm, expired), a scaling table over generated workspaces, the warm-run cache vs
//      `node -e 0`.
// Usage: node scripts/bench.mjs [--runs N] [--no-build] [--only PARTS] [--full-scale] [--online-runs N] [--timeout S]
//   PARTS: comma-separated model, registry, offline, online, scale, warm (default: all). --full-scale runs the
//   whole matrix (100/500/2,000 members x 1k/5k/20k packages) instead of three cases; --skip-registry = no (d).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { delimiter, dirname, join, normalize, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = resolve(projectRoot, "../shared/corpus");
const MODEL_TARGET_RATIO = 1.25;
const MODEL_TARGET_RSS_MB = 150;

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    "no-build": { type: "boolean", default: false },
    "skip-registry": { type: "boolean", default: false },
    only: { type: "string", default: "model,registry,offline,online,scale,warm" },
    "full-scale": { type: "boolean", default: false },
    "online-runs": { type: "string", default: "3" },
    timeout: { type: "string", default: "300" },
  },
});
const PARTS = new Set(flags.only.split(",").map((p) => p.trim()));
const RUNS = Math.max(1, Number(flags.runs) || 7);

// ---------------------------------------------------------------- utilities

const BIN = join(projectRoot, "dist/cargo-sunset.mjs");

function build() {
  const built = existsSync(join(projectRoot, "dist/src/model/workspace.js")) && existsSync(BIN);
  if (flags["no-build"] && built) return;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "build"], { cwd: projectRoot, encoding: "utf8", shell: process.platform === "win32" });
  if (result.status === 0) return;
  if (built) {
    console.log(`warning: the build failed; measuring the existing dist/\n${(result.stdout + result.stderr).trim().split("\n").slice(0, 5).join("\n")}\n`);
    return;
  }
  console.error(`the build failed:\n${result.stdout}${result.stderr}`);
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(0)} ms`;
const ratio = (a, b) => (a / b).toFixed(2);

/** Runs a child process and returns its wall time (spawn to exit) and stdout. */
function timed(command, args, options = {}) {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20, ...options });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.slice(0, 2).join(" ")} exited with ${result.status}:\n${result.stderr}`);
  return { wallMs, stdout: result.stdout };
}

function walkFiles(dir, skipTop = new Set()) {
  const out = [];
  const visit = (d, top) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (top && skipTop.has(entry.name)) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path, false);
      else if (entry.isFile()) out.push(path);
    }
  };
  visit(dir, true);
  return out;
}

function largestCorpusEntry() {
  let best = null;
  for (const entry of readdirSync(corpusDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(corpusDir, entry.name);
    if (!existsSync(join(dir, "Cargo.toml"))) continue;
    const manifests = walkFiles(dir, new Set(["expected"])).filter((f) => f.endsWith(`${sep}Cargo.toml`) || f === join(dir, "Cargo.toml"));
    if (!best || manifests.length > best.manifests) best = { name: entry.name, dir, manifests: manifests.length };
  }
  return best;
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, name)) && statSync(join(dir, name)).isFile()) return join(dir, name);
  }
  return null;
}

// ---------------------------------------------------------------- child programs

const distUrl = (path) => pathToFileURL(join(projectRoot, "dist", path)).href;

/**
 * Run once before timing (through the compiled modules): describes the tree, lists the files the model reads
 * (for the floor), and picks the crate for `why`: the locked package reached through the fewest
 * (member, direct dependency) pairs, ties broken by name.
 */
const SURVEY_PROGRAM = `
import { loadWorkspace } from ${JSON.stringify(distUrl("src/model/workspace.js"))};
import { buildGraph } from ${JSON.stringify(distUrl("src/model/graph.js"))};
const [root, listFile] = process.argv.slice(1);
const ws = loadWorkspace(root);
const graph = buildGraph(ws);
let crate = null;
for (const p of ws.lockfile?.packages ?? []) {
  if (p.source === null) continue;
  const ways = graph.reach(p.id).reaches.length;
  if (ways > 0 && (!crate || ways < crate.ways || (ways === crate.ways && p.name < crate.name))) crate = { name: p.name, ways };
}
const files = [...ws.sources.keys(), ...(ws.lockfile ? [ws.lockfilePath] : [])];
(await import("node:fs")).writeFileSync(listFile, JSON.stringify(files));
process.stdout.write(JSON.stringify({
  members: ws.members.length, manifests: ws.sources.size, locked: ws.lockfile?.packages.length ?? 0, crate,
}));
`;

const smolTomlUrl = pathToFileURL(createRequire(join(projectRoot, "package.json")).resolve("smol-toml")).href;

/** The least any tool must do: start node, read every file the model reads, parse each with smol-toml. */
const FLOOR_PROGRAM = `
import { readFileSync } from "node:fs";
import { parse } from ${JSON.stringify(smolTomlUrl)};
const files = JSON.parse(readFileSync(process.argv[1], "utf8"));
let keys = 0;
for (const file of files) keys += Object.keys(parse(readFileSync(file, "utf8"))).length;
process.stdout.write(JSON.stringify({ files: files.length, keys, maxRssKb: process.resourceUsage().maxRSS }));
`;

// ---------------------------------------------------------------- cargo copy with target stubs

const isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Files cargo needs for a package's explicit or implicit targets (as ../shared/corpus/make-oracles.py creates them). */
function targetStubPaths(pkgDir, manifest) {
  const pkg = isTable(manifest.package) ? manifest.package : isTable(manifest.project) ? manifest.project : {};
  const paths = [];
  const lib = manifest.lib;
  const bins = Array.isArray(manifest.bin) ? manifest.bin : [];
  if (isTable(lib)) paths.push(typeof lib.path === "string" ? lib.path : "src/lib.rs");
  for (const b of bins) {
    if (!isTable(b)) continue;
    if (typeof b.path === "string") paths.push(b.path);
    else if (b.name === pkg.name) paths.push("src/main.rs");
    else if (typeof b.name === "string") paths.push(`src/bin/${b.name}.rs`);
  }
  if (!isTable(lib) && bins.length === 0) paths.push("src/lib.rs");
  if (typeof pkg["default-run"] === "string" && !bins.some((b) => isTable(b) && b.name === pkg["default-run"])) {
    paths.push(pkg["default-run"] === pkg.name ? "src/main.rs" : `src/bin/${pkg["default-run"]}.rs`);
  }
  for (const [kind, folder] of [["example", "examples"], ["test", "tests"], ["bench", "benches"]]) {
    for (const x of Array.isArray(manifest[kind]) ? manifest[kind] : []) {
      if (!isTable(x)) continue;
      if (typeof x.path === "string") paths.push(x.path);
      else if (typeof x.name === "string") paths.push(`${folder}/${x.name}.rs`);
    }
  }
  let buildScript = pkg.build;
  if (buildScript === undefined && pkg.links) buildScript = true;
  if (typeof buildScript === "string") paths.push(buildScript);
  else if (Array.isArray(buildScript)) paths.push(...buildScript.filter((b) => typeof b === "string"));
  else if (buildScript === true) paths.push("build.rs");
  return paths.map((p) => normalize(join(pkgDir, p)));
}

/** Copies manifests, lockfiles and .cargo/config files (not rust-toolchain files) and adds empty target stubs. */
async function cargoCopy(entryDir, dest) {
  const { parse } = await import(smolTomlUrl);
  let stubs = 0;
  const files = walkFiles(entryDir, new Set(["expected"])).filter((f) => /(^|[\\/])(Cargo\.toml|Cargo\.lock)$|[\\/]\.cargo[\\/]config(\.toml)?$/.test(f));
  for (const file of files) {
    const target = join(dest, relative(entryDir, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  for (const file of files.filter((f) => f.endsWith("Cargo.toml"))) {
    let manifest;
    try {
      manifest = parse(readFileSync(file, "utf8"));
    } catch {
      continue;
    }
    if (!isTable(manifest.package) && !isTable(manifest.project)) continue;
    const pkgDir = dirname(join(dest, relative(entryDir, file)));
    for (const stub of targetStubPaths(pkgDir, manifest)) {
      if (!stub.startsWith(dest + sep) || existsSync(stub)) continue;
      mkdirSync(dirname(stub), { recursive: true });
      writeFileSync(stub, "// stub\n");
      stubs++;
    }
  }
  return stubs;
}

// ---------------------------------------------------------------- (a)-(c)

async function modelBench() {
  if (!existsSync(corpusDir)) {
    console.log("Workspace model: skipped (no ../shared/corpus beside the project).\n");
    return;
  }
  const entry = largestCorpusEntry();
  if (!entry) {
    console.log("Workspace model: skipped (no workspace in ../shared/corpus).\n");
    return;
  }
  const work = mkdtempSync(join(tmpdir(), "cargo-sunset-bench-"));
  try {
    const listFile = join(work, "files.json");
    const node = (program, args) => timed(process.execPath, ["--input-type=module", "-e", program, ...args], { cwd: projectRoot });

    // Warm-up runs (file cache) that also survey the tree and record what the model reads.
    const info = JSON.parse(node(SURVEY_PROGRAM, [entry.dir, listFile]).stdout);
    if (!info.crate) {
      console.log(`Workspace model: skipped (${entry.name} has no lockfile with registry packages).\n`);
      return;
    }
    const whyArgs = [BIN, "why", info.crate.name, entry.dir];
    const whyRun = () => timed(process.execPath, whyArgs, { cwd: projectRoot });
    const whyOutput = whyRun().stdout;
    const floorInfo = JSON.parse(node(FLOOR_PROGRAM, [listFile]).stdout);

    const cargo = onPath(process.platform === "win32" ? "cargo.exe" : "cargo");
    let cargoRun = null;
    let cargoNote = "cargo is not on PATH";
    if (cargo) {
      const copy = join(work, "tree");
      const stubs = await cargoCopy(entry.dir, copy);
      const cargoHome = join(work, "cargo-home");
      mkdirSync(cargoHome);
      const env = { ...process.env, CARGO_HOME: cargoHome, CARGO_NET_OFFLINE: "true", CARGO_TERM_COLOR: "never" };
      const args = ["metadata", "--no-deps", "--offline", "--format-version", "1", "--manifest-path", join(copy, "Cargo.toml")];
      try {
        const first = timed(cargo, args, { cwd: copy, env });
        const packages = JSON.parse(first.stdout).packages.length;
        cargoRun = () => timed(cargo, args, { cwd: copy, env }).wallMs;
        cargoNote = `${packages} packages, ${stubs} stub target files`;
      } catch (error) {
        cargoNote = `cargo metadata failed: ${String(error.message).split("\n").slice(0, 3).join(" ")}`;
      }
    }

    const model = [], floor = [], cargoTimes = [], rss = [];
    for (let i = 0; i < RUNS; i++) {
      model.push(whyRun().wallMs);
      floor.push(node(FLOOR_PROGRAM, [listFile]).wallMs);
      if (cargoRun) cargoTimes.push(cargoRun());
    }
    // Peak memory of the same command, read from inside the process (a separate run, untimed).
    const rssProgram = `process.argv.splice(1, 0, ${JSON.stringify(BIN)}); process.on("exit", () => process.stderr.write("maxrss=" + process.resourceUsage().maxRSS + "\\n")); await import(${JSON.stringify(pathToFileURL(BIN).href)});`;
    const rssRun = spawnSync(process.execPath, ["--input-type=module", "-e", rssProgram, ...whyArgs.slice(1)], { cwd: projectRoot, encoding: "utf8", maxBuffer: 64 << 20 });
    rss.push(Number(/maxrss=(\d+)/.exec(rssRun.stderr)?.[1] ?? NaN));

    const modelMed = median(model);
    const floorMed = median(floor);
    const rssMb = Math.max(...rss) / 1024;
    const located = (whyOutput.match(/ at .*Cargo\.toml:\d+:\d+/g) ?? []).length;
    console.log(`Workspace model: ${entry.name} (${info.members} members, ${info.manifests} manifests read, ${info.locked} locked packages)`);
    console.log(`  cargo-sunset why ${info.crate.name}: ${info.crate.ways} way(s) in, ${located} dependency position(s) printed`);
    console.log(`  ${RUNS} runs each, wall time of a fresh process (median / min):`);
    console.log(`  (a) model: cargo-sunset why (workspace, lockfile, graph, positions)  ${ms(modelMed).padStart(7)} / ${ms(Math.min(...model))}`);
    if (cargoTimes.length > 0) {
      console.log(`  (b) cargo metadata --no-deps --offline                ${ms(median(cargoTimes)).padStart(7)} / ${ms(Math.min(...cargoTimes))}  (${cargoNote})`);
    } else {
      console.log(`  (b) cargo metadata: skipped (${cargoNote})`);
    }
    console.log(`  (c) floor: node + read ${floorInfo.files} files + smol-toml parse  ${ms(floorMed).padStart(7)} / ${ms(Math.min(...floor))}`);
    const verdict = (ok) => (ok ? "ok" : "OVER TARGET");
    const r = modelMed / floorMed;
    console.log(`  model / floor: ${ratio(modelMed, floorMed)}x (target <= ${MODEL_TARGET_RATIO}x) ${verdict(r <= MODEL_TARGET_RATIO)}`);
    if (cargoTimes.length > 0) console.log(`  model / cargo: ${ratio(modelMed, median(cargoTimes))}x`);
    console.log(`  model peak memory (maxRSS): ${rssMb.toFixed(1)} MB (target < ${MODEL_TARGET_RSS_MB} MB) ${verdict(rssMb < MODEL_TARGET_RSS_MB)}`);
    console.log("");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- (d)

async function registryBench() {
  const script = join(projectRoot, "scripts/registry-bench.mjs");
  if (flags["skip-registry"] || !PARTS.has("registry")) return;
  if (!existsSync(script)) {
    console.log("Registry: skipped (scripts/registry-bench.mjs is missing).");
    return;
  }
  const { runRegistryBench } = await import(pathToFileURL(script).href);
  const r = await runRegistryBench();
  const ok = (cond) => (cond ? "ok" : "OVER TARGET");
  console.log(`Registry: ${r.crates} synthetic crates from a local sparse index, ${r.latencyMs} ms latency, concurrency ${r.concurrency}`);
  console.log(`  cold cache:    ${r.cold.wallMs} ms vs ideal ${r.cold.idealMs} ms = ${r.cold.ratio}x (target <= ${r.cold.target}x) ${ok(r.cold.ratio <= r.cold.target)}, ${r.cold.requests} requests`);
  console.log(`  warm cache:    ${r.warm.requests} requests (target ${r.warm.target}) ${ok(r.warm.requests === r.warm.target)}`);
  const allConditional = r.expired.requests === r.expired.conditional && r.expired.conditional === r.expired.notModified;
  console.log(`  expired cache: ${r.expired.requests} requests, ${r.expired.conditional} conditional, ${r.expired.notModified} answered 304 (target: all conditional, all 304) ${ok(allConditional)}`);
  if (r.problems) console.log(`  problems: ${r.problems}`);
}

/** The largest corpus tree and the files the model reads there (for the floor), for scripts/check-bench.mjs. */
function surveyLargestTree(work) {
  if (!existsSync(corpusDir)) return undefined;
  const entry = largestCorpusEntry();
  if (!entry) return undefined;
  const listFile = join(work, "files.json");
  const info = JSON.parse(timed(process.execPath, ["--input-type=module", "-e", SURVEY_PROGRAM, entry.dir, listFile], { cwd: projectRoot }).stdout);
  return { name: entry.name, dir: entry.dir, files: JSON.parse(readFileSync(listFile, "utf8")).length, listFile, locked: info.locked };
}

async function checkBench() {
  if (!["offline", "online", "scale", "warm"].some((p) => PARTS.has(p))) return;
  const { runCheckBench, SCALE_DEFAULT, SCALE_FULL } = await import(pathToFileURL(join(projectRoot, "scripts/check-bench.mjs")).href);
  const work = mkdtempSync(join(tmpdir(), "cargo-sunset-bench-"));
  try {
    const tree = surveyLargestTree(work);
    if (!tree) console.log("check on the corpus: skipped (no ../shared/corpus beside the project).\n");
    await runCheckBench({
      tree,
      parts: PARTS,
      runs: RUNS,
      onlineRuns: Math.max(1, Number(flags["online-runs"]) || 3),
      scale: flags["full-scale"] ? SCALE_FULL : SCALE_DEFAULT,
      timeoutMs: Math.max(1, Number(flags.timeout) || 300) * 1000,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

build();
const [load] = loadavg();
const cpus = availableParallelism();
console.log(`Node ${process.version}, ${cpus} CPU(s), load average ${load.toFixed(2)}${load > cpus * 0.75 ? " (busy machine: wall times are inflated)" : ""}\n`);
if (PARTS.has("model")) await modelBench();
await registryBench();
if (PARTS.has("registry") && !flags["skip-registry"]) console.log("");
await checkBench();
