// A local sparse-index server for tests, the benchmark and demos. Serves a directory in the real
// layout (config.json, 1/, 2/, 3/x/, ab/cd/), optional generated crates, ETag/Last-Modified with
// 304s, and per-path faults. Listens on 127.0.0.1 only.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { resolve, sep } from "node:path";

/** @typedef {import("./index-server.d.mts").Fault} Fault */
/** @typedef {import("./index-server.d.mts").IndexServerOptions} IndexServerOptions */
/** @typedef {import("./index-server.d.mts").IndexServer} IndexServer */

const SYNTHETIC_MODIFIED = new Date("2024-01-02T03:04:05Z");

/** Cargo's `make_dep_path`, lower-cased. */
export function sparsePath(name) {
  const lower = name.toLowerCase();
  if (lower.length <= 2) return `${lower.length}/${lower}`;
  if (lower.length === 3) return `3/${lower[0]}/${lower}`;
  return `${lower.slice(0, 2)}/${lower.slice(2, 4)}/${lower}`;
}

export function syntheticCrateName(i) {
  return `synthetic-crate-${String(i).padStart(4, "0")}`;
}

function syntheticBody(name) {
  const cksum = createHash("sha256").update(name).digest("hex");
  return ["0.1.0", "0.2.0", "1.0.0"]
    .map((vers) => JSON.stringify({ name, vers, deps: [], cksum, features: {}, yanked: false }))
    .join("\n") + "\n";
}

/**
 * A sparse index for every crates.io package of a Cargo.lock: the locked versions plus `releases`
 * generated ones around them, each line with the lockfile's dependencies as requirements and a few
 * features, so files have roughly the size and shape of real index files.
 * @param {string} lockText
 * @param {{ releases?: number }} [options]
 * @returns {Map<string, string>} index path -> body
 */
export function indexFromLockfile(lockText, options = {}) {
  const releases = options.releases ?? 18;
  /** @type {Map<string, { versions: Set<string>, deps: string[] }>} */
  const crates = new Map();
  let current;
  const lines = lockText.split("\n");
  lines.push("");
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "[[package]]") current = { name: "", version: "", source: "", deps: [] };
    else if (current && line.startsWith("name = ")) current.name = JSON.parse(line.slice(7));
    else if (current && line.startsWith("version = ")) current.version = JSON.parse(line.slice(10));
    else if (current && line.startsWith("source = ")) current.source = JSON.parse(line.slice(9));
    else if (current && /^"[^"]+",?$/.test(line)) current.deps.push(line.replace(/,$/, "").slice(1, -1).split(" ")[0]);
    if (current && current.name && current.version && line === "") {
      if (current.source.includes("crates.io-index")) {
        const entry = crates.get(current.name) ?? { versions: new Set(), deps: current.deps };
        entry.versions.add(current.version);
        crates.set(current.name, entry);
      }
      current = undefined;
    }
  }
  const files = new Map();
  for (const [name, { versions, deps }] of crates) {
    const all = new Set(versions);
    const [major, minor] = [...versions][0].split(".").map((n) => Number.parseInt(n, 10) || 0);
    for (let i = 0; all.size < versions.size + releases; i++) all.add(`${major}.${Math.max(0, minor - 3) + Math.floor(i / 4)}.${i % 4}`);
    const cksum = createHash("sha256").update(name).digest("hex");
    const body = [...all].map((vers) =>
      JSON.stringify({
        name,
        vers,
        deps: deps.map((dep) => ({ name: dep, req: "^0.1", features: [], optional: false, default_features: true, target: null, kind: "normal" })),
        cksum,
        features: { default: ["std"], std: [], alloc: [] },
        yanked: false,
        rust_version: "1.70",
      }),
    );
    files.set(sparsePath(name), `${body.join("\n")}\n`);
  }
  return files;
}

/**
 * @param {IndexServerOptions} options
 * @returns {Promise<IndexServer>}
 */
