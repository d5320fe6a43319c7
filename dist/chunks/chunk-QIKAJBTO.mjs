import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  InputError
} from "./chunk-NXUHKXOR.mjs";
import {
  TomlError,
  parse
} from "./chunk-FWWLTAH5.mjs";

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
var ROOT = { id: "", depth: 0 };
function child(parent, name) {
  return { id: parent.depth === 0 ? name : parent.id + SEP + name, depth: parent.depth + 1 };
}
var OverlongKey = class {
  line;
  column;
  constructor(line, column) {
    this.line = line;
    this.column = column;
  }
};
var KeyScanner = class {
  text;
  segmentLimit;
  pos = 0;
  line = 1;
  lineStart = 0;
  /** Off inside arrays and under `[[...]]`, whose keys are passed over but never looked up. */
  recording = true;
  spans = /* @__PURE__ */ new Map();
  /** The table the next top-level key-value belongs to (null under `[[...]]`). */
  table = ROOT;
  constructor(text, segmentLimit = Infinity) {
    this.text = text;
    this.segmentLimit = segmentLimit;
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
  remember(id, start) {
    if (!this.recording)
      return;
    if (this.spans.has(id))
      return;
    const column = start - this.lineStart + 1;
    this.spans.set(id, { line: this.line, column, endLine: this.line, endColumn: column + (this.pos - start) });
  }
  /** One key segment: bare, "basic" or 'literal'. Records its span under `parent` + segment; returns that path. */
  keySegment(parent) {
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
    const path = child(parent, name);
    this.remember(path.id, start);
    return path;
  }
  /** A dotted key (`a."b".c`), each prefix recorded; returns the full path. */
  key(prefix) {
    let path = prefix;
    for (let segments = 1; ; segments++) {
      this.skipBlanks();
      if (segments > this.segmentLimit)
        throw new OverlongKey(this.line, this.pos - this.lineStart + 1);
      path = this.keySegment(path);
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
    const path = this.key(ROOT);
    this.skipBlanks();
    this.pos += arrayOfTables ? 2 : 1;
    return arrayOfTables ? null : path;
  }
  /** Scans top-level items until `id` has a span (then returns it) or the text ends; resumable. */
  scanUntil(id) {
    for (; ; ) {
      if (id !== void 0) {
        const found = this.spans.get(id);
        if (found)
          return found;
      }
      this.skipTrivia();
      const c = this.at();
      if (Number.isNaN(c))
        return void 0;
      const before = this.pos;
      if (c === Char.OpenBracket) {
        this.table = this.header();
      } else {
        this.recording = this.table !== null;
        this.keyValue(this.table ?? ROOT);
      }
      if (this.pos === before)
        this.pos++;
    }
  }
};
function withoutBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function indexKeySpans(text) {
  const scanner = new KeyScanner(withoutBom(text));
  scanner.scanUntil();
  return scanner.spans;
}
function findOverlongKey(text, limit) {
  try {
    new KeyScanner(withoutBom(text), limit).scanUntil();
    return null;
  } catch (error) {
    if (error instanceof OverlongKey)
      return { line: error.line, column: error.column };
    throw error;
  }
}
function positionOfKey(text, keyPath) {
  const spans = indexKeySpans(text);
  for (let n = keyPath.length; n > 0; n--) {
    const span = spans.get(keyPath.slice(0, n).join(SEP));
    if (span)
      return { line: span.line, column: span.column };
  }
  return { line: 1, column: 1 };
}
var SpanLocator = class {
  readText;
  scanners = /* @__PURE__ */ new Map();
  constructor(readText) {
    this.readText = readText;
  }
  spanOf(file, keyPath) {
    let scanner = this.scanners.get(file);
    if (!scanner) {
      scanner = new KeyScanner(withoutBom(this.readText(file)));
      this.scanners.set(file, scanner);
    }
    return scanner.scanUntil(keyPath.join(SEP));
  }
};

// dist/src/model/toml-file.js
import { readFileSync } from "node:fs";
var overlay = null;
function setSourceOverlay(next) {
  const previous = overlay;
  overlay = next;
  return previous;
}
function currentSourceOverlay() {
  return overlay;
}
var TOML_RECURSION_LIMIT = 80;
var I64_MIN = -(2n ** 63n);
var I64_MAX = 2n ** 63n - 1n;
var TomlTextError = class extends Error {
  problem;
  line;
  column;
  name = "TomlTextError";
  constructor(problem, line, column) {
    super(`${problem} (line ${line}, column ${column})`);
    this.problem = problem;
    this.line = line;
    this.column = column;
  }
};
function readTextFile(path) {
  const overridden = overlay?.text(path);
  if (overridden !== void 0)
    return overridden;
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = error.code;
    throw new InputError(path, 1, 1, code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(error)})`);
  }
  return decodeUtf8(path, bytes);
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(path, bytes) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const before = text.slice(0, Math.max(bad, 0)).split("\n");
    throw new InputError(path, before.length, (before[before.length - 1] ?? "").length + 1, "file is not valid UTF-8");
  }
}
function parseTomlText(text) {
  let data;
  try {
    data = parse(text, { maxDepth: TOML_RECURSION_LIMIT, integersAsBigInt: "asNeeded" });
  } catch (error) {
    if (!(error instanceof TomlError))
      throw error;
    const first = (error.message.split("\n")[0] ?? "invalid TOML").replace(/^Invalid TOML document: /, "");
    const problem2 = /excessively nested/.test(first) ? `cannot recurse further: arrays and inline tables nest at most ${TOML_RECURSION_LIMIT} deep` : first;
    throw new TomlTextError(problem2, error.line, error.column);
  }
  const problem = deepProblem(data);
  if (problem?.kind === "depth") {
    const at = findOverlongKey(text, TOML_RECURSION_LIMIT);
    if (at)
      throw new TomlTextError(`recursion limit: a key has at most ${TOML_RECURSION_LIMIT} dotted segments`, at.line, at.column);
  } else if (problem?.kind === "integer") {
    const at = positionOfKey(text, problem.path);
    throw new TomlTextError("integer out of range (TOML integers are 64-bit)", at.line, at.column);
  }
  return data;
}
function deepProblem(root) {
  const values = [root];
  const depths = [0];
  let deep = false;
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop();
    if (typeof value === "bigint") {
      if (value < I64_MIN || value > I64_MAX)
        return integerProblem(root);
    } else if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item !== "object" && typeof item !== "bigint")
          continue;
        values.push(item);
        depths.push(depth + 1);
      }
    } else if (isTable(value)) {
      if (depth > TOML_RECURSION_LIMIT)
        deep = true;
      for (const key in value) {
        const item = value[key];
        if (typeof item !== "object" && typeof item !== "bigint")
          continue;
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return deep ? { kind: "depth" } : null;
}
function integerProblem(root) {
  const stack = [{ value: root, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop();
    if (typeof value === "bigint") {
      if (value < I64_MIN || value > I64_MAX)
        return { kind: "integer", path };
    } else if (Array.isArray(value)) {
      for (const item of value)
        stack.push({ value: item, depth: depth + 1, path });
    } else if (isTable(value)) {
      for (const [key, item] of Object.entries(value))
        stack.push({ value: item, depth: depth + 1, path: depth < 8 ? [...path, key] : path });
    }
  }
  return null;
}
function parseToml(path, text) {
  try {
    return { path, text, data: parseTomlText(text) };
  } catch (error) {
    if (error instanceof TomlTextError)
      throw new InputError(path, error.line, error.column, `invalid TOML: ${error.problem}`);
    throw error;
  }
}
function readTomlFile(path) {
  const text = readTextFile(path);
  const memo = overlay?.parsed;
  const known = memo?.get(path);
  if (known && known.text === text)
    return known;
  const doc = parseToml(path, text);
  memo?.set(path, doc);
  return doc;
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

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
var PARSE_CACHE_LIMIT = 1e5;
var parsedVersions = /* @__PURE__ */ new Map();
var parsedRequirements = /* @__PURE__ */ new Map();
function cachedVersion(text) {
  let v = parsedVersions.get(text);
  if (v === void 0) {
    v = parseVersion(text);
    if (parsedVersions.size >= PARSE_CACHE_LIMIT)
      parsedVersions.clear();
    parsedVersions.set(text, v);
  }
  return v;
}
function cachedRequirement(req) {
  let comparators = parsedRequirements.get(req);
  if (comparators === void 0) {
    try {
      comparators = parseRequirement(req);
    } catch {
      comparators = null;
    }
    if (parsedRequirements.size >= PARSE_CACHE_LIMIT)
      parsedRequirements.clear();
    parsedRequirements.set(req, comparators);
  }
  return comparators;
}
function satisfies(version, req) {
  const v = cachedVersion(version);
  if (!v)
    return false;
  const comparators = cachedRequirement(req);
  return comparators !== null && matches(comparators, v);
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
  return cachedVersion(v) ? v : null;
}

// dist/src/util/maps.js
function memoized(cache, key, compute) {
  const map = cache;
  if (map.has(key))
    return map.get(key);
  const value = compute();
  map.set(key, value);
  return value;
}
function append(lists, key, value) {
  const list = lists.get(key);
  if (list)
    list.push(value);
  else
    lists.set(key, [value]);
}

export {
  indexKeySpans,
  positionOfKey,
  SpanLocator,
  RequirementError,
  parseRequirement,
  normalizeRequirement,
  parseVersion,
  satisfies,
  isValidRequirement,
  lowestAdmitted,
  rustVersionToSemver,
  memoized,
  append,
  setSourceOverlay,
  currentSourceOverlay,
  TomlTextError,
  readTextFile,
  parseTomlText,
  parseToml,
  readTomlFile,
  isTable
};
