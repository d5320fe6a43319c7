/**
 * Property-based fuzzing of the input readers and the CLI (fast-check): generated TOML and JSON structure, plus
 * byte-level mutations of the fixtures. The contract for every input: the reader returns, or fails with the
 * tool's own error (InputError / ConfigError) whose lines each read `FILE:LINE:COL: message` for a file the test
 * wrote, with a line inside that file; never another exception, never an unbounded run. The CLI exits 0, 1 or
 * 2, and on 2 prints positioned lines and no stack.
 *
 * Shared by tests/fuzz.test.ts (short default run) and scripts/fuzz.mjs (`npm run fuzz`: longer, seeded, with
 * counts by outcome). Both run on the compiled output in dist/.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import fc from "fast-check";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const BIN = join(DIST, "cargo-sunset.mjs");

/**
 * The tool's own error classes, also when the test runner has loaded a second copy of the module that defines
 * them (seen once in a full run under load): the class name then decides, the message checks stay the same.
 */
function isA(error, cls) {
  return error instanceof cls || (error instanceof Error && error.constructor?.name === cls.name);
}

export async function loadReaders() {
  const [{ loadWorkspace }, { parseLockfile }, { loadConfig }, { readBaseline }, { loadCargoConfig }, { InputError }, { ConfigError }, { ALL_RULE_METAS }] = await Promise.all([
    import(join(DIST, "src/model/workspace.js")),
    import(join(DIST, "src/model/lockfile.js")),
    import(join(DIST, "src/config/load.js")),
    import(join(DIST, "src/suppress/baseline.js")),
    import(join(DIST, "src/registry/cargo-config.js")),
    import(join(DIST, "src/errors.js")),
    import(join(DIST, "src/config/errors.js")),
    import(join(DIST, "src/audit.js")),
  ]);
  return { loadWorkspace, parseLockfile, loadConfig, readBaseline, loadCargoConfig, InputError, ConfigError, ALL_RULE_METAS };
}

// ---------------------------------------------------------------------------------------------------------------
// Generators.

const TOKENS = ["[", "]", "[[", "]]", "=", '"', "'", '"""', "'''", "\n", ".", "{", "}", ",", "#", "\\", "\\u00", "\t", " ",
  "\uFEFF", "\uFFFD", "\u0000", "0x", "inf", "nan", "-", "9223372036854775808", "9007199254740993", "1979-05-27T07:32:00Z",
  "true", "workspace = true", "path = \"..\"", "version = \"*\"", "package = ", "members = [\"*\"]", "[dependencies]",
  "[workspace]", "[package]", "[[package]]", "name = \"x\"", "source = \"sparse+http://[\"", "checksum = ", "dependencies = ["];

const bareKey = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const anyKey = fc.oneof(bareKey, fc.string({ maxLength: 6 }), fc.constantFrom("", "a b", "1x", "-x", "é", "𝔸", "workspace", "version", "path", "features", "package"));

function quoteKey(key) {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}

/** A TOML value of any type, nested up to `depth`. */
const tomlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
    fc.constantFrom('"1"', '"^0.3"', '"=1.2.3"', '"*"', '"x.y"', '""', '">= 1, < 2"', '"0.1.0"', '"2021"', '"2024"'),
    fc.integer().map(String),
    fc.constantFrom("inf", "-inf", "nan", "1e308", "0.5", "9223372036854775807", "-9223372036854775808", "9007199254740993", "0xff"),
    fc.boolean().map(String),
    fc.constant("1979-05-27T07:32:00Z"),
    fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
    fc.array(fc.tuple(anyKey, tie("value")), { maxLength: 4 }).map((pairs) => `{ ${uniquePairs(pairs).map(([k, v]) => `${quoteKey(k)} = ${v}`).join(", ")} }`),
  ),
})).value;

function uniquePairs(pairs) {
  const seen = new Set();
  return pairs.filter(([k]) => !seen.has(k) && seen.add(k));
}

/** Nesting and key lengths around cargo's limit of 80 (and far beyond it). */
const deepValue = fc.oneof(
  fc.integer({ min: 70, max: 90 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
  fc.integer({ min: 70, max: 90 }).map((n) => `${"{ a = ".repeat(n)}1${" }".repeat(n)}`),
  fc.constantFrom(3000, 20000).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
);
const longKey = fc.oneof(fc.integer({ min: 75, max: 85 }), fc.constantFrom(3000, 20000)).map((n) => Array.from({ length: n }, (_, i) => `k${i % 7}`).join("."));

const SECTIONS = ["package", "dependencies", "dev-dependencies", "build-dependencies", "target.'cfg(unix)'.dependencies", "workspace",
  "workspace.dependencies", "workspace.package", "features", "profile.release", "lints.rust", "package.metadata", "patch.crates-io", "lib"];
const PACKAGE_LINES = ['name = "fuzz"', 'version = "0.1.0"', 'edition = "2021"'];

/** A manifest: a [package] that is usually valid, then random sections of random key-values. */
export const manifestText = fc
  .record({
    withPackage: fc.boolean(),
    sections: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...SECTIONS), longKey), fc.array(fc.tuple(fc.oneof(anyKey, anyKey, longKey), fc.oneof(tomlValue, tomlValue, tomlValue, deepValue)), { maxLength: 5 })), { maxLength: 5 }),
  })
  .map(({ withPackage, sections }) => {
    const seen = new Set();
    const parts = withPackage ? [`[package]\n${PACKAGE_LINES.join("\n")}\n`] : ["[workspace]\n"];
    for (const [header, pairs] of sections) {
      if (seen.has(header) || header === "package" || header === "workspace") continue;
      seen.add(header);
      parts.push(`[${header}]\n${uniquePairs(pairs).map(([k, v]) => `${k.includes(".") && !k.includes(" ") ? k : quoteKey(k)} = ${v}`).join("\n")}\n`);
    }
    return parts.join("\n");
  });

