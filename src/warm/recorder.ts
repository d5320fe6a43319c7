/**
 * The warm-run cache, write side: records every input a run touches so that src/warm/report-cache.ts can tell,
 * next time, whether any changed. Loaded only on a miss.
 *
 * Inputs are recorded where they enter, in Node's `fs` (the tool reads through `readFileSync`, `existsSync`,
 * `statSync`, `readdirSync` and `fs/promises` `readFile`), rather than listed by each module that reads: a file a
 * future module starts to read is then covered without anyone remembering to declare it, so an entry cannot go
 * stale by omission. Environment variables are recorded through a proxy of the environment object.
 */
import { randomBytes } from "node:crypto";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTRY_FORMAT, envNamesHash, envValueDigest, hashOf, listingHash, pathType, type EnvRecord, type InputRecord, type StoredReport } from "./report-cache.js";

type Env = Record<string, string | undefined>;

// The modules' shared objects (an ES namespace is read-only); syncBuiltinESMExports passes changes on to imports.
const require = createRequire(import.meta.url);
const fs = require("node:fs") as typeof import("node:fs");
const fsp = require("node:fs/promises") as typeof import("node:fs/promises");

export interface Recording {
  /** The environment to hand to the run: reads through it are recorded. */
  env: Env;
  /** Stops recording; the inputs, or undefined when one could not be recorded (then nothing is stored). */
  stop(): { inputs: InputRecord[]; env: EnvRecord } | undefined;
}

function pathOf(target: unknown): string | undefined {
  if (typeof target === "string") return resolve(target);
  if (target instanceof URL && target.protocol === "file:") return fileURLToPath(target);
  return undefined;
}

