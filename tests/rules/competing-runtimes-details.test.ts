/** competing-runtimes: the crate reference, owners, suggestion and fingerprint of its findings. */
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { competingRuntimes } from "../../rules/competing-runtimes.js";
import { fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { runRule, type LockEntry, writeLockedProject, packageToml } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

const pkg = packageToml;

function run(files: Record<string, string>, lock?: LockEntry[]): Finding[] {
  const root = writeLockedProject(files, lock);
  return runRule(competingRuntimes, root, fakeRegistry([]));
}

const RUNTIMES: LockEntry[] = [
  { name: "async-std", version: "1.12.0" },
  { name: "tide", version: "0.16.0", deps: ["async-std"] },
  { name: "tokio", version: "1.41.0" },
];

/** Members that each inherit `tide` and `tokio` from `[workspace.dependencies]`. */
function workspace(members: string[]) {
  const files: Record<string, string> = {
    "Cargo.toml": `[workspace]\nmembers = [${members.map((m) => `"${m}"`).join(", ")}]\nresolver = "2"\n\n[workspace.dependencies]\ntide = "0.16"\ntokio = "1"\n`,
  };
  for (const m of members) files[`${m}/Cargo.toml`] = `${pkg(m)}[dependencies]\ntide.workspace = true\ntokio.workspace = true\n`;
  const lock: LockEntry[] = [...members.map((m) => ({ name: m, version: "0.1.0", local: true, deps: ["tide", "tokio"] })), ...RUNTIMES];
  return { files, lock };
}

describe("competing-runtimes findings", () => {
  it("blamed on a framework: the locked runtime, and advice to replace the framework", () => {
    const findings = run({ "Cargo.toml": `${pkg("app")}[dependencies]\ntokio = "1"\ntide = "0.16"\n` }, [{ name: "app", version: "0.1.0", local: true, deps: ["tide", "tokio"] }, ...RUNTIMES]);
    expect(findings.map((f) => [f.crate, f.suggestion])).toEqual([
      [{ name: "async-std", version: "1.12.0" }, "Settle on tokio: replace tide, which brings async-std, with a tokio-based alternative (`cargo-sunset --explain async-std`)."],
    ]);
  });

  it("a runtime declared directly without a lockfile: its requirement, and advice to replace it", () => {
    const [finding] = run({ "Cargo.toml": `${pkg("app")}[dependencies]\ntokio = "1"\nasync-std = "1.12"\n` });
    expect([finding?.crate, finding?.suggestion]).toEqual([
      { name: "async-std", req: "^1.12" },
      "Settle on tokio: replace async-std with tokio (`cargo-sunset --explain async-std`).",
    ]);
  });

  it("a shared entry: two owners run, more than three are counted", () => {
    const two = workspace(["a", "b"]);
    const four = workspace(["a", "b", "c", "d"]);
    const described = "tokio (as tokio 1.41.0) and async-std (via tide 0.16.0 → async-std 1.12.0)";
    expect(run(two.files, two.lock).map((f) => [f.message, f.members])).toEqual([[`a and b run two async runtimes: ${described}`, ["a", "b"]]]);
    expect(run(four.files, four.lock).map((f) => [f.message, f.members])).toEqual([[`a, b, c and 1 more members run two async runtimes: ${described}`, ["a", "b", "c", "d"]]]);
  });

  it("a runtime brought through a library member is blamed on the library's declaration, for both members", () => {
    const files = {
      "Cargo.toml": '[workspace]\nmembers = ["app", "lib"]\nresolver = "2"\n',
      "app/Cargo.toml": `${pkg("app")}[dependencies]\nlib = { path = "../lib" }\ntokio = "1"\n`,
      "lib/Cargo.toml": `${pkg("lib")}[dependencies]\ntide = "0.16"\ntokio = "1"\n`,
    };
    const lock: LockEntry[] = [{ name: "app", version: "0.1.0", local: true, deps: ["lib", "tokio"] }, { name: "lib", version: "0.1.0", local: true, deps: ["tide", "tokio"] }, ...RUNTIMES];
    const findings = run(files, lock);
    expect(findings.map((f) => [f.message.split(":")[0], f.location.file.endsWith("lib/Cargo.toml"), f.member])).toEqual([["app and lib run two async runtimes", true, "lib"]]);
  });

  it("two declarations bringing the same runtime are two findings with their own fingerprints", () => {
    const findings = run({ "Cargo.toml": `${pkg("app")}[dependencies]\ntokio = "1"\ntide = "0.16"\nsurf = "2"\n` }, [
      { name: "app", version: "0.1.0", local: true, deps: ["surf", "tide", "tokio"] },
      { name: "surf", version: "2.3.2", deps: ["async-std"] },
      ...RUNTIMES,
    ]);
    expect(findings.map((f) => f.location.line)).toEqual([8, 9]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});
