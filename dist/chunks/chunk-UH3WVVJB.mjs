var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// dist/src/cli-io.js
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

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

// dist/src/util/package-root.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached)
    return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !readFileSync(join(dir, "package.json"), "utf8").includes('"name": "cargo-sunset"')) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("cargo-sunset package root not found");
    dir = parent;
  }
  cached = dir;
  return dir;
}
function toolVersion() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
}

// dist/src/model/spans.js
var SEP = "\0";
var Char;
(function(Char2) {
  Char2[Char2["Quote"] = 34] = "Quote";
  Char2[Char2["Apostrophe"] = 39] = "Apostrophe";
  Char2[Char2["Comma"] = 44] = "Comma";
  Char2[Char2["Dot"] = 46] = "Dot";
  Char2[Char2["OpenBracket"] = 91] = "OpenBracket";
  Char2[Char2["Backslash"] = 92] = "Backslash";
  Char2[Char2["CloseBracket"] = 93] = "CloseBracket";
  Char2[Char2["OpenBrace"] = 123] = "OpenBrace";
  Char2[Char2["CloseBrace"] = 125] = "CloseBrace";
})(Char || (Char = {}));
var ESCAPES = { b: "\b", t: "	", n: "\n", f: "\f", r: "\r", e: "\x1B", '"': '"', "\\": "\\" };
function unescapeBasic(raw) {
  return raw.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})|(.))/g, (_m, u4, u8, x2, c) => {
    const hex = u4 ?? u8 ?? x2;
    return hex !== void 0 ? String.fromCodePoint(parseInt(hex, 16)) : ESCAPES[c] ?? c;
  });
}
var BLANKS = /[ \t]*/y;
var TRIVIA = /(?:[ \t\r\n]+|#[^\n]*)*/y;
var BARE = /[^ \t\r\n.=,#[\]{}"']*/y;
var BASIC_STRING = /"(?:[^"\\\n]|\\.)*"?/y;
var SCALAR = /[^ \t\r\n,#[\]{}"'=]*/y;
var DATE_THEN_TIME = /(?<=\d{4}-\d{2}-\d{2}) (?=\d)/y;
var KeyScanner = class {
  text;
  pos = 0;
  line = 1;
  lineStart = 0;
  /** Off inside arrays and under `[[...]]`, whose keys are passed over but never looked up. */
  recording = true;
  spans = /* @__PURE__ */ new Map();
  constructor(text) {
    this.text = text;
  }
  at(offset = 0) {
    return this.text.charCodeAt(this.pos + offset);
  }
  /** Advances over a match of the sticky `pattern` at pos (possibly empty). */
  skip(pattern) {
    pattern.lastIndex = this.pos;
    if (pattern.test(this.text))
      this.pos = pattern.lastIndex;
  }
  /** Marks the line breaks in [from, pos) as passed. */
  countLines(from) {
    for (let i = this.text.indexOf("\n", from); i >= 0 && i < this.pos; i = this.text.indexOf("\n", i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
  }
  /** Spaces and tabs only. */
  skipBlanks() {
    this.skip(BLANKS);
  }
  /** Blanks, comments and line breaks (between top-level items, inside arrays and TOML 1.1 inline tables). */
  skipTrivia() {
    const from = this.pos;
    this.skip(TRIVIA);
    this.countLines(from);
  }
  remember(path, start) {
    if (!this.recording)
      return;
    const id = path.join(SEP);
    if (this.spans.has(id))
      return;
    const column = start - this.lineStart + 1;
    this.spans.set(id, { line: this.line, column, endLine: this.line, endColumn: column + (this.pos - start) });
  }
  /** One key segment: bare, "basic" or 'literal'. Records its span under `path` + segment. */
  keySegment(path) {
    const start = this.pos;
    const c = this.at();
    let name;
    if (c === Char.Quote) {
      const end = this.endOfBasicString(this.pos + 1);
      name = unescapeBasic(this.text.slice(this.pos + 1, end));
      this.pos = end + 1;
    } else if (c === Char.Apostrophe) {
      const end = this.text.indexOf("'", this.pos + 1);
      name = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      this.skip(BARE);
      name = this.text.slice(start, this.pos);
    }
    path.push(name);
    this.remember(path, start);
  }
  /** A dotted key (`a."b".c`), each prefix recorded; returns the full path. */
  key(prefix) {
    const path = [...prefix];
    for (; ; ) {
      this.skipBlanks();
      this.keySegment(path);
      this.skipBlanks();
      if (this.at() !== Char.Dot)
        return path;
      this.pos++;
    }
  }
  /** Index of the closing quote of a single-line basic string whose contents start at `from`. */
  endOfBasicString(from) {
    BASIC_STRING.lastIndex = from - 1;
    BASIC_STRING.test(this.text);
    return BASIC_STRING.lastIndex - 1;
  }
  /** Skips a multi-line string opened by three `quote`s at pos, counting its lines. */
  skipMultilineString(quote) {
    const from = this.pos;
    const delimiter = quote === Char.Quote ? '"""' : "'''";
    let close = this.text.indexOf(delimiter, this.pos + 3);
    while (close >= 0 && quote === Char.Quote && this.backslashesBefore(close) % 2 === 1)
      close = this.text.indexOf(delimiter, close + 1);
    this.pos = close < 0 ? this.text.length : close + 3;
    for (let extra = 0; extra < 2 && this.at() === quote; extra++)
      this.pos++;
    this.countLines(from);
  }
  backslashesBefore(index) {
    let count = 0;
    while (this.text.charCodeAt(index - 1 - count) === Char.Backslash)
      count++;
    return count;
  }
  /** Skips one value, recording the keys of an inline table under `path` (the key-value's own path). */
  value(path) {
    const c = this.at();
    if (c === Char.Quote || c === Char.Apostrophe) {
      if (this.at(1) === c && this.at(2) === c)
        this.skipMultilineString(c);
      else if (c === Char.Quote)
        this.pos = this.endOfBasicString(this.pos + 1) + 1;
      else
        this.pos = this.text.indexOf("'", this.pos + 1) + 1;
    } else if (c === Char.OpenBracket) {
      this.pos++;
      const recording = this.recording;
      this.recording = false;
      this.items(Char.CloseBracket, () => this.value(path));
      this.recording = recording;
    } else if (c === Char.OpenBrace) {
      this.pos++;
      this.items(Char.CloseBrace, () => this.keyValue(path));
    } else {
      this.scalar();
    }
  }
  /** `key = value` under the table (or inline table) at `prefix`. */
  keyValue(prefix) {
    const path = this.key(prefix);
    this.skipBlanks();
    this.pos++;
    this.skipBlanks();
    this.value(path);
  }
  /** Comma-separated items up to `close`, trivia allowed between them. */
  items(close, item) {
    for (; ; ) {
      this.skipTrivia();
      const c = this.at();
      if (c === close || Number.isNaN(c)) {
        this.pos++;
        return;
      }
      if (c === Char.Comma) {
        this.pos++;
        continue;
      }
      const before = this.pos;
      item();
      if (this.pos === before)
        this.pos++;
    }
  }
  /** Numbers, booleans, dates and times; a date and a time may be separated by one space. */
  scalar() {
    this.skip(SCALAR);
    DATE_THEN_TIME.lastIndex = this.pos;
    if (DATE_THEN_TIME.test(this.text)) {
      this.pos++;
      this.skip(SCALAR);
    }
  }
  /** `[a.b]` records a and a.b and returns the path; `[[a]]` records nothing (its tables hold no keys we look up). */
  header() {
    const arrayOfTables = this.at(1) === Char.OpenBracket;
    this.pos += arrayOfTables ? 2 : 1;
    this.recording = !arrayOfTables;
    const path = this.key([]);
    this.skipBlanks();
    this.pos += arrayOfTables ? 2 : 1;
    return arrayOfTables ? null : path;
  }
  scan() {
    let table = [];
    for (; ; ) {
      this.skipTrivia();
      const c = this.at();
      if (Number.isNaN(c))
        return this.spans;
      const before = this.pos;
      if (c === Char.OpenBracket) {
        table = this.header();
      } else {
        this.recording = table !== null;
        this.keyValue(table ?? []);
      }
      if (this.pos === before)
        this.pos++;
    }
  }
};
function indexKeySpans(text) {
  return new KeyScanner(text.charCodeAt(0) === 65279 ? text.slice(1) : text).scan();
}
var SpanLocator = class {
  readText;
  indexes = /* @__PURE__ */ new Map();
  constructor(readText) {
    this.readText = readText;
  }
  spanOf(file, keyPath) {
    let index = this.indexes.get(file);
    if (!index) {
      index = indexKeySpans(this.readText(file));
      this.indexes.set(file, index);
    }
    return index.get(keyPath.join(SEP));
  }
};

// dist/src/model/cargo-semver.js
var RequirementError = class extends Error {
};
var COMPARATOR_RE = /^(=|>=|<=|>|<|~|\^)?\s*(\d+|\*|x|X)(?:\.(\d+|\*|x|X))?(?:\.(\d+|\*|x|X))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseNumber(part, text) {
  if (part === void 0)
    return void 0;
  if (part === "*" || part === "x" || part === "X")
    return "*";
  if (part.length > 1 && part.startsWith("0"))
    throw new RequirementError(`invalid leading zero in \`${text}\``);
  return Number(part);
}
function parseComparator(text) {
  const m = COMPARATOR_RE.exec(text);
  if (!m)
    throw new RequirementError(`unexpected character in version requirement \`${text}\``);
  const explicitOp = m[1];
  const parts = [parseNumber(m[2], text), parseNumber(m[3], text), parseNumber(m[4], text)];
  const firstWild = parts.indexOf("*");
  if (firstWild === 0) {
    if (explicitOp !== void 0 || parts[1] !== void 0)
      throw new RequirementError(`invalid wildcard in \`${text}\``);
    return { op: "*", wildcard: true };
  }
  if (firstWild > 0 && parts.slice(firstWild).some((p) => p !== "*" && p !== void 0)) {
    throw new RequirementError(`invalid wildcard in \`${text}\``);
  }
  const pre = m[5];
  if (pre !== void 0 && (parts[2] === void 0 || firstWild >= 0)) {
    throw new RequirementError(`pre-release needs a full version in \`${text}\``);
  }
  const nums = parts.map((p) => p === "*" ? void 0 : p);
  return {
    op: explicitOp ?? "^",
    major: nums[0],
    minor: nums[1],
    patch: nums[2],
    pre,
    wildcard: firstWild > 0 && explicitOp === void 0
  };
}
function parseRequirement(raw) {
  const text = raw.trim();
  if (text === "")
    throw new RequirementError("empty version requirement");
  const pieces = text.split(",").map((p) => p.trim());
  if (pieces.some((p) => p === ""))
    throw new RequirementError(`empty comparator in \`${raw}\``);
  const comparators = pieces.map(parseComparator);
  if (comparators.length > 1 && comparators.some((c) => c.op === "*")) {
    throw new RequirementError("wildcard req (`*`) must be the only comparator");
  }
  return comparators;
}
function formatComparator(c) {
  if (c.op === "*")
    return "*";
  let version = String(c.major);
  if (c.minor !== void 0)
    version += `.${c.minor}`;
  else if (c.wildcard)
    return `${c.op === "^" ? "" : c.op}${version}.*`;
  if (c.patch !== void 0)
    version += `.${c.patch}`;
  else if (c.wildcard)
    return `${c.op === "^" ? "" : c.op}${version}.*`;
  if (c.pre)
    version += `-${c.pre}`;
  return `${c.op}${version}`;
}
function normalizeRequirement(raw) {
  return parseRequirement(raw).map(formatComparator).join(", ");
}
var PRE_IDENTIFIER = String.raw`(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)`;
var VERSION_RE = new RegExp(String.raw`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(${PRE_IDENTIFIER}(?:\.${PRE_IDENTIFIER})*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$`);
function parseVersion(text) {
  const m = VERSION_RE.exec(text.trim());
  if (!m)
    return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] === void 0 ? [] : m[4].split(".") };
}
var NUMERIC = /^\d+$/;
function comparePre(a, b) {
  if (a.length === 0 || b.length === 0)
    return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y)
      continue;
    const xNum = NUMERIC.test(x);
    const yNum = NUMERIC.test(y);
    if (xNum && yNum)
      return Number(x) - Number(y) || x.length - y.length;
    if (xNum !== yNum)
      return xNum ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre);
}
var preOf = (c) => c.pre === void 0 ? [] : c.pre.split(".");
function matchesExact(c, v) {
  if (v.major !== c.major)
    return false;
  if (c.minor !== void 0 && v.minor !== c.minor)
    return false;
  if (c.patch !== void 0 && v.patch !== c.patch)
    return false;
  return comparePre(v.pre, preOf(c)) === 0;
}
function matchesBeyond(c, v, direction) {
  if (v.major !== c.major)
    return Math.sign(v.major - c.major) === direction;
  if (c.minor === void 0)
    return false;
  if (v.minor !== c.minor)
    return Math.sign(v.minor - c.minor) === direction;
  if (c.patch === void 0)
    return false;
  if (v.patch !== c.patch)
    return Math.sign(v.patch - c.patch) === direction;
  return Math.sign(comparePre(v.pre, preOf(c))) === direction;
}
function matchesTilde(c, v) {
  if (v.major !== c.major)
    return false;
  if (c.minor !== void 0 && v.minor !== c.minor)
    return false;
  if (c.patch !== void 0 && v.patch !== c.patch)
    return v.patch > c.patch;
  return comparePre(v.pre, preOf(c)) >= 0;
}
function matchesCaret(c, v) {
  const major = c.major;
  if (v.major !== major)
    return false;
  if (c.minor === void 0)
    return true;
  const minor = c.minor;
  if (c.patch === void 0)
    return major > 0 ? v.minor >= minor : v.minor === minor;
  const patch = c.patch;
  if (major > 0) {
    if (v.minor !== minor)
      return v.minor > minor;
    if (v.patch !== patch)
      return v.patch > patch;
  } else if (minor > 0) {
    if (v.minor !== minor)
      return false;
    if (v.patch !== patch)
      return v.patch > patch;
  } else if (v.minor !== minor || v.patch !== patch) {
    return false;
  }
  return comparePre(v.pre, preOf(c)) >= 0;
}
function matchesComparator(c, v) {
  if (c.op === "*")
    return true;
  if (c.wildcard)
    return matchesExact(c, v);
  switch (c.op) {
    case "=":
      return matchesExact(c, v);
    case ">":
      return matchesBeyond(c, v, 1);
    case ">=":
      return matchesExact(c, v) || matchesBeyond(c, v, 1);
    case "<":
      return matchesBeyond(c, v, -1);
    case "<=":
      return matchesExact(c, v) || matchesBeyond(c, v, -1);
    case "~":
      return matchesTilde(c, v);
    case "^":
      return matchesCaret(c, v);
  }
}
function admitsPreRelease(comparators, v) {
  return comparators.some((c) => c.major === v.major && c.minor === v.minor && c.patch === v.patch && c.pre !== void 0);
}
function matches(comparators, v) {
  return comparators.every((c) => matchesComparator(c, v)) && (v.pre.length === 0 || admitsPreRelease(comparators, v));
}
function satisfies(version, req) {
  const v = parseVersion(version);
  if (!v)
    return false;
  try {
    return matches(parseRequirement(req), v);
  } catch {
    return false;
  }
}
function isValidRequirement(req) {
  try {
    parseRequirement(req);
    return true;
  } catch {
    return false;
  }
}
var formatVersion = (v) => `${v.major}.${v.minor}.${v.patch}${v.pre.length > 0 ? `-${v.pre.join(".")}` : ""}`;
function lowerBound(c) {
  if (c.op === "*" || c.op === "<" || c.op === "<=")
    return null;
  const v = { major: c.major, minor: c.minor ?? 0, patch: c.patch ?? 0, pre: preOf(c) };
  if (c.op !== ">" || c.wildcard)
    return v;
  if (c.minor === void 0)
    return { major: v.major + 1, minor: 0, patch: 0, pre: [] };
  if (c.patch === void 0)
    return { major: v.major, minor: v.minor + 1, patch: 0, pre: [] };
  return v.pre.length > 0 ? { ...v, pre: [...v.pre, "0"] } : { ...v, patch: v.patch + 1 };
}
function lowestAdmitted(req) {
  let comparators;
  try {
    comparators = parseRequirement(req);
  } catch {
    return null;
  }
  const candidates = [{ major: 0, minor: 0, patch: 0, pre: ["0"] }, { major: 0, minor: 0, patch: 0, pre: [] }];
  for (const c of comparators) {
    const bound = lowerBound(c);
    if (!bound)
      continue;
    candidates.push(bound);
    if (bound.pre.length > 0)
      candidates.push({ ...bound, pre: [] });
  }
  let lowest = null;
  for (const v of candidates) {
    if (matches(comparators, v) && (!lowest || compareVersions(v, lowest) < 0))
      lowest = v;
  }
  return lowest ? formatVersion(lowest) : null;
}
function rustVersionToSemver(rustVersion) {
  const parts = rustVersion.trim().split(".");
  while (parts.length < 3)
    parts.push("0");
  const v = parts.slice(0, 3).join(".");
  return parseVersion(v) ? v : null;
}

