/**
 * The manifest checks cargo makes beyond what the audit reads (src/model/manifest-schema.ts): each rejected manifest
 * gives cargo's message, at the key that is wrong. tests/model/cargo-mutations.test.ts checks the verdicts and
 * lines against recorded cargo runs; this file pins the messages and columns.
 */
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { packageNameProblem } from "../../src/model/manifest-schema.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { writeProject } from "../helpers/temp-project.js";

afterEach(removeTempDirs);

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';

function rejection(files: Record<string, string>): { line: number; column: number; problem: string } | "accepted" {
  const root = writeProject(files);
  try {
    loadWorkspace(root, { skipLockfile: true, env: { HOME: root } });
    return "accepted";
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { line: error.line, column: error.column, problem: error.problem };
  }
}

const manifest = (text: string) => rejection({ "Cargo.toml": text });

describe("package names", () => {
  it.each([
    ["", "package name cannot be empty"],
    ["1app", "invalid character `1` in package name: `1app`, the name cannot start with a digit"],
    ["-app", "invalid character `-` in package name: `-app`, the first character must be a Unicode XID start character (most letters or `_`)"],
    ["ap p", "invalid character ` ` in package name: `ap p`, characters must be Unicode XID characters (numbers, `-`, `_`, or most letters)"],
    ["app!", "invalid character `!` in package name: `app!`, characters must be Unicode XID characters (numbers, `-`, `_`, or most letters)"],
  ])("%j: %s", (name, problem) => {
    expect(packageNameProblem(name)).toBe(problem);
  });

  it.each(["app", "_app", "app-2", "app_x", "ünïcode", "a"])("%j is valid", (name) => {
    expect(packageNameProblem(name)).toBeNull();
  });

  it("an invalid name is reported at the name key", () => {
    expect(manifest(PKG.replace('"app"', '"9lives"'))).toEqual({ line: 2, column: 1, problem: "invalid character `9` in package name: `9lives`, the name cannot start with a digit" });
  });
});

describe("[package] fields", () => {
  const field = (line: string) => manifest(`${PKG}${line}\n`);
  it("version: a SemVer version, as a string, without spaces", () => {
    expect(manifest(PKG.replace('"0.1.0"', '"1.0"'))).toEqual({ line: 3, column: 1, problem: "invalid version `1.0`: expected a SemVer version (major.minor.patch)" });
    expect(manifest(PKG.replace('"0.1.0"', '"1.0.0 "'))).toMatchObject({ line: 3, problem: "invalid version `1.0.0 `: expected a SemVer version (major.minor.patch)" });
    expect(manifest(PKG.replace('"0.1.0"', "1"))).toMatchObject({ line: 3, problem: "invalid type: integer `1`, expected SemVer version" });
    expect(manifest(PKG.replace('"0.1.0"', "{ workspace = true }").replace("[package]", '[workspace]\npackage.version = "1.0.0"\n\n[package]'))).toBe("accepted");
  });

  it("edition and rust-version", () => {
    expect(manifest(PKG.replace('"2021"', '"2022"'))).toEqual({ line: 4, column: 1, problem: "failed to parse the `edition` key: supported editions are `2015`, `2018`, `2021`, `2024`, not `2022`" });
    expect(manifest(PKG.replace('"2021"', "2021"))).toMatchObject({ line: 4, problem: "invalid type: integer `2021`, expected a string or workspace" });
    expect(field('rust-version = "1.x"')).toEqual({ line: 5, column: 1, problem: 'invalid `rust-version` `1.x`: expected a version like "1.32"' });
    expect(field('rust-version = "1.70.0.1"')).toMatchObject({ problem: 'invalid `rust-version` `1.70.0.1`: expected a version like "1.32"' });
    expect(field("rust-version = 1.7")).toMatchObject({ problem: "invalid type: floating point `1.7`, expected a string or workspace" });
    expect(field('rust-version = "1.70"')).toBe("accepted");
  });

  it("strings, string lists, booleans", () => {
    expect(field("description = true")).toEqual({ line: 5, column: 1, problem: "invalid type: boolean `true`, expected a string or workspace" });
    expect(field('authors = "me"')).toMatchObject({ problem: 'invalid type: string "me", expected a vector of strings or workspace' });
    expect(field("keywords = [1]")).toMatchObject({ problem: "invalid type: sequence, expected a vector of strings or workspace" });
    expect(field("links = 2")).toMatchObject({ problem: "invalid type: integer `2`, expected a string" });
    expect(field("publish = 1")).toMatchObject({ problem: "invalid type: integer `1`, expected a boolean, a vector of strings, or workspace" });
    expect(field("build = { x = 1 }")).toMatchObject({ problem: "invalid type: map, expected a boolean, string or array" });
    expect(field("license = 1979-05-27")).toMatchObject({ problem: "invalid type: datetime, expected a string or workspace" });
    for (const ok of ['publish = ["crates-io"]', "publish = false", "build = false", 'build = "b.rs"', 'build = ["a.rs"]']) {
      expect(field(ok), ok).toBe("accepted");
    }
  });

  it("resolver", () => {
    expect(field('resolver = "4"')).toEqual({ line: 5, column: 1, problem: '`resolver` setting `4` is not valid, valid options are "1", "2" or "3"' });
    expect(field("resolver = 2")).toMatchObject({ problem: "invalid type: integer `2`, expected a string" });
    expect(manifest('[workspace]\nresolver = "0"\n')).toEqual({ line: 2, column: 1, problem: '`resolver` setting `0` is not valid, valid options are "1", "2" or "3"' });
  });
});

