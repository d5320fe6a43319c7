/**
 * declining-crate with hand-written catalog entries: the exact message, crate reference, level, suggestion and
 * fingerprint identity of each kind of finding.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/catalog.js";
import type { CatalogEntry, Replacement } from "../../src/catalog/types.js";
import type { Advisory } from "../../src/advisories/types.js";
import { runRules } from "../../src/engine/engine.js";
import type { Finding, Severity } from "../../src/engine/types.js";
import { buildGraph } from "../../src/model/graph.js";
import { SpanLocator } from "../../src/model/spans.js";
import { readTextFile } from "../../src/model/toml-file.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import type { RegistryView } from "../../src/registry/types.js";
import { decliningCrate } from "../../rules/declining-crate.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { NOW, type LockEntry, writeLockedProject } from "../helpers/rule-runner.js";

const NO_REGISTRY = { forDependency: () => undefined, forLockedPackage: () => undefined } as unknown as RegistryView;
afterEach(removeTempDirs);

function entry(fields: Partial<CatalogEntry> & Pick<CatalogEntry, "crate">): CatalogEntry {
  return {
    status: "abandoned",
    versions: "*",
    category: "test",
    replacements: [{ crate: "newlib", recommendedBy: "cargo-sunset" }],
    reason: "No release since v0.9.1. Nobody answers issues.",
    evidence: [],
    ...fields,
  };
}

interface Run {
  entries: CatalogEntry[];
  files: Record<string, string>;
  lock?: LockEntry[];
  advisories?: Advisory[];
  /** Levels by rule id, as a default (not configured) level: declining-crate's own default otherwise. */
  levels?: Record<string, Severity>;
}

function run({ entries, files, lock, advisories = [], levels = {} }: Run): Finding[] {
  const root = writeLockedProject(files, lock);
  const workspace = loadWorkspace(root);
  return runRules({
    workspace,
    graph: buildGraph(workspace),
    catalog: createCatalog({ data: { asOf: "2026-06-01", entries }, advisoryDb: { source: "test", date: "2026-06-01", advisories } }),
    registry: NO_REGISTRY,
    rules: [decliningCrate],
    settings: { severity: (id) => levels[id] ?? (id === "declining-crate" ? "error" : "warning"), options: () => ({}) },
    spans: new SpanLocator((path) => workspace.sources.get(path) ?? readTextFile(path)),
    now: NOW,
  });
}

const pkg = (name: string, rustVersion?: string) =>
  `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n${rustVersion ? `rust-version = "${rustVersion}"\n` : ""}\n`;
const local = (name: string, ...deps: string[]): LockEntry => ({ name, version: "0.1.0", local: true, deps });
const OLDLIB = entry({ crate: "oldlib", since: "2024-05" });

/** A workspace whose members inherit `[workspace.dependencies] oldlib = "1"`, each with the given dependency table. */
function sharedEntry(members: Record<string, { table?: string; rustVersion?: string }>): Record<string, string> {
  const files: Record<string, string> = {
    "Cargo.toml": `[workspace]\nmembers = [${Object.keys(members).map((m) => `"${m}"`).join(", ")}]\nresolver = "2"\n\n[workspace.dependencies]\noldlib = "1"\n`,
  };
  for (const [name, { table = "dependencies", rustVersion }] of Object.entries(members)) {
    files[`${name}/Cargo.toml`] = `${pkg(name, rustVersion)}[${table}]\noldlib.workspace = true\n`;
  }
  return files;
}

