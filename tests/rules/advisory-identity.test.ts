/**
 * Which RustSec advisory a finding names, and that it names one only for the crates.io crate the advisory is about:
 * a git or other-registry package of the same name is another crate as far as RustSec is concerned.
 */
import { describe, expect, it } from "vitest";
import { decliningTransitive } from "../../rules/declining-transitive.js";
import { unmaintainedAdvisory } from "../../rules/unmaintained-advisory.js";
import { lockfile, runRuleOnCase } from "../helpers/rule-tester.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n';
const APP = { name: "app", version: "0.1.0", local: true };
const GIT_ATTY = 'source = "git+https://github.com/example/atty?branch=main#0123456789abcdef0123456789abcdef01234567"';

describe("advisory identity", () => {
  it("an unmaintained-advisory finding carries the advisory as JSON and SARIF show it", () => {
    const { findings } = runRuleOnCase(unmaintainedAdvisory, {
      name: "atomic-polyfill",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nheapless = "0.7"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["heapless"] }, { name: "heapless", version: "0.7.17", dependencies: ["atomic-polyfill"] }, { name: "atomic-polyfill", version: "1.0.3" }]),
      },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.advisory).toMatchObject({ id: "RUSTSEC-2023-0089", kind: "unmaintained", url: "https://rustsec.org/advisories/RUSTSEC-2023-0089.html" });
    expect(findings[0]!.message).toContain("RUSTSEC-2023-0089");
  });

  it("a git atty gets the catalog's verdict but not crates.io atty's advisory ids", () => {
    const cratesIo = runRuleOnCase(decliningTransitive, {
      name: "crates.io atty",
      files: {
        "Cargo.toml": `${PKG}[dependencies]\nclap = "2"\n`,
        "Cargo.lock": lockfile([{ ...APP, dependencies: ["clap"] }, { name: "clap", version: "2.34.0", dependencies: ["atty"] }, { name: "atty", version: "0.2.14" }]),
      },
    }).findings;
    const gitLock = lockfile([{ ...APP, dependencies: ["clap"] }, { name: "clap", version: "2.34.0", dependencies: ["atty"] }, { name: "atty", version: "0.2.14", local: true }]).replace(
      'name = "atty"\nversion = "0.2.14"',
      `name = "atty"\nversion = "0.2.14"\n${GIT_ATTY}`,
    );
    const git = runRuleOnCase(decliningTransitive, { name: "git atty", files: { "Cargo.toml": `${PKG}[dependencies]\nclap = "2"\n`, "Cargo.lock": gitLock } }).findings;
    expect(cratesIo.map((f) => f.crate.name)).toEqual(["atty"]);
    expect(cratesIo[0]!.message).toMatch(/RUSTSEC-2021-0145|RUSTSEC-2024-0375/);
    expect(git.map((f) => f.crate.name)).toEqual(["atty"]);
    expect(git[0]!.message).not.toMatch(/RUSTSEC-/);
  });
});