// dist/src/model/graph.js
function summarizeReaches(reaches) {
  const some = reaches.length > 0;
  return {
    reaches,
    members: [...new Set(reaches.map((r) => r.member))],
    devOnly: some && reaches.every((r) => r.direct.kind === "dev"),
    buildOnly: some && reaches.every((r) => r.direct.kind === "build"),
    targetOnly: some && reaches.every((r) => r.direct.target !== null),
    kinds: [...new Set(reaches.map((r) => r.direct.kind))]
  };
}
function sourceMatches(dep, pkg) {
  switch (dep.source.type) {
    case "path":
      return pkg.source === null;
    case "git":
      return pkg.source?.startsWith(`git+${dep.source.url}`) ?? false;
    default:
      return pkg.source !== null && !pkg.source.startsWith("git+");
  }
}
function buildGraph(workspace) {
  const lockfile = workspace.lockfile;
  if (!lockfile)
    return null;
  const byId = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const p of lockfile.packages) {
    byId.set(p.id, p);
    const named = byName.get(p.name);
    if (named)
      named.push(p);
    else
      byName.set(p.name, [p]);
  }
  const memberIds = /* @__PURE__ */ new Map();
  const membersById = /* @__PURE__ */ new Map();
  for (const member of workspace.members) {
    const locked = byName.get(member.name)?.find((p) => p.version === member.version && p.source === null);
    if (locked) {
      memberIds.set(member.manifestPath, locked.id);
      membersById.set(locked.id, member);
    }
  }
  const edgesByMember = /* @__PURE__ */ new Map();
  const lockedEdgesOf = (memberId) => {
    let edges = edgesByMember.get(memberId);
    if (!edges) {
      edges = /* @__PURE__ */ new Map();
      for (const id of byId.get(memberId)?.dependencies ?? []) {
        const p = byId.get(id);
        const named = edges.get(p.name);
        if (named)
          named.push(p);
        else
          edges.set(p.name, [p]);
      }
      edgesByMember.set(memberId, edges);
    }
    return edges;
  };
  const resolveDirect = (dep, member) => {
    const memberId = memberIds.get(member.manifestPath);
    const pool = (memberId ? lockedEdgesOf(memberId).get(dep.name) : byName.get(dep.name)) ?? [];
    const candidates = pool.length === 1 ? pool : pool.filter((p) => sourceMatches(dep, p));
    if (candidates.length === 1)
      return sourceMatches(dep, candidates[0]) ? candidates[0]?.id : void 0;
    return (candidates.find((p) => satisfies(p.version, dep.req)) ?? candidates[0])?.id;
  };
  const resolved = /* @__PURE__ */ new Map();
  const lockedIdOf = (dep, member) => {
    if (resolved.has(dep))
      return resolved.get(dep);
    const id = resolveDirect(dep, member);
    resolved.set(dep, id);
    return id;
  };
  const forwardEdges = /* @__PURE__ */ new Map();
  const nonDevEdgesOf = (memberId, member) => {
    let edges = forwardEdges.get(memberId);
    if (!edges) {
      edges = /* @__PURE__ */ new Set();
      for (const dep of member.dependencies) {
        const next = dep.kind === "dev" ? void 0 : lockedIdOf(dep, member);
        if (next)
          edges.add(next);
      }
      forwardEdges.set(memberId, edges);
    }
    return edges;
  };
  let dependents;
  const dependentsOf = (id) => {
    if (!dependents) {
      dependents = /* @__PURE__ */ new Map();
      for (const p of lockfile.packages) {
        for (const next of p.dependencies) {
          const known = dependents.get(next);
          if (known)
            known.push(p.id);
          else
            dependents.set(next, [p.id]);
        }
      }
    }
    return dependents.get(id) ?? [];
  };
  const stepsTowards = (target) => {
    const next = /* @__PURE__ */ new Map([[target, null]]);
    const queue = [target];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i];
      for (const parent of dependentsOf(id)) {
        if (next.has(parent))
          continue;
        const member = membersById.get(parent);
        if (member && !nonDevEdgesOf(parent, member).has(id))
          continue;
        next.set(parent, id);
        queue.push(parent);
      }
    }
    return next;
  };
  const candidateMembers = (next) => {
    const candidates = new Set(workspace.members.filter((m) => !memberIds.has(m.manifestPath)));
    for (const id of next.keys()) {
      for (const parent of dependentsOf(id)) {
        const member = membersById.get(parent);
        if (member)
          candidates.add(member);
      }
    }
    return candidates;
  };
  const summaries = /* @__PURE__ */ new Map();
  const reach = (id) => {
    const known = summaries.get(id);
    if (known)
      return known;
    const reaches = [];
    const next = stepsTowards(id);
    const candidates = candidateMembers(next);
    for (const member of workspace.members) {
      if (!candidates.has(member))
        continue;
      for (const direct of member.dependencies) {
        const start = lockedIdOf(direct, member);
        if (start === void 0 || !next.has(start))
          continue;
        const path = [];
        for (let at = start; at; at = next.get(at))
          path.push(at);
        reaches.push({ member: member.name, memberManifestPath: member.manifestPath, direct, path });
      }
    }
    const summary = summarizeReaches(reaches);
    summaries.set(id, summary);
    return summary;
  };
  return { lockfile, packageById: (id) => byId.get(id), lockedIdOf, reach };
}

