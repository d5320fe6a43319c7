/** Dependency declarations cargo rejects, each at the key that is wrong, and what a plain string declares. */
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import type { Package } from "../../src/model/types.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { writeProject } from "../helpers/temp-project.js";

afterEach(removeTempDirs);

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';

function load(files: Record<string, string>): Package[] | { file: string; line: number; column: number; problem: string } {
  const root = writeProject(files);
  try {
    return loadWorkspace(root, { skipLockfile: true, env: { HOME: root } }).members;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file: error.file.slice(root.length + 1), line: error.line, column: error.column, problem: error.problem };
  }
}

/** `[dependencies]` on line 6 of a package manifest, each given line after it. */
const deps = (...lines: string[]) => load({ "Cargo.toml": `${PKG}\n[dependencies]\n${lines.join("\n")}\n` });

describe("rejected declarations", () => {
  it.each([
    ["foo = { version = 1 }", 7, 9, "invalid type for the version of `foo`: expected a string"],
    ["foo = 1", 7, 1, "invalid type for dependency `foo`: expected a version string or a table"],
    ['foo = "^^1"', 7, 1, "failed to parse the version requirement `^^1` for dependency `foo`: "],
    ["foo = true", 7, 1, "invalid type for dependency `foo`: expected a version string or a table"],
    ['foo = { version = "1", workspace = false }', 7, 24, "`workspace` cannot be false"],
    ['foo = { version = "1", workspace = 1 }', 7, 24, "`workspace` must be `true`"],
    ['foo = { version = "1", package = 2 }', 7, 24, "`package` must be a string"],
    ['foo = { version = "1", package = "9x" }', 7, 24, "invalid character `9` in package name: `9x`, the name cannot start with a digit"],
    ['foo = { version = "1", features = "x" }', 7, 24, "expected an array of strings"],
    ['foo = { version = "1", features = ["x", 1] }', 7, 24, "expected an array of strings"],
    ['foo = { version = "1", optional = "yes" }', 7, 24, "expected a boolean"],
    ['foo = { version = "1", default-features = 0 }', 7, 24, "expected a boolean"],
    ['foo = { version = "1", default_features = "no" }', 7, 24, "expected a boolean"],
    ["foo = { features = [] }", 7, 1, "dependency (foo) specified without providing a local path, Git repository, version, or workspace dependency to use"],
    ['foo = { path = "a", git = "https://x/y" }', 7, 1, "dependency (foo) specification is ambiguous. Only one of `git` or `path` is allowed."],
    ['foo = { version = "1", tag = "v1" }', 7, 24, "key `tag` is ignored for dependency (foo); it only applies to `git` dependencies"],
    ['foo = { git = "not a url" }', 7, 9, "invalid url `not a url`: relative URL without a base"],
    ['foo = { git = "https://x/y", branch = "a", rev = "b" }', 7, 1, "dependency (foo) specification is ambiguous. Only one of `branch`, `tag` or `rev` is allowed."],
    ['foo = { version = "1", registry = 3 }', 7, 24, "invalid type: number `3`, expected a string"],
    ['foo = { version = "1", path = { a = 1 } }', 7, 24, "invalid type: map, expected a string"],
    ['foo = { git = "https://x/y", branch = true }', 7, 30, "invalid type: boolean `true`, expected a string"],
    ['foo = { version = "1", registry-index = 1 }', 7, 24, "invalid type: number `1`, expected a string"],
    ['foo = { git = "https://x/y", rev = 1 }', 7, 30, "invalid type: number `1`, expected a string"],
    ['foo = { git = "https://x/y", tag = 1 }', 7, 30, "invalid type: number `1`, expected a string"],
    ['foo = { version = "1", registry = "nowhere" }', 7, 24, "registry index was not found in any configuration: `nowhere`"],
    ['"9foo" = "1"', 7, 1, "invalid character `9` in package name: `9foo`, the name cannot start with a digit"],
  ])("%s", (line, atLine, column, problem) => {
    const result = deps(line);
    expect(result).toMatchObject({ file: "Cargo.toml", line: atLine, column });
    expect((result as { problem: string }).problem.startsWith(problem)).toBe(true);
    if (!problem.endsWith(": ")) expect((result as { problem: string }).problem).toBe(problem);
  });

  it("a dependency table that is not a table", () => {
    expect(load({ "Cargo.toml": `dependencies = 3\n${PKG}` })).toEqual({ file: "Cargo.toml", line: 1, column: 1, problem: "`dependencies` must be a table" });
  });

  it("an optional dev-dependency", () => {
    expect(load({ "Cargo.toml": `${PKG}\n[dev-dependencies]\nfoo = { version = "1", optional = true }\n` })).toMatchObject({
      line: 7, column: 1, problem: "dev-dependencies are not allowed to be optional: `foo`",
    });
  });

  it("an invalid target cfg, and a target entry that is not a table (ignored)", () => {
    expect(load({ "Cargo.toml": `${PKG}\n[target.'cfg(unix'.dependencies]\nfoo = "1"\n` })).toMatchObject({ line: 6, column: 9 });
    expect((load({ "Cargo.toml": `${PKG}\n[target.'cfg(unix'.dependencies]\nfoo = "1"\n` }) as { problem: string }).problem.startsWith("invalid target `cfg(unix`: ")).toBe(true);
    expect(Array.isArray(load({ "Cargo.toml": `${PKG}\n[target]\nx = 1\n` }))).toBe(true);
  });
});

