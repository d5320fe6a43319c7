// Drives the built language server (dist/cargo-sunset.mjs lsp, run with --expose-gc) through many edits of one
// member manifest of fixtures/mixed-workspace and prints the heap after a warm-up and after every further batch,
// and how long each edit took to reach its diagnostics. Nothing is saved; the registry is never asked (cache only,
// in a fresh temporary cache directory).
// Usage: npm run build && node scripts/lsp-memory.mjs [EDITS] [MANIFEST]   (MANIFEST: another Cargo.toml to type into)
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";

const root = fileURLToPath(new URL("..", import.meta.url));
const edits = Number(process.argv[2] ?? 1000);
const warmUp = 100;
const manifest = process.argv[3] ? resolve(process.argv[3]) : join(root, "fixtures/mixed-workspace/crates/api/Cargo.toml");
const text = readFileSync(manifest, "utf8");
const uri = pathToFileURL(manifest).href;
const cache = mkdtempSync(join(tmpdir(), "cargo-sunset-lsp-memory-"));

const child = spawn(process.execPath, ["--expose-gc", join(root, "dist/cargo-sunset.mjs"), "lsp"], {
  env: { PATH: process.env.PATH, HOME: cache, XDG_CACHE_HOME: cache, CARGO_SUNSET_CRATES_IO_INDEX: "http://127.0.0.1:9/" },
  stdio: ["pipe", "pipe", "inherit"],
});
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification("textDocument/publishDiagnostics", (params) => {
  if (params.uri !== uri) return;
  waiting.get(params.version)?.();
  waiting.delete(params.version);
});
connection.listen();
await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0, refreshRegistry: false } });
await connection.sendNotification("initialized", {});

let version = 1;
const published = (v) => new Promise((resolve) => waiting.set(v, resolve));
let done = published(version);
await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "toml", version, text } });
await done;

const latencies = [];
const stats = () => connection.sendRequest("cargo-sunset/stats");
const mb = (bytes) => (bytes / 1048576).toFixed(1);
const rows = [];
for (let i = 1; i <= warmUp + edits; i++) {
  version++;
  // Every edit moves each dependency down or up a line, so every edit changes the diagnostics.
  const next = i % 2 === 1 ? `# edit ${i}\n${text}` : text;
  done = published(version);
  const start = performance.now();
  await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: next }] });
  await done;
  if (i > warmUp) latencies.push(performance.now() - start);
  if (i === warmUp || (i > warmUp && (i - warmUp) % 250 === 0)) {
    const s = await stats();
    rows.push({ edits: i, heapUsedMB: mb(s.heapUsed), rssMB: mb(s.rss), audits: s.audits, rulePasses: s.workspacePasses });
  }
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
console.table(rows);
console.log(`diagnostics latency over ${latencies.length} edits (debounce 0): p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${latencies.at(-1).toFixed(1)} ms`);
const first = Number(rows[0].heapUsedMB);
const last = Number(rows.at(-1).heapUsedMB);
console.log(`heap after warm-up ${first} MB, after ${edits} more edits ${last} MB (${(last - first).toFixed(1)} MB difference)`);
await connection.sendRequest("shutdown");
await connection.sendNotification("exit");
await new Promise((resolve) => child.on("exit", resolve));
rmSync(cache, { recursive: true, force: true });
