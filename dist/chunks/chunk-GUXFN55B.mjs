import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  CRATES_IO_SOURCE,
  ConfigError,
  buildGraph,
  hasGlob,
  loadWorkspaces,
  segmentRegex,
  shortestPerMember,
  shortestReach
} from "./chunk-HEUKVBB2.mjs";
import {
  IndexCache,
  advisoryUrl,
  defaultCacheDir,
  embeddedDatabase,
  selectDatabase,
  userAgent
} from "./chunk-FG6EX3WV.mjs";
import {
  packageRoot
} from "./chunk-QFIM44G5.mjs";
import {
  dropVerdict,
  infoForDependency,
  infoForLocked,
  isNewer,
  needsNewerRust,
  newerSeries,
  newestAdmitted,
  newestRelease,
  parseTOML,
  releases,
  require_semver,
  requirementsOn,
  series,
  suggestedRequirement,
  updateCommand,
  versionEntry
} from "./chunk-RPMUVPDV.mjs";
import {
  SpanLocator,
  TomlTextError,
  append,
  currentSourceOverlay,
  isTable,
  isValidRequirement,
  lowestAdmitted,
  memoized,
  parseRequirement,
  parseTomlText,
  readTextFile,
  satisfies
} from "./chunk-QIKAJBTO.mjs";
import {
  InputError,
  UsageError,
  writeFileAtomic
} from "./chunk-NXUHKXOR.mjs";
import {
  parse
} from "./chunk-FWWLTAH5.mjs";
import {
  __toESM
} from "./chunk-WDHDEUBW.mjs";

// dist/src/catalog/catalog.js
import { readFileSync } from "node:fs";
import { join } from "node:path";

// dist/src/catalog/precedence.js
var import_semver = __toESM(require_semver(), 1);
var ALL = { maxInclusive: false };
function bump(c) {
  if (c.minor === void 0)
    return `${(c.major ?? 0) + 1}.0.0`;
  if (c.patch === void 0)
    return `${c.major}.${c.minor + 1}.0`;
  return `${c.major}.${c.minor}.${c.patch + 1}`;
}
function caretUpper(c) {
  const major = c.major ?? 0;
  if (major > 0 || c.minor === void 0)
    return `${major + 1}.0.0`;
  if (c.minor > 0 || c.patch === void 0)
    return `0.${c.minor + 1}.0`;
  return `0.0.${c.patch + 1}`;
}
function toInterval(c) {
  if (c.op === "*")
    return ALL;
  const exact = c.patch !== void 0 && !c.wildcard;
  const base = `${c.major}.${c.minor ?? 0}.${c.patch ?? 0}${c.pre ? `-${c.pre}` : ""}`;
  switch (c.op) {
    case "=":
      return exact ? { min: base, max: base, maxInclusive: true } : { min: base, max: bump(c), maxInclusive: false };
    case ">":
      return exact ? { min: base, minExclusive: true, maxInclusive: false } : { min: bump(c), maxInclusive: false };
    case ">=":
      return { min: base, maxInclusive: false };
    case "<":
      return { max: base, maxInclusive: false };
    case "<=":
      return exact ? { max: base, maxInclusive: true } : { max: bump(c), maxInclusive: false };
    // Caret and tilde end before the next series' pre-releases too (`^2.2.1` stops below `3.0.0-alpha.1`), as
    // RustSec's ranges do (it appends `-0` to their upper bound): a pre-release of the next breaking version is not
    // "patched" by a fix in this one.
    case "~":
      return { min: base, max: `${c.minor === void 0 ? bump(c) : `${c.major}.${c.minor + 1}.0`}-0`, maxInclusive: false };
    case "^":
      return { min: base, max: `${c.wildcard ? bump(c) : caretUpper(c)}-0`, maxInclusive: false };
  }
}
function inside(version, interval) {
  if (interval.min !== void 0) {
    const cmp = import_semver.default.compare(version, interval.min);
    if (cmp < 0 || cmp === 0 && interval.minExclusive)
      return false;
  }
  if (interval.max !== void 0) {
    const cmp = import_semver.default.compare(version, interval.max);
    if (cmp > 0 || cmp === 0 && !interval.maxInclusive)
      return false;
  }
  return true;
}
function matchesByPrecedence(version, req) {
  const parsed = import_semver.default.parse(version);
  if (!parsed)
    return false;
  try {
    return parseRequirement(req).every((c) => inside(parsed, toInterval(c)));
  } catch {
    return false;
  }
}

// dist/src/advisories/match.js
function isAffected(advisory, version) {
  return ![...advisory.patched, ...advisory.unaffected].some((req) => matchesByPrecedence(version, req));
}
function indexAdvisories(advisories, ignored = /* @__PURE__ */ new Set()) {
  const byCrate = /* @__PURE__ */ new Map();
  const ignoredByCrate = /* @__PURE__ */ new Map();
  const hits = /* @__PURE__ */ new Set();
  for (const advisory of advisories) {
    if (advisory.withdrawn || advisory.toolchain)
      continue;
    const target = ignored.has(advisory.id) ? ignoredByCrate : byCrate;
    const list = target.get(advisory.package) ?? [];
    list.push(advisory);
    target.set(advisory.package, list);
  }
  const matching = (list, version, kinds) => (list ?? []).filter((a) => (!kinds || kinds.includes(a.kind)) && isAffected(a, version));
  return {
    affecting(name, version, kinds) {
      for (const advisory of matching(ignoredByCrate.get(name), version, kinds))
        hits.add(advisory.id);
      return matching(byCrate.get(name), version, kinds);
    },
    ofCrate: (name) => byCrate.get(name) ?? [],
    ignoredHits: () => hits
  };
}

// dist/src/catalog/catalog.js
var builtIn;
function builtInData() {
  const read = (file) => JSON.parse(readFileSync(join(packageRoot(), "rules", "catalog", file), "utf8"));
  builtIn ??= { crates: read("crates.json"), alternatives: read("rustsec-alternatives.json") };
  return builtIn;
}
function summarize(advisory, alternatives) {
  const summary = `${advisory.package} is no longer maintained (RustSec)`;
  return alternatives.length > 0 ? `${summary}; alternatives: ${alternatives.join(", ")}` : summary;
}
function asUnmaintained(advisory, curated) {
  const alternatives = curated[advisory.id] ?? advisory.alternatives ?? [];
  return {
    id: advisory.id,
    crate: advisory.package,
    date: advisory.date,
    summary: summarize(advisory, alternatives),
    patched: advisory.patched,
    unaffected: advisory.unaffected,
    withdrawn: advisory.withdrawn ?? null,
    alternatives,
    url: advisoryUrl(advisory.id)
  };
}
function createCatalog(options = {}) {
  const data = options.data ?? builtInData().crates;
  const advisoryDb = options.advisoryDb ?? embeddedDatabase();
  const curated = builtInData().alternatives;
  const byName = /* @__PURE__ */ new Map();
  for (const entry of data.entries)
    byName.set(entry.crate, entry);
  for (const entry of options.extraEntries ?? [])
    byName.set(entry.crate, entry);
  const allEntries = [...byName.values()];
  const advisories = indexAdvisories(advisoryDb.advisories, options.ignoredAdvisories);
  const { advisories: list, ...provenance } = advisoryDb;
  const decliningForVersion = (name, version) => {
    const entry = byName.get(name);
    if (!entry || entry.status === "healthy")
      return void 0;
    return matchesByPrecedence(version, entry.versions) ? entry : void 0;
  };
  return {
    asOf: data.asOf,
    advisorySnapshotDate: advisoryDb.date,
    advisoryDatabase: { ...provenance, count: list.length },
    entry: (name) => byName.get(name),
    decliningForVersion,
    decliningForRequirement(name, req) {
      const lowest = lowestAdmitted(req);
      return lowest === null ? void 0 : decliningForVersion(name, lowest);
    },
    advisoriesFor(name, version) {
      return advisories.affecting(name, version, ["unmaintained"]).map((a) => asUnmaintained(a, curated));
    },
    advisoriesAffecting: (name, version, kinds) => advisories.affecting(name, version, kinds),
    ignoredAdvisoryHits: () => advisories.ignoredHits(),
    entries: () => allEntries,
    // The crates --explain can describe: those with an unmaintained advisory, the kind it prints.
    advisoryCrates: () => [...new Set(list.filter((a) => a.kind === "unmaintained" && !a.withdrawn && !a.toolchain).map((a) => a.package))]
  };
}

// dist/src/config/duration.js
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(value) {
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 0 ? value * 1e3 : null;
  if (typeof value !== "string")
    return null;
  const match = /^\s*(\d+)\s*([smhdw])\s*$/.exec(value);
  if (!match)
    return null;
  return Number(match[1]) * UNIT_MS[match[2]];
}
var SIZE_UNIT = { "": 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
function parseSize(value) {
  if (typeof value === "number")
    return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== "string")
    return null;
  const match = /^\s*(\d+)\s*([kmg]i?b|b)?\s*$/i.exec(value);
  if (!match)
    return null;
  const bytes = Number(match[1]) * SIZE_UNIT[(match[2] ?? "").toLowerCase()];
  return bytes > 0 ? bytes : null;
}

// dist/src/engine/types.js
var SEVERITIES = ["error", "warning", "note"];

// dist/src/engine/severity.js
var RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i]));
function compareSeverity(a, b) {
  return RANK[a] - RANK[b];
}
function mostSevere(levels) {
  let best;
  for (const level of levels)
    if (best === void 0 || RANK[level] < RANK[best])
      best = level;
  return best;
}
function lowered(severity) {
  return severity === "error" ? "warning" : "note";
}
function atOrAbove(severity, threshold) {
  return threshold !== "never" && RANK[severity] <= RANK[threshold];
}
function resolveSeverity(levels, facts = {}) {
  const on = levels.filter((l) => l.setting !== "off");
  if (on.length === 0)
    return null;
  const configured = mostSevere(on.filter((l) => l.configured).map((l) => l.setting));
  if (configured !== void 0)
    return configured;
  let level = mostSevere(on.map((l) => l.setting));
  if (facts.milder)
    level = lowered(level);
  if (facts.replacedByStd)
    level = lowered(level);
  if (facts.devOrBuildOnly)
    level = lowered(level);
  return level;
}

// dist/src/registry/options.js
var DEFAULT_CONCURRENCY = 16;
var DEFAULT_CACHE_TTL_MS = 60 * 60 * 1e3;
var DEFAULT_TIMEOUT_MS = 1e4;
var DEFAULT_RETRIES = 2;
var DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
var DEFAULT_MAX_RUN_BYTES = 256 * 1024 * 1024;
var DEFAULT_RUN_TIMEOUT_MS = 6e4;
function resolveRegistryOptions(options) {
  return {
    env: options.env,
    offline: options.offline ?? false,
    concurrency: Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY)),
    cacheDir: options.cacheDir ?? defaultCacheDir(options.env),
    cacheTtlMs: options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: Math.max(0, Math.floor(options.retries ?? DEFAULT_RETRIES)),
    backoffBaseMs: options.backoffBaseMs ?? 250,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 1e4,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxRunBytes: options.maxRunBytes ?? DEFAULT_MAX_RUN_BYTES,
    runTimeoutMs: options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    ...options.fetch ? { fetch: options.fetch } : {},
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve5) => setTimeout(resolve5, ms))),
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    ...options.cratesIoIndex ? { cratesIoIndex: options.cratesIoIndex } : {}
  };
}

// dist/src/suppress/baseline.js
import { readFileSync as readFileSync2 } from "node:fs";
import { relative, sep } from "node:path";

// dist/src/suppress/json-positions.js
var JsonSyntaxError = class extends Error {
  line;
  column;
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
};
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var LITERALS = { true: true, false: false, null: null };
var JSON_NESTING_LIMIT = 128;
function parseJsonWithPositions(rawText) {
  const text = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  const starts = /* @__PURE__ */ new Map();
  let at2 = 0;
  const positionAt = (index) => {
    const before = text.slice(0, index).split("\n");
    return { line: before.length, column: (before[before.length - 1] ?? "").length + 1 };
  };
  const fail2 = (message) => {
    const { line, column } = positionAt(at2);
    throw new JsonSyntaxError(message, line, column);
  };
  const skipSpace = () => {
    while (at2 < text.length && " 	\r\n".includes(text[at2]))
      at2 += 1;
  };
  const unexpected = () => fail2(at2 >= text.length ? "unexpected end of file" : `unexpected character \`${text[at2]}\``);
  const expect = (char) => {
    skipSpace();
    if (text[at2] !== char)
      fail2(at2 >= text.length ? `expected \`${char}\` before the end of file` : `expected \`${char}\`, found \`${text[at2]}\``);
    at2 += 1;
  };
  const token = (pattern) => {
    pattern.lastIndex = at2;
    const match = pattern.exec(text);
    if (!match)
      return null;
    at2 += match[0].length;
    return match[0];
  };
  function parseValue(path) {
    skipSpace();
    starts.set(JSON.stringify(path), at2);
    const char = text[at2];
    if ((char === "{" || char === "[") && path.length >= JSON_NESTING_LIMIT)
      fail2(`arrays and objects nest more than ${JSON_NESTING_LIMIT} deep`);
    if (char === "{")
      return parseObject(path);
    if (char === "[")
      return parseArray(path);
    if (char === '"')
      return JSON.parse(token(STRING) ?? unexpected());
    const number = token(NUMBER);
    if (number !== null)
      return Number(number);
    for (const [word, value2] of Object.entries(LITERALS)) {
      if (text.startsWith(word, at2)) {
        at2 += word.length;
        return value2;
      }
    }
    return unexpected();
  }
  function parseObject(path) {
    const result = /* @__PURE__ */ Object.create(null);
    at2 += 1;
    skipSpace();
    if (text[at2] === "}") {
      at2 += 1;
      return result;
    }
    while (true) {
      skipSpace();
      if (text[at2] !== '"')
        unexpected();
      const key = JSON.parse(token(STRING) ?? unexpected());
      expect(":");
      result[key] = parseValue([...path, key]);
      skipSpace();
      if (text[at2] !== ",")
        break;
      at2 += 1;
    }
    expect("}");
    return result;
  }
  function parseArray(path) {
    const result = [];
    at2 += 1;
    skipSpace();
    if (text[at2] === "]") {
      at2 += 1;
      return result;
    }
    while (true) {
      result.push(parseValue([...path, result.length]));
      skipSpace();
      if (text[at2] !== ",")
        break;
      at2 += 1;
    }
    expect("]");
    return result;
  }
  const value = parseValue([]);
  skipSpace();
  if (at2 < text.length)
    unexpected();
  return {
    value,
    positionOf(path) {
      for (let length = path.length; length >= 0; length -= 1) {
        const start = starts.get(JSON.stringify(path.slice(0, length)));
        if (start !== void 0)
          return positionAt(start);
      }
      return { line: 1, column: 1 };
    }
  };
}

// dist/src/suppress/baseline.js
var ENTRY_KEYS = ["fingerprint", "rule", "crate", "file"];
function fail(path, line, column, message) {
  throw new ConfigError([{ file: path, line, column, message }]);
}
function checkShape(path, json) {
  const at2 = (where, message) => {
    const { line, column } = json.positionOf(where);
    return fail(path, line, column, message);
  };
  const root = json.value;
  if (typeof root !== "object" || root === null || Array.isArray(root))
    at2([], "a baseline must be a JSON object");
  if (root.schemaVersion !== 1)
    at2(["schemaVersion"], `unsupported baseline schemaVersion ${JSON.stringify(root.schemaVersion)}; expected 1`);
  if (!Array.isArray(root.entries))
    at2(["entries"], "`entries` must be an array");
  const entries = root.entries;
  entries.forEach((entry, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry))
      at2(["entries", index], "each entry must be an object");
    for (const key of ENTRY_KEYS) {
      const value = entry[key];
      if (typeof value !== "string")
        at2(["entries", index, key], `entry \`${key}\` must be a string`);
    }
  });
  return { schemaVersion: 1, entries };
}
function readBaseline(path) {
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    const code = error.code;
    return fail(path, 0, 0, code === "ENOENT" ? "baseline file not found" : `cannot read baseline (${code ?? String(error)})`);
  }
  try {
    return checkShape(path, parseJsonWithPositions(text));
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      fail(path, error.line, error.column, `invalid JSON: ${error.message}`);
    throw error;
  }
}
function baselineOf(findings, cwd) {
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const file = relative(cwd, finding.location.file).split(sep).join("/");
    byFingerprint.set(finding.fingerprint, { fingerprint: finding.fingerprint, rule: finding.ruleId, crate: finding.crate.name, file });
  }
  const entries = [...byFingerprint.values()].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.crate.localeCompare(b.crate) || a.fingerprint.localeCompare(b.fingerprint));
  return { schemaVersion: 1, entries };
}
function serializeBaseline(baseline) {
  const lines = baseline.entries.map((entry) => `    { ${ENTRY_KEYS.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(entry[key])}`).join(", ")} }`);
  const body = lines.length === 0 ? "[]" : `[
${lines.join(",\n")}
  ]`;
  return `{
  "schemaVersion": 1,
  "entries": ${body}
}
`;
}
function writeBaseline(path, findings, cwd) {
  writeFileAtomic(path, serializeBaseline(baselineOf(findings, cwd)));
}
function applyBaseline(findings, baseline) {
  const known = new Set(baseline.entries.map((entry) => entry.fingerprint));
  const seen = /* @__PURE__ */ new Set();
  const outcome = { kept: [], suppressed: [], stale: [] };
  for (const finding of findings) {
    if (known.has(finding.fingerprint)) {
      seen.add(finding.fingerprint);
      outcome.suppressed.push(finding);
    } else {
      outcome.kept.push(finding);
    }
  }
  outcome.stale = baseline.entries.filter((entry) => !seen.has(entry.fingerprint));
  return outcome;
}

// dist/src/audit.js
import { relative as relative5 } from "node:path";

// dist/src/advisories/run-data.js
var DAY_MS = 864e5;
var DEFAULT_STALE_AFTER_MS = 90 * DAY_MS;
async function prepareAdvisories(settings, cacheDir, env, now) {
  const selected = await selectDatabase({ ...settings.dbUrl ? { source: settings.dbUrl } : {}, cacheDir, env });
  const notes = selected.notes.map((message) => ({ level: "note", message }));
  const today = now.toISOString().slice(0, 10);
  const ignored = /* @__PURE__ */ new Set();
  for (const entry of settings.ignore ?? []) {
    const location = { file: entry.file, line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
    if (entry.until !== void 0 && entry.until < today) {
      notes.push({ level: "warning", message: `the ignore of ${entry.id} expired on ${entry.until}; the advisory is reported again`, location });
    } else {
      ignored.add(entry.id);
    }
  }
  const { database } = selected;
  const ageMs = now.getTime() - Date.parse(`${database.date}T00:00:00Z`);
  const staleAfter = settings.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  if (ageMs > staleAfter) {
    notes.push({
      level: "warning",
      message: `the RustSec advisory data is ${Math.floor(ageMs / DAY_MS)} days old (${database.date}, ${database.source}); run \`cargo-sunset fetch\` to update it`
    });
  }
  return { selected, ignored, notes };
}
function unusedIgnoreNotes(settings, active, hits) {
  return (settings.ignore ?? []).filter((entry) => active.has(entry.id) && !hits.has(entry.id)).map((entry) => ({
    level: "note",
    message: `the ignore of ${entry.id} matched no locked crate; it can be removed`,
    location: { file: entry.file, line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn }
  }));
}

// dist/src/config/load.js
import { existsSync, readFileSync as readFileSync3 } from "node:fs";
import { join as join2, resolve as resolve3 } from "node:path";

// dist/src/config/checker.js
function report(checker, path, message, at2 = "value") {
  const full = [...checker.prefix, ...path];
  const span = at2 === "key" ? checker.doc.keySpan(full) : checker.doc.valueSpan(full);
  checker.issues.push({ file: checker.doc.file, line: span.line, column: span.column, message });
}
function tableName(checker, path) {
  return [...checker.prefix, ...path].filter((part) => typeof part === "string").join(".");
}
function tableLabel(checker, path) {
  const name = tableName(checker, path);
  return typeof path[path.length - 1] === "number" ? `[[${name}]]` : `[${name}]`;
}
function isPlainTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function describeValue(value) {
  if (typeof value === "string")
    return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  if (value instanceof Date)
    return `the date-time ${value.toISOString()}`;
  if (Array.isArray(value))
    return "an array";
  return "a table";
}
function checkKeys(checker, path, table, allowed) {
  const where = tableName(checker, path) === "" ? "at the top level" : `in ${tableLabel(checker, path)}`;
  for (const key of Object.keys(table)) {
    if (!allowed.includes(key)) {
      report(checker, [...path, key], `unknown key \`${key}\` ${where}; expected one of: ${allowed.join(", ")}`, "key");
    }
  }
}
function stringField(checker, path, table, key) {
  const value = table[key];
  if (value === void 0)
    return void 0;
  if (typeof value === "string")
    return value;
  report(checker, [...path, key], `\`${key}\` must be a string, found ${describeValue(value)}`);
  return void 0;
}
function requiredString(checker, path, table, key) {
  if (table[key] === void 0) {
    report(checker, path, `${tableLabel(checker, path)} needs \`${key}\``, "key");
    return void 0;
  }
  const value = stringField(checker, path, table, key);
  if (value !== void 0 && value.trim() === "") {
    report(checker, [...path, key], `\`${key}\` must not be empty`);
    return void 0;
  }
  return value;
}
function stringListField(checker, path, table, key) {
  const value = table[key];
  if (value === void 0)
    return void 0;
  if (typeof value === "string")
    return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string"))
    return value;
  report(checker, [...path, key], `\`${key}\` must be a string or an array of strings, found ${describeValue(value)}`);
  return void 0;
}
function isHttpUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
function isCalendarDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function dateField(checker, path, table, key) {
  const value = table[key];
  if (value === void 0)
    return void 0;
  const isLocalDate = value instanceof Date && "isDate" in value && typeof value.isDate === "function" && value.isDate() === true;
  if (isLocalDate)
    return value.toISOString().slice(0, 10);
  if (typeof value === "string" && isCalendarDate(value))
    return value;
  report(checker, [...path, key], `\`${key}\` must be a date written YYYY-MM-DD, found ${describeValue(value)}`);
  return void 0;
}
function checkArrayOfTables(checker, key, section, itemName, checkItem) {
  if (!Array.isArray(section)) {
    report(checker, [key], `\`${tableName(checker, [key])}\` must be an array of tables ([[${key}]]), found ${describeValue(section)}`);
    return [];
  }
  const entries = [];
  section.forEach((item, index) => {
    if (!isPlainTable(item)) {
      report(checker, [key, index], `each ${itemName} must be a table, found ${describeValue(item)}`);
      return;
    }
    const entry = checkItem(index, item);
    if (entry)
      entries.push(entry);
  });
  return entries;
}

