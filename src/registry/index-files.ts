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
  | { kind: "found"; data: T; problems: string[]; fetchedAt: string; fromCache: boolean; warning?: string }
  | { kind: "not-found"; fetchedAt: string; fromCache: boolean };

export type IndexFileResult<T> = StoredFile<T> | { kind: "failed"; message: string; status?: number };

export interface IndexFileRequest<T> {
  indexUrl: string;
  /** Cache key: the crate name lower-cased, or `config.json`. */
  file: string;
  /** Built only when a request is sent. */
  url: () => string;
  token?: string;
  /**
   * Turns a body into the data kept (and cached) plus one message per dropped part; throws when
   * the body is unusable (e.g. truncated), and such a body is never cached.
   */
  parse: (body: string) => { data: T; problems: string[] };
  /** The form the cache keeps (revived by `revive`); the data itself when it is already compact. */
  store: (data: T) => unknown;
  /** Checks cached data before use; undefined means unusable (read as not cached). `origin` is the cache file. */
  revive: (data: unknown, origin: string) => T | undefined;
}

const NOT_FOUND = new Set([404, 410, 451]);

export async function getIndexFile<T>(request: IndexFileRequest<T>, context: IndexFilesContext): Promise<IndexFileResult<T>> {
  const origin = context.cache.packPath(request.indexUrl);
  const cached = usable(await context.cache.read(request.indexUrl, request.file), (data) => request.revive(data, origin));
  const now = context.now();
  if (context.offline) {
    return cached ? fromEntry(cached) : { kind: "failed", message: "not in the cache (offline mode)" };
  }
  if (cached && now.getTime() - Date.parse(cached.entry.fetchedAt) < context.ttlMs) return fromEntry(cached);

  let response;
  try {
    response = await context.limit(() =>
      requestIndexFile(
        { url: request.url(), token: request.token, etag: cached?.entry.etag, lastModified: cached?.entry.lastModified },
        context.http,
      ),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!cached) return { kind: "failed", message, ...(error instanceof RegistryFetchError && error.status ? { status: error.status } : {}) };
    const stale = fromEntry(cached);
    return stale.kind === "found" ? { ...stale, warning: `${message}; using the cached copy from ${cached.entry.fetchedAt}` } : stale;
  }

  const fetchedAt = now.toISOString();
  if (response.status === 304 && cached) {
    store(context, request, { ...cached.entry, fetchedAt });
    return { ...fromEntry(cached), fetchedAt };
  }
  if (response.status === 200) {
    // An empty body is no answer (a misconfigured server or proxy), not a crate without versions.
    if (response.body.trim() === "") return { kind: "failed", message: "the registry answered HTTP 200 with an empty body" };
    let parsed: { data: T; problems: string[] };
    try {
      parsed = request.parse(response.body);
    } catch (error) {
      return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
    }
    store(context, request, { status: "found", data: request.store(parsed.data), etag: response.etag, lastModified: response.lastModified, fetchedAt });
    return { kind: "found", data: parsed.data, problems: parsed.problems, fetchedAt, fromCache: false };
  }
  if (NOT_FOUND.has(response.status)) {
    store(context, request, { status: "not-found", etag: response.etag, lastModified: response.lastModified, fetchedAt });
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
  data?: T;
}

/** Cached data that no longer has the expected shape is treated as absent. */
function usable<T>(entry: CacheEntry | undefined, revive: (data: unknown) => T | undefined): UsableEntry<T> | undefined {
  if (!entry || entry.status === "not-found") return entry && { entry };
  const data = revive(entry.data);
  return data === undefined ? undefined : { entry, data };
}

function fromEntry<T>({ entry, data }: UsableEntry<T>): StoredFile<T> {
  if (entry.status === "not-found" || data === undefined) return { kind: "not-found", fetchedAt: entry.fetchedAt, fromCache: true };
  // Problems were reported when the file was fetched; the cached data no longer has them.
  return { kind: "found", data, problems: [], fetchedAt: entry.fetchedAt, fromCache: true };
}

/** In memory now, on disk when the run flushes the cache: requests in flight never wait on it. */
function store<T>(context: IndexFilesContext, request: IndexFileRequest<T>, entry: CacheEntry): void {
  context.cache.write(request.indexUrl, request.file, entry);
}
