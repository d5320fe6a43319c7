/** Options and result of a registry prefetch. The library never reads process.env: callers pass `env`. */
import { defaultCacheDir } from "./cache.js";
import type { Env } from "./cargo-config.js";
import type { RequestStats } from "./http.js";
import type { FetchLike } from "./transport.js";
import type { RegistryView } from "./types.js";

export interface RegistryOptions {
  /** For CARGO_HOME, HOME, XDG_CACHE_HOME, CARGO_REGISTRIES_* (index URLs and tokens). */
  env: Env;
  /** No network: cached index files at any age; the age is reported in `notes`. */
  offline?: boolean;
  /** Requests in flight at once, over all registries. Default 16. */
  concurrency?: number;
  /** Default `$XDG_CACHE_HOME/cargo-sunset` or `~/.cache/cargo-sunset`. */
  cacheDir?: string;
  /** Within this age a cached file is used without a request. Default 1 hour. */
  cacheTtlMs?: number;
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
  /** Extra attempts on network errors, 5xx and 429. Default 2. */
  retries?: number;
  /** First backoff step; doubles each retry, with jitter. Default 250 ms. */
  backoffBaseMs?: number;
  /** Cap of a single wait, including `Retry-After`. Default 10 s. */
  maxRetryDelayMs?: number;
  /** Largest index file read, after decompression. Default 20 MB (crates.io's largest are a few MB). */
  maxFileBytes?: number;
  /** Index data one run may download; crates past it are not checked (with a note). Default 256 MB. */
  maxRunBytes?: number;
  /** Time the whole run may spend on the registry; past it, requests stop (with a note). Default 60 s. */
  runTimeoutMs?: number;
  /** Reads crates.io from here instead (`sparse+URL` or a plain http(s) URL). Cargo's own way is `[source.crates-io] replace-with` in `.cargo/config.toml`. */
  cratesIoIndex?: string;
  /** Instead of the built-in keep-alive `node:http` client (tests, or a caller's own HTTP stack). */
  fetch?: FetchLike;
  onProgress?(done: number, total: number): void;
  now?: () => Date;
  /** For tests: how the client waits between retries. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RegistryProblem {
  crate: string;
  /** Display name of the registry. */
  registry: string;
  message: string;
}

export interface RegistryResult {
  view: RegistryView;
  /** Crates that could not be read or had unreadable lines; the run itself still completes. */
  problems: RegistryProblem[];
  /** Skipped registries, config files that could not be read, cache age in offline mode. */
  notes: string[];
  /** Offline, and no crate was in the cache: every problem has that one cause. */
  offlineEmptyCache: boolean;
  requests: RequestStats;
}

export type ResolvedRegistryOptions = Required<Omit<RegistryOptions, "fetch" | "onProgress" | "cratesIoIndex">> &
  Pick<RegistryOptions, "onProgress" | "cratesIoIndex" | "fetch">;

export const DEFAULT_CONCURRENCY = 16;
export const DEFAULT_CACHE_TTL_MS = 60 * 60 * 1000;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_RUN_BYTES = 256 * 1024 * 1024;
export const DEFAULT_RUN_TIMEOUT_MS = 60_000;

export function resolveRegistryOptions(options: RegistryOptions): ResolvedRegistryOptions {
  return {
    env: options.env,
    offline: options.offline ?? false,
    concurrency: Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY)),
    cacheDir: options.cacheDir ?? defaultCacheDir(options.env),
    cacheTtlMs: options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: Math.max(0, Math.floor(options.retries ?? DEFAULT_RETRIES)),
    backoffBaseMs: options.backoffBaseMs ?? 250,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 10_000,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxRunBytes: options.maxRunBytes ?? DEFAULT_MAX_RUN_BYTES,
    runTimeoutMs: options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.cratesIoIndex ? { cratesIoIndex: options.cratesIoIndex } : {}),
  };
}
