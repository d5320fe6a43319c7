/**
 * The newest release of a crate, as the registry rules pick it: plain `MAJOR.MINOR.PATCH` versions are ordered
 * without semver's parser, so the order is checked against semver's own (compare, descending, stable) on random
 * version lists mixing plain releases, leading zeros, build metadata, pre-releases, yanked, withdrawn
 * (`+deprecated`) and invalid versions.
 */
import fc from "fast-check";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { newestAdmitted, newestRelease } from "../rules/registry-support.js";
import { isTombstone } from "../src/catalog/tombstones.js";
import { satisfies } from "../src/model/cargo-semver.js";
import type { CrateInfo, IndexVersion } from "../src/registry/types.js";

const part = fc.oneof(fc.constantFrom("0", "1", "2", "10", "01", "00"), fc.integer({ min: 0, max: 30 }).map(String), fc.constant("9007199254740993"));
const version = fc
  .tuple(part, part, part, fc.constantFrom("", "", "", "-alpha.1", "-rc.2", "+build.5", "+deprecated", "-0", " ", ".4"), fc.constantFrom("", "", "v"))
  .map(([a, b, c, tail, prefix]) => `${prefix}${a}.${b}.${c}${tail}`);
const release = fc.record({ version, yanked: fc.boolean() });

const info = (releases: Array<{ version: string; yanked: boolean }>): CrateInfo => ({
  name: "some-crate",
  registry: "crates.io",
  fetchedAt: "2026-01-01T00:00:00Z",
  fromCache: false,
  versions: releases.map(
    (r): IndexVersion => ({ name: "some-crate", version: r.version, yanked: r.yanked, rustVersion: null, pubtime: null, deps: [], features: {} }),
  ),
});

/** The reference: every version through semver, releases only, newest first by semver's compare, stable. */
function referenceOrder(crate: CrateInfo): IndexVersion[] {
  return crate.versions
    .map((v) => ({ v, parsed: v.yanked ? null : semver.parse(v.version) }))
    .filter((x): x is { v: IndexVersion; parsed: semver.SemVer } => x.parsed !== null && x.parsed.prerelease.length === 0)
    .filter((x) => !isTombstone(crate.name, x.v.version))
    .sort((a, b) => b.parsed.compare(a.parsed))
    .map((x) => x.v);
}

describe("release order", () => {
  it("picks the same newest release as semver's order", () => {
    fc.assert(
      fc.property(fc.array(release, { maxLength: 12 }), (releases) => {
        const crate = info(releases);
        expect(newestRelease(crate)).toBe(referenceOrder(crate)[0]);
      }),
      { numRuns: 3_000 },
    );
  });

  it("admits by requirement in the same order", () => {
    fc.assert(
      fc.property(fc.array(release, { maxLength: 12 }), fc.constantFrom("*", "1", "0.2", ">=1.0.0, <2", "=1.2.3"), (releases, req) => {
        const crate = info(releases);
        const reference = referenceOrder(crate).find((v) => satisfies(v.version, req));
        expect(newestAdmitted(crate, [req])?.version).toBe(reference?.version);
      }),
      { numRuns: 1_000 },
    );
  });
});
