/**
 * On-disk copies of index files: one packed file per registry, read in one go and written once at
 * the end of a run (atomically), so a warm run opens one file and requests never wait on disk.
 * Entries hold the parsed data (bad lines already dropped), never raw bodies, so each index line
 * is parsed once when it arrives and never again.
 *
 * A pack is a header line (`{"format", "indexUrl", "sha256"}`) and the entries as one JSON object. The checksum
 * covers the entries, so a pack cut short or edited by hand reads as empty, and the parts of an entry kept as
 * text until used (records.ts) are known to be the cache's own writing.
 */
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";

export interface CacheEntry {
  /** "found" keeps `data`; "not-found" remembers a 404/410/451. */
  status: "found" | "not-found";
  /** What the index file parsed into (versions, or config.json's fields); unchecked until revived. */
  data?: unknown;
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the last network response (200 or 304). */
  fetchedAt: string;
}

/** Bumped whenever the stored shape or the parser changes: an older pack is ignored, not misread. */
const FORMAT = 3;
/** Temp files of writes killed half-way are removed once this old. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** `$XDG_CACHE_HOME/cargo-sunset`, else `~/.cache/cargo-sunset`. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && xdg.trim() !== "") return join(xdg, "cargo-sunset");
  return join(env.HOME || homedir(), ".cache", "cargo-sunset");
}

type Entries = Map<string, CacheEntry>;

export class IndexCache {
  readonly #packs = new Map<string, Promise<Entries>>();
  readonly #loaded = new Map<string, Entries>();
  /** Entries changed this run, by index URL; written by `flush`. */
  readonly #changed = new Map<string, Entries>();

  constructor(readonly dir: string) {}

  /** The pack of a registry. Names are reduced to `[a-z0-9_-]` plus a hash, so nothing escapes `dir`. */
  packPath(indexUrl: string): string {
    return join(this.dir, "index", `${safeSegment(new URL(indexUrl).host)}-${hash(indexUrl).slice(0, 12)}.pack.json`);
  }

  /** Every entry of a registry, read once per run; a missing, older or corrupt pack reads as empty. */
  entries(indexUrl: string): Promise<Entries> {
    let pending = this.#packs.get(indexUrl);
    if (!pending) {
      pending = readPack(this.packPath(indexUrl), indexUrl).then((entries) => {
        this.#loaded.set(indexUrl, entries);
        return entries;
      });
      this.#packs.set(indexUrl, pending);
    }
    return pending;
  }

  async read(indexUrl: string, file: string): Promise<CacheEntry | undefined> {
    return (await this.entries(indexUrl)).get(file.toLowerCase());
  }

  /** Records an entry in memory; nothing touches the disk until `flush`. */
  write(indexUrl: string, file: string, entry: CacheEntry): void {
    const key = file.toLowerCase();
    this.#loaded.get(indexUrl)?.set(key, entry);
    let changed = this.#changed.get(indexUrl);
    if (!changed) {
      changed = new Map();
      this.#changed.set(indexUrl, changed);
    }
    changed.set(key, entry);
  }

  /**
   * Writes the packs that changed. The pack on disk is read again first and merged (the newer
   * `fetchedAt` wins), so two runs sharing a cache keep each other's entries.
   */
  async flush(): Promise<void> {
    const changed = [...this.#changed];
    this.#changed.clear();
    for (const [indexUrl, entries] of changed) {
      const path = this.packPath(indexUrl);
      const merged = await readPack(path, indexUrl);
      for (const [key, entry] of entries) {
        const other = merged.get(key);
        if (!other || other.fetchedAt <= entry.fetchedAt) merged.set(key, entry);
      }
      await mkdir(dirname(path), { recursive: true });
      removeStaleTemps(dirname(path), Date.now());
      await writeAtomically(path, encodePack(indexUrl, merged));
    }
  }
}

async function readPack(path: string, indexUrl: string): Promise<Entries> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return new Map();
  }
  return decodePack(bytes, indexUrl) ?? new Map();
}

export function encodePack(indexUrl: string, entries: Entries): string {
  const body = JSON.stringify(Object.fromEntries(entries));
  return `${JSON.stringify({ format: FORMAT, indexUrl, sha256: hash(body) })}\n${body}`;
}

/** The entries of a pack, or undefined when it is of another format or registry, damaged or cut short. */
export function decodePack(bytes: Buffer, indexUrl: string): Entries | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  let header: unknown;
  let json: unknown;
  try {
    header = JSON.parse(bytes.toString("utf8", 0, newline));
    if (!isRecord(header) || header.format !== FORMAT || header.indexUrl !== indexUrl) return undefined;
    const body = bytes.subarray(newline + 1);
    if (header.sha256 !== createHash("sha256").update(body).digest("hex")) return undefined;
    json = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  const entries: Entries = new Map();
  for (const [key, value] of Object.entries(json)) {
    const entry = toEntry(value);
    if (entry) entries.set(key, entry);
  }
  return entries;
}

function toEntry(value: unknown): CacheEntry | undefined {
  if (!isRecord(value)) return undefined;
  const valid =
    (value.status === "found" || value.status === "not-found") &&
    (value.etag === null || typeof value.etag === "string") &&
    (value.lastModified === null || typeof value.lastModified === "string") &&
    typeof value.fetchedAt === "string" &&
    !Number.isNaN(Date.parse(value.fetchedAt));
  return valid ? (value as unknown as CacheEntry) : undefined;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  // Short temp name: the pack's own name can be long, and some file systems cap names at 255 bytes.
  const temp = join(dirname(path), `.${randomBytes(6).toString("hex")}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, "utf8");
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Removes temp files of this cache left by a killed run (only ours: `.HEX.PID.tmp`, over an hour old). */
function removeStaleTemps(dir: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^\.[0-9a-f]{12}\.\d+\.tmp$/.test(basename(name))) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > STALE_TEMP_MS) void rm(path, { force: true }).catch(() => undefined);
    } catch {
      // Already gone.
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function safeSegment(text: string): string {
  return text.replace(/[^a-z0-9_-]/gi, "_").slice(0, 64) || "_";
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