describe("[workspace.dependencies]", () => {
  it("must be a table; entries may not be optional", () => {
    expect(load({ "Cargo.toml": "[workspace]\ndependencies = 1\n" })).toEqual({ file: "Cargo.toml", line: 2, column: 1, problem: "`workspace.dependencies` must be a table" });
    expect(load({ "Cargo.toml": '[workspace]\n\n[workspace.dependencies]\nfoo = { version = "1", optional = true }\n' })).toMatchObject({
      line: 4, column: 24, problem: "foo is optional, but workspace dependencies cannot be optional",
    });
  });

  it("an entry that itself says workspace = true cannot be inherited", () => {
    const files = {
      "Cargo.toml": '[workspace]\nmembers = ["app"]\n\n[workspace.dependencies]\nfoo = { workspace = true }\n',
      "app/Cargo.toml": `${PKG}\n[dependencies]\nfoo.workspace = true\n`,
    };
    expect(load(files)).toEqual({
      file: "app/Cargo.toml", line: 7, column: 1, problem: "error inheriting `foo`: `workspace.dependencies.foo` cannot itself inherit from the workspace",
    });
  });

  it("an inherited entry from a registry no configuration names", () => {
    const files = {
      "Cargo.toml": '[workspace]\nmembers = ["app"]\n\n[workspace.dependencies]\nfoo = { version = "1", registry = "corp" }\n',
      "app/Cargo.toml": `${PKG}\n[dependencies]\nfoo.workspace = true\n`,
    };
    expect(load(files)).toEqual({ file: "app/Cargo.toml", line: 7, column: 1, problem: "registry index was not found in any configuration: `corp`" });
  });

  it("default_features is refused in a 2024 member's own declaration", () => {
    expect(load({ "Cargo.toml": `${PKG.replace("2021", "2024")}\n[dependencies]\nfoo = { version = "1", default_features = false }\n` })).toEqual({
      file: "Cargo.toml", line: 7, column: 24, problem: "`default_features` is unsupported as of the 2024 edition; instead use `default-features`",
    });
  });
});

describe("what a declaration says", () => {
  it("a plain string: that requirement, default features on, no features, not optional, no package key", () => {
    const [app] = deps('foo = "1.2"') as Package[];
    expect(app?.dependencies[0]).toMatchObject({ name: "foo", rename: null, req: "^1.2", defaultFeatures: true, features: [], optional: false, source: { type: "registry" } });
  });

  it("a git declaration keeps its one ref", () => {
    const [app] = deps('foo = { git = "https://example.com/foo", tag = "v1" }') as Package[];
    expect(app?.dependencies[0]?.source).toEqual({ type: "git", url: "https://example.com/foo", tag: "v1" });
  });

  it("registry = \"crates-io\" is crates.io", () => {
    const [app] = deps('foo = { version = "1", registry = "crates-io" }') as Package[];
    expect(app?.dependencies[0]?.source).toEqual({ type: "registry" });
  });
});