describe("[profile]", () => {
  const profile = (lines: string) => manifest(`${PKG}\n[profile.release]\n${lines}\n`);
  it.each([
    ['opt-level = "fast"', 'must be `0`, `1`, `2`, `3`, `s` or `z`, but found the string: "fast"'],
    ["opt-level = true", "invalid type: boolean `true`, expected an optimization level"],
    ["debug = 3", 'invalid value: integer `3`, expected a boolean, 0, 1, 2, "none", "limited", "full", "line-tables-only", or "line-directives-only"'],
    ['debug = "some"', 'invalid value: string "some", expected a boolean, 0, 1, 2, "none", "limited", "full", "line-tables-only", or "line-directives-only"'],
    ["debug = -1", 'invalid value: integer `-1`, expected a boolean, 0, 1, 2, "none", "limited", "full", "line-tables-only", or "line-directives-only"'],
    ["lto = 1", "invalid type: integer `1`, expected a boolean or string"],
    ["panic = 1", "invalid type: integer `1`, expected a string"],
    ['panic = "halt"', "`panic` setting of `halt` is not a valid setting, must be `unwind`, `abort`, or `immediate-abort`"],
    ['codegen-units = "1"', 'invalid type: string "1", expected u32'],
    ["codegen-units = -1", "invalid value: integer `-1`, expected u32"],
    ["codegen-units = 4294967296", "invalid value: integer `4294967296`, expected u32"],
    ["inherits = 1", "invalid type: integer `1`, expected a string"],
    ["split-debuginfo = false", "invalid type: boolean `false`, expected a string"],
  ])("%s", (line, problem) => {
    expect(profile(line)).toEqual({ line: 7, column: 1, problem });
  });

  it.each(['opt-level = "s"', "opt-level = 3", "debug = 2", 'debug = "line-tables-only"', "debug = true", 'lto = "thin"', 'panic = "abort"', "codegen-units = 4294967295"])(
    "%s is accepted",
    (line) => {
      expect(profile(line)).toBe("accepted");
    },
  );

  it("the profile's own key is where a value is wrong", () => {
    expect(manifest(`${PKG}\n[profile.dev]\nlto = true\n\n[profile.release]\nopt-level = 1\n  debug = "x"\n`)).toMatchObject({ line: 11, column: 3 });
  });

  it("a profile that is not a table, and `profile` itself not a table (ignored, as cargo does)", () => {
    expect(manifest(`${PKG}\n[profile]\nrelease = 3\n`)).toEqual({ line: 7, column: 1, problem: "invalid type: integer `3`, expected struct TomlProfile" });
    expect(manifest(`profile = 3\n${PKG}`)).toBe("accepted");
  });
});