export async function startIndexServer(options = {}) {
  const root = options.root ? resolve(options.root) : undefined;
  /** @type {Map<string, Fault & { used: number }>} */
  const faults = new Map();
  const setFault = (path, fault) => {
    const key = path.replace(/^\/+/, "");
    if (fault) faults.set(key, { ...fault, used: 0 });
    else faults.delete(key);
  };
  for (const [path, fault] of Object.entries(options.faults ?? {})) setFault(path, fault);

  const synthetic = new Map();
  for (const [path, body] of options.files ?? []) synthetic.set(path, body);
  for (let i = 0; i < (options.syntheticCrates ?? 0); i++) {
    const name = syntheticCrateName(i);
    synthetic.set(sparsePath(name), syntheticBody(name));
  }

  /** @type {IndexServer["requests"]} */
  const requests = [];
  let url = "";

  async function content(path) {
    if (path === "config.json" && options.configJson) return { body: JSON.stringify(options.configJson), modified: SYNTHETIC_MODIFIED };
    if (synthetic.has(path)) return { body: synthetic.get(path), modified: SYNTHETIC_MODIFIED };
    if (root) {
      const file = resolve(root, path);
      if (file.startsWith(root + sep)) {
        const info = await stat(file).catch(() => undefined);
        if (info?.isFile()) return { body: await readFile(file, "utf8"), modified: info.mtime };
      }
    }
    if (path === "config.json") return { body: JSON.stringify({ dl: `${url}api/v1/crates`, api: null }), modified: SYNTHETIC_MODIFIED };
    return undefined;
  }

  async function handle(req, res) {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    requests.push({ method: req.method ?? "GET", path, headers: { ...req.headers }, remotePort: req.socket.remotePort ?? 0 });
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));

    const fault = faults.get(path);
    if (fault && fault.used < (fault.times ?? Infinity)) {
      fault.used++;
      if (await applyFault(fault, req, res, path)) return;
    }
    if (options.requireToken && req.headers.authorization !== options.requireToken) {
      res.writeHead(401, { "www-authenticate": `Cargo login_url="${url}me"` }).end("unauthorized");
      return;
    }
    const found = await content(path);
    if (!found) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    send(req, res, found.body, found.modified);
  }

  async function applyFault(fault, req, res, path) {
    switch (fault.kind) {
      case "delay":
        await new Promise((r) => setTimeout(r, fault.ms));
        return false;
      case "reset":
        req.socket.destroy();
        return true;
      case "status":
        res.writeHead(fault.status, { "content-type": "text/plain", ...fault.headers }).end(`HTTP ${fault.status}`);
        return true;
      case "rate-limit":
        res.writeHead(429, { "retry-after": fault.retryAfter }).end("slow down");
        return true;
      case "redirect":
        res.writeHead(fault.status ?? 302, { location: fault.location }).end();
        return true;
      case "truncate": {
        const found = await content(path);
        const body = Buffer.from(found?.body ?? "x".repeat(100));
        res.writeHead(200, { "content-type": "text/plain", "content-length": String(body.length) });
        res.write(body.subarray(0, Math.floor(body.length / 2)));
        setImmediate(() => req.socket.destroy());
        return true;
      }
      case "body": {
        const body = fault.gzip ? gzipSync(fault.body) : Buffer.from(fault.body);
        res.writeHead(fault.status ?? 200, { "content-type": "text/plain", ...(fault.gzip ? { "content-encoding": "gzip" } : {}) });
        res.end(body);
        return true;
      }
      case "invalid-line": {
        const found = await content(path);
        if (!found) return false;
        const [first, ...rest] = found.body.split("\n");
        send(req, res, [first, "{\"name\": \"broken\", this is not json", ...rest].join("\n"), found.modified);
        return true;
      }
      default:
        return false;
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end("server error");
      else res.destroy();
    });
  });
  await new Promise((r, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => r(undefined));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  url = `http://127.0.0.1:${port}/`;

  return {
    url,
    port,
    requests,
    setFault,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r(undefined));
      }),
  };
}

function send(req, res, body, modified) {
  const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
  const lastModified = new Date(Math.floor(modified.getTime() / 1000) * 1000).toUTCString();
  const ifNoneMatch = req.headers["if-none-match"];
  const ifModifiedSince = req.headers["if-modified-since"];
  const notModified = ifNoneMatch
    ? ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)
    : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Date.parse(lastModified);
  const headers = { etag, "last-modified": lastModified, "cache-control": "public,max-age=60" };
  if (notModified) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, "content-type": "text/plain" }).end(body);
}
