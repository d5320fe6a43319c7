/** On-disk copies of index files: one JSON file per (registry, crate), written atomically. */
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

export interface CacheEntry {
  /** Index URL of the registry the file came from. */
  indexUrl: string;
  /** Index file name (crate name lower-cased, or `config.json`). */
  file: string;
  /** "found" keeps `body`; "not-found" remembers a 404/410/451. */
  status: "found" | "not-found";
  body: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the last network response (200 or 304). */
  fetchedAt: string;
}

const FORMAT = 1;

/** `$XDG_CACHE_HOME/cargo-sunset`, else `~/.cache/cargo-sunset`. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && xdg.trim() !== "") return join(xdg, "cargo-sunset");
  return join(env.HOME || homedir(), ".cache", "cargo-sunset");
}

export class IndexCache {
  /** Directories known to exist, so a run of a thousand writes does not mkdir a thousand times. */
  readonly #madeDirs = new Set<string>();
  /** Whether a registry's directory existed when first read from: with no cache yet, reads need not open files. */
  readonly #dirExists = new Map<string, boolean>();

  constructor(readonly dir: string) {}

  /** Path of an entry. Names are reduced to `[a-z0-9_-]` plus a hash, so nothing escapes `dir`. */
  pathFor(indexUrl: string, file: string): string {
    const registryDir = `${safeSegment(new URL(indexUrl).host)}-${hash(indexUrl).slice(0, 12)}`;
    const name = `${safeSegment(file.toLowerCase())}-${hash(file.toLowerCase()).slice(0, 12)}.json`;
    return join(this.dir, "index", registryDir, name);
  }

  /** The entry, or undefined when missing. A corrupt entry is deleted and reads as missing. */
  async read(indexUrl: string, file: string): Promise<CacheEntry | undefined> {
    const path = this.pathFor(indexUrl, file);
    const parent = dirname(path);
    let dirExists = this.#dirExists.get(parent);
    if (dirExists === undefined) {
      dirExists = existsSync(parent);
      this.#dirExists.set(parent, dirExists);
    }
    if (!dirExists) return undefined;
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      return undefined;
    }
    const entry = parseEntry(text, indexUrl, file);
    if (!entry) await rm(path, { force: true }).catch(() => undefined);
    return entry;
  }

  async write(input: CacheEntry): Promise<void> {
    const entry = { ...input, file: input.file.toLowerCase() };
    const path = this.pathFor(entry.indexUrl, entry.file);
    const parent = dirname(path);
    if (!this.#madeDirs.has(parent)) {
      await mkdir(parent, { recursive: true });
      this.#madeDirs.add(parent);
      this.#dirExists.set(parent, true);
    }
    const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await writeFile(temp, JSON.stringify({ format: FORMAT, ...entry }), "utf8");
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  }
}

function parseEntry(text: string, indexUrl: string, file: string): CacheEntry | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== "object" || json === null) return undefined;
  const e = json as Record<string, unknown>;
  const valid =
    e.format === FORMAT &&
    e.indexUrl === indexUrl &&
    e.file === file.toLowerCase() &&
    (e.status === "found" || e.status === "not-found") &&
    typeof e.body === "string" &&
    (e.etag === null || typeof e.etag === "string") &&
    (e.lastModified === null || typeof e.lastModified === "string") &&
    typeof e.fetchedAt === "string" &&
    !Number.isNaN(Date.parse(e.fetchedAt));
  if (!valid) return undefined;
  return {
    indexUrl,
    file: e.file as string,
    status: e.status as CacheEntry["status"],
    body: e.body as string,
    etag: e.etag as string | null,
    lastModified: e.lastModified as string | null,
    fetchedAt: e.fetchedAt as string,
  };
}

function safeSegment(text: string): string {
  return text.replace(/[^a-z0-9_-]/gi, "_").slice(0, 64) || "_";
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
