/** Types of index-server.mjs (a plain-JS module so scripts can run it without a build). */

/** What goes wrong on one path; `times` limits it to the first n requests (default: every request). */
export type Fault =
  /** Waits before answering normally (past the client's timeout). */
  | { kind: "delay"; ms: number; times?: number }
  /** Destroys the connection without an answer. */
  | { kind: "reset"; times?: number }
  /** Answers with this status (500, 404, 410, 401, ...). */
  | { kind: "status"; status: number; headers?: Record<string, string>; times?: number }
  /** 429 with this `Retry-After` value. */
  | { kind: "rate-limit"; retryAfter: string; times?: number }
  /** Announces the full length, sends half the body, then cuts the connection. */
  | { kind: "truncate"; times?: number }
  /** Serves the file with an invalid JSON line after its first line. */
  | { kind: "invalid-line"; times?: number }
  /** Answers with exactly this body (200 unless `status`), gzip-encoded when `gzip`. */
  | { kind: "body"; body: string; status?: number; gzip?: boolean; times?: number }
  /** Redirects (302 unless `status`) to `location`, absolute or relative. */
  | { kind: "redirect"; location: string; status?: number; times?: number };

export interface IndexServerOptions {
  /** Directory in the sparse layout; files are served with ETag and Last-Modified. */
  root?: string;
  /** Added before every answer. */
  latencyMs?: number;
  /** Keyed by index path, e.g. `se/rd/serde` or `config.json`. */
  faults?: Record<string, Fault>;
  /** Serves n generated crates named `synthetic-crate-0000`, ... */
  syntheticCrates?: number;
  /** Extra files served as they are, keyed by index path (see `indexFromLockfile`). */
  files?: Map<string, string>;
  /** Fixed port; default: a free one. */
  port?: number;
  /** Answers 401 unless `Authorization` equals this. */
  requireToken?: string;
  /** Served as config.json instead of the root's. */
  configJson?: Record<string, unknown>;
}

export interface RecordedRequest {
  method: string;
  /** Index path without the leading slash. */
  path: string;
  /** Lower-cased header names, as Node receives them. */
  headers: Record<string, string | string[] | undefined>;
  /** Client port of the connection: requests sharing one came over one keep-alive connection. */
  remotePort: number;
}

export interface IndexServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  requests: RecordedRequest[];
  setFault(path: string, fault: Fault | undefined): void;
  close(): Promise<void>;
}

export function startIndexServer(options?: IndexServerOptions): Promise<IndexServer>;
export function sparsePath(name: string): string;
export function syntheticCrateName(i: number): string;
export function indexFromLockfile(lockText: string, options?: { releases?: number }): Map<string, string>;
