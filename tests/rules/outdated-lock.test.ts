import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { outdatedLock } from "../../rules/outdated-lock.js";
import { crateInfo, dependsOn, fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { lineOf, lockText, manifestOf, runRule, writeProject, type LockEntry } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

const MANIFEST = `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nwarp = "0.3"\n`;

function project(locked: LockEntry[], appDeps = ["warp"], manifest = MANIFEST): { root: string; lock: string } {
  const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: appDeps }, ...locked]);
  return { root: writeProject({ "Cargo.toml": manifest, "Cargo.lock": lock }), lock };
}

describe("outdated-lock", () => {
  it("reports a lock older than the newest version the requirement admits", () => {
    const { root, lock } = project([{ name: "warp", version: "0.3.1" }]);
    const [f, ...rest] = runRule(outdatedLock, root, fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.7", "0.4.0"])]));
    expect(rest).toEqual([]);
    expect(f?.ruleId).toBe("outdated-lock");
    expect(f?.severity).toBe("note");
    expect(f?.messageId).toBe("outdatedLock");
    expect(f?.message).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7");
    expect(f?.suggestion).toBe("Run `cargo update -p warp` to update Cargo.lock.");
    expect(f?.location).toMatchObject({ file: manifestOf(root), line: lineOf(MANIFEST, "warp"), column: 1, endColumn: 5 });
    expect(f?.relatedLocations).toEqual([expect.objectContaining({ file: `${root}/Cargo.lock`, line: lineOf(lock, 'name = "warp"') - 1, label: "Cargo.lock entry" })]);
  });

  it("names the version in the command when the crate is locked more than once", () => {
    const manifest = MANIFEST.replace(`warp = "0.3"`, `rand = "0.8"\nold = "1"`);
    const { root } = project(
      [{ name: "old", version: "1.0.0", deps: ["rand 0.7.3"] }, { name: "rand", version: "0.7.3" }, { name: "rand", version: "0.8.3" }],
      ["old", "rand 0.8.3"],
      manifest,
    );
    const registry = fakeRegistry([crateInfo("rand", ["0.7.3", "0.8.3", "0.8.5"]), crateInfo("old", ["1.0.0"])]);
    const findings = runRule(outdatedLock, root, registry);
    expect(findings.map((f) => f.suggestion)).toEqual(["Run `cargo update -p rand@0.8.3` to update Cargo.lock."]);
  });

  it("does not count yanked or pre-release versions as newer", () => {
    const { root } = project([{ name: "warp", version: "0.3.7" }]);
    const registry = fakeRegistry([crateInfo("warp", ["0.3.7", { version: "0.3.8", yanked: true }, "0.3.9-rc.1"])]);
    expect(runRule(outdatedLock, root, registry)).toEqual([]);
  });

  it("leaves a yanked lock to yanked-version", () => {
    const { root } = project([{ name: "warp", version: "0.3.1" }]);
    const registry = fakeRegistry([crateInfo("warp", [{ version: "0.3.1", yanked: true }, "0.3.7"])]);
    expect(runRule(outdatedLock, root, registry)).toEqual([]);
  });

  it("mentions a cap set by another dependent, and stays quiet when that cap is the lock", () => {
    const manifest = MANIFEST.replace(`warp = "0.3"`, `warp = "0.3"\nwarp-extra = "1"`);
    const { root } = project([{ name: "warp", version: "0.3.1" }, { name: "warp-extra", version: "1.0.0", deps: ["warp"] }], ["warp", "warp-extra"], manifest);
    const registryWith = (req: string) =>
      fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.5", "0.3.7"]), crateInfo("warp-extra", [{ version: "1.0.0", deps: [dependsOn("warp", req)] }])]);
    const [capped] = runRule(outdatedLock, root, registryWith(">=0.3, <0.3.6"));
    expect(capped?.message).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7; other dependents' requirements allow at most 0.3.5");
    expect(runRule(outdatedLock, root, registryWith("=0.3.1"))).toEqual([]);
  });

  it("says when the admitted version needs a newer Rust than the package declares", () => {
    const manifest = MANIFEST.replace(`edition = "2021"`, `edition = "2021"\nrust-version = "1.65"`);
    const { root } = project([{ name: "warp", version: "0.3.1" }], ["warp"], manifest);
    const warp = crateInfo("warp", [{ version: "0.3.1", rustVersion: "1.60" }, { version: "0.3.7", rustVersion: "1.71" }]);
    const [f] = runRule(outdatedLock, root, fakeRegistry([warp]));
    expect(f?.message).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7 (which needs Rust 1.71, above app's rust-version 1.65)");
  });

  it("needs a lockfile and registry data", () => {
    const noLock = writeProject({ "Cargo.toml": MANIFEST });
    expect(runRule(outdatedLock, noLock, fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.7"])]))).toEqual([]);
    const { root } = project([{ name: "warp", version: "0.3.1" }]);
    expect(runRule(outdatedLock, root, fakeRegistry([]))).toEqual([]);
  });

  it("stays quiet when the lock is already the newest admitted version, or newer than any release", () => {
    const { root } = project([{ name: "warp", version: "0.3.7" }]);
    expect(runRule(outdatedLock, root, fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.7", "0.4.0"])]))).toEqual([]);
    const ahead = project([{ name: "warp", version: "0.3.9" }]);
    expect(runRule(outdatedLock, ahead.root, fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.7"])]))).toEqual([]);
    expect(runRule(outdatedLock, ahead.root, fakeRegistry([crateInfo("warp", ["0.4.0"])]))).toEqual([]);
  });

  it("does not mention a cap that is the requirement's own newest version", () => {
    const manifest = MANIFEST.replace(`warp = "0.3"`, `warp = "0.3"\nwarp-extra = "1"`);
    const { root } = project([{ name: "warp", version: "0.3.1" }, { name: "warp-extra", version: "1.0.0", deps: ["warp"] }], ["warp", "warp-extra"], manifest);
    const registry = fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.7"]), crateInfo("warp-extra", [{ version: "1.0.0", deps: [dependsOn("warp", "^0.3.2")] }])]);
    const [f, ...rest] = runRule(outdatedLock, root, registry);
    expect(rest).toEqual([]);
    expect(f?.message).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7");
  });

  it("one finding for an entry the members inherit, at the entry, dev-only one step lower", () => {
    const member = (name: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dev-dependencies]\nwarp = { workspace = true }\n`;
    const lock = lockText([
      { name: "a", version: "0.1.0", local: true, deps: ["warp"] },
      { name: "b", version: "0.1.0", local: true, deps: ["warp"] },
      { name: "warp", version: "0.3.1" },
    ]);
    const root = writeProject({
      "Cargo.toml": `[workspace]\nmembers = ["a", "b"]\nresolver = "2"\n\n[workspace.dependencies]\nwarp = "0.3"\n`,
      "a/Cargo.toml": member("a"),
      "b/Cargo.toml": member("b"),
      "Cargo.lock": lock,
    });
    const findings = runRule(outdatedLock, root, fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.7"])]));
    expect(findings.map((f) => [f.members, f.message, f.severity, f.location.file, f.location.line])).toEqual([
      [["a", "b"], "warp is locked at 0.3.1, but ^0.3 admits 0.3.7", "note", join(root, "Cargo.toml"), 6],
    ]);
    expect(findings[0]?.relatedLocations.map((l) => l.label)).toEqual(["inherited here", "inherited here", "Cargo.lock entry"]);
  });

  it("says nothing of Rust when the member declares no rust-version or the target fits it", () => {
    const warp = crateInfo("warp", [{ version: "0.3.1", rustVersion: "1.60" }, { version: "0.3.7", rustVersion: "1.64" }]);
    const { root } = project([{ name: "warp", version: "0.3.1" }]);
    expect(runRule(outdatedLock, root, fakeRegistry([warp]))[0]?.message).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7");
    const manifest = MANIFEST.replace(`edition = "2021"`, `edition = "2021"\nrust-version = "1.64"`);
    const fits = project([{ name: "warp", version: "0.3.1" }], ["warp"], manifest);
    expect(runRule(outdatedLock, fits.root, fakeRegistry([warp]))[0]?.message).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7");
  });

  it("within one member each declaration is a finding of its own, with its own fingerprint", () => {
    const manifest = MANIFEST.replace(`warp = "0.3"`, `warp = "0.3"\n\n[dev-dependencies]\nwarp = "0.3"\n\n[target.'cfg(unix)'.dependencies]\nwarp = "0.3"`);
    const { root } = project([{ name: "warp", version: "0.3.1" }], ["warp"], manifest);
    const findings = runRule(outdatedLock, root, fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.7"])]));
    expect(findings).toHaveLength(3);
    expect(findings[0]?.crate).toEqual({ name: "warp", req: "^0.3", version: "0.3.1" });
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
  });

  it("two shared groups of one locked package (different requirements) are two findings with their own fingerprints", () => {
    const member = (name: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nwarp.workspace = true\n\n[dev-dependencies]\nwarp = ">=0.3.1, <0.3.6"\n`;
    const lock = lockText([
      { name: "a", version: "0.1.0", local: true, deps: ["warp"] },
      { name: "b", version: "0.1.0", local: true, deps: ["warp"] },
      { name: "warp", version: "0.3.1" },
    ]);
    const root = writeProject({
      "Cargo.toml": `[workspace]\nmembers = ["a", "b"]\nresolver = "2"\n\n[workspace.dependencies]\nwarp = "0.3"\n`,
      "a/Cargo.toml": member("a"),
      "b/Cargo.toml": member("b"),
      "Cargo.lock": lock,
    });
    const findings = runRule(outdatedLock, root, fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.5", "0.4.0", "0.3.9"])]));
    expect(findings.map((f) => [f.members, f.message])).toEqual([
      [["a", "b"], "warp is locked at 0.3.1, but ^0.3 admits 0.3.9; other dependents' requirements allow at most 0.3.5"],
      [["a", "b"], "warp is locked at 0.3.1, but >=0.3.1, <0.3.6 admits 0.3.5"],
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it("names the members whose rust-version the update would break", () => {
    const warp = crateInfo("warp", [{ version: "0.3.1", rustVersion: "1.60" }, { version: "0.3.7", rustVersion: "1.70" }]);
    const member = (name: string, rust: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\nrust-version = "${rust}"\n\n[dependencies]\nwarp.workspace = true\n`;
    const lock = lockText(["a", "b", "c"].map((n) => ({ name: n, version: "0.1.0", local: true, deps: ["warp"] })).concat([{ name: "warp", version: "0.3.1" }]));
    const files = (rusts: string[]) => ({
      "Cargo.toml": `[workspace]\nmembers = ["a", "b", "c"]\nresolver = "2"\n\n[workspace.dependencies]\nwarp = "0.3"\n`,
      "a/Cargo.toml": member("a", rusts[0]!),
      "b/Cargo.toml": member("b", rusts[1]!),
      "c/Cargo.toml": member("c", rusts[2]!),
      "Cargo.lock": lock,
    });
    const message = (rusts: string[]) => runRule(outdatedLock, writeProject(files(rusts)), fakeRegistry([warp]))[0]?.message;
    expect(message(["1.80", "1.65", "1.80"])).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7 (which needs Rust 1.70, above b's rust-version 1.65)");
    expect(message(["1.65", "1.60", "1.80"])).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7 (which needs Rust 1.70, above a's rust-version 1.65 and 1 other member's)");
    expect(message(["1.65", "1.60", "1.61"])).toBe("warp is locked at 0.3.1, but ^0.3 admits 0.3.7 (which needs Rust 1.70, above a's rust-version 1.65 and 2 other members')");
  });

  it("leaves out git dependencies and crates the registry has no versions of", () => {
    const git = MANIFEST.replace(`warp = "0.3"`, `warp = { git = "https://github.com/seanmonstar/warp" }`);
    const { root } = project([{ name: "warp", version: "0.3.1" }], ["warp"], git);
    expect(runRule(outdatedLock, root, fakeRegistry([crateInfo("warp", ["0.3.1", "0.3.7"])]))).toEqual([]);
    const plain = project([{ name: "warp", version: "0.3.1" }]);
    expect(runRule(outdatedLock, plain.root, fakeRegistry([crateInfo("warp", [])]))).toEqual([]);
    expect(runRule(outdatedLock, plain.root, fakeRegistry([{ ...crateInfo("warp", ["0.3.1", "0.3.7"]), notFound: true }]))).toEqual([]);
  });
});