// dist/src/config/errors.js
function formatIssue(issue, file) {
  return issue.line > 0 ? `${file}:${issue.line}:${issue.column}: ${issue.message}` : `${file}: ${issue.message}`;
}
var ConfigError = class extends Error {
  name = "ConfigError";
  issues;
  constructor(issues) {
    super(issues.map((issue) => formatIssue(issue, issue.file)).join("\n"));
    this.issues = issues;
  }
  /** The same lines with each file shown through `relativize` (the CLI prints paths relative to cwd). */
  describe(relativize) {
    return this.issues.map((issue) => formatIssue(issue, relativize(issue.file))).join("\n");
  }
};

// dist/src/model/toml-file.js
import { readFileSync as readFileSync2 } from "node:fs";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber2(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber2(ctx, ctx.p, c, 0, end);
}
function parseNumber2(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber2(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber2(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// dist/src/model/toml-file.js
function readTextFile(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(path, 1, 1, code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(error)})`);
  }
}
function parseToml(path, text) {
  try {
    return { path, text, data: parse(text) };
  } catch (error) {
    if (error instanceof TomlError) {
      const message = error.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "") ?? "invalid TOML";
      throw new InputError(path, error.line, error.column, `invalid TOML: ${message}`);
    }
    throw error;
  }
}
function readTomlFile(path) {
  return parseToml(path, readTextFile(path));
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// dist/src/model/workspace.js
import { existsSync as existsSync3 } from "node:fs";
import { join as join4, relative as relative2 } from "node:path";

// dist/src/model/dependencies.js
import { resolve } from "node:path";

// dist/src/model/cfg.js
var CfgError = class extends Error {
};
var TOKEN_RE = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|"((?:[^"\\]|\\.)*)"|([(),=]))/y;
function tokenize(text) {
  const tokens = [];
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN_RE.lastIndex)))
      break;
    const m = TOKEN_RE.exec(text);
    if (!m)
      throw new CfgError(`unexpected character in cfg \`${text}\``);
    tokens.push(m[1] ?? (m[2] !== void 0 ? `"${m[2]}"` : m[3]));
  }
  return tokens;
}
function parseExpr(tokens, pos) {
  const name = tokens[pos.i++];
  if (name === void 0 || !/^[A-Za-z_]/.test(name))
    throw new CfgError("expected an identifier in cfg expression");
  if (tokens[pos.i] === "(" && (name === "all" || name === "any" || name === "not")) {
    pos.i++;
    const exprs = [];
    while (tokens[pos.i] !== ")") {
      exprs.push(parseExpr(tokens, pos));
      if (tokens[pos.i] === ",")
        pos.i++;
      else if (tokens[pos.i] !== ")")
        throw new CfgError("expected `,` or `)` in cfg expression");
    }
    pos.i++;
    if (name === "not") {
      if (exprs.length !== 1)
        throw new CfgError("`not` takes exactly one cfg expression");
      return { kind: "not", expr: exprs[0] };
    }
    return { kind: name, exprs };
  }
  if (tokens[pos.i] === "=") {
    pos.i++;
    const value = tokens[pos.i++];
    if (value === void 0 || !value.startsWith('"'))
      throw new CfgError("expected a string after `=` in cfg expression");
    return { kind: "pair", key: name, value: value.slice(1, -1) };
  }
  return { kind: "name", name };
}
function render(expr) {
  switch (expr.kind) {
    case "name":
      return expr.name;
    case "pair":
      return `${expr.key} = "${expr.value}"`;
    case "not":
      return `not(${render(expr.expr)})`;
    default:
      return `${expr.kind}(${expr.exprs.map(render).join(", ")})`;
  }
}
function normalizeTarget(target) {
  if (!target.startsWith("cfg(") || !target.endsWith(")")) {
    const bad = [...target].find((c) => !/^[\p{Alphabetic}\p{N}_.-]$/u.test(c));
    if (bad === "(" || bad !== void 0 && target.includes("(")) {
      throw new CfgError("unexpected `(` character, cfg expressions must start with `cfg(`");
    }
    if (bad !== void 0)
      throw new CfgError(`unexpected character ${bad} in target name`);
    return target;
  }
  const tokens = tokenize(target.slice(4, -1));
  const pos = { i: 0 };
  const expr = parseExpr(tokens, pos);
  if (pos.i !== tokens.length)
    throw new CfgError(`unexpected content after cfg expression in \`${target}\``);
  return `cfg(${render(expr)})`;
}

