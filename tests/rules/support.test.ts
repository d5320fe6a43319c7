/** The wording and grouping helpers the rules share, called directly. */
import { describe, expect, it } from "vitest";
import type { CatalogEntry, Replacement } from "../../src/catalog/types.js";
import type { RuleContext } from "../../src/engine/types.js";
import type { Reach } from "../../src/model/graph.js";
import type { Dependency, Package } from "../../src/model/types.js";
import {
  declarationKey,
  declarationLabel,
  describePath,
  externalDependencies,
  firstSentence,
  groupByDeclaration,
  keyOf,
  kindLabel,
  listText,
  membersText,
  membersUnder,
  neverShips,
  normalTreeOccurrences,
  occurrenceText,
  otherWays,
  replacedByStd,
  replacementsText,
} from "../../rules/support.js";

function dep(overrides: Partial<Dependency> = {}): Dependency {
  return {
    name: "tokio",
    rename: null,
    req: "^1",
    kind: "normal",
    target: null,
    optional: false,
    defaultFeatures: true,
    features: [],
    source: { type: "registry", registry: null } as Dependency["source"],
    manifestPath: "/p/Cargo.toml",
    keyPath: ["dependencies", "tokio"],
    ...overrides,
  };
}

function reach(member: string, direct: Dependency): Reach {
  return { member, memberManifestPath: `/p/${member}/Cargo.toml`, direct, path: ["a"], length: 1, first: "a" };
}

function entry(replacements: Replacement[]): CatalogEntry {
  return { crate: "x", status: "deprecated", versions: "*", category: "misc", replacements, reason: "", evidence: [] } as CatalogEntry;
}

describe("kindLabel and keyOf", () => {
  it("says nothing for a normal dependency and names the kind and target otherwise", () => {
    expect(kindLabel(dep())).toBe("");
    expect(kindLabel(dep({ kind: "dev" }))).toBe("dev-dependency");
    expect(kindLabel(dep({ kind: "build", target: "cfg(unix)" }))).toBe("build-dependency for cfg(unix)");
    expect(kindLabel(dep({ target: "cfg(windows)" }))).toBe("for cfg(windows)");
  });

  it("uses the rename as the key when there is one", () => {
    expect(keyOf(dep())).toBe("tokio");
    expect(keyOf(dep({ rename: "tokio1" }))).toBe("tokio1");
    expect(declarationLabel(dep({ rename: "tokio1" }))).toBe("tokio1");
  });
});

describe("replacements", () => {
  it("is replaced by std only when every replacement names a Rust release", () => {
    expect(replacedByStd(entry([]))).toBe(false);
    expect(replacedByStd(entry([{ crate: "std::sync::LazyLock", recommendedBy: "cargo-sunset", rustVersion: "1.80" }]))).toBe(true);
    expect(
      replacedByStd(entry([{ crate: "std::sync::LazyLock", recommendedBy: "cargo-sunset", rustVersion: "1.80" }, { crate: "once_cell", recommendedBy: "upstream" }])),
    ).toBe(false);
  });

  it("says who recommends each replacement", () => {
    const text = replacementsText(
      entry([
        { crate: "a", recommendedBy: "cargo-sunset" },
        { crate: "b", recommendedBy: "rustsec" },
        { crate: "c", recommendedBy: "upstream" },
        { crate: "d", recommendedBy: "organisation" },
      ]),
    );
    expect(text).toBe("a, b (RustSec's suggestion), c (its authors' suggestion), d (your organisation)");
  });
});

describe("firstSentence", () => {
  it("stops at the first full stop followed by a space or the end", () => {
    expect(firstSentence("Use std. It is faster.")).toBe("Use std.");
    expect(firstSentence("Moved to v1.2.3 of foo.\nMore here")).toBe("Moved to v1.2.3 of foo.");
    expect(firstSentence("Only one.")).toBe("Only one.");
    expect(firstSentence("No stop at all")).toBe("No stop at all");
    expect(firstSentence("Version 0.3.x is old")).toBe("Version 0.3.x is old");
  });
});

describe("membersText and listText", () => {
  it("counts members and names at most the cap", () => {
    expect(membersText(["a"])).toBe("1 member (a)");
    expect(membersText(["a", "b"])).toBe("2 members (a, b)");
    expect(membersText(["a", "b", "c", "d", "e"])).toBe("5 members (a, b, c, d, e)");
    expect(membersText(["a", "b", "c", "d", "e", "f", "g"])).toBe("7 members (a, b, c, d, e, and 2 more)");
    expect(membersText(["a", "b", "c"], 2)).toBe("3 members (a, b, and 1 more)");
  });

  it("joins with commas and a final and, past the cap as others", () => {
    expect(listText([])).toBe("");
    expect(listText(["a"])).toBe("a");
    expect(listText(["a", "b"])).toBe("a and b");
    expect(listText(["a", "b", "c"])).toBe("a, b and c");
    expect(listText(["a", "b", "c"], 3)).toBe("a, b and c");
    expect(listText(["a", "b", "c", "d", "e"], 2)).toBe("a, b and 3 others");
  });
});

