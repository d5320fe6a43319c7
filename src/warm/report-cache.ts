/**
 * The warm-run cache, read side. A `check` whose inputs are all unchanged prints the report it stored last time.
 * This module is what the binary loads before anything else, so it stays tiny and imports only Node built-ins:
 * a hit must cost little more than starting node.
 *
 * An entry is keyed by the command line, the working directory, the terminal flags and the binary itself. It
 * records every input the run touched (src/warm/recorder.ts): files read (stat, then content hash), paths probed,
 * directories listed, environment variables read, and a time after which the report may differ (the next UTC day,
 * registry data leaving its TTL, a crate's release age passing a month). Any difference is a miss.
 */
import * as nodeFs from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";

// Taken when this module loads, before src/warm/recorder.ts wraps them: checking an input records nothing.
const { existsSync, readdirSync, readFileSync, statSync } = nodeFs;

export const ENTRY_FORMAT = 1;

/** A file whose stat may not yet show a change made in the same moment (as git's "racy" entries) is hashed. */
const RACY_MS = 2_000;

/** What the run read, and in what state. */
export type InputRecord =
  | { kind: "file"; path: string; size: number; mtimeMs: number; ino: number; hash: string }
  | { kind: "missing"; path: string }
  | { kind: "exists"; path: string; exists: boolean }
  | { kind: "type"; path: string; type: PathType }
  | { kind: "dir"; path: string; hash: string };

export type PathType = "file" | "dir" | "other" | "none";

export interface EnvRecord {
  /** Variables read, by name: hash of the value, or null when unset. Values themselves are never stored. */
  read: Record<string, string | null>;
  /** Hash of the sorted variable names, when the run listed them. */
  names: string | null;
}

export interface StoredReport {
  format: number;
  /** What the entry's file name digests, compared in full on a hit. */
  key: string;
  createdAt: number;
  validUntil: number;
  env: EnvRecord;
  inputs: InputRecord[];
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface WarmRequest {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The running binary (its file); without a bundle beside its chunks the cache is off. */
  entryFile: string;
}

// node:crypto costs more to load than the rest of a hit, so it is loaded only when a digest must be strong: file
// contents whose stat changed, and environment variables that may hold secrets. The rest uses FNV-1a (64 bits).
let crypto: typeof import("node:crypto") | undefined;
export const hashOf = (data: string | Uint8Array): string => {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha1").update(data).digest("hex");
};

/** FNV-1a over UTF-16 code units, two 32-bit lanes with different offsets: a cheap digest for non-secret text. */
export function quickHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|KEY/i;

/** Digest of an environment variable's value as stored in an entry (never the value itself). */
export function envValueDigest(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  return SECRET_NAME.test(name) ? `s${hashOf(value)}` : `q${quickHash(value)}`;
}

/** `--no-cache` anywhere on the command line bypasses the cache in both directions. */
export function cacheBypassed(argv: string[]): boolean {
  return argv.includes("--no-cache");
}

/** `--cache-dir DIR` from the command line, else `$XDG_CACHE_HOME/cargo-sunset`, else `~/.cache/cargo-sunset`. */
export function reportCacheDir(argv: string[], env: Record<string, string | undefined>, cwd: string): string {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--cache-dir") dir = argv[i + 1];
    else if (arg.startsWith("--cache-dir=")) dir = arg.slice("--cache-dir=".length);
  }
  const base = dir ? resolve(cwd, dir) : env.XDG_CACHE_HOME?.trim() ? join(env.XDG_CACHE_HOME, "cargo-sunset") : join(env.HOME || homedir(), ".cache", "cargo-sunset");
  return join(base, "reports");
}

/**
 * Identity of the binary: the bundle and the chunks beside it (their names carry content hashes, so a rebuild
 * changes them). Undefined when not running from a bundle (e.g. compiled modules), which turns the cache off.
 */
export function binaryIdentity(entryFile: string): string | undefined {
  const chunks = join(dirname(entryFile), "chunks");
  if (!entryFile.endsWith(".mjs") || !existsSync(chunks)) return undefined;
  const parts = [entryFile, ...readdirSync(chunks).sort().map((name) => join(chunks, name))].map((file) => {
    const s = statSync(file);
    return `${file}:${s.size}:${s.mtimeMs}:${s.ino}`;
  });
  return quickHash(parts.join("\n"));
}

/** The entry's file and key, or undefined when the cache does not apply. */
export function entryPath(request: WarmRequest): { path: string; key: string } | undefined {
  if (cacheBypassed(request.argv)) return undefined;
  const identity = binaryIdentity(request.entryFile);
  if (!identity) return undefined;
  const key = JSON.stringify([ENTRY_FORMAT, identity, process.version, request.cwd, request.argv, request.stdoutIsTTY, request.stderrIsTTY]);
  return { path: join(reportCacheDir(request.argv, request.env, request.cwd), `${quickHash(key)}.json`), key };
}

export function pathType(path: string): PathType {
  const s = statSync(path, { throwIfNoEntry: false });
  return !s ? "none" : s.isFile() ? "file" : s.isDirectory() ? "dir" : "other";
}

export function listingHash(path: string): string {
  return quickHash(
    readdirSync(path, { withFileTypes: true })
      .map((e) => `${e.name}/${e.isDirectory() ? "d" : e.isFile() ? "f" : "o"}`)
      .sort()
      .join("\n"),
  );
}

export function envNamesHash(env: Record<string, string | undefined>): string {
  return quickHash(Object.keys(env).sort().join("\n"));
}

function inputUnchanged(input: InputRecord, createdAt: number): boolean {
  try {
    switch (input.kind) {
      case "file": {
        const s = statSync(input.path, { throwIfNoEntry: false });
        if (!s?.isFile()) return false;
        const statSame = s.size === input.size && s.mtimeMs === input.mtimeMs && s.ino === input.ino;
        if (statSame && s.mtimeMs < createdAt - RACY_MS) return true;
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

function envUnchanged(record: EnvRecord, env: Record<string, string | undefined>): boolean {
  for (const [name, hash] of Object.entries(record.read)) {
    const value = env[name];
    if (envValueDigest(name, value) !== hash) return false;
  }
  return record.names === null || record.names === envNamesHash(env);
}

/** The stored report when every input is as recorded and its time has not run out; otherwise undefined. */
export function storedReport(request: WarmRequest, now = Date.now()): StoredReport | undefined {
  let at: { path: string; key: string } | undefined;
  let entry: StoredReport;
  try {
    at = entryPath(request);
    if (!at) return undefined;
    entry = JSON.parse(readFileSync(at.path, "utf8")) as StoredReport;
  } catch {
    return undefined;
  }
  if (entry.format !== ENTRY_FORMAT || entry.key !== at.key || !(now < entry.validUntil) || now < entry.createdAt) return undefined;
  if (!envUnchanged(entry.env, request.env)) return undefined;
  for (const input of entry.inputs) if (!inputUnchanged(input, entry.createdAt)) return undefined;
  return entry;
}
