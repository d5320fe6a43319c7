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
