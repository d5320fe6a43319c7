/** The manifest model: requirements, kinds, targets, sources, workspace inheritance and package fields. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeRequirement } from "../../src/model/cargo-semver.js";
import type { Dependency, Package } from "../../src/model/types.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { writeProject } from "../helpers/temp-project.js";
import { inputError } from "./assert-input-error.js";

/** The registries the manifests below name (cargo rejects a dependency on one its configuration lacks). */
const REGISTRIES = '[registries.my-registry]\nindex = "sparse+https://example.com/a/"\n[registries.corp]\nindex = "sparse+https://example.com/b/"\n';

function pkgHeader(edition = "2021"): string {
  return `[package]\nname = "app"\nversion = "0.1.0"\nedition = "${edition}"\n`;
}

/** The single package of a standalone manifest. */
function readPkg(text: string): Package {
  const ws = loadWorkspace(writeProject({ "Cargo.toml": text, ".cargo/config.toml": REGISTRIES }), { skipLockfile: true });
  expect(ws.members).toHaveLength(1);
  return ws.members[0] as Package;
}

function depsOf(text: string): Dependency[] {
  return readPkg(text).dependencies;
}

function dep(text: string, key: string): Dependency {
  const found = depsOf(text).find((d) => (d.rename ?? d.name) === key);
  expect(found, key).toBeDefined();
  return found as Dependency;
}

describe("requirements", () => {
  it.each([
    ["1.2", "^1.2"],
    ["1.2.3", "^1.2.3"],
    ["=1.0", "=1.0"],
    [">=0.4,<0.7", ">=0.4, <0.7"],
    [">= 1.2 , < 2", ">=1.2, <2"],
    ["*", "*"],
    ["1.*", "1.*"],
    ["1.x", "1.*"],
    ["1.*.*", "1.*"],
    ["~1.2", "~1.2"],
    ["~1", "~1"],
    ["1.0.0-alpha.1", "^1.0.0-alpha.1"],
    ["<=1.2.3-rc.1", "<=1.2.3-rc.1"],
    ["1.2.3+build.5", "^1.2.3"],
    // Wildcards after an explicit operator are dropped, as cargo prints them.
    ["=1.*", "=1"],
    [">=1.*", ">=1"],
    ["~1.*", "~1"],
    ["^1.2.*", "^1.2"],
  ])("%s is %s in a manifest", (raw, expected) => {
    expect(normalizeRequirement(raw)).toBe(expected);
    expect(dep(`${pkgHeader()}[dependencies]\nx = "${raw}"\n`, "x").req).toBe(expected);
  });

  it("no version means *", () => {
    expect(dep(`${pkgHeader()}[dependencies]\nx = { path = "x" }\n`, "x").req).toBe("*");
  });

  it.each(["1.2.3.4", "", "1.*.3", "01.2", "1 || 2", "latest", "*.*", ">=*", "=*", "1.2.*-pre", "1.2 3"])(
    "%j is rejected",
    (raw) => {
      expect(() => normalizeRequirement(raw)).toThrow();
    },
  );

  it("an invalid requirement is an InputError at the key, or at `version` in a table", () => {
    const root = writeProject({ "Cargo.toml": `${pkgHeader()}[dependencies]\nfoo = "1.2.3.4"\n` });
    const plain = inputError(() => loadWorkspace(root));
    expect([plain.file, plain.line, plain.column]).toEqual([join(root, "Cargo.toml"), 6, 1]);
    expect(plain.problem).toMatch(/^failed to parse the version requirement `1\.2\.3\.4` for dependency `foo`: /);
    const root2 = writeProject({ "Cargo.toml": `${pkgHeader()}[dependencies]\nfoo = { features = [], version = "latest" }\n` });
    const table = inputError(() => loadWorkspace(root2));
    expect([table.line, table.column]).toEqual([6, 24]);
    expect(table.problem).toMatch(/^failed to parse the version requirement `latest` for dependency `foo`/);
  });
});

