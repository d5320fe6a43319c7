/** Reads the registry cache's packed files the way the tool does, for tests that look inside them. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type CacheEntry, decodePack, IndexCache } from "../../src/registry/cache.js";
import { reviveVersions } from "../../src/registry/records.js";
import type { IndexVersion } from "../../src/registry/types.js";

export interface PackEntry extends Omit<CacheEntry, "data"> {
  data?: unknown;
  /** The cached versions in their plain form (crate files only). */
  versions?: IndexVersion[];
}

/** The entries of one registry's pack by file name; empty when the pack is missing or unreadable. */
export function packEntries(cacheDir: string, indexUrl: string): Record<string, PackEntry> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(new IndexCache(cacheDir).packPath(indexUrl));
  } catch {
    return {};
  }
  const entries = decodePack(bytes, indexUrl) ?? new Map<string, CacheEntry>();
  return Object.fromEntries(
    [...entries].map(([key, entry]) => {
      const versions = key === "config.json" ? undefined : reviveVersions(entry.data);
      return [key, { ...entry, ...(versions ? { versions: JSON.parse(JSON.stringify(versions)) as IndexVersion[] } : {}) }];
    }),
  );
}

/** The file names cached for every registry of the cache directory. */
export function cachedFileNames(cacheDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(cacheDir, "index")).filter((f) => f.endsWith(".pack.json"));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const bytes = readFileSync(join(cacheDir, "index", name));
    const header = JSON.parse(bytes.toString("utf8", 0, bytes.indexOf(0x0a))) as { indexUrl: string };
    return [...(decodePack(bytes, header.indexUrl)?.keys() ?? [])];
  });
}
