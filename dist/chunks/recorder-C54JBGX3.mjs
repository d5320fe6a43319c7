import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import "./chunk-WDHDEUBW.mjs";

// dist/src/warm/recorder.js
import { randomBytes } from "node:crypto";
import { createRequire as createRequire2, syncBuiltinESMExports } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// dist/src/warm/report-cache.js
import * as nodeFs from "node:fs";
import { createRequire } from "node:module";
var { existsSync, readdirSync, readFileSync, statSync } = nodeFs;
var ENTRY_FORMAT = 1;
var crypto;
var hashOf = (data) => {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto.createHash("sha1").update(data).digest("hex");
};
function quickHash(text) {
  let a = 2166136261;
  let b = 84696351;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 16777619) ^ a >>> 13;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|KEY/i;
function envValueDigest(name, value) {
  if (value === void 0)
    return null;
  return SECRET_NAME.test(name) ? `s${hashOf(value)}` : `q${quickHash(value)}`;
}
function pathType(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  return !s ? "none" : s.isFile() ? "file" : s.isDirectory() ? "dir" : "other";
}
function listingHash(path) {
  return quickHash(readdirSync(path, { withFileTypes: true }).map((e) => `${e.name}/${e.isDirectory() ? "d" : e.isFile() ? "f" : "o"}`).sort().join("\n"));
}
function envNamesHash(env) {
  return quickHash(Object.keys(env).sort().join("\n"));
}

// dist/src/warm/recorder.js
var require2 = createRequire2(import.meta.url);
var fs = require2("node:fs");
var fsp = require2("node:fs/promises");
function pathOf(target) {
  if (typeof target === "string")
    return resolve(target);
  if (target instanceof URL && target.protocol === "file:")
    return fileURLToPath(target);
  return void 0;
}
function startRecording(env) {
  const inputs = /* @__PURE__ */ new Map();
  let unrecordable = false;
  let insideRecordedRead = 0;
  const envRead = /* @__PURE__ */ Object.create(null);
  let envNames = null;
  const add = (record) => {
    const key = `${record.kind}\0${record.path}`;
    const known = inputs.get(key);
    if (known && JSON.stringify(known) !== JSON.stringify(record))
      unrecordable = true;
    if (!known)
      inputs.set(key, record);
  };
  const fileRead = (target, read) => {
    const path = pathOf(target);
    if (path === void 0) {
      unrecordable = true;
      return read();
    }
    const before = original.statSync(path, { throwIfNoEntry: false });
    let content;
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
    if (before)
      add({ kind: "file", path, size: before.size, mtimeMs: before.mtimeMs, ino: before.ino, hash: hashOf(content) });
    else
      unrecordable = true;
    return content;
  };
  const original = {
    readFileSync: fs.readFileSync,
    existsSync: fs.existsSync,
    statSync: fs.statSync,
    readdirSync: fs.readdirSync,
    readFile: fsp.readFile
  };
  const patched = {
    readFileSync: ((target, options) => fileRead(target, () => original.readFileSync(target, options))),
    existsSync: ((target) => {
      const exists = original.existsSync(target);
      const path = pathOf(target);
      if (path === void 0)
        unrecordable = true;
      else
        add({ kind: "exists", path, exists });
      return exists;
    }),
    statSync: ((target, options) => {
      const path = pathOf(target);
      if (path === void 0)
        unrecordable = true;
      else
        add({ kind: "type", path, type: pathType(path) });
      return original.statSync(target, options);
    }),
    readdirSync: ((target, options) => {
      const path = pathOf(target);
      const listing = original.readdirSync(target, options);
      if (path === void 0)
        unrecordable = true;
      else
        add({ kind: "dir", path, hash: listingHash(path) });
      return listing;
    }),
    readFile: (async (target, options) => {
      const path = pathOf(target);
      if (path === void 0) {
        unrecordable = true;
        return original.readFile(target, options);
      }
      const before = original.statSync(path, { throwIfNoEntry: false });
      try {
        const content = await original.readFile(path, options);
        if (before)
          add({ kind: "file", path, size: before.size, mtimeMs: before.mtimeMs, ino: before.ino, hash: hashOf(content) });
        else
          unrecordable = true;
        return content;
      } catch (error) {
        add(before ? { kind: "type", path, type: pathType(path) } : { kind: "missing", path });
        throw error;
      }
    })
  };
  const untracked = { fs: ["accessSync", "openSync", "createReadStream", "opendirSync"], fsp: ["access", "stat", "lstat", "open", "readdir", "opendir", "realpath"] };
  const originalUntracked = { fs: /* @__PURE__ */ new Map(), fsp: /* @__PURE__ */ new Map() };
  const taint = (module, names, saved) => {
    for (const name of names) {
      const fn = module[name];
      if (typeof fn !== "function")
        continue;
      saved.set(name, fn);
      module[name] = function(...args) {
        if (insideRecordedRead === 0)
          unrecordable = true;
        return fn.apply(this, args);
      };
    }
  };
  Object.assign(fs, patched);
  fsp.readFile = patched.readFile;
  taint(fs, untracked.fs, originalUntracked.fs);
  taint(fsp, untracked.fsp, originalUntracked.fsp);
  syncBuiltinESMExports();
  const recordedEnv = new Proxy(env, {
    get(target, name) {
      if (typeof name === "string" && !(name in envRead))
        envRead[name] = envValueDigest(name, target[name]);
      return Reflect.get(target, name);
    },
    has(target, name) {
      if (typeof name === "string" && !(name in envRead))
        envRead[name] = envValueDigest(name, target[name]);
      return Reflect.has(target, name);
    },
    ownKeys(target) {
      envNames = envNamesHash(target);
      return Reflect.ownKeys(target);
    }
  });
  return {
    env: recordedEnv,
    stop() {
      Object.assign(fs, original, Object.fromEntries(originalUntracked.fs));
      Object.assign(fsp, { readFile: original.readFile }, Object.fromEntries(originalUntracked.fsp));
      syncBuiltinESMExports();
      if (unrecordable)
        return void 0;
      const files = new Set([...inputs.values()].filter((r) => r.kind === "file").map((r) => r.path));
      const implied = (r) => files.has(r.path) && (r.kind === "exists" && r.exists || r.kind === "type" && r.type === "file");
      return { inputs: [...inputs.values()].filter((r) => !implied(r)), env: { read: envRead, names: envNames } };
    }
  };
}
function storeReport(path, report) {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    fs.mkdirSync(dirname(path), { recursive: true });
    fs.writeFileSync(temp, JSON.stringify({ format: ENTRY_FORMAT, ...report }));
    fs.renameSync(temp, path);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}
export {
  startRecording,
  storeReport
};