describe("kinds and targets", () => {
  it("reads normal, dev and build tables, legacy spellings included", () => {
    const deps = depsOf(`${pkgHeader()}[dependencies]\na = "1"\n[dev_dependencies]\nb = "1"\n[build_dependencies]\nc = "1"\n`);
    expect(deps.map((d) => [d.name, d.kind, d.keyPath.join(".")])).toEqual([
      ["a", "normal", "dependencies.a"],
      ["b", "dev", "dev_dependencies.b"],
      ["c", "build", "build_dependencies.c"],
    ]);
  });

  it("the dashed table wins when both spellings exist", () => {
    const deps = depsOf(`${pkgHeader()}[dev-dependencies]\nb = "1"\n[dev_dependencies]\nold = "1"\n`);
    expect(deps.map((d) => [d.name, d.kind])).toEqual([["b", "dev"]]);
  });

  it("edition 2024 rejects the underscore tables, even next to the dashed one", () => {
    const alone = writeProject({ "Cargo.toml": `${pkgHeader("2024")}\n[dev_dependencies]\nb = "1"\n` });
    const e1 = inputError(() => loadWorkspace(alone));
    expect([e1.line, e1.column, e1.problem]).toEqual([6, 2, "`dev_dependencies` is unsupported as of the 2024 edition; instead use `dev-dependencies`"]);
    const both = writeProject({ "Cargo.toml": `${pkgHeader("2024")}[build-dependencies]\nb = "1"\n[target.'cfg(unix)'.build_dependencies]\nc = "1"\n` });
    const e2 = inputError(() => loadWorkspace(both));
    expect([e2.line, e2.column, e2.problem]).toEqual([7, 21, "`build_dependencies` is unsupported as of the 2024 edition; instead use `build-dependencies`"]);
  });

  it("default_features is read, the dashed key wins, and edition 2024 rejects the underscore key", () => {
    expect(dep(`${pkgHeader()}[dependencies]\nx = { version = "1", default_features = false }\n`, "x").defaultFeatures).toBe(false);
    expect(dep(`${pkgHeader()}[dependencies]\nx = { version = "1", default-features = true, default_features = false }\n`, "x").defaultFeatures).toBe(true);
    const root = writeProject({ "Cargo.toml": `${pkgHeader("2024")}[dependencies]\nx = { version = "1", default_features = false }\n` });
    const e = inputError(() => loadWorkspace(root));
    expect([e.line, e.column, e.problem]).toEqual([6, 22, "`default_features` is unsupported as of the 2024 edition; instead use `default-features`"]);
  });

  it("targets are normalized like cargo and keep the key path as written", () => {
    const deps = depsOf(
      `${pkgHeader()}[target.'cfg(any(unix,windows))'.dependencies]\na = "1"\n[target."cfg( not( target_os = \\"linux\\" ) )".dev-dependencies]\nb = "1"\n[target.x86_64-unknown-linux-gnu.build-dependencies]\nc = "1"\n`,
    );
    expect(deps.map((d) => [d.name, d.kind, d.target])).toEqual([
      ["a", "normal", "cfg(any(unix, windows))"],
      ["b", "dev", 'cfg(not(target_os = "linux"))'],
      ["c", "build", "x86_64-unknown-linux-gnu"],
    ]);
    expect(deps[0]?.keyPath).toEqual(["target", "cfg(any(unix,windows))", "dependencies", "a"]);
  });

  it.each([
    ["cfg(unix", "unexpected `(` character, cfg expressions must start with `cfg(`"],
    ["cfg (unix)", "unexpected `(` character, cfg expressions must start with `cfg(`"],
    ["x86 64", "unexpected character   in target name"],
    ["cfg(unix,)", "unexpected content after cfg expression in `cfg(unix,)`"],
  ])("the target %j is an InputError at its key", (spec, why) => {
    const root = writeProject({ "Cargo.toml": `${pkgHeader()}[target.'${spec}'.dependencies]\na = "1"\n` });
    const e = inputError(() => loadWorkspace(root));
    expect([e.line, e.column, e.problem]).toEqual([5, 9, `invalid target \`${spec}\`: ${why}`]);
  });

  it("cfg(all()) is a valid, empty expression", () => {
    expect(dep(`${pkgHeader()}[target.'cfg(all())'.dependencies]\na = "1"\n`, "a").target).toBe("cfg(all())");
  });
});

