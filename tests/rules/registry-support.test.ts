/** The registry helpers the rules share, called directly: release order, series, suggested requirements, features. */
import { describe, expect, it } from "vitest";
import type { RuleContext } from "../../src/engine/types.js";
import type { LockedPackage } from "../../src/model/types.js";
import {
  dependencyOn,
  enabledByDefault,
  isNewer,
  needsNewerRust,
  newerSeries,
  newestAdmitted,
  newestRelease,
  releases,
  semverOf,
  series,
  suggestedRequirement,
  updateCommand,
  versionEntry,
} from "../../rules/registry-support.js";
import { crateInfo, dependsOn } from "../helpers/fake-registry.js";

const versionsOf = (list: { version: string }[]) => list.map((v) => v.version);

describe("semverOf", () => {
  it("parses once per text and gives null for an invalid version", () => {
    const first = semverOf("1.2.3");
    expect(first?.format()).toBe("1.2.3");
    expect(semverOf("1.2.3")).toBe(first);
    expect(semverOf("not-a-version")).toBeNull();
    expect(semverOf("not-a-version")).toBeNull();
  });
});

describe("releases", () => {
  it("keeps non-yanked, non-pre-release, valid, non-tombstone versions, newest first", () => {
    const info = crateInfo("serde_yaml", [
      "0.8.26",
      "0.9.34+deprecated",
      { version: "0.9.33", yanked: true },
      "0.9.10",
      "0.10.0-rc.1",
      "garbage",
      "0.9.2",
    ]);
    expect(versionsOf(releases(info))).toEqual(["0.9.10", "0.9.2", "0.8.26"]);
    expect(newestRelease(info)?.version).toBe("0.9.10");
  });

  it("leaves out compile_error releases and returns a fresh array each call", () => {
    const info = crateInfo("bincode", ["1.3.3", "2.0.1", "3.0.0"]);
    const first = releases(info);
    expect(versionsOf(first)).toEqual(["2.0.1", "1.3.3"]);
    first.reverse();
    expect(versionsOf(releases(info))).toEqual(["2.0.1", "1.3.3"]);
    expect(newestRelease(info)?.version).toBe("2.0.1");
  });

  it("has no newest release when every version is yanked", () => {
    expect(newestRelease(crateInfo("x", [{ version: "1.0.0", yanked: true }]))).toBeUndefined();
  });
});

describe("newestAdmitted and versionEntry", () => {
  it("picks the newest release every requirement admits", () => {
    const info = crateInfo("x", ["1.0.0", "1.2.0", "1.5.0", "2.0.0"]);
    expect(newestAdmitted(info, ["^1"])?.version).toBe("1.5.0");
    expect(newestAdmitted(info, ["^1", "<1.4"])?.version).toBe("1.2.0");
    expect(newestAdmitted(info, [])?.version).toBe("2.0.0");
    expect(newestAdmitted(info, ["^3"])).toBeUndefined();
  });

  it("finds any version entry, yanked ones included", () => {
    const info = crateInfo("x", ["1.0.0", { version: "1.0.1", yanked: true }]);
    expect(versionEntry(info, "1.0.1")?.yanked).toBe(true);
    expect(versionEntry(info, "1.0.0")?.yanked).toBe(false);
    expect(versionEntry(info, "1.0.2")).toBeUndefined();
  });
});

describe("isNewer", () => {
  it("compares by semver, and is false for equal or invalid versions", () => {
    expect(isNewer("1.10.0", "1.9.0")).toBe(true);
    expect(isNewer("1.9.0", "1.10.0")).toBe(false);
    expect(isNewer("1.0.0", "1.0.0")).toBe(false);
    expect(isNewer("bad", "1.0.0")).toBe(false);
    expect(isNewer("2.0.0", "bad")).toBe(false);
  });
});

