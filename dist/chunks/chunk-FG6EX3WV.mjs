import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  packageInfo,
  packageRoot
} from "./chunk-QFIM44G5.mjs";
import {
  UsageError,
  writeFileAtomic
} from "./chunk-NXUHKXOR.mjs";

// dist/src/advisories/sources.js
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { homedir } from "node:os";
import { join as join2 } from "node:path";

// dist/src/advisories/store.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
var DEFAULT_ADVISORY_DB_URL = "https://github.com/rustsec/advisory-db/archive/refs/heads/main.tar.gz";
var FORMAT = 1;
function storePath(cacheDir, url) {
  const host = (() => {
    try {
      return new URL(url).host.replace(/[^a-z0-9.-]/gi, "_");
    } catch {
      return "source";
    }
  })();
  return join(cacheDir, "advisory-db", `${host}-${createHash("sha256").update(url).digest("hex").slice(0, 16)}.json`);
}
function isStored(value, url) {
  const v = value;
  return !!v && v.format === FORMAT && v.url === url && typeof v.fetchedAt === "string" && !!v.database && Array.isArray(v.database.advisories) && typeof v.database.date === "string";
}
function readStored(cacheDir, url) {
  try {
    const value = JSON.parse(readFileSync(storePath(cacheDir, url), "utf8"));
    return isStored(value, url) ? value : void 0;
  } catch {
    return void 0;
  }
}
function writeStored(cacheDir, stored) {
  writeFileAtomic(storePath(cacheDir, stored.url), JSON.stringify({ format: FORMAT, ...stored }));
}

// dist/src/advisories/sources.js
var embedded;
function embeddedDatabase() {
  embedded ??= JSON.parse(readFileSync2(join2(packageRoot(), "rules", "catalog", "advisory-db.json"), "utf8"));
  return embedded;
}
function isUrl(source) {
  return /^https?:\/\//i.test(source);
}
function cargoAuditClone(env) {
  const cargoHome = env.CARGO_HOME && env.CARGO_HOME.trim() !== "" ? env.CARGO_HOME : join2(env.HOME || homedir(), ".cargo");
  return join2(cargoHome, "advisory-db");
}
async function readLocalDatabase(path) {
  if (!existsSync(path))
    throw new UsageError(`advisory database not found: ${path}`);
  const { databaseFromArchive, databaseFromDirectory } = await import("./archive-XTJRYON5.mjs");
  const { ArchiveError } = await import("./tar-2XR63W6S.mjs");
  try {
    return statSync(path).isDirectory() ? databaseFromDirectory(path) : databaseFromArchive(readFileSync2(path), path);
  } catch (error) {
    if (error instanceof ArchiveError)
      throw new UsageError(`${path} is not a usable advisory database: ${error.message}`);
    throw error;
  }
}
function skippedNotes(skipped) {
  return skipped.map((line) => `advisory file skipped: ${line}`);
}
function cloneDate(dir) {
  try {
    const head = readFileSync2(join2(dir, ".git", "HEAD"), "utf8").trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    const file = ref && existsSync(join2(dir, ".git", ref)) ? join2(dir, ".git", ref) : join2(dir, ".git", "HEAD");
    return statSync(file).mtime.toISOString().slice(0, 10);
  } catch {
    return existsSync(join2(dir, "crates")) ? statSync(join2(dir, "crates")).mtime.toISOString().slice(0, 10) : void 0;
  }
}
async function selectDatabase(options) {
  const notes = [];
  if (options.source && !isUrl(options.source)) {
    const { database, skipped } = await readLocalDatabase(options.source);
    return { database, origin: "path", notes: skippedNotes(skipped) };
  }
  const url = options.source ?? DEFAULT_ADVISORY_DB_URL;
  const stored = readStored(options.cacheDir, url);
  if (!stored && options.source)
    notes.push(`no fetched copy of the advisory database ${url}: run \`cargo-sunset fetch --advisory-db ${url}\`; using the newest other copy`);
  let best = { database: embeddedDatabase(), origin: "embedded", notes };
  if (stored && stored.database.date >= best.database.date)
    best = { database: stored.database, origin: "fetched", notes };
  const clone = cargoAuditClone(options.env);
  const date = existsSync(clone) ? cloneDate(clone) : void 0;
  if (date && date > best.database.date) {
    try {
      const { database, skipped } = await readLocalDatabase(clone);
      if (database.date > best.database.date)
        best = { database, origin: "cargo-audit clone", notes: [...notes, ...skippedNotes(skipped)] };
    } catch (error) {
      notes.push(`the cargo-audit advisory database at ${clone} was not used: ${error.message}`);
    }
  }
  return best;
}

// dist/src/advisories/types.js
function countAdvisories(advisories) {
  const counts = { vulnerability: 0, unmaintained: 0, unsound: 0, notice: 0, withdrawn: 0, total: advisories.length };
  for (const advisory of advisories) {
    counts[advisory.kind]++;
    if (advisory.withdrawn)
      counts.withdrawn++;
  }
  return counts;
}
function advisoryUrl(id) {
  return `https://rustsec.org/advisories/${id}.html`;
}

