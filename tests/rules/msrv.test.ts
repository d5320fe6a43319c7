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

describe("msrv: the fallback a locked version is offered", () => {
  const lockOf = (tokio: string) => lockText([{ name: "app", version: "0.1.0", local: true, deps: ["tokio"] }, { name: "tokio", version: tokio }]);

  it("says so when no release that fits the requirements builds with the declared Rust", () => {
    const root = writeProject({ "Cargo.toml": manifest("1.50", `tokio = "1"`), "Cargo.lock": lockOf("1.40.0") });
    const [f, ...rest] = runRule(msrv, root, fakeRegistry([TOKIO]));
    expect(rest).toEqual([]);
    expect(f?.message).toBe("tokio 1.40.0 needs Rust 1.70, but app declares rust-version 1.50");
    expect(f?.suggestion).toBe("No release that fits the requirements builds with Rust 1.50; raise rust-version to 1.70.");
  });

  it("only offers releases the requirement admits", () => {
    const root = writeProject({ "Cargo.toml": manifest("1.63", `tokio = "1.39"`), "Cargo.lock": lockOf("1.40.0") });
    const [f] = runRule(msrv, root, fakeRegistry([TOKIO]));
    expect(f?.suggestion).toBe("No release that fits the requirements builds with Rust 1.63; raise rust-version to 1.70.");
  });

  it("offers a release that declares no rust-version, newest first", () => {
    const tokio = crateInfo("tokio", ["1.20.0", "1.21.0", { version: "1.40.0", rustVersion: "1.70" }]);
    const root = writeProject({ "Cargo.toml": manifest("1.63", `tokio = "1"`), "Cargo.lock": lockOf("1.40.0") });
    const [f] = runRule(msrv, root, fakeRegistry([tokio]));
    expect(f?.suggestion).toBe("Run `cargo update -p tokio --precise 1.21.0` (declares no rust-version), or raise rust-version to 1.70.");
  });

  it("takes the shortest way in when the crate arrives both directly and through another crate", () => {
    const toml = manifest("1.63", `hyper = "1"\ntokio = "1"`);
    const lock = lockText([
      { name: "app", version: "0.1.0", local: true, deps: ["hyper", "tokio"] },
      { name: "hyper", version: "1.0.0", deps: ["tokio"] },
      { name: "tokio", version: "1.40.0" },
    ]);
    const root = writeProject({ "Cargo.toml": toml, "Cargo.lock": lock });
    const findings = runRule(msrv, root, fakeRegistry([TOKIO, crateInfo("hyper", ["1.0.0"])]));
    expect(findings.map((f) => [f.message, f.location.line])).toEqual([["tokio 1.40.0 needs Rust 1.70, but app declares rust-version 1.63", lineOf(toml, "tokio")]]);
  });

  it("reports each member whose rust-version is too low, and only those", () => {
    const member = (name: string, rv: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\nrust-version = "${rv}"\n\n[dependencies]\ntokio = "1"\n`;
    const lock = lockText([
      { name: "a", version: "0.1.0", local: true, deps: ["tokio"] },
      { name: "b", version: "0.1.0", local: true, deps: ["tokio"] },
      { name: "c", version: "0.1.0", local: true, deps: ["tokio"] },
      { name: "tokio", version: "1.40.0" },
    ]);
    const root = writeProject({
      "Cargo.toml": `[workspace]\nmembers = ["a", "b", "c"]\nresolver = "2"\n`,
      "a/Cargo.toml": member("a", "1.63"),
      "b/Cargo.toml": member("b", "1.75"),
      "c/Cargo.toml": member("c", "1.56"),
      "Cargo.lock": lock,
    });
    const findings = runRule(msrv, root, fakeRegistry([TOKIO]));
    expect(findings.map((f) => [f.member, f.message, f.suggestion])).toEqual([
      ["a", "tokio 1.40.0 needs Rust 1.70, but a declares rust-version 1.63", "Run `cargo update -p tokio --precise 1.38.1` (needs Rust 1.63), or raise rust-version to 1.70."],
      ["c", "tokio 1.40.0 needs Rust 1.70, but c declares rust-version 1.56", "Run `cargo update -p tokio --precise 1.29.1` (needs Rust 1.56), or raise rust-version to 1.70."],
    ]);
  });

  it("leaves out crates the registry knows nothing about or whose version declares no rust-version", () => {
    const root = writeProject({ "Cargo.toml": manifest("1.50", `tokio = "1"`), "Cargo.lock": lockOf("1.40.0") });
    expect(runRule(msrv, root, fakeRegistry([]))).toEqual([]);
    expect(runRule(msrv, root, fakeRegistry([crateInfo("tokio", ["1.40.0"])]))).toEqual([]);
  });
});

describe("msrv: upgrades without a fitting release", () => {
  it("says no release declares support when every release needs a newer Rust", () => {
    const hyper = crateInfo("hyper", [{ version: "0.14.0", rustVersion: "1.60" }, { version: "1.0.0", rustVersion: "1.63" }]);
    const root = writeProject({ "Cargo.toml": manifest("1.56", `hyper = "0.14"`) });
    const [f, ...rest] = runRule(msrv, root, fakeRegistry([hyper]));
    expect(rest).toEqual([]);
    expect(f?.message).toBe("hyper 1.0.0, the newest release, needs Rust 1.63, above app's rust-version 1.56; no release declares support for it");
    expect(f?.suggestion).toBe("Raise rust-version to 1.63 before upgrading to 1.0.0.");
  });

  it("needs a declared rust-version and registry data", () => {
    expect(runRule(msrv, writeProject({ "Cargo.toml": manifest(null, `warp = "0.2"`) }), fakeRegistry([WARP]))).toEqual([]);
    expect(runRule(msrv, writeProject({ "Cargo.toml": manifest("1.60", `warp = "0.2"`) }), fakeRegistry([]))).toEqual([]);
  });

  it("says nothing when the newest release declares no rust-version", () => {
    const warp = crateInfo("warp", ["0.2.5", { version: "0.3.5", rustVersion: "1.57" }, "0.3.7"]);
    expect(runRule(msrv, writeProject({ "Cargo.toml": manifest("1.50", `warp = "0.2"`) }), fakeRegistry([warp]))).toEqual([]);
  });
});

describe("msrv: what a finding records", () => {
  it("names the locked crate, and the direct dependency of an upgrade, with a fingerprint per kind of declaration", () => {
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["tokio"] }, { name: "tokio", version: "1.40.0" }]);
    const locked = runRule(msrv, writeProject({ "Cargo.toml": manifest("1.63", `tokio = "1"`), "Cargo.lock": lock }), fakeRegistry([TOKIO]));
    expect(locked.map((f) => f.crate)).toEqual([{ name: "tokio", version: "1.40.0" }]);
    const upgrades = runRule(msrv, writeProject({ "Cargo.toml": manifest("1.60", `warp = "0.2"`, `warp = "0.2"`) }), fakeRegistry([WARP]));
    expect(upgrades.map((f) => f.crate)).toEqual([{ name: "warp", req: "^0.2" }, { name: "warp", req: "^0.2" }]);
    expect(new Set(upgrades.map((f) => f.fingerprint)).size).toBe(2);
  });
});

