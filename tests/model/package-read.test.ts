/** Reading one package: inherited fields, features cargo adds for optional dependencies, and what it rejects. */
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import type { Package } from "../../src/model/types.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { writeProject } from "../helpers/temp-project.js";

afterEach(removeTempDirs);

function load(files: Record<string, string>): Package[] | { line: number; column: number; problem: string; file: string } {
  const root = writeProject(files);
  try {
    return loadWorkspace(root, { skipLockfile: true, env: { HOME: root } }).members;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { line: error.line, column: error.column, problem: error.problem, file: error.file.slice(root.length + 1) };
  }
}

const member = (files: Record<string, string>, name = "app") => {
  const members = load(files);
  if (!Array.isArray(members)) throw new Error(`rejected: ${members.problem}`);
  return members.find((m) => m.name === name)!;
};

describe("inherited [package] fields", () => {
  const WS = '[workspace]\nmembers = ["app"]\nresolver = "2"\n\n[workspace.package]\nversion = "2.1.0"\nedition = "2024"\nrust-version = "1.85"\npublish = false\n';

  it("version, edition, rust-version and publish come from [workspace.package]", () => {
    const app = member({ "Cargo.toml": WS, "app/Cargo.toml": '[package]\nname = "app"\nversion.workspace = true\nedition.workspace = true\nrust-version.workspace = true\npublish.workspace = true\n' });
    expect([app.version, app.edition, app.rustVersion, app.publish]).toEqual(["2.1.0", "2024", "1.85", false]);
  });

  it("`workspace = false` is refused at that key", () => {
    expect(load({ "Cargo.toml": WS, "app/Cargo.toml": '[package]\nname = "app"\nversion = { workspace = false }\n' })).toEqual({
      file: "app/Cargo.toml", line: 3, column: 13, problem: "`workspace` cannot be false",
    });
  });

  it("a field the workspace does not define, or with no workspace at all", () => {
    expect(load({ "Cargo.toml": WS, "app/Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nlicense.workspace = true\n' })).toMatchObject({
      file: "app/Cargo.toml", line: 4, problem: "error inheriting `license` from workspace root manifest's `workspace.package.license`: `workspace.package.license` was not defined",
    });
    expect(load({ "Cargo.toml": '[package]\nname = "app"\nversion.workspace = true\n' })).toMatchObject({
      line: 3, problem: "error inheriting `version` from workspace root manifest's `workspace.package.version`: failed to find a workspace root",
    });
  });

  it("an inherited edition that is not a string", () => {
    expect(load({ "Cargo.toml": '[workspace]\nmembers = ["app"]\n\n[workspace.package]\nversion = "1.0.0"\n', "app/Cargo.toml": '[package]\nname = "app"\nversion.workspace = true\nedition = { workspace = true }\n' })).toMatchObject({
      file: "app/Cargo.toml", line: 4, problem: "error inheriting `edition` from workspace root manifest's `workspace.package.edition`: `workspace.package.edition` was not defined",
    });
  });

  it("without a version a package is not published, and without an edition it is 2015", () => {
    const app = member({ "Cargo.toml": '[package]\nname = "app"\n' });
    expect([app.version, app.edition, app.publish, app.rustVersion]).toEqual(["0.0.0", "2015", false, null]);
    const listed = member({ "Cargo.toml": '[package]\nname = "app"\nversion = "1.0.0"\npublish = ["corp"]\n' });
    expect(listed.publish).toEqual(["corp"]);
  });
});

describe("features", () => {
  it("an optional dependency gets an implicit feature unless a feature names it with dep:", () => {
    const app = member({
      "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nfoo = { version = "1", optional = true }\nbar = { version = "1", optional = true }\nbaz2 = { package = "baz", version = "1", optional = true }\nqux = "1"\n\n[features]\nwith-bar = ["dep:bar"]\nplain = ["foo/std"]\n',
    });
    expect(app.features).toEqual({ "with-bar": ["dep:bar"], plain: ["foo/std"], foo: ["dep:foo"], baz2: ["dep:baz2"] });
  });

  it("without optional dependencies the features are as written", () => {
    const app = member({ "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\n\n[features]\ndefault = ["x"]\nx = []\n' });
    expect(app.features).toEqual({ default: ["x"], x: [] });
  });

  it("`features` must be a table of string arrays", () => {
    expect(load({ "Cargo.toml": 'features = 1\n[package]\nname = "app"\nversion = "0.1.0"\n' })).toMatchObject({ line: 1, column: 1, problem: "`features` must be a table" });
    expect(load({ "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\n\n[features]\nx = "y"\n' })).toMatchObject({ line: 6, column: 1, problem: "feature `x` must be an array of strings" });
  });
});

describe("rejected packages", () => {
  it("a [package] without a name", () => {
    expect(load({ "Cargo.toml": '[package]\nversion = "0.1.0"\n' })).toEqual({ file: "Cargo.toml", line: 1, column: 2, problem: "missing field `name` in `[package]`" });
  });

  it("[project] in the 2024 edition", () => {
    expect(load({ "Cargo.toml": '[project]\nname = "app"\nversion = "0.1.0"\nedition = "2024"\n' })).toEqual({
      file: "Cargo.toml", line: 1, column: 2, problem: "`[project]` is not supported as of the 2024 Edition, please use `[package]`",
    });
  });

  it("a 2024 member inheriting a [workspace.dependencies] entry written with default_features, at that key", () => {
    const files = {
      "Cargo.toml": '[workspace]\nmembers = ["app"]\n\n[workspace.dependencies]\nfoo = { version = "1", default_features = false }\n',
      "app/Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2024"\n\n[dependencies]\nfoo.workspace = true\n',
    };
    const result = load(files);
    expect(result).toMatchObject({ file: "Cargo.toml", line: 5, column: 24 });
    expect((result as { problem: string }).problem).toMatch(/^`default_features` is unsupported as of the 2024 edition; instead use `default-features` \(inherited by .*app\/Cargo\.toml\)$/);
    expect(Array.isArray(load({ ...files, "app/Cargo.toml": files["app/Cargo.toml"].replace('"2024"', '"2021"') }))).toBe(true);
  });
});
