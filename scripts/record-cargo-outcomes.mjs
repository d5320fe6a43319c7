#!/usr/bin/env node
/**
 * Manifests mutated in the ways that trip readers up, and what cargo says about each.
 *
 *   node scripts/record-cargo-outcomes.mjs          write fixtures/cargo-mutations/cases.json and, when cargo
 *                                                    is on PATH, record its verdicts in outcomes.json
 *   node scripts/record-cargo-outcomes.mjs --cases  only write the cases
 *
 * Each case is a small project (file → content; `base64:` marks bytes that are not UTF-8). cargo reads it with
 * `cargo metadata --no-deps --format-version 1 --offline` in a temporary copy; the verdict (accepted, or
 * rejected with cargo's message and the file and line it points at) is committed, so the test that compares
 * cargo-sunset with cargo needs no Rust toolchain.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const OUT_DIR = resolve(import.meta.dirname, "..", "fixtures", "cargo-mutations");
const LIB = { "src/lib.rs": "" };
const PKG = (name = "app", extra = "") => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n${extra}`;
const seg = (n) => Array.from({ length: n }, (_, i) => `k${i % 10}`).join(".");

/** @type {Array<{ id: string; files: Record<string, string> }>} */
const cases = [];
const add = (id, files) => cases.push({ id, files: { ...LIB, ...files } });
const pkg = (id, text) => add(id, { "Cargo.toml": text });

// Package names.
const NAMES = ["app", "my-app", "my_app", "App", "a1", "1app", "app!", "app name", "app.x", "ápp", "", "-app", "_app",
  "app-", "con", "test", "std", "core", "self", "build", "deps", "a".repeat(64), "a".repeat(65), "app+x", "app/x", "日本"];
NAMES.forEach((name, i) => pkg(`package-name-${i}`, PKG(name)));
pkg("package-name-int", '[package]\nname = 5\nversion = "0.1.0"\n');
pkg("package-name-missing", '[package]\nversion = "0.1.0"\n');

// Dependency names: as keys, and through `package = "..."`.
const DEP_NAMES = ["serde", "ser de", "1x", "a.b", "", "serde!", "Serde", "_x", "-x", "x-", "ñ", "a/b", "a+b", "std"];
DEP_NAMES.forEach((name, i) => {
  pkg(`dep-key-${i}`, PKG("app", `\n[dependencies]\n${JSON.stringify(name)} = "1"\n`));
  pkg(`dep-package-${i}`, PKG("app", `\n[dependencies]\nx = { version = "1", package = ${JSON.stringify(name)} }\n`));
});
pkg("dep-dev-key-space", PKG("app", '\n[dev-dependencies]\n"a b" = "1"\n'));
pkg("dep-build-key-bang", PKG("app", '\n[build-dependencies]\n"a!" = "1"\n'));
pkg("dep-target-key-space", PKG("app", '\n[target.\'cfg(unix)\'.dependencies]\n"a b" = "1"\n'));