// dist/src/config/advisories-section.js
import { isAbsolute, resolve } from "node:path";
var KEYS = ["db-url", "ignore", "stale-after"];
var IGNORE_KEYS = ["id", "reason", "until"];
function checkIgnore(checker, index, table) {
  const path = ["advisories", "ignore", index];
  checkKeys(checker, path, table, IGNORE_KEYS);
  const before = checker.issues.length;
  const id = requiredString(checker, path, table, "id");
  if (id !== void 0 && !/^[A-Z]+-\d{4}-\d{4,}$/.test(id))
    report(checker, [...path, "id"], `\`id\` must be an advisory id such as "RUSTSEC-2021-0078", found ${describeValue(id)}`);
  const reason = requiredString(checker, path, table, "reason");
  const until = dateField(checker, path, table, "until");
  if (checker.issues.length > before || id === void 0 || reason === void 0)
    return null;
  const span = checker.doc.keySpan([...checker.prefix, ...path]);
  return { id, reason, ...until !== void 0 ? { until } : {}, file: checker.doc.file, ...span };
}
function checkAdvisoriesSection(checker, section) {
  const settings = {};
  const path = ["advisories"];
  if (!isPlainTable(section)) {
    report(checker, path, `[${tableName(checker, path)}] must be a table, found ${describeValue(section)}`);
    return settings;
  }
  checkKeys(checker, path, section, KEYS);
  const dbUrl = section["db-url"];
  if (dbUrl !== void 0) {
    if (typeof dbUrl === "string" && dbUrl.trim() !== "") {
      settings.dbUrl = /^https?:\/\//i.test(dbUrl) || isAbsolute(dbUrl) ? dbUrl : resolve(checker.workspaceRoot, dbUrl);
    } else {
      report(checker, [...path, "db-url"], `\`db-url\` must be an http(s) URL or a path, found ${describeValue(dbUrl)}`);
    }
  }
  const staleAfter = section["stale-after"];
  if (staleAfter !== void 0) {
    const ms = parseDuration(staleAfter);
    if (ms !== null)
      settings.staleAfterMs = ms;
    else
      report(checker, [...path, "stale-after"], `\`stale-after\` must be a duration such as "90d" or "12w", found ${describeValue(staleAfter)}`);
  }
  if (section.ignore !== void 0) {
    const list = section.ignore;
    if (!Array.isArray(list)) {
      report(checker, [...path, "ignore"], `\`ignore\` must be an array of tables such as [{ id = "RUSTSEC-\u2026", reason = "\u2026" }], found ${describeValue(list)}`);
    } else {
      settings.ignore = list.flatMap((item, index) => {
        if (!isPlainTable(item)) {
          report(checker, [...path, "ignore", index], `each advisory ignore must be a table with \`id\` and \`reason\`, found ${describeValue(item)}`);
          return [];
        }
        return checkIgnore(checker, index, item) ?? [];
      });
    }
  }
  return settings;
}

// dist/src/config/catalog-section.js
var KEYS2 = ["crate", "versions", "status", "replacement", "reason", "guide", "since", "category"];
var STATUSES = ["deprecated", "discontinued", "unmaintained", "superseded", "declining", "healthy"];
function checkEntry(checker, index, table) {
  const path = ["catalog", index];
  checkKeys(checker, path, table, KEYS2);
  const before = checker.issues.length;
  const crate = requiredString(checker, path, table, "crate");
  const reason = requiredString(checker, path, table, "reason");
  const versions = stringField(checker, path, table, "versions") ?? "*";
  if (!isValidRequirement(versions))
    report(checker, [...path, "versions"], `\`versions\` is not a valid cargo requirement: ${JSON.stringify(versions)}`);
  const status = stringField(checker, path, table, "status") ?? "deprecated";
  if (!STATUSES.includes(status)) {
    report(checker, [...path, "status"], `\`status\` must be one of ${STATUSES.join(", ")}, found ${describeValue(status)}`);
  }
  const replacements = stringListField(checker, path, table, "replacement") ?? [];
  const guide = stringField(checker, path, table, "guide");
  if (guide !== void 0 && !isHttpUrl(guide))
    report(checker, [...path, "guide"], `\`guide\` must be an http(s) URL, found ${describeValue(guide)}`);
  const since = stringField(checker, path, table, "since");
  if (since !== void 0 && !/^\d{4}-\d{2}(-\d{2})?$/.test(since)) {
    report(checker, [...path, "since"], `\`since\` must be written YYYY-MM or YYYY-MM-DD, found ${describeValue(since)}`);
  }
  const category = stringField(checker, path, table, "category") ?? "organisation";
  if (checker.issues.length > before || crate === void 0 || reason === void 0)
    return null;
  const entry = {
    crate,
    status,
    versions,
    category,
    replacements: replacements.map((name) => ({ crate: name, recommendedBy: "organisation" })),
    reason,
    evidence: []
  };
  if (since !== void 0)
    entry.since = since;
  if (guide !== void 0)
    entry.guideUrl = guide;
  return entry;
}
function checkCatalogSection(checker, section) {
  return checkArrayOfTables(checker, "catalog", section, "catalog entry", (index, item) => checkEntry(checker, index, item));
}

// dist/src/config/ignore-section.js
import { relative as relative2, sep as sep2 } from "node:path";
var KEYS3 = ["crate", "version", "rule", "members", "reason", "until", "tracking"];
function requirementProblem(requirement) {
  try {
    parseRequirement(requirement);
    return "";
  } catch (error) {
    return error.message;
  }
}
function checkEntry2(checker, index, table, scope) {
  const path = ["ignore", index];
  checkKeys(checker, path, table, KEYS3);
  const before = checker.issues.length;
  const crate = requiredString(checker, path, table, "crate");
  const reason = requiredString(checker, path, table, "reason");
  const version = stringField(checker, path, table, "version");
  if (version !== void 0 && !isValidRequirement(version)) {
    report(checker, [...path, "version"], `\`version\` is not a valid cargo requirement: ${requirementProblem(version)}`);
  }
  const rule = stringField(checker, path, table, "rule");
  if (rule !== void 0 && !checker.ruleIds.has(rule))
    report(checker, [...path, "rule"], `unknown rule \`${rule}\``);
  let members;
  if (table.members !== void 0) {
    if (scope.member !== void 0) {
      report(checker, [...path, "members"], "`members` is not allowed in package metadata: these ignores apply to this package only", "key");
    } else if (Array.isArray(table.members) && table.members.every((m) => typeof m === "string")) {
      members = table.members;
    } else {
      report(checker, [...path, "members"], `\`members\` must be an array of package names, found ${describeValue(table.members)}`);
    }
  }
  const until = dateField(checker, path, table, "until");
  const tracking = stringField(checker, path, table, "tracking");
  if (tracking !== void 0 && !isHttpUrl(tracking)) {
    report(checker, [...path, "tracking"], `\`tracking\` must be an http(s) URL, found ${describeValue(tracking)}`);
  }
  if (checker.issues.length > before || crate === void 0 || reason === void 0)
    return null;
  const span = checker.doc.keySpan([...checker.prefix, ...path]);
  const entry = {
    crate,
    reason,
    file: checker.doc.file,
    relativeFile: relative2(checker.workspaceRoot, checker.doc.file).split(sep2).join("/"),
    ...span
  };
  if (version !== void 0)
    entry.version = version;
  if (rule !== void 0)
    entry.rule = rule;
  if (members !== void 0)
    entry.members = members;
  else if (scope.member !== void 0)
    entry.members = [scope.member];
  if (until !== void 0)
    entry.until = until;
  if (tracking !== void 0)
    entry.tracking = tracking;
  return entry;
}
function checkIgnoreSection(checker, section, scope) {
  return checkArrayOfTables(checker, "ignore", section, "ignore", (index, item) => checkEntry2(checker, index, item, scope));
}

// dist/src/config/registry-section.js
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
var KEYS4 = ["concurrency", "cache-ttl", "offline", "cache-dir", "timeout", "run-timeout", "max-file-size", "max-download"];
function checkRegistrySection(checker, section) {
  const settings = {};
  const path = ["registry"];
  if (!isPlainTable(section)) {
    report(checker, path, `[${tableName(checker, path)}] must be a table, found ${describeValue(section)}`);
    return settings;
  }
  checkKeys(checker, path, section, KEYS4);
  const { concurrency, offline } = section;
  if (concurrency !== void 0) {
    if (typeof concurrency === "number" && Number.isInteger(concurrency) && concurrency >= 1)
      settings.concurrency = concurrency;
    else
      report(checker, [...path, "concurrency"], `\`concurrency\` must be an integer of at least 1, found ${describeValue(concurrency)}`);
  }
  const ttl = section["cache-ttl"];
  if (ttl !== void 0) {
    const ms = parseDuration(ttl);
    if (ms !== null)
      settings.cacheTtlMs = ms;
    else
      report(checker, [...path, "cache-ttl"], `\`cache-ttl\` must be a duration such as "30m", "1h", "2d" or a number of seconds, found ${describeValue(ttl)}`);
  }
  if (offline !== void 0) {
    if (typeof offline === "boolean")
      settings.offline = offline;
    else
      report(checker, [...path, "offline"], `\`offline\` must be true or false, found ${describeValue(offline)}`);
  }
  const cacheDir = section["cache-dir"];
  if (cacheDir !== void 0) {
    if (typeof cacheDir === "string" && cacheDir.trim() !== "") {
      settings.cacheDir = isAbsolute2(cacheDir) ? cacheDir : resolve2(checker.workspaceRoot, cacheDir);
    } else {
      report(checker, [...path, "cache-dir"], `\`cache-dir\` must be a non-empty path, found ${describeValue(cacheDir)}`);
    }
  }
  checkLimits(checker, section, settings);
  return settings;
}
var positiveDuration = (value) => {
  const ms = parseDuration(value);
  return ms !== null && ms > 0 ? ms : null;
};
var DURATION = `a duration above zero such as "10s", "2m" or a number of seconds`;
var SIZE = `a size above zero such as "20MB", "512KiB" or a number of bytes`;
var LIMITS = [
  { key: "timeout", field: "timeoutMs", parse: positiveDuration, expected: DURATION },
  { key: "run-timeout", field: "runTimeoutMs", parse: positiveDuration, expected: DURATION },
  { key: "max-file-size", field: "maxFileBytes", parse: parseSize, expected: SIZE },
  { key: "max-download", field: "maxRunBytes", parse: parseSize, expected: SIZE }
];
function checkLimits(checker, section, settings) {
  for (const { key, field, parse: parse2, expected } of LIMITS) {
    const value = section[key];
    if (value === void 0)
      continue;
    const parsed = parse2(value);
    if (parsed !== null)
      settings[field] = parsed;
    else
      report(checker, ["registry", key], `\`${key}\` must be ${expected}, found ${describeValue(value)}`);
  }
}

// dist/src/config/rules-section.js
var SEVERITY_SETTINGS = ["error", "warning", "note", "off"];
function isSeveritySetting(value) {
  return typeof value === "string" && SEVERITY_SETTINGS.includes(value);
}
function kindOf(value) {
  if (Array.isArray(value))
    return "array";
  if (isPlainTable(value))
    return "table";
  if (value instanceof Date)
    return "date";
  return typeof value;
}
function severityProblem(value) {
  return `severity must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(", ")}, found ${describeValue(value)}`;
}
function checkOptions(checker, path, written, meta) {
  const defaults = meta.defaultOptions ?? {};
  const options = {};
  for (const [key, value] of Object.entries(written)) {
    if (key === "severity")
      continue;
    if (!(key in defaults)) {
      const known = ["severity", ...Object.keys(defaults)].join(", ");
      report(checker, [...path, key], `unknown option \`${key}\` for rule \`${meta.id}\`; expected one of: ${known}`, "key");
      continue;
    }
    const expected = kindOf(defaults[key]);
    if (kindOf(value) !== expected) {
      const article = expected === "array" ? "an" : "a";
      report(checker, [...path, key], `option \`${key}\` of rule \`${meta.id}\` must be ${article} ${expected}, found ${describeValue(value)}`);
      continue;
    }
    options[key] = value;
  }
  return options;
}
function checkRulesSection(checker, section, metas) {
  const rules = /* @__PURE__ */ new Map();
  if (!isPlainTable(section)) {
    report(checker, ["rules"], `[${tableName(checker, ["rules"])}] must be a table, found ${describeValue(section)}`);
    return rules;
  }
  for (const [id, value] of Object.entries(section)) {
    const path = ["rules", id];
    const meta = metas.get(id);
    if (!meta) {
      report(checker, path, `unknown rule \`${id}\``, "key");
      continue;
    }
    if (typeof value === "string") {
      if (isSeveritySetting(value))
        rules.set(id, { severity: value, options: {} });
      else
        report(checker, path, severityProblem(value));
      continue;
    }
    if (!isPlainTable(value)) {
      report(checker, path, `rule \`${id}\` must be a severity string or a table, found ${describeValue(value)}`);
      continue;
    }
    const severity = value.severity;
    if (severity !== void 0 && !isSeveritySetting(severity))
      report(checker, [...path, "severity"], severityProblem(severity));
    rules.set(id, {
      severity: isSeveritySetting(severity) ? severity : void 0,
      options: checkOptions(checker, path, value, meta)
    });
  }
  return rules;
}

// dist/src/config/layer.js
var KEYS5 = ["rules", "registry", "ignore", "catalog", "advisories"];
function emptyLayer() {
  return { rules: /* @__PURE__ */ new Map(), registry: {}, ignores: [], catalog: [] };
}
function checkLayer(checker, table, origin, metas) {
  checkKeys(checker, [], table, KEYS5);
  const layer = emptyLayer();
  if (table.rules !== void 0)
    layer.rules = checkRulesSection(checker, table.rules, metas);
  const member = origin.kind === "package-metadata" ? origin.member : void 0;
  if (table.ignore !== void 0)
    layer.ignores = checkIgnoreSection(checker, table.ignore, { member });
  for (const key of ["registry", "catalog", "advisories"]) {
    if (table[key] !== void 0 && member !== void 0) {
      report(checker, [key], `[${tableName(checker, [key])}] applies to the whole run; set it in cargo-sunset.toml or [workspace.metadata.cargo-sunset]`, "key");
    }
  }
  if (member !== void 0)
    return layer;
  if (table.registry !== void 0)
    layer.registry = checkRegistrySection(checker, table.registry);
  if (table.catalog !== void 0)
    layer.catalog = checkCatalogSection(checker, table.catalog);
  if (table.advisories !== void 0)
    layer.advisories = checkAdvisoriesSection(checker, table.advisories);
  return layer;
}

// dist/src/config/resolve.js
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function mergeRegistry(input) {
  const { concurrency, cacheTtlMs, offline, cacheDir } = input.cli;
  return {
    ...definedOnly(input.workspaceMetadata.registry),
    ...definedOnly(input.configFile.registry),
    ...definedOnly({ concurrency, cacheTtlMs, offline, cacheDir })
  };
}
function mergeCatalog(input) {
  const fromFile = input.configFile.catalog;
  const named = new Set(fromFile.map((entry) => entry.crate));
  return [...fromFile, ...input.workspaceMetadata.catalog.filter((entry) => !named.has(entry.crate))];
}
function mergeAdvisories(input) {
  const low = input.workspaceMetadata.advisories ?? {};
  const high = input.configFile.advisories ?? {};
  const ignore = [...high.ignore ?? [], ...low.ignore ?? []];
  const dbUrl = input.cli.advisoryDb ?? high.dbUrl ?? low.dbUrl;
  const staleAfterMs = high.staleAfterMs ?? low.staleAfterMs;
  return { ...dbUrl !== void 0 ? { dbUrl } : {}, ...staleAfterMs !== void 0 ? { staleAfterMs } : {}, ignore };
}
function resolveConfig(input) {
  const metas = new Map(input.ruleMetas.map((meta) => [meta.id, meta]));
  const ignores = [input.configFile, input.workspaceMetadata, ...input.packageMetadata.values()].flatMap((layer) => layer.ignores);
  function ruleSetting(ruleId, member) {
    const meta = metas.get(ruleId);
    if (!meta)
      throw new RangeError(`unknown rule id \`${ruleId}\``);
    const packageLayer = member === void 0 ? void 0 : input.packageMetadata.get(member);
    const layers = [input.workspaceMetadata, input.configFile, packageLayer].filter((layer) => layer !== void 0);
    const setting = { severity: meta.defaultSeverity, options: { ...meta.defaultOptions } };
    for (const layer of layers) {
      const ruleLayer = layer.rules.get(ruleId);
      if (!ruleLayer)
        continue;
      if (ruleLayer.severity !== void 0)
        setting.severity = ruleLayer.severity;
      Object.assign(setting.options, ruleLayer.options);
    }
    const fromCli = input.cli.rules?.[ruleId];
    if (fromCli !== void 0)
      setting.severity = fromCli;
    return setting;
  }
  function severityConfigured(ruleId, member) {
    const packageLayer = member === void 0 ? void 0 : input.packageMetadata.get(member);
    const layers = [input.workspaceMetadata, input.configFile, packageLayer].filter((layer) => layer !== void 0);
    return input.cli.rules?.[ruleId] !== void 0 || layers.some((layer) => layer.rules.get(ruleId)?.severity !== void 0);
  }
  return { ruleSetting, severityConfigured, registry: mergeRegistry(input), ignores, catalogEntries: mergeCatalog(input), advisories: mergeAdvisories(input), sources: input.sources };
}

// dist/src/config/toml-document.js
var FIRST = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function spanOf(loc) {
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}
function keyNames(node) {
  return (node.key?.keys ?? []).map((k) => k.name ?? k.value ?? "");
}
function indexValue(index, path, node) {
  if (node.type === "TOMLInlineTable") {
    for (const pair of node.body ?? [])
      indexPair(index, path, pair);
  } else if (node.type === "TOMLArray") {
    (node.elements ?? []).forEach((element, i) => {
      index.set(JSON.stringify([...path, i]), { key: spanOf(element.loc), value: spanOf(element.loc) });
      indexValue(index, [...path, i], element);
    });
  }
}
function indexPair(index, base, pair) {
  const names = keyNames(pair);
  const path = [...base, ...names];
  if (pair.key && pair.value) {
    index.set(JSON.stringify(path), { key: spanOf(pair.key.loc), value: spanOf(pair.value.loc) });
    indexValue(index, path, pair.value);
  }
}
function buildIndex(text) {
  const index = /* @__PURE__ */ new Map();
  let program;
  try {
    program = parseTOML(text, { tomlVersion: "1.1" });
  } catch {
    return index;
  }
  for (const node of program.body[0].body) {
    if (node.type === "TOMLTable" && node.key) {
      const header = spanOf({ start: node.loc.start, end: node.key.loc.end });
      header.endColumn += node.kind === "array" ? 2 : 1;
      const path = node.resolvedKey ?? [];
      index.set(JSON.stringify(path), { key: header, value: header });
      for (const pair of node.body ?? [])
        indexPair(index, path, pair);
    } else {
      indexPair(index, [], node);
    }
  }
  return index;
}
function lookup(index, path) {
  const exact = index.get(JSON.stringify(path));
  if (exact)
    return exact;
  const prefix = JSON.stringify(path).slice(0, -1);
  for (const [key, located] of index) {
    if (key.startsWith(prefix + ","))
      return located;
  }
  return void 0;
}
function parseTomlDocument(rawText, file) {
  const text = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  let value;
  try {
    value = parseTomlText(text);
  } catch (error) {
    if (!(error instanceof TomlTextError))
      throw error;
    throw new ConfigError([{ file, line: error.line, column: error.column, message: `invalid TOML: ${error.problem}` }]);
  }
  let index;
  const located = (path) => lookup(index ??= buildIndex(text), path);
  return {
    file,
    value,
    keySpan: (path) => located(path)?.key ?? FIRST,
    valueSpan: (path) => located(path)?.value ?? FIRST
  };
}

// dist/src/config/load.js
var CONFIG_FILE_NAMES = ["cargo-sunset.toml", join2(".cargo", "cargo-sunset.toml")];
function parseOrCollect(state, text, file) {
  try {
    return parseTomlDocument(text, file);
  } catch (error) {
    if (!(error instanceof ConfigError))
      throw error;
    state.issues.push(...error.issues);
    return null;
  }
}
function manifestDocument(state, path) {
  if (!state.manifests.has(path)) {
    let text = state.input.manifestText?.(path) ?? null;
    try {
      text ??= currentSourceOverlay()?.text(path) ?? readFileSync3(path, "utf8");
    } catch {
      text = null;
    }
    state.manifests.set(path, text !== null && text.includes("cargo-sunset") ? parseOrCollect(state, text, path) : null);
  }
  return state.manifests.get(path) ?? null;
}
function layerOf(state, doc, prefix, origin) {
  let table = doc.value;
  for (const key of prefix)
    table = isPlainTable(table) ? table[key] : void 0;
  if (table === void 0)
    return emptyLayer();
  const checker = { doc, prefix, issues: state.issues, ruleIds: new Set(state.metas.keys()), workspaceRoot: state.input.workspaceRoot };
  if (!isPlainTable(table)) {
    report(checker, [], `[${prefix.join(".")}] must be a table, found ${describeValue(table)}`);
    return emptyLayer();
  }
  if (!state.sources.includes(doc.file))
    state.sources.push(doc.file);
  return checkLayer(checker, table, origin, state.metas);
}
function findConfigFile(state) {
  const { configPath, workspaceRoot } = state.input;
  if (configPath !== void 0) {
    const path = resolve3(configPath);
    if (!existsSync(path))
      state.issues.push({ file: path, line: 0, column: 0, message: "config file not found" });
    return existsSync(path) ? path : void 0;
  }
  const found = CONFIG_FILE_NAMES.map((name) => join2(workspaceRoot, name)).filter((path) => existsSync(path));
  if (found.length > 1) {
    state.issues.push({ file: found[1], line: 0, column: 0, message: `both ${found.join(" and ")} exist; keep only one` });
  }
  return found[0];
}
function configFileLayer(state) {
  const path = findConfigFile(state);
  if (path === void 0)
    return emptyLayer();
  let text;
  try {
    text = currentSourceOverlay()?.text(path) ?? readFileSync3(path, "utf8");
  } catch (error) {
    state.issues.push({ file: path, line: 0, column: 0, message: `cannot read config file (${error.code ?? String(error)})` });
    return emptyLayer();
  }
  const doc = parseOrCollect(state, text, path);
  return doc ? layerOf(state, doc, [], { kind: "file" }) : emptyLayer();
}
function checkCli(state) {
  const { cli } = state.input;
  for (const [id, severity] of Object.entries(cli.rules ?? {})) {
    if (!state.metas.has(id))
      state.issues.push({ file: "command line", line: 0, column: 0, message: `unknown rule \`${id}\`` });
    else if (!isSeveritySetting(severity)) {
      state.issues.push({ file: "command line", line: 0, column: 0, message: `rule \`${id}\`: unknown severity ${JSON.stringify(severity)}` });
    }
  }
  if (cli.concurrency !== void 0 && !(Number.isInteger(cli.concurrency) && cli.concurrency >= 1)) {
    state.issues.push({ file: "command line", line: 0, column: 0, message: "concurrency must be an integer of at least 1" });
  }
}
function sortedByPosition(issues) {
  const fileOrder = [...new Set(issues.map((issue) => issue.file))];
  const rank = (issue) => fileOrder.indexOf(issue.file);
  return [...issues].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
}
function loadConfig(input) {
  const state = { input, metas: new Map(input.ruleMetas.map((m) => [m.id, m])), issues: [], sources: [], manifests: /* @__PURE__ */ new Map() };
  const rootDoc = manifestDocument(state, input.rootManifestPath);
  const workspaceMetadata = rootDoc ? layerOf(state, rootDoc, ["workspace", "metadata", "cargo-sunset"], { kind: "workspace-metadata" }) : emptyLayer();
  const configFile = configFileLayer(state);
  const packageMetadata = /* @__PURE__ */ new Map();
  for (const member of input.memberManifests) {
    const doc = manifestDocument(state, member.manifestPath);
    if (doc)
      packageMetadata.set(member.name, layerOf(state, doc, ["package", "metadata", "cargo-sunset"], { kind: "package-metadata", member: member.name }));
  }
  checkCli(state);
  if (state.issues.length > 0)
    throw new ConfigError(sortedByPosition(state.issues));
  return resolveConfig({ workspaceMetadata, configFile, packageMetadata, cli: input.cli, ruleMetas: input.ruleMetas, sources: state.sources });
}