describe("series", () => {
  it("is cargo's compatibility series", () => {
    expect(series("1.4.2")).toBe("1");
    expect(series("12.0.0")).toBe("12");
    expect(series("0.3.7")).toBe("0.3");
    expect(series("0.1.0")).toBe("0.1");
    expect(series("0.0.4")).toBe("0.0.4");
    expect(series("0.0.0")).toBe("0.0.0");
    expect(series("v-bad")).toBe("v-bad");
  });
});

describe("newerSeries", () => {
  const info = crateInfo("x", ["0.1.0", "0.1.5", "0.2.0", "0.2.3", { version: "0.3.0", yanked: true }, "0.4.0-rc.1", "0.4.0", "1.0.0", "1.1.0", "2.0.0"]);

  it("lists the breaking series above the requirement up to the target, oldest first", () => {
    expect(newerSeries(info, "^0.1", "1.1.0")).toEqual(["0.2", "0.4", "1"]);
    expect(newerSeries(info, "^0.1", "2.0.0")).toEqual(["0.2", "0.4", "1", "2"]);
    expect(newerSeries(info, "^0.2", "0.4.0")).toEqual(["0.4"]);
    expect(newerSeries(info, "^1", "2.0.0")).toEqual(["2"]);
  });

  it("starts from the oldest admitted release, not the newest", () => {
    // ^0.1.0 admits 0.1.0 and 0.1.5: later 0.1 releases are the same series, not breaking ones.
    expect(newerSeries(info, "^0.1.0", "0.2.3")).toEqual(["0.2"]);
  });

  it("starts from the lowest version the requirement admits when no release matches it", () => {
    expect(newerSeries(info, "^0.3", "1.0.0")).toEqual(["0.4", "1"]);
    expect(newerSeries(info, "^0.0.9", "0.2.0")).toEqual(["0.1", "0.2"]);
  });

  it("names the target's series when the requirement cannot be read", () => {
    expect(newerSeries(info, "not a req", "1.1.0")).toEqual(["1"]);
  });
});

describe("suggestedRequirement", () => {
  it("writes as many components as the user did, and never fewer than the series needs", () => {
    expect(suggestedRequirement("1.4.2", "^1")).toBe("1");
    expect(suggestedRequirement("1.4.2", "^1.2")).toBe("1.4");
    expect(suggestedRequirement("1.4.2", "^1.2.3")).toBe("1.4.2");
    expect(suggestedRequirement("0.3.7", "^0.1")).toBe("0.3");
    expect(suggestedRequirement("0.3.7", "^0")).toBe("0.3");
    expect(suggestedRequirement("0.0.4", "^0.0.1")).toBe("0.0.4");
    expect(suggestedRequirement("0.0.4", "^1")).toBe("0.0.4");
  });

  it("keeps a ~ or = operator and drops ^", () => {
    expect(suggestedRequirement("1.4.2", "~1.2")).toBe("~1.4");
    expect(suggestedRequirement("1.4.2", "=1.2.3")).toBe("=1.4.2");
  });

  it("gives the plain form for ranges, wildcards, several comparators and unparsable requirements", () => {
    expect(suggestedRequirement("2.3.1", ">=1.2.3")).toBe("2");
    expect(suggestedRequirement("2.3.1", "1.2.*")).toBe("2");
    expect(suggestedRequirement("2.3.1", "^1.2.3, <1.9")).toBe("2");
    expect(suggestedRequirement("2.3.1", "*")).toBe("2");
    expect(suggestedRequirement("2.3.1", "what")).toBe("2");
    expect(suggestedRequirement("0.3.1", ">=0.1.2")).toBe("0.3");
  });

  it("returns an unparsable version as it is", () => {
    expect(suggestedRequirement("latest", "^1.2")).toBe("latest");
  });
});