// dist/src/model/manifest.js
import { dirname as dirname2 } from "node:path";
function readManifest(path) {
  const doc = readTomlFile(path);
  const pkg = doc.data.package ?? doc.data.project;
  const workspace = doc.data.workspace;
  const manifest = {
    path,
    dir: dirname2(path),
    text: doc.text,
    data: doc.data,
    package: isTable(pkg) ? pkg : null,
    workspace: isTable(workspace) ? workspace : null
  };
  if (pkg !== void 0 && !isTable(pkg))
    throw manifestError(manifest, ["package"], "`package` must be a table");
  if (workspace !== void 0 && !isTable(workspace))
    throw manifestError(manifest, ["workspace"], "`workspace` must be a table");
  if (!manifest.package && !manifest.workspace) {
    throw new InputError(path, 1, 1, "manifest is missing either a `[package]` or a `[workspace]`");
  }
  return manifest;
}
function manifestError(doc, keyPath, problem) {
  const spans = indexKeySpans(doc.text);
  for (let n = keyPath.length; n > 0; n--) {
    const span = spans.get(keyPath.slice(0, n).join("\0"));
    if (span)
      return new InputError(doc.path, span.line, span.column, problem);
  }
  return new InputError(doc.path, 1, 1, problem);
}
function packageKey(doc) {
  return isTable(doc.data.package) ? "package" : "project";
}