describe("[lints]", () => {
  it("levels, level tables and priorities", () => {
    expect(manifest(`${PKG}\n[lints.rust]\nunsafe_code = "never"\n`)).toEqual({ line: 7, column: 1, problem: "unknown variant `never`, expected one of `forbid`, `deny`, `warn`, `allow`" });
    expect(manifest(`${PKG}\n[lints.rust]\nunsafe_code = { priority = 1 }\n`)).toMatchObject({ line: 7, problem: "lint `unsafe_code` needs a `level`: one of `forbid`, `deny`, `warn`, `allow`" });
    expect(manifest(`${PKG}\n[lints.rust]\nunsafe_code = { level = "deny", priority = 128 }\n`)).toMatchObject({ line: 7, problem: "invalid type: integer `128`, expected i8" });
    expect(manifest(`${PKG}\n[lints.rust]\nunsafe_code = { level = "deny", priority = -129 }\n`)).toMatchObject({ problem: "invalid type: integer `-129`, expected i8" });
    expect(manifest(`${PKG}\n[lints.rust]\nunsafe_code = 1\n`)).toMatchObject({ line: 7, problem: "invalid type: integer `1`, expected a string or map" });
    expect(manifest(`${PKG}\n[lints.rust]\nunsafe_code = { level = "deny", priority = -128 }\nx = "warn"\n\n[lints]\nclippy = 3\n`)).toBe("accepted");
  });

  it("lints.workspace needs true and a workspace root with workspace.lints", () => {
    expect(manifest(`${PKG}\n[lints]\nworkspace = false\n`)).toEqual({ line: 7, column: 1, problem: "invalid type: boolean `false`, expected `true`" });
    expect(manifest(`${PKG}\n[lints]\nworkspace = true\n`)).toMatchObject({
      problem: "error inheriting `lints` from workspace root manifest's `workspace.lints`: failed to find a workspace root",
    });
    expect(manifest(`[workspace]\n\n${PKG}\n[lints]\nworkspace = true\n`)).toMatchObject({
      problem: "error inheriting `lints` from workspace root manifest's `workspace.lints`: `workspace.lints` was not defined",
    });
    expect(manifest(`[workspace.lints.rust]\nunsafe_code = "deny"\n\n${PKG}\n[lints]\nworkspace = true\n`)).toBe("accepted");
    expect(manifest(`[workspace.lints.rust]\nunsafe_code = "nope"\n\n${PKG}`)).toMatchObject({ line: 2, problem: "unknown variant `nope`, expected one of `forbid`, `deny`, `warn`, `allow`" });
  });
});

describe("targets", () => {
  it("[lib] path and name are strings", () => {
    expect(manifest(`${PKG}\n[lib]\npath = 1\n`)).toEqual({ line: 7, column: 1, problem: "invalid type: integer `1`, expected a string" });
    expect(manifest(`${PKG}\n[lib]\nname = true\n`)).toMatchObject({ line: 7, problem: "invalid type: boolean `true`, expected a string" });
  });

  it("[[bin]] and friends: a sequence, each path and name a string, at the key in the right table", () => {
    expect(manifest(`bin = 3\n${PKG}`)).toMatchObject({ line: 1, problem: "invalid type: integer `3`, expected a sequence" });
    const text = `${PKG}\n[[bin]]\nname = "a"\n\n[[bin]]\nname = "b"\n  path = 7\n\n[[test]]\nname = "t"\n`;
    expect(manifest(text)).toEqual({ line: 11, column: 3, problem: "invalid type: integer `7`, expected a string" });
    expect(manifest(`${PKG}\n[[example]]\nname = { x = 1 }\n`)).toEqual({ line: 7, column: 1, problem: "invalid type: map, expected a string" });
    // An inline array of tables has no `[[bench]]` header: the position falls back to the first line.
    expect(manifest(`bench = [{ name = 1 }]\n${PKG}`)).toEqual({ line: 1, column: 1, problem: "invalid type: integer `1`, expected a string" });
  });
});

describe("virtual manifests and [workspace]", () => {
  it.each(["dependencies", "dev-dependencies", "target", "features", "lib", "bin", "badges", "lints"])("a virtual manifest may not have `%s`", (section) => {
    const body = section === "bin" ? "[[bin]]\nname = \"x\"\n" : `[${section}]\n`;
    expect(manifest(`[workspace]\n\n${body}`)).toEqual({ line: 3, column: section === "bin" ? 3 : 2, problem: `this virtual manifest specifies a \`${section}\` section, which is not allowed` });
  });

  it("the column of a `[[bin]]` header counts no byte-order mark, and spaces inside the brackets", () => {
    const problem = "this virtual manifest specifies a `bin` section, which is not allowed";
    expect(manifest('\uFEFF[[bin]]\nname = "x"\n[workspace]\n')).toEqual({ line: 1, column: 3, problem });
    expect(manifest('[workspace]\n\t[[ bin ]]\nname = "x"\n')).toEqual({ line: 2, column: 5, problem });
  });

  it("members, exclude and default-members are sequences of strings", () => {
    expect(manifest('[workspace]\nmembers = "a"\n')).toEqual({ line: 2, column: 1, problem: 'invalid type: string "a", expected a sequence' });
    expect(manifest('[workspace]\nexclude = ["a", 1]\n')).toEqual({ line: 2, column: 1, problem: "invalid type: integer `1`, expected a string" });
    expect(manifest("[workspace]\ndefault-members = 2\n")).toMatchObject({ problem: "invalid type: integer `2`, expected a sequence" });
  });

  it("[workspace.package] fields are checked like [package]'s, name and workspace aside", () => {
    expect(manifest('[workspace.package]\nedition = "2020"\n')).toEqual({ line: 2, column: 1, problem: "failed to parse the `edition` key: supported editions are `2015`, `2018`, `2021`, `2024`, not `2020`" });
    expect(manifest("[workspace.package]\nname = 1\nworkspace = 2\n")).toBe("accepted");
  });
});
