/**
 * Which advisory database a check uses. By default the newest of: the copy `cargo-sunset fetch` stored in the
 * cache, a cargo-audit clone at `$CARGO_HOME/advisory-db` (`~/.cargo/advisory-db`), and the embedded snapshot.
 * An explicit source (`--advisory-db`, `[advisories] db-url`) is a URL (its fetched copy) or a local path (a
 * directory holding the database, or a .tar.gz archive of it).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import { packageRoot } from "../util/package-root.js";
import { DEFAULT_ADVISORY_DB_URL, readStored } from "./store.js";
import type { AdvisoryDatabase } from "./types.js";

export interface SelectedDatabase {
  database: AdvisoryDatabase;
  /** How it was chosen: "fetched", "cargo-audit clone", "embedded", "path". */
  origin: "fetched" | "cargo-audit clone" | "embedded" | "path";
  /** Notes for the report (a skipped advisory file, a source that could not be used). */
  notes: string[];
}

export interface SourceOptions {
  /** `--advisory-db` or `[advisories] db-url`: a URL or a path (absolute). */
  source?: string;
  cacheDir: string;
  env: Record<string, string | undefined>;
}

let embedded: AdvisoryDatabase | undefined;

/** The snapshot shipped in rules/catalog/advisory-db.json. */
export function embeddedDatabase(): AdvisoryDatabase {
  embedded ??= JSON.parse(readFileSync(join(packageRoot(), "rules", "catalog", "advisory-db.json"), "utf8")) as AdvisoryDatabase;
  return embedded;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export function cargoAuditClone(env: Record<string, string | undefined>): string {
  const cargoHome = env.CARGO_HOME && env.CARGO_HOME.trim() !== "" ? env.CARGO_HOME : join(env.HOME || homedir(), ".cargo");
  return join(cargoHome, "advisory-db");
}

/**
 * Reads a local database: a directory (a clone or an extracted archive) or a .tar.gz file. The parser (and its CVSS
 * calculator) is loaded only here, so a check that reads the embedded or fetched copy never compiles it.
 */
export async function readLocalDatabase(path: string): Promise<{ database: AdvisoryDatabase; skipped: string[] }> {
  if (!existsSync(path)) throw new UsageError(`advisory database not found: ${path}`);
  const { databaseFromArchive, databaseFromDirectory } = await import("./archive.js");
  const { ArchiveError } = await import("./tar.js");
  try {
    return statSync(path).isDirectory() ? databaseFromDirectory(path) : databaseFromArchive(readFileSync(path), path);
  } catch (error) {
    if (error instanceof ArchiveError) throw new UsageError(`${path} is not a usable advisory database: ${error.message}`);
    throw error;
  }
}

function skippedNotes(skipped: string[]): string[] {
  return skipped.map((line) => `advisory file skipped: ${line}`);
}

/** A cheap look at a clone's date (the time its HEAD ref last moved), so it is parsed only when it would win. */
function cloneDate(dir: string): string | undefined {
  try {
    const head = readFileSync(join(dir, ".git", "HEAD"), "utf8").trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    const file = ref && existsSync(join(dir, ".git", ref)) ? join(dir, ".git", ref) : join(dir, ".git", "HEAD");
    return statSync(file).mtime.toISOString().slice(0, 10);
  } catch {
    return existsSync(join(dir, "crates")) ? statSync(join(dir, "crates")).mtime.toISOString().slice(0, 10) : undefined;
  }
}

export async function selectDatabase(options: SourceOptions): Promise<SelectedDatabase> {
  const notes: string[] = [];
  if (options.source && !isUrl(options.source)) {
    const { database, skipped } = await readLocalDatabase(options.source);
    return { database, origin: "path", notes: skippedNotes(skipped) };
  }
  const url = options.source ?? DEFAULT_ADVISORY_DB_URL;
  const stored = readStored(options.cacheDir, url);
  if (!stored && options.source) notes.push(`no fetched copy of the advisory database ${url}: run \`cargo-sunset fetch --advisory-db ${url}\`; using the newest other copy`);
  let best: SelectedDatabase = { database: embeddedDatabase(), origin: "embedded", notes };
  if (stored && stored.database.date >= best.database.date) best = { database: stored.database, origin: "fetched", notes };
  const clone = cargoAuditClone(options.env);
  const date = existsSync(clone) ? cloneDate(clone) : undefined;
  if (date && date > best.database.date) {
    try {
      const { database, skipped } = await readLocalDatabase(clone);
      if (database.date > best.database.date) best = { database, origin: "cargo-audit clone", notes: [...notes, ...skippedNotes(skipped)] };
    } catch (error) {
      notes.push(`the cargo-audit advisory database at ${clone} was not used: ${(error as Error).message}`);
    }
  }
  return best;
}
