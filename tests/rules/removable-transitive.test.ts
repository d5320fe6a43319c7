import { afterEach, describe, expect, it } from "vitest";
import { removableTransitive } from "../../rules/removable-transitive.js";
import type { IndexVersion } from "../../src/registry/types.js";
import { crateInfo, dependsOn, fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { lineOf, lockText, manifestOf, runRule, writeProject, type LockEntry } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

// `fetchy` is a made-up direct dependency; async-std (discontinued) and http-types (declining) come from the catalog.
function project(fetchyReq: string, locked: LockEntry[]): { root: string; toml: string; lock: string } {
  const toml = `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfetchy = "${fetchyReq}"\n`;
  const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["fetchy"] }, ...locked]);
  return { root: writeProject({ "Cargo.toml": toml, "Cargo.lock": lock }), toml, lock };
}

const SHALLOW: LockEntry[] = [{ name: "async-std", version: "1.12.0" }, { name: "fetchy", version: "0.5.0", deps: ["async-std"] }];
const ASYNC_STD = crateInfo("async-std", ["1.12.0", "1.13.0"]);
const onAsyncStd = (version: string, extra: Partial<IndexVersion> = {}) => ({ version, deps: [dependsOn("async-std", "^1.6")], ...extra });

describe("removable-transitive", () => {
  it("names the first release of the direct dependency that drops the crate", () => {
    const { root, toml, lock } = project("0.5", SHALLOW);
    const fetchy = crateInfo("fetchy", [onAsyncStd("0.5.0"), onAsyncStd("0.5.1"), { version: "0.6.0" }, { version: "0.7.0" }]);
    const findings = runRule(removableTransitive, root, fakeRegistry([fetchy, ASYNC_STD]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f?.ruleId).toBe("removable-transitive");
    expect(f?.severity).toBe("note");
    expect(f?.messageId).toBe("drops");
    expect(f?.message).toBe("async-std 1.12.0 is discontinued; upgrading fetchy to 0.6.0 drops it");
    expect(f?.suggestion).toBe('Change the requirement to fetchy = "0.6".');
    expect(f?.location).toMatchObject({ file: manifestOf(root), line: lineOf(toml, "fetchy"), column: 1, endColumn: 7 });
    expect(f?.relatedLocations[0]).toMatchObject({ line: lineOf(lock, 'name = "async-std"') - 1, label: "Cargo.lock entry" });
  });

  it("suggests cargo update when a compatible release drops it", () => {
    const { root } = project("0.5", SHALLOW);
    const fetchy = crateInfo("fetchy", [onAsyncStd("0.5.0"), { version: "0.5.2" }, { version: "0.5.3" }]);
    const [f] = runRule(removableTransitive, root, fakeRegistry([fetchy]));
    expect(f?.message).toContain("upgrading fetchy to 0.5.2 drops it");
    expect(f?.suggestion).toBe("Run `cargo update -p fetchy --precise 0.5.2`.");
  });

  it("says when no release drops it yet, counting optional dependencies the default features enable", () => {
    const { root } = project("0.5", SHALLOW);
    const defaultOn = { features: { default: ["rt"], rt: ["dep:async-std"] }, deps: [dependsOn("async-std", "^1.6", { optional: true })] };
    const fetchy = crateInfo("fetchy", [onAsyncStd("0.5.0"), { version: "0.6.0", ...defaultOn }, { version: "0.7.0-beta.1" }]);
    const [f] = runRule(removableTransitive, root, fakeRegistry([fetchy]));
    expect(f?.messageId).toBe("noneDrops");
    expect(f?.message).toBe("async-std 1.12.0 is discontinued; no release of fetchy drops it yet (the newest, 0.6.0, still brings it in)");
    expect(f?.suggestion).toContain("Replace fetchy");
  });

  it("treats a dependency that becomes optional as dropped, unless the locked build already enabled it as optional", () => {
    const asOptional = (version: string) => ({ version, deps: [dependsOn("async-std", "^1.6", { optional: true })] });
    const { root } = project("0.5", SHALLOW);
    const dropsIt = crateInfo("fetchy", [onAsyncStd("0.5.0"), asOptional("0.6.0")]);
    expect(runRule(removableTransitive, root, fakeRegistry([dropsIt]))[0]?.messageId).toBe("drops");
    const featureEnabled = crateInfo("fetchy", [asOptional("0.5.0"), asOptional("0.6.0")]);
    expect(runRule(removableTransitive, root, fakeRegistry([featureEnabled]))[0]?.messageId).toBe("noneDrops");
  });

  it("follows a deeper path through the newest release each requirement admits", () => {
    const { root } = project("1", [
      { name: "async-std", version: "1.12.0" },
      { name: "fetchy", version: "1.0.0", deps: ["http-types"] },
      { name: "http-types", version: "2.12.0", deps: ["async-std"] },
    ]);
    const registry = fakeRegistry([
      crateInfo("fetchy", [
        { version: "1.0.0", deps: [dependsOn("http-types", "^2.12")] },
        { version: "1.1.0", deps: [dependsOn("http-types", "^2.12")] },
        { version: "2.0.0" },
      ]),
      crateInfo("http-types", [
        { version: "2.12.0", deps: [dependsOn("async-std", "^1.6")] },
        { version: "2.13.0", deps: [dependsOn("async-std", "^1.6", { optional: true })] },
      ]),
    ]);
    const messages = runRule(removableTransitive, root, registry).map((f) => f.message);
    expect(messages).toEqual([
      "async-std 1.12.0 is discontinued; upgrading fetchy to 1.1.0 drops it from the path fetchy 1.0.0 → http-types 2.12.0 → async-std 1.12.0",
      "http-types 2.12.0 is declining; upgrading fetchy to 2.0.0 drops it",
    ]);
  });

  it("covers crates under an unmaintained advisory", () => {
    const { root } = project("0.5", [{ name: "anymap", version: "0.12.1" }, { name: "fetchy", version: "0.5.0", deps: ["anymap"] }]);
    const fetchy = crateInfo("fetchy", [{ version: "0.5.0", deps: [dependsOn("anymap", "^0.12")] }, { version: "0.5.1" }]);
    const [f] = runRule(removableTransitive, root, fakeRegistry([fetchy]));
    expect(f?.message).toBe("anymap 0.12.1 is unmaintained (RUSTSEC-2021-0065); upgrading fetchy to 0.5.1 drops it");
  });

  it("ignores direct dependencies, healthy crates and direct dependencies without index data", () => {
    const { root } = project("0.5", [{ name: "fetchy", version: "0.5.0", deps: ["serde"] }, { name: "serde", version: "1.0.0" }]);
    expect(runRule(removableTransitive, root, fakeRegistry([crateInfo("fetchy", ["0.5.0", "0.6.0"])]))).toEqual([]);
    const shallow = project("0.5", SHALLOW);
    expect(runRule(removableTransitive, shallow.root, fakeRegistry([ASYNC_STD]))).toEqual([]);
    const directToml = `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nasync-std = "1"\n`;
    const direct = writeProject({
      "Cargo.toml": directToml,
      "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true, deps: ["async-std"] }, { name: "async-std", version: "1.12.0" }]),
    });
    expect(runRule(removableTransitive, direct, fakeRegistry([ASYNC_STD]))).toEqual([]);
  });
});

describe("removable-transitive: what each finding carries", () => {
  const deep: LockEntry[] = [
    { name: "async-std", version: "1.12.0" },
    { name: "fetchy", version: "0.5.0", deps: ["runtimey"] },
    { name: "runtimey", version: "1.0.0", deps: ["async-std"] },
  ];
  const runtimey = crateInfo("runtimey", [{ version: "1.0.0", deps: [dependsOn("async-std", "^1.6")] }]);

  it("a drop: the crate, the remedy, and the path when it is longer than one hop", () => {
    const { root } = project("0.5", deep);
    const fetchy = crateInfo("fetchy", [{ version: "0.5.0", deps: [dependsOn("runtimey", "^1")] }, { version: "0.6.0" }]);
    const [f] = runRule(removableTransitive, root, fakeRegistry([fetchy, runtimey, ASYNC_STD]));
    expect(f?.message).toBe("async-std 1.12.0 is discontinued; upgrading fetchy to 0.6.0 drops it from the path fetchy 0.5.0 → runtimey 1.0.0 → async-std 1.12.0");
    expect(f?.crate).toStrictEqual({ name: "async-std", version: "1.12.0" });
    expect(f?.remedy).toStrictEqual({ action: "upgrade", to: "0.6.0" });
  });

  it("no drop: the newest release and the path it still brings the crate through, no remedy", () => {
    const { root } = project("0.5", deep);
    const fetchy = crateInfo("fetchy", [{ version: "0.5.0", deps: [dependsOn("runtimey", "^1")] }, { version: "0.5.9", deps: [dependsOn("runtimey", "^1")] }]);
    const [f] = runRule(removableTransitive, root, fakeRegistry([fetchy, runtimey, ASYNC_STD]));
    expect(f?.message).toBe(
      "async-std 1.12.0 is discontinued; no release of fetchy drops it yet (the newest, 0.5.9, still brings it in through runtimey 1.0.0 → async-std 1.12.0)",
    );
    expect(f?.suggestion).toBe("Replace fetchy with a crate that does not depend on async-std, or ask its maintainers to drop it.");
    expect(f?.remedy).toBeUndefined();
  });

  it("with no newer release the newest is the locked one", () => {
    const { root } = project("0.5", SHALLOW);
    const [f] = runRule(removableTransitive, root, fakeRegistry([crateInfo("fetchy", [onAsyncStd("0.5.0")])]));
    expect(f?.message).toBe("async-std 1.12.0 is discontinued; no release of fetchy drops it yet (the newest, 0.5.0, still brings it in)");
  });

  it("a crate under unmaintained advisories only names them as its status", () => {
    // atomic-polyfill 1.0.3: RUSTSEC-2023-0089 (unmaintained), not in the catalog.
    const { root } = project("0.5", [{ name: "atomic-polyfill", version: "1.0.3" }, { name: "fetchy", version: "0.5.0", deps: ["atomic-polyfill"] }]);
    const fetchy = crateInfo("fetchy", [{ version: "0.5.0", deps: [dependsOn("atomic-polyfill", "^1")] }, { version: "0.5.1" }]);
    const [f] = runRule(removableTransitive, root, fakeRegistry([fetchy]));
    expect(f?.message).toBe("atomic-polyfill 1.0.3 is unmaintained (RUSTSEC-2023-0089); upgrading fetchy to 0.5.1 drops it");
  });

  it("a dependency declared twice (normal and dev) gives two findings with their own fingerprints", () => {
    const toml = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfetchy = "0.5"\n\n[dev-dependencies]\nfetchy = "0.5"\n';
    const root = writeProject({ "Cargo.toml": toml, "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true, deps: ["fetchy"] }, ...SHALLOW]) });
    const fetchy = crateInfo("fetchy", [onAsyncStd("0.5.0"), { version: "0.6.0" }]);
    const findings = runRule(removableTransitive, root, fakeRegistry([fetchy]));
    expect(findings.map((f) => f.location.line)).toEqual([7, 10]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it("a local crate with a declining crate's name, or a project without a lockfile, gives nothing", () => {
    const toml = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nasync-std = { path = "async-std" }\n';
    const root = writeProject({
      "Cargo.toml": toml,
      "async-std/Cargo.toml": '[package]\nname = "async-std"\nversion = "1.12.0"\nedition = "2021"\n',
      "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true, deps: ["async-std"] }, { name: "async-std", version: "1.12.0", local: true }]),
    });
    const noLock = writeProject({ "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfetchy = "0.5"\n' });
    const registry = fakeRegistry([crateInfo("fetchy", [onAsyncStd("0.5.0"), { version: "0.6.0" }])]);
    expect([runRule(removableTransitive, root, registry), runRule(removableTransitive, noLock, registry)]).toEqual([[], []]);
  });
});
