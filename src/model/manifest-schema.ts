/**
 * The parts of a manifest cargo checks that the audit itself never reads: package and dependency names, the
 * types of `[package]` fields, `[profile]`, `[lints]`, `resolver`, targets, and the sections a virtual manifest
 * may not have. Only the checks cargo makes (recorded from cargo in fixtures/cargo-mutations); each error is
 * raised at the key that is wrong.
 */
import { parseVersion } from "./cargo-semver.js";
import { InputError } from "../errors.js";
import { manifestError, packageKey, type ManifestDoc } from "./manifest.js";
import { isTable, type TomlTable } from "./toml-file.js";

const NAME_START = /^[\p{XID_Start}_]$/u;
const NAME_CONTINUE = /^[\p{XID_Continue}-]$/u;

/** cargo's rule for package (and dependency) names; null when valid. */
export function packageNameProblem(name: string): string | null {
  if (name === "") return "package name cannot be empty";
  const chars = [...name];
  const first = chars[0] as string;
  if (/\d/.test(first)) return `invalid character \`${first}\` in package name: \`${name}\`, the name cannot start with a digit`;
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

export const EDITIONS = ["2015", "2018", "2021", "2024"];
const RESOLVERS = ["1", "2", "3"];
const LINT_LEVELS = ["forbid", "deny", "warn", "allow"];
const DEBUG_STRINGS = ["none", "limited", "full", "line-tables-only", "line-directives-only"];
const OPT_LEVELS = ["0", "1", "2", "3", "s", "z"];
const PANIC = ["unwind", "abort", "immediate-abort"];
/** Sections only a package may have. */
const PACKAGE_ONLY = ["dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies", "target", "features", "lib", "bin", "example", "test", "bench", "badges", "lints"];

type Check = (doc: ManifestDoc, path: string[], value: unknown) => void;

function typeName(value: unknown): string {
  if (typeof value === "string") return `string ${JSON.stringify(value)}`;
  if (typeof value === "number") return Number.isInteger(value) ? `integer \`${value}\`` : `floating point \`${value}\``;
  if (typeof value === "bigint") return `integer \`${value}\``;
  if (typeof value === "boolean") return `boolean \`${value}\``;
  if (Array.isArray(value)) return "sequence";
  if (value instanceof Date) return "datetime";
  return "map";
}

const invalid = (doc: ManifestDoc, path: string[], value: unknown, expected: string) =>
  manifestError(doc, path, `invalid type: ${typeName(value)}, expected ${expected}`);

const isInteger = (value: unknown): boolean => (typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint";
const isStringArray = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === "string");
const inherits = (value: unknown): boolean => isTable(value) && value.workspace !== undefined;

const string: Check = (doc, path, value) => {
  if (typeof value !== "string") throw invalid(doc, path, value, "a string");
};
const stringOrWorkspace: Check = (doc, path, value) => {
  if (typeof value !== "string" && !inherits(value)) throw invalid(doc, path, value, "a string or workspace");
};
const stringsOrWorkspace: Check = (doc, path, value) => {
  if (!isStringArray(value) && !inherits(value)) throw invalid(doc, path, value, "a vector of strings or workspace");
};

/** `[package]` fields by name; fields not listed are not checked. */
const PACKAGE_FIELDS: Record<string, Check> = {
  name: string,
  version(doc, path, value) {
    if (inherits(value)) return;
    if (typeof value !== "string") throw invalid(doc, path, value, "SemVer version");
    if (!parseVersion(value) || value.trim() !== value) throw manifestError(doc, path, `invalid version \`${value}\`: expected a SemVer version (major.minor.patch)`);
  },
  edition(doc, path, value) {
    if (inherits(value)) return;
    if (typeof value !== "string") throw invalid(doc, path, value, "a string or workspace");
    if (!EDITIONS.includes(value)) throw manifestError(doc, path, `failed to parse the \`edition\` key: supported editions are ${EDITIONS.map((e) => `\`${e}\``).join(", ")}, not \`${value}\``);
  },
  "rust-version"(doc, path, value) {
    if (inherits(value)) return;
    if (typeof value !== "string") throw invalid(doc, path, value, "a string or workspace");
    if (!/^\d+(\.\d+){0,2}$/.test(value)) throw manifestError(doc, path, `invalid \`rust-version\` \`${value}\`: expected a version like "1.32"`);
  },
  resolver: resolver,
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
    if (typeof value !== "boolean" && !isStringArray(value) && !inherits(value)) throw invalid(doc, path, value, "a boolean, a vector of strings, or workspace");
  },
  build(doc, path, value) {
    if (typeof value !== "boolean" && typeof value !== "string" && !isStringArray(value)) throw invalid(doc, path, value, "a boolean, string or array");
  },
};

