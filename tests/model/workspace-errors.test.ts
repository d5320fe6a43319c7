/** Workspaces cargo refuses: members without [package], nested roots, duplicate names, default-members outside. */
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { InputError } from "../../src/errors.js";
import { indexKeySpans } from "../../src/model/spans.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { writeProject } from "../helpers/temp-project.js";

afterEach(removeTempDirs);

const pkg = (name: string, extra = "") => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n${extra}`;

function load(files: Record<string, string>, at = "") {
  const root = writeProject(files);
  try {
    return loadWorkspace(join(root, at), { skipLockfile: true, env: { HOME: root } });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file: error.file.slice(root.length + 1), line: error.line, column: error.column, problem: error.problem };
  }
}

describe("rejected workspaces", () => {
  it("a member without [package]: a workspace of its own, or neither", () => {
    expect(load({ "Cargo.toml": '[workspace]\nmembers = ["a"]\n', "a/Cargo.toml": "[workspace]\n" })).toEqual({
      file: "a/Cargo.toml", line: 1, column: 1, problem: "a workspace member must have a `[package]`",
    });
    expect(load({ "Cargo.toml": '[workspace]\nmembers = ["a"]\n', "a/Cargo.toml": "[dependencies]\n" })).toEqual({
      file: "a/Cargo.toml", line: 1, column: 1, problem: "manifest is missing either a `[package]` or a `[workspace]`",
    });
  });

  it("a member that is a workspace root itself", () => {
    expect(load({ "Cargo.toml": '[workspace]\nmembers = ["a"]\n', "a/Cargo.toml": `${pkg("a")}\n[workspace]\n` })).toMatchObject({
      file: "a/Cargo.toml", line: 6, column: 2,
    });
    const result = load({ "Cargo.toml": '[workspace]\nmembers = ["a"]\n', "a/Cargo.toml": `${pkg("a")}\n[workspace]\n` }) as { problem: string };
    expect(result.problem).toMatch(/^multiple workspace roots found in the same workspace: a and \/.+$/);
  });

  it("two members with one name", () => {
    expect(load({ "Cargo.toml": '[workspace]\nmembers = ["a", "b"]\n', "a/Cargo.toml": pkg("same"), "b/Cargo.toml": pkg("same") })).toEqual({
      file: "b/Cargo.toml", line: 2, column: 1, problem: "two packages named `same` in this workspace: a/Cargo.toml and b/Cargo.toml",
    });
  });

  it("a default member that is not a member", () => {
    expect(load({ "Cargo.toml": '[workspace]\nmembers = ["a"]\ndefault-members = ["b"]\n', "a/Cargo.toml": pkg("a"), "b/Cargo.toml": pkg("b") })).toEqual({
      file: "Cargo.toml", line: 3, column: 1, problem: "package `b` is listed in default-members but is not a member",
    });
  });

  it("a virtual root's own manifest is checked", () => {
    expect(load({ "Cargo.toml": '[workspace]\nmembers = ["a"]\nresolver = "9"\n', "a/Cargo.toml": pkg("a") }, "a")).toMatchObject({
      file: "Cargo.toml", line: 3, problem: '`resolver` setting `9` is not valid, valid options are "1", "2" or "3"',
    });
  });

  it("members come sorted by manifest path", () => {
    const ws = load({ "Cargo.toml": '[workspace]\nmembers = ["zeta", "alpha", "mid"]\n', "zeta/Cargo.toml": pkg("zeta"), "alpha/Cargo.toml": pkg("alpha"), "mid/Cargo.toml": pkg("mid") });
    if (!("members" in ws)) throw new Error(ws.problem);
    expect(ws.members.map((m) => m.name)).toEqual(["alpha", "mid", "zeta"]);
  });
});

describe("key spans of quoted keys", () => {
  it("escapes in basic-string keys are decoded: \\u, \\U, \\x-less text, \\t and a literal backslash", () => {
    const spans = indexKeySpans('"a\\u0062c" = 1\n"\\U0001F600" = 2\n"t\\tab" = 3\n"back\\\\slash" = 4\n"q\\"uote" = 5\n');
    expect([...spans.keys()]).toEqual(["abc", "\u{1F600}", "t\tab", "back\\slash", 'q"uote']);
    expect(spans.get('q"uote')).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 10 });
  });
});