// dist/src/engine/engine.js
import { relative as relative3 } from "node:path";

// dist/src/engine/fingerprint.js
import * as crypto from "node:crypto";
var sha256Hex = typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text) : (text) => crypto.createHash("sha256").update(text).digest("hex");
function fingerprintOf(parts) {
  return sha256Hex(parts.join("\0")).slice(0, 16);
}

// dist/src/engine/finding.js
function createFinding(input) {
  const members = [...new Set(input.members ?? [])];
  return {
    ruleId: input.ruleId,
    severity: input.severity,
    message: input.message,
    crate: input.crate,
    location: input.location,
    relatedLocations: input.relatedLocations ?? [],
    ...input.suggestion ? { suggestion: input.suggestion } : {},
    ...members.length === 1 ? { member: members[0] } : {},
    ...members.length > 1 ? { member: members[0], members } : {},
    ...input.messageId ? { messageId: input.messageId } : {},
    ...input.declarations && input.declarations.length > 0 ? { declarations: input.declarations } : {},
    ...input.remedy ? { remedy: input.remedy } : {},
    ...input.advisory ? { advisory: input.advisory } : {},
    fingerprint: fingerprintOf([input.ruleId, ...input.identity])
  };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.ruleId, b.ruleId) || compareText(a.crate.name, b.crate.name) || compareSeverity(a.severity, b.severity) || compareText(a.message, b.message);
}
function sortFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  return [...findings].sort(compareFindings).filter((f) => seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true));
}
var templateParts = /* @__PURE__ */ new Map();
function formatMessage(template, data = {}) {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    templateParts.set(template, parts);
  }
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    if (!(key in data))
      throw new Error(`message placeholder {{${key}}} has no data`);
    text += String(data[key]) + parts[i + 1];
  }
  return text;
}

// dist/src/engine/engine.js
function defaultRuleSettings(metas) {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const meta = (id) => {
    const found = byId.get(id);
    if (!found)
      throw new RangeError(`unknown rule id \`${id}\``);
    return found;
  };
  return { severity: (id) => meta(id).defaultSeverity, configured: () => false, options: (id) => ({ ...meta(id).defaultOptions }) };
}
var LOCK_HEADER_WIDTH = "[[package]]".length;
var MAX_MEMBER_LOCATIONS = 10;
function at(input, manifestPath, keyPath, label) {
  const span = input.spans.spanOf(manifestPath, keyPath) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file: manifestPath, ...span, ...label ? { label } : {} };
}
function locate(input, report2, deps) {
  const { workspace } = input;
  const related = [];
  let location = report2.location;
  const first = deps[0];
  if (first) {
    const shared = first.inheritedFrom;
    if (shared && deps.length > 1 && deps.every((d) => d.inheritedFrom === shared)) {
      location = at(input, shared.manifestPath, shared.keyPath);
      for (const dep of deps.slice(0, MAX_MEMBER_LOCATIONS))
        related.push(at(input, dep.manifestPath, dep.keyPath, "inherited here"));
    } else {
      location = at(input, first.manifestPath, first.keyPath);
      if (shared)
        related.push(at(input, shared.manifestPath, shared.keyPath, "workspace dependency"));
      for (const dep of deps.slice(1, MAX_MEMBER_LOCATIONS + 1))
        related.push(at(input, dep.manifestPath, dep.keyPath, "also declared here"));
    }
  }
  if (report2.lockedPackage && workspace.lockfile) {
    const line = report2.lockedPackage.line;
    related.push({ file: workspace.lockfile.path, line, column: 1, endLine: line, endColumn: LOCK_HEADER_WIDTH + 1, label: "Cargo.lock entry" });
  }
  related.push(...report2.related ?? []);
  return { location: location ?? { file: workspace.rootManifestPath, line: 1, column: 1, endLine: 1, endColumn: 1 }, related };
}
function levelOf(settings, ruleId, members) {
  const levels = [];
  for (const member of members) {
    const setting = settings.severity(ruleId, member);
    const configured = settings.configured?.(ruleId, member) ?? false;
    if (!levels.some((l) => l.setting === setting && l.configured === configured))
      levels.push({ setting, configured });
  }
  return levels;
}
function severityFor(settings, ruleId, members, facts, alsoRules = []) {
  const scopes = members.length > 0 ? [...members] : [void 0];
  const levels = levelOf(settings, ruleId, scopes);
  if (levels.every((l) => l.setting === "off"))
    return null;
  const evidence = alsoRules.flatMap((id) => levelOf(settings, id, scopes).map((l) => ({ ...l, configured: false })));
  return resolveSeverity([...levels, ...evidence], facts);
}
function ruleFinding(settings, meta, input) {
  const { messageId, data, facts, scope, ...rest } = input;
  const severity = severityFor(settings, meta.id, scope ?? input.members ?? [], facts);
  if (severity === null)
    return null;
  const template = meta.messages?.[messageId];
  if (template === void 0)
    throw new Error(`rule ${meta.id} has no message \`${messageId}\``);
  return createFinding({ ...rest, ruleId: meta.id, severity, message: formatMessage(template, data), messageId });
}
var relativePaths = /* @__PURE__ */ new WeakMap();
function manifestOf(workspace, file) {
  let paths = relativePaths.get(workspace);
  if (!paths) {
    paths = /* @__PURE__ */ new Map();
    relativePaths.set(workspace, paths);
  }
  let path = paths.get(file);
  if (path === void 0) {
    path = relative3(workspace.root, file).split("\\").join("/");
    paths.set(file, path);
  }
  return path;
}
function toFinding(input, rule, report2) {
  const members = report2.members ?? (report2.member ? [report2.member] : []);
  const severity = severityFor(input.settings, rule.meta.id, members, report2.facts, report2.alsoRules);
  if (severity === null)
    return null;
  const deps = report2.dependencies ?? (report2.dependency ? [report2.dependency] : []);
  const { location, related } = locate(input, report2, deps);
  const manifest = manifestOf(input.workspace, location.file);
  const template = report2.messageId ? rule.meta.messages?.[report2.messageId] : void 0;
  if (report2.messageId && template === void 0)
    throw new Error(`rule ${rule.meta.id} has no message \`${report2.messageId}\``);
  const message = template !== void 0 ? formatMessage(template, report2.data) : report2.message ?? "";
  const memberPart = members.length === 1 ? members[0] : "";
  return createFinding({
    ruleId: rule.meta.id,
    severity,
    message,
    ...report2.messageId ? { messageId: report2.messageId } : {},
    crate: report2.crate,
    location,
    relatedLocations: related,
    ...report2.suggestion ? { suggestion: report2.suggestion } : {},
    members,
    declarations: deps,
    ...report2.remedy ? { remedy: report2.remedy } : {},
    ...report2.advisory ? { advisory: report2.advisory } : {},
    identity: [report2.crate.name, manifest, memberPart, report2.fingerprintExtra ?? ""]
  });
}
function runnableRules(input) {
  return input.rules.filter((rule) => !(rule.meta.needsRegistry && input.hasRegistryData === false));
}
function collectReports(input, rule, workspace = input.workspace, registry = input.registry) {
  const reports = [];
  try {
    rule.check({
      workspace,
      graph: input.graph,
      catalog: input.catalog,
      registry,
      options: input.settings.options(rule.meta.id),
      now: input.now,
      report: (r) => reports.push(r)
    });
  } catch (error) {
    if (error instanceof InputError)
      throw error;
    throw new Error(`rule ${rule.meta.id} failed: ${error.stack ?? String(error)}`);
  }
  return reports;
}
function reportsToFindings(input, rule, reports) {
  const findings = [];
  for (const report2 of reports) {
    const finding = toFinding(input, rule, report2);
    if (finding)
      findings.push(finding);
  }
  return findings;
}
function runRules(input) {
  return runnableRules(input).flatMap((rule) => reportsToFindings(input, rule, collectReports(input, rule)));
}

// dist/src/warm/validity.js
function reportValidUntil({ now, offline, cacheTtlMs, used }) {
  const t = now.getTime();
  let until = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  for (const info of used) {
    if (offline)
      return 0;
    until = Math.min(until, Date.parse(info.fetchedAt) + cacheTtlMs);
    const newest = newestPublish(info);
    if (newest !== void 0) {
      const p = new Date(newest);
      const sameTimeThisMonth = monthStart + (newest - Date.UTC(p.getUTCFullYear(), p.getUTCMonth(), 1));
      if (sameTimeThisMonth > t)
        until = Math.min(until, sameTimeThisMonth);
    }
  }
  return Number.isFinite(until) && until > t ? until : 0;
}
function newestPublish(info) {
  let newest;
  for (const v of info.versions) {
    const at2 = v.pubtime ? Date.parse(v.pubtime) : NaN;
    if (!Number.isNaN(at2) && (newest === void 0 || at2 > newest))
      newest = at2;
  }
  return newest;
}
function watchedView(view, used) {
  const note = (info) => (info && used.add(info), info);
  return {
    forDependency: (dep) => note(view.forDependency(dep)),
    forLockedPackage: (pkg) => note(view.forLockedPackage(pkg))
  };
}

// dist/src/engine/incremental.js
var stamp = (info) => info ? `${info.registry}\0${info.name}\0${info.fetchedAt}\0${info.versions.length}\0${info.notFound === true}` : "";
function keyOf(value) {
  return JSON.stringify(value, (_key, v) => typeof v === "bigint" ? `${v}n` : v);
}
function shapeKey(workspace) {
  const { sources: _sources, members, ...rest } = workspace;
  const shape = members.map((m) => ({ ...m, dependencies: m.dependencies.map((d) => ({ ...d, req: "" })) }));
  return keyOf([rest, shape]);
}
var memberKey = (member) => keyOf(member);
var IncrementalRules = class {
  shared = "";
  workspaceRules = /* @__PURE__ */ new Map();
  memberRules = /* @__PURE__ */ new Map();
  stats = { workspacePasses: 0, memberPasses: {} };
  /** `inputsKey` names the inputs the engine input does not show by value (the catalog's data). */
  run(input, inputsKey) {
    const rules = runnableRules(input);
    const shared = keyOf([inputsKey, rules.map((r) => [r.meta.id, input.settings.options(r.meta.id)]), shapeKey(input.workspace)]);
    if (shared !== this.shared) {
      this.shared = shared;
      this.workspaceRules.clear();
      this.memberRules.clear();
    }
    const keys = new Map(input.workspace.members.map((m) => [m, memberKey(m)]));
    const whole = keyOf([...keys.values()]);
    const findings = [];
    for (const rule of rules) {
      const reports = rule.memberScoped ? this.memberReports(input, rule, keys) : this.workspaceReports(input, rule, whole);
      findings.push(...reportsToFindings(input, rule, reports));
    }
    return findings;
  }
  workspaceReports(input, rule, whole) {
    let entry = this.workspaceRules.get(rule.meta.id);
    if (!entry || !this.holds(entry, whole, input)) {
      entry = this.collect(input, rule, input.workspace, whole);
      this.workspaceRules.set(rule.meta.id, entry);
      this.stats.workspacePasses++;
    }
    return entry.reports;
  }
  /** In member order, as the rule run over the whole workspace reports them. */
  memberReports(input, rule, keys) {
    const known = this.memberRules.get(rule.meta.id);
    const next = /* @__PURE__ */ new Map();
    const reports = [];
    for (const [member, key] of keys) {
      let entry = known?.get(member.manifestPath);
      if (!entry || !this.holds(entry, key, input)) {
        entry = this.collect(input, rule, { ...input.workspace, members: [member] }, key);
        this.stats.memberPasses[member.name] = (this.stats.memberPasses[member.name] ?? 0) + 1;
      }
      next.set(member.manifestPath, entry);
      reports.push(...entry.reports);
    }
    this.memberRules.set(rule.meta.id, next);
    return reports;
  }
  /** Same model, still in time, and every registry question answered as before (asked through this run's view). */
  holds(entry, key, input) {
    if (entry.key !== key || input.now.getTime() >= entry.validUntil || !entry.answers.every((a) => stamp(a.ask(input.registry)) === a.seen))
      return false;
    for (const lookup2 of entry.lookups)
      lookup2(input.catalog);
    return true;
  }
  collect(input, rule, workspace, key) {
    const answers = /* @__PURE__ */ new Map();
    const infos = /* @__PURE__ */ new Set();
    const note = (question, ask) => {
      const info = ask(input.registry);
      if (info)
        infos.add(info);
      if (!answers.has(question))
        answers.set(question, { ask, seen: stamp(info) });
      return info;
    };
    const registry = {
      forDependency: (dep) => note(dep, (view) => view.forDependency(dep)),
      forLockedPackage: (pkg) => note(pkg, (view) => view.forLockedPackage(pkg))
    };
    const lookups = [];
    const catalog = {
      ...input.catalog,
      advisoriesFor: (name, version) => {
        lookups.push((c) => c.advisoriesFor(name, version));
        return input.catalog.advisoriesFor(name, version);
      },
      advisoriesAffecting: (name, version, kinds) => {
        lookups.push((c) => c.advisoriesAffecting(name, version, kinds));
        return input.catalog.advisoriesAffecting(name, version, kinds);
      }
    };
    const reports = collectReports({ ...input, catalog }, rule, workspace, registry);
    const validUntil = reportValidUntil({ now: input.now, offline: false, cacheTtlMs: Infinity, used: infos });
    return { key, reports, answers: [...answers.values()], lookups, validUntil };
  }
};

// dist/src/engine/plan.js
function declarationKey(dep) {
  const shared = dep.inheritedFrom;
  return shared ? `workspace\0${shared.manifestPath}\0${shared.keyPath.join("\0")}` : `${dep.manifestPath}\0${dep.keyPath.join("\0")}`;
}
function indexDeclarations(workspace) {
  const memberOf = /* @__PURE__ */ new Map();
  const inheriting = /* @__PURE__ */ new Map();
  for (const m of workspace.members) {
    for (const d of m.dependencies) {
      if (!memberOf.has(d))
        memberOf.set(d, m);
      if (!d.inheritedFrom)
        continue;
      append(inheriting, d.inheritedFrom, d);
    }
  }
  const entriesOf = (dep) => dep.inheritedFrom ? inheriting.get(dep.inheritedFrom) ?? [] : [dep];
  return { memberOf, entriesOf };
}
function lockedIdsByFinding(graph, findings) {
  const ids = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const versions = f.crate.versions ?? (f.crate.version ? [f.crate.version] : []);
    ids.set(f, graph.lockedVersionsOf(f.crate.name).filter((p) => versions.includes(p.version)).map((p) => p.id));
  }
  return ids;
}
var ABOUT_THE_DECLARATION = /* @__PURE__ */ new Set(["declining-crate", "outdated-requirement", "msrv"]);
function buildPlan({ workspace, graph, catalog, findings }) {
  const removedAll = /* @__PURE__ */ new Set();
  const byDeclaration = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const first = f.declarations?.[0];
    if (!first)
      continue;
    const key = declarationKey(first);
    append(byDeclaration, key, f);
  }
  const order = new Map(findings.map((f, i) => [f, i]));
  const idsOf = graph ? lockedIdsByFinding(graph, findings) : /* @__PURE__ */ new Map();
  const findingsById = /* @__PURE__ */ new Map();
  for (const [f, ids] of idsOf) {
    for (const id of ids) {
      append(findingsById, id, f);
    }
  }
  const { memberOf, entriesOf } = indexDeclarations(workspace);
  const actions = [];
  for (const here of byDeclaration.values()) {
    const declared = here[0].declarations[0];
    const removed = new Set(entriesOf(declared));
    const leaving = graph?.leavingWith(declared) ?? /* @__PURE__ */ new Set();
    const gone = (f) => {
      const atThisLine = f.crate.name === declared.name && f.declarations !== void 0 && f.declarations.length > 0 && f.declarations.every((d) => removed.has(d));
      if (atThisLine && ABOUT_THE_DECLARATION.has(f.ruleId))
        return true;
      const ids = idsOf.get(f) ?? [];
      return ids.length > 0 && ids.every((id) => leaving.has(id));
    };
    const candidates = new Set(here);
    for (const id of leaving)
      for (const f of findingsById.get(id) ?? [])
        candidates.add(f);
    const mayGo = [...candidates].sort((a, b) => order.get(a) - order.get(b));
    const member = memberOf.get(declared);
    const lockedId = graph && member ? graph.lockedIdOf(declared, member) : void 0;
    const version = lockedId ? graph?.packageById(lockedId)?.version : void 0;
    const declining = here.find((f) => f.ruleId === "declining-crate" && f.crate.name === declared.name);
    const upgrade = here.find((f) => f.remedy?.action === "upgrade");
    let removedFindings;
    let action;
    let to;
    let basis = "lockfile";
    if (declining) {
      const entry = version && catalog.decliningForVersion(declared.name, version) || catalog.entry(declared.name);
      to = entry?.replacements[0]?.crate;
      const past = to === declared.name ? /^<\s*(\d+(?:\.\d+)*)$/.exec(entry?.versions ?? "")?.[1] : void 0;
      action = past ? "upgrade" : "replace";
      if (past)
        to = past;
      removedFindings = mayGo.filter((f) => gone(f) && (!past || f.crate.name === declared.name));
    } else if (upgrade?.remedy) {
      action = "upgrade";
      to = upgrade.remedy.to;
      basis = "registry";
      const dropped = new Set(here.filter((f) => f.remedy?.action === "upgrade").map((f) => f.crate.name));
      removedFindings = mayGo.filter((f) => dropped.has(f.crate.name) && gone(f));
    } else {
      action = "remove";
      removedFindings = mayGo.filter(gone);
    }
    if (removedFindings.length === 0)
      continue;
    for (const f of removedFindings)
      removedAll.add(f);
    const removes = /* @__PURE__ */ new Map();
    for (const f of removedFindings) {
      const versions = f.crate.versions ?? [f.crate.version];
      for (const v of versions) {
        const id = `${f.crate.name} ${v ?? ""}`;
        const known = removes.get(id) ?? { crate: f.crate.name, ...v ? { version: v } : {}, rules: /* @__PURE__ */ new Set() };
        known.rules.add(f.ruleId);
        removes.set(id, known);
      }
    }
    const at2 = here.find((f) => f.location.file === declared.manifestPath || declared.inheritedFrom?.manifestPath === f.location.file) ?? here[0];
    actions.push({
      action,
      target: { crate: declared.name, ...version ? { version } : {}, file: at2.location.file, line: at2.location.line, column: at2.location.column },
      ...to ? { to } : {},
      removes: [...removes.values()].map((r) => ({ crate: r.crate, ...r.version ? { version: r.version } : {}, rules: [...r.rules].sort() })),
      findings: removedFindings.length,
      severity: mostSevere(removedFindings.map((f) => f.severity)),
      basis
    });
  }
  actions.sort((a, b) => b.findings - a.findings || compareSeverity(a.severity, b.severity) || b.removes.length - a.removes.length || (a.target.crate < b.target.crate ? -1 : a.target.crate > b.target.crate ? 1 : 0));
  return { actions, removed: removedAll };
}

// dist/src/model/member-selection.js
var matcher = (pattern) => {
  if (!hasGlob(pattern))
    return (name) => name === pattern;
  const re = segmentRegex(pattern);
  return (name) => re.test(name);
};
function isNarrowed(selection) {
  return selection !== void 0 && (selection.packages.length > 0 || selection.exclude.length > 0);
}
function checkSelection(workspaces, selection) {
  const names = [...new Set(workspaces.flatMap((w) => w.members.map((m) => m.name)))].sort();
  for (const [flag, patterns] of [["--package", selection.packages], ["--exclude", selection.exclude]]) {
    for (const pattern of patterns) {
      if (!names.some(matcher(pattern))) {
        throw new UsageError(`${flag} \`${pattern}\` matches no workspace member (members: ${names.join(", ") || "none"})`);
      }
    }
  }
}
function selectedMembers(workspace, selection) {
  const keep = selection.packages.map(matcher);
  const drop = selection.exclude.map(matcher);
  return new Set(workspace.members.map((m) => m.name).filter((name) => (keep.length === 0 || keep.some((k) => k(name))) && !drop.some((d) => d(name))));
}

