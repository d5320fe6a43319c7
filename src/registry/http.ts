/** One index request with the run's policy: timeout, retries with backoff, redirects, token scope, size and time limits. */
import { RegistryFetchError } from "./errors.js";
import { BodyTooLargeError, formatBytes, type Transport } from "./transport.js";

export type { FetchLike } from "./transport.js";

export interface HttpPolicy {
  transport: Transport;
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
  /** Largest index file read (decompressed). */
  maxFileBytes: number;
  /** Index data a whole run may read; requests past it are not sent. */
  maxRunBytes: number;
  /** Aborted when the run's registry time is over: requests in flight stop, queued ones are not sent. */
  runSignal: AbortSignal;
  /** Why `runSignal` was aborted, for messages. */
  runStopReason: () => string;
}

export interface RequestStats {
  total: number;
  /** Requests carrying If-None-Match or If-Modified-Since. */
  conditional: number;
  /** 304 answers. */
  notModified: number;
  /** Bytes of index data received (as sent, before decompression). */
  bytes: number;
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

/** Redirect hops followed per request (cargo's curl follows a bounded number too). */
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A failure that another attempt cannot fix: redirect loops, oversized bodies, the run's limits. */
class PermanentError extends RegistryFetchError {}

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
      if (error instanceof PermanentError) throw error;
      if (policy.runSignal.aborted) throw new PermanentError(policy.runStopReason());
      lastError = error instanceof RegistryFetchError ? error : networkError(request.url, error, policy.timeoutMs);
    }
    if (attempt < policy.retries) {
      await abortableSleep(policy, delay);
      if (policy.runSignal.aborted) throw new PermanentError(policy.runStopReason());
    }
  }
  throw lastError ?? new RegistryFetchError(`request to ${displayUrl(request.url)} was not sent`);
}

function abortableSleep(policy: HttpPolicy, ms: number): Promise<void> {
  if (policy.runSignal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      policy.runSignal.removeEventListener("abort", done);
      resolve();
    };
    policy.runSignal.addEventListener("abort", done);
    void policy.sleep(ms).then(done, done);
  });
}

async function attemptOnce(request: IndexRequest, policy: HttpPolicy): Promise<IndexResponse & { retryAfter: string | null }> {
  if (policy.runSignal.aborted) throw new PermanentError(policy.runStopReason());
  // One controller per attempt, aborted by its timer or by the run's limit (cheaper than AbortSignal.any).
  const controller = new AbortController();
  const signal = controller.signal;
  const abort = () => controller.abort();
  const timer = setTimeout(abort, policy.timeoutMs);
  policy.runSignal.addEventListener("abort", abort);
  const tokenOrigin = request.token ? new URL(request.url).origin : "";
  try {
    let url = request.url;
    for (let hop = 0; ; hop++) {
      const left = policy.maxRunBytes - policy.stats.bytes;
      if (left <= 0) throw new PermanentError(`the per-run limit of ${formatBytes(policy.maxRunBytes)} of index data was reached`);
      const conditional = Boolean(request.etag || request.lastModified);
      policy.stats.total++;
      if (conditional) policy.stats.conditional++;
      let response;
      try {
        response = await policy.transport.get({
          url,
          headers: requestHeaders(request, policy.userAgent, hop === 0 || (tokenOrigin !== "" && new URL(url).origin === tokenOrigin)),
          signal,
          maxBytes: Math.min(policy.maxFileBytes, left),
        });
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          policy.stats.bytes += error.limit;
          const which = error.limit < policy.maxFileBytes ? `the per-run limit of ${formatBytes(policy.maxRunBytes)} of index data was reached` : `index file is larger than the limit of ${formatBytes(policy.maxFileBytes)}`;
          throw new PermanentError(`${displayUrl(url)}: ${which}; not read`);
        }
        throw error;
      }
      policy.stats.bytes += response.receivedBytes;
      if (response.status === 304) policy.stats.notModified++;
      const location = response.header("location");
      if (REDIRECT_STATUSES.has(response.status) && location) {
        if (hop >= MAX_REDIRECTS) throw new PermanentError(`too many redirects (more than ${MAX_REDIRECTS}) from ${displayUrl(request.url)}`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new PermanentError(`${displayUrl(url)} redirected to an invalid URL`);
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") throw new PermanentError(`${displayUrl(url)} redirected to a ${next.protocol} URL`);
        url = next.href;
        continue;
      }
      return {
        status: response.status,
        body: response.body,
        etag: response.header("etag"),
        lastModified: response.header("last-modified"),
        retryAfter: response.header("retry-after"),
      };
    }
  } finally {
    clearTimeout(timer);
    policy.runSignal.removeEventListener("abort", abort);
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
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return new RegistryFetchError(`request to ${displayUrl(url)} timed out after ${timeoutMs} ms`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  // The code only: a message may quote a header value (a token) or a URL with credentials.
  const detail = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.name) : "unknown error";
  return new RegistryFetchError(`request to ${displayUrl(url)} failed: ${detail}`);
}

/** The URL without user:password (and without query, which may carry a key), for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    parsed.search = "";
    return parsed.href;
  } catch {
    return redactCredentials(url);
  }
}

/** For text that may not parse as a URL: drops anything between `://` and `@`, and control characters. */
export function redactCredentials(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/(\/\/)[^/@\s]*@/g, "$1").replace(/[\u0000-\u001f\u007f]/g, "?");
}