export function startRecording(env: Env): Recording {
  const inputs = new Map<string, InputRecord>();
  let unrecordable = false;
  // Node's own readFileSync opens the file through fs.openSync when no utf8 encoding is given: a call made from
  // inside a recorded read is part of that read, not another way in.
  let insideRecordedRead = 0;
  const envRead: Record<string, string | null> = Object.create(null) as Record<string, string | null>;
  let envNames: string | null = null;

  const add = (record: InputRecord) => {
    const key = `${record.kind}\0${record.path}`;
    const known = inputs.get(key);
    // The same input seen in two states during one run: the report depends on a moving input.
    if (known && JSON.stringify(known) !== JSON.stringify(record)) unrecordable = true;
    if (!known) inputs.set(key, record);
  };
  const fileRead = (target: unknown, read: () => string | Buffer): string | Buffer => {
    const path = pathOf(target);
    if (path === undefined) {
      unrecordable = true;
      return read();
    }
    const before = original.statSync(path, { throwIfNoEntry: false });
    let content: string | Buffer;
    try {
      insideRecordedRead++;
      try {
        content = read();
      } finally {
        insideRecordedRead--;
      }
    } catch (error) {
      add(before ? { kind: "type", path, type: pathType(path) } : { kind: "missing", path });
      throw error;
    }
    if (before) add({ kind: "file", path, size: before.size, mtimeMs: before.mtimeMs, ino: before.ino, hash: hashOf(content) });
    else unrecordable = true;
    return content;
  };

  const original = {
    readFileSync: fs.readFileSync,
    existsSync: fs.existsSync,
    statSync: fs.statSync,
    readdirSync: fs.readdirSync,
    readFile: fsp.readFile,
  };
  const patched = {
    readFileSync: ((target: unknown, options?: unknown) => fileRead(target, () => original.readFileSync(target as string, options as BufferEncoding))) as typeof fs.readFileSync,
    existsSync: ((target: unknown) => {
      const exists = original.existsSync(target as string);
      const path = pathOf(target);
      if (path === undefined) unrecordable = true;
      else add({ kind: "exists", path, exists });
      return exists;
    }) as typeof fs.existsSync,
    statSync: ((target: unknown, options?: unknown) => {
      const path = pathOf(target);
      if (path === undefined) unrecordable = true;
      else add({ kind: "type", path, type: pathType(path) });
      return original.statSync(target as string, options as import("node:fs").StatSyncOptions);
    }) as typeof fs.statSync,
    readdirSync: ((target: unknown, options?: unknown) => {
      const path = pathOf(target);
      const listing = original.readdirSync(target as string, options as { withFileTypes: true });
      if (path === undefined) unrecordable = true;
      else add({ kind: "dir", path, hash: listingHash(path) });
      return listing;
    }) as typeof fs.readdirSync,
    readFile: (async (target: unknown, options?: unknown) => {
      const path = pathOf(target);
      if (path === undefined) {
        unrecordable = true;
        return original.readFile(target as string, options as BufferEncoding);
      }
      const before = original.statSync(path, { throwIfNoEntry: false });
      try {
        const content = await original.readFile(path, options as BufferEncoding);
        if (before) add({ kind: "file", path, size: before.size, mtimeMs: before.mtimeMs, ino: before.ino, hash: hashOf(content) });
        else unrecordable = true;
        return content;
      } catch (error) {
        add(before ? { kind: "type", path, type: pathType(path) } : { kind: "missing", path });
        throw error;
      }
    }) as typeof fsp.readFile,
  };
  // Other ways to read are not recorded; a run that uses one is not stored (fail closed, never stale). Node's own
  // module loader calls realpathSync and lstatSync, so those two are left alone; the tool does not call them.
  const untracked = { fs: ["accessSync", "openSync", "createReadStream", "opendirSync"], fsp: ["access", "stat", "lstat", "open", "readdir", "opendir", "realpath"] } as const;
  const originalUntracked = { fs: new Map<string, unknown>(), fsp: new Map<string, unknown>() };
  const taint = (module: Record<string, unknown>, names: readonly string[], saved: Map<string, unknown>) => {
    for (const name of names) {
      const fn = module[name];
      if (typeof fn !== "function") continue;
      saved.set(name, fn);
      module[name] = function (this: unknown, ...args: unknown[]) {
        if (insideRecordedRead === 0) unrecordable = true;
        return (fn as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  };
  Object.assign(fs, patched);
  fsp.readFile = patched.readFile;
  taint(fs as unknown as Record<string, unknown>, untracked.fs, originalUntracked.fs);
  taint(fsp as unknown as Record<string, unknown>, untracked.fsp, originalUntracked.fsp);
  syncBuiltinESMExports();

  const recordedEnv = new Proxy(env, {
    get(target, name) {
      if (typeof name === "string" && !(name in envRead)) envRead[name] = envValueDigest(name, target[name]);
      return Reflect.get(target, name);
    },
    has(target, name) {
      if (typeof name === "string" && !(name in envRead)) envRead[name] = envValueDigest(name, target[name]);
      return Reflect.has(target, name);
    },
    ownKeys(target) {
      envNames = envNamesHash(target);
      return Reflect.ownKeys(target);
    },
  });

  return {
    env: recordedEnv,
    stop() {
      Object.assign(fs, original, Object.fromEntries(originalUntracked.fs));
      Object.assign(fsp, { readFile: original.readFile }, Object.fromEntries(originalUntracked.fsp));
      syncBuiltinESMExports();
      if (unrecordable) return undefined;
      // A file read and found unchanged also answers "does it exist" and "is it a file": one check instead of three.
      const files = new Set([...inputs.values()].filter((r) => r.kind === "file").map((r) => r.path));
      const implied = (r: InputRecord) => files.has(r.path) && ((r.kind === "exists" && r.exists) || (r.kind === "type" && r.type === "file"));
      return { inputs: [...inputs.values()].filter((r) => !implied(r)), env: { read: envRead, names: envNames } };
    },
  };
}

/** Writes the entry atomically (temporary file, then rename); the cache is best effort, so failures are ignored. */
export function storeReport(path: string, report: Omit<StoredReport, "format">): void {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    fs.mkdirSync(dirname(path), { recursive: true });
    fs.writeFileSync(temp, JSON.stringify({ format: ENTRY_FORMAT, ...report }));
    fs.renameSync(temp, path);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}