// Keys cargo reads but the tool does not need: types must still be right.
const TYPED = [
  ["profile-opt-level-str", '[profile.release]\nopt-level = "x"\n'],
  ["profile-opt-level-s", '[profile.release]\nopt-level = "s"\n'],
  ["profile-opt-level-4", "[profile.release]\nopt-level = 4\n"],
  ["profile-opt-level-bool", "[profile.release]\nopt-level = true\n"],
  ["profile-opt-level-inf", "[profile.release]\nopt-level = inf\n"],
  ["profile-debug-str", '[profile.dev]\ndebug = "x"\n'],
  ["profile-debug-limited", '[profile.dev]\ndebug = "limited"\n'],
  ["profile-lto-int", "[profile.release]\nlto = 5\n"],
  ["profile-lto-fat", '[profile.release]\nlto = "fat"\n'],
  ["profile-panic-bad", '[profile.dev]\npanic = "x"\n'],
  ["profile-codegen-units-str", '[profile.dev]\ncodegen-units = "4"\n'],
  ["profile-codegen-units-neg", "[profile.dev]\ncodegen-units = -1\n"],
  ["profile-not-table", 'profile = "fast"\n'],
  ["profile-release-not-table", "[profile]\nrelease = 1\n"],
  ["profile-unknown-key", "[profile.release]\nfoo = 1\n"],
  ["profile-custom-no-inherits", "[profile.custom]\nopt-level = 1\n"],
  ["profile-custom-inherits", '[profile.custom]\ninherits = "release"\n'],
  ["profile-inherits-missing", '[profile.custom]\ninherits = "nope"\n'],
  ["profile-package-override", '[profile.dev.package.foo]\nopt-level = 2\n'],
  ["profile-strip-bad", '[profile.release]\nstrip = "x"\n'],
  ["lints-int", "lints = 1\n"],
  ["lints-rust-int", "[lints.rust]\nunsafe_code = 1\n"],
  ["lints-rust-forbid", '[lints.rust]\nunsafe_code = "forbid"\n'],
  ["lints-rust-bad-level", '[lints.rust]\nunsafe_code = "bad"\n'],
  ["lints-table-priority-str", '[lints.clippy]\nall = { level = "deny", priority = "x" }\n'],
  ["lints-table-ok", '[lints.clippy]\nall = { level = "deny", priority = -1 }\n'],
  ["lints-workspace-no-root", "[lints]\nworkspace = true\n"],
  ["resolver-package-9", '', '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\nresolver = "9"\n'],
  ["resolver-package-int", '', '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\nresolver = 2\n'],
  ["resolver-package-2", '', '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\nresolver = "2"\n'],
  ["edition-2030", '', '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2030"\n'],
  ["edition-int", '', '[package]\nname = "app"\nversion = "0.1.0"\nedition = 2021\n'],
  ["version-not-semver", '', '[package]\nname = "app"\nversion = "1"\n'],
  ["version-int", '', '[package]\nname = "app"\nversion = 1\n'],
  ["rust-version-bad", '', '[package]\nname = "app"\nversion = "0.1.0"\nrust-version = "abc"\n'],
  ["rust-version-ok", '', '[package]\nname = "app"\nversion = "0.1.0"\nrust-version = "1.70"\n'],
  ["authors-str", '', '[package]\nname = "app"\nversion = "0.1.0"\nauthors = "x"\n'],
  ["publish-str", '', '[package]\nname = "app"\nversion = "0.1.0"\npublish = "x"\n'],
  ["description-int", '', '[package]\nname = "app"\nversion = "0.1.0"\ndescription = 1\n'],
  ["keywords-str", '', '[package]\nname = "app"\nversion = "0.1.0"\nkeywords = "x"\n'],
  ["build-int", '', '[package]\nname = "app"\nversion = "0.1.0"\nbuild = 1\n'],
  ["links-int", '', '[package]\nname = "app"\nversion = "0.1.0"\nlinks = 1\n'],
  ["metadata-inf", "[package.metadata]\nx = inf\n"],
  ["metadata-nan", "[package.metadata]\nx = nan\n"],
  ["metadata-int-2p53", "[package.metadata]\nx = 9007199254740993\n"],
  ["metadata-int-i64max", "[package.metadata]\nx = 9223372036854775807\n"],
  ["metadata-int-over-i64", "[package.metadata]\nx = 9223372036854775808\n"],
  ["metadata-any", '[package.metadata.docs]\nall = [1, "a", { b = true }, 1979-05-27T07:32:00Z]\n'],
  ["badges-int", "badges = 1\n"],
  ["features-not-array", '[features]\ndefault = "x"\n'],
  ["features-int-items", "[features]\ndefault = [1]\n"],
  ["lib-path-int", "[lib]\npath = 1\n"],
  ["lib-not-table", 'lib = "x"\n'],
  ["bin-not-array", '[bin]\nname = "x"\n'],
  ["bin-name-int", '[[bin]]\nname = 1\npath = "src/lib.rs"\n'],
  ["patch-not-table", 'patch = 1\n'],
  ["patch-crates-io-str", '[patch.crates-io]\nserde = 1\n'],
  ["unknown-top-key", "foo = 1\n"],
  ["workspace-in-package-not-table", "workspace = 1\n"],
];
for (const [id, extra, full] of TYPED) pkg(`typed-${id}`, full ?? PKG("app", `\n${extra}`));