// dist/src/registry/cache.js
import { createHash as createHash2, randomBytes } from "node:crypto";
import { readdirSync, statSync as statSync2 } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir as homedir2 } from "node:os";
import { basename, dirname, join as join3 } from "node:path";
var FORMAT2 = 3;
var STALE_TEMP_MS = 60 * 60 * 1e3;
function defaultCacheDir(env) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && xdg.trim() !== "")
    return join3(xdg, "cargo-sunset");
  return join3(env.HOME || homedir2(), ".cache", "cargo-sunset");
}
var IndexCache = class {
  dir;
  #packs = /* @__PURE__ */ new Map();
  #loaded = /* @__PURE__ */ new Map();
  /** Entries changed this run, by index URL; written by `flush`. */
  #changed = /* @__PURE__ */ new Map();
  constructor(dir) {
    this.dir = dir;
  }
  /** The pack of a registry. Names are reduced to `[a-z0-9_-]` plus a hash, so nothing escapes `dir`. */
  packPath(indexUrl) {
    return join3(this.dir, "index", `${safeSegment(new URL(indexUrl).host)}-${hash(indexUrl).slice(0, 12)}.pack.json`);
  }
  /** Every entry of a registry, read once per run; a missing, older or corrupt pack reads as empty. */
  entries(indexUrl) {
    let pending = this.#packs.get(indexUrl);
    if (!pending) {
      pending = readPack(this.packPath(indexUrl), indexUrl).then((entries) => {
        this.#loaded.set(indexUrl, entries);
        return entries;
      });
      this.#packs.set(indexUrl, pending);
    }
    return pending;
  }
  async read(indexUrl, file) {
    return (await this.entries(indexUrl)).get(file.toLowerCase());
  }
  /** Records an entry in memory; nothing touches the disk until `flush`. */
  write(indexUrl, file, entry) {
    const key = file.toLowerCase();
    this.#loaded.get(indexUrl)?.set(key, entry);
    let changed = this.#changed.get(indexUrl);
    if (!changed) {
      changed = /* @__PURE__ */ new Map();
      this.#changed.set(indexUrl, changed);
    }
    changed.set(key, entry);
  }
  /**
   * Writes the packs that changed. The pack on disk is read again first and merged (the newer
   * `fetchedAt` wins), so two runs sharing a cache keep each other's entries.
   */
  async flush() {
    const changed = [...this.#changed];
    this.#changed.clear();
    for (const [indexUrl, entries] of changed) {
      const path = this.packPath(indexUrl);
      const merged = await readPack(path, indexUrl);
      for (const [key, entry] of entries) {
        const other = merged.get(key);
        if (!other || other.fetchedAt <= entry.fetchedAt)
          merged.set(key, entry);
      }
      await mkdir(dirname(path), { recursive: true });
      removeStaleTemps(dirname(path), Date.now());
      await writeAtomically(path, encodePack(indexUrl, merged));
    }
  }
};
async function readPack(path, indexUrl) {
  let bytes;
  try {
    bytes = await readFile(path);
  } catch {
    return /* @__PURE__ */ new Map();
  }
  return decodePack(bytes, indexUrl) ?? /* @__PURE__ */ new Map();
}
function encodePack(indexUrl, entries) {
  const body = JSON.stringify(Object.fromEntries(entries));
  return `${JSON.stringify({ format: FORMAT2, indexUrl, sha256: hash(body) })}
${body}`;
}
function decodePack(bytes, indexUrl) {
  const newline = bytes.indexOf(10);
  if (newline < 0)
    return void 0;
  let header;
  let json;
  try {
    header = JSON.parse(bytes.toString("utf8", 0, newline));
    if (!isRecord(header) || header.format !== FORMAT2 || header.indexUrl !== indexUrl)
      return void 0;
    const body = bytes.subarray(newline + 1);
    if (header.sha256 !== createHash2("sha256").update(body).digest("hex"))
      return void 0;
    json = JSON.parse(body.toString("utf8"));
  } catch {
    return void 0;
  }
  if (!isRecord(json))
    return void 0;
  const entries = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(json)) {
    const entry = toEntry(value);
    if (entry)
      entries.set(key, entry);
  }
  return entries;
}
function toEntry(value) {
  if (!isRecord(value))
    return void 0;
  const valid = (value.status === "found" || value.status === "not-found") && (value.etag === null || typeof value.etag === "string") && (value.lastModified === null || typeof value.lastModified === "string") && typeof value.fetchedAt === "string" && !Number.isNaN(Date.parse(value.fetchedAt));
  return valid ? value : void 0;
}
async function writeAtomically(path, text) {
  const temp = join3(dirname(path), `.${randomBytes(6).toString("hex")}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, "utf8");
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => void 0);
    throw error;
  }
}
function removeStaleTemps(dir, now) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^\.[0-9a-f]{12}\.\d+\.tmp$/.test(basename(name)))
      continue;
    const path = join3(dir, name);
    try {
      if (now - statSync2(path).mtimeMs > STALE_TEMP_MS)
        void rm(path, { force: true }).catch(() => void 0);
    } catch {
    }
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function safeSegment(text) {
  return text.replace(/[^a-z0-9_-]/gi, "_").slice(0, 64) || "_";
}
function hash(text) {
  return createHash2("sha256").update(text).digest("hex");
}

// dist/src/registry/user-agent.js
function userAgent() {
  const { name, version, homepage } = packageInfo();
  return `${name}/${version} (+${homepage})`;
}

export {
  DEFAULT_ADVISORY_DB_URL,
  readStored,
  writeStored,
  embeddedDatabase,
  isUrl,
  selectDatabase,
  countAdvisories,
  advisoryUrl,
  defaultCacheDir,
  IndexCache,
  userAgent
};
