import { afterEach, describe, expect, it } from "vitest";
import { msrv } from "../../rules/msrv.js";
import { crateInfo, fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { lineOf, lockText, manifestOf, runRule, writeProject } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

function manifest(rustVersion: string | null, deps: string, dev = ""): string {
  const rv = rustVersion ? `rust-version = "${rustVersion}"\n` : "";
  return `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n${rv}\n[dependencies]\n${deps}\n${dev ? `\n[dev-dependencies]\n${dev}\n` : ""}`;
}

const TOKIO = crateInfo("tokio", [
  { version: "1.29.1", rustVersion: "1.56" },
  { version: "1.38.1", rustVersion: "1.63" },
  { version: "1.40.0", rustVersion: "1.70" },
]);

const WARP = crateInfo("warp", ["0.2.5", { version: "0.3.5", rustVersion: "1.57" }, { version: "0.3.7", rustVersion: "1.64" }]);

describe("msrv: locked versions", () => {
  it("warns when a locked version needs a newer Rust than the package declares", () => {
    const toml = manifest("1.63", `tokio = "1"`);
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["tokio"] }, { name: "tokio", version: "1.40.0" }]);
    const root = writeProject({ "Cargo.toml": toml, "Cargo.lock": lock });
    const findings = runRule(msrv, root, fakeRegistry([TOKIO]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f?.ruleId).toBe("msrv");
    expect(f?.severity).toBe("warning");
    expect(f?.messageId).toBe("locked");
    expect(f?.message).toBe("tokio 1.40.0 needs Rust 1.70, but app declares rust-version 1.63");
    expect(f?.suggestion).toBe("Run `cargo update -p tokio --precise 1.38.1` (needs Rust 1.63), or raise rust-version to 1.70.");
    expect(f?.location).toMatchObject({ file: manifestOf(root), line: lineOf(toml, "tokio"), column: 1, endColumn: 6 });
    expect(f?.relatedLocations[0]).toMatchObject({ line: lineOf(lock, 'name = "tokio"') - 1, label: "Cargo.lock entry" });
  });

  it("blames a transitive crate on the direct dependency, lowered when only dev-dependencies reach it", () => {
    const toml = manifest("1.63", "", `hyper = "1"`);
    const lock = lockText([
      { name: "app", version: "0.1.0", local: true, deps: ["hyper"] },
      { name: "hyper", version: "1.0.0", deps: ["tokio"] },
      { name: "tokio", version: "1.40.0" },
    ]);
    const root = writeProject({ "Cargo.toml": toml, "Cargo.lock": lock });
    const [f, ...rest] = runRule(msrv, root, fakeRegistry([TOKIO, crateInfo("hyper", [{ version: "1.0.0", rustVersion: "1.63" }])]));
    expect(rest).toEqual([]);
    expect(f?.message).toBe("tokio 1.40.0 needs Rust 1.70, but app declares rust-version 1.63, through hyper 1.0.0 → tokio 1.40.0");
    expect(f?.severity).toBe("note");
    expect(f?.location.line).toBe(lineOf(toml, "hyper"));
  });

  it("accepts locked versions within the declared Rust, and packages that declare none", () => {
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["tokio"] }, { name: "tokio", version: "1.38.1" }]);
    const within = writeProject({ "Cargo.toml": manifest("1.63", `tokio = "1"`), "Cargo.lock": lock });
    expect(runRule(msrv, within, fakeRegistry([TOKIO]))).toEqual([]);
    const newest = lock.replace('version = "1.38.1"', 'version = "1.40.0"');
    const undeclared = writeProject({ "Cargo.toml": manifest(null, `tokio = "1"`), "Cargo.lock": newest });
    expect(runRule(msrv, undeclared, fakeRegistry([TOKIO]))).toEqual([]);
  });
});

describe("msrv: upgrades", () => {
  it("names the newest release that still builds with the declared Rust when the newest needs more", () => {
    const toml = manifest("1.60", `warp = "0.2"`);
    const root = writeProject({ "Cargo.toml": toml });
    const [f, ...rest] = runRule(msrv, root, fakeRegistry([WARP]));
    expect(rest).toEqual([]);
    expect(f?.severity).toBe("note");
    expect(f?.messageId).toBe("upgrade");
    expect(f?.message).toBe("warp 0.3.7, the newest release, needs Rust 1.64, above app's rust-version 1.60; the newest release that builds with it is 0.3.5");
    expect(f?.suggestion).toContain('upgrade to warp = "0.3" locked at 0.3.5');
    expect(f?.suggestion).toContain("raise rust-version to 1.64 to take 0.3.7");
    expect(f?.location).toMatchObject({ line: lineOf(toml, "warp"), column: 1 });
  });

  it("says when the requirement already admits the newest release for the declared Rust", () => {
    const root = writeProject({ "Cargo.toml": manifest("1.56", `warp = "0.2"`) });
    const [f] = runRule(msrv, root, fakeRegistry([WARP]));
    expect(f?.message).toContain("the newest release that builds with it is 0.2.5, which the requirement already admits");
    expect(f?.suggestion).toBe("Raise rust-version to 1.64 before upgrading to 0.3.7.");
  });

  it("stays quiet when the requirement admits the newest release or the newest fits the declared Rust", () => {
    const current = writeProject({ "Cargo.toml": manifest("1.60", `warp = "0.3"`) });
    expect(runRule(msrv, current, fakeRegistry([WARP]))).toEqual([]);
    const recentRust = writeProject({ "Cargo.toml": manifest("1.64", `warp = "0.2"`) });
    expect(runRule(msrv, recentRust, fakeRegistry([WARP]))).toEqual([]);
  });
});