// dist/src/model/dependencies.js
function isEdition2024OrLater(edition) {
  return Number(edition) >= 2024;
}
var KIND_TABLES = [
  { kind: "normal", names: ["dependencies", null] },
  { kind: "dev", names: ["dev-dependencies", "dev_dependencies"] },
  { kind: "build", names: ["build-dependencies", "build_dependencies"] }
];
function entriesOf(doc, table, prefix, target, edition) {
  const out = [];
  for (const { kind, names } of KIND_TABLES) {
    const [dashed, legacy] = names;
    let name = dashed;
    if (legacy && table[legacy] !== void 0) {
      if (isEdition2024OrLater(edition)) {
        throw manifestError(doc, [...prefix, legacy], `\`${legacy}\` is unsupported as of the 2024 edition; instead use \`${dashed}\``);
      }
      if (table[dashed] === void 0)
        name = legacy;
    }
    const deps = table[name];
    if (deps === void 0)
      continue;
    if (!isTable(deps))
      throw manifestError(doc, [...prefix, name], `\`${name}\` must be a table`);
    for (const key in deps)
      out.push({ key, value: deps[key], kind, target, keyPath: prefix.concat(name, key) });
  }
  return out;
}
function listDependencyEntries(doc, edition) {
  const entries = entriesOf(doc, doc.data, [], null, edition);
  const targets = doc.data.target;
  if (isTable(targets)) {
    for (const [spec, table] of Object.entries(targets)) {
      if (!isTable(table))
        continue;
      let target;
      try {
        target = normalizeTarget(spec);
      } catch (error) {
        if (error instanceof CfgError)
          throw manifestError(doc, ["target", spec], `invalid target \`${spec}\`: ${error.message}`);
        throw error;
      }
      entries.push(...entriesOf(doc, table, ["target", spec], target, edition));
    }
  }
  return entries;
}
function stringArray(doc, keyPath, field, value) {
  if (value === void 0)
    return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw manifestError(doc, [...keyPath, field], "expected an array of strings");
  }
  return value;
}
function optionalBool(doc, keyPath, field, value) {
  if (value === void 0)
    return void 0;
  if (typeof value !== "boolean")
    throw manifestError(doc, [...keyPath, field], "expected a boolean");
  return value;
}
function requirement(doc, keyPath, raw, name) {
  if (typeof raw !== "string")
    throw manifestError(doc, keyPath, `invalid type for the version of \`${name}\`: expected a string`);
  try {
    return normalizeRequirement(raw);
  } catch (error) {
    if (error instanceof RequirementError) {
      throw manifestError(doc, keyPath, `failed to parse the version requirement \`${raw}\` for dependency \`${name}\`: ${error.message}`);
    }
    throw error;
  }
}
function sourceOf(doc, keyPath, key, table, baseDir) {
  const registry = typeof table.registry === "string" && table.registry !== "crates-io" ? table.registry : void 0;
  if (table.git !== void 0 && table.path !== void 0) {
    throw manifestError(doc, keyPath, `dependency (${key}) specification is ambiguous. Only one of \`git\` or \`path\` is allowed.`);
  }
  if (typeof table.git === "string") {
    const refs = ["branch", "tag", "rev"].filter((r) => table[r] !== void 0);
    if (refs.length > 1) {
      throw manifestError(doc, keyPath, `dependency (${key}) specification is ambiguous. Only one of \`branch\`, \`tag\` or \`rev\` is allowed.`);
    }
    const source = { type: "git", url: table.git };
    for (const r of refs)
      if (typeof table[r] === "string")
        source[r] = table[r];
    return source;
  }
  if (typeof table.path === "string")
    return { type: "path", path: resolve(baseDir, table.path), registry };
  return registry ? { type: "registry", registry } : { type: "registry" };
}
var INHERITED_SOURCE = Object.freeze({ type: "registry" });
function declare(doc, keyPath, key, value, baseDir, edition) {
  if (typeof value === "string") {
    return {
      name: key,
      req: requirement(doc, keyPath, value, key),
      defaultFeatures: true,
      features: [],
      optional: false,
      source: { type: "registry" },
      hasPackageKey: false,
      workspace: false,
      defaultFeaturesWritten: void 0
    };
  }
  if (!isTable(value))
    throw manifestError(doc, keyPath, `invalid type for dependency \`${key}\`: expected a version string or a table`);
  const workspace = value.workspace;
  if (workspace === false)
    throw manifestError(doc, [...keyPath, "workspace"], "`workspace` cannot be false");
  if (workspace !== void 0 && workspace !== true)
    throw manifestError(doc, [...keyPath, "workspace"], "`workspace` must be `true`");
  const dashed = optionalBool(doc, keyPath, "default-features", value["default-features"]);
  const legacy = optionalBool(doc, keyPath, "default_features", value.default_features);
  if (legacy !== void 0 && edition !== null && isEdition2024OrLater(edition)) {
    throw manifestError(doc, [...keyPath, "default_features"], "`default_features` is unsupported as of the 2024 edition; instead use `default-features`");
  }
  const defaultFeaturesWritten = dashed ?? legacy;
  const packageName = value.package;
  if (packageName !== void 0 && typeof packageName !== "string")
    throw manifestError(doc, [...keyPath, "package"], "`package` must be a string");
  if (workspace !== true && value.version === void 0 && value.path === void 0 && value.git === void 0) {
    throw manifestError(doc, keyPath, `dependency (${key}) specified without providing a local path, Git repository, version, or workspace dependency to use`);
  }
  return {
    name: packageName ?? key,
    // With `workspace = true`, cargo ignores (and only warns about) `version`, `path`, `git` and the like.
    req: workspace === true || value.version === void 0 ? "*" : requirement(doc, [...keyPath, "version"], value.version, key),
    defaultFeatures: defaultFeaturesWritten ?? true,
    defaultFeaturesWritten,
    features: stringArray(doc, keyPath, "features", value.features),
    optional: optionalBool(doc, keyPath, "optional", value.optional) ?? false,
    source: workspace === true ? INHERITED_SOURCE : sourceOf(doc, keyPath, key, value, baseDir),
    hasPackageKey: packageName !== void 0,
    workspace: workspace === true
  };
}
function readWorkspaceDependencies(doc) {
  const table = doc.workspace?.dependencies;
  if (table === void 0)
    return [];
  if (!isTable(table))
    throw manifestError(doc, ["workspace", "dependencies"], "`workspace.dependencies` must be a table");
  return Object.entries(table).map(([key, value]) => {
    const keyPath = ["workspace", "dependencies", key];
    const d = declare(doc, keyPath, key, value, doc.dir, null);
    if (d.workspace)
      throw manifestError(doc, keyPath, `\`workspace.dependencies.${key}\` cannot itself inherit from the workspace`);
    if (d.optional)
      throw manifestError(doc, [...keyPath, "optional"], `${key} is optional, but workspace dependencies cannot be optional`);
    return {
      name: d.name,
      key,
      req: d.req,
      defaultFeatures: d.defaultFeatures,
      features: d.features,
      source: d.source,
      manifestPath: doc.path,
      keyPath
    };
  });
}
function resolveDependency(doc, entry2, workspaceDependencies, edition) {
  const d = declare(doc, entry2.keyPath, entry2.key, entry2.value, doc.dir, edition);
  if (entry2.kind === "dev" && d.optional) {
    throw manifestError(doc, entry2.keyPath, `dev-dependencies are not allowed to be optional: \`${entry2.key}\``);
  }
  if (!d.workspace) {
    return {
      name: d.name,
      rename: d.hasPackageKey ? entry2.key : null,
      req: d.req,
      kind: entry2.kind,
      target: entry2.target,
      optional: d.optional,
      defaultFeatures: d.defaultFeatures,
      features: d.features,
      source: d.source,
      manifestPath: doc.path,
      keyPath: entry2.keyPath
    };
  }
  const inherited = workspaceDependencies?.get(entry2.key);
  if (!inherited) {
    const where = workspaceDependencies ? `\`dependency.${entry2.key}\` was not found in \`workspace.dependencies\`` : "failed to find a workspace root";
    throw manifestError(doc, entry2.keyPath, `error inheriting \`${entry2.key}\` from workspace root manifest's \`workspace.dependencies.${entry2.key}\`: ${where}`);
  }
  if (d.defaultFeaturesWritten === false && inherited.defaultFeatures && isEdition2024OrLater(edition)) {
    throw manifestError(doc, [...entry2.keyPath, "default-features"], `error inheriting \`${entry2.key}\` from workspace root manifest's \`workspace.dependencies.${entry2.key}\`: \`default-features = false\` cannot override workspace's \`default-features\``);
  }
  const defaultFeatures = d.defaultFeaturesWritten === true ? true : inherited.defaultFeatures;
  const features = d.features.length === 0 ? inherited.features : inherited.features.concat(d.features);
  return {
    name: inherited.name,
    rename: inherited.name !== inherited.key ? inherited.key : null,
    req: inherited.req,
    kind: entry2.kind,
    target: entry2.target,
    optional: d.optional,
    defaultFeatures,
    features,
    source: inherited.source,
    manifestPath: doc.path,
    keyPath: entry2.keyPath,
    inheritedFrom: inherited
  };
}

// dist/src/model/discovery.js
import { existsSync as existsSync2, statSync } from "node:fs";
import { basename, dirname as dirname3, isAbsolute, join as join3, relative, resolve as resolve2, sep } from "node:path";

// dist/src/model/glob.js
import { readdirSync } from "node:fs";
import { join as join2 } from "node:path";
function segmentRegex(segment) {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*")
      source += "[^/]*";
    else if (c === "?")
      source += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 1);
      if (end < 0)
        source += "\\[";
      else {
        source += `[${segment.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else
      source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
function hasGlob(pattern) {
  return /[*?[]/.test(pattern);
}
function subdirectories(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
function expandDirectoryGlob(base, pattern) {
  let current = [base];
  for (const segment of pattern.split("/").filter((s) => s !== "" && s !== ".")) {
    const next = [];
    for (const dir of current) {
      if (segment === "**") {
        const stack = [dir];
        while (stack.length > 0) {
          const d = stack.pop();
          next.push(d);
          for (const child of subdirectories(d))
            stack.push(join2(d, child));
        }
      } else if (!hasGlob(segment)) {
        next.push(join2(dir, segment));
      } else {
        const re = segmentRegex(segment);
        for (const child of subdirectories(dir)) {
          if (re.test(child))
            next.push(join2(dir, child));
        }
      }
    }
    current = next;
  }
  return [...new Set(current)].sort();
}

// dist/src/model/discovery.js
function manifestForPath(input) {
  const path = resolve2(input);
  if (!existsSync2(path))
    throw new InputError(path, 1, 1, "no such file or directory");
  if (statSync(path).isFile()) {
    if (basename(path) === "Cargo.lock")
      return manifestForPath(dirname3(path));
    if (basename(path) !== "Cargo.toml")
      throw new InputError(path, 1, 1, "expected a directory, a Cargo.toml or a Cargo.lock");
    return path;
  }
  for (let dir = path; ; dir = dirname3(dir)) {
    const candidate = join3(dir, "Cargo.toml");
    if (existsSync2(candidate))
      return candidate;
    if (dirname3(dir) === dir)
      throw new InputError(path, 1, 1, "could not find `Cargo.toml` in this directory or any parent directory");
  }
}
function stringList(doc, key) {
  const value = doc.workspace?.[key];
  if (value === void 0)
    return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw manifestError(doc, ["workspace", key], `\`workspace.${key}\` must be an array of strings`);
  }
  return value;
}
function isWithin(path, dir) {
  const rel = relative(dir, path);
  return !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}