// dist/src/registry/prefetch.js
import { setMaxListeners } from "node:events";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve5, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve5(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve5, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve5, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve5, reject) => {
    enqueue(function_, resolve5, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// dist/src/registry/errors.js
var InvalidCrateNameError = class extends Error {
  crate;
  name = "InvalidCrateNameError";
  constructor(crate) {
    super(`invalid crate name ${JSON.stringify(crate)}`);
    this.crate = crate;
  }
};
var RegistryFetchError = class extends Error {
  status;
  name = "RegistryFetchError";
  constructor(message, status) {
    super(message);
    this.status = status;
  }
};
var TruncatedIndexError = class extends Error {
  name = "TruncatedIndexError";
  constructor() {
    super("index file is truncated (last line is cut off)");
  }
};

// dist/src/registry/index-path.js
var CRATE_NAME = /^[\p{L}\p{N}_-]{1,128}$/u;
function isValidCrateName(name) {
  return CRATE_NAME.test(name);
}
function indexPath(name) {
  if (!isValidCrateName(name))
    throw new InvalidCrateNameError(name);
  const lower = name.toLowerCase();
  const chars = Array.from(lower);
  switch (chars.length) {
    case 1:
      return `1/${lower}`;
    case 2:
      return `2/${lower}`;
    case 3:
      return `3/${chars[0]}/${lower}`;
    default:
      return `${chars.slice(0, 2).join("")}/${chars.slice(2, 4).join("")}/${lower}`;
  }
}
function indexFileUrl(indexUrl, name) {
  const path = indexPath(name);
  if (/^[a-z0-9_/-]+$/.test(path) && /^https?:\/\/[^?#]*\/$/.test(indexUrl))
    return indexUrl + path;
  return new URL(path.split("/").map(encodeURIComponent).join("/"), withTrailingSlash(indexUrl)).href;
}
function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

// dist/src/registry/transport.js
import { brotliDecompress, gunzip, inflate } from "node:zlib";
var BodyTooLargeError = class extends Error {
  limit;
  name = "BodyTooLargeError";
  constructor(limit) {
    super(`body larger than ${formatBytes(limit)}`);
    this.limit = limit;
  }
};
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024)
    return `${Math.round(bytes / (1024 * 1024))} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}
function nodeTransport(maxSockets) {
  const agents = /* @__PURE__ */ new Map();
  const agentFor = (protocol) => {
    let pending = agents.get(protocol);
    if (!pending) {
      pending = (protocol === "https:" ? import("node:https") : import("node:http")).then((mod) => ({
        agent: new mod.Agent({ keepAlive: true, maxSockets }),
        request: mod.request
      }));
      agents.set(protocol, pending);
    }
    return pending;
  };
  return {
    async get({ url, headers, signal, maxBytes }) {
      const target = new URL(url);
      if (target.protocol !== "http:" && target.protocol !== "https:")
        throw new Error(`unsupported protocol ${target.protocol}`);
      const { agent, request } = await agentFor(target.protocol);
      signal.throwIfAborted();
      const response = await new Promise((resolve5, reject) => {
        const req = request(target, { method: "GET", agent, signal, headers: { ...headers, "accept-encoding": "gzip, br, deflate" } }, resolve5);
        req.on("error", reject);
        req.end();
      });
      const raw = await readAll(response, maxBytes);
      const body = await decode(raw, response.headers["content-encoding"], maxBytes);
      return {
        status: response.statusCode ?? 0,
        header: (name) => {
          const value = response.headers[name.toLowerCase()];
          return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
        },
        body,
        receivedBytes: raw.length
      };
    },
    close() {
      for (const pending of agents.values())
        void pending.then(({ agent }) => agent.destroy());
      agents.clear();
    }
  };
}
function readAll(response, maxBytes) {
  return new Promise((resolve5, reject) => {
    const chunks = [];
    let size = 0;
    response.on("data", (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy(new BodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    response.on("error", reject);
    response.on("close", () => {
      if (response.complete)
        resolve5(Buffer.concat(chunks));
      else
        reject(Object.assign(new Error("connection closed before the body was complete"), { code: "ECONNRESET" }));
    });
  });
}
function decode(raw, encoding, maxBytes) {
  const options = { maxOutputLength: maxBytes };
  const unpack = encoding === "gzip" || encoding === "x-gzip" ? gunzip : encoding === "br" ? brotliDecompress : encoding === "deflate" ? inflate : void 0;
  if (!unpack)
    return Promise.resolve(raw.toString("utf8"));
  return new Promise((resolve5, reject) => unpack(raw, options, (error, out) => {
    if (error)
      reject(error instanceof RangeError || error.code === "ERR_BUFFER_TOO_LARGE" ? new BodyTooLargeError(maxBytes) : error);
    else
      resolve5(out.toString("utf8"));
  }));
}
function fetchTransport(fetchFn) {
  return {
    async get({ url, headers, signal, maxBytes }) {
      const response = await fetchFn(url, { headers, redirect: "manual", signal });
      const { text, bytes } = await readLimited(response, maxBytes);
      return { status: response.status, header: (name) => response.headers.get(name), body: text, receivedBytes: bytes };
    },
    close() {
    }
  };
}
async function readLimited(response, maxBytes) {
  if (!response.body)
    return { text: "", bytes: 0 };
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done)
      break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => void 0);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return { text: Buffer.concat(chunks).toString("utf8"), bytes: size };
}

// dist/src/registry/http.js
var MAX_REDIRECTS = 5;
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var PermanentError = class extends RegistryFetchError {
};
async function requestIndexFile(request, policy) {
  let lastError;
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    let delay = backoffDelay(attempt, policy);
    try {
      const response = await attemptOnce(request, policy);
      if (response.status !== 429 && response.status < 500)
        return response;
      lastError = new RegistryFetchError(`${displayUrl(request.url)} answered HTTP ${response.status}`, response.status);
      const retryAfter = parseRetryAfter(response.retryAfter);
      if (retryAfter !== null)
        delay = Math.min(retryAfter, policy.maxRetryDelayMs);
    } catch (error) {
      if (error instanceof PermanentError)
        throw error;
      if (policy.runSignal.aborted)
        throw new PermanentError(policy.runStopReason());
      lastError = error instanceof RegistryFetchError ? error : networkError(request.url, error, policy.timeoutMs);
    }
    if (attempt < policy.retries) {
      await abortableSleep(policy, delay);
      if (policy.runSignal.aborted)
        throw new PermanentError(policy.runStopReason());
    }
  }
  throw lastError ?? new RegistryFetchError(`request to ${displayUrl(request.url)} was not sent`);
}
function abortableSleep(policy, ms) {
  if (policy.runSignal.aborted)
    return Promise.resolve();
  return new Promise((resolve5) => {
    const done = () => {
      policy.runSignal.removeEventListener("abort", done);
      resolve5();
    };
    policy.runSignal.addEventListener("abort", done);
    void policy.sleep(ms).then(done, done);
  });
}
async function attemptOnce(request, policy) {
  if (policy.runSignal.aborted)
    throw new PermanentError(policy.runStopReason());
  const controller = new AbortController();
  const signal = controller.signal;
  const abort = () => controller.abort();
  const timer = setTimeout(abort, policy.timeoutMs);
  policy.runSignal.addEventListener("abort", abort);
  const tokenOrigin = request.token ? new URL(request.url).origin : "";
  try {
    let url = request.url;
    for (let hop = 0; ; hop++) {
      const left = policy.maxRunBytes - policy.stats.bytes;
      if (left <= 0)
        throw new PermanentError(`the per-run limit of ${formatBytes(policy.maxRunBytes)} of index data was reached`);
      const conditional = Boolean(request.etag || request.lastModified);
      policy.stats.total++;
      if (conditional)
        policy.stats.conditional++;
      let response;
      try {
        response = await policy.transport.get({
          url,
          headers: requestHeaders(request, policy.userAgent, hop === 0 || tokenOrigin !== "" && new URL(url).origin === tokenOrigin),
          signal,
          maxBytes: Math.min(policy.maxFileBytes, left)
        });
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          policy.stats.bytes += error.limit;
          const which = error.limit < policy.maxFileBytes ? `the per-run limit of ${formatBytes(policy.maxRunBytes)} of index data was reached` : `index file is larger than the limit of ${formatBytes(policy.maxFileBytes)}`;
          throw new PermanentError(`${displayUrl(url)}: ${which}; not read`);
        }
        throw error;
      }
      policy.stats.bytes += response.receivedBytes;
      if (response.status === 304)
        policy.stats.notModified++;
      const location = response.header("location");
      if (REDIRECT_STATUSES.has(response.status) && location) {
        if (hop >= MAX_REDIRECTS)
          throw new PermanentError(`too many redirects (more than ${MAX_REDIRECTS}) from ${displayUrl(request.url)}`);
        let next;
        try {
          next = new URL(location, url);
        } catch {
          throw new PermanentError(`${displayUrl(url)} redirected to an invalid URL`);
        }
        if (next.protocol !== "http:" && next.protocol !== "https:")
          throw new PermanentError(`${displayUrl(url)} redirected to a ${next.protocol} URL`);
        url = next.href;
        continue;
      }
      return {
        status: response.status,
        body: response.body,
        etag: response.header("etag"),
        lastModified: response.header("last-modified"),
        retryAfter: response.header("retry-after")
      };
    }
  } finally {
    clearTimeout(timer);
    policy.runSignal.removeEventListener("abort", abort);
  }
}
function requestHeaders(request, userAgent2, sameOrigin) {
  const headers = {
    "user-agent": userAgent2,
    accept: "text/plain",
    "cargo-protocol": "version=1"
  };
  if (request.etag)
    headers["if-none-match"] = request.etag;
  else if (request.lastModified)
    headers["if-modified-since"] = request.lastModified;
  if (request.token && sameOrigin)
    headers.authorization = request.token;
  return headers;
}
function backoffDelay(attempt, policy) {
  const exponential = Math.min(policy.maxRetryDelayMs, policy.backoffBaseMs * 2 ** attempt);
  return exponential / 2 + policy.random() * (exponential / 2);
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value)
    return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed))
    return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
function networkError(url, error, timeoutMs) {
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return new RegistryFetchError(`request to ${displayUrl(url)} timed out after ${timeoutMs} ms`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const detail = cause instanceof Error ? cause.code ?? cause.name : "unknown error";
  return new RegistryFetchError(`request to ${displayUrl(url)} failed: ${detail}`);
}
function displayUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    parsed.search = "";
    return parsed.href;
  } catch {
    return redactCredentials(url);
  }
}
function redactCredentials(text) {
  return text.replace(/(\/\/)[^/@\s]*@/g, "$1").replace(/[\u0000-\u001f\u007f]/g, "?");
}

// dist/src/registry/index-files.js
var NOT_FOUND = /* @__PURE__ */ new Set([404, 410, 451]);
async function getIndexFile(request, context) {
  const origin = context.cache.packPath(request.indexUrl);
  const cached = usable(await context.cache.read(request.indexUrl, request.file), (data) => request.revive(data, origin));
  const now = context.now();
  if (context.offline) {
    return cached ? fromEntry(cached) : { kind: "failed", message: "not in the cache (offline mode)" };
  }
  if (cached && now.getTime() - Date.parse(cached.entry.fetchedAt) < context.ttlMs)
    return fromEntry(cached);
  let response;
  try {
    response = await context.limit(() => requestIndexFile({ url: request.url(), token: request.token, etag: cached?.entry.etag, lastModified: cached?.entry.lastModified }, context.http));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!cached)
      return { kind: "failed", message, ...error instanceof RegistryFetchError && error.status ? { status: error.status } : {} };
    const stale = fromEntry(cached);
    return stale.kind === "found" ? { ...stale, warning: `${message}; using the cached copy from ${cached.entry.fetchedAt}` } : stale;
  }
  const fetchedAt = now.toISOString();
  if (response.status === 304 && cached) {
    store(context, request, { ...cached.entry, fetchedAt });
    return { ...fromEntry(cached), fetchedAt };
  }
  if (response.status === 200) {
    if (response.body.trim() === "")
      return { kind: "failed", message: "the registry answered HTTP 200 with an empty body" };
    let parsed;
    try {
      parsed = request.parse(response.body);
    } catch (error) {
      return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
    }
    store(context, request, { status: "found", data: request.store(parsed.data), etag: response.etag, lastModified: response.lastModified, fetchedAt });
    return { kind: "found", data: parsed.data, problems: parsed.problems, fetchedAt, fromCache: false };
  }
  if (NOT_FOUND.has(response.status)) {
    store(context, request, { status: "not-found", etag: response.etag, lastModified: response.lastModified, fetchedAt });
    return { kind: "not-found", fetchedAt, fromCache: false };
  }
  return { kind: "failed", status: response.status, message: statusMessage(response.status) };
}
function statusMessage(status) {
  if (status === 401)
    return "the registry requires authentication (HTTP 401); no token was accepted";
  if (status === 403)
    return "the registry refused access (HTTP 403)";
  if (status === 304)
    return "the registry answered 304 to an unconditional request";
  return `the registry answered HTTP ${status}`;
}
function usable(entry, revive) {
  if (!entry || entry.status === "not-found")
    return entry && { entry };
  const data = revive(entry.data);
  return data === void 0 ? void 0 : { entry, data };
}
function fromEntry({ entry, data }) {
  if (entry.status === "not-found" || data === void 0)
    return { kind: "not-found", fetchedAt: entry.fetchedAt, fromCache: true };
  return { kind: "found", data, problems: [], fetchedAt: entry.fetchedAt, fromCache: true };
}
function store(context, request, entry) {
  context.cache.write(request.indexUrl, request.file, entry);
}

// dist/src/registry/records.js
var MAX_SCHEMA_VERSION = 2;
function parseIndexFile(body) {
  const lines = body.split("\n");
  const versions = [];
  const problems = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "")
      return;
    const isLast = index === lines.length - 1;
    let json;
    try {
      json = JSON.parse(line);
    } catch {
      if (isLast)
        throw new TruncatedIndexError();
      problems.push(`line ${index + 1}: invalid JSON`);
      return;
    }
    const parsed = toIndexVersion(json);
    if (typeof parsed === "string")
      problems.push(`line ${index + 1}: ${parsed}`);
    else if (parsed)
      versions.push(parsed);
  });
  if (versions.length === 0 && problems.length > 0)
    throw new Error(`no line of the index file is usable (${problems[0]})`);
  return { versions, problems };
}
var KINDS = ["normal", "dev", "build"];
function storeVersions(versions) {
  return versions.map((v) => [v.name, v.version, v.yanked, v.rustVersion, v.pubtime, JSON.stringify([v.deps.map(storeDependency), v.features])]);
}
function storeDependency(d) {
  const row = [d.name, d.req, KINDS.indexOf(d.kind), d.optional ? 1 : 0, d.target];
  if (d.registry !== void 0)
    row.push(d.package ?? null, d.registry);
  else if (d.package !== void 0)
    row.push(d.package);
  return row;
}
function reviveDependency([name, req, kind, optional, target, pkg, registry]) {
  const dep = { name, req, kind: KINDS[kind], optional: optional === 1, target };
  if (typeof pkg === "string")
    dep.package = pkg;
  if (registry !== void 0)
    dep.registry = registry;
  return dep;
}
function reviveVersions(data, origin = "the registry cache") {
  if (!Array.isArray(data))
    return void 0;
  const versions = [];
  for (const row of data) {
    if (!Array.isArray(row) || row.length !== 6)
      return void 0;
    const [name, version, yanked, rustVersion, pubtime, rest] = row;
    const ok = typeof name === "string" && typeof version === "string" && typeof yanked === "boolean" && (rustVersion === null || typeof rustVersion === "string") && (pubtime === null || typeof pubtime === "string") && typeof rest === "string";
    if (!ok)
      return void 0;
    versions.push(new CachedVersion(name, version, yanked, rustVersion, pubtime, rest, origin));
  }
  return versions;
}
function isStoredRest(value) {
  if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[0]) || !isRecord(value[1]))
    return false;
  const depsOk = value[0].every((d) => Array.isArray(d) && d.length >= 5 && d.length <= 7 && typeof d[0] === "string" && typeof d[1] === "string" && (d[2] === 0 || d[2] === 1 || d[2] === 2) && (d[3] === 0 || d[3] === 1) && (d[4] === null || typeof d[4] === "string") && (d.length < 6 || d[5] === null || typeof d[5] === "string") && (d.length < 7 || typeof d[6] === "string"));
  return depsOk && Object.values(value[1]).every((list) => Array.isArray(list) && list.every((item) => typeof item === "string"));
}
var CachedVersion = class {
  name;
  version;
  yanked;
  rustVersion;
  pubtime;
  #rest;
  /** The cache file, named when the text turns out unreadable. */
  #origin;
  #deps = [];
  #features = {};
  constructor(name, version, yanked, rustVersion, pubtime, rest, origin) {
    this.name = name;
    this.version = version;
    this.yanked = yanked;
    this.rustVersion = rustVersion;
    this.pubtime = pubtime;
    this.#rest = rest;
    this.#origin = origin;
  }
  get deps() {
    this.#unpack();
    return this.#deps;
  }
  get features() {
    this.#unpack();
    return this.#features;
  }
  /** The plain form, so a cached version serialises and compares like a freshly parsed one. */
  toJSON() {
    return { name: this.name, version: this.version, yanked: this.yanked, rustVersion: this.rustVersion, pubtime: this.pubtime, deps: this.deps, features: this.features };
  }
  #unpack() {
    if (this.#rest === void 0)
      return;
    const rest = this.#rest;
    this.#rest = void 0;
    let parsed;
    try {
      parsed = JSON.parse(rest);
    } catch {
      parsed = void 0;
    }
    if (!isStoredRest(parsed)) {
      throw new InputError(this.#origin, 1, 1, `damaged registry cache: the dependencies of ${this.name} ${this.version} are unreadable; delete the file and run again`);
    }
    this.#deps = parsed[0].map(reviveDependency);
    this.#features = parsed[1];
  }
};
function toIndexVersion(json) {
  if (!isRecord(json))
    return "not a JSON object";
  const { name, vers } = json;
  if (typeof name !== "string" || typeof vers !== "string")
    return "missing name or vers";
  const schema = typeof json.v === "number" ? json.v : 1;
  if (schema > MAX_SCHEMA_VERSION)
    return null;
  return {
    name,
    version: vers,
    yanked: json.yanked === true,
    rustVersion: typeof json.rust_version === "string" ? json.rust_version : null,
    pubtime: typeof json.pubtime === "string" ? json.pubtime : null,
    deps: Array.isArray(json.deps) ? json.deps.flatMap(toIndexDependency) : [],
    features: mergeFeatures(json.features, json.features2)
  };
}
function toIndexDependency(json) {
  if (!isRecord(json) || typeof json.name !== "string" || typeof json.req !== "string")
    return [];
  const kind = json.kind === "dev" || json.kind === "build" ? json.kind : "normal";
  const dep = {
    name: json.name,
    req: json.req,
    kind,
    optional: json.optional === true,
    target: typeof json.target === "string" ? json.target : null
  };
  if (typeof json.package === "string")
    dep.package = json.package;
  if (typeof json.registry === "string")
    dep.registry = json.registry;
  return [dep];
}
function mergeFeatures(features, features2) {
  const merged = /* @__PURE__ */ new Map();
  for (const table of [features, features2]) {
    if (!isRecord(table))
      continue;
    for (const [key, values] of Object.entries(table)) {
      const list = !Array.isArray(values) ? [] : values.every((v) => typeof v === "string") ? values : values.filter((v) => typeof v === "string");
      const previous = merged.get(key);
      merged.set(key, previous ? [...previous, ...list] : list);
    }
  }
  return Object.fromEntries(merged);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// dist/src/registry/client.js
var SparseIndexClient = class {
  endpoint;
  context;
  #lookups = /* @__PURE__ */ new Map();
  #token;
  #config;
  constructor(endpoint, token, context) {
    this.endpoint = endpoint;
    this.context = context;
    this.#token = token;
  }
  /** Same promise for every ask of the same crate (names compare case-insensitively, as the index does). */
  lookup(name) {
    const key = name.toLowerCase();
    let pending = this.#lookups.get(key);
    if (!pending) {
      pending = this.#fetchCrate(name);
      this.#lookups.set(key, pending);
    }
    return pending;
  }
  indexConfig() {
    this.#config ??= this.#fetchConfig();
    return this.#config;
  }
  async #fetchCrate(name) {
    try {
      indexPath(name);
    } catch (error) {
      if (error instanceof InvalidCrateNameError)
        return { kind: "failed", message: error.message };
      throw error;
    }
    const config = await this.indexConfig();
    if (!config.ok)
      return { kind: "failed", message: config.message };
    const token = config.config.authRequired ? this.#token : void 0;
    const indexUrl = this.endpoint.indexUrl;
    const result = await getIndexFile({
      indexUrl,
      file: name.toLowerCase(),
      url: () => indexFileUrl(indexUrl, name),
      token,
      parse: (body) => {
        const parsed = parseIndexFile(body);
        return { data: parsed.versions, problems: parsed.problems };
      },
      store: storeVersions,
      revive: reviveVersions
    }, this.context);
    if (result.kind === "failed") {
      const hint = result.status === 401 && !token ? `; set CARGO_REGISTRIES_${envHint(this.endpoint)}_TOKEN` : "";
      return { kind: "failed", message: result.message + hint };
    }
    const info = { name, registry: this.endpoint.displayName, versions: [], fetchedAt: result.fetchedAt, fromCache: result.fromCache };
    if (result.kind === "not-found")
      return { kind: "not-found", info: { ...info, notFound: true } };
    const versions = result.data;
    const problems = result.warning ? [result.warning, ...result.problems] : result.problems;
    return { kind: "found", info: { ...info, name: versions[0]?.name ?? name, versions }, problems };
  }
  /**
   * Cargo reads `config.json` before any crate file. It is asked without a token; a 401 means the
   * registry needs one, and the request is repeated with it.
   */
  async #fetchConfig() {
    const indexUrl = this.endpoint.indexUrl;
    const request = {
      indexUrl,
      file: "config.json",
      url: () => new URL("config.json", indexUrl).href,
      parse: (body) => ({ data: parseIndexConfig(body), problems: [] }),
      store: (config) => config,
      revive: reviveIndexConfig
    };
    let result = await getIndexFile(request, this.context);
    let sawUnauthorized = false;
    if (result.kind === "failed" && result.status === 401 && this.#token) {
      if (!isValidToken(this.#token))
        return this.#badToken();
      sawUnauthorized = true;
      result = await getIndexFile({ ...request, token: this.#token }, this.context);
    }
    if (result.kind === "found") {
      const config = result.data;
      if (config.authRequired && this.#token && !isValidToken(this.#token))
        return this.#badToken();
      return { ok: true, config: { ...config, authRequired: config.authRequired || sawUnauthorized } };
    }
    if (result.kind === "failed" && result.status === 401) {
      const what = sawUnauthorized ? "rejected the token" : "requires a token";
      return { ok: false, message: `registry ${this.endpoint.displayName} ${what} (HTTP 401); set CARGO_REGISTRIES_${envHint(this.endpoint)}_TOKEN or add it to $CARGO_HOME/credentials.toml` };
    }
    if (result.kind === "not-found" || this.context.offline)
      return { ok: true, config: { dl: null, api: null, authRequired: false } };
    return { ok: false, message: `registry ${this.endpoint.displayName} is unreachable: ${result.message}` };
  }
  /** The value is never shown: it is a secret, and a broken one may be half of a real one. */
  #badToken() {
    return { ok: false, message: `the token for registry ${this.endpoint.displayName} contains a control character (newline, NUL, ...) and was not sent; fix CARGO_REGISTRIES_${envHint(this.endpoint)}_TOKEN or $CARGO_HOME/credentials.toml` };
  }
};
function parseIndexConfig(body) {
  const json = JSON.parse(body);
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new Error("config.json is not a JSON object");
  const record = json;
  return {
    dl: typeof record.dl === "string" ? record.dl : null,
    api: typeof record.api === "string" ? record.api : null,
    authRequired: record["auth-required"] === true
  };
}
function reviveIndexConfig(data) {
  if (typeof data !== "object" || data === null)
    return void 0;
  const c = data;
  const ok = (c.dl === null || typeof c.dl === "string") && (c.api === null || typeof c.api === "string") && typeof c.authRequired === "boolean";
  return ok ? c : void 0;
}
function isValidToken(token) {
  return token !== "" && !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(token) && !/[^\u0000-\u00ff]/.test(token);
}
function envHint(endpoint) {
  return (endpoint.credentialName ?? endpoint.name).toUpperCase().replace(/[-.]/g, "_");
}

// dist/src/registry/cargo-config.js
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join as join3, resolve as resolve4 } from "node:path";
function cargoHome(env) {
  const configured = env.CARGO_HOME;
  if (configured && configured.trim() !== "")
    return resolve4(configured);
  return join3(env.HOME || homedir(), ".cargo");
}
async function loadCargoConfig(start, env) {
  const candidates = [];
  for (let dir = resolve4(start); ; dir = dirname(dir)) {
    candidates.push([join3(dir, ".cargo", "config"), join3(dir, ".cargo", "config.toml")]);
    if (dirname(dir) === dir)
      break;
  }
  const home = cargoHome(env);
  candidates.push([join3(home, "config"), join3(home, "config.toml")]);
  const result = { merged: {}, files: [], problems: [] };
  const seen = /* @__PURE__ */ new Set();
  const tables = [];
  for (const pair of candidates) {
    for (const path of pair) {
      if (seen.has(path))
        break;
      const text = await readFile(path, "utf8").catch(() => void 0);
      if (text === void 0)
        continue;
      seen.add(path);
      try {
        tables.push(parseTomlText(text));
        result.files.push(path);
      } catch (error) {
        const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
        result.problems.push(`${path}: not valid TOML, ignored (${detail})`);
      }
      break;
    }
  }
  for (const table of tables.reverse())
    deepMerge(result.merged, table);
  return result;
}
async function readCargoHomeToml(env, names) {
  for (const name of names) {
    const text = await readFile(join3(cargoHome(env), name), "utf8").catch(() => void 0);
    if (text === void 0)
      continue;
    try {
      return parse(text);
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (key === "__proto__")
      continue;
    const existing = target[key];
    if (isTable(existing) && isTable(value))
      deepMerge(existing, value);
    else
      target[key] = isTable(value) ? cloneTable(value) : value;
  }
}
function cloneTable(value) {
  const copy = {};
  deepMerge(copy, value);
  return copy;
}

// dist/src/registry/config.js
var CRATES_IO = "crates-io";
var CRATES_IO_SPARSE = "sparse+https://index.crates.io/";
async function loadRegistryConfig(workspaceRoot, env, options = {}) {
  const config = await loadCargoConfig(workspaceRoot, env);
  const registries = isTable(config.merged.registries) ? config.merged.registries : {};
  const sources = isTable(config.merged.source) ? config.merged.source : {};
  const indexOf = (name) => {
    const fromEnv = env[`CARGO_REGISTRIES_${envName(name)}_INDEX`];
    if (fromEnv)
      return fromEnv;
    const entry = registries[name];
    return isTable(entry) && typeof entry.index === "string" ? entry.index : void 0;
  };
  const named = (name) => {
    const index = indexOf(name);
    if (!index) {
      return { name, displayName: name, indexUrl: null, skipReason: `registry \`${name}\` is not configured (.cargo/config.toml or CARGO_REGISTRIES_${envName(name)}_INDEX)` };
    }
    return endpointFor(name, name, index, name);
  };
  const cratesIo = options.cratesIoIndex ? endpointFor(CRATES_IO, "crates.io", asSparse(options.cratesIoIndex), void 0) : replacedCratesIo(sources, indexOf) ?? endpointFor(CRATES_IO, "crates.io", CRATES_IO_SPARSE, void 0);
  const knownSources = /* @__PURE__ */ new Map();
  const registryNames = new Set(Object.keys(registries));
  for (const key of Object.keys(env)) {
    const match = /^CARGO_REGISTRIES_(.+)_INDEX$/.exec(key);
    if (match?.[1])
      registryNames.add(match[1].toLowerCase().replace(/_/g, "-"));
  }
  for (const name of registryNames) {
    const index = indexOf(name);
    if (index)
      knownSources.set(sourceKey(lockSourceOf(index)), named(name));
  }
  const endpointOfSource = (source) => {
    const key = sourceKey(source);
    if (key === sourceKey(CRATES_IO_SOURCE) || key === sourceKey(CRATES_IO_SPARSE))
      return cratesIo;
    const known = knownSources.get(key);
    if (known)
      return known;
    if (source.startsWith("sparse+") || source.startsWith("registry+"))
      return unconfiguredSource(source);
    return void 0;
  };
  const bySource = /* @__PURE__ */ new Map();
  return {
    problems: config.problems,
    byName: (name) => name === void 0 || name === CRATES_IO ? cratesIo : named(name),
    bySource: (source) => memoized(bySource, source, () => endpointOfSource(source))
  };
}
function replacedCratesIo(sources, indexOf) {
  let current = CRATES_IO;
  const visited = /* @__PURE__ */ new Set();
  for (; ; ) {
    const entry = sources[current];
    const next = isTable(entry) && typeof entry["replace-with"] === "string" ? entry["replace-with"] : void 0;
    if (!next)
      break;
    if (visited.has(next))
      return skipped(`source replacement of crates.io loops through \`${next}\``);
    visited.add(next);
    current = next;
  }
  if (current === CRATES_IO)
    return void 0;
  const source = sources[current];
  if (isTable(source)) {
    if (typeof source.registry === "string")
      return endpointFor(CRATES_IO, "crates.io", source.registry, void 0);
    const kind = ["local-registry", "directory", "git"].find((key) => key in source) ?? "unknown";
    return skipped(`crates.io is replaced by the ${kind} source \`${current}\`, which has no sparse index`);
  }
  const index = indexOf(current);
  if (index)
    return endpointFor(CRATES_IO, "crates.io", index, current);
  return skipped(`crates.io is replaced by \`${current}\`, which is not defined in [source] or [registries]`);
}
function unconfiguredSource(source) {
  const shown = redactCredentials(source.length > 200 ? `${source.slice(0, 200)}\u2026` : source);
  return {
    name: source,
    displayName: shown,
    indexUrl: null,
    skipReason: `Cargo.lock names the registry \`${shown}\`, which is neither crates.io nor configured in .cargo/config.toml ([registries]); its crates are not checked`
  };
}
function skipped(reason) {
  return { name: CRATES_IO, displayName: "crates.io", indexUrl: null, skipReason: reason };
}
function endpointFor(name, displayName, index, credentialName) {
  const base = { name, displayName, ...credentialName ? { credentialName } : {} };
  const url = index.startsWith("sparse+") ? index.slice(7) : index;
  if (!index.startsWith("sparse+")) {
    return { ...base, indexUrl: null, skipReason: `registry ${displayName} uses the git protocol (${displayUrl(index)}); only sparse indexes are checked` };
  }
  if (!/^https?:\/\//.test(url)) {
    return { ...base, indexUrl: null, skipReason: `registry ${displayName} has an index URL that is not http(s) (${displayUrl(url)})` };
  }
  try {
    return { ...base, indexUrl: withTrailingSlash(new URL(url).href) };
  } catch {
    return { ...base, indexUrl: null, skipReason: `registry ${displayName} has an invalid index URL` };
  }
}
function asSparse(index) {
  return index.startsWith("sparse+") ? index : `sparse+${index}`;
}
function lockSourceOf(index) {
  return index.startsWith("sparse+") ? index : `registry+${index}`;
}
function sourceKey(source) {
  return source.trim().replace(/\/+$/, "").replace(/\.git$/, "").toLowerCase();
}
function envName(name) {
  return name.toUpperCase().replace(/[-.]/g, "_");
}

