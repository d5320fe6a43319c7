/**
 * Builds an AdvisoryDatabase from the advisory-db's files, whether they come from a downloaded .tar.gz or from a
 * directory (a cargo-audit clone). A file that does not parse is skipped and named in `skipped`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { cvssScore } from "./cvss.js";
import { parseAdvisory } from "./parse.js";
import { ArchiveError, readTarGz } from "./tar.js";
import type { Advisory, AdvisoryDatabase } from "./types.js";

export interface BuiltDatabase {
  database: AdvisoryDatabase;
  /** One line per advisory file that was skipped: `path: reason`. */
  skipped: string[];
}

export interface SourceFile {
  /** Path inside the database, e.g. `crates/hyper/RUSTSEC-2021-0078.md`. */
  path: string;
  text: string;
}

const ADVISORY_PATH = /^(crates\/[^/]+|rust\/[^/]+)\/[A-Z]+-\d{4}-\d+\.md$/;
const CRATES_IO_LINK = /https:\/\/crates\.io\/crates\/([A-Za-z0-9_-]+)/g;

/** Crates an unmaintained advisory links to on crates.io, apart from itself. */
function linkedCrates(text: string, self: string): string[] {
  const names = [...text.matchAll(CRATES_IO_LINK)].map((m) => m[1]!).filter((name) => name !== self);
  return [...new Set(names)];
}

export function buildDatabase(files: readonly SourceFile[], meta: Omit<AdvisoryDatabase, "advisories" | "date"> & { date?: string }): BuiltDatabase {
  const advisories: Advisory[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (!ADVISORY_PATH.test(file.path)) continue;
    try {
      const advisory = parseAdvisory(file.text, file.path);
      if (seen.has(advisory.id)) throw new Error(`duplicate id ${advisory.id}`);
      seen.add(advisory.id);
      if (advisory.cvss) {
        const score = cvssScore(advisory.cvss);
        if (score !== undefined) advisory.score = score;
      }
      if (advisory.kind === "unmaintained") {
        const alternatives = linkedCrates(file.text, advisory.package);
        if (alternatives.length > 0) advisory.alternatives = alternatives;
      }
      advisories.push(advisory);
    } catch (error) {
      skipped.push(`${file.path}: ${(error as Error).message}`);
    }
  }
  if (advisories.length === 0) throw new ArchiveError(files.length === 0 ? "no files in it" : "no RustSec advisory in it (is this the advisory-db?)");
  advisories.sort((a, b) => a.package.localeCompare(b.package) || a.id.localeCompare(b.id));
  const newest = advisories.reduce((max, a) => (a.date > max ? a.date : max), "0000-00-00");
  return { database: { ...meta, date: meta.date ?? newest, advisories }, skipped };
}

/** The advisory-db as GitHub's archive download (or `git archive`) serves it: one top folder, then the tree. */
export function databaseFromArchive(bytes: Buffer, source: string): BuiltDatabase {
  const { files, comment } = readTarGz(bytes);
  const inner = files.map((f) => ({ ...f, path: f.path.replace(/^[^/]+\//, "") }));
  const advisoryFiles = inner.filter((f) => ADVISORY_PATH.test(f.path));
  // `git archive` stamps every entry with the commit time.
  const mtime = Math.max(0, ...advisoryFiles.map((f) => f.mtime));
  const commit = comment && /^[0-9a-f]{40}$/.test(comment) ? comment : undefined;
  return buildDatabase(
    inner.map((f) => ({ path: f.path, text: f.data.toString("utf8") })),
    { source, ...(commit ? { commit } : {}), ...(mtime > 0 ? { date: new Date(mtime * 1000).toISOString().slice(0, 10) } : {}) },
  );
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && entry.name.endsWith(".md")) yield path;
  }
}

/** The commit a git checkout is at (HEAD, loose or packed ref), without running git. */
function gitHead(dir: string): { commit?: string; date?: string } {
  try {
    const gitDir = join(dir, ".git");
    const head = readFileSync(join(gitDir, "HEAD"), "utf8").trim();
    if (/^[0-9a-f]{40}$/.test(head)) return { commit: head, date: statSync(join(gitDir, "HEAD")).mtime.toISOString().slice(0, 10) };
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return {};
    const refPath = join(gitDir, ref);
    try {
      const commit = readFileSync(refPath, "utf8").trim();
      // The ref file is rewritten on every fetch that moves it: its time is when the data last changed.
      return { commit, date: statSync(refPath).mtime.toISOString().slice(0, 10) };
    } catch {
      const packed = readFileSync(join(gitDir, "packed-refs"), "utf8");
      const line = packed.split("\n").find((l) => l.endsWith(` ${ref}`));
      return line ? { commit: line.slice(0, 40) } : {};
    }
  } catch {
    return {};
  }
}

/** A directory holding the advisory-db (a cargo-audit clone, or an extracted archive). */
export function databaseFromDirectory(dir: string): BuiltDatabase {
  const files: SourceFile[] = [];
  for (const path of walk(dir)) {
    const rel = relative(dir, path).split("\\").join("/");
    if (ADVISORY_PATH.test(rel)) files.push({ path: rel, text: readFileSync(path, "utf8") });
  }
  const { commit, date } = gitHead(dir);
  const built = buildDatabase(files, { source: dir, ...(commit ? { commit } : {}) });
  // A ref time older than the newest advisory would understate freshness; take the later of the two.
  if (date && date > built.database.date) built.database.date = date;
  return built;
}
