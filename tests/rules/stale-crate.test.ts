import { afterEach, describe, expect, it } from "vitest";
import { monthsBetween, staleCrate } from "../../rules/stale-crate.js";
import { crateInfo, fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { lineOf, lockText, manifestOf, runRule, writeProject } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

const TOML = `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = "1"\nwarp = "0.3"\n\n[build-dependencies]\ncc = "1"\n`;
const NOW = new Date("2026-06-15T12:00:00Z");

// Publication order differs from version order on purpose: the latest publish counts, not the highest version.
const OLD_WARP = crateInfo("warp", [
  { version: "0.3.6", pubtime: "2021-09-01T10:00:00Z" },
  { version: "0.3.7", pubtime: "2022-03-20T08:30:00Z" },
  { version: "0.2.9", pubtime: "2021-12-01T10:00:00Z" },
]);
const FRESH_SERDE = crateInfo("serde", [{ version: "1.0.100" }, { version: "1.0.228", pubtime: "2026-05-01T00:00:00Z" }]);

describe("stale-crate", () => {
  it("reports a direct dependency with no release for longer than the threshold", () => {
    const root = writeProject({ "Cargo.toml": TOML });
    const findings = runRule(staleCrate, root, fakeRegistry([OLD_WARP, FRESH_SERDE]), { now: NOW });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f?.ruleId).toBe("stale-crate");
    expect(f?.severity).toBe("note");
    expect(f?.messageId).toBe("stale");
    expect(f?.message).toBe("warp has had no release for 50 months: the last one, 0.3.7, was published on 2022-03-20");
    expect(f?.location).toMatchObject({ file: manifestOf(root), line: lineOf(TOML, "warp"), column: 1, endColumn: 5 });
  });

  it("honours the months option", () => {
    const root = writeProject({ "Cargo.toml": TOML });
    const registry = fakeRegistry([OLD_WARP, FRESH_SERDE]);
    expect(runRule(staleCrate, root, registry, { now: NOW, options: { months: 51 } })).toEqual([]);
    expect(runRule(staleCrate, root, registry, { now: NOW, options: { months: 1 } }).map((f) => f.crate.name)).toEqual(["serde", "warp"]);
  });

  it("counts a yanked publish as a release", () => {
    const warp = crateInfo("warp", [...OLD_WARP.versions, { version: "0.3.8", yanked: true, pubtime: "2026-01-10T00:00:00Z" }]);
    const root = writeProject({ "Cargo.toml": TOML });
    expect(runRule(staleCrate, root, fakeRegistry([warp]), { now: NOW })).toEqual([]);
  });

  it("skips crates whose index entries carry no publish time, and crates without data", () => {
    const root = writeProject({ "Cargo.toml": TOML });
    const cc = crateInfo("cc", ["1.0.0", "1.0.83"]);
    expect(runRule(staleCrate, root, fakeRegistry([cc]), { now: NOW })).toEqual([]);
  });
});

describe("monthsBetween", () => {
  it("counts whole calendar months", () => {
    const d = (s: string) => new Date(s);
    expect(monthsBetween(d("2024-03-20T08:30:00Z"), d("2026-03-20T08:30:00Z"))).toBe(24);
    expect(monthsBetween(d("2024-03-20T08:30:00Z"), d("2026-03-20T08:29:00Z"))).toBe(23);
    expect(monthsBetween(d("2024-01-31T00:00:00Z"), d("2024-02-29T00:00:00Z"))).toBe(0);
    expect(monthsBetween(d("2024-01-31T00:00:00Z"), d("2024-03-01T00:00:00Z"))).toBe(1);
  });
});

describe("stale-crate: threshold option and crate reference", () => {
  const YEAR_OLD = crateInfo("warp", [{ version: "0.3.7", pubtime: "2025-05-01T00:00:00Z" }]);

  it("a positive months option sets the threshold; anything else falls back to 36 months", () => {
    const root = writeProject({ "Cargo.toml": TOML });
    const count = (months: unknown) => runRule(staleCrate, root, fakeRegistry([YEAR_OLD]), { now: NOW, options: { months } }).length;
    expect([count(13), count(14), count(0), count(-1), count(Number.NaN), count(Number.POSITIVE_INFINITY), count("12")]).toEqual([1, 0, 0, 0, 0, 0, 0]);
    const threeYears = crateInfo("warp", [{ version: "0.3.7", pubtime: "2023-06-15T00:00:00Z" }]);
    expect(runRule(staleCrate, root, fakeRegistry([threeYears]), { now: NOW, options: { months: 0 } }).length).toBe(1);
  });

  it("names the locked version when there is a lockfile", () => {
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["warp"] }, { name: "warp", version: "0.3.6" }]);
    const root = writeProject({ "Cargo.toml": TOML, "Cargo.lock": lock });
    const [withLock] = runRule(staleCrate, root, fakeRegistry([OLD_WARP]), { now: NOW });
    expect(withLock?.crate).toStrictEqual({ name: "warp", req: "^0.3", version: "0.3.6" });
    const bare = writeProject({ "Cargo.toml": TOML });
    expect(runRule(staleCrate, bare, fakeRegistry([OLD_WARP]), { now: NOW })[0]?.crate).toStrictEqual({ name: "warp", req: "^0.3" });
  });
});