// Virtual manifests.
const member = { "crates/a/Cargo.toml": PKG("a"), "crates/a/src/lib.rs": "" };
const VIRTUAL = '[workspace]\nmembers = ["crates/a"]\n';
const VIRTUAL_EXTRA = [
  ["dependencies", '[dependencies]\nserde = "1"\n'],
  ["dev-dependencies", '[dev-dependencies]\nserde = "1"\n'],
  ["build-dependencies", '[build-dependencies]\nserde = "1"\n'],
  ["target-deps", "[target.'cfg(unix)'.dependencies]\nserde = \"1\"\n"],
  ["target-empty", "[target.'cfg(unix)']\n"],
  ["features", "[features]\ndefault = []\n"],
  ["lib", '[lib]\npath = "src/lib.rs"\n'],
  ["bin", '[[bin]]\nname = "x"\n'],
  ["badges", "[badges]\n"],
  ["lints", '[lints.rust]\nunsafe_code = "forbid"\n'],
  ["profile", "[profile.release]\nopt-level = 3\n"],
  ["patch", '[patch.crates-io]\nserde = { path = "crates/a" }\n'],
  ["replace", '[replace]\n"serde:1.0.0" = { path = "crates/a" }\n'],
  ["resolver-bad", '', '[workspace]\nmembers = ["crates/a"]\nresolver = "9"\n'],
  ["resolver-3", '', '[workspace]\nmembers = ["crates/a"]\nresolver = "3"\n'],
  ["members-not-array", '', '[workspace]\nmembers = "crates/a"\n'],
  ["members-int-item", '', '[workspace]\nmembers = [1]\n'],
  ["exclude-int", '', '[workspace]\nmembers = ["crates/a"]\nexclude = 1\n'],
  ["workspace-package-version-int", '', '[workspace]\nmembers = ["crates/a"]\n[workspace.package]\nversion = 1\n'],
  ["workspace-metadata-any", '', '[workspace]\nmembers = ["crates/a"]\n[workspace.metadata]\nx = 9007199254740993\n'],
  ["workspace-lints-bad", '', '[workspace]\nmembers = ["crates/a"]\n[workspace.lints.rust]\nunsafe_code = 1\n'],
  ["workspace-unknown-key", '', '[workspace]\nmembers = ["crates/a"]\nfoo = 1\n'],
];
for (const [id, extra, full] of VIRTUAL_EXTRA) add(`virtual-${id}`, { "Cargo.toml": full ?? `${VIRTUAL}\n${extra}`, ...member });