function resolver(doc: ManifestDoc, path: string[], value: unknown): void {
  if (typeof value !== "string") throw invalid(doc, path, value, "a string");
  if (!RESOLVERS.includes(value)) throw manifestError(doc, path, `\`resolver\` setting \`${value}\` is not valid, valid options are "1", "2" or "3"`);
}

function checkProfile(doc: ManifestDoc, path: string[], profile: TomlTable): void {
  const at = (key: string) => [...path, key];
  const opt = profile["opt-level"];
  if (opt !== undefined) {
    if (typeof opt === "string") {
      if (!OPT_LEVELS.includes(opt)) throw manifestError(doc, at("opt-level"), `must be \`0\`, \`1\`, \`2\`, \`3\`, \`s\` or \`z\`, but found the string: ${JSON.stringify(opt)}`);
    } else if (!isInteger(opt)) {
      throw invalid(doc, at("opt-level"), opt, "an optimization level");
    }
  }
  const debug = profile.debug;
  if (debug !== undefined && typeof debug !== "boolean" && !(isInteger(debug) && Number(debug) >= 0 && Number(debug) <= 2) && !(typeof debug === "string" && DEBUG_STRINGS.includes(debug))) {
    throw manifestError(doc, at("debug"), `invalid value: ${typeName(debug)}, expected a boolean, 0, 1, 2, "none", "limited", "full", "line-tables-only", or "line-directives-only"`);
  }
  const lto = profile.lto;
  if (lto !== undefined && typeof lto !== "boolean" && typeof lto !== "string") throw invalid(doc, at("lto"), lto, "a boolean or string");
  const panic = profile.panic;
  if (panic !== undefined) {
    if (typeof panic !== "string") throw invalid(doc, at("panic"), panic, "a string");
    if (!PANIC.includes(panic)) throw manifestError(doc, at("panic"), `\`panic\` setting of \`${panic}\` is not a valid setting, must be \`unwind\`, \`abort\`, or \`immediate-abort\``);
  }
  const units = profile["codegen-units"];
  if (units !== undefined) {
    if (!isInteger(units)) throw invalid(doc, at("codegen-units"), units, "u32");
    if (Number(units) < 0 || Number(units) > 0xffffffff) throw manifestError(doc, at("codegen-units"), `invalid value: ${typeName(units)}, expected u32`);
  }
  for (const key of ["inherits", "split-debuginfo"]) if (profile[key] !== undefined) string(doc, at(key), profile[key]);
}

function checkProfiles(doc: ManifestDoc): void {
  const profiles = doc.data.profile;
  if (!isTable(profiles)) return; // cargo accepts a `profile` that is not a table (and ignores it)
  for (const [name, profile] of Object.entries(profiles)) {
    if (!isTable(profile)) throw invalid(doc, ["profile", name], profile, "struct TomlProfile");
    checkProfile(doc, ["profile", name], profile);
  }
}

/** `[lints]` or `[workspace.lints]`: tool → lint → level or `{ level, priority }`. */
function checkLintTools(doc: ManifestDoc, path: string[], tools: TomlTable): void {
  for (const [tool, lints] of Object.entries(tools)) {
    if (tool === "workspace" && path.length === 1) continue;
    if (!isTable(lints)) continue; // cargo ignores what it cannot read as a tool table
    for (const [lint, setting] of Object.entries(lints)) {
      const at = [...path, tool, lint];
      if (typeof setting === "string") {
        if (!LINT_LEVELS.includes(setting)) throw manifestError(doc, at, `unknown variant \`${setting}\`, expected one of \`forbid\`, \`deny\`, \`warn\`, \`allow\``);
      } else if (isTable(setting)) {
        const level = setting.level;
        if (typeof level !== "string" || !LINT_LEVELS.includes(level)) throw manifestError(doc, [...at, "level"], `lint \`${lint}\` needs a \`level\`: one of \`forbid\`, \`deny\`, \`warn\`, \`allow\``);
        const priority = setting.priority;
        if (priority !== undefined && !(isInteger(priority) && Number(priority) >= -128 && Number(priority) <= 127)) throw invalid(doc, [...at, "priority"], priority, "i8");
      } else {
        throw invalid(doc, at, setting, "a string or map");
      }
    }
  }
}