/** A lockfile: a version line and [[package]] entries with random fields. */
export const lockfileText = fc
  .array(fc.record({ name: anyKey, version: fc.oneof(fc.constantFrom("1.0.0", "0.3.2", "1.0.0-alpha.1", "x", ""), fc.string({ maxLength: 8 })), source: fc.option(fc.constantFrom('"registry+https://github.com/rust-lang/crates.io-index"', '"sparse+http://["', '"git+https://x/y#abc"', "1", '"path+file:///x"'), { nil: undefined }), deps: fc.option(fc.array(anyKey, { maxLength: 3 }), { nil: undefined }) }), { maxLength: 6 })
  .chain((packages) => fc.constantFrom("version = 3\n", "version = 4\n", "", "version = \"3\"\n").map((header) => `# generated\n${header}\n${packages.map((p) => `[[package]]\nname = ${JSON.stringify(p.name)}\nversion = ${JSON.stringify(p.version)}\n${p.source ? `source = ${p.source}\n` : ""}${p.deps ? `dependencies = [${p.deps.map((d) => JSON.stringify(d)).join(", ")}]\n` : ""}`).join("\n")}`));

/** cargo-sunset.toml: known sections with values of any type. */
export const configText = fc
  .array(fc.tuple(fc.constantFrom("rules", "registry", "ignore", "catalog", "output", "x"), fc.array(fc.tuple(fc.oneof(bareKey, fc.constantFrom("concurrency", "offline", "cache-ttl", "declining-crate", "crate", "until", "reason")), fc.oneof(tomlValue, deepValue)), { maxLength: 4 })), { maxLength: 4 })
  .map((sections) => sections.map(([name, pairs]) => `[${name === "ignore" ? "[ignore]" : name}]\n${uniquePairs(pairs).map(([k, v]) => `${quoteKey(k)} = ${v}`).join("\n")}\n`.replace("[[ignore]]", "[[ignore]]")).join("\n"));

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 3 })),
})).value;

/** A baseline: usually the right shape with wrong parts, sometimes anything, sometimes nested very deep. */
export const baselineText = fc.oneof(
  fc.record({ schemaVersion: fc.oneof(fc.constant(1), jsonValue), entries: fc.oneof(fc.array(fc.oneof(fc.record({ fingerprint: fc.string(), rule: fc.string(), crate: fc.string(), file: fc.string() }), jsonValue), { maxLength: 4 }), jsonValue) }).map((v) => JSON.stringify(v, null, 2)),
  jsonValue.map((v) => JSON.stringify(v)),
  fc.integer({ min: 100, max: 5000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
  fc.integer({ min: 100, max: 5000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
);

/** Byte-level mutations of a seed text: cut, repeat, insert a token, swap lines. */
export function mutated(seeds) {
  const mutation = fc.oneof(
    fc.tuple(fc.constant("insert"), fc.nat(), fc.constantFrom(...TOKENS)),
    fc.tuple(fc.constant("delete"), fc.nat(), fc.integer({ min: 1, max: 40 })),
    fc.tuple(fc.constant("repeat"), fc.nat(), fc.integer({ min: 2, max: 400 })),
    fc.tuple(fc.constant("swap"), fc.nat(), fc.nat()),
  );
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([seed, steps]) => {
    let text = seed;
    for (const [kind, a, b] of steps) {
      const at = text.length === 0 ? 0 : a % (text.length + 1);
      if (kind === "insert") text = text.slice(0, at) + b + text.slice(at);
      else if (kind === "delete") text = text.slice(0, at) + text.slice(at + b);
      else if (kind === "repeat") text = text.slice(0, at) + text.slice(at, at + 1).repeat(b) + text.slice(at + 1);
      else {
        const lines = text.split("\n");
        const i = a % lines.length;
        const j = b % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
        text = lines.join("\n");
      }
    }
    return text;
  });
}

/** Fixture texts by file name (Cargo.toml, Cargo.lock, cargo-sunset.toml, *.json baselines). */
export function fixtureSeeds() {
  const byKind = { manifest: [], lockfile: [], config: [], baseline: [] };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "cargo-mutations" && entry.name !== "registry") walk(path);
      } else if (entry.name === "Cargo.toml") byKind.manifest.push(readFileSync(path, "utf8"));
      else if (entry.name === "Cargo.lock") byKind.lockfile.push(readFileSync(path, "utf8"));
      else if (entry.name === "cargo-sunset.toml") byKind.config.push(readFileSync(path, "utf8"));
      else if (entry.name.endsWith(".json")) byKind.baseline.push(readFileSync(path, "utf8"));
    }
  };
  walk(join(ROOT, "fixtures"));
  byKind.baseline.push('{\n  "schemaVersion": 1,\n  "entries": [\n    { "fingerprint": "a", "rule": "declining-crate", "crate": "tide", "file": "Cargo.toml" }\n  ]\n}\n');
  return byKind;
}

