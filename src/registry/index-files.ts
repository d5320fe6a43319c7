/** Gets one index file through the cache: fresh copy, conditional request, or the network. */
import type { LimitFunction } from "p-limit";
import type { CacheEntry, IndexCache } from "./cache.js";
import { RegistryFetchError } from "./errors.js";
import { type HttpPolicy, requestIndexFile } from "./http.js";

export interface IndexFilesContext {
  cache: IndexCache;
  http: HttpPolicy;
  /** Shared by every registry of the run, so `concurrency` bounds all requests together. */
  limit: LimitFunction;
  offline: boolean;
  ttlMs: number;
  now: () => Date;
}

type StoredFile<T> =
  | { kind: "found"; parsed: T; fetchedAt: string; fromCache: boolean; warning?: string }
  | { kind: "not-found"; fetchedAt: string; fromCache: boolean };

export type IndexFileResult<T> = StoredFile<T> | { kind: "failed"; message: string; status?: number };

export interface IndexFileRequest<T> {
  indexUrl: string;
  /** Cache key: the crate name lower-cased, or `config.json`. */
  file: string;
  url: string;
  token?: string;
  /** Throws when a body is unusable (e.g. truncated); such a body is never cached. */
  parse: (body: string) => T;
}

const NOT_FOUND = new Set([404, 410, 451]);

export async function getIndexFile<T>(request: IndexFileRequest<T>, context: IndexFilesContext): Promise<IndexFileResult<T>> {
  const cached = usable(await context.cache.read(request.indexUrl, request.file), request.parse);
  const now = context.now();
  if (context.offline) {
    return cached ? fromEntry(cached, true) : { kind: "failed", message: "not in the cache (offline mode)" };
  }
  if (cached && now.getTime() - Date.parse(cached.entry.fetchedAt) < context.ttlMs) return fromEntry(cached, true);

  let response;
  try {
    response = await context.limit(() =>
      requestIndexFile(
        { url: request.url, token: request.token, etag: cached?.entry.etag, lastModified: cached?.entry.lastModified },
        context.http,
      ),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!cached) return { kind: "failed", message, ...(error instanceof RegistryFetchError && error.status ? { status: error.status } : {}) };
    const stale = fromEntry(cached, true);
    return stale.kind === "found" ? { ...stale, warning: `${message}; using the cached copy from ${cached.entry.fetchedAt}` } : stale;
  }

  const fetchedAt = now.toISOString();
  if (response.status === 304 && cached) {
    await store(context, { ...cached.entry, fetchedAt });
    return { ...fromEntry(cached, true), fetchedAt };
  }
  if (response.status === 200) {
    let parsed: T;
    try {
      parsed = request.parse(response.body);
    } catch (error) {
      return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
    }
    const entry: CacheEntry = { indexUrl: request.indexUrl, file: request.file, status: "found", body: response.body, etag: response.etag, lastModified: response.lastModified, fetchedAt };
    await store(context, entry);
    return { kind: "found", parsed, fetchedAt, fromCache: false };
  }
  if (NOT_FOUND.has(response.status)) {
    await store(context, { indexUrl: request.indexUrl, file: request.file, status: "not-found", body: "", etag: response.etag, lastModified: response.lastModified, fetchedAt });
    return { kind: "not-found", fetchedAt, fromCache: false };
  }
  return { kind: "failed", status: response.status, message: statusMessage(response.status) };
}

function statusMessage(status: number): string {
  if (status === 401) return "the registry requires authentication (HTTP 401); no token was accepted";
  if (status === 403) return "the registry refused access (HTTP 403)";
  if (status === 304) return "the registry answered 304 to an unconditional request";
  return `the registry answered HTTP ${status}`;
}

interface UsableEntry<T> {
  entry: CacheEntry;
  parsed?: T;
}

/** A cached body that no longer parses is treated as absent. */
function usable<T>(entry: CacheEntry | undefined, parse: (body: string) => T): UsableEntry<T> | undefined {
  if (!entry || entry.status === "not-found") return entry && { entry };
  try {
    return { entry, parsed: parse(entry.body) };
  } catch {
    return undefined;
  }
}

function fromEntry<T>({ entry, parsed }: UsableEntry<T>, fromCache: boolean): StoredFile<T> {
  if (entry.status === "not-found" || parsed === undefined) return { kind: "not-found", fetchedAt: entry.fetchedAt, fromCache };
  return { kind: "found", parsed, fetchedAt: entry.fetchedAt, fromCache };
}

/** A cache that cannot be written (read-only disk) costs a later request, not this run. */
async function store(context: IndexFilesContext, entry: CacheEntry): Promise<void> {
  await context.cache.write(entry).catch(() => undefined);
}