var resolvedLists = /* @__PURE__ */ new WeakMap();
function listsOf(root) {
  let lists = resolvedLists.get(root);
  if (!lists) {
    lists = {
      exclude: stringList(root, "exclude").map((e) => resolve2(root.dir, e)),
      members: stringList(root, "members").map((e) => resolve2(root.dir, e))
    };
    resolvedLists.set(root, lists);
  }
  return lists;
}
function isExcluded(root, manifestPath) {
  const dir = dirname3(manifestPath);
  const { exclude, members } = listsOf(root);
  return exclude.some((e) => isWithin(dir, e)) && !members.some((m) => isWithin(dir, m));
}
function pointedRoot(doc, pointer, read) {
  const rootPath = join3(resolve2(doc.dir, pointer), "Cargo.toml");
  if (!existsSync2(rootPath))
    throw manifestError(doc, [packageKey(doc), "workspace"], `no workspace manifest at \`${rootPath}\``);
  const root = read(rootPath);
  if (!root.workspace)
    throw manifestError(doc, [packageKey(doc), "workspace"], `\`${rootPath}\` has no \`[workspace]\``);
  return root;
}
function findWorkspaceRoot(doc, read) {
  if (doc.workspace)
    return doc;
  const explicit = doc.package?.workspace;
  if (typeof explicit === "string")
    return pointedRoot(doc, explicit, read);
  for (let dir = dirname3(doc.dir); ; dir = dirname3(dir)) {
    const candidate = join3(dir, "Cargo.toml");
    if (existsSync2(candidate)) {
      const ancestor = read(candidate);
      if (ancestor.workspace) {
        if (!isExcluded(ancestor, doc.path))
          return ancestor;
      } else if (typeof ancestor.package?.workspace === "string") {
        return pointedRoot(ancestor, ancestor.package.workspace, read);
      }
    }
    if (dirname3(dir) === dir)
      return null;
  }
}
function listedMembers(root) {
  const out = [];
  for (const pattern of stringList(root, "members")) {
    const dirs = hasGlob(pattern) ? expandDirectoryGlob(root.dir, pattern) : [resolve2(root.dir, pattern)];
    if (dirs.length === 0)
      throw manifestError(root, ["workspace", "members"], `workspace member glob \`${pattern}\` matches no directory`);
    for (const dir of dirs) {
      const manifest = join3(dir, "Cargo.toml");
      if (hasGlob(pattern) && isExcluded(root, manifest))
        continue;
      if (!existsSync2(manifest)) {
        throw manifestError(root, ["workspace", "members"], `failed to load manifest for workspace member \`${relative(root.dir, dir) || "."}\`: no Cargo.toml there`);
      }
      out.push(manifest);
    }
  }
  return out;
}
function listedDefaultMembers(root) {
  return stringList(root, "default-members").flatMap((pattern) => (hasGlob(pattern) ? expandDirectoryGlob(root.dir, pattern) : [resolve2(root.dir, pattern)]).map((d) => join3(d, "Cargo.toml")));
}
function isImplicitMember(root, manifestPath) {
  return isWithin(dirname3(manifestPath), root.dir) && !isExcluded(root, manifestPath) && existsSync2(manifestPath);
}
function hasPackage(doc) {
  return isTable(doc.package);
}

// dist/src/model/lockfile-scan.js
var PLAIN = String.raw`[^"\\\u0000-\u0008\u000a-\u001f\u007f]*`;
var PLAIN_NON_EMPTY = String.raw`[^"\\\u0000-\u0008\u000a-\u001f\u007f]+`;
var NL = String.raw`\r?\n`;
var PREAMBLE = new RegExp(String.raw`(?:#[^\u0000-\u0008\u000a-\u001f\u007f]*${NL})*(?:version = (0|[1-9]\d{0,14})${NL})?(?:${NL})*`, "y");
var PACKAGE = new RegExp(String.raw`\[\[package\]\]${NL}name = "(${PLAIN_NON_EMPTY})"${NL}version = "(${PLAIN_NON_EMPTY})"${NL}` + String.raw`(?:source = "(${PLAIN})"${NL})?(?:checksum = "(${PLAIN})"${NL})?` + String.raw`(?:dependencies = \[${NL}((?: "${PLAIN}",${NL})*)\]${NL})?((?:${NL})*)`, "y");
function scanLockfile(text) {
  PREAMBLE.lastIndex = 0;
  const preamble = PREAMBLE.exec(text);
  if (!preamble)
    return null;
  let line = 1 + countLines(preamble[0]);
  const packages = [];
  PACKAGE.lastIndex = PREAMBLE.lastIndex;
  while (PACKAGE.lastIndex < text.length) {
    const m = PACKAGE.exec(text);
    if (!m)
      return null;
    const [name, version, source, checksum, items, blank] = [m[1], m[2], m[3], m[4], m[5], m[6]];
    const dependencies = items === void 0 ? [] : listItems(items);
    packages.push({ name, version, source: source ?? null, checksum: checksum ?? null, dependencies, line });
    line += 3 + (source === void 0 ? 0 : 1) + (checksum === void 0 ? 0 : 1) + (items === void 0 ? 0 : 2 + dependencies.length) + countLines(blank);
  }
  return { version: preamble[1] === void 0 ? null : Number(preamble[1]), packages };
}
function listItems(items) {
  if (items === "")
    return [];
  return items.slice(2, items.endsWith("\r\n") ? -4 : -3).split(/",\r?\n "/);
}
function countLines(text) {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    count++;
  return count;
}

