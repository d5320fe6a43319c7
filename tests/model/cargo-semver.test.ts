import semver from "semver";
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  lowestAdmitted,
  parseRequirement,
  parseVersion,
  rustVersionToSemver,
  satisfies,
  type Comparator,
} from "../../src/model/cargo-semver.js";

const REQUIREMENTS = [
  "1.2.3", "^1.2.3", "1.2", "1", "0.2.3", "0.2", "0.0.3", "0.0", "0", "~1.2.3", "~1.2", "~1", "*", "1.*", "1.2.*",
  "=1.2.3", "=1.2", "=1", ">1", ">1.2", ">1.2.3", ">=1.2", "<1.2", "<=1.2", "<=1.2.3", ">= 1.2, < 1.5", "1.0.0-alpha",
  "^1.0.0-alpha", "~1.2.3-rc.1", ">1.2.3-rc.1", "<1.2.3", ">=0.2.3, <0.3", "=1.0.0-beta", "0.0.3-alpha", ">=1.0.0-alpha.1, <2",
];
const VERSIONS = [
  "0.0.0", "0.0.1", "0.0.3", "0.0.3-alpha", "0.0.4", "0.1.0", "0.2.0", "0.2.3", "0.2.9", "0.3.0", "1.0.0-alpha",
  "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0", "1.0.1-alpha", "1.2.0",
  "1.2.3-rc.1", "1.2.3-rc.2", "1.2.3", "1.2.3+build.5", "1.2.4", "1.3.0", "1.4.9", "1.5.0", "2.0.0-0", "2.0.0", "10.0.0",
];

/** The translation to node-semver that the project used before evaluating requirements itself. */
function toNodeRange(req: string): string {
  return parseRequirement(req)
    .map((c: Comparator) => {
      if (c.op === "*") return "*";
      const base = [c.major, c.minor, c.patch].filter((n) => n !== undefined).join(".");
      const version = c.pre ? `${base}-${c.pre}` : base;
      if (c.wildcard) return c.op === "^" || c.op === "=" ? `${version}.x` : `${c.op}${version}`;
      return `${c.op}${version}`;
    })
    .join(" ");
}

describe("cargo requirement matching", () => {
  it.each([
    ["1.2.3", "1.9.0", true], ["1.2.3", "2.0.0", false], ["1.2", "1.2.0", true], ["0.2.3", "0.2.9", true],
    ["0.2.3", "0.3.0", false], ["0.0.3", "0.0.4", false], ["0.0", "0.0.9", true], ["0.0", "0.1.0", false],
    ["0", "0.9.9", true], ["~1.2", "1.3.0", false], ["~1", "1.9.0", true], ["=1.2", "1.2.7", true],
    [">1", "1.9.9", false], [">1", "2.0.0", true], ["<=1.2", "1.2.9", true], ["<=1.2", "1.3.0", false],
    [">= 1.2, < 1.5", "1.4.9", true], [">= 1.2, < 1.5", "1.5.0", false], ["*", "0.0.0", true],
    // Pre-releases match only through a comparator on the same major.minor.patch that has one.
    ["1.0", "1.0.0-alpha", false], ["*", "1.0.0-alpha", false], ["^1.0.0-alpha", "1.0.0-beta", true],
    ["^1.0.0-alpha", "1.0.1-alpha", false], ["^1.0.0-alpha", "1.2.0", true],
    // Build metadata is ignored; invalid versions or requirements never match.
    ["=1.2.3", "1.2.3+build.5", true], ["1.2", "1.2", false], ["1.2", "v1.2.0", false], ["1 || 2", "1.0.0", false],
  ])("%s admits %s: %s", (req, version, expected) => {
    expect(satisfies(version, req)).toBe(expected);
  });

  it("agrees with node-semver on a translated grid of requirements and versions", () => {
    const disagreements: string[] = [];
    for (const req of REQUIREMENTS) {
      for (const version of VERSIONS) {
        const ours = satisfies(version, req);
        const node = semver.satisfies(version, toNodeRange(req));
        if (ours !== node) disagreements.push(`${req} vs ${version}: ours ${ours}, node-semver ${node}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The grid is not vacuous: both answers occur.
    const answers = new Set(REQUIREMENTS.flatMap((req) => VERSIONS.map((v) => satisfies(v, req))));
    expect(answers).toEqual(new Set([true, false]));
  });

  it("finds the lowest admitted version as node-semver's minVersion does", () => {
    for (const req of REQUIREMENTS) {
      expect(lowestAdmitted(req), req).toBe(semver.minVersion(toNodeRange(req))?.version ?? null);
    }
    expect(lowestAdmitted(">1.2.3")).toBe("1.2.4");
    // Where cargo and node-semver part: a comparator without a pre-release excludes every pre-release (semver crate),
    // so the lowest admitted version may be the release of a pre-release bound.
    const cargoLowest: Array<[string, string]> = [
      ["~1, ~1.0.2-alpha.1", "1.0.2"], ["^1.1.2-beta, ~1.1", "1.1.2"], ["<=2.0, ~2.0.0-beta", "2.0.0"],
      ["<=0.0.0-alpha.1", "0.0.0-0"], [">2.1.1, >=2.1.2-0", "2.1.2-0"],
    ];
    for (const [req, lowest] of cargoLowest) {
      expect(lowestAdmitted(req), req).toBe(lowest);
      expect(satisfies(lowest, req), req).toBe(true);
    }
    expect(lowestAdmitted(">=2, <1")).toBeNull();
    expect(lowestAdmitted("not a requirement")).toBeNull();
  });
});

describe("versions", () => {
  it("orders by semver precedence, pre-releases before their release", () => {
    const ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0"];
    const parsed = ordered.map((v) => parseVersion(v));
    for (let i = 1; i < parsed.length; i++) {
      expect(compareVersions(parsed[i - 1]!, parsed[i]!), `${ordered[i - 1]} < ${ordered[i]}`).toBeLessThan(0);
      expect(semver.compare(ordered[i - 1]!, ordered[i]!)).toBe(-1);
    }
    expect(compareVersions(parseVersion("1.2.3+a")!, parseVersion("1.2.3+b")!)).toBe(0);
  });

  it("rejects what is not a semantic version", () => {
    for (const text of ["1.2", "01.2.3", "1.2.3-", "1.2.3.4", "v1.2.3", "", "1.0.0-01", "1.0.0-a..b"]) expect(parseVersion(text), text).toBeNull();
    expect(parseVersion("1.0.0-0a.10")?.pre).toEqual(["0a", "10"]);
  });

  it("pads rust-version to a full version", () => {
    expect(rustVersionToSemver("1.70")).toBe("1.70.0");
    expect(rustVersionToSemver("1")).toBe("1.0.0");
    expect(rustVersionToSemver("1.x")).toBeNull();
  });
});