// Members, default-members and globs.
const MEMBERS = [
  ["default-not-member", '[workspace]\nmembers = ["crates/a"]\ndefault-members = ["crates/b"]\n', { "crates/b/Cargo.toml": PKG("b"), "crates/b/src/lib.rs": "" }],
  ["default-missing", '[workspace]\nmembers = ["crates/a"]\ndefault-members = ["crates/zz"]\n'],
  ["default-ok", '[workspace]\nmembers = ["crates/a"]\ndefault-members = ["crates/a"]\n'],
  ["default-glob", '[workspace]\nmembers = ["crates/*"]\ndefault-members = ["crates/*"]\n'],
  ["default-not-array", '[workspace]\nmembers = ["crates/a"]\ndefault-members = "crates/a"\n'],
  ["default-int-item", '[workspace]\nmembers = ["crates/a"]\ndefault-members = [1]\n'],
  ["default-root-virtual", '[workspace]\nmembers = ["crates/a"]\ndefault-members = ["."]\n'],
  ["glob-bad-bracket", '[workspace]\nmembers = ["crates/["]\n'],
  ["glob-no-match", '[workspace]\nmembers = ["crates/a", "nothing/*"]\n'],
  ["glob-star", '[workspace]\nmembers = ["crates/*"]\n'],
  ["glob-double-star", '[workspace]\nmembers = ["crates/**"]\n'],
  ["glob-question", '[workspace]\nmembers = ["crates/?"]\n'],
  ["glob-class", '[workspace]\nmembers = ["crates/[ab]"]\n'],
  ["glob-negated-class", '[workspace]\nmembers = ["crates/[!b]"]\n'],
  ["glob-unclosed-brace", '[workspace]\nmembers = ["crates/{a"]\n'],
  ["member-missing", '[workspace]\nmembers = ["crates/a", "crates/zz"]\n'],
  ["member-no-manifest", '[workspace]\nmembers = ["crates/a", "crates/empty"]\n', { "crates/empty/README": "" }],
  ["member-virtual", '[workspace]\nmembers = ["crates/a", "crates/v"]\n', { "crates/v/Cargo.toml": '[workspace]\n' }],
  ["member-dup-name", '[workspace]\nmembers = ["crates/a", "crates/b"]\n', { "crates/b/Cargo.toml": PKG("a"), "crates/b/src/lib.rs": "" }],
  ["member-excluded-glob", '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/a"]\n', { "crates/b/Cargo.toml": PKG("b"), "crates/b/src/lib.rs": "" }],
];
for (const [id, root, extra] of MEMBERS) add(`members-${id}`, { "Cargo.toml": root, ...member, ...(extra ?? {}) });

// Registries and paths.
const DEPS = [
  ["registry-unknown", '{ version = "1", registry = "nope" }'],
  ["registry-crates-io", '{ version = "1", registry = "crates-io" }'],
  ["registry-int", '{ version = "1", registry = 1 }'],
  ["registry-index-url", '{ version = "1", registry-index = "https://example.com/index" }'],
  ["path-missing", '{ path = "../nowhere" }'],
  ["path-missing-version", '{ path = "../nowhere", version = "1" }'],
  ["path-no-manifest", '{ path = "empty" }', { "empty/README": "" }],
  ["path-virtual", '{ path = "v" }', { "v/Cargo.toml": '[workspace]\n' }],
  ["path-package", '{ path = "p" }', { "p/Cargo.toml": PKG("x"), "p/src/lib.rs": "" }],
  ["path-int", "{ path = 1 }"],
  ["path-name-mismatch", '{ path = "p" }', { "p/Cargo.toml": PKG("other"), "p/src/lib.rs": "" }],
  ["git-int", "{ git = 1 }"],
  ["git-and-path", '{ git = "https://example.com/x", path = "p" }'],
  ["git-branch-tag", '{ git = "https://example.com/x", branch = "a", tag = "b" }'],
  ["git-bad-url", '{ git = "not a url" }'],
  ["branch-without-git", '{ version = "1", branch = "main" }'],
  ["version-bad", '"x.y"'],
  ["version-int", "1"],
  ["version-empty", '""'],
  ["version-star", '"*"'],
  ["features-str", '{ version = "1", features = "a" }'],
  ["optional-str", '{ version = "1", optional = "yes" }'],
  ["default-features-str", '{ version = "1", default-features = "no" }'],
  ["unknown-key", '{ version = "1", foo = 1 }'],
  ["only-features", '{ features = ["a"] }'],
  ["workspace-no-root", "{ workspace = true }"],
  ["array", '["1"]'],
  ["bool", "true"],
];
for (const [id, value, extra] of DEPS) add(`dep-${id}`, { "Cargo.toml": PKG("app", `\n[dependencies]\nx = ${value}\n`), ...(extra ?? {}) });
add("dep-registry-configured", {
  "Cargo.toml": PKG("app", '\n[dependencies]\nx = { version = "1", registry = "mine" }\n'),
  ".cargo/config.toml": '[registries.mine]\nindex = "sparse+https://example.com/index/"\n',
});
add("dep-registry-env-configured", { "Cargo.toml": PKG("app", '\n[dependencies]\nx = { version = "1", registry = "other" }\n') });

