/**
 * The shared check of the advisory rules (rules/advisory-support.ts) against a hand-written advisory database:
 * the exact message details, suggestion and advisory reference each advisory field gives, and the way in shown.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/catalog.js";
import type { Advisory } from "../../src/advisories/types.js";
import type { Finding } from "../../src/engine/types.js";
import { unsound } from "../../rules/unsound.js";
import { vulnerability } from "../../rules/vulnerability.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { lockText, runRule, writeProject, type LockEntry, writeLockedProject, packageToml } from "../helpers/rule-runner.js";
import type { RegistryView } from "../../src/registry/types.js";

const NO_REGISTRY: RegistryView = { forDependency: () => undefined, forLockedPackage: () => undefined } as unknown as RegistryView;

afterEach(removeTempDirs);

function advisory(fields: Partial<Advisory> & Pick<Advisory, "id">): Advisory {
  return { package: "foo", kind: "vulnerability", date: "2026-01-01", title: `Title of ${fields.id}`, patched: [], unaffected: [], ...fields };
}

function catalogWith(advisories: Advisory[]) {
  return createCatalog({ advisoryDb: { source: "test", date: "2026-06-01", advisories } });
}

const pkg = packageToml;
const FOO = { name: "foo", version: "1.0.0" };

/** One package `app` depending on foo directly. */
function direct(advisories: Advisory[]): Finding[] {
  return run(advisories, { "Cargo.toml": `${pkg("app")}[dependencies]\nfoo = "1"\n` }, [{ name: "app", version: "0.1.0", local: true, deps: ["foo"] }, FOO]);
}

function run(advisories: Advisory[], files: Record<string, string>, lock: LockEntry[], rule = vulnerability): Finding[] {
  const root = writeLockedProject(files, lock);
  return runRule(rule, root, NO_REGISTRY, { catalog: catalogWith(advisories) });
}

describe("advisory details in the message", () => {
  it("lists aliases, the CVSS score with one decimal and where it applies (arch before os)", () => {
    const [finding] = direct([
      advisory({ id: "RUSTSEC-2026-0001", aliases: ["CVE-2026-1", "GHSA-aaaa"], score: 7.53, cvss: "CVSS:3.1/AV:N", arch: ["x86", "arm"], os: ["windows", "linux"] }),
    ]);
    expect(finding?.message).toBe(
      "foo 1.0.0 is affected by RUSTSEC-2026-0001: Title of RUSTSEC-2026-0001 (CVE-2026-1, GHSA-aaaa; CVSS 7.5; only on x86/arm on windows/linux)",
    );
  });

  it("says only the os when there is no arch, and nothing when the advisory has no details", () => {
    const findings = direct([advisory({ id: "RUSTSEC-2026-0002", os: ["macos", "ios"] }), advisory({ id: "RUSTSEC-2026-0003", aliases: [] })]);
    expect(findings.map((f) => f.message)).toEqual([
      "foo 1.0.0 is affected by RUSTSEC-2026-0002: Title of RUSTSEC-2026-0002 (only on macos/ios)",
      "foo 1.0.0 is affected by RUSTSEC-2026-0003: Title of RUSTSEC-2026-0003",
    ]);
  });

  it("gives a score of zero as CVSS 0.0", () => {
    const [finding] = direct([advisory({ id: "RUSTSEC-2026-0004", score: 0 })]);
    expect(finding?.message).toBe("foo 1.0.0 is affected by RUSTSEC-2026-0004: Title of RUSTSEC-2026-0004 (CVSS 0.0)");
  });
});

