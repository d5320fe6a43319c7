/** Directory globs of `workspace.members`, as cargo's glob crate expands them. */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expandDirectoryGlob, hasGlob, segmentRegex } from "../../src/model/glob.js";
import { tempDir } from "../helpers/index-fixture.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(paths: string[]): string {
  const root = tempDir("glob-");
  dirs.push(root);
  for (const p of paths) mkdirSync(join(root, p), { recursive: true });
  return root;
}

const expand = (root: string, pattern: string) => expandDirectoryGlob(root, pattern).map((d) => relative(root, d) || ".");

describe("segmentRegex", () => {
  it.each([
    ["a*", ["a", "abc"], ["ba", "a/b"]],
    ["a?c", ["abc", "a.c"], ["ac", "abbc"]],
    ["[ab]x", ["ax", "bx"], ["cx"]],
    ["[!ab]x", ["cx"], ["ax", "bx"]],
    ["[a-c]", ["b"], ["d"]],
    ["a[", ["a["], ["a"]],
    ["v1.0", ["v1.0"], ["v1x0"]],
    ["a+b(c)", ["a+b(c)"], ["aab(c)", "a+bc"]],
    ["$x^", ["$x^"], ["x"]],
    ["[\\]", ["\\"], ["a"]],
  ])("%s", (pattern, yes, no) => {
    const re = segmentRegex(pattern);
    for (const name of yes) expect(re.test(name), `${pattern} ~ ${name}`).toBe(true);
    for (const name of no) expect(re.test(name), `${pattern} !~ ${name}`).toBe(false);
  });

  it("hasGlob", () => {
    expect(["crates/*", "a?", "[ab]", "plain/path"].map(hasGlob)).toEqual([true, true, true, false]);
  });
});

describe("expandDirectoryGlob", () => {
  it("matches directories only, sorted, hidden ones too", () => {
    const root = tree(["crates/b", "crates/a", "crates/.hidden", "other"]);
    writeFileSync(join(root, "crates", "file"), "");
    expect(expand(root, "crates/*")).toEqual(["crates/.hidden", "crates/a", "crates/b"]);
  });

  it("plain segments are kept whether or not they exist; empty and `.` segments are skipped", () => {
    const root = tree(["crates/a"]);
    expect(expand(root, "./crates//a/")).toEqual(["crates/a"]);
    expect(expand(root, "missing/x")).toEqual(["missing/x"]);
  });

  it("`**` is the directory and every directory below it", () => {
    const root = tree(["a/b/c", "a/d"]);
    expect(expand(root, "a/**")).toEqual(["a", "a/b", "a/b/c", "a/d"]);
    // A plain segment after `**` is joined to each of them; member discovery then keeps those with a Cargo.toml.
    expect(expand(root, "**/c")).toEqual(["a/b/c", "a/b/c/c", "a/c", "a/d/c", "c"]);
  });

  it("a glob under a missing directory matches nothing", () => {
    const root = tree([]);
    expect(expand(root, "nope/*")).toEqual([]);
  });
});