describe("dependency fields and sources", () => {
  const manifest = `${pkgHeader()}
[dependencies]
json = { package = "serde_json", version = "1.0", optional = true, features = ["std", "raw_value"] }
private = { version = "2", registry = "my-registry" }
explicit-crates-io = { version = "2", registry = "crates-io" }
local = { path = "../local", version = "0.1" }
on-branch = { git = "https://github.com/x/a", branch = "main" }
on-tag = { git = "https://github.com/x/b", tag = "v1" }
on-rev = { git = "https://github.com/x/c", rev = "abc123" }
plain-git = { git = "https://github.com/x/d" }
`;

  it("reads rename, optional, features and each source form", () => {
    const root = writeProject({ "Cargo.toml": manifest, ".cargo/config.toml": REGISTRIES });
    const deps = loadWorkspace(root).members[0]?.dependencies ?? [];
    const json = deps[0] as Dependency;
    expect([json.name, json.rename, json.req, json.optional, json.features]).toEqual(["serde_json", "json", "^1.0", true, ["std", "raw_value"]]);
    expect(deps.map((d) => d.source)).toEqual([
      { type: "registry" },
      { type: "registry", registry: "my-registry" },
      { type: "registry" },
      { type: "path", path: join(root, "..", "local"), registry: undefined },
      { type: "git", url: "https://github.com/x/a", branch: "main" },
      { type: "git", url: "https://github.com/x/b", tag: "v1" },
      { type: "git", url: "https://github.com/x/c", rev: "abc123" },
      { type: "git", url: "https://github.com/x/d" },
    ]);
    expect(deps.map((d) => d.rename)).toEqual(["json", null, null, null, null, null, null, null]);
  });

  it("two git references are ambiguous", () => {
    const root = writeProject({ "Cargo.toml": `${pkgHeader()}[dependencies]\nx = { git = "https://github.com/x/x", branch = "a", tag = "b" }\n` });
    const e = inputError(() => loadWorkspace(root));
    expect([e.line, e.column, e.problem]).toEqual([6, 1, "dependency (x) specification is ambiguous. Only one of `branch`, `tag` or `rev` is allowed."]);
  });

  it("git and path together are ambiguous", () => {
    const root = writeProject({ "Cargo.toml": `${pkgHeader()}[dependencies.x]\ngit = "https://github.com/x/x"\npath = "x"\n` });
    const e = inputError(() => loadWorkspace(root));
    expect([e.line, e.column, e.problem]).toEqual([5, 15, "dependency (x) specification is ambiguous. Only one of `git` or `path` is allowed."]);
  });

  it("a table without version, path, git or workspace is rejected", () => {
    const root = writeProject({ "Cargo.toml": `${pkgHeader()}[dependencies]\nx = { features = ["a"] }\n` });
    const e = inputError(() => loadWorkspace(root));
    expect([e.line, e.column]).toEqual([6, 1]);
    expect(e.problem).toBe("dependency (x) specified without providing a local path, Git repository, version, or workspace dependency to use");
  });

  it("dev-dependencies cannot be optional", () => {
    const root = writeProject({ "Cargo.toml": `${pkgHeader()}[dev-dependencies]\nx = { version = "1", optional = true }\n` });
    const e = inputError(() => loadWorkspace(root));
    expect([e.line, e.column, e.problem]).toEqual([6, 1, "dev-dependencies are not allowed to be optional: `x`"]);
  });
});

describe("workspace = true", () => {
  const root = `[workspace]
members = ["app"]

[workspace.package]
version = "1.4.0"
edition = "2021"
rust-version = "1.74"

[workspace.dependencies]
tokio = { version = "1.40", features = ["rt", "macros"] }
json = { package = "serde_json", version = "1", default-features = false }
local = { path = "crates/local" }
git-dep = { git = "https://github.com/x/g", tag = "v2" }
private = { version = "3", registry = "corp" }
plain = "0.5"
`;

  function member(deps: string, edition = "edition.workspace = true"): Package {
    const dir = writeProject({
      "Cargo.toml": root,
      "app/Cargo.toml": `[package]\nname = "app"\nversion.workspace = true\n${edition}\nrust-version = { workspace = true }\n\n${deps}`,
      "crates/local/Cargo.toml": '[package]\nname = "local"\nversion = "0.1.0"\n',
      ".cargo/config.toml": REGISTRIES,
    });
    const ws = loadWorkspace(join(dir, "app"), { skipLockfile: true });
    return ws.members.find((m) => m.name === "app") as Package;
  }

  it("inherits version, edition and rust-version from [workspace.package]", () => {
    const app = member("");
    expect([app.version, app.edition, app.rustVersion]).toEqual(["1.4.0", "2021", "1.74"]);
  });

  it("appends member features after the workspace's, keeping duplicates, and takes optional from the member", () => {
    const app = member('[dependencies]\ntokio = { workspace = true, features = ["net", "rt"], optional = true }\n');
    const tokio = app.dependencies[0] as Dependency;
    expect([tokio.name, tokio.req, tokio.features, tokio.optional, tokio.defaultFeatures]).toEqual([
      "tokio", "^1.40", ["rt", "macros", "net", "rt"], true, true,
    ]);
    expect(tokio.inheritedFrom?.keyPath).toEqual(["workspace", "dependencies", "tokio"]);
    expect(app.features).toEqual({ tokio: ["dep:tokio"] });
  });

  it("takes version, path, git, package and registry from the workspace entry", () => {
    const app = member("[dependencies]\njson.workspace = true\nlocal.workspace = true\ngit-dep.workspace = true\nprivate.workspace = true\nplain.workspace = true\n");
    const ws = app.manifestPath.replace(/app\/Cargo\.toml$/, "");
    expect(app.dependencies.map((d) => [d.name, d.rename, d.req, d.source])).toEqual([
      ["serde_json", "json", "^1", { type: "registry" }],
      ["local", null, "*", { type: "path", path: join(ws, "crates/local"), registry: undefined }],
      ["git-dep", null, "*", { type: "git", url: "https://github.com/x/g", tag: "v2" }],
      ["private", null, "^3", { type: "registry", registry: "corp" }],
      ["plain", null, "^0.5", { type: "registry" }],
    ]);
  });

  it("default-features: the member can re-enable, but not disable defaults the workspace keeps on", () => {
    const app = member(
      "[dependencies]\njson = { workspace = true, default-features = true }\ntokio = { workspace = true, default-features = false }\n[build-dependencies]\njson = { workspace = true }\n",
    );
    expect(app.dependencies.map((d) => [d.name, d.kind, d.defaultFeatures])).toEqual([
      ["serde_json", "normal", true],
      ["tokio", "normal", true],
      ["serde_json", "build", false],
    ]);
  });

  it("edition 2024 rejects default-features = false against a workspace entry with defaults on", () => {
    const dir = writeProject({
      "Cargo.toml": root,
      "app/Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2024"\n\n[dependencies]\ntokio = { workspace = true, default-features = false }\n',
    });
    const e = inputError(() => loadWorkspace(join(dir, "app")));
    expect([e.file, e.line, e.column]).toEqual([join(dir, "app/Cargo.toml"), 7, 29]);
    expect(e.problem).toBe(
      "error inheriting `tokio` from workspace root manifest's `workspace.dependencies.tokio`: `default-features = false` cannot override workspace's `default-features`",
    );
  });

  it("a missing [workspace.package] key is an error at the member's field", () => {
    const dir = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["app"]\n',
      "app/Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nrust-version.workspace = true\n',
    });
    const e = inputError(() => loadWorkspace(join(dir, "app")));
    expect([e.file, e.line, e.column]).toEqual([join(dir, "app/Cargo.toml"), 4, 1]);
    expect(e.problem).toBe("error inheriting `rust-version` from workspace root manifest's `workspace.package.rust-version`: `workspace.package.rust-version` was not defined");
  });
});

