/** Input cargo rejects becomes an InputError at the offending position, never a crash. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { writeProject } from "../helpers/temp-project.js";
import { inputError } from "./assert-input-error.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\n';

/** Loads a one-manifest project and returns the error with the file made relative. */
function failure(text: string, extra: Record<string, string> = {}, at = "") {
  const dir = writeProject({ "Cargo.toml": text, ...extra });
  const e = inputError(() => loadWorkspace(join(dir, at)));
  return { file: e.file.slice(dir.length + 1), line: e.line, column: e.column, problem: e.problem, message: e.message, dir };
}

describe("invalid TOML", () => {
  it("reports the parser's line and column as path:line:col: invalid TOML: ...", () => {
    const f = failure(`${PKG}\n[dependencies]\nserde = = "1"\n`);
    expect([f.file, f.line, f.column]).toEqual(["Cargo.toml", 6, 9]);
    expect(f.problem).toBe("invalid TOML: invalid value");
    expect(f.message).toBe(`${join(f.dir, "Cargo.toml")}:6:9: invalid TOML: invalid value`);
  });

  it("a duplicate key is invalid TOML", () => {
    const f = failure(`${PKG}[dependencies]\nserde = "1"\nserde = "2"\n`);
    expect([f.file, f.line]).toEqual(["Cargo.toml", 6]);
    expect(f.problem).toMatch(/^invalid TOML: /);
  });

  it("is an InputError in a member manifest too", () => {
    const f = failure('[workspace]\nmembers = ["m"]\n', { "m/Cargo.toml": '[package]\nname = "m\n' });
    expect([f.file, f.line]).toEqual(["m/Cargo.toml", 2]);
    expect(f.problem).toMatch(/^invalid TOML: /);
  });
});

describe("manifest structure", () => {
  it("neither [package] nor [workspace]", () => {
    const f = failure('[dependencies]\nserde = "1"\n');
    expect([f.file, f.line, f.column, f.problem]).toEqual(["Cargo.toml", 1, 1, "manifest is missing either a `[package]` or a `[workspace]`"]);
  });

  it("[package] without a name", () => {
    const f = failure('\n[package]\nversion = "1.0.0"\n');
    expect([f.line, f.column, f.problem]).toEqual([2, 2, "missing field `name` in `[package]`"]);
  });

  it("`package` that is not a table", () => {
    const f = failure('package = "app"\n');
    expect([f.line, f.column, f.problem]).toEqual([1, 1, "`package` must be a table"]);
  });

  it("a dependency table that is not a table", () => {
    const f = failure(`dev-dependencies = ["serde"]\n${PKG}`);
    expect([f.line, f.column, f.problem]).toEqual([1, 1, "`dev-dependencies` must be a table"]);
  });

  it("a dependency value that is neither a string nor a table", () => {
    const f = failure(`${PKG}[dependencies]\nserde = 1\n`);
    expect([f.line, f.column, f.problem]).toEqual([5, 1, "invalid type for dependency `serde`: expected a version string or a table"]);
  });

  it("a non-string version and non-array features", () => {
    expect(failure(`${PKG}[dependencies]\nserde = { version = 1 }\n`)).toMatchObject({ line: 5, column: 11, problem: "invalid type for the version of `serde`: expected a string" });
    expect(failure(`${PKG}[dependencies]\nserde = { version = "1", features = "derive" }\n`)).toMatchObject({ line: 5, column: 26, problem: "expected an array of strings" });
    expect(failure(`${PKG}[dependencies]\nserde = { version = "1", optional = "yes" }\n`)).toMatchObject({ line: 5, column: 26, problem: "expected a boolean" });
  });

  it("a feature that is not an array of strings", () => {
    const f = failure(`${PKG}[features]\ndefault = "std"\n`);
    expect([f.line, f.column, f.problem]).toEqual([5, 1, "feature `default` must be an array of strings"]);
  });

  it("`workspace.members` that is not an array of strings", () => {
    const f = failure('[workspace]\nmembers = "crates/*"\n');
    expect([f.line, f.column, f.problem]).toEqual([2, 1, 'invalid type: string "crates/*", expected a sequence']);
  });
});

describe("workspace inheritance errors", () => {
  it("workspace = false", () => {
    const f = failure(`[workspace]\n[workspace.dependencies]\nserde = "1"\n${PKG}[dependencies]\nserde = { workspace = false }\n`);
    expect([f.line, f.column, f.problem]).toEqual([8, 11, "`workspace` cannot be false"]);
  });

  it("workspace = true without a [workspace.dependencies] entry names the key, at the member's dependency key", () => {
    const f = failure('[workspace]\nmembers = ["app"]\n[workspace.dependencies]\nserde = "1"\n', {
      "app/Cargo.toml": `${PKG}\n[dependencies]\nserde.workspace = true\n  tokio = { workspace = true }\n`,
    });
    expect([f.file, f.line, f.column]).toEqual(["app/Cargo.toml", 7, 3]);
    expect(f.problem).toBe(
      "error inheriting `tokio` from workspace root manifest's `workspace.dependencies.tokio`: `dependency.tokio` was not found in `workspace.dependencies`",
    );
  });

  it("workspace = true outside any workspace", () => {
    const f = failure(`${PKG}[dev-dependencies]\nserde = { workspace = true }\n`);
    expect([f.line, f.column, f.problem]).toEqual([5, 1, "error inheriting `serde` from workspace root manifest's `workspace.dependencies.serde`: failed to find a workspace root"]);
  });

  it("version.workspace = true outside any workspace", () => {
    const f = failure('[package]\nname = "app"\nversion.workspace = true\n');
    expect([f.line, f.column, f.problem]).toEqual([3, 1, "error inheriting `version` from workspace root manifest's `workspace.package.version`: failed to find a workspace root"]);
  });

  it("[workspace.dependencies] entries cannot be optional", () => {
    const f = failure('[workspace]\n[workspace.dependencies]\nserde = { version = "1", optional = true }\n');
    expect([f.line, f.column, f.problem]).toEqual([3, 26, "serde is optional, but workspace dependencies cannot be optional"]);
  });
});

describe("every rejection is an InputError", () => {
  it.each([
    ["`workspace` that is not a table", 'workspace = "yes"\n[package]\nname = "a"\n'],
    ["a numeric package version", '[package]\nname = "a"\nversion = 1\n'],
    ["package.workspace pointing nowhere", '[package]\nname = "a"\nworkspace = "../nowhere"\n'],
    ["a non-table [patch] registry", '[package]\nname = "a"\n[patch]\ncrates-io = 1\n'],
    ["an invalid [patch] entry", '[package]\nname = "a"\n[patch.crates-io]\nserde = 1\n'],
    ["an invalid [patch] version", '[package]\nname = "a"\n[patch.crates-io]\nserde = { version = "x.y" }\n'],
    ["an array as a [workspace.dependencies] entry", '[package]\nname = "a"\n[workspace]\n[workspace.dependencies]\nx = []\n'],
  ])("%s", (_label, text) => {
    const dir = writeProject({ "Cargo.toml": text });
    expect(() => loadWorkspace(dir)).toThrow(InputError);
  });
});