// dist/src/registry/credentials.js
var TokenStore = class _TokenStore {
  // Private fields stay out of JSON.stringify and util.inspect, so a token cannot leak into output.
  #tokens;
  #env;
  constructor(tokens, env) {
    this.#tokens = tokens;
    this.#env = env;
  }
  /** Reads `$CARGO_HOME/credentials.toml` (or legacy `credentials`): `[registries.NAME] token = "..."`. */
  static async load(env) {
    const tokens = /* @__PURE__ */ new Map();
    const credentials = await readCargoHomeToml(env, ["credentials.toml", "credentials"]);
    const registries = credentials && isTable(credentials.registries) ? credentials.registries : {};
    for (const [name, entry] of Object.entries(registries)) {
      if (isTable(entry) && typeof entry.token === "string")
        tokens.set(name, entry.token);
    }
    return new _TokenStore(tokens, env);
  }
  static empty() {
    return new _TokenStore(/* @__PURE__ */ new Map(), {});
  }
  /** `CARGO_REGISTRIES_<NAME>_TOKEN` wins over credentials.toml, as in cargo. */
  tokenFor(registryName) {
    if (!registryName)
      return void 0;
    const fromEnv = this.#env[`CARGO_REGISTRIES_${envName(registryName)}_TOKEN`];
    if (fromEnv && fromEnv.trim() !== "")
      return fromEnv.trim();
    return this.#tokens.get(registryName);
  }
  toJSON() {
    return "[TokenStore]";
  }
};

// dist/src/registry/view.js
function createRegistryView(workspaces, crates) {
  const find = (indexUrl, name) => indexUrl ? crates.get(indexUrl)?.get(name.toLowerCase()) : void 0;
  const ofDependency = /* @__PURE__ */ new WeakMap();
  const ofPackage = /* @__PURE__ */ new WeakMap();
  const lookUpDependency = (dep) => {
    if (dep.source.type !== "registry")
      return void 0;
    const owner = owningWorkspace(workspaces, dep.manifestPath);
    return owner ? find(owner.config.byName(dep.source.registry).indexUrl, dep.name) : void 0;
  };
  const lookUpPackage = (pkg) => {
    if (!pkg.source)
      return void 0;
    for (const { config } of workspaces) {
      const info = find(config.bySource(pkg.source)?.indexUrl ?? null, pkg.name);
      if (info)
        return info;
    }
    return void 0;
  };
  return {
    forDependency(dep) {
      return memoized(ofDependency, dep, () => lookUpDependency(dep));
    },
    forLockedPackage(pkg) {
      return memoized(ofPackage, pkg, () => lookUpPackage(pkg));
    }
  };
}
function owningWorkspace(workspaces, manifestPath) {
  let best;
  for (const entry of workspaces) {
    const root = entry.workspace.root.replace(/[\\/]+$/, "");
    const inside2 = manifestPath === root || manifestPath.startsWith(`${root}/`) || manifestPath.startsWith(`${root}\\`);
    if (inside2 && (!best || root.length > best.workspace.root.length))
      best = entry;
  }
  return best ?? workspaces[0];
}

// dist/src/util/name-order.js
var CRATE_NAME2 = /^[A-Za-z0-9_-]*$/;
function primary(code) {
  if (code === 95)
    return 0;
  if (code === 45)
    return 1;
  if (code >= 48 && code <= 57)
    return 2 + code - 48;
  if (code >= 97)
    return 12 + code - 97;
  return 12 + code - 65;
}
var isUpper = (code) => code >= 65 && code <= 90;
function compareNames(a, b) {
  if (a === b)
    return 0;
  if (!CRATE_NAME2.test(a) || !CRATE_NAME2.test(b))
    return a.localeCompare(b, "en");
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = primary(a.charCodeAt(i)) - primary(b.charCodeAt(i));
    if (d !== 0)
      return d < 0 ? -1 : 1;
  }
  if (a.length !== b.length)
    return a.length < b.length ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const upperA = isUpper(a.charCodeAt(i));
    if (upperA !== isUpper(b.charCodeAt(i)))
      return upperA ? 1 : -1;
  }
  return 0;
}

// dist/src/registry/prefetch.js
async function prefetchRegistry(workspaces, input) {
  const options = resolveRegistryOptions(input);
  const notes = /* @__PURE__ */ new Set();
  const configured = [];
  const wanted = /* @__PURE__ */ new Map();
  const want = (endpoint, name) => {
    if (!endpoint)
      return;
    if (!endpoint.indexUrl) {
      notes.add(`${endpoint.skipReason ?? `registry ${endpoint.displayName} is not checked`}.`);
      return;
    }
    let entry = wanted.get(endpoint.indexUrl);
    if (!entry) {
      entry = { endpoint: { ...endpoint, indexUrl: endpoint.indexUrl }, names: /* @__PURE__ */ new Map() };
      wanted.set(endpoint.indexUrl, entry);
    }
    if (!entry.names.has(name.toLowerCase()))
      entry.names.set(name.toLowerCase(), name);
  };
  for (const workspace of workspaces) {
    const config = await loadRegistryConfig(workspace.root, options.env, { cratesIoIndex: options.cratesIoIndex });
    configured.push({ workspace, config });
    config.problems.forEach((problem) => notes.add(problem));
    const deps = [...workspace.members.flatMap((member) => member.dependencies), ...workspace.workspaceDependencies];
    for (const dep of deps) {
      if (dep.source.type === "registry")
        want(config.byName(dep.source.registry), dep.name);
    }
    for (const pkg of workspace.lockfile?.packages ?? []) {
      if (pkg.source)
        want(config.bySource(pkg.source), pkg.name);
    }
  }
  const stats = { total: 0, conditional: 0, notModified: 0, bytes: 0 };
  const cache = new IndexCache(options.cacheDir);
  const crates = /* @__PURE__ */ new Map();
  const problems = [];
  const notFound = /* @__PURE__ */ new Map();
  const total = [...wanted.values()].reduce((sum, entry) => sum + entry.names.size, 0);
  let done = 0;
  let oldestCached;
  const active = [];
  for (const entry of wanted.values()) {
    crates.set(entry.endpoint.indexUrl, /* @__PURE__ */ new Map());
    if (options.offline && (await cache.entries(entry.endpoint.indexUrl)).size === 0) {
      for (const name of entry.names.values())
        problems.push({ crate: name, registry: entry.endpoint.displayName, message: "not in the cache (offline mode)" });
      done += entry.names.size;
      options.onProgress?.(done, total);
    } else {
      active.push(entry);
    }
  }
  const stop = new AbortController();
  setMaxListeners(0, stop.signal);
  let stopReason = "";
  const timer = setTimeout(() => {
    stopReason = `the registry time limit of ${formatSeconds(options.runTimeoutMs)} for the run was reached`;
    stop.abort();
  }, options.runTimeoutMs);
  const transport = options.fetch ? fetchTransport(options.fetch) : nodeTransport(options.concurrency);
  const http = {
    ...options,
    transport,
    userAgent: userAgent(),
    random: Math.random,
    stats,
    runSignal: stop.signal,
    runStopReason: () => stopReason
  };
  const context = { cache, http, limit: pLimit(options.concurrency), offline: options.offline, ttlMs: options.cacheTtlMs, now: options.now };
  const tokens = active.length > 0 ? await TokenStore.load(options.env) : TokenStore.empty();
  try {
    await Promise.all(active.flatMap(({ endpoint, names }) => {
      const client = new SparseIndexClient(endpoint, tokens.tokenFor(endpoint.credentialName), context);
      const table = crates.get(endpoint.indexUrl);
      return [...names.entries()].map(async ([key, name]) => {
        const lookup2 = await client.lookup(name);
        if (lookup2.kind === "failed") {
          problems.push({ crate: name, registry: endpoint.displayName, message: lookup2.message });
        } else {
          table.set(key, lookup2.info);
          if (lookup2.kind === "found")
            lookup2.problems.forEach((message) => problems.push({ crate: name, registry: endpoint.displayName, message }));
          else
            append(notFound, endpoint.displayName, name);
          if (lookup2.info.fromCache && (!oldestCached || lookup2.info.fetchedAt < oldestCached.fetchedAt))
            oldestCached = lookup2.info;
        }
        options.onProgress?.(++done, total);
      });
    }));
  } finally {
    clearTimeout(timer);
    transport.close();
    await cache.flush().catch(() => void 0);
  }
  if (options.offline && oldestCached)
    notes.add(offlineNote(oldestCached, options.now()));
  for (const [registry, names] of notFound)
    notes.add(notFoundNote(registry, names));
  if (stopReason) {
    const unchecked = problems.filter((p) => p.message.includes(stopReason)).length;
    notes.add(`Registry checks stopped: ${stopReason}; ${unchecked} crate(s) were not checked (a slow or unresponsive registry).`);
  }
  const overBudget = problems.filter((p) => p.message.includes("per-run limit")).length;
  if (overBudget > 0)
    notes.add(`Registry checks stopped after ${formatBytes(options.maxRunBytes)} of index data (the per-run limit); ${overBudget} crate(s) were not checked.`);
  problems.sort((a, b) => compareNames(a.registry, b.registry) || compareNames(a.crate, b.crate));
  const offlineEmptyCache = options.offline && !oldestCached && problems.length > 0;
  return { view: createRegistryView(configured, crates), problems, notes: [...notes], offlineEmptyCache, requests: stats };
}
function notFoundNote(registry, names) {
  const sorted = [...names].sort();
  const shown = sorted.slice(0, 20).join(", ") + (sorted.length > 20 ? `, and ${sorted.length - 20} more` : "");
  return `${registry} does not know ${sorted.length} crate(s) (HTTP 404/410/451): ${shown}; checks that need their index data were skipped.`;
}
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}
function offlineNote(oldest, now) {
  return `Offline: index data comes from the cache; the oldest copy is ${formatAge(now.getTime() - Date.parse(oldest.fetchedAt))} old (${oldest.name}, fetched ${oldest.fetchedAt}).`;
}
function formatAge(ms) {
  const minutes = Math.max(0, Math.round(ms / 6e4));
  if (minutes < 60)
    return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48)
    return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

// dist/src/registry/types.js
var EMPTY_REGISTRY = {
  forDependency: () => void 0,
  forLockedPackage: () => void 0
};

// dist/rules/create-rule.js
var RULE_DOCS_BASE = "https://github.com/cargo-sunset/cargo-sunset/blob/main/rules";
function ruleMeta(definition) {
  return {
    id: definition.id,
    description: definition.description,
    defaultSeverity: definition.defaultSeverity,
    category: definition.category,
    needsRegistry: definition.needsRegistry ?? false,
    ...definition.readsRegistry ? { readsRegistry: true } : {},
    ...definition.defaultOptions ? { defaultOptions: definition.defaultOptions } : {},
    docs: `rules/${definition.id}.md`,
    url: `${RULE_DOCS_BASE}/${encodeURIComponent(definition.id)}.md`,
    messages: definition.messages
  };
}
function createRule(definition) {
  const meta = ruleMeta(definition);
  return {
    meta,
    ...definition.memberScoped ? { memberScoped: true } : {},
    check(context) {
      definition.check({
        ...context,
        options: { ...definition.defaultOptions ?? {}, ...context.options },
        report: (report2) => context.report(report2)
      });
    }
  };
}

// dist/rules/suppression-findings.js
var expiredIgnore = ruleMeta({
  id: "expired-ignore",
  description: "An [[ignore]] entry is past its `until` date and no longer suppresses anything",
  defaultSeverity: "warning",
  category: "maintenance",
  messages: { expired: "{{ignore}} expired on {{until}}; its findings are reported again (reason was: {{reason}})" }
});
var unusedIgnore = ruleMeta({
  id: "unused-ignore",
  description: "An [[ignore]] entry matched no finding",
  defaultSeverity: "note",
  category: "maintenance",
  messages: { unused: "{{ignore}} matched no finding" }
});
var invalidInlineAllow = ruleMeta({
  id: "invalid-inline-allow",
  description: "A `# cargo-sunset: allow(...)` comment has no reason or names an unknown rule",
  defaultSeverity: "warning",
  category: "maintenance",
  messages: { invalid: "invalid inline allow: {{problem}}; it suppresses nothing" }
});
var unusedInlineAllow = ruleMeta({
  id: "unused-inline-allow",
  description: "A `# cargo-sunset: allow(...)` comment suppressed nothing",
  defaultSeverity: "note",
  category: "maintenance",
  messages: { unused: "inline allow({{rules}}) suppressed no finding on line {{line}}" }
});
var SUPPRESSION_RULES = [expiredIgnore, unusedIgnore, invalidInlineAllow, unusedInlineAllow];

// dist/src/suppress/ignores.js
function isExpired(ignore, now) {
  return ignore.until !== void 0 && now.toISOString().slice(0, 10) > ignore.until;
}
function versionMatches(ignore, finding) {
  if (ignore.version === void 0)
    return true;
  const version = finding.crate.version ?? (finding.crate.req === void 0 ? null : lowestAdmitted(finding.crate.req));
  return version !== null && satisfies(version, ignore.version);
}
function ignoreMatches(ignore, finding) {
  if (ignore.crate !== finding.crate.name)
    return false;
  if (ignore.rule !== void 0 && ignore.rule !== finding.ruleId)
    return false;
  if (ignore.members !== void 0 && (finding.member === void 0 || !ignore.members.includes(finding.member)))
    return false;
  return versionMatches(ignore, finding);
}
function describeIgnore(ignore) {
  const scope = [ignore.version && `version ${ignore.version}`, ignore.rule && `rule ${ignore.rule}`].filter(Boolean).join(", ");
  return `ignore of \`${ignore.crate}\`${scope ? ` (${scope})` : ""}`;
}
function problemOf(settings, meta, ignore, messageId, data, suggestion2) {
  const { file, line, column, endLine, endColumn } = ignore;
  return ruleFinding(settings, meta, {
    messageId,
    data,
    crate: { name: ignore.crate },
    location: { file, line, column, endLine, endColumn },
    suggestion: suggestion2,
    scope: ignore.members ?? [],
    identity: [ignore.crate, ignore.relativeFile, ignore.rule ?? "", ignore.version ?? "", (ignore.members ?? []).join(",")]
  });
}
function applyIgnores(findings, ignores, now, settings = defaultRuleSettings(SUPPRESSION_RULES)) {
  const active = ignores.filter((ignore) => !isExpired(ignore, now));
  const used = /* @__PURE__ */ new Set();
  const outcome = { kept: [], suppressed: [], problems: [] };
  for (const finding of findings) {
    const matching = active.filter((ignore) => ignoreMatches(ignore, finding));
    for (const ignore of matching)
      used.add(ignore);
    const by = matching[0];
    if (by) {
      outcome.suppressed.push({ finding, by });
    } else {
      outcome.kept.push(finding);
    }
  }
  for (const ignore of ignores) {
    const problem = isExpired(ignore, now) ? problemOf(settings, expiredIgnore, ignore, "expired", { ignore: describeIgnore(ignore), until: ignore.until ?? "", reason: ignore.reason }, "fix the findings, or extend `until` with a new reason") : used.has(ignore) ? null : problemOf(settings, unusedIgnore, ignore, "unused", { ignore: describeIgnore(ignore) }, "remove this ignore");
    if (problem)
      outcome.problems.push(problem);
  }
  return outcome;
}

// dist/src/suppress/inline.js
import { basename, relative as relative4, sep as sep3 } from "node:path";

