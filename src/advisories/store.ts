/**
 * The fetched advisory database in the cache: one JSON file per source URL holding the parsed database and the
 * validators of the download, written atomically, so a reader sees the old copy or the new one, never half of one.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../util/atomic-write.js";
import type { AdvisoryDatabase } from "./types.js";

/** The default source: the GitHub archive of rustsec/advisory-db's main branch. */
export const DEFAULT_ADVISORY_DB_URL = "https://github.com/rustsec/advisory-db/archive/refs/heads/main.tar.gz";

const FORMAT = 1;

export interface StoredDatabase {
  format: typeof FORMAT;
  url: string;
  etag: string | null;
  /** ISO time of the last successful response (200 or 304). */
  fetchedAt: string;
  database: AdvisoryDatabase;
}

export function storePath(cacheDir: string, url: string): string {
  const host = (() => {
    try {
      return new URL(url).host.replace(/[^a-z0-9.-]/gi, "_");
    } catch {
      return "source";
    }
  })();
  return join(cacheDir, "advisory-db", `${host}-${createHash("sha256").update(url).digest("hex").slice(0, 16)}.json`);
}

function isStored(value: unknown, url: string): value is StoredDatabase {
  const v = value as Partial<StoredDatabase> | null;
  return !!v && v.format === FORMAT && v.url === url && typeof v.fetchedAt === "string" && !!v.database && Array.isArray(v.database.advisories) && typeof v.database.date === "string";
}

/** The stored copy for `url`, or undefined when there is none (or it is unreadable: it is then ignored). */
export function readStored(cacheDir: string, url: string): StoredDatabase | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(storePath(cacheDir, url), "utf8"));
    return isStored(value, url) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(cacheDir: string, stored: Omit<StoredDatabase, "format">): void {
  writeFileAtomic(storePath(cacheDir, stored.url), JSON.stringify({ format: FORMAT, ...stored }));
}