function checkTargets(doc: ManifestDoc): void {
  const lib = doc.data.lib;
  if (isTable(lib)) for (const key of ["path", "name"]) if (lib[key] !== undefined) string(doc, ["lib", key], lib[key]);
  for (const kind of ["bin", "example", "test", "bench"]) {
    const list = doc.data[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw invalid(doc, [kind], list, "a sequence");
    list.forEach((target, index) => {
      if (!isTable(target)) return;
      for (const key of ["path", "name"]) {
        if (target[key] !== undefined && typeof target[key] !== "string") {
          const { line, column } = arrayTableKeyPosition(doc.text, kind, index, key);
          throw new InputError(doc.path, line, column, `invalid type: ${typeName(target[key])}, expected a string`);
        }
      }
    });
  }
}

/**
 * The key `key` in the `index`-th `[[kind]]` table (the key scanner skips arrays of tables); the header when
 * the key is not written on a line of its own.
 */
function arrayTableKeyPosition(text: string, kind: string, index: number, key: string): { line: number; column: number } {
  const lines = text.split("\n");
  const header = new RegExp(`^\\s*\\[\\[\\s*${kind}\\s*\\]\\]`);
  const keyLine = new RegExp(`^(\\s*)${key}\\s*=`);
  let seen = -1;
  let headerLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (header.test(line)) {
      seen++;
      headerLine = i;
    } else if (seen === index && /^\s*\[/.test(line)) {
      break;
    } else if (seen === index) {
      const match = keyLine.exec(line);
      if (match) return { line: i + 1, column: (match[1] as string).length + 1 };
    }
  }
  return { line: headerLine + 1, column: 1 };
}

/** The name in the first `[[kind]]` header, or null when the array is written inline. */
function arrayHeaderPosition(text: string, kind: string): { line: number; column: number } | null {
  // TOML's whitespace is spaces and tabs; `\s` would also take a byte-order mark for a column.
  const header = new RegExp(`^([ \\t]*\\[\\[[ \\t]*)${kind}[ \\t]*\\]\\]`);
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = header.exec(lines[i] as string);
    if (match) return { line: i + 1, column: (match[1] as string).length + 1 };
  }
  return null;
}

/** What cargo checks in a manifest beyond what the model reads; `hasWorkspaceLints` for `lints.workspace`. */
export function checkManifestSchema(doc: ManifestDoc, workspaceRoot: ManifestDoc | null): void {
  const pkg = doc.package;
  if (pkg) {
    const key = packageKey(doc);
    for (const [field, check] of Object.entries(PACKAGE_FIELDS)) {
      const value = pkg[field];
      if (value !== undefined) check(doc, [key, field], value);
    }
    const name = pkg.name as string | undefined;
    const problem = name === undefined ? null : packageNameProblem(name);
    if (problem) throw manifestError(doc, [key, "name"], problem);
    checkTargets(doc);
    const lints = doc.data.lints;
    if (isTable(lints)) {
      if (lints.workspace !== undefined) {
        if (lints.workspace !== true) throw invalid(doc, ["lints", "workspace"], lints.workspace, "`true`");
        if (!workspaceRoot) throw manifestError(doc, ["lints", "workspace"], "error inheriting `lints` from workspace root manifest's `workspace.lints`: failed to find a workspace root");
        if (!isTable(workspaceRoot.workspace?.lints)) {
          throw manifestError(doc, ["lints", "workspace"], "error inheriting `lints` from workspace root manifest's `workspace.lints`: `workspace.lints` was not defined");
        }
      }
      checkLintTools(doc, ["lints"], lints);
    }
  } else {
    for (const section of PACKAGE_ONLY) {
      if (doc.data[section] === undefined) continue;
      const problem = `this virtual manifest specifies a \`${section}\` section, which is not allowed`;
      // The key scanner passes over `[[bin]]` and the like: find the header itself.
      const header = Array.isArray(doc.data[section]) ? arrayHeaderPosition(doc.text, section) : null;
      throw header ? new InputError(doc.path, header.line, header.column, problem) : manifestError(doc, [section], problem);
    }
  }
  checkProfiles(doc);
  const ws = doc.workspace;
  if (ws) {
    if (ws.resolver !== undefined) resolver(doc, ["workspace", "resolver"], ws.resolver);
    for (const list of ["members", "exclude", "default-members"]) {
      const value = ws[list];
      if (value === undefined) continue;
      if (!Array.isArray(value)) throw invalid(doc, ["workspace", list], value, "a sequence");
      const bad = value.find((v) => typeof v !== "string");
      if (bad !== undefined) throw invalid(doc, ["workspace", list], bad, "a string");
    }
    const shared = ws.package;
    if (isTable(shared)) {
      for (const [field, check] of Object.entries(PACKAGE_FIELDS)) {
        const value = shared[field];
        if (value !== undefined && field !== "name" && field !== "workspace") check(doc, ["workspace", "package", field], value);
      }
    }
    if (isTable(ws.lints)) checkLintTools(doc, ["workspace", "lints"], ws.lints);
  }
}
