/** Tombstone releases are never upgrade targets. */
import { describe, expect, it } from "vitest";
import { newestAdmitted, newestRelease } from "../rules/registry-support.js";
import { isTombstone } from "../src/catalog/tombstones.js";
import type { CrateInfo } from "../src/registry/types.js";

function info(name: string, versions: string[]): CrateInfo {
  return {
    name, registry: "crates.io", fetchedAt: "2026-01-01T00:00:00Z", fromCache: false,
    versions: versions.map((version) => ({ version, yanked: false, deps: [], features: {} }) as unknown as CrateInfo["versions"][number]),
  };
}

describe("tombstones", () => {
  it.each([
    ["serde_yaml", "0.9.34+deprecated", true],
    ["rinja", "0.4.0+deprecated", true],
    ["askama_axum", "0.5.0+deprecated", true],
    ["bincode", "3.0.0", true],
    ["bincode", "2.0.1", false],
    ["serde_yaml", "0.9.33", false],
    ["demo", "1.0.0+build.5", false],
  ] as const)("%s %s → %s", (crate, version, expected) => {
    expect(isTombstone(crate, version)).toBe(expected);
  });

  it("the newest release and the newest admitted version skip them", () => {
    expect(newestRelease(info("serde_yaml", ["0.9.33", "0.9.34+deprecated"]))?.version).toBe("0.9.33");
    expect(newestRelease(info("bincode", ["1.3.3", "2.0.1", "3.0.0"]))?.version).toBe("2.0.1");
    expect(newestAdmitted(info("askama_axum", ["0.4.0", "0.5.0+deprecated"]), ["*"])?.version).toBe("0.4.0");
  });
});