// Workspace inheritance.
const wsRoot = (deps) => `[workspace]\nmembers = ["crates/a"]\n\n[workspace.dependencies]\n${deps}`;
const memberWith = (deps, extra = "") => ({ "crates/a/Cargo.toml": PKG("a", `${extra}\n[dependencies]\n${deps}`), "crates/a/src/lib.rs": "" });
add("inherit-ok", { "Cargo.toml": wsRoot('serde = "1"\n'), ...memberWith("serde = { workspace = true }\n") });
add("inherit-missing", { "Cargo.toml": wsRoot('serde = "1"\n'), ...memberWith("tokio = { workspace = true }\n") });
add("inherit-self", { "Cargo.toml": wsRoot("serde = { workspace = true }\n"), ...memberWith('serde = "1"\n') });
add("inherit-in-member-workspace-table", {
  "Cargo.toml": wsRoot('serde = "1"\n'),
  "crates/a/Cargo.toml": PKG("a", "\n[workspace.dependencies]\nx = { workspace = true }\n"),
  "crates/a/src/lib.rs": "",
});
add("inherit-path-virtual", { "Cargo.toml": wsRoot('v = { path = "v" }\n'), "v/Cargo.toml": "[workspace]\n", ...memberWith("v = { workspace = true }\n") });
add("inherit-optional-ws", { "Cargo.toml": wsRoot('serde = { version = "1", optional = true }\n'), ...memberWith("serde = { workspace = true }\n") });
add("inherit-ws-dep-bad-version", { "Cargo.toml": wsRoot('serde = "x"\n'), ...member });
add("inherit-ws-dep-name", { "Cargo.toml": wsRoot('"a b" = "1"\n'), ...member });
add("inherit-ws-deps-unused-registry", { "Cargo.toml": wsRoot('serde = { version = "1", registry = "nope" }\n'), ...member });
add("inherit-ws-deps-unused-path-missing", { "Cargo.toml": wsRoot('serde = { path = "nowhere" }\n'), ...member });
add("inherit-package-field-missing", { "Cargo.toml": '[workspace]\nmembers = ["crates/a"]\n', "crates/a/Cargo.toml": '[package]\nname = "a"\nversion.workspace = true\n', "crates/a/src/lib.rs": "" });

// TOML limits and encoding.
pkg("toml-header-80", PKG("app", `\n[${seg(80)}]\n`));
pkg("toml-header-81", PKG("app", `\n[${seg(81)}]\n`));
pkg("toml-header-3000", PKG("app", `\n[${seg(3000)}]\n`));
pkg("toml-metadata-header-78", PKG("app", `\n[package.metadata.${seg(78)}]\n`));
pkg("toml-metadata-header-79", PKG("app", `\n[package.metadata.${seg(79)}]\n`));
pkg("toml-dotted-key-80", PKG("app", `\n[package.metadata]\n${seg(80)} = 1\n`));
pkg("toml-dotted-key-81", PKG("app", `\n[package.metadata]\n${seg(81)} = 1\n`));
pkg("toml-array-tables-81", PKG("app", `\n[[${seg(81)}]]\n`));
pkg("toml-arrays-80", PKG("app", `\n[package.metadata]\nx = ${"[".repeat(80)}${"]".repeat(80)}\n`));
pkg("toml-arrays-81", PKG("app", `\n[package.metadata]\nx = ${"[".repeat(81)}${"]".repeat(81)}\n`));
pkg("toml-arrays-3000", PKG("app", `\n[package.metadata]\nx = ${"[".repeat(3000)}${"]".repeat(3000)}\n`));
pkg("toml-inline-80", PKG("app", `\n[package.metadata]\nx = ${"{ a = ".repeat(80)}1${" }".repeat(80)}\n`));
pkg("toml-inline-81", PKG("app", `\n[package.metadata]\nx = ${"{ a = ".repeat(81)}1${" }".repeat(81)}\n`));
const bytes = (text, at, byte) => {
  const buffer = Buffer.from(text, "utf8");
  const offset = buffer.indexOf(at);
  return `base64:${Buffer.concat([buffer.subarray(0, offset), Buffer.from([byte]), buffer.subarray(offset)]).toString("base64")}`;
};
add("utf8-invalid-comment", { "Cargo.toml": bytes(PKG("app", "# comment X\n"), "X", 0xff) });
add("utf8-invalid-string", { "Cargo.toml": bytes(PKG("app", 'description = "aXb"\n'), "X", 0xc3) });
add("utf8-invalid-member", { "Cargo.toml": VIRTUAL, "crates/a/Cargo.toml": bytes(PKG("a", "# X\n"), "X", 0x80), "crates/a/src/lib.rs": "" });
add("utf8-bom", { "Cargo.toml": `\uFEFF${PKG("app")}` });