// dist/src/suppress/inline-comments.js
var DIRECTIVE = /^\s*cargo-sunset\s*:/;
var ALLOW = /^\s*cargo-sunset\s*:\s*allow\s*\(([^)]*)\)\s*(.*)$/;
var RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
var DEPENDENCY_TABLES = /* @__PURE__ */ new Set(["dependencies", "dev-dependencies", "build-dependencies"]);
function commentsOf(text) {
  const keys = /* @__PURE__ */ new Map();
  try {
    const ast = parseTOML(text, { tomlVersion: "1.1" });
    for (const node of ast.body[0].body) {
      if (node.type !== "TOMLTable")
        continue;
      const path = node.resolvedKey.map(String);
      const last = path[path.length - 1] ?? "";
      const parent = path[path.length - 2] ?? "";
      if (DEPENDENCY_TABLES.has(parent))
        keys.set(node.loc.start.line, last);
      for (const pair of node.body) {
        const first = pair.key.keys[0];
        const name = first ? first.type === "TOMLBare" ? first.name : first.value : "";
        if (DEPENDENCY_TABLES.has(last))
          keys.set(pair.loc.start.line, name);
        else if (DEPENDENCY_TABLES.has(parent))
          keys.set(pair.loc.start.line, last);
      }
    }
    const comments = ast.comments.map((c) => ({ value: c.value, line: c.loc.start.line, column: c.loc.start.column, endColumn: c.loc.end.column }));
    return { comments, keys };
  } catch {
    const comments = [];
    text.split(/\r?\n/).forEach((lineText, i) => {
      const match = /^([^"'#]*)#(.*)$/.exec(lineText);
      if (match)
        comments.push({ value: match[2] ?? "", line: i + 1, column: match[1]?.length ?? 0, endColumn: lineText.length });
    });
    return { comments, keys };
  }
}
function parseDirective(value, knownRuleIds) {
  const match = ALLOW.exec(value.trimEnd());
  if (!match)
    return { ruleIds: [], reason: null, problem: "expected `cargo-sunset: allow(<rule>, ...) reason: <why>`" };
  const ruleIds = (match[1] ?? "").split(",").map((id) => id.trim());
  const bad = ruleIds.find((id) => !RULE_ID.test(id));
  if (bad !== void 0)
    return { ruleIds: [], reason: null, problem: bad === "" ? "allow() needs at least one rule id" : `\`${bad}\` is not a rule id` };
  const unknown = knownRuleIds ? ruleIds.find((id) => !knownRuleIds.has(id)) : void 0;
  if (unknown !== void 0)
    return { ruleIds, reason: null, problem: `unknown rule \`${unknown}\`` };
  const reason = /^reason\s*:\s*(.*)$/.exec(match[2] ?? "")?.[1]?.trim() ?? "";
  if (reason === "")
    return { ruleIds, reason: null, problem: "an inline allow needs a reason: `... reason: <why>`" };
  return { ruleIds, reason };
}
function findInlineAllows(file, rawText, knownRuleIds) {
  if (!rawText.includes("cargo-sunset"))
    return [];
  const text = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  const lines = text.split(/\r?\n/);
  const { comments, keys } = commentsOf(text);
  const commentOnly = new Set(comments.filter((c) => (lines[c.line - 1] ?? "").slice(0, c.column).trim() === "").map((c) => c.line));
  const allows = [];
  for (const comment of comments) {
    if (!DIRECTIVE.test(comment.value))
      continue;
    let targetLine = comment.line;
    if (commentOnly.has(comment.line)) {
      targetLine += 1;
      while (commentOnly.has(targetLine))
        targetLine += 1;
    }
    allows.push({
      file,
      line: comment.line,
      column: comment.column + 1,
      endLine: comment.line,
      endColumn: comment.endColumn + 1,
      targetLine,
      crateKey: keys.get(targetLine) ?? "",
      ...parseDirective(comment.value, knownRuleIds)
    });
  }
  return allows;
}

// dist/src/suppress/inline.js
function problemOf2(allow, meta, messageId, data, options) {
  const { file, line, column, endLine, endColumn } = allow;
  const shownFile = options.root === void 0 ? file : relative4(options.root, file).split(sep3).join("/");
  const member = options.memberOf?.(file);
  return ruleFinding(options.settings ?? defaultRuleSettings(SUPPRESSION_RULES), meta, {
    messageId,
    data,
    crate: { name: allow.crateKey },
    location: { file, line, column, endLine, endColumn },
    scope: member === void 0 ? [] : [member],
    identity: [shownFile, allow.crateKey, allow.ruleIds.join(",")]
  });
}
function scanFiles(files, readFile2, known) {
  const byFile = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (byFile.has(file) || basename(file) !== "Cargo.toml")
      continue;
    let text;
    try {
      text = readFile2(file);
    } catch {
      continue;
    }
    byFile.set(file, findInlineAllows(file, text, known));
  }
  return byFile;
}
function applyInlineAllows(findings, readFile2, options = {}) {
  const known = options.knownRuleIds === void 0 ? void 0 : new Set(options.knownRuleIds);
  const files = [...findings.map((finding) => finding.location.file), ...options.manifests ?? []];
  const allowsByFile = scanFiles(files, readFile2, known);
  const used = /* @__PURE__ */ new Set();
  const outcome = { kept: [], suppressed: [], problems: [] };
  for (const finding of findings) {
    const allows = allowsByFile.get(finding.location.file) ?? [];
    const matching = allows.filter((allow) => allow.reason !== null && allow.targetLine === finding.location.line && allow.ruleIds.includes(finding.ruleId));
    for (const allow of matching)
      used.add(allow);
    const by = matching[0];
    if (by) {
      outcome.suppressed.push({ finding, by });
    } else {
      outcome.kept.push(finding);
    }
  }
  for (const allow of [...allowsByFile.values()].flat()) {
    const problem = allow.reason === null ? problemOf2(allow, invalidInlineAllow, "invalid", { problem: allow.problem ?? "malformed comment" }, options) : used.has(allow) ? null : problemOf2(allow, unusedInlineAllow, "unused", { rules: allow.ruleIds.join(", "), line: allow.targetLine }, options);
    if (problem)
      outcome.problems.push(problem);
  }
  return outcome;
}

// dist/rules/support.js
import { join as join4 } from "node:path";
function externalDependencies(context) {
  return context.workspace.members.flatMap((member) => member.dependencies.filter((dep) => dep.source.type !== "path").map((dep) => ({ member, dep })));
}
function lockedPackageOf(context, member, dep) {
  const id = context.graph?.lockedIdOf(dep, member);
  return id ? context.graph?.packageById(id) : void 0;
}
function isFromCratesIo(pkg) {
  return pkg.source === CRATES_IO_SOURCE;
}
function externalReachesByMember(graph, summary) {
  const byMember = /* @__PURE__ */ new Map();
  for (const r of summary.reaches) {
    if (!leavesWorkspace(graph, r))
      continue;
    append(byMember, r.member, r);
  }
  return byMember;
}
function describePath(context, path) {
  return context.graph ? context.graph.describe(path) : path.map(() => "?").join(" \u2192 ");
}
function replacedByStd(entry) {
  return entry.replacements.length > 0 && entry.replacements.every((r) => r.rustVersion !== void 0);
}
function replacementsText(entry) {
  const who = { "cargo-sunset": "", rustsec: " (RustSec's suggestion)", upstream: " (its authors' suggestion)", organisation: " (your organisation)" };
  return entry.replacements.map((r) => `${r.crate}${who[r.recommendedBy] ?? ""}`).join(", ");
}
function keyOf2(dep) {
  return dep.rename ?? dep.name;
}
function normalTreeOccurrences(context, member, names) {
  const graph = context.graph;
  if (!graph) {
    return member.dependencies.filter((d) => d.kind === "normal" && names.has(d.name) && d.source.type !== "path").map((d) => ({ pkg: null, direct: d, version: d.req, path: [] }));
  }
  const out = [];
  for (const pkg of graph.packagesNamed(names)) {
    const shortest = graph.shortestNormalReach(pkg.id, member.manifestPath);
    if (shortest)
      out.push({ pkg, direct: shortest.direct, version: pkg.version, get path() {
        return shortest.path;
      } });
  }
  return out;
}
function occurrenceText(context, o) {
  return o.path.length > 1 ? `via ${describePath(context, o.path)}` : `as ${keyOf2(o.direct)} ${o.version}`;
}
function firstSentence(text) {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}
var declarationKeys = /* @__PURE__ */ new WeakMap();
function declarationKey2(dep) {
  return memoized(declarationKeys, dep, () => {
    const shared = dep.inheritedFrom;
    return shared ? `workspace\0${shared.manifestPath}\0${shared.keyPath.join("\0")}` : `${dep.manifestPath}\0${dep.keyPath.join("\0")}`;
  });
}
function groupByDeclaration(reaches) {
  const groups = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const reach of reaches) {
    const key = declarationKey2(reach.direct);
    let group = groups.get(key);
    if (!group)
      groups.set(key, group = { key, deps: [], members: [], reaches: [] });
    let known = seen.get(group);
    if (!known)
      seen.set(group, known = { deps: /* @__PURE__ */ new Set(), members: /* @__PURE__ */ new Set() });
    if (!known.deps.has(reach.direct)) {
      known.deps.add(reach.direct);
      group.deps.push(reach.direct);
    }
    if (!known.members.has(reach.member)) {
      known.members.add(reach.member);
      group.members.push(reach.member);
    }
    group.reaches.push(reach);
  }
  return groups;
}
function leavesWorkspace(graph, reach) {
  return reach.direct.source.type !== "path" || graph.memberOf(reach.first) === void 0;
}
function externalReaches(graph, summary) {
  return summary.reaches.filter((r) => leavesWorkspace(graph, r));
}
function neverShips(reaches) {
  return reaches.length > 0 && reaches.every((r) => r.direct.kind !== "normal");
}
function membersText(members, cap = 5) {
  const shown = members.slice(0, cap).join(", ");
  const more = members.length > cap ? `, and ${members.length - cap} more` : "";
  return `${members.length} member${members.length === 1 ? "" : "s"} (${shown}${more})`;
}
function listText(items, cap = Infinity) {
  if (items.length > cap)
    return `${items.slice(0, cap).join(", ")} and ${items.length - cap} others`;
  if (items.length <= 1)
    return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function membersUnder(context, member) {
  const byManifest = new Map(context.workspace.members.map((m) => [m.manifestPath, m]));
  const out = [member];
  for (let i = 0; i < out.length; i++) {
    for (const d of out[i].dependencies) {
      if (d.kind !== "normal" || d.source.type !== "path")
        continue;
      const next = byManifest.get(join4(d.source.path, "Cargo.toml"));
      if (next && !out.includes(next))
        out.push(next);
    }
  }
  return out;
}
function otherWays(reaches) {
  return (members, except) => {
    const wanted = new Set(members);
    return [...new Set(reaches.filter((r) => wanted.has(r.member)).map((r) => keyOf2(r.direct)))].filter((k) => k !== except);
  };
}
function findingsAcrossMembers(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items)
    append(groups, key(item), item);
  return [...groups.values()].flatMap((group) => new Set(group.map((g) => g.member)).size > 1 ? [group] : group.map((g) => [g]));
}

// dist/rules/competing-runtimes.js
var RUNTIMES = ["tokio", "async-std", "smol", "glommio", "monoio"];
var RUNTIME_NAMES = new Set(RUNTIMES);
var competingRuntimes = createRule({
  id: "competing-runtimes",
  description: "Two async runtimes (for example tokio and async-std) in one member's dependency tree",
  defaultSeverity: "warning",
  category: "architecture",
  messages: {
    twoRuntimes: "{{owners}} {{verb}} two async runtimes: {{described}}"
  },
  check(context) {
    const graph = context.graph;
    const causes = /* @__PURE__ */ new Map();
    for (const member of context.workspace.members) {
      const found = normalTreeOccurrences(context, member, RUNTIME_NAMES);
      const nameOf = (o) => o.pkg?.name ?? o.direct.name;
      const runtimes = RUNTIMES.filter((name) => found.some((o) => nameOf(o) === name));
      if (runtimes.length < 2)
        continue;
      const primary2 = runtimes[0];
      const described = runtimes.map((name) => {
        const o = found.find((x) => nameOf(x) === name);
        return o ? `${name} (${occurrenceText(context, o)})` : name;
      }).join(" and ");
      const under = new Set(membersUnder(context, member).map((m) => m.name));
      for (const other of found.filter((o) => nameOf(o) !== primary2)) {
        const runtime = nameOf(other);
        const groups = other.pkg && graph ? [...groupByDeclaration(graph.reach(other.pkg.id).reaches.filter((r) => under.has(r.member) && r.direct.kind === "normal" && leavesWorkspace(graph, r))).values()].map((g) => ({ deps: g.deps, members: g.members })) : [{ deps: [other.direct], members: [member.name] }];
        for (const group of groups) {
          const key = `${runtime}\0${declarationKey2(group.deps[0])}`;
          const known = causes.get(key);
          if (known) {
            for (const d of group.deps)
              if (!known.deps.includes(d))
                known.deps.push(d);
            for (const m of group.members)
              if (!known.members.includes(m))
                known.members.push(m);
            if (!known.owners.includes(member.name))
              known.owners.push(member.name);
          } else {
            causes.set(key, { runtime, primary: primary2, deps: [...group.deps], members: [...group.members], owners: [member.name], described, pkg: other.pkg, req: other.direct.req });
          }
        }
      }
    }
    for (const cause of causes.values()) {
      const via = keyOf2(cause.deps[0]);
      const owners = cause.owners.length > 3 ? `${cause.owners.slice(0, 3).join(", ")} and ${cause.owners.length - 3} more members` : listText(cause.owners);
      context.report({
        messageId: "twoRuntimes",
        data: { owners, verb: cause.owners.length > 1 ? "run" : "runs", described: cause.described },
        crate: { name: cause.runtime, ...cause.pkg ? { version: cause.pkg.version } : { req: cause.req } },
        dependencies: cause.deps,
        members: cause.members,
        lockedPackage: cause.pkg ?? void 0,
        suggestion: via === cause.runtime ? `Settle on ${cause.primary}: replace ${cause.runtime} with ${cause.primary} (\`cargo-sunset --explain ${cause.runtime}\`).` : `Settle on ${cause.primary}: replace ${via}, which brings ${cause.runtime}, with a ${cause.primary}-based alternative (\`cargo-sunset --explain ${cause.runtime}\`).`,
        fingerprintExtra: `${cause.runtime}:${via}`
      });
    }
  }
});

// dist/rules/declining-crate.js
function suggestion(name, entry) {
  return `Move to ${replacementsText(entry)}; \`cargo-sunset --explain ${name}\` prints the migration guide.`;
}
function usableReplacements(entry, rustVersions) {
  return entry.replacements.filter((r) => rustVersions.every((declared) => !needsNewerRust(r.rustVersion ?? null, declared)));
}
function stdSuggestion(name, usable2) {
  const best = usable2[0];
  const explain = `\`cargo-sunset --explain ${name}\` shows how.`;
  if (!best)
    return `The standard library now covers it; ${explain}`;
  const item = `\`${best.crate}\` (Rust ${best.rustVersion}+)`;
  if (best.partial)
    return `The standard library covers part of it: use ${item}${best.note ? ` ${best.note.replace(/^Rust [\d.]+\+,?\s*/, "")}` : ""}; ${best.partial}. ${explain}`;
  return `The standard library now covers it: use ${item} and drop the dependency; ${explain}`;
}
function milder(entry) {
  return entry.status === "superseded" || entry.status === "declining";
}
function unusedWorkspaceEntries(context) {
  const used = /* @__PURE__ */ new Set();
  for (const member of context.workspace.members)
    for (const dep of member.dependencies)
      if (dep.inheritedFrom)
        used.add(dep.inheritedFrom);
  return context.workspace.workspaceDependencies.filter((d) => !used.has(d) && d.source.type !== "path");
}
var decliningCrate = createRule({
  id: "declining-crate",
  description: "A direct dependency is deprecated, discontinued, unmaintained or superseded",
  defaultSeverity: "error",
  category: "maintenance",
  messages: {
    declining: "{{crate}} {{version}} is {{status}}{{since}}{{advisories}}: {{reason}}{{members}}",
    unusedEntry: "{{crate}} {{version}} is {{status}}{{since}}: {{reason}} (declared in [workspace.dependencies], used by no member)"
  },
  check(context) {
    const groups = /* @__PURE__ */ new Map();
    for (const { member, dep } of externalDependencies(context)) {
      const locked = lockedPackageOf(context, member, dep);
      const entry = locked ? context.catalog.decliningForVersion(dep.name, locked.version) : context.catalog.decliningForRequirement(dep.name, dep.req);
      if (!entry)
        continue;
      if (replacedByStd(entry) && usableReplacements(entry, [member.rustVersion]).length === 0)
        continue;
      const key = `${declarationKey2(dep)}\0${dep.inheritedFrom ? "" : dep.kind}`;
      groups.set(key, [...groups.get(key) ?? [], { dep, member: member.name, locked, entry, rustVersion: member.rustVersion }]);
    }
    for (const hits of groups.values()) {
      const { dep, locked, entry } = hits[0];
      const versions = [...new Set(hits.map((h) => h.locked?.version ?? h.dep.req))];
      const members = [...new Set(hits.map((h) => h.member))];
      const usable2 = usableReplacements(entry, hits.map((h) => h.rustVersion));
      const byStd = replacedByStd(entry);
      const advisories = [...new Set(hits.flatMap((h) => h.locked && isFromCratesIo(h.locked) ? context.catalog.advisoriesFor(dep.name, h.locked.version) : []).map((a) => a.id))];
      context.report({
        messageId: "declining",
        data: {
          crate: dep.name,
          version: versions.join(" and "),
          status: entry.status,
          since: entry.since ? ` since ${entry.since}` : "",
          advisories: advisories.length > 0 ? ` (${advisories.join(", ")})` : "",
          reason: firstSentence(entry.reason).replace(/\.$/, members.length > 1 ? "" : "."),
          members: members.length > 1 ? `; used by ${membersText(members)}` : ""
        },
        crate: { name: dep.name, req: dep.req, ...locked ? { version: locked.version } : {}, ...versions.length > 1 && locked ? { versions } : {} },
        dependencies: hits.map((h) => h.dep),
        members,
        lockedPackage: locked,
        facts: { milder: milder(entry), devOrBuildOnly: hits.every((h) => h.dep.kind !== "normal"), ...byStd ? { replacedByStd: true } : {} },
        ...advisories.length > 0 ? { alsoRules: ["unmaintained-advisory"] } : {},
        suggestion: byStd ? stdSuggestion(dep.name, usable2) : suggestion(dep.name, { ...entry, replacements: usable2.length > 0 ? usable2 : entry.replacements }),
        fingerprintExtra: members.length > 1 ? `workspace:${keyOf2(dep)}` : `${dep.kind}:${dep.target ?? ""}:${keyOf2(dep)}`
      });
    }
    for (const entryDep of unusedWorkspaceEntries(context)) {
      const entry = context.catalog.decliningForRequirement(entryDep.name, entryDep.req);
      if (!entry)
        continue;
      context.report({
        messageId: "unusedEntry",
        data: { crate: entryDep.name, version: entryDep.req, status: entry.status, since: entry.since ? ` since ${entry.since}` : "", reason: firstSentence(entry.reason).replace(/\.$/, "") },
        crate: { name: entryDep.name, req: entryDep.req },
        dependency: { ...entryDep, rename: null, kind: "normal", target: null, optional: false },
        facts: { milder: milder(entry), ...replacedByStd(entry) ? { replacedByStd: true } : {} },
        suggestion: replacedByStd(entry) ? stdSuggestion(entryDep.name, entry.replacements) : suggestion(entryDep.name, entry),
        fingerprintExtra: `workspace:${entryDep.key}`
      });
    }
  }
});

// dist/rules/declining-transitive.js
var decliningTransitive = createRule({
  id: "declining-transitive",
  description: "A declining crate enters the tree through another dependency",
  defaultSeverity: "note",
  category: "maintenance",
  // With index data, the advice names the release of the direct dependency that drops the crate.
  readsRegistry: true,
  messages: {
    transitive: "{{crate}} {{versions}} is {{status}}{{advisories}} and comes in through {{via}}{{members}}: {{path}}"
  },
  check(context) {
    const graph = context.graph;
    if (!graph)
      return;
    const flagged = /* @__PURE__ */ new Map();
    for (const pkg of graph.lockfile.packages) {
      const entry = pkg.source === null ? void 0 : context.catalog.decliningForVersion(pkg.name, pkg.version);
      if (!entry || replacedByStd(entry))
        continue;
      flagged.set(pkg.name, [...flagged.get(pkg.name) ?? [], pkg]);
    }
    for (const [name, pkgs] of flagged) {
      const ways = pkgs.flatMap((pkg) => externalReaches(graph, graph.reach(pkg.id)).map((reach) => ({ pkg, reach })));
      const declaresIt = new Set(ways.filter((w) => w.reach.length < 2).map((w) => `${w.reach.member}\0${w.pkg.id}`));
      const transitive = ways.filter((w) => !declaresIt.has(`${w.reach.member}\0${w.pkg.id}`));
      const pkgOf = new Map(transitive.map((w) => [w.reach, w.pkg]));
      const groups = groupByDeclaration(shortestPerMember(transitive.map((w) => w.reach), pkgOf));
      const waysOf = otherWays(transitive.map((w) => w.reach));
      for (const group of groups.values()) {
        const direct = group.deps[0];
        const versions = [...new Set(group.reaches.map((r) => pkgOf.get(r)))].sort((a, b) => a.line - b.line);
        const first = versions[0];
        const entry = context.catalog.decliningForVersion(name, first.version);
        const advisories = [...new Set(versions.flatMap((p) => isFromCratesIo(p) ? context.catalog.advisoriesFor(p.name, p.version) : []).map((a) => a.id))];
        const way = shortestReach(group.reaches);
        const via = keyOf2(direct);
        const others = waysOf(group.members, via);
        const verdict = dropVerdict(context, direct, way.path);
        const release = verdict.kind === "drops" ? `Upgrade ${via} to ${verdict.version}, the first release that drops it` : verdict.kind === "none" ? `No release of ${via} drops it yet (the newest is ${verdict.newest}); replace ${via}` : `Upgrade or replace ${via} (which release of ${via} drops it is not known without registry data)`;
        const everyWay = others.length > 0 ? ` It also arrives through ${listText(others, 6)}: it leaves the tree only when each of them drops it.` : "";
        context.report({
          messageId: "transitive",
          data: {
            crate: name,
            versions: versions.map((p) => p.version).join(" and "),
            status: entry.status,
            advisories: advisories.length > 0 ? ` (${advisories.join(", ")})` : "",
            via,
            members: group.members.length > 1 ? ` in ${membersText(group.members)}` : "",
            path: graph.describe(way.path)
          },
          crate: { name, version: first.version, ...versions.length > 1 ? { versions: versions.map((p) => p.version) } : {} },
          dependencies: group.deps,
          members: group.members,
          lockedPackage: first,
          facts: { devOrBuildOnly: neverShips(group.reaches) },
          ...advisories.length > 0 ? { alsoRules: ["unmaintained-advisory"] } : {},
          suggestion: `${release}.${everyWay} Alternatives to ${name}: ${replacementsText(entry)}; \`cargo-sunset why ${name}\` shows every path.`,
          fingerprintExtra: `${group.members.length > 1 ? "shared" : first.version}:${keyOf2(group.deps[0])}`
        });
      }
    }
  }
});

