/**
 * unmaintained-advisory against a hand-written advisory database: the exact message, suggestion, crate reference,
 * advisory reference and fingerprint identity of each kind of finding.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/catalog.js";
import type { Advisory } from "../../src/advisories/types.js";
import type { Finding } from "../../src/engine/types.js";
import type { RegistryView } from "../../src/registry/types.js";
import { unmaintainedAdvisory } from "../../rules/unmaintained-advisory.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { runRule, type LockEntry, writeLockedProject, packageToml } from "../helpers/rule-runner.js";

const NO_REGISTRY = { forDependency: () => undefined, forLockedPackage: () => undefined } as unknown as RegistryView;
afterEach(removeTempDirs);

const url = (id: string) => `https://rustsec.org/advisories/${id}.html`;

function unmaintained(fields: Partial<Advisory> & Pick<Advisory, "id">): Advisory {
  return { package: "foo", kind: "unmaintained", date: "2026-01-01", title: "foo is unmaintained", patched: [], unaffected: [], ...fields };
}

const pkg = packageToml;

function run(advisories: Advisory[], files: Record<string, string>, lock?: LockEntry[]): Finding[] {
  const root = writeLockedProject(files, lock);
  const catalog = createCatalog({ advisoryDb: { source: "test", date: "2026-06-01", advisories } });
  return runRule(unmaintainedAdvisory, root, NO_REGISTRY, { catalog });
}

const APP_FOO = { "Cargo.toml": `${pkg("app")}[dependencies]\nfoo = "1"\n` };
const app = (...deps: string[]): LockEntry => ({ name: "app", version: "0.1.0", local: true, deps });

describe("with a lockfile", () => {
  it("names every advisory with its date and the alternatives they suggest, once each", () => {
    const findings = run(
      [
        unmaintained({ id: "RUSTSEC-2026-0001", alternatives: ["bar", "baz"] }),
        unmaintained({ id: "RUSTSEC-2025-0002", date: "2025-02-02", alternatives: ["baz", "qux"] }),
      ],
      APP_FOO,
      [app("foo"), { name: "foo", version: "1.0.0" }],
    );
    expect(findings.map((f) => [f.message, f.suggestion, f.messageId])).toEqual([
      [
        "foo 1.0.0 is unmaintained according to RUSTSEC-2026-0001 (2026-01-01), RUSTSEC-2025-0002 (2025-02-02)",
        `RustSec suggests bar, baz, qux. See ${url("RUSTSEC-2026-0001")}.`,
        "direct",
      ],
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "foo", version: "1.0.0" });
    expect(findings[0]?.advisory?.id).toBe("RUSTSEC-2026-0001");
  });

  it("without alternatives the suggestion is the advisory's page", () => {
    const [finding] = run([unmaintained({ id: "RUSTSEC-2026-0003" })], APP_FOO, [app("foo"), { name: "foo", version: "1.0.0" }]);
    expect(finding?.suggestion).toBe(`See ${url("RUSTSEC-2026-0003")}.`);
  });

  it("a transitive crate names the path and the dependency to upgrade or replace", () => {
    const [finding] = run(
      [unmaintained({ id: "RUSTSEC-2026-0004", alternatives: ["bar2"] })],
      { "Cargo.toml": `${pkg("app")}[dependencies]\nbar = "1"\n` },
      [app("bar"), { name: "bar", version: "1.0.0", deps: ["foo"] }, { name: "foo", version: "1.0.0" }],
    );
    expect([finding?.messageId, finding?.message, finding?.suggestion]).toEqual([
      "transitive",
      "foo 1.0.0 is unmaintained according to RUSTSEC-2026-0004 (2026-01-01) (through bar 1.0.0 → foo 1.0.0)",
      `RustSec suggests bar2. Upgrade or replace bar, which brings it. See ${url("RUSTSEC-2026-0004")}.`,
    ]);
  });

  it("two locked versions under one declaration are one finding, in lockfile order, with every advisory", () => {
    // bar brings foo 1.0.0 itself and foo 0.9.0 through baz; only 0.9 is under the second advisory.
    const findings = run(
      [unmaintained({ id: "RUSTSEC-2026-0005" }), unmaintained({ id: "RUSTSEC-2026-0006", patched: [">= 1.0.0"] })],
      { "Cargo.toml": `${pkg("app")}[dependencies]\nbar = "1"\n` },
      [
        app("bar"),
        { name: "bar", version: "1.0.0", deps: ["baz", "foo 1.0.0"] },
        { name: "baz", version: "1.0.0", deps: ["foo 0.9.0"] },
        { name: "foo", version: "0.9.0" },
        { name: "foo", version: "1.0.0" },
      ],
    );
    expect(findings.map((f) => f.message)).toEqual([
      "foo 0.9.0 and 1.0.0 is unmaintained according to RUSTSEC-2026-0005 (2026-01-01), RUSTSEC-2026-0006 (2026-01-01) (through bar 1.0.0 → foo 1.0.0)",
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "foo", version: "0.9.0", versions: ["0.9.0", "1.0.0"] });
  });

  it("a crate that arrives through two declarations is one finding for the member, at the first, naming the other", () => {
    const findings = run(
      [unmaintained({ id: "RUSTSEC-2026-0007" })],
      { "Cargo.toml": `${pkg("app")}[dependencies]\nbar = "1"\nqux = "1"\n` },
      [app("bar", "qux"), { name: "bar", version: "1.0.0", deps: ["foo"] }, { name: "foo", version: "1.0.0" }, { name: "qux", version: "1.0.0", deps: ["foo"] }],
    );
    expect(findings.map((f) => [f.location.line, f.suggestion])).toEqual([
      [7, `Upgrade or replace bar, which brings it. It also arrives through qux; it leaves the tree only when each of them drops it. See ${url("RUSTSEC-2026-0007")}.`],
    ]);
  });

  const SHARED = {
    "Cargo.toml": '[workspace]\nmembers = ["app", "cli"]\nresolver = "2"\n\n[workspace.dependencies]\nfoo = "1"\n',
    "app/Cargo.toml": `${pkg("app")}[dependencies]\nfoo.workspace = true\n`,
    "cli/Cargo.toml": `${pkg("cli")}[dependencies]\nfoo.workspace = true\n`,
  };
  const sharedLock = (version: string): LockEntry[] => [app("foo"), { name: "cli", version: "0.1.0", local: true, deps: ["foo"] }, { name: "foo", version }];

  it("a declaration shared by members is one finding naming them, whose fingerprint survives an update", () => {
    const [before] = run([unmaintained({ id: "RUSTSEC-2026-0008" })], SHARED, sharedLock("1.0.0"));
    const [after] = run([unmaintained({ id: "RUSTSEC-2026-0008" })], SHARED, sharedLock("1.0.1"));
    expect(before?.message).toBe("foo 1.0.0 is unmaintained according to RUSTSEC-2026-0008 (2026-01-01) in 2 members (app, cli)");
    expect(before?.members).toEqual(["app", "cli"]);
    expect(after?.fingerprint).toBe(before?.fingerprint);
    expect(before?.suggestion).toBe(`See ${url("RUSTSEC-2026-0008")}.`);
  });

  it("one member's finding is tied to the locked version: another version is another finding", () => {
    const lock = (version: string): LockEntry[] => [app("foo"), { name: "foo", version }];
    const [before] = run([unmaintained({ id: "RUSTSEC-2026-0009" })], APP_FOO, lock("1.0.0"));
    const [after] = run([unmaintained({ id: "RUSTSEC-2026-0009" })], APP_FOO, lock("1.0.1"));
    expect(before?.message).toBe("foo 1.0.0 is unmaintained according to RUSTSEC-2026-0009 (2026-01-01)");
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
  });

  it("a crate the catalog judges, or from another source, is left alone", () => {
    const tide = run([unmaintained({ id: "RUSTSEC-2026-0010", package: "tide" })], { "Cargo.toml": `${pkg("app")}[dependencies]\ntide = "0.16"\n` }, [
      app("tide"),
      { name: "tide", version: "0.16.0" },
    ]);
    const local = run([unmaintained({ id: "RUSTSEC-2026-0011" })], { "Cargo.toml": `${pkg("app")}[dependencies]\nfoo = { path = "foo" }\n`, "foo/Cargo.toml": pkg("foo") }, [
      app("foo"),
      { name: "foo", version: "0.1.0", local: true },
    ]);
    expect([tide, local]).toEqual([[], []]);
  });
});

describe("without a lockfile", () => {
  it("judges the lowest version the requirement admits, with the alternatives and the advisory", () => {
    const findings = run([unmaintained({ id: "RUSTSEC-2026-0020", alternatives: ["bar"], patched: [">= 1.5"] })], APP_FOO);
    expect(findings.map((f) => [f.message, f.suggestion])).toEqual([
      ["foo ^1 is unmaintained according to RUSTSEC-2026-0020 (2026-01-01)", `RustSec suggests bar. See ${url("RUSTSEC-2026-0020")}.`],
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "foo", req: "^1" });
    expect(findings[0]?.advisory?.id).toBe("RUSTSEC-2026-0020");
    expect(findings[0]?.advisory?.patched).toEqual([">= 1.5"]);
  });

  it("a requirement whose lowest version is outside the advisory is not reported", () => {
    expect(run([unmaintained({ id: "RUSTSEC-2026-0021", patched: [">= 1.0.0"] })], APP_FOO)).toEqual([]);
  });

  it("a dependency from another registry is not judged", () => {
    const files = {
      "Cargo.toml": `${pkg("app")}[dependencies]\nfoo = { version = "1", registry = "private" }\n`,
      ".cargo/config.toml": '[registries.private]\nindex = "sparse+https://example.com/index/"\n',
    };
    expect(run([unmaintained({ id: "RUSTSEC-2026-0022" })], files)).toEqual([]);
  });
});