describe("updateCommand", () => {
  const pkg = { name: "rand", version: "0.8.3" } as LockedPackage;
  const contextWith = (locked: number | undefined) =>
    ({ graph: locked === undefined ? undefined : { lockedVersionsOf: () => Array.from({ length: locked }) } }) as unknown as RuleContext;

  it("names the version only when the crate is locked more than once", () => {
    expect(updateCommand(contextWith(1), pkg)).toBe("cargo update -p rand");
    expect(updateCommand(contextWith(2), pkg)).toBe("cargo update -p rand@0.8.3");
    expect(updateCommand(contextWith(undefined), pkg)).toBe("cargo update -p rand");
  });

  it("adds --precise when given a version", () => {
    expect(updateCommand(contextWith(2), pkg, "0.8.5")).toBe("cargo update -p rand@0.8.3 --precise 0.8.5");
    expect(updateCommand(contextWith(1), pkg, "")).toBe("cargo update -p rand");
  });
});

describe("needsNewerRust", () => {
  it("compares rust versions written with two or three parts", () => {
    expect(needsNewerRust("1.71", "1.65")).toBe(true);
    expect(needsNewerRust("1.65", "1.71")).toBe(false);
    expect(needsNewerRust("1.70", "1.70.0")).toBe(false);
    expect(needsNewerRust("1.70.1", "1.70")).toBe(true);
  });

  it("is false when either side is missing or unreadable", () => {
    expect(needsNewerRust(null, "1.65")).toBe(false);
    expect(needsNewerRust("1.71", null)).toBe(false);
    expect(needsNewerRust("", "1.65")).toBe(false);
    expect(needsNewerRust("1.71", "")).toBe(false);
    expect(needsNewerRust("one", "1.65")).toBe(false);
  });
});

describe("dependencyOn", () => {
  it("finds a normal or build dependency by its real name, never a dev-dependency", () => {
    const [version] = releases(
      crateInfo("app", [
        {
          version: "1.0.0",
          deps: [dependsOn("tokio", "^1", { kind: "dev" }), dependsOn("cc", "^1", { kind: "build" }), dependsOn("rand08", "^0.8", { package: "rand" })],
        },
      ]),
    );
    if (!version) throw new Error("no release");
    expect(dependencyOn(version, "tokio")).toBeUndefined();
    expect(dependencyOn(version, "cc")?.kind).toBe("build");
    expect(dependencyOn(version, "rand")?.name).toBe("rand08");
    expect(dependencyOn(version, "rand08")).toBeUndefined();
  });
});

describe("enabledByDefault", () => {
  const version = (features: Record<string, string[]>) => {
    const [v] = releases(crateInfo("x", [{ version: "1.0.0", features }]));
    if (!v) throw new Error("no release");
    return v;
  };

  it("follows default through the features it enables", () => {
    const v = version({ default: ["std"], std: ["full"], full: ["dep:tokio", "serde/derive"], other: ["rand"] });
    expect(enabledByDefault(v, "tokio")).toBe(true);
    expect(enabledByDefault(v, "serde")).toBe(true);
    expect(enabledByDefault(v, "rand")).toBe(false);
  });

  it("does not count a weak `dep?/feature` enable", () => {
    expect(enabledByDefault(version({ default: ["serde?/derive"] }), "serde")).toBe(false);
    expect(enabledByDefault(version({ default: ["serde?/derive", "serde"] }), "serde")).toBe(true);
  });

  it("is false without a default feature, and stops on feature cycles", () => {
    expect(enabledByDefault(version({ tls: ["dep:rustls"] }), "rustls")).toBe(false);
    expect(enabledByDefault(version({ default: ["a"], a: ["b"], b: ["a"] }), "rustls")).toBe(false);
    expect(enabledByDefault(version({ default: ["a"], a: ["default", "dep:rustls"] }), "rustls")).toBe(true);
  });

  it("does not follow a `crate/feature` item as a feature of its own", () => {
    expect(enabledByDefault(version({ default: ["a/b"], a: ["dep:rustls"] }), "rustls")).toBe(false);
  });
});