// dist/rules/msrv.js
var MESSAGES = {
  /** A locked version needs a newer Rust than a member that builds it declares. */
  locked: "{{crate}} {{version}} needs Rust {{needed}}, but {{member}} declares rust-version {{declared}}{{via}}",
  /** The newest release, outside the requirement, needs a newer Rust: sizing the upgrade, one step milder. */
  upgrade: "{{crate}} {{newest}}, the newest release, needs Rust {{needed}}, above {{member}}'s rust-version {{declared}}; {{best}}"
};
function lockedAboveMsrv(context, members) {
  const graph = context.graph;
  if (!graph)
    return;
  const declared = [...new Set([...members.values()].map((m) => m.rustVersion).filter((v) => v !== null))];
  if (declared.length === 0)
    return;
  for (const pkg of graph.lockfile.packages) {
    const info = infoForLocked(context, pkg);
    const needed = info && versionEntry(info, pkg.version)?.rustVersion;
    if (!info || !needed || !declared.some((d) => needsNewerRust(needed, d)))
      continue;
    const summary = graph.reach(pkg.id);
    for (const name of summary.members) {
      const declared2 = members.get(name)?.rustVersion ?? null;
      if (!needsNewerRust(needed, declared2))
        continue;
      const own = summary.reaches.filter((r) => r.member === name);
      const reach = [...own].sort((a, b) => a.path.length - b.path.length)[0];
      if (!reach)
        continue;
      const reqs = requirementsOn(context, pkg);
      const fallback = releases(info).find((v) => !needsNewerRust(v.rustVersion, declared2) && reqs.every((req) => satisfies(v.version, req)));
      const via = reach.path.length > 1 ? `, through ${describePath(context, reach.path)}` : "";
      context.report({
        messageId: "locked",
        data: { crate: pkg.name, version: pkg.version, needed, member: name, declared: declared2 ?? "", via },
        crate: { name: pkg.name, version: pkg.version },
        dependency: reach.direct,
        lockedPackage: pkg,
        member: name,
        facts: { devOrBuildOnly: neverShips(own) },
        suggestion: fallback ? `Run \`${updateCommand(context, pkg, fallback.version)}\` (${fallback.rustVersion ? `needs Rust ${fallback.rustVersion}` : "declares no rust-version"}), or raise rust-version to ${needed}.` : `No release that fits the requirements builds with Rust ${declared2}; raise rust-version to ${needed}.`,
        fingerprintExtra: `locked:${pkg.version}`
      });
    }
  }
}
function upgradesAboveMsrv(context) {
  for (const { member, dep } of externalDependencies(context)) {
    const declared = member.rustVersion;
    const info = declared ? infoForDependency(context, dep) : void 0;
    const newest = info && newestRelease(info);
    if (!info || !newest || satisfies(newest.version, dep.req) || !needsNewerRust(newest.rustVersion, declared))
      continue;
    const fitting = releases(info).find((v) => !needsNewerRust(v.rustVersion, declared));
    const within = fitting && satisfies(fitting.version, dep.req);
    const best = fitting ? `the newest release that builds with it is ${fitting.version}${within ? ", which the requirement already admits" : ""}` : "no release declares support for it";
    context.report({
      messageId: "upgrade",
      data: { crate: dep.name, newest: newest.version, needed: newest.rustVersion ?? "", member: member.name, declared: declared ?? "", best },
      crate: { name: dep.name, req: dep.req },
      dependency: dep,
      member: member.name,
      // Sizing a future upgrade is milder than a build that fails today.
      facts: { milder: true, devOrBuildOnly: dep.kind !== "normal" },
      suggestion: fitting && !within ? `To stay on Rust ${declared}, upgrade to ${keyOf2(dep)} = "${suggestedRequirement(fitting.version, dep.req)}" locked at ${fitting.version} (cargo's MSRV-aware resolver, resolver = "3", picks it by itself); or raise rust-version to ${newest.rustVersion} to take ${newest.version}.` : `Raise rust-version to ${newest.rustVersion} before upgrading to ${newest.version}.`,
      fingerprintExtra: `upgrade:${dep.kind}:${dep.target ?? ""}:${keyOf2(dep)}`
    });
  }
}
var msrv = createRule({
  id: "msrv",
  description: "A crate needs a newer Rust than the package's rust-version",
  defaultSeverity: "warning",
  category: "compatibility",
  needsRegistry: true,
  messages: MESSAGES,
  check(context) {
    const members = new Map(context.workspace.members.map((m) => [m.name, m]));
    lockedAboveMsrv(context, members);
    upgradesAboveMsrv(context);
  }
});

// dist/rules/outdated-lock.js
var outdatedLock = createRule({
  id: "outdated-lock",
  description: "The locked version is older than the newest one the requirement admits",
  defaultSeverity: "note",
  category: "freshness",
  needsRegistry: true,
  messages: {
    outdatedLock: "{{crate}} is locked at {{locked}}, but {{req}} admits {{target}}{{rust}}{{capped}}"
  },
  check(context) {
    const byRequirement = /* @__PURE__ */ new Map();
    const byLock = /* @__PURE__ */ new Map();
    const newestFor = (cache, info, key, reqs) => memoized(memoized(cache, info, () => /* @__PURE__ */ new Map()), key, () => newestAdmitted(info, reqs()));
    const all = [];
    for (const { member, dep } of externalDependencies(context)) {
      const locked = lockedPackageOf(context, member, dep);
      const info = locked && infoForDependency(context, dep);
      if (!locked || !info)
        continue;
      if (versionEntry(info, locked.version)?.yanked)
        continue;
      const target = newestFor(byRequirement, info, dep.req, () => [dep.req]);
      if (!target || !isNewer(target.version, locked.version))
        continue;
      const reachable = newestFor(byLock, info, locked, () => requirementsOn(context, locked));
      if (reachable && !isNewer(reachable.version, locked.version))
        continue;
      all.push({ member, dep, locked, target, reachable });
    }
    for (const hits of findingsAcrossMembers(all, (h) => `${h.locked.id}\0${h.target.version}`)) {
      const { dep, locked, target, reachable } = hits[0];
      const capped = reachable && isNewer(target.version, reachable.version) ? `; other dependents' requirements allow at most ${reachable.version}` : "";
      const tooOld = [...new Map(hits.filter((h) => needsNewerRust(target.rustVersion, h.member.rustVersion)).map((h) => [h.member.name, h.member])).values()];
      const first = tooOld[0];
      const others = tooOld.length > 1 ? ` and ${tooOld.length - 1} other member${tooOld.length > 2 ? "s'" : "'s"}` : "";
      const rust = first ? ` (which needs Rust ${target.rustVersion}, above ${first.name}'s rust-version ${first.rustVersion}${others})` : "";
      const members = [...new Set(hits.map((h) => h.member.name))];
      context.report({
        messageId: "outdatedLock",
        data: { crate: dep.name, locked: locked.version, req: dep.req, target: target.version, rust, capped },
        crate: { name: dep.name, req: dep.req, version: locked.version },
        dependencies: [...new Set(hits.map((h) => h.dep))],
        members,
        lockedPackage: locked,
        facts: { devOrBuildOnly: hits.every((h) => h.dep.kind !== "normal") },
        suggestion: `Run \`${updateCommand(context, locked)}\` to update Cargo.lock.`,
        // Shared: the requirement picks the target, so it tells this package's groups apart (never the locked version,
        // which moves); a member's declaration keeps the identity it had before declarations were grouped.
        fingerprintExtra: members.length > 1 ? `shared:${dep.req}:${keyOf2(dep)}` : `${dep.kind}:${dep.target ?? ""}:${keyOf2(dep)}`
      });
    }
  }
});

// dist/rules/outdated-requirement.js
var import_semver2 = __toESM(require_semver(), 1);
function distanceText(behind) {
  const shown = behind.length > 6 ? [...behind.slice(0, 5), "\u2026", behind[behind.length - 1]] : behind;
  return `${behind.length} incompatible release${behind.length === 1 ? "" : "s"} behind (${shown.join(", ")})`;
}
var outdatedRequirement = createRule({
  id: "outdated-requirement",
  description: "A version requirement excludes the newest release of the crate",
  defaultSeverity: "warning",
  category: "freshness",
  needsRegistry: true,
  messages: {
    behind: "{{crate}} {{req}} does not admit {{newest}}, the newest release: {{distance}}",
    upperBound: "{{crate}} {{req}} does not admit {{newest}}, the newest release: the requirement's upper bound excludes it although it is semver-compatible"
  },
  check(context) {
    const findings = findingsAcrossMembers(externalDependencies(context), ({ dep }) => declarationKey2(dep));
    for (const hits of findings) {
      const { member, dep } = hits[0];
      const info = infoForDependency(context, dep);
      const newest = info && newestRelease(info);
      if (!info || !newest || satisfies(newest.version, dep.req))
        continue;
      const lowest = lowestAdmitted(dep.req);
      if (lowest && import_semver2.default.gt(lowest, newest.version))
        continue;
      const behind = newerSeries(info, dep.req, newest.version);
      const locked = lockedPackageOf(context, member, dep);
      const req = suggestedRequirement(newest.version, dep.req);
      const where = dep.inheritedFrom ? " in [workspace.dependencies]" : "";
      const members = [...new Set(hits.map((h) => h.member.name))];
      context.report({
        messageId: behind.length > 0 ? "behind" : "upperBound",
        data: { crate: dep.name, req: dep.req, newest: newest.version, ...behind.length > 0 ? { distance: distanceText(behind) } : {} },
        crate: { name: dep.name, req: dep.req, ...locked ? { version: locked.version } : {} },
        dependencies: hits.map((h) => h.dep),
        members,
        lockedPackage: locked,
        facts: { devOrBuildOnly: hits.every((h) => h.dep.kind !== "normal") },
        suggestion: `Change the requirement${where} to ${keyOf2(dep)} = "${req}"${behind.length > 0 ? " and review the changelog for breaking changes" : ""}.`,
        // A shared entry is the workspace's; a member's declaration keeps the identity it had before entries were grouped.
        fingerprintExtra: members.length > 1 ? `workspace:${keyOf2(dep)}` : `${dep.kind}:${dep.target ?? ""}:${keyOf2(dep)}`
      });
    }
  }
});

// dist/rules/removable-transitive.js
function flaggedAs(context, pkg) {
  const entry = context.catalog.decliningForVersion(pkg.name, pkg.version);
  if (entry && !replacedByStd(entry))
    return entry.status;
  const advisories = isFromCratesIo(pkg) ? context.catalog.advisoriesFor(pkg.name, pkg.version) : [];
  return advisories.length > 0 ? `unmaintained (${advisories.map((a) => a.id).join(", ")})` : void 0;
}
var removableTransitive = createRule({
  id: "removable-transitive",
  description: "Names the release of a direct dependency that stops pulling in a declining crate, or says none does yet",
  defaultSeverity: "note",
  category: "maintenance",
  needsRegistry: true,
  messages: {
    drops: "{{crate}} {{version}} is {{status}}; upgrading {{via}} to {{release}} drops it{{where}}",
    noneDrops: "{{crate}} {{version}} is {{status}}; no release of {{via}} drops it yet (the newest, {{newest}}, still brings it in{{through}})"
  },
  check(context) {
    const graph = context.graph;
    if (!graph)
      return;
    for (const pkg of graph.lockfile.packages) {
      const status = pkg.source === null ? void 0 : flaggedAs(context, pkg);
      if (!status)
        continue;
      for (const group of groupByDeclaration(graph.reach(pkg.id).reaches).values()) {
        const reach = shortestReach(group.reaches);
        const directPkg = graph.packageById(reach.first);
        if (reach.length < 2 || !directPkg)
          continue;
        const verdict = dropVerdict(context, reach.direct, reach.path);
        if (verdict.kind === "unknown")
          continue;
        const dropping = verdict.kind === "drops" ? verdict : void 0;
        const via = keyOf2(reach.direct);
        const where = reach.path.length > 2 ? ` from the path ${describePath(context, reach.path)}` : "";
        const newest = verdict.kind === "none" ? verdict.newest : "";
        context.report({
          ...dropping ? { messageId: "drops", data: { crate: pkg.name, version: pkg.version, status, via, release: dropping.version, where } } : { messageId: "noneDrops", data: { crate: pkg.name, version: pkg.version, status, via, newest, through: where ? ` through ${describePath(context, reach.path.slice(1))}` : "" } },
          crate: { name: pkg.name, version: pkg.version },
          dependencies: group.deps,
          members: group.members,
          lockedPackage: pkg,
          facts: { devOrBuildOnly: neverShips(group.reaches) },
          ...dropping ? { remedy: { action: "upgrade", to: dropping.version } } : {},
          suggestion: !dropping ? `Replace ${via} with a crate that does not depend on ${pkg.name}, or ask its maintainers to drop it.` : satisfies(dropping.version, reach.direct.req) ? `Run \`${updateCommand(context, directPkg, dropping.version)}\`.` : `Change the requirement to ${via} = "${suggestedRequirement(dropping.version, reach.direct.req)}".`,
          fingerprintExtra: group.members.length > 1 ? `${pkg.version}:shared:${via}` : `${pkg.version}:${reach.direct.kind}:${via}`
        });
      }
    }
  }
});

// dist/rules/split-http-stack.js
var import_semver3 = __toESM(require_semver(), 1);
var STACK_CRATES = ["hyper", "http", "h2", "http-body"];
var STACK = new Set(STACK_CRATES);
function generation(versionOrReq) {
  const v = import_semver3.default.valid(versionOrReq) ?? lowestAdmitted(versionOrReq);
  if (!v)
    return null;
  const parsed = import_semver3.default.parse(v);
  if (!parsed)
    return null;
  return parsed.major > 0 ? String(parsed.major) : `0.${parsed.minor}`;
}
function firstVersionOf(generation2) {
  return generation2.includes(".") ? `${generation2}.0` : `${generation2}.0.0`;
}
var splitHttpStack = createRule({
  id: "split-http-stack",
  description: "Two generations of one HTTP crate (hyper 0.14 and 1.x, http 0.2 and 1.x) in one member's tree",
  defaultSeverity: "warning",
  category: "architecture",
  messages: {
    split: "{{owners}} {{verb}} two generations of the HTTP stack ({{generations}}); {{via}} brings the older one: {{old}}",
    splitDirect: "{{owners}} {{verb}} two generations of the HTTP stack ({{generations}}); the older one is declared directly: {{old}}"
  },
  check(context) {
    const graph = context.graph;
    const causes = /* @__PURE__ */ new Map();
    for (const member of context.workspace.members) {
      const byCrate = /* @__PURE__ */ new Map();
      for (const o of normalTreeOccurrences(context, member, STACK)) {
        const name = o.pkg?.name ?? o.direct.name;
        byCrate.set(name, [...byCrate.get(name) ?? [], o]);
      }
      const newestOf = /* @__PURE__ */ new Map();
      const parts = [];
      for (const name of STACK_CRATES) {
        const gens = [...new Set((byCrate.get(name) ?? []).map((o) => generation(o.version)).filter((g) => g !== null))];
        if (gens.length < 2)
          continue;
        gens.sort((a, b) => import_semver3.default.compare(firstVersionOf(a), firstVersionOf(b)));
        newestOf.set(name, gens[gens.length - 1]);
        parts.push(`${name} ${gens.join(" and ")}`);
      }
      if (newestOf.size === 0)
        continue;
      const lead = [...newestOf.keys()][0];
      const under = new Set(membersUnder(context, member).map((m) => m.name));
      for (const [name, newest] of newestOf) {
        for (const old of (byCrate.get(name) ?? []).filter((o) => generation(o.version) !== newest)) {
          const groups = old.pkg && graph ? [...groupByDeclaration(graph.reach(old.pkg.id).reaches.filter((r) => under.has(r.member) && r.direct.kind === "normal" && leavesWorkspace(graph, r))).values()] : [{ deps: [old.direct], members: [member.name] }];
          for (const group of groups) {
            const key = declarationKey2(group.deps[0]);
            let cause = causes.get(key);
            if (!cause) {
              cause = { deps: [], members: [], owners: [], old: /* @__PURE__ */ new Map(), generations: parts.join(", "), newest: `${lead} ${newestOf.get(lead)}`, lead, req: old.direct.req };
              causes.set(key, cause);
            }
            for (const d of group.deps)
              if (!cause.deps.includes(d))
                cause.deps.push(d);
            for (const m of group.members)
              if (!cause.members.includes(m))
                cause.members.push(m);
            if (!cause.owners.includes(member.name))
              cause.owners.push(member.name);
            cause.old.set(`${name} ${old.version}`, old.pkg);
          }
        }
      }
    }
    for (const cause of causes.values()) {
      const via = keyOf2(cause.deps[0]);
      const declared = cause.deps[0].name;
      const old = [...cause.old].sort(([a], [b]) => Number(b.startsWith(`${declared} `)) - Number(a.startsWith(`${declared} `)));
      const oldNames = old.map(([n]) => n);
      const first = old[0]?.[1] ?? null;
      const [crateName = cause.lead] = oldNames[0]?.split(" ") ?? [];
      const versions = oldNames.filter((n) => n.startsWith(`${crateName} `)).map((n) => n.slice(crateName.length + 1));
      const owners = cause.owners.length > 3 ? `${cause.owners.slice(0, 3).join(", ")} and ${cause.owners.length - 3} more members` : listText(cause.owners);
      context.report({
        messageId: STACK.has(cause.deps[0].name) ? "splitDirect" : "split",
        data: { owners, verb: cause.owners.length > 1 ? "use" : "uses", generations: cause.generations, via, old: oldNames.join(", ") },
        crate: { name: crateName, ...first ? { version: versions[0] } : { req: cause.req }, ...versions.length > 1 ? { versions } : {} },
        dependencies: cause.deps,
        members: cause.members,
        lockedPackage: first ?? void 0,
        suggestion: `Finish the migration to ${cause.newest}: upgrade or replace ${via}, which still brings ${listText(oldNames)}.`,
        fingerprintExtra: `stack:${via}`
      });
    }
  }
});

// dist/rules/stale-crate.js
var DEFAULT_MONTHS = 36;
function monthsBetween(from, to) {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  const dayOfMonth = (d) => d.getTime() - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return dayOfMonth(to) < dayOfMonth(from) ? months - 1 : months;
}
function lastPublished(versions) {
  let last;
  for (const v of versions) {
    const at2 = v.pubtime ? new Date(v.pubtime) : void 0;
    if (at2 && !Number.isNaN(at2.getTime()) && (!last || at2 > last.at))
      last = { version: v.version, at: at2 };
  }
  return last;
}
function thresholdOf(options) {
  const months = options.months;
  return typeof months === "number" && Number.isFinite(months) && months > 0 ? months : DEFAULT_MONTHS;
}
var staleCrate = createRule({
  id: "stale-crate",
  description: "A dependency has had no release for a long time",
  defaultSeverity: "note",
  category: "maintenance",
  needsRegistry: true,
  memberScoped: true,
  defaultOptions: { months: DEFAULT_MONTHS },
  messages: {
    stale: "{{crate}} has had no release for {{months}} months: the last one, {{version}}, was published on {{date}}"
  },
  check(context) {
    const threshold = thresholdOf(context.options);
    for (const { member, dep } of externalDependencies(context)) {
      const info = infoForDependency(context, dep);
      const last = info && lastPublished(info.versions);
      if (!last)
        continue;
      const months = monthsBetween(last.at, context.now);
      if (months < threshold)
        continue;
      const locked = lockedPackageOf(context, member, dep);
      context.report({
        messageId: "stale",
        data: { crate: dep.name, months, version: last.version, date: last.at.toISOString().slice(0, 10) },
        crate: { name: dep.name, req: dep.req, ...locked ? { version: locked.version } : {} },
        dependency: dep,
        lockedPackage: locked,
        member: member.name,
        facts: { devOrBuildOnly: dep.kind !== "normal" },
        suggestion: `Check whether ${dep.name} is still maintained (repository activity, open issues) and whether an active alternative exists.`,
        fingerprintExtra: `${dep.kind}:${dep.target ?? ""}:${keyOf2(dep)}`
      });
    }
  }
});

// dist/rules/advisory-support.js
function advisoryMessage(verb) {
  return `{{crate}} {{version}} ${verb} {{id}}: {{title}}{{details}}{{via}}`;
}
function advisoryRef(advisory) {
  return {
    id: advisory.id,
    kind: advisory.kind,
    title: advisory.title,
    date: advisory.date,
    url: advisoryUrl(advisory.id),
    aliases: advisory.aliases ?? [],
    ...advisory.cvss ? { cvss: advisory.cvss } : {},
    ...advisory.score !== void 0 ? { score: advisory.score } : {},
    patched: advisory.patched,
    ...advisory.os ? { os: advisory.os } : {},
    ...advisory.arch ? { arch: advisory.arch } : {},
    ...advisory.functions ? { functions: advisory.functions } : {}
  };
}
function detailsText(advisory) {
  const details = [];
  if (advisory.aliases && advisory.aliases.length > 0)
    details.push(advisory.aliases.join(", "));
  if (advisory.score !== void 0)
    details.push(`CVSS ${advisory.score.toFixed(1)}`);
  const where = [advisory.arch ? `on ${advisory.arch.join("/")}` : "", advisory.os ? `on ${advisory.os.join("/")}` : ""].filter(Boolean);
  if (where.length > 0)
    details.push(`only ${where.join(" ")}`);
  return details.length > 0 ? ` (${details.join("; ")})` : "";
}
function suggestionFor(advisory, through) {
  const lines = [];
  if (advisory.patched.length > 0) {
    const fix = `Upgrade ${advisory.package} to a release in ${advisory.patched.join(" or ")}`;
    lines.push(through ? `${fix} (update or upgrade ${through}, which brings it in).` : `${fix}.`);
  } else {
    lines.push(`No fixed release of ${advisory.package} exists; replace it${through ? ` or the dependency that brings it in (${through})` : ""}.`);
  }
  if (advisory.functions && advisory.functions.length > 0) {
    const shown = advisory.functions.slice(0, 5).join(", ");
    lines.push(`Affected functions: ${shown}${advisory.functions.length > 5 ? `, and ${advisory.functions.length - 5} more` : ""}.`);
  }
  lines.push(`See ${advisoryUrl(advisory.id)}.`);
  return lines.join("\n");
}
function bestReach(ways) {
  const before = (a, b) => a.length - b.length || compareNames(a.member, b.member);
  let best;
  let bestNormal;
  for (const way of ways) {
    if (!best || before(way, best) < 0)
      best = way;
    if (way.direct.kind === "normal" && (!bestNormal || before(way, bestNormal) < 0))
      bestNormal = way;
  }
  return bestNormal ?? best;
}
function checkAdvisories(context, kind) {
  const graph = context.graph;
  if (!graph)
    return;
  for (const pkg of graph.lockfile.packages) {
    if (!isFromCratesIo(pkg))
      continue;
    const advisories = context.catalog.advisoriesAffecting(pkg.name, pkg.version, [kind]);
    if (advisories.length === 0)
      continue;
    const ways = [...externalReachesByMember(graph, graph.reach(pkg.id)).values()].flat();
    const reach = bestReach(ways);
    if (!reach)
      continue;
    const members = new Set(ways.map((w) => w.member));
    const transitive = reach.path.length > 1;
    const via = transitive ? ` (through ${describePath(context, reach.path)})` : "";
    const others = members.size > 1 ? `; also reached from ${members.size - 1} other member${members.size > 2 ? "s" : ""}` : "";
    for (const advisory of advisories) {
      context.report({
        messageId: "advisory",
        data: { crate: pkg.name, version: pkg.version, id: advisory.id, title: advisory.title, details: detailsText(advisory), via },
        crate: { name: pkg.name, version: pkg.version },
        dependency: reach.direct,
        lockedPackage: pkg,
        member: reach.member,
        facts: { devOrBuildOnly: neverShips(ways) },
        suggestion: suggestionFor(advisory, transitive ? reach.direct.name : void 0) + others,
        fingerprintExtra: `${advisory.id}@${pkg.version}`,
        advisory: advisoryRef(advisory)
      });
    }
  }
}

