/**
 * `cargo-sunset fetch`: downloads the advisory database archive, revalidating with the stored ETag, parses it, and
 * replaces the cached copy atomically. Whatever goes wrong (network, HTTP status, a truncated or corrupt archive),
 * the previous copy stays in place and the error says why.
 */
import { readFileSync } from "node:fs";
import type { FetchLike } from "../registry/http.js";
import { databaseFromArchive, databaseFromDirectory, type BuiltDatabase } from "./archive.js";
import { ArchiveError } from "./tar.js";
import { DEFAULT_ADVISORY_DB_URL, readStored, writeStored } from "./store.js";
import { isUrl } from "./sources.js";
import { statSync } from "node:fs";

export class FetchError extends Error {}

export interface FetchOptions {
  /** URL of a .tar.gz archive, or a local archive or directory to import (stored as the default copy). */
  source?: string;
  cacheDir: string;
  fetch?: FetchLike;
  userAgent: string;
  now: Date;
  timeoutMs?: number;
}

export interface FetchOutcome {
  status: "updated" | "not-modified" | "imported";
  url: string;
  built?: BuiltDatabase;
  date: string;
  commit?: string;
  count: number;
  skipped: string[];
}

const MAX_BYTES = 256 * 1024 * 1024;

async function download(url: string, etag: string | null, options: FetchOptions): Promise<{ status: number; body?: Buffer; etag: string | null }> {
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike);
  const headers: Record<string, string> = { "user-agent": options.userAgent, accept: "application/gzip, application/x-gzip, application/octet-stream, */*" };
  if (etag) headers["if-none-match"] = etag;
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, redirect: "follow", signal: AbortSignal.timeout(options.timeoutMs ?? 120_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(`could not reach ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  if (response.status === 304) return { status: 304, etag: response.headers.get("etag") ?? etag };
  if (response.status !== 200) throw new FetchError(`${url} answered HTTP ${response.status}`);
  let body: Buffer;
  try {
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new FetchError(`the download from ${url} was cut off (${(error as Error).message})`);
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  // Without compression in transit, a short body is a cut-off download, whatever the archive reader would say.
  if (Number.isFinite(declared) && !response.headers.get("content-encoding") && body.length < declared) {
    throw new FetchError(`the download from ${url} is truncated (${body.length} of ${declared} bytes)`);
  }
  if (body.length > MAX_BYTES) throw new FetchError(`the download from ${url} is larger than ${MAX_BYTES} bytes`);
  return { status: 200, body, etag: response.headers.get("etag") };
}

function parseArchive(bytes: Buffer, url: string): BuiltDatabase {
  try {
    return databaseFromArchive(bytes, url);
  } catch (error) {
    if (error instanceof ArchiveError) throw new FetchError(`${url} is not a usable advisory database archive: ${error.message}`);
    throw error;
  }
}

export async function fetchAdvisoryDb(options: FetchOptions): Promise<FetchOutcome> {
  const source = options.source ?? DEFAULT_ADVISORY_DB_URL;
  if (!isUrl(source)) {
    // A local archive or clone, for machines without access to GitHub: it becomes the default copy.
    let built: BuiltDatabase;
    try {
      built = statSync(source).isDirectory() ? databaseFromDirectory(source) : databaseFromArchive(readFileSync(source), source);
    } catch (error) {
      if (error instanceof ArchiveError || (error as NodeJS.ErrnoException).code) throw new FetchError(`${source} is not a usable advisory database: ${(error as Error).message}`);
      throw error;
    }
    writeStored(options.cacheDir, { url: DEFAULT_ADVISORY_DB_URL, etag: null, fetchedAt: options.now.toISOString(), database: built.database });
    return describe("imported", DEFAULT_ADVISORY_DB_URL, built);
  }
  const previous = readStored(options.cacheDir, source);
  const response = await download(source, previous?.etag ?? null, options);
  if (response.status === 304 && previous) {
    writeStored(options.cacheDir, { ...previous, etag: response.etag, fetchedAt: options.now.toISOString() });
    const { database } = previous;
    return { status: "not-modified", url: source, date: database.date, ...(database.commit ? { commit: database.commit } : {}), count: database.advisories.length, skipped: [] };
  }
  if (!response.body) throw new FetchError(`${source} answered 304 Not Modified but there is no cached copy to keep`);
  const built = parseArchive(response.body, source);
  writeStored(options.cacheDir, { url: source, etag: response.etag, fetchedAt: options.now.toISOString(), database: built.database });
  return describe("updated", source, built);
}

function describe(status: FetchOutcome["status"], url: string, built: BuiltDatabase): FetchOutcome {
  const { database } = built;
  return { status, url, built, date: database.date, ...(database.commit ? { commit: database.commit } : {}), count: database.advisories.length, skipped: built.skipped };
}
