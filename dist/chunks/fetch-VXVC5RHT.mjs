import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  databaseFromArchive,
  databaseFromDirectory
} from "./chunk-FMJVOLJ3.mjs";
import {
  ArchiveError
} from "./chunk-D67WY6S3.mjs";
import {
  EXIT_ERROR,
  EXIT_OK
} from "./chunk-TURU6P4Y.mjs";
import {
  DEFAULT_ADVISORY_DB_URL,
  countAdvisories,
  defaultCacheDir,
  isUrl,
  readStored,
  userAgent,
  writeStored
} from "./chunk-FG6EX3WV.mjs";
import "./chunk-QFIM44G5.mjs";
import {
  UsageError
} from "./chunk-NXUHKXOR.mjs";
import "./chunk-FWWLTAH5.mjs";
import "./chunk-WDHDEUBW.mjs";

// dist/src/commands/fetch.js
import { resolve } from "node:path";

// dist/src/advisories/download.js
import { readFileSync } from "node:fs";
import { statSync } from "node:fs";
var FetchError = class extends Error {
};
var MAX_BYTES = 256 * 1024 * 1024;
async function download(url, etag, options) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const headers = { "user-agent": options.userAgent, accept: "application/gzip, application/x-gzip, application/octet-stream, */*" };
  if (etag)
    headers["if-none-match"] = etag;
  let response;
  try {
    response = await fetchImpl(url, { headers, redirect: "follow", signal: AbortSignal.timeout(options.timeoutMs ?? 12e4) });
  } catch (error) {
    const cause = error.cause;
    throw new FetchError(`could not reach ${url}: ${cause?.code ?? cause?.message ?? error.message}`);
  }
  if (response.status === 304)
    return { status: 304, etag: response.headers.get("etag") ?? etag };
  if (response.status !== 200)
    throw new FetchError(`${url} answered HTTP ${response.status}`);
  let body;
  try {
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new FetchError(`the download from ${url} was cut off (${error.message})`);
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && !response.headers.get("content-encoding") && body.length < declared) {
    throw new FetchError(`the download from ${url} is truncated (${body.length} of ${declared} bytes)`);
  }
  if (body.length > MAX_BYTES)
    throw new FetchError(`the download from ${url} is larger than ${MAX_BYTES} bytes`);
  return { status: 200, body, etag: response.headers.get("etag") };
}
function parseArchive(bytes, url) {
  try {
    return databaseFromArchive(bytes, url);
  } catch (error) {
    if (error instanceof ArchiveError)
      throw new FetchError(`${url} is not a usable advisory database archive: ${error.message}`);
    throw error;
  }
}
async function fetchAdvisoryDb(options) {
  const source = options.source ?? DEFAULT_ADVISORY_DB_URL;
  if (!isUrl(source)) {
    let built2;
    try {
      built2 = statSync(source).isDirectory() ? databaseFromDirectory(source) : databaseFromArchive(readFileSync(source), source);
    } catch (error) {
      if (error instanceof ArchiveError || error.code)
        throw new FetchError(`${source} is not a usable advisory database: ${error.message}`);
      throw error;
    }
    writeStored(options.cacheDir, { url: DEFAULT_ADVISORY_DB_URL, etag: null, fetchedAt: options.now.toISOString(), database: built2.database });
    return describe("imported", DEFAULT_ADVISORY_DB_URL, built2);
  }
  const previous = readStored(options.cacheDir, source);
  const response = await download(source, previous?.etag ?? null, options);
  if (response.status === 304 && previous) {
    writeStored(options.cacheDir, { ...previous, etag: response.etag, fetchedAt: options.now.toISOString() });
    const { database } = previous;
    return { status: "not-modified", url: source, date: database.date, ...database.commit ? { commit: database.commit } : {}, count: database.advisories.length, skipped: [] };
  }
  if (!response.body)
    throw new FetchError(`${source} answered 304 Not Modified but there is no cached copy to keep`);
  const built = parseArchive(response.body, source);
  writeStored(options.cacheDir, { url: source, etag: response.etag, fetchedAt: options.now.toISOString(), database: built.database });
  return describe("updated", source, built);
}
function describe(status, url, built) {
  const { database } = built;
  return { status, url, built, date: database.date, ...database.commit ? { commit: database.commit } : {}, count: database.advisories.length, skipped: built.skipped };
}

// dist/src/commands/fetch.js
async function fetchCommand(args, io) {
  if (args.positionals.length > 0)
    throw new UsageError("fetch takes no PATH; use --advisory-db URL|PATH");
  const o = args.options;
  const raw = o["advisory-db"];
  const source = raw === void 0 ? void 0 : isUrl(raw) ? raw : resolve(io.cwd, raw);
  const cacheDir = o["cache-dir"] !== void 0 ? resolve(io.cwd, o["cache-dir"]) : defaultCacheDir(io.env);
  try {
    const outcome = await fetchAdvisoryDb({ ...source ? { source } : {}, cacheDir, ...io.fetch ? { fetch: io.fetch } : {}, userAgent: userAgent(), now: io.now });
    for (const line of outcome.skipped)
      io.stderr(`note: advisory file skipped: ${line}
`);
    const commit = outcome.commit ? `, commit ${outcome.commit.slice(0, 8)}` : "";
    if (outcome.status === "not-modified") {
      io.stderr(`advisory database up to date (${outcome.count} advisories, ${outcome.date}${commit})
`);
    } else {
      const counts = outcome.built ? countAdvisories(outcome.built.database.advisories) : void 0;
      const byKind = counts ? `: ${counts.vulnerability} vulnerabilities, ${counts.unmaintained} unmaintained, ${counts.unsound} unsound, ${counts.notice} notices, ${counts.withdrawn} withdrawn` : "";
      io.stderr(`${outcome.status === "imported" ? "imported" : "fetched"} ${outcome.count} advisories (${outcome.date}${commit})${byKind}
`);
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof FetchError) {
      io.stderr(`error: ${error.message}; the previous advisory data is kept
`);
      return EXIT_ERROR;
    }
    throw error;
  }
}
export {
  fetchCommand
};