describe("the suggestion", () => {
  it("names the patched ranges, and the affected functions with a count past five", () => {
    const [finding] = direct([
      advisory({ id: "RUSTSEC-2026-0010", patched: [">= 1.2.0", "^1.1.5"], functions: ["foo::a", "foo::b", "foo::c", "foo::d", "foo::e", "foo::f", "foo::g"] }),
    ]);
    expect(finding?.suggestion).toBe(
      [
        "Upgrade foo to a release in >= 1.2.0 or ^1.1.5.",
        "Affected functions: foo::a, foo::b, foo::c, foo::d, foo::e, and 2 more.",
        "See https://rustsec.org/advisories/RUSTSEC-2026-0010.html.",
      ].join("\n"),
    );
  });

  it("lists five functions or fewer in full", () => {
    const [finding] = direct([advisory({ id: "RUSTSEC-2026-0011", patched: [">= 2"], functions: ["foo::a", "foo::b", "foo::c", "foo::d", "foo::e"] })]);
    expect(finding?.suggestion).toBe(
      "Upgrade foo to a release in >= 2.\nAffected functions: foo::a, foo::b, foo::c, foo::d, foo::e.\nSee https://rustsec.org/advisories/RUSTSEC-2026-0011.html.",
    );
  });

  it("says when no fixed release exists", () => {
    const [finding] = direct([advisory({ id: "RUSTSEC-2026-0012" })]);
    expect(finding?.suggestion).toBe("No fixed release of foo exists; replace it.\nSee https://rustsec.org/advisories/RUSTSEC-2026-0012.html.");
  });

  const THROUGH_BAR = {
    files: { "Cargo.toml": `${pkg("app")}[dependencies]\nbar = "1"\n` },
    lock: [{ name: "app", version: "0.1.0", local: true, deps: ["bar"] }, { name: "bar", version: "1.0.0", deps: ["foo"] }, FOO],
  };

  it("names the direct dependency that brings a transitive crate in", () => {
    const findings = run([advisory({ id: "RUSTSEC-2026-0013", patched: [">= 1.1"] }), advisory({ id: "RUSTSEC-2026-0014" })], THROUGH_BAR.files, THROUGH_BAR.lock);
    expect(findings.map((f) => [f.message, f.suggestion])).toEqual([
      [
        "foo 1.0.0 is affected by RUSTSEC-2026-0013: Title of RUSTSEC-2026-0013 (through bar 1.0.0 → foo 1.0.0)",
        "Upgrade foo to a release in >= 1.1 (update or upgrade bar, which brings it in).\nSee https://rustsec.org/advisories/RUSTSEC-2026-0013.html.",
      ],
      [
        "foo 1.0.0 is affected by RUSTSEC-2026-0014: Title of RUSTSEC-2026-0014 (through bar 1.0.0 → foo 1.0.0)",
        "No fixed release of foo exists; replace it or the dependency that brings it in (bar).\nSee https://rustsec.org/advisories/RUSTSEC-2026-0014.html.",
      ],
    ]);
  });

  function workspaceOf(members: string[]) {
    const files: Record<string, string> = { "Cargo.toml": `[workspace]\nmembers = [${members.map((m) => `"${m}"`).join(", ")}]\nresolver = "2"\n` };
    for (const m of members) files[`${m}/Cargo.toml`] = `${pkg(m)}[dependencies]\nfoo = "1"\n`;
    const lock: LockEntry[] = [...members.map((m) => ({ name: m, version: "0.1.0", local: true, deps: ["foo"] })), FOO];
    return { files, lock };
  }

  it("counts the other members that reach the crate, singular and plural", () => {
    const two = workspaceOf(["app", "cli"]);
    const three = workspaceOf(["app", "cli", "web"]);
    const [ofTwo] = run([advisory({ id: "RUSTSEC-2026-0015" })], two.files, two.lock);
    const [ofThree] = run([advisory({ id: "RUSTSEC-2026-0015" })], three.files, three.lock);
    expect(ofTwo?.suggestion?.endsWith(".html.; also reached from 1 other member")).toBe(true);
    expect(ofThree?.suggestion?.endsWith(".html.; also reached from 2 other members")).toBe(true);
    // Members tie on path length: the first by name is shown.
    expect([ofTwo?.member, ofThree?.member]).toEqual(["app", "app"]);
  });
});