describe("declarations", () => {
  it("keys a member's entry by manifest and key path, and an inherited one by its workspace entry", () => {
    const own = dep({ manifestPath: "/p/a/Cargo.toml", keyPath: ["dependencies", "tokio"] });
    expect(declarationKey(own)).toBe("/p/a/Cargo.toml\u0000dependencies\u0000tokio");
    const inherited = dep({
      manifestPath: "/p/a/Cargo.toml",
      inheritedFrom: { name: "tokio", key: "tokio", req: "^1", defaultFeatures: true, features: [], source: own.source, manifestPath: "/p/Cargo.toml", keyPath: ["workspace", "dependencies", "tokio"] },
    });
    expect(declarationKey(inherited)).toBe("workspace\u0000/p/Cargo.toml\u0000workspace\u0000dependencies\u0000tokio");
  });

  it("groups ways in by declaration in first-seen order, each dependency and member once", () => {
    const shared = { name: "tokio", key: "tokio", req: "^1", defaultFeatures: true, features: [], source: dep().source, manifestPath: "/p/Cargo.toml", keyPath: ["workspace", "dependencies", "tokio"] };
    const a = dep({ manifestPath: "/p/a/Cargo.toml", inheritedFrom: shared });
    const b = dep({ manifestPath: "/p/b/Cargo.toml", inheritedFrom: shared });
    const c = dep({ name: "rand", manifestPath: "/p/a/Cargo.toml", keyPath: ["dependencies", "rand"] });
    const reaches = [reach("a", a), reach("a", c), reach("a", a), reach("b", b), reach("b", b)];
    const groups = [...groupByDeclaration(reaches).values()];
    expect(groups.map((g) => g.key)).toEqual([declarationKey(a), declarationKey(c)]);
    const [tokio, rand] = groups;
    expect(tokio?.deps).toEqual([a, b]);
    expect(tokio?.deps[0]).toBe(a);
    expect(tokio?.deps[1]).toBe(b);
    expect(tokio?.members).toEqual(["a", "b"]);
    expect(tokio?.reaches).toHaveLength(4);
    expect(rand?.deps).toEqual([c]);
    expect(rand?.members).toEqual(["a"]);
    expect(rand?.reaches).toHaveLength(1);
  });
});

describe("neverShips and otherWays", () => {
  it("never ships only when there are ways in and all are dev or build", () => {
    expect(neverShips([])).toBe(false);
    expect(neverShips([reach("a", dep({ kind: "dev" })), reach("a", dep({ kind: "build" }))])).toBe(true);
    expect(neverShips([reach("a", dep({ kind: "dev" })), reach("a", dep())])).toBe(false);
  });

  it("lists the other keys a crate arrives through in the given members, each once", () => {
    const ways = otherWays([
      reach("a", dep({ name: "hyper" })),
      reach("a", dep({ name: "reqwest" })),
      reach("b", dep({ name: "reqwest" })),
      reach("b", dep({ name: "axum" })),
      reach("c", dep({ name: "warp", rename: "warp3" })),
    ]);
    expect(ways(["a", "b"], "hyper")).toEqual(["reqwest", "axum"]);
    expect(ways(["a"], "reqwest")).toEqual(["hyper"]);
    expect(ways(["c"], "warp")).toEqual(["warp3"]);
    expect(ways(["c"], "warp3")).toEqual([]);
    expect(ways([], "hyper")).toEqual([]);
  });
});

function member(name: string, dependencies: Dependency[]): Package {
  return { name, version: "0.1.0", edition: "2021", rustVersion: null, publish: true, manifestPath: `/p/${name}/Cargo.toml`, features: {}, dependencies };
}

const withoutGraph = (members: Package[]) => ({ workspace: { members }, graph: undefined }) as unknown as RuleContext;

describe("helpers that read the workspace", () => {
  const pathDep = (name: string, kind: Dependency["kind"] = "normal") => dep({ name, kind, source: { type: "path", path: `/p/${name}` } });

  it("lists registry and git dependencies of every member, never path ones", () => {
    const git = dep({ name: "g", source: { type: "git", url: "https://example.com/g" } });
    const a = member("a", [dep(), pathDep("b"), git]);
    const b = member("b", [dep({ name: "rand" })]);
    expect(externalDependencies(withoutGraph([a, b])).map(({ member, dep }) => `${member.name}:${dep.name}`)).toEqual(["a:tokio", "a:g", "b:rand"]);
  });

  it("without a lockfile, finds crates among the member's normal registry dependencies and describes paths with ?", () => {
    const a = member("a", [dep(), dep({ name: "rand", kind: "dev" }), pathDep("tokio"), dep({ name: "serde", rename: "serde1", req: "^1.0.100" })]);
    const context = withoutGraph([a]);
    const found = normalTreeOccurrences(context, a, new Set(["tokio", "rand", "serde"]));
    expect(found.map((o) => ({ pkg: o.pkg, name: o.direct.name, version: o.version, path: o.path }))).toEqual([
      { pkg: null, name: "tokio", version: "^1", path: [] },
      { pkg: null, name: "serde", version: "^1.0.100", path: [] },
    ]);
    expect(found.map((o) => occurrenceText(context, o))).toEqual(["as tokio ^1", "as serde1 ^1.0.100"]);
    expect(describePath(context, ["x", "y", "z"])).toBe("? → ? → ?");
  });

  it("gathers the members a member depends on through normal path dependencies, transitively and once each", () => {
    const c = member("c", [pathDep("a")]);
    const b = member("b", [pathDep("c"), pathDep("d", "dev")]);
    const d = member("d", []);
    const e = member("e", []);
    const a = member("a", [pathDep("b"), pathDep("e", "build"), dep()]);
    const context = withoutGraph([a, b, c, d, e]);
    expect(membersUnder(context, a).map((m) => m.name)).toEqual(["a", "b", "c"]);
    expect(membersUnder(context, d).map((m) => m.name)).toEqual(["d"]);
  });
});
