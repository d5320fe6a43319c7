/** `-p/--package` and `--exclude` member selection, on workspaces given as plain member lists. */
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { checkSelection, isNarrowed, selectedMembers } from "../../src/model/member-selection.js";
import type { Workspace } from "../../src/model/types.js";

const workspace = (...names: string[]) => ({ members: names.map((name) => ({ name })) }) as unknown as Workspace;
const WS = workspace("reth-cli", "reth-db", "reth", "op-node");

describe("selectedMembers", () => {
  it("keeps every member when nothing is named", () => {
    expect([...selectedMembers(WS, { packages: [], exclude: [] })]).toEqual(["reth-cli", "reth-db", "reth", "op-node"]);
  });

  it("keeps the named members, by exact name or glob, in workspace order", () => {
    expect([...selectedMembers(WS, { packages: ["reth"], exclude: [] })]).toEqual(["reth"]);
    expect([...selectedMembers(WS, { packages: ["reth-*"], exclude: [] })]).toEqual(["reth-cli", "reth-db"]);
    expect([...selectedMembers(WS, { packages: ["op-node", "reth-d?"], exclude: [] })]).toEqual(["reth-db", "op-node"]);
  });

  it("leaves out excluded members, also from what --package keeps", () => {
    expect([...selectedMembers(WS, { packages: [], exclude: ["reth-*"] })]).toEqual(["reth", "op-node"]);
    expect([...selectedMembers(WS, { packages: ["reth*"], exclude: ["reth-db"] })]).toEqual(["reth-cli", "reth"]);
  });

  it("a name without glob characters is not a prefix or a pattern", () => {
    expect([...selectedMembers(WS, { packages: ["reth-"], exclude: [] })]).toEqual([]);
    expect([...selectedMembers(WS, { packages: [], exclude: ["op"] })]).toEqual(["reth-cli", "reth-db", "reth", "op-node"]);
  });
});

describe("checkSelection", () => {
  it("accepts patterns that match a member of some workspace", () => {
    expect(() => checkSelection([WS, workspace("other")], { packages: ["other", "reth-*"], exclude: ["op-node"] })).not.toThrow();
  });

  it("names the flag, the pattern and every member, sorted, when a pattern matches none", () => {
    expect(() => checkSelection([WS], { packages: ["reht"], exclude: [] })).toThrow(
      new UsageError("--package `reht` matches no workspace member (members: op-node, reth, reth-cli, reth-db)"),
    );
    expect(() => checkSelection([WS, workspace("reth")], { packages: [], exclude: ["x*"] })).toThrow(
      new UsageError("--exclude `x*` matches no workspace member (members: op-node, reth, reth-cli, reth-db)"),
    );
    expect(() => checkSelection([workspace()], { packages: ["a"], exclude: [] })).toThrow("--package `a` matches no workspace member (members: none)");
  });

  it("throws a UsageError (exit code 2 at the command line)", () => {
    let thrown: unknown;
    try {
      checkSelection([WS], { packages: [], exclude: ["nope"] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
  });
});

describe("isNarrowed", () => {
  it("is true only when a package or an exclusion is named", () => {
    expect([
      isNarrowed(undefined),
      isNarrowed({ packages: [], exclude: [] }),
      isNarrowed({ packages: ["a"], exclude: [] }),
      isNarrowed({ packages: [], exclude: ["a"] }),
    ]).toEqual([false, false, true, true]);
  });
});
