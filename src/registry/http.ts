/** One index request with the run's policy: timeout, retries with backoff, redirects, token scope. */
import { RegistryFetchError } from "./errors.js";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpPolicy {
  fetch: FetchLike;
  userAgent: string;
  /** Per attempt, covering redirects and the body. */
  timeoutMs: number;
  /** Extra attempts after the first, on network errors, timeouts, 5xx and 429. */
  retries: number;
  backoffBaseMs: number;
  /** Cap of one wait, including a server's `Retry-After`. */
  maxRetryDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Counts every request sent (retries and redirect hops included). */
  stats: RequestStats;
}

export interface RequestStats {
  total: number;
  /** Requests carrying If-None-Match or If-Modified-Since. */
  conditional: number;
  /** 304 answers. */
  notModified: number;
}

export interface IndexRequest {
  url: string;
  /**
   * Sent as `Authorization: <token>` (cargo's form) to the origin of `url` only. A redirect to
   * another origin is followed without it, as curl and browsers do.
   */
  token?: string;
  etag?: string | null;
  lastModified?: string | null;
}

export interface IndexResponse {
  status: number;
  body: string;
  etag: string | null;
  lastModified: string | null;
}

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Returns any final response except 5xx/429; those and network failures are retried, then thrown. */
export async function requestIndexFile(request: IndexRequest, policy: HttpPolicy): Promise<IndexResponse> {
  let lastError: RegistryFetchError | undefined;
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    let delay = backoffDelay(attempt, policy);
    try {
      const response = await attemptOnce(request, policy);
      if (response.status !== 429 && response.status < 500) return response;
      lastError = new RegistryFetchError(`${displayUrl(request.url)} answered HTTP ${response.status}`, response.status);
      const retryAfter = parseRetryAfter(response.retryAfter);
      if (retryAfter !== null) delay = Math.min(retryAfter, policy.maxRetryDelayMs);
    } catch (error) {
      lastError = error instanceof RegistryFetchError ? error : networkError(request.url, error, policy.timeoutMs);
    }
    if (attempt < policy.retries) await policy.sleep(delay);
  }
  throw lastError ?? new RegistryFetchError(`request to ${displayUrl(request.url)} was not sent`);
}

async function attemptOnce(request: IndexRequest, policy: HttpPolicy): Promise<IndexResponse & { retryAfter: string | null }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  const tokenOrigin = new URL(request.url).origin;
  try {
    let url = request.url;
    for (let hop = 0; ; hop++) {
      const conditional = Boolean(request.etag || request.lastModified);
      policy.stats.total++;
      if (conditional) policy.stats.conditional++;
      const response = await policy.fetch(url, {
        headers: requestHeaders(request, policy.userAgent, new URL(url).origin === tokenOrigin),
        redirect: "manual",
        signal: controller.signal,
      });
      if (response.status === 304) policy.stats.notModified++;
      const location = response.headers.get("location");
      if (REDIRECT_STATUSES.has(response.status) && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new RegistryFetchError(`too many redirects from ${displayUrl(request.url)}`);
        url = new URL(location, url).href;
        continue;
      }
      return {
        status: response.status,
        body: await response.text(),
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
        retryAfter: response.headers.get("retry-after"),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

function requestHeaders(request: IndexRequest, userAgent: string, sameOrigin: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": userAgent,
    accept: "text/plain",
    "cargo-protocol": "version=1",
  };
  // Cargo sends If-None-Match when it has an ETag, else If-Modified-Since.
  if (request.etag) headers["if-none-match"] = request.etag;
  else if (request.lastModified) headers["if-modified-since"] = request.lastModified;
  if (request.token && sameOrigin) headers.authorization = request.token;
  return headers;
}

function backoffDelay(attempt: number, policy: HttpPolicy): number {
  const exponential = Math.min(policy.maxRetryDelayMs, policy.backoffBaseMs * 2 ** attempt);
  // Half fixed, half random, so many clients retrying at once spread out.
  return exponential / 2 + policy.random() * (exponential / 2);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function networkError(url: string, error: unknown, timeoutMs: number): RegistryFetchError {
  if (error instanceof Error && error.name === "AbortError") {
    return new RegistryFetchError(`request to ${displayUrl(url)} timed out after ${timeoutMs} ms`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const detail = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
  return new RegistryFetchError(`request to ${displayUrl(url)} failed: ${detail}`);
}

/** The URL without user:password, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.href;
  } catch {
    return "<invalid URL>";
  }
}