describe("a direct dependency", () => {
  it("with a lockfile: the locked version, the status since when, the reason's first sentence", () => {
    const findings = run({ entries: [OLDLIB], files: { "Cargo.toml": `${pkg("app")}[dependencies]\noldlib = "1"\n` }, lock: [local("app", "oldlib"), { name: "oldlib", version: "1.0.0" }] });
    expect(findings.map((f) => [f.message, f.severity, f.suggestion])).toEqual([
      ["oldlib 1.0.0 is abandoned since 2024-05: No release since v0.9.1.", "error", "Move to newlib; `cargo-sunset --explain oldlib` prints the migration guide."],
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "oldlib", req: "^1", version: "1.0.0" });
  });

  it("without a lockfile or a date: the requirement, no 'since'", () => {
    const [finding] = run({ entries: [entry({ crate: "oldlib", status: "superseded" })], files: { "Cargo.toml": `${pkg("app")}[dependencies]\noldlib = "1"\n` } });
    expect([finding?.message, finding?.severity]).toEqual(["oldlib ^1 is superseded: No release since v0.9.1.", "warning"]);
    expect(finding?.crate).toStrictEqual({ name: "oldlib", req: "^1" });
  });

  it("names every unmaintained advisory, and takes unmaintained-advisory's level when that is the more severe", () => {
    const advisories: Advisory[] = ["RUSTSEC-2026-0101", "RUSTSEC-2026-0102"].map((id) => ({
      id, package: "oldlib", kind: "unmaintained", date: "2026-01-01", title: "unmaintained", patched: [], unaffected: [],
    }));
    const project = { files: { "Cargo.toml": `${pkg("app")}[dependencies]\noldlib = "1"\n` }, lock: [local("app", "oldlib"), { name: "oldlib", version: "1.0.0" }] };
    const levels: Record<string, Severity> = { "declining-crate": "note", "unmaintained-advisory": "error" };
    const [withAdvisories] = run({ entries: [OLDLIB], ...project, advisories, levels });
    const [without] = run({ entries: [OLDLIB], ...project, levels });
    expect(withAdvisories?.message).toBe("oldlib 1.0.0 is abandoned since 2024-05 (RUSTSEC-2026-0101, RUSTSEC-2026-0102): No release since v0.9.1.");
    expect([withAdvisories?.severity, without?.severity]).toEqual(["error", "note"]);
  });
});

