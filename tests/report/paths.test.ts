import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-project.js";
import { findRepoRoot } from "../../src/commands/report-context.js";
import { isOutside, toPosixRelative } from "../../src/report/paths.js";

describe("findRepoRoot", () => {
  const base = tempDir("paths-");

  it("finds the nearest directory holding a .git directory", () => {
    const repo = join(base, "repo");
    mkdirSync(join(repo, ".git"), { recursive: true });
    mkdirSync(join(repo, "crates", "a"), { recursive: true });
    expect(findRepoRoot(join(repo, "crates", "a"))).toBe(repo);
  });

  it("accepts a .git file (worktrees and submodules)", () => {
    const worktree = join(base, "worktree");
    mkdirSync(join(worktree, "src"), { recursive: true });
    writeFileSync(join(worktree, ".git"), "gitdir: /elsewhere\n");
    expect(findRepoRoot(join(worktree, "src"))).toBe(worktree);
  });

  it("returns the start directory when there is no repository", () => {
    const plain = join(base, "plain", "deep");
    mkdirSync(plain, { recursive: true });
    expect(findRepoRoot(plain)).toBe(plain);
  });
});

describe("toPosixRelative", () => {
  it("makes absolute paths relative with / separators", () => {
    expect(toPosixRelative(join("/r", "a", "b.toml"), "/r")).toBe("a/b.toml");
    expect(toPosixRelative(join("/x", "b.toml"), "/r")).toBe("../x/b.toml");
    expect(isOutside("../x/b.toml")).toBe(true);
    expect(isOutside("..x/b.toml")).toBe(false);
  });

  it("keeps a relative path as it is, names the base itself `.`, and counts `..` and absolute paths as outside", () => {
    expect(toPosixRelative(join("crates", "a", "Cargo.toml"), "/r")).toBe("crates/a/Cargo.toml");
    expect(toPosixRelative("/r", "/r")).toBe(".");
    expect(toPosixRelative("/r/", "/r")).toBe(".");
    expect(isOutside("..")).toBe(true);
    expect(isOutside("/abs/Cargo.toml")).toBe(true);
    expect(isOutside(".")).toBe(false);
    expect(isOutside("crates/a")).toBe(false);
  });
});
