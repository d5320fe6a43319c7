import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// dist/src/errors.js
var UsageError = class extends Error {
  name = "UsageError";
};
var InputError = class extends Error {
  file;
  line;
  column;
  problem;
  name = "InputError";
  constructor(file, line, column, problem) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
  /** The same error with the file shown relative to `cwd` (or as given when outside it). */
  describe(relativize) {
    return `${relativize(this.file)}:${this.line}:${this.column}: ${this.problem}`;
  }
};

// dist/src/util/atomic-write.js
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var OutputWriteError = class extends Error {
  file;
  problem;
  name = "OutputWriteError";
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
  }
  describe(relativize) {
    return `error: cannot write ${relativize(this.file)}: ${this.problem}`;
  }
};
var TEMP_NAME = /^\.cargo-sunset-(\d+)-[0-9a-f]{8}\.tmp$/;
var LEGACY_TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
var STALE_AFTER_MS = 60 * 60 * 1e3;
var REASONS = {
  EISDIR: "it is a directory",
  ENOTDIR: "a parent of it is a file, not a directory",
  ENOENT: "its directory does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded"
};
function reasonOf(error) {
  const code = error.code;
  return (code && REASONS[code]) ?? (code ? `${code}` : String(error));
}
function tempPathFor(path) {
  return join(dirname(path), `.cargo-sunset-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}
function processIsGone(pid) {
  if (pid === process.pid)
    return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}
function removeStaleTempFiles(dir, now = Date.now()) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name) ?? LEGACY_TEMP_NAME.exec(name);
    if (!match)
      continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      if (!stat.isFile())
        continue;
      if (processIsGone(Number(match[1])) || now - stat.mtimeMs > STALE_AFTER_MS) {
        rmSync(path, { force: true });
        removed.push(path);
      }
    } catch {
    }
  }
  return removed;
}
function writeFileAtomic(path, content) {
  const dir = dirname(path);
  makeParents(path, dir);
  if (isDirectory(path))
    throw new OutputWriteError(path, REASONS.EISDIR);
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
function makeParents(path, dir) {
  const missing = [];
  let existing = dir;
  for (; ; ) {
    try {
      if (!statSync(existing).isDirectory())
        throw new OutputWriteError(path, REASONS.ENOTDIR);
      break;
    } catch (error) {
      if (error instanceof OutputWriteError)
        throw error;
      const code = error.code;
      if (code === "ENOTDIR")
        throw new OutputWriteError(path, REASONS.ENOTDIR);
      if (code !== "ENOENT" || dirname(existing) === existing)
        throw new OutputWriteError(path, reasonOf(error));
      missing.push(existing);
      existing = dirname(existing);
    }
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      if (error.code !== "EEXIST")
        throw new OutputWriteError(path, `cannot create ${level} (${reasonOf(error)})`);
    }
  }
}
function appendFileAtomic(path, content) {
  let existing = "";
  try {
    existing = readFileSync(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT")
      throw new OutputWriteError(path, reasonOf(error));
  }
  writeFileAtomic(path, existing + content);
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export {
  UsageError,
  InputError,
  OutputWriteError,
  writeFileAtomic,
  appendFileAtomic
};