// dist/src/model/lockfile.js
var KNOWN_KEYS = /* @__PURE__ */ new Set(["name", "version", "source", "checksum", "dependencies"]);
function lockedPackageId(name, version, source) {
  return source ? `${name} ${version} (${source})` : `${name} ${version}`;
}
function headerLines(text) {
  const packages = [];
  let root = 1;
  text.split("\n").forEach((line, i) => {
    if (/^\s*\[\[\s*package\s*\]\]/.test(line))
      packages.push(i + 1);
    else if (/^\s*\[\s*root\s*\]/.test(line))
      root = i + 1;
  });
  return { packages, root };
}
function parseEdge(raw) {
  const m = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(raw.trim());
  if (!m)
    return { name: raw };
  return { name: m[1], version: m[2], source: m[3] };
}
function str(value) {
  return typeof value === "string" ? value : null;
}
function toPackage(entry2, line, path, checksums) {
  const name = str(entry2.name);
  const version = str(entry2.version);
  if (!name || !version)
    throw new InputError(path, line, 1, "`[[package]]` entry without a `name` and `version`");
  const source = str(entry2.source);
  const id = lockedPackageId(name, version, source);
  const deps = entry2.dependencies ?? [];
  if (!Array.isArray(deps) || deps.some((d) => typeof d !== "string")) {
    throw new InputError(path, line, 1, `\`dependencies\` of \`${name} ${version}\` must be an array of strings`);
  }
  const v1Checksum = str(checksums[`checksum ${id}`]);
  const extra = Object.fromEntries(Object.entries(entry2).filter(([k]) => !KNOWN_KEYS.has(k)));
  return {
    id,
    name,
    version,
    source,
    line,
    extra,
    checksum: str(entry2.checksum) ?? (v1Checksum && v1Checksum !== "<none>" ? v1Checksum : null),
    rawDependencies: deps,
    dependencies: []
  };
}
function resolveEdges(lock, text) {
  const byName = /* @__PURE__ */ new Map();
  for (const p of lock.packages) {
    const named = byName.get(p.name);
    if (named)
      named.push(p);
    else
      byName.set(p.name, [p]);
  }
  const uniqueMatch = (raw) => {
    const space = raw.indexOf(" ");
    if (space < 0) {
      const named = byName.get(raw);
      return named?.length === 1 ? named[0]?.id : void 0;
    }
    if (raw.indexOf(" ", space + 1) >= 0)
      return void 0;
    const version = raw.slice(space + 1);
    let match;
    for (const p of byName.get(raw.slice(0, space)) ?? []) {
      if (p.version !== version)
        continue;
      if (match)
        return void 0;
      match = p;
    }
    return match?.id;
  };
  for (const pkg of lock.packages) {
    pkg.dependencies = pkg.rawDependencies.map((raw) => {
      const id = uniqueMatch(raw);
      if (id)
        return id;
      const edge = parseEdge(raw);
      let candidates = (byName.get(edge.name) ?? []).filter((c) => edge.version === void 0 || c.version === edge.version);
      if (edge.source !== void 0)
        candidates = candidates.filter((c) => c.source === edge.source || c.source?.split("#")[0] === edge.source);
      if (candidates.length > 1 && edge.source === void 0) {
        const local = candidates.filter((c) => c.source === null);
        if (local.length > 0)
          candidates = local;
      }
      const target = candidates[0];
      if (!target) {
        const line = findLine(text, `"${raw}"`, pkg.line);
        throw new InputError(lock.path, line.line, line.column, `\`${pkg.name} ${pkg.version}\` depends on \`${raw}\`, which the lockfile does not define`);
      }
      return target.id;
    });
  }
}
function findLine(text, needle, fromLine) {
  const lines = text.split("\n");
  for (let i = fromLine - 1; i < lines.length; i++) {
    const col = lines[i].indexOf(needle);
    if (col >= 0)
      return { line: i + 1, column: col + 1 };
  }
  return { line: fromLine, column: 1 };
}
function parseLockfile(path, text, options = {}) {
  const scanned = options.scan === false ? null : scanLockfile(text);
  const lock = scanned ? fromScan(path, scanned) : fromToml(path, text);
  if (lock.version !== null && lock.version !== 3 && lock.version !== 4) {
    const line = findLine(text, "version", 1);
    throw new InputError(path, line.line, line.column, `lock file version \`${String(lock.version)}\` is not supported (expected 3 or 4, or no version key)`);
  }
  resolveEdges(lock, text);
  return lock;
}
function fromScan(path, scanned) {
  const packages = scanned.packages.map((p) => ({
    id: lockedPackageId(p.name, p.version, p.source),
    name: p.name,
    version: p.version,
    source: p.source,
    line: p.line,
    extra: {},
    checksum: p.checksum,
    rawDependencies: p.dependencies,
    dependencies: []
  }));
  return { path, version: scanned.version, packages, extra: {} };
}
function fromToml(path, text) {
  const { data } = parseToml(path, text);
  const version = data.version;
  if (version !== void 0 && typeof version !== "number") {
    const line = findLine(text, "version", 1);
    throw new InputError(path, line.line, line.column, `lock file version \`${String(version)}\` is not supported (expected 3 or 4, or no version key)`);
  }
  const lines = headerLines(text);
  const entries = data.package ?? [];
  if (!Array.isArray(entries))
    throw new InputError(path, 1, 1, "`package` must be an array of tables (`[[package]]`)");
  const checksums = isTable(data.metadata) ? data.metadata : {};
  const packages = entries.map((entry2, i) => {
    const line = lines.packages[i] ?? 1;
    if (!isTable(entry2))
      throw new InputError(path, line, 1, "invalid `[[package]]` entry");
    return toPackage(entry2, line, path, checksums);
  });
  if (isTable(data.root))
    packages.push({ ...toPackage(data.root, lines.root, path, checksums), extra: { table: "root" } });
  const extra = Object.fromEntries(Object.entries(data).filter(([k]) => k !== "version" && k !== "package"));
  return { path, version: typeof version === "number" ? version : null, packages, extra };
}
function readLockfile(path) {
  return parseLockfile(path, readTextFile(path));
}

// dist/src/model/overrides.js
function entry(doc, table, target, key, value, keyPath) {
  const spec = typeof value === "string" ? { version: value } : value;
  if (!isTable(spec))
    throw manifestError(doc, keyPath, `invalid \`${table}\` entry \`${key}\``);
  const name = table === "replace" ? key.split(":")[0] ?? key : typeof spec.package === "string" ? spec.package : key;
  let req = "*";
  if (typeof spec.version === "string") {
    try {
      req = normalizeRequirement(spec.version);
    } catch (error) {
      throw manifestError(doc, keyPath, `invalid version requirement in \`${table}\` entry \`${key}\`: ${error.message}`);
    }
  }
  return { table, target, key, name, req, source: sourceOf(doc, keyPath, key, spec, doc.dir), manifestPath: doc.path, keyPath };
}
function readOverrides(doc) {
  const out = [];
  const patch = doc.data.patch;
  if (isTable(patch)) {
    for (const [target, entries] of Object.entries(patch)) {
      if (!isTable(entries))
        throw manifestError(doc, ["patch", target], `\`patch.${target}\` must be a table`);
      for (const [key, value] of Object.entries(entries))
        out.push(entry(doc, "patch", target, key, value, ["patch", target, key]));
    }
  }
  const replace = doc.data.replace;
  if (isTable(replace)) {
    for (const [key, value] of Object.entries(replace))
      out.push(entry(doc, "replace", key, key, value, ["replace", key]));
  }
  return out;
}