describe("the way in shown", () => {
  it("prefers a normal dependency to a shorter dev-dependency, and the shortest normal path", () => {
    const files = {
      "Cargo.toml": '[workspace]\nmembers = ["a", "b"]\nresolver = "2"\n',
      "a/Cargo.toml": `${pkg("a")}[dev-dependencies]\nfoo = "1"\n`,
      "b/Cargo.toml": `${pkg("b")}[dependencies]\nbar = "1"\n`,
    };
    const lock: LockEntry[] = [
      { name: "a", version: "0.1.0", local: true, deps: ["foo"] },
      { name: "b", version: "0.1.0", local: true, deps: ["bar"] },
      { name: "bar", version: "1.0.0", deps: ["foo"] },
      FOO,
    ];
    const [finding] = run([advisory({ id: "RUSTSEC-2026-0020" })], files, lock);
    expect(finding?.member).toBe("b");
    expect(finding?.message).toContain("(through bar 1.0.0 → foo 1.0.0)");
    expect(finding?.location.file.endsWith("b/Cargo.toml")).toBe(true);
  });

  it("takes a dev-dependency when that is the only way in", () => {
    const files = { "Cargo.toml": `${pkg("app")}[dev-dependencies]\nfoo = "1"\n` };
    const [finding] = run([advisory({ id: "RUSTSEC-2026-0021" })], files, [{ name: "app", version: "0.1.0", local: true, deps: ["foo"] }, FOO]);
    expect(finding?.message).toBe("foo 1.0.0 is affected by RUSTSEC-2026-0021: Title of RUSTSEC-2026-0021");
    expect(finding?.location.line).toBe(7);
  });
});

describe("the advisory reference of a finding", () => {
  it("carries every field the advisory has", () => {
    const [finding] = direct([
      advisory({
        id: "RUSTSEC-2026-0030",
        aliases: ["CVE-2026-30"],
        cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        score: 9.8,
        patched: [">= 1.1"],
        os: ["windows"],
        arch: ["x86_64"],
        functions: ["foo::bar"],
      }),
    ]);
    expect(finding?.advisory).toEqual({
      id: "RUSTSEC-2026-0030",
      kind: "vulnerability",
      title: "Title of RUSTSEC-2026-0030",
      date: "2026-01-01",
      url: "https://rustsec.org/advisories/RUSTSEC-2026-0030.html",
      aliases: ["CVE-2026-30"],
      cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      score: 9.8,
      patched: [">= 1.1"],
      os: ["windows"],
      arch: ["x86_64"],
      functions: ["foo::bar"],
    });
  });

  it("leaves out what the advisory lacks, with no aliases as an empty list", () => {
    const [finding] = direct([advisory({ id: "RUSTSEC-2026-0031" })]);
    expect(finding?.advisory).toStrictEqual({
      id: "RUSTSEC-2026-0031",
      kind: "vulnerability",
      title: "Title of RUSTSEC-2026-0031",
      date: "2026-01-01",
      url: "https://rustsec.org/advisories/RUSTSEC-2026-0031.html",
      aliases: [],
      patched: [],
    });
  });

  it("keeps a score of zero", () => {
    const [finding] = direct([advisory({ id: "RUSTSEC-2026-0032", score: 0 })]);
    expect(finding?.advisory?.score).toBe(0);
  });

  it("reports only advisories of the rule's kind, and only affected versions", () => {
    const findings = direct([
      advisory({ id: "RUSTSEC-2026-0040", kind: "unsound" }),
      advisory({ id: "RUSTSEC-2026-0041", patched: ["^1.0.0"] }),
      advisory({ id: "RUSTSEC-2026-0042", package: "other" }),
    ]);
    expect(findings).toEqual([]);
    const root = writeProject({ "Cargo.toml": `${pkg("app")}[dependencies]\nfoo = "1"\n`, "Cargo.lock": lockText([{ name: "app", version: "0.1.0", local: true, deps: ["foo"] }, FOO]) });
    const unsoundFindings = runRule(unsound, root, NO_REGISTRY, { catalog: catalogWith([advisory({ id: "RUSTSEC-2026-0040", kind: "unsound" })]) });
    expect(unsoundFindings.map((f) => f.message)).toEqual(["foo 1.0.0 is unsound according to RUSTSEC-2026-0040: Title of RUSTSEC-2026-0040"]);
  });
});
