import { afterEach, describe, expect, it } from "vitest";
import { yankedVersion } from "../../rules/yanked-version.js";
import { crateInfo, dependsOn, fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { lineOf, lockText, manifestOf, runRule, writeProject } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

function manifest(deps: string, dev = ""): string {
  return `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}\n${dev ? `\n[dev-dependencies]\n${dev}\n` : ""}`;
}

const WARP = crateInfo("warp", ["0.3.5", { version: "0.3.6", yanked: true }, "0.3.7", "0.4.0"]);

describe("yanked-version", () => {
  it("reports a yanked direct dependency with the newest release its requirement admits", () => {
    const toml = manifest(`warp = "0.3"`);
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["warp"] }, { name: "warp", version: "0.3.6" }]);
    const root = writeProject({ "Cargo.toml": toml, "Cargo.lock": lock });
    const findings = runRule(yankedVersion, root, fakeRegistry([WARP]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f?.ruleId).toBe("yanked-version");
    expect(f?.severity).toBe("error");
    expect(f?.messageId).toBe("yanked");
    expect(f?.message).toBe("warp 0.3.6 is yanked from crates.io");
    expect(f?.suggestion).toBe("Run `cargo update -p warp --precise 0.3.7`.");
    expect(f?.location).toMatchObject({ file: manifestOf(root), line: lineOf(toml, "warp"), column: 1, endColumn: 5 });
    expect(f?.relatedLocations).toEqual([expect.objectContaining({ line: lineOf(lock, 'name = "warp"') - 1, label: "Cargo.lock entry" })]);
  });

  it("blames a yanked transitive crate on the direct dependency and fits the dependent's requirement from the index", () => {
    const toml = manifest(`serde = "1"\ntide = "0.16"`);
    const lock = lockText([
      { name: "app", version: "0.1.0", local: true, deps: ["serde", "tide"] },
      { name: "async-h1", version: "2.3.3" },
      { name: "serde", version: "1.0.210" },
      { name: "tide", version: "0.16.0", deps: ["async-h1"] },
    ]);
    const root = writeProject({ "Cargo.toml": toml, "Cargo.lock": lock });
    const asyncH1 = crateInfo("async-h1", ["2.3.2", { version: "2.3.3", yanked: true }, "2.4.0"]);
    const tide = crateInfo("tide", [{ version: "0.16.0", deps: [dependsOn("async-h1", "~2.3.0")] }]);
    const [f, ...rest] = runRule(yankedVersion, root, fakeRegistry([asyncH1, tide, crateInfo("serde", ["1.0.210"])]));
    expect(rest).toEqual([]);
    expect(f?.message).toBe("async-h1 2.3.3 is yanked from crates.io, through tide 0.16.0 → async-h1 2.3.3");
    expect(f?.suggestion).toBe("Run `cargo update -p async-h1 --precise 2.3.2`.");
    expect(f?.location.line).toBe(lineOf(toml, "tide"));
    expect(f?.relatedLocations[0]?.line).toBe(lineOf(lock, 'name = "async-h1"') - 1);

    // Without the dependent's index data: the newest release of the locked version's series.
    const [fallback] = runRule(yankedVersion, root, fakeRegistry([asyncH1]));
    expect(fallback?.suggestion).toBe("Run `cargo update -p async-h1 --precise 2.4.0`.");
  });

  it("says so when no release that is not yanked fits the requirement", () => {
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["warp"] }, { name: "warp", version: "0.3.6" }]);
    const root = writeProject({ "Cargo.toml": manifest(`warp = "=0.3.6"`), "Cargo.lock": lock });
    const [f] = runRule(yankedVersion, root, fakeRegistry([WARP]));
    expect(f?.suggestion).toContain("No release that is not yanked fits the requirements on warp (=0.3.6)");
  });

  it("is a warning when only a dev-dependency brings the crate in", () => {
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["warp"] }, { name: "warp", version: "0.3.6" }]);
    const root = writeProject({ "Cargo.toml": manifest("", `warp = "0.3"`), "Cargo.lock": lock });
    expect(runRule(yankedVersion, root, fakeRegistry([WARP])).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("is a warning when a dev-dependency and a build-dependency bring the crate in, and an error once a normal one does", () => {
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["warp"] }, { name: "warp", version: "0.3.6" }]);
    const neverShips = manifest("", `warp = "0.3"`) + `\n[build-dependencies]\nwarp = "0.3"\n`;
    const root = writeProject({ "Cargo.toml": neverShips, "Cargo.lock": lock });
    expect(runRule(yankedVersion, root, fakeRegistry([WARP])).map((f) => f.severity)).toEqual(["warning"]);
    const ships = writeProject({ "Cargo.toml": manifest(`warp = "0.3"`, `warp = "0.3"`), "Cargo.lock": lock });
    expect(runRule(yankedVersion, ships, fakeRegistry([WARP])).map((f) => f.severity)).toEqual(["error"]);
  });

  it("reports once per member that reaches the crate", () => {
    const member = (name: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nwarp = "0.3"\n`;
    const lock = lockText([
      { name: "api", version: "0.1.0", local: true, deps: ["warp"] },
      { name: "web", version: "0.1.0", local: true, deps: ["warp"] },
      { name: "warp", version: "0.3.6" },
    ]);
    const root = writeProject({ "Cargo.toml": `[workspace]\nmembers = ["api", "web"]\n`, "api/Cargo.toml": member("api"), "web/Cargo.toml": member("web"), "Cargo.lock": lock });
    const findings = runRule(yankedVersion, root, fakeRegistry([WARP]));
    expect(findings.map((f) => [f.member, f.location.file.slice(root.length)])).toEqual([
      ["api", "/api/Cargo.toml"],
      ["web", "/web/Cargo.toml"],
    ]);
  });

  it("stays quiet for versions that are not yanked or have no registry data", () => {
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["warp"] }, { name: "warp", version: "0.3.7" }]);
    const root = writeProject({ "Cargo.toml": manifest(`warp = "0.3"`), "Cargo.lock": lock });
    expect(runRule(yankedVersion, root, fakeRegistry([WARP]))).toEqual([]);
    expect(runRule(yankedVersion, root, fakeRegistry([]))).toEqual([]);
  });
});

describe("yanked-version: every kind of finding, exactly", () => {
  const FOO = crateInfo("foo", ["1.0.0", { version: "1.0.1", yanked: true }, "1.0.2", "2.0.0"]);

  it("a locked version no member uses: its own message, and the newest release of its series", () => {
    const root = writeProject({
      "Cargo.toml": manifest(""),
      "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true }, { name: "foo", version: "1.0.1" }]),
    });
    const findings = runRule(yankedVersion, root, fakeRegistry([FOO]));
    expect(findings.map((f) => [f.messageId, f.message, f.suggestion])).toEqual([
      ["yankedUnused", "foo 1.0.1 is yanked (locked, used by no member)", "Run `cargo update -p foo --precise 1.0.2`."],
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "foo", version: "1.0.1" });
  });

  it("when nothing fits: the requirements that cannot be met, or none to name", () => {
    const allYanked = crateInfo("foo", ["0.9.0", { version: "1.0.1", yanked: true }, { version: "1.0.2", yanked: true }]);
    const used = writeProject({
      "Cargo.toml": manifest('foo = "1.0.1"\nbar = "1"'),
      "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true, deps: ["bar", "foo"] }, { name: "bar", version: "1.0.0", deps: ["foo"] }, { name: "foo", version: "1.0.1" }]),
    });
    const bar = crateInfo("bar", [{ version: "1.0.0", deps: [dependsOn("foo", "=1.0.1")] }]);
    const [first] = runRule(yankedVersion, used, fakeRegistry([allYanked, bar]));
    expect(first?.suggestion).toBe("No release that is not yanked fits the requirements on foo (^1.0.1; =1.0.1); change the requirement, or upgrade the crates that pin it.");
    const unused = writeProject({ "Cargo.toml": manifest(""), "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true }, { name: "foo", version: "1.0.1" }]) });
    const [orphan] = runRule(yankedVersion, unused, fakeRegistry([allYanked]));
    expect(orphan?.suggestion).toBe("No release that is not yanked fits the requirements on foo; change the requirement, or upgrade the crates that pin it.");
  });

  it("a member that reaches it twice is told once, at its shortest way in", () => {
    const toml = manifest('bar = "1"\nfoo = "1"');
    const root = writeProject({
      "Cargo.toml": toml,
      "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true, deps: ["bar", "foo"] }, { name: "bar", version: "1.0.0", deps: ["foo"] }, { name: "foo", version: "1.0.1" }]),
    });
    const findings = runRule(yankedVersion, root, fakeRegistry([FOO]));
    expect(findings.map((f) => [f.message, f.location.line])).toEqual([["foo 1.0.1 is yanked from crates.io", lineOf(toml, "foo =")]]);
    expect(findings[0]?.crate).toStrictEqual({ name: "foo", version: "1.0.1" });
  });

  it("the fingerprint follows the yanked version", () => {
    const project = (version: string) =>
      writeProject({ "Cargo.toml": manifest('foo = "1"'), "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true, deps: ["foo"] }, { name: "foo", version }]) });
    const twoYanked = crateInfo("foo", [{ version: "1.0.1", yanked: true }, { version: "1.0.2", yanked: true }, "1.0.3"]);
    const [a] = runRule(yankedVersion, project("1.0.1"), fakeRegistry([twoYanked]));
    const [b] = runRule(yankedVersion, project("1.0.2"), fakeRegistry([twoYanked]));
    expect(a && b && a.fingerprint !== b.fingerprint).toBe(true);
  });

  it("without a lockfile there is nothing to judge", () => {
    const root = writeProject({ "Cargo.toml": manifest('foo = "1"') });
    expect(runRule(yankedVersion, root, fakeRegistry([FOO]))).toEqual([]);
  });
});