describe("a [workspace.dependencies] entry", () => {
  it("inherited by two members is one finding naming them, the reason's period dropped before the list", () => {
    const findings = run({
      entries: [OLDLIB],
      files: sharedEntry({ a: {}, b: {} }),
      lock: [local("a", "oldlib"), local("b", "oldlib"), { name: "oldlib", version: "1.0.0" }],
    });
    expect(findings.map((f) => [f.message, f.members])).toEqual([["oldlib 1.0.0 is abandoned since 2024-05: No release since v0.9.1; used by 2 members (a, b)", ["a", "b"]]]);
    expect(findings[0]?.crate).toStrictEqual({ name: "oldlib", req: "^1", version: "1.0.0" });
    expect(findings[0]?.location.file.endsWith("/Cargo.toml") && !findings[0].location.file.includes("/a/")).toBe(true);
  });

  it("locked at two versions by its members: both versions, in the message and the crate reference", () => {
    const [finding] = run({
      entries: [OLDLIB],
      files: sharedEntry({ a: {}, b: {} }),
      lock: [local("a", "oldlib 1.0.0"), local("b", "oldlib 1.1.0"), { name: "oldlib", version: "1.0.0" }, { name: "oldlib", version: "1.1.0" }],
    });
    expect(finding?.message).toBe("oldlib 1.0.0 and 1.1.0 is abandoned since 2024-05: No release since v0.9.1; used by 2 members (a, b)");
    expect(finding?.crate).toStrictEqual({ name: "oldlib", req: "^1", version: "1.0.0", versions: ["1.0.0", "1.1.0"] });
  });

  it("is dev-only only when every member inherits it as a dev-dependency", () => {
    const lock = [local("a", "oldlib"), local("b", "oldlib"), { name: "oldlib", version: "1.0.0" }];
    const [mixed] = run({ entries: [OLDLIB], files: sharedEntry({ a: {}, b: { table: "dev-dependencies" } }), lock });
    const [devOnly] = run({ entries: [OLDLIB], files: sharedEntry({ a: { table: "dev-dependencies" }, b: { table: "dev-dependencies" } }), lock });
    expect([mixed?.severity, devOnly?.severity]).toEqual(["error", "warning"]);
  });

  it("offers only the replacements every member's rust-version allows", () => {
    const replacements: Replacement[] = [
      { crate: "newlib", recommendedBy: "cargo-sunset" },
      { crate: "std::thing", recommendedBy: "cargo-sunset", rustVersion: "1.80" },
    ];
    const lock = [local("a", "oldlib"), local("b", "oldlib"), { name: "oldlib", version: "1.0.0" }];
    const [both] = run({ entries: [entry({ crate: "oldlib", replacements })], files: sharedEntry({ a: { rustVersion: "1.70" }, b: { rustVersion: "1.85" } }), lock });
    const [newer] = run({ entries: [entry({ crate: "oldlib", replacements })], files: sharedEntry({ a: { rustVersion: "1.81" }, b: { rustVersion: "1.85" } }), lock });
    expect(both?.suggestion).toBe("Move to newlib; `cargo-sunset --explain oldlib` prints the migration guide.");
    expect(newer?.suggestion).toBe("Move to newlib, std::thing; `cargo-sunset --explain oldlib` prints the migration guide.");
  });

  it("used by no member: reported at the entry, with its requirement", () => {
    const files = {
      "Cargo.toml": '[workspace]\nmembers = ["a"]\nresolver = "2"\n\n[workspace.dependencies]\noldlib = "1"\nserde = "1"\nvendored = { path = "vendor/oldlib", version = "1" }\n',
      "a/Cargo.toml": pkg("a"),
      "vendor/oldlib/Cargo.toml": pkg("oldlib"),
    };
    const findings = run({ entries: [OLDLIB, entry({ crate: "vendored" })], files });
    expect(findings.map((f) => [f.messageId, f.message, f.location.line, f.severity])).toEqual([
      ["unusedEntry", "oldlib ^1 is abandoned since 2024-05: No release since v0.9.1 (declared in [workspace.dependencies], used by no member)", 6, "error"],
    ]);
    expect(findings[0]?.crate).toStrictEqual({ name: "oldlib", req: "^1" });
  });

  it("two unused entries of one crate under different keys are two findings with their own fingerprints", () => {
    const files = {
      "Cargo.toml": '[workspace]\nmembers = ["a"]\nresolver = "2"\n\n[workspace.dependencies]\noldlib = "1"\nold-two = { package = "oldlib", version = "1" }\n',
      "a/Cargo.toml": pkg("a"),
    };
    const findings = run({ entries: [entry({ crate: "oldlib", status: "deprecated" })], files });
    expect(findings.map((f) => [f.message, f.severity])).toEqual([
      ["oldlib ^1 is deprecated: No release since v0.9.1 (declared in [workspace.dependencies], used by no member)", "error"],
      ["oldlib ^1 is deprecated: No release since v0.9.1 (declared in [workspace.dependencies], used by no member)", "error"],
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});

describe("a crate the standard library replaces", () => {
  const std = (replacements: Replacement[]) => entry({ crate: "oldcell", status: "superseded", replacements });

  it("partly: names the std item, its note without the Rust version, and what still needs the crate", () => {
    const [finding] = run({
      entries: [std([{ crate: "std::cell::Thing", recommendedBy: "cargo-sunset", rustVersion: "1.70", note: "Rust 1.70+, for oldcell::Thing", partial: "oldcell::Lazy still needs the crate" }])],
      files: { "Cargo.toml": `${pkg("app", "1.75")}[dependencies]\noldcell = "1"\n` },
    });
    expect([finding?.severity, finding?.suggestion]).toEqual([
      "note",
      "The standard library covers part of it: use `std::cell::Thing` (Rust 1.70+) for oldcell::Thing; oldcell::Lazy still needs the crate. `cargo-sunset --explain oldcell` shows how.",
    ]);
  });

  it("partly, with no note", () => {
    const [finding] = run({
      entries: [std([{ crate: "std::cell::Thing", recommendedBy: "cargo-sunset", rustVersion: "1.70", partial: "oldcell::Lazy still needs the crate" }])],
      files: { "Cargo.toml": `${pkg("app")}[dependencies]\noldcell = "1"\n` },
    });
    expect(finding?.suggestion).toBe(
      "The standard library covers part of it: use `std::cell::Thing` (Rust 1.70+); oldcell::Lazy still needs the crate. `cargo-sunset --explain oldcell` shows how.",
    );
  });

  it("an unused [workspace.dependencies] entry gets the std advice and the milder level", () => {
    const files = { "Cargo.toml": '[workspace]\nmembers = ["a"]\nresolver = "2"\n\n[workspace.dependencies]\noldcell = "1"\n', "a/Cargo.toml": pkg("a") };
    const [finding] = run({ entries: [std([{ crate: "std::cell::Thing", recommendedBy: "cargo-sunset", rustVersion: "1.70" }])], files });
    expect([finding?.severity, finding?.suggestion]).toEqual([
      "note",
      "The standard library now covers it: use `std::cell::Thing` (Rust 1.70+) and drop the dependency; `cargo-sunset --explain oldcell` shows how.",
    ]);
  });
});
