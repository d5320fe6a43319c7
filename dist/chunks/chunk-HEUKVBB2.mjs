import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  RequirementError,
  append,
  currentSourceOverlay,
  isTable,
  normalizeRequirement,
  parseToml,
  parseTomlText,
  parseVersion,
  positionOfKey,
  readTextFile,
  readTomlFile,
  satisfies
} from "./chunk-QIKAJBTO.mjs";
import {
  InputError
} from "./chunk-NXUHKXOR.mjs";

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

// dist/src/model/workspace.js
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname4, join as join4, relative as relative2 } from "node:path";

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
import { dirname } from "node:path";
function readManifest(path) {
  const doc = readTomlFile(path);
  const pkg = doc.data.package ?? doc.data.project;
  const workspace = doc.data.workspace;
  const manifest = {
    path,
    dir: dirname(path),
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
  const { line, column } = positionOfKey(doc.text, keyPath);
  return new InputError(doc.path, line, column, problem);
}
function packageKey(doc) {
  return isTable(doc.data.package) ? "package" : "project";
}

// dist/src/model/manifest-schema.js
var NAME_START = /^[\p{XID_Start}_]$/u;
var NAME_CONTINUE = /^[\p{XID_Continue}-]$/u;
function packageNameProblem(name) {
  if (name === "")
    return "package name cannot be empty";
  const chars = [...name];
  const first = chars[0];
  if (/\d/.test(first))
    return `invalid character \`${first}\` in package name: \`${name}\`, the name cannot start with a digit`;
  if (!NAME_START.test(first)) {
    return `invalid character \`${first}\` in package name: \`${name}\`, the first character must be a Unicode XID start character (most letters or \`_\`)`;
  }
  for (const c of chars.slice(1)) {
    if (!NAME_CONTINUE.test(c)) {
      return `invalid character \`${c}\` in package name: \`${name}\`, characters must be Unicode XID characters (numbers, \`-\`, \`_\`, or most letters)`;
    }
  }
  return null;
}
var EDITIONS = ["2015", "2018", "2021", "2024"];
var RESOLVERS = ["1", "2", "3"];
var LINT_LEVELS = ["forbid", "deny", "warn", "allow"];
var DEBUG_STRINGS = ["none", "limited", "full", "line-tables-only", "line-directives-only"];
var OPT_LEVELS = ["0", "1", "2", "3", "s", "z"];
var PANIC = ["unwind", "abort", "immediate-abort"];
var PACKAGE_ONLY = ["dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies", "target", "features", "lib", "bin", "example", "test", "bench", "badges", "lints"];
function typeName(value) {
  if (typeof value === "string")
    return `string ${JSON.stringify(value)}`;
  if (typeof value === "number")
    return Number.isInteger(value) ? `integer \`${value}\`` : `floating point \`${value}\``;
  if (typeof value === "bigint")
    return `integer \`${value}\``;
  if (typeof value === "boolean")
    return `boolean \`${value}\``;
  if (Array.isArray(value))
    return "sequence";
  if (value instanceof Date)
    return "datetime";
  return "map";
}
var invalid = (doc, path, value, expected) => manifestError(doc, path, `invalid type: ${typeName(value)}, expected ${expected}`);
var isInteger = (value) => typeof value === "number" && Number.isInteger(value) || typeof value === "bigint";
var isStringArray = (value) => Array.isArray(value) && value.every((v) => typeof v === "string");
var inherits = (value) => isTable(value) && value.workspace !== void 0;
var string = (doc, path, value) => {
  if (typeof value !== "string")
    throw invalid(doc, path, value, "a string");
};
var stringOrWorkspace = (doc, path, value) => {
  if (typeof value !== "string" && !inherits(value))
    throw invalid(doc, path, value, "a string or workspace");
};
var stringsOrWorkspace = (doc, path, value) => {
  if (!isStringArray(value) && !inherits(value))
    throw invalid(doc, path, value, "a vector of strings or workspace");
};
var PACKAGE_FIELDS = {
  name: string,
  version(doc, path, value) {
    if (inherits(value))
      return;
    if (typeof value !== "string")
      throw invalid(doc, path, value, "SemVer version");
    if (!parseVersion(value) || value.trim() !== value)
      throw manifestError(doc, path, `invalid version \`${value}\`: expected a SemVer version (major.minor.patch)`);
  },
  edition(doc, path, value) {
    if (inherits(value))
      return;
    if (typeof value !== "string")
      throw invalid(doc, path, value, "a string or workspace");
    if (!EDITIONS.includes(value))
      throw manifestError(doc, path, `failed to parse the \`edition\` key: supported editions are ${EDITIONS.map((e) => `\`${e}\``).join(", ")}, not \`${value}\``);
  },
  "rust-version"(doc, path, value) {
    if (inherits(value))
      return;
    if (typeof value !== "string")
      throw invalid(doc, path, value, "a string or workspace");
    if (!/^\d+(\.\d+){0,2}$/.test(value))
      throw manifestError(doc, path, `invalid \`rust-version\` \`${value}\`: expected a version like "1.32"`);
  },
  resolver,
  workspace: string,
  authors: stringsOrWorkspace,
  keywords: stringsOrWorkspace,
  categories: stringsOrWorkspace,
  exclude: stringsOrWorkspace,
  include: stringsOrWorkspace,
  description: stringOrWorkspace,
  homepage: stringOrWorkspace,
  documentation: stringOrWorkspace,
  repository: stringOrWorkspace,
  license: stringOrWorkspace,
  "license-file": stringOrWorkspace,
  links: string,
  "default-run": string,
  publish(doc, path, value) {
    if (typeof value !== "boolean" && !isStringArray(value) && !inherits(value))
      throw invalid(doc, path, value, "a boolean, a vector of strings, or workspace");
  },
  build(doc, path, value) {
    if (typeof value !== "boolean" && typeof value !== "string" && !isStringArray(value))
      throw invalid(doc, path, value, "a boolean, string or array");
  }
};
function resolver(doc, path, value) {
  if (typeof value !== "string")
    throw invalid(doc, path, value, "a string");
  if (!RESOLVERS.includes(value))
    throw manifestError(doc, path, `\`resolver\` setting \`${value}\` is not valid, valid options are "1", "2" or "3"`);
}
function checkProfile(doc, path, profile) {
  const at = (key) => [...path, key];
  const opt = profile["opt-level"];
  if (opt !== void 0) {
    if (typeof opt === "string") {
      if (!OPT_LEVELS.includes(opt))
        throw manifestError(doc, at("opt-level"), `must be \`0\`, \`1\`, \`2\`, \`3\`, \`s\` or \`z\`, but found the string: ${JSON.stringify(opt)}`);
    } else if (!isInteger(opt)) {
      throw invalid(doc, at("opt-level"), opt, "an optimization level");
    }
  }
  const debug = profile.debug;
  if (debug !== void 0 && typeof debug !== "boolean" && !(isInteger(debug) && Number(debug) >= 0 && Number(debug) <= 2) && !(typeof debug === "string" && DEBUG_STRINGS.includes(debug))) {
    throw manifestError(doc, at("debug"), `invalid value: ${typeName(debug)}, expected a boolean, 0, 1, 2, "none", "limited", "full", "line-tables-only", or "line-directives-only"`);
  }
  const lto = profile.lto;
  if (lto !== void 0 && typeof lto !== "boolean" && typeof lto !== "string")
    throw invalid(doc, at("lto"), lto, "a boolean or string");
  const panic = profile.panic;
  if (panic !== void 0) {
    if (typeof panic !== "string")
      throw invalid(doc, at("panic"), panic, "a string");
    if (!PANIC.includes(panic))
      throw manifestError(doc, at("panic"), `\`panic\` setting of \`${panic}\` is not a valid setting, must be \`unwind\`, \`abort\`, or \`immediate-abort\``);
  }
  const units = profile["codegen-units"];
  if (units !== void 0) {
    if (!isInteger(units))
      throw invalid(doc, at("codegen-units"), units, "u32");
    if (Number(units) < 0 || Number(units) > 4294967295)
      throw manifestError(doc, at("codegen-units"), `invalid value: ${typeName(units)}, expected u32`);
  }
  for (const key of ["inherits", "split-debuginfo"])
    if (profile[key] !== void 0)
      string(doc, at(key), profile[key]);
}
function checkProfiles(doc) {
  const profiles = doc.data.profile;
  if (!isTable(profiles))
    return;
  for (const [name, profile] of Object.entries(profiles)) {
    if (!isTable(profile))
      throw invalid(doc, ["profile", name], profile, "struct TomlProfile");
    checkProfile(doc, ["profile", name], profile);
  }
}
function checkLintTools(doc, path, tools) {
  for (const [tool, lints] of Object.entries(tools)) {
    if (tool === "workspace" && path.length === 1)
      continue;
    if (!isTable(lints))
      continue;
    for (const [lint, setting] of Object.entries(lints)) {
      const at = [...path, tool, lint];
      if (typeof setting === "string") {
        if (!LINT_LEVELS.includes(setting))
          throw manifestError(doc, at, `unknown variant \`${setting}\`, expected one of \`forbid\`, \`deny\`, \`warn\`, \`allow\``);
      } else if (isTable(setting)) {
        const level = setting.level;
        if (typeof level !== "string" || !LINT_LEVELS.includes(level))
          throw manifestError(doc, [...at, "level"], `lint \`${lint}\` needs a \`level\`: one of \`forbid\`, \`deny\`, \`warn\`, \`allow\``);
        const priority = setting.priority;
        if (priority !== void 0 && !(isInteger(priority) && Number(priority) >= -128 && Number(priority) <= 127))
          throw invalid(doc, [...at, "priority"], priority, "i8");
      } else {
        throw invalid(doc, at, setting, "a string or map");
      }
    }
  }
}
function checkTargets(doc) {
  const lib = doc.data.lib;
  if (isTable(lib)) {
    for (const key of ["path", "name"])
      if (lib[key] !== void 0)
        string(doc, ["lib", key], lib[key]);
  }
  for (const kind of ["bin", "example", "test", "bench"]) {
    const list = doc.data[kind];
    if (list === void 0)
      continue;
    if (!Array.isArray(list))
      throw invalid(doc, [kind], list, "a sequence");
    list.forEach((target, index) => {
      if (!isTable(target))
        return;
      for (const key of ["path", "name"]) {
        if (target[key] !== void 0 && typeof target[key] !== "string") {
          const { line, column } = arrayTableKeyPosition(doc.text, kind, index, key);
          throw new InputError(doc.path, line, column, `invalid type: ${typeName(target[key])}, expected a string`);
        }
      }
    });
  }
}
function arrayTableKeyPosition(text, kind, index, key) {
  const lines = text.split("\n");
  const header = new RegExp(`^\\s*\\[\\[\\s*${kind}\\s*\\]\\]`);
  const keyLine = new RegExp(`^(\\s*)${key}\\s*=`);
  let seen = -1;
  let headerLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (header.test(line)) {
      seen++;
      headerLine = i;
    } else if (seen === index && /^\s*\[/.test(line)) {
      break;
    } else if (seen === index) {
      const match = keyLine.exec(line);
      if (match)
        return { line: i + 1, column: match[1].length + 1 };
    }
  }
  return { line: headerLine + 1, column: 1 };
}
function arrayHeaderPosition(text, kind) {
  const header = new RegExp(`^([ \\t]*\\[\\[[ \\t]*)${kind}[ \\t]*\\]\\]`);
  const lines = (text.charCodeAt(0) === 65279 ? text.slice(1) : text).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = header.exec(lines[i]);
    if (match)
      return { line: i + 1, column: match[1].length + 1 };
  }
  return null;
}
function checkManifestSchema(doc, workspaceRoot) {
  const pkg = doc.package;
  if (pkg) {
    const key = packageKey(doc);
    for (const [field, check] of Object.entries(PACKAGE_FIELDS)) {
      const value = pkg[field];
      if (value !== void 0)
        check(doc, [key, field], value);
    }
    const name = pkg.name;
    const problem = name === void 0 ? null : packageNameProblem(name);
    if (problem)
      throw manifestError(doc, [key, "name"], problem);
    checkTargets(doc);
    const lints = doc.data.lints;
    if (isTable(lints)) {
      if (lints.workspace !== void 0) {
        if (lints.workspace !== true)
          throw invalid(doc, ["lints", "workspace"], lints.workspace, "`true`");
        if (!workspaceRoot)
          throw manifestError(doc, ["lints", "workspace"], "error inheriting `lints` from workspace root manifest's `workspace.lints`: failed to find a workspace root");
        if (!isTable(workspaceRoot.workspace?.lints)) {
          throw manifestError(doc, ["lints", "workspace"], "error inheriting `lints` from workspace root manifest's `workspace.lints`: `workspace.lints` was not defined");
        }
      }
      checkLintTools(doc, ["lints"], lints);
    }
  } else {
    for (const section of PACKAGE_ONLY) {
      if (doc.data[section] === void 0)
        continue;
      const problem = `this virtual manifest specifies a \`${section}\` section, which is not allowed`;
      const header = Array.isArray(doc.data[section]) ? arrayHeaderPosition(doc.text, section) : null;
      throw header ? new InputError(doc.path, header.line, header.column, problem) : manifestError(doc, [section], problem);
    }
  }
  checkProfiles(doc);
  const ws = doc.workspace;
  if (ws) {
    if (ws.resolver !== void 0)
      resolver(doc, ["workspace", "resolver"], ws.resolver);
    for (const list of ["members", "exclude", "default-members"]) {
      const value = ws[list];
      if (value === void 0)
        continue;
      if (!Array.isArray(value))
        throw invalid(doc, ["workspace", list], value, "a sequence");
      const bad = value.find((v) => typeof v !== "string");
      if (bad !== void 0)
        throw invalid(doc, ["workspace", list], bad, "a string");
    }
    const shared = ws.package;
    if (isTable(shared)) {
      for (const [field, check] of Object.entries(PACKAGE_FIELDS)) {
        const value = shared[field];
        if (value !== void 0 && field !== "name" && field !== "workspace")
          check(doc, ["workspace", "package", field], value);
      }
    }
    if (isTable(ws.lints))
      checkLintTools(doc, ["workspace", "lints"], ws.lints);
  }
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
  for (const field of ["registry", "path", "git", "branch", "tag", "rev", "registry-index"]) {
    const value = table[field];
    if (value !== void 0 && typeof value !== "string")
      throw manifestError(doc, [...keyPath, field], `invalid type: ${typeof value === "object" ? "map" : `${typeof value} \`${String(value)}\``}, expected a string`);
  }
  const registry = typeof table.registry === "string" && table.registry !== "crates-io" ? table.registry : void 0;
  if (table.git !== void 0 && table.path !== void 0) {
    throw manifestError(doc, keyPath, `dependency (${key}) specification is ambiguous. Only one of \`git\` or \`path\` is allowed.`);
  }
  const refs = ["branch", "tag", "rev"].filter((r) => table[r] !== void 0);
  if (table.git === void 0 && refs.length > 0) {
    throw manifestError(doc, [...keyPath, refs[0]], `key \`${refs[0]}\` is ignored for dependency (${key}); it only applies to \`git\` dependencies`);
  }
  if (typeof table.git === "string") {
    if (!URL.canParse(table.git))
      throw manifestError(doc, [...keyPath, "git"], `invalid url \`${table.git}\`: relative URL without a base`);
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
  const keyProblem = packageNameProblem(key);
  if (keyProblem)
    throw manifestError(doc, keyPath, keyProblem);
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
  const nameProblem = packageName === void 0 ? null : packageNameProblem(packageName);
  if (nameProblem)
    throw manifestError(doc, [...keyPath, "package"], nameProblem);
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
      keyPath,
      // cargo ignores such an entry until a member inherits it.
      ...d.workspace ? { inheritsItself: true } : {}
    };
  });
}
function resolveDependency(doc, entry2, workspaceDependencies, edition, registries) {
  const d = declare(doc, entry2.keyPath, entry2.key, entry2.value, doc.dir, edition);
  const registry = d.source.type !== "git" ? d.source.registry : void 0;
  if (registry !== void 0 && !registries.has(registry)) {
    throw manifestError(doc, [...entry2.keyPath, "registry"], `registry index was not found in any configuration: \`${registry}\``);
  }
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
  if (inherited.inheritsItself) {
    throw manifestError(doc, entry2.keyPath, `error inheriting \`${entry2.key}\`: \`workspace.dependencies.${entry2.key}\` cannot itself inherit from the workspace`);
  }
  const inheritedRegistry = inherited.source.type !== "git" ? inherited.source.registry : void 0;
  if (inheritedRegistry !== void 0 && !registries.has(inheritedRegistry)) {
    throw manifestError(doc, entry2.keyPath, `registry index was not found in any configuration: \`${inheritedRegistry}\``);
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
import { existsSync, statSync } from "node:fs";
import { basename, dirname as dirname2, isAbsolute, join as join2, relative, resolve as resolve2, sep } from "node:path";

// dist/src/model/glob.js
import { readdirSync } from "node:fs";
import { join } from "node:path";
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
            stack.push(join(d, child));
        }
      } else if (!hasGlob(segment)) {
        next.push(join(dir, segment));
      } else {
        const re = segmentRegex(segment);
        for (const child of subdirectories(dir)) {
          if (re.test(child))
            next.push(join(dir, child));
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
  if (!existsSync(path))
    throw new InputError(path, 1, 1, "no such file or directory");
  if (statSync(path).isFile()) {
    if (basename(path) === "Cargo.lock")
      return manifestForPath(dirname2(path));
    if (basename(path) !== "Cargo.toml")
      throw new InputError(path, 1, 1, "expected a directory, a Cargo.toml or a Cargo.lock");
    return path;
  }
  for (let dir = path; ; dir = dirname2(dir)) {
    const candidate = join2(dir, "Cargo.toml");
    if (existsSync(candidate))
      return candidate;
    if (dirname2(dir) === dir)
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
  const dir = dirname2(manifestPath);
  const { exclude, members } = listsOf(root);
  return exclude.some((e) => isWithin(dir, e)) && !members.some((m) => isWithin(dir, m));
}
function pointedRoot(doc, pointer, read) {
  const rootPath = join2(resolve2(doc.dir, pointer), "Cargo.toml");
  if (!existsSync(rootPath))
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
  for (let dir = dirname2(doc.dir); ; dir = dirname2(dir)) {
    const candidate = join2(dir, "Cargo.toml");
    if (existsSync(candidate)) {
      const ancestor = read(candidate);
      if (ancestor.workspace) {
        if (!isExcluded(ancestor, doc.path))
          return ancestor;
      } else if (typeof ancestor.package?.workspace === "string") {
        return pointedRoot(ancestor, ancestor.package.workspace, read);
      }
    }
    if (dirname2(dir) === dir)
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
      const manifest = join2(dir, "Cargo.toml");
      if (hasGlob(pattern) && isExcluded(root, manifest))
        continue;
      if (!existsSync(manifest)) {
        throw manifestError(root, ["workspace", "members"], `failed to load manifest for workspace member \`${relative(root.dir, dir) || "."}\`: no Cargo.toml there`);
      }
      out.push(manifest);
    }
  }
  return out;
}
function listedDefaultMembers(root) {
  return stringList(root, "default-members").flatMap((pattern) => (hasGlob(pattern) ? expandDirectoryGlob(root.dir, pattern) : [resolve2(root.dir, pattern)]).map((d) => join2(d, "Cargo.toml")));
}
function isImplicitMember(root, manifestPath) {
  return isWithin(dirname2(manifestPath), root.dir) && !isExcluded(root, manifestPath) && existsSync(manifestPath);
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
var kept = /* @__PURE__ */ new WeakMap();
function readLockfile(path) {
  const text = readTextFile(path);
  const overlay = currentSourceOverlay();
  if (!overlay?.parsed)
    return parseLockfile(path, text);
  let byPath = kept.get(overlay);
  if (!byPath)
    kept.set(overlay, byPath = /* @__PURE__ */ new Map());
  const known = byPath.get(path);
  if (known && known.text === text)
    return known.lockfile;
  const lockfile = parseLockfile(path, text);
  byPath.set(path, { text, lockfile });
  return lockfile;
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
var INHERITABLE_FIELDS = ["authors", "categories", "description", "documentation", "exclude", "homepage", "include", "keywords", "license", "license-file", "repository"];
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
      if (!isStringArray2(values))
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
function isStringArray2(value) {
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
function readPackage(doc, ws, context) {
  const pkgKey = packageKey(doc);
  checkManifestSchema(doc, ws?.root ?? null);
  const name = doc.package?.name;
  if (typeof name !== "string" || name === "")
    throw manifestError(doc, [pkgKey], "missing field `name` in `[package]`");
  const edition = stringField(doc, ws, "edition") ?? "2015";
  if (pkgKey === "project" && isEdition2024OrLater(edition)) {
    throw manifestError(doc, [pkgKey], "`[project]` is not supported as of the 2024 Edition, please use `[package]`");
  }
  const version = stringField(doc, ws, "version");
  const publish = packageField(doc, ws, "publish");
  for (const field of INHERITABLE_FIELDS)
    packageField(doc, ws, field);
  const dependencies = listDependencyEntries(doc, edition).map((entry2) => resolveDependency(doc, entry2, ws?.dependencies ?? null, edition, context.registries));
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

// dist/src/model/registries.js
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname as dirname3, join as join3, resolve as resolve3 } from "node:path";
function registriesIn(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  try {
    const registries = parseTomlText(text).registries;
    return isTable(registries) ? Object.keys(registries) : [];
  } catch {
    return [];
  }
}
function configuredRegistries(dir, env) {
  let names;
  const load = () => {
    const found = /* @__PURE__ */ new Set(["crates-io"]);
    const dirs = [];
    for (let d = resolve3(dir); ; d = dirname3(d)) {
      dirs.push(join3(d, ".cargo"));
      if (dirname3(d) === d)
        break;
    }
    const home = env.CARGO_HOME && env.CARGO_HOME.trim() !== "" ? resolve3(env.CARGO_HOME) : join3(env.HOME || homedir(), ".cargo");
    dirs.push(home);
    for (const d of dirs)
      for (const file of ["config", "config.toml"])
        for (const name of registriesIn(join3(d, file)))
          found.add(name);
    return found;
  };
  return {
    has(name) {
      if (env[`CARGO_REGISTRIES_${name.toUpperCase().replace(/-/g, "_")}_INDEX`])
        return true;
      return (names ??= load()).has(name);
    }
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
function collectMembers(root, ws, manifests, context) {
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
    if (doc !== root && doc.workspace) {
      throw manifestError(doc, ["workspace"], `multiple workspace roots found in the same workspace: ${relative2(root.dir, doc.dir)} and ${root.dir}`);
    }
    const pkg = readPackage(doc, ws, context);
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
  const byName = /* @__PURE__ */ new Map();
  for (const pkg of members.values()) {
    const other = byName.get(pkg.name);
    if (other) {
      throw manifestError(manifests(pkg.manifestPath), [packageKey(manifests(pkg.manifestPath)), "name"], `two packages named \`${pkg.name}\` in this workspace: ${relative2(root.dir, other.manifestPath)} and ${relative2(root.dir, pkg.manifestPath)}`);
    }
    byName.set(pkg.name, pkg);
  }
  return [...members.values()].sort((a, b) => a.manifestPath < b.manifestPath ? -1 : 1);
}
function standaloneWorkspace(doc, context) {
  return {
    root: doc.dir,
    rootManifestPath: doc.path,
    isVirtual: false,
    members: [readPackage(doc, null, context)],
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
  const context = { registries: configuredRegistries((root ?? start).dir, options.env ?? process.env) };
  if (!root) {
    model = standaloneWorkspace(start, context);
  } else {
    if (!hasPackage(root))
      checkManifestSchema(root, root);
    const workspaceDependencies = readWorkspaceDependencies(root);
    const ws = { root, dependencies: new Map(workspaceDependencies.map((d) => [d.key, d])) };
    const members = collectMembers(root, ws, read, context);
    if (!members.some((m) => m.manifestPath === start.path) && start !== root)
      throw notAMember(start, root);
    const defaults = listedDefaultMembers(root);
    const memberPaths = new Set(members.map((m) => m.manifestPath));
    for (const path of defaults) {
      if (!memberPaths.has(path) && path !== root.path) {
        throw manifestError(root, ["workspace", "default-members"], `package \`${relative2(root.dir, dirname4(path)) || "."}\` is listed in default-members but is not a member`);
      }
    }
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
  const lockfile = !options.skipLockfile && existsSync2(lockfilePath) ? readLockfile(lockfilePath) : null;
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

// dist/src/model/dominators.js
function immediateDominators(successors) {
  const n = successors.length;
  const idom = new Int32Array(n).fill(-1);
  if (n === 0)
    return idom;
  const postorder = new Int32Array(n).fill(-1);
  const order = [];
  const visited = new Uint8Array(n);
  const stack = [0];
  const nextChild = [0];
  visited[0] = 1;
  while (stack.length > 0) {
    const top = stack.length - 1;
    const node = stack[top];
    const children = successors[node];
    const i = nextChild[top];
    if (i < children.length) {
      nextChild[top] = i + 1;
      const child = children[i];
      if (!visited[child]) {
        visited[child] = 1;
        stack.push(child);
        nextChild.push(0);
      }
    } else {
      postorder[node] = order.length;
      order.push(node);
      stack.pop();
      nextChild.pop();
    }
  }
  const predecessors = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) {
    if (!visited[v])
      continue;
    for (const w of successors[v])
      predecessors[w].push(v);
  }
  const intersect = (a, b) => {
    while (a !== b) {
      while (postorder[a] < postorder[b])
        a = idom[a];
      while (postorder[b] < postorder[a])
        b = idom[b];
    }
    return a;
  };
  idom[0] = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = order.length - 2; k >= 0; k--) {
      const v = order[k];
      let candidate = -1;
      for (const p of predecessors[v]) {
        if (idom[p] === -1)
          continue;
        candidate = candidate === -1 ? p : intersect(p, candidate);
      }
      if (candidate !== -1 && idom[v] !== candidate) {
        idom[v] = candidate;
        changed = true;
      }
    }
  }
  return idom;
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
function shortestReach(reaches) {
  let best;
  for (const r of reaches)
    if (!best || r.length < best.length)
      best = r;
  return best;
}
function shortestPerMember(reaches, packageOf) {
  const best = /* @__PURE__ */ new Map();
  for (const r of reaches) {
    const key = `${r.memberManifestPath}\0${packageOf.get(r)?.id ?? ""}`;
    const known = best.get(key);
    if (!known || r.length < known.length)
      best.set(key, r);
  }
  return [...best.values()];
}
function sourceMatches(source, pkg) {
  switch (source.type) {
    case "path":
      return pkg.source === null;
    case "git":
      return pkg.source?.startsWith(`git+${source.url}`) ?? false;
    default:
      return pkg.source !== null && !pkg.source.startsWith("git+");
  }
}
var bare = (url) => url.replace(/^(registry|sparse|git)\+/, "").replace(/\.git$/, "").replace(/\/$/, "");
function isCratesIoTarget(target) {
  if (target === "crates-io")
    return true;
  const url = bare(target);
  return /^https:\/\/github\.com\//i.test(url) && url.toLowerCase() === "https://github.com/rust-lang/crates.io-index";
}
function patchApplies(target, source) {
  switch (source.type) {
    case "path":
      return false;
    case "git":
      return bare(target) === bare(source.url);
    default:
      if (isCratesIoTarget(target))
        return source.registry === void 0;
      return source.registry !== void 0 && (target === source.registry || bare(target) === bare(source.registry));
  }
}
function indexByName(packages) {
  const byName = /* @__PURE__ */ new Map();
  for (const p of packages) {
    const named = byName.get(p.name);
    if (named)
      named.push(p);
    else
      byName.set(p.name, [p]);
  }
  return byName;
}
function replacementsOf(lockfile, byName) {
  const out = /* @__PURE__ */ new Map();
  for (const p of lockfile.packages) {
    const raw = p.extra.replace;
    if (typeof raw !== "string")
      continue;
    const m = /^(\S+) (\S+)(?: \((.+)\))?$/.exec(raw.trim());
    if (!m)
      continue;
    const [, name, version, source] = m;
    const target = (byName.get(name) ?? []).find((c) => c.id !== p.id && c.version === version && (source === void 0 ? c.source === null : c.source === source || c.source?.split("#")[0] === source));
    if (target)
      out.set(p.id, target.id);
  }
  return out;
}
var LazyReach = class {
  member;
  memberManifestPath;
  direct;
  start;
  next;
  distance;
  built;
  constructor(member, memberManifestPath, direct, start, next, distance) {
    this.member = member;
    this.memberManifestPath = memberManifestPath;
    this.direct = direct;
    this.start = start;
    this.next = next;
    this.distance = distance;
  }
  get length() {
    return (this.distance.get(this.start) ?? 0) + 1;
  }
  get first() {
    return this.start;
  }
  get path() {
    if (!this.built) {
      const path = [];
      const seen = /* @__PURE__ */ new Set();
      for (let at = this.start; at && !seen.has(at); at = this.next.get(at)) {
        seen.add(at);
        path.push(at);
      }
      this.built = path;
    }
    return this.built;
  }
};
function buildGraph(workspace) {
  const lockfile = workspace.lockfile;
  if (!lockfile)
    return null;
  const byId = /* @__PURE__ */ new Map();
  for (const p of lockfile.packages)
    byId.set(p.id, p);
  const byName = indexByName(lockfile.packages);
  const replacements = replacementsOf(lockfile, byName);
  const patches = workspace.overrides.filter((o) => o.table === "patch");
  const memberIds = /* @__PURE__ */ new Map();
  const membersById = /* @__PURE__ */ new Map();
  for (const member of workspace.members) {
    const locked = byName.get(member.name)?.find((p) => p.version === member.version && p.source === null);
    if (locked) {
      memberIds.set(member.manifestPath, locked.id);
      membersById.set(locked.id, member);
    }
  }
  const edgesCache = /* @__PURE__ */ new Map();
  const edgesOf = (id) => {
    let edges = edgesCache.get(id);
    if (!edges) {
      const own = byId.get(id)?.dependencies ?? [];
      edges = replacements.size === 0 ? own : own.map((next) => replacements.get(next) ?? next);
      edgesCache.set(id, edges);
    }
    return edges;
  };
  const edgesByMember = /* @__PURE__ */ new Map();
  const lockedEdgesOf = (memberId) => {
    let edges = edgesByMember.get(memberId);
    if (!edges) {
      edges = indexByName((byId.get(memberId)?.dependencies ?? []).map((id) => byId.get(id)));
      edgesByMember.set(memberId, edges);
    }
    return edges;
  };
  const resolvesTo = (dep, pkg) => sourceMatches(dep.source, pkg) || patches.some((o) => o.name === dep.name && patchApplies(o.target, dep.source) && sourceMatches(o.source, pkg));
  const resolveDirect = (dep, member) => {
    const memberId = memberIds.get(member.manifestPath);
    const pool = (memberId ? lockedEdgesOf(memberId).get(dep.name) : byName.get(dep.name)) ?? [];
    const candidates = pool.filter((p) => resolvesTo(dep, p));
    if (candidates.length <= 1)
      return candidates[0]?.id;
    return (candidates.find((p) => satisfies(p.version, dep.req)) ?? candidates[0])?.id;
  };
  const resolved = /* @__PURE__ */ new Map();
  const lockedIdOf = (dep, member) => {
    if (resolved.has(dep))
      return resolved.get(dep);
    const found = resolveDirect(dep, member);
    const id = found === void 0 ? void 0 : replacements.get(found) ?? found;
    resolved.set(dep, id);
    return id;
  };
  let ordered;
  let declarations;
  const orderedDeclarations = () => {
    if (!ordered) {
      ordered = [];
      for (const member of workspace.members) {
        for (const dep of member.dependencies) {
          const id = lockedIdOf(dep, member);
          if (id)
            ordered.push({ member, dep, id, order: ordered.length });
        }
      }
    }
    return ordered;
  };
  const declarationsOf = (id) => {
    if (!declarations) {
      declarations = /* @__PURE__ */ new Map();
      for (const declaration of orderedDeclarations())
        append(declarations, declaration.id, declaration);
    }
    return declarations.get(id) ?? [];
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
        for (const next of edgesOf(p.id)) {
          append(dependents, next, p.id);
        }
      }
    }
    return dependents.get(id) ?? [];
  };
  const stepsTowards = (target) => {
    const next = /* @__PURE__ */ new Map([[target, null]]);
    const distance = /* @__PURE__ */ new Map([[target, 0]]);
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
        distance.set(parent, (distance.get(id) ?? 0) + 1);
        queue.push(parent);
      }
    }
    return { next, distance };
  };
  const summaries = /* @__PURE__ */ new Map();
  const reach = (id) => {
    const known = summaries.get(id);
    if (known)
      return known;
    const { next, distance } = stepsTowards(id);
    const all = orderedDeclarations();
    let starts;
    if (next.size * 8 < all.length) {
      starts = [];
      for (const at of next.keys())
        for (const declaration of declarationsOf(at))
          starts.push(declaration);
      starts.sort((a, b) => a.order - b.order);
    } else {
      starts = all.filter((declaration) => next.has(declaration.id));
    }
    const reaches = starts.map(({ member, dep, id: start }) => new LazyReach(member.name, member.manifestPath, dep, start, next, distance));
    const summary = summarizeReaches(reaches);
    summaries.set(id, summary);
    return summary;
  };
  const packagesByNames = /* @__PURE__ */ new WeakMap();
  const packagesNamed = (names) => {
    let found = packagesByNames.get(names);
    if (!found)
      packagesByNames.set(names, found = lockfile.packages.filter((p) => names.has(p.name) && p.source !== null));
    return found;
  };
  const shortestNormal = /* @__PURE__ */ new Map();
  const shortestNormalReach = (id, memberManifestPath) => {
    let byMember = shortestNormal.get(id);
    if (!byMember) {
      byMember = /* @__PURE__ */ new Map();
      for (const r of reach(id).reaches) {
        if (r.direct.kind !== "normal")
          continue;
        const known = byMember.get(r.memberManifestPath);
        if (!known || r.length < known.length)
          byMember.set(r.memberManifestPath, r);
      }
      shortestNormal.set(id, byMember);
    }
    return byMember.get(memberManifestPath);
  };
  let leaving;
  const buildLeaving = () => {
    const successors = [[]];
    const nodeOfGroup = /* @__PURE__ */ new Map();
    const nodeOfId = /* @__PURE__ */ new Map();
    const idOfNode = [void 0];
    const nodeFor = (id) => {
      let node = nodeOfId.get(id);
      if (node === void 0) {
        node = successors.length;
        successors.push([]);
        idOfNode.push(id);
        nodeOfId.set(id, node);
      }
      return node;
    };
    for (const member of workspace.members) {
      for (const dep of member.dependencies) {
        const group = dep.inheritedFrom ?? dep;
        let node = nodeOfGroup.get(group);
        if (node === void 0) {
          node = successors.length;
          successors.push([]);
          idOfNode.push(void 0);
          nodeOfGroup.set(group, node);
          successors[0].push(node);
        }
        const id = lockedIdOf(dep, member);
        if (id)
          successors[node].push(nodeFor(id));
      }
    }
    for (let node = 1; node < successors.length; node++) {
      const id = idOfNode[node];
      if (id === void 0 || membersById.has(id))
        continue;
      for (const next of edgesOf(id))
        successors[node].push(nodeFor(next));
    }
    const idom = immediateDominators(successors);
    const children = successors.map(() => []);
    for (let v = 1; v < idom.length; v++)
      if (idom[v] > 0)
        children[idom[v]].push(v);
    const answers = /* @__PURE__ */ new Map();
    return (dep) => {
      const node = nodeOfGroup.get(dep.inheritedFrom ?? dep);
      if (node === void 0)
        return /* @__PURE__ */ new Set();
      let ids = answers.get(node);
      if (!ids) {
        ids = /* @__PURE__ */ new Set();
        const stack = [...children[node]];
        while (stack.length > 0) {
          const v = stack.pop();
          ids.add(idOfNode[v]);
          stack.push(...children[v]);
        }
        answers.set(node, ids);
      }
      return ids;
    };
  };
  const leavingWith = (dep) => (leaving ??= buildLeaving())(dep);
  const describe = (path) => path.map((id) => byId.get(id)).map((p) => p ? `${p.name} ${p.version}` : "?").join(" \u2192 ");
  return {
    lockfile,
    packageById: (id) => byId.get(id),
    lockedIdOf,
    reach,
    packagesNamed,
    lockedVersionsOf: (name) => byName.get(name) ?? [],
    shortestNormalReach,
    edgesOf,
    dependentsOf,
    declarationsOf,
    memberOf: (id) => membersById.get(id),
    leavingWith,
    describe
  };
}

export {
  CRATES_IO_SOURCE,
  metadataSource,
  shortestReach,
  shortestPerMember,
  buildGraph,
  ConfigError,
  segmentRegex,
  hasGlob,
  loadWorkspace,
  loadWorkspaces
};
