/** Finding the manifest and the workspace as cargo does, and the errors on the way. */
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { InputError } from "../../src/errors.js";
import { manifestForPath } from "../../src/model/discovery.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { writeProject } from "../helpers/temp-project.js";

afterEach(removeTempDirs);

const pkg = (name: string, extra = "") => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n${extra}`;

function attempt<T>(run: () => T): T | { file: string; line: number; column: number; problem: string } {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file: error.file, line: error.line, column: error.column, problem: error.problem };
  }
}

const load = (root: string, at = root) => attempt(() => loadWorkspace(at, { skipLockfile: true, env: { HOME: root } }));

describe("manifestForPath", () => {
  it("a directory, a Cargo.toml or a Cargo.lock; the nearest manifest above a directory without one", () => {
    const root = writeProject({ "Cargo.toml": pkg("app"), "Cargo.lock": "version = 4\n", "src/deep/x.rs": "", "notes.txt": "" });
    expect(manifestForPath(root)).toBe(join(root, "Cargo.toml"));
    expect(manifestForPath(join(root, "Cargo.lock"))).toBe(join(root, "Cargo.toml"));
    expect(manifestForPath(join(root, "src", "deep"))).toBe(join(root, "Cargo.toml"));
    expect(attempt(() => manifestForPath(join(root, "notes.txt")))).toMatchObject({ line: 1, column: 1, problem: "expected a directory, a Cargo.toml or a Cargo.lock" });
    expect(attempt(() => manifestForPath(join(root, "missing")))).toMatchObject({ problem: "no such file or directory" });
  });
});

describe("workspace discovery errors", () => {
  it("`package.workspace` naming a folder without a manifest, or a manifest without [workspace]", () => {
    const root = writeProject({ "app/Cargo.toml": pkg("app", 'workspace = "../nowhere"\n'), "lib/Cargo.toml": pkg("lib", 'workspace = "../other"\n'), "other/Cargo.toml": pkg("other") });
    expect(load(root, join(root, "app"))).toMatchObject({ line: 5, column: 1, problem: `no workspace manifest at \`${join(root, "nowhere", "Cargo.toml")}\`` });
    expect(load(root, join(root, "lib"))).toMatchObject({ line: 5, column: 1, problem: `\`${join(root, "other", "Cargo.toml")}\` has no \`[workspace]\`` });
  });

  it("a member glob that matches nothing, and a member folder without a Cargo.toml", () => {
    expect(load(writeProject({ "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n' }))).toMatchObject({
      line: 2, column: 1, problem: "workspace member glob `crates/*` matches no directory",
    });
    expect(load(writeProject({ "Cargo.toml": '[workspace]\nmembers = ["tools/x"]\n', "tools/x/README": "" }))).toMatchObject({
      line: 2, problem: "failed to load manifest for workspace member `tools/x`: no Cargo.toml there",
    });
  });

  it("members must be an array of strings (the manifest check answers first, in cargo's words)", () => {
    expect(load(writeProject({ "Cargo.toml": '[workspace]\nmembers = [1]\n' }))).toMatchObject({ line: 2, column: 1, problem: "invalid type: integer `1`, expected a string" });
  });

  it("exclude drops glob members under it, but not a literal member, and a package under it is its own root", () => {
    const root = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["crates/*", "crates/old/keep"]\nexclude = ["crates/old"]\n',
      "crates/a/Cargo.toml": pkg("a"),
      "crates/old/Cargo.toml": pkg("old"),
      "crates/old/keep/Cargo.toml": pkg("keep"),
      "vendor/v/Cargo.toml": pkg("v"),
    });
    const ws = loadWorkspace(root, { skipLockfile: true, env: { HOME: root } });
    expect(ws.members.map((m) => m.name).sort()).toEqual(["a", "keep"]);
    const alone = loadWorkspace(join(root, "crates", "old"), { skipLockfile: true, env: { HOME: root } });
    expect(alone.members.map((m) => m.name)).toEqual(["old"]);
    expect(alone.rootManifestPath).toBe(join(root, "crates", "old", "Cargo.toml"));
  });

  it("a folder named like an excluded one but beside it is not excluded", () => {
    const root = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/old"]\n',
      "crates/old-two/Cargo.toml": pkg("old-two"),
    });
    expect(loadWorkspace(root, { skipLockfile: true, env: { HOME: root } }).members.map((m) => m.name)).toEqual(["old-two"]);
  });
});