// dist/src/model/package.js
function packageField(doc, ws, field) {
  const value = doc.package?.[field];
  if (!isTable(value) || value.workspace === void 0)
    return value;
  const keyPath = [packageKey(doc), field];
  if (value.workspace !== true)
    throw manifestError(doc, [...keyPath, "workspace"], "`workspace` cannot be false");
  const inherited = ws?.root.workspace?.package;
  const found = isTable(inherited) ? inherited[field] : void 0;
  if (found === void 0) {
    const why = ws ? `\`workspace.package.${field}\` was not defined` : "failed to find a workspace root";
    throw manifestError(doc, keyPath, `error inheriting \`${field}\` from workspace root manifest's \`workspace.package.${field}\`: ${why}`);
  }
  return found;
}
function stringField(doc, ws, field) {
  const value = packageField(doc, ws, field);
  if (value === void 0)
    return void 0;
  if (typeof value !== "string")
    throw manifestError(doc, [packageKey(doc), field], `\`package.${field}\` must be a string`);
  return value;
}
function featuresOf(doc, dependencies) {
  const table = doc.data.features;
  const features = {};
  if (table !== void 0) {
    if (!isTable(table))
      throw manifestError(doc, ["features"], "`features` must be a table");
    for (const name in table) {
      const values = table[name];
      if (!isStringArray(values))
        throw manifestError(doc, ["features", name], `feature \`${name}\` must be an array of strings`);
      features[name] = values;
    }
  }
  const optional = dependencies.filter((dep) => dep.optional);
  if (optional.length === 0)
    return features;
  const explicitDeps = /* @__PURE__ */ new Set();
  for (const name in features) {
    for (const value of features[name])
      if (value.startsWith("dep:"))
        explicitDeps.add(value.slice(4));
  }
  for (const dep of optional) {
    const key = dep.rename ?? dep.name;
    if (!explicitDeps.has(key) && features[key] === void 0)
      features[key] = [`dep:${key}`];
  }
  return features;
}
function isStringArray(value) {
  if (!Array.isArray(value))
    return false;
  for (const item of value)
    if (typeof item !== "string")
      return false;
  return true;
}
var legacyKeysByRoot = /* @__PURE__ */ new WeakMap();
function legacyDefaultFeatureKeys(root) {
  let keys = legacyKeysByRoot.get(root);
  if (!keys) {
    keys = /* @__PURE__ */ new Set();
    const table = root.workspace?.dependencies;
    if (isTable(table)) {
      for (const key in table) {
        const entry2 = table[key];
        if (isTable(entry2) && entry2.default_features !== void 0)
          keys.add(key);
      }
    }
    legacyKeysByRoot.set(root, keys);
  }
  return keys;
}
function rejectLegacyInheritedKeys(ws, dependencies) {
  const legacy = legacyDefaultFeatureKeys(ws.root);
  if (legacy.size === 0)
    return;
  for (const dep of dependencies) {
    if (dep.inheritedFrom && legacy.has(dep.inheritedFrom.key)) {
      throw manifestError(ws.root, [...dep.inheritedFrom.keyPath, "default_features"], `\`default_features\` is unsupported as of the 2024 edition; instead use \`default-features\` (inherited by ${dep.manifestPath})`);
    }
  }
}
function readPackage(doc, ws) {
  const pkgKey = packageKey(doc);
  const name = doc.package?.name;
  if (typeof name !== "string" || name === "")
    throw manifestError(doc, [pkgKey], "missing field `name` in `[package]`");
  const edition = stringField(doc, ws, "edition") ?? "2015";
  if (pkgKey === "project" && isEdition2024OrLater(edition)) {
    throw manifestError(doc, [pkgKey], "`[project]` is not supported as of the 2024 Edition, please use `[package]`");
  }
  const version = stringField(doc, ws, "version");
  const publish = packageField(doc, ws, "publish");
  const dependencies = listDependencyEntries(doc, edition).map((entry2) => resolveDependency(doc, entry2, ws?.dependencies ?? null, edition));
  if (ws && isEdition2024OrLater(edition))
    rejectLegacyInheritedKeys(ws, dependencies);
  return {
    name,
    version: version ?? "0.0.0",
    edition,
    rustVersion: stringField(doc, ws, "rust-version") ?? null,
    // Without a version, cargo implies `publish = false`.
    publish: Array.isArray(publish) ? publish : publish === void 0 ? version !== void 0 : publish !== false,
    manifestPath: doc.path,
    features: featuresOf(doc, dependencies),
    dependencies
  };
}

// dist/src/model/workspace.js
function manifestCache() {
  const cache = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const once = (path) => {
    const doc = cache.get(path) ?? readManifest(path);
    texts.set(path, doc.text);
    return doc;
  };
  const read = (path) => {
    let doc = cache.get(path);
    if (!doc) {
      doc = once(path);
      cache.set(path, doc);
    }
    return doc;
  };
  return Object.assign(read, { once, texts });
}
function collectMembers(root, ws, manifests) {
  const members = /* @__PURE__ */ new Map();
  const queue = hasPackage(root) ? [root.path, ...listedMembers(root)] : listedMembers(root);
  const queued = new Set(queue);
  const seenDirs = /* @__PURE__ */ new Set();
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i];
    if (members.has(path))
      continue;
    const doc = manifests.once(path);
    if (!hasPackage(doc))
      throw manifestError(doc, [], "a workspace member must have a `[package]`");
    const pkg = readPackage(doc, ws);
    members.set(path, pkg);
    for (const dep of pkg.dependencies) {
      if (dep.source.type !== "path" || seenDirs.has(dep.source.path))
        continue;
      seenDirs.add(dep.source.path);
      const depManifest = join4(dep.source.path, "Cargo.toml");
      if (!queued.has(depManifest) && isImplicitMember(root, depManifest)) {
        queue.push(depManifest);
        queued.add(depManifest);
      }
    }
  }
  return [...members.values()].sort((a, b) => a.manifestPath < b.manifestPath ? -1 : 1);
}
function standaloneWorkspace(doc) {
  return {
    root: doc.dir,
    rootManifestPath: doc.path,
    isVirtual: false,
    members: [readPackage(doc, null)],
    defaultMembers: [doc.path],
    workspaceDependencies: [],
    overrides: readOverrides(doc)
  };
}
function loadWorkspace(input, options = {}) {
  const [workspace] = loadWorkspaces([input], options);
  return workspace;
}
function loadWorkspaces(inputs, options = {}) {
  const read = manifestCache();
  const byRoot = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const start = read(manifestForPath(input));
    const root = findWorkspaceRoot(start, read);
    const key = (root ?? start).path;
    const known = byRoot.get(key);
    if (!known)
      byRoot.set(key, buildWorkspace(start, root, read, options));
    else if (root && !isMemberOf(known, start))
      throw notAMember(start, root);
  }
  return [...byRoot.values()];
}
function isMemberOf(workspace, doc) {
  return workspace.rootManifestPath === doc.path || workspace.members.some((m) => m.manifestPath === doc.path);
}
function notAMember(doc, root) {
  return manifestError(doc, ["package"], `current package believes it's in a workspace when it's not: ${relative2(doc.dir, root.path)} does not list it in \`workspace.members\`; add it there or to \`workspace.exclude\``);
}
function buildWorkspace(start, root, read, options) {
  let model;
  if (!root) {
    model = standaloneWorkspace(start);
  } else {
    const workspaceDependencies = readWorkspaceDependencies(root);
    const ws = { root, dependencies: new Map(workspaceDependencies.map((d) => [d.key, d])) };
    const members = collectMembers(root, ws, read);
    if (!members.some((m) => m.manifestPath === start.path) && start !== root)
      throw notAMember(start, root);
    const defaults = listedDefaultMembers(root);
    model = {
      root: root.dir,
      rootManifestPath: root.path,
      isVirtual: !hasPackage(root),
      members,
      defaultMembers: defaults.length > 0 ? defaults : members.map((m) => m.manifestPath),
      workspaceDependencies,
      overrides: readOverrides(root)
    };
  }
  const lockfilePath = join4(model.root, "Cargo.lock");
  const lockfile = !options.skipLockfile && existsSync3(lockfilePath) ? readLockfile(lockfilePath) : null;
  return { ...model, lockfilePath, lockfile, sources: read.texts };
}

// dist/src/model/source.js
var CRATES_IO_SOURCE = "registry+https://github.com/rust-lang/crates.io-index";
function metadataSource(source) {
  switch (source.type) {
    case "path":
      return null;
    case "git": {
      const ref = source.branch !== void 0 ? `?branch=${source.branch}` : source.tag !== void 0 ? `?tag=${source.tag}` : source.rev !== void 0 ? `?rev=${source.rev}` : "";
      return `git+${source.url}${ref}`;
    }
    default:
      return source.registry ? `registry+${source.registry}` : CRATES_IO_SOURCE;
  }
}

export {
  __commonJS,
  __toESM,
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_ERROR,
  UsageError,
  InputError,
  SpanLocator,
  CRATES_IO_SOURCE,
  metadataSource,
  parseRequirement,
  satisfies,
  isValidRequirement,
  lowestAdmitted,
  rustVersionToSemver,
  summarizeReaches,
  buildGraph,
  ConfigError,
  TomlError,
  parse,
  readTextFile,
  isTable,
  segmentRegex,
  hasGlob,
  loadWorkspace,
  loadWorkspaces,
  packageRoot,
  toolVersion
};
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