function writeCase(dir, files) {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content.startsWith("base64:") ? Buffer.from(content.slice(7), "base64") : content);
  }
}

/** cargo's verdict: the first error line, the causes, and the file:line it points at (TOML errors). */
function verdictOf(dir, status, stderr) {
  if (status === 0) return { accepted: true };
  const lines = stderr.split("\n").map((l) => l.trimEnd());
  const errors = lines.filter((l) => l.startsWith("error: ") || (l.startsWith("  ") && !l.startsWith("   ") && l.trim() !== "" && !/^\s*\|/.test(l)));
  const message = errors.map((l) => l.trim().replace(/^error: /, "")).filter((l) => !l.startsWith("-->")).slice(0, 4).join(" / ").split(dir + "/").join("");
  const arrow = lines.map((l) => /-->\s+(.+):(\d+):(\d+)$/.exec(l)).find(Boolean);
  const toml = lines.map((l) => /TOML parse error at line (\d+), column (\d+)/.exec(l)).find(Boolean);
  const manifest = /failed to (?:parse|load) manifest at `([^`]+)`/.exec(stderr);
  const verdict = { accepted: false, message };
  if (arrow) Object.assign(verdict, { file: arrow[1].startsWith(dir) ? arrow[1].slice(dir.length + 1) : arrow[1], line: Number(arrow[2]) });
  else if (toml && manifest) Object.assign(verdict, { file: manifest[1].slice(dir.length + 1), line: Number(toml[1]) });
  return verdict;
}

function record() {
  const cargo = spawnSync("cargo", ["--version"], { encoding: "utf8" });
  if (cargo.status !== 0) {
    console.log("cargo is not on PATH: cases written, outcomes.json left as it is");
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), "cargo-sunset-record-"));
  const home = join(scratch, "cargo-home");
  mkdirSync(home);
  const outcomes = {};
  let accepted = 0;
  try {
    for (const { id, files } of cases) {
      const dir = join(scratch, id);
      writeCase(dir, files);
      const result = spawnSync("cargo", ["metadata", "--no-deps", "--format-version", "1", "--offline"], {
        cwd: dir,
        encoding: "utf8",
        env: { PATH: process.env.PATH, HOME: process.env.HOME, RUSTUP_HOME: process.env.RUSTUP_HOME, CARGO_HOME: home, CARGO_REGISTRIES_OTHER_INDEX: "sparse+https://example.com/other/" },
      });
      outcomes[id] = verdictOf(dir, result.status, result.stderr);
      if (outcomes[id].accepted) accepted++;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const recorded = { cargo: cargo.stdout.trim(), command: "cargo metadata --no-deps --format-version 1 --offline", env: { CARGO_REGISTRIES_OTHER_INDEX: "sparse+https://example.com/other/" }, outcomes };
  writeFileSync(join(OUT_DIR, "outcomes.json"), `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`${cases.length} cases: cargo accepted ${accepted}, rejected ${cases.length - accepted} (${recorded.cargo})`);
}

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, "cases.json"), `${JSON.stringify({ cases }, null, 1)}\n`);
if (!process.argv.includes("--cases")) record();