describe("package fields", () => {
  it("defaults: edition 2015, version 0.0.0 (then not publishable), no rust-version", () => {
    const pkg = readPkg('[package]\nname = "bare"\n');
    expect([pkg.name, pkg.version, pkg.edition, pkg.rustVersion, pkg.publish]).toEqual(["bare", "0.0.0", "2015", null, false]);
  });

  it("publish: true by default with a version, false, or a registry list", () => {
    expect(readPkg('[package]\nname = "a"\nversion = "1.0.0"\n').publish).toBe(true);
    expect(readPkg('[package]\nname = "a"\nversion = "1.0.0"\npublish = false\n').publish).toBe(false);
    expect(readPkg('[package]\nname = "a"\npublish = ["corp"]\n').publish).toEqual(["corp"]);
  });

  it("implicit features for optional dependencies, except those named as dep:x", () => {
    const pkg = readPkg(`${pkgHeader()}
[features]
default = ["fast"]
fast = ["dep:simd", "json?/std"]

[dependencies]
simd = { version = "1", optional = true }
json = { package = "serde_json", version = "1", optional = true }
log = "0.4"
[target.'cfg(unix)'.dependencies]
nix = { version = "0.29", optional = true }
`);
    expect(pkg.features).toEqual({ default: ["fast"], fast: ["dep:simd", "json?/std"], json: ["dep:json"], nix: ["dep:nix"] });
  });

  it("an explicit feature of the same name is kept as written", () => {
    const pkg = readPkg(`${pkgHeader()}[features]\nsimd = []\n[dependencies]\nsimd = { version = "1", optional = true }\n`);
    expect(pkg.features).toEqual({ simd: [] });
  });

  it("the legacy [project] table is read like [package], but not in edition 2024", () => {
    const pkg = readPkg('[project]\nname = "old"\nversion = "0.3.0"\nauthors = []\n\n[dependencies]\nlibc = "0.2"\n');
    expect([pkg.name, pkg.version, pkg.dependencies.map((d) => d.name)]).toEqual(["old", "0.3.0", ["libc"]]);
    const root = writeProject({ "Cargo.toml": '\n[project]\nname = "old"\nedition = "2024"\n' });
    const e = inputError(() => loadWorkspace(root));
    expect([e.line, e.column, e.problem]).toEqual([2, 2, "`[project]` is not supported as of the 2024 Edition, please use `[package]`"]);
  });
});
