/** Finding the workspace of a path and its members, as cargo does. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestForPath } from "../../src/model/discovery.js";
import type { Workspace } from "../../src/model/types.js";
import { loadWorkspace, loadWorkspaces } from "../../src/model/workspace.js";
import { writeProject } from "../helpers/temp-project.js";
import { inputError } from "./assert-input-error.js";

const pkg = (name: string, extra = "") => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n${extra}`;

function memberPaths(ws: Workspace): string[] {
  return ws.members.map((m) => m.manifestPath.slice(ws.root.length + 1));
}

const load = (path: string) => loadWorkspace(path, { skipLockfile: true });

describe("path arguments", () => {
  const dir = writeProject({ "Cargo.toml": pkg("solo"), "Cargo.lock": "version = 4\n", "src/bin/tool/main.rs": "" });

  it("a directory, a Cargo.toml and a Cargo.lock all mean the manifest beside them", () => {
    const manifest = join(dir, "Cargo.toml");
    expect(manifestForPath(dir)).toBe(manifest);
    expect(manifestForPath(manifest)).toBe(manifest);
    expect(manifestForPath(join(dir, "Cargo.lock"))).toBe(manifest);
  });

  it("a subdirectory without a Cargo.toml walks up", () => {
    expect(manifestForPath(join(dir, "src/bin/tool"))).toBe(join(dir, "Cargo.toml"));
    expect(load(join(dir, "src/bin")).members.map((m) => m.name)).toEqual(["solo"]);
  });

  it("other files and missing paths are InputErrors", () => {
    const other = inputError(() => manifestForPath(join(dir, "src/bin/tool/main.rs")));
    expect(other.problem).toBe("expected a directory, a Cargo.toml or a Cargo.lock");
    const missing = inputError(() => manifestForPath(join(dir, "nope")));
    expect([missing.file, missing.line, missing.column, missing.problem]).toEqual([join(dir, "nope"), 1, 1, "no such file or directory"]);
  });
});

describe("workspace shapes", () => {
  it("a standalone package is its own workspace", () => {
    const dir = writeProject({ "Cargo.toml": pkg("solo") });
    const ws = load(dir);
    expect([ws.root, ws.isVirtual, memberPaths(ws), ws.defaultMembers]).toEqual([dir, false, ["Cargo.toml"], [join(dir, "Cargo.toml")]]);
    expect(ws.lockfilePath).toBe(join(dir, "Cargo.lock"));
    expect(ws.lockfile).toBeNull();
  });

  it("a virtual manifest with glob members (*, ?, [ab])", () => {
    const dir = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["crates/*", "tools/t?", "libs/[ab]x"]\n',
      "crates/one/Cargo.toml": pkg("one"),
      "crates/two/Cargo.toml": pkg("two"),
      "crates/two/src/lib.rs": "",
      // cargo's glob options let `*` match a leading dot.
      "crates/.hidden/Cargo.toml": pkg("hidden"),
      "tools/t1/Cargo.toml": pkg("t1"),
      "tools/t10/Cargo.toml": pkg("t10"),
      "libs/ax/Cargo.toml": pkg("ax"),
      "libs/bx/Cargo.toml": pkg("bx"),
      "libs/cx/Cargo.toml": pkg("cx"),
    });
    const ws = load(dir);
    expect(ws.isVirtual).toBe(true);
    expect(memberPaths(ws)).toEqual(["crates/.hidden/Cargo.toml", "crates/one/Cargo.toml", "crates/two/Cargo.toml", "libs/ax/Cargo.toml", "libs/bx/Cargo.toml", "tools/t1/Cargo.toml"]);
    expect(load(join(dir, "crates/two/src")).root).toBe(dir);
  });

  it("a root package that is also a member comes first, and `.` as a member is the root", () => {
    const dir = writeProject({
      "Cargo.toml": `[workspace]\nmembers = [".", "b"]\n\n${pkg("root")}`,
      "b/Cargo.toml": pkg("b"),
    });
    const ws = load(join(dir, "b"));
    expect([ws.root, ws.isVirtual, ws.members.map((m) => m.name)]).toEqual([dir, false, ["root", "b"]]);
  });

  it("a package nested in a member directory finds the root, which must list it", () => {
    const dir = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["a", "a/inner"]\n',
      "a/Cargo.toml": pkg("a"),
      "a/inner/Cargo.toml": pkg("inner"),
    });
    const ws = load(join(dir, "a/inner"));
    expect([ws.root, memberPaths(ws)]).toEqual([dir, ["a/Cargo.toml", "a/inner/Cargo.toml"]]);
  });

  it("package.workspace points at a root elsewhere", () => {
    const dir = writeProject({
      "ws/Cargo.toml": '[workspace]\nmembers = ["../elsewhere/deep/pkg"]\n',
      "elsewhere/deep/pkg/Cargo.toml": pkg("far", 'workspace = "../../../ws"\n'),
    });
    const ws = load(join(dir, "elsewhere/deep/pkg"));
    expect([ws.root, ws.members.map((m) => m.manifestPath)]).toEqual([join(dir, "ws"), [join(dir, "elsewhere/deep/pkg/Cargo.toml")]]);
  });

  it("an ancestor's package.workspace is followed too, as cargo does", () => {
    const dir = writeProject({
      "ws/Cargo.toml": '[workspace]\nmembers = ["../outer", "../outer/inner"]\n',
      "outer/Cargo.toml": pkg("outer", 'workspace = "../ws"\n'),
      "outer/inner/Cargo.toml": pkg("inner"),
    });
    const ws = load(join(dir, "outer/inner"));
    expect([ws.root, ws.members.map((m) => m.name)]).toEqual([join(dir, "ws"), ["outer", "inner"]]);
    // The root it points at must list the package, or cargo reports it as not a member.
    const unlisted = writeProject({
      "ws/Cargo.toml": '[workspace]\nmembers = ["../outer"]\n',
      "outer/Cargo.toml": pkg("outer", 'workspace = "../ws"\n'),
      "outer/inner/Cargo.toml": pkg("inner"),
    });
    expect(inputError(() => load(join(unlisted, "outer/inner")))).toMatchObject({ file: join(unlisted, "outer/inner/Cargo.toml") });
  });

  it("exclude drops glob-matched members; an excluded package is standalone or finds the next workspace up", () => {
    const dir = writeProject({
      "inner/Cargo.toml": '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/skipped", "crates/alone"]\n',
      "inner/crates/a/Cargo.toml": pkg("a"),
      "inner/crates/skipped/Cargo.toml": pkg("skipped"),
      "inner/crates/alone/Cargo.toml": pkg("alone"),
    });
    const inner = load(join(dir, "inner"));
    expect(memberPaths(inner)).toEqual(["crates/a/Cargo.toml"]);
    // Excluded from the inner workspace, `skipped` finds the outer one, which does list it through its glob.
    const outerDir = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["inner/crates/*"]\nexclude = ["inner/crates/alone"]\n',
      "inner/Cargo.toml": '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/skipped", "crates/alone"]\n',
      "inner/crates/skipped/Cargo.toml": pkg("skipped"),
      "inner/crates/alone/Cargo.toml": pkg("alone"),
    });
    const outer = load(join(outerDir, "inner/crates/skipped"));
    expect([outer.root, memberPaths(outer)]).toEqual([outerDir, ["inner/crates/skipped/Cargo.toml"]]);
    const alone = load(join(outerDir, "inner/crates/alone"));
    expect([alone.root, alone.rootManifestPath, memberPaths(alone)]).toEqual([join(outerDir, "inner/crates/alone"), join(outerDir, "inner/crates/alone/Cargo.toml"), ["Cargo.toml"]]);
  });

  it("path dependencies inside the root join the workspace; those outside do not", () => {
    const dir = writeProject({
      "ws/Cargo.toml": '[workspace]\nmembers = ["app"]\n',
      "ws/app/Cargo.toml": pkg("app", '[dependencies]\nhelper = { path = "../libs/helper" }\nouter = { path = "../../outer" }\n[dev-dependencies]\ntesting = { path = "../libs/testing" }\n'),
      "ws/libs/helper/Cargo.toml": pkg("helper", '[target.\'cfg(unix)\'.dependencies]\ndeep = { path = "../deep" }\n'),
      "ws/libs/deep/Cargo.toml": pkg("deep"),
      "ws/libs/testing/Cargo.toml": pkg("testing"),
      "outer/Cargo.toml": pkg("outer"),
    });
    const ws = load(join(dir, "ws"));
    expect(memberPaths(ws)).toEqual(["app/Cargo.toml", "libs/deep/Cargo.toml", "libs/helper/Cargo.toml", "libs/testing/Cargo.toml"]);
    expect(ws.defaultMembers).toEqual(ws.members.map((m) => m.manifestPath));
  });

  it("default-members selects manifests, globs included", () => {
    const dir = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["crates/*", "cli"]\ndefault-members = ["cli", "crates/b*"]\n',
      "cli/Cargo.toml": pkg("cli"),
      "crates/a/Cargo.toml": pkg("a"),
      "crates/b1/Cargo.toml": pkg("b1"),
    });
    const ws = load(dir);
    expect(ws.defaultMembers).toEqual([join(dir, "cli/Cargo.toml"), join(dir, "crates/b1/Cargo.toml")]);
  });
});

describe("membership errors", () => {
  it("a member glob matching nothing is an error at `members`", () => {
    const dir = writeProject({ "Cargo.toml": '[workspace]\nresolver = "2"\n  members = ["crates/*"]\n' });
    const e = inputError(() => load(dir));
    expect([e.file, e.line, e.column, e.problem]).toEqual([join(dir, "Cargo.toml"), 3, 3, "workspace member glob `crates/*` matches no directory"]);
  });

  it("a member directory without Cargo.toml is an error at `members`", () => {
    const dir = writeProject({ "Cargo.toml": '[workspace]\nmembers = ["gone"]\n', "gone/README": "" });
    const e = inputError(() => load(dir));
    expect([e.line, e.column, e.problem]).toEqual([2, 1, "failed to load manifest for workspace member `gone`: no Cargo.toml there"]);
  });

  it("a package inside a workspace that neither lists nor excludes it", () => {
    const dir = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["a"]\n',
      "a/Cargo.toml": pkg("a"),
      "stray/Cargo.toml": pkg("stray"),
    });
    const e = inputError(() => load(join(dir, "stray")));
    expect([e.file, e.line, e.column]).toEqual([join(dir, "stray/Cargo.toml"), 1, 2]);
    expect(e.problem).toBe(
      "current package believes it's in a workspace when it's not: ../Cargo.toml does not list it in `workspace.members`; add it there or to `workspace.exclude`",
    );
  });

  it("a member without [package] is rejected", () => {
    const dir = writeProject({ "Cargo.toml": '[workspace]\nmembers = ["sub"]\n', "sub/Cargo.toml": "[workspace]\n" });
    const e = inputError(() => load(dir));
    expect([e.file, e.line, e.column, e.problem]).toEqual([join(dir, "sub/Cargo.toml"), 1, 1, "a workspace member must have a `[package]`"]);
  });
});

describe("loadWorkspaces", () => {
  const dir = writeProject({
    "one/Cargo.toml": '[workspace]\nmembers = ["a", "b"]\n',
    "one/a/Cargo.toml": pkg("a"),
    "one/b/Cargo.toml": pkg("b"),
    "two/Cargo.toml": pkg("two"),
  });

  it("several paths of one workspace give one workspace", () => {
    const all = loadWorkspaces([join(dir, "one/a/Cargo.toml"), join(dir, "one/b"), join(dir, "one/Cargo.toml")], { skipLockfile: true });
    expect(all.map((w) => [w.root, w.members.map((m) => m.name)])).toEqual([[join(dir, "one"), ["a", "b"]]]);
  });

  it("paths of two workspaces give two, in input order", () => {
    const all = loadWorkspaces([join(dir, "two"), join(dir, "one/b")], { skipLockfile: true });
    expect(all.map((w) => w.root)).toEqual([join(dir, "two"), join(dir, "one")]);
  });
});
