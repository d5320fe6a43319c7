/**
 * declining-transitive with hand-written catalog entries and index data: the exact message, suggestion, crate
 * reference, level and fingerprint identity of each kind of finding.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/catalog.js";
import type { Advisory } from "../../src/advisories/types.js";
import type { CatalogEntry } from "../../src/catalog/types.js";
import type { Finding } from "../../src/engine/types.js";
import type { RegistryView } from "../../src/registry/types.js";
import { decliningTransitive } from "../../rules/declining-transitive.js";
import { crateInfo, dependsOn, fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { runRule, type LockEntry, writeLockedProject, packageToml } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

const OLDLIB: CatalogEntry = {
  crate: "oldlib",
  status: "deprecated",
  versions: "*",
  category: "test",
  replacements: [{ crate: "newlib", recommendedBy: "cargo-sunset" }],
  reason: "Deprecated by its authors.",
  evidence: [],
};

const pkg = packageToml;
const local = (name: string, ...deps: string[]): LockEntry => ({ name, version: "0.1.0", local: true, deps });
const ALTERNATIVES = "Alternatives to oldlib: newlib; `cargo-sunset why oldlib` shows every path.";

function run(files: Record<string, string>, lock: LockEntry[], registry: RegistryView = fakeRegistry([]), advisories: Advisory[] = []): Finding[] {
  const root = writeLockedProject(files, lock);
  const catalog = createCatalog({ data: { asOf: "2026-06-01", entries: [OLDLIB] }, advisoryDb: { source: "test", date: "2026-06-01", advisories } });
  return runRule(decliningTransitive, root, registry, { catalog });
}

const THROUGH_BAR = { "Cargo.toml": `${pkg("app")}[dependencies]\nbar = "1"\n` };
const BAR_LOCK: LockEntry[] = [local("app", "bar"), { name: "bar", version: "1.0.0", deps: ["oldlib"] }, { name: "oldlib", version: "1.0.0" }];

describe("the release advice", () => {
  it("names the first release of the direct dependency that drops the crate", () => {
    const registry = fakeRegistry([
      crateInfo("bar", [
        { version: "1.0.0", deps: [dependsOn("oldlib", "^1")] },
        { version: "1.1.0", deps: [dependsOn("oldlib", "^1")] },
        { version: "1.2.0", deps: [] },
        { version: "1.3.0", deps: [] },
      ]),
      crateInfo("oldlib", ["1.0.0"]),
    ]);
    const findings = run(THROUGH_BAR, BAR_LOCK, registry);
    expect(findings.map((f) => [f.message, f.suggestion, f.severity])).toEqual([
      ["oldlib 1.0.0 is deprecated and comes in through bar: bar 1.0.0 → oldlib 1.0.0", `Upgrade bar to 1.2.0, the first release that drops it. ${ALTERNATIVES}`, "note"],
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "oldlib", version: "1.0.0" });
  });

  it("says when no release drops it yet, with the newest release", () => {
    const registry = fakeRegistry([
      crateInfo("bar", [
        { version: "1.0.0", deps: [dependsOn("oldlib", "^1")] },
        { version: "1.1.0", deps: [dependsOn("oldlib", "^1")] },
      ]),
      crateInfo("oldlib", ["1.0.0"]),
    ]);
    const [finding] = run(THROUGH_BAR, BAR_LOCK, registry);
    expect(finding?.suggestion).toBe(`No release of bar drops it yet (the newest is 1.1.0); replace bar. ${ALTERNATIVES}`);
  });

  it("without index data says which dependency to upgrade or replace", () => {
    const [finding] = run(THROUGH_BAR, BAR_LOCK);
    expect(finding?.suggestion).toBe(`Upgrade or replace bar (which release of bar drops it is not known without registry data). ${ALTERNATIVES}`);
  });
});

describe("the finding", () => {
  it("two locked versions through one declaration: one finding, versions in lockfile order, every advisory", () => {
    const advisories: Advisory[] = [
      { id: "RUSTSEC-2026-0201", package: "oldlib", kind: "unmaintained", date: "2026-01-01", title: "t", patched: [], unaffected: [] },
      { id: "RUSTSEC-2026-0202", package: "oldlib", kind: "unmaintained", date: "2026-01-01", title: "t", patched: [">= 0.9.5"], unaffected: [] },
    ];
    const lock: LockEntry[] = [
      local("app", "bar"),
      { name: "bar", version: "1.0.0", deps: ["baz", "oldlib 1.0.0"] },
      { name: "baz", version: "1.0.0", deps: ["oldlib 0.9.0"] },
      { name: "oldlib", version: "0.9.0" },
      { name: "oldlib", version: "1.0.0" },
    ];
    const findings = run(THROUGH_BAR, lock, fakeRegistry([]), advisories);
    expect(findings.map((f) => f.message)).toEqual([
      "oldlib 0.9.0 and 1.0.0 is deprecated (RUSTSEC-2026-0201, RUSTSEC-2026-0202) and comes in through bar: bar 1.0.0 → oldlib 1.0.0",
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "oldlib", version: "0.9.0", versions: ["0.9.0", "1.0.0"] });
  });

  it("a crate arriving through two declarations names the other one", () => {
    const files = { "Cargo.toml": `${pkg("app")}[dependencies]\nbar = "1"\nqux = "1"\n` };
    const lock: LockEntry[] = [
      local("app", "bar", "qux"),
      { name: "bar", version: "1.0.0", deps: ["oldlib"] },
      { name: "oldlib", version: "1.0.0" },
      { name: "qux", version: "1.0.0", deps: ["oldlib"] },
    ];
    const [finding] = run(files, lock);
    expect(finding?.suggestion).toBe(
      `Upgrade or replace bar (which release of bar drops it is not known without registry data). It also arrives through qux: it leaves the tree only when each of them drops it. ${ALTERNATIVES}`,
    );
  });

  it("takes unmaintained-advisory's level when RustSec also lists it, one step lower when only dev-dependencies bring it", () => {
    const advisories: Advisory[] = [{ id: "RUSTSEC-2026-0203", package: "oldlib", kind: "unmaintained", date: "2026-01-01", title: "t", patched: [], unaffected: [] }];
    const [normal] = run(THROUGH_BAR, BAR_LOCK, fakeRegistry([]), advisories);
    const [dev] = run({ "Cargo.toml": `${pkg("app")}[dev-dependencies]\nbar = "1"\n` }, BAR_LOCK, fakeRegistry([]), advisories);
    const [plain] = run(THROUGH_BAR, BAR_LOCK);
    expect([normal?.severity, dev?.severity, plain?.severity]).toEqual(["warning", "note", "note"]);
  });

  const SHARED = {
    "Cargo.toml": '[workspace]\nmembers = ["a", "b"]\nresolver = "2"\n\n[workspace.dependencies]\nbar = "1"\n',
    "a/Cargo.toml": `${pkg("a")}[dependencies]\nbar.workspace = true\n`,
    "b/Cargo.toml": `${pkg("b")}[dependencies]\nbar.workspace = true\n`,
  };
  const sharedLock = (version: string): LockEntry[] => [local("a", "bar"), local("b", "bar"), { name: "bar", version: "1.0.0", deps: ["oldlib"] }, { name: "oldlib", version }];

  it("a shared declaration is one finding naming its members, whose fingerprint survives an update of the crate", () => {
    const [before] = run(SHARED, sharedLock("1.0.0"));
    const [after] = run(SHARED, sharedLock("1.0.1"));
    expect(before?.message).toBe("oldlib 1.0.0 is deprecated and comes in through bar in 2 members (a, b): bar 1.0.0 → oldlib 1.0.0");
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it("one member's finding is tied to the locked version", () => {
    const [before] = run(THROUGH_BAR, BAR_LOCK);
    const [after] = run(THROUGH_BAR, BAR_LOCK.map((e) => (e.name === "oldlib" ? { ...e, version: "1.0.1" } : e)));
    expect(after?.message).toBe("oldlib 1.0.1 is deprecated and comes in through bar: bar 1.0.0 → oldlib 1.0.1");
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
  });
});