// dist/rules/advisory-notice.js
var advisoryNotice = createRule({
  id: "advisory-notice",
  description: "A locked crate is the subject of a RustSec informational notice",
  defaultSeverity: "note",
  category: "security",
  messages: { advisory: advisoryMessage("is the subject of") },
  check(context) {
    checkAdvisories(context, "notice");
  }
});

// dist/rules/unmaintained-advisory.js
function advisoryText(advisories) {
  return advisories.map((a) => `${a.id} (${a.date})`).join(", ");
}
function alternativesText(advisories) {
  const alternatives = [...new Set(advisories.flatMap((a) => a.alternatives))];
  return alternatives.length > 0 ? `RustSec suggests ${alternatives.join(", ")}.` : "";
}
function sentences(...parts) {
  return parts.filter((part) => part !== "").join(" ");
}
function advisoryOf(affecting, id) {
  const advisory = affecting.find((a) => a.id === id);
  return advisory ? { advisory: advisoryRef(advisory) } : {};
}
var unmaintainedAdvisory = createRule({
  id: "unmaintained-advisory",
  description: "A dependency is under a RustSec advisory saying it is unmaintained",
  defaultSeverity: "warning",
  category: "maintenance",
  messages: {
    direct: "{{crate}} {{version}} is unmaintained according to {{advisories}}{{members}}",
    transitive: "{{crate}} {{version}} is unmaintained according to {{advisories}} (through {{path}}){{members}}"
  },
  check(context) {
    const graph = context.graph;
    if (!graph) {
      for (const { member, dep } of externalDependencies(context)) {
        const version = dep.source.type === "registry" && !dep.source.registry ? lowestAdmitted(dep.req) : null;
        if (version && context.catalog.decliningForVersion(dep.name, version))
          continue;
        const advisories = version ? context.catalog.advisoriesFor(dep.name, version) : [];
        if (advisories.length === 0)
          continue;
        context.report({
          messageId: "direct",
          data: { crate: dep.name, version: dep.req, advisories: advisoryText(advisories), members: "" },
          crate: { name: dep.name, req: dep.req },
          dependency: dep,
          member: member.name,
          facts: { devOrBuildOnly: dep.kind !== "normal" },
          suggestion: sentences(alternativesText(advisories), `See ${advisories[0]?.url}.`),
          fingerprintExtra: keyOf2(dep),
          ...advisoryOf(context.catalog.advisoriesAffecting(dep.name, version, ["unmaintained"]), advisories[0]?.id)
        });
      }
      return;
    }
    const flagged = /* @__PURE__ */ new Map();
    for (const pkg of graph.lockfile.packages) {
      if (!isFromCratesIo(pkg))
        continue;
      if (context.catalog.decliningForVersion(pkg.name, pkg.version))
        continue;
      if (context.catalog.advisoriesFor(pkg.name, pkg.version).length === 0)
        continue;
      flagged.set(pkg.name, [...flagged.get(pkg.name) ?? [], pkg]);
    }
    for (const [name, pkgs] of flagged) {
      const pkgOf = /* @__PURE__ */ new Map();
      const reaches = pkgs.flatMap((pkg) => externalReaches(graph, graph.reach(pkg.id)).map((r) => (pkgOf.set(r, pkg), r)));
      const groups = groupByDeclaration(shortestPerMember(reaches, pkgOf));
      const waysOf = otherWays(reaches);
      for (const group of groups.values()) {
        const versions = [...new Set(group.reaches.map((r) => pkgOf.get(r)))].sort((a, b) => a.line - b.line);
        const first = versions[0];
        const advisories = [...new Map(versions.flatMap((p) => context.catalog.advisoriesFor(name, p.version)).map((a) => [a.id, a])).values()];
        const way = shortestReach(group.reaches);
        const via = keyOf2(group.deps[0]);
        const others = waysOf(group.members, via);
        const everyWay = others.length > 0 ? `It also arrives through ${listText(others, 6)}; it leaves the tree only when each of them drops it.` : "";
        context.report({
          messageId: way.length > 1 ? "transitive" : "direct",
          data: {
            crate: name,
            version: versions.map((p) => p.version).join(" and "),
            advisories: advisoryText(advisories),
            path: graph.describe(way.path),
            members: group.members.length > 1 ? ` in ${membersText(group.members)}` : ""
          },
          crate: { name, version: first.version, ...versions.length > 1 ? { versions: versions.map((p) => p.version) } : {} },
          dependencies: group.deps,
          members: group.members,
          lockedPackage: first,
          facts: { devOrBuildOnly: neverShips(group.reaches) },
          suggestion: sentences(alternativesText(advisories), way.length > 1 ? `Upgrade or replace ${via}, which brings it.` : "", everyWay, `See ${advisories[0]?.url}.`),
          fingerprintExtra: `${group.members.length > 1 ? "shared" : first.version}:${keyOf2(group.deps[0])}`,
          ...advisoryOf(versions.flatMap((p) => context.catalog.advisoriesAffecting(name, p.version, ["unmaintained"])), advisories[0]?.id)
        });
      }
    }
  }
});

// dist/rules/unsound.js
var unsound = createRule({
  id: "unsound",
  description: "A locked crate is unsound according to a RustSec advisory",
  defaultSeverity: "warning",
  category: "security",
  messages: { advisory: advisoryMessage("is unsound according to") },
  check(context) {
    checkAdvisories(context, "unsound");
  }
});

// dist/rules/vulnerability.js
var vulnerability = createRule({
  id: "vulnerability",
  description: "A locked crate has a known security vulnerability (RustSec)",
  defaultSeverity: "error",
  category: "security",
  messages: { advisory: advisoryMessage("is affected by") },
  check(context) {
    checkAdvisories(context, "vulnerability");
  }
});

// dist/rules/yanked-version.js
function replacement(context, pkg, info) {
  const reqs = requirementsOn(context, pkg);
  const fitting = newestAdmitted(info, reqs.length > 0 ? reqs : [`^${series(pkg.version)}`]);
  if (fitting)
    return `Run \`${updateCommand(context, pkg, fitting.version)}\`.`;
  const wanted = reqs.length > 0 ? ` (${reqs.join("; ")})` : "";
  return `No release that is not yanked fits the requirements on ${pkg.name}${wanted}; change the requirement, or upgrade the crates that pin it.`;
}
var yankedVersion = createRule({
  id: "yanked-version",
  description: "A locked version has been yanked from the registry",
  defaultSeverity: "error",
  category: "freshness",
  needsRegistry: true,
  messages: {
    yanked: "{{crate}} {{version}} is yanked from {{registry}}{{via}}",
    yankedUnused: "{{crate}} {{version}} is yanked (locked, used by no member)"
  },
  check(context) {
    const graph = context.graph;
    if (!graph)
      return;
    for (const pkg of graph.lockfile.packages) {
      const info = infoForLocked(context, pkg);
      if (!info || !versionEntry(info, pkg.version)?.yanked)
        continue;
      const suggestion2 = replacement(context, pkg, info);
      const summary = graph.reach(pkg.id);
      if (summary.reaches.length === 0) {
        context.report({ messageId: "yankedUnused", data: { crate: pkg.name, version: pkg.version }, crate: { name: pkg.name, version: pkg.version }, lockedPackage: pkg, suggestion: suggestion2 });
        continue;
      }
      for (const member of summary.members) {
        const own = summary.reaches.filter((r) => r.member === member);
        const reach = [...own].sort((a, b) => a.path.length - b.path.length)[0];
        if (!reach)
          continue;
        const via = reach.path.length > 1 ? `, through ${describePath(context, reach.path)}` : "";
        context.report({
          messageId: "yanked",
          data: { crate: pkg.name, version: pkg.version, registry: info.registry, via },
          crate: { name: pkg.name, version: pkg.version },
          dependency: reach.direct,
          lockedPackage: pkg,
          member,
          facts: { devOrBuildOnly: neverShips(own) },
          suggestion: suggestion2,
          fingerprintExtra: `${pkg.version}:${keyOf2(reach.direct)}`
        });
      }
    }
  }
});

// dist/rules/index.js
var RULES = [
  decliningCrate,
  decliningTransitive,
  unmaintainedAdvisory,
  vulnerability,
  unsound,
  advisoryNotice,
  competingRuntimes,
  splitHttpStack,
  outdatedRequirement,
  outdatedLock,
  yankedVersion,
  msrv,
  staleCrate,
  removableTransitive
];

// dist/src/audit.js
var ALL_RULE_METAS = [...RULES.map((r) => r.meta), ...SUPPRESSION_RULES];
function settingsOf(config) {
  const levels = /* @__PURE__ */ new Map();
  const level = (id, member) => {
    const ofRule = memoized(levels, id, () => /* @__PURE__ */ new Map());
    return memoized(ofRule, member, () => ({ severity: config.ruleSetting(id, member).severity, configured: config.severityConfigured(id, member) }));
  };
  return {
    severity: (id, member) => level(id, member).severity,
    configured: (id, member) => level(id, member).configured,
    options: (id, member) => config.ruleSetting(id, member).options
  };
}
var readTooEarly = () => {
  throw new Error("a rule read registry data before it was fetched: declare needsRegistry or readsRegistry");
};
var NOT_YET_FETCHED = { forDependency: readTooEarly, forLockedPackage: readTooEarly };
function activeRules(workspace, config) {
  return RULES.filter((rule) => [void 0, ...workspace.members.map((m) => m.name)].some((member) => config.ruleSetting(rule.meta.id, member).severity !== "off"));
}
function registryNotes(result) {
  const notes = result.notes.map((message) => ({ level: "note", message }));
  if (result.offlineEmptyCache) {
    const count = new Set(result.problems.map((p) => p.crate)).size;
    notes.push({ level: "warning", message: `offline with an empty cache: ${count} crate(s) were not checked against the registry; run once without --offline to fill the cache` });
  } else if (result.problems.length > 0) {
    const names = [...new Set(result.problems.map((p) => p.crate))].sort();
    const shown = names.slice(0, 20).join(", ") + (names.length > 20 ? `, and ${names.length - 20} more` : "");
    notes.push({
      level: "warning",
      message: `could not check ${names.length} crate(s) against the registry: ${shown} (first problem: ${result.problems[0]?.message})`
    });
  }
  return notes;
}
async function auditWorkspace(workspace, options, notes) {
  const config = loadConfig({
    workspaceRoot: workspace.root,
    rootManifestPath: workspace.rootManifestPath,
    memberManifests: workspace.members.map((m) => ({ name: m.name, manifestPath: m.manifestPath })),
    configPath: options.configPath,
    cli: options.cli,
    ruleMetas: ALL_RULE_METAS,
    manifestText: (path) => workspace.sources.get(path)
  });
  const rules = activeRules(workspace, config);
  const fetching = rules.some((r) => r.meta.needsRegistry) ? prefetchRegistry([workspace], { ...options.registry, ...config.registry }) : void 0;
  fetching?.catch(() => void 0);
  const advisories = await prepareAdvisories(config.advisories, config.registry.cacheDir ?? defaultCacheDir(options.registry.env), options.registry.env, options.now);
  notes.push(...advisories.notes);
  const catalog = createCatalog({ extraEntries: config.catalogEntries, advisoryDb: advisories.selected.database, ignoredAdvisories: advisories.ignored });
  if (!workspace.lockfile) {
    notes.push({ level: "note", message: `no Cargo.lock in ${relative5(options.cwd, workspace.root) || "."}: checks of locked and transitive crates were skipped` });
  }
  const spans = new SpanLocator((path) => workspace.sources.get(path) ?? readTextFile(path));
  const graph = buildGraph(workspace);
  const settings = settingsOf(config);
  const engine = { workspace, graph, catalog, settings, spans, now: options.now };
  const found = /* @__PURE__ */ new Map();
  if (fetching && !options.incremental) {
    for (const rule of rules.filter((r) => !r.meta.needsRegistry && !r.meta.readsRegistry)) {
      found.set(rule, runRules({ ...engine, rules: [rule], registry: NOT_YET_FETCHED }));
      await new Promise((resolve5) => setImmediate(resolve5));
    }
  }
  let registry = EMPTY_REGISTRY;
  let registryFailed = false;
  const used = /* @__PURE__ */ new Set();
  if (fetching) {
    const fetched = await fetching;
    if (!fetched.offlineEmptyCache)
      registry = watchedView(fetched.view, used);
    registryFailed = fetched.problems.length > 0;
    notes.push(...registryNotes(fetched));
  }
  const hasRegistryData = registry !== EMPTY_REGISTRY;
  let raw;
  if (options.incremental) {
    const engineInput = { ...engine, registry, rules, hasRegistryData };
    const local = advisories.selected.origin === "path" ? advisories.selected.database.advisories : null;
    const catalogKey = keyOf([config.catalogEntries, catalog.advisoryDatabase, local, [...advisories.ignored].sort()]);
    raw = options.incremental.run(engineInput, catalogKey);
  } else {
    for (const rule of rules) {
      if (!found.has(rule))
        found.set(rule, runRules({ ...engine, registry, rules: [rule], hasRegistryData }));
    }
    raw = rules.flatMap((rule) => found.get(rule) ?? []);
  }
  const memberByManifest = new Map(workspace.members.map((m) => [m.manifestPath, m.name]));
  const inline = applyInlineAllows(raw, (path) => workspace.sources.get(path) ?? readTextFile(path), {
    manifests: workspace.members.map((m) => m.manifestPath),
    knownRuleIds: RULES.map((r) => r.meta.id),
    root: workspace.root,
    settings,
    memberOf: (file) => memberByManifest.get(file)
  });
  const ignored = applyIgnores(inline.kept, config.ignores, options.now, settings);
  notes.push(...unusedIgnoreNotes(config.advisories, advisories.ignored, catalog.ignoredAdvisoryHits()));
  const problems = [...inline.problems, ...ignored.problems];
  const offline = config.registry.offline ?? false;
  const validUntil = registryFailed && !offline ? 0 : reportValidUntil({ now: options.now, offline, cacheTtlMs: config.registry.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS, used });
  return { findings: [...ignored.kept, ...problems], catalog, registryFailed, validUntil, audited: { workspace, registry, catalog, config }, planInput: { workspace, graph, catalog, findings: ignored.kept } };
}
async function runAudit(options) {
  const workspaces = loadWorkspaces(options.paths.length > 0 ? options.paths : [options.cwd]);
  const selection = options.members;
  if (isNarrowed(selection))
    checkSelection(workspaces, selection);
  const notes = [];
  let findings = [];
  let catalog;
  let registryFailed = false;
  const audited = [];
  let validUntil = Infinity;
  const planInputs = [];
  for (const workspace of workspaces) {
    const outcome = await auditWorkspace(workspace, options, notes);
    audited.push(outcome.audited);
    if (isNarrowed(selection)) {
      const kept = selectedMembers(workspace, selection);
      const selected = (f) => f.member === void 0 ? kept.size > 0 : kept.has(f.member) || (f.members ?? []).some((m) => kept.has(m));
      findings.push(...outcome.findings.filter(selected));
    } else {
      findings.push(...outcome.findings);
    }
    planInputs.push(outcome.planInput);
    catalog ??= outcome.catalog;
    registryFailed ||= outcome.registryFailed;
    validUntil = Math.min(validUntil, outcome.validUntil);
  }
  if (options.baselinePath && !options.ignoreBaseline) {
    const baseline = readBaseline(options.baselinePath);
    const outcome = applyBaseline(findings, baseline);
    findings = outcome.kept;
    if (outcome.suppressed.length > 0)
      notes.push({ level: "note", message: `${outcome.suppressed.length} finding(s) suppressed by the baseline ${relative5(options.cwd, options.baselinePath)}` });
    if (outcome.stale.length > 0) {
      notes.push({ level: "note", message: `${outcome.stale.length} baseline entr${outcome.stale.length === 1 ? "y no longer matches" : "ies no longer match"} a finding and can be pruned with --update-baseline: ${outcome.stale.map((e) => `${e.rule} ${e.crate} (${e.file})`).join(", ")}` });
    }
  }
  const shown = new Set(findings);
  const plan = [];
  let planRemoves = 0;
  for (const input of planInputs) {
    const built = buildPlan({ ...input, findings: input.findings.filter((f) => shown.has(f)) });
    plan.push(...built.actions);
    planRemoves += built.removed.size;
  }
  return {
    result: {
      findings: sortFindings(findings),
      notes,
      workspaceRoots: workspaces.map((w) => w.root),
      rules: ALL_RULE_METAS,
      plan,
      planRemoves
    },
    catalog: catalog ?? createCatalog(),
    registryFailed,
    audited,
    validUntil: Number.isFinite(validUntil) ? validUntil : 0
  };
}

// dist/src/catalog/format.js
var RECOMMENDER_LABEL = {
  "cargo-sunset": "recommended by cargo-sunset",
  rustsec: "named by RustSec",
  upstream: "recommended by the crate's authors",
  organisation: "recommended by your organisation"
};
function versionsLabel(versions) {
  return versions.trim() === "*" ? "all versions" : `versions ${versions}`;
}
function replacementLine(r) {
  return `${r.crate} (${RECOMMENDER_LABEL[r.recommendedBy]})${r.note ? `: ${r.note}` : ""}`;
}
function indent(text, prefix) {
  return text.split("\n").map((line) => line === "" ? line : prefix + line).join("\n");
}
function formatGuide(entry) {
  const lines = [`${entry.crate}: ${entry.status} (${versionsLabel(entry.versions)})`];
  if (entry.since)
    lines.push(`Since: ${entry.since}`);
  lines.push(`Category: ${entry.category}`, "", entry.reason);
  if (entry.replacements.length > 0) {
    lines.push("", "Replacements:", ...entry.replacements.map((r) => `  - ${replacementLine(r)}`));
  }
  const guide = entry.guide;
  if (guide) {
    lines.push("", "Concept map:", ...guide.conceptMap.map((row) => `  ${row.from}  ->  ${row.to}`));
    lines.push("", "Before:", indent(guide.before, "    "), "", "After:", indent(guide.after, "    "));
    for (const example of guide.examples ?? []) {
      lines.push("", `${example.title}:`, "", "  Before:", indent(example.before, "    "), "", "  After:", indent(example.after, "    "));
    }
    if (guide.pitfalls.length > 0)
      lines.push("", "Pitfalls:", ...guide.pitfalls.map((p) => `  - ${p}`));
  }
  if (entry.guideUrl)
    lines.push("", `Migration guide: ${entry.guideUrl}`);
  if (entry.evidence.length > 0) {
    lines.push("", "Evidence:", ...entry.evidence.map((e) => `  - ${e.title}: ${e.url}`));
  }
  return `${lines.join("\n")}
`;
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function snippetLanguage(code) {
  const first = code.split("\n").find((line) => line.trim() !== "" && !line.trim().startsWith("#"));
  return first !== void 0 && /^\s*\[[A-Za-z0-9_.\-" ]+\]\s*$/.test(first) ? "toml" : "rust";
}
var fenced = (code) => `\`\`\`${snippetLanguage(code)}
${code}
\`\`\``;
function formatGuideMarkdown(entry) {
  const parts = [`### \`${entry.crate}\`: ${entry.status} (${versionsLabel(entry.versions)})`];
  const meta = [entry.since ? `Since ${entry.since}` : void 0, `category: ${entry.category}`].filter(Boolean);
  parts.push(`${meta.join(" \xB7 ")}

${entry.reason}`);
  if (entry.replacements.length > 0) {
    parts.push(`**Replacements**

${entry.replacements.map((r) => `- \`${r.crate}\` (${RECOMMENDER_LABEL[r.recommendedBy]})${r.note ? `: ${r.note}` : ""}`).join("\n")}`);
  }
  const guide = entry.guide;
  if (guide) {
    const rows = guide.conceptMap.map((row) => `| \`${escapeCell(row.from)}\` | \`${escapeCell(row.to)}\` |`);
    parts.push(`**Concept map**

| Before | After |
| --- | --- |
${rows.join("\n")}`);
    parts.push(`**Before**

${fenced(guide.before)}`, `**After**

${fenced(guide.after)}`);
    for (const example of guide.examples ?? []) {
      parts.push(`**${example.title}**

Before:

${fenced(example.before)}

After:

${fenced(example.after)}`);
    }
    if (guide.pitfalls.length > 0)
      parts.push(`**Pitfalls**

${guide.pitfalls.map((p) => `- ${p}`).join("\n")}`);
  }
  if (entry.guideUrl)
    parts.push(`[Migration guide](${entry.guideUrl})`);
  if (entry.evidence.length > 0) {
    parts.push(`**Evidence**

${entry.evidence.map((e) => `- [${e.title}](${e.url})`).join("\n")}`);
  }
  return `${parts.join("\n\n")}
`;
}
function formatAdvisory(advisory) {
  const lines = [`${advisory.id} (${advisory.date}): ${advisory.summary}`];
  const safe = [...advisory.patched, ...advisory.unaffected];
  if (safe.length > 0)
    lines.push(`  not affected: ${safe.join("; ")}`);
  if (advisory.withdrawn)
    lines.push(`  withdrawn on ${advisory.withdrawn}`);
  lines.push(`  ${advisory.url}`);
  return lines.join("\n");
}

export {
  createCatalog,
  parseDuration,
  SEVERITIES,
  compareSeverity,
  atOrAbove,
  compareFindings,
  IncrementalRules,
  resolveRegistryOptions,
  prefetchRegistry,
  writeBaseline,
  ALL_RULE_METAS,
  runAudit,
  formatGuide,
  formatGuideMarkdown,
  formatAdvisory
};
