// Runs cargo-sunset on the bundled fixtures/tide-app project against a local copy of the registry index
// (fixtures/registry/index served on 127.0.0.1), so the demo needs no network and gives the same answers
// every time. Extra arguments go to cargo-sunset: `npm run demo -- --format markdown`.
// Exits 0 whatever the audit finds; the tool's own exit code is printed at the end.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { startIndexServer } from "./index-server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "dist/cargo-sunset.mjs");
const project = join(root, "fixtures/tide-app");

if (!existsSync(bin)) {
  console.error("Building (dist/ is missing)...");
  const build = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 2);
}

const server = await startIndexServer({ root: join(root, "fixtures/registry/index") });
const cacheDir = mkdtempSync(join(tmpdir(), "cargo-sunset-demo-"));
const args = [relative(root, project), "--cache-dir", cacheDir, ...process.argv.slice(2)];
console.error(`$ cargo-sunset ${args.map((a) => (a === cacheDir ? "<temporary dir>" : a)).join(" ")}`);
console.error(`  (registry: the local index at ${server.url}, via CARGO_SUNSET_CRATES_IO_INDEX)\n`);

let code;
try {
  // Asynchronous spawn: the index server answers from this process while the CLI runs.
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, CARGO_SUNSET_CRATES_IO_INDEX: server.url },
  });
  [code] = await once(child, "exit");
} finally {
  await server.close();
  rmSync(cacheDir, { recursive: true, force: true });
}

const meaning = { 0: "no finding at or above --fail-on", 1: "findings at or above --fail-on (error by default)", 2: "usage, configuration or input error" };
console.error(`\ncargo-sunset exited with ${code}: ${meaning[code] ?? "unexpected"}. (The demo itself exits 0.)`);
