/** split-http-stack: the crate reference, owners and fingerprints of its findings, read from the findings themselves. */
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { splitHttpStack } from "../../rules/split-http-stack.js";
import { fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { runRule, type LockEntry, writeLockedProject, packageToml } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

const pkg = packageToml;

function run(files: Record<string, string>, lock?: LockEntry[]): Finding[] {
  const root = writeLockedProject(files, lock);
  return runRule(splitHttpStack, root, fakeRegistry([]));
}

const WARP_AND_REQWEST: LockEntry[] = [
  { name: "warp", version: "0.3.7", deps: ["http 0.2.12", "hyper 0.14.32"] },
  { name: "reqwest", version: "0.12.9", deps: ["http 1.1.0", "hyper 1.5.0"] },
  { name: "hyper", version: "0.14.32", deps: ["http 0.2.12"] },
  { name: "hyper", version: "1.5.0", deps: ["http 1.1.0"] },
  { name: "http", version: "0.2.12" },
  { name: "http", version: "1.1.0" },
];

describe("split-http-stack findings", () => {
  it("name the lead crate's locked version, and every old crate the declaration brings", () => {
    const findings = run({ "Cargo.toml": `${pkg("app")}[dependencies]\nreqwest = "0.12"\nwarp = "0.3"\n` }, [
      { name: "app", version: "0.1.0", local: true, deps: ["reqwest", "warp"] },
      ...WARP_AND_REQWEST,
    ]);
    expect(findings.map((f) => [f.messageId, f.message, f.suggestion])).toEqual([
      [
        "split",
        "app uses two generations of the HTTP stack (hyper 0.14 and 1, http 0.2 and 1); warp brings the older one: hyper 0.14.32, http 0.2.12",
        "Finish the migration to hyper 1: upgrade or replace warp, which still brings hyper 0.14.32 and http 0.2.12.",
      ],
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "hyper", version: "0.14.32" });
  });

  it("without a lockfile: the declared requirement stands for the version", () => {
    const [finding] = run({ "Cargo.toml": `${pkg("app")}[dependencies]\nhyper = "0.14"\nhttp = "1"\nhttp-body = "1"\n[dev-dependencies]\nhyper1 = { package = "hyper", version = "1" }\n` });
    // dev-dependencies are not in the normal tree: one generation of hyper, nothing to report.
    expect(finding).toBeUndefined();
    const [direct] = run({ "Cargo.toml": `${pkg("app")}[dependencies]\nhyper = "0.14"\nhyper1 = { package = "hyper", version = "1" }\n` });
    expect([direct?.messageId, direct?.message]).toEqual(["splitDirect", "app uses two generations of the HTTP stack (hyper 0.14 and 1); the older one is declared directly: hyper ^0.14"]);
    expect(direct?.crate).toStrictEqual({ name: "hyper", req: "^0.14" });
  });

  it("two old versions of one crate through one declaration are listed as versions", () => {
    const findings = run({ "Cargo.toml": `${pkg("app")}[dependencies]\nlegacy = "1"\nhttp = "1"\n` }, [
      { name: "app", version: "0.1.0", local: true, deps: ["http 1.1.0", "legacy"] },
      { name: "legacy", version: "1.0.0", deps: ["http 0.1.21", "http 0.2.12"] },
      { name: "http", version: "0.1.21" },
      { name: "http", version: "0.2.12" },
      { name: "http", version: "1.1.0" },
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "app uses two generations of the HTTP stack (http 0.1 and 0.2 and 1); legacy brings the older one: http 0.1.21, http 0.2.12",
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "http", version: "0.1.21", versions: ["0.1.21", "0.2.12"] });
  });

  it("a shared declaration in more than three members names three and counts the rest", () => {
    const members = ["a", "b", "c", "d", "e"];
    const files: Record<string, string> = {
      "Cargo.toml": `[workspace]\nmembers = [${members.map((m) => `"${m}"`).join(", ")}]\nresolver = "2"\n\n[workspace.dependencies]\nwarp = "0.3"\nreqwest = "0.12"\n`,
    };
    for (const m of members) files[`${m}/Cargo.toml`] = `${pkg(m)}[dependencies]\nwarp.workspace = true\nreqwest.workspace = true\n`;
    const findings = run(files, [...members.map((m) => ({ name: m, version: "0.1.0", local: true, deps: ["reqwest", "warp"] })), ...WARP_AND_REQWEST]);
    expect(findings.map((f) => [f.message, f.members])).toEqual([
      ["a, b, c and 2 more members use two generations of the HTTP stack (hyper 0.14 and 1, http 0.2 and 1); warp brings the older one: hyper 0.14.32, http 0.2.12", members],
    ]);
  });

  it("each declaration that brings the old stack is its own finding with its own fingerprint", () => {
    const findings = run({ "Cargo.toml": `${pkg("app")}[dependencies]\nreqwest = "0.12"\nwarp = "0.3"\nold-client = "1"\n` }, [
      { name: "app", version: "0.1.0", local: true, deps: ["old-client", "reqwest", "warp"] },
      { name: "old-client", version: "1.0.0", deps: ["hyper 0.14.32"] },
      ...WARP_AND_REQWEST,
    ]);
    expect(findings.map((f) => f.message.split("; ")[1])).toEqual(["warp brings the older one: hyper 0.14.32, http 0.2.12", "old-client brings the older one: hyper 0.14.32, http 0.2.12"]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});
