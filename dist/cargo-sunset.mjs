#!/usr/bin/env node

// dist/src/bin.js
import { fileURLToPath } from "node:url";

// dist/src/tiering.js
var INTERRUPT_BUDGET = 4 * 66 * 1024;
var KNOWN_NODE_MAJORS = { from: 20, to: 24 };
function interruptBudgetFlag({ nodeVersion, execArgv, nodeOptions, command }) {
  const major = Number(nodeVersion.replace(/^v/, "").split(".")[0]);
  if (!(major >= KNOWN_NODE_MAJORS.from && major <= KNOWN_NODE_MAJORS.to))
    return null;
  if (command === "lsp")
    return null;
  const userSet = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].some((arg) => /^--interrupt[-_]budget(=|$)/.test(arg));
  return userSet ? null : `--interrupt-budget=${INTERRUPT_BUDGET}`;
}

// dist/src/warm/report-cache.js
import * as nodeFs from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
var { existsSync, readdirSync, readFileSync, statSync } = nodeFs;
var ENTRY_FORMAT = 1;
var RACY_MS = 2e3;
var crypto;
var hashOf = (data) => {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto.createHash("sha1").update(data).digest("hex");
};
function quickHash(text) {
  let a = 2166136261;
  let b = 84696351;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 16777619) ^ a >>> 13;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|KEY/i;
function envValueDigest(name, value) {
  if (value === void 0)
    return null;
  return SECRET_NAME.test(name) ? `s${hashOf(value)}` : `q${quickHash(value)}`;
}
function cacheBypassed(argv) {
  return argv.includes("--no-cache");
}
function reportCacheDir(argv, env, cwd) {
  let dir;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--cache-dir")
      dir = argv[i + 1];
    else if (arg.startsWith("--cache-dir="))
      dir = arg.slice("--cache-dir=".length);
  }
  const base = dir ? resolve(cwd, dir) : env.XDG_CACHE_HOME?.trim() ? join(env.XDG_CACHE_HOME, "cargo-sunset") : join(env.HOME || homedir(), ".cache", "cargo-sunset");
  return join(base, "reports");
}
function binaryIdentity(entryFile) {
  const chunks = join(dirname(entryFile), "chunks");
  if (!entryFile.endsWith(".mjs") || !existsSync(chunks))
    return void 0;
  const parts = [entryFile, ...readdirSync(chunks).sort().map((name) => join(chunks, name))].map((file) => {
    const s = statSync(file);
    return `${file}:${s.size}:${s.mtimeMs}:${s.ino}`;
  });
  return quickHash(parts.join("\n"));
}
function entryPath(request2) {
  if (cacheBypassed(request2.argv))
    return void 0;
  const identity = binaryIdentity(request2.entryFile);
  if (!identity)
    return void 0;
  const key = JSON.stringify([ENTRY_FORMAT, identity, process.version, request2.cwd, request2.argv, request2.stdoutIsTTY, request2.stderrIsTTY]);
  return { path: join(reportCacheDir(request2.argv, request2.env, request2.cwd), `${quickHash(key)}.json`), key };
}
function pathType(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  return !s ? "none" : s.isFile() ? "file" : s.isDirectory() ? "dir" : "other";
}
function listingHash(path) {
  return quickHash(readdirSync(path, { withFileTypes: true }).map((e) => `${e.name}/${e.isDirectory() ? "d" : e.isFile() ? "f" : "o"}`).sort().join("\n"));
}
function envNamesHash(env) {
  return quickHash(Object.keys(env).sort().join("\n"));
}
function inputUnchanged(input, createdAt) {
  try {
    switch (input.kind) {
      case "file": {
        const s = statSync(input.path, { throwIfNoEntry: false });
        if (!s?.isFile())
          return false;
        const statSame = s.size === input.size && s.mtimeMs === input.mtimeMs && s.ino === input.ino;
        if (statSame && s.mtimeMs < createdAt - RACY_MS)
          return true;
        return s.size === input.size && hashOf(readFileSync(input.path)) === input.hash;
      }
      case "missing":
        return !existsSync(input.path);
      case "exists":
        return existsSync(input.path) === input.exists;
      case "type":
        return pathType(input.path) === input.type;
      case "dir":
        return pathType(input.path) === "dir" && listingHash(input.path) === input.hash;
    }
  } catch {
    return false;
  }
}
function envUnchanged(record, env) {
  for (const [name, hash] of Object.entries(record.read)) {
    const value = env[name];
    if (envValueDigest(name, value) !== hash)
      return false;
  }
  return record.names === null || record.names === envNamesHash(env);
}
function storedReport(request2, now = Date.now()) {
  let at;
  let entry;
  try {
    at = entryPath(request2);
    if (!at)
      return void 0;
    entry = JSON.parse(readFileSync(at.path, "utf8"));
  } catch {
    return void 0;
  }
  if (entry.format !== ENTRY_FORMAT || entry.key !== at.key || !(now < entry.validUntil) || now < entry.createdAt)
    return void 0;
  if (!envUnchanged(entry.env, request2.env))
    return void 0;
  for (const input of entry.inputs)
    if (!inputUnchanged(input, entry.createdAt))
      return void 0;
  return entry;
}

