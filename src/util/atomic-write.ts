/**
 * Writes a file so readers never see it half-written: a temp file beside it, then a rename. A write that cannot
 * happen (a directory in the way, a missing or read-only parent, a name the file system refuses) is an
 * OutputWriteError: a one-line message and exit code 2, never a stack.
 *
 * Temp names are short and the same for every target (`.cargo-sunset-<pid>-<hex>.tmp`), so a target name the file
 * system accepts never becomes a temp name it refuses. A write killed between the two steps leaves one behind:
 * the next write into that directory removes those of processes that are gone.
 */
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export class OutputWriteError extends Error {
  override name = "OutputWriteError";
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }

  describe(relativize: (file: string) => string): string {
    return `error: cannot write ${relativize(this.file)}: ${this.problem}`;
  }
}

const TEMP_NAME = /^\.cargo-sunset-(\d+)-[0-9a-f]{8}\.tmp$/;
/** The names earlier versions used: `.NAME.PID.HEX.tmp`. */
const LEGACY_TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** Older than this, a temp file is stale even if its process id has been reused. */
const STALE_AFTER_MS = 60 * 60 * 1000;

const REASONS: Record<string, string> = {
  EISDIR: "it is a directory",
  ENOTDIR: "a parent of it is a file, not a directory",
  ENOENT: "its directory does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? (code ? `${code}` : String(error));
}

export function tempPathFor(path: string): string {
  return join(dirname(path), `.cargo-sunset-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

function processIsGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Removes temp files of this tool in `dir` left by processes that no longer run (or older than an hour). */
export function removeStaleTempFiles(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name) ?? LEGACY_TEMP_NAME.exec(name);
    if (!match) continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      if (!stat.isFile()) continue;
      if (processIsGone(Number(match[1])) || now - stat.mtimeMs > STALE_AFTER_MS) {
        rmSync(path, { force: true });
        removed.push(path);
      }
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

export function writeFileAtomic(path: string, content: string): void {
  const dir = dirname(path);
  makeParents(path, dir);
  if (isDirectory(path)) throw new OutputWriteError(path, REASONS.EISDIR as string);
  removeStaleTempFiles(dir);
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new OutputWriteError(path, reasonOf(error));
  }
}

/**
 * Creates the missing directories above `path` one level at a time. (A recursive mkdir can loop forever on
 * file systems that answer every mkdir with an error, such as /proc.)
 */
function makeParents(path: string, dir: string): void {
  const missing: string[] = [];
  let existing = dir;
  for (;;) {
    try {
      if (!statSync(existing).isDirectory()) throw new OutputWriteError(path, REASONS.ENOTDIR as string);
      break;
    } catch (error) {
      if (error instanceof OutputWriteError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTDIR") throw new OutputWriteError(path, REASONS.ENOTDIR as string);
      if (code !== "ENOENT" || dirname(existing) === existing) throw new OutputWriteError(path, reasonOf(error));
      missing.push(existing);
      existing = dirname(existing);
    }
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new OutputWriteError(path, `cannot create ${level} (${reasonOf(error)})`);
    }
  }
}

/** Appends by rewriting atomically (a step summary is read whole by the runner). */
export function appendFileAtomic(path: string, content: string): void {
  let existing = "";
  try {
    existing = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw new OutputWriteError(path, reasonOf(error));
  }
  writeFileAtomic(path, existing + content);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