// ---------------------------------------------------------------------------------------------------------------
// The contract.

/** Each line `FILE:LINE:COL: message` for `file`, with LINE inside the text (plus one for "end of file"). */
export function positionProblem(lines, file, text) {
  const lineCount = text.split("\n").length;
  for (const line of lines) {
    const m = /^(.+?):(\d+):(\d+): \S/.exec(line);
    if (!m) return `not a positioned line: ${JSON.stringify(line.slice(0, 200))}`;
    if (m[1] !== file) return `names ${m[1]}, not ${file}`;
    if (Number(m[2]) < 1 || Number(m[2]) > lineCount + 1 || Number(m[3]) < 1) return `position ${m[2]}:${m[3]} outside the file (${lineCount} lines)`;
  }
  return null;
}

/** Runs one reader on one text and classifies the outcome: "ok", "rejected", or a problem (a string). */
export async function readerOutcome(readers, kind, text) {
  const dir = mkdtempSync(join(tmpdir(), "cargo-sunset-fuzz-"));
  const names = { manifest: "Cargo.toml", lockfile: "Cargo.lock", config: "cargo-sunset.toml", baseline: "baseline.json", cargoConfig: ".cargo/config.toml" };
  const file = join(dir, names[kind]);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    if (kind !== "manifest") writeFileSync(join(dir, "Cargo.toml"), '[package]\nname = "fuzz"\nversion = "0.1.0"\n');
    const started = performance.now();
    try {
      if (kind === "manifest") readers.loadWorkspace(dir, { skipLockfile: true, env: { CARGO_HOME: join(dir, "home") } });
      else if (kind === "lockfile") readers.parseLockfile(file, text);
      else if (kind === "config") readers.loadConfig({ workspaceRoot: dir, rootManifestPath: join(dir, "Cargo.toml"), memberManifests: [], cli: {}, ruleMetas: readers.ALL_RULE_METAS });
      else if (kind === "baseline") readers.readBaseline(file);
      else {
        const { problems } = await readers.loadCargoConfig(dir, { CARGO_HOME: join(dir, "home") });
        if (problems.some((p) => p.includes("\n"))) return "a cargo config problem spans lines";
      }
      return checkTime(started, text) ?? "ok";
    } catch (error) {
      const lines = isA(error, readers.InputError) ? [error.message] : isA(error, readers.ConfigError) ? error.message.split("\n") : null;
      if (!lines) return `crash: ${error?.constructor?.name}: ${String(error?.message ?? error).split("\n")[0]}`;
      return positionProblem(lines, file, text) ?? checkTime(started, text) ?? "rejected";
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A hang detector, not a speed target: linear readers finish far within this. */
function checkTime(started, text) {
  const ms = performance.now() - started;
  return ms > 2000 + text.length / 100 ? `took ${Math.round(ms)} ms for ${text.length} characters` : null;
}

/** Runs the built CLI (`check --offline`) on a project whose `kind` file is `text`. */
export function cliOutcome(kind, text) {
  const dir = mkdtempSync(join(tmpdir(), "cargo-sunset-fuzz-cli-"));
  const files = { "Cargo.toml": '[package]\nname = "fuzz"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ntide = "0.16"\n', "src/lib.rs": "" };
  const names = { manifest: "Cargo.toml", lockfile: "Cargo.lock", config: "cargo-sunset.toml", baseline: "baseline.json" };
  files[names[kind]] = text;
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const args = ["check", "--offline", "--cache-dir", join(dir, "cache"), "--format", "json", ...(kind === "baseline" ? ["--baseline", "baseline.json"] : [])];
  return new Promise((resolvePromise) => {
    execFile(process.execPath, ["--max-old-space-size=512", BIN, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: join(dir, "home"), NO_COLOR: "1" }, timeout: 30_000, maxBuffer: 64 << 20 }, (error, _stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      if (![0, 1, 2].includes(code)) return resolvePromise(`exit ${code}${error?.killed ? " (killed: timeout)" : ""}: ${stderr.split("\n")[0]}`);
      if (/internal error|\n\s+at /.test(stderr)) return resolvePromise(`stack: ${stderr.split("\n").slice(0, 2).join(" ")}`);
      if (code !== 2) return resolvePromise(code === 0 ? "ok" : "findings");
      const lines = stderr.trimEnd().split("\n");
      const problem = positionProblem(lines, names[kind], text);
      resolvePromise(problem && !/^error: /.test(lines[0] ?? "") ? problem : "rejected");
    });
  });
}

export const isProblem = (outcome) => !["ok", "rejected", "findings"].includes(outcome);

export { fc, relative };