// dist/src/bin.js
function reportInternalBug(error) {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  process.stderr.write(`cargo-sunset: internal error, please report it with the output below and the command you ran.
${detail}
`);
  process.exitCode = 2;
}
function exitWhenDrained(code) {
  process.exitCode = code;
  const pending = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  if (pending.length === 0)
    process.exit(code);
  let left = pending.length;
  for (const stream of pending) {
    const done = () => --left === 0 && process.exit(code);
    stream.once("drain", done);
    stream.once("error", done);
  }
}
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE")
    reportInternalBug(error);
});
process.on("uncaughtException", reportInternalBug);
process.on("unhandledRejection", reportInternalBug);
var request = {
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  entryFile: fileURLToPath(import.meta.url)
};
var stored = storedReport(request);
if (stored) {
  if (stored.stderr)
    process.stderr.write(stored.stderr);
  process.stdout.write(stored.stdout);
  exitWhenDrained(stored.exitCode);
} else {
  await runCli(request);
}
async function runCli(request2) {
  const first = request2.argv[0] === "sunset" ? request2.argv[1] : request2.argv[0];
  const storeAt = ["lsp", "why", "metadata", "init"].includes(first ?? "") ? void 0 : entryPath(request2);
  const budget = interruptBudgetFlag({ nodeVersion: process.version, execArgv: process.execArgv, nodeOptions: process.env.NODE_OPTIONS, command: first });
  if (budget)
    (await import("node:v8")).setFlagsFromString(budget);
  const recorder = storeAt ? await import("./chunks/recorder-C54JBGX3.mjs") : void 0;
  const recording = recorder?.startRecording(process.env);
  const createdAt = Date.now();
  let stdout = "";
  let stderr = "";
  let validUntil = 0;
  const { main } = await import("./chunks/cli-N5CMYS5R.mjs");
  const code = await main(request2.argv, {
    cwd: request2.cwd,
    env: recording?.env ?? process.env,
    stdout: (text) => {
      if (recording)
        stdout += text;
      process.stdout.write(text);
    },
    stderr: (text) => {
      if (recording)
        stderr += text;
      process.stderr.write(text);
    },
    stdoutIsTTY: request2.stdoutIsTTY,
    stderrIsTTY: request2.stderrIsTTY,
    now: new Date(createdAt),
    streams: { input: process.stdin, output: process.stdout },
    reportCacheable: (until) => {
      validUntil = until;
    }
  });
  const inputs = recording?.stop();
  if (recorder && storeAt && inputs && validUntil > createdAt && process.exitCode === void 0) {
    recorder.storeReport(storeAt.path, { key: storeAt.key, createdAt, validUntil, ...inputs, stdout, stderr, exitCode: code });
  }
  exitWhenDrained(process.exitCode === void 0 ? code : Number(process.exitCode));
}
